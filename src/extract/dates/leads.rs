//! Words right before a day and month that make it a date although no head word ("Ngày",
//! "Chiều") names it (stop 20, a census of corpus-real: the day-month numerals no date held,
//! labour.jsonl and the first 2,000 lines of general-10k):
//! - a relative day written before the day it is, without the parentheses of "Sáng nay
//!   (17/7)": "Sáng nay 27/6, hội đồng xét xử …", "Giá vàng hôm nay 3/6", "hôm qua 30.6"
//!   (72 of the census);
//! - a weekday: "Sáng Chủ nhật 11-6", "20g00 Thứ Bảy 24/6" (6);
//! - a trading session or a holiday named with its day (`day_lead` rows of
//!   `rules/date_words.tsv`): "Chốt phiên 7/7", "phiên giao dịch 6/2", "dịp lễ 30/4",
//!   "Quốc khánh 2.9" (20 and 19), and an occasion, "khai trương vào dịp 30/4" (stop 21,
//!   11);
//! - the second of two days joined by "và" or "hoặc" when the first is a date: "dịp nghỉ lễ
//!   30/4 và 1/5", "vào ngày 23/4 và 7/5" (about 20);
//! - tomorrow, late night and early morning (stop 21): "Sáng mai 2/7", "ngày mai 27/6",
//!   "Khuya 14/6", "sáng sớm 8/2" (48 in labour.jsonl and general-10k).

use super::heads::weekday_ending_at;
use super::lexicon::{Kind, Lexicon};
use super::words::letter_word_before;
use crate::extract::caseless::lower_in;
use crate::record::TimeOfDay;

/// A lead: where the date's surface starts and the part of the day it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Lead {
    /// Byte where the surface starts (the relative day or weekday, or the numeral).
    pub start: usize,
    /// "Sáng nay 27/6": the morning.
    pub time_of_day: Option<TimeOfDay>,
}

/// The lead of the day-month numeral at `tok_start`, if the words right before it make it a
/// date (see the module doc); `named_before` says whether a head word makes the numeral at a
/// byte a date (the caller's own head reading, for the first of two joined days).
pub(super) fn lead(
    text: &str,
    tok_start: usize,
    lex: &Lexicon,
    named_before: impl Fn(usize) -> bool,
) -> Option<Lead> {
    direct(text, tok_start, lex).or_else(|| {
        let first = joined_day_before(text, tok_start)?;
        (named_before(first) || direct(text, first, lex).is_some()).then_some(Lead {
            start: tok_start,
            time_of_day: None,
        })
    })
}

/// A relative day, a weekday or a `day_lead` word right before `tok_start`.
fn direct(text: &str, tok_start: usize, lex: &Lexicon) -> Option<Lead> {
    let (s, w) = letter_word_before(text, tok_start)?;
    if lower_in(w, &["nay", "qua"]) {
        // "Sáng nay 27/6", "hôm qua 30.6", "Chiều nay 7.7 ,": not "đến nay 10.6" (up to now).
        let (s0, w0) = letter_word_before(text, s)?;
        let tod = lex
            .is(Kind::TimeOfDay, w0)
            .then(|| TimeOfDay::from_word(w0))
            .flatten();
        return (tod.is_some() || lower_in(w0, &["hôm"])).then_some(Lead {
            start: s0,
            time_of_day: tod,
        });
    }
    if let Some(lead) = tomorrow_or_late(text, s, w, lex) {
        return Some(lead);
    }
    if let Some((s0, _)) = weekday_ending_at(text, s, w) {
        // "Sáng Chủ nhật 11-6", "ngày chủ nhật 12.2".
        let before = letter_word_before(text, s0)
            .filter(|(_, w1)| lex.is(Kind::TimeOfDay, w1) || lex.is(Kind::DayHead, w1));
        return Some(Lead {
            start: before.map_or(s0, |(s1, _)| s1),
            time_of_day: before.and_then(|(_, w1)| TimeOfDay::from_word(w1)),
        });
    }
    let two = letter_word_before(text, s).map(|(_, w0)| format!("{w0} {w}"));
    (lex.is(Kind::DayLead, w) || two.is_some_and(|t| lex.is(Kind::DayLead, &t))).then_some(Lead {
        start: tok_start,
        time_of_day: None,
    })
}

