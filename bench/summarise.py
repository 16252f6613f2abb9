#!/usr/bin/env python3
"""Helpers of bench/run.
  summarise.py pgbench OUTPUT.txt LOG_DIR   -> key=value lines: tps, p50_ms, p99_ms, transactions, failed
  summarise.py report WORK_DIR MARKDOWN     -> prints the table and writes the markdown report"""
import glob, os, re, sys


def percentile(values, p):
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def pgbench(txt, logdir):
    text = open(txt).read()
    tps = float(re.search(r"tps = ([\d.]+) \(without initial connection time\)", text).group(1))
    done = int(re.search(r"number of transactions actually processed: (\d+)", text).group(1))
    failed = re.search(r"number of failed transactions: (\d+)", text)
    lat = []
    for path in glob.glob(os.path.join(logdir, "pgbench_log.*")):
        for line in open(path):
            f = line.split()
            if len(f) >= 3 and f[2].isdigit():
                lat.append(int(f[2]) / 1000)
    print(f"tps={tps:.1f}\ntransactions={done}\nfailed={failed.group(1) if failed else 0}")
    print(f"p50_ms={percentile(lat, 50):.2f}\np95_ms={percentile(lat, 95):.2f}\np99_ms={percentile(lat, 99):.2f}")


def env(path):
    out = {}
    if os.path.exists(path):
        for line in open(path):
            if "=" in line:
                k, v = line.rstrip("\n").split("=", 1)
                out[k] = v
    return out


