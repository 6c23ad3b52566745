//! Reported occurrences that no trigger word names: a clause fronted by its own day date
//! ("Ngày 5.7, Công an huyện Bình Chánh đã có kết luận …", "Theo đó, vào tối 2.7, một số
//! công nhân … phát hiện …") reports what happened that day (GUIDELINES decision 17: an
//! event is what the article reports, dated by its own clause). It is an event of type
//! `other` unless a trigger of the clause gives it a type (the trigger's event is then the
//! clause's event, and this rule adds nothing).
//!
//! A day date fronts its clause when only lead words (`date_lead` rows of
//! `event_words.tsv`: "vào", "hồi", "lúc", "khoảng", "theo đó", clock times "14h") stand
//! between the clause's start and the date, or when "vào" / "hôm" stands just before it
//! ("đi lễ vào ngày 7/2"). It reports nothing when its clause is someone's speech (a
//! `speech_verb`: "Ngày 7/6, ông X cho biết, …"), a plan ("sẽ", "dự kiến": the table's plan
//! markers) or a date that starts a validity ("Từ ngày 1/7, lương cơ sở …": "từ" is no lead
//! word) or ends a tally ("tính đến ngày 2/2, …").

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

use super::clues::{location_in, speech_noun};
use super::dating::{reviewed_year_bound, DateSpan};
use super::filters::plan_over;
use super::months::{lead_month, lead_year, past_month};
use super::parts::{done_after, opening_year, opens_run_on, through_subordinate};
use super::reported::{continuing, report_kind, set_off_led, source_only};
use super::triggers::{TriggerKind, TRIGGERS};
use super::words::WORDS;
use super::{Article, Candidate, Found, FoundEvent, Reading, Sentence};
use crate::extract::candidates::{Candidates, KeywordSet};
use crate::extract::orgs::OrgSpan;
use crate::extract::text::{floor_boundary, word_end, word_start, ByteSpan};
use crate::record::Granularity;
use crate::record::{EventType, TimeOfDay};

/// The longest name of a reported occurrence, in bytes: the clause after its date, cut at a
/// word boundary (a clause can run over a long sentence).
const REPORT_NAME_MAX: usize = 160;

/// How far after the start of a reported occurrence's name, in bytes, its subject may start
/// to be its organizer ("Ngày 5.7, Công an huyện Bình Chánh đã có kết luận").
const REPORT_SUBJECT_LEAD: usize = 8;

/// The most dates of one sentence whose parts are read for a plan or speech: real sentences
/// report a handful of dated occurrences, and each read scans its part.
const MAX_REPORTS_READ: usize = 64;

/// The fewest words of a reported occurrence's name: a clause of a date or two ("1.1.2008 và
/// 1.1.2009)") reports nothing.
const REPORT_NAME_WORDS: usize = 3;

/// The longest attribution before a fronted date, in bytes ("Theo thông tin ban đầu, …").
pub(super) const ATTRIBUTION_MAX: usize = 40;

/// The words that open an attribution before a fronted date, at most [`ATTRIBUTION_MAX`]
/// bytes to its comma: "Theo …," ("Theo thông tin ban đầu, vào khoảng …") and "Như … đã đưa
/// tin," ("Như VOV đã đưa tin trước đó, sáng thứ Hai ngày 15/5/2017, 34 công nhân … được
/// đưa vào cấp cứu", labour.jsonl baomoi-22360269).
const ATTRIBUTION_HEADS: [&str; 2] = ["theo ", "như "];

/// The most lead words before a fronted date ("Trước đó, vào khoảng 18 giờ 30 tối 25-6").
const LEAD_WORDS_MAX: usize = 8;

/// One matcher over the union words, then the labour words, of `event_words.tsv`.
static TOPIC_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(WORDS.union_words.iter().chain(WORDS.labour_words.iter()))
        .expect("topic word matcher builds")
});

/// The union words an article about unions names at least, and the labour words an article
/// about labour names at least (the eligibility rule of the real gold sets).
const UNION_WORDS_MIN: usize = 2;
/// See [`UNION_WORDS_MIN`].
const LABOUR_WORDS_MIN: usize = 3;

/// Whether the lower-cased article `lower` is about unions or labour: it names
/// [`UNION_WORDS_MIN`] union words or [`LABOUR_WORDS_MIN`] labour words. Only there does a
/// fronted day date report an event: in other news it would report every dated fire and
/// trial. One pass, stopped as soon as either count is reached.
pub(super) fn about_labour(lower: &str) -> bool {
    let unions = WORDS.union_words.len();
    let (mut union, mut labour) = (0, 0);
    for m in TOPIC_WORDS.find_iter(lower) {
        if m.pattern().as_usize() < unions {
            union += 1;
        } else {
            labour += 1;
        }
        if union >= UNION_WORDS_MIN || labour >= LABOUR_WORDS_MIN {
            return true;
        }
    }
    false
}

