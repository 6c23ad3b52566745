//! "Một ngày sau đó", "3 ngày sau đó", "Sau đó 2 ngày": a number of days after the day the
//! story has just dated (stop 28, issue 12).
//!
//! GUIDELINES.md (Dates, decision 5) includes relative expressions, and the dev gold dates
//! "một ngày trước" and "Một tháng trước đó" from the story's day; the days counted forward
//! from it were not read. "Đến ngày 13/5, chị L. được phía bệnh viện thẩm mỹ thực hiện ca
//! phẫu thuật … Một ngày sau đó, bệnh viện yêu cầu chị phải xuất viện" is 14 May
//! (general-10k baomoi-22448855); "Đến ngày 8/6, cháu bắt đầu xuất hiện hôn mê … 2 ngày sau
//! đó, cháu được chuyển đến BV Nhi Trung ương" is 10 June (baomoi-22619677). Resolved like
//! "hôm sau" (`next_day`): from the latest day written with digits before it, within a
//! paragraph, that is a day of the story (`same_day::is_story_day`); without one it is no
//! date. In ../shared/corpus-real (release of stop 27) the rule dates 11 mentions
//! (labour.jsonl 2, general-10k 9), all read right.
//!
//! Only a number written as a word or digits (not "vài", "mấy": vague), and not a span of
//! days: "trong 10 ngày sau đó", "trong vòng 10 ngày sau đó", "suốt 9 ngày sau đó", "phải
//! mất 10 ngày sau đó" (how long, not when).

use memchr::memmem;
use std::sync::LazyLock;

use super::relative::Relative;
use super::words::letter_word_before;
use super::{Found, Meaning};
use crate::extract::caseless::lower_in;
use crate::normalize::chars::is_whole_word;

/// Number words of 1 to 7 days, by value.
const NUMBER_WORDS: [(&str, u8); 7] = [
    ("một", 1),
    ("hai", 2),
    ("ba", 3),
    ("bốn", 4),
    ("năm", 5),
    ("sáu", 6),
    ("bảy", 7),
];

/// Words before the number that make it how long, not when.
const SPAN_WORDS: [&str; 4] = ["trong", "vòng", "suốt", "mất"];

/// The most days counted forward.
const MAX_DAYS: u8 = 31;

/// The searchers for "ngày sau đó" and "sau đó ", built once.
static AFTER: LazyLock<memmem::Finder<'static>> =
    LazyLock::new(|| memmem::Finder::new("ngày sau đó"));
static THEN: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new("sau đó "));

/// Finds "N ngày sau đó" and "sau đó N ngày" in `text` (`lower` its lower-case copy, same
/// offsets).
pub(crate) fn find(text: &str, lower: &str) -> Vec<Found> {
    let mut out = Vec::new();
    for p in AFTER.find_iter(lower.as_bytes()) {
        let end = p + "ngày sau đó".len();
        if !is_whole_word(text, p, end) {
            continue;
        }
        if let Some((start, n)) = number_before(text, p) {
            out.push(found(start, end, n));
        }
    }
    for p in THEN.find_iter(lower.as_bytes()) {
        let after = p + "sau đó ".len();
        if !is_whole_word(text, p, after - 1) {
            continue;
        }
        let Some((n, n_end)) = number_at(text, after) else {
            continue;
        };
        let end = n_end + " ngày".len();
        let day_word = lower.get(n_end..end) == Some(" ngày");
        if day_word && is_whole_word(text, n_end + 1, end) && !span_before(text, p) {
            out.push(found(p, end, n));
        }
    }
    out.sort_by_key(|f| f.start);
    out
}

/// The mention of `n` days after the story's day at bytes `start..end`.
fn found(start: usize, end: usize, n: u8) -> Found {
    Found {
        start,
        end,
        meaning: Meaning::Relative(Relative::DaysAfter(n)),
        time_of_day: None,
    }
}

