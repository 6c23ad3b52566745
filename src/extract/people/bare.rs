//! Full names written bare, with no title, role or verb of saying: a person's when the name
//! has a common Vietnamese middle name (`middle_names.tsv`: "Nguyễn Đức Cường", "nghiên
//! cứu của Lê Văn Huỳnh") or follows a noun of a person that is no role (`person_nouns.tsv`:
//! "Cử tri Phạm Thị Thư", "ĐBQH Lê Thu Hà"), unless it is a byline or a photo credit, a
//! street's name (`street_names.tsv`, a name joined to another by a dash: "Nguyễn Du - Tôn
//! Đức Thắng") or ends with a place ("Hoàng Anh Gia Lai").

use std::collections::HashSet;
use std::sync::LazyLock;

use super::roles::RoleText;
use crate::extract::lexicon::{phrases, LEXICON};
use crate::extract::starts::ByLastBytes;
use crate::extract::text::word_start;
use crate::rules::Table;

/// `middle_names.tsv`: second syllables of a name that make it a person's written bare.
pub static MIDDLE_NAMES: Table = Table::new(
    "extract/rules/middle_names.tsv",
    include_str!("../rules/middle_names.tsv"),
    &["word"],
    &["word"],
);

/// `person_nouns.tsv`: nouns of a person, no role, after which a name is a person's.
pub static PERSON_NOUNS: Table = Table::new(
    "extract/rules/person_nouns.tsv",
    include_str!("../rules/person_nouns.tsv"),
    &["noun"],
    &["noun"],
);

/// `street_names.tsv`: names of three or more words the press writes after a street word.
pub static STREET_NAMES: Table = Table::new(
    "extract/rules/street_names.tsv",
    include_str!("../rules/street_names.tsv"),
    &["name"],
    &["name"],
);

/// The words of `middle_names.tsv`.
static MIDDLE: LazyLock<HashSet<String>> = LazyLock::new(|| {
    phrases(&MIDDLE_NAMES)
        .expect("the embedded middle_names.tsv parses (tested)")
        .into_iter()
        .collect()
});

/// The names of `street_names.tsv`.
static STREETS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    phrases(&STREET_NAMES)
        .expect("the embedded street_names.tsv parses (tested)")
        .into_iter()
        .collect()
});

/// The nouns of `person_nouns.tsv`, each with the space that follows it.
static NOUNS: LazyLock<Vec<String>> = LazyLock::new(|| {
    phrases(&PERSON_NOUNS)
        .expect("the embedded person_nouns.tsv parses (tested)")
        .into_iter()
        .map(|n| format!("{n} "))
        .collect()
});

/// The nouns of [`NOUNS`] by their last bytes (asked at every bare name).
static NOUNS_BY_END: LazyLock<ByLastBytes<&'static str>> = LazyLock::new(|| {
    let nouns: &'static [String] = &NOUNS;
    ByLastBytes::new(nouns.iter().map(|n| (n.as_str(), n.as_str())))
});

/// The fewest words of a name that its middle name makes a person's (a family name, the
/// middle name and a given name).
pub(super) const MIN_MIDDLE_NAMED_WORDS: usize = 3;

/// Whether `word` is a middle name of `middle_names.tsv` ("Văn", "Thị", "Quang").
pub(super) fn is_middle_name(word: &str) -> bool {
    MIDDLE.contains(word)
}

/// Words that credit a photo, a video or a report, lower-cased, written right before the
/// name ("Ảnh: Lê Quân.", "(Ảnh: Nguyễn Văn Hải)", "Bài và ảnh: …"): the name is a
/// byline's, which the guidelines leave out.
const CREDIT_WORDS: [&str; 9] = [
    "ảnh:", "ảnh", "nguồn:", "video:", "clip:", "họa:", "bài:", "tin:", "hiện:",
];

