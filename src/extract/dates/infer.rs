//! Years that are not written: partial dates ("Chiều 12/12") and relative expressions.
//!
//! # The rule
//! For a day and month without a year, the first of these that applies gives the year:
//! 1. the publication date `P`, when known: the year of `P`, or the year before when the
//!    day would fall more than about two months (62 days) after `P`;
//! 2. the reviewed year `R` of a year-end review ("tổng kết … năm R" in one sentence): a
//!    month in the second half of the year is in `R`, a month in the first half in `R + 1`
//!    (reviews of year `R` are held from about November of `R` to February of `R + 1`);
//! 3. the year `T` of the Tết the article is about ("Tết Đinh Dậu", `lunar`): a month in the
//!    first half of the year is in `T`, a month in the second half in `T − 1`;
//! 4. a day the article writes with its year at most about a month (31 days) away, the
//!    nearest ("Công điện ngày 2/2/2017 …, chiều ngày 8/2" → 2017; "ngày 27/12/2016 … Từ
//!    ngày 6/1 đến nay" → 2017; birth dates left out): the story's own calendar;
//! 5. the article's present year `A` (`present`: the latest year it writes as a time
//!    reference, birth and target years left out, or given by its own arithmetic:
//!    `anniversary`);
//! 6. for a day after "từ", the year of a document numbered in its sentence, which takes
//!    effect from it ("từ ngày 1-6, theo Nghị định số 44/2017/NĐ-CP", `effective`);
//! 7. the nearest written date of the same month ("tháng 2/2018" … "ngày 12/2");
//! 8. otherwise the value is `--MM-DD` and `year_inferred` is false.
//!
//! Relative expressions resolve against `P` (year of writing, else `T`, else `A`), `R`, and the article's
//! event date `E` (its first day date): "Trong năm" → `R`, else the year of `E`, else of
//! `P`; "năm nay" → the year of `P`, else `A` (never a historical `E`); "năm trước" → that
//! year − 1;
//! "Năm vừa qua" → the year of `P` (else `A`) − 1, else `R`; "Từ đầu năm tới nay" → January
//! to `E` (to `P` when `E` is not in `P`'s year up to `P`; with no year known, January to
//! the article's first day, both without a year: `--01/--07-02`).

use chrono::{Datelike, Duration, NaiveDate};
use memchr::memmem;

use super::new_year::TetYear;
use super::relative::{MonthWhen, Relative};
use super::today::Today;
use super::{Found, Meaning, Point};
use crate::extract::caseless::with_lower;
use crate::extract::Document;
use crate::record::Granularity;

/// How many days after the publication date a day without a year may fall and still be in
/// the publication year (about two months); a later day is of
/// the year before.
const DAYS_AHEAD_OF_PUBLICATION: i64 = 62;

/// How many days from a day written with its year a day without one may fall and take its
/// year (about a month: the days of one story; the dev gold's inferences are at most 10
/// days away).
const STORY_DAYS: i64 = 31;

/// How many bytes after "tổng kết" are read for the reviewed year (the sentence is cut at
/// its full stop first).
const REVIEW_REACH: usize = 400;

/// How many "tổng kết" are tried for the reviewed year: the first few are enough, and the cap
/// keeps the scan linear on odd input.
const REVIEW_CUES_MAX: usize = 16;

