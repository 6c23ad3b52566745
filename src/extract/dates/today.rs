//! The article's present, for the relative days and the spans back of an article without a
//! publication date: its first day date that is not history, moved back when a relative day
//! dates it ("hôm qua (30-6)": the present is 1 July).
//!
//! The dev gold resolves such expressions against the story's own day: "Chiều 26-6, … trưa
//! nay" → `--06-26` (real-dev baomoi-22617362), "Ngày 7/6 … Trưa hai hôm trước" → `--06-05`
//! (real-dev baomoi-22476023), "sáng ngày 2/7 … cách đây 5 tháng" → `--02` (real-dev
//! baomoi-22669740).

use chrono::{Duration, NaiveDate};

use super::infer::{of_history, Context};
use super::lexicon::{Kind, LEXICON, OFFSETS};
use super::{letter_word_before, Found, Meaning, Point};

/// The present of an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Today {
    /// A day with its year.
    Date(NaiveDate),
    /// A month and day whose year is not known.
    Day {
        /// 1–12.
        month: u32,
        /// 1–31.
        day: u32,
    },
}

/// The present of the article `text` whose dates are `found` and whose years `context`
/// infers (see the module comment); `None` when it writes no day.
pub(crate) fn find(text: &str, found: &[Found], context: &Context) -> Option<Today> {
    let (f, year, month, day) = found.iter().find_map(|f| match f.meaning {
        Meaning::Point(Point::Day { year, month, day }) if !of_history(text, f.start) => {
            Some((f, year, month, day))
        }
        _ => None,
    })?;
    let back = Duration::days(i64::from(dated_by_relative_day(text, f)));
    match year.or_else(|| context.infer_year(month, day, f.start)) {
        Some(y) => Some(Today::Date(NaiveDate::from_ymd_opt(y, month, day)? - back)),
        None => {
            // A leap year, so that any day exists.
            let d = NaiveDate::from_ymd_opt(2000, month, day)? - back;
            Some(Today::Day {
                month: chrono::Datelike::month(&d),
                day: chrono::Datelike::day(&d),
            })
        }
    }
}

/// The offset of a relative day that dates the day found at `f` in brackets ("hôm qua
/// (30-6)": -1, "Sáng nay (17/7)": 0), inside its surface or just before it; 0 when none
/// does.
fn dated_by_relative_day(text: &str, f: &Found) -> i8 {
    let before = match text[f.start..f.end].find('(') {
        Some(k) => &text[..f.start + k],
        None => match text[..f.start].strip_suffix('(') {
            Some(b) => b,
            None => return 0,
        },
    };
    let Some((word_start, word)) = letter_word_before(text, before.len()) else {
        return 0;
    };
    let word = word.to_lowercase();
    let Some(&(_, offset)) = OFFSETS.days.iter().find(|(w, _)| *w == word) else {
        return 0;
    };
    match letter_word_before(text, word_start) {
        Some((_, head)) if LEXICON.is(Kind::RelativeDayHead, head) => offset,
        _ => 0,
    }
}
