//! Foreign names: two or three capitalized words written without Vietnamese letters, at
//! least one of which no Vietnamese syllable spells, after "ông" / "bà" ("bà Wang Yan", "bà
//! Theresa May", "ông Jeremy Corbyn") or alone ("Tổng thống Nga Vladimir Putin", "Matt
//! Soane - Tổng giám đốc Công nghệ Ocado": `mod.rs` keeps those with a role, as it does a
//! name without a title). They have no family name of `surnames.tsv`, so the family-name
//! scan of `mod.rs` does not see them.
//!
//! A name written alone is the end of a run of such words: a country of
//! `foreign_places.tsv` opening the run is the role's ("Nga", "Anh", "Campuchia"), and so
//! is the first word of a longer run after a capitalized word ("Hà Lan Mark Rutte").

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::candidates::{Candidates, Hit, KeywordSet};
use crate::extract::lexicon::phrases;
use crate::extract::starts::ByFirstByte;
use crate::rules::Table;

/// `foreign_places.tsv`: countries and foreign places written in ASCII letters that open a
/// run of capitalized words before a foreign name.
pub static FOREIGN_PLACES: Table = Table::new(
    "extract/rules/foreign_places.tsv",
    include_str!("../rules/foreign_places.tsv"),
    &["place"],
    &["place"],
);

static PLACES: LazyLock<Vec<String>> = LazyLock::new(|| {
    phrases(&FOREIGN_PLACES).expect("the embedded foreign_places.tsv parses (tested)")
});

/// `foreign_not_names.tsv`: words that make a run of capitalized ASCII words an
/// organization's or a work's name ("Fox News", "The Heirs").
pub static FOREIGN_NOT_NAMES: Table = Table::new(
    "extract/rules/foreign_not_names.tsv",
    include_str!("../rules/foreign_not_names.tsv"),
    &["word"],
    &["word"],
);

static NOT_NAMES: LazyLock<Vec<String>> = LazyLock::new(|| {
    phrases(&FOREIGN_NOT_NAMES).expect("the embedded foreign_not_names.tsv parses (tested)")
});

/// A run of two or more capitalized words of ASCII letters (each with at most one lower-case
/// part after a hyphen), ending at a word boundary, anchored at the start of what it reads:
/// [`untitled_at`] reads the run at a given word and [`ascii_run_from`] at each start
/// [`run_may_start`] lets through, so that no search runs on over the rest of the text.
static ASCII_RUN_AT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[A-Z][a-z]+(?:-[a-z]+)?(?: [A-Z][a-z]+(?:-[a-z]+)?)+\b")
        .expect("the anchored foreign-run pattern builds")
});

/// The most words of a name written alone.
const MAX_NAME_WORDS: usize = 3;

/// "ông" or "bà", then two or three capitalized words of ASCII letters, each with at most
/// one lower-case part after a hyphen ("bà Park Geun-hye"), anchored at the start of what it
/// reads: [`titled_name_from`] reads it at each title at a word start.
static TITLED_ASCII_NAME_AT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[Ôô]ng|[Bb]à) ([A-Z][a-z]+(?:-[a-z]+)?(?: [A-Z][a-z]+(?:-[a-z]+)?){1,2})\b")
        .expect("the foreign-name pattern builds")
});

/// The kinship titles a name of [`TITLED_ASCII_NAME_AT`] follows, with their space ("ông ",
/// "bà ", "Ông ", "Bà "): the one candidate pass finds every one of them
/// ([`KeywordSet::KinshipTitles`], as written; `given.rs` reads the same hits).
fn is_name_title(text: &str, hit: &Hit) -> bool {
    matches!(
        text.get(hit.start..hit.end),
        Some("ông " | "Ông " | "bà " | "Bà ")
    )
}

