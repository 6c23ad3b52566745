//! The article's own year when it has no publication date: the year its news is in.
//!
//! # The rule
//! A news article reports on its present, and the latest year it writes as a time reference
//! (a year, a month, a period) is that present (42 of the 44 real gold articles have no publication date; their
//! annotators took the year of "sáng 10.6" from "năm 2017" and "11.6.2017" in the same
//! article). Left out, because they name no present:
//! - birth years ("SN 1957", "sinh năm 1967", "sinh ngày 06/10/1958");
//! - targets, deadlines and starting points: a year after "đến", "tới", "hết", "vào", "từ"
//!   or a plan word ("đến năm 2020", "kể từ năm 2001", "mục tiêu năm 2025");
//! - the date of a document ("Nghị định 167/2013/NĐ-CP ngày 12/11/2013");
//! - relative expressions and decades (they are resolved from the present, not the other way).
//!
//! A range tells its end when it spans at most a year (a school year "năm học 2016-2017"),
//! else its start (a term "nhiệm kỳ 2017-2019" is written when it begins).
//!
//! A year compared with ("tăng 34,9% so với năm 2016"), its end or its same period ("so
//! với cuối năm 2016", "so với cùng kỳ năm 2016", "so với tháng 12/2016") is a year before
//! the present: it says the present is at least the year after it. The article's own
//! arithmetic gives the present too: an anniversary of an observance of known founding year
//! ("kỷ niệm 70 năm Ngày Thương binh - Liệt sĩ" → 1947 + 70) and a membership badge with
//! its joining year (`anniversary`).
//!
//! A month after "từ" (since) or "hồi" (back in) is a starting point or the past ("khởi
//! công từ tháng 5/2016", "bị hủy hồi tháng 4-2016"), and so is a year after "hồi" ("hồi
//! năm 2004"), not the present. The story's own
//! calendar bounds the present from below: a day written with its year (not a target: "vào
//! ngày 20/2/2017" may be to come) and a year the news runs from ("từ năm 2013 cho đến
//! nay"). When the latest year written is before that bound, it is history ("Năm 2008,
//! Cảng cá Cửa Tùng …" before "từ năm 2013 cho đến nay"; "Tháng 5/2015" before "tối
//! 11/1/2016"), and the present is not known.

use std::sync::LazyLock;

use memchr::memmem;

use super::cues::SharedCues;
use super::words::letter_word_before;
use super::{Found, Meaning, Point};
use crate::extract::caseless::{eq_lower, eq_lower_pair, lower_in, starts_with_lower};

/// Words before a year (or its head word) that make it a birth year: "SN 1957", "sinh năm
/// 1967", "sinh ngày 06/10/1958".
const BIRTH_WORDS: [&str; 3] = ["sn", "sinh", "năm sinh"];

/// Words before a year (or its head word) that make it a target, a deadline or a starting
/// point ("đến năm 2020", "tới năm 2025", "hết năm 2030", "vào năm 2020", "từ năm 2022 trở
/// đi", "kể từ năm 2001"): none of them says the article is in that year. Leaving one out
/// only leaves a year uninferred.
const TARGET_WORDS: [&str; 5] = ["đến", "tới", "hết", "vào", "từ"];

/// Words before a year that put the present on the other side of it: "trước năm 2020"
/// (before 2020) is a deadline still to come or, for history, "trước 1975" (before 1975) a
/// time long past; either way the year named is not the year the news is in. Only a whole
/// year ("năm 2020", "1975"): before a part of a year the present may be in that year
/// ("trước giữa năm 2017", general-10k baomoi-22274759, an article of May 2017). Not "sau"
/// (after): "Sau năm 2017, tất cả những thủ tục dịch vụ hành chính … phải thông qua Chính
/// phủ điện tử" is said in 2017 (general-10k baomoi-21494961: 6 days of 2017 made
/// unknown when "sau" was read like "trước"). In ../shared/corpus-real
/// the undated articles whose present such a year gave took 2020 for days of 2017 ("trước
/// năm 2020" beside "trong năm 2017", general-10k baomoi-21491470) and 1975 for a show of
/// 2017 ("Sài Gòn xưa trước 1975", baomoi-22647395).
const BEFORE_WORDS: [&str; 1] = ["trước"];

