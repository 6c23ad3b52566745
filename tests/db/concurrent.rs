//! Concurrent loaders into one PostgreSQL database (issue 14, item 7): four loaders on
//! overlapping inputs store the same rows as one sequential load of the same final state,
//! and loaders opening an empty schema at once migrate it once.
//!
//! The inputs are the 637 records of `../shared/corpus-real/labour.jsonl` when the team's
//! shared data sits beside the repository (as in CI), else the repository's own articles
//! under many ids. Four slices overlap: a common head in all four (read in opposite orders
//! by even and odd loaders, to provoke lock-order deadlocks), and each slice reaches into
//! the next. In each round two loaders carry changed versions of some common ids (another
//! title, fewer mentions); whichever commits last wins, and its rows must be whole.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::{Arc, Barrier, OnceLock};

use super::{full_corpus, union_news, Postgres, TABLES};
use union_news::record::Record;
use union_news::sink::{PostgresSink, RecordSink};

/// Records per transaction of the sequential load.
const BATCH: usize = 25;
/// The rounds of the concurrent test: loaders as processes (else threads), records per
/// transaction. Small batches interleave the loaders' transactions most: one record per
/// transaction is what made the loader of schema 3 fail (a duplicate key) in most runs.
const ROUNDS: [(bool, usize); 4] = [(false, 1), (false, 3), (false, 25), (true, 3)];
/// Ids in all four slices.
const COMMON: usize = 24;

/// The records the loaders share out (see the module docs).
fn records() -> &'static [Record] {
    static RECORDS: OnceLock<Vec<Record>> = OnceLock::new();
    RECORDS.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let labour = root.join("../shared/corpus-real/labour.jsonl");
        if labour.is_file() {
            let out = union_news().arg("extract").arg(&labour).output().unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            return String::from_utf8(out.stdout)
                .unwrap()
                .lines()
                .map(|line| serde_json::from_str(line).unwrap())
                .collect();
        }
        (0..24)
            .flat_map(|n| {
                full_corpus().iter().map(move |r| {
                    let mut record = r.clone();
                    record.id = format!("{}-{n}", r.id);
                    record
                })
            })
            .collect()
    })
}

/// A changed version of `record`: another title, and its last date, organization mention and
/// amount dropped (so its rows differ too).
fn changed(record: &Record, version: &str) -> Record {
    let mut record = record.clone();
    let title = record.title.take().unwrap_or_default();
    record.title = Some(format!("{title} [{version}]"));
    record.dates.pop();
    record.organizations.pop();
    record.money.pop();
    record
}

/// The four loaders' inputs in round `round`.
fn slices(round: usize) -> Vec<Vec<Record>> {
    let all = records();
    let (common, rest) = all.split_at(COMMON.min(all.len()));
    let quarter = rest.len() / 4;
    let overlap = quarter / 3;
    (0..4)
        .map(|k| {
            let mut head: Vec<Record> = common.to_vec();
            // Two loaders carry changed versions of common ids; ids 4..8 have three versions.
            if k == round % 4 {
                for r in &mut head[..8] {
                    *r = changed(r, &format!("v1 round {round}"));
                }
            }
            if k == (round + 1) % 4 {
                for r in &mut head[4..12] {
                    *r = changed(r, &format!("v2 round {round}"));
                }
            }
            if k % 2 == 1 {
                head.reverse();
            }
            let from = k * quarter;
            let own = (from..from + quarter + overlap).map(|i| &rest[i % rest.len()]);
            head.extend(own.cloned());
            head
        })
        .collect()
}

