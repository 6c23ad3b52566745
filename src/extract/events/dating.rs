//! Dating an event: a day or month date in its sentence outside its name; the day of the
//! event before ("Chiều cùng ngày"); the main event's date ("Dịp này"); a year in the
//! sentence; the last year named before the sentence that is not after the reviewed year.

use super::words::WORDS;
use super::{Article, FoundEvent};
use crate::extract::candidates::Candidates;
use crate::extract::caseless::eq_lower;
use crate::extract::spans::Spanned;
use crate::record::{DateMention, Granularity};

/// How many date mentions before a sentence are looked through for the day of "cùng ngày"
/// or the year of an undated event: the nearest ones are meant, and a bound keeps an
/// article of thousands of dates linear.
pub(super) const DATES_LOOKBACK: usize = 400;

/// A date mention with its byte span, as the dates extractor finds it.
pub(super) type DateSpan = Spanned<DateMention>;

/// The date mentions `dates` sorted by start (stable).
pub(super) fn in_text_order(dates: &[DateSpan]) -> Vec<&DateSpan> {
    let mut out: Vec<&DateSpan> = dates.iter().collect();
    out.sort_by_key(|d| d.span.start);
    out
}

/// The year of an ISO value ("2023-12-12" → 2023).
pub(super) fn year_of(value: &str) -> Option<i32> {
    value.get(..4)?.parse().ok()
}

/// Whether `value` is a single day or month ("2023-12-12", "--12-12", "2023-05").
pub(super) fn is_day_or_month(d: &DateSpan) -> bool {
    matches!(d.value.granularity, Granularity::Day | Granularity::Month)
        && !d.value.value.contains('/')
}

/// Whether `d` is a range of days at most a month apart ("từ 12-14/5" →
/// "2017-05-12/2017-05-14", "từ ngày 20/5 - 11/6"): the days an event runs, which date it
/// as a single day would (GUIDELINES, Dates: "A range is written `A/B`"). A span of years
/// between two days ("11/6/1948 - 11/6/2017", an anniversary) is no event's time.
pub(super) fn is_day_range(d: &DateSpan) -> bool {
    if d.value.granularity != Granularity::Range {
        return false;
    }
    let Some((from, to)) = d.value.value.split_once('/') else {
        return false;
    };
    match (month_index(from), month_index(to)) {
        (Some(a), Some(b)) => b >= a && b - a <= 1,
        _ => false,
    }
}

/// Whether a `speech_verb` row of `event_words.tsv` stands as whole words in
/// `lower[from..to]` ("cho biết"): what follows it is what someone said. A range of days
/// after one that follows the trigger is the speaker's word on another event, no date of the
/// trigger's ("sau cuộc họp Hội đồng an ninh quốc gia, Thủ tướng … cho biết ông muốn nêu vấn
/// đề … tại hội nghị thượng đỉnh nhóm G7 diễn ra tại Ý vào 2 ngày 26-27.5", general-10k
/// baomoi-22334569).
pub(super) fn speech_between(lower: &str, from: usize, to: usize) -> bool {
    let Some(gap) = lower.get(from..to) else {
        return false;
    };
    WORDS.speech_verbs.iter().any(|v| {
        gap.match_indices(v.as_str()).any(|(at, _)| {
            let before = gap.get(..at).and_then(|b| b.chars().next_back());
            let after = gap.get(at + v.len()..).and_then(|a| a.chars().next());
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    })
}

/// The months since year 0 of a day value ("2017-05-12" → 2017 × 12 + 4); a day without
/// its year ("--05-12") counts from year 0. `None` for a month or a year.
fn month_index(day: &str) -> Option<i64> {
    let (year, rest) = match day.strip_prefix("--") {
        Some(rest) => (0, rest),
        None => (day.get(..4)?.parse().ok()?, day.get(5..)?),
    };
    if rest.len() != 5 || rest.get(2..3) != Some("-") {
        return None;
    }
    let month: i64 = rest.get(..2)?.parse().ok()?;
    rest.get(3..)?.parse::<u32>().ok()?;
    Some(year * 12 + month - 1)
}

/// Whether `d` is a single year ("2023").
pub(super) fn is_year(d: &DateSpan) -> bool {
    d.value.granularity == Granularity::Year && d.value.value.len() == 4
}

/// Whether the date `d` of the lower-cased text `lower` is no event's date: a document's
/// ([`super::reports::document_date`], its document words from `documents`, the candidate
/// pass over `lower`) or a year of birth ([`birth_year`]).
pub(super) fn no_event_date(lower: &str, d: &DateSpan, documents: &Candidates) -> bool {
    super::reports::document_date(lower, d, documents) || birth_year(lower, d)
}

impl Article<'_> {
    /// [`no_event_date`] of the article's date `d`.
    pub(super) fn no_event_date(&self, d: &DateSpan) -> bool {
        no_event_date(self.lower, d, self.doc.candidates())
    }
}

/// Whether the year `d` of the lower-cased text `lower` is someone's year of birth: a
/// `birth_word` of `event_words.tsv` ("sn", "sinh năm", "sinh") just before it, past
/// spaces, a parenthesis or a colon ("tuyên phạt Nguyễn Văn Thưởng (SN 1984, trú …) mức án
/// 17 năm tù", general-10k baomoi-21479672). It describes the person, never dates the act
/// the clause reports (GUIDELINES decision 17).
pub(super) fn birth_year(lower: &str, d: &DateSpan) -> bool {
    let from = d.span.start.saturating_sub(BIRTH_REACH);
    let from = (from..=d.span.start)
        .find(|&i| lower.is_char_boundary(i))
        .unwrap_or(d.span.start);
    let before = lower
        .get(from..d.span.start)
        .unwrap_or_default()
        .trim_end_matches([' ', '(', ':']);
    is_year(d)
        && WORDS.birth_words.iter().any(|w| {
            before.ends_with(w.as_str())
                && before[..before.len() - w.len()]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric())
        })
}

