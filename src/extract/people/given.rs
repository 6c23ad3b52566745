//! People written only by their given name after a kinship title ("anh Bé, anh Hà",
//! "chị Cúc, chị Thoa", "Chị Hằng làm việc tại KCN …"): the gold sets annotate each as a
//! person ("Bé", "Hà"; real3-dev, real-dev "Dũng") when the article never writes the
//! person's full name. A given name that ends a full name written anywhere in the article
//! ("Ông Nguyễn Văn Nhân, … Ông Nhân cho biết") is that person, and every word of a
//! foreign full name is ("Moon Jae-in … ông Moon"): those add no one.
//!
//! Read: "anh", "chị", "ông", "bà" at a word start, or "Ông", "Bà", "Chị" opening a
//! sentence, a line or a quote ("Anh" opening one is as often the country), then one
//! title-case word of two letters or more not followed by another capitalized word (a full
//! name, "Bà Rịa - Vũng Tàu"), that starts no role word, organization head or place ("ông
//! Chủ tịch", "ông Công an", "Bà Rịa") and lies in no organization's name.

use std::collections::HashSet;
use std::sync::LazyLock;

use crate::extract::candidates::{Candidates, Hit, KeywordSet};

use super::foreign::not_a_syllable;
use super::names::{names_no_person, org_head_at};
use super::roles::RoleText;
use crate::extract::lexicon::{phrases, LEXICON};
use crate::extract::text::{is_word_char, word_end, word_start, ByteSpan};
use crate::normalize::chars::{is_alnum, is_alpha};
use crate::rules::Table;

/// `foreign_name_particles.tsv`: lower-case particles inside a foreign full name ("bin",
/// "de", "al-"), which join the given name read after a kinship title with the
/// capitalized words after them ("ông Mohammed bin Abdulrahman al-Thani").
pub static FOREIGN_NAME_PARTICLES: Table = Table::new(
    "extract/rules/foreign_name_particles.tsv",
    include_str!("../rules/foreign_name_particles.tsv"),
    &["particle"],
    &["particle"],
);

static PARTICLES: LazyLock<Vec<String>> = LazyLock::new(|| {
    phrases(&FOREIGN_NAME_PARTICLES)
        .expect("the embedded foreign_name_particles.tsv parses (tested)")
});

/// The most particles and capitalized words a foreign name runs on over after its first
/// word ("Mohammed bin Abdulrahman al-Thani": four).
const MAX_PARTICLE_WORDS: usize = 6;

/// Whether `word` is a particle of `foreign_name_particles.tsv` ("van", "de").
pub(super) fn is_particle(word: &str) -> bool {
    PARTICLES.iter().any(|p| p == word)
}

/// Where a foreign name whose first word ends at `end` ends when lower-case particles
/// (`foreign_name_particles.tsv`) and capitalized words follow it ("Dese de Preter",
/// "Mohammed bin Abdulrahman al-Thani"): after the last capitalized word that follows a
/// particle; `None` when no particle follows.
fn particle_name_end(text: &str, end: usize) -> Option<usize> {
    let mut pos = end;
    let mut out = None;
    let mut after_particle = false;
    for _ in 0..MAX_PARTICLE_WORDS {
        let Some(word) = text.get(pos..).and_then(|r| r.strip_prefix(' ')) else {
            break;
        };
        let start = text.len() - word.len();
        if let Some(glued) = PARTICLES
            .iter()
            .filter(|p| p.ends_with('-'))
            .find(|p| word.starts_with(p.as_str()))
        {
            match title_case_word(text, start + glued.len()) {
                Some(e) => {
                    (pos, out, after_particle) = (e, Some(e), false);
                    continue;
                }
                None => break,
            }
        }
        if let Some(p) = PARTICLES.iter().find(|p| {
            word.starts_with(p.as_str()) && word.get(p.len()..).is_some_and(|r| r.starts_with(' '))
        }) {
            (pos, after_particle) = (start + p.len(), true);
            continue;
        }
        match title_case_word(text, start) {
            Some(e) if after_particle => (pos, out, after_particle) = (e, Some(e), false),
            _ => break,
        }
    }
    out
}

/// The kinship titles read in lower case anywhere.
const LOWER_TITLES: [&str; 4] = ["anh ", "chị ", "ông ", "bà "];