/// What is known about an article's time frame.
#[derive(Debug, Clone, Default)]
pub(crate) struct Context {
    published: Option<NaiveDate>,
    review_year: Option<i32>,
    /// The article's present year, when it has no publication date (`present`).
    article_year: Option<i32>,
    /// The year of the Tết the article is about, when it has no publication date (`lunar`).
    tet_year: Option<i32>,
    /// Written (year, month) of dates with a month, by byte offset.
    months: Vec<(usize, i32, u32)>,
    /// The first day date of the article (written or inferred).
    event: Option<NaiveDate>,
    /// The month and day of the first day date when its year is not known.
    event_day: Option<(u32, u32)>,
    /// Days written with their year (birth dates left out).
    written_days: Vec<NaiveDate>,
    /// The days an article without a publication date gives its present by (`today`).
    today: Vec<super::today::Anchor>,
    /// Where the title (the text's first line) ends: its expressions count from the first
    /// anchor below.
    title_end: usize,
    /// Where days and months to come start ("vào tháng 11 tới", [`upcoming`]), in text order.
    upcoming: Vec<usize>,
    /// The years of days written with their year as time references (birth dates left
    /// out), by byte offset: a named month's year in its sentence (`named_months`).
    written_years: Vec<(usize, i32)>,
    /// Days without a year that a document of their sentence takes effect from, by byte
    /// offset, with the document's year (`effective`).
    effective_days: Vec<(usize, i32)>,
}

impl Context {
    /// Gathers the context of `doc` whose dates are `found`.
    pub(crate) fn new(doc: &Document, found: &[Found]) -> Self {
        let mut months = Vec::new();
        // Which dates can tell the present, read once for the three lists below.
        let present: Vec<bool> = found
            .iter()
            .map(|f| super::present::names_the_present(&doc.text, f))
            .collect();
        let presents = || {
            found
                .iter()
                .zip(&present)
                .filter(|&(_, &p)| p)
                .map(|(f, _)| f)
        };
        // The story's calendar: days of the latest year the article writes. A range's start
        // is history ("(11.6.1948 - 11.6.2017)"), and so is a day of a life, an anniversary
        // or a year ago (`HISTORY_WORDS`).
        let points = || {
            presents()
                .flat_map(|f| match f.meaning {
                    Meaning::Point(p) => [Some((f, p)), None],
                    Meaning::Range(a, b) => [Some((f, a)), Some((f, b))],
                    Meaning::Relative(_) => [None, None],
                })
                .flatten()
        };
        let latest = points().filter_map(|(_, p)| p.year()).max();
        // Only days written with their year: a bare year or a month of the sentence is
        // often a comparison, a target or a name ("so với cùng kỳ năm 2016", "gia hạn tới
        // tháng 3/2018", "AFF Cup 2016"; general-10k, 2 of 7 right).
        let written_years = points()
            .filter_map(|(f, p)| match p {
                Point::Day { year: Some(y), .. } => Some((f.start, y)),
                _ => None,
            })
            .collect();
        // The window before a date is read for history last, for the days left.
        let written_days = presents()
            .filter_map(|f| match f.meaning {
                Meaning::Point(p) => Some((f, p)),
                Meaning::Range(_, b) => Some((f, b)),
                Meaning::Relative(_) => None,
            })
            .filter(|(_, p)| p.year() == latest)
            .filter_map(|(f, p)| match p {
                Point::Day {
                    year: Some(y),
                    month,
                    day,
                } => Some((f, NaiveDate::from_ymd_opt(y, month, day)?)),
                _ => None,
            })
            .filter(|(f, _)| !of_history(&doc.text, f.start))
            .map(|(_, day)| day)
            .collect();
        // Birth, target and document dates, and days written with their year (of another
        // year than the news: `present`), tell no month of the article's news.
        let tells_month =
            |f: &&Found| !matches!(f.meaning, Meaning::Point(Point::Day { year: Some(_), .. }));
        for f in presents().filter(tells_month) {
            let points = match f.meaning {
                Meaning::Point(p) => [Some(p), None],
                Meaning::Range(a, b) => [Some(a), Some(b)],
                Meaning::Relative(_) => [None, None],
            };
            for p in points.into_iter().flatten() {
                if let (Some(y), Some(m)) = (p.year(), p.month()) {
                    months.push((f.start, y, m));
                }
            }
        }
        // Without a publication date, a byline's time stamp gives it (`stamp`).
        let published = doc
            .published
            .or_else(|| super::stamp::byline_day(&doc.text, found));
        let mut context = Self {
            published,
            review_year: review_year(&doc.text),
            article_year: match published {
                Some(_) => None,
                // A weekday written with a day vetoes a year it does not fit (`weekdays`).
                None => super::present::article_year(&doc.text, &doc.lower, found, &present)
                    .filter(|&y| super::weekdays::fit_year(&doc.text, found, y)),
            },
            tet_year: match published {
                Some(_) => None,
                None => super::lunar::tet_year_at(&doc.text, super::cue_hits(doc.candidates())),
            },
            months,
            event: None,
            event_day: None,
            written_days,
            today: Vec::new(),
            title_end: super::today::title_line_end(&doc.text),
            upcoming: upcoming(&doc.text, found),
            written_years,
            effective_days: super::effective::effective_days(&doc.text, found),
        };
        context.event = found.iter().find_map(|f| match f.meaning {
            Meaning::Point(Point::Day { year, month, day }) => {
                let y = year.or_else(|| context.infer_year(month, day, f.start))?;
                NaiveDate::from_ymd_opt(y, month, day)
            }
            _ => None,
        });
        if context.event.is_none() {
            context.event_day = found.iter().find_map(|f| match f.meaning {
                Meaning::Point(Point::Day { month, day, .. }) => Some((month, day)),
                _ => None,
            });
        }
        if context.published.is_none() {
            context.today = super::today::anchors(&doc.text, found, &context);
        }
        context
    }

