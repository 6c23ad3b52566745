#!/usr/bin/env bash
# Renders `union-news report --html` in headless Chromium and checks it:
#   - the page is self-contained (no script, stylesheet link, src=, url(), @import);
#   - the rendered DOM holds the three report tables and SVG charts;
#   - the browser logged no console error and no failed load;
#   - a screenshot is taken (look at it: OUT/report.png).
# Usage: scripts/check-html-report.sh [DB] [OUT_DIR]
#   DB       a --db value (default union-news.sqlite)
#   OUT_DIR  where report.html, dom.html, console.log and report.png go (default target/html-report)
# The binary is $UNION_NEWS_BIN, else target/release/union-news if built, else `cargo run`.
set -euo pipefail

db="${1:-union-news.sqlite}"
# A SQLite path given relative to the caller's directory stays valid after the cd below.
case "$db" in
  postgres://* | postgresql://* | sqlite://*) ;;
  *) [ -e "$db" ] && db="$(cd "$(dirname "$db")" && pwd)/$(basename "$db")" ;;
esac
cd "$(dirname "$0")/.."

out="${2:-target/html-report}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

fail() { echo "check-html-report: FAIL: $*" >&2; exit 1; }

if ! command -v chromium >/dev/null 2>&1; then
  echo "check-html-report: installing Debian's chromium" >&2
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi
command -v chromium >/dev/null 2>&1 || fail "chromium is not installed"

if [ -n "${UNION_NEWS_BIN:-}" ]; then
  run=("$UNION_NEWS_BIN")
elif [ -x target/release/union-news ]; then
  run=(target/release/union-news)
else
  run=(cargo run --quiet --)
fi

html="$out/report.html"
"${run[@]}" report --db "$db" --html "$html" >/dev/null
[ -s "$html" ] || fail "$html was not written"

# Self-contained: nothing the browser would fetch.
if grep -Eiq '<script|<link|<iframe|<img|[[:space:]]src=|url\(|@import' "$html"; then
  grep -Ein '<script|<link|<iframe|<img|[[:space:]]src=|url\(|@import' "$html" | head >&2
  fail "$html refers to outside resources"
fi

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
chrome=(chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run
  --disable-background-networking --disable-component-update --disable-sync
  --user-data-dir="$profile" --enable-logging=stderr --v=0)

"${chrome[@]}" --dump-dom "file://$html" >"$out/dom.html" 2>"$out/console.log" \
  || fail "chromium --dump-dom failed (see $out/console.log)"
for id in money_by_organization_year members_by_federation_year events_by_type_month; do
  grep -q "id=\"section-$id\"" "$out/dom.html" || fail "rendered DOM lacks the $id section"
done
tables=$(grep -o '<table id="' "$out/dom.html" | wc -l)
svgs=$(grep -o '<svg' "$out/dom.html" | wc -l)
[ "$tables" -ge 1 ] || fail "rendered DOM has no table"
[ "$svgs" -ge 1 ] || fail "rendered DOM has no SVG chart"
if grep -Eq 'CONSOLE|Uncaught|Failed to load resource|net::ERR_' "$out/console.log"; then
  grep -E 'CONSOLE|Uncaught|Failed to load resource|net::ERR_' "$out/console.log" >&2
  fail "console errors while rendering"
fi

rm -f "$out/report.png"
"${chrome[@]}" --hide-scrollbars --window-size=1280,2000 --screenshot="$out/report.png" \
  "file://$html" >/dev/null 2>>"$out/console.log" || fail "chromium --screenshot failed"
[ -s "$out/report.png" ] || fail "no screenshot"
size=$(stat -c %s "$out/report.png")
[ "$size" -gt 20000 ] || fail "screenshot is suspiciously small ($size bytes): blank page?"

echo "check-html-report: ok: $tables tables, $svgs charts, no console errors; screenshot $out/report.png"