/// How far before a date, in bytes, a document's name makes it the document's date
/// ("Chỉ thị số 26/CT-TTg ngày 05 tháng 9 năm 2016").
const DOCUMENT_WINDOW: usize = 48;

/// Whether the date `d` of the lower-cased text `lower` is a document's (a `document_word`
/// in the [`DOCUMENT_WINDOW`] bytes before it, after the last comma or semicolon: "Nghị
/// định số 204/2004/NĐ-CP ngày 14/12/2004", "Công điện ngày 02 tháng 2 năm 2017"): an
/// identifier, never an event's date (GUIDELINES, hard cases 3). The document words
/// (`WORDS.document_words`) are those of `documents`, the candidate pass over `lower` (stop
/// 26: an Aho-Corasick automaton of them walked the window of every date again, 2 M
/// instructions of the seeds' 300 lines).
pub(super) fn document_date(lower: &str, d: &DateSpan, documents: &Candidates) -> bool {
    let from = floor_boundary(lower, d.span.start.saturating_sub(DOCUMENT_WINDOW));
    let Some(window) = lower.get(from..d.span.start) else {
        return false;
    };
    let (start, window) = window
        .rfind([',', ';'])
        .and_then(|i| Some((from + i + 1, window.get(i + 1..)?)))
        .unwrap_or((from, window));
    let span = ByteSpan::new(start, start + window.len());
    // Word edges as the window alone has them (its own edges count).
    documents
        .within(KeywordSet::DocumentWords, span)
        .any(|h| word_start(window, h.start - start) && word_end(window, h.end - start))
}

/// Whether the occurrence named at `name` of the lower-cased text `lower` is the reporter's
/// own ("Chiều 9/5, chúng tôi có mặt tại khu vực trên", "Sáng 17-6, PV ANTĐ có mặt tại …"):
/// how the article was gathered, not what it reports.
pub(super) fn by_reporter(lower: &str, name: ByteSpan) -> bool {
    let head = lower.get(name.start..name.end).unwrap_or_default();
    WORDS
        .reporter_words
        .iter()
        .any(|w| head.starts_with(w.as_str()) && word_end(head, w.len()))
}

/// Whether `d` is a single day ("--07-05", "2016-06-01").
pub(super) fn is_day(d: &DateSpan) -> bool {
    d.value.granularity == Granularity::Day && !d.value.value.contains('/')
}

/// The part of `clause` after its last colon before the date `d` ("Anh X cho biết: Tháng
/// 10/2015, qua giới thiệu …"): what a speaker or a label introduces is a clause of its own,
/// fronted by the date that opens it; the speech verb before the colon is not its own.
///
/// Only the [`COLON_REACH`] bytes before the date are read: a date fronts what a colon
/// introduces only close after it, and a fixed reach keeps a clause of many dates linear
/// (reading back to the clause's start for each date was quadratic: `tests/scaling.rs`).
pub(super) fn after_colon(text: &str, clause: ByteSpan, d: &DateSpan) -> ByteSpan {
    let mut from = d.span.start.saturating_sub(COLON_REACH).max(clause.start);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    // The last ": " (a byte search: `str::rfind` sets up a search for the pattern per call).
    text.get(from..d.span.start)
        .and_then(|b| {
            let bytes = b.as_bytes();
            memchr::memrchr_iter(b':', bytes).find(|&i| bytes.get(i + 1) == Some(&b' '))
        })
        .map_or(clause, |i| ByteSpan::new(from + i + 2, clause.end))
}

/// How many bytes before a date are read for the colon that introduces its clause.
const COLON_REACH: usize = 256;

