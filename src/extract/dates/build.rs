//! A date point built from the numeral token at hand and the words around it, one function per
//! token shape.

use std::sync::LazyLock;

use regex::Regex;

use super::heads::{
    day_head, follower_ok, month_head, month_part_before, names_document, names_plan,
    names_the_year, numbers_document, year_head, Head,
};
use super::lexicon::{Kind, Lexicon};
use super::periods::{
    decade, months_of_relative_year, months_of_year, quarter, quarter_built,
    quarter_of_relative_year, relative_year_after,
};
use super::point::{valid_point, Point, BARE_YEARS, DATED_YEARS, HEADED_YEARS};
use super::relative::Relative;
use super::scan::{Shape, Token};
use super::words::{four_digit_year, glued_after_at, in_parens, letter_word_before};

/// A point built from one or more tokens.
#[derive(Debug, Clone, Copy)]
pub(super) struct Built {
    /// The point (the first of a period written as one token).
    pub point: Point,
    /// The words before the point.
    pub head: Head,
    /// Byte offset past the point's last token.
    pub end: usize,
    /// Index of the first token after the point.
    pub next: usize,
    /// The point may stand alone (else only as a range end).
    pub alone: bool,
    /// The end of a period written as one token ("quý III/2017", "20-22/11"): the point is
    /// then the range `point/until`.
    pub until: Option<Point>,
    /// The whole mention is relative to the article's year or is a decade ("tháng 7 năm
    /// ngoái", "quý 1 năm nay", "những năm 90"); `point` is then only its first month.
    pub relative: Option<Relative>,
}

impl Built {
    /// A point that may stand alone, neither a period written as one token nor relative.
    fn alone(point: Point, head: Head, end: usize, next: usize) -> Built {
        Built {
            point,
            head,
            end,
            next,
            alone: true,
            until: None,
            relative: None,
        }
    }
}

/// "12 tháng 3 năm 2024", "12 tháng 3": a day written with the word "tháng" (also with
/// "năm" run into the month, as stripped markup leaves it: "06 tháng 08năm 2020").
static DAY_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([0-9]{1,2}) tháng ([0-9]{1,2})(?:,? ?năm ([0-9]{4}))?").expect("day regex")
});

/// "3 năm 2024" after "tháng": a month written with the word "năm", or with a dash between
/// spaces ("Tháng 5 - 2020", "đến tháng 5 – 2017": 2 in general-10k and labour.jsonl; "5-2020"
/// without the spaces is one token).
static MONTH_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([0-9]{1,2})(?:,? năm | [-–] )([0-9]{4})").expect("month regex")
});

/// Builds the point starting at token `i`, with its head words.
pub(super) fn build(text: &str, toks: &[Token], i: usize, lex: &Lexicon) -> Option<Built> {
    let tok = toks[i];
    match tok.shape {
        Shape::Small(n) => small(text, toks, i, n, lex),
        Shape::Year(y) => year(text, tok, i, y, lex),
        Shape::DayMonth(day, month) => day_month(text, toks, i, (day, month), lex),
        Shape::MonthYear(month, year) => month_year(text, tok, i, (month, year), lex),
        Shape::DayMonthYear(day, month, year) => {
            day_month_year(text, tok, i, (day, month, year), lex)
        }
        Shape::DaysMonth(..) | Shape::DaysMonthYear(..) => days_month(text, tok, i, lex),
        Shape::YearYear(..) | Shape::Other => None,
    }
}

/// Index of the first token from `i` on that starts at or after byte `end`.
fn next_after(toks: &[Token], i: usize, end: usize) -> usize {
    toks[i..]
        .iter()
        .position(|t| t.start >= end)
        .map_or(toks.len(), |p| i + p)
}

/// One or two digits `n`: a day before "tháng", a quarter or a decade, or a month after
/// "tháng".
fn small(text: &str, toks: &[Token], i: usize, n: u32, lex: &Lexicon) -> Option<Built> {
    let tok = toks[i];
    if tok.glued_before {
        return None;
    }
    // "6 tháng đầu năm nay"; with a year written after it, the year builds the period.
    if text[tok.end..].starts_with(" tháng đầu ") || text[tok.end..].starts_with(" tháng cuối ")
    {
        return months_of_relative_year(text, tok, i, n);
    }
    if text[tok.end..].starts_with(" tháng ") {
        return day_with_month_word(text, toks, i, n, lex);
    }
    if let Some(built) = quarter_of_relative_year(text, tok, i, n)
        .or_else(|| decade(text, tok, i, i32::try_from(n).ok()?, lex))
    {
        return Some(built);
    }
    month_after_head(text, toks, i, n, lex)
}

