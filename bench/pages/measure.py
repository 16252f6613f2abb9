#!/usr/bin/env python3
"""B9: the latency of two pages, one request at a time, as a signed-in member of the web pages (a
session from the form sign-in, as a browser has): the scheduler grid (/find, a site's resources with
the day's timelines) and who's in (/who). Prints key=value lines (p50/p95 in ms per page) and, with
--once, requests each page once and prints its path (for the statement capture).

Usage: measure.py BASE EMAIL PASSWORD REQUESTS [--once PAGE LOGFILE]
--once: signs in, then requests PAGE (grid or who) once and prints offset= (LOGFILE's size just before
that request: where the page's statements begin in PostgreSQL's log)."""
import os
import http.cookiejar, json, re, statistics, sys, time, urllib.parse, urllib.request

base, email, password, requests = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
once = sys.argv[sys.argv.index("--once") + 1:sys.argv.index("--once") + 3] if "--once" in sys.argv else None
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))


def get(path):
    with opener.open(base + path, timeout=120) as r:
        return r.status, r.read().decode()


status, page = get("/login?lang=en")
csrf = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
form = urllib.parse.urlencode({"email": email, "password": password, "_csrf": csrf}).encode()
with opener.open(urllib.request.Request(base + "/login", data=form, method="POST"), timeout=60) as r:
    assert "/login" not in r.url, "sign-in failed"

token_request = urllib.request.Request(base + "/api/v1/auth/token", method="POST",
                                       data=json.dumps({"email": email, "password": password}).encode(),
                                       headers={"Content-Type": "application/json"})
with urllib.request.urlopen(token_request, timeout=60) as r:
    token = json.loads(r.read())["accessToken"]
with urllib.request.urlopen(urllib.request.Request(base + "/api/v1/sites", headers={"Authorization": "Bearer " + token}),
                            timeout=60) as r:
    sites = json.loads(r.read())
sites = sites["items"] if isinstance(sites, dict) else sites
site = sites[0]["id"]
pages = {"grid": f"/find?site={site}", "who": f"/who?site={site}"}  # in English: the sign-in page set it

if once:
    name, logfile = once
    time.sleep(1)  # what the sign-in sent is in the log before the offset is taken
    print(f"offset={os.path.getsize(logfile)}")
    status, body = get(pages[name])
    assert status == 200, (name, status)
    sys.exit(0)

for name, path in pages.items():
    for _ in range(3):  # warm: the JIT, the pools, the templates
        get(path)
    times = []
    size = 0
    for _ in range(requests):
        started = time.perf_counter()
        status, body = get(path)
        times.append((time.perf_counter() - started) * 1000)
        assert status == 200, (name, status)
        size = len(body)
    times.sort()
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    print(f"{name}_p50_ms={statistics.median(times):.1f}\n{name}_p95_ms={p95:.1f}\n{name}_bytes={size}")