/// The titles read capitalized at the start of a sentence, a line or a quote.
const OPENING_TITLES: [&str; 3] = ["Ông ", "Bà ", "Chị "];

/// What may be written right before a title that opens a sentence.
const SENTENCE_OPENERS: [&str; 7] = [". ", "! ", "? ", "\n", ": ", "“", "\""];

/// Titles skipped at the start of a run of capitalized words when the full names of the
/// article are collected ("Ông Dũng nêu …" is no full name).
const RUN_TITLES: [&str; 8] = ["Anh", "Chị", "Ông", "Bà", "Em", "Cô", "Chú", "Bác"];

/// The most words of a Vietnamese full name read back from the end of a run (a family
/// name and up to three given syllables).
const MAX_NAME_WORDS: usize = 4;

/// The given names after a kinship title that name a person the article writes no full
/// name of: the byte spans of their first mentions, one per distinct name, in text order.
/// `known` holds the people found so far (their names as written).
pub(super) fn given_names<'a>(
    rt: &RoleText<'_>,
    candidates: &Candidates,
    known: impl Iterator<Item = &'a str>,
) -> Vec<ByteSpan> {
    let text = rt.text;
    // The full names are collected only once a given name needs them.
    let mut known = Some(known);
    let mut full: HashSet<String> = HashSet::new();
    let mut seen: HashSet<&str> = HashSet::new();
    let mut out = Vec::new();
    for (title_start, name_start) in titles(text, candidates.hits(KeywordSet::KinshipTitles)) {
        let Some((name_end, name)) = given_name_at(text, name_start) else {
            continue;
        };
        let last = name.rsplit(' ').next().unwrap_or(name);
        let before = text.get(..title_start).unwrap_or_default();
        if seen.contains(name)
            || seen.contains(last)
            || NOT_GIVEN.contains(&name)
            || NOT_KIN_BEFORE.iter().any(|w| before.ends_with(w))
            || rt.role_word_at(name_start).is_some()
            || org_head_at(text, name_start)
            || LEXICON.place_at(text, title_start).is_some()
            || LEXICON.place_at(text, name_start).is_some()
            || names_no_person(text, title_start)
            || rt.inside_org(name_start)
        {
            continue;
        }
        // The full names (a read of every word of the text) are collected only once a
        // given name passes every other test.
        if let Some(known) = known.take() {
            full = full_name_words(text, known);
        }
        if full.contains(name) || full.contains(last) {
            continue;
        }
        seen.insert(name);
        seen.insert(last);
        let start = if out.len() < MAX_EARLIER_SEARCHES {
            earlier_alone(text, name, title_start).unwrap_or(name_start)
        } else {
            name_start
        };
        out.push(ByteSpan::new(start, start + (name_end - name_start)));
    }
    out
}

/// Words written after a kinship title that name no one: gods and bogeymen ("ông Táo", the
/// kitchen god; "ông Tơ bà Nguyệt", the matchmakers; "ông Ngáo Ộp"), from a corpus-real
/// sample of the names this rule reads (general-10k, labour).
/// "ông Tây" is a Westerner.
const NOT_GIVEN: [&str; 6] = ["Táo", "Trời", "Tơ", "Nguyệt", "Ngáo Ộp", "Tây"];

/// Words that make the title before a name a noun ("đàn ông Mẹo": the men of Mẹo village;
/// "người đàn ông Nhật": a Japanese man; "quý ông Việt": Vietnamese gentlemen).
const NOT_KIN_BEFORE: [&str; 2] = ["đàn ", "quý "];

/// The most given names whose first mention is looked for before their title (each a
/// search of the text before it).
const MAX_EARLIER_SEARCHES: usize = 32;

/// The first mention of `name` before byte `before` written alone, not inside a run of
/// capitalized words ("một người tự xưng là Dũng, bảo vệ …" before "Ông Dũng nêu …"): its
/// start.
fn earlier_alone(text: &str, name: &str, before: usize) -> Option<usize> {
    let head = text.get(..before)?;
    let capital_word_around = |start: usize, end: usize| {
        let prev = head.get(..start).and_then(|h| h.strip_suffix(' '));
        let prev_capital = prev
            .and_then(|h| h.rsplit(' ').next())
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase);
        let next_capital = text
            .get(end..)
            .and_then(|r| r.strip_prefix(' '))
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_uppercase);
        prev_capital || next_capital
    };
    head.match_indices(name).map(|(i, _)| i).find(|&i| {
        word_start(text, i)
            && word_end(text, i + name.len())
            && !capital_word_around(i, i + name.len())
    })
}

