//! Reading a quantity at a place in the text: digits or number words, their scale words
//! ("60,8 tỷ", "1 tỷ 200 triệu", "hai mươi lăm", "hàng trăm nghìn tỷ"), and whether a digit
//! run starts one at all.

use std::sync::LazyLock;

use super::numbers::{is_number_word, parse_number_words, parse_numeral, parse_scale, scale_of};
use super::qualifiers::is_vague_marker;
use super::words::{letters_at, letters_ending_at, word_ci, word_start};
use crate::extract::caseless::{lower_in, with_lower};
use crate::extract::spans::Spanned;
use crate::extract::text::ByteSpan;
use crate::rules::{Line, List, Row, RuleError, Table};

/// The rule table: words before a number that make it no quantity, and the words before
/// them that keep it one.
pub(crate) static NOT_QUANTITY_BEFORE_TSV: Table = Table::new(
    "extract/rules/not_quantity_before.tsv",
    include_str!("../rules/not_quantity_before.tsv"),
    &["word", "unless_after"],
    &["word"],
);

/// A row of [`NOT_QUANTITY_BEFORE_TSV`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NotQuantityBefore {
    /// The word just before the number, lower case.
    pub word: &'static str,
    /// The words before `word` that keep the number a quantity.
    pub unless_after: Vec<&'static str>,
}

impl Row for NotQuantityBefore {
    fn from_line(line: &Line<'_>) -> Result<Self, RuleError> {
        let unless: Option<List<&'static str>> = line.get("unless_after")?;
        Ok(NotQuantityBefore {
            word: line.get("word")?,
            unless_after: unless.map_or_else(Vec::new, |list| list.0),
        })
    }
}

/// Words before a number that make it a date, an ordinal or an identifier ("năm 2000",
/// "số 5", "Chỉ thị 05"), each with the words before it that keep the number a quantity
/// ("tổng số 500", "mỗi tháng 7 triệu đồng"); a malformed table (caught by the tests) yields
/// none.
static NOT_QUANTITY_BEFORE: LazyLock<Vec<NotQuantityBefore>> =
    LazyLock::new(|| NOT_QUANTITY_BEFORE_TSV.load().unwrap_or_default());

/// The rows of [`NOT_QUANTITY_BEFORE`] by the first byte of their word (lower case), in
/// table order.
static NOT_QUANTITY_BY_FIRST_BYTE: LazyLock<[Vec<&'static NotQuantityBefore>; 256]> =
    LazyLock::new(|| {
        let mut index = std::array::from_fn(|_| Vec::new());
        for row in NOT_QUANTITY_BEFORE.iter() {
            if let Some(&b) = row.word.as_bytes().first() {
                index[usize::from(b)].push(row);
            }
        }
        index
    });

/// The row of [`NOT_QUANTITY_BEFORE`] whose word is the lower case of `word`: the lower case
/// starts with that of the first character (as `with_lower` writes it; a capital sigma
/// lower-cases to `σ` or `ς`, one first byte), so a word whose first byte opens no row needs
/// no lower-cased copy, and the copy is compared only with the rows of its first byte.
fn not_quantity_row(word: &str) -> Option<&'static NotQuantityBefore> {
    let first = word.chars().next()?;
    let mut buffer = [0u8; 4];
    let lower = if first.is_ascii() {
        first.to_ascii_lowercase()
    } else {
        first.to_lowercase().next().unwrap_or(first)
    };
    let byte = lower.encode_utf8(&mut buffer).as_bytes()[0];
    let rows = &NOT_QUANTITY_BY_FIRST_BYTE[usize::from(byte)];
    if rows.is_empty() {
        return None;
    }
    with_lower(word, |lower| {
        rows.iter().copied().find(|row| row.word == lower)
    })
}

/// How many number words (or vague markers) before an anchor are tried as the start of a
/// number in words: more than "một trăm hai mươi lăm nghìn" needs.
const MAX_NUMBER_WORDS: usize = 8;

/// A number read from the text: digits or words, with the scale words after it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Quantity {
    /// Byte where the number starts (the vague marker, for "hàng tỷ").
    pub start: usize,
    /// Byte just past the number and its scale words.
    pub end: usize,
    /// The value: the number times its scale.
    pub value: f64,
    /// The number before its scale (for ranges, "1-2 triệu").
    pub number: f64,
    /// Power of ten of the scale words read (0 when there are none).
    pub scale_exp: i32,
    /// Read from "hàng/cả/vài/mấy" + scale words.
    pub vague: bool,
    /// Written in words.
    pub words: bool,
}

/// `number` × 10^`exp`, without binary rounding noise (60,8 tỷ is exactly 60 800 000 000).
pub(crate) fn scaled(number: f64, exp: i32) -> f64 {
    format!("{number}e{exp}")
        .parse()
        .unwrap_or(number * 10f64.powi(exp))
}

