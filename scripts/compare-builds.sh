#!/usr/bin/env bash
# Compares the records of two builds of union-news on the team's input sets.
#
# Usage: scripts/compare-builds.sh BASE_BIN NEW_BIN
#
# Runs `extract` of both binaries on: corpus/, fixtures/ (HTML and gold texts),
# ../shared/seeds, ../shared/corpus-html, ../shared/corpus-real/labour.jsonl (as a file and
# through stdin) and all of ../shared/corpus-real/general-10k.jsonl.gz (through stdin,
# `extract -`), and compares the SQLite rows the corpus/ run loads (`sqlite3 .dump`). Prints
# "identical" or "different" per input set and exits 1 on any difference. Run it from the
# crate's root. Set KEEP=1 to keep the outputs (their directory is printed).
set -u
if [ $# -ne 2 ]; then
    echo "usage: $0 BASE_BIN NEW_BIN" >&2
    exit 2
fi
base=$1
new=$2
out=$(mktemp -d)
status=0

# compare NAME ARGS...: runs both binaries with ARGS (stdin from $STDIN when set).
compare() {
    local name=$1
    shift
    for which in base new; do
        local bin=$base
        [ "$which" = new ] && bin=$new
        if [ -n "${STDIN:-}" ]; then
            $STDIN | "$bin" extract -q "$@" >"$out/$name.$which.jsonl" 2>"$out/$name.$which.err"
        else
            "$bin" extract -q "$@" >"$out/$name.$which.jsonl" 2>"$out/$name.$which.err"
        fi
        echo "exit $?" >>"$out/$name.$which.err"
    done
    if cmp -s "$out/$name.base.jsonl" "$out/$name.new.jsonl" &&
        cmp -s "$out/$name.base.err" "$out/$name.new.err"; then
        echo "$name: identical ($(wc -l <"$out/$name.new.jsonl") records)"
    else
        echo "$name: different"
        status=1
    fi
}

compare corpus corpus/
compare fixtures fixtures/
for dir in seeds corpus-html; do
    if [ -d "../shared/$dir" ]; then
        compare "$dir" "../shared/$dir"
    else
        echo "$dir: skipped (../shared/$dir not found)"
    fi
done
if [ -f ../shared/corpus-real/labour.jsonl ]; then
    compare labour ../shared/corpus-real/labour.jsonl
    labour_input() { cat ../shared/corpus-real/labour.jsonl; }
    STDIN=labour_input compare labour-stdin -
else
    echo "labour: skipped (../shared/corpus-real/labour.jsonl not found)"
fi
if [ -f ../shared/corpus-real/general-10k.jsonl.gz ]; then
    general_input() { gzip -dc ../shared/corpus-real/general-10k.jsonl.gz; }
    STDIN=general_input compare general-10k -
else
    echo "general-10k: skipped (../shared/corpus-real/general-10k.jsonl.gz not found)"
fi

# The database rows of the corpus run (SQLite), compared as a text dump (without the
# migrations' application times).
if command -v sqlite3 >/dev/null; then
    for which in base new; do
        bin=$base
        [ "$which" = new ] && bin=$new
        "$bin" extract -q corpus/ -o "$out/db.$which.jsonl" --db "$out/db.$which.sqlite" \
            2>"$out/db.$which.err"
        # schema_migrations holds when each migration was applied: a time, not a row.
        sqlite3 "$out/db.$which.sqlite" .dump | grep -v '^INSERT INTO schema_migrations' \
            >"$out/db.$which.sql"
    done
    if cmp -s "$out/db.base.sql" "$out/db.new.sql"; then
        echo "sqlite rows: identical ($(wc -l <"$out/db.new.sql") dump lines)"
    else
        echo "sqlite rows: different"
        status=1
    fi
else
    echo "sqlite rows: skipped (no sqlite3 command)"
fi

if [ "${KEEP:-}" = 1 ]; then
    echo "outputs kept in $out"
else
    rm -rf "$out"
fi
exit $status
