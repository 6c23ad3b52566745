//! The text toolkit of every extractor: what a word is and where it starts and ends, the
//! words before and after a position, a lower-cased copy with the same byte offsets,
//! sentences, and byte spans.
//!
//! A **word** is a run of letters and digits ([`is_word_char`]); a position is a **word
//! start** or **word end** when no word character touches it on that side. Positions are
//! byte offsets into the text; they become code point offsets once, when records are built
//! ([`ByteSpan::to_chars`]).

use std::sync::LazyLock;

use crate::extract::lexicon::Phrase;
use crate::normalize::chars::is_alpha;
use crate::normalize::CharOffsets;
use crate::rules::Table;

/// A byte range `start..end` of a document's text, as the extractors find it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct ByteSpan {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
}

impl ByteSpan {
    /// The span `start..end`.
    pub fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    /// The text the span covers ("" when it does not slice `text`).
    pub fn slice(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or_default()
    }

    /// The span as code point offsets `(start, end)` into the text `offsets` was built on:
    /// the one conversion from the extractors' byte offsets to the records' positions.
    pub fn to_chars(self, offsets: &CharOffsets) -> (usize, usize) {
        (
            offsets.char_offset(self.start),
            offsets.char_offset(self.end),
        )
    }
}

/// Whether `c` belongs to a word (letters, digits, and the `/` of "Đ/c").
pub fn is_word_char(c: char) -> bool {
    crate::normalize::chars::is_alnum(c)
}

/// Whether byte `pos` of `text` is a word start (no word character just before it).
pub fn word_start(text: &str, pos: usize) -> bool {
    text.get(..pos)
        .and_then(|head| head.chars().next_back())
        .is_none_or(|c| !is_word_char(c))
}

/// Whether byte `pos` of `text` is a word end (no word character just after it).
pub fn word_end(text: &str, pos: usize) -> bool {
    text.get(pos..)
        .and_then(|tail| tail.chars().next())
        .is_none_or(|c| !is_word_char(c))
}

/// The word (letters and digits) starting at byte `pos`, and its end.
pub fn word_at(text: &str, pos: usize) -> Option<(&str, usize)> {
    let tail = text.get(pos..)?;
    let len: usize = tail
        .chars()
        .take_while(|c| is_word_char(*c))
        .map(char::len_utf8)
        .sum();
    (len > 0).then(|| (&tail[..len], pos + len))
}

/// The run of letters starting at byte `pos` ("" when none): the money rules' unit words,
/// which end at a digit ("triệu5").
pub fn letters_at(text: &str, pos: usize) -> &str {
    let rest = text.get(pos..).unwrap_or("");
    let len = rest.find(|c: char| !is_alpha(c)).unwrap_or(rest.len());
    &rest[..len]
}

/// The position just after one space at `pos`, if there is one.
pub fn after_space(text: &str, pos: usize) -> Option<usize> {
    text.get(pos..)?.starts_with(' ').then_some(pos + 1)
}

/// The next word after one space at `pos`: the word and its end.
pub fn next_word(text: &str, pos: usize) -> Option<(&str, usize, usize)> {
    let start = after_space(text, pos)?;
    let (word, end) = word_at(text, start)?;
    Some((word, start, end))
}

/// The end of `literal` when `text` has it at `pos` followed by a word boundary.
pub fn literal_at(text: &str, pos: usize, literal: &str) -> Option<usize> {
    let end = pos + literal.len();
    (text.get(pos..end) == Some(literal) && word_end(text, end)).then_some(end)
}

/// The end of the first of `literals` found at `pos` (each followed by a word boundary).
pub fn any_literal_at(text: &str, pos: usize, literals: &[&str]) -> Option<usize> {
    literals.iter().find_map(|l| literal_at(text, pos, l))
}

