//! Ranges of days of one month that have no day head of their own (stop 21, issue 12).
//!
//! "ngày 20-22/11" was read; the same two days after "từ" ("diễn ra từ 12-14/5 tại Thành
//! phố Hồ Chí Minh"), in brackets after a number of days ("trong 2 ngày (27-28/4)") or with
//! one space around the dash ("Trong 2 ngày 21- 22/6", "từ ngày 5 -8/7/2017") were not, or
//! only their last day was. Census over ../shared/corpus-real (labour.jsonl and general-10k,
//! release of stop 20, gold articles left out): of the "D-D/M" numerals no date held, 21
//! follow "từ" (labour 3, general-10k 18: "từ 13-15/6", "Từ 21-29/4", "từ 03-05/06"), 7 are
//! the days of "N ngày (…)" or "một tuần (…)", 9 have one space around the dash; the rest
//! are football formations ("sơ đồ 3-4-3"), street names ("Liên Ấp 1-2-3") and days in
//! brackets after a tournament's place, which keep no date.

/// The words before "(" whose bracket gives the days of a span: "trong 2 ngày (27-28/4)",
/// "hai ngày (24-25/6)", "bị đình trệ một tuần (19-24.08)".
const SPAN_WORDS: [&str; 2] = ["ngày", "tuần"];

/// Whether the two days of one month at bytes `start..end` stand in brackets right after a
/// span of days ("trong 2 ngày (27-28/4)"): the bracket says which days the span is. In
/// brackets after anything else they may be a formation ("Australia (3-4-3):").
pub(super) fn days_of_a_span(text: &str, start: usize, end: usize) -> bool {
    if !super::words::in_parens(text, start, end) {
        return false;
    }
    // The word before "(" and its one space.
    super::words::letter_word_before(text, start - 1)
        .is_some_and(|(_, w)| crate::extract::caseless::lower_in(w, &SPAN_WORDS))
}

/// Whether `gap` joins two days of a range with a dash, spaced on both sides, one side or
/// none ("2 - 5/6", "21- 22/6", "5 -8/7", "17 – 28.5"), or with "đến"/"tới".
pub(super) fn range_gap(gap: &str) -> bool {
    matches!(
        gap,
        " - " | "- " | " -" | " – " | "– " | " –" | " đến " | " tới "
    )
}

#[cfg(test)]
mod tests {
    use crate::extract::dates::extract_dates;
    use crate::extract::Document;

    fn pairs(text: &str) -> Vec<(String, String)> {
        extract_dates(&Document::from_text(text))
            .into_iter()
            .map(|d| (d.text, d.value))
            .collect()
    }

    fn p(text: &str, value: &str) -> (String, String) {
        (text.to_string(), value.to_string())
    }

    #[test]
    fn days_of_a_month_after_from_are_a_range() {
        // labour.jsonl baomoi-22263539.
        let text = "Liên hoan Người thợ trẻ giỏi toàn quốc lần thứ VIII, năm 2017 diễn ra từ \
                    12-14/5 tại Thành phố Hồ Chí Minh với nhiều hoạt động thiết thực";
        assert_eq!(
            pairs(text),
            [
                p("năm 2017", "2017"),
                p("từ 12-14/5", "2017-05-12/2017-05-14")
            ]
        );
        // general-10k baomoi-21495154.
        assert_eq!(
            pairs("Năm nay, Liên hoan phim (LHP) Berlin lần thứ 67-2017 diễn ra từ 9-19/2/2017."),
            [
                p("Năm nay", "2017"),
                p("từ 9-19/2/2017", "2017-02-09/2017-02-19")
            ]
        );
        // A formation is no range, with or without "từ" (general-10k).
        assert_eq!(pairs("Từ sơ đồ 2-3-5, 4-2-4 tới 4-4-2, 3-4-3"), []);
    }

    #[test]
    fn days_in_brackets_after_a_span_of_days_are_a_range() {
        // general-10k baomoi-22602426.
        let text = "Diễn ra trong hai ngày (24-25/6), Hội nghị Ban Chấp hành Trung ương Đoàn \
                    lần thứ 11 (Khóa X) tập trung thảo luận";
        assert_eq!(pairs(text), [p("24-25/6", "--06-24/--06-25")]);
        // general-10k: a formation in brackets after a team is no date.
        assert_eq!(pairs("Australia (3-4-3): Ryan; Degenek"), []);
    }

    #[test]
    fn one_space_around_the_dash_still_joins_two_days() {
        // general-10k baomoi-22588859, baomoi-22671521.
        assert_eq!(
            pairs("Trong 2 ngày 21- 22/6, tại Hà Nội, đã diễn ra hội thảo"),
            [p("ngày 21- 22/6", "--06-21/--06-22")]
        );
        let text = "tham dự Hội nghị Thượng đỉnh G20 tại thành phố Hamburg từ ngày 5 -8/7/2017.";
        assert_eq!(
            pairs(text),
            [p("từ ngày 5 -8/7/2017", "2017-07-05/2017-07-08")]
        );
    }
}