    /// The year of the Tết the article is about, unless it is before the article's present
    /// year (a Tết of history).
    fn tet_year(&self) -> Option<i32> {
        self.tet_year
            .filter(|&t| self.article_year.is_none_or(|a| t >= a))
    }

    /// The year of the Tết an article's "mùng 6 Tết" is in: the next Tết after the
    /// publication date's summer (the Tết of its year before July), else the Tết the
    /// article is about, else the article's present year.
    fn new_year_of_article(&self) -> Option<i32> {
        match self.published {
            Some(p) if p.month() >= 7 => Some(p.year() + 1),
            Some(p) => Some(p.year()),
            None => self.tet_year().or(self.article_year),
        }
    }

    /// The year of a day and month written at byte `at` without one.
    pub(crate) fn infer_year(&self, month: u32, day: u32, at: usize) -> Option<i32> {
        if let Some(p) = self.published {
            let y = p.year();
            let in_year = NaiveDate::from_ymd_opt(y, month, day)
                .or_else(|| NaiveDate::from_ymd_opt(y - 1, month, day))?;
            // A day to come is the next one from `P` on, never a year back.
            if self.upcoming.binary_search(&at).is_ok() {
                return Some(if in_year < p { y + 1 } else { y });
            }
            return Some(if in_year > p + Duration::days(DAYS_AHEAD_OF_PUBLICATION) {
                y - 1
            } else {
                in_year.year()
            });
        }
        if let Some(r) = self.review_year {
            return Some(if month >= 7 { r } else { r + 1 });
        }
        if let Some(t) = self.tet_year() {
            return Some(if month >= 7 { t - 1 } else { t });
        }
        if let Some(y) = self.near_written_day(month, day) {
            return Some(y);
        }
        if let Some(a) = self.article_year {
            return Some(a);
        }
        if let Some(&(_, y)) = self.effective_days.iter().find(|&&(p, _)| p == at) {
            return Some(y);
        }
        let before = self
            .months
            .iter()
            .rev()
            .find(|&&(pos, _, m)| pos < at && m == month);
        let after = self
            .months
            .iter()
            .find(|&&(pos, _, m)| pos > at && m == month);
        before.or(after).map(|&(_, y, _)| y)
    }

    /// The article's present year when it has no publication date (`present`).
    pub(super) fn present_year(&self) -> Option<i32> {
        self.article_year
    }

    /// The publication year (a byline's time stamp gives it when the article has no
    /// publication date).
    pub(super) fn published_year(&self) -> Option<i32> {
        self.published.map(|p| p.year())
    }

