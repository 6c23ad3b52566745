//! Two-word names after an occupation cue (`name_cues.tsv`: "HLV", "nghệ sĩ", "tiền vệ",
//! "Á hậu", …): a stage name, a player's short name or a foreign name written without a
//! family name ("HLV Hữu Thắng", "nghệ sĩ Trung Dân", "thủ môn Tiến Dũng", "tiền đạo Romelu
//! Lukaku"). Neither the family-name scan nor `foreign.rs` keeps them: the first word is no
//! family name, and a foreign name written alone needs a role, which a sport's position or
//! a stage title is not. The cue is the person context (`mod.rs`).
//!
//! Read: exactly two capitalized words right after the cue (a third capitalized word makes
//! the run something longer: "Hoa hậu Hoàn vũ Việt Nam" is a contest), neither a country
//! (`role_countries.tsv`, `foreign_places.tsv`) nor a word of `foreign_not_names.tsv`
//! ("cầu thủ Man City") nor a pair of `name_cue_not_names.tsv` ("Hoa hậu Trái Đất", "hậu
//! vệ Man United"), and not followed by a particle of a longer foreign name ("Thủ môn
//! Edwin Van der Sar"); `mod.rs` then drops a place ("Hoa hậu Việt Nam", "nhà văn Hà Nội")
//! and a name inside an organization, as it does any name.

use std::sync::LazyLock;

use crate::extract::candidates::{Candidates, KeywordSet};
use crate::extract::lexicon::phrases;
use crate::extract::text::{is_word_char, lower_aligned};
use crate::rules::Table;

/// `name_cues.tsv`: occupations and titles a two-word name is written right after.
pub static NAME_CUES: Table = Table::new(
    "extract/rules/name_cues.tsv",
    include_str!("../rules/name_cues.tsv"),
    &["cue", "source"],
    &["cue"],
);

/// `name_cue_not_names.tsv`: two capitalized words after a cue that are no person's name
/// (a country, a region, a club, a contest, a work).
pub static NAME_CUE_NOT_NAMES: Table = Table::new(
    "extract/rules/name_cue_not_names.tsv",
    include_str!("../rules/name_cue_not_names.tsv"),
    &["words", "source"],
    &["words"],
);

static NOT_NAMES: LazyLock<Vec<String>> = LazyLock::new(|| {
    phrases(&NAME_CUE_NOT_NAMES).expect("the embedded name_cue_not_names.tsv parses (tested)")
});

/// The cues, lower-cased, each with the space after it: the keywords of the one candidate
/// pass's [`KeywordSet::NameCues`] table.
static CUES: LazyLock<Vec<String>> = LazyLock::new(|| {
    phrases(&NAME_CUES)
        .expect("the embedded name_cues.tsv parses (tested)")
        .iter()
        .map(|c| format!("{} ", lower_aligned(c)))
        .collect()
});

/// The keywords of [`KeywordSet::NameCues`], in its pattern order.
pub(crate) fn name_cue_keywords() -> Vec<String> {
    CUES.clone()
}

/// The longest cue, in bytes: a cue whose name starts at or after a byte starts at most
/// this far before it.
fn longest_cue() -> usize {
    CUES.iter().map(String::len).max().unwrap_or(0)
}

/// The first cued name starting at or after byte `pos`: its start and end. The cues are
/// those of the one candidate pass (`candidates`), by start; a cue counts at a word start.
pub(super) fn cued_from(text: &str, candidates: &Candidates, pos: usize) -> Option<(usize, usize)> {
    let hits = candidates.hits(KeywordSet::NameCues);
    let first = hits.partition_point(|h| h.start + longest_cue() < pos);
    hits.get(first..)?.iter().find_map(|hit| {
        let boundary_before = text
            .get(..hit.start)
            .and_then(|h| h.chars().next_back())
            .is_none_or(|c| !is_word_char(c));
        if hit.end < pos || !boundary_before {
            return None;
        }
        two_words_at(text, hit.end).map(|end| (hit.end, end))
    })
}

/// The end of the two capitalized words at `start` when exactly two are written there (the
/// word after them is no capitalized word), neither a country nor a word that makes a run
/// an organization's.
fn two_words_at(text: &str, start: usize) -> Option<usize> {
    let rest = text.get(start..)?;
    let first_len = name_word_len(rest)?;
    let second_start = first_len + 1;
    if rest.as_bytes().get(first_len) != Some(&b' ') {
        return None;
    }
    let second_len = name_word_len(rest.get(second_start..)?)?;
    let end = second_start + second_len;
    let after = rest.get(end..).unwrap_or_default();
    let third_capital = after
        .strip_prefix(' ')
        .and_then(|r| r.chars().next())
        .is_some_and(char::is_uppercase);
    let particle = after
        .strip_prefix(' ')
        .and_then(|r| r.split(' ').next())
        .is_some_and(super::given::is_particle);
    if third_capital
        || particle
        || after
            .chars()
            .next()
            .is_some_and(|c| is_word_char(c) || c == '-')
    {
        return None;
    }
    let words = [rest.get(..first_len)?, rest.get(second_start..end)?];
    let pair = rest.get(..end)?;
    if super::stage::country_at(text, start).is_some()
        || NOT_NAMES.iter().any(|n| n == pair)
        || words
            .iter()
            .any(|w| super::foreign::not_a_name_word(w) || super::foreign::is_foreign_place(w))
    {
        return None;
    }
    Some(start + end)
}

/// The length of the name word at the start of `rest`: a capital, then lower-case letters,
/// maybe one lower-case part after a hyphen ("Geun-hye").
fn name_word_len(rest: &str) -> Option<usize> {
    let mut chars = rest.char_indices();
    let (_, first) = chars.next()?;
    if !first.is_uppercase() {
        return None;
    }
    let mut end = first.len_utf8();
    let mut hyphen = false;
    for (i, c) in chars {
        if c.is_lowercase() {
            end = i + c.len_utf8();
        } else if c == '-' && !hyphen && end == i {
            hyphen = true;
        } else {
            break;
        }
    }
    (end > first.len_utf8()).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_two_capitalized_words_only() {
        assert_eq!(
            two_words_at("Hữu Thắng cho biết", 0),
            Some("Hữu Thắng".len())
        );
        assert_eq!(two_words_at("Hữu Thắng.", 0), Some("Hữu Thắng".len()));
        assert_eq!(two_words_at("Hoàn Vũ Việt Nam", 0), None);
        assert_eq!(
            two_words_at("Park Geun-hye nói", 0),
            Some("Park Geun-hye".len())
        );
        assert_eq!(two_words_at("Hữu", 0), None);
    }
}
