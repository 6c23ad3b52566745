//! Accuracy bars: the lowest F1 each gold set must reach per type, stated once in
//! `fixtures/gold/bars.tsv` and checked by both `union-news eval --sets` (CI) and the
//! accuracy test.
//!
//! The file is tab-separated, `#` lines are comments, and the first other line is the header
//! ([`HEADER`]) naming the columns:
//! - `set`: a gold file's stem in the same directory (`seeds` for `seeds.jsonl`);
//! - `type`: one of [`TYPES`] or [`VARIANTS`];
//! - `scoring`: a [`Scoring`] (`value`, `mention`, `value-per-article`,
//!   `mention-per-article`);
//! - `min_f1`: the bar, a number from 0 to 1;
//! - `since`: where the bar comes from (free text).

use std::fmt;
use std::path::Path;

use crate::{Error, Result};

use super::{Counts, Report, TypeScore, TYPES, VARIANTS};

/// The header line of a bars file.
pub const HEADER: &str = "set\ttype\tscoring\tmin_f1\tsince";

/// Which counts a bar is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scoring {
    /// Distinct values, micro-averaged over the set's articles.
    Value,
    /// Mentions (value and overlapping span), micro-averaged over the set's articles.
    Mention,
    /// Distinct values, every article on its own.
    ValuePerArticle,
    /// Mentions, every article on its own.
    MentionPerArticle,
}

impl Scoring {
    /// The name used in bars files.
    pub fn as_str(self) -> &'static str {
        match self {
            Scoring::Value => "value",
            Scoring::Mention => "mention",
            Scoring::ValuePerArticle => "value-per-article",
            Scoring::MentionPerArticle => "mention-per-article",
        }
    }

    fn parse(name: &str) -> Option<Self> {
        [
            Scoring::Value,
            Scoring::Mention,
            Scoring::ValuePerArticle,
            Scoring::MentionPerArticle,
        ]
        .into_iter()
        .find(|s| s.as_str() == name)
    }

    fn by_value(self) -> bool {
        matches!(self, Scoring::Value | Scoring::ValuePerArticle)
    }

    fn per_article(self) -> bool {
        matches!(self, Scoring::ValuePerArticle | Scoring::MentionPerArticle)
    }
}

impl fmt::Display for Scoring {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One accuracy bar: a gold set's type, scored one way, must reach `min_f1`.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// The gold set (a file stem).
    pub set: String,
    /// The type or variant.
    pub kind: String,
    /// Which counts.
    pub scoring: Scoring,
    /// The lowest F1 allowed.
    pub min_f1: f64,
    /// Where the bar comes from.
    pub since: String,
}

/// A bar measured on a report.
#[derive(Debug, Clone, PartialEq)]
pub struct Measured {
    /// The F1 (per article: the lowest article's).
    pub f1: f64,
    /// Per article: the article with the lowest F1 (the first of equals).
    pub article: Option<String>,
}

impl Bar {
    /// The bar's F1 on `report`, or `None` when the report does not score its type.
    pub fn measure(&self, report: &Report) -> Option<Measured> {
        let score = report.get(&self.kind)?;
        let counts = |c: (&Counts, &Counts)| if self.scoring.by_value() { *c.0 } else { *c.1 };
        if !self.scoring.per_article() {
            return Some(Measured {
                f1: counts((&score.by_value, &score.by_mention)).f1(),
                article: None,
            });
        }
        lowest_article(score, counts)
    }

    /// `None` when the bar is met on `report`, else a line saying why not.
    pub fn shortfall(&self, report: &Report) -> Option<String> {
        let what = format!(
            "{}: {} by {}",
            self.set,
            self.kind,
            self.scoring.as_str().replace('-', " ")
        );
        match self.measure(report) {
            None => Some(format!(
                "{what}: not scored (the gold set annotates no such type)"
            )),
            Some(m) if m.f1 < self.min_f1 => Some(format!(
                "{what}: F1 {:.3}{} is below {}",
                m.f1,
                m.article.map(|a| format!(" ({a})")).unwrap_or_default(),
                self.min_f1
            )),
            Some(_) => None,
        }
    }
}

/// The lowest F1 of the articles of a type (an article with nothing expected and nothing found
/// scores 1).
fn lowest_article(
    score: &TypeScore,
    counts: impl Fn((&Counts, &Counts)) -> Counts,
) -> Option<Measured> {
    let mut lowest: Option<Measured> = None;
    for article in &score.by_article {
        let f1 = counts((&article.by_value, &article.by_mention)).f1();
        if lowest.as_ref().is_none_or(|l| f1 < l.f1) {
            lowest = Some(Measured {
                f1,
                article: Some(article.id.clone()),
            });
        }
    }
    lowest
}

/// Reads a bars file.
///
/// # Errors
/// When the file cannot be read or a line is not a bar ([`parse_bars`]).
pub fn read_bars(path: &Path) -> Result<Vec<Bar>> {
    let tsv = std::fs::read_to_string(path).map_err(|e| Error::read(path, e))?;
    parse_bars(&tsv).map_err(|message| Error::input(path.display().to_string(), message))
}

/// Parses bars TSV (see the module documentation).
///
/// # Errors
/// A message naming the line when the header is wrong, a line has another number of columns,
/// or names an unknown type or scoring, or a bar that is not a number from 0 to 1.
pub fn parse_bars(tsv: &str) -> std::result::Result<Vec<Bar>, String> {
    let mut lines = tsv
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty());
    match lines.next() {
        Some((_, header)) if header == HEADER => {}
        Some((i, header)) => {
            return Err(format!(
                "line {}: header {header:?}, expected {HEADER:?}",
                i + 1
            ))
        }
        None => return Err("no header".to_string()),
    }
    lines
        .map(|(i, line)| parse_bar(line).map_err(|why| format!("line {}: {why}", i + 1)))
        .collect()
}

fn parse_bar(line: &str) -> std::result::Result<Bar, String> {
    let [set, kind, scoring, min_f1, since] = line
        .split('\t')
        .collect::<Vec<_>>()
        .try_into()
        .map_err(|cols: Vec<&str>| format!("{} columns, expected 5", cols.len()))?;
    if !TYPES.iter().chain(VARIANTS).any(|t| *t == kind) {
        return Err(format!("unknown type {kind:?}"));
    }
    let scoring = Scoring::parse(scoring).ok_or_else(|| format!("unknown scoring {scoring:?}"))?;
    let min_f1: f64 = min_f1
        .parse()
        .ok()
        .filter(|m| (0.0..=1.0).contains(m))
        .ok_or_else(|| format!("min_f1 {min_f1:?} is not a number from 0 to 1"))?;
    Ok(Bar {
        set: set.to_string(),
        kind: kind.to_string(),
        scoring,
        min_f1,
        since: since.to_string(),
    })
}
