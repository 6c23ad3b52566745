//! "từ năm 2012 đến nay": a span from a written year to the present.
//!
//! A year after "từ" (since) followed by "đến nay", "tới nay", "cho đến nay" or "đến hiện
//! nay" is the start of a span that runs to the article's present: "Trong quá trình thực
//! hiện tái cơ cấu từ năm 2012 đến nay, lực lượng lao động của TKV giảm 15.000 người" is
//! `2012/2017` in an article of 2017 (real7-dev baomoi-22752371; the guidelines write "Từ
//! đầu năm tới nay" as a span to the present too). The end is the year of writing, taken
//! from the publication date (or a byline's time stamp) only: the present year inferred for
//! an undated article is wrong about as often as it is right (stop 22), and of the 16 spans
//! it would end in labour.jsonl 5 read right. Without a publication year, or when it is not
//! after the written year, the year stays as it was.

use crate::extract::caseless::starts_with_lower;
use crate::normalize::chars::is_alnum;
use crate::record::Granularity;

use super::same_period::Resolved;
use super::words::from_before;
use super::{Found, Meaning, Point};

/// What follows the year when the span runs to the present, longest first at each start.
const TO_NOW: [&str; 8] = [
    "cho đến nay",
    "cho tới nay",
    "cho đến hiện nay",
    "cho tới hiện nay",
    "đến hiện nay",
    "tới hiện nay",
    "đến nay",
    "tới nay",
];

/// Makes each written year of `found` that runs "đến nay" a span from it to `now` (the
/// publication year), widening its surface over "từ … đến nay".
pub(super) fn apply(
    text: &str,
    found: &mut [Found],
    resolved: &mut [Option<Resolved>],
    now: Option<i32>,
) {
    let Some(now) = now else {
        return;
    };
    for (f, r) in found.iter_mut().zip(resolved.iter_mut()) {
        let Meaning::Point(Point::Year(year)) = f.meaning else {
            continue;
        };
        if year >= now || !matches!(r, Some((_, Granularity::Year, false))) {
            continue;
        }
        let Some(start) = from_before(text, f.start) else {
            continue;
        };
        let Some(end) = to_now_end(text, f.end) else {
            continue;
        };
        f.start = start;
        f.end = end;
        *r = Some((format!("{year:04}/{now:04}"), Granularity::Range, true));
    }
}

/// Where "đến nay" (or one of [`TO_NOW`]) ends when it follows byte `at` after one space,
/// as whole words.
fn to_now_end(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?.strip_prefix(' ')?;
    let words = TO_NOW.iter().find(|w| {
        starts_with_lower(rest, w)
            && rest
                .get(w.len()..)
                .is_some_and(|tail| !tail.chars().next().is_some_and(is_alnum))
    })?;
    Some(at + 1 + words.len())
}

#[cfg(test)]
mod tests {
    use crate::extract::dates::extract_dates;
    use crate::extract::Document;
    use chrono::NaiveDate;

    fn values(text: &str, published: Option<&str>) -> Vec<(String, String)> {
        let published = published.and_then(|p| NaiveDate::parse_from_str(p, "%Y-%m-%d").ok());
        extract_dates(&Document::new(None, text, published))
            .into_iter()
            .map(|d| (d.text, d.value))
            .collect()
    }

    fn pair(surface: &str, value: &str) -> (String, String) {
        (surface.to_string(), value.to_string())
    }

    #[test]
    fn a_year_since_which_the_news_runs_ends_at_the_publication_year() {
        // ../shared/corpus-real general-10k dantri-news_education_124 (published 2021).
        let text = "Thầy từng công tác tại Viện Dân tộc học, sau đó về Học viện Báo chí và tuyên \
                    truyền công tác từ năm 1999 đến nay.";
        assert_eq!(
            values(text, Some("2021-04-10")),
            [pair("từ năm 1999 đến nay", "1999/2021")]
        );
        // general-10k dantri-news_travel_199: a bare year.
        let text = "Sau quyết định làm lại để bán, quán mở từ 1990 đến nay lúc nào cũng tấp nập \
                    khách";
        assert_eq!(
            values(text, Some("2021-04-10")),
            [pair("từ 1990 đến nay", "1990/2021")]
        );
    }

    #[test]
    fn without_a_publication_date_or_a_to_now_the_year_stays() {
        // real7-dev baomoi-22752371 (undated): the present a baomoi article's years give is
        // wrong about half the time, so no span is made from it.
        let text = "Trong quá trình thực hiện tái cơ cấu từ năm 2012 đến nay, lực lượng lao động \
                    của TKV giảm 15.000 người.";
        assert_eq!(values(text, None), [pair("năm 2012", "2012")]);
        // A span to a written end is no span to now.
        let text = "Công ty hoạt động từ năm 2016 đến năm 2020.";
        assert!(!values(text, Some("2021-04-10"))
            .iter()
            .any(|(_, v)| v.ends_with("/2021")));
    }
}
