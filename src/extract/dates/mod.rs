//! Dates: full, partial with the year inferred, years as time references, ranges, terms.
//!
//! # How it works
//! 1. `scan` splits the text into numeral tokens with one byte loop ("12/12", "28.7.1929",
//!    "2023"); counts, thousands ("424.830") and fractions ("898/994") get no date shape.
//! 2. Each token is built into a date point by looking at the words just before it (head
//!    words "Ngày", "tháng", "năm", "năm mới", time-of-day words, lunar year names, terms
//!    "nhiệm kỳ", "khóa", "giai đoạn", prepositions of time before a bare year) and just
//!    after it (a range continues with " - ", " đến " or " tới "). A bare day/month or a bare
//!    year needs a head word; a year that ends a legal document's name ("Luật Công đoàn năm
//!    2012") is not a time reference, nor is a month/year after a document word ("Thông tư
//!    liên tịch 01/2017"). The words are data: `rules/date_words.tsv`.
//! 3. Relative expressions ("Trong năm", "Năm vừa qua", "Từ đầu năm tới nay", "năm nay",
//!    "năm trước", "năm ngoái") are found from the word "năm" (`relative`).
//! 4. Years that are not written are inferred (`infer`):
//!    - from the publication date `P`: the year of `P`, or the year before when the day
//!      would fall more than 62 days after `P`;
//!    - else from the reviewed year `R` of a year-end review ("tổng kết … năm R" in one
//!      sentence): months July–December are in `R`, January–June in `R + 1`;
//!    - else from the nearest written date of the same month ("tháng 2/2018" … "ngày 12/2");
//!    - else the value is `--MM-DD` with `year_inferred: false`.
//!
//! No regex starts on an optional word: the scan starts on digits (or the literal "ăm" for
//! relative expressions) and only then looks at the neighbourhood.

mod infer;
mod lexicon;
mod relative;
mod scan;

use crate::normalize::chars::{is_alnum, is_alpha};
use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use super::Document;
use crate::normalize::CharOffsets;
use crate::record::{DateMention, TimeOfDay};
use lexicon::{Kind, Lexicon, LEXICON};
use relative::Relative;
use scan::{Shape, Token};

/// A point in time as written, its year possibly missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Point {
    /// A day; `year` is `None` when the text does not give it.
    Day {
        /// The year, when known.
        year: Option<i32>,
        /// Month 1–12.
        month: u32,
        /// Day of the month.
        day: u32,
    },
    /// A month; `year` is `None` only for the first end of a range ("từ tháng 1 đến …").
    Month {
        /// The year, when known.
        year: Option<i32>,
        /// Month 1–12.
        month: u32,
    },
    /// A year.
    Year(i32),
}

impl Point {
    fn year(self) -> Option<i32> {
        match self {
            Self::Day { year, .. } | Self::Month { year, .. } => year,
            Self::Year(y) => Some(y),
        }
    }

    fn month(self) -> Option<u32> {
        match self {
            Self::Day { month, .. } | Self::Month { month, .. } => Some(month),
            Self::Year(_) => None,
        }
    }

    fn with_year(self, y: i32) -> Self {
        match self {
            Self::Day { month, day, .. } => Self::Day {
                year: Some(y),
                month,
                day,
            },
            Self::Month { month, .. } => Self::Month {
                year: Some(y),
                month,
            },
            Self::Year(_) => self,
        }
    }

    /// The point with a missing year taken from the range end `to` (the year before when its
    /// month comes later: "từ 20/12 đến 5/1/2024").
    fn year_from(self, to: Point) -> Self {
        match (self.year(), to.year()) {
            (None, Some(y)) => {
                let earlier = self.month().zip(to.month()).is_some_and(|(a, b)| a > b);
                self.with_year(if earlier { y - 1 } else { y })
            }
            _ => self,
        }
    }

    /// ISO text: `YYYY-MM-DD`, `--MM-DD`, `YYYY-MM` or `YYYY`.
    fn iso(self) -> String {
        match self {
            Self::Day {
                year: Some(y),
                month,
                day,
            } => format!("{y:04}-{month:02}-{day:02}"),
            Self::Day {
                year: None,
                month,
                day,
            } => format!("--{month:02}-{day:02}"),
            Self::Month {
                year: Some(y),
                month,
            } => format!("{y:04}-{month:02}"),
            Self::Month { year: None, month } => format!("--{month:02}"),
            Self::Year(y) => format!("{y:04}"),
        }
    }
}

