//! Dates: full, partial with the year inferred, years as time references, ranges, terms.

use super::Document;
use crate::record::DateMention;

/// Finds the dates of `doc`, in text order.
pub fn extract_dates(_doc: &Document) -> Vec<DateMention> {
    Vec::new()
}