/// Words before a day written with its year that make it a target or a starting point, so
/// that it does not bound the present from below ("đến ngày 31/12/2018"). Not "vào" (on):
/// "3 thuyền viên trên đã trở về nước vào chiều ngày 25.10.2016" dates the story's past
/// (real7-dev baomoi-21510848); in ../shared/corpus-real the days after "vào" changed the
/// present of 10 undated articles, all from a wrong year (2012, 1885, 1977, 1957 …) to none
/// or the right one; a day to come ("sẽ tiến tới vị trí này vào ngày 7/1/2018") only makes
/// the present unknown.
const DAY_TARGET_WORDS: [&str; 4] = ["đến", "tới", "hết", "từ"];

/// Two words before a year (or its head word) that make it a plan or a target: "mục tiêu
/// năm 2020", "kế hoạch năm 2025", "tầm nhìn 2030", "dự kiến năm 2025", "phấn đấu năm 2020".
const PLAN_WORDS: [&str; 5] = ["mục tiêu", "kế hoạch", "tầm nhìn", "dự kiến", "phấn đấu"];

/// Words before a month that make it a starting point or the past, not the present: "khởi
/// công từ tháng 5/2016", "án sơ thẩm lần một bị hủy hồi tháng 4-2016".
const MONTH_NOT_PRESENT: [&str; 2] = ["từ", "hồi"];

/// What follows a year after "từ" when the news runs from it to the present: "từ năm 2013
/// cho đến nay".
const UNTIL_NOW: [&str; 5] = [
    "cho đến nay",
    "cho tới nay",
    "đến nay",
    "tới nay",
    "đến hiện nay",
];

/// The comparison cue, in both cases of its first letter.
const COMPARED_WITH: [&str; 2] = ["so với ", "So với "];

/// The two cases of the comparison cue, found in one pass at their shared "o với "
/// ([`SharedCues`]).
static COMPARED_CUES: LazyLock<SharedCues> =
    LazyLock::new(|| SharedCues::new("o với ", &COMPARED_WITH));

/// What follows "so với" before a year that is past: "so với năm 2016", "so với cuối năm
/// 2016", "so với cùng kỳ năm 2016", "so với tháng 12/2016" — a year, its end, its same
/// period, its last month or day are compared with from a later year. Counted in the
/// articles of ../shared/corpus-real without a publication date: "năm " 179, "cùng kỳ năm
/// " 72, "cuối năm " 29, "cùng kỳ " 11, "thực hiện năm " 6 (the figures carried out), the
/// others 1–2 each. Not "đầu năm" (the start of the present year: "so với đầu năm 2017").
const COMPARED_BASES: [&str; 14] = [
    "năm ",
    "cuối năm ",
    "thời điểm cuối năm ",
    "cùng kỳ năm ",
    "cùng kì năm ",
    "cùng kỳ ",
    "cùng kì ",
    "thực hiện năm ",
    "cùng tháng năm ",
    "tháng 12/",
    "tháng 12-",
    "tháng 12 năm ",
    "ngày 31/12/",
    "thời điểm 31/12/",
];

/// How many comparisons are read: the first few are enough, and the cap keeps the scan
/// short on odd input.
const COMPARISONS_MAX: usize = 16;

