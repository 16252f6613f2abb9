#!/usr/bin/env python3
"""Latency of the insight endpoints, one request at a time, as an admin; prints one JSON line."""
import argparse
import datetime
import json
import statistics
import time
import urllib.error
import urllib.request


def call(base, path, token=None, body=None):
    request = urllib.request.Request(base + path, method="POST" if body is not None else "GET")
    request.add_header("Accept", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, data, timeout=120) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(round(p / 100 * len(ordered) + 0.5)) - 1))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--email", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--database", required=True)
    parser.add_argument("--load-seconds", type=int, default=0)
    args = parser.parse_args()
    base = args.base

    status, body = call(base, "/api/v1/auth/token", body={"email": args.email, "password": args.password})
    assert status == 200, body
    token = json.loads(body)["accessToken"]

    def get(path):
        status, body = call(base, path, token)
        return status, json.loads(body) if body else None

    sites = get("/api/v1/sites")[1]
    sites = sites["items"] if isinstance(sites, dict) else sites
    sizes = {}
    for site in sites:
        sizes[site["id"]] = get(f"/api/v1/resources?siteId={site['id']}&size=1")[1]["total"]
    site = max(sites, key=lambda s: sizes[s["id"]])
    site_id = site["id"]
    today = datetime.date.today()
    year_ago = today - datetime.timedelta(days=364)
    total = get("/api/v1/reports/bookings?size=1")[1]["total"]
    site_year = get(f"/api/v1/reports/bookings?siteId={site_id}&from={year_ago}&to={today}&size=1")[1]["total"]

    year = f"from={year_ago}&to={today}"
    week = f"from={today}&to={today + datetime.timedelta(days=6)}"
    attendees = [2, 4, 6, 8, 12]
    endpoints = {
        "site summary, a year": lambda i: f"/api/v1/insights/sites/{site_id}/summary?{year}",
        "usage per resource, a year": lambda i: f"/api/v1/insights/usage?siteId={site_id}&kind=ROOM&{year}",
        "heatmap, a year": lambda i: f"/api/v1/insights/heatmap?siteId={site_id}&{year}",
        "bookings report page, a year": lambda i: f"/api/v1/reports/bookings?siteId={site_id}&{year}&size=50",
        "slot finder, a week": lambda i: (f"/api/v1/slot-finder?siteId={site_id}&attendees={attendees[i % 5]}"
                                         f"&duration=PT1H&{week}"),
    }
    results = {}
    for name, path in endpoints.items():
        for i in range(3):  # warm up
            get(path(i))
        timings, errors = [], 0
        for i in range(args.requests):
            began = time.perf_counter()
            status, _ = call(base, path(i), token)
            timings.append((time.perf_counter() - began) * 1000)
            errors += status != 200
        results[name] = {
            "n": len(timings), "errors": errors,
            "p50": round(statistics.median(timings), 1),
            "p95": round(percentile(timings, 95), 1),
            "max": round(max(timings), 1),
        }
    print(json.dumps({
        "database": args.database, "bookings": total, "siteBookingsYear": site_year,
        "site": site["name"], "siteResources": sizes[site_id], "resources": sum(sizes.values()),
        "loadSeconds": args.load_seconds, "endpoints": results,
    }))


if __name__ == "__main__":
    main()
