#!/usr/bin/env python3
"""Cold start to first frame, and peak memory, of knowthelimits against the reference window.

usage: startup_benchmark.py KNOWTHELIMITS REFERENCE [--runs N]

Both programs are started the same way (offscreen, software renderer, a fresh settings folder)
and alternate, run after run, so machine noise hits both alike. Each prints "first-frame" when
its first frame is swapped; the time is measured here, from spawn to that line, and peak memory
is the child's max resident set size from wait4(). Reports medians and the ratios app/reference.
The app is started twice over: on a first start, and for a returning reader (a settings file
naming the page they left, which the home page offers to continue). Where valgrind is
installed, each is also run once under callgrind: instructions executed from
start to the first frame (the program exits there), which do not depend on the machine's load.
Budgets (issue 17): 1.3x by instructions and by wall median, 1.2x peak memory.
"""
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def run_once(argv, env):
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    elapsed = None
    for line in proc.stdout:
        if line.strip() == b"first-frame":
            elapsed = time.perf_counter() - start
            break
    proc.stdout.close()
    _, status, usage = os.wait4(proc.pid, 0)
    if elapsed is None or os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{argv[0]} did not report a first frame (exit {os.waitstatus_to_exitcode(status)})")
    return elapsed, usage.ru_maxrss / 1024.0  # ru_maxrss is in KiB on Linux


def instructions(argv, env):
    """Instructions callgrind counts for one run to the first frame, or None without valgrind."""
    if not shutil.which("valgrind"):
        return None
    out = tempfile.mktemp(suffix=".callgrind")
    proc = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"] + argv,
                          env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if os.path.exists(out):
        os.unlink(out)
    found = re.search(r"Collected : (\d+)", proc.stderr)
    if proc.returncode != 0 or not found:
        raise SystemExit(f"{argv[0]} under callgrind: exit {proc.returncode}")
    return int(found.group(1))


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        raise SystemExit(__doc__)
    app, reference = args[0], args[1]
    runs = int(args[args.index("--runs") + 1]) if "--runs" in args else 15
    home = tempfile.mkdtemp()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software",
               HOME=home, XDG_CONFIG_HOME=os.path.join(home, ".config"),
               XDG_RUNTIME_DIR=tempfile.mkdtemp(), KTL_EXIT_AFTER_FIRST_FRAME="1")
    # A returning reader: the settings file names the page they left, which the home page's
    # "Continue" card describes before the first frame.
    returning_home = tempfile.mkdtemp()
    os.makedirs(os.path.join(returning_home, "KnowTheLimits"))
    with open(os.path.join(returning_home, "KnowTheLimits", "knowthelimits.conf"), "w") as f:
        f.write("[General]\nlanguage=en\nlastPage=walkthrough/what-is-mandamus/three-tests\n")
    returning = dict(env, XDG_CONFIG_HOME=returning_home)
    programs = {"knowthelimits": ([app, "--lang", "en"], env), "returning": ([app], returning),
                "reference": ([reference], env)}
    results = {name: {"time": [], "rss": []} for name in programs}
    for name, (argv, penv) in programs.items():  # warm the file cache once, not measured
        run_once(argv, penv)
    for _ in range(runs):
        for name, (argv, penv) in programs.items():
            t, rss = run_once(argv, penv)
            results[name]["time"].append(t)
            results[name]["rss"].append(rss)
    med = {n: {k: statistics.median(v) for k, v in r.items()} for n, r in results.items()}
    for n in programs:
        print(f"{n:14s} first frame {med[n]['time'] * 1000:7.1f} ms   peak RSS {med[n]['rss']:7.1f} MiB   (median of {runs})")
    for n in ("knowthelimits", "returning"):
        time_ratio = med[n]["time"] / med["reference"]["time"]
        rss_ratio = med[n]["rss"] / med["reference"]["rss"]
        print(f"ratio {n}/reference: first frame {time_ratio:.2f}x (budget 1.3x), "
              f"peak memory {rss_ratio:.2f}x (budget 1.2x)")
    counts = {name: instructions(argv, penv) for name, (argv, penv) in programs.items()}
    if None not in counts.values():
        for n in programs:
            print(f"{n:14s} {counts[n] / 1e6:7.1f} M instructions to the first frame (callgrind)")
        for n in ("knowthelimits", "returning"):
            print(f"ratio {n}/reference: instructions {counts[n] / counts['reference']:.2f}x (budget 1.3x)")
    else:
        print("valgrind not installed: no instruction counts")


if __name__ == "__main__":
    main()
