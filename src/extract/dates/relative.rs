//! Relative expressions built on "năm": "Trong năm", "Năm vừa qua", "trong năm qua", "Từ đầu
//! năm tới nay", "năm nay", "năm trước", "năm ngoái".
//!
//! Vague ones are left out: "những năm trước", "mỗi năm", "nhiều năm nay", "3 năm nay",
//! "hàng ngàn năm nay" (a counting word or numeral before "năm" makes it a duration or a
//! plural).

use crate::extract::caseless::{eq_lower, lower_in, with_lower};
use crate::normalize::chars::is_alnum;
use memchr::memmem;
use std::sync::LazyLock;

use super::lexicon::{Kind, Lexicon, OFFSETS};
use super::new_year::TetYear;
use super::{letter_word_before, Found, Meaning, Point};

/// What a relative expression refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Relative {
    /// "Trong năm": the year the article reports on.
    InYear,
    /// "năm nay": the year of writing.
    ThisYear,
    /// "năm vừa qua": the year before the year of writing.
    LastYear,
    /// "năm trước", "năm ngoái": the year before the year of writing.
    PreviousYear,
    /// "Từ đầu năm tới nay": from January to the article's date.
    YearToDate,
    /// "Hôm qua", "Sáng nay", "ngày mai": a day counted from the publication date.
    Day(i8),
    /// A span of days back from the present ("hai hôm trước", "cách đây 3 ngày", `ago`):
    /// unlike "hôm qua", it may count from the story's own day.
    DaysAgo(u8),
    /// "cùng ngày": the day of the latest day date before it (`same_day`).
    SameDay,
    /// "hôm sau", "sáng ngày hôm sau": the day after the latest day date before it
    /// (`next_day`).
    NextDay,
    /// "Một ngày sau đó", "Sau đó 2 ngày": that many days after the latest day date before
    /// it (`days_after`, resolved with `next_day`).
    DaysAfter(u8),
    /// "Hôm thứ Tư", "ngày thứ Năm": the latest such weekday on or before the publication
    /// date (0 is Monday, 6 Sunday).
    Weekday(u8),
    /// "tháng 7 năm ngoái", "quý 1 năm nay": months `first..=last` of the year of writing
    /// plus `offset`.
    MonthsOfYear {
        /// First month, 1–12.
        first: u32,
        /// Last month (the first for a single month).
        last: u32,
        /// Years after the year of writing (-1 for "năm ngoái").
        offset: i32,
    },
    /// "từ nay đến năm 2020": from the present (the publication date, else the article's
    /// year) to a written point.
    SinceNow(Point),
    /// "những năm 90", "thập niên 1990": the ten years from `start`; `inferred` when the
    /// century was not written.
    Decade {
        /// The first year.
        start: i32,
        /// The century was inferred ("những năm 90").
        inferred: bool,
    },
    /// "cách đây 5 tháng", "3 tháng trước": the month so many months before the present
    /// (`ago`).
    MonthsAgo(u8),
    /// "cách đây 69 năm", "3 năm trước": the year so many years before the present (`ago`).
    YearsAgo(u8),
    /// "mùng 6 Tết": day `day` of a lunar new year (`new_year`).
    NewYearDay {
        /// The day of the new year, 1–10.
        day: u8,
        /// Where its year comes from.
        year: TetYear,
    },
    /// "trong tháng Năm", "hồi tháng Tư vừa qua": a month written by name (`named_months`),
    /// its year only from a strong source.
    NamedMonth {
        /// The month, 1–12.
        month: u32,
        /// Whether its neighbours put it ahead of or behind the present.
        when: MonthWhen,
        /// The byte bounds of its sentence, read for a written year.
        sentence: (usize, usize),
    },
}

/// Where a month written by name lies from the present (`named_months`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MonthWhen {
    /// "vào tháng Bảy tới", "vàng giao tháng Tám": the next such month.
    Ahead,
    /// "hồi tháng Tư vừa qua": the latest such month.
    Behind,
    /// No word says: as a month written with a numeral ("hồi tháng 12").
    Near,
}