/// The kinship titles, lower-case then capitalized: the keywords of the one candidate
/// pass's [`KeywordSet::KinshipTitles`] table, in its pattern order.
pub(crate) fn kinship_titles() -> Vec<String> {
    LOWER_TITLES
        .iter()
        .chain(OPENING_TITLES.iter())
        .map(|t| t.to_string())
        .collect()
}

/// Where each kinship title ends (the name's start), with the title's start: lower-case
/// titles at a word start, capitalized ones opening a sentence, a line or a quote. The
/// titles are those the one candidate pass found (`hits`, by start: an automaton walk of
/// its own over every article was 3% of general news' instructions, stop 16). No title
/// overlaps another (each ends with the space no title starts with), so the hits are what
/// a search for the next title from each title's end finds.
pub(super) fn titles<'h>(
    text: &'h str,
    hits: &'h [Hit],
) -> impl Iterator<Item = (usize, usize)> + 'h {
    hits.iter().filter_map(move |m| {
        let i = m.start;
        if !word_start(text, i) {
            return None;
        }
        let lower = (m.pattern as usize) < LOWER_TITLES.len();
        let head = text.get(..i)?;
        (lower || head.is_empty() || SENTENCE_OPENERS.iter().any(|o| head.ends_with(o)))
            .then_some((i, m.end))
    })
}

/// The given name at `pos` (its end and the name): one title-case word of two letters or
/// more, or a hyphenated transcription ("Ma-crông"), or two such words when the first is
/// no family name ("chị Phương Dung"; after a family name the name is a full one, read by
/// `mod.rs`), when no capitalized word follows it after a space or " - ".
fn given_name_at(text: &str, pos: usize) -> Option<(usize, &str)> {
    let first = title_case_word(text, pos)?;
    if let Some(end) = particle_name_end(text, first) {
        return Some((end, text.get(pos..end)?));
    }
    let mut end = first;
    if let Some(second) = text
        .get(first..)
        .and_then(|r| r.strip_prefix(' '))
        .map(|r| text.len() - r.len())
        .and_then(|p| title_case_word(text, p))
    {
        let word = text.get(pos..first).unwrap_or_default();
        if LEXICON.surnames.iter().any(|s| s == word) {
            return None;
        }
        end = second;
    }
    let after = text.get(end..)?;
    let next = after
        .strip_prefix(" - ")
        .or_else(|| after.strip_prefix(" – "))
        .or_else(|| after.strip_prefix(' '));
    if next.is_some_and(|n| n.chars().next().is_some_and(char::is_uppercase)) {
        return None;
    }
    Some((end, text.get(pos..end)?))
}

/// The end of the title-case word at `pos` (two letters or more, maybe hyphenated:
/// "Ma-crông", "Méc-ken").
pub(super) fn title_case_word(text: &str, pos: usize) -> Option<usize> {
    let rest = text.get(pos..)?;
    let mut len = 0;
    let mut letters = 0;
    for (i, c) in rest.char_indices() {
        let hyphen = c == '-'
            && letters > 0
            && rest
                .get(i + 1..)
                .and_then(|r| r.chars().next())
                .is_some_and(char::is_lowercase);
        if !is_word_char(c) && !hyphen {
            break;
        }
        let fits = if i == 0 {
            c.is_uppercase()
        } else {
            c.is_lowercase() || hyphen
        };
        if !fits {
            return None;
        }
        letters += 1;
        len = i + c.len_utf8();
    }
    // "ông Ja'afari": the word goes on after an apostrophe.
    let apostrophe = text
        .get(pos + len..)
        .is_some_and(|r| r.starts_with(['\'', '’']));
    // "anh Th.", "cậu Tr.": an initial, no name (a name has a vowel).
    let word = rest.get(..len).unwrap_or_default();
    let vowel = word
        .chars()
        .flat_map(char::to_lowercase)
        .any(|c| c.is_alphabetic() && !"bcdđfghjklmnpqrstvwxz".contains(c));
    (letters >= 2 && !apostrophe && vowel).then_some(pos + len)
}

