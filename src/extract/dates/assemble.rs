//! Date mentions from numeral tokens: a point with its head words, or a range of two points
//! joined by " - ", " đến " or " tới ", in text order and not overlapping.

use super::build::{build, Built};
use super::heads::{day_head, year_head};
use super::lexicon::Lexicon;
use super::point::{valid_point, valid_range, valid_year_range, Found, Meaning, Point};
use super::scan::{self, Shape, Token};
use super::words::in_parens;

/// The most bytes between the two ends of a range: the connector and a head word of the
/// second end (" đến hết tháng " is 21).
const RANGE_GAP_MAX: usize = 24;

/// Dates written with numerals, in text order and not overlapping.
pub(crate) fn find_numeric(text: &str, lex: &Lexicon) -> Vec<Found> {
    let toks = scan::tokens(text);
    let mut out: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let floor = out.last().map_or(0, |f| f.end);
        if toks[i].start < floor {
            i += 1;
            continue;
        }
        if let Some((days, taken)) = super::day_ranges::listed_bare_days(text, &toks, i, lex) {
            out.extend(days);
            i += taken;
            continue;
        }
        if let Some(range) = spaced_day_range(text, &toks, i, lex) {
            out.push(range);
            i += 2;
            continue;
        }
        match assemble(text, &toks, i, lex) {
            Some((found, next)) if found.start >= floor => {
                let listed = listed_days(text, &toks, i, &found, lex);
                let years = super::listed_years::listed_years(text, &toks, next, &found);
                out.push(found);
                i = next.max(i + 1) + listed.len() + years.len();
                out.extend(listed);
                out.extend(years);
            }
            _ => i += 1,
        }
    }
    out
}

/// The mention that starts at token `i`, and the index of the token after it.
fn assemble(text: &str, toks: &[Token], i: usize, lex: &Lexicon) -> Option<(Found, usize)> {
    let tok = toks[i];
    if let Shape::YearYear(a, b) = tok.shape {
        return years(text, tok, (a, b), lex).map(|found| (found, i + 1));
    }
    let first = build(text, toks, i, lex)?;
    if let Some(until) = first.until {
        if !first.alone {
            return None;
        }
        let found = Found {
            start: first.head.start,
            end: first.end,
            meaning: Meaning::Range(first.point, until),
            time_of_day: first.head.time_of_day,
        };
        return Some((found, first.next));
    }
    if let Some((second, connector_dash)) = range_end(text, toks, &first, lex) {
        let ok = if connector_dash {
            dash_range_ok(&first, &second)
        } else {
            first.head.named || first.head.from.is_some() || first.alone
        };
        if ok {
            let b = second.point;
            let a = first.point.year_from(b);
            if valid_range(a, b) {
                let found = Found {
                    start: first.head.from.unwrap_or(first.head.start),
                    end: second.end,
                    meaning: Meaning::Range(a, b),
                    time_of_day: first.head.time_of_day,
                };
                return Some((found, second.next));
            }
        }
    }
    alone(text, &first)
}

/// "từ ngày 2 - 5/6/2017", "ngày 14 đến 16/3", "từ 11 - 12/5/2017": a range of days of one
/// month whose first day stands alone under a day head or after "từ", with a space on either
/// side of the dash or both ("21- 22/6"; written without them, "2-5/6", it is one token;
/// `day_ranges`). The first day is in the month (and year) of the second.
fn spaced_day_range(text: &str, toks: &[Token], i: usize, lex: &Lexicon) -> Option<Found> {
    let tok = toks[i];
    let Shape::Small(day) = tok.shape else {
        return None;
    };
    let second = toks.get(i + 1)?;
    let gap = text.get(tok.end..second.start)?;
    if tok.glued_before || second.glued_after || !super::day_ranges::range_gap(gap) {
        return None;
    }
    let (last_day, month, year) = match second.shape {
        Shape::DayMonth(d, m) if d > day => (d, m, None),
        Shape::DayMonthYear(d, m, y) if d > day => (d, m, Some(y)),
        _ => return None,
    };
    let head = day_head(text, tok.start, lex);
    let a = Point::Day { year, month, day };
    let b = Point::Day {
        year,
        month,
        day: last_day,
    };
    // "từ 11 - 12/5/2017": "từ" opens the range as a head word would (stop 21).
    let headed = head.named || head.from.is_some();
    let ok = headed && valid_point(a) && valid_point(b) && valid_range(a, b);
    ok.then(|| Found {
        start: head.from.unwrap_or(head.start),
        end: second.end,
        meaning: Meaning::Range(a, b),
        time_of_day: head.time_of_day,
    })
}

/// The most days listed after a day under a head ("ngày 20.10, 8.3, 1.5").
const LISTED_DAYS_MAX: usize = 8;