/// How many bytes before a year are read for its birth word ("sinh năm ").
const BIRTH_REACH: usize = 16;

/// The day a "cùng ngày" sentence refers to: the last event's day, else the last day date
/// of the body before the sentence (`dates[..before]`).
pub(super) fn previous_day(
    events: &[FoundEvent],
    dates: &[&DateSpan],
    before: usize,
    body_start: usize,
) -> Option<String> {
    let is_day = |v: &str| v.len() == 10 && !v.contains('/');
    events
        .iter()
        .rev()
        .find_map(|e| e.date.clone().filter(|d| is_day(d)))
        .or_else(|| {
            dates
                .get(before.saturating_sub(DATES_LOOKBACK)..before)
                .unwrap_or_default()
                .iter()
                .rev()
                .find(|d| {
                    d.span.start >= body_start
                        && d.value.granularity == Granularity::Day
                        && is_day(&d.value.value)
                })
                .map(|d| d.value.value.clone())
        })
}

/// The last year the reviewed period can be: the main event's year when it is in the second
/// half of the year, else the year before (a review held in January reviews the last year).
pub(super) fn reviewed_year_bound(main_date: Option<&str>) -> Option<i32> {
    let d = main_date?;
    let year = year_of(d)?;
    let month: u32 = d.get(5..7)?.parse().ok()?;
    Some(if month >= 6 { year } else { year - 1 })
}

/// The sentences `spans` of `text`, each cut again before a day date written capitalized
/// inside it after a space, or before the capitalized lead words of one ([`lead_start`]:
/// "Ảnh: Việt Sơn Khoảng 15h ngày 19/6, …") (`dates` in text order): a caption run into
/// the body without a stop ("… nhiều nhất có thể cho công nhân Chiều 10.2, Ủy viên Bộ
/// Chính trị … làm việc với Liên đoàn Lao động") opens a sentence there, and what the
/// caption says (a plan, a demand) says nothing of it.
pub(super) fn split_run_ons(
    text: &str,
    dates: &[&DateSpan],
    spans: Vec<(usize, usize)>,
) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(spans.len());
    for (start, end) in spans {
        let from = dates.partition_point(|d| d.span.start <= start);
        let mut cut = start;
        for d in dates.get(from..).unwrap_or_default() {
            if d.span.start >= end {
                break;
            }
            let opens = lead_start(text, d.span.start);
            let capitalized = text
                .get(opens..)
                .and_then(|r| r.chars().next())
                .is_some_and(char::is_uppercase);
            let after_word = text.get(..opens).is_some_and(|b| {
                b.strip_suffix(' ')
                    .and_then(|w| w.chars().next_back())
                    .is_some_and(char::is_alphanumeric)
            });
            if capitalized && after_word && d.value.granularity == Granularity::Day && opens > cut {
                out.push((cut, opens - 1));
                cut = opens;
            }
        }
        out.push((cut, end));
    }
    out
}

/// How many words before a date [`lead_start`] reads ("Vào khoảng 15h").
const LEAD_WORDS_BACK: usize = 3;