/// The power of ten of a scale product (all scales are powers of ten).
fn exp_of(scale: f64) -> i32 {
    scale.log10().round() as i32
}

/// The first ASCII digit of `bytes` from `at`, or the end of `bytes`: 32 bytes are tested at
/// a time (by comparisons the compiler vectorizes), as digits are a few per cent of a text.
pub(crate) fn next_digit(bytes: &[u8], mut at: usize) -> usize {
    const BLOCK: usize = 32;
    while let Some(block) = bytes
        .get(at..at + BLOCK)
        .and_then(|b| <&[u8; BLOCK]>::try_from(b).ok())
    {
        if block.iter().fold(false, |any, b| any | b.is_ascii_digit()) {
            break;
        }
        at += BLOCK;
    }
    bytes
        .get(at..)
        .and_then(|rest| rest.iter().position(u8::is_ascii_digit))
        .map_or(bytes.len(), |p| at + p)
}

/// The candidates of `found` in text order (by start, the longest first), each kept only when
/// it does not overlap one kept before it, with its byte span and the mention `mention` makes
/// of it: the last step of the money and the member-count rules, which find candidates with
/// digits and then in words.
pub(crate) fn first_in_text_order<C, M>(
    mut found: Vec<C>,
    span: impl Fn(&C) -> ByteSpan,
    mut mention: impl FnMut(C) -> M,
) -> Vec<Spanned<M>> {
    found.sort_by_key(|c| {
        let s = span(c);
        (s.start, std::cmp::Reverse(s.end))
    });
    let mut out = Vec::new();
    let mut last_end = 0;
    for c in found {
        let s = span(&c);
        if s.start < last_end {
            continue;
        }
        last_end = s.end;
        out.push(Spanned::new(s, mention(c)));
    }
    out
}

/// Whether a digit run starting at byte `pos` is the start of a quantity token: not glued to
/// a word ("Covid-19" is glued by its dash only, so it passes here and fails elsewhere), not
/// inside a number, a fraction or a date ("898/994", "12/12"), not after a date word.
pub(crate) fn starts_quantity(text: &str, pos: usize) -> bool {
    let bytes = text.as_bytes();
    if pos > 0 {
        let prev = bytes[pos - 1];
        let before_prev = pos.checked_sub(2).map(|i| bytes[i]);
        if prev.is_ascii_digit()
            || matches!(prev, b'.' | b',' | b'/') && before_prev.is_some_and(|b| b.is_ascii_digit())
            || prev == b'-' && before_prev.is_some_and(|b| b.is_ascii_alphanumeric())
        {
            return false;
        }
        if !word_start(text, pos) {
            return false;
        }
    }
    let (_, prev_word) = letters_ending_at(text, pos.saturating_sub(1));
    if pos >= 1 && bytes[pos - 1] == b' ' && !prev_word.is_empty() {
        if let Some(row) = not_quantity_row(prev_word) {
            let unless = &row.unless_after;
            // "tổng số 500"; "mỗi tháng 7 triệu đồng", "hằng năm 200 tỷ đồng": a rate per
            // period, not a month.
            let kept = !unless.is_empty() && {
                let (start, _) = letters_ending_at(text, pos - 1);
                let (_, word) = letters_ending_at(text, start.saturating_sub(1));
                lower_in(word, unless)
            };
            if !kept {
                return false;
            }
        }
    }
    true
}

/// Reads a number written with digits at byte `start` (a token start), with its scale words
/// ("60,8 tỷ", "1 tỷ 200 triệu", "1 triệu rưỡi").
pub(crate) fn read_digits(text: &str, start: usize) -> Option<Quantity> {
    let rest = text.get(start..)?;
    let numeral = parse_numeral(rest)?;
    let mut end = start + numeral.len;
    // A date or code ("1.8.2024", "12/12", "04/2016/VB") or a percentage is no quantity.
    let after = &text.as_bytes()[end..];
    if after.first() == Some(&b'%')
        || matches!(after.first(), Some(b'/' | b'.'))
            && after.get(1).is_some_and(|b| b.is_ascii_digit())
    {
        return None;
    }
    let mut q = Quantity {
        start,
        end,
        value: numeral.value,
        number: numeral.value,
        scale_exp: 0,
        vague: false,
        words: false,
    };
    if let Some(scale) = parse_scale(&text[end..]) {
        end += scale.len;
        q.scale_exp = exp_of(scale.value);
        q.value = scaled(numeral.value, q.scale_exp);
        q.end = end;
        // "1 tỷ 200 triệu", "2 triệu 500 nghìn": a smaller scaled number right after.
        if let Some(more) = text[end..]
            .strip_prefix(' ')
            .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
            .and_then(|r| {
                let n = parse_numeral(r)?;
                let s = parse_scale(&r[n.len..])?;
                let exp = exp_of(s.value);
                (exp < q.scale_exp && exp >= 3).then(|| (scaled(n.value, exp), 1 + n.len + s.len))
            })
        {
            q.value += more.0;
            q.end += more.1;
        }
        add_half(text, &mut q);
    }
    Some(q)
}

