//! Periods written around a number: quarters ("quý III/2017", "quý 1 năm nay"), decades
//! ("những năm 90", "thập niên 1990"), and the year counted from the year of writing ("năm
//! ngoái").

use std::sync::LazyLock;

use regex::Regex;

use super::build::Built;
use super::heads::Head;
use super::lexicon::{Kind, Lexicon, OFFSETS};
use super::point::Point;
use super::relative::Relative;
use super::scan::Token;
use super::words::{floor_boundary, glued_after_at, letter_word_before};
use crate::normalize::chars::is_alnum;

/// How many bytes before a year are read for its quarter ("quý III/", "quý 3 năm "): the
/// longest such prefix with room to spare.
const QUARTER_REACH: usize = 24;

/// "quý III/" or "quý 3 năm " just before a year.
static QUARTER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bquý (IV|I{1,3}|[1-4])(?:/| năm )$").expect("quarter regex")
});

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
    if w.to_lowercase() != "quý" {
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
    } else if w1.to_lowercase() == "năm" {
        let (s0, w0) = letter_word_before(text, s1)?;
        if !matches!(w0.to_lowercase().as_str(), "những" | "các") {
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
    let caps = QUARTER_BEFORE.captures(&text[window_start..tok.start])?;
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