    /// The year of the day `day`/`month` in the story's own calendar: a day the article
    /// writes with its year at most [`STORY_DAYS`] from it (`today`: the year of the
    /// present).
    pub(super) fn story_year(&self, month: u32, day: u32) -> Option<i32> {
        self.near_written_day(month, day)
    }

    /// The year of the day `day`/`month` when a day the article writes with its year lies at
    /// most [`DAYS_AHEAD_OF_PUBLICATION`] days from it, in that year or the one before or
    /// after (the nearest such day decides).
    fn near_written_day(&self, month: u32, day: u32) -> Option<i32> {
        self.written_days
            .iter()
            .filter_map(|d| {
                [d.year() - 1, d.year(), d.year() + 1]
                    .into_iter()
                    .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
                    .map(|c| ((c - *d).num_days().abs(), c.year()))
                    .min()
            })
            .filter(|&(gap, _)| gap <= STORY_DAYS)
            .min_by_key(|&(gap, y)| (gap, std::cmp::Reverse(y)))
            .map(|(_, y)| y)
    }

    /// The value, granularity and `year_inferred` of a found date; `None` when a relative
    /// expression has nothing to resolve against.
    pub(crate) fn resolve(&self, f: &Found) -> Option<(String, Granularity, bool)> {
        match f.meaning {
            Meaning::Point(p) => {
                let (p, inferred) = self.complete(p, f.start);
                let granularity = match p {
                    Point::Day { .. } => Granularity::Day,
                    Point::Month { .. } => Granularity::Month,
                    Point::Year(_) => Granularity::Year,
                };
                Some((p.iso(), granularity, inferred))
            }
            // A quarter without its year ("quý IV", `quarters`): the year of its first
            // month, as a month alone would get it.
            Meaning::Range(
                a @ Point::Month {
                    year: None,
                    month: first,
                },
                b @ Point::Month {
                    year: None,
                    month: last,
                },
            ) if last == first + 2 && first % 3 == 1 => {
                let (a, inferred) = self.complete(a, f.start);
                let b = a.year().map_or(b, |y| b.with_year(y));
                Some((
                    format!("{}/{}", a.iso(), b.iso()),
                    Granularity::Range,
                    inferred,
                ))
            }
            Meaning::Range(a, b) => {
                let (b, inferred_b) = self.complete(b, f.start);
                let (a, inferred_a) = match (a.year(), b.year()) {
                    (None, Some(_)) => (a.year_from(b), true),
                    _ => self.complete(a, f.start),
                };
                let value = format!("{}/{}", a.iso(), b.iso());
                Some((value, Granularity::Range, inferred_a || inferred_b))
            }
            Meaning::Relative(r) => self.relative(r, f.start),
        }
    }

    /// Fills in a missing year; the flag is true when one was inferred.
    fn complete(&self, p: Point, at: usize) -> (Point, bool) {
        match p {
            // A month alone ("hồi tháng 12"): the year its first day falls in.
            Point::Month { year: None, month } => match self.infer_year(month, 1, at) {
                Some(y) => (p.with_year(y), true),
                None => (p, false),
            },
            Point::Day {
                year: None,
                month,
                day,
            } => match self.infer_year(month, day, at) {
                Some(y) => (p.with_year(y), true),
                None => (p, false),
            },
            _ => (p, false),
        }
    }

    /// The present of an expression at byte `at`: the publication date, else the article's
    /// own day before it (`today`; `of_writing`: only a day that is the day of writing).
    fn present_at(&self, at: usize, of_writing: bool) -> Option<Today> {
        match self.published {
            Some(p) => Some(Today::Date(p)),
            None => super::today::present_at(&self.today, at, self.title_end, of_writing),
        }
    }

