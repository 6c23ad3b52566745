//! Quarters written without their year: "trong quý I", "lãi ròng quý 4", "quý IV năm
//! ngoái" (stop 23). The dev gold annotates them as the quarter's months of the year the
//! article reports on (real-dev baomoi-22496046: "quý II sẽ có đơn hàng cao hơn quý I" →
//! `2017-04/2017-06`, `2017-01/2017-03`); a quarter with its year ("quý I/2017", "quý 3
//! năm 2017") is read from the year's token (`periods`).
//!
//! The year of a bare quarter: a year written right after it ("quý IV và cả năm 2016",
//! "quý 3 của năm 2020"), else the year of the nearest written quarter of the same number
//! ("quý IV/2016 … quý IV"), else the year a month alone would get (`infer`, from the
//! quarter's first month). Roman numerals with a year counted from the present ("quý IV
//! năm ngoái") are read here too; the digits' form is `periods::quarter_of_relative_year`.
//!
//! Left out: "tứ quý 3" (four of a kind, a number plate), a capitalized "Quý" after a
//! capitalized word (a given name: "Nguyễn Văn Quý 2"), "hàng quý 1 lần" (a rate), a range
//! of quarters ("quý II-IV"), a quarter followed by a written year (the numeric path).

use std::sync::LazyLock;

use regex::Regex;

use super::periods::relative_year_after;
use super::relative::Relative;
use super::words::{four_digit_year, letter_word_after};
use super::{letter_word_before, Found, Meaning, Point};
use crate::extract::caseless::{eq_lower, lower_in};
use crate::normalize::chars::is_alnum;

/// A quarter written with its year ("quý IV/2016", "Quý 1-2017", "quý I năm 2017"): the
/// quarter and the year, for the year of a bare quarter of the same number.
static WRITTEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bquý (IV|I{1,3}|[1-4])(?: ?[/–-] ?| năm )((?:19|20)[0-9]{2})\b")
        .expect("written quarter regex")
});

/// Words before "quý" that make it no quarter: "tứ quý" (four of a kind), "hàng quý",
/// "mỗi quý" (every quarter: a rate), "yêu quý", "trân quý", "cao quý", "kính quý" (to
/// love, to cherish, noble: "anh yêu quý 2 giọng ca trẻ", general-10k baomoi-22415076),
/// "đá quý", "kim loại quý" (precious).
const NOT_BEFORE: [&str; 9] = [
    "tứ", "hàng", "mỗi", "yêu", "trân", "cao", "kính", "đá", "loại",
];

/// The words that join listed quarters ("quý I, II/2016", "quý I và II năm 2017", "quý II
/// hoặc III/2017", "quý I và đầu quý II/2020"): the list's year is the last one's.
const LIST_JOINS: [&str; 3] = [", ", " và ", " hoặc "];

/// Words that may stand between a list's join and its next quarter ("và đầu quý II/2020").
const LIST_PARTS: [&str; 4] = ["đầu quý ", "cuối quý ", "giữa quý ", "quý "];

/// Words after a quarter's number that make it a count ("quý 1 lần").
const NOT_AFTER: [&str; 3] = ["lần", "đợt", "kỳ"];

/// The words after a bare quarter that write its year: "quý IV và cả năm 2016", "quý 3 của
/// năm 2020".
const YEAR_AFTER: [&str; 2] = [" và cả năm ", " của năm "];

/// The quarter's number written at the start of `after` ("IV", "3"), and its byte length.
fn quarter_number(after: &str) -> Option<(u32, usize)> {
    let romans = [("IV", 4), ("III", 3), ("II", 2), ("I", 1)];
    let (q, len) = romans
        .iter()
        .find(|(r, _)| after.starts_with(r))
        .map(|&(r, q)| (q, r.len()))
        .or_else(|| {
            let d = after.chars().next()?.to_digit(10)?;
            (1..=4).contains(&d).then_some((d, 1))
        })?;
    (!after[len..].starts_with(is_alnum)).then_some((q, len))
}

