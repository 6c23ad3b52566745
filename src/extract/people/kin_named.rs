//! A foreign full name written alone is a person's when the article also calls that person
//! by the name's last word after a kinship title: "… giữa Patrick Bennett … đang ổn", ông
//! Bennett nói" (labour.jsonl baomoi-21473833), "Emmanuel Macron … đối đầu với ông
//! Macron". The title says the name is a person's; the full name is the person's first full
//! surface, which the gold sets write (GUIDELINES.md "People": "`text` is the first full
//! surface of the name"). Before, the full name was dropped (a foreign name written alone
//! needs a role, `mod.rs`) and the title's given name too, being the last word of a full name
//! the article writes (`given.rs`): the person was lost.
//!
//! Stop 21 (RULES.md "Stop 21 — people and money"): corpus-real counts and the precision
//! sample are there.

use std::collections::HashSet;

use super::given::{title_case_word, titles};
use crate::extract::candidates::{Candidates, KeywordSet};

/// The words written right after a kinship title ("ông", "bà", "anh", "chị"; "Ông", "Bà",
/// "Chị" opening a sentence), each one title-case word: the last words a foreign full name
/// may end with to be a person's ([`titled_last_word`]).
pub(super) fn kin_words<'t>(text: &'t str, candidates: &Candidates) -> HashSet<&'t str> {
    titles(text, candidates.hits(KeywordSet::KinshipTitles))
        .filter_map(|(_, start)| {
            let end = title_case_word(text, start)?;
            text.get(start..end)
        })
        .collect()
}

/// Whether the last word of `name` (a foreign full name of two words or more) is one of
/// the `kin` words: the article calls its bearer "ông/bà <last word>".
pub(super) fn titled_last_word(name: &str, kin: &HashSet<&str>) -> bool {
    match name.rsplit_once(' ') {
        Some((_, last)) => kin.contains(last),
        None => false,
    }
}

/// Where the last two words of the name at `start..end` start when it has three words or
/// more: such a run read by [`titled_last_word`] opens with a word of a place, a source or a
/// sentence ("bang Queensland Larissa Waters", "điện Kremlin Dmitry Peskov", "Ảnh: Reuters
/// Abdi Bashir", "Theo Paul Chang"), which the kinship title's surname does not include; a
/// general-10k read of the 30 such runs: 22 of that kind, 8 three-word names ("Andre Louis
/// Auziere"), cut so.
pub(super) fn last_two_words(text: &str, start: usize, end: usize) -> Option<usize> {
    let name = text.get(start..end)?;
    let mut spaces = name.rmatch_indices(' ').map(|(i, _)| i);
    let _last = spaces.next()?;
    let second_last = spaces.next()?;
    Some(start + second_last + 1)
}

/// The words after the kinship titles of one text, read once a foreign name alone needs them.
pub(super) struct KinNamed<'t, 'c> {
    text: &'t str,
    candidates: &'c Candidates,
    words: Option<HashSet<&'t str>>,
}

impl<'t, 'c> KinNamed<'t, 'c> {
    /// Nothing read yet of `text`, whose candidates are `candidates`.
    pub(super) fn new(text: &'t str, candidates: &'c Candidates) -> Self {
        Self {
            text,
            candidates,
            words: None,
        }
    }

    /// Where the person's name starts when the foreign full name at `start..end`, written
    /// alone and `wanted` (no role, no age), is called by its last word after a kinship
    /// title ([`titled_last_word`]): its start, or its last two words' ([`last_two_words`]);
    /// `None` when it is not.
    pub(super) fn name_start(&mut self, wanted: bool, start: usize, end: usize) -> Option<usize> {
        if !wanted {
            return None;
        }
        let text = self.text;
        let name = text.get(start..end)?;
        let candidates = self.candidates;
        let words = self
            .words
            .get_or_insert_with(|| kin_words(text, candidates));
        titled_last_word(name, words).then(|| last_two_words(text, start, end).unwrap_or(start))
    }
}
