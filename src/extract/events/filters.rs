//! What disqualifies a trigger or a line besides its row's constraint: a headline given as
//! the first line, a purpose clause, a recurring obligation, a count after a founding; and
//! the action verb a meeting noun needs without a day date.

use std::sync::LazyLock;

use super::clauses::Clauses;
use super::clues::{amount_next, inherit_opener_len, FirstBytes};
use super::dating::is_day_or_month;
use super::triggers::{Constraint, TRIGGERS};
use super::words::WORDS;
use super::ACTION_WINDOW;
use super::{Article, Found, Sentence};
use crate::extract::candidates::KeywordSet;
use crate::extract::text::{after_space, floor_boundary, word_end, word_start, ByteSpan};
use crate::extract::Document;

/// The most words a first line without a title can have to be read as the headline.
const HEADLINE_WORDS: usize = 30;

/// Where the body starts after a headline written as the text's first line (a text with
/// no separate title): a short first line without closing punctuation, more lines after it.
/// A headline announces what the body reports; events are read from the body.
pub(super) fn headline_end(doc: &Document) -> Option<usize> {
    if doc.body_start != 0 {
        return None;
    }
    let text = doc.text.as_str();
    let newline = text.find('\n')?;
    let line = text.get(..newline)?.trim_end();
    let closed = line.ends_with(['.', '!', '?', ';', ':']);
    let rest = text.get(newline..).unwrap_or_default();
    let short = line.split_whitespace().count() <= HEADLINE_WORDS;
    (!closed && short && !rest.trim().is_empty()).then_some(newline + 1)
}

/// How far after a label head, in bytes, its colon may stand ("thời gian trao giải:").
const LABEL_COLON_MAX: usize = 40;

/// Whether the lower-cased sentence `lower` is a field of a notice: a `label_head` of
/// `event_words.tsv` opening it and a colon within [`LABEL_COLON_MAX`] bytes after the head
/// ("Thời gian trao giải: Đầu tháng 10/2021 …"). It states a schedule or a rule; nothing
/// in it is a reported occurrence.
pub(super) fn is_label(lower: &str) -> bool {
    let lower = lower.trim_start();
    LABEL_FIRST_BYTES.may_open(lower)
        && WORDS.label_heads.iter().any(|h| {
            lower.strip_prefix(h.as_str()).is_some_and(|rest| {
                let window = rest.get(..floor_boundary(rest, LABEL_COLON_MAX.min(rest.len())));
                window.is_some_and(|w| w.contains(':'))
            })
        })
}

/// The first bytes of the label heads.
static LABEL_FIRST_BYTES: LazyLock<FirstBytes> =
    LazyLock::new(|| FirstBytes::of(WORDS.label_heads.iter().map(String::as_str)));

/// Whether an action verb ("tổ chức", "chỉ đạo") stands in the [`ACTION_WINDOW`] bytes
/// before byte `pos` of `lower`, not followed by a colon: what a colon introduces is a
/// directive's content ("LĐLĐ Thành phố chỉ đạo: Đối với đại hội, …"), no act. The verb
/// governs the trigger only in its own phrase: no comma, semicolon or quotation mark
/// stands between them ("với chủ đề năm "Nâng cao chất lượng tổ chức Đoàn", trọng tâm là
/// Đại hội Đoàn các cấp": "tổ chức" is a noun of the theme), and "ban tổ chức" (the
/// organizing committee, after a role and just before the meeting: "Trưởng ban tổ chức Đại
/// hội Hà Thị Minh Ngọc cho biết …") is a noun, no act.
pub(super) fn acted_before(lower: &str, pos: usize) -> bool {
    let window_start = floor_boundary(lower, pos.saturating_sub(ACTION_WINDOW));
    lower.get(window_start..pos).is_some_and(|w| {
        WORDS.action_verbs.iter().any(|v| {
            w.match_indices(v.as_str()).any(|(i, _)| {
                let between = w.get(i + v.len()..).unwrap_or_default();
                let committee = between.trim().is_empty()
                    && w.get(..i)
                        .is_some_and(|b| b.ends_with("trưởng ban ") || b.ends_with("phó ban "));
                !between.trim_start_matches(' ').starts_with(':')
                    && !between.contains([',', ';', '"', '“', '”'])
                    && !committee
            })
        })
    })
}