/// Whether `word` starts with an upper-case letter.
pub fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// The word (letters and digits) just before byte `pos`, separated from it by exactly one
/// space: its start and the word.
///
/// The `*_before` functions differ only in what they take as the word:
/// - [`word_before`]: a [word](is_word_char) after one space ("Đảng" in "của Đảng ");
/// - [`letter_word_before`]: letters only after one space (a number is no word: the date
///   rules read "ngày" in "ngày 5 " but nothing before "2023 ");
/// - [`letters_ending_at`]: letters touching `pos`, no space, possibly none (the money rules
///   read a unit glued to its number: "5tr").
pub fn word_before(text: &str, pos: usize) -> Option<(usize, &str)> {
    let head = text.get(..pos)?.strip_suffix(' ')?;
    let len: usize = head
        .chars()
        .rev()
        .take_while(|c| is_word_char(*c))
        .map(char::len_utf8)
        .sum();
    (len > 0).then(|| (head.len() - len, &head[head.len() - len..]))
}

/// The run of letters just before byte `pos`, separated from it by exactly one space: its
/// start and the letters (see [`word_before`]).
pub fn letter_word_before(text: &str, pos: usize) -> Option<(usize, &str)> {
    let before = text.get(..pos)?.strip_suffix(' ')?;
    let start = letters_start(before)?;
    Some((start, &before[start..]))
}

/// The run of letters after one space at byte `pos` of `text` ("" when none follows): the
/// next word, as `letter_word_before` gives the one before.
pub fn letter_word_after(text: &str, pos: usize) -> &str {
    let after = text
        .get(pos..)
        .and_then(|t| t.strip_prefix(' '))
        .unwrap_or_default();
    let end = after
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(after.len());
    &after[..end]
}

/// The start of the run of letters that ends `text`, `None` when it ends with no letter.
/// A plain loop from the end: the `rev().take_while().last()` it replaces was inlined or
/// not as the code generation units fell, one call per word of every text when not (11 M
/// instructions on 300 lines of the varied seeds, stop 19).
#[inline]
fn letters_start(text: &str) -> Option<usize> {
    let mut start = None;
    let mut chars = text.char_indices();
    while let Some((i, c)) = chars.next_back() {
        if !is_alpha(c) {
            break;
        }
        start = Some(i);
    }
    start
}

/// The run of letters ending exactly at byte `pos`, with its start: `(pos, "")` when a
/// non-letter (or nothing) is just before `pos`, or `pos` is not a boundary of `text` (see
/// [`word_before`]).
pub fn letters_ending_at(text: &str, pos: usize) -> (usize, &str) {
    let Some(before) = text.get(..pos) else {
        return (pos, "");
    };
    let start = letters_start(before).unwrap_or(pos);
    (start, &before[start..])
}

/// The largest character boundary of `text` at or before `pos` (clamped to its length).
pub fn floor_boundary(text: &str, pos: usize) -> usize {
    let mut pos = pos.min(text.len());
    while !text.is_char_boundary(pos) {
        pos -= 1;
    }
    pos
}

/// The smallest character boundary of `text` at or after `pos` (clamped to its length).
pub fn ceil_boundary(text: &str, pos: usize) -> usize {
    let mut pos = pos.min(text.len());
    while !text.is_char_boundary(pos) {
        pos += 1;
    }
    pos
}

/// Lower-cases `text` character by character, keeping a character as it is when its lower
/// case has another UTF-8 length, so that byte offsets stay the same.
pub fn lower_aligned(text: &str) -> String {
    crate::normalize::chars::lower_aligned(text)
}

