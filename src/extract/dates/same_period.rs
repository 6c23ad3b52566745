//! "cùng kỳ năm trước" (the same period of the year before): the period the article reports
//! on, a year earlier.
//!
//! "Thu nhập … tăng 6,4% so với quý IV/2016 và 6,3% cùng kỳ năm trước" compares the quarter
//! the article reports on (its last "Quý I/2017") with the same quarter of 2016: the value is
//! `2016-01/2016-03`, not the year 2016 (real-dev baomoi-22496046). The period is a month
//! or an in-year range that is not itself a point of comparison or a starting point ("so
//! với quý IV/2016", "kể từ tháng 01/2016"): the nearest before the expression in its
//! sentence, else the first after it in its sentence, else the latest written before it
//! (within [`REACH`] dates each way); without one, the expression keeps its year.

use crate::record::Granularity;

use super::relative::Relative;
use super::{Found, Meaning};
use crate::extract::quantity::words::suffix_ci;

/// The words before "năm trước", "năm ngoái" or "năm qua" that make it the same period of
/// the year before (lower case; "kì" is a common spelling of "kỳ").
const SAME_PERIOD: [&str; 2] = ["cùng kỳ", "cùng kì"];

/// Words just before a date that make it a point of comparison or a starting point ("so
/// với quý IV/2016", "kể từ tháng 01/2016"), not the period reported on.
const COMPARED: [&str; 3] = ["so với", "so", "từ"];

/// How far, in bytes, a sentence is read each way from the expression for its period.
const SENTENCE_REACH: usize = 400;

/// Where the sentence holding byte `pos` starts: after the last ". ", "! ", "? " or line
/// break before it (at most [`SENTENCE_REACH`] bytes back).
pub(super) fn sentence_start(text: &str, pos: usize) -> usize {
    let mut from = pos.saturating_sub(SENTENCE_REACH);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..pos];
    [". ", "! ", "? ", "\n"]
        .iter()
        .filter_map(|end| before.rfind(end).map(|at| from + at + end.len()))
        .max()
        .unwrap_or(from)
}

/// Where the sentence holding byte `pos` ends: at the first ". ", "! ", "? " or line break
/// after it (at most [`SENTENCE_REACH`] bytes on).
pub(super) fn sentence_end(text: &str, pos: usize) -> usize {
    let mut to = pos.saturating_add(SENTENCE_REACH).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let after = text.get(pos..to).unwrap_or_default();
    [". ", "! ", "? ", "\n"]
        .iter()
        .filter_map(|end| after.find(end).map(|at| pos + at))
        .min()
        .unwrap_or(to)
}

/// How many dates before the expression are searched for its period.
const REACH: usize = 40;

/// A resolved date: value, granularity, whether the year was inferred.
pub(super) type Resolved = (String, Granularity, bool);

/// Gives each "cùng kỳ năm trước" among `found` (resolved as `resolved`, index by index) the
/// period it names, a year before, and widens its span over "cùng kỳ".
pub(super) fn apply(text: &str, found: &mut [Found], resolved: &mut [Option<Resolved>]) {
    for i in 0..found.len().min(resolved.len()) {
        let f = found[i];
        if !matches!(
            f.meaning,
            Meaning::Relative(Relative::PreviousYear | Relative::LastYear)
        ) {
            continue;
        }
        let Some(head) = same_period_head(text, f.start) else {
            continue;
        };
        // The period of its own sentence, before it or after it ("tăng 8,1% so với cùng kỳ
        // năm ngoái trong quý 1/2021"), else the latest one written before it.
        let sentence_start = sentence_start(text, f.start);
        let sentence_end = sentence_end(text, f.end);
        let lo = i.saturating_sub(REACH);
        let hi = (i + 1 + REACH).min(found.len());
        let period_of = |j: usize| -> Option<(String, Granularity)> {
            let (value, granularity, _) = resolved[j].as_ref()?;
            let at = found[j].start;
            if compared(text, at) || same_period_head(text, at).is_some() {
                return None;
            }
            year_before(value, *granularity).map(|v| (v, *granularity))
        };
        let before_in_sentence = (lo..i)
            .rev()
            .take_while(|&j| found[j].start >= sentence_start)
            .find_map(period_of);
        let period = before_in_sentence
            .or_else(|| {
                (i + 1..hi)
                    .take_while(|&j| found[j].start < sentence_end)
                    .find_map(period_of)
            })
            .or_else(|| (lo..i).rev().find_map(period_of));
        if let Some((value, granularity)) = period {
            resolved[i] = Some((value, granularity, true));
            found[i].start = head;
        }
    }
}

