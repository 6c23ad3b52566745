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

use super::lexicon::Lexicon;
use super::point::{valid_point, Found, Meaning, Point};
use super::scan::{Shape, Token};

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

/// The most days listed before the last ("các ngày 22, 25 và 28/5").
const LISTED_MAX: usize = 6;

/// "ngày 14 và 15/3", "vào các ngày 22, 25 và 28/5", "ngày 11, 12/7": bare days listed under
/// one day head before a day and month, each a date of its own in the month (and year) of
/// the last; the days rise. Returns the dates and how many tokens they take. Joined by " và "
/// alone (as before stop 21), or by ", " too when the last day is followed by what lets a
/// date stand (`follower_ok`: not "ngày 3, 15.5 triệu"). Stop 21 census (labour.jsonl and
/// general-10k, gold articles left out): 8 such lists with a comma held only their last
/// day ("thi vào 3 ngày 11, 12 và 13/7", "diễn ra trong ba ngày 23, 24 và 25/4").
pub(super) fn listed_bare_days(
    text: &str,
    toks: &[Token],
    i: usize,
    lex: &Lexicon,
) -> Option<(Vec<Found>, usize)> {
    let Shape::Small(first_day) = toks.get(i)?.shape else {
        return None;
    };
    if toks[i].glued_before {
        return None;
    }
    let mut days = vec![(toks[i], first_day)];
    let mut comma = false;
    let mut j = i + 1;
    let last = loop {
        let prev = toks.get(j - 1)?;
        let tok = *toks.get(j)?;
        let gap = text.get(prev.end..tok.start)?;
        let joined = match gap {
            ", " => {
                comma = true;
                true
            }
            " và " => true,
            _ => false,
        };
        if !joined || prev.glued_after || tok.glued_before {
            return None;
        }
        match tok.shape {
            Shape::Small(d) if gap == ", " && days.len() < LISTED_MAX => days.push((tok, d)),
            Shape::DayMonth(..) | Shape::DayMonthYear(..) => break tok,
            _ => return None,
        }
        j += 1;
    };
    let (last_day, month, year) = match last.shape {
        Shape::DayMonth(d, m) => (d, m, None),
        Shape::DayMonthYear(d, m, y) => (d, m, Some(y)),
        _ => return None,
    };
    if last.glued_after || (comma && !super::heads::follower_ok(text, last.end, lex)) {
        return None;
    }
    days.push((last, last_day));
    let rising = days.windows(2).all(|w| w[0].1 < w[1].1);
    let head = super::heads::day_head(text, toks[i].start, lex);
    let point = |day: u32| Point::Day { year, month, day };
    if !head.named || !rising || !days.iter().all(|&(_, d)| valid_point(point(d))) {
        return None;
    }
    let found = days
        .iter()
        .enumerate()
        .map(|(k, &(tok, d))| Found {
            start: if k == 0 { head.start } else { tok.start },
            end: tok.end,
            meaning: Meaning::Point(point(d)),
            time_of_day: head.time_of_day,
        })
        .collect();
    Some((found, days.len()))
}

#[cfg(test)]
pub(super) mod tests {
    use crate::extract::dates::extract_dates;
    use crate::extract::Document;

    /// Each date the extractor finds in `text`: its surface and its value (shared with
    /// `listed_years`' tests).
    pub(in crate::extract::dates) fn pairs(text: &str) -> Vec<(String, String)> {
        extract_dates(&Document::from_text(text))
            .into_iter()
            .map(|d| (d.text, d.value))
            .collect()
    }

    /// One expected (surface, value) pair.
    pub(in crate::extract::dates) fn p(text: &str, value: &str) -> (String, String) {
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
    fn bare_days_listed_with_commas_are_dates() {
        // general-10k baomoi-22685379.
        assert_eq!(
            pairs("Ngày 11, 12/7, Bộ GD&ĐT sẽ công bố điểm sàn"),
            [p("Ngày 11", "--07-11"), p("12/7", "--07-12")]
        );
        // general-10k dantri-news_health_212.
        assert_eq!(
            pairs("gặp gỡ bạn bè, người quen trong các ngày 22, 23/4/2021. Các người tiếp xúc"),
            [p("ngày 22", "2021-04-22"), p("23/4/2021", "2021-04-23")]
        );
        // A number after a comma is no listed day: "ngày 3, 15.5 triệu người".
        assert!(pairs("ngày 3, 15.5 triệu người")
            .iter()
            .all(|(t, _)| t != "15.5"));
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
