//! What both sinks store beyond the record itself: derived columns and links.
//!
//! - `published_date`/`month`/`year` from `published` (`YYYY-MM-DD` or RFC 3339);
//! - the distinct organizations of an article (resolved mentions, event organizers, role
//!   organizations);
//! - for each money amount and member count, the organization and the year it is attributed
//!   to: the nearest resolved organization mention before it in the same sentence (basis
//!   `sentence`), else the article's main organization, the resolved canonical mentioned most
//!   often, earliest first on ties (basis `article`); the year of the nearest dated mention
//!   (not a range) in the same sentence (basis `sentence`), else the publication year (basis
//!   `published`);
//! - the month of each event: its date's month, else the publication month;
//! - for each event participant, the person of the article with that name.

use std::collections::HashMap;

use sha2::{Digest, Sha256};

use crate::record::{Granularity, Record};
use crate::{Error, Result};

/// A distinct organization named in an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct OrgRow<'a> {
    pub canonical: &'a str,
    pub kind: Option<&'a str>,
    pub admin_level: Option<&'a str>,
    pub area: Option<&'a str>,
}

/// The organization and year an amount or count is attributed to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Attribution<'a> {
    pub organization: Option<&'a str>,
    pub organization_basis: Option<&'static str>,
    pub year: Option<i32>,
    pub year_basis: Option<&'static str>,
}

/// The derived columns of one record.
#[derive(Debug)]
pub(crate) struct Derived<'a> {
    pub record_sha256: String,
    pub published_date: Option<&'a str>,
    pub published_month: Option<&'a str>,
    pub published_year: Option<i32>,
    pub warnings_json: String,
    pub organizations: Vec<OrgRow<'a>>,
    pub date_years: Vec<Option<i32>>,
    pub money: Vec<Attribution<'a>>,
    pub member_counts: Vec<Attribution<'a>>,
    pub event_months: Vec<Option<&'a str>>,
    /// For each event, for each participant: the index of the person with that name.
    pub participant_persons: Vec<Vec<Option<usize>>>,
}

impl<'a> Derived<'a> {
    /// Derives the columns of `record`.
    pub fn new(record: &'a Record) -> Result<Self> {
        let json = serde_json::to_vec(record).map_err(|err| Error::json(&record.id, err))?;
        let record_sha256 = hex(&Sha256::digest(&json));
        let warnings_json =
            serde_json::to_string(&record.warnings).map_err(|err| Error::json(&record.id, err))?;

        let published = record.published.as_deref();
        let published_date = published.and_then(iso_day);
        let published_month = published.and_then(iso_month);
        let published_year = published.and_then(iso_year);

        let organizations = organizations(record);
        let main = main_organization(record);
        let sentences = SentenceIndex::new(&record.text);
        let dated: Vec<(usize, i32)> = record
            .dates
            .iter()
            .filter(|d| d.granularity != Granularity::Range)
            .filter_map(|d| iso_year(&d.value).map(|y| (d.start, y)))
            .collect();

        let attribute = |start: usize| -> Attribution<'a> {
            let sentence = sentences.of(start);
            let mut attribution = Attribution::default();
            let nearest_org = record
                .organizations
                .iter()
                .filter(|o| o.resolved && o.start < start && sentences.of(o.start) == sentence)
                .max_by_key(|o| o.start);
            if let Some(org) = nearest_org {
                attribution.organization = Some(org.canonical.as_str());
                attribution.organization_basis = Some("sentence");
            } else if let Some(org) = main {
                attribution.organization = Some(org);
                attribution.organization_basis = Some("article");
            }
            let nearest_year = dated
                .iter()
                .filter(|(at, _)| sentences.of(*at) == sentence)
                .min_by_key(|(at, _)| at.abs_diff(start));
            if let Some((_, year)) = nearest_year {
                attribution.year = Some(*year);
                attribution.year_basis = Some("sentence");
            } else if let Some(year) = published_year {
                attribution.year = Some(year);
                attribution.year_basis = Some("published");
            }
            attribution
        };
        let money = record.money.iter().map(|m| attribute(m.start)).collect();
        let member_counts = record
            .member_counts
            .iter()
            .map(|c| attribute(c.start))
            .collect();

        let date_years = record.dates.iter().map(|d| iso_year(&d.value)).collect();
        let event_months = record
            .events
            .iter()
            .map(|e| e.date.as_deref().and_then(iso_month).or(published_month))
            .collect();
        let mut person_by_name: HashMap<&str, usize> = HashMap::new();
        for (i, person) in record.people.iter().enumerate() {
            person_by_name.entry(person.name.as_str()).or_insert(i);
        }
        let participant_persons = record
            .events
            .iter()
            .map(|e| {
                e.participants
                    .iter()
                    .map(|name| person_by_name.get(name.as_str()).copied())
                    .collect()
            })
            .collect();

        Ok(Self {
            record_sha256,
            published_date,
            published_month,
            published_year,
            warnings_json,
            organizations,
            date_years,
            money,
            member_counts,
            event_months,
            participant_persons,
        })
    }
}

