//! The characters and words right around a numeral: what it is glued to, the word before it.

/// The text toolkit's readers the date rules use: the letters just before a position
/// (after one space) and a character boundary.
pub(crate) use crate::extract::text::{floor_boundary, letter_word_before};
use crate::normalize::chars::is_alnum;

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

/// "từ" before a head that starts at `start`.
pub(super) fn from_before(text: &str, start: usize) -> Option<usize> {
    letter_word_before(text, start)
        .filter(|(_, w)| w.eq_ignore_ascii_case("từ") || *w == "Từ")
        .map(|(s, _)| s)
}