/// Finds the relative expressions of `text`, in text order.
pub(crate) fn find(text: &str, lex: &Lexicon) -> Vec<Found> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    for p in AM.find_iter(bytes) {
        if p == 0 || !matches!(bytes[p - 1], b'n' | b'N') {
            continue;
        }
        let start = p - 1;
        let end = p + "ăm".len();
        let word_start = text[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !is_alnum(c));
        if !word_start || starts_with_letter(&text[end..]) {
            continue;
        }
        if let Some(found) = relative_at(text, start, end, lex) {
            out.push(found);
        }
    }
    out
}

/// The words that open a span from the present to a date: "từ nay đến năm 2020".
const SINCE_NOW: [&str; 3] = ["từ nay đến ", "từ nay tới ", "từ nay cho đến "];

/// How many bytes before a date are read for [`SINCE_NOW`].
const SINCE_NOW_REACH: usize = 24;

/// Turns the written points of `found` (dates of `text`) that follow "từ nay đến" into spans
/// from the present to them ("từ nay đến năm 2020" → 2017/2020 in an article of 2017).
pub(crate) fn since_now(text: &str, found: &mut [Found]) {
    for f in found.iter_mut() {
        let Meaning::Point(p) = f.meaning else {
            continue;
        };
        if p.year().is_none() {
            continue;
        }
        let mut from = f.start.saturating_sub(SINCE_NOW_REACH);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let found = with_lower(&text[from..f.start], |before| {
            SINCE_NOW.iter().find(|w| before.ends_with(*w))
        });
        if let Some(words) = found {
            // Lower-casing keeps these words' lengths ("Từ" and "từ" are both 4 bytes).
            f.start -= words.len();
            f.meaning = Meaning::Relative(Relative::SinceNow(p));
        }
    }
}

/// A relative day or weekday found: byte span and meaning.
type Candidate = (usize, usize, Relative);

/// Relative days and weekdays: "Hôm qua", "Sáng nay", "chiều mai", "ngày hôm qua", "Hôm thứ
/// Tư", "ngày thứ Năm", "vào Chủ nhật". `lower` is `text` lower-cased with the same offsets.
///
/// Left out: vague or counted uses ("mấy hôm nay", "những ngày mai sau"), a day followed by
/// its date (the date is the mention: "Sáng nay (17/7)"), a weekday of another week ("thứ Năm
/// tuần trước", "thứ Hai tới"), and "thứ năm" in lower case (also the ordinal "fifth").
pub(crate) fn find_days(
    text: &str,
    lower: &str,
    lex: &Lexicon,
    days: impl IntoIterator<Item = (usize, usize, usize)>,
    weekdays: impl IntoIterator<Item = (usize, usize)>,
) -> Vec<Found> {
    // Candidates by literal search for the rarer second words (" nay", " qua", "thứ ",
    // "chủ nhật"), then the word before them is checked: cheaper than matching every head.
    let mut candidates = day_candidates(lower, lex, days);
    candidates.extend(weekday_candidates(text, lower, lex, weekdays));
    candidates.sort_by_key(|c| c.0);
    let mut out: Vec<Found> = Vec::new();
    for (start, end, relative) in candidates {
        let bounded = text[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !is_alnum(c))
            && !starts_with_letter(&text[end..]);
        if !bounded || out.last().is_some_and(|f| start < f.end) {
            continue;
        }
        let after = &text[end..];
        // A day followed by its date: the date is the mention ("Sáng nay (17/7)"); one with
        // a day and month after a comma is that date ("giá vàng hôm nay, 7.2 sẽ có thể hồi
        // phục", general-10k baomoi-21480058, written the day before: no present to count
        // from; "họp hôm qua, ngày 3/6"), not a count ("khoảng 19h tối qua, 3 người").
        let dated = after.starts_with(" (")
            || after
                .strip_prefix(' ')
                .unwrap_or(after)
                .starts_with(|c: char| c.is_ascii_digit())
            || after
                .strip_prefix(", ngày ")
                .or_else(|| after.strip_prefix(", "))
                .is_some_and(starts_with_day_month);
        // Figurative: "không ngờ mình sẽ đạt vị trí như ngày hôm nay" (as things are now),
        // "có thể là hôm nay, có thể là ngày mai", "Hôm nay hay ngày mai người ta chưa chấp
        // nhận mình" (general-10k baomoi-22541236, baomoi-21487601): no day. "như" only
        // before "hôm nay", "ngày hôm nay": "náo nhiệt như đêm nay" is tonight.
        let head = text[start..end].split(' ').next().unwrap_or_default();
        let figurative = letter_word_before(text, start).is_some_and(|(_, w)| {
            lower_in(w, &FIGURATIVE_BEFORE)
                || (eq_lower(w, "như") && lower_in(head, &["hôm", "ngày"]))
        }) || after
            .strip_prefix(' ')
            .and_then(|a| a.split(' ').next())
            .is_some_and(|w| lower_in(w, &FIGURATIVE_AFTER));
        // "mấy hôm nay", "những ngày mai": vague.
        let counted =
            letter_word_before(text, start).is_some_and(|(_, w)| lex.is(Kind::Quantifier, w));
        if dated || counted || figurative {
            // "sáng nay, 25/3": the date after the comma has no head word of its own, so it
            // is read here, its span over the relative day.
            let dated_after_comma = after.strip_prefix(", ").and_then(day_month);
            if let Some((date_end, point)) = dated_after_comma.filter(|_| dated) {
                out.push(Found {
                    start,
                    end: end + 2 + date_end,
                    meaning: Meaning::Point(point),
                    time_of_day: crate::record::TimeOfDay::from_word(head),
                });
            }
            continue;
        }
        out.push(Found {
            start,
            end,
            meaning: Meaning::Relative(relative),
            time_of_day: crate::record::TimeOfDay::from_word(head),
        });
    }
    out
}

