//! The words before a numeral that make it a date (head words: "Ngày", "Chiều", "tháng",
//! "năm", "nhiệm kỳ", "Giáp Thìn"), the word after it that lets a date stand without one, and
//! the document names and numbers a numeral belongs to instead.

use super::lexicon::{Kind, Lexicon, OFFSETS};
use super::words::{from_before, letter_word_before};
use crate::extract::caseless::{eq_lower, lower_in};
use crate::extract::text::letters_ending_at;
use crate::normalize::chars::{is_alnum, is_alpha};
use crate::record::TimeOfDay;

/// How many words before a numeral are read for a document kind ("Thông tư liên tịch
/// 01/2017", "Nghị quyết số 02/2023").
const DOC_NUMBER_REACH: usize = 4;

/// How many words before a "năm YYYY" head are read for a legal document's name ("Bộ luật
/// Lao động năm 2019"), unless a [`Kind::WalkStop`] word ends the walk first.
const DOC_NAME_REACH: usize = 6;

/// What precedes a point: where its surface starts and what the head words say.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Head {
    /// Byte offset where the surface starts (the head word, or the token).
    pub start: usize,
    /// A head word makes the numeral a date ("Ngày", "Chiều", "tháng", "năm", "Giáp Thìn").
    pub named: bool,
    /// A term head ("nhiệm kỳ", "khóa", "giai đoạn") or a preposition: no "đầu"/"cuối"
    /// before it joins the surface.
    pub term: bool,
    /// "từ" before the head: start of "từ … đến …", when a range follows.
    pub from: Option<usize>,
    /// "Sáng nay (17/7)": the closing parenthesis belongs to the surface.
    pub paren: bool,
    /// A preposition of time without a head word ("từ 15/2", "trước 30/3"): the date then
    /// stands only with a [`Kind::DateFollower`] after it.
    pub prep: bool,
    /// The part of the day a head word names ("Chiều").
    pub time_of_day: Option<TimeOfDay>,
}

/// Head words of a day: "Ngày", "Chiều", "Chiều ngày", "Sáng nay (", "Sáng mai ("; else
/// the words that lead a day without a head word ("Sáng nay 27/6", "Chốt phiên 7/7",
/// "30/4 và 1/5"; `leads`).
pub(super) fn day_head(text: &str, tok_start: usize, lex: &Lexicon) -> Head {
    let mut head = plain_day_head(text, tok_start, lex);
    if head.named || head.paren {
        return head;
    }
    let named_before = |start: usize| plain_day_head(text, start, lex).named;
    if let Some(lead) = super::leads::lead(text, tok_start, lex, named_before) {
        head.start = lead.start;
        head.named = true;
        head.prep = false;
        head.time_of_day = lead.time_of_day;
        head.from = from_before(text, head.start);
    }
    head
}

/// The head words of [`day_head`] without the leads.
fn plain_day_head(text: &str, tok_start: usize, lex: &Lexicon) -> Head {
    let mut head = Head {
        start: tok_start,
        ..Head::default()
    };
    if let Some(paren) = text[..tok_start].strip_suffix('(') {
        // "Sáng nay (17/7)", "hôm nay (17/7)".
        let Some((s, w)) = letter_word_before(text, paren.len()) else {
            return head;
        };
        // "ngày thứ Năm (20/1)", "Chủ nhật (23/1)".
        if let Some((s0, _)) = weekday_ending_at(text, s, w) {
            head.start = s0;
            head.named = true;
            head.paren = true;
            if let Some((s1, w1)) = letter_word_before(text, s0) {
                if lex.is(Kind::DayHead, w1) || lex.is(Kind::TimeOfDay, w1) {
                    head.start = s1;
                    head.time_of_day = TimeOfDay::from_word(w1);
                }
            }
            return head;
        }
        if lower_in(w, &["nay", "qua", "mai"]) {
            if let Some((s0, w0)) = letter_word_before(text, s) {
                let tod = lex
                    .is(Kind::TimeOfDay, w0)
                    .then(|| TimeOfDay::from_word(w0))
                    .flatten();
                if tod.is_some() || w0.eq_ignore_ascii_case("hôm") || w0 == "Hôm" {
                    head.start = s0;
                    head.named = true;
                    head.paren = true;
                    head.time_of_day = tod;
                }
            }
        }
        return head;
    }
    if let Some((s, w)) = letter_word_before(text, tok_start) {
        if lex.is(Kind::DayHead, w) {
            head.start = s;
            head.named = true;
            if let Some((s0, w0)) = letter_word_before(text, s) {
                if lex.is(Kind::TimeOfDay, w0) {
                    head.start = s0;
                    head.time_of_day = TimeOfDay::from_word(w0);
                }
            }
        } else if lex.is(Kind::TimeOfDay, w) {
            head.start = s;
            head.named = true;
            head.time_of_day = TimeOfDay::from_word(w);
        } else if lex.is(Kind::DayPreposition, w)
            || letter_word_before(text, s)
                .is_some_and(|(_, w0)| lex.is(Kind::DayPreposition, &format!("{w0} {w}")))
        {
            head.prep = true;
        }
    }
    head.from = from_before(text, head.start);
    head
}