/// Where the lead words just before the date at byte `pos` of `text` start: the words
/// before it, one space apart, that are `date_lead` rows of `event_words.tsv` ("khoảng",
/// "vào", and the rows of several words, "gần đây nhất", "trước đó") or clock times
/// ("15h"), at most [`LEAD_WORDS_BACK`] leads; `pos` when there are none.
pub(super) fn lead_start(text: &str, pos: usize) -> usize {
    let mut start = pos;
    for _ in 0..LEAD_WORDS_BACK {
        let Some(head) = text.get(..start).and_then(|b| b.strip_suffix(' ')) else {
            break;
        };
        let word_at = head.rfind(' ').map_or(0, |i| i + 1);
        let word = head.get(word_at..).unwrap_or_default();
        let clock = !word.is_empty()
            && word
                .trim_end_matches(|c: char| c.is_ascii_digit() || c == 'h' || c == 'g')
                .chars()
                .all(|c| c.is_ascii_digit())
            && word.starts_with(|c: char| c.is_ascii_digit());
        // The longest lead row that ends the head at a word start ("Gần đây nhất trong
        // ngày 27/12/2016": "trong", then "gần đây nhất").
        let lead_at = WORDS
            .date_leads
            .iter()
            .filter_map(|w| {
                let at = head.len().checked_sub(w.len())?;
                let tail = head.get(at..)?;
                let at_word = at == 0 || head.get(..at).is_some_and(|b| b.ends_with(' '));
                (at_word && eq_lower(tail, w)).then_some(at)
            })
            .min();
        match lead_at {
            Some(at) => start = at,
            None if clock => start = word_at,
            None => break,
        }
    }
    start
}

#[cfg(test)]
mod tests {
    use super::{birth_year, is_day_range, lead_start, no_event_date, DateSpan};
    use crate::extract::spans::Spanned;
    use crate::extract::text::ByteSpan;
    use crate::record::{DateMention, Granularity};

    fn year(start: usize, len: usize) -> DateSpan {
        Spanned::new(
            ByteSpan::new(start, start + len),
            DateMention {
                text: String::new(),
                start: 0,
                end: 0,
                value: "1984".to_string(),
                granularity: Granularity::Year,
                year_inferred: false,
                time_of_day: None,
            },
        )
    }

    #[test]
    fn a_year_of_birth_dates_no_event() {
        // general-10k baomoi-21479672, shortened and lower-cased.
        let text = "hđxx đã tuyên phạt nguyễn văn thưởng (sn 1984, trú phường 3) mức án 17 năm tù.";
        let at = text.find("1984").unwrap_or(0);
        assert!(birth_year(text, &year(at, 4)));
        let none = crate::extract::candidates::Candidates::default();
        assert!(no_event_date(text, &year(at, 4), &none));
        // general-10k baomoi-22276807, shortened: the date's surface holds "năm".
        let text = "khởi tố bị can đối với đối tượng vũ thị thanh nhàn (sinh năm 1977).";
        let at = text.find("năm 1977").unwrap_or(0);
        assert!(birth_year(text, &year(at, "năm 1977".len())));
        // A year after other words is a year of its own.
        let text = "công ty thành lập năm 1984.";
        let at = text.find("năm 1984").unwrap_or(0);
        assert!(!birth_year(text, &year(at, "năm 1984".len())));
    }

    fn range(value: &str) -> DateSpan {
        DateSpan {
            span: ByteSpan::new(0, 1),
            value: DateMention {
                text: String::new(),
                start: 0,
                end: 1,
                value: value.to_string(),
                granularity: Granularity::Range,
                year_inferred: false,
                time_of_day: None,
            },
        }
    }

    #[test]
    fn a_range_of_days_is_at_most_a_month_apart() {
        // general-10k baomoi-22291871 "từ ngày 20/5 - 11/6"; baomoi-22302204 "từ 11 đến
        // 17/5" without its year.
        assert!(is_day_range(&range("2017-05-20/2017-06-11")));
        assert!(is_day_range(&range("--05-11/--05-17")));
        // labour.jsonl baomoi-22500074 "(11/6/1948 – 11/6/2017)", an anniversary; a term
        // ("nhiệm kỳ 2017-2022") and a quarter ("quý II/2017") are no days.
        assert!(!is_day_range(&range("1948-06-11/2017-06-11")));
        assert!(!is_day_range(&range("2017/2022")));
        assert!(!is_day_range(&range("2017-04/2017-06")));
    }

    #[test]
    fn lead_rows_of_several_words_open_a_run_on() {
        // labour.jsonl baomoi-21472698: a caption run into the body; "Gần đây nhất" is one
        // lead row of three words.
        let text = "Cửa kính của Cty CP Môi trường Khánh Hòa bị ném đá Gần đây nhất trong ngày 27/12/2016, một nhóm 6 người mang theo gậy gộc, chất bẩn kéo đến nhà máy gây rối.";
        let date = text.find("ngày 27/12/2016").unwrap_or(0);
        assert_eq!(lead_start(text, date), text.find("Gần").unwrap_or(0));
        // labour.jsonl baomoi-22566062: single words and a clock time still read one by one.
        let text = "Ảnh: Việt Sơn Khoảng 15h ngày 19/6, tại công trình cầu Ba Vì - Việt Trì";
        let date = text.find("ngày 19/6").unwrap_or(0);
        assert_eq!(lead_start(text, date), text.find("Khoảng").unwrap_or(0));
    }
}
