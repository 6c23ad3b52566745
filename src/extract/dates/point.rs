//! What a date mention means before years are inferred: a point (day, month, year), a range,
//! or a relative expression; and which points and ranges are plausible.

use std::ops::RangeInclusive;

use chrono::NaiveDate;

use super::relative;
use crate::record::TimeOfDay;

/// The years a year under a head word may have ("năm 1010", "nhiệm kỳ 2023 - 2028"), and
/// any year point or range of years: a date of the written record, past or planned.
pub(crate) const HEADED_YEARS: RangeInclusive<i32> = 1000..=2999;

/// The years a bare four-digit number may have to be a year (after a preposition of time,
/// "trong 2021", or as the year of a named event, "Olympic Sochi 2014"): narrower than
/// [`HEADED_YEARS`], since without a head word "1010" or "2500" is more often a count, a
/// model number or an index.
pub(crate) const BARE_YEARS: RangeInclusive<i32> = 1900..=2100;

/// The years of numeric dates ("12/2023", "01/02/2024"): between [`HEADED_YEARS`] and
/// [`BARE_YEARS`], since the separators already make the numeral date-like; outside it
/// "5/1000" and "1/3000" are ratios or codes. The three ranges stay apart because unifying
/// them would change which numerals are dates.
pub(crate) const DATED_YEARS: RangeInclusive<i32> = 1800..=2199;

/// The most years a range of years may span ("2023 - 2028"; more is no period).
const MAX_YEAR_SPAN: i32 = 100;

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
    /// The year, when written (or filled in).
    pub(crate) fn year(self) -> Option<i32> {
        match self {
            Self::Day { year, .. } | Self::Month { year, .. } => year,
            Self::Year(y) => Some(y),
        }
    }

    /// The month, unless the point is a year.
    pub(crate) fn month(self) -> Option<u32> {
        match self {
            Self::Day { month, .. } | Self::Month { month, .. } => Some(month),
            Self::Year(_) => None,
        }
    }

    /// The point with year `y` (a year point stays as it is).
    pub(crate) fn with_year(self, y: i32) -> Self {
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
    pub(crate) fn year_from(self, to: Point) -> Self {
        match (self.year(), to.year()) {
            (None, Some(y)) => {
                let earlier = self.month().zip(to.month()).is_some_and(|(a, b)| a > b);
                self.with_year(if earlier { y - 1 } else { y })
            }
            _ => self,
        }
    }

    /// ISO text: `YYYY-MM-DD`, `--MM-DD`, `YYYY-MM` or `YYYY`.
    pub(crate) fn iso(self) -> String {
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

/// Whether the point exists: a real day of its month (in a leap year when the year is
/// missing), a month 1–12, a year in [`HEADED_YEARS`].
pub(crate) fn valid_point(p: Point) -> bool {
    match p {
        Point::Day { year, month, day } => {
            NaiveDate::from_ymd_opt(year.unwrap_or(2000), month, day).is_some()
        }
        Point::Month { month, .. } => (1..=12).contains(&month),
        Point::Year(y) => HEADED_YEARS.contains(&y),
    }
}

/// Whether years `a` to `b` are a period: in [`HEADED_YEARS`], forwards, at most
/// [`MAX_YEAR_SPAN`] years.
pub(crate) fn valid_year_range(a: i32, b: i32) -> bool {
    HEADED_YEARS.contains(&a) && a <= b && b - a <= MAX_YEAR_SPAN
}

/// The range runs forwards (ends without a year are not checked).
pub(crate) fn valid_range(a: Point, b: Point) -> bool {
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