/// What a mention means, before years are inferred.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Meaning {
    /// One point.
    Point(Point),
    /// A period from one point to another.
    Range(Point, Point),
    /// A relative expression, resolved against the article's context.
    Relative(relative::Relative),
}

/// A date found in the text: byte span and meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found {
    /// Byte offset of the surface's first character.
    pub start: usize,
    /// Byte offset just past the surface.
    pub end: usize,
    /// What it means.
    pub meaning: Meaning,
    /// The part of the day the surface names.
    pub time_of_day: Option<TimeOfDay>,
}

/// Finds the dates of `doc`, in text order.
///
/// # Example
/// ```
/// use union_news::extract::{dates::extract_dates, Document};
/// let doc = Document::from_text("Ngày 01/02/2024, LĐLĐ tỉnh tổ chức hội nghị nhiệm kỳ 2023 - 2028.");
/// let values: Vec<String> = extract_dates(&doc).into_iter().map(|d| d.value).collect();
/// assert_eq!(values, ["2024-02-01", "2023/2028"]);
/// ```
pub fn extract_dates(doc: &Document) -> Vec<DateMention> {
    let text = doc.text.as_str();
    let mut found = find_numeric(text, &LEXICON);
    let mut relatives = relative::find(text, &LEXICON);
    relatives.extend(relative::find_days(text, &doc.lower, &LEXICON));
    if !relatives.is_empty() {
        found.extend(relatives);
        found.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
        let mut kept: Vec<Found> = Vec::with_capacity(found.len());
        for f in found {
            if kept.last().is_none_or(|last| f.start >= last.end) {
                kept.push(f);
            }
        }
        found = kept;
    }
    if found.is_empty() {
        return Vec::new();
    }
    let context = infer::Context::new(doc, &found);
    let offsets = CharOffsets::new(text);
    found
        .iter()
        .filter_map(|f| {
            let (value, granularity, year_inferred) = context.resolve(f)?;
            Some(DateMention {
                text: text[f.start..f.end].to_string(),
                start: offsets.char_offset(f.start),
                end: offsets.char_offset(f.end),
                value,
                granularity,
                year_inferred,
                time_of_day: f.time_of_day,
            })
        })
        .collect()
}

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
        match assemble(text, &toks, i, lex) {
            Some((found, next)) if found.start >= floor => {
                out.push(found);
                i = next.max(i + 1);
            }
            _ => i += 1,
        }
    }
    out
}

/// What precedes a point: where its surface starts and what the head words say.
#[derive(Debug, Clone, Copy, Default)]
struct Head {
    /// Byte offset where the surface starts (the head word, or the token).
    start: usize,
    /// A head word makes the numeral a date ("Ngày", "Chiều", "tháng", "năm", "Giáp Thìn").
    named: bool,
    /// A term head ("nhiệm kỳ", "khóa", "giai đoạn") or a preposition: no "đầu"/"cuối"
    /// before it joins the surface.
    term: bool,
    /// "từ" before the head: start of "từ … đến …", when a range follows.
    from: Option<usize>,
    /// "Sáng nay (17/7)": the closing parenthesis belongs to the surface.
    paren: bool,
    /// A preposition of time without a head word ("từ 15/2", "trước 30/3"): the date then
    /// stands only with a [`Kind::DateFollower`] after it.
    prep: bool,
    time_of_day: Option<TimeOfDay>,
}

/// A point built from one or more tokens.
#[derive(Debug, Clone, Copy)]
struct Built {
    point: Point,
    head: Head,
    /// Byte offset past the point's last token.
    end: usize,
    /// Index of the first token after the point.
    next: usize,
    /// The point may stand alone (else only as a range end).
    alone: bool,
    /// The end of a period written as one token ("quý III/2017", "20-22/11"): the point is
    /// then the range `point/until`.
    until: Option<Point>,
    /// The whole mention is relative to the article's year or is a decade ("tháng 7 năm
    /// ngoái", "quý 1 năm nay", "những năm 90"); `point` is then only its first month.
    relative: Option<Relative>,
}

