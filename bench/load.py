#!/usr/bin/env python3
"""Loads a benchmark data set into a running Allot through its public REST API (no bulk import
path exists yet): one site open around the clock, one floor, BENCH_RESOURCES rooms (capacity 2..20,
about a third with a projector), BENCH_USERS members who register and sign in themselves, and
BENCH_BOOKINGS bookings by those members at random half-hour slots.

Usage: load.py API_BASE ADMIN_EMAIL ADMIN_PASSWORD OUT_DIR   (environment: see bench/README.md)
Writes OUT_DIR/tokens (one member token a line) and OUT_DIR/load.env (rmin, nres, umin, nusers)."""
import json, os, random, sys, time, urllib.request, urllib.error
from concurrent.futures import ThreadPoolExecutor

api, admin_email, admin_password, out = sys.argv[1:5]
nres = int(os.environ.get("BENCH_RESOURCES", "1000"))
nbook = int(os.environ.get("BENCH_BOOKINGS", "5000"))
nusers = int(os.environ.get("BENCH_USERS", "32"))
base = int(os.environ["BENCH_BASE"])      # epoch seconds of the first slot
slots = int(os.environ["BENCH_SLOTS"])
random.seed(42)


def call(method, path, body=None, token=None, ok=(200, 201)):
    req = urllib.request.Request(api + path, method=method,
                                 data=None if body is None else json.dumps(body).encode())
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, json.loads(r.read() or b"null")
    except urllib.error.HTTPError as e:
        if e.code in ok:
            return e.code, None
        return e.code, e.read().decode(errors="replace")


def token(email, password):
    status, body = call("POST", "/auth/token", {"email": email, "password": password})
    assert status == 200, (status, body)
    return body["accessToken"], body["user"]["id"]


def iso(epoch):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch))


t0 = time.time()
admin, _ = token(admin_email, admin_password)
status, site = call("POST", "/sites", {"name": "Bench site", "address": "127.0.0.1", "timeZone": "UTC"}, admin)
assert status in (200, 201), (status, site)
status, floor = call("POST", f"/sites/{site['id']}/floors", {"name": "Floor 1", "level": 1}, admin)
assert status in (200, 201), (status, floor)


def resource(i):
    amenities = [a for a, p in (("projector", 0.35), ("whiteboard", 0.5), ("video-call", 0.3)) if random.random() < p]
    status, body = call("POST", "/resources", {"siteId": site["id"], "floorId": floor["id"], "kind": "ROOM",
                                                "name": f"Room {i:05d}", "capacity": random.randint(2, 20),
                                                "amenities": amenities}, admin)
    assert status in (200, 201), (status, body)
    return body["id"]


with ThreadPoolExecutor(8) as pool:
    ids = sorted(pool.map(resource, range(nres)))
assert ids == list(range(ids[0], ids[0] + nres)), "resource ids are not contiguous"


def user(i):
    email, password = f"bench{i:03d}@example.com", "bench password " + str(i)
    status, body = call("POST", "/auth/register", {"email": email, "password": password,
                                                   "displayName": f"Bench {i}"})
    assert status in (200, 201), (status, body)
    return token(email, password)


with ThreadPoolExecutor(8) as pool:
    users = list(pool.map(user, range(nusers)))
uids = sorted(u for _, u in users)
assert uids == list(range(uids[0], uids[0] + nusers)), "user ids are not contiguous"
with open(os.path.join(out, "tokens"), "w") as f:
    f.writelines(t + "\n" for t, _ in users)
t1 = time.time()


def booking(i):
    rnd = random.Random(i)
    s = base + rnd.randrange(slots) * 1800
    status, body = call("POST", "/bookings", {"resourceId": ids[0] + rnd.randrange(nres), "startsAt": iso(s),
                                               "endsAt": iso(s + 1800), "title": "load", "attendees": 1},
                        users[i % nusers][0], ok=(201, 409))
    assert status in (201, 409), (status, body)
    return status


with ThreadPoolExecutor(16) as pool:
    statuses = list(pool.map(booking, range(nbook)))
t2 = time.time()
print(f"loaded {nres} resources and {nusers} users in {t1 - t0:.1f} s; "
      f"{statuses.count(201)} bookings ({statuses.count(409)} refused as overlapping) in {t2 - t1:.1f} s "
      f"({nbook / (t2 - t1):.0f}/s)")
with open(os.path.join(out, "load.env"), "w") as f:
    f.write(f"RMIN={ids[0]}\nNRES={nres}\nUMIN={uids[0]}\nNUSERS={nusers}\nLOAD_RATE={nbook / (t2 - t1):.0f}\n")
