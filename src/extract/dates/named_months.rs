//! Months written by name: "trong tháng Năm", "hồi tháng Tư vừa qua", "giao tháng Tám" (stop
//! 24, second round; GUIDELINES.md: a month is a date, `--MM` when its year is unknown).
//!
//! The month's year is taken only from a strong source (`infer`, `Context::named_month`):
//! the publication date, a day written with its year before it in its sentence, or a day
//! the article writes with its year about a month away; else the value is `--MM` with `year_inferred` false.
//! The article's present year is not used: it is weak on undated world news (stop 24's
//! first try: 6 of 11 right years in labour.jsonl).
//!
//! Only a capital name after a lower-case "tháng" and a word that makes it one month
//! ("trong", "hồi", "vào", "cuối", …): not a title or a name ("Tháng Ba - Mùa hoa gạo",
//! "Cách mạng tháng Mười", "đường Ba Tháng Hai"). "tháng Giêng" and "tháng Chạp" are the
//! first and last months of the lunar year ("Rằm tháng Giêng", "27, 28 tháng Chạp") and
//! are left out, as is a month followed by "âm lịch".

use super::relative::{MonthWhen, Relative};
use super::same_period::{sentence_end, sentence_start};
use super::words::{four_digit_year, letter_word_after};
use super::{letter_word_before, Found, Meaning, Point};
use crate::extract::caseless::{eq_lower, lower_in};
use crate::normalize::chars::is_alnum;

/// The solar month names, as written (capital), longest first. "Một" is January in the
/// news (general-10k: "trong tháng Một tăng 7,9%", 14 of 14).
const NAMES: [(&str, u32); 12] = [
    ("Mười Một", 11),
    ("Mười Hai", 12),
    ("Một", 1),
    ("Hai", 2),
    ("Ba", 3),
    ("Tư", 4),
    ("Năm", 5),
    ("Sáu", 6),
    ("Bảy", 7),
    ("Tám", 8),
    ("Chín", 9),
    ("Mười", 10),
];

/// Words before "tháng" that make it one month (labour.jsonl and general-10k: "trong" 30,
/// "giao" 27, "cuối" 25, "hồi" 23, "vào" 16, "đầu" 9, "từ" 7, "hết" 3, "giữa" 2, "của" 2,
/// "suốt" 1). "giao" is a futures contract's delivery month ("vàng giao tháng Tám").
const LEADS: [&str; 11] = [
    "trong", "giao", "cuối", "hồi", "vào", "đầu", "từ", "hết", "giữa", "của", "suốt",
];

/// Words after the month that put it ahead of the present ("vào tháng Bảy tới").
const AHEAD: [&str; 2] = ["tới", "sắp"];

/// Words after the month that put it behind the present ("hồi tháng Tư vừa qua").
const BEHIND: [&str; 3] = ["vừa", "qua", "trước"];

/// The month written by name at byte `p` of `text`, whose lower-case copy has "tháng "
/// there (the dates' one scan for it: `super::month_words`).
pub(super) fn at(text: &str, p: usize) -> Option<Found> {
    // Lower-case "tháng" only: a capital one starts a title or a name.
    if !text.get(p..).is_some_and(|t| t.starts_with("tháng ")) {
        return None;
    }
    let (_, lead) = letter_word_before(text, p)?;
    if !lower_in(lead, &LEADS) {
        return None;
    }
    let name_at = p + "tháng ".len();
    let rest = text.get(name_at..).unwrap_or_default();
    let &(name, month) = NAMES.iter().find(|(n, _)| {
        rest.strip_prefix(n)
            .is_some_and(|r| !r.starts_with(is_alnum))
    })?;
    let end = name_at + name.len();
    if super::lunar::lunar_marked(text, end) {
        return None;
    }
    Some(month_found(text, lead, p, end, month))
}