/// The part of `clause` that a date `d` may front: what follows a colon ([`after_colon`]);
/// what a speech verb and its comma introduce ("Chị Dung … cho hay, buổi trưa 19/12 trên
/// đường đến Cty … thì chị bị một nhóm người chặn lại hành hung": the speaker's words
/// report an occurrence of their own day, unlike "Ngày 7/6, ông X cho biết, …", where the
/// date fronts the saying); and from a date written capitalized inside the clause, which
/// opens a sentence run on from a caption ("… nhiều nhất có thể cho công nhân Chiều 10.2,
/// Ủy viên Bộ Chính trị … làm việc với Liên đoàn Lao động"). `lower` is the lower-cased
/// `text`.
///
/// The part ends at `next_start`, where the next capitalized day of the sentence opens a
/// part of its own (when that is before the clause's end): each part, and the evidence of
/// the occurrence it reports, holds only its own words, so N dated clauses of one sentence
/// give N events of one clause each, not N events of the whole sentence.
pub(super) fn fronted_part(
    text: &str,
    lower: &str,
    clause: ByteSpan,
    d: &DateSpan,
    next_start: usize,
) -> ByteSpan {
    let clause = ByteSpan::new(clause.start, clause.end.min(next_start.max(d.span.end)));
    let mut part = after_colon(text, clause, d);
    if opens_run_on(text, part, d) {
        return ByteSpan::new(d.span.start, part.end);
    }
    let from = floor_boundary(
        lower,
        d.span.start.saturating_sub(COLON_REACH).max(part.start),
    );
    // A speech verb counts only right before ", ": each ", " of the head is tried for a verb
    // ending there (at a word start), the last one found wins.
    if let Some(head) = lower.get(from..d.span.start) {
        // Each ", " (a byte search; the pattern cannot overlap itself, so these are the
        // positions `match_indices` gave).
        let bytes = head.as_bytes();
        let said = memchr::memchr_iter(b',', bytes)
            .filter(|&c| bytes.get(c + 1) == Some(&b' '))
            .filter(|&c| {
                WORDS
                    .speech_verbs
                    .iter()
                    .any(|v| head[..c].ends_with(v.as_str()) && word_start(head, c - v.len()))
            })
            .map(|c| from + c + ", ".len())
            .next_back();
        if let Some(start) = said {
            part = ByteSpan::new(start.max(part.start), part.end);
        }
    }
    part
}

/// Whether `d` is a month of a known year written capitalized at the very start of
/// `clause` ("Tháng 10/2015, qua giới thiệu của …, anh cùng … sang Hàn Quốc"): a clause
/// fronted by its month reports what happened that month, like one fronted by its day. Only
/// with nothing before it: after a lead word ("vào tháng 5/2016") the month is as often a
/// period a statistic covers.
pub(super) fn opening_month(text: &str, clause: ByteSpan, d: &DateSpan) -> bool {
    let v = &d.value.value;
    let opens = text
        .get(clause.start..d.span.start)
        .is_some_and(|b| b.trim_start_matches([' ', ',', ';', ':', '\n']).is_empty());
    d.value.granularity == Granularity::Month
        && v.len() == 7
        && !v.starts_with('-')
        && opens
        && text
            .get(d.span.start..)
            .is_some_and(|r| r.starts_with("Tháng "))
}

/// Whether the day date `d` fronts `clause` of `text` (`lower` its lower-cased view): only
/// lead words before it in the clause (after an attribution "Theo …,"), "vào" / "hôm" just
/// before it, or written capitalized inside the clause, where it opens a sentence the
/// splitter did not end ("… làm rõ vụ việc Ngày 5.7, Công an huyện …").
pub(super) fn fronts(text: &str, lower: &str, clause: ByteSpan, d: &DateSpan) -> bool {
    let Some(before) = lower.get(clause.start..d.span.start) else {
        return false;
    };
    let capitalized = text
        .get(d.span.start..)
        .and_then(|r| r.chars().next())
        .is_some_and(char::is_uppercase);
    if inside_clause(lower, clause, d)
        || (capitalized && d.span.start > clause.start)
        || set_off(lower, before, d)
        || set_off_led(lower, before, d)
    {
        return true;
    }
    let mut rest = before;
    if let Some(attributed) = ATTRIBUTION_HEADS
        .iter()
        .find_map(|head| rest.strip_prefix(head))
    {
        rest = attributed
            .get(..floor_boundary(attributed, ATTRIBUTION_MAX.min(attributed.len())))
            .and_then(|head| head.find(", "))
            .and_then(|i| attributed.get(i + 2..))
            .unwrap_or(rest);
    }
    for _ in 0..LEAD_WORDS_MAX {
        rest = rest.trim_start_matches([' ', ',', ';', '(', ')', '-']);
        if rest.is_empty() {
            return true;
        }
        // "Từ 19h tối nay (20.5)": a start time, not the start of a validity ("Từ ngày 1/7").
        if let Some(after) = rest.strip_prefix("từ ").filter(|a| clock_time(a).is_some()) {
            rest = after;
            continue;
        }
        let lead = WORDS
            .date_leads
            .iter()
            .filter(|w| rest.starts_with(w.as_str()) && word_end(rest, w.len()))
            .map(String::len)
            .max()
            .or_else(|| clock_time(rest));
        // "Đến ngày 6/2, đã có 56/56 (đạt 100%) đơn vị trở lại": by that day a share was
        // reached, a tally, not an occurrence. Only the name's bytes after the date are read
        // (a clause of many dates stays linear).
        if rest.starts_with(TALLY_LEAD) && name_after(lower, clause, d).contains('%') {
            return false;
        }
        match lead {
            Some(len) => rest = rest.get(len..).unwrap_or_default(),
            None => return false,
        }
    }
    rest.trim_start_matches([' ', ',', ';', '(', ')', '-'])
        .is_empty()
}

