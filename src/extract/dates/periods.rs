//! Periods written around a number: quarters ("quý III/2017", "quý 1 năm nay"), the first
//! or last months of a year ("9 tháng đầu năm 2019", "6 tháng cuối năm nay", "nửa đầu năm
//! 2024"), decades ("những năm 90", "thập niên 1990"), and the year counted from the year of
//! writing ("năm ngoái").

use std::sync::LazyLock;

use regex::Regex;

use super::build::Built;
use super::heads::Head;
use super::lexicon::{Kind, Lexicon, OFFSETS};
use super::point::Point;
use super::relative::Relative;
use super::scan::Token;
use super::words::{floor_boundary, glued_after_at, letter_word_before};
use crate::extract::caseless::{eq_lower, lower_in};
use crate::normalize::chars::is_alnum;

/// How many bytes before a year are read for its quarter ("quý III/", "quý 3 năm "): the
/// longest such prefix with room to spare.
const QUARTER_REACH: usize = 24;

/// "quý III/", "quý 3 năm " or "quý I-" ("quý I-2017", "quý IV - 2016") just before a year.
static QUARTER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bquý (IV|I{1,3}|[1-4])(?:/| năm | ?- ?)$").expect("quarter regex")
});

/// How many bytes before a year are read for its first or last months ("mười một tháng
/// cuối năm " is 30).
const MONTHS_REACH: usize = 40;

/// "9 tháng đầu năm ", "tháng đầu năm ", "chín tháng cuối năm ", "nửa đầu năm " just before
/// a year: how many months (none written: one, or six for "nửa"), and which end of the year.
static MONTHS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:\b([0-9]{1,2}|hai|ba|bốn|sáu|bảy|tám|chín|mười|mười một) )?(tháng|nửa) (đầu|cuối) năm $",
    )
    .expect("months regex")
});

/// The number of months a count word before "tháng" says ("9", "chín").
fn month_count(word: &str) -> Option<u32> {
    Some(match word.to_lowercase().as_str() {
        "hai" => 2,
        "ba" => 3,
        "bốn" => 4,
        "sáu" => 6,
        "bảy" => 7,
        "tám" => 8,
        "chín" => 9,
        "mười" => 10,
        "mười một" => 11,
        digits => digits.parse().ok()?,
    })
}

/// Whether `s` ends with a text whose lower case is `lower` and of its byte length.
fn ends_with_lower(s: &str, lower: &str) -> bool {
    s.len()
        .checked_sub(lower.len())
        .and_then(|from| s.get(from..))
        .is_some_and(|tail| eq_lower(tail, lower))
}

/// The first and last month of the `n` first (`first_end`) or last months of a year.
fn months_span(n: u32, first_end: bool) -> Option<(u32, u32)> {
    (1..=11)
        .contains(&n)
        .then(|| if first_end { (1, n) } else { (13 - n, 12) })
}

/// "9 tháng đầu năm 2019" → months 1–9 of 2019, "tháng đầu năm 2017" → its first month,
/// "nửa cuối năm 2024" → months 7–12: the period before the year `year` at token `tok`.
pub(super) fn months_of_year(text: &str, tok: Token, i: usize, year: i32) -> Option<Built> {
    let window_start = floor_boundary(text, tok.start.saturating_sub(MONTHS_REACH));
    let window = &text[window_start..tok.start];
    // The pattern ends with "đầu năm " or "cuối năm ": compared first, without the regex's
    // backtracker (28,000 instructions a year on the seeds). Each character of these words
    // matches under `(?i)` only its two cases, of one byte length and one lower case.
    if !ends_with_lower(window, "đầu năm ") && !ends_with_lower(window, "cuối năm ") {
        return None;
    }
    let caps = MONTHS_BEFORE.captures(window)?;
    let half = caps.get(2)?.as_str().to_lowercase() == "nửa";
    let n = match (caps.get(1), half) {
        (Some(_), true) => return None,
        (None, true) => 6,
        (None, false) => 1,
        (Some(count), false) => month_count(count.as_str())?,
    };
    let first_end = caps.get(3)?.as_str().to_lowercase() == "đầu";
    let (first, last) = months_span(n, first_end)?;
    let month = |m: u32| Point::Month {
        year: Some(year),
        month: m,
    };
    Some(Built {
        point: month(first),
        until: (first != last).then(|| month(last)),
        relative: None,
        head: Head {
            start: window_start + caps.get(0)?.start(),
            named: true,
            ..Head::default()
        },
        end: tok.end,
        next: i + 1,
        alone: true,
    })
}

