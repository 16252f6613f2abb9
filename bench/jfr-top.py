#!/usr/bin/env python3
"""Where the CPU went, from a JFR recording: the top frames by own samples and by inclusive samples,
optionally only for samples whose stack contains a given frame (for example a controller method).

Usage: jfr-top.py RECORDING.jfr [FILTER] [--from HH:MM:SS --to HH:MM:SS]
  jfr-top.py /tmp/jfr/allot.jfr BookingController.create
Needs `jfr` from the JDK next to the java that ran Allot ($JAVA_HOME/bin/jfr)."""
import collections, os, re, subprocess, sys

args = sys.argv[1:]
window = {}
for flag in ("--from", "--to"):
    if flag in args:
        i = args.index(flag)
        window[flag] = args[i + 1]
        del args[i:i + 2]
recording = args[0]
wanted = args[1] if len(args) > 1 else None
jfr = os.path.join(os.environ.get("JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64"), "bin", "jfr")
text = subprocess.run([jfr, "print", "--events", "jdk.ExecutionSample", "--stack-depth", "96", recording],
                      capture_output=True, text=True, check=True).stdout

own, inclusive, total = collections.Counter(), collections.Counter(), 0
frame = re.compile(r"^\s+([\w$./<>\[\]-]+)\(.*line:")
for event in text.split("jdk.ExecutionSample {")[1:]:
    when = re.search(r"startTime = (\d\d:\d\d:\d\d)", event)
    if when and (window.get("--from", "") > when.group(1) or when.group(1) > window.get("--to", "99")):
        continue
    frames = [m.group(1) for m in (frame.match(line) for line in event.splitlines()) if m]
    if not frames or (wanted and not any(wanted in f for f in frames)):
        continue
    total += 1
    own[frames[0]] += 1
    for f in set(frames):
        inclusive[f] += 1

print(f"{total} samples" + (f" with {wanted} on the stack" if wanted else ""))
print("\n-- own (top 25)")
for f, n in own.most_common(25):
    print(f"{n / total:6.1%}  {f}")
print("\n-- inclusive, Allot's and the main libraries' frames (top 60)")
shown = 0
for f, n in inclusive.most_common():
    if re.match(r"(dev\.allot|org\.springframework\.(jdbc|security|transaction|web)|com\.zaxxer|org\.postgresql|"
                r"org\.sqlite|com\.github\.kagkarlsson|tools\.jackson|com\.fasterxml|org\.apache\.(catalina|coyote)|"
                r"ch\.qos\.logback|io\.micrometer)", f):
        print(f"{n / total:6.1%}  {f}")
        shown += 1
        if shown == 60:
            break