/// Byte ranges of the sentences of `text` from byte `from`: a sentence ends at a line break,
/// at `.`, `!`, `?` or `...` followed by a space, at one of them glued to the upper-case
/// letter that opens the next sentence (`glued_stop`: "đồng.Theo", "2017.Thủ tướng"), at
/// `;` followed by a space and an upper-case letter, or after a photo credit run into the
/// body (`photo_credit_closes`: "(Ảnh: Reuters) Đây cũng là …"). The range includes the
/// closing punctuation.
pub fn sentences(text: &str, from: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = from;
    let bytes = text.as_bytes();
    let mut i = from;
    let mut ends = EndBytes::new(bytes);
    loop {
        // Straight to the next byte that may end a sentence.
        i = ends.next(i);
        let Some(&b) = bytes.get(i) else {
            break;
        };
        let end = match b {
            b'\n' => Some((i, i + 1)),
            b'.' | b'!' | b'?' => {
                let mut j = i;
                while j < bytes.len() && matches!(bytes[j], b'.' | b'!' | b'?') {
                    j += 1;
                }
                let next_upper = text
                    .get(j + 1..)
                    .and_then(|t| t.chars().next())
                    .is_none_or(|c| c.is_uppercase() || c == '"');
                let abbreviation = j - i == 1 && b == b'.' && is_abbreviation_before(text, i);
                let ends = j >= bytes.len()
                    || bytes[j] == b'\n'
                    || (bytes[j] == b' ' && !abbreviation && (j - i < 3 || next_upper))
                    || glued_stop(text, i, j);
                if ends {
                    Some((j, j))
                } else {
                    i = j;
                    continue;
                }
            }
            b')' => photo_credit_closes(text, i).then_some((i + 1, i + 1)),
            b';' => {
                let upper = text
                    .get(i + 2..)
                    .and_then(|t| t.chars().next())
                    .is_some_and(char::is_uppercase);
                (bytes.get(i + 1) == Some(&b' ') && upper).then_some((i + 1, i + 1))
            }
            _ => None,
        };
        match end {
            Some((sentence_end, next)) => {
                push_trimmed(text, start, sentence_end, &mut out);
                start = next;
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

/// Where the bytes [`sentences`] stops at are (`\n`, `.`, `!`, `?`, `;`, `)`): two `memchr3`
/// searches, of the frequent three (`.`, `\n`, `)`) and of the rare (`;`, `!`, `?`), instead
/// of a table look-up per byte (stop 21). Each search's last answer is kept while it is at or
/// after the position asked for: [`sentences`] asks for positions that never decrease, so
/// each search reads every byte of the text at most once (linear time, also when one of the
/// two finds nothing: it is not run again from each stop of the other).
struct EndBytes<'a> {
    bytes: &'a [u8],
    /// Per search, the first byte it found at or after a position no later than the last one
    /// asked for (`bytes.len()` for none), once it has run.
    found: [Option<usize>; 2],
}

impl<'a> EndBytes<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Self {
            bytes,
            found: [None; 2],
        }
    }

    /// The first byte at or after `from` that may end a sentence, or the text's length.
    /// `from` must not be less than in the call before.
    fn next(&mut self, from: usize) -> usize {
        let bytes = self.bytes;
        let rest = bytes.get(from..).unwrap_or_default();
        for (k, found) in self.found.iter_mut().enumerate() {
            if found.is_none_or(|at| at < from) {
                let hit = if k == 0 {
                    memchr::memchr3(b'.', b'\n', b')', rest)
                } else {
                    memchr::memchr3(b';', b'!', b'?', rest)
                };
                *found = Some(hit.map_or(bytes.len(), |h| from + h));
            }
        }
        let [a, b] = self.found;
        a.unwrap_or(bytes.len()).min(b.unwrap_or(bytes.len()))
    }
}

/// The most bytes [`photo_credit_closes`] reads back for the credit's `(`: real credits
/// hold a photographer and an agency ("(Ảnh: Trần Quang Vinh/TTXVN)", 36 bytes).
const CREDIT_WINDOW: usize = 80;

/// Whether the `)` at `close` ends a photo credit run into the body: a parenthesis opening
/// with the word "Ảnh"/"ảnh" ("(Ảnh: Reuters)", "(Ảnh minh họa)", "(ảnh cắt từ clip)"),
/// then one space and an upper-case letter: "… nơi xảy ra vụ du khách nước ngoài mất tích
/// (Ảnh minh họa) Thông tin từ Cảng vụ …". The caption and its credit end there, and the
/// body's first sentence starts; what the caption shows (a person, a place, a day) is no
/// part of it. "(ảnh phải) có trong tay …" goes on in lower case and stays one sentence.
fn photo_credit_closes(text: &str, close: usize) -> bool {
    let (Some(head), Some(tail)) = (text.get(..close), text.get(close + 1..)) else {
        return false;
    };
    let opens_body = tail
        .strip_prefix(' ')
        .and_then(|t| t.chars().next())
        .is_some_and(char::is_uppercase);
    if !opens_body {
        return false;
    }
    let window = &head[floor_boundary(head, head.len().saturating_sub(CREDIT_WINDOW))..];
    let Some(open) = window.rfind(['(', ')']) else {
        return false;
    };
    let inside = &window[open + 1..];
    window[open..].starts_with('(')
        && ["Ảnh", "ảnh"]
            .iter()
            .any(|w| inside.starts_with(w) && word_end(inside, w.len()))
}

