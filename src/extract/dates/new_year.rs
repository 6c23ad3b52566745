//! Days of the lunar new year: "mùng 6 Tết", "ngày 6 Tết", "ngày mùng 6 Tết", "mùng 7 Tết
//! Nguyên đán", "mùng 3 Tết Đinh Dậu".
//!
//! # The rule
//! "mùng N Tết" (also "mồng", "ngày mùng", "ngày N Tết") is day N of the lunar new year: the
//! first day of that year's Tết (`rules/tet_days.tsv`) plus N − 1 days. "mùng" names the days
//! 1–10 of a lunar month, so only N in 1–10 is read: "28 Tết" is the 28th day of the old year's
//! last month, whose length the table does not give. The year is the one written after
//! "Tết" ("Tết Đinh Dậu 2017"), else the lunar year named there ("Tết Đinh Dậu" → 2017, the
//! name's year in 1984–2027 as `lunar` reads it; a name of history gives no date), else the
//! article's: the Tết after the publication date's summer, the Tết the article is about
//! (`lunar`), or its present year (`infer`). The year is inferred unless written.
//!
//! In the real collections (`../shared/corpus-real/`) such days are written 111 times
//! ("mùng N Tết" 59, "ngày mùng N Tết" 21, "mồng N Tết" 7, …); none was read as a date before.

use std::sync::LazyLock;

use chrono::{Datelike, Duration, NaiveDate};

use super::lunar::{cycle_of, year_in_cycle};
use super::relative::Relative;
use super::{Found, Meaning};
use crate::normalize::chars::is_alnum;
use crate::rules::{Line, Row, RuleError, Table};

/// The rule table: the first day of each lunar new year the extractor reads.
pub(crate) static TET_DAYS_TSV: Table = Table::new(
    "extract/rules/tet_days.tsv",
    include_str!("../rules/tet_days.tsv"),
    &["first_day"],
    &["first_day"],
);

/// A row of [`TET_DAYS_TSV`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TetDay {
    /// The Gregorian date of mùng 1 Tết.
    pub first_day: NaiveDate,
}

impl Row for TetDay {
    fn from_line(line: &Line<'_>) -> Result<Self, RuleError> {
        Ok(TetDay {
            first_day: line.get("first_day")?,
        })
    }
}

/// The first days of the new years, parsed once; a malformed table (caught by the tests)
/// gives none.
static FIRST_DAYS: LazyLock<Vec<NaiveDate>> = LazyLock::new(|| {
    TET_DAYS_TSV
        .load::<TetDay>()
        .map(|rows| rows.into_iter().map(|r| r.first_day).collect())
        .unwrap_or_default()
});

/// The last day of the new year read ("mùng" names days 1–10 of a lunar month).
const LAST_DAY: u8 = 10;

/// Where the year of a new-year day comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TetYear {
    /// Not given: the article's.
    Article,
    /// Named by its lunar year name ("Tết Đinh Dậu" → 2017).
    Named(i32),
    /// Written ("Tết Đinh Dậu 2017", "Tết Nguyên đán 2017").
    Written(i32),
    /// Named by a lunar year name of history ("Tết Mậu Thân"): no date.
    History,
}

/// The Gregorian date of day `day` of the lunar new year of `year`, when the table has it.
pub(super) fn new_year_day(year: i32, day: u8) -> Option<NaiveDate> {
    let first = FIRST_DAYS.iter().find(|d| d.year() == year)?;
    first.checked_add_signed(Duration::days(i64::from(day) - 1))
}

/// The new-year days of `text`, in text order; `lower` is `text` lower-cased with the same
/// byte offsets, `starts` where it has "tết", not overlapping (`memmem::find_iter`): the
/// candidate pass finds them (a scan of their own before stop 28).
pub(super) fn find(lower: &str, starts: impl IntoIterator<Item = usize>) -> Vec<Found> {
    let mut out = Vec::new();
    for p in starts {
        let after = p + "tết".len();
        if lower[after..].chars().next().is_some_and(is_alnum) {
            continue;
        }
        let Some((start, day)) = day_before(lower, p) else {
            continue;
        };
        let Some((end, year)) = year_after(lower, after) else {
            continue;
        };
        out.push(Found {
            start,
            end,
            meaning: Meaning::Relative(Relative::NewYearDay { day, year }),
            time_of_day: None,
        });
    }
    out
}

