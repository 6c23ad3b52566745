#!/usr/bin/env bash
# Runs every fuzz target of examples/fuzz briefly, two at a time (the CI machine has 2 cores),
# and fails on a crash, a broken invariant or a hang. Slow inputs (cost per byte far above the
# seeds') are listed as warnings only: the machine is shared, so timings are noisy.
#
#   FUZZ_SECONDS  seconds per target (default 30: 13 targets, 2 at a time, ~3.5 minutes)
#   FUZZ_SEED     random seed (default 1: the same inputs on every CI run)
#   FUZZ_JOBS     targets run at once (default 2)
#   FUZZ_RELEASE  set to 1 to fuzz a release build (faster per input; CI uses the debug
#                 build `cargo test` already made, which saves a full release build)
#
# Artifacts (crashes, timeouts, slow inputs) land in fuzz/artifacts/<target>/.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${FUZZ_SECONDS:-30}
seed=${FUZZ_SEED:-1}
jobs=${FUZZ_JOBS:-2}
if [[ ${FUZZ_RELEASE:-0} == 1 ]]; then
  cargo build --quiet --release --example fuzz
  bin=target/release/examples/fuzz
else
  cargo build --quiet --example fuzz
  bin=target/debug/examples/fuzz
fi

logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
mapfile -t targets < <("$bin" --list | awk '{print $1}')
echo "fuzzing ${#targets[@]} targets, ${seconds} s each, ${jobs} at a time, seed ${seed}"

# One target: its log and exit status in $logs. A debug build is ~10x slower than release, so
# inputs are capped at 128 KiB (the seeds are at most 64 KiB) and a hang is 60 s.
run_one() {
  local t=$1
  set +e
  "$bin" "$t" --seconds "$seconds" --seed "$seed" --max-len 131072 --timeout 60 \
    >"$logs/$t.log" 2>&1
  echo $? >"$logs/$t.rc"
}
export -f run_one
export bin seconds seed logs
printf '%s\n' "${targets[@]}" | xargs -P "$jobs" -I{} bash -c 'run_one "$@"' _ {}

failed=()
for t in "${targets[@]}"; do
  rc=$(cat "$logs/$t.rc" 2>/dev/null || echo missing)
  grep -E 'CRASH|TIMEOUT|saved to|done:|seed .* fails' "$logs/$t.log" || true
  if [[ $rc != 0 ]]; then
    failed+=("$t (exit $rc)")
    echo "--- full log of $t:"
    cat "$logs/$t.log"
  fi
done
slow=$(cat "$logs"/*.log | grep -c 'WARNING slow' || true)
if [[ $slow != 0 ]]; then
  echo "warning: $slow slow input(s) (not a failure; see fuzz/artifacts/*/slow-*):"
  cat "$logs"/*.log | grep 'WARNING slow' || true
fi
if ((${#failed[@]})); then
  echo "FUZZ FAILURES: ${failed[*]}" >&2
  echo "Replay one with: cargo run --example fuzz -- TARGET --replay fuzz/artifacts/TARGET/crash-…" >&2
  exit 1
fi
echo "fuzz: all ${#targets[@]} targets clean"
