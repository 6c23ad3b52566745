//! What the quantity tables (`rules/*.tsv`, read through [`crate::rules`]) share: one-column
//! word lists, and phrase lists tried longest first.

use crate::rules::{Line, Row, RuleError};

/// A row of a one-column word list: the word or phrase as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Word(pub &'static str);

impl Row for Word {
    fn from_line(line: &Line<'_>) -> Result<Self, RuleError> {
        Ok(Word(line.cells().first().copied().unwrap_or_default()))
    }
}

/// `rows` in table order, longest `key` first (so that the longest phrase matches): a stable
/// sort, so phrases of one length keep their table order.
pub(crate) fn longest_first<R>(mut rows: Vec<R>, key: impl Fn(&R) -> &str) -> Vec<R> {
    rows.sort_by_key(|row| std::cmp::Reverse(key(row).len()));
    rows
}
