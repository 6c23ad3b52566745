//! Numeral tokens: the digit runs a date can be built from ("12/12", "28.7.1929", "2023").

use super::words::word_run_in;
use crate::extract::quantity::reading::next_digit;
use crate::normalize::chars::is_alnum;

/// The shape of a numeral token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// One or two digits alone ("12" in "ngày 12 tháng 3").
    Small(u32),
    /// Four digits ("2024").
    Year(i32),
    /// Day and month ("17/1", "20.12", "30-1").
    DayMonth(u32, u32),
    /// Month and year ("12/2023", "1.2024", "4-2016").
    MonthYear(u32, i32),
    /// Day, month and year with one separator ("01/02/2024", "28.7.1929", "4-4-2013").
    DayMonthYear(u32, u32, i32),
    /// Two years joined by a dash or slash ("2023-2028").
    YearYear(i32, i32),
    /// Two days of one month ("20-22/11").
    DaysMonth(u32, u32, u32),
    /// Two days of one month with the year ("20-22/11/2023").
    DaysMonthYear(u32, u32, u32, i32),
    /// Anything else: counts, thousands ("424.830"), fractions ("898/994").
    Other,
}

/// A maximal run of digits and inner separators (`.`, `/`, `-`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    /// Byte offset of the first digit.
    pub start: usize,
    /// Byte offset just past the last digit.
    pub end: usize,
    /// What the digits look like.
    pub shape: Shape,
    /// The token is glued to a word or number before it ("Covid-19", "PC67", "60,8").
    pub glued_before: bool,
    /// The token is glued to a word or number after it ("51triệu", "5/2018/TT").
    pub glued_after: bool,
}

/// Splits `text` into numeral tokens, in text order ("Sáng 17/1, 424.830 sáng kiến" gives
/// `DayMonth(17, 1)` and `Other`). One pass over the bytes; no regex.
pub(crate) fn tokens(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    // Digit runs of the current token: (value, digit count, byte start); and the separator
    // after each run but the last.
    let mut runs: Vec<(u64, usize, usize)> = Vec::with_capacity(8);
    let mut seps: Vec<u8> = Vec::with_capacity(8);
    loop {
        // Straight to the next digit, 32 bytes at a time (a byte loop was half of this
        // scan's instructions on general news, stop 17).
        i = next_digit(bytes, i);
        if i >= bytes.len() {
            break;
        }
        let start = i;
        runs.clear();
        seps.clear();
        loop {
            let run_start = i;
            let mut value: u64 = 0;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                value = value
                    .saturating_mul(10)
                    .saturating_add(u64::from(bytes[i] - b'0'));
                i += 1;
            }
            runs.push((value, i - run_start, run_start));
            let more = i + 1 < bytes.len()
                && matches!(bytes[i], b'.' | b'/' | b'-')
                && bytes[i + 1].is_ascii_digit();
            if !more {
                break;
            }
            seps.push(bytes[i]);
            i += 1;
        }
        let end = i;
        let shape = shape_of(&runs, &seps);
        // "28.7.1929-28.7.2024": two dates joined by a dash with no spaces become two tokens.
        let split = (shape == Shape::Other)
            .then(|| dash_split(&runs, &seps))
            .flatten();
        match split {
            Some(k) => {
                let (left, right) = (&runs[..=k], &runs[k + 1..]);
                let mid_end = left[k].2 + left[k].1;
                let mid_start = right[0].2;
                out.push(Token {
                    start,
                    end: mid_end,
                    shape: shape_of(left, &seps[..k]),
                    glued_before: glued_before(text, start),
                    glued_after: false,
                });
                out.push(Token {
                    start: mid_start,
                    end,
                    shape: shape_of(right, &seps[k + 1..]),
                    glued_before: false,
                    glued_after: glued_after(text, end),
                });
            }
            None => out.push(Token {
                start,
                end,
                shape,
                glued_before: glued_before(text, start),
                glued_after: glued_after(text, end),
            }),
        }
    }
    out
}

/// The index of the run before the one dash that splits `runs` into two dates, if any.
fn dash_split(runs: &[(u64, usize, usize)], seps: &[u8]) -> Option<usize> {
    let mut dashes = seps.iter().enumerate().filter(|(_, &c)| c == b'-');
    let (k, _) = dashes.next()?;
    if dashes.next().is_some() || k + 1 >= runs.len() {
        return None;
    }
    let left = shape_of(&runs[..=k], &seps[..k]);
    let right = shape_of(&runs[k + 1..], &seps[k + 1..]);
    let dated = |s: Shape| {
        matches!(
            s,
            Shape::DayMonthYear(..) | Shape::MonthYear(..) | Shape::DayMonth(..)
        )
    };
    (dated(left) && dated(right)).then_some(k)
}