/// "1 triệu rưỡi", "hai tỷ rưỡi": half of the last scale word more.
fn add_half(text: &str, q: &mut Quantity) {
    let Some(n) = text
        .get(q.end..)
        .and_then(|r| r.strip_prefix(' '))
        .and_then(|r| word_ci(r, "rưỡi"))
    else {
        return;
    };
    let (_, last) = letters_ending_at(text, q.end);
    if let Some(scale) = scale_of(last) {
        q.value += scale / 2.0;
        q.end += 1 + n;
    }
}

/// Reads a number written in words at byte `start`: "hai mươi lăm triệu", "một ngàn", or a
/// vague marker with scale words ("hàng trăm nghìn tỷ", "cả tỉ").
pub(crate) fn read_words(text: &str, start: usize) -> Option<Quantity> {
    let first = letters_at(text, start);
    if first.is_empty() {
        return None;
    }
    if is_vague_marker(first) {
        let after = start + first.len();
        let scale = parse_scale(text.get(after..)?)?;
        if !text[after..].starts_with(' ') {
            return None;
        }
        let exp = exp_of(scale.value);
        let mut q = Quantity {
            start,
            end: after + scale.len,
            value: scale.value,
            number: 1.0,
            scale_exp: exp,
            vague: true,
            words: true,
        };
        add_half(text, &mut q);
        return Some(q);
    }
    let parsed = parse_number_words(text.get(start..)?)?;
    let end = start + parsed.len;
    let (_, last) = letters_ending_at(text, end);
    let scale_exp = scale_of(last).map_or(0, exp_of);
    let mut q = Quantity {
        start,
        end,
        value: parsed.value,
        number: parsed.value,
        scale_exp,
        vague: false,
        words: true,
    };
    add_half(text, &mut q);
    Some(q)
}

/// The starts of the run of number words (and vague markers) that ends just before byte
/// `pos` (one space between words), farthest first: the candidates where a number in words
/// that reaches `pos` may start.
pub(crate) fn number_word_starts(text: &str, pos: usize) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut at = pos;
    while starts.len() < MAX_NUMBER_WORDS && at > 0 && text.as_bytes().get(at - 1) == Some(&b' ') {
        let (start, word) = letters_ending_at(text, at - 1);
        if word.is_empty() || !(is_number_word(word) || is_vague_marker(word)) {
            break;
        }
        starts.push(start);
        at = start;
    }
    starts.reverse();
    starts
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rows of `not_quantity_before.tsv` looked up by first byte answer as comparing the
    /// lower-cased word with every row: each row word with its first character replaced by
    /// every character below U+2000 and of Latin Extended Additional and by the signs that
    /// lower-case to ASCII letters, alone and with the rest of the row word.
    #[test]
    fn rows_by_first_byte_answer_as_all_rows() {
        let firsts = (0..0x2000u32)
            .chain(0x1E00..0x1F00)
            .chain([0x212A, 0x212B])
            .filter_map(char::from_u32);
        for first in firsts {
            for row in NOT_QUANTITY_BEFORE.iter() {
                let rest: String = row.word.chars().skip(1).collect();
                for word in [format!("{first}{rest}"), first.to_string()] {
                    let compared = with_lower(&word, |lower| {
                        NOT_QUANTITY_BEFORE.iter().find(|r| r.word == lower)
                    });
                    assert_eq!(not_quantity_row(&word), compared, "{word:?}");
                }
            }
        }
        assert!(NOT_QUANTITY_BEFORE.len() > 20);
        assert_eq!(not_quantity_row(""), None);
    }

    #[test]
    fn words_before_a_number_rule_it_out_in_any_case() {
        let digit = |text: &str| text.find(|c: char| c.is_ascii_digit()).unwrap_or_default();
        for text in ["Năm 2000", "NĂM 2000", "Số 5", "ĐỢT 3", "tháng 7"] {
            assert!(!starts_quantity(text, digit(text)), "{text:?}");
        }
        for text in ["có 2000", "Tổng số 500", "Ứng 5", "Mỗi Tháng 7", "Σ 3"] {
            assert!(starts_quantity(text, digit(text)), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn next_digit_is_the_first_digit(text in "[a-zđ 0-9.,]{0,80}", from in 0usize..90) {
            let bytes = text.as_bytes();
            let from = from.min(bytes.len());
            let expected = (from..bytes.len()).find(|&i| bytes[i].is_ascii_digit()).unwrap_or(bytes.len());
            proptest::prop_assert_eq!(next_digit(bytes, from), expected);
        }
    }
}
