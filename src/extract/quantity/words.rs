//! Words around a quantity: case-insensitive matching of lower-case rule phrases at a place
//! in the text, word boundaries, and automata over rule words.

use aho_corasick::{AhoCorasick, MatchKind};

use crate::normalize::chars::{is_alnum, is_alpha, lower_aligned_char};

/// An aho-corasick automaton over lower-case `words`, plus their capitalized and upper-case
/// forms when `cased` (Vietnamese case folding is beyond aho-corasick's ASCII option).
pub(crate) fn build_ac(words: &[&str], cased: bool) -> AhoCorasick {
    let mut patterns: Vec<String> = Vec::new();
    for w in words {
        patterns.push(w.to_string());
        if cased {
            let mut chars = w.chars();
            if let Some(first) = chars.next() {
                patterns.push(first.to_uppercase().chain(chars).collect());
            }
            patterns.push(w.to_uppercase());
        }
    }
    patterns.sort();
    patterns.dedup();
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(&patterns)
        .expect("rule word automaton builds")
}

/// Whether character `h` equals lower-case character `n`, ignoring case.
fn same_ci(h: char, n: char) -> bool {
    h == n || lower_aligned_char(h) == n
}

/// If `hay` starts with lower-case `needle` (ignoring case), the bytes of `hay` it covers.
pub(crate) fn prefix_ci(hay: &str, needle: &str) -> Option<usize> {
    let mut chars = hay.char_indices();
    for n in needle.chars() {
        let (_, h) = chars.next()?;
        if !same_ci(h, n) {
            return None;
        }
    }
    Some(chars.next().map_or(hay.len(), |(i, _)| i))
}

/// If `hay` starts with lower-case `needle` (ignoring case) followed by a word end, the
/// bytes it covers.
pub(crate) fn word_ci(hay: &str, needle: &str) -> Option<usize> {
    let n = prefix_ci(hay, needle)?;
    let ends_word = !needle.ends_with(|c: char| is_alnum(c));
    (ends_word || at_word_end(hay, n)).then_some(n)
}

/// Whether no letter or digit follows byte `pos` of `text`.
pub(crate) fn at_word_end(text: &str, pos: usize) -> bool {
    text.get(pos..)
        .and_then(|r| r.chars().next())
        .is_none_or(|c| !is_alnum(c))
}

/// Whether no letter or digit precedes byte `pos` of `text`.
pub(crate) fn at_word_start(text: &str, pos: usize) -> bool {
    text.get(..pos)
        .and_then(|r| r.chars().next_back())
        .is_none_or(|c| !is_alnum(c))
}

/// If `before` ends with lower-case `needle` (ignoring case) that starts a word, where it
/// starts.
pub(crate) fn suffix_ci(before: &str, needle: &str) -> Option<usize> {
    let mut chars = before.char_indices().rev();
    let mut start = before.len();
    for n in needle.chars().rev() {
        let (i, h) = chars.next()?;
        if !same_ci(h, n) {
            return None;
        }
        start = i;
    }
    at_word_start(before, start).then_some(start)
}

/// The word of letters starting at byte `pos`, if any.
pub(crate) fn word_at(text: &str, pos: usize) -> &str {
    let rest = text.get(pos..).unwrap_or("");
    let len = rest.find(|c: char| !is_alpha(c)).unwrap_or(rest.len());
    &rest[..len]
}

/// The word of letters ending at byte `pos` (just before it), with its start.
pub(crate) fn word_before(text: &str, pos: usize) -> (usize, &str) {
    let Some(before) = text.get(..pos) else {
        return (pos, "");
    };
    let start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_alpha(*c))
        .last()
        .map_or(pos, |(i, _)| i);
    (start, &before[start..])
}