/// The start and day number of "mùng N ", "mồng N ", "ngày mùng N " or "ngày N " ending at
/// `p` (lower case).
fn day_before(lower: &str, p: usize) -> Option<(usize, u8)> {
    let before = lower[..p].strip_suffix(' ')?;
    let digits = before.len() - before.bytes().rev().take_while(u8::is_ascii_digit).count();
    let number = &before[digits..];
    if number.is_empty() || number.len() > 2 {
        return None;
    }
    let day: u8 = number.parse().ok()?;
    if !(1..=LAST_DAY).contains(&day) {
        return None;
    }
    let head = before[..digits].strip_suffix(' ')?;
    let start = ["mùng", "mồng", "ngày"]
        .iter()
        .find_map(|w| head.strip_suffix(w))
        .map(str::len)?;
    // "ngày mùng 6": the day head before "mùng" is part of the surface.
    let start = lower[..start]
        .strip_suffix("ngày ")
        .filter(|_| lower[start..].starts_with('m'))
        .map_or(start, str::len);
    let bounded = lower[..start]
        .chars()
        .next_back()
        .is_none_or(|c| !is_alnum(c));
    bounded.then_some((start, day))
}

/// The end of a new-year day's surface after "Tết" at `after`, and its year: an optional
/// "Nguyên đán", a lunar year name, a written year (left out of the surface); `None` for a
/// name of history without a written year.
fn year_after(lower: &str, after: usize) -> Option<(usize, TetYear)> {
    let mut end = after;
    if lower[end..].starts_with(" nguyên đán") {
        end += " nguyên đán".len();
    }
    let mut year = TetYear::Article;
    let mut named_end = end;
    if let Some(rest) = lower[end..].strip_prefix(' ') {
        let mut words = rest.splitn(3, ' ');
        let stem = words.next().unwrap_or_default();
        let branch = words.next().unwrap_or_default();
        let branch_letters = branch.trim_end_matches(|c: char| !c.is_alphabetic());
        if let Some(cycle) = cycle_of(stem, branch_letters) {
            named_end += 2 + stem.len() + branch_letters.len();
            year = year_in_cycle(cycle).map_or(TetYear::History, TetYear::Named);
        }
    }
    // A written year stays a mention of its own ("Đinh Dậu 2017", "năm 1967", "2010"): it
    // tells the article's present year (`present`), so the day's surface ends before it.
    let rest = &lower[named_end..];
    let rest = rest.strip_prefix(" năm").unwrap_or(rest);
    if let Some(after_space) = rest.strip_prefix(' ') {
        let digits = after_space.bytes().take_while(u8::is_ascii_digit).count();
        let glued = after_space[digits..].chars().next().is_some_and(is_alnum);
        if digits == 4 && !glued {
            if let Ok(y) = after_space[..4].parse::<i32>() {
                return Some((end, TetYear::Written(y)));
            }
        }
    }
    (year != TetYear::History).then_some((named_end, year))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::dates::extract_dates;
    use crate::extract::Document;

    fn values(text: &str) -> Vec<(String, String, bool)> {
        extract_dates(&Document::from_text(text))
            .into_iter()
            .map(|d| (d.text, d.value, d.year_inferred))
            .collect()
    }

    #[test]
    fn the_table_gives_the_first_days() {
        assert_eq!(new_year_day(2017, 1), NaiveDate::from_ymd_opt(2017, 1, 28));
        assert_eq!(new_year_day(2017, 6), NaiveDate::from_ymd_opt(2017, 2, 2));
        // The Vietnamese calendar, not the Chinese: 21 January 1985, 17 February 2007.
        assert_eq!(new_year_day(1985, 1), NaiveDate::from_ymd_opt(1985, 1, 21));
        assert_eq!(new_year_day(2007, 1), NaiveDate::from_ymd_opt(2007, 2, 17));
        assert_eq!(new_year_day(1900, 1), None);
        let rows = TET_DAYS_TSV.load::<TetDay>().unwrap_or_default();
        assert_eq!(rows.len(), 44);
    }

    #[test]
    fn new_year_days_of_a_labour_article() {
        // labour.jsonl baomoi-21488184 (real3-dev): "Sau Tết Nguyên đán Đinh Dậu, … đến ngày
        // 6 Tết vẫn chưa có hồ sơ …, thông báo khai xuân từ ngày mùng 6 Tết".
        let text = "Sau Tết Nguyên đán Đinh Dậu, tình trạng thiếu lao động lại diễn ra. “Chúng \
                    tôi cũng đưa ra nhiều chính sách, nhưng đến ngày 6 Tết vẫn chưa có hồ sơ xin \
                    việc nào nộp”. Công ty thông báo khai xuân từ ngày mùng 6 Tết, nhưng lượng \
                    lao động quay lại chỉ chiếm 56%.";
        let got = values(text);
        let day = |t: &str| (t.to_string(), "2017-02-02".to_string(), true);
        assert_eq!(got, [day("ngày 6 Tết"), day("ngày mùng 6 Tết")]);
    }

    #[test]
    fn the_year_named_or_written_after_tet() {
        // labour.jsonl: "Ngày 3.2 (tức mùng 7 Tết Nguyên đán), Công ty Pouchen VN …" in an
        // article about the Tết Đinh Dậu.
        let text = "sau những ngày nghỉ Tết Đinh Dậu. Ngày 3.2 (tức mùng 7 Tết Nguyên đán), \
                    Công ty Pouchen VN đã đi vào hoạt động trở lại.";
        let got = values(text);
        assert!(got.contains(&(
            "mùng 7 Tết Nguyên đán".to_string(),
            "2017-02-03".to_string(),
            true
        )));
        // general-10k: "vào ngày 2/2/2014 (tức ngày mùng 3 tết Giáp Ngọ)": the name's year.
        let got = values("giết vợ vào ngày 2/2/2014 (tức ngày mùng 3 tết Giáp Ngọ). Vụ án");
        assert!(got.contains(&(
            "ngày mùng 3 tết Giáp Ngọ".to_string(),
            "2014-02-02".to_string(),
            true
        )));
        // general-10k: "Trước đó vào trưa ngày 30-1 tức mùng 3 Tết Đinh Dậu 2017, chị …": the
        // written year stays a mention of its own, and dates the day without a year.
        let got = values("Trước đó vào trưa ngày 30-1 tức mùng 3 Tết Đinh Dậu 2017, chị Phượng");
        let mention = |t: &str, v: &str, inferred| (t.to_string(), v.to_string(), inferred);
        assert_eq!(
            got,
            [
                mention("trưa ngày 30-1", "2017-01-30", true),
                mention("mùng 3 Tết", "2017-01-30", false),
                mention("Đinh Dậu 2017", "2017", false)
            ]
        );
    }

    #[test]
    fn days_that_are_no_new_year_day() {
        // "28 Tết" is a day of the old year's last month; no year known gives no date; a
        // name of history gives none.
        assert!(values("ngày 28 Tết, chợ đông.").is_empty());
        assert!(values("mùng 6 Tết công nhân trở lại.").is_empty());
        assert!(values("mùng 1 Tết Mậu Thân, quân giải phóng").is_empty());
        assert!(values("Năm 2017, mùng 15 Tết")
            .iter()
            .all(|d| d.0 != "mùng 15 Tết"));
        assert!(values("Năm 2017, tháng 6 Tết")
            .iter()
            .all(|d| !d.0.contains("Tết")));
    }
}
