//! Years an article gives by arithmetic on its own text, for an article without a
//! publication date: an anniversary of an observance of known founding year, and a Party
//! membership badge given to a member whose joining date is written.
//!
//! # The rule
//! - "kỷ niệm 87 năm Ngày thành lập Đảng Cộng sản Việt Nam", "kỷ niệm 70 năm Ngày Thương
//!   binh - Liệt sĩ": the anniversary N of an observance of `rules/observance_years.tsv`
//!   (founded in year Y) is celebrated in Y + N, the year the article is about (labour.jsonl
//!   baomoi-21476084, real-dev: "thiết thực kỷ niệm 87 năm ngày thành lập Đảng" in a Tết
//!   article of 2017). Not an anniversary to come far ahead: "tầm nhìn đến năm 2045 - kỷ
//!   niệm 100 năm thành lập nước", "tiến tới kỷ niệm" (`FUTURE_BEFORE` in the few words before).
//! - "Huy hiệu 30 năm tuổi Đảng" (a badge for 30 years of Party membership) given to a member
//!   who "vào Đảng ngày 16/2/1987" is given in 1987 + 30 = 2017 (real-dev baomoi-21511578:
//!   "Chiều 10/2, … trao tặng Huy hiệu 30 năm tuổi Đảng … vào Đảng ngày 16/2/1987" →
//!   2017-02-10). Only with one badge length and one joining year in the article: a
//!   ceremony of many members pairs them in ways this rule does not read.
//!
//! The year found is one more candidate for the article's present year (`present`).

use std::sync::LazyLock;

use super::cues::SharedCues;
use super::{Found, Meaning};
use crate::rules::{Line, Row, RuleError, Table};

/// The rule table: observances and the year each began.
pub(crate) static OBSERVANCE_YEARS_TSV: Table = Table::new(
    "extract/rules/observance_years.tsv",
    include_str!("../rules/observance_years.tsv"),
    &["name", "year"],
    &["name"],
);

/// A row of [`OBSERVANCE_YEARS_TSV`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Observance {
    /// The words after "kỷ niệm N năm [ngày]", lower case.
    pub name: &'static str,
    /// The year the observance began: its anniversary N is in `year + N`.
    pub year: i32,
}

impl Row for Observance {
    fn from_line(line: &Line<'_>) -> Result<Self, RuleError> {
        Ok(Observance {
            name: line.get("name")?,
            year: line.get("year")?,
        })
    }
}

/// The observances, parsed once; a malformed table (caught by the tests) gives none.
static OBSERVANCES: LazyLock<Vec<Observance>> =
    LazyLock::new(|| OBSERVANCE_YEARS_TSV.load().unwrap_or_default());

/// The anniversary cue, in both spellings of its vowel ("kỷ niệm", "kỉ niệm"), lower case.
const ANNIVERSARY: [&str; 2] = ["kỷ niệm ", "kỉ niệm "];

/// Words in the few bytes before "kỷ niệm" that make the anniversary one to come far ahead
/// (a target of a plan), not the article's: "đến năm 2030 - kỷ niệm 100 năm thành lập Đảng
/// và tầm nhìn đến năm 2045 - kỷ niệm 100 năm thành lập nước" (labour.jsonl
/// dantri-news_society_180), "tiến tới kỷ niệm".
const FUTURE_BEFORE: [&str; 4] = ["đến năm", "tới năm", "tầm nhìn", "tiến tới"];

/// How many bytes before "kỷ niệm" are read for [`FUTURE_BEFORE`].
const FUTURE_REACH: usize = 40;

/// The most years an anniversary is read for (the observances of the table are at most
/// about 130 years old).
const ANNIVERSARY_MAX: i32 = 200;

/// The badge of Party membership: "[Huy hiệu] 30 năm tuổi Đảng", lower case.
const BADGE: &str = " năm tuổi đảng";

/// The joining of the Party before its date: "vào Đảng ngày 16/2/1987", "vào Đảng năm 1975".
const JOINED: &str = "vào đảng ";

/// How many bytes may stand between "vào Đảng " and the date that says when ("ngày " is
/// part of the date).
const JOINED_GAP: usize = 2;

/// How many cues of each kind are read: the first few are enough, and the cap keeps the scan
/// short on odd input.
const CUES_MAX: usize = 16;

/// The latest year the article's own arithmetic gives, when it gives one: anniversaries of
/// the table's observances and a membership badge with its joining year; `lower` is the
/// article's text lower-cased with the same byte offsets, `found` its dates in text order.
pub(super) fn year_by_arithmetic(lower: &str, found: &[Found]) -> Option<i32> {
    anniversary_year(lower).max(badge_year(lower, found))
}

/// The anniversary cues, found in one pass at their shared "niệm " ([`SharedCues`]).
static ANNIVERSARY_CUES: LazyLock<SharedCues> =
    LazyLock::new(|| SharedCues::new("niệm ", &ANNIVERSARY));

/// The badge's and the joining's cues ([`BADGE`], [`JOINED`]), found in one pass at their
/// shared "đảng".
static PARTY_CUES: LazyLock<SharedCues> =
    LazyLock::new(|| SharedCues::new("đảng", &[BADGE, JOINED]));

