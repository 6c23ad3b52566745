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

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Deserialize;
use serde_json::Value;

use crate::normalize::normalize;
use crate::record::{Qualifier, Record};

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

/// Counts for one type.
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
    /// matched / predicted (1 when nothing was predicted and nothing was expected).
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.predicted, self.gold == 0)
    }

    /// matched / gold (1 when there was nothing to find).
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold, self.predicted == 0)
    }

    /// Harmonic mean of precision and recall.
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

/// A comparable value plus the gold or output surface it came from.
#[derive(Debug, Clone)]
struct Item {
    value: String,
    span: Option<(usize, usize)>,
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
        // Only the types this gold article annotates are scored (news-extra has no people);
        // roles are part of the people annotation.
        let annotated = |kind: &str| {
            let list = if kind == "roles" { "people" } else { kind };
            article.gold.contains_key(list)
        };
        for kind in TYPES.iter().filter(|k| annotated(k)) {
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
    let matched = gold_values.intersection(&output_values).count();
    score.by_value.add(Counts {
        gold: gold_values.len(),
        predicted: output_values.len(),
        matched,
    });
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
    score.by_mention.add(Counts {
        gold: gold.len(),
        predicted: output.len(),
        matched: mention_matches,
    });
}

fn overlaps(a: Option<(usize, usize)>, b: Option<(usize, usize)>) -> bool {
    match (a, b) {
        (Some((s1, e1)), Some((s2, e2))) => s1 < e2 && s2 < e1,
        // A gold surface that could not be located matches on value alone.
        _ => true,
    }
}

fn output_items(kind: &str, record: &Record) -> Vec<Item> {
    let span = |s: usize, e: usize| Some((s, e));
    match kind {
        "dates" => record
            .dates
            .iter()
            .map(|d| Item {
                value: d.value.clone(),
                span: span(d.start, d.end),
            })
            .collect(),
        "money" => record
            .money
            .iter()
            .map(|m| {
                // A record's range is amount..amount_max with its qualifier; the gold's is
                // the qualifier "range".
                let qualifier = match m.amount_max {
                    Some(_) if m.qualifier == Qualifier::Exact => "range",
                    _ => m.qualifier.as_str(),
                };
                Item {
                    value: money_key(m.amount, m.amount_max, &m.currency, qualifier),
                    span: span(m.start, m.end),
                }
            })
            .collect(),
        "member_counts" => record
            .member_counts
            .iter()
            .map(|c| Item {
                value: format!("{} {}", c.count, c.category.as_str()),
                span: span(c.start, c.end),
            })
            .collect(),
        "organizations" => record
            .organizations
            .iter()
            .map(|o| Item {
                value: name_key(&o.canonical),
                span: span(o.start, o.end),
            })
            .collect(),
        "people" => record
            .people
            .iter()
            .map(|p| Item {
                value: name_key(&p.name),
                span: span(p.start, p.end),
            })
            .collect(),
        "roles" => record
            .people
            .iter()
            .flat_map(|p| {
                p.roles.iter().map(move |role| Item {
                    value: role_key(&p.name, role),
                    span: span(p.start, p.end),
                })
            })
            .collect(),
        "events" => record
            .events
            .iter()
            .map(|e| Item {
                value: format!(
                    "{} {}",
                    e.event_type.as_str(),
                    e.date.as_deref().unwrap_or("null")
                ),
                span: span(e.start, e.end),
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// An amount as compared: whole amounts as integers (`60800000000`), others to six decimals
/// without trailing zeros (`0.06`), so that 0,06 USD is not 0 and float noise is ignored.
fn amount_key(amount: f64) -> String {
    let rounded = amount.round();
    if (amount - rounded).abs() <= 1e-9 * amount.abs().max(1.0) {
        format!("{}", rounded as i128)
    } else {
        let fixed = format!("{amount:.6}");
        fixed
            .trim_end_matches('0')
            .trim_end_matches('.')
            .to_string()
    }
}

/// The value key of a money mention: amount (a range as `MIN-MAX`), currency, qualifier.
fn money_key(amount: f64, amount_max: Option<f64>, currency: &str, qualifier: &str) -> String {
    let amount = match amount_max {
        Some(max) => format!("{}-{}", amount_key(amount), amount_key(max)),
        None => amount_key(amount),
    };
    format!("{amount} {currency} {qualifier}")
}

/// The value key of a role: the person's name and the role as written.
fn role_key(name: &str, role: &str) -> String {
    format!("{} | {}", name_key(name), name_key(role))
}

/// Names compare after normalization and whitespace collapse; case is kept except for the
/// first letter of each word being compared as written.
fn name_key(name: &str) -> String {
    normalize(name)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn gold_items(kind: &str, article: &GoldArticle, text: &str) -> Vec<Item> {
    let list = if kind == "roles" { "people" } else { kind };
    let entries = article
        .gold
        .get(list)
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let mut locator = Locator::new(text);
    entries
        .iter()
        .filter_map(|e| {
            let surface_field = match kind {
                "events" => "evidence",
                _ => "text",
            };
            let surface = e
                .get(surface_field)
                .and_then(Value::as_str)
                .unwrap_or_default();
            if kind == "roles" {
                // One item per role of the gold person, at the person's surface.
                let name = e.get("text")?.as_str()?;
                let span = locator.find(surface);
                let roles = e.get("roles").and_then(Value::as_array)?;
                return Some(
                    roles
                        .iter()
                        .filter_map(Value::as_str)
                        .map(|role| Item {
                            value: role_key(name, role),
                            span,
                        })
                        .collect::<Vec<_>>(),
                );
            }
            let value = match kind {
                "dates" => e.get("value")?.as_str()?.to_string(),
                "money" => money_key(
                    e.get("amount")?.as_f64()?,
                    e.get("amount_max").and_then(Value::as_f64),
                    e.get("currency").and_then(Value::as_str).unwrap_or("VND"),
                    e.get("qualifier")
                        .and_then(Value::as_str)
                        .unwrap_or("exact"),
                ),
                "member_counts" => format!(
                    "{} {}",
                    e.get("count")?.as_u64()?,
                    e.get("category")?.as_str()?
                ),
                "organizations" => name_key(e.get("canonical")?.as_str()?),
                "people" => name_key(e.get("text")?.as_str()?),
                "events" => format!(
                    "{} {}",
                    e.get("type")?.as_str()?,
                    e.get("date").and_then(Value::as_str).unwrap_or("null")
                ),
                _ => return None,
            };
            Some(vec![Item {
                value,
                span: locator.find(surface),
            }])
        })
        .flatten()
        .collect()
}

/// Finds gold surfaces in order in the normalized text (code point spans).
struct Locator<'a> {
    text: &'a str,
    /// Byte offset after the previous hit.
    from: usize,
    /// A byte offset (on a character boundary) and its code point offset: code points are
    /// counted from there, not from the start of the text, so finding every item of an
    /// article costs the length of the text once (counting from the start each time was
    /// quadratic in the items).
    counted: (usize, usize),
}

impl<'a> Locator<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            text,
            from: 0,
            counted: (0, 0),
        }
    }

    fn find(&mut self, surface: &str) -> Option<(usize, usize)> {
        let needle = normalize(surface);
        if needle.is_empty() {
            return None;
        }
        let hit = self.text[self.from..]
            .find(&needle)
            .map(|i| i + self.from)
            .or_else(|| self.text.find(&needle))?;
        self.from = hit + needle.len();
        let start = self.chars_to(hit);
        Some((start, start + needle.chars().count()))
    }

    /// The code point offset of byte offset `at` (a character boundary), counted from the
    /// last counted offset, or from the start when that is nearer.
    fn chars_to(&mut self, at: usize) -> usize {
        let (byte, chars) = self.counted;
        let count =
            |from: usize, to: usize| self.text.get(from..to).map_or(0, |s| s.chars().count());
        let start = if at >= byte {
            chars + count(byte, at)
        } else if at <= byte - at {
            count(0, at)
        } else {
            chars.saturating_sub(count(at, byte))
        };
        self.counted = (at, start);
        start
    }
}

/// Parses a gold JSONL file.
///
/// # Errors
/// When a line is not a gold article.
pub fn parse_gold(jsonl: &str) -> crate::Result<Vec<GoldArticle>> {
    jsonl
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l)
                .map_err(|e| crate::Error::json(format!("gold line {}", i + 1), e))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_arithmetic() {
        let c = Counts {
            gold: 4,
            predicted: 5,
            matched: 4,
        };
        assert_eq!(c.recall(), 1.0);
        assert!((c.precision() - 0.8).abs() < 1e-9);
        assert!((c.f1() - 0.888_888).abs() < 1e-3);
        assert_eq!(Counts::default().f1(), 1.0);
        assert_eq!(
            Counts {
                gold: 2,
                predicted: 0,
                matched: 0
            }
            .f1(),
            0.0
        );
    }

    #[test]
    fn money_is_keyed_by_amount_currency_and_qualifier() {
        assert_eq!(amount_key(60_800_000_000.000_01), "60800000000");
        assert_eq!(amount_key(0.06), "0.06");
        assert_eq!(amount_key(88.38), "88.38");
        assert_eq!(
            money_key(1e14, None, "VND", "vague"),
            "100000000000000 VND vague"
        );
        assert_eq!(
            money_key(1_150_000.0, Some(3_100_000.0), "VND", "range"),
            "1150000-3100000 VND range"
        );
        assert_ne!(
            money_key(1.0, None, "USD", "exact"),
            money_key(1.0, None, "VND", "exact")
        );
    }

    fn gold_article(gold: serde_json::Value, text: &str) -> GoldArticle {
        serde_json::from_value(serde_json::json!({"id": "a", "text": text, "gold": gold})).unwrap()
    }

    #[test]
    fn a_record_range_matches_the_gold_range_and_qualifiers_count() {
        use crate::input::InputArticle;
        use crate::record::article_record;
        let text = "Mức hỗ trợ từ 1 đến 2 triệu đồng, tổng cộng hơn 40 triệu đồng.";
        let record = article_record(&InputArticle::plain("a", text));
        assert_eq!(record.money[0].amount_max, Some(2_000_000.0));
        assert_eq!(record.money[0].qualifier, Qualifier::Exact);
        let gold = |qualifier: &str| {
            gold_article(
                serde_json::json!({"money": [
                    {"text": "từ 1 đến 2 triệu đồng", "amount": 1000000, "amount_max": 2000000,
                     "currency": "VND", "qualifier": "range"},
                    {"text": "hơn 40 triệu đồng", "amount": 40000000, "currency": "VND",
                     "qualifier": qualifier}
                ]}),
                text,
            )
        };
        let report = evaluate(&[gold("more_than")], std::slice::from_ref(&record));
        let money = report.get("money").unwrap();
        assert_eq!(money.by_value.matched, 2, "{:?}", money);
        assert_eq!(money.by_mention.matched, 2);
        // The same amount with another qualifier is a miss and a spurious value.
        let report = evaluate(&[gold("about")], std::slice::from_ref(&record));
        let money = report.get("money").unwrap();
        assert_eq!(money.by_value.matched, 1);
        assert_eq!(money.missed, ["a: 40000000 VND about"]);
        assert_eq!(money.spurious, ["a: 40000000 VND more_than"]);
    }

    #[test]
    fn roles_are_scored_with_people() {
        use crate::input::InputArticle;
        use crate::record::article_record;
        let text = "Dự có đồng chí Lê Quang Toản - Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh.";
        let record = article_record(&InputArticle::plain("a", text));
        let gold = gold_article(
            serde_json::json!({"people": [
                {"text": "Lê Quang Toản", "roles": ["Tỉnh ủy viên", "Chủ tịch LĐLĐ tỉnh"]}
            ]}),
            text,
        );
        let report = evaluate(&[gold], &[record]);
        let roles = report.get("roles").unwrap();
        assert_eq!((roles.by_value.gold, roles.by_value.matched), (2, 2));
        assert_eq!(roles.by_mention.matched, 2);
        // Gold without people scores no roles.
        let gold = gold_article(serde_json::json!({"dates": []}), text);
        let record = article_record(&InputArticle::plain("a", text));
        assert!(evaluate(&[gold], &[record]).get("roles").is_none());
    }

    #[test]
    fn locator_walks_in_order() {
        let text = "năm 2023 và năm 2024, năm 2023";
        let mut loc = Locator::new(text);
        assert_eq!(loc.find("năm 2023"), Some((0, 8)));
        assert_eq!(loc.find("năm 2023"), Some((22, 30)));
    }

    /// The first mention matching: every output scanned for every gold item.
    fn reference_mention_matches(gold: &[Item], output: &[Item]) -> usize {
        let mut used = vec![false; output.len()];
        let mut mention_matches = 0;
        for g in gold {
            let hit = output
                .iter()
                .enumerate()
                .position(|(k, o)| !used[k] && o.value == g.value && overlaps(g.span, o.span));
            if let Some(k) = hit {
                used[k] = true;
                mention_matches += 1;
            }
        }
        mention_matches
    }

    fn items(raw: &[(u8, Option<(usize, usize)>)]) -> Vec<Item> {
        raw.iter()
            .map(|&(value, span)| Item {
                value: value.to_string(),
                span: span.map(|(s, len)| (s, s + len)),
            })
            .collect()
    }

    proptest::proptest! {
        #[test]
        fn mention_matches_match_the_reference(
            gold in proptest::collection::vec((0u8..3, proptest::option::of((0usize..20, 1usize..4))), 0..12),
            output in proptest::collection::vec((0u8..3, proptest::option::of((0usize..20, 1usize..4))), 0..12),
        ) {
            let (gold, output) = (items(&gold), items(&output));
            let mut score = TypeScore::default();
            score_article("a", &gold, &output, &mut score);
            proptest::prop_assert_eq!(
                score.by_mention.matched,
                reference_mention_matches(&gold, &output)
            );
        }
    }

    /// The first locator: counts code points from the start of the text for every item.
    struct ReferenceLocator<'a> {
        text: &'a str,
        from: usize,
    }

    impl ReferenceLocator<'_> {
        fn find(&mut self, surface: &str) -> Option<(usize, usize)> {
            let needle = normalize(surface);
            if needle.is_empty() {
                return None;
            }
            let hit = self.text[self.from..]
                .find(&needle)
                .map(|i| i + self.from)
                .or_else(|| self.text.find(&needle))?;
            self.from = hit + needle.len();
            let start = self.text[..hit].chars().count();
            Some((start, start + needle.chars().count()))
        }
    }

    proptest::proptest! {
        #[test]
        fn locator_matches_the_reference(
            text in "[aăđ ờ1.]{0,40}",
            surfaces in proptest::collection::vec("[aăđ ờ1.]{0,3}", 0..12),
        ) {
            let mut new = Locator::new(&text);
            let mut old = ReferenceLocator { text: &text, from: 0 };
            for surface in &surfaces {
                proptest::prop_assert_eq!(new.find(surface), old.find(surface), "{:?}", surface);
            }
        }
    }
}
