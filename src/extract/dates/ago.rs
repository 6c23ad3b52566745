//! Spans counted back from the present: "cách đây 5 tháng", "Trưa hai hôm trước", "3 năm
//! trước", "cách đây 69 năm" (GUIDELINES.md decision 5: relative expressions are dates; the
//! real-dev gold resolves "cách đây 5 tháng" to `--02` and "Trưa hai hôm trước" to
//! `--06-05` against the article's day).
//!
//! A number (digits, or number words: "hai") and a unit of `rules/date_offsets.tsv`
//! (`ago_day`, `ago_month`, `ago_year`), with a lead before the number ("cách đây") or
//! "trước" / "về trước" after the unit. Left out: a qualified number ("hơn 10 năm trước":
//! vague), a duration ("trong 3 năm trước"), a span from another event ("3 năm trước khi",
//! "2 ngày trước đó"), a decimal ("1,5 năm trước").

use crate::extract::quantity::qualifiers::qualifier_before;
use crate::extract::quantity::reading::{number_word_starts, read_words};
use crate::normalize::chars::is_alnum;
use std::sync::LazyLock;

use super::lexicon::{AgoUnit, Kind, Lexicon, OFFSETS};
use super::relative::Relative;
use super::{letter_word_before, Found, Meaning};

/// The largest number of days, months and years read back: a span of a story, a life or a
/// history ("cách đây 69 năm, ngày 11/6/1948"), not an era.
const MAX_DAYS: i32 = 120;
/// See [`MAX_DAYS`].
const MAX_MONTHS: i32 = 240;
/// See [`MAX_DAYS`].
const MAX_YEARS: i32 = 150;

/// The marks after "trước" that end its clause ("Trưa hai hôm trước, …").
const CLAUSE_ENDS: [char; 10] = [',', '.', ';', ':', ')', '!', '?', '"', '”', '\n'];

/// The units' sizes in `OFFSETS.ago_units`' row order, built once (not per article).
static UNITS: LazyLock<Vec<AgoUnit>> =
    LazyLock::new(|| OFFSETS.ago_units.iter().map(|(_, s)| *s).collect());

/// The words after a unit (`OFFSETS.ago_after`: "trước", "về trước") with their space before,
/// longest first (a stable sort: rows of one length keep the table's order), built once.
static AFTER_WORDS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut words: Vec<String> = OFFSETS.ago_after.iter().map(|w| format!(" {w}")).collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    words
});

/// Finds the spans back from the present in `text` (`lower` its lower-case copy with the
/// same offsets), in text order. `units` are where `lower` has a unit of
/// `OFFSETS.ago_units` after a space (" tháng"), in text order: its row, the byte of its
/// space and its end (the candidate pass's [`super::KeywordSet::AgoUnits`]).
pub(crate) fn find(
    text: &str,
    lower: &str,
    lex: &Lexicon,
    units: impl IntoIterator<Item = (usize, usize, usize)>,
) -> Vec<Found> {
    let sizes = &*UNITS;
    // (unit's row, found), in text order.
    let mut out: Vec<(usize, Found)> = Vec::new();
    for (unit, space, unit_end) in units {
        let Some(&size) = sizes.get(unit) else {
            continue;
        };
        if starts_with_letter(&lower[unit_end..]) {
            continue;
        }
        if let Some(found) = ago_at(text, lower, space, unit_end, size, lex) {
            out.push((unit, found));
        }
    }
    // The order of the per-unit searches: by start, then by the unit's row, then by text
    // order (a stable sort).
    out.sort_by_key(|(unit, f)| (f.start, *unit));
    out.into_iter().map(|(_, f)| f).collect()
}