/// Loads each slice with a loader of its own, all at once: threads of this process with the
/// library's sink, or `union-news load` processes. Panics with the loaders' errors.
fn load_concurrently(pg: &Postgres, slices: &[Vec<Record>], processes: bool, batch: usize) {
    if processes {
        let dir = tempfile::tempdir().unwrap();
        let children: Vec<_> = slices
            .iter()
            .enumerate()
            .map(|(k, slice)| {
                let path = dir.path().join(format!("slice-{k}.jsonl"));
                let mut jsonl = String::new();
                for record in slice {
                    jsonl.push_str(&serde_json::to_string(record).unwrap());
                    jsonl.push('\n');
                }
                std::fs::write(&path, jsonl).unwrap();
                union_news()
                    .arg("load")
                    .arg(&path)
                    .args(["--db", &pg_target(pg), "--batch-size", &batch.to_string()])
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        let failures: Vec<String> = children
            .into_iter()
            .map(|child| child.wait_with_output().unwrap())
            .filter(|out| !out.status.success())
            .map(|out| String::from_utf8_lossy(&out.stderr).into_owned())
            .collect();
        assert!(
            failures.is_empty(),
            "loaders failed:\n{}",
            failures.join("\n")
        );
        return;
    }
    let barrier = Arc::new(Barrier::new(slices.len()));
    let errors: Vec<String> = std::thread::scope(|scope| {
        let loaders: Vec<_> = slices
            .iter()
            .map(|slice| {
                let barrier = Arc::clone(&barrier);
                scope.spawn(move || -> Result<(), String> {
                    barrier.wait();
                    let mut sink = PostgresSink::connect(&pg.config, Some(&pg.schema))
                        .map_err(|err| format!("connect: {err}"))?;
                    for records in slice.chunks(batch) {
                        sink.write_batch(records).map_err(|err| err.to_string())?;
                    }
                    Ok(())
                })
            })
            .collect();
        loaders
            .into_iter()
            .filter_map(|loader| loader.join().unwrap().err())
            .collect()
    });
    assert!(errors.is_empty(), "loaders failed:\n{}", errors.join("\n"));
}

fn pg_target(pg: &Postgres) -> String {
    super::pg_url(&pg.config, &pg.schema)
}

/// Every table's rows as sorted text lines, organization ids replaced by their canonical
/// names (ids depend on the order organizations were first seen).
fn dump(pg: &Postgres) -> BTreeMap<&'static str, Vec<String>> {
    let mut client = pg.client();
    TABLES
        .iter()
        .map(|table| {
            let columns: Vec<String> = client
                .query(
                    "SELECT column_name::text FROM information_schema.columns \
                     WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position",
                    &[&pg.schema, table],
                )
                .unwrap()
                .into_iter()
                .map(|row| row.get(0))
                .collect();
            let values: Vec<String> = columns
                .iter()
                .filter(|c| !(*table == "organizations" && *c == "id"))
                .map(|c| match c.as_str() {
                    "organization_id" | "organizer_id" => format!(
                        "quote_nullable((SELECT o.canonical FROM organizations o WHERE o.id = t.{c}))"
                    ),
                    _ => format!("quote_nullable(t.{c}::text)"),
                })
                .collect();
            let sql = format!("SELECT concat_ws(' | ', {}) FROM {table} t", values.join(", "));
            let mut rows: Vec<String> = client
                .query(&sql, &[])
                .unwrap()
                .into_iter()
                .map(|row| row.get(0))
                .collect();
            rows.sort();
            (*table, rows)
        })
        .collect()
}

/// Asserts that two dumps hold the same rows, showing the first rows only one holds.
fn assert_same_rows(
    concurrent: &BTreeMap<&str, Vec<String>>,
    sequential: &BTreeMap<&str, Vec<String>>,
) {
    for (table, rows) in sequential {
        let got = &concurrent[table];
        if got == rows {
            continue;
        }
        let only = |a: &[String], b: &[String]| -> Vec<String> {
            a.iter()
                .filter(|r| b.binary_search(r).is_err())
                .take(3)
                .cloned()
                .collect()
        };
        panic!(
            "{table}: {} rows after the concurrent load, {} after the sequential one\n\
             only concurrent: {:#?}\nonly sequential: {:#?}",
            got.len(),
            rows.len(),
            only(got, rows),
            only(rows, got)
        );
    }
}

/// The version of each id that the concurrent load kept (by its title), checked to be one
/// of the versions loaded; the ids with one version are left out.
fn winners(pg: &Postgres, slices: &[Vec<Record>]) -> HashMap<String, Record> {
    let mut versions: HashMap<&str, Vec<&Record>> = HashMap::new();
    for record in slices.iter().flatten() {
        let seen = versions.entry(record.id.as_str()).or_default();
        if !seen.contains(&record) {
            seen.push(record);
        }
    }
    let mut client = pg.client();
    let mut winners = HashMap::new();
    for (id, candidates) in versions.into_iter().filter(|(_, v)| v.len() > 1) {
        let title: Option<String> = client
            .query_one("SELECT title FROM articles WHERE id = $1", &[&id])
            .unwrap()
            .get(0);
        let won: Vec<&&Record> = candidates.iter().filter(|r| r.title == title).collect();
        assert_eq!(won.len(), 1, "{id}: stored title {title:?}");
        winners.insert(id.to_string(), (*won[0]).clone());
    }
    winners
}

/// Loads, one batch after another, every record of the slices in order with the winners'
/// versions held back, then the winners: the final state the concurrent load reached.
fn load_sequentially(pg: &Postgres, slices: &[Vec<Record>], winners: &HashMap<String, Record>) {
    let mut order: Vec<Record> = slices
        .iter()
        .flatten()
        .filter(|r| winners.get(&r.id) != Some(*r))
        .cloned()
        .collect();
    order.extend(winners.values().cloned());
    let mut sink = PostgresSink::connect(&pg.config, Some(&pg.schema)).unwrap();
    for batch in order.chunks(BATCH) {
        sink.write_batch(batch).unwrap();
    }
}

/// Four loaders at once on overlapping slices (threads in three rounds, processes of the
/// binary in the fourth): no error (no deadlock, no duplicate key), and the rows of every
/// table are those of one sequential load of the same final state.
#[test]
#[cfg_attr(
    not(pg_tests),
    ignore = "set UNION_NEWS_TEST_PG to run against PostgreSQL"
)]
fn postgres_concurrent_loaders_store_what_one_loader_stores() {
    for (round, (processes, batch)) in ROUNDS.into_iter().enumerate() {
        let slices = slices(round);
        let concurrent = Postgres::new();
        load_concurrently(&concurrent, &slices, processes, batch);
        let winners = winners(&concurrent, &slices);
        assert_eq!(winners.len(), 12, "round {round}");
        let sequential = Postgres::new();
        load_sequentially(&sequential, &slices, &winners);
        let expected = dump(&sequential);
        assert_eq!(expected["articles"].len(), records().len(), "round {round}");
        assert_same_rows(&dump(&concurrent), &expected);
    }
}

