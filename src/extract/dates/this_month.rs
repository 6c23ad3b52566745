//! The month of writing and the month before it: "trong tháng này", "đầu tháng này", "hồi
//! tháng trước", "so với tháng trước", "trong tháng vừa qua" (stop 23; GUIDELINES.md
//! decision 5: relative expressions are dates). The month is counted back from the
//! present, as "cách đây 1 tháng" is (`ago`, `Relative::MonthsAgo`): the publication date,
//! else the story's own day; without either, no date.
//!
//! Only after a word that makes it one month ("hồi", "trong", "vào", "đầu", "cuối",
//! "giữa", "từ", "với", "của"): not a duration or a plural ("3 tháng qua", "những tháng
//! qua", "vài tháng trước"), nor a month counted from something else ("tháng trước khi",
//! "tháng trước đó", "tháng này năm ngoái").

use super::relative::Relative;
use super::words::letter_word_after;
use super::{letter_word_before, Found, Meaning};
use crate::extract::caseless::lower_in;
use crate::normalize::chars::is_alnum;

/// The words after "tháng " and how many months back they say, longest first.
const BACK: [(&str, u8); 4] = [("vừa qua", 1), ("trước", 1), ("qua", 1), ("này", 0)];

/// Words before "tháng" that make it one month (labour.jsonl and general-10k: "hồi tháng
/// trước" 32, "trong tháng này" 27, "đầu tháng này" 25, "so với tháng trước" 19, …).
const LEADS: [&str; 9] = [
    "hồi", "trong", "vào", "đầu", "cuối", "giữa", "từ", "với", "của",
];

/// Words after the expression that count it from something else: "tháng trước khi", "tháng
/// trước đó", "tháng này năm ngoái", "tháng trước ngày bầu cử", "tháng qua nữa".
const NOT_AFTER: [&str; 5] = ["khi", "đó", "năm", "ngày", "nữa"];

/// "tháng này", "tháng trước" or "tháng (vừa) qua" at byte `p` of `text`, where `lower`
/// (its lower-case copy, same offsets) has "tháng " (the dates' one scan for it:
/// `super::month_words`).
pub(super) fn at(text: &str, lower: &str, p: usize) -> Option<Found> {
    if text.get(..p).is_none_or(|b| b.ends_with(is_alnum)) {
        return None;
    }
    let (_, lead) = letter_word_before(text, p)?;
    if !lower_in(lead, &LEADS) {
        return None;
    }
    let words = lower.get(p + "tháng ".len()..)?;
    let (word, back) = BACK.iter().find(|(w, _)| {
        words
            .strip_prefix(w)
            .is_some_and(|rest| !rest.starts_with(is_alnum))
    })?;
    let end = p + "tháng ".len() + word.len();
    if lower_in(letter_word_after(text, end), &NOT_AFTER) {
        return None;
    }
    Some(Found {
        start: p,
        end,
        meaning: Meaning::Relative(Relative::MonthsAgo(*back)),
        time_of_day: None,
    })
}

#[cfg(test)]
mod tests {
    use super::super::text_values;
    use crate::extract::{dates::extract_dates, Document};

    #[test]
    fn this_month_and_last_month_count_from_the_publication_date() {
        // general-10k: "so với tháng trước", "Trong tháng này".
        let doc = Document::new(
            None,
            "Giá xăng giảm so với tháng trước. Trong tháng này, giá điện tăng.",
            chrono::NaiveDate::from_ymd_opt(2021, 4, 28),
        );
        let got: Vec<_> = extract_dates(&doc)
            .into_iter()
            .map(|d| (d.text, d.value))
            .collect();
        assert_eq!(
            got,
            [
                ("tháng trước".to_string(), "2021-03".to_string()),
                ("tháng này".to_string(), "2021-04".to_string())
            ]
        );
    }

    #[test]
    fn counted_or_plural_months_are_no_dates() {
        // general-10k: durations and plurals, a month before something else.
        for text in [
            "Chiều 5/6, trong 3 tháng qua giá tăng.",
            "Chiều 5/6, những tháng qua giá tăng.",
            "Chiều 5/6, ông nói vài tháng trước khi nghỉ.",
            "Chiều 5/6, so với tháng trước đó giá tăng.",
            "Chiều 5/6, so với tháng này năm ngoái giá tăng.",
        ] {
            let got = text_values(text);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
        }
    }
}