/// The number of days written right before "ngày" at `p` ("một", "3"), with its start,
/// unless a span word stands before it.
fn number_before(text: &str, p: usize) -> Option<(usize, u8)> {
    let before = text.get(..p)?.strip_suffix(' ')?;
    let digits = before.bytes().rev().take_while(u8::is_ascii_digit).count();
    let (start, n) = if (1..=2).contains(&digits) {
        let start = before.len() - digits;
        let glued = before[..start].ends_with(|c: char| !c.is_whitespace());
        if glued && start > 0 {
            return None;
        }
        (start, before[start..].parse().ok()?)
    } else {
        let (s, w) = letter_word_before(text, p)?;
        (s, word_value(w)?)
    };
    let ok = (1..=MAX_DAYS).contains(&n) && !span_before(text, start);
    ok.then_some((start, n))
}

/// The number of days written at `at` ("2", "hai") and the byte after it.
fn number_at(text: &str, at: usize) -> Option<(u8, usize)> {
    let rest = text.get(at..)?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=2).contains(&digits) {
        let n: u8 = rest[..digits].parse().ok()?;
        return (1..=MAX_DAYS).contains(&n).then_some((n, at + digits));
    }
    let len: usize = rest
        .chars()
        .take_while(|c| c.is_alphabetic())
        .map(char::len_utf8)
        .sum();
    word_value(&rest[..len]).map(|n| (n, at + len))
}

/// The value of a number word of [`NUMBER_WORDS`], in any case.
fn word_value(w: &str) -> Option<u8> {
    NUMBER_WORDS
        .iter()
        .find(|(word, _)| lower_in(w, &[word]))
        .map(|&(_, n)| n)
}

/// Whether a span word ("trong", "suốt", "mất", "trong vòng") stands right before byte `at`.
fn span_before(text: &str, at: usize) -> bool {
    letter_word_before(text, at).is_some_and(|(_, w)| lower_in(w, &SPAN_WORDS))
}

#[cfg(test)]
mod tests {
    use crate::extract::dates::day_ranges::tests::p as pair;
    use crate::extract::dates::text_values as values;

    #[test]
    fn days_after_the_story_day_count_from_it() {
        // general-10k baomoi-22448855.
        let text = "Đến ngày 13/5, chị L. được phía bệnh viện thẩm mỹ thực hiện ca phẫu thuật \
                    nâng ngực và nâng mũi. Một ngày sau đó, bệnh viện yêu cầu chị phải xuất viện.";
        assert_eq!(values(text)[1], pair("Một ngày sau đó", "--05-14"));
        // general-10k baomoi-22619677.
        let text =
            "Đến ngày 8/6, cháu bắt đầu xuất hiện hôn mê, thở ức chế. Các bác sĩ đã đặt nội \
                    khí quản và cho bệnh nhi thở máy nhưng không tiến triển. 2 ngày sau đó, cháu \
                    được chuyển đến BV Nhi Trung ương.";
        assert_eq!(values(text)[1], pair("2 ngày sau đó", "--06-10"));
        // general-10k baomoi-22736717: "sau đó" first, after a day named "hôm qua (10.7)".
        let text = "Theo tiết lộ, hôm qua (10.7), cao thủ phái Vịnh Xuân Nam Anh, Pierre Francois \
                    Flores đã đến TP HCM. Sau đó 1 ngày, võ sư người Canada đã bay ra Hà Nội.";
        assert_eq!(values(text)[1], pair("Sau đó 1 ngày", "--07-11"));
    }

    #[test]
    fn spans_vague_counts_and_no_story_day_are_no_date() {
        // general-10k baomoi-22448855, then dantri-news_entertainment_212: how long, not when.
        let text = "Đến ngày 13/5, chị L. được phía bệnh viện thẩm mỹ thực hiện ca phẫu thuật. \
                    Dù thế, con tôi vẫn chiến đấu trong suốt 9 ngày sau đó, luôn nở nụ cười.";
        assert!(!values(text).iter().any(|(s, _)| s.contains("sau đó")));
        // general-10k baomoi-22256807: vague.
        let text = "Đến ngày 13/5, chị L. được phía bệnh viện thẩm mỹ thực hiện ca phẫu thuật. \
                    Rồi cha cô cũng ngã bệnh sau đó vài ngày.";
        assert!(!values(text).iter().any(|(s, _)| s.contains("sau đó")));
        // general-10k baomoi-22622574: no day before it.
        let text = "Ông Janot dự kiến trình những cáo buộc này lên Tòa án Tối cao một ngày sau đó.";
        assert!(values(text).is_empty());
    }
}