/// A weekday whose last word `w` starts at `s` ("thứ Năm", "Chủ nhật"; `rules/date_offsets.tsv`):
/// its start and number (0 is Monday). The second word of "thứ X" must be capitalized: "thứ
/// năm" in lower case is also the ordinal "fifth".
pub(super) fn weekday_ending_at(text: &str, s: usize, w: &str) -> Option<(usize, u8)> {
    let (s0, w0) = letter_word_before(text, s)?;
    let lower = format!("{w0} {w}").to_lowercase();
    let day = OFFSETS.weekday(&lower)?;
    if lower.starts_with("thứ ") && !w.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    Some((s0, day))
}

/// Whether what follows byte `end` lets a date without a head word stand: the end of the
/// text, punctuation, a capitalized word (captions and headlines run on without a stop), or
/// a [`Kind::DateFollower`]. Any other word makes the numeral a count or a ratio ("từ 5/5
/// thành phố"), and a unit sign ("%") a quantity.
pub(super) fn follower_ok(text: &str, end: usize, lex: &Lexicon) -> bool {
    let rest = text.get(end..).unwrap_or_default();
    match rest.chars().next() {
        None => true,
        Some(' ') => {
            let next = &rest[1..];
            let len: usize = next
                .chars()
                .take_while(|c| is_alpha(*c))
                .map(char::len_utf8)
                .sum();
            let word = &next[..len];
            match word.chars().next() {
                None => !next.starts_with(|c: char| c.is_ascii_digit() || c == '%'),
                Some(c) if c.is_uppercase() => true,
                Some(_) => lex.is(Kind::DateFollower, word),
            }
        }
        Some(c) => !is_alnum(c) && c != '%',
    }
}

/// The head word of a month: "tháng".
pub(super) fn month_head(text: &str, tok_start: usize, _lex: &Lexicon) -> Head {
    let mut head = Head {
        start: tok_start,
        ..Head::default()
    };
    if let Some((s, w)) = letter_word_before(text, tok_start) {
        if w == "tháng" || w == "Tháng" || w == "THÁNG" {
            head.start = s;
            head.named = true;
        }
    }
    head.from = from_before(text, head.start);
    head
}

/// The start of a part of the month written before the month head at `head_start` ("cuối
/// tháng 3", "trung tuần tháng 5": `rules/date_words.tsv` `month_part`), one word or two.
pub(super) fn month_part_before(text: &str, head_start: usize, lex: &Lexicon) -> Option<usize> {
    let (s1, w1) = letter_word_before(text, head_start)?;
    if lex.is(Kind::MonthPart, w1) {
        return Some(s1);
    }
    let (s0, w0) = letter_word_before(text, s1)?;
    lex.is(Kind::MonthPart, &format!("{w0} {w1}")).then_some(s0)
}