/// "nhân dịp kỷ niệm ngày 20.10, 8.3": days listed after a day `first` (token `i`) under a
/// day head, each a day and month written with the same separator, after ", " or " và ",
/// and followed by what lets a date stand (`follower_ok`). Each is a date of its own, with
/// no year written.
fn listed_days(text: &str, toks: &[Token], i: usize, first: &Found, lex: &Lexicon) -> Vec<Found> {
    let mut out = Vec::new();
    let tok = toks[i];
    let named_day = matches!(tok.shape, Shape::DayMonth(..))
        && matches!(first.meaning, Meaning::Point(Point::Day { year: None, .. }))
        && first.start < tok.start
        && first.end == tok.end;
    let Some(sep) = text[tok.start..tok.end]
        .bytes()
        .find(|b| !b.is_ascii_digit())
    else {
        return out;
    };
    if !named_day {
        return out;
    }
    let mut prev = tok;
    for next in toks.iter().skip(i + 1).take(LISTED_DAYS_MAX) {
        let Shape::DayMonth(day, month) = next.shape else {
            break;
        };
        let gap = text.get(prev.end..next.start).unwrap_or_default();
        let point = Point::Day {
            year: None,
            month,
            day,
        };
        let ok = matches!(gap, ", " | " và ")
            && !next.glued_after
            && text[next.start..next.end].bytes().any(|b| b == sep)
            && valid_point(point)
            && super::heads::follower_ok(text, next.end, lex);
        if !ok {
            break;
        }
        out.push(Found {
            start: next.start,
            end: next.end,
            meaning: Meaning::Point(point),
            time_of_day: None,
        });
        prev = *next;
    }
    out
}

/// Years `a` to `b` written as one token ("2023-2028"): a range under a head word, after
/// "từ", or in parentheses.
fn years(text: &str, tok: Token, (a, b): (i32, i32), lex: &Lexicon) -> Option<Found> {
    let head = year_head(text, tok.start, lex);
    let ok = valid_year_range(a, b)
        && !tok.glued_before
        && !tok.glued_after
        && (head.named || head.from.is_some() || in_parens(text, tok.start, tok.end));
    if !ok {
        return None;
    }
    let start = head.from.unwrap_or(head.start);
    Some(Found {
        start,
        end: tok.end,
        meaning: Meaning::Range(Point::Year(a), Point::Year(b)),
        time_of_day: None,
    })
}

/// The point `first` as a mention of its own (relative or not), when it may stand alone.
fn alone(text: &str, first: &Built) -> Option<(Found, usize)> {
    if !first.alone {
        return None;
    }
    if let Some(r) = first.relative {
        let found = Found {
            start: first.head.start,
            end: first.end,
            meaning: Meaning::Relative(r),
            time_of_day: first.head.time_of_day,
        };
        return Some((found, first.next));
    }
    let mut end = first.end;
    if first.head.paren && text[end..].starts_with(')') {
        end += 1;
    }
    let found = Found {
        start: first.head.start,
        end,
        meaning: Meaning::Point(first.point),
        time_of_day: first.head.time_of_day,
    };
    Some((found, first.next))
}

/// The range end after `first`, if a connector and a second point follow; the flag is true for
/// a dash connector.
fn range_end(text: &str, toks: &[Token], first: &Built, lex: &Lexicon) -> Option<(Built, bool)> {
    let j = first.next;
    let second_tok = toks.get(j)?;
    let gap = text.get(first.end..second_tok.start)?;
    if gap.len() > RANGE_GAP_MAX {
        return None;
    }
    // "2015 - 2017", "2015-2017", and the odd spacing "2020- 2025", "2020 -2025".
    let dashed = gap
        .strip_prefix(' ')
        .unwrap_or(gap)
        .strip_prefix('-')
        .map(|rest| rest.strip_prefix(' ').unwrap_or(rest));
    let (dash, rest) = if let Some(rest) = dashed {
        (true, rest)
    } else if let Some(rest) = gap
        .strip_prefix(" đến hết ")
        .or(gap.strip_prefix(" đến "))
        .or(gap.strip_prefix(" tới "))
    {
        (false, rest)
    } else {
        return None;
    };
    let head_ok = rest.is_empty()
        || matches!(
            rest.trim_end().to_lowercase().as_str(),
            "ngày" | "tháng" | "năm" | "hết ngày" | "hết tháng" | "hết năm"
        ) && rest.ends_with(' ');
    if !head_ok {
        return None;
    }
    let second = build(text, toks, j, lex)?;
    if matches!(second.point, Point::Month { year: None, .. }) {
        return None;
    }
    Some((second, dash))
}

/// Which dash-joined pairs are ranges: full dates, years under a head, days under a head or
/// after "từ".
fn dash_range_ok(first: &Built, second: &Built) -> bool {
    match (first.point, second.point) {
        (Point::Day { year: Some(_), .. }, Point::Day { year: Some(_), .. }) => true,
        (Point::Year(_), Point::Year(_)) => first.head.named || first.head.from.is_some(),
        // "từ 29/4 - 2/5", "từ 28/2-2/3/2017": "từ" opens the range (stop 20; `leads`).
        (Point::Day { year: None, .. }, Point::Day { .. }) => {
            first.head.named || first.head.from.is_some()
        }
        (Point::Month { year: None, .. }, Point::Month { year: Some(_), .. }) => true,
        _ => false,
    }
}
