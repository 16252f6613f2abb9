#!/usr/bin/env python3
"""Loads a benchmark data set into a running Allot through its public REST API:
- sites (BENCH_SITES, each in its own time zone, open around the clock) with BENCH_FLOORS floors each,
  and BENCH_RESOURCES rooms over them (capacity 2..20, about a third with a projector), one POST each:
  the API has no bulk path for resources;
- BENCH_USERS members who register and sign in themselves (or, with BENCH_REUSE_USERS=UMIN:N, the
  members an earlier load made, whose tokens stay where that load wrote them);
- BENCH_HISTORY bookings of history and future through the bulk import, POST /api/v1/bookings/import,
  in batches of BENCH_BATCH (at most 10,000), by the admin: every room gets the same number of
  bookings on distinct days from a year ago to BENCH_FUTURE_DAYS ahead, mostly confirmed, some
  cancelled, most past ones checked in; with BENCH_HISTORY_DENSE=1 instead back to back, half an hour
  each, all confirmed, ending the day before yesterday (the most a room can hold before the bookings
  being measured, for B5-history);
- BENCH_BOOKINGS bookings by the members through POST /api/v1/bookings at random half-hour slots.

Usage: load.py API_BASE ADMIN_EMAIL ADMIN_PASSWORD OUT_DIR   (environment: see bench/README.md)
Writes OUT_DIR/tokens (one member token a line) and OUT_DIR/load.env (RMIN, NRES, UMIN, NUSERS, timings)."""
import json, os, random, sys, time, urllib.request, urllib.error
from concurrent.futures import ThreadPoolExecutor

api, admin_email, admin_password, out = sys.argv[1:5]
nres = int(os.environ.get("BENCH_RESOURCES", "10000"))
nsites = int(os.environ.get("BENCH_SITES", "4"))
nfloors = int(os.environ.get("BENCH_FLOORS", "5"))
nbook = int(os.environ.get("BENCH_BOOKINGS", "0"))
nhist = int(os.environ.get("BENCH_HISTORY", "0"))
batch = int(os.environ.get("BENCH_BATCH", "10000"))
import_workers = int(os.environ.get("BENCH_IMPORT_WORKERS", "2"))
future_days = int(os.environ.get("BENCH_FUTURE_DAYS", "172"))
nusers = int(os.environ.get("BENCH_USERS", "32"))
base = int(os.environ["BENCH_BASE"])      # epoch seconds of the first slot of the API bookings
slots = int(os.environ["BENCH_SLOTS"])
ZONES = ["Europe/Berlin", "Europe/London", "America/New_York", "Asia/Tokyo", "UTC", "Australia/Sydney"]
random.seed(42)


def call(method, path, body=None, token=None, ok=(200, 201), raw=None):
    data = raw if raw is not None else (None if body is None else json.dumps(body).encode())
    req = urllib.request.Request(api + path, method=method, data=data)
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(req, timeout=600) as r:
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
floors = []
for s in range(nsites):
    status, site = call("POST", "/sites", {"name": f"Bench site {s + 1}", "address": "127.0.0.1",
                                          "timeZone": ZONES[s % len(ZONES)]}, admin)
    assert status in (200, 201), (status, site)
    for f in range(nfloors):
        status, floor = call("POST", f"/sites/{site['id']}/floors", {"name": f"Floor {f + 1}", "level": f + 1}, admin)
        assert status in (200, 201), (status, floor)
        floors.append((site["id"], floor["id"]))


