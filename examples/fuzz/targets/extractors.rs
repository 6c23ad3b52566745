//! The extractor targets: dates, money, member counts and entities on a normalized text, as
//! the pipeline builds its document from plain text.

use chrono::NaiveDate;
use union_news::extract::{self, Document};
use union_news::normalize::normalize;

use super::invariants::{check_counts, check_dates, check_entities, check_money};
use super::{text_of, Features, Outcome};

/// A fixed publication date for the extractor targets, so that year inference runs.
fn published() -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2024, 1, 17)
}

/// A document as the pipeline builds it from plain text: normalized, no headline.
fn document(data: &[u8]) -> Document {
    Document::new(None, &normalize(&text_of(data)), published())
}

/// The date extractor on a normalized text.
pub fn dates(data: &[u8]) -> Outcome {
    let doc = document(data);
    let mut f = Features::default();
    check_dates(&doc.text, &extract::dates::extract_dates(&doc), &mut f)?;
    Ok(f)
}

/// The money extractor on a normalized text.
pub fn money(data: &[u8]) -> Outcome {
    let doc = document(data);
    let mut f = Features::default();
    check_money(&doc.text, &extract::money::extract_money(&doc), &mut f)?;
    Ok(f)
}

/// The member-count extractor on a normalized text.
pub fn counts(data: &[u8]) -> Outcome {
    let doc = document(data);
    let mut f = Features::default();
    check_counts(
        &doc.text,
        &extract::counts::extract_member_counts(&doc),
        &mut f,
    )?;
    Ok(f)
}

/// Organizations, people and events (with the dates the pipeline would give them).
pub fn entities(data: &[u8]) -> Outcome {
    let doc = document(data);
    let dates = extract::dates::extract_dates(&doc);
    let found = extract::orgs::extract_entities(&doc, &dates);
    let mut f = Features::default();
    check_entities(
        &doc.text,
        &found.organizations,
        &found.people,
        &found.events,
        &mut f,
    )?;
    Ok(f)
}