/// The month `month` named at bytes `start..end` after the word `lead`: with the year
/// written after it ("tháng Tám năm 1945"), a month of that year; else a month whose year
/// is resolved in `infer`, ahead of or behind the present as its neighbours say.
fn month_found(text: &str, lead: &str, start: usize, end: usize, month: u32) -> Found {
    let after = text.get(end..).unwrap_or_default();
    if let Some(year) = after.strip_prefix(" năm ").and_then(four_digit_year) {
        return Found {
            start,
            end: end + " năm ".len() + 4,
            meaning: Meaning::Point(Point::Month {
                year: Some(year),
                month,
            }),
            time_of_day: None,
        };
    }
    let next = letter_word_after(text, end);
    let when = if eq_lower(lead, "giao") || lower_in(next, &AHEAD) {
        MonthWhen::Ahead
    } else if lower_in(next, &BEHIND) {
        MonthWhen::Behind
    } else {
        MonthWhen::Near
    };
    Found {
        start,
        end,
        meaning: Meaning::Relative(Relative::NamedMonth {
            month,
            when,
            sentence: (sentence_start(text, start), sentence_end(text, end)),
        }),
        time_of_day: None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::text_values;
    use crate::extract::{dates::extract_dates, Document};
    use chrono::NaiveDate;

    fn dated(text: &str, published: Option<NaiveDate>) -> Vec<(String, String, bool)> {
        extract_dates(&Document::new(None, text, published))
            .into_iter()
            .map(|d| (d.text, d.value, d.year_inferred))
            .collect()
    }

    #[test]
    fn a_named_month_takes_the_publication_year() {
        // labour.jsonl: "Trong tháng Tư vừa qua, …"; general-10k: "vàng giao tháng Tám".
        let p = NaiveDate::from_ymd_opt(2017, 6, 10);
        assert_eq!(
            dated("Trong tháng Tư vừa qua, giá tăng.", p),
            [("tháng Tư".into(), "2017-04".into(), true)]
        );
        let p = NaiveDate::from_ymd_opt(2017, 12, 10);
        assert_eq!(
            dated("Giá vàng giao tháng Ba tăng 1,1%.", p),
            [("tháng Ba".into(), "2018-03".into(), true)]
        );
    }

    #[test]
    fn without_a_strong_year_a_named_month_has_none() {
        // labour.jsonl: an undated story whose present year is 2015 ("trong tháng Năm").
        let text = "Năm 2015, Mỹ tăng trưởng chậm. Thất nghiệp ở Mỹ trong tháng Năm và việc làm.";
        let got = dated(text, None);
        assert_eq!(
            got.last(),
            Some(&("tháng Năm".into(), "--05".into(), false))
        );
    }

    #[test]
    fn a_dated_day_of_the_sentence_or_the_story_gives_the_year() {
        // general-10k baomoi-21480868: "(Thứ Hai ngày 6/2/2017), giá vàng giao tháng Tư".
        let got =
            text_values("Phiên đầu tuần (Thứ Hai ngày 6/2/2017), giá vàng giao tháng Tư tăng.");
        assert_eq!(got.last(), Some(&("tháng Tư".into(), "2017-04".into())));
        // A bare year of the sentence is no source: "so với cùng kỳ năm 2016" (general-10k
        // baomoi-21510733).
        let got = text_values("Xuất khẩu trong tháng Một tăng 7,9% so với cùng kỳ năm 2016.");
        assert_eq!(got.first(), Some(&("tháng Một".into(), "--01".into())));
        let got = text_values("Ngày 20/4/2017, công ty họp. Hồi đầu tháng Năm, giá tăng.");
        assert_eq!(got.last(), Some(&("tháng Năm".into(), "2017-05".into())));
    }

    #[test]
    fn lunar_titles_and_names_are_no_named_months() {
        // labour.jsonl and general-10k: "Rằm tháng Giêng", "27, 28 tháng Chạp", a title,
        // a revolution, a street.
        for text in [
            "Chiều 5/6, trong Rằm tháng Giêng người dân đi lễ.",
            "Chiều 5/6, vào cuối tháng Chạp trời rét.",
            "Chiều 5/6, Tháng Ba - Mùa hoa gạo.",
            "Chiều 5/6, kỷ niệm Cách mạng tháng Mười Nga.",
            "Chiều 5/6, đường Ba Tháng Hai ngập sâu.",
            "Chiều 5/6, vào tháng Năm âm lịch.",
        ] {
            let got = text_values(text);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
        }
    }

    #[test]
    fn a_year_written_after_the_month_is_its_year() {
        // general-10k: "vào tháng Tám năm 1945".
        assert_eq!(
            text_values("Nhân dân vùng lên vào tháng Tám năm 1945."),
            [("tháng Tám năm 1945".to_string(), "1945-08".to_string())]
        );
    }
}
