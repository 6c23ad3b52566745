#!/usr/bin/env python3
"""Runs `union-news extract -` over a Spark RDD of JSONL articles (docs/SPARK.md).

    spark-submit [--master URL] [--files union-news] scripts/spark_extract.py \\
        INPUT OUTDIR [--partitions N] [--bin PATH] [--db URL] [--jobs N] [--gzip]

INPUT is anything `SparkContext.textFile` reads: a local path, hdfs://, s3a://, a directory
or a glob, `.jsonl` or `.jsonl.gz`. Each partition's lines go through one `union-news
extract -` process (`RDD.pipe` with `checkCode=True`), which answers every line with one
line: its record, or an error object `{"id"?, "line", "error"}`. The job writes
OUTDIR/records/ (the records), OUTDIR/errors/ (the error objects) and OUTDIR/summary/ (one
JSON line), all as Hadoop part files, and prints the summary.

Exit status: 0 when every input line was answered (records + errors = inputs; bad articles
are errors, not failures); 1 when the job failed (a union-news process crashed or could not
start: Spark's error is printed); 2 on usage errors; 3 when lines were lost or added (output
lines != input lines) or an answer was neither a record nor an error object.

Runs with plain `python3` too (master `local[*]` unless one is configured).
"""
import argparse
import json
import re
import shlex
import sys
import time

from pyspark import SparkConf, SparkContext, SparkFiles, StorageLevel

# Exit statuses of this job.
EXIT_FAILED = 1
EXIT_UNACCOUNTED = 3

# The command each partition runs, as `sh -c WRAPPER sh BIN FALLBACK ARGS...`. It finds the
# binary (a path; or a bare name: the copy `--files` shipped to the executor's working
# directory, the driver's SparkFiles copy in local mode, else PATH), runs `extract -` and
# maps its exit status 1 ("some lines failed": each has its error line, counted by the job)
# to 0. Every other failure (2: the run stopped; 101: a panic; 128+N: killed by signal N;
# 126/127: no binary) stays non-zero, so `checkCode=True` fails the task.
WRAPPER = r"""
name=$1; fallback=$2; shift 2
bin=$name
case $bin in
  */*) ;;
  *) if [ -f "./$bin" ]; then bin=./$bin
     elif [ -f "$fallback" ]; then bin=$fallback
     else bin=$(command -v "$bin") || { echo "union-news binary $name not found" >&2; exit 127; }
     fi ;;
esac
if [ ! -x "$bin" ]; then
  # A shipped file that lost its execute bit: run a private executable copy.
  copy=$(mktemp "${TMPDIR:-/tmp}/union-news.XXXXXX") && cp "$bin" "$copy" &&
    chmod u+x "$copy" || exit 126
  trap 'rm -f "$copy"' EXIT
  bin=$copy
fi
"$bin" extract - "$@"
status=$?
[ "$status" -eq 1 ] && exit 0
exit "$status"
"""

# `RDD.pipe` starts the command with exactly the environment it is given.
PIPE_ENV = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LC_ALL": "C.UTF-8"}

RECORD, ERROR, OTHER = "record", "error", "other"


def parse_args(argv):
    """The command line."""
    parser = argparse.ArgumentParser(
        description="Run `union-news extract -` over a Spark RDD of JSONL articles.",
        epilog="Exit status: 0 every input line answered (records + errors = inputs); "
        "1 the job failed (a worker crashed); 2 usage; 3 lines lost or added.",
    )
    parser.add_argument("input", help="JSONL input: a path, hdfs://, s3a://, glob; .gz read too")
    parser.add_argument(
        "outdir", help="output directory (must not exist): records/, errors/, other/, summary/"
    )
    parser.add_argument(
        "--partitions",
        type=int,
        metavar="N",
        help="at least N partitions, one union-news process each "
        "(default: the cluster's default parallelism); a .gz file is one split, so it is "
        "repartitioned",
    )
    parser.add_argument(
        "--bin",
        default="union-news",
        metavar="PATH",
        help="the union-news binary: a path valid on every executor, or a bare name shipped "
        "with spark-submit --files (default: union-news)",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help="also load each partition's records into this database (postgres://…) as they "
        "are extracted; a record the database refuses becomes an error line",
    )
    parser.add_argument(
        "--jobs",
        type=int,
        metavar="N",
        help="threads per union-news process (default: spark.task.cpus, 1 unless set)",
    )
    parser.add_argument("--gzip", action="store_true", help="write .gz part files")
    args = parser.parse_args(argv)
    if args.partitions is not None and args.partitions < 1:
        parser.error("--partitions must be at least 1")
    if args.jobs is not None and args.jobs < 1:
        parser.error("--jobs must be at least 1")
    return args