/// Whether `rest` (the text after a quarter's number) goes on with a written year or
/// another quarter: "/2017", " - 2016", "-IV", ".2017", " năm 2017".
fn numbered_after(rest: &str) -> bool {
    let t = rest.trim_start_matches(' ');
    if let Some(tail) = t
        .strip_prefix('/')
        .or_else(|| t.strip_prefix('-'))
        .or_else(|| t.strip_prefix('–'))
        .or_else(|| t.strip_prefix('.'))
    {
        let tail = tail.trim_start_matches(' ');
        return tail.starts_with(|c: char| c.is_ascii_digit() || c == 'I' || c == 'V');
    }
    rest.strip_prefix(" năm ")
        .is_some_and(|t| t.starts_with(|c: char| c.is_ascii_digit()))
}

/// The year written after a list of quarters that `rest` (the text after the first
/// quarter's number) goes on with: "quý I, II/2016" → 2016, "quý I, II, III, IV năm 2020" →
/// 2020, "quý I và đầu quý II/2020" → 2020.
fn list_year(rest: &str) -> Option<i32> {
    let mut rest = rest;
    // Three more quarters at most: a year's four.
    for _ in 0..3 {
        let joined = LIST_JOINS.iter().find_map(|j| rest.strip_prefix(j))?;
        let joined = LIST_PARTS
            .iter()
            .find_map(|w| {
                joined
                    .get(..w.len())
                    .filter(|t| eq_lower(t, w))
                    .map(|t| &joined[t.len()..])
            })
            .unwrap_or(joined);
        let (_, len) = quarter_number(joined)?;
        rest = &joined[len..];
        let year_at = rest
            .strip_prefix('/')
            .or_else(|| rest.strip_prefix('-'))
            .or_else(|| rest.strip_prefix(" năm "));
        if let Some(year) = year_at.and_then(four_digit_year) {
            return Some(year);
        }
    }
    None
}

/// The year of a date written with its year just before a bracketed quarter: "tại thời
/// điểm 31/3/2016 (quý I)" → 2016 (general-10k baomoi-21511732).
fn bracket_year(before: &str) -> Option<i32> {
    let date = before.strip_suffix(" (")?;
    let digits = date.get(date.len().checked_sub(4)?..)?;
    let glued = date[..date.len() - 4].ends_with(['/', '.', '-']);
    glued.then(|| four_digit_year(digits)).flatten()
}

/// The quarters written with their year in `text`: (byte offset, quarter, year).
fn written(text: &str) -> Vec<(usize, u32, i32)> {
    WRITTEN
        .captures_iter(text)
        .filter_map(|c| {
            let q = match c.get(1)?.as_str().to_uppercase().as_str() {
                "I" | "1" => 1,
                "II" | "2" => 2,
                "III" | "3" => 3,
                "IV" | "4" => 4,
                _ => return None,
            };
            let year = c.get(2)?.as_str().parse().ok()?;
            Some((c.get(0)?.start(), q, year))
        })
        .collect()
}

