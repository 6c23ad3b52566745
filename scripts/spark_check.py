#!/usr/bin/env python3
"""Checks a spark_extract.py run against a plain `union-news extract -` run (scripts/spark-ci.sh).

    python3 scripts/spark_check.py INPUT PLAIN OUTDIR

INPUT is the JSONL (or .jsonl.gz) both runs read, PLAIN the answers of `union-news extract -`
over it, OUTDIR the job's output directory (local). Fails (exit 1, saying why) unless:
- the job's summary counts every input line: inputs = lines of INPUT = records + errors;
- every input id appears exactly once among the job's records and error objects, and the
  lines without an id as many times as there are such inputs;
- the job's records are the plain run's records, byte for byte, as a multiset, once the
  `duplicate` mark is taken off: copies of an article are marked within one process, and a
  partition is one process, so which copies carry a mark depends on the partitioning (the
  database marks the rest across partitions when the job loads with `--db`); the marks of
  both runs are counted and printed;
- the job's errors are the plain run's errors (id and message, without the `stdin:N:` line
  number, which counts lines within a partition) as a multiset.
The input must hold no duplicate ids (a second copy of an id is an error in one process but a
record in another partition) and no invalid UTF-8 inside records (Spark decodes lines with
replacement characters before the binary sees them, so its "invalid UTF-8" warning is lost).
"""
import argparse
import collections
import gzip
import json
import pathlib
import re
import sys

LINE_NUMBER = re.compile(r"^stdin:\d+: ")
# The record's last field, when set: `,"duplicate":{"of":…,"similarity":…,"kind":…}`.
DUPLICATE_MARK = re.compile(
    rb',"duplicate":\{"of":.*,"similarity":[0-9.eE+-]+,"kind":"(?:exact|near)"\}\}(\s*)$'
)


def without_duplicate_mark(record):
    """The record line without its `duplicate` field (bytes), and whether it had one."""
    stripped, n = DUPLICATE_MARK.subn(rb"}\1", record)
    return stripped, n > 0


def parse_args(argv):
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", type=pathlib.Path, help="the JSONL input (.gz read too)")
    parser.add_argument("plain", type=pathlib.Path, help="answers of union-news extract -")
    parser.add_argument("outdir", type=pathlib.Path, help="spark_extract.py's output directory")
    return parser.parse_args(argv)


def read_lines(path):
    """The lines of a file (gzip when it ends in .gz), as bytes without the newline."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rb") as f:
        return f.read().split(b"\n")[:-1]


def read_parts(directory):
    """The lines of a directory of Hadoop part files."""
    lines = []
    for part in sorted(directory.glob("part-*")):
        lines += read_lines(part)
    return lines


def input_id(line):
    """The id an input line states (a number as its digits), or None."""
    try:
        article = json.loads(line)
    except ValueError:
        return None
    if not isinstance(article, dict):
        return None
    value = article.get("id")
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    return str(value)


def split_answers(lines):
    """(records, errors) of answer lines: records as bytes, errors as (id, message)."""
    records, errors = [], []
    for line in lines:
        answer = json.loads(line)
        if "schema_version" in answer:
            records.append(line)
        else:
            errors.append((answer.get("id"), LINE_NUMBER.sub("", answer["error"])))
    return records, errors


def check_summary(summary, inputs):
    """Problems with the job's own summary."""
    problems = []
    if summary["inputs"] != inputs:
        problems.append(f"summary says {summary['inputs']} inputs, the input has {inputs} lines")
    if summary["records"] + summary["errors"] != summary["inputs"] or summary["other"]:
        problems.append(f"summary does not account for every input: {summary}")
    return problems


def check_ids(input_lines, records, errors):
    """Problems with ids: each input id once among the answers, id-less inputs as many."""
    expected = collections.Counter(input_id(line) for line in input_lines)
    idless = expected.pop(None, 0)
    answered = collections.Counter(json.loads(r)["id"] for r in records)
    answered.update(error_id for error_id, _ in errors)
    problems = [
        f"id {key!r}: {answered.get(key, 0)} answers"
        for key in expected
        if answered.get(key, 0) != 1 or expected[key] != 1
    ]
    others = sum(n for key, n in answered.items() if key not in expected)
    if others != idless:
        problems.append(f"{idless} inputs without an id, {others} answers with another id")
    return problems


def check_same(name, spark, plain):
    """A problem when two multisets differ, with a few of the differences."""
    spark_count, plain_count = collections.Counter(spark), collections.Counter(plain)
    if spark_count == plain_count:
        return []
    only_spark = list((spark_count - plain_count).elements())[:3]
    only_plain = list((plain_count - spark_count).elements())[:3]
    return [
        f"{name} differ: {sum((spark_count - plain_count).values())} only in the job "
        f"(e.g. {only_spark!r:.300}), {sum((plain_count - spark_count).values())} only in "
        f"the plain run (e.g. {only_plain!r:.300})"
    ]


def main(argv=None):
    """Runs the checks; returns the exit status."""
    args = parse_args(argv)
    input_lines = read_lines(args.input)
    summary = json.loads(read_parts(args.outdir / "summary")[0])
    spark_records = read_parts(args.outdir / "records")
    _, spark_errors = split_answers(read_parts(args.outdir / "errors"))
    plain_records, plain_errors = split_answers(read_lines(args.plain))
    problems = check_summary(summary, len(input_lines))
    problems += check_ids(input_lines, spark_records, spark_errors)
    spark_unmarked = [without_duplicate_mark(r) for r in spark_records]
    plain_unmarked = [without_duplicate_mark(r) for r in plain_records]
    problems += check_same(
        "records (without duplicate marks)",
        [r for r, _ in spark_unmarked],
        [r for r, _ in plain_unmarked],
    )
    problems += check_same("errors", spark_errors, plain_errors)
    for problem in problems:
        print(f"spark check: {problem}", file=sys.stderr)
    if problems:
        return 1
    print(
        f"spark check: {len(input_lines)} inputs, {len(spark_records)} records and "
        f"{len(spark_errors)} errors, each input once, the same as the plain run; duplicate "
        f"marks: {sum(m for _, m in spark_unmarked)} in the job (within partitions), "
        f"{sum(m for _, m in plain_unmarked)} in the plain run"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