/// Where "cùng kỳ" starts when it stands just before byte `start` of `text`.
fn same_period_head(text: &str, start: usize) -> Option<usize> {
    let before = text.get(..start)?.strip_suffix(' ')?;
    SAME_PERIOD.iter().find_map(|w| suffix_ci(before, w))
}

/// Whether the date at byte `start` follows "so với" or "từ": a point of comparison or a
/// starting point.
fn compared(text: &str, start: usize) -> bool {
    let Some(before) = text.get(..start).and_then(|b| b.strip_suffix(' ')) else {
        return false;
    };
    COMPARED.iter().any(|w| suffix_ci(before, w).is_some())
}

/// `value`, a month (`2017-05`) or a range of months or days within one year
/// (`2017-01/2017-03`), a year earlier; `None` for anything else.
fn year_before(value: &str, granularity: Granularity) -> Option<String> {
    let shift = |point: &str| -> Option<(i32, String)> {
        let (year, rest) = point.split_at_checked(4)?;
        let year: i32 = year.parse().ok()?;
        rest.starts_with('-')
            .then(|| (year, format!("{}{rest}", year - 1)))
    };
    match granularity {
        Granularity::Month => shift(value).map(|(_, v)| v),
        Granularity::Range => {
            let (a, b) = value.split_once('/')?;
            let ((ya, a), (yb, b)) = (shift(a)?, shift(b)?);
            (ya == yb).then(|| format!("{a}/{b}"))
        }
        Granularity::Day | Granularity::Year => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::dates::extract_dates;
    use crate::extract::Document;
    use crate::normalize::normalize;
    use chrono::NaiveDate;

    /// The value of each "cùng kỳ …" date of `text`, published on `published`.
    fn same_periods(text: &str, published: &str) -> Vec<(String, String)> {
        let published = NaiveDate::parse_from_str(published, "%Y-%m-%d").ok();
        extract_dates(&Document::new(None, &normalize(text), published))
            .into_iter()
            .filter(|d| d.text.to_lowercase().starts_with("cùng k"))
            .map(|d| (d.text, d.value))
            .collect()
    }

    fn p(surface: &str, value: &str) -> (String, String) {
        (surface.to_string(), value.to_string())
    }

    #[test]
    fn the_same_period_is_the_one_reported_on_a_year_before() {
        // real-dev baomoi-22496046 (labour.jsonl): the quarter reported on, not the one
        // compared with.
        let text =
            "Quý I/2017, số người có việc làm là 53,36 triệu, tăng 74,43 nghìn người so với \
                    quý I/2016. Thu nhập bình quân tháng của lao động làm công hưởng lương là \
                    5,4 triệu đồng tăng khá cao 6,4% so với quý IV/2016 và 6,3% cùng kỳ năm trước.";
        assert_eq!(
            same_periods(text, "2017-06-10"),
            [p("cùng kỳ năm trước", "2016-01/2016-03")]
        );
        // labour.jsonl baomoi-21473833: a month.
        let text = "Trong tháng đầu năm 2017, tiền lương của người Mỹ chỉ tăng 2,5% so với cùng \
                    kỳ năm ngoái, so với mức tăng 2,8% trong tháng 12.";
        assert_eq!(
            same_periods(text, "2017-02-05"),
            [p("cùng kỳ năm ngoái", "2016-01")]
        );
        // general-10k dantri-news_business_078: the period follows in the sentence.
        let text = "Giá đất đạt đỉnh mới tại 111 USD/m2, tăng 8,1% so với cùng kỳ năm ngoái \
                    trong quý 1/2021.";
        assert_eq!(
            same_periods(text, "2021-04-20"),
            [p("cùng kỳ năm ngoái", "2020-01/2020-03")]
        );
        // Without a period the year stays: "ít hơn cùng kỳ năm trước" (labour.jsonl).
        let text = "Tỷ lệ này thấp hơn so với các địa phương khác và ít hơn cùng kỳ năm trước.";
        let got = extract_dates(&Document::new(
            None,
            &normalize(text),
            NaiveDate::from_ymd_opt(2017, 2, 1),
        ));
        assert_eq!(got.len(), 1);
        assert_eq!(
            (got[0].text.as_str(), got[0].value.as_str()),
            ("năm trước", "2016")
        );
    }

    #[test]
    fn a_period_moves_a_year_back() {
        assert_eq!(
            year_before("2017-01/2017-03", Granularity::Range).as_deref(),
            Some("2016-01/2016-03")
        );
        assert_eq!(
            year_before("2017-05", Granularity::Month).as_deref(),
            Some("2016-05")
        );
        assert_eq!(year_before("2016/2017", Granularity::Range), None);
        assert_eq!(year_before("2016-12/2017-02", Granularity::Range), None);
        assert_eq!(year_before("--05", Granularity::Month), None);
        assert_eq!(year_before("2017", Granularity::Year), None);
    }
}
