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

use serde::Deserialize;
use serde_json::Value;
use union_news::input::{Content, InputArticle};
use union_news::record::article_record;

/// A case file: its `[[case]]` entries, nothing else.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseFile {
    case: Vec<Case>,
}

/// One case: a text (with an optional title and publication date) and, per list (dates,
/// money, member_counts, organizations, people, events), mentions that must be found (each a
/// subset of a record mention's fields), surfaces no mention may cover (`not_LIST`) and the
/// exact number of mentions (`LIST_count`). A key that is not a field here is an error, so a
/// misspelt check (`money_cout`) fails instead of checking nothing.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    text: String,
    title: Option<String>,
    published: Option<String>,
    #[serde(default)]
    dates: Vec<Value>,
    #[serde(default)]
    not_dates: Vec<String>,
    dates_count: Option<usize>,
    #[serde(default)]
    money: Vec<Value>,
    #[serde(default)]
    not_money: Vec<String>,
    money_count: Option<usize>,
    #[serde(default)]
    member_counts: Vec<Value>,
    #[serde(default)]
    not_member_counts: Vec<String>,
    member_counts_count: Option<usize>,
    #[serde(default)]
    organizations: Vec<Value>,
    #[serde(default)]
    not_organizations: Vec<String>,
    organizations_count: Option<usize>,
    #[serde(default)]
    people: Vec<Value>,
    #[serde(default)]
    not_people: Vec<String>,
    people_count: Option<usize>,
    #[serde(default)]
    events: Vec<Value>,
    #[serde(default)]
    not_events: Vec<String>,
    events_count: Option<usize>,
}

/// The checks of one list: its name, wanted mentions, forbidden surfaces, exact count.
type ListChecks<'a> = (&'static str, &'a [Value], &'a [String], Option<usize>);

impl Case {
    fn checks(&self) -> [ListChecks<'_>; 6] {
        [
            ("dates", &self.dates, &self.not_dates, self.dates_count),
            ("money", &self.money, &self.not_money, self.money_count),
            (
                "member_counts",
                &self.member_counts,
                &self.not_member_counts,
                self.member_counts_count,
            ),
            (
                "organizations",
                &self.organizations,
                &self.not_organizations,
                self.organizations_count,
            ),
            ("people", &self.people, &self.not_people, self.people_count),
            ("events", &self.events, &self.not_events, self.events_count),
        ]
    }
}

fn parse_case_file(source: &str) -> Result<CaseFile, toml::de::Error> {
    toml::from_str(source)
}

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
        let cases = parse_case_file(&source)
            .unwrap_or_else(|e| panic!("{}: invalid case file: {e}", file.display()))
            .case;
        assert!(!cases.is_empty(), "{}: no [[case]] entries", file.display());
        for case in cases {
            ran += 1;
            let label = format!(
                "{}: {}",
                file.file_name().unwrap_or_default().to_string_lossy(),
                case.name
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

#[test]
fn an_unknown_key_is_rejected() {
    let case = "[[case]]\nname = \"n\"\ntext = \"t\"\n";
    assert!(parse_case_file(case).is_ok());
    let misspelt = format!("{case}money_cout = 1\n");
    let err = parse_case_file(&misspelt).expect_err("a misspelt key is an error");
    assert!(err.to_string().contains("money_cout"), "{err}");
    let outside = format!("title = \"x\"\n{case}");
    assert!(parse_case_file(&outside).is_err());
}

fn run_case(case: &Case) -> Result<(), String> {
    let mut input = InputArticle::plain("case", &case.text);
    if let Some(title) = &case.title {
        input.content = Content::Plain {
            title: Some(title.clone()),
            text: case.text.clone(),
        };
    }
    input.published = case.published.clone();
    let record = serde_json::to_value(article_record(&input)).map_err(|e| e.to_string())?;
    let full_text = record["text"].as_str().unwrap_or_default().to_string();
    let mut problems = Vec::new();
    for (list, expected, forbidden, count) in case.checks() {
        let got = record[list].as_array().cloned().unwrap_or_default();
        for want in expected {
            if !got.iter().any(|g| subset_match(want, g)) {
                problems.push(format!(
                    "{list}: expected {want}\n      got {}",
                    Value::Array(got.clone())
                ));
            }
        }
        for surface in forbidden {
            for hit in covering(&full_text, surface, &got) {
                problems.push(format!(
                    "{list}: {surface:?} must not be covered, but {hit}"
                ));
            }
        }
        if let Some(n) = count {
            if got.len() != n {
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