    /// The day `offset` days from the present of an expression at byte `at`: the
    /// publication date, else the article's present (`today`: "Chiều 26-6, … trưa nay" →
    /// `--06-26`, "Ngày 7/6 … Trưa hai hôm trước" → `--06-05`).
    fn relative_day(
        &self,
        offset: i8,
        at: usize,
        of_writing: bool,
    ) -> Option<(String, Granularity, bool)> {
        let offset = Duration::days(i64::from(offset));
        let (day, format) = match self.present_at(at, of_writing)? {
            Today::Date(d) => (d + offset, "%Y-%m-%d"),
            // A leap year, so that any day of the article exists.
            Today::Day { month, day } => (
                NaiveDate::from_ymd_opt(2000, month, day)? + offset,
                "--%m-%d",
            ),
        };
        Some((day.format(format).to_string(), Granularity::Day, true))
    }

    /// The month `n` months before the present: `YYYY-MM`, or `--MM` when the present's
    /// year is not known ("cách đây 5 tháng" after "sáng ngày 2/7" → `--02`).
    fn months_ago(&self, n: u8, at: usize) -> Option<(String, Granularity, bool)> {
        let back = i32::from(n);
        let value = match self.present_at(at, false)? {
            Today::Date(p) => {
                let months = p.year() * 12 + p.month0() as i32 - back;
                format!(
                    "{:04}-{:02}",
                    months.div_euclid(12),
                    months.rem_euclid(12) + 1
                )
            }
            Today::Day { month, .. } => {
                let m = (month as i32 - 1 - back).rem_euclid(12) + 1;
                format!("--{m:02}")
            }
        };
        Some((value, Granularity::Month, true))
    }

    /// A month written by name (`named_months`), its year only from a strong source: the
    /// publication date (the next such month when `Ahead`, the latest when `Behind`, else
    /// as a numeral month), else the latest day written with its year before it in its
    /// `sentence`, else a day written with its year about a month away; else `--MM`,
    /// `year_inferred` false.
    fn named_month(
        &self,
        month: u32,
        when: MonthWhen,
        sentence: (usize, usize),
        at: usize,
    ) -> (String, Granularity, bool) {
        let year = match self.published {
            Some(p) => match when {
                MonthWhen::Ahead if month < p.month() => Some(p.year() + 1),
                MonthWhen::Behind if month > p.month() => Some(p.year() - 1),
                MonthWhen::Ahead | MonthWhen::Behind => Some(p.year()),
                MonthWhen::Near => self.infer_year(month, 1, at),
            },
            // In text order: the days of the sentence, read from its start only.
            None => self.written_years[self
                .written_years
                .partition_point(|&(pos, _)| pos < sentence.0)..]
                .iter()
                .take_while(|&&(pos, _)| pos < at.min(sentence.1))
                .map(|&(_, y)| y)
                .max()
                .or_else(|| self.near_written_day(month, 15)),
        };
        match year {
            Some(y) => (format!("{y:04}-{month:02}"), Granularity::Month, true),
            None => (format!("--{month:02}"), Granularity::Month, false),
        }
    }