/// The lead word "by" ("Đến ngày 23/5, …"): what follows is an occurrence of that day, or a
/// tally reached by it when the clause gives a share.
const TALLY_LEAD: &str = "đến ";

/// The lower-cased text of `clause` after the date `d` that may name what it reports: at
/// most [`REPORT_NAME_MAX`] bytes.
pub(super) fn name_after<'a>(lower: &'a str, clause: ByteSpan, d: &DateSpan) -> &'a str {
    let end = floor_boundary(lower, clause.end.min(d.span.end + REPORT_NAME_MAX));
    lower.get(d.span.end..end).unwrap_or_default()
}

/// Whether the day date `d` stands between commas after a phrase of its clause (`before`):
/// a time adverbial set off for what follows it ("Trong lúc tìm đối tác mới, sáng 1/7, Công
/// ty Samho đặt mua 4.000 suất ăn"), fronting the rest of the clause.
fn set_off(lower: &str, before: &str, d: &DateSpan) -> bool {
    before.trim_end().ends_with(',') && lower.get(d.span.end..).is_some_and(|r| r.starts_with(", "))
}

/// Whether the day date `d` is a time adverbial inside `clause`: just after "vào" ("đi lễ
/// vào ngày 7/2"), or written with "hôm" ("được phát hiện hôm 2.7") and not after a word of
/// a validity or a tally ("từ hôm nay (1/7)").
pub(super) fn inside_clause(lower: &str, clause: ByteSpan, d: &DateSpan) -> bool {
    let before = lower
        .get(clause.start..d.span.start)
        .unwrap_or_default()
        .trim_end();
    let surface = lower.get(d.span.start..d.span.end).unwrap_or_default();
    let last = before.rsplit(' ').next().unwrap_or_default();
    // The word before the date and its clock time ("Kể từ 12h hôm nay (30/4/)").
    let before_time = before
        .rsplit(' ')
        .find(|w| clock_time(w) != Some(w.len()))
        .unwrap_or_default();
    (last == "vào" && before.len() > last.len())
        || (after_vao_leads(before) && !reporter_in(lower, clause))
        || (surface.starts_with("hôm ") && !matches!(before_time, "từ" | "đến" | "tới"))
        || after_occurrence_verb(before)
        || closes_clause(lower, clause, d, before)
}

/// Whether the lower-cased clause head `before` (the clause up to a date) ends with "vào"
/// and then only lead words and clock times, after a word of its own ("đã bị thiêu rụi vào
/// khoảng 11 giờ ngày 9-7", "Đám cháy được phát hiện vào khoảng 16h ngày 17/6"): the time of
/// what the clause reports, as "vào" just before the date is ("đi lễ vào ngày 7/2").
fn after_vao_leads(before: &str) -> bool {
    let mut rest = before.trim_end();
    for _ in 0..LEAD_WORDS_MAX {
        let Some(shorter) = without_lead(rest) else {
            return false;
        };
        let strip = rest.len() - shorter.len();
        // The lead word just stripped is "vào", with more than lead words before it.
        if strip > 0 && rest.ends_with(VAO) && word_start(rest, rest.len() - VAO.len()) {
            return acted_before_vao(shorter);
        }
        rest = shorter;
    }
    false
}

/// Whether the clause head before "vào" (`head`, trimmed) holds words of its own past any
/// lead words, and no comma ends them: an act or incident the time after "vào" belongs to.
/// After a comma, or after lead words only ("Trước đó, vào khoảng 8 giờ ngày 23/6, …",
/// "Theo thông tin ban đầu, vào khoảng …"), the date fronts what follows it instead.
fn acted_before_vao(head: &str) -> bool {
    let mut core = head;
    for _ in 0..LEAD_WORDS_MAX {
        match without_lead(core) {
            Some(shorter) => core = shorter,
            None => break,
        }
    }
    !core.is_empty() && !core.ends_with(',')
}

/// Whether `clause` of `lower` names the reporter (a `reporter_word`: "phóng viên Báo Người
/// Lao Động chứng kiến vào lúc 17 giờ 15 phút ngày 4-6, …"): what the reporter saw at that
/// time, not an occurrence dated by it.
fn reporter_in(lower: &str, clause: ByteSpan) -> bool {
    let part = lower.get(clause.start..clause.end).unwrap_or_default();
    WORDS.reporter_words.iter().any(|w| {
        part.match_indices(w.as_str())
            .any(|(i, _)| word_start(part, i) && word_end(part, i + w.len()))
    })
}

/// The preposition "at" that makes the day after it, past lead words, the time of its
/// clause's occurrence.
const VAO: &str = "vào";