/// The family names of `surnames.tsv` as a set, built once (a set built per article was a
/// third of this rule's time on general news, stop 16).
static SURNAMES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| LEXICON.surnames.iter().map(String::as_str).collect());

/// The words that a full name written in `text` ends with: the last word of a run of two
/// to four capitalized words that holds a family name before its last word ("Nguyễn Văn
/// Nhân") or follows a title ("ông Châu Hoài Phương": "Châu" is left out of
/// `surnames.tsv`), the first word of a run of three with no family name (a Chinese name
/// read in Vietnamese, family name first: "Tập Cận Bình" … "ông Tập"), every word of a run
/// holding a word no Vietnamese syllable spells ("Moon Jae-in"), the word after an initial
/// ("D.Trump"), and the last word of each of the `known` names.
fn full_name_words<'a>(text: &str, known: impl Iterator<Item = &'a str>) -> HashSet<String> {
    let mut out: HashSet<String> = known
        .filter(|n| n.contains(' '))
        .filter_map(|n| n.rsplit(' ').next())
        .map(str::to_string)
        .collect();
    let surnames = &*SURNAMES;
    for line in text.lines() {
        let mut run: Vec<&str> = Vec::new();
        // Whether a lower-case title is written right before the run.
        let mut titled = false;
        let mut previous = "";
        for token in spaced_tokens(line) {
            if token
                .as_bytes()
                .first()
                .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
                || opens_lower_vietnamese(token) && !token.contains('.')
            {
                // A lower-case word or a number (most words): the run ends. A word opening
                // with a lower-case Vietnamese letter and holding no full stop (no initial
                // to read) is one too: the reading below adds nothing for it but the run's
                // end (its first character is alphanumeric and not upper case).
                add_run(&run, titled, surnames, &mut out);
                run.clear();
                previous = token;
                continue;
            }
            // A token opening (ending) with an ASCII letter or digit has nothing to trim at
            // that end: the per-character trim is left out (stop 18: 27,220 → 21,656 calls of
            // `trim_end_matches` on 300 general lines).
            let core = if token
                .as_bytes()
                .first()
                .is_some_and(u8::is_ascii_alphanumeric)
            {
                token
            } else {
                token.trim_start_matches(|c: char| !is_alnum(c))
            };
            let opens = core.len() != token.len();
            let word = if core
                .as_bytes()
                .last()
                .is_some_and(u8::is_ascii_alphanumeric)
            {
                core
            } else {
                core.trim_end_matches(|c: char| !is_alnum(c))
            };
            let closes = word.len() != core.len();
            if let Some((initial, rest)) = word.split_once('.') {
                if initial.chars().count() == 1
                    && rest.chars().next().is_some_and(char::is_uppercase)
                {
                    out.insert(rest.to_string());
                }
            }
            let capitalized = word.chars().next().is_some_and(char::is_uppercase)
                && word.chars().all(|c| is_alpha(c) || c == '-');
            if opens || !capitalized {
                add_run(&run, titled, surnames, &mut out);
                run.clear();
            }
            if capitalized {
                if run.is_empty() {
                    titled = !opens && LOWER_TITLES.iter().any(|t| t.trim_end() == previous);
                }
                run.push(word);
            }
            if closes {
                add_run(&run, titled, surnames, &mut out);
                run.clear();
            }
            previous = token;
        }
        add_run(&run, titled, surnames, &mut out);
    }
    out
}

/// Whether `token` opens with a lower-case Vietnamese letter written with a diacritic ("đ",
/// "ư", "ơ", the Latin-1 and Latin Extended Additional lower-case letters): the words
/// [`full_name_words`] read through the whole per-character test before stop 18 (a third of
/// the words of Vietnamese text that open with no ASCII letter). Every character it accepts
/// is lower case (a test checks every character below U+2000).
fn opens_lower_vietnamese(token: &str) -> bool {
    token.chars().next().is_some_and(|c| {
        matches!(c, 'ß'..='ö' | 'ø'..='ÿ' | 'đ' | 'ơ' | 'ư')
            || ('\u{1ea1}'..='\u{1ef9}').contains(&c) && u32::from(c) % 2 == 1
    })
}