/// Head words of a year: "năm", "Năm", "năm mới", "đầu năm", "Quý Mão", "nhiệm kỳ", "khóa".
pub(super) fn year_head(text: &str, tok_start: usize, lex: &Lexicon) -> Head {
    let mut head = Head {
        start: tok_start,
        ..Head::default()
    };
    let Some((s1, w1)) = letter_word_before(text, tok_start) else {
        return head;
    };
    let prev = letter_word_before(text, s1);
    let is_nam = |w: &str| eq_lower(w, "năm");
    if is_nam(w1) {
        head.start = s1;
        head.named = true;
    } else if eq_lower(w1, "mới") && prev.is_some_and(|(_, w)| is_nam(w)) {
        head.start = prev.map_or(s1, |(s, _)| s);
        head.named = true;
    } else if lex.is(Kind::LunarBranch, w1) && prev.is_some_and(|(_, w)| lex.is(Kind::LunarStem, w))
    {
        head.start = prev.map_or(s1, |(s, _)| s);
        head.named = true;
    } else if lex.is(Kind::TermHead, w1) {
        head.start = s1;
        head.named = true;
        head.term = true;
    } else if let Some((s0, _)) =
        prev.filter(|(_, w0)| lex.is(Kind::TermHead, &format!("{w0} {w1}")))
    {
        head.start = s0;
        head.named = true;
        head.term = true;
    }
    if !head.named && lex.is(Kind::YearPreposition, w1) {
        // "tăng gấp 2 trong 2021": the year alone, after a preposition of time.
        head.named = true;
        head.term = true;
    }
    if head.named && !head.term {
        if let Some((s, w)) = letter_word_before(text, head.start) {
            if lex.is(Kind::YearModifier, w) {
                head.start = s;
            }
        }
    }
    head.from = from_before(text, head.start);
    head
}

/// True when one of the [`DOC_NUMBER_REACH`] words before `start` names a document kind
/// ("Thông tư liên tịch 01/2017", "Nghị quyết số 02/2023"): the numeral is then a document
/// number.
pub(super) fn numbers_document(text: &str, start: usize, lex: &Lexicon) -> bool {
    let mut pos = start;
    let mut later: Option<&str> = None;
    for _ in 0..DOC_NUMBER_REACH {
        let Some((s, w)) = letter_word_before(text, pos) else {
            return false;
        };
        if lex.is(Kind::DocNumber, w)
            || later.is_some_and(|l| lex.is(Kind::DocNumber, &format!("{w} {l}")))
        {
            return true;
        }
        later = Some(w);
        pos = s;
    }
    false
}

/// True when the words before a "năm YYYY" head at `head_start` name a legal document
/// ("Hiến pháp năm 2013", "Bộ luật Lao động năm 2019", "Luật Công đoàn năm 2012").
///
/// The walk crosses a comma inside the name once it has read a word ("luật Cán bộ, công
/// chức năm 2008": the law's name lists two nouns) and a document number right before the
/// head ("Quyết định 959/QĐ-BHXH năm 2015": a numbered document's year of issue, whose kind
/// is then a [`Kind::DocNumber`] word); a [`Kind::WalkStop`] word ends it.
pub(super) fn names_document(text: &str, head_start: usize, lex: &Lexicon) -> bool {
    let mut pos = head_start;
    let mut numbered = false;
    if let Some(s) = doc_number_before(text, head_start) {
        pos = s;
        numbered = true;
    }
    let mut later: Option<&str> = None;
    // "w later", written into one buffer for the walk (room for two long words, so that
    // it rarely grows).
    let mut pair = String::with_capacity(64);
    for read in 0..DOC_NAME_REACH {
        let word = letter_word_before(text, pos).or_else(|| {
            // "bộ, công chức": a comma inside the name, after the first word read.
            let before_comma = text.get(..pos)?.strip_suffix(' ')?.strip_suffix(',')?;
            (read > 0)
                .then(|| letters_ending_at(before_comma, before_comma.len()))
                .filter(|(_, w)| !w.is_empty())
        });
        let Some((s, w)) = word else {
            return false;
        };
        let kinds = lex.kinds(w);
        let pair_kinds = later.map(|l| {
            pair.clear();
            pair.push_str(w);
            pair.push(' ');
            pair.push_str(l);
            lex.kinds(&pair)
        });
        let is_kind = |kind: Kind| kinds.has(kind) || pair_kinds.is_some_and(|k| k.has(kind));
        if is_kind(Kind::DocName) || (numbered && is_kind(Kind::DocNumber)) {
            return true;
        }
        if kinds.has(Kind::WalkStop) {
            return false;
        }
        later = Some(w);
        pos = s;
    }
    false
}

/// How many words before "đến" are read for a plan's name ("Chiến lược phát triển nhà ở
/// quốc gia đến năm 2020": 7).
const PLAN_NAME_REACH: usize = 10;

