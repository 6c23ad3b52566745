//! A byline's time stamp: the day of publication when the input gives none.
//!
//! Articles copied with their byline end it with the minute they were published: "Hoàng
//! Tâm - Thể Thao Việt Nam | 10:30 07/02/2017 Tin liên quan …" (../shared/corpus-real
//! general-10k baomoi-21480947). A day written with its year right after a clock time
//! ("HH:MM") that follows " | " is that stamp, and the article's years are inferred from it
//! as from a publication date (`infer`). Census (stop 22): 96 such stamps in
//! ../shared/corpus-real, all in articles without a publication date, all of the year the
//! articles' news is in (2017); none in running text, where a clock time is written with
//! "lúc" or "h" ("lúc 10:30 ngày 7/2", "19h tối nay").

use chrono::NaiveDate;

use super::{Found, Meaning, Point};

/// What stands before the clock time of a stamp: the byline's separator.
const SEPARATOR: &str = " | ";

/// The day of the first byline stamp among `found` (dates of `text`, in text order).
pub(super) fn byline_day(text: &str, found: &[Found]) -> Option<NaiveDate> {
    found.iter().find_map(|f| match f.meaning {
        Meaning::Point(Point::Day {
            year: Some(y),
            month,
            day,
        }) if after_clock(text, f.start) => NaiveDate::from_ymd_opt(y, month, day),
        _ => None,
    })
}

/// Whether " | HH:MM " (or " | H:MM ") stands right before byte `at`.
fn after_clock(text: &str, at: usize) -> bool {
    let Some(before) = text.get(..at).and_then(|b| b.strip_suffix(' ')) else {
        return false;
    };
    let b = before.as_bytes();
    let digits = |s: &[u8]| !s.is_empty() && s.iter().all(u8::is_ascii_digit);
    // Minutes: the last two bytes, after a colon.
    let Some(colon) = b.len().checked_sub(3) else {
        return false;
    };
    if b.get(colon) != Some(&b':') || !digits(&b[colon + 1..]) {
        return false;
    }
    // Hours: one or two digits after the separator.
    [1, 2].into_iter().any(|n| {
        colon.checked_sub(n).is_some_and(|h| {
            digits(&b[h..colon]) && before.get(..h).is_some_and(|s| s.ends_with(SEPARATOR))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::super::assemble::find_numeric;
    use super::super::lexicon::LEXICON;
    use super::*;

    fn day_of(text: &str) -> Option<NaiveDate> {
        byline_day(text, &find_numeric(text, &LEXICON))
    }

    #[test]
    fn a_byline_stamp_is_the_day_of_publication() {
        // ../shared/corpus-real general-10k baomoi-21480947, baomoi-22702489.
        let text = "của Simeone năm nay chỉ mới 20 tuổi. Hoàng Tâm - Thể Thao Việt Nam | 10:30 \
                    07/02/2017 Tin liên quan Kimberley Garner";
        assert_eq!(day_of(text), NaiveDate::from_ymd_opt(2017, 2, 7));
        let text = "những màn trình diễn ma thuật của Messi: Tiểu Lam - Thể thao Việt Nam | 22:23 \
                    07/07/2017";
        assert_eq!(day_of(text), NaiveDate::from_ymd_opt(2017, 7, 7));
    }

    #[test]
    fn the_stamp_dates_the_relative_days() {
        // ../shared/corpus-real general-10k baomoi-21479502 (no publication date).
        let text = "Ngày hôm qua rất nhiều CĐV đã có mặt tại Old Trafford để tưởng nhớ về các nạn \
                    nhân xấu số trong thảm họa Munich. Xú - Thể thao Việt Nam | 08:50 07/02/2017 \
                    Tin liên quan";
        let doc = crate::extract::Document::from_text(text);
        let values: Vec<String> = super::super::extract_dates(&doc)
            .into_iter()
            .map(|d| d.value)
            .collect();
        assert_eq!(values, ["2017-02-06", "2017-02-07"]);
    }

    #[test]
    fn a_clock_time_in_running_text_is_no_stamp() {
        assert_eq!(day_of("Khoảng 10:30 07/02/2017, tại trụ sở"), None);
        assert_eq!(day_of("Thể thao | 07/02/2017"), None);
        assert_eq!(day_of("Thể thao | 110:30 07/02/2017"), None);
    }
}