/// The latest year of an anniversary of a known observance in `lower`.
fn anniversary_year(lower: &str) -> Option<i32> {
    ANNIVERSARY_CUES
        .find(lower, CUES_MAX)
        .into_iter()
        .filter_map(|(i, p)| Some((p, p + ANNIVERSARY.get(i)?.len())))
        .filter(|&(p, _)| !future_before(lower, p))
        .filter_map(|(_, after)| {
            let rest = lower.get(after..)?;
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            let n: i32 = rest.get(..digits)?.parse().ok()?;
            if !(1..=ANNIVERSARY_MAX).contains(&n) {
                return None;
            }
            let rest = rest.get(digits..)?.strip_prefix(" năm ")?;
            let rest = rest.strip_prefix("ngày ").unwrap_or(rest);
            let observance = OBSERVANCES.iter().find(|o| rest.starts_with(o.name))?;
            Some(observance.year + n)
        })
        .max()
}

/// Whether the bytes before "kỷ niệm" at `p` make it an anniversary to come far ahead.
fn future_before(lower: &str, p: usize) -> bool {
    let from = super::words::floor_boundary(lower, p.saturating_sub(FUTURE_REACH));
    lower
        .get(from..p)
        .is_some_and(|before| FUTURE_BEFORE.iter().any(|w| before.contains(w)))
}

/// The year of a membership badge: the joining year plus the badge's years, when the article
/// gives one of each.
fn badge_year(lower: &str, found: &[Found]) -> Option<i32> {
    let hits = PARTY_CUES.find(lower, CUES_MAX);
    let of_cue = |cue: usize| hits.iter().filter(move |h| h.0 == cue).map(|h| h.1);
    let mut lengths: Vec<i32> = of_cue(0)
        .filter_map(|p| {
            let before = lower.get(..p)?;
            let digits = before.bytes().rev().take_while(u8::is_ascii_digit).count();
            before.get(before.len() - digits..)?.parse().ok()
        })
        .filter(|n| (1..=ANNIVERSARY_MAX).contains(n))
        .collect();
    lengths.dedup();
    let mut joined: Vec<i32> = of_cue(1)
        .filter_map(|p| {
            let after = p + JOINED.len();
            let i = found.partition_point(|f| f.start < after);
            let f = found.get(i)?;
            if f.start - after > JOINED_GAP {
                return None;
            }
            match f.meaning {
                Meaning::Point(point) => point.year(),
                _ => None,
            }
        })
        .collect();
    joined.dedup();
    match (lengths.as_slice(), joined.as_slice()) {
        ([n], [y]) => Some(y + n),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::assemble::find_numeric;
    use super::super::lexicon::LEXICON;
    use super::*;

    fn year_of(text: &str) -> Option<i32> {
        let lower = crate::extract::Document::from_text(text).lower;
        year_by_arithmetic(&lower, &find_numeric(text, &LEXICON))
    }

    #[test]
    fn the_table_loads() {
        assert!(OBSERVANCES.len() >= 10);
    }

    #[test]
    fn an_anniversary_of_an_observance_gives_its_year() {
        // labour.jsonl baomoi-21476084 (real-dev), baomoi-22750500.
        assert_eq!(
            year_of(
                "chào mừng Xuân Đinh Dậu, thiết thực kỷ niệm 87 năm ngày thành lập Đảng Cộng sản \
                 Việt Nam và chăm lo Tết Nguyên đán"
            ),
            Some(2017)
        );
        assert_eq!(
            year_of(
                "khánh thành vào ngày 15-7 nhân lễ kỷ niệm 70 năm ngày Thương binh liệt sĩ (27-7)"
            ),
            Some(2017)
        );
        // An observance not in the table: no year ("60 năm ngày Bác Hồ về thăm Quảng Bình").
        assert_eq!(
            year_of("nhân dịp kỷ niệm 60 năm ngày Bác Hồ về thăm Quảng Bình"),
            None
        );
    }

    #[test]
    fn an_anniversary_of_a_plan_is_no_present() {
        // labour.jsonl dantri-news_society_180.
        assert_eq!(
            year_of(
                "đến năm 2030 - kỷ niệm 100 năm thành lập Đảng và tầm nhìn đến năm 2045 - kỷ \
                 niệm 100 năm thành lập nước"
            ),
            None
        );
    }

    #[test]
    fn a_badge_adds_its_years_to_the_joining_year() {
        // labour.jsonl baomoi-21511578 (real-dev).
        let text = "Trao tặng Huy hiệu 30 năm tuổi Đảng\nChiều 10/2, Đảng bộ Cơ quan LĐLĐ Thành \
                    phố Hà Nội long trọng tổ chức lễ trao tặng Huy hiệu 30 năm tuổi Đảng cho \
                    đảng viên Đỗ Kim Hội. Đồng chí Đỗ Kim Hội sinh ngày 06/10/1958, vào Đảng \
                    ngày 16/2/1987, ngày chính thức 16/2/1988.";
        assert_eq!(year_of(text), Some(2017));
        // Two badges: which member joined when is not read.
        assert_eq!(
            year_of(
                "trao Huy hiệu 70 năm tuổi Đảng cho ông A và Huy hiệu 60 năm tuổi Đảng cho bà B, \
                 vào Đảng năm 1947"
            ),
            None
        );
    }
}