/// `glued_stop_abbreviations.tsv`: capitalized abbreviations ending in a lower-case letter
/// that a dot glues to a capitalized word inside a sentence ("Tp.HCM", "Atl.Madrid").
pub static GLUED_STOP_ABBREVIATIONS: Table = Table::new(
    "extract/rules/glued_stop_abbreviations.tsv",
    include_str!("rules/glued_stop_abbreviations.tsv"),
    &["word", "corpus"],
    &["word"],
);

/// The words of [`GLUED_STOP_ABBREVIATIONS`], parsed on first use.
static GLUED_ABBREVIATIONS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    GLUED_STOP_ABBREVIATIONS
        .load::<Phrase>()
        .expect("the embedded glued-stop abbreviations parse (tested)")
        .into_iter()
        .map(|p| p.0)
        .collect()
});

/// The most bytes [`glued_stop`] reads on either side of the stop: a word or token longer
/// than that is read as a plain word (no initial, abbreviation, list number or address).
const GLUED_WINDOW: usize = 48;

/// Whether the stop `text[stop..after]` (`.`, `!`, `?`, `...`) glued to the upper-case letter
/// at `after` ends a sentence, as stripped markup or a missed space leave it ("… xử lý nợ
/// xấu.Đồng thời đẩy mạnh …", "… trong tháng 6/2017.Phó Thủ tướng …", "… còn xa\".Làn sóng
/// chỉ trích …"). It does when the character before the stop is
/// - a lower-case letter, unless its word is a single ASCII letter (an initial or "v.v.":
///   "Cecil b.Curry"), or is capitalized and either a `glued_stop_abbreviations.tsv` word or
///   glued to an all-capital word ("Tp.HCM", "Sanatech.KH", "Than.QN");
/// - a digit, unless the number is a list item's (1 to 3 digits alone: "5.Olivera,
///   7.Ardaiz");
/// - a closing `)`, `”`, `’`, `»`, `…`, `%`, or a `"` that follows no space;
///
/// and never when it is an upper-case letter ("TP.HCM", "T.Ư", "P.V", "Nguyễn V.A.") or
/// the stop is part of an address: the word after it goes on with a dot and a letter
/// ("www.Laodong.vn", "Sanest.T.KH"), or the token before it holds `://` or `@`, or starts
/// with "www". Reads at most [`GLUED_WINDOW`] bytes on either side.
fn glued_stop(text: &str, stop: usize, after: usize) -> bool {
    let (Some(head), Some(tail)) = (text.get(..stop), text.get(after..)) else {
        return false;
    };
    if !tail.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    let tail = &tail[..floor_boundary(tail, GLUED_WINDOW)];
    let next_word = &tail[..word_len(tail.chars())];
    let rest = &tail[next_word.len()..];
    if rest
        .strip_prefix('.')
        .is_some_and(|r| r.starts_with(char::is_alphanumeric))
    {
        return false;
    }
    let window = &head[floor_boundary(head, head.len().saturating_sub(GLUED_WINDOW))..];
    let token = window.rsplit(char::is_whitespace).next().unwrap_or(window);
    if token.contains("://") || token.contains('@') || token.starts_with("www") {
        return false;
    }
    let Some(before) = token.chars().next_back() else {
        return false;
    };
    if before.is_lowercase() {
        let word = &token[token.len() - word_len(token.chars().rev())..];
        let all_capitals =
            next_word.chars().nth(1).is_some() && next_word.chars().all(char::is_uppercase);
        // One byte: a single ASCII letter.
        word.len() > 1
            && !(is_capitalized(word) && (all_capitals || GLUED_ABBREVIATIONS.contains(&word)))
    } else if before.is_ascii_digit() {
        !(token.len() <= 3 && token.bytes().all(|b| b.is_ascii_digit()))
    } else {
        match before {
            ')' | '”' | '’' | '»' | '…' | '%' => true,
            '"' => token.len() > 1,
            _ => false,
        }
    }
}