/// Mention rows a record adds (everything but the article row and organizations).
pub(crate) fn mention_rows(record: &Record) -> usize {
    record.dates.len()
        + record.money.len()
        + record.member_counts.len()
        + record.organizations.len()
        + record.people.len()
        + record.people.iter().map(|p| p.roles.len()).sum::<usize>()
        + record.events.len()
        + record
            .events
            .iter()
            .map(|e| e.participants.len())
            .sum::<usize>()
}

/// The distinct organizations of a record: resolved mentions first (with their kind), then
/// event organizers and role organizations not seen among them (kind unknown).
fn organizations(record: &Record) -> Vec<OrgRow<'_>> {
    let mut rows: Vec<OrgRow<'_>> = Vec::new();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for org in record.organizations.iter().filter(|o| o.resolved) {
        seen.entry(org.canonical.as_str()).or_insert_with(|| {
            rows.push(OrgRow {
                canonical: &org.canonical,
                kind: Some(&org.kind),
                admin_level: org.admin_level.as_deref(),
                area: org.area.as_deref(),
            });
            rows.len() - 1
        });
    }
    let others = record
        .events
        .iter()
        .filter_map(|e| e.organizer.as_deref())
        .chain(
            record
                .people
                .iter()
                .flat_map(|p| p.role_pairs().filter_map(|(_, org)| org)),
        );
    for canonical in others {
        seen.entry(canonical).or_insert_with(|| {
            rows.push(OrgRow {
                canonical,
                kind: None,
                admin_level: None,
                area: None,
            });
            rows.len() - 1
        });
    }
    rows
}

/// The resolved canonical mentioned most often; the earliest first on ties.
fn main_organization(record: &Record) -> Option<&str> {
    let mut counts: HashMap<&str, (usize, usize)> = HashMap::new();
    for (i, org) in record.organizations.iter().enumerate() {
        if org.resolved {
            counts.entry(&org.canonical).or_insert((0, i)).0 += 1;
        }
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.1 .1.cmp(&a.1 .1)))
        .map(|(name, _)| name)
}

/// Sentence numbers of code point offsets.
struct SentenceIndex {
    /// Code point offsets where a sentence starts, ascending, starting with 0.
    starts: Vec<usize>,
}

impl SentenceIndex {
    /// Splits at line breaks and at `.`, `!`, `?` followed by a space, except after a short
    /// upper-case abbreviation ("TP. Hồ Chí Minh").
    fn new(text: &str) -> Self {
        let mut starts = vec![0];
        let mut terminator = false;
        let mut token_len = 0usize;
        let mut token_upper = true;
        for (i, c) in text.chars().enumerate() {
            if c == '\n' {
                starts.push(i + 1);
                terminator = false;
            } else if c.is_whitespace() {
                if terminator {
                    starts.push(i + 1);
                }
                terminator = false;
            } else {
                terminator = matches!(c, '.' | '!' | '?')
                    && !(c == '.' && token_upper && (1..=3).contains(&token_len));
            }
            if c.is_alphabetic() {
                token_len += 1;
                token_upper &= c.is_uppercase();
            } else {
                token_len = 0;
                token_upper = true;
            }
        }
        Self { starts }
    }

    /// The sentence number of a code point offset.
    fn of(&self, at: usize) -> usize {
        self.starts.partition_point(|&s| s <= at).saturating_sub(1)
    }
}

/// `YYYY-MM-DD` at the start of `value`.
fn iso_day(value: &str) -> Option<&str> {
    let day = value.get(..10)?;
    let b = day.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    (digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10)).then_some(day)
}

/// `YYYY-MM` at the start of `value`.
fn iso_month(value: &str) -> Option<&str> {
    let month = value.get(..7)?;
    let b = month.as_bytes();
    (b[..4].iter().all(u8::is_ascii_digit) && b[4] == b'-' && b[5..].iter().all(u8::is_ascii_digit))
        .then_some(month)
}

/// The year at the start of `value` (`YYYY…`).
fn iso_year(value: &str) -> Option<i32> {
    let year = value.get(..4)?;
    if year.bytes().all(|b| b.is_ascii_digit())
        && value.as_bytes().get(4).is_none_or(|b| !b.is_ascii_digit())
    {
        year.parse().ok()
    } else {
        None
    }
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(out, "{b:02x}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_parts() {
        assert_eq!(iso_day("2024-02-01T08:00:00+07:00"), Some("2024-02-01"));
        assert_eq!(iso_day("2024-02"), None);
        assert_eq!(iso_month("2024-02-01"), Some("2024-02"));
        assert_eq!(iso_month("2024/2028"), None);
        assert_eq!(iso_month("--12-12"), None);
        assert_eq!(iso_year("2023/2028"), Some(2023));
        assert_eq!(iso_year("2024-02"), Some(2024));
        assert_eq!(iso_year("--12-12"), None);
        assert_eq!(iso_year("20245"), None);
    }

    #[test]
    fn sentences() {
        let text = "Năm 2023, LĐLĐ TP. Hồ Chí Minh chi 5 tỷ đồng. Tổng số 27.152 đoàn viên!\nMới";
        let index = SentenceIndex::new(text);
        let at = |needle: &str| text[..text.find(needle).unwrap()].chars().count();
        assert_eq!(index.of(at("Hồ")), 0);
        assert_eq!(index.of(at("5 tỷ")), 0);
        assert_eq!(index.of(at("27.152")), 1);
        assert_eq!(index.of(at("Mới")), 2);
    }
}
