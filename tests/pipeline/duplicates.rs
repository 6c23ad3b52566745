//! Duplicate articles within a run: `duplicates.jsonl` holds two real articles of
//! `../shared/corpus-real/general-10k.jsonl.gz` (`baomoi-21491950`, `baomoi-22501018`), the
//! first's repost under another id and byline (`baomoi-21487715`, from the same file), an
//! exact copy of it retitled and respaced, a light edit of it (a sentence reworded, the byline
//! dropped), two short captions, and the second article's id sent again.

use std::io::Write;
use std::process::Stdio;

use serde_json::Value;

use super::{bin, extract, root};

fn fixture() -> String {
    root()
        .join("tests/pipeline/duplicates.jsonl")
        .display()
        .to_string()
}

/// `(id, duplicate)` of each record.
fn marks(records: &[Value]) -> Vec<(String, Value)> {
    records
        .iter()
        .map(|r| {
            (
                r["id"].as_str().unwrap_or("?").to_string(),
                r["duplicate"].clone(),
            )
        })
        .collect()
}

fn check_marks(marks: &[(String, Value)]) {
    let ids: Vec<&str> = marks.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "baomoi-21491950",
            "baomoi-22501018",
            "baomoi-21487715",
            "retitled-copy",
            "short-1",
            "short-2",
            "edited"
        ]
    );
    let mark = |n: usize| &marks[n].1;
    assert_eq!(mark(0), &Value::Null);
    assert_eq!(mark(1), &Value::Null);
    assert_eq!(mark(2)["of"], "baomoi-21491950");
    assert_eq!(mark(2)["kind"], "near");
    let similarity = mark(2)["similarity"].as_f64().unwrap();
    assert!((0.92..1.0).contains(&similarity), "{similarity}");
    assert_eq!(
        mark(3),
        &serde_json::json!({"of": "baomoi-21491950", "similarity": 1.0, "kind": "exact"})
    );
    // Short bodies are never duplicates of each other.
    assert_eq!(mark(4), &Value::Null);
    assert_eq!(mark(5), &Value::Null);
    assert_eq!(mark(6)["of"], "baomoi-21491950");
    assert_eq!(mark(6)["kind"], "near");
}

#[test]
fn duplicates_are_marked_the_same_whatever_the_threads() {
    let fixture = fixture();
    let mut runs = Vec::new();
    for jobs in ["1", "2"] {
        let (code, records, stderr) = extract(&[&fixture, "-j", jobs]);
        assert_eq!(code, 1, "{stderr}"); // the id sent twice
        assert!(
            stderr.contains("8 inputs, 7 records (3 duplicates: 1 exact, 2 near), 1 errors"),
            "{stderr}"
        );
        assert!(
            stderr.contains("duplicate id \"baomoi-22501018\""),
            "{stderr}"
        );
        check_marks(&marks(&records));
        // Records without a duplicate carry no `duplicate` field at all.
        assert!(records[0].get("duplicate").is_none());
        runs.push(records);
    }
    assert_eq!(runs[0], runs[1]);
}

#[test]
fn duplicates_are_marked_on_stdin() {
    let input = std::fs::read(fixture()).unwrap();
    for jobs in ["1", "2"] {
        let mut child = bin()
            .args(["extract", "-", "-j", jobs])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(&input).unwrap();
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        let lines: Vec<Value> = String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 8, "{stderr}");
        assert!(lines[7].get("error").is_some(), "{}", lines[7]);
        check_marks(&marks(&lines[..7]));
        assert!(
            stderr.contains("(3 duplicates: 1 exact, 2 near)"),
            "{stderr}"
        );
    }
}
