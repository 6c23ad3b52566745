//! Evaluation against gold annotations (`fixtures/gold/seeds.jsonl`, the format of
//! `../shared/dev-gold/GUIDELINES.md`): precision, recall and F1 per type.
//!
//! Two scores per type, both micro-averaged over articles:
//!
//! - **by value**: the distinct values of a type per article — what an analyst loading the
//!   records sees. Each type is keyed by:
//!   - dates: the ISO value;
//!   - money: amount, currency and qualifier (`500000000 VND exact`); a range is its two ends
//!     and the qualifier `range`, as the gold writes it (`1150000-3100000 VND range`; a record
//!     writes a range as `amount`, `amount_max` and qualifier `exact`);
//!   - member counts: count and category (`1199 new_members`);
//!   - organizations: canonical name; people: name; roles: name and role as written
//!     (`Lê Quang Toản | Chủ tịch LĐLĐ tỉnh`, scored where the gold annotates people);
//!   - events: type and date (`conference 2024-01-17`);
//! - **by mention**: each gold mention matched to at most one output mention with the same
//!   value and an overlapping span. Gold spans are recovered as the guidelines say: each
//!   gold surface is searched in the (normalized) article text just after the previous hit of
//!   the same list.
//!
//! Key variants are scored beside the types, for accuracy bars ([`VARIANTS`]); the
//! Markdown report lists them, [`Report::table`] and [`Report::details`] do not.
//!
//! **Empty sets** (one convention for every score, see [`Counts`]): nothing expected and
//! nothing predicted is a perfect score (precision, recall and F1 are 1); when only one side
//! is empty, all three are 0.
//!
//! This is the one scorer of the crate: `union-news eval`, the accuracy bars
//! (`fixtures/gold/bars.tsv`, [`bars`]) and the Markdown accuracy report ([`markdown`]) all
//! score through [`evaluate`].

pub mod bars;
mod keys;
pub mod markdown;
pub mod sets;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Deserialize;
use serde_json::Value;

use crate::record::Record;
use keys::{gold_items, output_items, Item};

/// The types that are scored, in report order.
pub const TYPES: &[&str] = &[
    "dates",
    "money",
    "member_counts",
    "organizations",
    "people",
    "roles",
    "events",
];

/// Key variants scored beside [`TYPES`], for accuracy bars that compare less or more than
/// the type's own key:
/// - `money_amount`: money keyed by amount (a range as `MIN-MAX`) and currency, the
///   qualifier not compared (`500000000 VND`);
/// - `member_counts_qualified`: member counts keyed by count, category and qualifier
///   (`1199 new_members more_than`; a gold count without a qualifier is `exact`);
/// - `events_organizer`: events keyed by type, date and the organizer's canonical name
///   (`conference 2024-01-17 | Liên đoàn Lao động tỉnh Bình Dương`; `| null` when there is
///   none): who held the event, as analysts report it (issue 12, item 4);
/// - `organizations_folded`: organizations keyed by canonical name without letter case
///   (`công ty cổ phần may việt tiến`): guideline decision 13 makes names that differ only
///   in case one organization, and annotators write the case of generic words differently
///   (`Công ty Cổ phần` / `Công ty cổ phần`). Reported beside the case-sensitive type, which
///   stays the scored figure.
pub const VARIANTS: &[&str] = &[
    "money_amount",
    "member_counts_qualified",
    "events_organizer",
    "organizations_folded",
];

/// The gold list a type or variant is scored against (roles are part of the people
/// annotation).
fn gold_list(kind: &str) -> &str {
    match kind {
        "roles" => "people",
        "money_amount" => "money",
        "member_counts_qualified" => "member_counts",
        "events_organizer" => "events",
        "organizations_folded" => "organizations",
        other => other,
    }
}

/// One gold article: its id, where its text is, and the gold lists.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldArticle {
    /// The article id (the seed file's stem, or the passage id).
    pub id: String,
    /// The seed file name, for gold sets that point at files.
    #[serde(default)]
    pub file: Option<String>,
    /// The article text, for gold sets that carry it.
    #[serde(default)]
    pub text: Option<String>,
    /// Publication date, when known.
    #[serde(default)]
    pub published: Option<String>,
    /// The gold lists by type name.
    pub gold: BTreeMap<String, Value>,
}

/// Counts for one type, and precision, recall and F1 from them.
///
/// The one convention for empty sets: when nothing was expected and nothing was predicted
/// (`gold == 0 && predicted == 0`), precision, recall and F1 are all **1** (an article without
/// money that gets no money is right); when only one side is empty they are all 0.
///
/// ```
/// use union_news::eval::Counts;
///
/// let none = Counts { gold: 0, predicted: 0, matched: 0 };
/// assert_eq!((none.precision(), none.recall(), none.f1()), (1.0, 1.0, 1.0));
/// let spurious = Counts { gold: 0, predicted: 2, matched: 0 };
/// assert_eq!((spurious.precision(), spurious.recall(), spurious.f1()), (0.0, 0.0, 0.0));
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Gold items.
    pub gold: usize,
    /// Predicted items.
    pub predicted: usize,
    /// Matched items.
    pub matched: usize,
}