/// The name after the first title of `text[from..]` at a word start (the start of the slice
/// counts as one) that [`TITLED_ASCII_NAME_AT`] matches at: its start and end. This is the
/// first match of the unanchored pattern with a Unicode `\b` before the title over the
/// slice, which the regex crate ran with its backtracker over the whole rest of the text
/// from every name (2% of general news' instructions, stop 17): every such match starts at
/// a title followed by an ASCII capital. The titles are those of the one candidate pass
/// (`candidates`; an automaton walk of its own from every name was 1.5% of general news'
/// instructions, stop 18): no title overlaps another or itself (one "ô", "b" or "B" each,
/// no space before the last byte), so its hits from `from` on are what a search of the
/// slice finds.
fn titled_name_from(text: &str, candidates: &Candidates, from: usize) -> Option<(usize, usize)> {
    let hits = candidates.hits(KeywordSet::KinshipTitles);
    let first = hits.partition_point(|h| h.start < from);
    hits.get(first..)?.iter().find_map(|m| {
        if !is_name_title(text, m) {
            return None;
        }
        let at = m.start;
        let capital_next = text
            .as_bytes()
            .get(m.end)
            .is_some_and(u8::is_ascii_uppercase);
        let boundary_before = at == from
            || text
                .get(..at)
                .and_then(|h| h.chars().next_back())
                .is_none_or(|c| !regex_syntax::is_word_character(c));
        if !capital_next || !boundary_before {
            return None;
        }
        let name = text
            .get(at..)
            .and_then(|r| TITLED_ASCII_NAME_AT.captures(r))?
            .get(1)?;
        Some((at + name.start(), at + name.end()))
    })
}

/// The initial consonants of Vietnamese syllables, written without diacritics.
const INITIALS: [&str; 27] = [
    "", "b", "c", "ch", "d", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh",
    "p", "ph", "q", "qu", "r", "s", "t", "th", "tr", "v",
];

/// The final consonants of Vietnamese syllables.
const FINALS: [&str; 9] = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];

/// Whether `word` (ASCII letters, maybe a hyphen) could not be one Vietnamese syllable: an initial or a final
/// Vietnamese does not have ("Wang", "Hunt", "Davis") or two vowel groups ("Theresa").
///
/// Read on the bytes, with no lower-cased copy (an allocation per word, stop 18): the
/// vowels are ASCII, and a part equals a lower-case initial or final exactly when it does
/// ignoring ASCII case.
pub(super) fn not_a_syllable(word: &str) -> bool {
    let bytes = word.as_bytes();
    let is_vowel = |b: &u8| {
        matches!(
            b.to_ascii_lowercase(),
            b'a' | b'e' | b'i' | b'o' | b'u' | b'y'
        )
    };
    let onset_len = bytes.iter().position(is_vowel).unwrap_or(bytes.len());
    let (onset, rest) = bytes.split_at(onset_len);
    let nucleus_len = rest.iter().position(|b| !is_vowel(b)).unwrap_or(rest.len());
    let coda = rest.get(nucleus_len..).unwrap_or_default();
    let known = |parts: &[&str], part: &[u8]| {
        parts
            .iter()
            .any(|p| part.eq_ignore_ascii_case(p.as_bytes()))
    };
    !known(&INITIALS, onset) || !known(&FINALS, coda) || nucleus_len == 0
}

/// The first foreign name written alone at or after byte `pos`: the end of a run of
/// capitalized ASCII words ([`name_in_run`]).
pub(super) fn untitled_from(text: &str, pos: usize) -> Option<(usize, usize)> {
    let mut from = pos;
    while let Some((start, end)) = ascii_run_from(text, from) {
        if let Some(name) = name_in_run(text, start, end) {
            return Some(name);
        }
        from = end;
    }
    None
}

/// The first run of capitalized ASCII words at word boundaries in `text[from..]` (the start
/// of the slice counts as a boundary), as byte offsets of `text`: the leftmost start with a
/// word boundary before it where [`ASCII_RUN_AT`] matches. Only the starts
/// [`next_run_start`] finds are tried (an unanchored search of the same pattern without its
/// boundaries ran its lazy DFA over every byte: 2.4% of general news' instructions, stop
/// 18; a test compares both at every offset).
fn ascii_run_from(text: &str, from: usize) -> Option<(usize, usize)> {
    if !text.is_char_boundary(from) {
        return None;
    }
    let bytes = text.as_bytes();
    let mut at = from;
    while let Some(start) = next_run_start(bytes, at) {
        if let Some(run) = run_at(text, from, start) {
            return Some(run);
        }
        at = start + 1;
    }
    None
}

/// The ASCII-name run at `start` when a word boundary (or `from`) comes before it.
fn run_at(text: &str, from: usize, start: usize) -> Option<(usize, usize)> {
    let boundary_before = start == from
        || text
            .get(..start)
            .and_then(|h| h.chars().next_back())
            .is_none_or(|c| !regex_syntax::is_word_character(c));
    if !boundary_before {
        return None;
    }
    let run = text.get(start..).and_then(|rest| ASCII_RUN_AT.find(rest))?;
    Some((start, start + run.end()))
}

