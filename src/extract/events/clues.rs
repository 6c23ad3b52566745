//! What the event rules read around a trigger: where its name stops, an amount or a gift
//! after it, support in its clause, a same-day opener, the place after "tại".

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use super::triggers::TRIGGERS;
use super::words::WORDS;
use crate::extract::lexicon::LEXICON;
use crate::extract::text::{
    after_space, ceil_boundary, floor_boundary, next_word, word_at, word_end, word_start,
};
use crate::record::{EventType, TimeOfDay};

/// Where an event's name stops besides the words of `event_words.tsv` (`name_stop_word`,
/// `name_stop_phrase`): punctuation, and numbered lists.
const PUNCTUATION_STOPS: [&str; 6] = [";", ". ", ", nơi có", " (1", " (2", "..."];

/// Every name stop, as matched.
pub(super) static NAME_STOPS: LazyLock<Vec<String>> = LazyLock::new(|| {
    PUNCTUATION_STOPS
        .iter()
        .map(|s| s.to_string())
        .chain(WORDS.name_stops.iter().cloned())
        .collect()
});

/// One matcher over every [`NAME_STOPS`] entry (overlapping matches, so that a stop that
/// does not apply to an event type cannot hide one that does).
static NAME_STOP_MATCHER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(NAME_STOPS.iter())
        .expect("name stop matcher builds")
});

/// The longest [`NAME_STOPS`] entry, in bytes.
pub(super) fn longest_stop() -> usize {
    NAME_STOPS.iter().map(|s| s.len()).max().unwrap_or(0)
}

/// Whether name stop number `pattern` ends the name of an event of `event_type`: a
/// conference's name runs over ";" ("… năm 2023; phương hướng, nhiệm vụ năm 2024"), a
/// signing's over "với" (its partner).
fn stop_applies(pattern: usize, event_type: EventType) -> bool {
    let stop = NAME_STOPS.get(pattern).map_or("", String::as_str);
    match event_type {
        EventType::Conference => stop != ";",
        EventType::Signing => stop != " với ",
        _ => true,
    }
}

/// The byte offset of the first name stop in `text[from..to]` that applies to
/// `event_type` ([`stop_applies`]).
///
/// Callers pass `to` no further than the next trigger plus [`longest_stop`] bytes (a stop
/// starting later cannot end the name, which is cut at the next trigger anyway), so the
/// regions of one sentence's triggers do not overlap much and the scan stays linear; the
/// scan also ends once no later match can start before the best one found.
pub(super) fn name_stop(
    text: &str,
    from: usize,
    to: usize,
    event_type: EventType,
) -> Option<usize> {
    let region = text.get(from..to)?;
    let longest = longest_stop();
    let mut best: Option<usize> = None;
    for m in NAME_STOP_MATCHER.find_overlapping_iter(region) {
        // Matches come by increasing end: a later one starts at or after `end - longest`.
        if best.is_some_and(|b| m.end().saturating_sub(longest) > b) {
            break;
        }
        if stop_applies(m.pattern().as_usize(), event_type) && best.is_none_or(|b| m.start() < b) {
            best = Some(m.start());
        }
    }
    best.map(|b| from + b)
}

/// The previous scan, kept for reference by the equivalence test.
#[cfg(test)]
pub(super) fn name_stop_unbounded(
    text: &str,
    from: usize,
    to: usize,
    event_type: EventType,
) -> Option<usize> {
    let region = text.get(from..to)?;
    NAME_STOP_MATCHER
        .find_overlapping_iter(region)
        .filter(|m| stop_applies(m.pattern().as_usize(), event_type))
        .map(|m| from + m.start())
        .min()
}

/// `s.trim_end_matches(suffix)` by `strip_suffix` (the standard library's search for a
/// string pattern is set up anew for every call).
fn strip_all<'s>(mut s: &'s str, suffix: &str) -> &'s str {
    while let Some(rest) = s.strip_suffix(suffix) {
        s = rest;
    }
    s
}

