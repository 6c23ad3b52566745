//! The date extractor scored against the gold sets (to be replaced by `eval`).

use serde_json::Value;

use super::*;
use crate::input::{Content, InputArticle};
use crate::normalize::normalize;
use crate::record::article_record;

/// Precision/recall counts: (true positives, predicted, gold).
#[derive(Debug, Default, Clone, Copy)]
struct Counts {
    tp: usize,
    predicted: usize,
    gold: usize,
}

impl Counts {
    fn f1(self) -> f64 {
        if self.predicted + self.gold == 0 {
            return 1.0;
        }
        2.0 * self.tp as f64 / (self.predicted + self.gold) as f64
    }
}

fn collapse(s: &str) -> String {
    normalize(s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Scores `got` against gold `(surface, value)` entries: gold spans are recovered by searching
/// each surface after the previous hit; a match needs the same value and overlapping spans,
/// and each gold entry is used once.
fn score(
    text: &str,
    got: &[DateMention],
    gold: &[(String, String)],
    misses: &mut Vec<String>,
) -> Counts {
    let chars: Vec<char> = text.chars().collect();
    let flat: String = chars
        .iter()
        .map(|c| if c.is_whitespace() { ' ' } else { *c })
        .collect();
    let flat_chars: Vec<char> = flat.chars().collect();
    let mut spans = Vec::new();
    let mut from = 0usize;
    for (surface, value) in gold {
        let needle: Vec<char> = collapse(surface).chars().collect();
        let hit = (from..=flat_chars.len().saturating_sub(needle.len()))
            .find(|&i| flat_chars[i..i + needle.len()] == needle[..]);
        match hit {
            Some(i) => {
                spans.push(Some((i, i + needle.len(), value.clone())));
                from = i + 1;
            }
            None => {
                misses.push(format!("gold surface not found: {surface:?}"));
                spans.push(None);
            }
        }
    }
    let mut used = vec![false; spans.len()];
    let mut tp = 0;
    for d in got {
        let hit = spans.iter().enumerate().position(|(k, s)| {
            !used[k]
                && s.as_ref()
                    .is_some_and(|(a, b, v)| *v == d.value && *a < d.end && d.start < *b)
        });
        match hit {
            Some(k) => {
                used[k] = true;
                tp += 1;
            }
            None => misses.push(format!("false positive: {:?} = {}", d.text, d.value)),
        }
    }
    for (k, (surface, value)) in gold.iter().enumerate() {
        if !used[k] {
            misses.push(format!("missed: {surface:?} = {value}"));
        }
    }
    Counts {
        tp,
        predicted: got.len(),
        gold: gold.len(),
    }
}

fn gold_pairs(list: &Value) -> Vec<(String, String)> {
    list.as_array()
        .map(|a| {
            a.iter()
                .map(|d| {
                    (
                        d["text"].as_str().unwrap_or_default().to_string(),
                        d["value"].as_str().unwrap_or_default().to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn seed_articles_score_high_end_to_end() {
    let root = env!("CARGO_MANIFEST_DIR");
    let gold = std::fs::read_to_string(format!("{root}/fixtures/gold/seeds.jsonl"))
        .expect("fixtures/gold/seeds.jsonl");
    let mut total = Counts::default();
    let mut report = Vec::new();
    for line in gold.lines().filter(|l| !l.trim().is_empty()) {
        let seed: Value = serde_json::from_str(line).expect("seed line");
        let file = seed["file"].as_str().unwrap_or_default();
        let page = std::fs::read_to_string(format!("{root}/corpus/{file}")).expect("seed file");
        let mut input = InputArticle::plain(seed["id"].as_str().unwrap_or_default(), "");
        input.content = Content::PageText(page);
        input.published = seed["published"].as_str().map(str::to_string);
        let record = article_record(&input);
        let mut misses = Vec::new();
        let counts = score(
            &record.text,
            &record.dates,
            &gold_pairs(&seed["gold"]["dates"]),
            &mut misses,
        );
        report.push(format!(
            "{file}: F1 {:.3} ({} tp / {} got / {} gold) {misses:?}",
            counts.f1(),
            counts.tp,
            counts.predicted,
            counts.gold
        ));
        assert!(
            counts.f1() >= 0.9,
            "{file}: F1 {:.3}: {misses:#?}",
            counts.f1()
        );
        total.tp += counts.tp;
        total.predicted += counts.predicted;
        total.gold += counts.gold;
    }
    eprintln!("{}\nseeds overall F1 {:.3}", report.join("\n"), total.f1());
    assert!(total.f1() >= 0.95, "seeds overall F1 {:.3}", total.f1());
}

#[test]
fn news_extra_passages_score_high() {
    let root = env!("CARGO_MANIFEST_DIR");
    let gold = std::fs::read_to_string(format!("{root}/fixtures/gold/news-extra.jsonl"))
        .expect("fixtures/gold/news-extra.jsonl");
    let mut total = Counts::default();
    let mut report = Vec::new();
    for line in gold.lines().filter(|l| !l.trim().is_empty()) {
        let passage: Value = serde_json::from_str(line).expect("news-extra line");
        let id = passage["id"].as_str().unwrap_or_default();
        let input = InputArticle::plain(id, passage["text"].as_str().unwrap_or_default());
        let record = article_record(&input);
        let mut misses = Vec::new();
        let counts = score(
            &record.text,
            &record.dates,
            &gold_pairs(&passage["gold"]["dates"]),
            &mut misses,
        );
        report.push(format!(
            "{id}: F1 {:.3} ({} tp / {} got / {} gold) {misses:?}",
            counts.f1(),
            counts.tp,
            counts.predicted,
            counts.gold
        ));
        total.tp += counts.tp;
        total.predicted += counts.predicted;
        total.gold += counts.gold;
    }
    eprintln!(
        "{}\nnews-extra overall F1 {:.3}",
        report.join("\n"),
        total.f1()
    );
    assert!(total.f1() >= 0.9, "news-extra overall F1 {:.3}", total.f1());
}