def spark_context():
    """The SparkContext: the master spark-submit gave, else local mode on every core."""
    conf = SparkConf().setAppName("union-news extract")
    conf.setIfMissing("spark.master", "local[*]")
    return SparkContext.getOrCreate(conf)


def binary_fallback(bin_name):
    """For a bare binary name, the driver's SparkFiles path of it (valid in local mode)."""
    if "/" in bin_name:
        return ""
    return SparkFiles.get(bin_name)


def pipe_command(sc, args):
    """The command line every partition's process runs (see WRAPPER)."""
    jobs = args.jobs or int(sc.getConf().get("spark.task.cpus", "1"))
    words = ["/bin/sh", "-c", WRAPPER, "sh", args.bin, binary_fallback(args.bin)]
    words += ["--jobs", str(jobs)]
    if args.db:
        words += ["--db", args.db]
    return shlex.join(words)


def read_lines(sc, path, partitions):
    """The input lines, in at least `partitions` partitions.

    Lines end at "\n" only, as the CLI reads them (Spark's `textFile` would also end one at a
    lone "\r", splitting a broken line in two); a "\r" before the "\n" reaches the binary,
    which ignores it. Hadoop decompresses .gz (and .bz2) inputs."""
    lines = sc.newAPIHadoopFile(
        path,
        "org.apache.hadoop.mapreduce.lib.input.TextInputFormat",
        "org.apache.hadoop.io.LongWritable",
        "org.apache.hadoop.io.Text",
        conf={"textinputformat.record.delimiter": "\n"},
    ).values()
    if lines.getNumPartitions() < partitions:
        # A .gz file is one split however large, a small file too: spread the lines.
        lines = lines.repartition(partitions)
    return lines


def prepare_database(sc, command):
    """Opens the database once, in one process, before the partitions do: the schema and
    its migrations are created there (they are also serialised by an advisory lock; this
    keeps a `?schema=` creation from racing)."""
    sc.parallelize([], 1).pipe(command, env=PIPE_ENV, checkCode=True).collect()


def kind_of(line):
    """Whether an answer line is a record, an error object, or neither."""
    try:
        answer = json.loads(line)
    except ValueError:
        return OTHER
    if not isinstance(answer, dict):
        return OTHER
    if "schema_version" in answer and "id" in answer:
        return RECORD
    if "error" in answer and "line" in answer:
        return ERROR
    return OTHER


def count_per_partition(index, items):
    """(partition index, number of items) for one partition."""
    yield index, sum(1 for _ in items)


def kinds_per_partition(index, tagged):
    """(partition index, {kind: count}) for one partition of (kind, line) pairs."""
    counts = {RECORD: 0, ERROR: 0, OTHER: 0}
    for kind, _ in tagged:
        counts[kind] += 1
    yield index, counts


def save(rdd, path, gzip):
    """Writes an RDD of lines as Hadoop part files."""
    codec = "org.apache.hadoop.io.compress.GzipCodec" if gzip else None
    rdd.saveAsTextFile(path, compressionCodecClass=codec)


