#!/usr/bin/env bash
# CI: the Spark job (scripts/spark_extract.py, docs/SPARK.md) in local mode on 2 cores, on the
# 10k real articles plus deliberately bad lines, checked against a plain `union-news extract -`
# run over the same input: every input answered once, the same records, the same errors. Then
# three broken binaries: one killed by a signal partway, one exiting with a panic's status after
# answering every line, one dropping lines; each must make the job exit non-zero.
#
# Usage: bash scripts/spark-ci.sh [BINARY]   (default target/debug/union-news; installs pyspark
# with pip when it is missing; needs Java 17 and ../shared beside the repository)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=$(realpath "${1:-target/debug/union-news}")
CORPUS=../shared/corpus-real/general-10k.jsonl.gz
MASTER='local[2]'
PARTITIONS=4

python3 -c 'import pyspark' 2>/dev/null || python3 -m pip install --quiet pyspark
[[ -x $BIN ]] || { echo "spark-ci: no binary at $BIN (cargo build first)" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# Runs the job with spark-submit in local mode; its stderr (Spark's log, union-news's messages)
# goes to $WORK/NAME.log and is shown only when something is wrong.
spark_job() {
  local name=$1
  shift
  spark-submit --master "$MASTER" scripts/spark_extract.py "$@" 2>"$WORK/$name.log"
}

show_log() {
  grep -v '^\(warning\|error\): ' "$WORK/$1.log" | tail -n 30 >&2
}

# The input: the corpus and a few bad lines, gzipped as a temporary copy.
bad_lines() {
  printf '%s\n' '{"id":"bad-malformed","text": "no closing brace"'
  printf '%s\n' '{"id":"bad-nul\u0000id","text":"Sáng 17/1, LĐLĐ quận kết nạp 1.199 đoàn viên."}'
  printf '%s\n' '{"id":"bad-empty-text","text":""}'
  printf '{"id":"%s","text":"Công đoàn"}\n' "$(printf 'x%.0s' $(seq 1 1100))"
  printf '%s\n' '[1, 2, 3]' '' '   '
  printf '{"id":"bad-cr","text":"a carriage return \r inside a line"}\n'
  printf '\x00\x01\x02\xff\xfe binary junk \x00\n'
  printf '%s\n' '{"text":"Chiều 3/2, Công đoàn ngành Y tế trao 120 suất quà, trị giá 60 triệu đồng."}'
}
{ gzip -dc "$CORPUS"; bad_lines; } | gzip -1 >"$WORK/input.jsonl.gz"
inputs=$(gzip -dc "$WORK/input.jsonl.gz" | wc -l)
echo "spark-ci: $inputs input lines ($CORPUS and $(bad_lines | wc -l) bad or odd ones)"

# The plain run: exit 1 (some inputs failed), one answer per line.
start=$(date +%s)
status=0
gzip -dc "$WORK/input.jsonl.gz" | "$BIN" extract - >"$WORK/plain.jsonl" 2>"$WORK/plain.log" ||
  status=$?
[[ $status == 1 ]] || { echo "spark-ci: plain run exited $status, not 1" >&2; exit 1; }
echo "spark-ci: plain run: $(tail -n 1 "$WORK/plain.log") in $(($(date +%s) - start)) s"

# The job on the same input, checked against the plain run.
start=$(date +%s)
if ! spark_job main "$WORK/input.jsonl.gz" "$WORK/out" --partitions "$PARTITIONS" \
  --bin "$BIN" >"$WORK/main.out"; then
  show_log main
  echo "spark-ci: the job failed on good input" >&2
  exit 1
fi
echo "spark-ci: job: $(grep -m1 ' inputs, ' "$WORK/main.out") (all told $(($(date +%s) - start)) s)"
python3 scripts/spark_check.py "$WORK/input.jsonl.gz" "$WORK/plain.jsonl" "$WORK/out"

# Broken binaries on a small input: each must fail the job with the expected exit status.
gzip -dc "$WORK/input.jsonl.gz" | sed -n 1,400p >"$WORK/small.jsonl"
broken() {
  printf '#!/bin/sh\n# %s\n%s\n' "$1" "$2" >"$WORK/$3"
  chmod +x "$WORK/$3"
}
broken 'answers 100 lines, then dies by SIGKILL' \
  "head -n 100 | '$BIN' \"\$@\"; kill -KILL \$\$" killed.sh
broken 'answers every line, then exits as a panic does (101)' \
  "'$BIN' \"\$@\"; exit 101" panics.sh
broken 'drops its second answer and exits 0' \
  "'$BIN' \"\$@\" | sed 2d; exit 0" drops.sh
# Runs the job with broken binary NAME.sh; it must exit WANT and say REASON.
expect_failure() {
  local name=$1 want=$2 reason=$3 status=0 said
  spark_job "$name" "$WORK/small.jsonl" "$WORK/out-$name" --partitions 2 \
    --bin "$WORK/$name.sh" >"$WORK/$name.out" || status=$?
  # spark-submit sends the driver's stderr to its stdout.
  said=$(cat "$WORK/$name.out" "$WORK/$name.log" | grep -m1 '^spark_extract: error: ' || true)
  if [[ $status != "$want" || $said != *"$reason"* ]]; then
    show_log "$name"
    echo "spark-ci: with a binary that $(sed -n 2p "$WORK/$name.sh" | cut -c3-), the job" \
      "exited $status, not $want, saying \"$said\", not \"$reason\"" >&2
    exit 1
  fi
  echo "spark-ci: $name binary: job exited $status: ${said#spark_extract: error: }"
}
expect_failure killed 1 'exited with status 137 (killed by signal 9)'
expect_failure panics 1 'exited with status 101'
expect_failure drops 3 'output lines != input lines'
echo "spark-ci: ok"