/// The article's present year: the latest year written as a time reference in `found`
/// (dates of `text`, in text order), or the year after a year compared with, whichever is
/// later; `None` when the article writes no such year. `present` says for each date of
/// `found` whether it [`names_the_present`] (read once by the caller: it was read twice
/// more here).
pub(super) fn article_year(
    text: &str,
    lower: &str,
    found: &[Found],
    present: &[bool],
) -> Option<i32> {
    let written = found
        .iter()
        .zip(present)
        .filter(|&(_, &p)| p)
        .map(|(f, _)| f)
        .filter_map(|f| match f.meaning {
            // A day written with its year is of another year than the news: the year of
            // this year's days goes unwritten ("Ngày 7/6"), so a full date ("ngày
            // 27/9/2011", "giấy bán xe lập ngày 4-4-2013") names the past.
            Meaning::Point(Point::Day { .. }) => None,
            Meaning::Point(Point::Month { .. }) if word_before_is(text, f, &MONTH_NOT_PRESENT) => {
                None
            }
            // "tăng từ mức 34% hồi năm 2004": back in that year, history.
            Meaning::Point(Point::Year(_)) if word_before_is(text, f, &["hồi"]) => None,
            Meaning::Point(p) => p.year(),
            // A school year is read apart (`school_years_start`).
            Meaning::Range(..) if school_year(text, f) => None,
            Meaning::Range(a, b) => range_present(a, b),
            Meaning::Relative(_) => None,
        })
        .max()
        .filter(|_| !last_years_year(text, found, present));
    // A school year ("năm học 2017-2018", "niên khóa 2016 - 2017") is the current one or, in
    // the admissions of the summer, the next, so it names no present alone (real-dev
    // baomoi-21494854: "Trong năm học 2015 - 2016" beside "ngày 20.10" and "8.3", gold
    // `--10-20` and `--03-08`); beside another year it says the present is at least its start
    // ("Năm 2016, gần 70.000 học sinh … thi" and "năm học 2017-2018": 2017). An emulation year
    // "năm 2016-2017" is no school year (real-dev baomoi-22558989, gold 2017-06-18).
    let written = written.map(|w| w.max(school_years_start(text, found, present).unwrap_or(w)));
    let compared = COMPARED_CUES
        .find(text, COMPARISONS_MAX)
        .into_iter()
        .filter_map(|(i, p)| Some(p + COMPARED_WITH.get(i)?.len()))
        .filter_map(|after| {
            let rest = text.get(after..)?;
            let base = COMPARED_BASES.iter().find(|b| rest.starts_with(*b))?;
            compared_year(text, after + base.len())
        })
        .map(|y| y + 1)
        .max();
    let last_year = last_year_dated(text, found).map(|y| y + 1);
    let computed = super::anniversary::year_by_arithmetic(lower, found);
    let present_year = written.max(compared).max(last_year).max(computed);
    match (present_year, present_at_least(text, found, present)) {
        (Some(p), Some(bound)) if p < bound => None,
        _ => present_year,
    }
}

/// The year the article's present is at least, from its own calendar: the latest day it
/// writes with its year (not a target: "vào ngày 20/2/2017" may be to come), a month or
/// year it starts from or looks back to ("từ tháng 4/2017", "hồi tháng 4-2016", "hồi năm
/// 2004") and a year it runs from to now ("từ năm 2013 cho đến nay").
fn present_at_least(text: &str, found: &[Found], present: &[bool]) -> Option<i32> {
    found
        .iter()
        .zip(present)
        .filter_map(|(f, &names_present)| match f.meaning {
            Meaning::Point(Point::Day { year, .. })
                if names_present && !word_before_is(text, f, &DAY_TARGET_WORDS) =>
            {
                year
            }
            // "chỉ mới ký hợp đồng từ tháng 4/2017": the news is after the month it starts.
            Meaning::Point(Point::Month { year, .. })
                if word_before_is(text, f, &MONTH_NOT_PRESENT) =>
            {
                year
            }
            Meaning::Point(Point::Year(y)) if word_before_is(text, f, &["hồi"]) => Some(y),
            Meaning::Point(Point::Year(y)) if word_before_is(text, f, &["từ"]) => {
                let after = text[f.end..].trim_start();
                UNTIL_NOW
                    .iter()
                    .any(|w| starts_with_lower(after, w))
                    .then_some(y)
            }
            _ => None,
        })
        .max()
}

/// The most times the one year of [`last_years_year`] may be written.
const LAST_YEARS_MENTIONS: usize = 2;

