//! [`super::name_from`] against the unanchored name pattern it replaces.

use regex::Regex;

use super::{name_from, name_pattern, LEXICON};
use crate::extract::candidates::Candidates;
use crate::extract::text::lower_aligned;

/// The name pattern without its anchor, searched from a position as before.
fn unanchored() -> Regex {
    Regex::new(&name_pattern()).expect("builds")
}

proptest::proptest! {
    #[test]
    fn anchored_at_each_family_name_finds_what_the_unanchored_search_finds(
        pieces in proptest::collection::vec((0usize..1_000, 0usize..5), 0..16),
        from in 0usize..64,
    ) {
        let words = ["Văn", "An", "Thị", "Hà", "Nội", "ông", "x", "Đ", "ĐĐ", "1", "Ăn", "ân"];
        let glue = [" ", "", ", ", "\n", "  "];
        let mut text = String::new();
        for (word, g) in pieces {
            let surnames = &LEXICON.surnames;
            if word % 2 == 0 {
                text.push_str(&surnames[word / 2 % surnames.len()]);
            } else {
                text.push_str(words[word / 2 % words.len()]);
            }
            text.push_str(glue[g]);
        }
        let mut pos = from.min(text.len());
        while !text.is_char_boundary(pos) {
            pos += 1;
        }
        let expected = unanchored().find_at(&text, pos).map(|m| (m.start(), m.end()));
        let candidates = Candidates::new(&text, &lower_aligned(&text));
        let found = name_from(&text, &candidates, pos).map(|m| (m.start(), m.end()));
        proptest::prop_assert_eq!(found, expected, "{:?} from {}", text, pos);
    }
}