/// The length in bytes of the run of word characters `chars` starts with.
fn word_len(chars: impl Iterator<Item = char>) -> usize {
    chars
        .take_while(|c| is_word_char(*c))
        .map(char::len_utf8)
        .sum()
}

/// Whether the dot at `dot` closes an abbreviation ("TP.", an initial) rather than a
/// sentence.
fn is_abbreviation_before(text: &str, dot: usize) -> bool {
    let head = text.get(..dot).unwrap_or_default();
    // The word before the dot, read in place (a `String` of it reversed was one allocation
    // per full stop of every text, stop 19).
    let word = &head[head.len() - word_len(head.chars().rev())..];
    let mut chars = word.chars();
    word == "TP" || (chars.next().is_some_and(char::is_uppercase) && chars.next().is_none())
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let Some(slice) = text.get(start..end) else {
        return;
    };
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    if start + lead < end - trail {
        out.push((start + lead, end - trail));
    }
}

#[cfg(test)]
mod tests {
    /// `EndBytes::next` finds what a look-up of each byte in a table of the six finds, from
    /// every position, asked in increasing steps of 1 to 7 bytes, on a corpus sentence with
    /// every end byte and on texts without some of them.
    #[test]
    fn end_bytes_are_the_table_scan() {
        let table = |b: u8| matches!(b, b'\n' | b'.' | b'!' | b'?' | b';' | b')');
        for text in [
            "Sáng 17/1, LĐLĐ quận Thanh Khê (Đà Nẵng) tổ chức hội nghị tổng kết; dự có 1.199 \
             đoàn viên.\nVì sao? Hay quá! Tiếp...",
            "không có dấu nào ở đây cả",
            "chỉ có chấm. và chấm.",
            "!?;",
            "",
        ] {
            let bytes = text.as_bytes();
            for step in 1..=7 {
                let mut ends = super::EndBytes::new(bytes);
                for from in (0..=bytes.len() + 1).step_by(step) {
                    let expected = bytes
                        .get(from..)
                        .and_then(|rest| rest.iter().position(|&b| table(b)))
                        .map_or(bytes.len(), |skipped| from + skipped);
                    assert_eq!(ends.next(from), expected, "{text:?} from {from}");
                }
            }
        }
    }

    use super::*;

    #[test]
    fn sentences_split_on_semicolon_before_capital_only() {
        // 002: two events, two sentences.
        let text = "với tổng trị giá 273 triệu đồng; Trao tặng 20 chiếc xe đạp. Hết";
        let s: Vec<&str> = sentences(text, 0)
            .iter()
            .map(|(a, b)| &text[*a..*b])
            .collect();
        assert_eq!(
            s,
            [
                "với tổng trị giá 273 triệu đồng;",
                "Trao tặng 20 chiếc xe đạp.",
                "Hết"
            ]
        );
        let text = "hội nghị cán bộ, công chức, viên chức; có 14 CĐCS doanh nghiệp ký mới.";
        assert_eq!(sentences(text, 0).len(), 1);
    }

    #[test]
    fn ellipsis_before_lower_case_does_not_end_the_sentence() {
        // 004: the branded programmes are one sentence, up to "thương hiệu".
        let text =
            "\"Chợ Tết Công đoàn\", \"Tháng Công nhân\"... đã trở thành thương hiệu. Hết... Tiếp";
        let s: Vec<&str> = sentences(text, 0)
            .iter()
            .map(|(a, b)| &text[*a..*b])
            .collect();
        assert_eq!(s.len(), 3, "{s:?}");
        let text = "tại TP. Hồ Chí Minh. Các huyện. tổ chức tốt";
        let s: Vec<&str> = sentences(text, 0)
            .iter()
            .map(|(a, b)| &text[*a..*b])
            .collect();
        assert_eq!(s, ["tại TP. Hồ Chí Minh.", "Các huyện.", "tổ chức tốt"]);
    }