/// Words before a relative day that make it figurative ("có thể là hôm nay"; "hay ngày
/// mai"); "như" does before "hôm nay" ("như ngày hôm nay": as things are now).
const FIGURATIVE_BEFORE: [&str; 3] = ["là", "hay", "hoặc"];

/// Words after a relative day that make it figurative ("Hôm nay hay ngày mai").
const FIGURATIVE_AFTER: [&str; 2] = ["hay", "hoặc"];

/// Relative days in `lower`: a [`Kind::RelativeDayHead`] and a day word of
/// `rules/date_offsets.tsv` ("hôm qua", "sáng nay", "ngày hôm qua"). `days` are where
/// `lower` has a day word of [`OFFSETS`] after its space (" qua"), in text order: its row, the
/// byte of its space and its end (the candidate pass's [`super::KeywordSet::DayWords`]; a
/// `format!` and a searcher per word and article before stop 17, a `memmem` search per word
/// before stop 21, an automaton's search before stop 28).
fn day_candidates(
    lower: &str,
    lex: &Lexicon,
    days: impl IntoIterator<Item = (usize, usize, usize)>,
) -> Vec<Candidate> {
    // (day word's row, candidate), in text order.
    let mut candidates: Vec<(usize, Candidate)> = Vec::new();
    for (row, p, end) in days {
        let Some((word, offset)) = OFFSETS.days.get(row) else {
            continue;
        };
        let Some((mut head_start, mut head)) = letter_word_before(lower, p + 1) else {
            continue;
        };
        // "sáng sớm nay" (early this morning: "vào sáng sớm nay (theo giờ Hà Nội)",
        // general-10k baomoi-22451415; 16 in corpus-real, none read before stop 24).
        if head == "sớm" {
            if let Some((s0, w @ "sáng")) = letter_word_before(lower, head_start) {
                (head_start, head) = (s0, w);
            }
        }
        if !lex.is(Kind::RelativeDayHead, head) {
            continue;
        }
        let mut start = head_start;
        // "ngày hôm qua", "ngày hôm nay".
        if head == "hôm" {
            if let Some((s0, "ngày")) = letter_word_before(lower, head_start) {
                start = s0;
            }
        } else if head == "ngày" && matches!(word.as_str(), "kia" | "qua" | "nay") {
            // "ngày kia" is the day after tomorrow, "ngày qua"/"ngày nay" no day.
            continue;
        }
        candidates.push((row, (start, end, Relative::Day(*offset))));
    }
    // The order of the per-word searches (word by word, each in text order): the caller's
    // stable sort by start keeps it among candidates of one start.
    candidates.sort_by_key(|(row, _)| *row);
    candidates.into_iter().map(|(_, c)| c).collect()
}