/// The end of an event's name starting at `start` (its trigger ending at `trigger_end`):
/// the first name stop before `next_start` (the next trigger) or `sentence_end`, trailing
/// punctuation and a dangling "và" / "tại" trimmed.
pub(super) fn name_end(
    text: &str,
    start: usize,
    trigger_end: usize,
    next_start: usize,
    sentence_end: usize,
    event_type: EventType,
) -> usize {
    let stop_to = ceil_boundary(text, next_start.saturating_add(longest_stop())).min(sentence_end);
    let mut end = name_stop(text, trigger_end, stop_to, event_type)
        .unwrap_or(sentence_end)
        .min(next_start);
    while let Some(name) = text.get(start..end) {
        let trimmed = strip_all(
            strip_all(name.trim_end_matches([' ', ',', '.', ';', ':']), " và"),
            " tại",
        );
        if trimmed.len() == name.len() {
            break;
        }
        end = start + trimmed.len();
    }
    end.max(trigger_end)
}

/// How far after an amount a support word is looked for, in bytes: the support word stands
/// near the amount, and a long sentence of many amounts then costs a bounded read per
/// amount.
const CLAUSE_WINDOW: usize = 1024;

/// Whether the clause after byte `pos` (up to ", ", "; " or `end`) names support.
pub(super) fn support_in_clause(lower: &str, pos: usize, end: usize) -> bool {
    let Some(rest) = lower.get(pos..end) else {
        return false;
    };
    let rest = rest
        .get(..floor_boundary(rest, CLAUSE_WINDOW))
        .unwrap_or(rest);
    // ", " and "; " end the clause; a decimal comma ("1,5 tỷ đồng") does not.
    let clause_end = [", ", "; "]
        .iter()
        .filter_map(|p| rest.find(p))
        .min()
        .unwrap_or(rest.len());
    let clause = rest.get(..clause_end).unwrap_or(rest);
    WORDS
        .support_words
        .iter()
        .any(|w| clause.contains(w.as_str()))
}

/// "Chiều cùng ngày, …", "Cùng ngày, …": whether the sentence opens with a same-day opener
/// (`same_day` rows), and the time of day written before it.
pub(super) fn same_day_opener(sentence_lower: &str) -> Option<Option<TimeOfDay>> {
    // The first word is a time of day only when it starts with a time word's first byte.
    if !OPENS_SAME_DAY.may_open(sentence_lower) {
        return None;
    }
    let (time, rest) = match sentence_lower.split_once(' ') {
        Some((first, rest)) if TimeOfDay::from_word(first).is_some() => {
            (TimeOfDay::from_word(first), rest)
        }
        _ => (None, sentence_lower),
    };
    TRIGGERS
        .same_day_openers
        .iter()
        .any(|o| rest.starts_with(o.as_str()) && word_end(rest, o.len()))
        .then_some(time)
}

/// The word that, opening a sentence before an inherit opener, adds what follows to the
/// same meeting ("Cũng tại buổi lễ, Hội Nhà báo Việt Nam đã trao tặng Kỷ niệm chương …",
/// labour.jsonl baomoi-22327756): "also at the ceremony" refers to the meeting as the
/// opener alone does. Counted over all of labour.jsonl / general-10k (occurrences), "cũng"
/// before an inherit row: 5 / 16 (stop 21, docs/RULES.md).
const ALSO: &str = "cũng ";

/// Whether the sentence opens with an opener that refers to the main event ("Dịp này"),
/// after an optional [`ALSO`] ("Cũng tại buổi lễ").
pub(super) fn inherit_opener(sentence_lower: &str) -> bool {
    inherit_opener_len(sentence_lower).is_some()
}

/// The length in bytes of the opener that refers to the main event at the start of the
/// lower-cased sentence, with its [`ALSO`] ("cũng tại buổi lễ"), or None.
pub(super) fn inherit_opener_len(sentence_lower: &str) -> Option<usize> {
    let lower = sentence_lower.strip_prefix(ALSO).unwrap_or(sentence_lower);
    let also = sentence_lower.len() - lower.len();
    if !OPENS_INHERITED.may_open(lower) {
        return None;
    }
    TRIGGERS
        .inherit_openers
        .iter()
        .filter(|o| lower.starts_with(o.as_str()) && word_end(lower, o.len()))
        .map(|o| also + o.len())
        .max()
}

