#!/usr/bin/env bash
# End-to-end benchmark of the command line: generates a JSONL corpus of varied seed articles
# (default 50 MB), then times `union-news extract` on it to JSONL alone, and to JSONL plus
# SQLite, printing wall time, MB/s, articles/s and peak memory (from /usr/bin/time).
# Usage: scripts/bench-cli.sh [MB] [WORKDIR]
set -euo pipefail
cd "$(dirname "$0")/.."
mb="${1:-50}"
work="${2:-target/bench-cli}"
mkdir -p "$work"
cargo build --release --quiet
bin=target/release/union-news

python3 - "$mb" "$work/corpus.jsonl" <<'PY'
import json, random, sys, pathlib
target = int(sys.argv[1]) * 1024 * 1024
seeds = sorted(pathlib.Path("corpus").glob("*.txt"))
texts = [p.read_text(encoding="utf-8") for p in seeds]
rng = random.Random(42)
size = n = 0
with open(sys.argv[2], "w", encoding="utf-8") as out:
    while size < target:
        t = texts[n % len(texts)]
        # change every third digit so numbers and dates vary
        chars, k = [], 0
        for c in t:
            if c.isdigit():
                k += 1
                if k % 3 == 0:
                    c = str(rng.randrange(10))
            chars.append(c)
        line = json.dumps({"id": f"v{n}", "text": "".join(chars)}, ensure_ascii=False)
        out.write(line + "\n")
        size += len(line.encode()) + 1
        n += 1
print(f"corpus: {size / 1048576:.1f} MB, {n} articles", file=sys.stderr)
PY
articles=$(wc -l < "$work/corpus.jsonl")
bytes=$(stat -c %s "$work/corpus.jsonl")

run() {
  local label="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" 2>"$work/stderr.txt" >/dev/null
  read -r secs kib < "$work/time.txt"
  python3 -c 'import sys; label, s, b, a, k = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]); print(f"{label}: {s:.2f}s, {b/1048576/s:.1f} MB/s, {a/s:.0f} articles/s, peak {k/1024:.0f} MiB")' "$label" "$secs" "$bytes" "$articles" "$kib"
  tail -n1 "$work/stderr.txt"
}
rm -f "$work/bench.sqlite"*
run "extract -> JSONL ($(nproc) cores)" "$bin" extract "$work/corpus.jsonl" -q -o "$work/records.jsonl"
run "extract -> JSONL, 1 core" "$bin" extract "$work/corpus.jsonl" -q -j 1 -o "$work/records.jsonl"
run "extract -> JSONL + SQLite (new)" "$bin" extract "$work/corpus.jsonl" -q -o "$work/records.jsonl" --db "$work/bench.sqlite"
run "extract -> JSONL + SQLite (unchanged rerun)" "$bin" extract "$work/corpus.jsonl" -q -o "$work/records.jsonl" --db "$work/bench.sqlite"
run "load JSONL -> SQLite (unchanged)" "$bin" load "$work/records.jsonl" --db "$work/bench.sqlite"
