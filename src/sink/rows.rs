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
//! - for each money amount, whether it restates an earlier amount of the article (see
//!   [`restatements`]): totals count each amount once;
//! - the month of each event: its date's month, else the publication month;
//! - for each event participant, the person of the article with that name.

use std::collections::HashMap;

use sha2::{Digest, Sha256};

use crate::dedup::Fingerprint;
use crate::record::{Granularity, Qualifier, Record};
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
    /// The fingerprint of the record's body.
    pub fingerprint: Option<Fingerprint>,
    pub published_date: Option<&'a str>,
    pub published_month: Option<&'a str>,
    pub published_year: Option<i32>,
    pub warnings_json: String,
    pub organizations: Vec<OrgRow<'a>>,
    pub date_years: Vec<Option<i32>>,
    pub money: Vec<Attribution<'a>>,
    /// For each amount: the index of the amount of the same article it restates, if any.
    pub money_repeat_of: Vec<Option<usize>>,
    pub member_counts: Vec<Attribution<'a>>,
    pub event_months: Vec<Option<&'a str>>,
    /// For each event, for each participant: the index of the person with that name.
    pub participant_persons: Vec<Vec<Option<usize>>>,
}

impl<'a> Derived<'a> {
    /// Derives the columns of `record`, whose [`record_hash`] is `record_sha256` and whose
    /// body's fingerprint is `fingerprint`.
    pub fn new(
        record: &'a Record,
        record_sha256: String,
        fingerprint: Option<Fingerprint>,
    ) -> Result<Self> {
        let warnings_json =
            serde_json::to_string(&record.warnings).map_err(|err| Error::json(&record.id, err))?;

        let published = record.published.as_deref();
        let published_date = published.and_then(iso_day);
        let published_month = published.and_then(iso_month);
        let published_year = published.and_then(iso_year);

        let organizations = organizations(record);
        let (money, member_counts) = if record.money.is_empty() && record.member_counts.is_empty() {
            (Vec::new(), Vec::new())
        } else {
            attributions(record, published_year)
        };
        let money_repeat_of = restatements(record, &money);

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
            fingerprint,
            published_date,
            published_month,
            published_year,
            warnings_json,
            organizations,
            date_years,
            money,
            money_repeat_of,
            member_counts,
            event_months,
            participant_persons,
        })
    }
}

/// Builds the rows a record adds beyond itself (what `Derived::new` derives, without a
/// database) and returns how many amounts and counts were attributed, for scaling checks
/// (`tests/scaling.rs`): building them must stay `n log n` in the mentions of one article.
///
/// # Errors
/// The record cannot be serialized (a number that is not finite).
pub fn derive_rows(record: &Record) -> Result<usize> {
    let derived = Derived::new(record, String::new(), None)?;
    Ok(derived.money.len()
        + derived.member_counts.len()
        + derived.money_repeat_of.iter().flatten().count())
}

