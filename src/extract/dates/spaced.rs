//! The reference of the candidate pass's spaced date words ([`KeywordSet::AgoUnits`],
//! [`KeywordSet::DayWords`]): one automaton over a table's words each written after a space
//! (" năm", " qua"), the date rules' own search from stop 21 to stop 28 (a `memmem` search
//! per word before). Tests only: the rules take the places from the candidate pass.
//!
//! The automaton holds the words without their space, so its prefilter keys on the words'
//! own bytes; a match counts when a space comes before it. The words have no space inside
//! and none is a prefix of another (a test checks the tables), so a match never covers the
//! space of another word's match nor starts where another word's match starts: the pass
//! finds every place of every word after a space, which is what the per-word searches found,
//! and what the candidate pass finds of the words with their space.
//!
//! [`KeywordSet::AgoUnits`]: crate::extract::candidates::KeywordSet::AgoUnits
//! [`KeywordSet::DayWords`]: crate::extract::candidates::KeywordSet::DayWords

use aho_corasick::{AhoCorasick, MatchKind};

/// Words to find after a space, in the order of their rows.
pub(super) struct SpacedWords {
    automaton: AhoCorasick,
}

impl SpacedWords {
    /// The automaton for `words` (rows of a rule table, built once).
    pub(super) fn new<I, W>(words: I) -> Self
    where
        I: IntoIterator<Item = W>,
        W: AsRef<[u8]>,
    {
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostFirst)
            .build(words)
            .expect("the words build an automaton");
        SpacedWords { automaton }
    }

    /// Every word of `hay` with a space before it, in text order: the word's row, the byte of
    /// its space and the word's end.
    pub(super) fn find<'h>(
        &'h self,
        hay: &'h str,
    ) -> impl Iterator<Item = (usize, usize, usize)> + 'h {
        let bytes = hay.as_bytes();
        self.automaton.find_iter(bytes).filter_map(move |m| {
            let space = m.start().checked_sub(1)?;
            (bytes.get(space) == Some(&b' ')).then(|| (m.pattern().as_usize(), space, m.end()))
        })
    }
}

/// Where `lower` has a day word of `OFFSETS.days` after a space, as the rules take them.
pub(super) fn day_words(lower: &str) -> Vec<(usize, usize, usize)> {
    SpacedWords::new(super::lexicon::OFFSETS.days.iter().map(|(w, _)| w))
        .find(lower)
        .collect()
}

/// Where `lower` has a word of `relative::WEEKDAY_WORDS` (row, start), row after row, each
/// in text order by `memmem::find_iter`: the searches the rule made before stop 28.
pub(super) fn weekday_words(lower: &str) -> Vec<(usize, usize)> {
    super::relative::WEEKDAY_WORDS
        .iter()
        .enumerate()
        .flat_map(|(row, (word, _))| {
            memchr::memmem::find_iter(lower.as_bytes(), word.as_bytes()).map(move |p| (row, p))
        })
        .collect()
}

/// Whether `words` may share one [`SpacedWords`]: none empty, none with a space, none a
/// prefix of another (nor the same).
pub(super) fn may_share(words: &[&str]) -> bool {
    words.iter().enumerate().all(|(i, w)| {
        !w.is_empty()
            && !w.contains(' ')
            && words
                .iter()
                .enumerate()
                .all(|(j, v)| i == j || !v.starts_with(w))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::dates::lexicon::OFFSETS;
    use memchr::memmem;

    /// The per-word searches the pass replaces: (row, space, end) by row, then text order.
    fn one_by_one(hay: &str, words: &[&str]) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        for (row, w) in words.iter().enumerate() {
            let needle = format!(" {w}");
            for p in memmem::find_iter(hay.as_bytes(), needle.as_bytes()) {
                out.push((row, p, p + needle.len()));
            }
        }
        out
    }

    #[test]
    fn the_date_tables_may_share_a_pass() {
        let days: Vec<&str> = OFFSETS.days.iter().map(|(w, _)| w.as_str()).collect();
        let units: Vec<&str> = OFFSETS.ago_units.iter().map(|(w, _)| w.as_str()).collect();
        assert!(may_share(&days), "{days:?}");
        assert!(may_share(&units), "{units:?}");
        assert!(!may_share(&["năm", "năm nay"]));
        assert!(!may_share(&["qua", "qua"]));
    }

    /// The candidate pass's places of both tables against this automaton's, on the seed
    /// articles and on odd joins of the words.
    #[test]
    fn the_candidate_pass_finds_what_the_automaton_found() {
        use crate::extract::candidates::KeywordSet;
        use crate::extract::Document;
        let units: Vec<&str> = OFFSETS.ago_units.iter().map(|(w, _)| w.as_str()).collect();
        let days: Vec<&str> = OFFSETS.days.iter().map(|(w, _)| w.as_str()).collect();
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let mut texts: Vec<String> = std::fs::read_dir(corpus)
            .expect("corpus/")
            .map(|e| std::fs::read_to_string(e.expect("entry").path()).expect("text"))
            .collect();
        texts.push("Trưa hai hôm trước, cách đây 5 tháng và 3 NĂM trước, hôm nay".into());
        texts.push(" hôm hôm  nay nay năm  năm\nngày kia quan qua  tuầntháng".into());
        texts.push("thứ thứ hai, Chủ nhật chủ nhậtchủ nhật, vào thứ Bảy, THỨ BA".into());
        let mut checked = 0;
        for text in &texts {
            let doc = Document::from_text(text);
            for (table, words) in [
                (KeywordSet::AgoUnits, &units),
                (KeywordSet::DayWords, &days),
            ] {
                let found: Vec<_> = super::super::spaced_hits(doc.candidates(), table).collect();
                let own: Vec<_> = SpacedWords::new(words.iter()).find(&doc.lower).collect();
                assert_eq!(found, own, "{table:?} {text:?}");
                checked += found.len();
            }
            let found: Vec<_> = super::super::weekday_starts(doc.candidates()).collect();
            assert_eq!(found, weekday_words(&doc.lower), "{text:?}");
        }
        assert!(checked > 100, "{checked}");
    }

    #[test]
    fn finds_what_the_per_word_searches_found() {
        let units: Vec<&str> = OFFSETS.ago_units.iter().map(|(w, _)| w.as_str()).collect();
        let days: Vec<&str> = OFFSETS.days.iter().map(|(w, _)| w.as_str()).collect();
        // labour.jsonl: "Trưa hai hôm trước", "cách đây 5 tháng"; odd joins around them.
        let hays = [
            "Trưa hai hôm trước, cách đây 5 tháng và 3 năm trước, hôm nay hay ngày mai",
            "năm ngày hôm qua  tuầntháng nămnăm  năm\nngày kia quan qua",
            " hôm hôm  nay nay",
            "",
            " ",
        ];
        for hay in hays {
            for words in [&units, &days] {
                let shared = SpacedWords::new(words.iter());
                let mut found: Vec<_> = shared.find(hay).collect();
                found.sort_by_key(|&(row, p, _)| (row, p));
                assert_eq!(found, one_by_one(hay, words), "{hay:?}");
            }
        }
    }
}