/// The first byte at or after `at` where [`run_may_start`] holds. The ASCII capitals are
/// found 32 bytes at a time (a bit mask the compiler builds with vector comparisons).
fn next_run_start(bytes: &[u8], mut at: usize) -> Option<usize> {
    const BLOCK: usize = 32;
    while let Some(block) = bytes
        .get(at..at + BLOCK)
        .and_then(|b| <&[u8; BLOCK]>::try_from(b).ok())
    {
        let mut capitals = block.iter().enumerate().fold(0u32, |m, (i, b)| {
            m | (u32::from(b.is_ascii_uppercase()) << i)
        });
        while capitals != 0 {
            let i = at + capitals.trailing_zeros() as usize;
            if run_may_start(bytes, i) {
                return Some(i);
            }
            capitals &= capitals - 1;
        }
        at += BLOCK;
    }
    (at..bytes.len()).find(|&i| run_may_start(bytes, i))
}

/// Whether [`ASCII_RUN_AT`] may match at byte `at` (a condition it needs, read without the
/// regex): an ASCII capital, lower-case ASCII letters, maybe a hyphen and more of them,
/// then a space, an ASCII capital and a lower-case ASCII letter. The pattern's `[a-z]+`
/// must take every lower-case letter (a space or a hyphen follows it), so the letters are
/// read to their end.
fn run_may_start(bytes: &[u8], at: usize) -> bool {
    let lower = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_lowercase);
    if !bytes.get(at).is_some_and(u8::is_ascii_uppercase) || !lower(at + 1) {
        return false;
    }
    let mut i = at + 2;
    while lower(i) {
        i += 1;
    }
    if bytes.get(i) == Some(&b'-') && lower(i + 1) {
        i += 2;
        while lower(i) {
            i += 1;
        }
    }
    bytes.get(i) == Some(&b' ')
        && bytes.get(i + 1).is_some_and(u8::is_ascii_uppercase)
        && lower(i + 2)
}

/// Whether a foreign name written alone starts at byte `pos` (a role's organization part
/// ends before it: "Phó Thủ tướng … tiếp Ngoại trưởng Australia Julia Bishop").
pub(super) fn untitled_at(text: &str, pos: usize) -> bool {
    // The run holding `pos` starts at the first of the capitalized ASCII words before it.
    let mut start = pos;
    while let Some(before) = text.get(..start).and_then(|h| h.strip_suffix(' ')) {
        let Some(word_start) = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_ascii_alphabetic() || *c == '-')
            .last()
            .map(|(i, _)| i)
        else {
            break;
        };
        let at_boundary = before
            .get(..word_start)
            .and_then(|h| h.chars().next_back())
            .is_none_or(|c| !c.is_alphanumeric());
        if !at_boundary || !is_ascii_capitalized(before.get(word_start..).unwrap_or_default()) {
            break;
        }
        start = word_start;
    }
    text.get(start..)
        .and_then(|rest| ASCII_RUN_AT.find(rest))
        .and_then(|m| name_in_run(text, start, start + m.end()))
        .is_some_and(|(name_start, _)| name_start == pos)
}

/// A word of a run: a capital and lower-case ASCII letters, maybe a hyphenated part.
fn is_ascii_capitalized(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_lowercase() || c == '-')
}