/// The sha256 (hex) of a record's JSON: a stored article with the same hash is unchanged.
///
/// # Errors
/// The record cannot be serialized (a number that is not finite).
pub(crate) fn record_hash(record: &Record) -> Result<String> {
    /// Feeds what serde_json writes straight into the hash.
    struct HashWriter(Sha256);
    impl std::io::Write for HashWriter {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.update(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut writer = HashWriter(Sha256::new());
    serde_json::to_writer(&mut writer, record).map_err(|err| Error::json(&record.id, err))?;
    Ok(hex(&writer.0.finalize()))
}

/// The organization and year of each amount and each count of `record` (see the module
/// docs for the rules).
///
/// Each amount or count looks up its nearest organization and date by binary search in the
/// mentions sorted by position (`n log n`; comparing every amount with every mention was
/// quadratic in the mentions of one article).
fn attributions<'a>(
    record: &'a Record,
    published_year: Option<i32>,
) -> (Vec<Attribution<'a>>, Vec<Attribution<'a>>) {
    let main = main_organization(record);
    let sentences = SentenceIndex::new(&record.text);
    // Resolved organization mentions by position; a stable sort keeps record order among
    // mentions at the same position, and the last of them is the one the rule picks (as
    // `max_by_key` did).
    let mut orgs: Vec<(usize, &str)> = record
        .organizations
        .iter()
        .filter(|o| o.resolved)
        .map(|o| (o.start, o.canonical.as_str()))
        .collect();
    orgs.sort_by_key(|&(at, _)| at);
    // Dated mentions (not ranges) by position, then record order: of the dates nearest an
    // amount, the first in record order is picked (as `min_by_key` did).
    let mut dated: Vec<(usize, usize, i32)> = record
        .dates
        .iter()
        .filter(|d| d.granularity != Granularity::Range)
        .filter_map(|d| iso_year(&d.value).map(|y| (d.start, y)))
        .enumerate()
        .map(|(i, (at, year))| (at, i, year))
        .collect();
    dated.sort_unstable();

    let attribute = |start: usize| -> Attribution<'a> {
        let sentence = sentences.of(start);
        let mut attribution = Attribution::default();
        // The last mention before `start`; sentence numbers grow with positions, so when it
        // is in another sentence, none before `start` is in this one.
        let before = orgs.partition_point(|&(at, _)| at < start);
        let nearest_org = before
            .checked_sub(1)
            .and_then(|i| orgs.get(i))
            .filter(|&&(at, _)| sentences.of(at) == sentence);
        if let Some((_, canonical)) = nearest_org {
            attribution.organization = Some(canonical);
            attribution.organization_basis = Some("sentence");
        } else if let Some(org) = main {
            attribution.organization = Some(org);
            attribution.organization_basis = Some("article");
        }
        if let Some(year) = nearest_year(&dated, &sentences, sentence, start) {
            attribution.year = Some(year);
            attribution.year_basis = Some("sentence");
        } else if let Some(year) = published_year {
            attribution.year = Some(year);
            attribution.year_basis = Some("published");
        }
        attribution
    };
    let money = record.money.iter().map(|m| attribute(m.start)).collect();
    let counts = record
        .member_counts
        .iter()
        .map(|c| attribute(c.start))
        .collect();
    (money, counts)
}

/// The year of the dated mention of `sentence` nearest `start`, the first in record order on
/// ties; `dated` is `(position, record order, year)`, sorted.
///
/// The nearest mentions are the last at or before `start` and the first at or after it;
/// of the positions at that distance, the first entry (lowest record order) of each is a
/// candidate, and the lower record order wins.
fn nearest_year(
    dated: &[(usize, usize, i32)],
    sentences: &SentenceIndex,
    sentence: usize,
    start: usize,
) -> Option<i32> {
    // The first entry at the position of the entry at `i` (the lowest record order there).
    let first_at = |i: usize| -> Option<(usize, usize, i32)> {
        let (at, _, _) = *dated.get(i)?;
        dated
            .get(dated.partition_point(|&(a, _, _)| a < at))
            .copied()
    };
    let after = dated.partition_point(|&(at, _, _)| at < start);
    let before = dated.partition_point(|&(at, _, _)| at <= start);
    let candidates = [before.checked_sub(1).and_then(first_at), first_at(after)];
    let in_sentence = candidates
        .into_iter()
        .flatten()
        .filter(|&(at, _, _)| sentences.of(at) == sentence);
    let distance = in_sentence
        .clone()
        .map(|(at, _, _)| at.abs_diff(start))
        .min()?;
    in_sentence
        .filter(|&(at, _, _)| at.abs_diff(start) == distance)
        .min_by_key(|&(_, order, _)| order)
        .map(|(_, _, year)| year)
}

/// The identity of an amount: currency, `amount`, `amount_max` (as bits), vague or not.
type AmountValue<'k> = (&'k str, u64, Option<u64>, bool);