/// "6 tháng đầu năm", "9 tháng đầu năm nay", "3 tháng cuối năm ngoái": the first or last `n`
/// months of a year counted from the year of writing, at the count token `tok`; `None` when
/// a written year follows (the year's token builds the period: [`months_of_year`]).
pub(super) fn months_of_relative_year(text: &str, tok: Token, i: usize, n: u32) -> Option<Built> {
    let after = &text[tok.end..];
    let (first_end, rest) = if let Some(rest) = after.strip_prefix(" tháng đầu") {
        (true, rest)
    } else {
        (false, after.strip_prefix(" tháng cuối")?)
    };
    let (first, last) = months_span(n, first_end)?;
    let (offset, len) = match relative_year_after(rest) {
        Some(found) => found,
        None => {
            let tail = rest.strip_prefix(" năm")?;
            let ends = !tail.starts_with(is_alnum)
                && !tail
                    .strip_prefix(' ')
                    .is_some_and(|t| t.starts_with(|c: char| c.is_ascii_digit()));
            ends.then_some((0, " năm".len()))?
        }
    };
    Some(Built {
        point: Point::Month {
            year: None,
            month: first,
        },
        until: None,
        relative: Some(Relative::MonthsOfYear {
            first,
            last,
            offset,
        }),
        head: Head {
            start: tok.start,
            named: true,
            ..Head::default()
        },
        end: tok.end + (after.len() - rest.len()) + len,
        next: i + 1,
        alone: true,
    })
}

/// " năm nay", " năm ngoái", " năm trước", " năm sau", " năm tới" (`rules/date_offsets.tsv`)
/// at the start of `after`: the year offset and the bytes it covers.
pub(super) fn relative_year_after(after: &str) -> Option<(i32, usize)> {
    let rest = after.strip_prefix(" năm ")?;
    OFFSETS.years.iter().find_map(|(word, offset)| {
        let tail = rest.strip_prefix(word.as_str())?;
        (!tail.starts_with(is_alnum)).then_some((*offset, " năm ".len() + word.len()))
    })
}

/// "quý 1 năm nay", "quý IV năm ngoái" — the quarter `n` at token `tok`, of a year counted
/// from the year of writing.
pub(super) fn quarter_of_relative_year(text: &str, tok: Token, i: usize, n: u32) -> Option<Built> {
    if !(1..=4).contains(&n) {
        return None;
    }
    let (s, w) = letter_word_before(text, tok.start)?;
    if !eq_lower(w, "quý") {
        return None;
    }
    let (offset, len) = relative_year_after(&text[tok.end..])?;
    Some(Built {
        point: Point::Month {
            year: None,
            month: n * 3 - 2,
        },
        until: None,
        relative: Some(Relative::MonthsOfYear {
            first: n * 3 - 2,
            last: n * 3,
            offset,
        }),
        head: Head {
            start: s,
            named: true,
            ..Head::default()
        },
        end: tok.end + len,
        next: i + 1,
        alone: true,
    })
}

/// "những năm 90", "thập niên 1990", "các năm 80": a decade, from the round number `n` at
/// token `tok` (two digits: the 1900s, inferred).
pub(super) fn decade(text: &str, tok: Token, i: usize, n: i32, lex: &Lexicon) -> Option<Built> {
    let start_year = match n {
        10..=90 if n % 10 == 0 => 1900 + n,
        1000..=2090 if n % 10 == 0 => n,
        _ => return None,
    };
    let (s1, w1) = letter_word_before(text, tok.start)?;
    let start = if lex.is(Kind::DecadeHead, w1) {
        s1
    } else if letter_word_before(text, s1)
        .is_some_and(|(_, w0)| lex.is(Kind::DecadeHead, &format!("{w0} {w1}")))
    {
        letter_word_before(text, s1).map_or(s1, |(s0, _)| s0)
    } else if eq_lower(w1, "năm") {
        let (s0, w0) = letter_word_before(text, s1)?;
        if !lower_in(w0, &["những", "các"]) {
            return None;
        }
        s0
    } else {
        return None;
    };
    if glued_after_at(text, tok.end) || tok.glued_before {
        return None;
    }
    Some(Built {
        point: Point::Year(start_year),
        until: None,
        relative: Some(Relative::Decade {
            start: start_year,
            inferred: n < 100,
        }),
        head: Head {
            start,
            named: true,
            ..Head::default()
        },
        end: tok.end,
        next: i + 1,
        alone: true,
    })
}

/// "quý III/2017", "quý 3 năm 2017": a quarter, built as its first month with `until` its
/// last month.
pub(super) fn quarter(text: &str, tok: Token, i: usize, year: i32) -> Option<Built> {
    let window_start = floor_boundary(text, tok.start.saturating_sub(QUARTER_REACH));
    let window = &text[window_start..tok.start];
    // The pattern's "quý" matches only with a "q" or "Q" (the case folds of "q"): a window
    // without one is answered without the regex (stop 25: most of the years, about 1,300
    // instructions each on the seeds).
    memchr::memchr2(b'q', b'Q', window.as_bytes())?;
    let caps = QUARTER_BEFORE.captures(window)?;
    let q = match caps.get(1)?.as_str().to_uppercase().as_str() {
        "I" | "1" => 1,
        "II" | "2" => 2,
        "III" | "3" => 3,
        "IV" | "4" => 4,
        _ => return None,
    };
    let start = window_start + caps.get(0)?.start();
    Some(quarter_built(start, q, year, tok.end, i + 1))
}

/// Quarter `q` of `year` as the range of its first and last months.
pub(super) fn quarter_built(start: usize, q: u32, year: i32, end: usize, next: usize) -> Built {
    Built {
        point: Point::Month {
            year: Some(year),
            month: q * 3 - 2,
        },
        until: Some(Point::Month {
            year: Some(year),
            month: q * 3,
        }),
        relative: None,
        head: Head {
            start,
            named: true,
            ..Head::default()
        },
        end,
        next,
        alone: true,
    }
}