/// True when the year headed at `head_start` ends a plan's name (GUIDELINES decision 3: a
/// year of a document's name is no time reference): after "đến" / "tới", a
/// [`Kind::PlanName`] among the [`PLAN_NAME_REACH`] words before it with no
/// [`Kind::WalkStop`] or [`Kind::PlanStop`] word or punctuation between ("Chiến lược phát triển nhà ở quốc gia đến
/// năm 2020"); or "tầm nhìn" just before it, after such a year ("… đến năm 2020 và tầm nhìn
/// đến năm 2030"; a vision after a plan's span of years stays a date: "kế hoạch từ 2021 đến
/// 2025 và tầm nhìn đến 2030").
pub(super) fn names_plan(text: &str, head_start: usize, lex: &Lexicon) -> bool {
    match plan_walk(text, head_start, lex) {
        PlanWalk::Plan => true,
        PlanWalk::Vision(vision_start) => year_head_before(text, vision_start)
            .is_some_and(|h| matches!(plan_walk(text, h, lex), PlanWalk::Plan)),
        PlanWalk::None => false,
    }
}

/// What the words before a target year's "đến" name.
enum PlanWalk {
    /// A plan's name.
    Plan,
    /// "tầm nhìn", which starts at the offset.
    Vision(usize),
    /// Neither.
    None,
}

/// Reads the words before the "đến" / "tới" before `head_start` ([`names_plan`]).
fn plan_walk(text: &str, head_start: usize, lex: &Lexicon) -> PlanWalk {
    let Some((mut pos, to)) = letter_word_before(text, head_start) else {
        return PlanWalk::None;
    };
    if !matches!(to, "đến" | "tới") {
        return PlanWalk::None;
    }
    let mut later: Option<&str> = None;
    for read in 0..PLAN_NAME_REACH {
        let Some((s, w)) = letter_word_before(text, pos) else {
            return PlanWalk::None;
        };
        let pair = later.map(|l| format!("{w} {l}"));
        if pair.as_deref().is_some_and(|p| lex.is(Kind::PlanName, p)) {
            return PlanWalk::Plan;
        }
        if read == 1
            && pair
                .as_deref()
                .is_some_and(|p| p.eq_ignore_ascii_case("tầm nhìn"))
        {
            return PlanWalk::Vision(s);
        }
        let target = pair.as_deref().is_some_and(|p| lex.is(Kind::PlanStop, p));
        if target || lex.is(Kind::WalkStop, w) || lex.is(Kind::PlanStop, w) {
            return PlanWalk::None;
        }
        later = Some(w);
        pos = s;
    }
    PlanWalk::None
}

/// The head start of a year that ends, with "và" or a comma after it, just before `pos`
/// ("đến năm 2020 và tầm nhìn": the offset of "năm").
fn year_head_before(text: &str, pos: usize) -> Option<usize> {
    let before = text.get(..pos)?.trim_end();
    let before = before.strip_suffix("và").unwrap_or(before).trim_end();
    let before = before.strip_suffix(',').unwrap_or(before);
    let digits = before.bytes().rev().take_while(u8::is_ascii_digit).count();
    if digits != 4 {
        return None;
    }
    let start = before.len() - 4;
    Some(
        letter_word_before(text, start)
            .filter(|(_, w)| w.eq_ignore_ascii_case("năm"))
            .map_or(start, |(s, _)| s),
    )
}

/// The start of a document number that ends one space before `pos` ("959/QĐ-BHXH",
/// "105/2014/NĐ-CP", "47/2017"): a run without spaces that starts with a digit and holds a
/// slash.
fn doc_number_before(text: &str, pos: usize) -> Option<usize> {
    let before = text.get(..pos)?.strip_suffix(' ')?;
    let start = before.rfind(' ').map_or(0, |i| i + 1);
    let run = &before[start..];
    let numbered = run.starts_with(|c: char| c.is_ascii_digit())
        && run.contains('/')
        && run
            .chars()
            .all(|c| is_alnum(c) || matches!(c, '/' | '-' | '.'));
    numbered.then_some(start)
}