/// Finds the quarters written without a year in `text`, in text order. `starts` are where
/// the lower-case copy of `text` (same offsets) has "quý ", not overlapping
/// (`memmem::find_iter`): the candidate pass finds them (a scan of their own before stop 28).
pub(crate) fn find(text: &str, starts: impl IntoIterator<Item = usize>) -> Vec<Found> {
    let mut out = Vec::new();
    let mut with_year: Option<Vec<(usize, u32, i32)>> = None;
    for p in starts {
        let Some(before) = text.get(..p) else {
            continue;
        };
        if before.ends_with(is_alnum) {
            continue;
        }
        let prev = letter_word_before(text, p);
        if prev.is_some_and(|(_, w)| lower_in(w, &NOT_BEFORE)) {
            continue;
        }
        // "Nguyễn Văn Quý 2": a given name after a capitalized word.
        let capital = text[p..].starts_with('Q');
        if capital && prev.is_some_and(|(_, w)| w.starts_with(char::is_uppercase)) {
            continue;
        }
        let num_at = p + "quý ".len();
        let Some((q, len)) = text.get(num_at..).and_then(quarter_number) else {
            continue;
        };
        let end = num_at + len;
        let rest = &text[end..];
        if numbered_after(rest) {
            continue;
        }
        if lower_in(letter_word_after(text, end), &NOT_AFTER) {
            continue;
        }
        let (first, last) = (q * 3 - 2, q * 3);
        if let Some((offset, rel_len)) = relative_year_after(rest) {
            out.push(Found {
                start: p,
                end: end + rel_len,
                meaning: Meaning::Relative(Relative::MonthsOfYear {
                    first,
                    last,
                    offset,
                }),
                time_of_day: None,
            });
            continue;
        }
        let year = list_year(rest)
            .or_else(|| bracket_year(before))
            .or_else(|| {
                YEAR_AFTER.iter().find_map(|w| {
                    let t = rest.get(..w.len()).filter(|t| eq_lower(t, w))?;
                    four_digit_year(rest.get(t.len()..)?)
                })
            })
            .or_else(|| {
                let listed = with_year.get_or_insert_with(|| written(text));
                listed
                    .iter()
                    .filter(|(_, wq, _)| *wq == q)
                    .min_by_key(|(at, _, _)| at.abs_diff(p))
                    .map(|&(_, _, y)| y)
            });
        out.push(Found {
            start: p,
            end,
            meaning: Meaning::Range(
                Point::Month { year, month: first },
                Point::Month { year, month: last },
            ),
            time_of_day: None,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::text_values;

    fn values(text: &str) -> Vec<(String, String)> {
        text_values(text)
    }

    #[test]
    fn bare_quarters_take_the_year_of_the_article() {
        // real-dev baomoi-22496046 (labour.jsonl).
        let got = values(
            "Dự báo, trong quý II/2017, lực lượng lao động tăng. Các doanh nghiệp Việt Nam \
             tin rằng quý II sẽ có đơn hàng cao hơn quý I.",
        );
        let quarters: Vec<_> = got.iter().filter(|(t, _)| t.starts_with("quý")).collect();
        assert_eq!(quarters.len(), 3, "{got:?}");
        assert_eq!(quarters[1].1, "2017-04/2017-06");
        assert_eq!(quarters[2].1, "2017-01/2017-03");
    }

    #[test]
    fn a_year_written_after_or_for_the_same_quarter() {
        // general-10k baomoi-21511851.
        let got = values(
            "Lãi phát sinh trên số dư Quỹ Bình ổn giá (BOG) xăng dầu quý IV và cả năm 2016.",
        );
        assert!(
            got.contains(&("quý IV".into(), "2016-10/2016-12".into())),
            "{got:?}"
        );
        let got = values("Doanh thu quý IV/2016 tăng 5%. Trong năm 2017, quý IV được dự báo tốt.");
        assert!(
            got.contains(&("quý IV".into(), "2016-10/2016-12".into())),
            "{got:?}"
        );
    }

    #[test]
    fn no_quarter_in_a_plate_a_name_or_a_rate() {
        // general-10k baomoi-21481437: "tứ quý 3", four of a kind on a number plate.
        for text in [
            "Năm 2017, chiếc Rolls-Royce biển tứ quý 3 đã không còn là của bà Hiền.",
            "Năm 2017, ông Nguyễn Văn Quý 2 lần được khen.",
            "Năm 2017, hàng quý 1 lần công ty họp.",
            "Năm 2017, trong quý II-IV, Hà Nội sẽ kiểm tra.",
        ] {
            let got = values(text);
            assert!(
                got.iter().all(|(t, _)| !t.contains("uý")),
                "{text}: {got:?}"
            );
        }
    }
}