/// Whether a meeting noun at `pos` of `lower` (its name ending at `name_end`), undated and
/// after an action verb, is one meeting the article reports: not several ("Bộ Y tế đã tổ
/// chức một số hội thảo …", "nhiều cơ quan … phải tổ chức họp báo": a `many_word` just
/// before it, an aggregate, GUIDELINES 14) nor meetings held at every level ("Tập trung tổ
/// chức Đại hội Công đoàn các cấp": a programme, GUIDELINES 14), and [`acted_before`].
pub(super) fn one_meeting_acted(lower: &str, pos: usize, name_end: usize) -> bool {
    let before = lower.get(..pos).unwrap_or_default().trim_end();
    // A classifier between the quantifier and the noun: "các buổi tọa đàm".
    let before = ["buổi", "cuộc"]
        .iter()
        .find_map(|c| before.strip_suffix(c))
        .map_or(before, str::trim_end);
    let many = WORDS.many_words.iter().any(|m| {
        before
            .strip_suffix(m.as_str())
            .is_some_and(|h| h.is_empty() || h.ends_with(' '))
    });
    let every_level = lower
        .get(pos..name_end)
        .is_some_and(|n| n.contains(" các cấp"));
    acted_before(lower, pos) && !many && !every_level
}

/// How many words before a plan marker "sau" may stand to make it past ("sau mấy tháng
/// chuẩn bị").
const SAU_WORDS: usize = 4;

/// Whether the plan marker at byte `pos` of `lower` is past: the word "sau" among the
/// [`SAU_WORDS`] words before it, after `from` and after the last comma or semicolon
/// ("Sau mấy tháng chuẩn bị hồ sơ, …"). Only for rows with the `over_after_sau` constraint.
pub(super) fn plan_over(
    lower: &str,
    from: usize,
    pos: usize,
    constraint: Option<Constraint>,
) -> bool {
    if constraint != Some(Constraint::OverAfterSau) {
        return false;
    }
    let start = floor_boundary(lower, pos.saturating_sub(ACTION_WINDOW).max(from));
    let Some(window) = lower.get(start..pos) else {
        return false;
    };
    let phrase = window.rsplit([',', ';', ':']).next().unwrap_or_default();
    phrase
        .split_whitespace()
        .rev()
        .take(SAU_WORDS)
        .any(|w| w == "sau")
}

/// Whether a count follows byte `pos`, after an optional "được" or "mới" ("thành lập được
/// 24 CĐCS"): an aggregate statistic, not one occurrence (GUIDELINES 14).
pub(super) fn count_after(text: &str, pos: usize) -> bool {
    let skipped = ["được", "mới"].iter().find_map(|w| {
        let start = after_space(text, pos)?;
        text.get(start..)
            .filter(|r| r.starts_with(w) && word_end(text, start + w.len()))
            .map(|_| start + w.len())
    });
    amount_next(text, skipped.unwrap_or(pos))
}

/// Whether the trigger at byte `pos` stands in a purpose clause ("… để đón tiếp khách và ký
/// kết hợp tác"): what is meant to happen, not what happened. A purpose word inside a matched
/// phrase of the table (`matched`, in text order: "thống nhất để") opens none.
pub(super) fn in_purpose(clauses: &Clauses, matched: &[ByteSpan], pos: usize) -> bool {
    clauses.purpose_of(pos).is_some_and(|p| {
        let i = matched.partition_point(|m| m.start <= p);
        !(i > 0 && matched.get(i - 1).is_some_and(|m| p < m.end))
    })
}

/// Which clause of a sentence holds a recurrence word, each clause read once: triggers come
/// in text order, so the clause read last is the only one asked about again.
#[derive(Default)]
pub(super) struct RecurringClauses {
    /// The clause read last (its start) and whether it is a recurring obligation.
    last: Option<(usize, bool)>,
}