    fn relative(&self, r: Relative, at: usize) -> Option<(String, Granularity, bool)> {
        let p_year = self
            .published
            .map(|p| p.year())
            .or(self.tet_year())
            .or(self.article_year);
        let e_year = self.event.map(|e| e.year());
        let year = match r {
            Relative::InYear => self.review_year.or(e_year).or(p_year),
            // Not from `E`: a first day date can be historical, and "năm nay" is the present.
            Relative::ThisYear => p_year,
            Relative::PreviousYear => p_year.map(|y| y - 1),
            Relative::LastYear => p_year.map(|y| y - 1).or(self.review_year),
            // "hôm qua" from the day of writing only; "sáng nay", "ngày mai" and the spans
            // back from the story's own day too.
            Relative::Day(offset) => return self.relative_day(offset, at, offset < 0),
            Relative::DaysAgo(n) => {
                return self.relative_day(-i8::try_from(n).ok()?, at, false);
            }
            Relative::MonthsAgo(n) => return self.months_ago(n, at),
            Relative::NamedMonth {
                month,
                when,
                sentence,
            } => return Some(self.named_month(month, when, sentence, at)),
            // Given the value of the day before it once all are resolved (`same_day`).
            Relative::SameDay | Relative::NextDay | Relative::DaysAfter(_) => return None,
            // Years back count from the publication date only: the year an article without
            // one is inferred to be in may be the year of the history it tells ("cách đây 59
            // năm" after "6/2/1958", "cách đây 40 năm" in a story of 1977; general-10k).
            Relative::YearsAgo(n) => self.published.map(|p| p.year() - i32::from(n)),
            Relative::Weekday(weekday) => {
                let p = self.published?;
                let back = (7 + p.weekday().num_days_from_monday() - u32::from(weekday)) % 7;
                let day = p - Duration::days(i64::from(back));
                return Some((day.format("%Y-%m-%d").to_string(), Granularity::Day, true));
            }
            Relative::MonthsOfYear {
                first,
                last,
                offset,
            } => {
                let y = p_year.or(e_year)? + offset;
                let value = if first == last {
                    format!("{y:04}-{first:02}")
                } else {
                    format!("{y:04}-{first:02}/{y:04}-{last:02}")
                };
                let granularity = if first == last {
                    Granularity::Month
                } else {
                    Granularity::Range
                };
                return Some((value, granularity, true));
            }
            Relative::SinceNow(to) => {
                let value = match (self.published, self.article_year) {
                    (Some(p), _) => format!("{}/{}", p.format("%Y-%m-%d"), to.iso()),
                    (None, Some(a)) => format!("{a:04}/{}", to.iso()),
                    // No present known: the written end alone.
                    (None, None) => {
                        let granularity = match to {
                            Point::Day { .. } => Granularity::Day,
                            Point::Month { .. } => Granularity::Month,
                            Point::Year(_) => Granularity::Year,
                        };
                        return Some((to.iso(), granularity, false));
                    }
                };
                return Some((value, Granularity::Range, true));
            }
            Relative::Decade { start, inferred } => {
                let value = format!("{start:04}/{:04}", start + 9);
                return Some((value, Granularity::Range, inferred));
            }
            Relative::NewYearDay { day, year } => {
                let (y, inferred) = match year {
                    TetYear::Written(y) => (y, false),
                    TetYear::Named(y) => (y, true),
                    TetYear::Article => (self.new_year_of_article()?, true),
                    TetYear::History => return None,
                };
                let date = super::new_year::new_year_day(y, day)?;
                let value = date.format("%Y-%m-%d").to_string();
                return Some((value, Granularity::Day, inferred));
            }
            Relative::YearToDate => {
                // The article's event date, unless publication shows it is an older date.
                let to = match (self.event, self.published, self.event_day) {
                    (Some(e), Some(p), _) if e.year() == p.year() && e <= p => e,
                    (_, Some(p), _) => p,
                    (Some(e), None, _) => e,
                    // No year known: January to the article's first day, both without a
                    // year ("từ đầu năm đến nay" → `--01/--07-02`, real4-dev baomoi-22660531).
                    (None, None, day_of) => {
                        let (month, day) = day_of?;
                        let value = format!("--01/--{month:02}-{day:02}");
                        return Some((value, Granularity::Range, true));
                    }
                };
                let value = format!("{:04}-01/{}", to.year(), to.format("%Y-%m-%d"));
                return Some((value, Granularity::Range, true));
            }
        }?;
        Some((format!("{year:04}"), Granularity::Year, true))
    }
}