/// Whether the day date `d` closes `clause` after a comma, the clause's words before it
/// (`before`, lower-cased and trimmed): the time of what the clause reports, written last
/// ("C49 … ập vào kiểm tra hai hộ kinh doanh tôm ở huyện Phước Long (Bạc Liêu), chiều
/// 10/6.").
fn closes_clause(lower: &str, clause: ByteSpan, d: &DateSpan, before: &str) -> bool {
    before.ends_with(',')
        && lower.get(d.span.end..clause.end).is_some_and(|r| {
            r.trim_matches(|c: char| matches!(c, '.' | ' ' | ';' | '\n'))
                .is_empty()
        })
}

/// Whether the lower-cased clause head `before` (the clause up to a date) ends with a verb of
/// happening followed only by lead words and clock times ("vụ nổ xảy ra lúc 15h", "vụ tai
/// nạn xảy ra trưa"): the date is the time of the occurrence the clause reports.
pub(super) fn after_occurrence_verb(before: &str) -> bool {
    let mut rest = before.trim_end();
    for _ in 0..LEAD_WORDS_MAX {
        if let Some(verb) = WORDS
            .occurrence_verbs
            .iter()
            .find(|w| rest.ends_with(w.as_str()) && word_start(rest, rest.len() - w.len()))
        {
            // Something must happen: a verb opening the clause has no subject.
            return rest.len() > verb.len();
        }
        match without_lead(rest) {
            Some(shorter) => rest = shorter,
            None => return false,
        }
    }
    false
}

/// `rest` without the lead word (the longest `date_lead` row) or clock time it ends with,
/// trimmed; `None` when it ends with neither.
pub(super) fn without_lead(rest: &str) -> Option<&str> {
    let last = rest.rsplit(' ').next().unwrap_or_default();
    let len = WORDS
        .date_leads
        .iter()
        .filter(|w| rest.ends_with(w.as_str()) && word_start(rest, rest.len() - w.len()))
        .map(String::len)
        .max()
        .or_else(|| (clock_time(last) == Some(last.len())).then_some(last.len()))
        .filter(|&len| len > 0)?;
    Some(rest.get(..rest.len() - len).unwrap_or_default().trim_end())
}

/// The length of a clock time opening `rest` ("14h", "14h30", "18"), if one does.
pub(super) fn clock_time(rest: &str) -> Option<usize> {
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 {
        return None;
    }
    let after = rest.get(digits..)?;
    let len = match after.strip_prefix('h') {
        Some(r) => {
            digits + 1 + (r.len() - r.trim_start_matches(|c: char| c.is_ascii_digit()).len())
        }
        None => digits,
    };
    word_end(rest, len).then_some(len)
}

/// Whether `clause` of `lower` reports speech ("ông X cho biết") or a plan (a plan marker
/// of the trigger table not written capitalized in `text`): no occurrence of its own.
///
/// A done word after the clause's date (`date_end`, [`done_after`]) reports the occurrence
/// as done: a plan marker before the date then names the plan it followed ("Theo kế
/// hoạch, tối 11/1/2016, Hạnh cùng đồng bọn đã đưa trót lọt được 7 người …"), and one after
/// the done word the demand or plan the act made ("… đã có văn bản yêu cầu …"); only a
/// plan marker between the date and the done word still makes the clause a plan.
pub(super) fn speech_or_plan(text: &str, lower: &str, clause: ByteSpan, date_end: usize) -> bool {
    let Some(part) = lower.get(clause.start..clause.end) else {
        return true;
    };
    let has_word = |w: &str| {
        part.match_indices(w).any(|(i, _)| {
            word_start(part, i) && word_end(part, i + w.len()) && !speech_noun(part, i, w.len())
        })
    };
    if WORDS.speech_verbs.iter().any(|w| has_word(w)) {
        return true;
    }
    let done = done_after(lower, clause, date_end);
    TRIGGERS.matcher.find_iter(part).any(|m| {
        let at = clause.start + m.start();
        if done.is_some_and(|q| at < date_end || at > q) {
            return false;
        }
        let plan = TRIGGERS
            .triggers
            .get(m.pattern().as_usize())
            .is_some_and(|t| {
                t.kind == TriggerKind::BlockBefore
                    && !plan_over(lower, clause.start, at, t.constraint)
            });
        let capitalized = text
            .get(at..)
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_uppercase);
        plan && word_start(lower, at) && word_end(lower, clause.start + m.end()) && !capitalized
    })
}