fn shape_of(runs: &[(u64, usize, usize)], seps: &[u8]) -> Shape {
    let small = |p: &(u64, usize, usize)| p.1 <= 2;
    let year = |p: &(u64, usize, usize)| p.1 == 4;
    let sep = |k: usize| seps.get(k).copied().unwrap_or(0);
    // Values are at most 4 digits wherever they are used below, so the casts are lossless.
    match runs {
        [a] if small(a) => Shape::Small(a.0 as u32),
        [a] if year(a) => Shape::Year(a.0 as i32),
        [a, b] if small(a) && small(b) => Shape::DayMonth(a.0 as u32, b.0 as u32),
        [a, b] if small(a) && year(b) => Shape::MonthYear(a.0 as u32, b.0 as i32),
        [a, b] if year(a) && year(b) && sep(0) != b'.' => Shape::YearYear(a.0 as i32, b.0 as i32),
        [a, b, c] if small(a) && small(b) && year(c) && sep(0) == sep(1) => {
            Shape::DayMonthYear(a.0 as u32, b.0 as u32, c.0 as i32)
        }
        [a, b, c] if small(a) && small(b) && small(c) && sep(0) == b'-' && sep(1) != b'-' => {
            Shape::DaysMonth(a.0 as u32, b.0 as u32, c.0 as u32)
        }
        [a, b, c, d]
            if small(a)
                && small(b)
                && small(c)
                && year(d)
                && sep(0) == b'-'
                && sep(1) != b'-'
                && sep(1) == sep(2) =>
        {
            Shape::DaysMonthYear(a.0 as u32, b.0 as u32, c.0 as u32, d.0 as i32)
        }
        _ => Shape::Other,
    }
}

/// A letter or digit just before `start`, or a separator that follows one.
fn glued_before(text: &str, start: usize) -> bool {
    let mut before = text[..start].chars().rev();
    match before.next() {
        Some(c) if is_alnum(c) => true,
        Some('.' | '/' | '-' | ',') => before.next().is_some_and(is_alnum),
        _ => false,
    }
}

/// A letter or digit just after `end`, or a separator followed by one.
fn glued_after(text: &str, end: usize) -> bool {
    let mut after = text[end..].chars();
    match after.next() {
        Some(c) if is_alnum(c) => !word_run_in(&text[end..]),
        Some('/' | '-' | ',') => after.next().is_some_and(is_alnum),
        Some('.') => after.next().is_some_and(|c| c.is_ascii_digit()),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shapes(text: &str) -> Vec<Shape> {
        tokens(text).into_iter().map(|t| t.shape).collect()
    }

    #[test]
    fn date_shapes_from_the_seeds() {
        assert_eq!(shapes("Chiều 12/12, tại"), [Shape::DayMonth(12, 12)]);
        assert_eq!(
            shapes("(28.7.1929 - 28.7.2024)"),
            [
                Shape::DayMonthYear(28, 7, 1929),
                Shape::DayMonthYear(28, 7, 2024)
            ]
        );
        assert_eq!(shapes("tháng 1.2024"), [Shape::MonthYear(1, 2024)]);
        assert_eq!(shapes("nhiệm kỳ 2023-2028."), [Shape::YearYear(2023, 2028)]);
        assert_eq!(
            shapes("lập ngày 4-4-2013."),
            [Shape::DayMonthYear(4, 4, 2013)]
        );
    }

    #[test]
    fn counts_and_thousands_are_not_dates() {
        // 000, 002, 004: "424.830 sáng kiến", "898/994 suất quà", "167.009 đoàn viên/190.567".
        assert_eq!(shapes("424.830"), [Shape::Other]);
        assert_eq!(shapes("898/994"), [Shape::Other]);
        let toks = tokens("167.009 đoàn viên/190.567 CNVCLĐ");
        assert!(toks.iter().all(|t| t.shape == Shape::Other));
        let covid = tokens("đại dịch Covid-19 khi");
        assert!(covid[0].glued_before);
        let decimal = tokens("gần 60,8 tỷ");
        assert!(decimal[0].glued_after && decimal[1].glued_before);
        let doc = tokens("Thông tư 5/2018/TT-BLĐTBXH");
        assert!(doc[0].glued_after);
    }
}
