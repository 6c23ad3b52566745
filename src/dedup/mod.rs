//! Duplicate articles and duplicate ids within a run, in memory that does not hold texts or
//! id strings per article.
//!
//! - [`fingerprint`]: a body's exact hash (its normalized words) and its SimHash (word
//!   3-shingles), in one pass;
//! - [`BodyRegistry`]: the first article with a body is its original; a later one with the
//!   same body (`exact`) or one within [`NEAR_BITS`] SimHash bits (`near`) gets a
//!   [`Duplicate`](crate::record::Duplicate) naming it;
//! - [`CompactIds`]: the ids claimed so far, as 128-bit hashes, for refusing a second record
//!   with an id already used (not a duplicate body: the same id sent twice).
//!
//! The run loop offers records in input order (see [`crate::batch`]), so the marks do not
//! depend on how many threads extracted them.

mod fingerprint;
mod hasher;
mod ids;
mod registry;
#[cfg(test)]
mod texts;
mod votes;

pub use fingerprint::{body_of, fingerprint, Fingerprint, MIN_WORDS, NEAR_BITS, SHINGLE_WORDS};
pub use ids::CompactIds;
pub use registry::BodyRegistry;

use crate::record::{DuplicateKind, Record};

/// Duplicates found in a run, by kind.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct DuplicateCounts {
    /// Records with the same normalized body as an earlier one.
    pub exact: usize,
    /// Records with a body within [`NEAR_BITS`] of an earlier one's.
    pub near: usize,
}

/// The fingerprint of a record's body (its `text` without the headline); `None` for a body of
/// fewer than [`MIN_WORDS`] words.
pub fn record_fingerprint(record: &Record) -> Option<Fingerprint> {
    fingerprint(body_of(&record.text, record.title.as_deref()))
}

/// Marks `record` when its body repeats one offered before under another id (else it becomes
/// an original), and counts it in `counts`.
pub fn mark_duplicate(
    bodies: &mut BodyRegistry,
    counts: &mut DuplicateCounts,
    record: &mut Record,
) {
    let fingerprint = record_fingerprint(record);
    mark_fingerprinted(bodies, counts, record, fingerprint.as_ref());
}

/// [`mark_duplicate`] with the record's fingerprint ([`record_fingerprint`]) computed already.
pub fn mark_fingerprinted(
    bodies: &mut BodyRegistry,
    counts: &mut DuplicateCounts,
    record: &mut Record,
    fingerprint: Option<&Fingerprint>,
) {
    let Some(fingerprint) = fingerprint else {
        return;
    };
    // The same id again (a record loaded twice) is not a copy of itself.
    record.duplicate = bodies
        .offer(&record.id, fingerprint)
        .filter(|duplicate| duplicate.of != record.id);
    match record.duplicate.as_ref().map(|d| d.kind) {
        Some(DuplicateKind::Exact) => counts.exact += 1,
        Some(DuplicateKind::Near) => counts.near += 1,
        None => {}
    }
}