/// Words before a day written with its year, in its sentence, that make it history, not the
/// story's calendar: a life or an anniversary ("vào Đảng ngày 16/2/1987, ngày chính thức
/// 16/2/1988", real2-dev baomoi-21511578; "kỷ niệm Ngày Quốc tế Lao động 1.5.2004", real-dev
/// baomoi-22327756), a year ago ("Cũng khoảng thời gian này năm ngoái, ngày 9/6/2016",
/// "cách đây 69 năm, ngày 11/6/1948", labour.jsonl baomoi-22488405, baomoi-22501037).
const HISTORY_WORDS: [&str; 8] = [
    "cách đây",
    "chính thức",
    "kết nạp",
    "kỷ niệm",
    "năm ngoái",
    "năm trước",
    "thành lập",
    "vào đảng",
];

/// How many bytes before a date its sentence is read for [`HISTORY_WORDS`].
const HISTORY_REACH: usize = 60;

/// Whether the sentence before byte `at` makes the day written there history
/// ([`HISTORY_WORDS`]).
pub(super) fn of_history(text: &str, at: usize) -> bool {
    let mut from = at.saturating_sub(HISTORY_REACH);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    with_lower(&text[from..at], |before| {
        let sentence = before.rsplit(['.', ';', '\n']).next().unwrap_or("");
        HISTORY_WORDS.iter().any(|w| sentence.contains(w))
    })
}

/// What follows a day or month to come: "vào ngày 7/6 tới đây", "vào tháng 11 tới",
/// "tháng 9 sắp tới".
const AHEAD: [&str; 2] = [" tới", " sắp tới"];

/// The words after [`AHEAD`] that keep it the adjective "to come", not the preposition "to"
/// ("từ tháng 5 tới nay", "tới đầu tháng 6" run to a point): "tới đây", "tới ở Puerto Rico",
/// "tới tại", "tới sẽ", "tới này"; punctuation or the text's end does too.
const AHEAD_NEXT: [&str; 5] = [" đây", " ở", " tại", " sẽ", " này"];

/// The starts of the days and months of `found` without a year that are to come ([`AHEAD`]
/// right after them, as a word): a day "tới" is not of the year before the publication date
/// however far ahead it is ("tham dự cuộc thi Hoa hậu Thế giới 2021 vào tháng 11 tới",
/// general-10k dantri-news_entertainment_188, published 2021-04-08: 2021-11, not 2020-11).
fn upcoming(text: &str, found: &[Found]) -> Vec<usize> {
    found
        .iter()
        .filter(|f| {
            matches!(
                f.meaning,
                Meaning::Point(Point::Day { year: None, .. } | Point::Month { year: None, .. })
                    | Meaning::Range(
                        Point::Month { year: None, .. },
                        Point::Month { year: None, .. }
                    )
            )
        })
        .filter(|f| {
            let after = text.get(f.end..).unwrap_or("");
            AHEAD.iter().any(|w| {
                after.strip_prefix(w).is_some_and(|rest| {
                    rest.starts_with(|c: char| !c.is_alphanumeric() && c != ' ')
                        || rest.is_empty()
                        || AHEAD_NEXT.iter().any(|n| {
                            rest.strip_prefix(n)
                                .is_some_and(|r| !r.starts_with(char::is_alphanumeric))
                        })
                })
            })
        })
        .map(|f| f.start)
        .collect()
}

