//! Scoring against the gold sets: value match plus overlapping span, each gold entry used
//! once.

use serde_json::Value;

use crate::input::{Content, InputArticle};
use crate::normalize::normalize;
use crate::record::article_record;
use crate::record::Record;

/// One mention reduced to its span (code points) and the value key that must match.
#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    pub start: usize,
    pub end: usize,
    pub key: String,
    pub text: String,
}

/// Precision, recall, F1 and the unmatched entries of both sides.
#[derive(Debug, Default)]
pub struct Score {
    pub tp: usize,
    pub predicted: usize,
    pub gold: usize,
    pub misses: Vec<String>,
    pub false_positives: Vec<String>,
}

impl Score {
    pub fn add(&mut self, predicted: &[Scored], gold: &[Scored]) {
        let mut used = vec![false; gold.len()];
        let mut matched = vec![false; predicted.len()];
        for (pi, p) in predicted.iter().enumerate() {
            let hit = gold.iter().enumerate().position(|(gi, g)| {
                !used[gi] && g.key == p.key && g.start < p.end && p.start < g.end
            });
            if let Some(gi) = hit {
                used[gi] = true;
                matched[pi] = true;
            }
        }
        self.tp += matched.iter().filter(|m| **m).count();
        self.predicted += predicted.len();
        self.gold += gold.len();
        for (g, u) in gold.iter().zip(&used) {
            if !u {
                self.misses.push(format!("{:?} {}", g.text, g.key));
            }
        }
        for (p, m) in predicted.iter().zip(&matched) {
            if !m {
                self.false_positives.push(format!("{:?} {}", p.text, p.key));
            }
        }
    }

    pub fn f1(&self) -> f64 {
        let p = self.tp as f64 / self.predicted.max(1) as f64;
        let r = self.tp as f64 / self.gold.max(1) as f64;
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    pub fn report(&self, what: &str) -> String {
        format!(
            "{what}: tp {} predicted {} gold {} P {:.3} R {:.3} F1 {:.3}\n  misses: {:?}\n  false positives: {:?}",
            self.tp,
            self.predicted,
            self.gold,
            self.tp as f64 / self.predicted.max(1) as f64,
            self.tp as f64 / self.gold.max(1) as f64,
            self.f1(),
            self.misses,
            self.false_positives
        )
    }
}

/// The seeds: each record built by the real pipeline from its page text, with its gold
/// annotation.
pub fn seeds() -> Vec<(Record, Value)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let gold = std::fs::read_to_string(root.join("fixtures/gold/seeds.jsonl"))
        .expect("fixtures/gold/seeds.jsonl is readable");
    gold.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let entry: Value = serde_json::from_str(line).expect("seed gold line is JSON");
            let file = entry["file"].as_str().expect("seed gold names its file");
            let page = std::fs::read_to_string(root.join("corpus").join(file))
                .expect("seed file is readable");
            let mut input = InputArticle::plain(file, "");
            input.content = Content::PageText(page);
            (article_record(&input), entry)
        })
        .collect()
}

/// The news-extra passages: records from their plain text, with their gold annotation.
pub fn news_extra() -> Vec<(Record, Value)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let gold = std::fs::read_to_string(root.join("fixtures/gold/news-extra.jsonl"))
        .expect("fixtures/gold/news-extra.jsonl is readable");
    gold.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let entry: Value = serde_json::from_str(line).expect("news-extra line is JSON");
            let text = entry["text"].as_str().expect("news-extra has text");
            (article_record(&InputArticle::plain("x", text)), entry)
        })
        .collect()
}

/// Gold entries of `list` located in `text` in document order (their surfaces normalized
/// like the text), keyed by `key`.
pub fn locate(text: &str, entries: &Value, key: impl Fn(&Value) -> String) -> Vec<Scored> {
    let mut out = Vec::new();
    let mut from = 0;
    for e in entries.as_array().into_iter().flatten() {
        let surface = normalize(e["text"].as_str().unwrap_or_default());
        let (start, end) = match (e["start"].as_u64(), e["end"].as_u64()) {
            (Some(s), Some(t)) => (s as usize, t as usize),
            _ => match text[from..].find(&surface) {
                Some(b) => {
                    let b = from + b;
                    from = b + surface.len();
                    let s = text[..b].chars().count();
                    (s, s + surface.chars().count())
                }
                None => (usize::MAX - 1, usize::MAX),
            },
        };
        out.push(Scored {
            start,
            end,
            key: key(e),
            text: surface,
        });
    }
    out
}

/// The value key of a money amount: amount and currency.
pub fn money_key(amount: f64, currency: &str) -> String {
    format!("{amount:.2} {currency}")
}