    #[test]
    fn sentences_keep_decimal_and_date_dots() {
        let text = "diễn ra sáng 20.12, Chủ tịch cho biết... Hết";
        let s: Vec<&str> = sentences(text, 0)
            .iter()
            .map(|(a, b)| &text[*a..*b])
            .collect();
        assert_eq!(s, ["diễn ra sáng 20.12, Chủ tịch cho biết...", "Hết"]);
    }

    #[test]
    fn lower_aligned_keeps_offsets() {
        let text = "Đại hội XIII Công đoàn Việt Nam";
        let lower = lower_aligned(text);
        assert_eq!(lower, "đại hội xiii công đoàn việt nam");
        assert_eq!(lower.len(), text.len());
    }

    #[test]
    fn words_before_and_after() {
        let text = "của Đảng, chính sách";
        let pos = text.find("Đảng").unwrap_or(0);
        assert_eq!(word_before(text, pos), Some((0, "của")));
        assert_eq!(letter_word_before("ngày 5 2023", 8), None);
        assert_eq!(word_before("ngày 5 2023", 8), Some((6, "5")));
        assert_eq!(letter_word_before("ngày 5", 6), Some((0, "ngày")));
        assert_eq!(letter_word_after("quý I hàng năm", 6), "hàng");
        assert_eq!(letter_word_after("quý I năm2016", 6), "năm");
        assert_eq!(letter_word_after("quý I, 2016", 6), "");
        assert_eq!(letters_ending_at("5tr", 3), (1, "tr"));
        assert_eq!(letters_ending_at("5 tr", 2), (2, ""));
        assert_eq!(
            next_word(text, text.find(' ').unwrap_or(0)).map(|w| w.0),
            Some("Đảng")
        );
    }

    fn split(text: &str) -> Vec<&str> {
        sentences(text, 0)
            .iter()
            .map(|&(a, b)| &text[a..b])
            .collect()
    }

    #[test]
    fn glued_stops_end_sentences() {
        // general-10k baomoi-22656733, dantri-news_entertainment_165,
        // dantri-news_education_083, baomoi-22662780, baomoi-21469847 (shortened).
        assert_eq!(
            split("về xử lý nợ xấu.Đồng thời đẩy mạnh cải cách"),
            ["về xử lý nợ xấu.", "Đồng thời đẩy mạnh cải cách"]
        );
        assert_eq!(
            split("họp Chính phủ thường kỳ tháng 6/2017.Phó Thủ tướng Vương Đình Huệ"),
            [
                "họp Chính phủ thường kỳ tháng 6/2017.",
                "Phó Thủ tướng Vương Đình Huệ"
            ]
        );
        assert_eq!(
            split("của nữ diễn viên \"còn xa\".Làn sóng chỉ trích"),
            ["của nữ diễn viên \"còn xa\".", "Làn sóng chỉ trích"]
        );
        assert_eq!(
            split("được triệu tập (tỷ lệ 91,5%).Kết quả bầu cử"),
            ["được triệu tập (tỷ lệ 91,5%).", "Kết quả bầu cử"]
        );
        assert_eq!(
            split("sẽ ra sao?Ai sẽ đền bù"),
            ["sẽ ra sao?", "Ai sẽ đền bù"]
        );
        assert_eq!(
            split("áp suất lốp, camera lùi...Trax cũng là"),
            ["áp suất lốp, camera lùi...", "Trax cũng là"]
        );
        // A Vietnamese one-letter particle is a word, not an initial (baomoi-22615059).
        assert_eq!(split("anh ạ.Còn nhớ"), ["anh ạ.", "Còn nhớ"]);
    }