/// The reviewed year: "năm R" in the sentence after "tổng kết" (first such sentence).
fn review_year(text: &str) -> Option<i32> {
    let bytes = text.as_bytes();
    for p in memmem::find_iter(bytes, "ổng kết".as_bytes()).take(REVIEW_CUES_MAX) {
        if p == 0 || !matches!(bytes[p - 1], b't' | b'T') {
            continue;
        }
        let mut stop = (p + REVIEW_REACH).min(text.len());
        while !text.is_char_boundary(stop) {
            stop -= 1;
        }
        let window = &text[p..stop];
        let window = &window[..window.find(['\n', '.']).unwrap_or(window.len())];
        for (i, _) in window.match_indices("năm ") {
            let digits = &window.as_bytes()[i + "năm ".len()..];
            if digits.len() >= 4
                && digits[..4].iter().all(u8::is_ascii_digit)
                && !digits.get(4).is_some_and(u8::is_ascii_digit)
            {
                if let Ok(y) = window[i + "năm ".len()..i + "năm ".len() + 4].parse() {
                    return Some(y);
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn review_year_of_the_seeds() {
        // 000, 002.
        let text = "Chiều 12/12, tại thành phố Hải Phòng, Cụm thi đua tổ chức hội nghị tổng kết \
                    phong trào CNVCLĐ và hoạt động Công đoàn năm 2023. Năm 2024, Cụm";
        assert_eq!(review_year(text), Some(2023));
        let text = "hội nghị tổng kết hoạt động công đoàn và phong trào công nhân, viên chức, \
                    lao động (CNVCLĐ) năm 2023; phương hướng, nhiệm vụ năm 2024.";
        assert_eq!(review_year(text), Some(2023));
        assert_eq!(review_year("Tổng kết. Năm 2023 là năm"), None);
    }

    #[test]
    fn partial_dates_take_the_year_by_rule() {
        let published = |s: &str| Context {
            published: NaiveDate::parse_from_str(s, "%Y-%m-%d").ok(),
            ..Context::default()
        };
        // 003: "sáng 20.12", published 2023-12-20.
        assert_eq!(published("2023-12-20").infer_year(12, 20, 0), Some(2023));
        // Published in January, a December day is last year's.
        assert_eq!(published("2024-01-05").infer_year(12, 28, 0), Some(2023));
        let review = Context {
            review_year: Some(2023),
            ..Context::default()
        };
        // 000 "Chiều 12/12" → 2023, 001 "Sáng 17/1" → 2024.
        assert_eq!(review.infer_year(12, 12, 0), Some(2023));
        assert_eq!(review.infer_year(1, 17, 0), Some(2024));
        // x036: "tháng 2/2018" … "ngày 12/2".
        let months = Context {
            months: vec![(10, 2018, 2)],
            ..Context::default()
        };
        assert_eq!(months.infer_year(2, 12, 50), Some(2018));
        assert_eq!(months.infer_year(1, 30, 50), None);
    }

    #[test]
    fn a_month_to_come_is_not_a_year_back() {
        // ../shared/corpus-real general-10k dantri-news_entertainment_188, published
        // 2021-04-08: November is seven months ahead, and "tới" says it is to come.
        let values = |text: &str| -> Vec<String> {
            let doc = Document::new(None, text, NaiveDate::from_ymd_opt(2021, 4, 8));
            super::super::extract_dates(&doc)
                .into_iter()
                .map(|d| d.value)
                .collect()
        };
        let text = "Thị Hà của Việt Nam tại cuộc thi Hoa hậu Thế giới 2021 vào tháng 11 tới.";
        assert_eq!(values(text), ["2021-11"]);
        let text = "diễn ra vào tháng 11 tới ở Puerto Rico.";
        assert_eq!(values(text), ["2021-11"]);
        // "tới" as the preposition: the month runs to a point, the rule of publication holds.
        let text = "giá tăng từ tháng 11 tới nay.";
        assert_eq!(values(text), ["2020-11"]);
    }

    #[test]
    fn year_to_date_runs_to_the_event_or_publication() {
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        // 002: "Từ đầu năm tới nay" after "Ngày 22/11" of a 2023 review.
        let context = Context {
            event: day("2023-11-22"),
            ..Context::default()
        };
        assert_eq!(
            context.relative(Relative::YearToDate, 0),
            Some(("2023-01/2023-11-22".to_string(), Granularity::Range, true))
        );
        // A historical first date does not move "now" away from publication.
        let context = Context {
            event: day("1988-03-14"),
            published: day("2016-03-14"),
            ..Context::default()
        };
        assert_eq!(
            context
                .relative(Relative::YearToDate, 0)
                .map(|r| r.0)
                .as_deref(),
            Some("2016-01/2016-03-14")
        );
    }
}
