#!/usr/bin/env python3
"""How far `letters validate --threads 2` gets over `--threads 1`, beside what the machine gives two processes.

On a shared host the second core's speed changes from minute to minute, and a ratio measured alone says more about
the host than about the app. So each round runs, in random order and one after another:
  t1   letters validate CORPUS --threads 1
  t2   letters validate CORPUS --threads 2
  ctl  two `--threads 1` processes at once, each on half of the corpus (the control: no shared heap, no shared work)
and the summary gives quantiles of each over the rounds. The fastest rounds are the quiet machine; the control says
how much of any shortfall is the host's.

    python3 tests/Advocacy.Letters.Benchmarks/native-threads.py path/to/letters corpus.jsonl [--rounds 100] [--tsv out.tsv]

Make the corpus with `letters generate --count 20000 --seed 20110908 --output corpus.jsonl`, and the executable with
`dotnet publish samples/Advocacy.Letters.Cli -c Release -r linux-x64 -p:PublishAot=true -o /tmp/native`.
"""

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time


def run(commands):
    """Starts the commands together; returns the wall seconds until all have ended, and their CPU seconds."""
    start = time.perf_counter()
    processes = [subprocess.Popen(c, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for c in commands]
    cpu = 0.0
    for process in processes:
        _, status, usage = os.wait4(process.pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"{' '.join(process.args)} exited with {os.waitstatus_to_exitcode(status)}")
        cpu += usage.ru_utime + usage.ru_stime
    return time.perf_counter() - start, cpu


def quantile(values, q):
    ordered = sorted(values)
    return ordered[int(q * (len(ordered) - 1))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("letters")
    parser.add_argument("corpus")
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument("--tsv", help="also append each round to this file")
    args = parser.parse_args()

    with open(args.corpus, "rb") as corpus:
        lines = corpus.readlines()
    folder = tempfile.mkdtemp(prefix="letters-threads-")
    halves = [os.path.join(folder, f"half-{i}.jsonl") for i in (1, 2)]
    for path, part in zip(halves, (lines[: len(lines) // 2], lines[len(lines) // 2 :])):
        with open(path, "wb") as half:
            half.writelines(part)

    kinds = {
        "t1": [[args.letters, "validate", args.corpus, "--threads", "1"]],
        "t2": [[args.letters, "validate", args.corpus, "--threads", "2"]],
        "ctl": [[args.letters, "validate", half, "--threads", "1"] for half in halves],
    }
    rounds = []
    try:
        for number in range(1, args.rounds + 1):
            order = list(kinds)
            random.shuffle(order)
            measured = {kind: run(kinds[kind]) for kind in order}
            rounds.append(measured)
            row = "\t".join(f"{measured[k][0]:.4f}\t{measured[k][1]:.4f}" for k in kinds)
            print(f"{number}\t{time.strftime('%H:%M:%S')}\t{row}", flush=True)
            if args.tsv:
                with open(args.tsv, "a", encoding="utf-8") as tsv:
                    tsv.write(f"{time.strftime('%H:%M:%S')}\t{row}\n")
    finally:
        for half in halves:
            os.remove(half)
        os.rmdir(folder)

    print(f"\n{len(rounds)} rounds of {len(lines):,} letters; seconds (wall), and t1 over each")
    print("quantile      t1      t2     ctl   t1/t2  t1/ctl")
    for q in (0.0, 0.1, 0.25, 0.5):
        t1, t2, ctl = (quantile([r[k][0] for r in rounds], q) for k in kinds)
        print(f"{q:8.2f} {t1:7.3f} {t2:7.3f} {ctl:7.3f} {t1 / t2:7.2f} {t1 / ctl:7.2f}")
    cpu = {k: statistics.median(r[k][1] for r in rounds) for k in kinds}
    print(f"median CPU seconds: t1 {cpu['t1']:.3f}, t2 {cpu['t2']:.3f}, ctl {cpu['ctl']:.3f}")
    # Within a round the three runs saw the host in nearly the same state, so these pair them.
    print(f"median within a round: t1/t2 {statistics.median(r['t1'][0] / r['t2'][0] for r in rounds):.2f}, "
          f"t1/ctl {statistics.median(r['t1'][0] / r['ctl'][0] for r in rounds):.2f}, "
          f"ctl/t2 {statistics.median(r['ctl'][0] / r['t2'][0] for r in rounds):.3f}")


if __name__ == "__main__":
    main()