def run_job(sc, args):
    """Extracts, writes records/ and errors/, and returns the summary (a dict)."""
    started = time.monotonic()
    partitions = args.partitions or sc.defaultParallelism
    lines = read_lines(sc, args.input, partitions)
    command = pipe_command(sc, args)
    if args.db:
        prepare_database(sc, command)
    tagged = (
        lines.pipe(command, env=PIPE_ENV, checkCode=True)
        .map(lambda line: (kind_of(line), line))
        .persist(StorageLevel.MEMORY_AND_DISK)
    )
    outdir = args.outdir.rstrip("/")
    save(tagged.filter(lambda t: t[0] == RECORD).values(), f"{outdir}/records", args.gzip)
    save(tagged.filter(lambda t: t[0] == ERROR).values(), f"{outdir}/errors", args.gzip)
    save(tagged.filter(lambda t: t[0] == OTHER).values(), f"{outdir}/other", args.gzip)
    outputs = dict(tagged.mapPartitionsWithIndex(kinds_per_partition).collect())
    inputs = dict(lines.mapPartitionsWithIndex(count_per_partition).collect())
    tagged.unpersist()
    return summarize(inputs, outputs, time.monotonic() - started, args)


def summarize(inputs, outputs, seconds, args):
    """The summary of a run from the per-partition counts of inputs and answers."""
    total = {RECORD: 0, ERROR: 0, OTHER: 0}
    for counts in outputs.values():
        for kind, n in counts.items():
            total[kind] += n
    unbalanced = {
        str(i): {"inputs": n, "outputs": sum(outputs.get(i, {}).values())}
        for i, n in sorted(inputs.items())
        if n != sum(outputs.get(i, {}).values())
    }
    return {
        "input": args.input,
        "outdir": args.outdir,
        "inputs": sum(inputs.values()),
        "records": total[RECORD],
        "errors": total[ERROR],
        "other": total[OTHER],
        "partitions": len(inputs),
        "unbalanced_partitions": unbalanced,
        "seconds": round(seconds, 1),
        "database": bool(args.db),
    }


def accounted(summary):
    """Whether every input line got exactly one answer, a record or an error object."""
    return (
        summary["other"] == 0
        and not summary["unbalanced_partitions"]
        and summary["records"] + summary["errors"] == summary["inputs"]
    )


def report(summary):
    """Prints the summary: one human line, then the JSON."""
    rate = summary["inputs"] / summary["seconds"] if summary["seconds"] else 0.0
    print(
        f"{summary['inputs']} inputs, {summary['records']} records, {summary['errors']} errors"
        f" ({summary['other']} other lines), {summary['partitions']} partitions,"
        f" {summary['seconds']} s ({rate:.0f} inputs/s)"
    )
    print(json.dumps(summary, sort_keys=True))
    if not accounted(summary):
        print(
            "spark_extract: error: output lines != input lines"
            " (see unbalanced_partitions and other/): lines were lost or added",
            file=sys.stderr,
        )


def failure_message(err):
    """What made the job fail, in one line: a union-news process's exit status and what it
    means when that is the cause, else the first line of Spark's error."""
    text = str(err)
    found = re.search(r"exited with error code (-?\d+)", text)
    if not found:
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        return lines[0] if lines else type(err).__name__
    status = int(found.group(1))
    return f"a union-news process exited with status {status} ({status_meaning(status)})"


def status_meaning(status):
    """What a union-news process's exit status (as the wrapper reports it) means."""
    if status == 2:
        return "its run stopped: a database or an output it could not open; see its stderr"
    if status == 101:
        return "a panic: a bug, see its stderr"
    if status in (126, 127):
        return "the binary could not be found or run"
    if status > 128:
        return f"killed by signal {status - 128}"
    if status < 0:
        return f"killed by signal {-status}"
    return "see its stderr"


def main(argv=None):
    """Runs the job; returns the exit status."""
    args = parse_args(argv)
    sc = spark_context()
    try:
        summary = run_job(sc, args)
    except Exception as err:  # Py4JJavaError and friends: the job failed as a whole.
        print(f"spark_extract: error: the job failed: {failure_message(err)}", file=sys.stderr)
        return EXIT_FAILED
    sc.parallelize([json.dumps(summary, sort_keys=True)], 1).saveAsTextFile(
        f"{args.outdir.rstrip('/')}/summary"
    )
    report(summary)
    sc.stop()
    return 0 if accounted(summary) else EXIT_UNACCOUNTED


if __name__ == "__main__":
    sys.exit(main())
