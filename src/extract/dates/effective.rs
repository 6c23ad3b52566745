//! The year of a day a new document takes effect from: "từ ngày 1-6, theo Nghị định số
//! 44/2017/NĐ-CP, mức đóng BHXH … sẽ được giảm" is 1 June 2017.
//!
//! A day written without its year after "từ" (from) in a sentence that cites a document
//! numbered with its year (`44/2017/NĐ-CP`, `47/2017/NĐ-CP`) is the day that document
//! takes effect from, in the year the document names: decrees take effect a month or two
//! after they are signed. Only where nothing else gives the day a year (`infer`: after the
//! article's present year): real8-dev baomoi-22434181's annotator dated "ngày 1-6" so,
//! and real2-dev baomoi-22651998's the "1/7" of Nghị định 47/2017/NĐ-CP. In
//! ../shared/corpus-real (gold articles left out), of the undated days in a sentence with
//! such a number, the 3 after "từ" are the effective days of 2017's decrees ("Có hiệu lực
//! từ ngày 1/7, Nghị định 54/2017/NĐ-CP …", labour.jsonl baomoi-22654438); the 4 others
//! ("Ngày 2-6, ông … đã ký quyết định … theo Nghị định 67/2014/NĐ-CP") are days of the news
//! citing an older document, and stay without a year.

use super::words::floor_boundary;
use super::{letter_word_before, Found, Meaning, Point};
use crate::extract::caseless::eq_lower;

/// The earliest and latest year a document number is read with.
const YEARS: std::ops::RangeInclusive<i32> = 1945..=2100;

/// The days of `found` (dates of `text`) without a year that a document of their sentence
/// takes effect from, each with its byte offset and the document's year (the latest, when
/// the sentence cites several).
pub(super) fn effective_days(text: &str, found: &[Found]) -> Vec<(usize, i32)> {
    found
        .iter()
        .filter(|f| matches!(f.meaning, Meaning::Point(Point::Day { year: None, .. })))
        .filter(|f| letter_word_before(text, f.start).is_some_and(|(_, w)| eq_lower(w, "từ")))
        .filter_map(|f| {
            let (from, to) = sentence_around(text, f.start, f.end);
            document_year(&text[from..to]).map(|y| (f.start, y))
        })
        .collect()
}

/// How many bytes on each side of a day its sentence is read for a document number: longer
/// than the sentences that cite one, and what keeps the scan short on text without full
/// stops.
const SENTENCE_REACH: usize = 600;

/// The bytes of the sentence around `start..end`: from after the last ". ", "! ", "? " or
/// line break before it to the first after it, at most [`SENTENCE_REACH`] bytes each way.
fn sentence_around(text: &str, start: usize, end: usize) -> (usize, usize) {
    const ENDS: [&str; 4] = [". ", "! ", "? ", "\n"];
    let low = floor_boundary(text, start.saturating_sub(SENTENCE_REACH));
    let high = floor_boundary(text, end.saturating_add(SENTENCE_REACH).min(text.len()));
    let before = &text[low..start];
    let from = ENDS
        .iter()
        .filter_map(|e| before.rfind(e).map(|at| low + at + e.len()))
        .max()
        .unwrap_or(low);
    let after = &text[end..high];
    let to = ENDS
        .iter()
        .filter_map(|e| after.find(e))
        .min()
        .map_or(high, |at| end + at);
    (from, to)
}

/// The latest year of a document number in `sentence`: digits, "/", four digits, "/" and a
/// capital letter ("44/2017/NĐ-CP", "100/2015/QH13").
fn document_year(sentence: &str) -> Option<i32> {
    let bytes = sentence.as_bytes();
    sentence
        .match_indices('/')
        .filter_map(|(at, _)| {
            let numbered = at > 0 && bytes[at - 1].is_ascii_digit();
            let year = bytes.get(at + 1..at + 5)?;
            let closed = bytes.get(at + 5) == Some(&b'/')
                && sentence
                    .get(at + 6..)
                    .and_then(|r| r.chars().next())
                    .is_some_and(char::is_uppercase);
            if !(numbered && closed && year.iter().all(u8::is_ascii_digit)) {
                return None;
            }
            sentence
                .get(at + 1..at + 5)?
                .parse()
                .ok()
                .filter(|y| YEARS.contains(y))
        })
        .max()
}

#[cfg(test)]
mod tests {
    use crate::extract::dates::extract_dates;
    use crate::extract::Document;

    fn values(text: &str) -> Vec<(String, String)> {
        extract_dates(&Document::new(None, text, None))
            .into_iter()
            .map(|d| (d.text, d.value))
            .collect()
    }

    #[test]
    fn a_day_a_decree_takes_effect_from_is_of_the_decree_year() {
        // real8-dev baomoi-22434181 (undated; its sentence).
        let text = "Để giải quyết tình trạng này, từ ngày 1-6, theo Nghị định số 44/2017/NĐ-CP, \
                    mức đóng BHXH bắt buộc sẽ được giảm từ 1% xuống còn 0,5%.";
        assert_eq!(values(text), [("ngày 1-6".into(), "2017-06-01".into())]);
        // ../shared/corpus-real labour.jsonl baomoi-22654438 (undated).
        let text = "Siết chặt giá thuốc Có hiệu lực từ ngày 1/7, Nghị định 54/2017/NĐ-CP quy \
                    định những biện pháp nhằm quản lý giá thuốc.";
        assert_eq!(values(text), [("ngày 1/7".into(), "2017-07-01".into())]);
    }

    #[test]
    fn a_day_of_the_news_citing_a_document_keeps_no_year() {
        // labour.jsonl baomoi-22442521 and baomoi-22505259: not "từ", an older document.
        let text = "Ngày 2-6, ông Trần Châu đã ký quyết định 1954/QĐ-UBND về việc thành lập tổ \
                    công tác theo Nghị định 67/2014/NĐ-CP của Chính phủ.";
        assert_eq!(values(text), [("Ngày 2-6".into(), "--06-02".into())]);
        let text = "Tính đến ngày 31/5, Hà Nội có 79 công trình vi phạm theo Nghị định \
                    79/2014/NĐ-CP.";
        assert_eq!(values(text), [("ngày 31/5".into(), "--05-31".into())]);
        // No document in the sentence: no year.
        let text = "Mức lương mới áp dụng từ ngày 1/7. Nghị định 47/2017/NĐ-CP quy định 9 nhóm.";
        assert_eq!(values(text), [("ngày 1/7".into(), "--07-01".into())]);
    }
}
