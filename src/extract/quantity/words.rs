//! Words around a quantity: case-insensitive matching of lower-case rule phrases at a place
//! in the text, word boundaries, and automata over rule words.

use aho_corasick::{AhoCorasick, MatchKind};

/// The word readers of the text toolkit the quantity rules use (one definition of a word
/// boundary for every extractor).
pub(crate) use crate::extract::text::{letters_at, letters_ending_at, word_end, word_start};
use crate::normalize::chars::{is_alnum, lower_aligned_char};

/// An aho-corasick automaton over lower-case `words`, plus their capitalized and upper-case
/// forms when `cased` (Vietnamese case folding is beyond aho-corasick's ASCII option).
pub(crate) fn build_ac(words: &[&str], cased: bool) -> AhoCorasick {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(ac_patterns(words, cased))
        .expect("rule word automaton builds")
}

/// The patterns of [`build_ac`]: `words`, plus their capitalized and upper-case forms when
/// `cased`, sorted, each once.
pub(crate) fn ac_patterns(words: &[&str], cased: bool) -> Vec<String> {
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
    patterns
}

/// Whether character `h` equals lower-case character `n`, ignoring case. Inlined into
/// [`prefix_ci`] and [`suffix_ci`] in every build (stop 27: some builds' codegen units left it
/// a call, 3.4 M more instructions on labour.jsonl's first 300 lines).
#[inline]
fn same_ci(h: char, n: char) -> bool {
    h == n || lower_aligned_char(h) == n
}

/// If `hay` starts with lower-case `needle` (ignoring case), the bytes of `hay` it covers.
pub(crate) fn prefix_ci(hay: &str, needle: &str) -> Option<usize> {
    // A character and its lower case have the same UTF-8 length (`lower_aligned_char`), so
    // a non-ASCII character never matches an ASCII one: the ASCII head of the needle is
    // compared byte by byte (rule phrases are tried after every number, most often against
    // the wrong word, which the first byte tells), the rest character by character.
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let mut i = 0;
    while let Some(&nb) = n.get(i) {
        if !nb.is_ascii() {
            break;
        }
        let hb = *h.get(i)?;
        if hb != nb && hb.to_ascii_lowercase() != nb {
            return None;
        }
        i += 1;
    }
    // `i` is a character boundary of both: the bytes before it are ASCII.
    let (hay, needle) = (hay.get(i..)?, needle.get(i..)?);
    let mut chars = hay.char_indices();
    for n in needle.chars() {
        let (_, h) = chars.next()?;
        if !same_ci(h, n) {
            return None;
        }
    }
    Some(i + chars.next().map_or(hay.len(), |(k, _)| k))
}

/// If `hay` starts with lower-case `needle` (ignoring case) followed by a word end, the
/// bytes it covers.
pub(crate) fn word_ci(hay: &str, needle: &str) -> Option<usize> {
    let n = prefix_ci(hay, needle)?;
    let ends_word = !needle.ends_with(|c: char| is_alnum(c));
    (ends_word || word_end(hay, n)).then_some(n)
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
    word_start(before, start).then_some(start)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The character-by-character definition of [`prefix_ci`].
    fn prefix_reference(hay: &str, needle: &str) -> Option<usize> {
        let mut chars = hay.char_indices();
        for n in needle.chars() {
            let (_, h) = chars.next()?;
            if !same_ci(h, n) {
                return None;
            }
        }
        Some(chars.next().map_or(hay.len(), |(i, _)| i))
    }

    proptest::proptest! {
        #[test]
        fn prefix_ci_is_the_per_character_comparison(
            hay in "[a-cA-CđĐạẠkK\u{212a}İi ]{0,6}",
            needle in "[a-cđạkiK ]{0,4}",
        ) {
            proptest::prop_assert_eq!(prefix_ci(&hay, &needle), prefix_reference(&hay, &needle));
        }
    }

    #[test]
    fn rule_words_match_ignoring_case() {
        assert_eq!(prefix_ci("Triệu đồng", "triệu"), Some("triệu".len()));
        assert_eq!(prefix_ci("USD", "usd"), Some(3));
        assert_eq!(prefix_ci("US", "usd"), None);
        assert_eq!(word_ci("đồng chí", "đồng"), Some("đồng".len()));
        assert_eq!(word_ci("đồngxu", "đồng"), None);
    }
}