/// "ngày 12 tháng 3 năm 2024": day `n` written with the word "tháng".
fn day_with_month_word(
    text: &str,
    toks: &[Token],
    i: usize,
    n: u32,
    lex: &Lexicon,
) -> Option<Built> {
    let tok = toks[i];
    let caps = DAY_WORDS.captures(&text[tok.start..])?;
    let end = tok.start + caps.get(0)?.end();
    if glued_after_at(text, end) {
        return None;
    }
    let day = n;
    let month: u32 = caps.get(2)?.as_str().parse().ok()?;
    let year: Option<i32> = caps.get(3).and_then(|y| y.as_str().parse().ok());
    let point = Point::Day { year, month, day };
    valid_point(point).then_some(())?;
    let head = day_head(text, tok.start, lex);
    Some(Built {
        point,
        until: None,
        relative: None,
        alone: year.is_some() || head.named,
        head,
        end,
        next: next_after(toks, i, end),
    })
}

/// Month `n` after the head word "tháng": with its year written with "năm", with a year
/// counted from the year of writing, or alone.
fn month_after_head(text: &str, toks: &[Token], i: usize, n: u32, lex: &Lexicon) -> Option<Built> {
    let tok = toks[i];
    let after = &text[tok.end..];
    let head = month_head(text, tok.start, lex);
    if !head.named {
        return None;
    }
    if let Some(caps) = MONTH_WORDS.captures(&text[tok.start..]) {
        // "tháng 3 năm 2024"
        let end = tok.start + caps.get(0)?.end();
        let year: i32 = caps.get(2)?.as_str().parse().ok()?;
        let point = Point::Month {
            year: Some(year),
            month: n,
        };
        if !valid_point(point) || glued_after_at(text, end) {
            return None;
        }
        return Some(Built::alone(point, head, end, next_after(toks, i, end)));
    }
    let point = Point::Month {
        year: None,
        month: n,
    };
    valid_point(point).then_some(())?;
    // "tháng 7 năm ngoái", "tháng 3 năm nay": the year counted from the year of
    // writing.
    if let Some((offset, len)) = relative_year_after(after) {
        let end = tok.end + len;
        return Some(Built {
            point,
            until: None,
            relative: Some(Relative::MonthsOfYear {
                first: n,
                last: n,
                offset,
            }),
            head,
            end,
            next: next_after(toks, i, end),
            alone: true,
        });
    }
    // "hồi cuối tháng 3 khiến …", "trung tuần tháng 5": a part of the month makes the
    // month a date whatever follows it (stop 23); not a lunar month ("giữa tháng 3 âm
    // lịch") nor a month of every year ("cuối tháng 9 hàng năm"). The surface stays the
    // month's: the words before it tell the article's present (`present`).
    let part = month_part_before(text, head.start, lex).is_some() && !recurring_or_lunar(after);
    if part {
        return Some(Built::alone(point, head, tok.end, i + 1));
    }
    // "hồi tháng 12", "lương tháng 2": a month alone, its year inferred; not after a
    // count ("3 tháng 5 ngày", "mỗi tháng 1 lần"), and only before punctuation or a
    // function word.
    let counted = letter_word_before(text, head.start)
        .is_some_and(|(_, w)| lex.is(Kind::Quantifier, w) || w.chars().all(|c| c.is_ascii_digit()))
        || text[..head.start]
            .strip_suffix(' ')
            .is_some_and(|t| t.ends_with(|c: char| c.is_ascii_digit()));
    Some(Built {
        point,
        until: None,
        relative: None,
        head,
        end: tok.end,
        next: i + 1,
        alone: !counted && follower_ok(text, tok.end, lex),
    })
}

/// Words after a month that make it a lunar month or a month of every year: "giữa tháng 3
/// âm lịch", "cuối tháng 9 hàng năm", "cuối tháng 6 hằng năm" (general-10k: 4 such months
/// after a part of the month).
const RECURRING_OR_LUNAR: [&str; 5] = ["âm", "hàng năm", "hằng năm", "mỗi năm", "(âm"];

/// Whether `after` (the text after a month's number) makes it lunar or recurring.
fn recurring_or_lunar(after: &str) -> bool {
    let rest = after.trim_start_matches(' ');
    RECURRING_OR_LUNAR.iter().any(|w| {
        rest.get(..w.len())
            .is_some_and(|t| crate::extract::caseless::eq_lower(t, w))
    })
}

/// Four digits `y`: a quarter's year, a decade, or a year under a head word (or of a named
/// event).
fn year(text: &str, tok: Token, i: usize, y: i32, lex: &Lexicon) -> Option<Built> {
    if tok.glued_after {
        return None;
    }
    if tok.glued_before {
        return quarter(text, tok, i, y);
    }
    if let Some(q) = quarter(text, tok, i, y).or_else(|| months_of_year(text, tok, i, y)) {
        return Some(q);
    }
    if let Some(built) = decade(text, tok, i, y, lex) {
        return Some(built);
    }
    let head = year_head(text, tok.start, lex);
    let doc_name =
        head.named && (names_document(text, head.start, lex) || names_plan(text, head.start, lex));
    let bare = head.start == tok.start;
    let span = if bare { BARE_YEARS } else { HEADED_YEARS };
    let named_year = !head.named
        && BARE_YEARS.contains(&y)
        && names_the_year(text, tok.start, lex)
        && follower_ok(text, tok.end, lex);
    Some(Built {
        point: Point::Year(y),
        until: None,
        relative: None,
        head,
        end: tok.end,
        next: i + 1,
        alone: (head.named && !doc_name && span.contains(&y)) || named_year,
    })
}

