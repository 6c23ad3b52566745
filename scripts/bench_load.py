#!/usr/bin/env python3
"""Load speed of one or more union-news builds: `load` into SQLite and PostgreSQL, new and
unchanged, beside `extract -` of the input the records came from.

    python3 scripts/bench_load.py [--runs N] [--pg CONNINFO] [--batch-size N] \
        --input INPUT.jsonl --records RECORDS.jsonl BIN [BIN ...]

For each run the builds go interleaved (A B A B …), so that a noisy neighbour slows both
alike. Measured per step: wall time, CPU seconds (user + sys) of union-news (its rusage) and,
for PostgreSQL, of the server: the CPU seconds (utime + stime, `/proc/PID/stat`) of the
backends serving the step's own connections, found by the client's TCP ports (the backend's
process title names them: `postgres: … 127.0.0.1(PORT) …`) and sampled every 20 ms until they
exit (the last 20 ms of a backend's work can be missed). Other clients of the same server
(other engineers' tests) do not count; `server (all)` in the log is the older measure, every
`postgres` process's CPU before and after the step, which counts them. With
`--dump DIR`, each build's databases of the last run are dumped (scripts/dump_db.py) into
DIR/bN.{sqlite,pg}.txt (N: the build's place in the list) for a diff; `extract - --db` into
SQLite and PostgreSQL is timed too unless `--skip` names it. Output: a Markdown table (medians and ranges).
"""

import argparse
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

TICK = os.sysconf("SC_CLK_TCK")
ROOT = Path(__file__).resolve().parent.parent


def postgres_cpu():
    """CPU seconds of every postgres process, with those of exited backends."""
    total = 0
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            continue
        comm = stat[stat.index("(") + 1:stat.rindex(")")]
        if comm != "postgres":
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        utime, stime, cutime, cstime = (int(f) for f in fields[11:15])
        total += utime + stime + cutime + cstime
    return total / TICK


def client_ports(pid):
    """The local TCP ports of the sockets process `pid` holds."""
    inodes = set()
    try:
        for fd in os.listdir(f"/proc/{pid}/fd"):
            try:
                target = os.readlink(f"/proc/{pid}/fd/{fd}")
            except OSError:
                continue
            if target.startswith("socket:["):
                inodes.add(target[8:-1])
    except OSError:
        return set()
    ports = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if len(fields) > 9 and fields[9] in inodes:
                ports.add(int(fields[1].rsplit(":", 1)[1], 16))
    return ports


def backends_of(ports):
    """{pid: cpu ticks} of the postgres backends serving connections from `ports`."""
    found = {}
    if not ports:
        return found
    marks = tuple(f"({port})" for port in ports)
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            title = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
            if not title.startswith("postgres:") or not any(m in title for m in marks):
                continue
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        found[pid] = int(fields[11]) + int(fields[12])
    return found


def run(cmd, stdin=None):
    """(wall, cpu of the child, cpu of its backends, stderr's last line); the CPU of every
    postgres process (the older measure) is logged."""
    server_all = postgres_cpu()
    backends = {}  # pid -> last ticks seen
    start = time.monotonic()
    with open(stdin or os.devnull, "rb") as inp:
        proc = subprocess.Popen(cmd, stdin=inp, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE)
        done = threading.Event()

        def sample():
            ports = set()
            while not done.is_set():
                ports |= client_ports(proc.pid)
                backends.update(backends_of(ports))
                time.sleep(0.02)
            # The backends outlive the client by a moment: read them once more.
            time.sleep(0.05)
            backends.update(backends_of(ports))

        sampler = threading.Thread(target=sample)
        sampler.start()
        err = proc.stderr.read()
        _, status, usage = os.wait4(proc.pid, 0)
        done.set()
        sampler.join()
    wall = time.monotonic() - start
    server_all = postgres_cpu() - server_all
    server = sum(backends.values()) / TICK
    if status != 0:
        sys.exit(f"{' '.join(cmd)} failed: {err.decode(errors='replace')[-2000:]}")
    last = err.decode(errors="replace").strip().splitlines()[-1:] or [""]
    return wall, usage.ru_utime + usage.ru_stime, server, server_all, last[0]


def psql(conninfo, sql):
    subprocess.run(["psql", conninfo, "-Xq", "-c", sql], check=True,
                   env={**os.environ, "PGOPTIONS": "-c client_min_messages=warning"})


