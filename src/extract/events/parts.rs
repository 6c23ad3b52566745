//! Which part of a sentence a date fronts, and what makes a dated clause a report rather
//! than a plan: a day written capitalized inside a sentence opens a part of its own (a
//! caption run into the body); a year set off at a clause's start dates what the clause
//! reports; a done word after the date reports the act done, whatever plan an opening
//! attribution names ("Theo kế hoạch, …").

use super::dating::DateSpan;
use super::reports::{is_day, name_after, ATTRIBUTION_MAX};
use super::words::WORDS;
use crate::extract::text::{floor_boundary, word_end, word_start, ByteSpan};
use crate::record::Granularity;

/// Whether the day date or month of a known year `d`, written capitalized inside `part` (not
/// at its start), opens a sentence the splitter did not end ("… cho công nhân Chiều 10.2,
/// Ủy viên …").
pub(super) fn opens_run_on(text: &str, part: ByteSpan, d: &DateSpan) -> bool {
    let v = &d.value.value;
    let known_month =
        d.value.granularity == Granularity::Month && v.len() == 7 && !v.starts_with('-');
    // After a colon a capitalized word opens what the colon introduces (`after_colon`).
    let after_colon = text
        .get(..d.span.start)
        .is_some_and(|b| b.trim_end().ends_with(':'));
    d.span.start > part.start
        && (is_day(d) || known_month)
        && capitalized_at(text, d.span.start)
        && !after_colon
}

/// Whether the character at byte `pos` of `text` is upper case.
fn capitalized_at(text: &str, pos: usize) -> bool {
    text.get(pos..)
        .and_then(|r| r.chars().next())
        .is_some_and(char::is_uppercase)
}

/// Whether `d` is a year written in digits ("Năm 2008"; not "Năm nay", a relative year that
/// frames a comparison: "Năm nay, thông tin có vẻ tích cực hơn") standing at the very start
/// of `clause` of `lower`,
/// set off by a comma, and the phrase after it up to its next comma gives no number: the
/// clause reports what happened that year ("Năm 2008, Cảng cá Cửa Tùng chính thức được đưa
/// vào sử dụng"), unlike a statistic of the year ("Năm 2016, Agribank Nghệ An chi trả được
/// hơn 82 …", "Năm 2015, thu BHYT đạt 62 …").
pub(super) fn opening_year(lower: &str, clause: ByteSpan, d: &DateSpan) -> bool {
    let opens = lower
        .get(clause.start..d.span.start)
        .is_some_and(|b| b.trim_start_matches([' ', ',', ';', ':', '\n']).is_empty());
    let surface = lower.get(d.span.start..d.span.end).unwrap_or_default();
    // Set off by its comma, or run straight into a clause of its own after a speaker's comma
    // ("Ông Nhân cho biết, năm 2012 trạm này được tu sửa lại, …": the part after the speech
    // verb starts at the year, `fronted_part`).
    let after = name_after(lower, clause, d);
    let phrase = after
        .strip_prefix(", ")
        .or_else(|| {
            after_speech(lower, clause)
                .then(|| after.strip_prefix(' '))
                .flatten()
        })
        .map(|r| r.split(", ").next().unwrap_or_default());
    d.value.granularity == Granularity::Year
        && d.value.value.len() == 4
        && opens
        && surface
            .strip_prefix("năm ")
            .is_some_and(|y| !y.is_empty() && y.chars().all(|c| c.is_ascii_digit()))
        && phrase.is_some_and(|p| !p.is_empty() && !p.contains(|c: char| c.is_ascii_digit()))
}

/// Whether `clause` of `lower` opens right after a speech verb and its comma ("… cho biết,
/// năm 2012 …"): what the speaker reports starts there.
fn after_speech(lower: &str, clause: ByteSpan) -> bool {
    let Some(head) = lower
        .get(..clause.start)
        .map(str::trim_end)
        .and_then(|h| h.strip_suffix(','))
    else {
        return false;
    };
    WORDS
        .speech_verbs
        .iter()
        .any(|v| head.ends_with(v.as_str()) && word_start(head, head.len() - v.len()))
}