/// Whether the article speaks of last year ("năm ngoái", not "năm nay") and writes one year
/// as a time reference, once or twice, each time under its head word ("năm 2016", "tháng
/// 12/2016"): that year is last year's or older news, not the present (the news year's days
/// go unwritten). In the articles of ../shared/corpus-real without a publication date, that
/// year was the present in 3 of 53 (against 2017 for the baomoi articles, the publication
/// year for the Dân Trí ones with the date hidden): "ông Duterte nói vào tháng 12/2016"
/// before "năm ngoái" in an article of 2017 (general-10k baomoi-22507518).
fn last_years_year(text: &str, found: &[Found], present: &[bool]) -> bool {
    let relative_says = |word: &str| {
        found.iter().any(|f| {
            matches!(f.meaning, Meaning::Relative(_))
                && text.get(f.start..f.end).is_some_and(|s| s.contains(word))
        })
    };
    if !relative_says("ngoái") || relative_says("ăm nay") {
        return false;
    }
    let mut years = found
        .iter()
        .zip(present)
        .filter(|&(f, &p)| p && !matches!(f.meaning, Meaning::Point(Point::Day { .. })))
        .map(|(f, _)| f);
    let mut one_year = None;
    let mut mentions = 0;
    years.all(|f| {
        let headed = text.get(f.start..f.end).is_some_and(|s| {
            ["năm ", "Năm ", "tháng ", "Tháng "]
                .iter()
                .any(|h| s.starts_with(h))
        });
        let year = match f.meaning {
            Meaning::Point(p @ (Point::Year(_) | Point::Month { .. })) if headed => p.year(),
            Meaning::Relative(_) => return true,
            _ => None,
        };
        mentions += 1;
        let same = year.is_some() && one_year.is_none_or(|y| Some(y) == year);
        one_year = year;
        same && mentions <= LAST_YEARS_MENTIONS
    }) && mentions > 0
}

/// Whether the word just before the date `f` (or its head word) is one of `words`.
fn word_before_is(text: &str, f: &Found, words: &[&str]) -> bool {
    letter_word_before(text, f.start).is_some_and(|(_, w)| lower_in(w, words))
}

/// "Năm ngoái" (last year) with its own date right after it: "Cũng khoảng thời gian này năm
/// ngoái, ngày 9/6/2016, cá hồ Hoàng Cầu đã chết trắng" (labour.jsonl baomoi-22488405).
const LAST_YEAR: [&str; 2] = ["năm ngoái", "Năm ngoái"];

/// How many bytes may stand between "năm ngoái" and the date that says which year it was
/// (", " or " (").
const LAST_YEAR_GAP: usize = 12;

/// The year of the date written right after "năm ngoái" (the article's present is the year
/// after it); the latest of the first few such dates.
fn last_year_dated(text: &str, found: &[Found]) -> Option<i32> {
    LAST_YEAR
        .iter()
        .flat_map(|cue| {
            memmem::find_iter(text.as_bytes(), cue.as_bytes())
                .take(COMPARISONS_MAX)
                .map(|p| p + cue.len())
        })
        .filter_map(|after| {
            let i = found.partition_point(|f| f.start < after);
            let f = found.get(i)?;
            let gap = text.get(after..f.start)?;
            // An apposition: "năm ngoái, ngày 9/6/2016", "năm ngoái (năm 2016)"; not the
            // next date of a list ("cuối năm ngoái và đầu năm 2017", general-10k).
            let plain = gap.len() <= LAST_YEAR_GAP && matches!(gap.trim(), "," | "(");
            match f.meaning {
                Meaning::Point(p) if plain => p.year(),
                _ => None,
            }
        })
        .max()
}

/// The latest start of a school year of `found` that can name the present.
fn school_years_start(text: &str, found: &[Found], present: &[bool]) -> Option<i32> {
    found
        .iter()
        .zip(present)
        .filter(|&(f, &p)| p && school_year(text, f))
        .filter_map(|(f, _)| match f.meaning {
            Meaning::Range(a, _) => a.year(),
            _ => None,
        })
        .max()
}

/// The head words of a school year.
const SCHOOL_YEAR_HEADS: [&str; 2] = ["năm học", "niên khóa"];

/// Whether the date `f` is a school year: its surface starts with a head of
/// [`SCHOOL_YEAR_HEADS`] ("năm học 2017-2018"), or that head stands right before it.
fn school_year(text: &str, f: &Found) -> bool {
    let surface = text.get(f.start..f.end).unwrap_or("");
    let before = text.get(..f.start).unwrap_or("").trim_end();
    SCHOOL_YEAR_HEADS.iter().any(|h| {
        starts_with_lower(surface, h)
            || before
                .len()
                .checked_sub(h.len())
                .and_then(|at| before.get(at..))
                .is_some_and(|tail| starts_with_lower(tail, h))
    })
}

