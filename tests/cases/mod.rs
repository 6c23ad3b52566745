//! Extractor cases as data: every `tests/cases/*.toml` file, one driver.
//!
//! A case is a real sentence plus what the record must (and must not) contain:
//!
//! ```toml
//! [[case]]
//! name = "seed 004: money with a qualifier"
//! text = "… với số tiền gần 60,8 tỷ đồng dịp Tết Nguyên đán năm 2023."
//! published = "2024-02-01"     # optional
//! money = [{ text = "gần 60,8 tỷ đồng", amount = 60800000000.0, qualifier = "about" }]
//! not_money = ["năm 2023"]     # surfaces no mention of that type may cover
//! money_count = 1              # optional exact number of mentions
//! ```
//!
//! Lists: dates, money, member_counts, organizations, people, events.

use std::path::Path;

use serde_json::Value;
use union_news::input::{Content, InputArticle};
use union_news::record::article_record;

const LISTS: &[&str] = &[
    "dates",
    "money",
    "member_counts",
    "organizations",
    "people",
    "events",
];

#[test]
fn every_case_file_passes() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/cases exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    let mut failures = Vec::new();
    let mut ran = 0;
    for file in &files {
        let source = std::fs::read_to_string(file).expect("readable case file");
        let parsed: toml::Value = toml::from_str(&source)
            .unwrap_or_else(|e| panic!("{}: invalid TOML: {e}", file.display()));
        let cases = parsed
            .get("case")
            .and_then(|c| c.as_array())
            .cloned()
            .unwrap_or_default();
        assert!(!cases.is_empty(), "{}: no [[case]] entries", file.display());
        for case in cases {
            ran += 1;
            let case: Value = serde_json::to_value(&case).expect("toml to json");
            let label = format!(
                "{}: {}",
                file.file_name().unwrap_or_default().to_string_lossy(),
                case["name"].as_str().unwrap_or("(unnamed)")
            );
            if let Err(why) = run_case(&case) {
                failures.push(format!("{label}\n    {why}"));
            }
        }
    }
    eprintln!("{ran} extractor cases from {} files", files.len());
    assert!(
        failures.is_empty(),
        "{} case(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn run_case(case: &Value) -> Result<(), String> {
    let text = case["text"].as_str().ok_or("case has no text")?;
    let mut input = InputArticle::plain("case", text);
    if let Some(title) = case.get("title").and_then(Value::as_str) {
        input.content = Content::Plain {
            title: Some(title.to_string()),
            text: text.to_string(),
        };
    }
    input.published = case
        .get("published")
        .and_then(Value::as_str)
        .map(str::to_string);
    let record = serde_json::to_value(article_record(&input)).map_err(|e| e.to_string())?;
    let full_text = record["text"].as_str().unwrap_or_default().to_string();
    let mut problems = Vec::new();
    for list in LISTS {
        let got = record[*list].as_array().cloned().unwrap_or_default();
        if let Some(expected) = case.get(*list).and_then(Value::as_array) {
            for want in expected {
                if !got.iter().any(|g| subset_match(want, g)) {
                    problems.push(format!(
                        "{list}: expected {want}\n      got {}",
                        Value::Array(got.clone())
                    ));
                }
            }
        }
        if let Some(forbidden) = case.get(format!("not_{list}")).and_then(Value::as_array) {
            for surface in forbidden.iter().filter_map(Value::as_str) {
                for hit in covering(&full_text, surface, &got) {
                    problems.push(format!(
                        "{list}: {surface:?} must not be covered, but {hit}"
                    ));
                }
            }
        }
        if let Some(n) = case.get(format!("{list}_count")).and_then(Value::as_u64) {
            if got.len() as u64 != n {
                problems.push(format!(
                    "{list}: expected {n} mention(s), got {}: {}",
                    got.len(),
                    Value::Array(got.clone())
                ));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n    "))
    }
}

/// Every key of `want` equals the same key of `got` (numbers compared as f64, objects
/// recursively, arrays element-wise).
fn subset_match(want: &Value, got: &Value) -> bool {
    match (want, got) {
        (Value::Object(w), Value::Object(g)) => w
            .iter()
            .all(|(k, v)| g.get(k).is_some_and(|gv| subset_match(v, gv))),
        (Value::Number(w), Value::Number(g)) => w.as_f64() == g.as_f64(),
        (Value::Array(w), Value::Array(g)) => {
            w.len() == g.len() && w.iter().zip(g).all(|(a, b)| subset_match(a, b))
        }
        (Value::String(w), Value::Object(g)) => {
            // A role or participant given as a plain string matches an object's `text`/`name`.
            g.get("text")
                .or_else(|| g.get("name"))
                .is_some_and(|t| t.as_str() == Some(w))
        }
        _ => want == got,
    }
}

/// Mentions in `got` whose span overlaps an occurrence of `surface` in `text`.
fn covering(text: &str, surface: &str, got: &[Value]) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let needle: Vec<char> = surface.chars().collect();
    let mut hits = Vec::new();
    if needle.is_empty() || needle.len() > chars.len() {
        return hits;
    }
    for start in 0..=chars.len() - needle.len() {
        if chars[start..start + needle.len()] != needle[..] {
            continue;
        }
        let end = start + needle.len();
        for g in got {
            let (Some(s), Some(e)) = (g["start"].as_u64(), g["end"].as_u64()) else {
                continue;
            };
            if (s as usize) < end && start < e as usize {
                hits.push(g.to_string());
            }
        }
    }
    hits
}
