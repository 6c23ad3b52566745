//! Occurrences told by a dated saying: "Chiều 1/7, ông Tô Minh Lắm, Chủ tịch Công đoàn các
//! Khu công nghiệp tỉnh An Giang cho biết, khoảng 300 công nhân … đã phải nhập viện" (real2-dev
//! baomoi-22656559, gold `other --07-01`). A clause fronted by its day and holding a speech
//! verb reports the saying, which is no event; what the speaker says is one when it tells,
//! in the speaker's own words and no plan, something done (`said_done` rows of
//! `event_words.tsv`: "đã", "vừa", "xảy ra", "cùng ngày"). It takes the day of the clause
//! that frames it: the news of the day (GUIDELINES decision 17; the real dev halves annotate
//! these sayings' occurrences with the frame's day). A quotation is the speaker's words
//! verbatim, no report (decision 17: quotes are not events).

use super::clues::speech_noun;
use super::dating::DateSpan;
use super::reports::{speech_or_plan, without_lead};
use super::words::WORDS;
use crate::extract::text::{floor_boundary, word_end, word_start, ByteSpan};

/// The longest name of an occurrence told by a saying, in bytes (the saying after its verb,
/// cut at a word boundary).
const SAID_NAME_MAX: usize = 160;

/// The fewest words of what a saying tells for it to be an occurrence.
const SAID_NAME_WORDS: usize = 3;

/// How the dated `clause` of `text` (`lower` its lower-cased view) reports, for the fronted
/// date `d`: `None` when it reports nothing (a saying of nothing done, or a plan);
/// `Some(None)` when it is no saying nor plan (its name is read as for any reported
/// clause); `Some(Some(name))` when a speaker tells something done, `name` being what is
/// told ([`told`]).
pub(super) fn reading(
    text: &str,
    lower: &str,
    clause: ByteSpan,
    d: &DateSpan,
    dates: &[&DateSpan],
) -> Option<Option<ByteSpan>> {
    if !speech_or_plan(text, lower, clause, d.span.end) {
        return Some(None);
    }
    let told = told(text, lower, clause, d)?;
    // What is told with a date of its own is dated by it, not by the saying ("… cho biết,
    // trong tháng 1/2017, … lực lượng CSGT đã phát hiện 16.122 trường hợp vi phạm").
    let own_date = dates.iter().any(|o| {
        o.span.start >= told.start && o.span.start < told.end && o.value.value != d.value.value
    });
    (!own_date).then_some(Some(told))
}

/// What the speaker of `clause` tells after the first verb of report (`said_verb` of
/// `event_words.tsv`: "cho biết", "cho hay"; opinions and claims, "khẳng định", "cho rằng",
/// are no report) following the date `d`, when it reports something done: the date opens
/// the clause (only lead words before it: "Liên quan đến sự việc … vào ngày 11/6 vừa qua,
/// ông X cho biết …" dates the incident, not the saying), no plan before the verb, no
/// quotation, no plan nor further saying in what is told, and a `said_done` word in it. The
/// name is what is told, without its closing punctuation, at most [`SAID_NAME_MAX`] bytes.
pub(super) fn told(text: &str, lower: &str, clause: ByteSpan, d: &DateSpan) -> Option<ByteSpan> {
    if !opens(lower.get(clause.start..d.span.start)?) {
        return None;
    }
    let from = d.span.end.max(clause.start);
    let part = lower.get(from..clause.end)?;
    let (at, len) = WORDS
        .said_verbs
        .iter()
        .filter_map(|v| {
            part.match_indices(v.as_str())
                .find(|&(i, _)| {
                    word_start(part, i)
                        && word_end(part, i + v.len())
                        && !speech_noun(part, i, v.len())
                })
                .map(|(i, _)| (i, v.len()))
        })
        .min()?;
    let verb_start = from + at;
    // The saying's head (the speaker) must be no plan: "Dự kiến, ông X cho biết …" is none.
    if speech_or_plan(
        text,
        lower,
        ByteSpan::new(clause.start, verb_start),
        d.span.end,
    ) {
        return None;
    }
    let rest = text.get(verb_start + len..clause.end)?;
    let skipped = rest.len() - rest.trim_start_matches([',', ':', ' ']).len();
    let start = verb_start + len + skipped;
    let said = text.get(start..clause.end)?;
    if said.contains(['"', '“', '”']) {
        return None;
    }
    let body = said.trim_end_matches(['.', ' ', ',', ';', ':', '…']);
    let told = ByteSpan::new(start, start + body.len());
    if body.split_whitespace().count() < SAID_NAME_WORDS
        || speech_or_plan(text, lower, told, start)
        || !done_in(lower.get(told.start..told.end)?)
        || heard(lower.get(told.start..told.end)?)
    {
        return None;
    }
    let mut end = told.end;
    if end - start > SAID_NAME_MAX {
        end = floor_boundary(text, start + SAID_NAME_MAX);
        end = text.get(start..end)?.rfind(' ').map_or(end, |i| start + i);
    }
    Some(ByteSpan::new(start, end))
}

/// Whether `before`, the lower-cased text of a clause before its date, is only lead words
/// and clock times ("", "chiều", "vào khoảng 14h").
fn opens(before: &str) -> bool {
    let mut rest = before.trim();
    for _ in 0..LEAD_WORDS_MAX {
        rest = rest.trim_end_matches([' ', ',', '(']);
        if rest.is_empty() {
            return true;
        }
        match without_lead(rest) {
            Some(shorter) => rest = shorter,
            None => return false,
        }
    }
    false
}

