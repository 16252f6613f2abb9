#!/usr/bin/env python3
"""Writes the insight benchmark's table into docs/performance.md between its markers."""
import datetime
import json
import os
import subprocess
import sys

START, END = "<!-- insight-bench:start -->", "<!-- insight-bench:end -->"
TARGET_MS = 300


def machine():
    cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"],
                         capture_output=True, text=True).stdout.strip()
    mem = subprocess.run(["sh", "-c", "free -g | awk '/Mem:/ {print $2}'"], capture_output=True, text=True).stdout.strip()
    load = os.getloadavg()[0]
    return f"{os.cpu_count()} cores ({cpu}), {mem} GiB, load average {load:.1f} at the end"


def main():
    runs = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
    lines = [START, "", "## Insights at scale (issue 5)", "",
             f"`bash bench/insight/run`, {datetime.date.today()}, {machine()}. The demo office is scaled up "
             "(`--demo` with `allot.demo.*` sizes, every booking through the product's bulk import, pictures off) and "
             "each endpoint is asked one request at a time, as an admin, for the site with the most resources: what a "
             "person waits for. Target: p95 < 300 ms for the year-long site report and the slot finder.", ""]
    for run in runs:
        lines += [f"**{run['database']}**: {run['bookings']:,} bookings over {run['resources']:,} resources, loaded "
                  f"in {run['loadSeconds']} s; the site measured ({run['site']}) has {run['siteResources']:,} "
                  f"resources and {run['siteBookingsYear']:,} bookings in the year.", "",
                  "| endpoint | requests | errors | p50 ms | p95 ms | max ms | p95 < 300 ms |",
                  "| --- | ---: | ---: | ---: | ---: | ---: | --- |"]
        for name, r in run["endpoints"].items():
            met = "met" if r["p95"] < TARGET_MS and r["errors"] == 0 else "**missed**"
            lines.append(f"| {name} | {r['n']} | {r['errors']} | {r['p50']} | {r['p95']} | {r['max']} | {met} |")
        lines.append("")
    lines.append(END)
    block = "\n".join(lines)
    path = sys.argv[2]
    text = open(path).read() if os.path.exists(path) else "# Performance\n"
    if START in text and END in text:
        text = text[:text.index(START)] + block + text[text.index(END) + len(END):]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    open(path, "w").write(text)
    print(block)


if __name__ == "__main__":
    main()
