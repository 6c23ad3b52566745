//! Duplicate articles across runs: an article whose body is already stored under another id is
//! marked `duplicate_of` in the articles table, and reports count its facts once.

use super::*;

/// seed 001 under another id (an aggregator's copy).
fn repost_of_001() -> Record {
    let mut repost = seed_001();
    repost.id = "aggregator-001".into();
    repost
}

fn duplicate_of(db: &mut Database, id: &str) -> Value {
    scalar(
        db,
        &format!("SELECT duplicate_of FROM articles WHERE id = '{id}'"),
    )
}

fn duplicates_across_runs(backend: &dyn Backend) {
    let original = seed_001();
    backend.sink().write_batch(&corpus()).unwrap();
    let mut db = backend.db();
    let before = report::standard(&mut db, &Options::default()).unwrap();
    let counts_before = report::counts(&mut db).unwrap();
    let grouped = report::grouped(&mut db, By::Organization, &Options::default()).unwrap();
    // A later run brings the same article under another id.
    backend.sink().write_batch(&[repost_of_001()]).unwrap();
    let mut db = backend.db();
    assert_eq!(
        duplicate_of(&mut db, "aggregator-001"),
        text(&original.id),
        "the copy names the stored original"
    );
    assert_eq!(
        scalar(
            &mut db,
            "SELECT duplicate_kind FROM articles WHERE id = 'aggregator-001'"
        ),
        text("exact")
    );
    assert_eq!(duplicate_of(&mut db, &original.id), Value::Null);
    // Reports count its facts once: the tables, and the header's counts, which also say how
    // many duplicates were left out.
    assert_eq!(
        report::standard(&mut db, &Options::default()).unwrap(),
        before
    );
    let counts = report::counts(&mut db).unwrap();
    let (last, rest) = counts.split_last().unwrap();
    assert_eq!(rest, &counts_before[..counts_before.len() - 1]);
    assert_eq!(counts_before.last(), Some(&("duplicate articles", 0)));
    assert_eq!(last, &("duplicate articles", 1));
    assert_eq!(
        report::grouped(&mut db, By::Organization, &Options::default()).unwrap(),
        grouped
    );
    // Loading the original again, unchanged or changed, does not mark it a copy of itself
    // or of its copy, and adds no row.
    let mut changed = seed_001();
    changed.warnings.push("changed".into());
    let mut sink = backend.sink();
    sink.write_batch(&[seed_001()]).unwrap();
    sink.write_batch(&[changed]).unwrap();
    let mut db = backend.db();
    assert_eq!(duplicate_of(&mut db, &original.id), Value::Null);
    assert_eq!(int(&mut db, "SELECT COUNT(*) FROM articles"), 4);
    // A later run brings the same article lightly edited (a photo credit added: SimHash 3
    // bits away, so it shares a band with the original's).
    let mut edited = seed_001();
    edited.id = "edited-001".into();
    edited.text.push_str(" Ảnh: Huyền Trang.");
    let (first, later) = (
        union_news::dedup::record_fingerprint(&original).unwrap(),
        union_news::dedup::record_fingerprint(&edited).unwrap(),
    );
    assert!(first.distance(&later) <= 3 && !first.is_exact(&later));
    backend.sink().write_batch(&[edited]).unwrap();
    let mut db = backend.db();
    assert_eq!(duplicate_of(&mut db, "edited-001"), text(&original.id));
    assert_eq!(
        scalar(
            &mut db,
            "SELECT duplicate_kind FROM articles WHERE id = 'edited-001'"
        ),
        text("near")
    );
    let similarity = 1.0 - f64::from(first.distance(&later)) / 64.0;
    assert_eq!(
        scalar(
            &mut db,
            "SELECT duplicate_similarity FROM articles WHERE id = 'edited-001'"
        ),
        Value::Float((similarity * 1000.0).round() / 1000.0)
    );
    assert_eq!(
        report::standard(&mut db, &Options::default()).unwrap(),
        before
    );
    // A record marked within its run keeps its own mark.
    let mut marked = seed_004();
    marked.id = "marked-004".into();
    marked.duplicate = Some(Duplicate {
        of: "004".into(),
        similarity: 0.953,
        kind: DuplicateKind::Near,
    });
    backend.sink().write_batch(&[marked]).unwrap();
    let mut db = backend.db();
    assert_eq!(duplicate_of(&mut db, "marked-004"), text("004"));
    assert_eq!(
        scalar(
            &mut db,
            "SELECT duplicate_kind FROM articles WHERE id = 'marked-004'"
        ),
        text("near")
    );
}

#[test]
fn sqlite_duplicates_across_runs() {
    duplicates_across_runs(&Sqlite::new());
}

#[test]
#[cfg_attr(
    not(pg_tests),
    ignore = "set UNION_NEWS_TEST_PG to run against PostgreSQL"
)]
fn postgres_duplicates_across_runs() {
    duplicates_across_runs(&Postgres::new());
}

/// `load` marks records without a mark that repeat an earlier record's body (records of two
/// runs loaded together), keeps the marks records carry, and never marks a record reloaded
/// under its own id.
#[test]
fn cli_load_marks_unmarked_copies_within_its_run() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("records.jsonl");
    let db = dir.path().join("news.db");
    let mut marked = seed_004();
    marked.id = "marked-004".into();
    marked.duplicate = Some(Duplicate {
        of: "004_b1920f945a03011b".into(),
        similarity: 1.0,
        kind: DuplicateKind::Exact,
    });
    let lines: Vec<String> = [seed_001(), repost_of_001(), seed_001(), seed_004(), marked]
        .iter()
        .map(|r| serde_json::to_string(r).unwrap())
        .collect();
    std::fs::write(&input, lines.join("\n") + "\n").unwrap();
    let out = super::union_news()
        .args([
            "load",
            input.to_str().unwrap(),
            "--db",
            db.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("5 inputs, 5 records (2 duplicates: 2 exact, 0 near), 0 errors"),
        "{stderr}"
    );
    let mut db = Database::open(db.to_str().unwrap()).unwrap();
    assert_eq!(
        duplicate_of(&mut db, "aggregator-001"),
        text("001_2422e51105c7a8e3")
    );
    assert_eq!(duplicate_of(&mut db, "001_2422e51105c7a8e3"), Value::Null);
    assert_eq!(
        duplicate_of(&mut db, "marked-004"),
        text("004_b1920f945a03011b")
    );
    assert_eq!(int(&mut db, "SELECT COUNT(*) FROM articles"), 4);
}