/// The name of the occurrence a fronted date `d` reports in `clause` (`lower` is the
/// lower-cased `text`): the clause after the date and its comma, without closing
/// punctuation, at most [`REPORT_NAME_MAX`] bytes; for a date inside the clause, the clause
/// up to the date ("… đi lễ vào ngày 7/2").
pub(super) fn report_name(
    text: &str,
    lower: &str,
    clause: ByteSpan,
    d: &DateSpan,
) -> Option<ByteSpan> {
    if inside_clause(lower, clause, d) {
        let body = text.get(clause.start..clause.end)?;
        let skipped = body.len() - body.trim_start_matches([',', ' ', ';']).len();
        let start = clause.start + skipped;
        let end = floor_boundary(text, d.span.end.min(start + REPORT_NAME_MAX));
        return (end > start).then(|| ByteSpan::new(start, end));
    }
    let rest = text.get(d.span.end..clause.end)?;
    let skipped = rest.len() - rest.trim_start_matches([',', ' ', ')']).len();
    let start = d.span.end + skipped;
    let body = text
        .get(start..clause.end)?
        .trim_end_matches(['.', ' ', ',', ';', ':']);
    if body.split_whitespace().count() < REPORT_NAME_WORDS {
        return None;
    }
    let mut end = start + body.len();
    if end - start > REPORT_NAME_MAX {
        end = floor_boundary(text, start + REPORT_NAME_MAX);
        end = text.get(start..end)?.rfind(' ').map_or(end, |i| start + i);
    }
    Some(ByteSpan::new(start, end))
}

impl Article<'_> {
    /// Adds to `reading` the occurrences that the fronted day dates of sentence `s` report
    /// in clauses holding no trigger of `found` (the triggers kept, in text order).
    pub(super) fn read_reports(&self, s: &Sentence, found: &[Found], reading: &mut Reading) {
        if s.generic || !self.labour {
            return;
        }
        let mut last_clause: Option<usize> = None;
        // Where each day written capitalized inside the sentence opens a part of its own.
        let run_on_starts: Vec<usize> = s
            .dates
            .iter()
            .filter(|d| opens_run_on(self.text, s.span, d))
            .map(|d| d.span.start)
            .collect();
        let mut read = 0;
        // In an article reviewing a period under a dated meeting, a year opening a sentence
        // frames the review ("Năm 2023, dưới sự lãnh đạo … của LĐLĐ thành phố, …"), and
        // the review's activities are dated by their triggers.
        let review = reviewed_year_bound(reading.main.as_ref().and_then(|m| m.date.as_deref()));
        for d in s.dates.iter() {
            if read >= MAX_REPORTS_READ {
                break;
            }
            let next = run_on_starts.partition_point(|p| *p <= d.span.start);
            let next_start = run_on_starts.get(next).copied().unwrap_or(s.span.end);
            let clause = fronted_part(
                self.text,
                self.lower,
                s.clauses().clause_of(d.span.start),
                d,
                next_start,
            );
            let clause = through_subordinate(
                self.lower,
                clause,
                d,
                |at| s.clauses().clause_of(at).end,
                next_start.max(d.span.end),
            );
            let first_found = found.partition_point(|f| f.start < clause.start);
            // A month after its lead words ("Cuối tháng 5.2015, …"), whatever its case.
            // A year after its lead words ("Vào năm 2012, …"), outside a review.
            let led_month = lead_month(self.lower, clause, d)
                || past_month(self.lower, clause, d)
                || (review.is_none() && lead_year(self.lower, clause, d));
            if !(is_day(d)
                || led_month
                || opening_month(self.text, clause, d)
                || (opening_year(self.lower, clause, d) && review.is_none()))
                || last_clause == Some(clause.start)
                || found.get(first_found).is_some_and(|f| f.start < clause.end)
                || s.clauses().in_speech(d.span.start)
                || !(led_month || fronts(self.text, self.lower, clause, d))
            {
                continue;
            }
            // Each date read from here scans its part: a bound keeps a sentence of many
            // dated parts linear.
            read += 1;
            if speech_or_plan(self.text, self.lower, clause, d.span.end) {
                continue;
            }
            last_clause = Some(clause.start);
            let Some(name) = report_name(self.text, self.lower, clause, d) else {
                continue;
            };
            if by_reporter(self.lower, name) || continuing(self.lower, name) {
                continue;
            }
            // The clause's acting organization: one followed by its verb ("Bộ Lao động -
            // Thương binh và Xã hội tổ chức …"), else one opening the name.
            let organizer = s
                .subject(self.text, clause.end)
                .filter(|o| !source_only(self.lower, s.span, s.orgs, o))
                .or_else(|| {
                    s.orgs
                        .iter()
                        .find(|o| {
                            o.start >= name.start && o.start <= name.start + REPORT_SUBJECT_LEAD
                        })
                        .map(OrgSpan::full_canonical)
                });
            if s.span.start < self.first_paragraph_end {
                reading.set_lead_day(Some(&d.value.value), d.value.time_of_day);
            }
            reading.events.push(FoundEvent {
                event_type: report_kind(self.lower, name),
                name: name.slice(self.text).to_string(),
                date: Some(d.value.value.clone()),
                time_of_day: d.value.time_of_day,
                location: location_in(self.text, clause.start, clause.end),
                organizer,
                participants: Vec::new(),
                // A part opened by a capitalized day inside the sentence is its evidence.
                sentence: if opens_run_on(self.text, s.span, d) {
                    let kept = self.text.get(clause.start..clause.end).unwrap_or_default();
                    let kept = kept.trim_end_matches([' ', ',', ';']);
                    ByteSpan::new(clause.start, clause.start + kept.len())
                } else {
                    s.span
                },
            });
        }
        self.read_sequel(s, found, reading);
        self.read_org_act(s, found, reading);
    }
}