impl Counts {
    /// matched / predicted (1 when nothing was predicted and nothing was expected, 0 when
    /// only nothing was predicted).
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.predicted, self.gold == 0)
    }

    /// matched / gold (1 when there was nothing to find and nothing was predicted, 0 when
    /// there was nothing to find but something was predicted).
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold, self.predicted == 0)
    }

    /// Harmonic mean of precision and recall (1 when both sets are empty).
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    fn add(&mut self, other: Counts) {
        self.gold += other.gold;
        self.predicted += other.predicted;
        self.matched += other.matched;
    }
}

fn ratio(num: usize, den: usize, empty_is_perfect: bool) -> f64 {
    if den == 0 {
        if empty_is_perfect {
            1.0
        } else {
            0.0
        }
    } else {
        num as f64 / den as f64
    }
}

/// Scores for one type.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TypeScore {
    /// Distinct values per article.
    pub by_value: Counts,
    /// Mentions with equal value and overlapping span.
    pub by_mention: Counts,
    /// Gold values missed, as `article: value`.
    pub missed: Vec<String>,
    /// Output values not in the gold, as `article: value`.
    pub spurious: Vec<String>,
    /// The counts of each article, in gold order.
    pub by_article: Vec<ArticleCounts>,
}

/// The counts of one type in one article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleCounts {
    /// The article id.
    pub id: String,
    /// Distinct values.
    pub by_value: Counts,
    /// Mentions.
    pub by_mention: Counts,
}

/// The evaluation report: a score per type.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Scores by type name, for the types in [`TYPES`].
    pub types: BTreeMap<String, TypeScore>,
    /// Articles scored.
    pub articles: usize,
    /// Gold articles with no output record.
    pub missing_records: Vec<String>,
}

impl Report {
    /// The score of one type.
    pub fn get(&self, kind: &str) -> Option<&TypeScore> {
        self.types.get(kind)
    }

    /// A plain-text table: type, then P/R/F1 by value and by mention.
    pub fn table(&self) -> String {
        let mut out = format!(
            "{} articles; by value (distinct values per article) | by mention (value + overlapping span)\n\
             {:<14} {:>5} {:>5} {:>6} {:>6} {:>6} | {:>5} {:>5} {:>6} {:>6} {:>6}\n",
            self.articles, "type", "gold", "pred", "P", "R", "F1", "gold", "pred", "P", "R", "F1"
        );
        for kind in TYPES {
            if let Some(s) = self.types.get(*kind) {
                let (v, m) = (&s.by_value, &s.by_mention);
                out.push_str(&format!(
                    "{:<14} {:>5} {:>5} {:>6.3} {:>6.3} {:>6.3} | {:>5} {:>5} {:>6.3} {:>6.3} {:>6.3}\n",
                    kind,
                    v.gold,
                    v.predicted,
                    v.precision(),
                    v.recall(),
                    v.f1(),
                    m.gold,
                    m.predicted,
                    m.precision(),
                    m.recall(),
                    m.f1()
                ));
            }
        }
        if !self.missing_records.is_empty() {
            out.push_str(&format!(
                "no record for: {}\n",
                self.missing_records.join(", ")
            ));
        }
        out
    }

    /// Adds `other`'s counts, misses, spurious values and articles to this report: the
    /// report of several gold sets scored as one (`eval --gold A --gold B`). Counts add, so
    /// the pooled precision and recall are those of all the values together, not a mean of
    /// the sets' figures.
    ///
    /// ```
    /// use union_news::eval::{Counts, Report, TypeScore};
    /// let mut a = Report::default();
    /// a.articles = 2;
    /// a.types.insert("dates".into(), TypeScore {
    ///     by_value: Counts { gold: 4, predicted: 4, matched: 3 },
    ///     ..TypeScore::default()
    /// });
    /// let mut b = Report::default();
    /// b.articles = 1;
    /// b.types.insert("dates".into(), TypeScore {
    ///     by_value: Counts { gold: 2, predicted: 1, matched: 1 },
    ///     ..TypeScore::default()
    /// });
    /// a.merge(b);
    /// assert_eq!(a.articles, 3);
    /// assert_eq!(a.types["dates"].by_value, Counts { gold: 6, predicted: 5, matched: 4 });
    /// ```
    pub fn merge(&mut self, other: Report) {
        self.articles += other.articles;
        self.missing_records.extend(other.missing_records);
        for (kind, score) in other.types {
            let mine = self.types.entry(kind).or_default();
            mine.by_value.add(score.by_value);
            mine.by_mention.add(score.by_mention);
            mine.missed.extend(score.missed);
            mine.spurious.extend(score.spurious);
            mine.by_article.extend(score.by_article);
        }
    }

