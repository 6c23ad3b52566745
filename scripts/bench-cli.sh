#!/usr/bin/env bash
# End-to-end benchmark of the command line: generates a JSONL corpus of varied seed articles
# (default 50 MB), then times `union-news extract` on it to JSONL alone, and to JSONL plus
# SQLite, then `union-news load` of the records into SQLite and (when UNION_NEWS_TEST_PG names
# a server) PostgreSQL, new and unchanged, and extract to JSONL plus PostgreSQL; it prints
# wall time, MB/s (of the input read), records/s, CPU time and peak memory (/usr/bin/time).
# Usage: scripts/bench-cli.sh [MB] [WORKDIR]   (UNION_NEWS_BIN: another binary to time)
set -euo pipefail
cd "$(dirname "$0")/.."
mb="${1:-50}"
work="${2:-target/bench-cli}"
mkdir -p "$work"
if [ -n "${UNION_NEWS_BIN:-}" ]; then
  bin="$UNION_NEWS_BIN"
else
  cargo build --release --quiet
  bin=target/release/union-news
fi

# The varied seed corpus, made by the generator bench_corpora.py uses too.
python3 - "$mb" "$work/corpus.jsonl" <<'PY'
import pathlib, sys
sys.path.insert(0, "scripts")
from bench_corpora import seeds_corpus
size, n = seeds_corpus(pathlib.Path(sys.argv[2]), int(sys.argv[1]))
print(f"corpus: {size / 1048576:.1f} MB, {n} articles", file=sys.stderr)
PY
articles=$(wc -l < "$work/corpus.jsonl")
bytes=$(stat -c %s "$work/corpus.jsonl")

# run LABEL BYTES CMD...: BYTES is the size of what CMD reads (for MB/s)
run() {
  local label="$1" size="$2"; shift 2
  /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" "$@" 2>"$work/stderr.txt" >/dev/null
  read -r secs kib user sys < "$work/time.txt"
  python3 -c 'import sys; label, s, b, a, k, c = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), float(sys.argv[6]) + float(sys.argv[7]); print(f"{label}: {s:.2f}s, {b/1048576/s:.1f} MB/s, {a/s:.0f} articles/s, cpu {c:.2f}s, peak {k/1024:.0f} MiB")' "$label" "$secs" "$size" "$articles" "$kib" "$user" "$sys"
  tail -n1 "$work/stderr.txt"
}
rm -f "$work/bench.sqlite"* "$work/load.sqlite"*
run "extract -> JSONL ($(nproc) cores)" "$bytes" "$bin" extract "$work/corpus.jsonl" -q -o "$work/records.jsonl"
run "extract -> JSONL, 1 core" "$bytes" "$bin" extract "$work/corpus.jsonl" -q -j 1 -o "$work/records.jsonl"
run "extract -> JSONL + SQLite (new)" "$bytes" "$bin" extract "$work/corpus.jsonl" -q -o "$work/records.jsonl" --db "$work/bench.sqlite"
run "extract -> JSONL + SQLite (unchanged rerun)" "$bytes" "$bin" extract "$work/corpus.jsonl" -q -o "$work/records.jsonl" --db "$work/bench.sqlite"
# Loading alone, from the records just written (MB/s of records.jsonl).
rbytes=$(stat -c %s "$work/records.jsonl")
echo "records: $((rbytes / 1048576)) MB"
run "load JSONL -> SQLite (new)" "$rbytes" "$bin" load "$work/records.jsonl" --db "$work/load.sqlite"
run "load JSONL -> SQLite (unchanged)" "$rbytes" "$bin" load "$work/records.jsonl" --db "$work/load.sqlite"
if [ -n "${UNION_NEWS_TEST_PG:-}" ]; then
  # The server named by UNION_NEWS_TEST_PG (key=value form), in a schema of its own.
  pg_url=$(python3 -c 'import sys; kv = dict(p.split("=", 1) for p in sys.argv[1].split()); print("postgres://%s@%s:%s/%s?schema=un_bench_cli" % (kv.get("user", "postgres"), kv.get("host", "127.0.0.1"), kv.get("port", "5432"), kv.get("dbname", "postgres")))' "$UNION_NEWS_TEST_PG")
  PGOPTIONS='-c client_min_messages=warning' psql "$UNION_NEWS_TEST_PG" -qc 'DROP SCHEMA IF EXISTS un_bench_cli CASCADE'
  run "load JSONL -> PostgreSQL (new)" "$rbytes" "$bin" load "$work/records.jsonl" --db "$pg_url"
  run "load JSONL -> PostgreSQL (unchanged)" "$rbytes" "$bin" load "$work/records.jsonl" --db "$pg_url"
  # Extraction and loading together (the writer thread loads batch N while N+1 is extracted).
  PGOPTIONS='-c client_min_messages=warning' psql "$UNION_NEWS_TEST_PG" -qc 'DROP SCHEMA un_bench_cli CASCADE'
  run "extract -> JSONL + PostgreSQL (new)" "$bytes" "$bin" extract "$work/corpus.jsonl" -q -o "$work/records.jsonl" --db "$pg_url"
  PGOPTIONS='-c client_min_messages=warning' psql "$UNION_NEWS_TEST_PG" -qc 'DROP SCHEMA un_bench_cli CASCADE'
fi