/// Whether an event of `kind` is reported only with a date or as an act ("tổ chức" just
/// before its trigger: "đã tổ chức thành công Đại hội công đoàn nhiệm kỳ 2023 - 2028"): a
/// meeting, a congress, an award, an election or a signing that nothing in its clause, its
/// sentence or the meeting it happened at dates is a reference to one reported elsewhere
/// ("Thủ tướng … phát biểu tại lễ kỷ niệm", "Các đồng chí lãnh đạo … dự Lễ tuyên dương") or
/// a past honour listed ("- Được Tổng Liên đoàn Lao động Việt Nam … tặng Cờ thi đua"), not
/// an occurrence the article reports (GUIDELINES decision 17). Support, campaigns and other
/// occurrences are reported without a date too ("sẽ được hỗ trợ thêm 2 ngày công").
pub(super) fn dated_kind(kind: EventType) -> bool {
    matches!(
        kind,
        EventType::Conference
            | EventType::Congress
            | EventType::Award
            | EventType::Election
            | EventType::Signing
    )
}

impl Reading {
    /// Keeps `date` as the lead paragraph's day when none is kept yet and it is a day.
    pub(super) fn set_lead_day(&mut self, date: Option<&str>, time: Option<TimeOfDay>) {
        // "2017-02-10", or "--02-10" when the year is unknown.
        let is_day = date.is_some_and(|d| {
            !d.contains('/') && (d.len() == 10 || (d.len() == 7 && d.starts_with("--")))
        });
        if self.lead_day.is_none() && is_day {
            self.lead_day = date.map(|d| (d.to_string(), time));
        }
    }
}