/// The present a range tells: its end when it spans at most a year ("năm học 2016-2017"
/// is current to its end), else its start (a term "nhiệm kỳ 2017-2019" is written at its
/// beginning; its end is to come).
fn range_present(a: Point, b: Point) -> Option<i32> {
    match (a.year(), b.year()) {
        (Some(ya), Some(yb)) if yb - ya <= 1 => Some(yb),
        (Some(ya), _) => Some(ya),
        (None, yb) => yb,
    }
}

/// The four-digit year at byte `at`, as a whole token.
fn compared_year(text: &str, at: usize) -> Option<i32> {
    let digits = text.as_bytes().get(at..at + 4)?;
    let whole = digits.iter().all(u8::is_ascii_digit)
        && !text
            .as_bytes()
            .get(at + 4)
            .is_some_and(|b| b.is_ascii_alphanumeric());
    if !whole {
        return None;
    }
    text.get(at..at + 4)?.parse().ok()
}

/// Whether the date `f` can tell the article's present: not a birth year, not a target
/// year, not a relative expression or a decade, not a year listed after another (stop 28:
/// "các năm 2013, 2014, 2015" told the present by its first year before the later ones were
/// read, and still does).
pub(super) fn names_the_present(text: &str, f: &Found) -> bool {
    if matches!(f.meaning, Meaning::Relative(_)) || super::listed_years::is_listed(text, f) {
        return false;
    }
    // The words are compared in any case without lower-cased copies (`caseless`).
    let Some((s1, w1)) = letter_word_before(text, f.start) else {
        return true;
    };
    let w0 = letter_word_before(text, s1).map(|(_, w0)| w0);
    // The two words before the date, "w0 w1", in `list`.
    let two_words_in =
        |list: &[&str]| w0.is_some_and(|w0| list.iter().any(|w| eq_lower_pair(w0, w1, w)));
    // The surface may start with its head word ("năm 2020", "ngày 06/10/1958"): the words
    // before it are read from the surface start; a bare year is read the same way.
    let surface_head = text.get(f.start..f.end).and_then(|s| s.split(' ').next());
    let birth = lower_in(w1, &BIRTH_WORDS)
        || two_words_in(&BIRTH_WORDS)
        || surface_head.is_some_and(|head| eq_lower(head, "sn"));
    let target = (lower_in(w1, &TARGET_WORDS) || two_words_in(&PLAN_WORDS))
        && !is_day_or_month(f)
        && !since_the_start_of(text, f, w1);
    let before_year = lower_in(w1, &BEFORE_WORDS)
        && matches!(f.meaning, Meaning::Point(Point::Year(_)))
        && surface_head.is_some_and(|head| {
            eq_lower(head, "năm") || head.bytes().next().is_some_and(|b| b.is_ascii_digit())
        });
    // "Nghị định 167/2013/NĐ-CP ngày 12/11/2013": the date of a document.
    let document = text[..s1]
        .trim_end()
        .rsplit(' ')
        .next()
        .is_some_and(|token| token.contains('/'));
    !birth && !target && !before_year && !document
}

/// Whether the date is the start of a year the news runs from to now, "Từ đầu năm 2017 đến
/// nay" (from the start of 2017 to now): not a starting point before the present but the
/// year the news is in (general-10k baomoi-22619677, baomoi-22386269). Without
/// "đến nay" it is history as often as not ("căng thẳng từ đầu năm 2014 sau khi …" in an
/// article of 2017, general-10k baomoi-22297691): 14 of 19 articles, left out.
fn since_the_start_of(text: &str, f: &Found, word_before: &str) -> bool {
    eq_lower(word_before, "từ")
        && text
            .get(f.start..f.end)
            .is_some_and(|s| starts_with_lower(s, "đầu năm "))
        && text.get(f.end..).is_some_and(|after| {
            let after = after.trim_start();
            UNTIL_NOW.iter().any(|w| starts_with_lower(after, w))
        })
}

/// Whether the date is a day or a month (a range end such as "đến 31.7.2024" is no target
/// year).
fn is_day_or_month(f: &Found) -> bool {
    matches!(
        f.meaning,
        Meaning::Point(Point::Day { .. } | Point::Month { .. })
    )
}

#[cfg(test)]
mod tests {
    use super::super::assemble::find_numeric;
    use super::super::lexicon::LEXICON;
    use super::*;