    /// The misses and spurious values of every type, one per line.
    pub fn details(&self) -> String {
        let mut out = String::new();
        for kind in TYPES {
            if let Some(s) = self.types.get(*kind) {
                for m in &s.missed {
                    out.push_str(&format!("{kind}\tmissed\t{m}\n"));
                }
                for m in &s.spurious {
                    out.push_str(&format!("{kind}\tspurious\t{m}\n"));
                }
            }
        }
        out
    }
}

/// Scores `records` against `gold`; records are matched to gold articles by id.
pub fn evaluate(gold: &[GoldArticle], records: &[Record]) -> Report {
    let by_id: BTreeMap<&str, &Record> = records.iter().map(|r| (r.id.as_str(), r)).collect();
    let mut report = Report::default();
    for article in gold {
        let Some(record) = by_id.get(article.id.as_str()) else {
            report.missing_records.push(article.id.clone());
            continue;
        };
        report.articles += 1;
        // Only the types this gold article annotates are scored (news-extra has no people).
        let annotated = |kind: &&&str| article.gold.contains_key(gold_list(kind));
        for kind in TYPES.iter().chain(VARIANTS).filter(annotated) {
            let gold_items = gold_items(kind, article, &record.text);
            let output_items = output_items(kind, record);
            let score = report.types.entry(kind.to_string()).or_default();
            score_article(&article.id, &gold_items, &output_items, score);
        }
    }
    report
}

fn score_article(id: &str, gold: &[Item], output: &[Item], score: &mut TypeScore) {
    let gold_values: BTreeSet<&str> = gold.iter().map(|i| i.value.as_str()).collect();
    let output_values: BTreeSet<&str> = output.iter().map(|i| i.value.as_str()).collect();
    let value_counts = Counts {
        gold: gold_values.len(),
        predicted: output_values.len(),
        matched: gold_values.intersection(&output_values).count(),
    };
    score.by_value.add(value_counts);
    score.missed.extend(
        gold_values
            .difference(&output_values)
            .map(|v| format!("{id}: {v}")),
    );
    score.spurious.extend(
        output_values
            .difference(&gold_values)
            .map(|v| format!("{id}: {v}")),
    );

    // Each gold mention takes the first unused output mention of its value that overlaps
    // it. The outputs of each value are listed in order with a cursor past the leading used
    // ones, so items matched in order cost one step each (scanning every output for every
    // gold item was quadratic in the items of an article).
    let mut by_value: HashMap<&str, (usize, Vec<usize>)> = HashMap::new();
    for (k, o) in output.iter().enumerate() {
        by_value.entry(o.value.as_str()).or_default().1.push(k);
    }
    let mut used = vec![false; output.len()];
    let mut mention_matches = 0;
    for g in gold {
        let Some((cursor, list)) = by_value.get_mut(g.value.as_str()) else {
            continue;
        };
        while list.get(*cursor).is_some_and(|&k| used[k]) {
            *cursor += 1;
        }
        let hit = list
            .get(*cursor..)
            .unwrap_or_default()
            .iter()
            .copied()
            .find(|&k| !used[k] && output.get(k).is_some_and(|o| overlaps(g.span, o.span)));
        if let Some(k) = hit {
            used[k] = true;
            mention_matches += 1;
        }
    }
    let mention_counts = Counts {
        gold: gold.len(),
        predicted: output.len(),
        matched: mention_matches,
    };
    score.by_mention.add(mention_counts);
    score.by_article.push(ArticleCounts {
        id: id.to_string(),
        by_value: value_counts,
        by_mention: mention_counts,
    });
}

fn overlaps(a: Option<(usize, usize)>, b: Option<(usize, usize)>) -> bool {
    match (a, b) {
        (Some((s1, e1)), Some((s2, e2))) => s1 < e2 && s2 < e1,
        // A gold surface that could not be located matches on value alone.
        _ => true,
    }
}

/// Parses a gold JSONL file, stopping at the first malformed line.
///
/// # Errors
/// When a line is not a gold article.
pub fn parse_gold(jsonl: &str) -> crate::Result<Vec<GoldArticle>> {
    let (articles, mut errors) = parse_gold_lines(jsonl);
    if errors.is_empty() {
        Ok(articles)
    } else {
        Err(errors.remove(0))
    }
}

/// Parses a gold JSONL file line by line: the gold articles of the well-formed lines, and an
/// error naming each malformed line (`gold line 3: malformed JSON: …`). Blank lines are
/// skipped.
pub fn parse_gold_lines(jsonl: &str) -> (Vec<GoldArticle>, Vec<crate::Error>) {
    let mut articles = Vec::new();
    let mut errors = Vec::new();
    for (i, line) in jsonl.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str(line) {
            Ok(article) => articles.push(article),
            Err(e) => errors.push(crate::Error::json(format!("gold line {}", i + 1), e)),
        }
    }
    (articles, errors)
}

#[cfg(test)]
mod tests;