/// Whether the sentence opens with a generic subject ("Các cấp công đoàn toàn tỉnh đã tổ
/// chức").
pub(super) fn generic_subject(sentence_lower: &str) -> bool {
    OPENS_GENERIC.may_open(sentence_lower)
        && WORDS
            .generic_subjects
            .iter()
            .any(|g| sentence_lower.starts_with(g.as_str()))
}

/// The bytes that phrases of a list start with: a sentence whose first byte is none of them
/// opens with none of the phrases, which is answered without comparing it with each (every
/// sentence was compared with four lists, stop 17).
pub(super) struct FirstBytes([bool; 256]);

impl FirstBytes {
    /// The first bytes of `phrases` (every byte when one of them is empty).
    pub(super) fn of<'a>(phrases: impl IntoIterator<Item = &'a str>) -> Self {
        let mut set = [false; 256];
        for p in phrases {
            match p.as_bytes().first() {
                Some(&b) => set[usize::from(b)] = true,
                None => set = [true; 256],
            }
        }
        Self(set)
    }

    /// Whether `text` may start with one of the phrases: its first byte is one of theirs
    /// (an empty text starts with an empty phrase only).
    pub(super) fn may_open(&self, text: &str) -> bool {
        match text.as_bytes().first() {
            Some(&b) => self.0[usize::from(b)],
            None => self.0.iter().all(|&b| b),
        }
    }
}

/// The first bytes of the same-day openers, and of the words `TimeOfDay::from_word` reads
/// before them in any case ("sáng", "Trưa", "chiều", "tối", "Đêm": "s", "t", "c", "đ" and
/// their capitals).
static OPENS_SAME_DAY: LazyLock<FirstBytes> = LazyLock::new(|| {
    let times = ["s", "S", "t", "T", "c", "C", "đ", "Đ"];
    FirstBytes::of(
        TRIGGERS
            .same_day_openers
            .iter()
            .map(String::as_str)
            .chain(times),
    )
});

/// The first bytes of the openers that refer to the main event.
static OPENS_INHERITED: LazyLock<FirstBytes> =
    LazyLock::new(|| FirstBytes::of(TRIGGERS.inherit_openers.iter().map(String::as_str)));

/// The first bytes of the generic subjects.
static OPENS_GENERIC: LazyLock<FirstBytes> =
    LazyLock::new(|| FirstBytes::of(WORDS.generic_subjects.iter().map(String::as_str)));

/// Whether an amount follows byte `pos`: a number, or a qualifier and a number.
pub(super) fn amount_next(text: &str, pos: usize) -> bool {
    let digit_at = |p: usize| {
        text.get(p..)
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
    };
    let Some(start) = after_space(text, pos) else {
        return false;
    };
    digit_at(start)
        || word_at(text, start).is_some_and(|(w, end)| {
            WORDS.amount_qualifiers.iter().any(|q| q == w)
                && after_space(text, end).is_some_and(digit_at)
        })
}

/// Whether the speech verb at bytes `at..at + len` of `part` stands inside a
/// `speech_noun` phrase of `event_words.tsv`: a noun ("phần phát biểu", "bài phát biểu")
/// or a fixed phrase ("nói trên", "the above-mentioned"; "nói chuyện", a talk) that
/// reports no speech ("Năm 2010, khi đảm nhận vai trò MC …, Lại Văn Sâm đã phiên dịch sai
/// phần phát biểu …" reports what he did).
pub(super) fn speech_noun(part: &str, at: usize, len: usize) -> bool {
    WORDS.speech_nouns.iter().any(|n| {
        n.match_indices(part.get(at..at + len).unwrap_or("\u{0}"))
            .any(|(k, _)| {
                at.checked_sub(k).is_some_and(|start| {
                    part.get(start..).is_some_and(|r| r.starts_with(n.as_str()))
                        && word_start(part, start)
                        && word_end(part, start + n.len())
                })
            })
    })
}

/// Whether a gift noun follows byte `pos` ("tặng quà", "trao học bổng").
pub(super) fn gift_next(text: &str, pos: usize) -> bool {
    next_word(text, pos).is_some_and(|(w, _, _)| WORDS.gift_nouns.iter().any(|g| g == w))
}