/// Where the attribution opening the sentence at `span` of `lower` ends ("Theo kế hoạch, …",
/// "Theo yêu cầu của người nhà nạn nhân, …": "theo" and at most [`ATTRIBUTION_MAX`] bytes
/// up to its comma), when a done word follows it in the sentence: a plan or a demand named
/// there is the one the act followed ("Theo kế hoạch, tối 11/1/2016, Hạnh cùng đồng bọn đã
/// đưa trót lọt được 7 người …"), no plan of the sentence's own.
pub(super) fn done_attribution(lower: &str, span: ByteSpan) -> Option<usize> {
    let sentence = lower.get(span.start..span.end)?;
    let attributed = sentence.strip_prefix("theo ")?;
    let head =
        attributed.get(..floor_boundary(attributed, ATTRIBUTION_MAX.min(attributed.len())))?;
    let end = span.start + "theo ".len() + head.find(", ")?;
    done_after(lower, span, end).map(|_| end)
}

/// Where the first done word (`done_word` of `event_words.tsv`: "đã", "vừa") of `clause`
/// after byte `date_end` of `lower` stands, unless a negation follows it ("đã không"): the
/// clause reports its act as done.
pub(super) fn done_after(lower: &str, clause: ByteSpan, date_end: usize) -> Option<usize> {
    let from = date_end.max(clause.start);
    let rest = lower.get(from..clause.end)?;
    WORDS
        .done_words
        .iter()
        .filter_map(|w| {
            rest.match_indices(w.as_str())
                .find(|(i, _)| {
                    let end = i + w.len();
                    word_start(rest, *i)
                        && word_end(rest, end)
                        && !rest.get(end..).is_some_and(|r| {
                            let next = r.trim_start().split(' ').next().unwrap_or_default();
                            WORDS.negations.iter().any(|n| n == next)
                        })
                })
                .map(|(i, _)| from + i)
        })
        .min()
}

/// The subordinators of time that may open the clause after a fronted date's comma ("khi",
/// "sau khi", "trước khi", "trong khi"; each a clause break of `event_words.tsv`).
const TIME_SUBORDINATORS: [&str; 4] = ["khi ", "sau khi ", "trước khi ", "trong khi "];

/// "Right" before a subordinator of time, left in the fronted date's clause when the
/// subordinator's break cuts it off ("Sáng 6-2, ngay sau khi thực hiện buổi lễ chào cờ …, Công
/// an huyện Phú Xuyên … đã tổ chức …", labour.jsonl baomoi-21471842).
const RIGHT: &str = "ngay";

/// `clause` of `lower`, which date `d` fronts and which holds nothing after the date but its
/// comma, run on through the clause after it (ending at `next_end(clause.end)`, at most
/// `limit`) when that clause opens with a subordinator of time: the date fronts the main
/// clause after the subordinate one ("Năm 2010, khi đảm nhận vai trò MC trong LHP quốc tế
/// Hà Nội, Lại Văn Sâm đã phiên dịch sai …", "Khoảng 13 giờ ngày 18-10-2012, khi đang làm
/// việc tại công trình trên, ông Tuấn bị tai nạn lao động …"), which the subordinator's
/// clause break cut off, unless a colon stands in it or the main clause's first phrase
/// gives a number. `clause` itself otherwise.
pub(super) fn through_subordinate(
    lower: &str,
    clause: ByteSpan,
    d: &DateSpan,
    next_end: impl Fn(usize) -> usize,
    limit: usize,
) -> ByteSpan {
    let bare = lower
        .get(d.span.end..clause.end)
        .is_some_and(|r| matches!(r.trim_matches([' ', ',']), "" | RIGHT));
    let after = lower
        .get(clause.end..limit)
        .unwrap_or_default()
        .trim_start_matches([' ', ',']);
    if !(bare && TIME_SUBORDINATORS.iter().any(|w| after.starts_with(w))) {
        return clause;
    }
    let run_on = ByteSpan::new(clause.start, next_end(clause.end).clamp(clause.end, limit));
    let Some(subordinate) = lower.get(clause.end..run_on.end) else {
        return clause;
    };
    // The main clause's head, after the subordinate clause's comma: a number there is a
    // tally ("Đến ngày 7/12/2018, sau khi kết thúc lịch trình công tác, đã có 9/17 người
    // không cùng đoàn công tác về Việt Nam"), and what a colon introduces is what someone
    // said ("Tháng 3-1947, sau khi viết cuốn sách …, Bác đã căn dặn cán bộ: "…""): no
    // occurrence of the date's own.
    let head = subordinate
        .split_once(", ")
        .map_or("", |(_, main)| main.split(", ").next().unwrap_or_default());
    if subordinate.contains(':') || head.contains(|c: char| c.is_ascii_digit()) {
        clause
    } else {
        run_on
    }
}