def resource(i):
    rnd = random.Random(i)
    amenities = [a for a, p in (("projector", 0.35), ("whiteboard", 0.5), ("video-call", 0.3)) if rnd.random() < p]
    site_id, floor_id = floors[i * len(floors) // nres]
    status, body = call("POST", "/resources", {"siteId": site_id, "floorId": floor_id, "kind": "ROOM",
                                                "name": f"Room {i:05d}", "capacity": rnd.randint(2, 20),
                                                "amenities": amenities}, admin)
    assert status in (200, 201), (status, body)
    return body["id"]


with ThreadPoolExecutor(8) as pool:
    ids = sorted(pool.map(resource, range(nres)))
assert ids == list(range(ids[0], ids[0] + nres)), "resource ids are not contiguous"
t_res = time.time()


def user(i):
    email, password = f"bench{i:03d}@example.com", f"bench lantern {i} quietly counts river stones"
    status, body = call("POST", "/auth/register", {"email": email, "password": password,
                                                   "displayName": f"Bench {i}"})
    assert status in (200, 201), (status, body)
    return token(email, password)


reuse = os.environ.get("BENCH_REUSE_USERS")
if reuse:
    umin, nusers = map(int, reuse.split(":"))
    users, uids = [], list(range(umin, umin + nusers))
else:
    with ThreadPoolExecutor(8) as pool:
        users = list(pool.map(user, range(nusers)))
    uids = sorted(u for _, u in users)
    assert uids == list(range(uids[0], uids[0] + nusers)), "user ids are not contiguous"
    with open(os.path.join(out, "tokens"), "w") as f:
        f.writelines(t + "\n" for t, _ in users)
t1 = time.time()

# --- history and future through the bulk import ---------------------------------------------------
now = int(time.time())
day0 = now // 86400 * 86400
first_day = day0 - 365 * 86400
span_days = 365 + future_days
per_resource = nhist // nres if nres else 0
dense = os.environ.get("BENCH_HISTORY_DENSE") == "1"


def history_booking(r, k):
    """Booking k of room r: distinct days per room (steps of >= 5 days, offset < 5), so none overlap."""
    if dense:
        start = day0 - 2 * 86400 - (per_resource - k) * 1800
        return ('{"resourceId":%d,"bookedBy":%d,"startsAt":"%s","endsAt":"%s","title":"history","attendees":1,'
                '"status":"CONFIRMED","note":null,"checkedInAt":null}'
                % (ids[r], uids[(r + k) % nusers], iso(start), iso(start + 1800)))
    rnd = random.Random(r * 1000 + k)
    day = first_day + (k * span_days // per_resource + r % 5) * 86400
    start = day + rnd.randrange(14, 36) * 1800           # 07:00..17:30 UTC
    end = start + rnd.choice((1, 2, 2, 3, 4)) * 1800
    past = end < now
    cancelled = rnd.random() < (0.10 if past else 0.05)
    checked_in = past and not cancelled and rnd.random() < 0.6
    return ('{"resourceId":%d,"bookedBy":%d,"startsAt":"%s","endsAt":"%s","title":"history","attendees":1,'
            '"status":"%s","note":null,"checkedInAt":%s}'
            % (ids[r], uids[(r + k) % nusers], iso(start), iso(end), "CANCELLED" if cancelled else "CONFIRMED",
               '"%s"' % iso(start + 300) if checked_in else "null"))


def import_batch(rows):
    body = ('{"bookings":[' + ",".join(history_booking(r, k) for r, k in rows) + "]}").encode()
    status, answer = call("POST", "/bookings/import", token=admin, raw=body)
    return status, (answer["imported"] if status == 201 else answer)


imported, import_note = 0, "no history requested"
if per_resource:
    pairs = [(r, k) for r in range(nres) for k in range(per_resource)]
    batches = [pairs[i:i + batch] for i in range(0, len(pairs), batch)]
    status, first = import_batch(batches[0])
    if status != 201:
        import_note = f"bulk import not available (first batch answered {status}: {str(first)[:200]})"
        print(import_note, file=sys.stderr)
    else:
        imported = first
        with ThreadPoolExecutor(import_workers) as pool:
            for status, n in pool.map(import_batch, batches[1:]):
                assert status == 201, (status, n)
                imported += n
        import_note = f"{imported} bookings in {len(batches)} batches of up to {batch}"
t2 = time.time()


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
t3 = time.time()
summary = (f"{nres} rooms over {nsites} sites x {nfloors} floors in {t_res - t0:.1f} s ({nres / (t_res - t0):.0f}/s, "
           f"one POST each); {nusers} members in {t1 - t_res:.1f} s")
if per_resource:
    summary += f"; import: {import_note}" + (f" in {t2 - t1:.1f} s ({imported / (t2 - t1):.0f}/s)" if imported else "")
if nbook:
    summary += (f"; {statuses.count(201)} bookings through the booking API ({statuses.count(409)} refused as "
                f"overlapping) in {t3 - t2:.1f} s ({nbook / (t3 - t2):.0f}/s)")
print(summary)
with open(os.path.join(out, "load.env"), "w") as f:
    f.write(f"RMIN={ids[0]}\nNRES={nres}\nUMIN={uids[0]}\nNUSERS={nusers}\nIMPORTED={imported}\n"
            f"RESOURCE_SECONDS={t_res - t0:.1f}\nIMPORT_SECONDS={t2 - t1:.1f}\nLOAD_SECONDS={t3 - t0:.1f}\n")
