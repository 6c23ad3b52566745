#!/usr/bin/env python3
"""Dumps a union-news database's tables in a canonical order, to compare two loads.

    python3 scripts/dump_db.py news.db                       # SQLite
    python3 scripts/dump_db.py 'host=127.0.0.1 user=postgres dbname=test' SCHEMA   # PostgreSQL (psql)

One line per row, `table<TAB>column=value<TAB>…`, rows sorted. Values that depend on the order
in which a load stored things, not on what it stored, are replaced: `organizations.id` and every
`organization_id`/`organizer_id` become the organization's canonical name; `schema_migrations`
loses `applied_at`. Two loads of the same records by two builds must give the same dump
(`diff <(dump A) <(dump B)`). Amounts are printed as the database returns them (SQLite REAL,
PostgreSQL NUMERIC), so compare SQLite with SQLite and PostgreSQL with PostgreSQL.
"""

import csv
import io
import sqlite3
import subprocess
import sys

TABLES = ["schema_migrations", "articles", "organizations", "organization_mentions", "dates",
          "money", "member_counts", "people", "person_roles", "events", "event_participants"]
ORG_KEYS = {"organization_id", "organizer_id"}
SKIP = {("schema_migrations", "applied_at")}


def canonical(table, columns, rows, org_names):
    out = []
    for row in rows:
        cells = []
        for column, value in zip(columns, row):
            if (table, column) in SKIP:
                continue
            if table == "organizations" and column == "id":
                continue
            if column in ORG_KEYS and value not in (None, ""):
                value = "org:" + org_names[str(value)]
            cells.append(f"{column}={'NULL' if value is None else value}")
        out.append(table + "\t" + "\t".join(cells))
    return sorted(out)


def dump_sqlite(path):
    conn = sqlite3.connect(path)
    org_names = {str(i): c for i, c in conn.execute("SELECT id, canonical FROM organizations")}
    lines = []
    for table in TABLES:
        cur = conn.execute(f"SELECT * FROM {table}")
        columns = [d[0] for d in cur.description]
        lines += canonical(table, columns, cur.fetchall(), org_names)
    return lines


def psql_rows(conninfo, schema, sql):
    """Rows as CSV from psql; NULL as the marker \\N."""
    text = subprocess.run(
        ["psql", conninfo, "-XqAt", "-c", f"SET search_path TO \"{schema}\"",
         "-c", f"COPY ({sql}) TO STDOUT WITH (FORMAT csv, HEADER true, NULL '\\N')"],
        check=True, capture_output=True, text=True).stdout
    reader = csv.reader(io.StringIO(text))
    header = next(reader, [])
    rows = [[None if v == "\\N" else v for v in row] for row in reader]
    return header, rows


def dump_postgres(conninfo, schema):
    _, orgs = psql_rows(conninfo, schema, "SELECT id, canonical FROM organizations")
    org_names = {i: c for i, c in orgs}
    lines = []
    for table in TABLES:
        columns, rows = psql_rows(conninfo, schema, f"SELECT * FROM {table}")
        lines += canonical(table, columns, rows, org_names)
    return lines


def main():
    if len(sys.argv) == 2:
        lines = dump_sqlite(sys.argv[1])
    elif len(sys.argv) == 3:
        lines = dump_postgres(sys.argv[1], sys.argv[2])
    else:
        sys.exit(__doc__)
    sys.stdout.write("".join(line + "\n" for line in lines))


if __name__ == "__main__":
    main()