impl Article<'_> {
    /// The day of the meeting an undated candidate happened at (GUIDELINES, Events: "things
    /// done at the meeting: signings, elections, awards"): the lead paragraph's day, for a
    /// sentence opening with "Tại buổi lễ" / "Dịp này" when no main meeting is known, or for
    /// an award, election or signing in a sentence without any date whose clause does not
    /// make it a past honour received ("01 đồng chí được … tặng Bằng khen").
    pub(super) fn meeting_day(
        &self,
        s: &Sentence,
        c: &Candidate,
        reading: &Reading,
    ) -> Option<(String, Option<TimeOfDay>)> {
        let lead = reading.lead_day.clone()?;
        if s.inherits && reading.main.is_none() {
            return Some(lead);
        }
        let done_at_meeting = matches!(
            c.event_type,
            EventType::Award | EventType::Election | EventType::Signing
        );
        let clause = s.clauses().clause_of(c.found.start);
        let passive = self
            .lower
            .get(clause.start..c.found.start)
            .is_some_and(|b| b.split(' ').any(|w| w == "được"));
        (done_at_meeting && s.dates.is_empty() && !passive).then_some(lead)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::spans::Spanned;

    #[test]
    fn no_document_word_overlaps_itself() {
        for w in &WORDS.document_words {
            let overlaps = (1..w.len())
                .filter(|&k| w.is_char_boundary(k))
                .any(|k| w.ends_with(&w[..k]));
            assert!(!overlaps, "{w}");
        }
    }
    use crate::extract::text::lower_aligned;
    use crate::record::DateMention;

    fn day(text: &str, surface: &str) -> DateSpan {
        let start = text.find(surface).unwrap_or(0);
        Spanned::new(
            ByteSpan::new(start, start + surface.len()),
            DateMention {
                text: surface.to_string(),
                start: 0,
                end: 0,
                value: "--07-02".to_string(),
                granularity: Granularity::Day,
                year_inferred: false,
                time_of_day: None,
            },
        )
    }

    #[test]
    fn a_date_after_lead_words_or_vao_fronts_its_clause() {
        // corpus-real labour.jsonl (baomoi-22684852 shape: "Theo đó, vào tối 2.7, …").
        let text = "Theo đó, vào tối 2.7, một số công nhân phát hiện anh T. tử vong trong công ty.";
        let lower = lower_aligned(text);
        let whole = ByteSpan::new(0, text.len());
        assert!(fronts(text, &lower, whole, &day(text, "tối 2.7")));
        let text = "Hồi 14h ngày 1-7, có khoảng 400 công nhân đã lần lượt nhập viện cấp cứu.";
        let lower = lower_aligned(text);
        assert!(fronts(
            text,
            &lower,
            ByteSpan::new(0, text.len()),
            &day(text, "ngày 1-7")
        ));
        // A date inside a document's reference fronts nothing.
        let text = "Trạm được sửa chữa theo quyết định số 3145 của UBND tỉnh ngày 27/9/2011.";
        let lower = lower_aligned(text);
        assert!(!fronts(
            text,
            &lower,
            ByteSpan::new(0, text.len()),
            &day(text, "ngày 27/9/2011")
        ));
        // "Từ" starts a validity, not an occurrence.
        let text = "Từ ngày 1/7, lương cơ sở chính thức tăng lên mức 1.300.000 đồng/tháng.";
        let lower = lower_aligned(text);
        assert!(!fronts(
            text,
            &lower,
            ByteSpan::new(0, text.len()),
            &day(text, "ngày 1/7")
        ));
        // corpus-real labour.jsonl (dantri-news_society_268): a validity with its clock time.
        let text = "Kể từ 12h hôm nay (30/4/), tạm dừng hoạt động tất cả cơ sở kinh doanh karaoke.";
        let lower = lower_aligned(text);
        assert!(!fronts(
            text,
            &lower,
            ByteSpan::new(0, text.len()),
            &day(text, "hôm nay (30/4/)")
        ));
        // corpus-real labour.jsonl (baomoi-22327756 shape): "từ" and a clock time is a start.
        let text = "Từ 19h tối nay (20.5), 30 tập thể, cá nhân xuất sắc đã có mặt tại Cung Văn hóa Lao động Hữu nghị Việt Xô.";
        let lower = lower_aligned(text);
        assert!(fronts(
            text,
            &lower,
            ByteSpan::new(0, text.len()),
            &day(text, "tối nay (20.5)")
        ));
    }

    #[test]
    fn the_reporters_own_visit_is_no_occurrence() {
        // corpus-real labour.jsonl (baomoi-22228170, baomoi-22551749).
        let text = "Chiều 9/5, chúng tôi có mặt tại khu vực trên để tìm hiểu thực hư câu chuyện.";
        let lower = lower_aligned(text);
        let name = ByteSpan::new(text.find("chúng").unwrap_or(0), text.len() - 1);
        assert!(by_reporter(&lower, name));
        let text = "Sáng 17-6, PV ANTĐ có mặt tại khoa Ngoại thần kinh - Bệnh viện Thanh Nhàn.";
        let lower = lower_aligned(text);
        let name = ByteSpan::new(text.find("PV").unwrap_or(0), text.len() - 1);
        assert!(by_reporter(&lower, name));
        let text = "Ngày 5.7, Công an huyện Bình Chánh đã có kết luận.";
        let lower = lower_aligned(text);
        let name = ByteSpan::new(text.find("Công").unwrap_or(0), text.len() - 1);
        assert!(!by_reporter(&lower, name));
    }

    #[test]
    fn speech_and_plans_report_nothing() {
        // corpus-real labour.jsonl (baomoi-22617362): a statement, not an occurrence.
        let text = "Chiều 26-6, ông Trần Kim Đính, Chủ tịch xã Hòa Sơn, cho biết trên địa bàn vừa xảy ra vụ cháy.";
        let lower = lower_aligned(text);
        assert!(speech_or_plan(
            text,
            &lower,
            ByteSpan::new(0, text.len()),
            0
        ));
        // corpus-real labour.jsonl (baomoi-21495378): a meeting planned.
        let text = "Hội đồng kỷ luật dự kiến sẽ họp vào ngày 20/2.";
        let lower = lower_aligned(text);
        assert!(speech_or_plan(
            text,
            &lower,
            ByteSpan::new(0, text.len()),
            0
        ));
        let text =
            "Ngày 5.7, Công an huyện Bình Chánh đã có kết luận liên quan đến cái chết của anh T.";
        let lower = lower_aligned(text);
        assert!(!speech_or_plan(
            text,
            &lower,
            ByteSpan::new(0, text.len()),
            0
        ));
        // corpus-real labour.jsonl (baomoi-22575424): after "sau" the preparation is over.
        let text = "Sau mấy tháng chuẩn bị hồ sơ, ngày 4.11.2016, LĐLĐ quận 3 nộp đơn khởi kiện lên TAND quận 3.";
        let lower = lower_aligned(text);
        assert!(!speech_or_plan(
            text,
            &lower,
            ByteSpan::new(0, text.len()),
            0
        ));
        let text = "Ngày 4.11, LĐLĐ quận 3 chuẩn bị hồ sơ khởi kiện.";
        let lower = lower_aligned(text);
        assert!(speech_or_plan(
            text,
            &lower,
            ByteSpan::new(0, text.len()),
            0
        ));
    }
}
