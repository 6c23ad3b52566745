#!/bin/sh
# Runs our extractor on fixtures/html (through the test driver's dump) and
# scripts/compare-trafilatura.py on the result. Needs `pip install trafilatura lxml_html_clean`
# for the trafilatura column. Usage: scripts/compare-trafilatura.sh [OUT_DIR]
set -eu
cd "$(dirname "$0")/.."
out="${1:-target/html-extract}"
rm -rf "$out"
UNION_NEWS_HTML_OUT="$out" cargo test --quiet --test tests html::every_page_matches_its_fixture >/dev/null
python3 scripts/compare-trafilatura.py --ours "$out" --fixtures fixtures/html
