#!/usr/bin/env python3
"""Extraction speed of one or more union-news builds on the three benchmark corpora.

    python3 scripts/bench_corpora.py [--runs N] [--callgrind LINES] [--seeds-mb MB] BIN [BIN ...]

Corpora (all JSONL through stdin, `extract - -q -o /dev/null`, all cores unless `--jobs`):
  seeds    the five seed articles of corpus/ varied (every third digit changed) and repeated
           to --seeds-mb MB (default 35): dense union text with page menus;
  general  ../shared/corpus-real/general-10k.jsonl.gz, decompressed first (35 MB, 10,000
           general news articles);
  labour   ../shared/corpus-real/labour.jsonl (3.3 MB, union and labour articles).

For each corpus the builds run interleaved (A B A B …), `--runs` times each, so that a noisy
neighbour slows both alike. Reported per build and corpus: MB of input per CPU-second (user +
sys of the child: steadier than wall time on a shared VM) and articles per CPU-second as
min/median/max over the runs, median wall time and the largest peak memory. With
`--callgrind LINES`, also the instruction count of `extract -q -j 1` over the first LINES lines
of each corpus (valgrind: the same for the same binary and input whatever the machine is
doing), and instructions per input byte. Output: a Markdown table on stdout.
"""

import argparse
import gzip
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus-real"


def seeds_corpus(path: Path, megabytes: int) -> tuple:
    """Writes the varied seed corpus (also scripts/bench-cli.sh's): the five seed articles of
    corpus/ repeated, every third digit changed, to `megabytes` MiB; returns (bytes, lines)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    rng = random.Random(42)
    target = megabytes * 1024 * 1024
    size = n = 0
    with path.open("w", encoding="utf-8") as out:
        while size < target:
            chars, k = [], 0
            for c in texts[n % len(texts)]:
                if c.isdigit():
                    k += 1
                    if k % 3 == 0:
                        c = str(rng.randrange(10))
                chars.append(c)
            line = json.dumps({"id": f"v{n}", "text": "".join(chars)}, ensure_ascii=False)
            out.write(line + "\n")
            size += len(line.encode()) + 1
            n += 1
    return size, n


def corpora(work: Path, seeds_mb: int) -> dict:
    """The three corpora as plain JSONL files in `work`: name → path."""
    found = {}
    seeds = work / "seeds.jsonl"
    seeds_corpus(seeds, seeds_mb)
    found["seeds"] = seeds
    general_gz = SHARED / "general-10k.jsonl.gz"
    if general_gz.exists():
        general = work / "general.jsonl"
        with gzip.open(general_gz, "rb") as src, general.open("wb") as dst:
            shutil.copyfileobj(src, dst)
        found["general"] = general
    labour = SHARED / "labour.jsonl"
    if labour.exists():
        found["labour"] = labour
    return found


def timed_run(binary: str, corpus: Path, jobs, work: Path) -> tuple:
    """(cpu seconds, wall seconds, peak KiB) of one `extract -` over `corpus`."""
    timing = work / "time.txt"
    command = ["/usr/bin/time", "-f", "%e %M %U %S", "-o", str(timing), binary, "extract", "-",
               "-q", "-o", "/dev/null"]
    if jobs:
        command += ["-j", str(jobs)]
    with corpus.open("rb") as stdin:
        subprocess.run(command, stdin=stdin, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, check=True)
    wall, kib, user, system = timing.read_text().split()
    return float(user) + float(system), float(wall), int(kib)


def instructions(binary: str, corpus: Path, lines: int, work: Path) -> tuple:
    """(instructions, bytes) of `extract -q -j 1` over the first `lines` lines, by callgrind."""
    sample = work / f"{corpus.stem}.head.jsonl"
    with corpus.open("rb") as src, sample.open("wb") as dst:
        for i, line in enumerate(src):
            if i >= lines:
                break
            dst.write(line)
    out = subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={work}/cg.out", binary,
         "extract", "-q", "-j", "1", str(sample), "-o", "/dev/null"],
        capture_output=True, text=True, check=True)
    match = re.search(r"Collected : (\d+)", out.stderr)
    return (int(match.group(1)) if match else 0), sample.stat().st_size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binaries", nargs="+", metavar="BIN")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=None, help="-j for extract (default: all)")
    parser.add_argument("--seeds-mb", type=int, default=35)
    parser.add_argument("--callgrind", type=int, default=0, metavar="LINES")
    parser.add_argument("--only", action="append", help="run only this corpus (repeatable)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-corpora-") as tmp:
        work = Path(tmp)
        found = corpora(work, args.seeds_mb)
        if args.only:
            found = {k: v for k, v in found.items() if k in args.only}
        print(f"cores: {os.cpu_count()}, runs: {args.runs}, jobs: {args.jobs or 'all'}")
        print()
        print("| corpus | build | MB | articles | MB per CPU-s (min–median–max) | articles per CPU-s "
              "(median) | wall s (median) | peak MiB | instructions | per byte |")
        print("|---|---|---:|---:|---|---:|---:|---:|---:|---:|")
        for name, path in found.items():
            size = path.stat().st_size
            with path.open("rb") as f:
                articles = sum(1 for _ in f)
            results = {b: [] for b in args.binaries}
            for _ in range(args.runs):
                for binary in args.binaries:
                    results[binary].append(timed_run(binary, path, args.jobs, work))
            for binary in args.binaries:
                cpus = sorted(r[0] for r in results[binary])
                rates = [size / 1e6 / c for c in cpus]
                walls = [r[1] for r in results[binary]]
                peak = max(r[2] for r in results[binary]) / 1024
                count, per = "", ""
                if args.callgrind:
                    n, sample_bytes = instructions(binary, path, args.callgrind, work)
                    count, per = f"{n / 1e6:,.1f} M", f"{n / sample_bytes:.0f}"
                print(f"| {name} | {binary} | {size / 1e6:.1f} | {articles} | "
                      f"{min(rates):.1f}–{statistics.median(rates):.1f}–{max(rates):.1f} | "
                      f"{articles / statistics.median(cpus):,.0f} | {statistics.median(walls):.2f} | "
                      f"{peak:.0f} | {count} | {per} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
