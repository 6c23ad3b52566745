//! Qualifiers written before a quantity ("hơn", "gần", "tối đa"; `rules/qualifiers.tsv`) and
//! the vague markers before scale words ("hàng tỷ", "cả tỉ").

use std::sync::LazyLock;

use super::table::longest_first;
use super::words::{prefix_ci, suffix_ci};
use crate::record::Qualifier;
use crate::rules::{FromCell, Line, Row, RuleError, Table};

/// The rule table: qualifier phrases (lower case) and their qualifiers.
pub(crate) static QUALIFIERS_TSV: Table = Table::new(
    "extract/rules/qualifiers.tsv",
    include_str!("../rules/qualifiers.tsv"),
    &["phrase", "qualifier"],
    &["phrase"],
);

/// A row of [`QUALIFIERS_TSV`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct QualifierRow {
    /// The phrase, lower case.
    pub phrase: &'static str,
    /// What it says about the quantity after it.
    pub qualifier: Qualifier,
}

impl Row for QualifierRow {
    fn from_line(line: &Line<'_>) -> Result<Self, RuleError> {
        Ok(QualifierRow {
            phrase: line.get("phrase")?,
            qualifier: line.get("qualifier")?,
        })
    }
}

/// A qualifier by its snake_case name ("more_than").
impl FromCell for Qualifier {
    fn from_cell(cell: &'static str) -> Result<Self, String> {
        qualifier_named(cell).ok_or_else(|| {
            "unknown qualifier; expected one of exact, more_than, less_than, about, at_least, \
             at_most, vague"
                .to_string()
        })
    }
}

/// Qualifier phrases, longest first (lower case); a malformed table (caught by the tests)
/// yields none.
pub(crate) static QUALIFIERS: LazyLock<Vec<(&'static str, Qualifier)>> = LazyLock::new(|| {
    let rows: Vec<QualifierRow> = QUALIFIERS_TSV.load().unwrap_or_default();
    longest_first(rows, |row| row.phrase)
        .into_iter()
        .map(|row| (row.phrase, row.qualifier))
        .collect()
});

/// The qualifier of its snake_case name.
fn qualifier_named(name: &str) -> Option<Qualifier> {
    Some(match name {
        "exact" => Qualifier::Exact,
        "more_than" => Qualifier::MoreThan,
        "less_than" => Qualifier::LessThan,
        "about" => Qualifier::About,
        "at_least" => Qualifier::AtLeast,
        "at_most" => Qualifier::AtMost,
        "vague" => Qualifier::Vague,
        _ => return None,
    })
}

/// The qualifier written just before byte `start` (one space between) and where it starts.
/// Vague markers ("hàng", "cả") qualify scale words only, so they are not looked for here.
pub(crate) fn qualifier_before(text: &str, start: usize) -> Option<(usize, Qualifier)> {
    let before = text.get(..start)?.strip_suffix(' ')?;
    QUALIFIERS
        .iter()
        .filter(|(_, q)| *q != Qualifier::Vague)
        .find_map(|(phrase, q)| Some((suffix_ci(before, phrase)?, *q)))
        .filter(|(_, q)| *q != Qualifier::Exact)
}

/// Whether `word` marks a vague round amount before scale words ("hàng tỷ", "cả tỉ").
pub(crate) fn is_vague_marker(word: &str) -> bool {
    QUALIFIERS
        .iter()
        // A match covers as many bytes as the phrase (a character and its lower case have
        // one UTF-8 length): the length tells most rows apart without a comparison.
        .any(|(p, q)| {
            *q == Qualifier::Vague
                && p.len() == word.len()
                && prefix_ci(word, p) == Some(word.len())
        })
}
