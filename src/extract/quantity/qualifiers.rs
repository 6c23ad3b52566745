//! Qualifiers written before a quantity ("hơn", "gần", "tối đa"; `rules/qualifiers.tsv`) and
//! the vague markers before scale words ("hàng tỷ", "cả tỉ").

use std::sync::LazyLock;

use super::table::pairs_longest_first;
use super::words::{prefix_ci, suffix_ci};
use crate::record::Qualifier;

/// The rule file: columns phrase, qualifier.
pub(crate) const QUALIFIERS_TSV: &str = include_str!("../rules/qualifiers.tsv");

/// Qualifier phrases, longest first (lower case).
pub(crate) static QUALIFIERS: LazyLock<Vec<(&'static str, Qualifier)>> = LazyLock::new(|| {
    pairs_longest_first(QUALIFIERS_TSV)
        .into_iter()
        .filter_map(|(p, q)| Some((p, qualifier_named(q)?)))
        .collect()
});

/// The qualifier of its snake_case name.
pub(crate) fn qualifier_named(name: &str) -> Option<Qualifier> {
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
        .any(|(p, q)| *q == Qualifier::Vague && prefix_ci(word, p) == Some(word.len()))
}