/// Four loaders opening the same empty schema at once: each connects, the migrations run
/// once, and the schema is whole.
#[test]
#[cfg_attr(
    not(pg_tests),
    ignore = "set UNION_NEWS_TEST_PG to run against PostgreSQL"
)]
fn postgres_loaders_opening_an_empty_schema_at_once_migrate_it_once() {
    for _ in 0..5 {
        let pg = Postgres::new();
        let barrier = Barrier::new(4);
        let errors: Vec<String> = std::thread::scope(|scope| {
            let openers: Vec<_> = (0..4)
                .map(|_| {
                    scope.spawn(|| {
                        barrier.wait();
                        PostgresSink::connect(&pg.config, Some(&pg.schema)).map(|_| ())
                    })
                })
                .collect();
            openers
                .into_iter()
                .filter_map(|opener| opener.join().unwrap().err())
                .map(|err| err.to_string())
                .collect()
        });
        assert!(errors.is_empty(), "{errors:#?}");
        let mut client = pg.client();
        let versions: Vec<i32> = client
            .query(
                "SELECT version FROM schema_migrations ORDER BY version",
                &[],
            )
            .unwrap()
            .into_iter()
            .map(|row| row.get(0))
            .collect();
        let expected: Vec<i32> = (1..=union_news::sink::postgres::SCHEMA_VERSION).collect();
        assert_eq!(versions, expected);
    }
}

/// Four loaders storing one body under four new ids at the same moment, in several rounds
/// (a different body each): exactly one of each round's copies is the original and the other
/// three name it (the merge's band locks make a loader's duplicate lookup wait for a
/// concurrent loader storing a body it could match; without them each lookup ran before the
/// others committed, and several copies were stored as originals).
#[test]
#[cfg_attr(
    not(pg_tests),
    ignore = "set UNION_NEWS_TEST_PG to run against PostgreSQL"
)]
fn postgres_concurrent_copies_of_one_body_leave_one_original() {
    let pg = Postgres::new();
    let mut seen = std::collections::HashSet::new();
    let bodies: Vec<&Record> = records()
        .iter()
        .filter(|r| r.text.split_whitespace().count() > 200 && seen.insert(r.text.clone()))
        .take(8)
        .collect();
    assert!(bodies.len() >= 4, "too few distinct bodies");
    let mut client = pg.client();
    for (round, base) in bodies.iter().enumerate() {
        let mut sinks: Vec<PostgresSink> = (0..4)
            .map(|_| PostgresSink::connect(&pg.config, Some(&pg.schema)).unwrap())
            .collect();
        let barrier = Barrier::new(4);
        std::thread::scope(|scope| {
            for (k, sink) in sinks.iter_mut().enumerate() {
                let barrier = &barrier;
                scope.spawn(move || {
                    let mut copy = (*base).clone();
                    copy.id = format!("copy-{round}-{k}");
                    barrier.wait();
                    sink.write_batch(&[copy]).unwrap();
                });
            }
        });
        let originals: i64 = client
            .query_one(
                "SELECT count(*) FROM articles WHERE id LIKE $1 AND duplicate_of IS NULL",
                &[&format!("copy-{round}-%")],
            )
            .unwrap()
            .get(0);
        assert_eq!(
            originals, 1,
            "round {round}: originals among four concurrent copies of one body"
        );
    }
}