/// "12 tháng 3 năm 2024", "12 tháng 3": a day written with the word "tháng".
static DAY_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([0-9]{1,2}) tháng ([0-9]{1,2})(?:,? năm ([0-9]{4}))?").expect("day regex")
});

/// "3 năm 2024" after "tháng": a month written with the word "năm".
static MONTH_WORDS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([0-9]{1,2}),? năm ([0-9]{4})").expect("month regex"));

/// "quý III/" or "quý 3 năm " just before a year.
static QUARTER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bquý (IV|I{1,3}|[1-4])(?:/| năm )$").expect("quarter regex")
});

fn assemble(text: &str, toks: &[Token], i: usize, lex: &Lexicon) -> Option<(Found, usize)> {
    let tok = toks[i];
    if let Shape::YearYear(a, b) = tok.shape {
        let head = year_head(text, tok.start, lex);
        let ok = valid_year_range(a, b)
            && !tok.glued_before
            && !tok.glued_after
            && (head.named || head.from.is_some() || in_parens(text, tok.start, tok.end));
        if !ok {
            return None;
        }
        let start = head.from.unwrap_or(head.start);
        let found = Found {
            start,
            end: tok.end,
            meaning: Meaning::Range(Point::Year(a), Point::Year(b)),
            time_of_day: None,
        };
        return Some((found, i + 1));
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

/// Builds the point starting at token `i`, with its head words.
fn build(text: &str, toks: &[Token], i: usize, lex: &Lexicon) -> Option<Built> {
    let tok = toks[i];
    let after = &text[tok.end..];
    let next_after = |end: usize| {
        toks[i..]
            .iter()
            .position(|t| t.start >= end)
            .map_or(toks.len(), |p| i + p)
    };
    match tok.shape {
        Shape::Small(n) => {
            if tok.glued_before {
                return None;
            }
            if after.starts_with(" tháng ") {
                // "ngày 12 tháng 3 năm 2024"
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
                return Some(Built {
                    point,
                    until: None,
                    relative: None,
                    alone: year.is_some() || head.named,
                    head,
                    end,
                    next: next_after(end),
                });
            }
            if let Some(built) = quarter_of_relative_year(text, tok, i, n)
                .or_else(|| decade(text, tok, i, i32::try_from(n).ok()?, lex))
            {
                return Some(built);
            }
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
                return Some(Built {
                    point,
                    until: None,
                    relative: None,
                    head,
                    end,
                    next: next_after(end),
                    alone: true,
                });
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
                    next: next_after(end),
                    alone: true,
                });
            }
            // "hồi tháng 12", "lương tháng 2": a month alone, its year inferred; not after a
            // count ("3 tháng 5 ngày", "mỗi tháng 1 lần"), and only before punctuation or a
            // function word.
            let counted = word_before(text, head.start).is_some_and(|(_, w)| {
                lex.is(Kind::Quantifier, w) || w.chars().all(|c| c.is_ascii_digit())
            }) || text[..head.start]
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
        Shape::Year(y) => {
            if tok.glued_after {
                return None;
            }
            if tok.glued_before {
                return quarter(text, tok, i, y);
            }
            if let Some(q) = quarter(text, tok, i, y) {
                return Some(q);
            }
            if let Some(built) = decade(text, tok, i, y, lex) {
                return Some(built);
            }
            let head = year_head(text, tok.start, lex);
            let doc_name = head.named && names_document(text, head.start, lex);
            let bare = head.start == tok.start;
            let span = if bare { 1900..=2100 } else { 1000..=2999 };
            let named_year = !head.named
                && (1900..=2100).contains(&y)
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
        Shape::DayMonth(day, month) => {
            if tok.glued_before || tok.glued_after {
                return None;
            }
            let head = day_head(text, tok.start, lex);
            // "ngày 12/3 năm 2024": the year written with the word "năm".
            if let Some(y) = after.strip_prefix(" năm ").and_then(four_digit_year) {
                let point = Point::Day {
                    year: Some(y),
                    month,
                    day,
                };
                let end = tok.end + " năm ".len() + 4;
                valid_point(point).then_some(())?;
                return Some(Built {
                    point,
                    until: None,
                    relative: None,
                    alone: true,
                    head,
                    end,
                    next: next_after(end),
                });
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
                alone: head.named || (head.prep && follower_ok(text, tok.end, lex)),
                head,
                end: tok.end,
                next: i + 1,
            })
        }
        Shape::MonthYear(month, year) => {
            if tok.glued_before || tok.glued_after {
                return None;
            }
            // "quý 4/2021": a quarter, not April.
            if let Some((s, w)) = word_before(text, tok.start) {
                if w.to_lowercase() == "quý" && (1..=4).contains(&month) {
                    return Some(quarter_built(s, month, year, tok.end, i + 1));
                }
            }
            let point = Point::Month {
                year: Some(year),
                month,
            };
            if !valid_point(point) || !(1800..=2199).contains(&year) {
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
        Shape::DayMonthYear(day, month, year) => {
            if tok.glued_before || tok.glued_after {
                return None;
            }
            let point = Point::Day {
                year: Some(year),
                month,
                day,
            };
            if !valid_point(point) || !(1800..=2199).contains(&year) {
                return None;
            }
            let head = day_head(text, tok.start, lex);
            Some(Built {
                point,
                until: None,
                relative: None,
                head,
                end: tok.end,
                next: i + 1,
                alone: true,
            })
        }
        Shape::DaysMonth(a, b, month) | Shape::DaysMonthYear(a, b, month, _) => {
            // "ngày 20-22/11": two days of one month.
            if tok.glued_before || tok.glued_after || a >= b {
                return None;
            }
            let year = match tok.shape {
                Shape::DaysMonthYear(.., y) => Some(y),
                _ => None,
            };
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
            let head = day_head(text, tok.start, lex);
            Some(Built {
                point: first,
                until: Some(last),
                relative: None,
                alone: head.named,
                head,
                end: tok.end,
                next: i + 1,
            })
        }
        Shape::YearYear(..) | Shape::Other => None,
    }
}

/// " năm nay", " năm ngoái", " năm trước", " năm sau", " năm tới" at the start of `after`:
/// the year offset and the bytes it covers.
fn relative_year_after(after: &str) -> Option<(i32, usize)> {
    let rest = after.strip_prefix(" năm ")?;
    [
        ("nay", 0),
        ("ngoái", -1),
        ("trước", -1),
        ("sau", 1),
        ("tới", 1),
    ]
    .iter()
    .find_map(|(word, offset)| {
        let tail = rest.strip_prefix(word)?;
        (!tail.starts_with(is_alnum)).then_some((*offset, " năm ".len() + word.len()))
    })
}

/// "quý 1 năm nay", "quý IV năm ngoái" — the quarter `n` at token `tok`, of a year counted
/// from the year of writing.
fn quarter_of_relative_year(text: &str, tok: Token, i: usize, n: u32) -> Option<Built> {
    if !(1..=4).contains(&n) {
        return None;
    }
    let (s, w) = word_before(text, tok.start)?;
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
fn decade(text: &str, tok: Token, i: usize, n: i32, lex: &Lexicon) -> Option<Built> {
    let start_year = match n {
        10..=90 if n % 10 == 0 => 1900 + n,
        1000..=2090 if n % 10 == 0 => n,
        _ => return None,
    };
    let (s1, w1) = word_before(text, tok.start)?;
    let start = if lex.is(Kind::DecadeHead, w1) {
        s1
    } else if word_before(text, s1)
        .is_some_and(|(_, w0)| lex.is(Kind::DecadeHead, &format!("{w0} {w1}")))
    {
        word_before(text, s1).map_or(s1, |(s0, _)| s0)
    } else if w1.to_lowercase() == "năm" {
        let (s0, w0) = word_before(text, s1)?;
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

/// Whether four digits at `start` are the year of a named event or report: after a
/// capitalized name ("Olympic Sochi 2014", "Olympic London 2012") or a
/// [`Kind::YearNoun`] ("thường niên 2012", "Báo cáo tài chính 2012"), unless a
/// [`Kind::YearNameBlock`] word stands before the name ("Chỉ số Russell 2000") or the number
/// is a document's ("Quyết định 2014").
fn names_the_year(text: &str, start: usize, lex: &Lexicon) -> bool {
    let Some((s1, w1)) = word_before(text, start) else {
        return false;
    };
    let prev = word_before(text, s1);
    let noun = lex.is(Kind::YearNoun, w1)
        || prev.is_some_and(|(_, w0)| lex.is(Kind::YearNoun, &format!("{w0} {w1}")));
    let name = w1.chars().next().is_some_and(char::is_uppercase) && w1.chars().count() > 1;
    if !(noun || name) {
        return false;
    }
    let blocked = |pos: usize| {
        let Some((s, w)) = word_before(text, pos) else {
            return false;
        };
        lex.is(Kind::YearNameBlock, w)
            || word_before(text, s)
                .is_some_and(|(_, w0)| lex.is(Kind::YearNameBlock, &format!("{w0} {w}")))
    };
    !blocked(start) && !blocked(s1) && !numbers_document(text, start, lex)
}

/// "quý III/2017", "quý 3 năm 2017": a quarter, built as its first month with `until` its
/// last month.
fn quarter(text: &str, tok: Token, i: usize, year: i32) -> Option<Built> {
    let window_start = floor_char_boundary(text, tok.start.saturating_sub(24));
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
fn quarter_built(start: usize, q: u32, year: i32, end: usize, next: usize) -> Built {
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

/// The range end after `first`, if a connector and a second point follow; the flag is true for
/// a dash connector.
fn range_end(text: &str, toks: &[Token], first: &Built, lex: &Lexicon) -> Option<(Built, bool)> {
    let j = first.next;
    let second_tok = toks.get(j)?;
    let gap = text.get(first.end..second_tok.start)?;
    if gap.len() > 24 {
        return None;
    }
    let (dash, rest) = if let Some(rest) = gap.strip_prefix(" - ").or(gap.strip_prefix('-')) {
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

/// Which dash-joined pairs are ranges: full dates, years under a head, days under a head.
fn dash_range_ok(first: &Built, second: &Built) -> bool {
    match (first.point, second.point) {
        (Point::Day { year: Some(_), .. }, Point::Day { year: Some(_), .. }) => true,
        (Point::Year(_), Point::Year(_)) => first.head.named || first.head.from.is_some(),
        (Point::Day { year: None, .. }, Point::Day { .. }) => first.head.named,
        (Point::Month { year: None, .. }, Point::Month { year: Some(_), .. }) => true,
        _ => false,
    }
}

/// Four digits at the start of `s` that are not followed by a letter or digit.
fn four_digit_year(s: &str) -> Option<i32> {
    let digits = s.get(..4)?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) || glued_after_at(s, 4) {
        return None;
    }
    digits.parse().ok()
}

fn valid_point(p: Point) -> bool {
    match p {
        Point::Day { year, month, day } => {
            NaiveDate::from_ymd_opt(year.unwrap_or(2000), month, day).is_some()
        }
        Point::Month { month, .. } => (1..=12).contains(&month),
        Point::Year(y) => (1000..=2999).contains(&y),
    }
}

fn valid_year_range(a: i32, b: i32) -> bool {
    (1000..=2999).contains(&a) && a <= b && b - a <= 100
}

/// The range runs forwards (ends without a year are not checked).
fn valid_range(a: Point, b: Point) -> bool {
    let key = |p: Point| {
        (
            p.year(),
            p.month().unwrap_or(1),
            match p {
                Point::Day { day, .. } => day,
                _ => 1,
            },
        )
    };
    match (a.year(), b.year()) {
        (Some(_), Some(_)) => key(a) <= key(b),
        _ => true,
    }
}

fn in_parens(text: &str, start: usize, end: usize) -> bool {
    text[..start].ends_with('(') && text[end..].starts_with(')')
}

fn glued_after_at(text: &str, end: usize) -> bool {
    text[end..].chars().next().is_some_and(is_alnum)
}

fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The word just before `pos`, separated from it by exactly one space: (its start, the word).
pub(crate) fn word_before(text: &str, pos: usize) -> Option<(usize, &str)> {
    let before = text.get(..pos)?.strip_suffix(' ')?;
    let start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_alpha(*c))
        .last()
        .map(|(i, _)| i)?;
    Some((start, &before[start..]))
}

/// "từ" before a head that starts at `start`.
fn from_before(text: &str, start: usize) -> Option<usize> {
    word_before(text, start)
        .filter(|(_, w)| w.eq_ignore_ascii_case("từ") || *w == "Từ")
        .map(|(s, _)| s)
}

/// Head words of a day: "Ngày", "Chiều", "Chiều ngày", "Sáng nay (", "Sáng mai (".
fn day_head(text: &str, tok_start: usize, lex: &Lexicon) -> Head {
    let mut head = Head {
        start: tok_start,
        ..Head::default()
    };
    if let Some(paren) = text[..tok_start].strip_suffix('(') {
        // "Sáng nay (17/7)", "hôm nay (17/7)".
        let Some((s, w)) = word_before(text, paren.len()) else {
            return head;
        };
        // "ngày thứ Năm (20/1)", "Chủ nhật (23/1)".
        if let Some((s0, _)) = weekday_ending_at(text, s, w, lex) {
            head.start = s0;
            head.named = true;
            head.paren = true;
            if let Some((s1, w1)) = word_before(text, s0) {
                if lex.is(Kind::DayHead, w1) || lex.is(Kind::TimeOfDay, w1) {
                    head.start = s1;
                    head.time_of_day = TimeOfDay::from_word(w1);
                }
            }
            return head;
        }
        if matches!(w.to_lowercase().as_str(), "nay" | "qua" | "mai") {
            if let Some((s0, w0)) = word_before(text, s) {
                let tod = lex
                    .is(Kind::TimeOfDay, w0)
                    .then(|| TimeOfDay::from_word(w0))
                    .flatten();
                if tod.is_some() || w0.eq_ignore_ascii_case("hôm") || w0 == "Hôm" {
                    head.start = s0;
                    head.named = true;
                    head.paren = true;
                    head.time_of_day = tod;
                }
            }
        }
        return head;
    }
    if let Some((s, w)) = word_before(text, tok_start) {
        if lex.is(Kind::DayHead, w) {
            head.start = s;
            head.named = true;
            if let Some((s0, w0)) = word_before(text, s) {
                if lex.is(Kind::TimeOfDay, w0) {
                    head.start = s0;
                    head.time_of_day = TimeOfDay::from_word(w0);
                }
            }
        } else if lex.is(Kind::TimeOfDay, w) {
            head.start = s;
            head.named = true;
            head.time_of_day = TimeOfDay::from_word(w);
        } else if lex.is(Kind::DayPreposition, w)
            || word_before(text, s)
                .is_some_and(|(_, w0)| lex.is(Kind::DayPreposition, &format!("{w0} {w}")))
        {
            head.prep = true;
        }
    }
    head.from = from_before(text, head.start);
    head
}

/// A weekday whose last word `w` starts at `s` ("thứ Năm", "Chủ nhật"): its start and
/// number (0 is Monday). The second word of "thứ X" must be capitalized: "thứ năm" in lower
/// case is also the ordinal "fifth".
pub(crate) fn weekday_ending_at(
    text: &str,
    s: usize,
    w: &str,
    lex: &Lexicon,
) -> Option<(usize, u8)> {
    let (s0, w0) = word_before(text, s)?;
    let pair = format!("{w0} {w}");
    if !lex.is(Kind::Weekday, &pair) {
        return None;
    }
    let lower = pair.to_lowercase();
    let day = match lower.as_str() {
        "chủ nhật" => 6,
        _ if !w.chars().next().is_some_and(char::is_uppercase) => return None,
        "thứ hai" => 0,
        "thứ ba" => 1,
        "thứ tư" => 2,
        "thứ năm" => 3,
        "thứ sáu" => 4,
        "thứ bảy" => 5,
        _ => return None,
    };
    Some((s0, day))
}

/// Whether what follows byte `end` lets a date without a head word stand: the end of the
/// text, punctuation, a capitalized word (captions and headlines run on without a stop), or
/// a [`Kind::DateFollower`]. Any other word makes the numeral a count or a ratio ("từ 5/5
/// thành phố"), and a unit sign ("%") a quantity.
fn follower_ok(text: &str, end: usize, lex: &Lexicon) -> bool {
    let rest = text.get(end..).unwrap_or_default();
    match rest.chars().next() {
        None => true,
        Some(' ') => {
            let next = &rest[1..];
            let len: usize = next
                .chars()
                .take_while(|c| is_alpha(*c))
                .map(char::len_utf8)
                .sum();
            let word = &next[..len];
            match word.chars().next() {
                None => !next.starts_with(|c: char| c.is_ascii_digit() || c == '%'),
                Some(c) if c.is_uppercase() => true,
                Some(_) => lex.is(Kind::DateFollower, word),
            }
        }
        Some(c) => !is_alnum(c) && c != '%',
    }
}

/// The head word of a month: "tháng".
fn month_head(text: &str, tok_start: usize, _lex: &Lexicon) -> Head {
    let mut head = Head {
        start: tok_start,
        ..Head::default()
    };
    if let Some((s, w)) = word_before(text, tok_start) {
        if w == "tháng" || w == "Tháng" || w == "THÁNG" {
            head.start = s;
            head.named = true;
        }
    }
    head.from = from_before(text, head.start);
    head
}

/// Head words of a year: "năm", "Năm", "năm mới", "đầu năm", "Quý Mão", "nhiệm kỳ", "khóa".
fn year_head(text: &str, tok_start: usize, lex: &Lexicon) -> Head {
    let mut head = Head {
        start: tok_start,
        ..Head::default()
    };
    let Some((s1, w1)) = word_before(text, tok_start) else {
        return head;
    };
    let prev = word_before(text, s1);
    let is_nam = |w: &str| w.to_lowercase() == "năm";
    if is_nam(w1) {
        head.start = s1;
        head.named = true;
    } else if w1.to_lowercase() == "mới" && prev.is_some_and(|(_, w)| is_nam(w)) {
        head.start = prev.map_or(s1, |(s, _)| s);
        head.named = true;
    } else if lex.is(Kind::LunarBranch, w1) && prev.is_some_and(|(_, w)| lex.is(Kind::LunarStem, w))
    {
        head.start = prev.map_or(s1, |(s, _)| s);
        head.named = true;
    } else if lex.is(Kind::TermHead, w1) {
        head.start = s1;
        head.named = true;
        head.term = true;
    } else if let Some((s0, _)) =
        prev.filter(|(_, w0)| lex.is(Kind::TermHead, &format!("{w0} {w1}")))
    {
        head.start = s0;
        head.named = true;
        head.term = true;
    }
    if !head.named && lex.is(Kind::YearPreposition, w1) {
        // "tăng gấp 2 trong 2021": the year alone, after a preposition of time.
        head.named = true;
        head.term = true;
    }
    if head.named && !head.term {
        if let Some((s, w)) = word_before(text, head.start) {
            if lex.is(Kind::YearModifier, w) {
                head.start = s;
            }
        }
    }
    head.from = from_before(text, head.start);
    head
}

/// True when one of the four words before `start` names a document kind ("Thông tư liên tịch
/// 01/2017", "Nghị quyết số 02/2023"): the numeral is then a document number.
fn numbers_document(text: &str, start: usize, lex: &Lexicon) -> bool {
    let mut pos = start;
    let mut later: Option<&str> = None;
    for _ in 0..4 {
        let Some((s, w)) = word_before(text, pos) else {
            return false;
        };
        if lex.is(Kind::DocNumber, w)
            || later.is_some_and(|l| lex.is(Kind::DocNumber, &format!("{w} {l}")))
        {
            return true;
        }
        later = Some(w);
        pos = s;
    }
    false
}

/// True when the words before a "năm YYYY" head at `head_start` name a legal document
/// ("Hiến pháp năm 2013", "Bộ luật Lao động năm 2019", "Luật Công đoàn năm 2012").
fn names_document(text: &str, head_start: usize, lex: &Lexicon) -> bool {
    let mut pos = head_start;
    let mut later: Option<&str> = None;
    for _ in 0..6 {
        let Some((s, w)) = word_before(text, pos) else {
            return false;
        };
        if lex.is(Kind::DocName, w)
            || later.is_some_and(|l| lex.is(Kind::DocName, &format!("{w} {l}")))
        {
            return true;
        }
        if lex.is(Kind::WalkStop, w) {
            return false;
        }
        later = Some(w);
        pos = s;
    }
    false
}

#[cfg(test)]
mod tests;