/// The words [`weekday_candidates`] starts from, in their order: "thứ " ("thứ Hai" … "thứ
/// Bảy" by their first word), then the weekdays of one word ("chủ nhật") with their day. The
/// candidate pass's [`super::KeywordSet::Weekdays`] (a searcher each, built once, before stop
/// 28; per article before stop 21).
pub(super) static WEEKDAY_WORDS: LazyLock<Vec<(String, Option<u8>)>> = LazyLock::new(|| {
    let mut words = vec![("thứ ".to_string(), None)];
    words.extend(
        OFFSETS
            .weekdays
            .iter()
            .filter(|(name, _)| !name.starts_with("thứ "))
            .map(|(name, day)| (name.clone(), Some(*day))),
    );
    words
});

/// The searcher for "ăm" of [`find`] ("năm"), built once.
static AM: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new("ăm"));

/// Weekdays of this week in `text` (`lower` its lower-case copy): a weekday of
/// `rules/date_offsets.tsv` after a [`Kind::RelativeDayHead`] or "vào", not followed by a
/// [`Kind::OtherWeek`] word. `weekdays` are where `lower` has a word of [`WEEKDAY_WORDS`]:
/// its row and start, row after row, each row's places in text order and not overlapping
/// (what `memmem::find_iter` of the word finds).
fn weekday_candidates(
    text: &str,
    lower: &str,
    lex: &Lexicon,
    weekdays: impl IntoIterator<Item = (usize, usize)>,
) -> Vec<Candidate> {
    let mut candidates = Vec::new();
    for (row, p) in weekdays {
        let Some((word, weekday)) = WEEKDAY_WORDS.get(row) else {
            continue;
        };
        let (day, end) = match *weekday {
            Some(day) => (day, p + word.len()),
            None => {
                let Some((day, end)) = numbered_weekday(text, lower, p) else {
                    continue;
                };
                (day, end)
            }
        };
        let Some((head_start, head)) = letter_word_before(lower, p) else {
            continue;
        };
        let start = match head {
            "vào" => p,
            h if lex.is(Kind::RelativeDayHead, h) => head_start,
            _ => continue,
        };
        if !of_other_week(&text[end..], lex) {
            candidates.push((start, end, Relative::Weekday(day)));
        }
    }
    candidates
}

/// The weekday "thứ X" whose "thứ " starts at byte `p` of `lower`: its number and end. The
/// day word must be capitalized in `text`: "thứ năm" is also "fifth".
fn numbered_weekday(text: &str, lower: &str, p: usize) -> Option<(u8, usize)> {
    let after_thu = p + "thứ ".len();
    let rest = &lower[after_thu..];
    let (day, len) = OFFSETS.weekdays.iter().find_map(|(name, day)| {
        let word = name.strip_prefix("thứ ")?;
        leads(rest, word).map(|n| (*day, n))
    })?;
    let capitalized = text[after_thu..]
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    capitalized.then_some((day, after_thu + len))
}

/// Whether `after` (the text after a weekday) starts with a lower-case [`Kind::OtherWeek`]
/// word: "tuần trước", "tới".
fn of_other_week(after: &str, lex: &Lexicon) -> bool {
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let len: usize = rest
        .chars()
        .take_while(|c| is_alnum(*c))
        .map(char::len_utf8)
        .sum();
    let word = &rest[..len];
    !word.chars().any(char::is_uppercase) && lex.is(Kind::OtherWeek, word)
}

fn starts_with_letter(s: &str) -> bool {
    s.chars().next().is_some_and(is_alnum)
}

/// `rest` starts with `word` as a whole word.
fn leads(rest: &str, word: &str) -> Option<usize> {
    let tail = rest.strip_prefix(word)?;
    (!starts_with_letter(tail)).then_some(word.len())
}