/// "tại thành phố Hải Phòng", "tại Hà Nội": the place after "tại", as written.
pub(super) fn location_in(text: &str, start: usize, end: usize) -> Option<String> {
    let sentence = text.get(start..end)?;
    for i in memchr::memmem::find_iter(sentence.as_bytes(), "tại ") {
        let p = start + i + "tại ".len();
        if !word_start(text, start + i) {
            continue;
        }
        let place_start = WORDS
            .place_levels
            .iter()
            .find(|l| text.get(p..).is_some_and(|r| r.starts_with(l.as_str())))
            .map_or(p, |l| p + l.len());
        if let Some((place_end, _)) = LEXICON.place_at(text, place_start) {
            if place_end <= end {
                return text.get(p..place_end).map(str::to_string);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_speech_verb_inside_a_noun_or_fixed_phrase_says_nothing() {
        // corpus-real labour.jsonl (baomoi-22519575): "phần phát biểu" is a noun.
        let part = "lại văn sâm đã phiên dịch sai phần phát biểu bằng tiếng anh";
        let at = part.find("phát biểu").unwrap_or(0);
        assert!(speech_noun(part, at, "phát biểu".len()));
        // "vụ việc nói trên": the above-mentioned; "ông x nói": speech.
        let part = "vụ việc nói trên đã được xử lý";
        assert!(speech_noun(
            part,
            part.find("nói").unwrap_or(0),
            "nói".len()
        ));
        let part = "ông x nói công ty đã trả lương";
        assert!(!speech_noun(
            part,
            part.find("nói").unwrap_or(0),
            "nói".len()
        ));
        let part = "phát biểu tại hội nghị";
        assert!(!speech_noun(part, 0, "phát biểu".len()));
    }

    #[test]
    fn first_bytes_rule_out_only_texts_no_phrase_opens() {
        let set = FirstBytes::of(["dịp này", "tại", "đồng thời"]);
        for text in ["dịp này, ông", "tại hội nghị", "đồng thời", "đêm qua"] {
            assert!(set.may_open(text), "{text:?}");
        }
        for text in ["", "sáng nay", "Dịp này", " tại"] {
            assert!(!set.may_open(text), "{text:?}");
        }
        let with_empty = FirstBytes::of(["", "tại"]);
        assert!(with_empty.may_open("") && with_empty.may_open("x"));
    }

    #[test]
    fn openers_answer_as_the_lists_do() {
        for text in [
            "cùng ngày, công đoàn tổ chức",
            "chiều cùng ngày, công đoàn tổ chức",
            "Chiều cùng ngày, công đoàn tổ chức",
            "tại hội nghị, ông nói",
            "các cấp công đoàn đã tổ chức",
            "hôm nay trời mưa",
            "",
        ] {
            // The comparison before stop 17.
            let rest = match text.split_once(' ') {
                Some((first, rest)) if TimeOfDay::from_word(first).is_some() => rest,
                _ => text,
            };
            let same_day = TRIGGERS
                .same_day_openers
                .iter()
                .any(|o| rest.starts_with(o.as_str()) && word_end(rest, o.len()));
            assert_eq!(same_day_opener(text).is_some(), same_day, "{text:?}");
            let inherited = TRIGGERS
                .inherit_openers
                .iter()
                .any(|o| text.starts_with(o.as_str()) && word_end(text, o.len()));
            assert_eq!(inherit_opener(text), inherited, "{text:?}");
            let generic = WORDS
                .generic_subjects
                .iter()
                .any(|g| text.starts_with(g.as_str()));
            assert_eq!(generic_subject(text), generic, "{text:?}");
        }
    }

    #[test]
    fn also_before_an_inherit_opener_refers_to_the_same_meeting() {
        // corpus-real labour.jsonl (baomoi-22565385).
        let text = "cũng tại buổi lễ, hội nhà báo việt nam đã trao tặng kỷ niệm chương";
        assert!(inherit_opener(text));
        assert_eq!(inherit_opener_len(text), Some("cũng tại buổi lễ".len()));
        // "cũng" alone, or before no opener, refers to nothing.
        assert!(!inherit_opener("cũng trong ngày 9/5, sở tài nguyên"));
        assert_eq!(
            inherit_opener_len("dịp này, ban tổ chức"),
            Some("dịp này".len())
        );
    }
}