/// Stop 21: the leads of tomorrow, late night and early morning, the word `w` at `s` right
/// before the numeral. Census of the day-month numerals no date held (labour.jsonl and
/// general-10k, gold articles left out, release of stop 20): "(sáng|chiều|trưa|ngày) mai
/// D/M" 17 ("Sáng mai 2/7, các thí sinh sẽ thi", "tiếp tục vào ngày mai 27/6"), "khuya D/M"
/// 16 ("Khuya 14/6, người dân phát hiện", "lúc đêm khuya 18-5"), "sáng sớm D/M" 15 ("vào
/// sáng sớm 8/2, thời tiết ở TP Cần Thơ"); all 48 are dates.
fn tomorrow_or_late(text: &str, s: usize, w: &str, lex: &Lexicon) -> Option<Lead> {
    let before = letter_word_before(text, s);
    if lower_in(w, &["mai"]) {
        // "Sáng mai 2/7", "ngày mai 27/6": not "Hoa mai 3/4" (a flower).
        let (s0, w0) = before?;
        let tod = lex
            .is(Kind::TimeOfDay, w0)
            .then(|| TimeOfDay::from_word(w0))
            .flatten();
        return (tod.is_some() || lower_in(w0, &["ngày", "hôm"])).then_some(Lead {
            start: s0,
            time_of_day: tod,
        });
    }
    if lower_in(w, &["khuya"]) {
        // Late night, "đêm khuya" too.
        let night = before.filter(|(_, w0)| lower_in(w0, &["đêm"]));
        return Some(Lead {
            start: night.map_or(s, |(s0, _)| s0),
            time_of_day: Some(TimeOfDay::Dem),
        });
    }
    if lower_in(w, &["sớm"]) {
        // "sáng sớm 10.6": early morning; not "sớm 10 năm" (no day-month) nor "về sớm".
        let (s0, w0) = before?;
        return lower_in(w0, &["sáng"]).then_some(Lead {
            start: s0,
            time_of_day: Some(TimeOfDay::Sang),
        });
    }
    None
}

/// The start of a day-month numeral ("30/4") joined to `tok_start` by " và " or " hoặc "
/// ("30/4 và 1/5", "ngày 13 hoặc 14/7" is not: the first has no month).
fn joined_day_before(text: &str, tok_start: usize) -> Option<usize> {
    let before = text.get(..tok_start)?;
    let rest = before
        .strip_suffix(" và ")
        .or_else(|| before.strip_suffix(" hoặc "))?;
    let len = rest
        .bytes()
        .rev()
        .take_while(|b| b.is_ascii_digit() || matches!(b, b'/' | b'.' | b'-'))
        .count();
    let token = &rest[rest.len() - len..];
    let start = rest.len() - len;
    let parts: Vec<&str> = token.split(['/', '.', '-']).collect();
    let day_month = parts.len() == 2
        && parts
            .iter()
            .all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()));
    day_month.then_some(start)
}

#[cfg(test)]
mod tests {
    use crate::extract::dates::text_values;

    fn values(text: &str) -> Vec<String> {
        text_values(text).into_iter().map(|(_, v)| v).collect()
    }

    #[test]
    fn a_relative_day_before_its_day_leads_it() {
        // general-10k (baomoi): "Sáng nay 27/6, hội đồng xét xử phiên tòa …".
        let got = text_values("Sáng nay 27/6, hội đồng xét xử phiên tòa Trương Hồ Phương Nga.");
        assert_eq!(got, [("Sáng nay 27/6".to_string(), "--06-27".to_string())]);
        // labour.jsonl baomoi-22443234: a headline.
        assert_eq!(values("Giá vàng hôm nay 3/6: Áp lực giảm giá"), ["--06-03"]);
        // Not "đến nay 10.6": up to now.
        assert!(values("thì đến nay 10.6, chiếc quan tài đã được khai quật").is_empty());
    }