/// The span back whose unit runs from byte `space` (the space before it) to `unit_end`.
fn ago_at(
    text: &str,
    lower: &str,
    space: usize,
    unit_end: usize,
    size: AgoUnit,
    lex: &Lexicon,
) -> Option<Found> {
    let (number_start, n) = number_before(text, space)?;
    if qualifier_before(text, number_start).is_some() {
        return None;
    }
    let word_before = letter_word_before(lower, number_start).map(|(s, w)| (s, w.to_string()));
    if word_before.as_ref().is_some_and(|(_, w)| {
        OFFSETS.ago_blocks.iter().any(|b| b == w) || lex.is(Kind::Quantifier, w)
    }) {
        return None;
    }
    let lead = OFFSETS.ago_leads.iter().find_map(|l| {
        let before = lower[..number_start].strip_suffix(' ')?;
        let at = before.strip_suffix(l.as_str())?.len();
        let bounded = lower[..at].chars().next_back().is_none_or(|c| !is_alnum(c));
        bounded.then_some(at)
    });
    let mut end = unit_end;
    let mut after = false;
    for w in AFTER_WORDS.iter() {
        if let Some(n) = leads(&lower[unit_end..], w) {
            end = unit_end + n;
            after = true;
            break;
        }
    }
    if after {
        let here = leads(&lower[end..], " đây");
        if let Some(n) = here {
            end += n;
        }
        let next = lower[end..].strip_prefix(' ').unwrap_or(&lower[end..]);
        if OFFSETS.ago_stops.iter().any(|s| leads(next, s).is_some()) {
            return None;
        }
        // Without a lead or "đây", "trước" is "before" unless the clause ends with it: "1
        // tuần trước sinh nhật lần thứ 30", "Bốn tháng trước vụ thử" (general-10k) count
        // from another event.
        let closed = next.is_empty() || next.starts_with(|c: char| CLAUSE_ENDS.contains(&c));
        if lead.is_none() && here.is_none() && !closed {
            return None;
        }
    }
    let mut start = match (lead, after) {
        (Some(at), _) => at,
        (None, true) => number_start,
        (None, false) => return None,
    };
    let relative = match size {
        AgoUnit::Days(d) => {
            // "Cách đây hai ngày (14.5)": the date in brackets says which day it was
            // (general-10k baomoi-22293385: counted from the article's 15.5 it was the 13th).
            // A year span keeps its year ("cách đây 14 năm (1.5.2003)").
            let dated = lower[end..]
                .strip_prefix(" (")
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
            if dated {
                return None;
            }
            let days = n.checked_mul(d).filter(|&x| x <= MAX_DAYS)?;
            Relative::DaysAgo(u8::try_from(days).ok()?)
        }
        AgoUnit::Months(m) => {
            let months = n.checked_mul(m).filter(|&x| x <= MAX_MONTHS)?;
            Relative::MonthsAgo(u8::try_from(months).ok()?)
        }
        AgoUnit::Years(y) => {
            let years = n.checked_mul(y).filter(|&x| x <= MAX_YEARS)?;
            Relative::YearsAgo(u8::try_from(years).ok()?)
        }
    };
    // "Trưa hai hôm trước": the time of day is part of the surface.
    let mut time_of_day = None;
    if lead.is_none() {
        if let Some((s, w)) = letter_word_before(text, start) {
            if lex.is(Kind::TimeOfDay, w) {
                time_of_day = crate::record::TimeOfDay::from_word(w);
                start = s;
            }
        }
    }
    Some(Found {
        start,
        end,
        meaning: Meaning::Relative(relative),
        time_of_day,
    })
}

/// The number that ends at byte `space` (a space follows it): where it starts and its
/// value. Digits not glued to a decimal mark, a slash or a dash ("1,5 năm"), or number words
/// ("hai", "mười hai"); a vague number ("hàng chục năm") is none.
fn number_before(text: &str, space: usize) -> Option<(usize, i32)> {
    let before = text.get(..space)?;
    let digits = before.bytes().rev().take_while(u8::is_ascii_digit).count();
    if digits > 0 {
        let start = space - digits;
        let glued = before[..start]
            .chars()
            .next_back()
            .is_some_and(|c| is_alnum(c) || matches!(c, '.' | ',' | '/' | '-' | '–'));
        if glued || digits > 3 {
            return None;
        }
        return Some((start, before[start..].parse().ok()?));
    }
    number_word_starts(text, space + 1)
        .into_iter()
        .filter_map(|s| read_words(text, s).map(|q| (s, q)))
        .find(|(_, q)| q.end == space && !q.vague && q.value >= 1.0 && q.value.fract() == 0.0)
        .and_then(|(s, q)| Some((s, i32::try_from(q.value as i64).ok()?)))
}

fn starts_with_letter(s: &str) -> bool {
    s.chars().next().is_some_and(is_alnum)
}

/// `rest` starts with `word` as a whole word: its length.
fn leads(rest: &str, word: &str) -> Option<usize> {
    let tail = rest.strip_prefix(word)?;
    (!starts_with_letter(tail)).then_some(word.len())
}

#[cfg(test)]
mod tests {
    use crate::extract::dates::extract_dates;
    use crate::extract::Document;

    fn dates(text: &str, published: Option<&str>) -> Vec<(String, String)> {
        let published =
            published.and_then(|p| chrono::NaiveDate::parse_from_str(p, "%Y-%m-%d").ok());
        let doc = Document::new(None, text, published);
        extract_dates(&doc)
            .into_iter()
            .map(|d| (d.text, d.value))
            .collect()
    }

    // labour.jsonl baomoi-22319346 (no publication date in the corpus; the tests give it
    // 2017-05-01, the 14th anniversary of 1.5.2003).
    const ANNIVERSARY: &str = "Vào dịp kỷ niệm Ngày Quốc tế Lao động cách đây 14 năm (1.5.2003), từ sáng kiến của Báo Lao Động, chương trình “Vinh quang Việt Nam” chính thức ra mắt và trở thành sự kiện chính trị - văn hóa xã hội thu hút sự theo dõi của đông đảo quần chúng nhân dân cả nước.";

    #[test]
    fn years_back_count_from_the_publication_date() {
        let got = dates(ANNIVERSARY, Some("2017-05-01"));
        assert!(
            got.contains(&("cách đây 14 năm".to_string(), "2003".to_string())),
            "{got:?}"
        );
    }

    #[test]
    fn years_back_without_a_publication_date_are_left_out() {
        let got = dates(ANNIVERSARY, None);
        assert!(got.iter().all(|(t, _)| !t.contains("cách đây")), "{got:?}");
    }
}