/// The relative expression around the "năm" at `start..end`.
fn relative_at(text: &str, start: usize, end: usize, lex: &Lexicon) -> Option<Found> {
    let after = &text[end..];
    let before = letter_word_before(text, start);
    let counted = before.is_some_and(|(_, w)| lex.is(Kind::Quantifier, w))
        || text[..start]
            .strip_suffix(' ')
            .is_some_and(|t| t.ends_with(|c: char| c.is_ascii_digit()));
    let trong = before.filter(|(_, w)| eq_lower(w, "trong"));
    let found = |s: usize, e: usize, r: Relative| Found {
        start: s,
        end: e,
        meaning: Meaning::Relative(r),
        time_of_day: None,
    };
    // "năm qua" alone only as "trong năm qua" or "Năm qua," opening a sentence: "gần năm
    // qua", "suốt năm qua" are durations.
    let bare_past =
        leads(after, " qua").filter(|_| trong.is_some() || text[start..].starts_with('N'));
    if let Some(n) = leads(after, " vừa qua").or(bare_past) {
        let s = trong.map_or(start, |(s, _)| s);
        return (!counted).then(|| found(s, end + n, Relative::LastYear));
    }
    if let Some(n) = leads(after, " tới nay").or_else(|| leads(after, " đến nay")) {
        let (s_dau, w_dau) = before?;
        if !eq_lower(w_dau, "đầu") {
            return None;
        }
        let (s_tu, w_tu) = letter_word_before(text, s_dau)?;
        if !eq_lower(w_tu, "từ") {
            return None;
        }
        return Some(found(s_tu, end + n, Relative::YearToDate));
    }
    if let Some(n) = leads(after, " nay") {
        return (!counted).then(|| found(start, end + n, Relative::ThisYear));
    }
    if let Some(n) = leads(after, " trước").or_else(|| leads(after, " ngoái")) {
        return (!counted).then(|| found(start, end + n, Relative::PreviousYear));
    }
    let (s, _) = trong?;
    after
        .starts_with([',', '.', ';', ':'])
        .then(|| found(s, end, Relative::InYear))
}