impl RecurringClauses {
    /// Whether the trigger at byte `pos` of sentence `s` of `article` stands in a clause of a
    /// recurring obligation ("mỗi tháng người lao động đóng …"): a recurrence word
    /// (`WORDS.recurrence_words`, every occurrence found by the candidate pass) and no day
    /// date in the clause. Stop 26: an Aho-Corasick automaton of the recurrence words walked
    /// each clause again (6 M instructions of the seeds' 300 lines).
    pub(super) fn blocks(&mut self, s: &Sentence, article: &Article, pos: usize) -> bool {
        let clause = s.clauses().clause_of(pos);
        if let Some((_, blocks)) = self.last.filter(|(start, _)| *start == clause.start) {
            return blocks;
        }
        // The clause's dates first: a clause with its day needs no look-up.
        let blocks = !s.dates.iter().any(|d| {
            d.span.start >= clause.start && d.span.end <= clause.end && is_day_or_month(d)
        }) && article
            .lower
            .get(clause.start..clause.end)
            .is_some_and(|text| {
                let mut words = article
                    .doc
                    .candidates()
                    .within(KeywordSet::Recurrence, clause);
                // Word edges as the clause alone has them (its own edges count).
                words.any(|h| {
                    word_start(text, h.start - clause.start) && word_end(text, h.end - clause.start)
                })
            });
        self.last = Some((clause.start, blocks));
        blocks
    }
}

/// Whether a `modifier_before` word stands just before trigger `f` of sentence `s`
/// (`lower` is the lower-cased text): the trigger is part of a name or a time frame
/// ("Ngày thành lập", "hưởng ứng Tháng Công nhân"); or a `frame_before` word ("trong"),
/// unless `f` is a meeting noun with a day in its clause ("Vào ngày 20.7.2016, trong phiên
/// họp lần thứ nhất …" reports the session); or `f` lies inside the sentence's opener that
/// refers back to a meeting ([`in_opener`]).
pub(super) fn modifier_before(lower: &str, s: &Sentence, f: &Found) -> bool {
    if in_opener(s, f) {
        return true;
    }
    let before = lower.get(..f.start).unwrap_or_default();
    let just_before = |w: &String| {
        before.ends_with(w.as_str()) && word_start(lower, f.start.saturating_sub(w.len()))
    };
    if WORDS.modifier_words.iter().any(just_before) {
        return true;
    }
    WORDS.frame_words.iter().any(just_before) && {
        let meeting = TRIGGERS
            .triggers
            .get(f.trigger)
            .is_some_and(|t| t.constraint == Some(Constraint::ReferencedNeedsDay));
        !(meeting && s.day_for(f.start).is_some())
    }
}

/// Whether trigger `f` lies inside the opener by which sentence `s` refers back to a meeting
/// ("Tại buổi đối thoại, đại diện các công nhân đã nêu ra …"): the meeting named there is
/// the one reported before, not another (GUIDELINES, Events: "Tại Hội nghị" means the
/// conference's date and place). Not when a day or month dates the meeting in the opener's
/// phrase, before its first comma: that meeting is reported there ("Tại phiên họp lần thứ
/// 2 diễn ra tại Vĩnh Phúc vào ngày 2.8.2016, …").
fn in_opener(s: &Sentence, f: &Found) -> bool {
    let inside =
        s.inherits && inherit_opener_len(s.lower).is_some_and(|n| f.end <= s.span.start + n);
    // Read only for a trigger inside the opener: the phrase can run over a long sentence.
    inside && {
        let phrase_end = s
            .lower
            .get(f.end.saturating_sub(s.span.start)..)
            .and_then(|r| r.find(", "))
            .map_or(s.span.end, |i| f.end + i);
        !s.dates
            .iter()
            .any(|d| d.span.start >= f.end && d.span.end <= phrase_end && is_day_or_month(d))
    }
}
