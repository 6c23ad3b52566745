//! A name written in capitals after "Ông" / "Bà": the speakers of an interview or a round
//! table, each introduced in bold capitals ("Ông TRẦN ANH TUẤN, Phó Giám đốc Trung tâm Dự
//! báo nhu cầu nhân lực và Thông tin thị trường lao động TP.HCM", real9-dev
//! baomoi-21472363; labour.jsonl: "Bà TẠ THỊ PHƯƠNG LAN, Vụ phó Vụ Quản lý thuế TNCN",
//! "Bà NGUYỄN THỊ CÚC, Chủ tịch Hội Tư vấn thuế Việt Nam" (baomoi-22553697), "Ông PHAN
//! CHÁNH DƯỠNG, giảng viên Chương trình giảng dạy kinh tế Fulbright" (baomoi-22406326),
//! "Ông NGUYỄN VĂN CÔNG, Giám đốc Xí nghiệp Vận chuyển số 1" (baomoi-22600147)). They are
//! people quoted in the article, no byline (GUIDELINES.md "People"), and the name is the
//! surface as written. The name must open with a family name of `surnames.tsv` and have
//! two words or more; a byline has no title before it and is not read.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, Input};
use regex::Regex;

use crate::extract::lexicon::LEXICON;
use crate::extract::text::word_end;

/// "Ông" / "ông" / "Bà" / "bà", a space, then two to four words of capitals (the name),
/// anchored: it runs only at a title that [`TITLES`] found, so the search over the whole text
/// is a byte scan (a Unicode `\b` keeps the regex crate's lazy DFA off non-ASCII text, and an
/// unanchored search of every Vietnamese text went to its slower engines: 44 M instructions
/// on 300 general-news lines). The `\b` before the title is [`title_starts_word`].
static CAPS_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[Ôô]ng|[Bb]à) (\p{Lu}{1,7}(?: \p{Lu}{1,7}){1,3})\b")
        .expect("the capitals name regex builds")
});

/// The four titles with the space after them, as the regex writes them.
static TITLES: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::new(["Ông ", "ông ", "Bà ", "bà "]).expect("the four titles build")
});

/// The next name in capitals after "Ông" / "Bà" starting at or after byte `pos` of `text`
/// (its bytes, without the title), whose first word, written with one capital, is a family
/// name.
pub(super) fn caps_from(text: &str, pos: usize) -> Option<(usize, usize)> {
    let mut from = pos;
    while from <= text.len() {
        let title = TITLES.find(Input::new(text).span(from..text.len()))?;
        let start = title.start();
        from = title.end();
        if !title_starts_word(text, start) || !may_open_a_name(text, from) {
            continue;
        }
        let Some(caps) = CAPS_NAME.captures(window_at(text, start)) else {
            continue;
        };
        let (whole, name) = (caps.get(0)?, caps.get(1)?);
        let (name_start, name_end) = (start + name.start(), start + name.end());
        let first = name.as_str().split(' ').next().unwrap_or_default();
        if surname(first) && word_end(text, name_end) {
            return Some((name_start, name_end));
        }
        from = start + whole.end();
    }
    None
}

/// The longest match of [`CAPS_NAME`] in bytes: a title with its space (5), four words of
/// seven capitals of up to four bytes each and the three spaces between them.
const LONGEST_MATCH: usize = 5 + 4 * 7 * 4 + 3;

/// The text from a title at byte `start` on, as far as a match and the character after it
/// (which its `\b` reads) can reach: the regex answers on it as on the whole rest of the
/// text, without the search's work growing with the text (the captures of a haystack
/// clear state in proportion to its length).
fn window_at(text: &str, start: usize) -> &str {
    let mut end = (start + LONGEST_MATCH + 8).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    text.get(start..end).unwrap_or_default()
}

/// Whether the text at byte `at` (after a title and its space) can open the regex's name:
/// its first word is one to seven `\p{Lu}` followed by a space, so the first character is
/// upper case and the second is upper case or a space (every `Lu` is upper case). A
/// necessary test only, and a cheap one: most titles are followed by a name written
/// "Nguyễn", whose second letter rules it out before the regex runs.
fn may_open_a_name(text: &str, at: usize) -> bool {
    let mut chars = text.get(at..).unwrap_or_default().chars();
    let (Some(first), Some(second)) = (chars.next(), chars.next()) else {
        return false;
    };
    first.is_uppercase() && (second == ' ' || second.is_uppercase())
}

/// Whether a title at byte `start` of `text` opens a word: the regex's `\b` before it (the
/// title's first letter is a word character, so the character before must not be one).
fn title_starts_word(text: &str, start: usize) -> bool {
    text.get(..start)
        .and_then(|before| before.chars().next_back())
        .is_none_or(|c| !regex_syntax::is_word_character(c))
}

/// Whether the word in capitals `word` is a family name ("TRẦN" is "Trần").
fn surname(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let written: String = std::iter::once(first)
        .chain(chars.flat_map(char::to_lowercase))
        .collect();
    LEXICON.surnames.contains(&written)
}

#[cfg(test)]
mod tests {
    use super::caps_from;