    #[test]
    fn a_weekday_session_or_holiday_leads_its_day() {
        // labour.jsonl baomoi-22558941.
        let got = text_values("Sáng Chủ nhật 11-6, tại Trung tâm Văn hóa phường Bình An.");
        assert_eq!(
            got,
            [("Sáng Chủ nhật 11-6".to_string(), "--06-11".to_string())]
        );
        // labour.jsonl baomoi-22703145.
        assert_eq!(
            values("Chốt phiên giao dịch 7/7, tỷ giá Euro đứng ở mức: 25.821 đồng."),
            ["--07-07"]
        );
        // labour.jsonl baomoi-22736720: "ngày Quốc khánh 2.9 năm nay".
        assert_eq!(
            values("do ngày Quốc khánh 2.9 là ngày thứ bảy nên người lao động"),
            ["--09-02"]
        );
    }

    #[test]
    fn an_occasion_leads_its_day() {
        // general-10k baomoi-21758039 (stop 21: `day_lead` "dịp").
        assert_eq!(
            values("cho biết dự kiến công trình sẽ khai trương vào dịp 30/4 sắp tới."),
            ["--04-30"]
        );
        // general-10k baomoi-22677117: the holiday pair is one range.
        assert_eq!(
            values("Khách du lịch nội địa tăng cao trong dịp 30/4 - 1/5 và dịp đầu hè 2017."),
            ["--04-30/--05-01"]
        );
    }

    #[test]
    fn tomorrow_late_night_and_early_morning_lead_their_day() {
        // general-10k baomoi-22654786, baomoi-22617754.
        let got = text_values("Sáng mai 2/7, các thí sinh sẽ thi môn Toán dưới hình thức tự luận.");
        assert_eq!(got, [("Sáng mai 2/7".to_string(), "--07-02".to_string())]);
        assert_eq!(
            values("phiên tòa tạm nghỉ và sẽ tiếp tục vào ngày mai 27/6. Đỗ (Tổng hợp)"),
            ["--06-27"]
        );
        // general-10k baomoi-22532541, baomoi-22555021.
        let got = text_values("Khuya 14/6, người dân phát hiện tiệm sơn xe tại số 4 Lương");
        assert_eq!(got, [("Khuya 14/6".to_string(), "--06-14".to_string())]);
        assert_eq!(
            values("tạo dáng \"chúc các bé ngủ ngon\" lúc đêm khuya 18-5, chỉ sau một ngày"),
            ["--05-18"]
        );
        // labour.jsonl baomoi-22499039.
        assert_eq!(
            values("đã được cơ quan chức năng khai quật, hốt cốt đem đi sáng sớm 10.6 Sau 6 ngày"),
            ["--06-10"]
        );
        // A flower is no tomorrow.
        assert!(values("chợ hoa mai 3/4 cành").is_empty());
    }

    #[test]
    fn the_second_of_two_joined_days_is_a_date_when_the_first_is() {
        // general-10k (dantri-news_travel_185).
        assert_eq!(
            values("bảo đảm an toàn cho du khách du lịch dịp lễ 30/4 và 1/5. Các khách sạn"),
            ["--04-30", "--05-01"]
        );
        // labour.jsonl baomoi-21479061.
        assert_eq!(
            values("được tổ chức trong hai vòng vào ngày 23/4 và 7/5 trở nên khó đoán định"),
            ["--04-23", "--05-07"]
        );
        // Fractions stay counts: "chỉ bằng 1/2 đến 1/3", "bậc thợ 5/7 và 4/6".
        assert!(values("chứng nhận bậc thợ 5/7 và 4/6 trở lên").is_empty());
    }
}