/// The day and month (and a four-digit year) `s` starts with ("7.2", "25/3", "3-6-2017"):
/// where they end and the point; `None` unless a date stands alone there (not "7.2%").
fn day_month(s: &str) -> Option<(usize, Point)> {
    let b = s.as_bytes();
    let number = |from: usize| {
        let n = b[from.min(b.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        let value: u32 = s.get(from..from + n)?.parse().ok()?;
        Some((n, value))
    };
    let (n_day, day) = number(0).filter(|(n, _)| (1..=2).contains(n))?;
    let sep = *b.get(n_day)?;
    if !matches!(sep, b'/' | b'.' | b'-') {
        return None;
    }
    let (n_month, month) = number(n_day + 1).filter(|(n, _)| (1..=2).contains(n))?;
    let mut end = n_day + 1 + n_month;
    let mut year = None;
    if b.get(end) == Some(&sep) {
        let (n_year, y) = number(end + 1).filter(|(n, _)| *n == 4)?;
        year = Some(i32::try_from(y).ok()?);
        end += 1 + n_year;
    }
    let alone = s[end..]
        .chars()
        .next()
        .is_none_or(|c| !is_alnum(c) && c != '%')
        && !(s[end..].starts_with(['.', ',', '/', '-'])
            && s.as_bytes().get(end + 1).is_some_and(u8::is_ascii_digit));
    let valid = (1..=12).contains(&month) && (1..=31).contains(&day);
    (alone && valid).then_some((end, Point::Day { year, month, day }))
}

/// Whether `s` starts with a day and month: digits, then '/', '.' or '-', then a digit
/// ("7.2", "3/6").
fn starts_with_day_month(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    (1..=2).contains(&digits)
        && matches!(b.get(digits), Some(b'/' | b'.' | b'-'))
        && b.get(digits + 1).is_some_and(u8::is_ascii_digit)
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::LEXICON;
    use super::*;
    use crate::extract::dates::spaced;

    /// The relative days of `text`, the day and weekday words found as the tests' reference
    /// scans find them.
    fn days_in(text: &str) -> Vec<Found> {
        let lower = text.to_lowercase();
        find_days(
            text,
            &lower,
            &LEXICON,
            spaced::day_words(&lower),
            spaced::weekday_words(&lower),
        )
    }

    fn surfaces(text: &str) -> Vec<(&str, Relative)> {
        find(text, &LEXICON)
            .into_iter()
            .filter_map(|f| match f.meaning {
                Meaning::Relative(r) => Some((&text[f.start..f.end], r)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn early_this_morning_is_this_morning() {
        // general-10k baomoi-22259439: the lead's "sáng sớm nay" is the body's 13 May.
        let text = "Khởi tố, bắt khẩn cấp 2 người phụ nữ tạt dầu luyn\n\nCông an đã bắt được \
                    đối tượng Dung, còn đối tượng Hoa sau khi vận động, sáng sớm nay, đã ra \
                    công an đầu thú\nNgày 11/5 tại chợ Lương Văn Can xảy ra vụ hắt chất thải. \
                    Sáng nay (13/5), UBND quận Ngô Quyền đã có báo cáo.";
        let got = super::super::text_values(text);
        assert_eq!(
            got.first(),
            Some(&("sáng sớm nay".to_string(), "--05-13".to_string())),
            "{got:?}"
        );
    }

    #[test]
    fn relative_expressions_of_the_seeds() {
        // 001, 004, 002.
        let text = "vượt 75% chỉ tiêu giao. Trong năm, LĐLĐ quận đã thành lập được 24 CĐCS";
        assert_eq!(surfaces(text), [("Trong năm", Relative::InYear)]);
        let text = "trong năm 2023. Năm vừa qua, Công đoàn tỉnh đã đạt được nhiều kết quả";
        assert_eq!(surfaces(text), [("Năm vừa qua", Relative::LastYear)]);
        let text = "LĐLĐ huyện Mỹ Đức. Từ đầu năm tới nay, dưới sự lãnh đạo";
        assert_eq!(
            surfaces(text),
            [("Từ đầu năm tới nay", Relative::YearToDate)]
        );
        let text = "So với năm trước, điểm sàn năm nay có xu hướng giảm nhẹ";
        assert_eq!(
            surfaces(text),
            [
                ("năm trước", Relative::PreviousYear),
                ("năm nay", Relative::ThisYear)
            ]
        );
    }

    #[test]
    fn a_date_after_a_relative_day_and_a_comma_is_read() {
        // general-10k.
        let text = "Sáng nay, 22/6, TAND TP.HCM đưa hoa hậu Trương Hồ Phương Nga ra xét xử";
        let days = days_in(text);
        assert_eq!(days.len(), 1);
        assert_eq!(&text[days[0].start..days[0].end], "Sáng nay, 22/6");
        let day = Point::Day {
            year: None,
            month: 6,
            day: 22,
        };
        assert_eq!(days[0].meaning, Meaning::Point(day));
        // A count after the comma is no date ("khoảng 19h tối qua, 3 người").
        let text = "khoảng 19h tối qua, 3 người bị thương";
        let days = days_in(text);
        assert!(days
            .iter()
            .all(|f| matches!(f.meaning, Meaning::Relative(_))));
    }

    #[test]
    fn vague_expressions_are_not_dates() {
        // 004: "so với những năm trước", "mỗi năm LĐLĐ tỉnh"; 002: "thời gian tới".
        assert!(surfaces("có điểm nhấn nổi bật so với những năm trước: Giải bóng đá").is_empty());
        assert!(surfaces("và mỗi năm LĐLĐ tỉnh lại có sự đổi mới").is_empty());
        assert!(surfaces("Về nhiệm vụ trong thời gian tới, Phó Chủ tịch").is_empty());
        assert!(surfaces("đã 3 năm nay và nhiều năm trước").is_empty());
        assert!(surfaces("trong năm học mới").is_empty());
        // corpus-html dantri-2, giadinh-1: counted years ago.
        assert!(surfaces("chuyện trao nhầm con 42 năm trước ở Hà Nội").is_empty());
        assert!(surfaces("kể chuyện mấy chục năm trước có hai cô").is_empty());
        // ../shared/corpus-real labour.jsonl baomoi-22257539: thousands of years, not this year.
        assert!(surfaces(
            "Dù thích hay không thì đó cũng là thế giới chúng ta đã sống hàng ngàn năm nay."
        )
        .is_empty());
    }
}