    #[test]
    fn glued_dots_inside_sentences_stay() {
        // Abbreviations, initials, list numbers, numbers, addresses (general-10k and
        // labour: baomoi-22263144, baomoi-21491457, baomoi-22264684, baomoi-22506967,
        // baomoi-21489536, baomoi-22628444, baomoi-21476395).
        for text in [
            "lưu giữ tại cảng VICT (Tp.HCM)",
            "Lãnh đạo TP.HCM bày tỏ mong muốn",
            "Ban Bí thư T.Ư Đảng",
            "số điện thoại của Ths.BS Nguyễn Hoàng Phúc",
            "Nhà sử học quân sự Mỹ Cecil b.Curry đã nói",
            "U20 Uruguay: 1.Mele, 4.Rodriguez, 5.Olivera",
            "tổng tỉ số 3-2 trước Atl.Madrid",
            "tên miền “.GOV.VN” của cả nước",
            "Sanna Khánh Hòa – Sannatech.KH",
            "Tin-ảnh: Tr.Thường",
            "theo www.Laodong.vn cho biết",
            "gửi về info@Congdoan.Vn nhé",
            "ông Nguyễn V.A. cho biết",
            "P.V ghi nhận 1.500 người, laodong.vn đưa tin",
        ] {
            assert_eq!(split(text), [text], "{text}");
        }
    }

    #[test]
    fn photo_credits_run_into_the_body_end_the_caption() {
        // general-10k baomoi-21472840, baomoi-22678517, baomoi-22321990, dantri-news_education_037
        // (shortened).
        assert_eq!(
            split("vụ du khách nước ngoài mất tích (Ảnh minh họa) Thông tin từ Cảng vụ"),
            [
                "vụ du khách nước ngoài mất tích (Ảnh minh họa)",
                "Thông tin từ Cảng vụ"
            ]
        );
        assert_eq!(
            split("đang nằm điều trị tại BV Bạch Mai (Ảnh: Thùy Linh) Tiêm thuốc giảm đau"),
            [
                "đang nằm điều trị tại BV Bạch Mai (Ảnh: Thùy Linh)",
                "Tiêm thuốc giảm đau"
            ]
        );
        for text in [
            "HLV Darren Bazeley (ảnh phải) có trong tay át chủ bài",
            "Bác sĩ Nguyễn Quốc Khánh (Anh Ba Sài Gòn) chia sẻ",
            "Sở Y tế (Ảnh (cũ)) Sáng nay",
        ] {
            assert_eq!(split(text), [text], "{text}");
        }
    }

    /// A deterministic stream of pseudo-random numbers (xorshift).
    fn xorshift(state: &mut u64) -> u64 {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        *state
    }

    fn check_spans(text: &str) {
        let mut last = 0;
        for (start, end) in sentences(text, 0) {
            assert!(
                last <= start && start < end && end <= text.len(),
                "{text:?}"
            );
            assert!(
                text.is_char_boundary(start) && text.is_char_boundary(end),
                "{text:?}"
            );
            last = end;
        }
    }

    #[test]
    fn hostile_input_splits_without_panic_on_char_boundaries() {
        // Every byte (as the lossy text a reader would make of it), next to every stop.
        for b in 0..=255u8 {
            for stop in [".", "!", "?", "...", ";", ". "] {
                let bytes = [b"a", &[b][..], stop.as_bytes(), &[b][..], b"B"].concat();
                check_spans(&String::from_utf8_lossy(&bytes));
            }
        }
        // Long runs of dots, glued and spaced, and a stop at either end.
        check_spans(&".".repeat(10_000));
        check_spans(&"a.B".repeat(5_000));
        check_spans(&format!("Đ{}Đ", ".".repeat(3_000)));
        // Mixed scripts and multi-byte spaces, glued in every order.
        const PIECES: [&str; 22] = [
            ".", "!", "?", " ", "\n", ";", "\"", "”", "“", "a", "Đ", "ạ", "1", "T", "\u{a0}",
            "\u{3000}", "漢", "😀", "@", "www", "(Ảnh", ")",
        ];
        let mut state = 0x2545_f491_4f6c_dd1d;
        for _ in 0..3_000 {
            let len = xorshift(&mut state) % 40;
            let text: String = (0..len)
                .map(|_| PIECES[(xorshift(&mut state) % PIECES.len() as u64) as usize])
                .collect();
            check_spans(&text);
        }
    }
}