/// Which amounts of an article restate another (`repeat_of`: the index of the amount that
/// counts for them), so that totals count each amount once.
///
/// Mentions of the same value (currency, `amount`, `amount_max`, both or neither vague) in one
/// article are one amount unless their sentences say they differ: a different organization
/// named in the sentence (organization basis `sentence`), or a different year dated in it
/// (year basis `sentence`). A mention counts at the first mention of its value that agrees
/// with everything its own sentence says, preferring one whose sentence says more (both
/// organization and year, then either); when that is itself, it counts (`None`). The same
/// rule, in SQL, is migration 0002.
///
/// A mention's sentence says one of four things (nothing, an organization, a year, both), so
/// the mentions that agree with it are exactly those filed under that key: one pass files
/// each mention under the (at most four) keys it agrees with, keeping the best for each key,
/// and a second pass looks each mention's key up (linear; comparing every pair of mentions
/// of a value was quadratic).
pub(crate) fn restatements(
    record: &Record,
    attributions: &[Attribution<'_>],
) -> Vec<Option<usize>> {
    let n = record.money.len().min(attributions.len());
    let value = |i: usize| -> Option<AmountValue<'_>> {
        let m = record.money.get(i)?;
        Some((
            m.currency.as_str(),
            m.amount.to_bits(),
            m.amount_max.map(f64::to_bits),
            m.qualifier == Qualifier::Vague,
        ))
    };
    // What each mention's own sentence says: its organization and its year.
    let said = |i: usize| -> (Option<&str>, Option<i32>) {
        attributions.get(i).map_or((None, None), |a| {
            (
                a.organization
                    .filter(|_| a.organization_basis == Some("sentence")),
                a.year.filter(|_| a.year_basis == Some("sentence")),
            )
        })
    };
    type Key<'k> = (AmountValue<'k>, Option<&'k str>, Option<i32>);
    // For each value and what a sentence says: the best mention agreeing with it, and how
    // much that mention's own sentence says. Mentions come in order, so a later one replaces
    // the kept one only when its sentence says strictly more (the first wins ties).
    let mut best: HashMap<Key<'_>, (usize, usize)> = HashMap::new();
    for f in 0..n {
        let Some(v) = value(f) else { continue };
        let (org, year) = said(f);
        let says = usize::from(org.is_some()) + usize::from(year.is_some());
        let mut keys = vec![(v, None, None)];
        if org.is_some() {
            keys.push((v, org, None));
        }
        if year.is_some() {
            keys.push((v, None, year));
        }
        if org.is_some() && year.is_some() {
            keys.push((v, org, year));
        }
        for key in keys {
            let kept = best.entry(key).or_insert((f, says));
            if says > kept.1 {
                *kept = (f, says);
            }
        }
    }
    (0..n)
        .map(|i| {
            let (org, year) = said(i);
            let &(counted, _) = best.get(&(value(i)?, org, year))?;
            (counted != i).then_some(counted)
        })
        .collect()
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
                kind: Some(org.kind.as_str()),
                admin_level: org.admin_level.map(|l| l.as_str()),
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
    /// upper-case abbreviation ("TP. Hồ Chí Minh"): a `.` right after one to three upper-case
    /// letters (and no other letter) ends no sentence.
    ///
    /// Only line breaks and terminators are looked at, found by a byte scan; code point
    /// offsets are counted between them.
    fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        // Code point offset of byte `counted_to`.
        let (mut counted_to, mut chars) = (0usize, 0usize);
        let mut char_index = |byte: usize| -> usize {
            chars += bytes[counted_to..byte]
                .iter()
                .filter(|&&b| (b as i8) >= -0x40) // not a continuation byte
                .count();
            counted_to = byte;
            chars
        };
        for at in memchr::memchr3_iter(b'.', b'!', b'?', bytes)
            .chain(memchr::memchr_iter(b'\n', bytes))
            .collect::<std::collections::BTreeSet<usize>>()
        {
            if bytes[at] == b'\n' {
                starts.push(char_index(at) + 1);
                continue;
            }
            // A terminator ends a sentence when a whitespace character other than a line
            // break (which starts one anyway) follows it.
            let next = text[at + 1..].chars().next();
            if !next.is_some_and(|c| c.is_whitespace() && c != '\n') {
                continue;
            }
            if bytes[at] == b'.' {
                let mut letters = text[..at].chars().rev().take_while(|c| c.is_alphabetic());
                let abbreviation = letters
                    .by_ref()
                    .take(4)
                    .try_fold(0usize, |n, c| c.is_uppercase().then_some(n + 1))
                    .is_some_and(|n| (1..=3).contains(&n));
                if abbreviation {
                    continue;
                }
            }
            // The sentence starts after the whitespace character.
            starts.push(char_index(at) + 2);
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

/// The `source_kind` column value.
pub(crate) fn source_kind(record: &Record) -> &'static str {
    match record.source.kind {
        crate::record::SourceKind::File => "file",
        crate::record::SourceKind::Url => "url",
        crate::record::SourceKind::Stdin => "stdin",
    }
}

/// The `granularity` column value.
pub(crate) fn granularity(g: crate::record::Granularity) -> &'static str {
    match g {
        crate::record::Granularity::Day => "day",
        crate::record::Granularity::Month => "month",
        crate::record::Granularity::Year => "year",
        crate::record::Granularity::Range => "range",
    }
}

#[cfg(test)]
mod tests;
