//! Foreign names after "ông" / "bà": two or three capitalized words written without
//! Vietnamese letters, at least one of which no Vietnamese syllable spells ("bà Wang Yan",
//! "bà Theresa May", "ông Jeremy Corbyn"). They have no family name of `surnames.tsv`, so
//! the family-name scan of `mod.rs` does not see them.

use std::sync::LazyLock;

use regex::Regex;

/// "ông" or "bà" at a word start, then two or three capitalized words of ASCII letters, each
/// with at most one lower-case part after a hyphen ("bà Park Geun-hye").
static TITLED_ASCII_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:[Ôô]ng|[Bb]à) ([A-Z][a-z]+(?:-[a-z]+)?(?: [A-Z][a-z]+(?:-[a-z]+)?){1,2})\b")
        .expect("the foreign-name pattern builds")
});

/// The initial consonants of Vietnamese syllables, written without diacritics.
const INITIALS: [&str; 27] = [
    "", "b", "c", "ch", "d", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh",
    "p", "ph", "q", "qu", "r", "s", "t", "th", "tr", "v",
];

/// The final consonants of Vietnamese syllables.
const FINALS: [&str; 9] = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];

/// Whether `word` (ASCII letters, maybe a hyphen) could not be one Vietnamese syllable: an initial or a final
/// Vietnamese does not have ("Wang", "Hunt", "Davis") or two vowel groups ("Theresa").
fn not_a_syllable(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    let is_vowel = |c: char| "aeiouy".contains(c);
    let onset_len = lower.find(is_vowel).unwrap_or(lower.len());
    let (onset, rest) = lower.split_at(onset_len);
    let nucleus_len = rest.find(|c: char| !is_vowel(c)).unwrap_or(rest.len());
    let coda = &rest[nucleus_len..];
    !INITIALS.contains(&onset) || !FINALS.contains(&coda) || nucleus_len == 0
}

/// The first foreign name after "ông" / "bà" starting at or after byte `pos`: its start and
/// end. Words are ASCII letters only and at least one of them is [`not_a_syllable`], so that
/// a Vietnamese name written without diacritics ("ông Nguyen Van Hung") is not one.
pub(super) fn foreign_from(text: &str, pos: usize) -> Option<(usize, usize)> {
    let mut from = pos;
    while let Some(c) = text
        .get(from..)
        .and_then(|rest| TITLED_ASCII_NAME.captures(rest))
    {
        let name = c.get(1)?;
        if name.as_str().split(' ').any(not_a_syllable) {
            return Some((from + name.start(), from + name.end()));
        }
        from += name.end();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables() {
        for w in [
            "Nguyen", "Van", "Hung", "Yan", "May", "Thanh", "Quang", "Giap",
        ] {
            assert!(!not_a_syllable(w), "{w}");
        }
        for w in [
            "Wang",
            "Theresa",
            "Hunt",
            "Davis",
            "Jeremy",
            "Corbyn",
            "Andersson",
        ] {
            assert!(not_a_syllable(w), "{w}");
        }
    }

    #[test]
    fn only_names_with_a_foreign_word() {
        let text = "ông Nguyen Van Hung và bà Wang Yan, Điều phối viên";
        let (s, e) = foreign_from(text, 0).expect("found");
        assert_eq!(&text[s..e], "Wang Yan");
        assert_eq!(foreign_from("ông Nguyen Van Hung", 0), None);
        assert_eq!(foreign_from("ông Trump nói", 0), None);
    }
}