    fn year_of(text: &str) -> Option<i32> {
        let found = find_numeric(text, &LEXICON);
        let present: Vec<bool> = found.iter().map(|f| names_the_present(text, f)).collect();
        let lower = crate::extract::Document::from_text(text).lower;
        article_year(text, &lower, &found, &present)
    }

    #[test]
    fn the_latest_year_written_is_the_present() {
        // real-dev baomoi-22220121 (its sentences, shortened).
        let text = "Ngày 8/5, BHXH Việt Nam cho biết đến cuối năm 2016 số nợ là gần 10.000 tỷ \
                    đồng. Quý 1/2017, số nợ tăng.";
        assert_eq!(year_of(text), Some(2017));
    }

    #[test]
    fn birth_target_and_document_years_are_no_present() {
        // corpus-real labour.jsonl baomoi-21472439, baomoi-22527807, baomoi-22551749.
        assert_eq!(
            year_of("do tài xế Nguyễn Văn Vịnh (SN 1991, ở Thuận Thành, Bắc Ninh) điều khiển"),
            None
        );
        assert_eq!(
            year_of("phát triển du lịch trở thành ngành kinh tế mũi nhọn vào năm 2020"),
            None
        );
        assert_eq!(
            year_of("theo Nghị định 167/2013/NĐ-CP ngày 12/11/2013 của Chính phủ"),
            None
        );
    }

    #[test]
    fn the_only_year_of_an_article_of_last_year_is_no_present() {
        // ../shared/corpus-real general-10k baomoi-22507518 (an article of 2017).
        let text = "nhóm chiến binh Hồi giáo từng đối đầu với lực lượng chính phủ Philippines tại \
                    đây hồi năm ngoái. Khi đó, họ đưa ra đề nghị ngừng bắn. \"Chúng nói chúng sẽ \
                    tới Marawi và thiêu rụi nơi này\", ông Duterte nói vào tháng 12/2016.";
        let with_relatives = |text: &str| {
            let doc = crate::extract::Document::from_text(text);
            let found = super::super::with_relatives(find_numeric(text, &LEXICON), &doc);
            let present: Vec<bool> = found.iter().map(|f| names_the_present(text, f)).collect();
            article_year(text, &doc.lower, &found, &present)
        };
        assert_eq!(with_relatives(text), None);
        // With "năm nay" the year may be the present; without "năm ngoái" the rule is silent.
        let text = "Năm nay, nhóm từng đối đầu tại đây hồi năm ngoái. Ông nói vào tháng 12/2016.";
        assert_eq!(with_relatives(text), Some(2016));
        assert_eq!(
            with_relatives("Ông Duterte nói vào tháng 12/2016."),
            Some(2016)
        );
    }

    #[test]
    fn a_year_before_which_is_no_present() {
        // ../shared/corpus-real general-10k baomoi-21491470 (an article of February 2017):
        // the deadline is no present, the year of the work is.
        let text = "Giai đoạn 2 của dự án được thực hiện tại Việt Nam trong năm 2017 sau khi Quỹ \
                    nhận thấy Việt Nam là đất nước có nhiều dòng sông và dân cư ven biển ước đạt \
                    25 triệu người trước năm 2020.";
        assert_eq!(year_of(text), Some(2017));
        // general-10k baomoi-22647395: history, not the year of the show.
        let text = "Live show Bolero của ông hoàng nhạc Việt lấy cảm hứng chủ đạo về Sài Gòn xưa \
                    trước 1975";
        assert_eq!(year_of(text), None);
        // A part of a year may hold the present (general-10k baomoi-22274759).
        let text = "Indonesia đã yêu cầu Trung Quốc thực hiện lời hứa hoàn tất các cuộc đàm phán \
                    hiện tại về một bộ khung cho Bộ Quy tắc ứng xử trên Biển Đông (COC) trước \
                    giữa năm 2017.";
        assert_eq!(year_of(text), Some(2017));
        // "Sau năm 2017" (after 2017) is said in 2017 (general-10k baomoi-21494961).
        let text = "Thứ trưởng Hà Công Tuấn khẳng định, sau năm 2017, tất cả những thủ tục dịch \
                    vụ hành chính công cấp cho các tổ chức, cá nhân, doanh nghiệp của Bộ NN-PTNT \
                    phải được cấp thông qua Chính phủ điện tử.";
        assert_eq!(year_of(text), Some(2017));
    }

