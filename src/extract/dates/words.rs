//! The characters and words right around a numeral: what it is glued to, the word before it.

use crate::normalize::chars::{is_alnum, is_alpha};

/// Four digits at the start of `s` that are not followed by a letter or digit.
pub(super) fn four_digit_year(s: &str) -> Option<i32> {
    let digits = s.get(..4)?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) || glued_after_at(s, 4) {
        return None;
    }
    digits.parse().ok()
}

/// Whether bytes `start..end` stand in parentheses: "(2023-2028)".
pub(super) fn in_parens(text: &str, start: usize, end: usize) -> bool {
    text[..start].ends_with('(') && text[end..].starts_with(')')
}

/// Whether a letter or digit follows byte `end`.
pub(super) fn glued_after_at(text: &str, end: usize) -> bool {
    text[end..].chars().next().is_some_and(is_alnum)
}

/// The greatest char boundary of `text` at or before byte `at`.
pub(super) fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The word just before `pos`, separated from it by exactly one space: (its start, the word).
pub(crate) fn word_before(text: &str, pos: usize) -> Option<(usize, &str)> {
    let before = text.get(..pos)?.strip_suffix(' ')?;
    let start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_alpha(*c))
        .last()
        .map(|(i, _)| i)?;
    Some((start, &before[start..]))
}

/// "từ" before a head that starts at `start`.
pub(super) fn from_before(text: &str, start: usize) -> Option<usize> {
    word_before(text, start)
        .filter(|(_, w)| w.eq_ignore_ascii_case("từ") || *w == "Từ")
        .map(|(s, _)| s)
}