/// Whether four digits at `start` are the year of a named event or report: after a
/// capitalized name ("Olympic Sochi 2014", "Olympic London 2012") or a
/// [`Kind::YearNoun`] ("thường niên 2012", "Báo cáo tài chính 2012"), unless a
/// [`Kind::YearNameBlock`] word stands before the name ("Chỉ số Russell 2000") or the number
/// is a document's ("Quyết định 2014").
pub(super) fn names_the_year(text: &str, start: usize, lex: &Lexicon) -> bool {
    let Some((s1, w1)) = letter_word_before(text, start) else {
        return false;
    };
    let prev = letter_word_before(text, s1);
    let noun = lex.is(Kind::YearNoun, w1)
        || prev.is_some_and(|(_, w0)| lex.is(Kind::YearNoun, &format!("{w0} {w1}")));
    let name = w1.chars().next().is_some_and(char::is_uppercase) && w1.chars().count() > 1;
    if !(noun || name) {
        return false;
    }
    let blocked = |pos: usize| {
        let Some((s, w)) = letter_word_before(text, pos) else {
            return false;
        };
        lex.is(Kind::YearNameBlock, w)
            || letter_word_before(text, s)
                .is_some_and(|(_, w0)| lex.is(Kind::YearNameBlock, &format!("{w0} {w}")))
    };
    !blocked(start)
        && !blocked(s1)
        && !numbers_document(text, start, lex)
        && !names_document(text, start, lex)
}

#[cfg(test)]
mod tests {
    use crate::extract::dates::text_values as values;

    #[test]
    fn a_part_of_the_month_makes_the_month_a_date() {
        // general-10k dantri-news_world_114, baomoi-22342137, baomoi-22353154 (stop 23).
        for (text, month) in [
            (
                "Năm 2021, sau sự cố chắn kênh hồi cuối tháng 3 khiến con tàu bị bắt giữ",
                "2021-03",
            ),
            (
                "Năm 2017, hãng hẹn đầu tháng 6 lượng hàng dồi dào hơn.",
                "2017-06",
            ),
            ("Năm 2017, trung tuần tháng 5 lượng khách tăng.", "2017-05"),
        ] {
            assert_eq!(
                values(text).last().map(|(_, v)| v.as_str()),
                Some(month),
                "{text}"
            );
        }
        let got = values("Năm 2017, hội nghị trong tuần cuối tháng 2 đầu tháng 3, nhằm thúc đẩy");
        assert_eq!(got.len(), 3, "{got:?}");
        // A lunar month, a month of every year.
        for text in [
            "Năm 2021, lễ hội vào giữa tháng 3 âm lịch khiến du khách",
            "Năm 2017, Apple ra iPhone vào cuối tháng 9 hàng năm và mới đây",
        ] {
            assert_eq!(values(text).len(), 1, "{text}");
        }
    }

    #[test]
    fn the_target_years_of_a_plan_name_are_no_dates() {
        // labour.jsonl baomoi-21470407 (real3-dev, annotated without them).
        let text = "Mục tiêu phát triển nhà ở xã hội đã được đề ra trong Chiến lược phát triển \
                    nhà ở quốc gia đến năm 2020 và tầm nhìn đến năm 2030.";
        assert!(values(text).is_empty());
        // general-10k: "Quy hoạch tổng thể phát triển kinh tế - xã hội tỉnh đến năm 2030, tầm
        // nhìn đến 2050": a dash breaks the walk, "tầm nhìn" still names the plan.
        let text = "theo Quy hoạch chung xây dựng Thủ đô đến năm 2030, tầm nhìn đến 2050, Hà Nội";
        assert!(values(text).is_empty());
    }

    #[test]
    fn a_target_year_outside_a_plan_name_is_a_date() {
        // labour.jsonl baomoi-22534190 (real-dev): "từ nay đến năm 2020" → 2017/2020 there.
        let got = values("Theo dự báo, từ nay đến năm 2020, mỗi năm TP cần 270.000 chỗ làm.");
        assert_eq!(got.len(), 1);
        // general-10k: a verb between the plan and the year ends the walk.
        let got = values("Chương trình đặt ra mục tiêu từ nay đến năm 2020 sẽ phẫu thuật.");
        assert_eq!(got.len(), 1);
        let got = values("Quy hoạch được duyệt, đến năm 2020 sẽ có 39 dự án.");
        assert_eq!(got, [("năm 2020".to_string(), "2020".to_string())]);
        // general-10k: a plan's target ("đặt mục tiêu", "chỉ tiêu") is a time reference.
        let text =
            "Quy hoạch ngành cà phê đặt mục tiêu đến năm 2020 tổng diện tích đạt 500.000 ha.";
        assert_eq!(values(text).len(), 1);
        let text = "Theo Chiến lược thì chỉ tiêu đến 2020 là 5,6 triệu tấn thịt/năm.";
        assert_eq!(values(text).len(), 1);
    }
}
