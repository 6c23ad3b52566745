//! A weekday written with a day and month checks the article's present year.
//!
//! "Chủ nhật (5/2)", "thứ Hai (6/2)", "Thứ Bảy 24/6": the weekday and the day fall together
//! in about one year of seven, so a present year whose calendar does not put the day on that
//! weekday is wrong (`present` took a history or a plan year: "Chủ nhật (11.6)" in an article
//! whose only year is 2016; general-10k baomoi-22511695). Such a year is dropped and the
//! present is unknown: the year that fits is left unpicked, since one year of five to
//! eleven fits, and a year one off the wrong one (the nearest that fits) was right in 7 of
//! 9 articles of ../shared/corpus-real only. Census (stop 22): 80 weekday + day-month pairs
//! in the articles without a publication date, 75 of them on the weekday of 2017, the year
//! of their news; the others a second meeting ("lần thứ hai, ngày 17-5") and typos.

use chrono::{Datelike, NaiveDate};

use super::lexicon::OFFSETS;
use super::{Found, Meaning, Point};

/// How many bytes before the day's numeral the weekday is looked for ("thứ Sáu, ngày ").
const REACH: usize = 24;

/// Whether the days of `found` written with a weekday and without a year all fall on their
/// weekday in `year` (true when there is none).
pub(super) fn fit_year(text: &str, found: &[Found], year: i32) -> bool {
    found.iter().all(|f| match f.meaning {
        Meaning::Point(Point::Day {
            year: None,
            month,
            day,
        }) => weekday_before(text, f).is_none_or(|w| {
            NaiveDate::from_ymd_opt(year, month, day)
                .is_none_or(|d| d.weekday().num_days_from_monday() == u32::from(w))
        }),
        _ => true,
    })
}

/// The weekday (0 for Monday) written right before the day's numeral in the date `f`: "thứ
/// Hai (6/2)", "Chủ nhật 28/05", "Thứ Sáu ngày 30/6", "thứ Sáu, ngày 17/2". A "thứ X" of
/// lower case is an ordinal ("lần thứ hai, ngày 17-5") and no weekday.
fn weekday_before(text: &str, f: &Found) -> Option<u8> {
    let surface = text.get(f.start..f.end)?;
    let numeral = f.start + surface.find(|c: char| c.is_ascii_digit())?;
    let mut from = numeral.saturating_sub(REACH);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = text.get(from..numeral)?.trim_end_matches([' ', '(']);
    let before = before
        .strip_suffix("ngày")
        .or_else(|| before.strip_suffix("Ngày"))
        .unwrap_or(before)
        .trim_end_matches([' ', ',']);
    let mut words = before.rsplit(' ');
    let last = words.next()?;
    let first = words.next()?;
    if first.to_lowercase() == "thứ" && !last.starts_with(char::is_uppercase) {
        return None;
    }
    OFFSETS.weekday(&format!("{first} {last}").to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::super::assemble::find_numeric;
    use super::super::lexicon::LEXICON;
    use super::*;

    fn fits(text: &str, year: i32) -> bool {
        fit_year(text, &find_numeric(text, &LEXICON), year)
    }

    #[test]
    fn a_weekday_fixes_the_year_of_its_day() {
        // ../shared/corpus-real labour.jsonl baomoi-21480872 (its only year is 2016).
        let text = "Chiều muộn hôm Chủ nhật (5/2), Apple, Google, Microsoft và các doanh nghiệp \
                    … Tesla và SpaceX của Elon Musk cũng ký vào văn bản hôm thứ Hai (6/2)";
        assert!(fits(text, 2017));
        assert!(!fits(text, 2016));
        // general-10k baomoi-22600493 (its latest year is 2018).
        let text = "ngày đua phân hạng (qualifying): 20g00 Thứ Bảy 24/6, ngày đua xếp hạng \
                    (race): 20g00 Chủ nhật 25/6.";
        assert!(fits(text, 2017));
        assert!(!fits(text, 2018));
        // general-10k baomoi-22511695: "vào chủ nhật (11.6)".
        let text = "gần 1.000 tù nhân trốn thoát khỏi nhà tù ở khu vực Beni, diễn ra vào chủ nhật \
                    (11.6) - ông Julien Paluku";
        assert!(fits(text, 2017));
        assert!(!fits(text, 2016));
    }

    #[test]
    fn an_ordinal_is_no_weekday() {
        // labour.jsonl baomoi-22289000: the second meeting, not a Monday.
        let text = "cho đến trước cuộc gặp lần thứ hai, ngày 17-5, ông cho rằng";
        assert!(fits(text, 2017));
        assert!(fits(text, 2016));
    }
}