/// The foreign name a run of capitalized ASCII words at `start..end` ends with: the run
/// without the countries that open it (`foreign_places.tsv`) and, in a run of three or more
/// words after a capitalized word, without its first word (the end of a place written with
/// Vietnamese letters: "Hà Lan Mark Rutte", "Bồ Đào Nha Marcelo Rebelo"), unless that word
/// is a Korean family name (`korean_surnames.tsv`: "Hàn Quốc Moon Jae In"); two or three words,
/// one of them [`not_a_syllable`], not followed by another capitalized word, no word of
/// the run in `foreign_not_names.tsv`.
fn name_in_run(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let after = text.get(end..).unwrap_or_default();
    if after
        .strip_prefix(' ')
        .and_then(|r| r.chars().next())
        .is_some_and(char::is_uppercase)
    {
        return None;
    }
    let run = text.get(start..end)?;
    // The words are read from the run's split, with no vector of them (stop 20).
    let mut words = run.split(' ');
    let mut count = run.bytes().filter(|&b| b == b' ').count() + 1;
    let word_before = text
        .get(..start)
        .and_then(|h| h.strip_suffix(' '))
        .and_then(|h| h.split(' ').next_back())
        .unwrap_or_default();
    let capital_before = word_before.chars().next().is_some_and(char::is_uppercase)
        && word_before.chars().all(char::is_alphabetic);
    // A Korean family name opens the name itself ("Triều Tiên Kim Jong Un").
    let korean_first = words
        .clone()
        .next()
        .is_some_and(|w| KOREAN.iter().any(|k| k == w));
    if capital_before && count > MAX_NAME_WORDS - 1 && !korean_first {
        words.next();
        count -= 1;
    }
    if words.clone().any(|w| is_listed(&NOT_NAMES_BY_FIRST, w)) {
        // "Fox News", "The Heirs": no person's name.
        return None;
    }
    let mut name = words;
    while is_listed(&PLACES_BY_FIRST, name.clone().next()?) {
        name.next();
        count -= 1;
    }
    let first = name.clone().next()?;
    let foreign = name.any(not_a_syllable);
    // `first` is a slice of `run`: its offset there is the distance between their starts.
    let offset = (first.as_ptr() as usize).checked_sub(run.as_ptr() as usize)?;
    ((2..=MAX_NAME_WORDS).contains(&count) && foreign).then_some((start + offset, end))
}

/// The places of `foreign_places.tsv` by first byte ([`name_in_run`]).
static PLACES_BY_FIRST: LazyLock<ByFirstByte<&'static str>> = LazyLock::new(|| {
    let places: &'static [String] = &PLACES;
    ByFirstByte::new(places.iter().map(|p| (p.as_str(), p.as_str())))
});

/// The words of `foreign_not_names.tsv` by first byte ([`name_in_run`]).
static NOT_NAMES_BY_FIRST: LazyLock<ByFirstByte<&'static str>> = LazyLock::new(|| {
    let words: &'static [String] = &NOT_NAMES;
    ByFirstByte::new(words.iter().map(|w| (w.as_str(), w.as_str())))
});

/// `korean_surnames.tsv`: Korean family names written in ASCII letters ("Kim", "Moon").
pub static KOREAN_SURNAMES: Table = Table::new(
    "extract/rules/korean_surnames.tsv",
    include_str!("../rules/korean_surnames.tsv"),
    &["surname", "count"],
    &["surname"],
);

static KOREAN: LazyLock<Vec<String>> = LazyLock::new(|| {
    phrases(&KOREAN_SURNAMES).expect("the embedded korean_surnames.tsv parses (tested)")
});

/// Whether `name` is a Korean name: a family name of `korean_surnames.tsv`, then one
/// hyphenated given name of two ASCII parts ("Kim Jong-un", "Moon Jae-in"). Such a name is
/// a person's written alone (`mod.rs`): "Nhà lãnh đạo Triều Tiên Kim Jong-un" has no role
/// word before it (corpus-real: 36 general-10k articles named him and no person before).
pub(super) fn is_korean_name(name: &str) -> bool {
    let Some((family, given)) = name.split_once(' ') else {
        return false;
    };
    let Some((first, second)) = given.split_once('-') else {
        return false;
    };
    let part = |p: &str, capital: bool| {
        let mut chars = p.chars();
        chars
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() && c.is_ascii_uppercase() == capital)
            && chars.all(|c| c.is_ascii_lowercase())
    };
    KOREAN.iter().any(|k| k == family) && part(first, true) && part(second, false)
}

/// Whether `word` makes a run of capitalized words an organization's or a work's
/// (`foreign_not_names.tsv`: "City", "United").
pub(super) fn not_a_name_word(word: &str) -> bool {
    is_listed(&NOT_NAMES_BY_FIRST, word)
}

/// Whether `word` is a one-word place of `foreign_places.tsv` ("Nga", "Brazil").
pub(super) fn is_foreign_place(word: &str) -> bool {
    is_listed(&PLACES_BY_FIRST, word)
}

/// Whether `word` is one of the phrases of `list` (exactly).
fn is_listed(list: &ByFirstByte<&'static str>, word: &str) -> bool {
    list.starting(word).contains(&word)
}