/// The tokens of `line` between single spaces, as `line.split(' ')` gives them, found by a
/// byte loop: the words are short, and `memchr` called per word cost 18 M instructions on
/// 1,500 general articles (stop 17).
fn spaced_tokens(line: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(line);
    std::iter::from_fn(move || {
        let current = rest?;
        match current.bytes().position(|b| b == b' ') {
            Some(i) => {
                rest = current.get(i + 1..);
                current.get(..i)
            }
            None => {
                rest = None;
                Some(current)
            }
        }
    })
}

/// Adds the full-name words of one run of capitalized words ([`full_name_words`]), `titled`
/// when a lower-case title is written before it.
#[inline]
fn add_run(run: &[&str], titled: bool, surnames: &HashSet<&str>, out: &mut HashSet<String>) {
    // Fewer than two words stay fewer after the titles are skipped: no full name (the
    // common case, at every lower-case word: answered here, inline, without a call).
    if run.len() >= 2 {
        add_long_run(run, titled, surnames, out);
    }
}

/// [`add_run`] for a run of two words or more.
fn add_long_run(run: &[&str], titled: bool, surnames: &HashSet<&str>, out: &mut HashSet<String>) {
    let skip = run.iter().take_while(|w| RUN_TITLES.contains(w)).count();
    let run = run.get(skip..).unwrap_or_default();
    if run.len() < 2 {
        return;
    }
    let foreign = run
        .iter()
        .any(|w| w.contains('-') || w.is_ascii() && not_a_syllable(w));
    if foreign {
        out.extend(run.iter().map(|w| w.to_string()));
        return;
    }
    let from = run.len().saturating_sub(MAX_NAME_WORDS);
    let family = run
        .get(from..run.len() - 1)
        .unwrap_or_default()
        .iter()
        .any(|w| surnames.contains(w));
    let after_title = (titled || skip > 0) && (3..=MAX_NAME_WORDS).contains(&run.len());
    if let (true, Some(last)) = (family || after_title, run.last()) {
        out.insert(last.to_string());
    }
    // A family name opening a run of three with no Vietnamese middle name is the name of a
    // Chinese name read in Vietnamese ("Tập Cận Bình", "Dương Khiết Trì" … "ông Tập", "ông
    // Dương": `surnames.tsv` has "Tập" since stop 22), no given name; with a middle name
    // it may be one ("Hà Quang Hòa" … "anh Bé, anh Hà": real3-dev's gold has both).
    let first_family = run.first().is_some_and(|w| surnames.contains(w))
        && run.get(1).is_some_and(|w| !super::bare::is_middle_name(w));
    if let (3, true, Some(first)) = (run.len(), !family || first_family, run.first()) {
        out.insert(first.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::{opens_lower_vietnamese, spaced_tokens};

    #[test]
    fn lower_vietnamese_openers_are_lower_case() {
        let mut accepted = 0;
        for c in (0..0x2000).filter_map(char::from_u32) {
            if opens_lower_vietnamese(c.encode_utf8(&mut [0; 4])) {
                assert!(c.is_lowercase() && c.is_alphanumeric(), "{c:?}");
                accepted += 1;
            }
        }
        // Latin-1 from "ß" (33 less "÷"), "đ", "ơ", "ư", the 45 odd letters U+1EA1–U+1EF9.
        assert_eq!(accepted, 32 + 3 + 45);
        for word in ["đồng", "ưu", "ở", "ấy", "ý"] {
            assert!(opens_lower_vietnamese(word), "{word}");
        }
        for word in ["Đồng", "Ở", "", "a", "÷"] {
            assert!(!opens_lower_vietnamese(word), "{word}");
        }
    }

    #[test]
    fn spaced_tokens_are_the_split_at_spaces() {
        for line in [
            "",
            " ",
            "  ",
            "Ông Nguyễn Văn Nhân,  ông Nhân ",
            " chị Cúc",
            "D.Trump nói: \"Moon Jae-in\"",
        ] {
            assert_eq!(
                spaced_tokens(line).collect::<Vec<_>>(),
                line.split(' ').collect::<Vec<_>>(),
                "{line:?}"
            );
        }
    }
}