/// The most lead words before the date that opens a saying's clause.
const LEAD_WORDS_MAX: usize = 6;

/// Whether the lower-cased `told` tells how the speaker heard of an occurrence (a
/// `said_source` phrase: "Ngày 15-5, người thân và cán bộ xã … cho biết, đã nhận được thông
/// tin … hai anh em ruột … bị tử vong ở Đức", real5-dev baomoi-22269682, whose gold dates the
/// accident, not the news of it).
fn heard(told: &str) -> bool {
    WORDS.said_sources.iter().any(|w| told.contains(w.as_str()))
}

/// Whether the lower-cased `told` holds a `said_done` word at word boundaries.
fn done_in(told: &str) -> bool {
    WORDS.said_done.iter().any(|w| {
        told.match_indices(w.as_str())
            .any(|(i, _)| word_start(told, i) && word_end(told, i + w.len()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::spans::Spanned;
    use crate::extract::text::lower_aligned;
    use crate::record::{DateMention, Granularity};

    /// The day date at the start of a text, `len` bytes long.
    fn day(len: usize) -> DateSpan {
        Spanned::new(
            ByteSpan::new(0, len),
            DateMention {
                text: String::new(),
                start: 0,
                end: 0,
                value: "--07-01".to_string(),
                granularity: Granularity::Day,
                year_inferred: false,
                time_of_day: None,
            },
        )
    }

    fn told_in(text: &str, date_len: usize) -> Option<String> {
        let lower = lower_aligned(text);
        let clause = ByteSpan::new(0, text.len());
        let d = day(date_len);
        reading(text, &lower, clause, &d, &[&d])
            .flatten()
            .map(|s| s.slice(text).to_string())
    }

    #[test]
    fn a_dated_saying_tells_what_was_done() {
        // labour.jsonl baomoi-22656559 (real2-dev), shortened.
        let text = "Chiều 1/7, ông Tô Minh Lắm, Chủ tịch Công đoàn các Khu công nghiệp tỉnh An Giang cho biết, khoảng 300 công nhân của Công ty Trách nhiệm hữu hạn Samhoo An Giang đã phải nhập viện.";
        assert_eq!(
            told_in(text, "Chiều 1/7".len()).as_deref(),
            Some("khoảng 300 công nhân của Công ty Trách nhiệm hữu hạn Samhoo An Giang đã phải nhập viện")
        );
        // labour.jsonl baomoi-22344627: the same day told without a comma.
        let text = "Chiều 22/5, ông Lý Khắc Tuấn, cán bộ Phòng Y tế thị xã Thái Hòa (Nghệ An), cho biết khoảng 14h cùng ngày, hơn 50 công nhân của Nhà máy may xuất khẩu Hitexvinam (đặt tại khu công nghiệp Nghĩa Mỹ) có dấu hiệu ngộ độc thức ăn.";
        assert!(told_in(text, "Chiều 22/5".len()).is_some());
    }

    #[test]
    fn a_saying_of_nothing_done_a_plan_or_a_quote_tells_no_occurrence() {
        // labour.jsonl baomoi-22669441: a continuing investigation.
        let text = "Ngày 3.7, Cơ quan CSĐT Công an H.Bình Chánh cho biết đơn vị này vẫn đang tiến hành điều tra nguyên nhân tử vong của anh Phùng Ngọc Thịnh.";
        assert_eq!(told_in(text, "Ngày 3.7".len()), None);
        // How the news came (labour.jsonl baomoi-22269682, shortened).
        let text = "Ngày 15-5, người thân và cán bộ xã Viên Thành cho biết, đã nhận được thông tin hai anh em ruột bị tử vong ở Đức.";
        assert_eq!(told_in(text, "Ngày 15-5".len()), None);
        // A plan told.
        let text =
            "Chiều 12/6, Thứ trưởng Doãn Mậu Diệp cho biết, Bộ sẽ đã làm việc với Đại sứ quán.";
        assert_eq!(told_in(text, "Chiều 12/6".len()), None);
        // A quotation.
        let text = "Ngày 16/6, ông Ngọc cho biết: “Chúng tôi đã báo công an”.";
        assert_eq!(told_in(text, "Ngày 16/6".len()), None);
        // A claim, not a report (general-10k dantri-news_world_212, shortened).
        let text = "Ngày 19/4, truyền thông nhà nước Myanmar khẳng định chỉ có 258 người thiệt mạng và những con số tử vong khác đã bị thổi phồng.";
        assert_eq!(told_in(text, "Ngày 19/4".len()), None);
        // A date inside an attribution dates the incident, not the saying (labour.jsonl
        // baomoi-22513072, shortened).
        let text = "Liên quan đến sự việc ống tuýp thép rơi vào ngày 11/6 vừa qua, ông Nguyễn Cao Minh cho biết, Ban đã cảnh cáo Giám đốc nhà thầu.";
        let lower = lower_aligned(text);
        let at = text.find("ngày 11/6").unwrap_or(0);
        let mut d = day("ngày 11/6".len());
        d.span = ByteSpan::new(at, at + "ngày 11/6".len());
        assert_eq!(told(text, &lower, ByteSpan::new(0, text.len()), &d), None);
    }
}
