//! The accuracy bars and the accuracy report: every gold set of `fixtures/gold/` scored once
//! through `union_news::eval` (the scorer `union-news eval` uses), every bar of
//! `fixtures/gold/bars.tsv` checked (the same bars CI checks with `eval --sets`), and
//! `docs/ACCURACY.md` compared with what `union-news eval --sets fixtures/gold --markdown
//! docs/ACCURACY.md` writes.

use std::path::PathBuf;
use std::sync::OnceLock;

use union_news::eval::bars::{parse_bars, read_bars, Bar};
use union_news::eval::markdown::{self, COMMAND};
use union_news::eval::sets::{score_sets, GoldSet, ScoredSet};
use union_news::eval::Report;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn bars() -> Vec<Bar> {
    read_bars(&root().join("fixtures/gold/bars.tsv")).expect("fixtures/gold/bars.tsv")
}

/// Every gold set scored, once for all the tests of this module.
fn scored() -> &'static [(GoldSet, ScoredSet)] {
    static SCORED: OnceLock<Vec<(GoldSet, ScoredSet)>> = OnceLock::new();
    SCORED.get_or_init(|| {
        let gold = root().join("fixtures/gold");
        let inputs = [gold.clone(), root().join("corpus")];
        score_sets(&gold, &inputs).expect("every gold set scores")
    })
}

fn reports() -> Vec<(&'static str, &'static Report)> {
    scored()
        .iter()
        .map(|(set, s)| (set.name.as_str(), &s.report))
        .collect()
}

#[test]
fn every_gold_line_is_well_formed() {
    for (set, s) in scored() {
        assert!(s.bad_lines.is_empty(), "{}: {:?}", set.name, s.bad_lines);
    }
}

#[test]
fn every_accuracy_bar_is_met() {
    let reports = reports();
    let bars = bars();
    assert!(!bars.is_empty());
    let mut shortfalls = Vec::new();
    for bar in &bars {
        let report = reports.iter().find(|(name, _)| *name == bar.set);
        let (_, report) = report.unwrap_or_else(|| panic!("bars.tsv: no gold set {}", bar.set));
        shortfalls.extend(bar.shortfall(report));
    }
    for (name, report) in &reports {
        eprintln!("== {name}\n{}", report.table());
    }
    assert!(shortfalls.is_empty(), "{}", shortfalls.join("\n"));
}

#[test]
fn the_accuracy_report_is_in_step() {
    let want = markdown::render(&reports(), &bars());
    let path = root().join("docs/ACCURACY.md");
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "docs/ACCURACY.md is not what the code and gold give now: regenerate it with `{COMMAND}` \
         (e.g. `cargo run -- eval --sets fixtures/gold --markdown docs/ACCURACY.md`) and review \
         the change"
    );
}

#[test]
fn the_real_test_set_is_never_scored_here() {
    // fixtures/gold/REAL.md: the test half is scored by hand once per stop.
    for test_half in ["real-test", "real2-test"] {
        assert!(root()
            .join(format!("fixtures/gold/{test_half}.jsonl"))
            .is_file());
        assert!(scored().iter().all(|(set, _)| set.name != test_half));
        assert!(bars().iter().all(|bar| bar.set != test_half));
    }
}

#[test]
fn a_bars_file_with_a_mistake_is_an_error_naming_the_line() {
    let header = "# comment\nset\ttype\tscoring\tmin_f1\tsince\n";
    assert_eq!(
        parse_bars(&format!("{header}seeds\tdates\tvalue\t0.95\tx\n"))
            .map(|b| b.len())
            .ok(),
        Some(1)
    );
    for (line, why) in [
        (
            "seeds\tdate\tvalue\t0.95\tx",
            "line 3: unknown type \"date\"",
        ),
        (
            "seeds\tdates\tvalues\t0.95\tx",
            "line 3: unknown scoring \"values\"",
        ),
        (
            "seeds\tdates\tvalue\t95\tx",
            "line 3: min_f1 \"95\" is not a number from 0 to 1",
        ),
        ("seeds\tdates\tvalue\t0.95", "line 3: 4 columns, expected 5"),
    ] {
        assert_eq!(
            parse_bars(&format!("{header}{line}\n")).err().as_deref(),
            Some(why)
        );
    }
    assert!(parse_bars("set\ttype\n").is_err());
}

#[test]
fn eval_sets_checks_the_bars_and_writes_the_report() {
    // The command line CI runs: the same bars, the same report as the tests above.
    let dir = tempfile::tempdir().expect("temp dir");
    let markdown = dir.path().join("ACCURACY.md");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_union-news"))
        .current_dir(root())
        .args(["eval", "--sets", "fixtures/gold", "--markdown"])
        .arg(&markdown)
        .output()
        .expect("union-news runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let written = std::fs::read_to_string(&markdown).expect("report written");
    assert_eq!(written, markdown::render(&reports(), &bars()));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("accuracy bars"), "{stdout}");
}

#[test]
fn a_malformed_gold_line_is_one_error_and_the_rest_is_scored() {
    let dir = tempfile::tempdir().expect("temp dir");
    let gold = dir.path().join("gold.jsonl");
    let good = r#"{"id": "a", "text": "Ngày 17/1/2024, LĐLĐ tỉnh họp.", "gold": {"dates": [{"text": "17/1/2024", "value": "2024-01-17"}]}}"#;
    std::fs::write(&gold, format!("{good}\n{{not json\n")).expect("write gold");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_union-news"))
        .args(["eval", "--gold"])
        .arg(&gold)
        .output()
        .expect("union-news runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("gold line 2"), "{stderr}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.starts_with("1 articles"), "{stdout}");
}

#[test]
fn several_gold_files_are_scored_as_one_set() {
    // Two gold files: one date found and one missed in the first, one found in the second.
    // Pooled, the counts add: 3 gold, 2 predicted, 2 matched, recall 0.667 (not the mean of
    // the files' recalls, 0.75).
    let dir = tempfile::tempdir().expect("temp dir");
    let first = dir.path().join("first.jsonl");
    let second = dir.path().join("second.jsonl");
    let found = r#"{"id": "a", "text": "Ngày 17/1/2024, LĐLĐ tỉnh họp.", "gold": {"dates": [{"text": "17/1/2024", "value": "2024-01-17"}, {"text": "mùa xuân", "value": "2023-03"}]}}"#;
    let other = r#"{"id": "b", "text": "Ngày 5/3/2024, Công đoàn họp.", "gold": {"dates": [{"text": "5/3/2024", "value": "2024-03-05"}]}}"#;
    std::fs::write(&first, format!("{found}\n")).expect("write gold");
    std::fs::write(&second, format!("{other}\n")).expect("write gold");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_union-news"))
        .args(["eval", "--gold"])
        .arg(&first)
        .arg("--gold")
        .arg(&second)
        .args(["--min-f1", "dates=0.8"])
        .output()
        .expect("union-news runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stdout.starts_with("2 gold files pooled\n2 articles"),
        "{stdout}"
    );
    let dates = stdout
        .lines()
        .find(|l| l.starts_with("dates"))
        .expect("a dates row");
    let cells: Vec<&str> = dates.split_whitespace().collect();
    assert_eq!(
        &cells[1..6],
        ["3", "2", "1.000", "0.667", "0.800"],
        "{dates}"
    );
    // F1 0.800 is not below 0.8: the bar holds on the pooled figure.
    assert!(out.status.success(), "{stderr}");
}