/// Countries whose Vietnamese name starts with a family name of `surnames.tsv`: after a
/// noun of a person they are the person's country ("Stefan Struik, 54 tuổi, công dân Hà
/// Lan", general-10k baomoi-22755116); the place tables hold no countries.
const COUNTRIES_WITH_SURNAME: [&str; 4] = ["Cao Miên", "Hà Lan", "Mã Lai", "Thái Lan"];

/// "Theo" before a name that ends its line: a report's source ("Theo Nguyễn Văn Hải"), a
/// byline.
const SOURCE_WORD: &str = "theo";

/// Whether the name at `start..end`, found with no title, role, verb of saying, list or
/// earlier mention, is a person's all the same: after a noun of `person_nouns.tsv`, or with
/// a middle name of `middle_names.tsv` and not a street's; never a byline or a credit.
pub(super) fn bare_person(rt: &RoleText<'_>, start: usize, end: usize) -> bool {
    let text = rt.text;
    let Some(name) = text.get(start..end) else {
        return false;
    };
    // The cheap tests first (stop 19): most names have neither a noun before them nor a
    // middle name, and then the line's window need not be read for a byline.
    let noun = noun_before(text, start);
    let middle = || middle_named(text, name, start) && !STREETS.contains(name);
    if !noun && !middle() {
        return false;
    }
    if COUNTRIES_WITH_SURNAME.contains(&name) || byline_or_credit(text, start, end) {
        return false;
    }
    noun || !dash_joined(rt, start, end)
}

/// Whether a noun of `person_nouns.tsv` ends right before `start`, at a word start.
fn noun_before(text: &str, start: usize) -> bool {
    let Some(head) = text.get(..start) else {
        return false;
    };
    NOUNS_BY_END.ending(head).iter().any(|n| {
        head.strip_suffix(n)
            .is_some_and(|h| word_start(head, h.len()))
    })
}

/// Whether `name` has at least [`MIN_MIDDLE_NAMED_WORDS`] words, its second a middle name
/// of `middle_names.tsv`, and does not end with a place of two words ("Hoàng Anh Gia Lai",
/// a football club).
fn middle_named(text: &str, name: &str, start: usize) -> bool {
    let words: Vec<&str> = name.split(' ').collect();
    if words.len() < MIN_MIDDLE_NAMED_WORDS || !words.get(1).is_some_and(|w| MIDDLE.contains(*w)) {
        return false;
    }
    // The place test starts at the third word of a four-word name.
    let third = words.iter().take(2).map(|w| w.len() + 1).sum::<usize>();
    words.len() < 4
        || LEXICON
            .place_at(text, start + third)
            .is_none_or(|(place_end, _)| place_end != start + name.len())
}

/// Whether the name at `start..end` is a byline or a credit: its line holds no lower-case
/// word besides it (a line of names: "Nguyễn Văn Hải - Lê Quân"), a credit word of
/// [`CREDIT_WORDS`] stands right before it, or "Theo" does and the name ends the line.
fn byline_or_credit(text: &str, start: usize, end: usize) -> bool {
    // The line around the name, read at most LINE_WINDOW bytes each side (a byline's line
    // is short; reading whole lines at every name of one long line was quadratic).
    let from = floor_boundary(text, start.saturating_sub(LINE_WINDOW));
    let to = floor_boundary(text, end.saturating_add(LINE_WINDOW).min(text.len()));
    let window_before = text.get(from..start).unwrap_or_default();
    let before = window_before
        .rfind('\n')
        .and_then(|i| window_before.get(i + 1..))
        .unwrap_or(window_before);
    let window_after = text.get(end..to).unwrap_or_default();
    let after = window_after
        .find('\n')
        .and_then(|i| window_after.get(..i))
        .unwrap_or(window_after);
    if !before.chars().chain(after.chars()).any(char::is_lowercase) {
        return true;
    }
    if closing_byline(text, end) || house_number_before(before) {
        return true;
    }
    let lead_from = floor_boundary(before, before.len().saturating_sub(LEAD_BYTES));
    let lead = before
        .get(lead_from..)
        .unwrap_or(before)
        .trim_end()
        .to_lowercase();
    let lead = lead.trim_start_matches(['(', '[']);
    let ends_with_word = |w: &str| {
        lead.strip_suffix(w)
            .is_some_and(|h| h.is_empty() && lead_from == 0 || h.ends_with([' ', '(', '[', ',']))
    };
    CREDIT_WORDS.iter().any(|w| ends_with_word(w))
        || ends_with_word(SOURCE_WORD)
            && !after
                .trim_end_matches(['.', ')', ' ', '"', '”'])
                .chars()
                .any(char::is_alphanumeric)
}