def report(work, markdown):
    markdown_before = open(markdown).read() if os.path.exists(markdown) else ""
    meta = env(os.path.join(work, "meta.env"))
    check = env(os.path.join(work, "check.env"))
    scheck = env(os.path.join(work, "check-sqlite.env"))
    lim = {k: env(os.path.join(work, f"limit-{k}.env")) for k in ("bare", "spread", "hot", "search", "point", "sqlite")}
    w = {k: env(os.path.join(work, f"wrk-{k}.env")) for k in ("B1", "B2", "B3", "B4", "B5", "B5-empty", "B5-history")}
    # B5-history's limit is the same booking on rooms without history, measured just before it
    lim["history"] = {"tps": w["B5-empty"].get("rps", "nan"), "p50_ms": w["B5-empty"].get("p50_ms", "nan"),
                      "p99_ms": w["B5-empty"].get("p99_ms", "nan")} if w["B5-empty"] else {}
    start = {k: env(os.path.join(work, f"startup-{k}.env")) for k in ("sqlite", "postgresql-loaded")}
    load = env(os.path.join(work, "load.env"))
    f = lambda d, k: float(d.get(k, "nan"))
    i = lambda d, k: int(d.get(k, "0"))
    errors = lambda d: i(d, "n5xx") + i(d, "socket_errors") + i(d, "n4xx") + i(d, "nother")
    overlaps = i(check, "overlaps")
    missing = i(check, "missing_201")
    n5xx = sum(i(w[k], "n5xx") for k in ("B1", "B2", "B3", "B4"))
    pg = bool(w["B1"])
    sq = bool(w["B5"])

    rows, verdicts = [], []
    specs = [
        ("B1 booking, spread over %s rooms" % meta.get("resources"), "B1", "spread"),
        ("B2 booking, hot: 10 rooms", "B2", "hot"),
        ("B3 availability search", "B3", "search"),
        ("B4 read: resource by id, own bookings", "B4", "point"),
        ("B5 booking in SQLite mode, spread over %s rooms" % scheck.get("resources", "?"), "B5", "sqlite"),
        ("B5-history: SQLite booking on %s rooms of %s bookings each, against as many empty rooms"
         % (scheck.get("history_rooms", "?"), scheck.get("history_per_room", "?")), "B5-history", "history"),
    ]
    for label, key, lkey in specs:
        d, l = w[key], lim[lkey]
        if not d:
            rows.append((label, "-", "-", "-", "-", "-", "-", "not run (BENCH_PHASES)"))
            continue
        ratio = f(d, "rps") / f(l, "tps")
        note = (f"201: {i(d, 'n201')}, 409: {i(d, 'n409')}" if key in ("B1", "B2", "B5", "B5-history")
                else f"2xx: {i(d, 'n2xx')}")
        if key == "B5":
            note += f", SQLITE_BUSY in the log: {scheck.get('busy_logged', '?')}"
        rows.append((label, f"{f(d, 'rps'):.0f}", f"{f(d, 'p50_ms'):.1f}", f"{f(d, 'p99_ms'):.1f}", str(errors(d)),
                     f"{f(l, 'tps'):.0f}", f"{ratio:.0%}", note))
        if key == "B1":
            p = f(d, "p99_ms") / f(l, "p99_ms")
            ok = ratio >= 0.60 and p <= 3
            verdicts.append(f"B1: target >= 60% of pgbench and p99 <= 3x the limit's p99 ({f(l, 'p99_ms'):.1f} ms); "
                            f"measured {ratio:.0%} and p99 {f(d, 'p99_ms'):.1f} ms = {p:.1f}x: {'met' if ok else 'MISSED'}"
                            + ("" if ok else f" (throughput at {ratio / 0.60:.0%} of the target)"))
        elif key == "B2":
            ok = ratio >= 0.40 and overlaps == 0 and i(d, "n5xx") == 0
            verdicts.append(f"B2: target zero overlaps, zero 5xx, >= 40% of hot pgbench; measured {overlaps} overlaps, "
                            f"{i(d, 'n5xx')} 5xx, {ratio:.0%}: {'met' if ok else 'MISSED'}"
                            + ("" if ok or ratio >= 0.40 else f" (throughput at {ratio / 0.40:.0%} of the target)"))
        elif key == "B3":
            p = f(d, "p99_ms") / f(l, "p99_ms")
            ok = p <= 3 and ratio >= 0.5
            verdicts.append(f"B3: target p99 <= 3x the bare SQL's p99 ({f(l, 'p99_ms'):.1f} ms at the same "
                            f"concurrency) and >= 50% of its rate; measured {f(d, 'p99_ms'):.1f} ms = {p:.1f}x, "
                            f"{ratio:.0%}: {'met' if ok else 'MISSED'}")
        elif key == "B4":
            verdicts.append(f"B4: target >= 25% of pgbench point read; measured {ratio:.0%}: "
                            f"{'met' if ratio >= 0.25 else 'MISSED'}"
                            + ("" if ratio >= 0.25 else f" (at {ratio / 0.25:.0%} of the target)"))
        elif key == "B5":
            ok = ratio >= 0.6 and i(scheck, "busy_logged") == 0 and i(d, "n5xx") == 0
            verdicts.append(f"B5: target >= 60% of the raw JDBC SQLite rate and zero SQLITE_BUSY; measured {ratio:.0%}, "
                            f"{scheck.get('busy_logged', '?')} SQLITE_BUSY in Allot's log, {i(d, 'n5xx')} 5xx: "
                            f"{'met' if ok else 'MISSED'}" + ("" if ratio >= 0.6 else f" (at {ratio / 0.6:.0%} of the target)"))
        else:
            ok = ratio >= 0.9 and i(d, "n5xx") == 0
            verdicts.append(f"B5-history: target >= 90% of the rate on empty rooms; measured {ratio:.0%} "
                            f"({f(d, 'rps'):.0f}/s against {f(l, 'tps'):.0f}/s): {'met' if ok else 'MISSED'}")
    if lim["bare"] and lim["spread"]:
        share = f(lim["spread"], "tps") / f(lim["bare"], "tps")
        verdicts.append(f"Lean transaction: target the product's booking transaction (pgbench booking.sql) >= 50% of the "
                        f"bare guarded insert; measured {f(lim['spread'], 'tps'):.0f}/s against {f(lim['bare'], 'tps'):.0f}/s = "
                        f"{share:.0%}: {'met' if share >= 0.5 else 'MISSED'}")
    bot, bot_limit = env(os.path.join(work, "bot.env")), env(os.path.join(work, "limit-bot.env"))
    if bot:
        ratio = f(bot, "updates_per_s") / f(bot_limit, "updates_per_s")
        rows.append((f"B7 the Telegram bot, {bot.get('chats', '?')} chats sending /start", f"{f(bot, 'updates_per_s'):.0f}",
                     f"{f(bot, 'p50_ms'):.1f}", f"{f(bot, 'p99_ms'):.1f}", bot.get("server_errors_logged", "?"),
                     f"{f(bot_limit, 'updates_per_s'):.0f}", f"{ratio:.0%}",
                     f"answered {bot.get('answered', '?')}; an update to the bot's answer, against the Bot API "
                     f"stand-in's own round trip p50 {f(bot_limit, 'p50_ms'):.1f} ms, p99 {f(bot_limit, 'p99_ms'):.1f} ms"))
        verdicts.append(f"B7: {f(bot, 'updates_per_s'):.0f} updates/s = {ratio:.0%} of a bot that only answers through the "
                        f"same stand-in; from an update to the answer p50 {f(bot, 'p50_ms'):.0f} ms, p99 {f(bot, 'p99_ms'):.0f} ms "
                        f"(the stand-in's own: {f(bot_limit, 'p50_ms'):.0f} / {f(bot_limit, 'p99_ms'):.0f} ms); no target was "
                        "set, this is the baseline")
    b6, b6_limit = env(os.path.join(work, "b6.env")), env(os.path.join(work, "limit-b6.env"))
    if b6:
        ratio = f(b6, "turns_per_s") / f(b6_limit, "tps")
        held_twice = i(b6, "desks_held_twice") + i(b6, "people_with_two_desks") + i(b6, "overlapping_desk_bookings")
        rows.append((f"B6 desk days at a full site of {b6.get('desks', '?')} desks, the line promoted "
                     f"({b6.get('clients', '?')} pairs; turns/s)", f"{f(b6, 'turns_per_s'):.1f}", f"{f(b6, 'turn_p50_ms'):.1f}",
                     f"{f(b6, 'turn_p99_ms'):.1f}", b6.get("unexpected", "?"), f"{f(b6_limit, 'tps'):.0f}", f"{ratio:.0%}",
                     f"a turn: join the line, the holder cancels, the desk offered is accepted ({f(b6, 'requests_per_s'):.0f} requests/s); "
                     f"p50 join {f(b6, 'join_p50_ms'):.0f} ms, cancel {f(b6, 'cancel_p50_ms'):.0f} ms, accept "
                     f"{f(b6, 'accept_p50_ms'):.0f} ms; {b6.get('polls', '?')} polls for offers; desks or people held twice: "
                     f"{held_twice}"))
        verdicts.append(f"B6: {f(b6, 'turns_per_s'):.1f} turns of the line/s = {ratio:.0%} of the same three transactions "
                        f"in pgbench ({f(b6_limit, 'tps'):.0f}/s; p50 of a turn {f(b6, 'turn_p50_ms'):.0f} ms against "
                        f"{f(b6_limit, 'p50_ms'):.0f} ms); zero desks or people held twice: "
                        f"{'met' if held_twice == 0 else 'MISSED'} ({held_twice}); no rate target was set, this is the baseline")
    b8, b8_limit = env(os.path.join(work, "b8.env")), env(os.path.join(work, "limit-b8.env"))
    if b8:
        ratio = f(b8, "rate") / f(b8_limit, "tps")
        oversold = i(b8, "db_oversold") + i(b8, "db_taken_mismatch") + i(b8, "api_oversold_events")
        rows.append((f"B8 event seats, hot: {b8.get('people', '?')} people for {b8.get('seats', '?')} seats, "
                     f"{b8.get('events', '?')} events", f"{f(b8, 'rate'):.0f}", f"{f(b8, 'p50_ms'):.1f}",
                     f"{f(b8, 'p99_ms'):.1f}", b8.get("errors", "?"), f"{f(b8_limit, 'tps'):.0f}", f"{ratio:.0%}",
                     f"200: {b8.get('accepted_200', '?')}, 409: {b8.get('refused_409', '?')}; all at once per event, "
                     f"{b8.get('race_s', '?')} s of races; oversold or miscounted events: {oversold}"))
        verdicts.append(f"B8: {b8.get('attempts', '?')} acceptances raced ({b8.get('people', '?')} at once per event), "
                        f"{b8.get('accepted_200', '?')} seated of {i(b8, 'seats') * i(b8, 'events')} seats; zero oversold: "
                        f"{'met' if oversold == 0 and i(b8, 'accepted_200') == i(b8, 'seats') * i(b8, 'events') else 'MISSED'}; "
                        f"{f(b8, 'rate'):.0f} answers/s = {ratio:.0%} of the same transaction in pgbench at "
                        f"{meta.get('clients')} clients ({f(b8_limit, 'tps'):.0f}/s, its own oversold events: "
                        f"{b8_limit.get('limit_oversold', '?')}); no rate target was set, this is the baseline")
    pages = env(os.path.join(work, "pages.env"))
    for page, label in (("grid", "B9 scheduler grid (/find), a site of 200 rooms"),
                        ("who", "B9 who's in (/who), 1,000 people")):
        if f"{page}_p95_ms" not in pages:
            continue
        bare = pages.get(f"{page}_sql_p95_ms")
        ratio = f"{f(pages, f'{page}_p95_ms') / float(bare):.1f}x" if bare else "-"
        rows.append((label, "-", f"{f(pages, f'{page}_p50_ms'):.1f}", "-", "0", "-", ratio,
                     f"p95 {f(pages, f'{page}_p95_ms'):.1f} ms against the bare SQL's p95 {bare or '?'} ms "
                     f"({pages.get(f'{page}_statements', '?')} statements replayed by pgbench, one request at a time); "
                     f"page {pages.get(f'{page}_bytes', '?')} bytes"))
        verdicts.append(f"B9 {page}: p95 {f(pages, f'{page}_p95_ms'):.1f} ms against {bare or '?'} ms for the bare "
                        f"SQL behind it ({ratio}); no target was set, this is the baseline")
    ss = start["sqlite"]
    if ss:
        ready, rss = f(ss, "ready_s"), f(ss, "idle_rss_mb")
        rows.append(("start-up to ready, SQLite defaults, fresh data folder", "-", "-", "-", "-", "-", "-",
                     f"{ready:.1f} s (Spring: {ss.get('spring_started_s', '?')} s); target <= 5 s"))
        rows.append(("resident memory, idle after start-up, SQLite defaults", "-", "-", "-", "-", "-", "-",
                     f"{rss:.0f} MB (after B5: {ss.get('rss_after_load_mb', '?')} MB); target <= 350 MB"))
        verdicts.append(f"Start-up to ready: target <= 5 s; measured {ready:.1f} s: {'met' if ready <= 5 else 'MISSED'}")
        verdicts.append(f"Idle resident memory: target <= 350 MB; measured {rss:.0f} MB: {'met' if rss <= 350 else 'MISSED'}")
    head = ("workload", "requests/s", "p50 ms", "p99 ms", "errors", "limit/s", "ratio", "statuses")
    widths = [max(len(r[c]) for r in rows + [head]) for c in range(len(head))]
    line = lambda r: "  ".join(v.ljust(wd) for v, wd in zip(r, widths))
    print("\n" + line(head))
    for r in rows:
        print(line(r))
    correctness = []
    if pg:
        correctness += [
            f"overlapping active bookings (PostgreSQL, Allot's database, {check.get('bookings_total')} bookings): {overlaps}",
            f"overlapping active bookings in the pgbench limit database: {check.get('limit_overlaps')}",
            f"5xx answers over B1-B4: {n5xx}",
            f"bookings answered 201 (warm-up, B1, B2): {check.get('answered_201')}; "
            f"of those not found active in the database: {missing}",
            f"rows titled B1 / B2: {check.get('rows_B1')} / {check.get('rows_B2')} "
            f"(wrk counted 201s: {i(w['B1'], 'n201')} / {i(w['B2'], 'n201')}; a request in flight when wrk stops commits "
            f"without being counted)",
            f"ERROR lines in Allot's log (PostgreSQL): {check.get('server_errors_logged', '?')}",
        ]
    if sq:
        correctness += [
            f"overlapping active bookings (SQLite): {scheck.get('overlaps')}",
            f"SQLite bookings answered 201 (B5, B5-empty, B5-history): {scheck.get('answered_201')}; "
            f"not found active: {scheck.get('missing_201')}; "
            f"rows titled B5: {scheck.get('rows_B5')}",
            f"B5-history's rooms: {scheck.get('history_load')}",
            f"SQLITE_BUSY in Allot's log: {scheck.get('busy_logged')}; in the raw JDBC run: "
            f"{lim['sqlite'].get('busy_errors')}; ERROR lines in Allot's log (SQLite): {scheck.get('server_errors_logged')}",
        ]
    print()
    for c in correctness + verdicts:
        print(c)

    lrows = [(name, f"{f(l, 'tps'):.0f}", f"{f(l, 'p50_ms'):.2f}", f"{f(l, 'p99_ms'):.2f}", l.get("failed", "?"))
             for name, l in (("pgbench booking-bare.sql (the guarded insert alone), spread", lim["bare"]),
                             ("pgbench booking.sql, spread", lim["spread"]), ("pgbench booking.sql, hot", lim["hot"]),
                             ("pgbench search.sql", lim["search"]), ("pgbench point-read.sql", lim["point"]),
                             ("SqliteLimit.java, booking transaction, spread", lim["sqlite"]),
                             ("pgbench desk-line.sql (B6: one turn of the line, three transactions)",
                              env(os.path.join(work, "limit-b6.env"))),
                             ("pgbench seat.sql (B8: accepting an invitation, hot)", env(os.path.join(work, "limit-b8.env"))))
             if l]
    md = [
        "# Performance",
        "",
        f"Measured by `bench/run` (see [bench/README.md](../bench/README.md)) on {meta.get('date')}.",
        "",
        "## Machine",
        "",
        f"- `{meta.get('uname')}`",
        f"- {meta.get('nproc')} cores ({meta.get('cpu')}), {meta.get('memory')} memory",
        f"- {meta.get('java')}; PostgreSQL {meta.get('postgresql')}; {meta.get('pgbench')}; {meta.get('wrk')}",
        f"- Allot at commit {meta.get('commit')}; Allot, the database, the limit programs and wrk share the same cores",
        f"- Load average (1, 5, 15 min) before the run: {meta.get('load_before')}; after: {meta.get('load_after')}"
        " (other people build on this machine; above 2 the cores were shared with work outside the benchmark)",
        "",
        "## Set-up",
        "",
    ]
    if pg:
        md += [
            f"- PostgreSQL data, loaded through the product's REST API: {meta.get('load')}.",
            f"- The read model had counted every imported booking (ADR 26: after the imports' commits) "
            f"{load.get('caught_up_s', '?')} s after loading began.",
            f"- Loading took {load.get('load_total_s', '?')} s in all (API calls, the copy for pgbench and "
            f"`vacuum analyze`); Allot was then restarted on the loaded database "
            f"(ready in {f(start['postgresql-loaded'], 'ready_s'):.1f} s).",
        ]
    if sq:
        md += [f"- SQLite data (default settings, a fresh data folder): {meta.get('sqlite_load')}."]
    md += [
        f"- Every workload: {meta.get('clients')} concurrent clients ({meta.get('threads')} load threads), "
        f"{meta.get('seconds')} s, after a short warm-up; each request carries a member's bearer token.",
        f"- Hot contention: 10 rooms x {meta.get('hot_slots')} half-hour slots, so after the first few hundred "
        "bookings nearly every attempt is refused (409); a refusal counts as an answered request, as a refused "
        "insert counts as a pgbench transaction.",
        f"- Whole run: {meta.get('elapsed_s')} s including the build.",
        "",
        "## Results",
        "",
        "| " + " | ".join(head) + " |",
        "| " + " | ".join("---" for _ in head) + " |",
    ] + ["| " + " | ".join(r) + " |" for r in rows] + [
        "",
        "errors = 5xx + socket errors/timeouts + 4xx other than the expected 409; ratio = requests/s over the "
        "limit's transactions/s.",
        "",
        "### Limits (same database contents, same concurrency)",
        "",
        "| script | transactions/s | p50 ms | p99 ms | failed |",
        "| --- | --- | --- | --- | --- |",
    ] + ["| " + " | ".join(r) + " |" for r in lrows] + [
        "",
        f"Bookings committed by the two pgbench booking runs: {meta.get('pgbench_committed')}.",
        "",
        "### Correctness after load",
        "",
    ] + [f"- {c}" for c in correctness] + [
        "",
        "### Against the targets",
        "",
    ] + [f"- {v}" for v in verdicts] + [""]
    extra = os.path.join(os.path.dirname(os.path.abspath(__file__)), "performance-notes.md")
    if os.path.exists(extra):
        md += [open(extra).read()]
    os.makedirs(os.path.dirname(markdown) or ".", exist_ok=True)
    with open(markdown, "w") as out:
        out.write(merged(markdown_before, "\n".join(md)))


START, END = "<!-- bench-run:start -->", "<!-- bench-run:end -->"
OWN = {"## Machine", "## Set-up", "## Results", "## Not measured yet"}


def merged(before, report):
    """The report between its markers; what other benchmarks wrote into the file (bench/insight's
    block, the demo office's timings) stays as it is."""
    block = START + "\n" + report.rstrip("\n") + "\n" + END
    if START in before and END in before:
        return before[:before.index(START)] + block + before[before.index(END) + len(END):]
    # A file from before the markers: keep the sections this runner did not write.
    keep = [p for p in re.split(r"(?m)^(?=## )", before)[1:] if p.splitlines()[0].strip() not in OWN]
    return block + ("\n\n" + "".join(keep).rstrip("\n") if keep else "") + "\n"


if __name__ == "__main__":
    if sys.argv[1] == "pgbench":
        pgbench(sys.argv[2], sys.argv[3])
    else:
        report(sys.argv[2], sys.argv[3])