    #[test]
    fn a_school_year_names_no_present_alone() {
        // real-dev baomoi-21494854 (labour.jsonl, two of its sentences), gold `--10-20`.
        let text = "các CĐCS còn tổ chức gặp mặt, giao lưu, tặng quà cho nữ đoàn viên, NGNLĐ nhân \
                    dịp kỷ niệm ngày 20.10, 8.3… Trong năm học 2015 - 2016, các cấp CĐ đã tổ chức \
                    thăm hỏi 792 lượt đoàn viên với số tiền 152 triệu đồng.";
        assert_eq!(year_of(text), None);
        // general-10k baomoi-21493900: beside another year, the present is at least its start.
        let text =
            "Năm 2016, gần 70.000 học sinh lớp 9 ở TP HCM thi tuyển vào lớp 10. Ngày 8/2, Sở \
                    Giáo dục và Đào tạo TP HCM cho biết kỳ thi tuyển sinh lớp 10 năm học 2017-2018 \
                    cơ bản vẫn giữ nguyên quy chế như trước.";
        assert_eq!(year_of(text), Some(2017));
        // An emulation year is no school year (real-dev baomoi-22558989, gold 2017-06-18).
        let text = "gương “Người tốt, việc tốt” năm 2016-2017. Sáng 18-6, Liên đoàn Lao động \
                    (LĐLĐ) TP.HCM đã tổ chức hội nghị tuyên dương tập thể, cá nhân tiêu biểu";
        assert_eq!(year_of(text), Some(2017));
    }

    #[test]
    fn a_year_compared_with_is_before_the_present() {
        // real-dev baomoi-21488522 (issue 12: "năm nay" with no publication date).
        let text = "năm nay, nguồn doanh nghiệp tuyển lao động lớn, chỉ tiêu tuyển dụng năm nay \
                    tăng 34,9% so với năm 2016.";
        assert_eq!(year_of(text), Some(2017));
    }

    #[test]
    fn the_end_or_the_same_period_of_a_year_compared_with_is_past() {
        // labour.jsonl baomoi-22703144, baomoi-22517245 (stop 19).
        let text = "Hiện giá vàng cao hơn 6,1% (+70 USD/ounce) so với cuối năm 2016.";
        assert_eq!(year_of(text), Some(2017));
        let text =
            "ông Tống Hải Nam - Phó Cục trưởng Cục Quản lý lao động ngoài nước, Bộ LĐTBXH - \
                    cho biết, so với cùng kỳ năm 2016, xuất khẩu lao động đi Đài Loan (Trung \
                    Quốc) có giảm";
        assert_eq!(year_of(text), Some(2017));
        // The start of a year is not compared with from a later year.
        assert_eq!(year_of("tăng 5% so với đầu năm 2016"), Some(2016));
    }

    #[test]
    fn a_day_on_which_the_past_happened_bounds_the_present() {
        // real7-dev baomoi-21510848 (shortened): the span's start 2012 is no present once
        // the return "vào chiều ngày 25.10.2016" is dated later.
        let text = "Chiều 10.2, Bộ hỗ trợ 3 lao động bị hải tặc Somali bắt giữ từ tháng 3.2012 \
                    đến 10.2016. Trước đó, vào tháng 3.2012, tàu cá bị bắt giữ. 3 thuyền viên \
                    trên đã trở về nước vào chiều ngày 25.10.2016.";
        assert_eq!(year_of(text), None);
    }

    #[test]
    fn the_start_of_a_year_to_now_is_the_present() {
        // ../shared/corpus-real general-10k baomoi-22619677 (shortened).
        let text = "hiện đang là cao điểm mắc viêm não Nhật Bản. Tính từ đầu năm 2017 đến nay, \
                    khoa đã tiếp nhận 176 ca viêm não.";
        assert_eq!(year_of(text), Some(2017));
        // Without "đến nay" the start of a year is history as often as not (general-10k
        // baomoi-22297691, an article of 2017).
        let text = "Quan hệ giữa Nga và Ukraine vốn trở nên căng thẳng từ đầu năm 2014 sau khi \
                    các lực lượng thân phương Tây lật đổ Tổng thống.";
        assert_eq!(year_of(text), None);
    }
}
