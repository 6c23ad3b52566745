//! What is compared: each mention of a type reduced to a value key, and each gold surface
//! located in the record text.

use serde_json::Value;

use crate::normalize::normalize;
use crate::record::{Qualifier, Record};

use super::GoldArticle;

/// A comparable value plus the gold or output surface it came from.
#[derive(Debug, Clone)]
pub(super) struct Item {
    /// The value key (see the module documentation of [`super`]).
    pub(super) value: String,
    /// The code point span, when known.
    pub(super) span: Option<(usize, usize)>,
}

pub(super) fn output_items(kind: &str, record: &Record) -> Vec<Item> {
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
        "money" => money_items(record, true),
        "money_amount" => money_items(record, false),
        "member_counts" => count_items(record, false),
        "member_counts_qualified" => count_items(record, true),
        "organizations" | "organizations_folded" => record
            .organizations
            .iter()
            .map(|o| Item {
                value: org_key(kind, &o.canonical),
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
        "events" | "events_organizer" => record
            .events
            .iter()
            .map(|e| Item {
                value: event_key(
                    e.event_type.as_str(),
                    e.date.as_deref(),
                    (kind == "events_organizer").then_some(e.organizer.as_deref()),
                ),
                span: span(e.start, e.end),
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// The money of a record, keyed with or without the qualifier.
fn money_items(record: &Record, with_qualifier: bool) -> Vec<Item> {
    record
        .money
        .iter()
        .map(|m| {
            let value = if with_qualifier {
                // A record's range is amount..amount_max with its qualifier; the gold's is
                // the qualifier "range".
                let qualifier = match m.amount_max {
                    Some(_) if m.qualifier == Qualifier::Exact => "range",
                    _ => m.qualifier.as_str(),
                };
                money_key(m.amount, m.amount_max, &m.currency, qualifier)
            } else {
                money_amount_key(m.amount, m.amount_max, &m.currency)
            };
            Item {
                value,
                span: Some((m.start, m.end)),
            }
        })
        .collect()
}

/// The member counts of a record, keyed with or without the qualifier.
fn count_items(record: &Record, with_qualifier: bool) -> Vec<Item> {
    record
        .member_counts
        .iter()
        .map(|c| {
            let qualifier = with_qualifier.then(|| c.qualifier.as_str());
            Item {
                value: count_key(c.count, c.category.as_str(), qualifier),
                span: Some((c.start, c.end)),
            }
        })
        .collect()
}

/// The value key of a member count: count, category and, for the qualified variant, the
/// qualifier.
fn count_key(count: u64, category: &str, qualifier: Option<&str>) -> String {
    match qualifier {
        Some(q) => format!("{count} {category} {q}"),
        None => format!("{count} {category}"),
    }
}

/// An amount as compared: whole amounts as integers (`60800000000`), others to six decimals
/// without trailing zeros (`0.06`), so that 0,06 USD is not 0 and float noise is ignored.
pub(super) fn amount_key(amount: f64) -> String {
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
pub(super) fn money_key(
    amount: f64,
    amount_max: Option<f64>,
    currency: &str,
    qualifier: &str,
) -> String {
    format!(
        "{} {qualifier}",
        money_amount_key(amount, amount_max, currency)
    )
}

/// The value key of a money mention without its qualifier: amount (a range as `MIN-MAX`)
/// and currency.
pub(super) fn money_amount_key(amount: f64, amount_max: Option<f64>, currency: &str) -> String {
    let amount = match amount_max {
        Some(max) => format!("{}-{}", amount_key(amount), amount_key(max)),
        None => amount_key(amount),
    };
    format!("{amount} {currency}")
}

/// The value key of an event: type and date (`conference 2024-01-17`, `null` without a
/// date) and, for the organizer variant, the organizer's canonical name (`| null` without
/// one).
fn event_key(event_type: &str, date: Option<&str>, organizer: Option<Option<&str>>) -> String {
    let date = date.unwrap_or("null");
    match organizer {
        Some(org) => format!(
            "{event_type} {date} | {}",
            org.map_or("null".into(), name_key)
        ),
        None => format!("{event_type} {date}"),
    }
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

/// An organization's key: the canonical name, or for `organizations_folded` the canonical
/// name in lower case (guideline decision 13: `Cụm Thi đua số 5` and `Cụm thi đua số 5` are
/// the same organization, so names that differ only in letter case name one entity).
fn org_key(kind: &str, canonical: &str) -> String {
    let key = name_key(canonical);
    if kind == "organizations_folded" {
        key.to_lowercase()
    } else {
        key
    }
}

pub(super) fn gold_items(kind: &str, article: &GoldArticle, text: &str) -> Vec<Item> {
    let entries = article
        .gold
        .get(super::gold_list(kind))
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let mut locator = Locator::new(text);
    entries
        .iter()
        .filter_map(|e| {
            let surface_field = match kind {
                "events" | "events_organizer" => "evidence",
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
                "money_amount" => money_amount_key(
                    e.get("amount")?.as_f64()?,
                    e.get("amount_max").and_then(Value::as_f64),
                    e.get("currency").and_then(Value::as_str).unwrap_or("VND"),
                ),
                "member_counts" | "member_counts_qualified" => count_key(
                    e.get("count")?.as_u64()?,
                    e.get("category")?.as_str()?,
                    (kind == "member_counts_qualified").then(|| {
                        e.get("qualifier")
                            .and_then(Value::as_str)
                            .unwrap_or("exact")
                    }),
                ),
                "organizations" | "organizations_folded" => {
                    org_key(kind, e.get("canonical")?.as_str()?)
                }
                "people" => name_key(e.get("text")?.as_str()?),
                "events" | "events_organizer" => event_key(
                    e.get("type")?.as_str()?,
                    e.get("date").and_then(Value::as_str),
                    (kind == "events_organizer")
                        .then(|| e.get("organizer").and_then(Value::as_str)),
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
pub(super) struct Locator<'a> {
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
    pub(super) fn new(text: &'a str) -> Self {
        Self {
            text,
            from: 0,
            counted: (0, 0),
        }
    }

    pub(super) fn find(&mut self, surface: &str) -> Option<(usize, usize)> {
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