/// The first foreign name after "ông" / "bà" starting at or after byte `pos`: its start and
/// end. Words are ASCII letters only and at least one of them is [`not_a_syllable`], so that
/// a Vietnamese name written without diacritics ("ông Nguyen Van Hung") is not one.
pub(super) fn titled_from(
    text: &str,
    candidates: &Candidates,
    pos: usize,
) -> Option<(usize, usize)> {
    let mut from = pos;
    while let Some((start, end)) = titled_name_from(text, candidates, from) {
        if text.get(start..end)?.split(' ').any(not_a_syllable) {
            return Some((start, end));
        }
        from = end;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::lower_aligned;

    /// [`not_a_syllable`] as written before stop 18, on a lower-cased copy.
    fn not_a_syllable_by_copy(word: &str) -> bool {
        let lower = word.to_ascii_lowercase();
        let is_vowel = |c: char| "aeiouy".contains(c);
        let onset_len = lower.find(is_vowel).unwrap_or(lower.len());
        let (onset, rest) = lower.split_at(onset_len);
        let nucleus_len = rest.find(|c: char| !is_vowel(c)).unwrap_or(rest.len());
        let coda = &rest[nucleus_len..];
        !INITIALS.contains(&onset) || !FINALS.contains(&coda) || nucleus_len == 0
    }

    proptest::proptest! {
        #[test]
        fn syllables_read_on_bytes_as_on_a_copy(word in "[A-Za-zĐđêÊ-]{0,9}") {
            proptest::prop_assert_eq!(not_a_syllable(&word), not_a_syllable_by_copy(&word));
        }
    }

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

    /// The unanchored pattern [`titled_name_from`] stands for, searched over `text[from..]`
    /// as before stop 17.
    fn titled_by_regex(text: &str, from: usize) -> Option<(usize, usize)> {
        let unanchored = Regex::new(
            r"\b(?:[Ôô]ng|[Bb]à) ([A-Z][a-z]+(?:-[a-z]+)?(?: [A-Z][a-z]+(?:-[a-z]+)?){1,2})\b",
        )
        .expect("builds");
        let name = unanchored.captures(text.get(from..)?)?.get(1)?;
        Some((from + name.start(), from + name.end()))
    }

    #[test]
    fn titled_names_are_the_unanchored_patterns_matches() {
        let texts = [
            "ông Nguyen Van Hung và bà Wang Yan, Điều phối viên",
            "xông Wang Yan, Bà Theresa May nói; Ông Jean-pierre Xy-z Ab Cd",
            "ôngWang Yan ông  Wang Yan ông Wang Yanê ông Trầm Wang ông Wang Trầm Yan",
            "bà Park Geun-hye. Bà Park Geun- hye và ông Moon Jae-in-x Kim",
            "ông Ab Cd-ef Gh Ij Kl, bà Abc Def_g ông Abc Def1 (bà Le Ma)",
            "Ông Ông Wang Yan; bàbà Kim Jong; 1bà Kim Jong Un; ông Kim Jong Un.",
        ];
        for text in texts {
            let candidates = Candidates::new(text, &lower_aligned(text));
            for from in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                assert_eq!(
                    titled_name_from(text, &candidates, from),
                    titled_by_regex(text, from),
                    "{text:?} from {from}"
                );
            }
        }
    }

    /// The search [`ascii_run_from`] stands for: the unanchored pattern without its word
    /// boundaries, from each start it finds, as before stop 18.
    fn ascii_run_by_regex(text: &str, from: usize) -> Option<(usize, usize)> {
        let start_pattern =
            Regex::new(r"[A-Z][a-z]+(?:-[a-z]+)?(?: [A-Z][a-z]+(?:-[a-z]+)?)+").expect("builds");
        let mut at = from;
        while let Some(m) = text.get(at..).and_then(|rest| start_pattern.find(rest)) {
            let start = at + m.start();
            if let Some(run) = run_at(text, from, start) {
                return Some(run);
            }
            at = start + 1;
        }
        None
    }

    #[test]
    fn ascii_runs_are_the_regex_searchs() {
        let texts = [
            "Tổng thống Nga Vladimir Putin và Thủ tướng Hà Lan Mark Rutte gặp Matt Soane - Tổng",
            "McDonald Trump, xMark Rutte, Abc Def-ghi2 Jkl, Ab-cd Ef-gh-ij Kl, A Bc De F",
            "Park Geun-hye Moon Jae-in-x Kim; Ab- Cd Ef, Ab -Cd Ef, Ab  Cd, “Fox News” Ab Cd1",
            "Long An, Lan Anh Nguyễn Văn Ab Cd Ê Ab Cd_Ef ÀAb Cd Ab Cđ Ab Cde",
            "                          Ab Cd  Long An và Ab-c Dd, Abcdefghijklmnopqrstuvwxyz Ab",
        ];
        for text in texts {
            for from in 0..=text.len() + 1 {
                assert_eq!(
                    ascii_run_from(text, from),
                    ascii_run_by_regex(text, from),
                    "{text:?} from {from}"
                );
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn ascii_runs_are_the_regex_searchs_on_any_text(
            text in "[A-CXa-cxĐêà1_ -]{0,90}",
            from in 0usize..100,
        ) {
            proptest::prop_assert_eq!(ascii_run_from(&text, from), ascii_run_by_regex(&text, from));
        }
    }

    /// [`name_in_run`] as written before stop 20, on a vector of the run's words (with the
    /// Korean family name of stop 22's second round).
    fn name_in_run_by_vector(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
        let after = text.get(end..).unwrap_or_default();
        if after
            .strip_prefix(' ')
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_uppercase)
        {
            return None;
        }
        let mut words: Vec<(usize, &str)> = text
            .get(start..end)?
            .split(' ')
            .scan(start, |at, w| {
                let here = *at;
                *at += w.len() + 1;
                Some((here, w))
            })
            .collect();
        let word_before = text
            .get(..start)
            .and_then(|h| h.strip_suffix(' '))
            .and_then(|h| h.split(' ').next_back())
            .unwrap_or_default();
        let capital_before = word_before.chars().next().is_some_and(char::is_uppercase)
            && word_before.chars().all(char::is_alphabetic);
        let korean_first = words
            .first()
            .is_some_and(|(_, w)| KOREAN.iter().any(|k| k == w));
        if capital_before && words.len() > MAX_NAME_WORDS - 1 && !korean_first {
            words.remove(0);
        }
        let first = words
            .iter()
            .position(|(_, w)| !PLACES.iter().any(|p| p == w))?;
        let name = words.get(first..)?;
        if words.iter().any(|(_, w)| NOT_NAMES.iter().any(|n| n == w)) {
            return None;
        }
        let foreign = name.iter().any(|(_, w)| not_a_syllable(w));
        ((2..=MAX_NAME_WORDS).contains(&name.len()) && foreign).then(|| (name[0].0, end))
    }

    #[test]
    fn names_in_runs_as_read_on_a_vector() {
        let texts = [
            "Tổng thống Nga Vladimir Putin và Thủ tướng Hà Lan Mark Rutte gặp Matt Soane - Tổng",
            "Anh Theresa May, Nga Anh Mark Rutte Ab, Fox News Ab, The Heirs, Ab Cd Ef Gh Ij",
            "Long An, Lan Anh Nguyen Van Hung Ab Cd; Bồ Đào Nha Marcelo Rebelo de Sousa; Moon Jae-in",
            "Nga Trung Quoc, Anh Nga, Xyz Nga Anh Wang, Trầm Wang Yan Li, Ab1 Cd Ef",
            "Hàn Quốc Moon Jae In, Triều Tiên Kim Jong Un, Lan Mark Rutte",
        ];
        for text in texts {
            for from in 0..=text.len() {
                if let Some((start, end)) = ascii_run_from(text, from) {
                    for s in (start..end).filter(|&i| text.is_char_boundary(i)) {
                        assert_eq!(
                            name_in_run(text, s, end),
                            name_in_run_by_vector(text, s, end),
                            "{text:?} {s}..{end}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn only_names_with_a_foreign_word() {
        let titled =
            |text: &str| titled_from(text, &Candidates::new(text, &lower_aligned(text)), 0);
        let text = "ông Nguyen Van Hung và bà Wang Yan, Điều phối viên";
        let (s, e) = titled(text).expect("found");
        assert_eq!(&text[s..e], "Wang Yan");
        assert_eq!(titled("ông Nguyen Van Hung"), None);
        assert_eq!(titled("ông Trump nói"), None);
    }
}
