#!/usr/bin/env python3
"""B9's limit: the statements one page request sent to PostgreSQL, taken from the server's log
(log_min_duration_statement = 0 for the bench database while the page is requested once), with
their parameters written in, as a pgbench script: the bare SQL behind the page, without Java.

Usage: capture.py LOGFILE OFFSET DATABASE OUT.sql   (OFFSET: the log's size before the request)
Statements of Allot's background work (db-scheduler, the booking outbox, the bot, sessions) are left
out; prints how many statements the script holds."""
import re, sys

log, offset, database, out = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
ENTRY = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \S+ \[(\d+)\] (\S*)@(\S*) (LOG|DETAIL|ERROR|STATEMENT):  (.*)")
BACKGROUND = re.compile(r"scheduled_tasks|booking_outbox|telegram_|spring_session|pg_try_advisory|^(BEGIN|COMMIT|ROLLBACK|SET|SHOW)\b|^select 1$", re.I)

with open(log, "rb") as f:
    f.seek(offset)
    text = f.read().decode(errors="replace")
entries = []
for line in text.splitlines():
    m = ENTRY.match(line)
    if m:
        entries.append([m.group(3), m.group(4), m.group(5)])
    elif entries and line.startswith("\t"):
        entries[-1][2] += "\n" + line[1:]

statements = []
for i, (db, kind, message) in enumerate(entries):
    if db != database or kind != "LOG":
        continue
    m = re.match(r"duration: [\d.]+ ms  (?:execute [^:]*|statement): (.*)", message, re.S)
    if not m:
        continue
    sql = m.group(1).strip()
    if i + 1 < len(entries) and entries[i + 1][1] == "DETAIL" and entries[i + 1][2].startswith("parameters: "):
        params = dict(re.findall(r"\$(\d+) = ((?:'(?:[^']|'')*')|NULL)", entries[i + 1][2]))
        for n in sorted(params, key=int, reverse=True):
            sql = re.sub(r"\$%s(?!\d)" % n, lambda _m, v=params[n]: v, sql)
    if BACKGROUND.search(sql.strip()):
        continue
    statements.append(sql.rstrip(";"))

with open(out, "w") as f:
    for sql in statements:
        # one line each, comments dropped (pgbench leaves '::' casts alone)
        f.write(" ".join(re.sub(r"--[^\n]*", "", sql).split()) + ";\n")
print(len(statements))