    #[test]
    fn a_speaker_in_capitals_is_read() {
        // labour.jsonl baomoi-22553697.
        let text = "Bà TẠ THỊ PHƯƠNG LAN, Vụ phó Vụ Quản lý thuế TNCN, Tổng cục Thuế:";
        let (start, end) = caps_from(text, 0).unwrap_or_default();
        assert_eq!(&text[start..end], "TẠ THỊ PHƯƠNG LAN");
    }

    #[test]
    fn no_family_name_or_no_title_is_no_name() {
        // labour.jsonl baomoi-22686010: "Ông DUY TRIẾT" opens with no family name.
        assert_eq!(
            caps_from("Ông DUY TRIẾT, đại diện Công ty CMA-CGM Việt Nam", 0),
            None
        );
        assert_eq!(caps_from("Theo NGUYỄN VĂN CÔNG cho biết", 0), None);
        assert_eq!(caps_from("ông UBND TP", 0), None);
    }

    /// The first definition (stop 28's helper): the unanchored regex searched from `pos`.
    fn caps_from_by_regex(text: &str, pos: usize) -> Option<(usize, usize)> {
        static FIRST: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
            regex::Regex::new(r"\b(?:[Ôô]ng|[Bb]à) (\p{Lu}{1,7}(?: \p{Lu}{1,7}){1,3})\b")
                .expect("the first pattern builds")
        });
        let mut from = pos;
        while from <= text.len() {
            let caps = FIRST.captures_at(text, from)?;
            let (whole, name) = (caps.get(0)?, caps.get(1)?);
            let first = name.as_str().split(' ').next().unwrap_or_default();
            if super::surname(first) && crate::extract::text::word_end(text, name.end()) {
                return Some((name.start(), name.end()));
            }
            from = whole.end();
        }
        None
    }

    /// Pieces the random texts are made of: the titles (and near misses), words in capitals
    /// of every length around the limit of seven, family names, other scripts' capitals
    /// (Greek, Cyrillic, a Roman numeral and a circled letter, which are upper case but no
    /// `Lu`), lower-case words, digits, a combining mark, punctuation and spaces.
    const PIECES: &[&str] = &[
        "Ông ",
        "ông ",
        "Bà ",
        "bà ",
        "Ông",
        "Bà",
        "BÀ ",
        "ÔNG ",
        "Ông  ",
        "Bà\u{a0}",
        "xÔng ",
        "TRẦN",
        "NGUYỄN",
        "THỊ",
        "PHƯƠNG",
        "LAN",
        "A",
        "VĂN",
        "CÔNG",
        "NGUYỄNX",
        "ABCDEFGH",
        "ABCDEFG",
        "DUY",
        "TRIẾT",
        "ΑΒΓ",
        "ДЖ",
        "Ⅻ",
        "Ⓐ",
        "ǅ",
        "Lan",
        "anh",
        "ng",
        "à",
        "7",
        "\u{301}",
        "_",
        ",",
        ".",
        "-",
        ":",
        "(",
        ")",
        " ",
        " ",
        " ",
        "\n",
        "đ",
        "Đ",
    ];

    #[test]
    fn the_anchored_search_answers_as_the_first_regex() {
        let mut state: u64 = 0x2028_1207;
        let mut next = |bound: usize| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            ((state >> 33) as usize) % bound
        };
        let mut texts: Vec<String> = vec![
            "Bà TẠ THỊ PHƯƠNG LAN, Vụ phó Vụ Quản lý thuế TNCN".to_owned(),
            "Ông DUY TRIẾT, đại diện Công ty".to_owned(),
            "Ông NGUYỄN VĂN CÔNG, Giám đốc; bà TRẦN THỊ LAN nói".to_owned(),
        ];
        const TITLE: &[&str] = &["Ông ", "ông ", "Bà ", "bà ", "xÔng ", "Bà  "];
        const WORDS: &[&str] = &[
            "TRẦN",
            "NGUYỄN",
            "THỊ",
            "PHƯƠNG",
            "LAN",
            "A",
            "VĂN",
            "DUY",
            "ABCDEFGH",
            "ABCDEFG",
            "Ⅻ",
            "ΑΒΓ",
            "Lan",
            "NGUYỄNX",
        ];
        for _ in 0..20_000 {
            let mut text: String = (0..next(4)).map(|_| PIECES[next(PIECES.len())]).collect();
            if next(2) == 0 {
                // A title and one to five words of capitals, as a speaker is introduced.
                text.push_str(TITLE[next(TITLE.len())]);
                for word in 0..1 + next(5) {
                    if word > 0 {
                        text.push_str(if next(8) == 0 { "  " } else { " " });
                    }
                    text.push_str(WORDS[next(WORDS.len())]);
                }
            }
            text.extend((0..next(5)).map(|_| PIECES[next(PIECES.len())]));
            texts.push(text);
        }
        let mut named = 0;
        for text in &texts {
            for pos in 0..=text.len() {
                let found = caps_from(text, pos);
                assert_eq!(found, caps_from_by_regex(text, pos), "{text:?} from {pos}");
                named += usize::from(pos == 0 && found.is_some());
            }
        }
        // Not vacuous: many texts hold a name.
        assert!(named > 200, "only {named} texts hold a name");
    }
}