/// The bytes of a name's line read on each side of it ([`byline_or_credit`]).
const LINE_WINDOW: usize = 256;

/// The bytes before a name in which a credit word is looked for (the longest credit word
/// with its parenthesis and spaces is far shorter).
const LEAD_BYTES: usize = 32;

/// The largest char boundary of `text` at or before `pos`.
fn floor_boundary(text: &str, pos: usize) -> usize {
    let mut pos = pos.min(text.len());
    while !text.is_char_boundary(pos) {
        pos -= 1;
    }
    pos
}

/// The most bytes after a name that closes the text as its byline: a source or a note
/// ("Vũ Quang Việt/Thời báo Kinh tế Sài Gòn", "Đỗ Thu Thoan (t/h)", "Chu Thanh Vân (TTXVN)").
const MAX_BYLINE_TAIL_BYTES: usize = 48;

/// Whether the name ending at `end` closes the text as its byline: nothing after it but
/// punctuation, or a source after a slash or in parentheses that ends the text, within
/// [`MAX_BYLINE_TAIL_BYTES`] ("… cân bằng hạt nhân hiện nay. Đặng Phương Thảo -"; labour.jsonl:
/// "Đỗ Thu Thoan (t/h)", "Vũ Quang Việt/Thời báo Kinh tế Sài Gòn").
fn closing_byline(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or_default();
    if rest.len() > 4 * MAX_BYLINE_TAIL_BYTES {
        return false;
    }
    let tail = rest.trim();
    tail.len() <= MAX_BYLINE_TAIL_BYTES
        && !tail.contains('\n')
        && (tail.starts_with('(') && tail.ends_with(')')
            || tail.starts_with('/')
            || !tail.chars().any(char::is_alphanumeric))
}

/// Whether the line before a name ends with a house number ("địa chỉ 13G Nguyễn Thị Tần,
/// phường 2, quận 8", labour.jsonl) or "số": the name is the street's.
fn house_number_before(before: &str) -> bool {
    let Some(word) = before.strip_suffix(' ').and_then(|h| h.rsplit(' ').next()) else {
        return false;
    };
    word == "số"
        || word.starts_with(|c: char| c.is_ascii_digit())
            && word.chars().all(|c| c.is_ascii_alphanumeric() || c == '/')
}

/// Whether the name at `start..end` is joined by a dash to a capitalized word that is no
/// role word: a street of a list or a junction ("góc đường Nguyễn Du - Tôn Đức Thắng",
/// "Hoàng Văn Thụ - Hùng Vương - … - Phan Đình Phùng"); not "Nguyễn Bá Châu- Chánh văn
/// phòng", a role after the dash.
fn dash_joined(rt: &RoleText<'_>, start: usize, end: usize) -> bool {
    let text = rt.text;
    let head = text.get(..start).unwrap_or_default();
    let dash_before = head
        .strip_suffix("- ")
        .map(|h| h.trim_end())
        .and_then(|h| h.rsplit(' ').next())
        .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
    let rest = text.get(end..).unwrap_or_default();
    let after = rest.strip_prefix(" - ").or_else(|| rest.strip_prefix("- "));
    let dash_after = after.is_some_and(|a| {
        let next = end + (rest.len() - a.len());
        a.chars().next().is_some_and(char::is_uppercase) && rt.role_word_at(next).is_none()
    });
    dash_before || dash_after
}