/// Day and month ("12/3"), with the year written with "năm" after them ("ngày 12/3 năm
/// 2024") or without a year.
fn day_month(
    text: &str,
    toks: &[Token],
    i: usize,
    (day, month): (u32, u32),
    lex: &Lexicon,
) -> Option<Built> {
    let tok = toks[i];
    if tok.glued_before || tok.glued_after {
        return None;
    }
    let head = day_head(text, tok.start, lex);
    // "ngày 12/3 năm 2024": the year written with the word "năm".
    if let Some(y) = text[tok.end..]
        .strip_prefix(" năm ")
        .and_then(four_digit_year)
    {
        let point = Point::Day {
            year: Some(y),
            month,
            day,
        };
        let end = tok.end + " năm ".len() + 4;
        valid_point(point).then_some(())?;
        return Some(Built::alone(point, head, end, next_after(toks, i, end)));
    }
    let point = Point::Day {
        year: None,
        month,
        day,
    };
    valid_point(point).then_some(())?;
    Some(Built {
        point,
        until: None,
        relative: None,
        // A day in parentheses is a date apposition: "Ngày truyền thống thi đua yêu nước
        // (11.6)", "hôm thứ Hai (6/2)".
        alone: head.named
            || (head.prep && follower_ok(text, tok.end, lex))
            || in_parens(text, tok.start, tok.end),
        head,
        end: tok.end,
        next: i + 1,
    })
}

/// Month and year ("12/2023"), or a quarter ("quý 4/2021").
fn month_year(
    text: &str,
    tok: Token,
    i: usize,
    (month, year): (u32, i32),
    lex: &Lexicon,
) -> Option<Built> {
    if tok.glued_before || tok.glued_after {
        return None;
    }
    // "quý 4/2021": a quarter, not April.
    if let Some((s, w)) = letter_word_before(text, tok.start) {
        if crate::extract::caseless::eq_lower(w, "quý") && (1..=4).contains(&month) {
            return Some(quarter_built(s, month, year, tok.end, i + 1));
        }
    }
    let point = Point::Month {
        year: Some(year),
        month,
    };
    if !valid_point(point) || !DATED_YEARS.contains(&year) {
        return None;
    }
    let head = month_head(text, tok.start, lex);
    let numbered = !head.named && numbers_document(text, tok.start, lex);
    Some(Built {
        point,
        until: None,
        relative: None,
        head,
        end: tok.end,
        next: i + 1,
        alone: !numbered,
    })
}

/// Day, month and year ("01/02/2024").
fn day_month_year(
    text: &str,
    tok: Token,
    i: usize,
    (day, month, year): (u32, u32, i32),
    lex: &Lexicon,
) -> Option<Built> {
    if tok.glued_before || tok.glued_after {
        return None;
    }
    let point = Point::Day {
        year: Some(year),
        month,
        day,
    };
    if !valid_point(point) || !DATED_YEARS.contains(&year) {
        return None;
    }
    let head = day_head(text, tok.start, lex);
    Some(Built::alone(point, head, tok.end, i + 1))
}

/// "ngày 20-22/11", "20-22/11/2023", "từ 12-14/5", "2 ngày (27-28/4)": two days of one
/// month, built as the first with `until` the last.
fn days_month(text: &str, tok: Token, i: usize, lex: &Lexicon) -> Option<Built> {
    let (a, b, month, year) = match tok.shape {
        Shape::DaysMonth(a, b, month) => (a, b, month, None),
        Shape::DaysMonthYear(a, b, month, y) => (a, b, month, Some(y)),
        _ => return None,
    };
    if tok.glued_before || tok.glued_after || a >= b {
        return None;
    }
    let first = Point::Day {
        year,
        month,
        day: a,
    };
    let last = Point::Day {
        year,
        month,
        day: b,
    };
    if !valid_point(first) || !valid_point(last) {
        return None;
    }
    let mut head = day_head(text, tok.start, lex);
    // "diễn ra từ 12-14/5", "trong 2 ngày (27-28/4)": "từ" or a span of days before the
    // bracket makes the pair days of a range, as a day head does (stop 21, `day_ranges`).
    let alone = head.named
        || head.from.is_some()
        || super::day_ranges::days_of_a_span(text, tok.start, tok.end);
    if !head.named {
        if let Some(from) = head.from {
            head.start = from;
        }
    }
    Some(Built {
        point: first,
        until: Some(last),
        relative: None,
        alone,
        head,
        end: tok.end,
        next: i + 1,
    })
}