def pg_url(conninfo, schema):
    kv = dict(p.split("=", 1) for p in conninfo.split())
    return "postgres://%s@%s:%s/%s?schema=%s" % (
        kv.get("user", "postgres"), kv.get("host", "127.0.0.1"), kv.get("port", "5432"),
        kv.get("dbname", "postgres"), schema)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--pg", default=os.environ.get("UNION_NEWS_TEST_PG"))
    ap.add_argument("--input", required=True)
    ap.add_argument("--records", required=True)
    ap.add_argument("--batch-size", type=int)
    ap.add_argument("--work", default="target/bench-load")
    ap.add_argument("--dump")
    ap.add_argument("--skip", default="",
                    help="comma-separated steps to leave out: extract, sqlite, pg, extract - --db")
    ap.add_argument("bins", nargs="+")
    args = ap.parse_args()
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    skip = set(filter(None, args.skip.split(",")))
    extra = ["--batch-size", str(args.batch_size)] if args.batch_size else []
    results = {}  # (bin, step) -> [(wall, cpu, server)]

    def step(b, name, cmd, stdin=None):
        kind = ("sqlite" if "SQLite" in name and name.startswith("load") else
                "pg" if "PostgreSQL" in name and name.startswith("load") else
                "extract" if name == "extract -" else "extract - --db")
        if kind in skip:
            return
        wall, cpu, server, server_all, last = run(cmd, stdin)
        results.setdefault((b, name), []).append((wall, cpu, server))
        print(f"  {Path(b).name} {name}: wall {wall:.2f} cpu {cpu:.2f} server {server:.2f}"
              f" (all {server_all:.2f})  {last}", file=sys.stderr)

    for r in range(args.runs):
        print(f"run {r + 1}", file=sys.stderr)
        for i, b in enumerate(args.bins):
            tag = f"b{i}"
            step(b, "extract -", [b, "extract", "-", "-q", "-o", "/dev/null"], args.input)
            db = work / f"{tag}.sqlite"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
            step(b, "load → SQLite, new", [b, "load", args.records, "--db", str(db)] + extra)
            step(b, "load → SQLite, unchanged", [b, "load", args.records, "--db", str(db)] + extra)
            if args.pg:
                schema = f"un_bench_load_{tag}"
                psql(args.pg, f"DROP SCHEMA IF EXISTS {schema} CASCADE")
                url = pg_url(args.pg, schema)
                step(b, "load → PostgreSQL, new", [b, "load", args.records, "--db", url] + extra)
                step(b, "load → PostgreSQL, unchanged",
                     [b, "load", args.records, "--db", url] + extra)
            if args.pg and "extract - --db" not in skip:
                schema = f"un_bench_extract_{tag}"
                psql(args.pg, f"DROP SCHEMA IF EXISTS {schema} CASCADE")
                db = work / f"{tag}.extract.sqlite"
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{db}{suffix}").unlink(missing_ok=True)
                step(b, "extract - --db SQLite",
                     [b, "extract", "-", "-q", "-o", "/dev/null", "--db", str(db)], args.input)
                step(b, "extract - --db PostgreSQL",
                     [b, "extract", "-", "-q", "-o", "/dev/null", "--db", pg_url(args.pg, schema)],
                     args.input)
            if args.dump and r == args.runs - 1:
                out = Path(args.dump)
                out.mkdir(parents=True, exist_ok=True)
                with open(out / f"{tag}.sqlite.txt", "w") as f:
                    subprocess.run([sys.executable, ROOT / "scripts/dump_db.py", str(db)],
                                   stdout=f, check=True)
                if args.pg:
                    with open(out / f"{tag}.pg.txt", "w") as f:
                        subprocess.run([sys.executable, ROOT / "scripts/dump_db.py", args.pg,
                                        f"un_bench_load_{tag}"], stdout=f, check=True)

    def fmt(values):
        med = statistics.median(values)
        return f"{med:.2f} ({min(values):.2f}–{max(values):.2f})"

    print("| step | build | wall s | union-news CPU s | server CPU s |")
    print("|---|---|---|---|---|")
    steps = list(dict.fromkeys(name for (_, name) in results))
    for name in steps:
        for i, b in enumerate(args.bins):
            rows = results.get((b, name))
            if not rows:
                continue
            walls, cpus, servers = zip(*rows)
            server = fmt(servers) if "PostgreSQL" in name else "–"
            print(f"| {name} | {i}: {b} | {fmt(walls)} | {fmt(cpus)} | {server} |")


if __name__ == "__main__":
    main()
