//! Events named more than once: a restated lead and a meeting named again report one
//! occurrence.

use std::cell::OnceCell;
use std::collections::HashSet;

use crate::extract::caseless::lower_into;
use crate::record::EventType;

use super::FoundEvent;

/// The fewest words of an event's name that, written again with the same type and date,
/// restate one occurrence rather than name another (a clause, not a trigger alone).
const RESTATED_NAME_WORDS: usize = 6;

/// Whether the ISO value `v` is a single day ("2017-06-27", or "--06-27" without its year).
fn is_day_value(v: &str) -> bool {
    !v.contains('/') && (v.len() == 10 || (v.len() == 7 && v.starts_with("--")))
}

/// The lower-cased words of an event's name without those holding a digit and without
/// "số" (a document's number: "ra Quyết định số 376 thành lập …").
fn name_words(name: &str) -> HashSet<String> {
    name.split_whitespace()
        .filter(|w| !w.bytes().any(|b| b.is_ascii_digit()))
        .map(|w| {
            let mut lower = String::with_capacity(w.len());
            lower_into(&mut lower, w);
            lower
        })
        .filter(|w| w != "số")
        .collect()
}

/// Whether `later`, an event with no date, restates `earlier`, one of the same type with a
/// date: the words of one name ([`name_words`], [`RESTATED_NAME_WORDS`] or more) are all
/// words of the other ("Chiều 8-2, Bộ trưởng … đã ra quyết định thành lập Hội đồng kỷ
/// luật …", then "Bộ trưởng Bộ Công Thương đã ra Quyết định số 376 thành lập Hội đồng kỷ
/// luật …"): the act the article dated, named again, not another one.
///
/// `later_words` and `earlier_words` hold the events' [`name_words`] once read (each event's
/// are read at most once however many events it is compared with).
fn restates_undated(
    later: &FoundEvent,
    later_words: &OnceCell<HashSet<String>>,
    earlier: &FoundEvent,
    earlier_words: &OnceCell<HashSet<String>>,
) -> bool {
    if later.date.is_some() || earlier.date.is_none() || later.event_type != earlier.event_type {
        return false;
    }
    let a = later_words.get_or_init(|| name_words(&later.name));
    let b = earlier_words.get_or_init(|| name_words(&earlier.name));
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    small.len() >= RESTATED_NAME_WORDS && small.is_subset(large)
}

/// The letters and digits of `name` (`char::is_alphanumeric`).
fn letters_digits(name: &str) -> String {
    let mut kept = String::with_capacity(name.len());
    // Runs between the characters dropped are copied whole.
    let mut run = 0;
    for (at, c) in name.char_indices() {
        if !is_alphanumeric(c) {
            kept.push_str(name.get(run..at).unwrap_or_default());
            run = at + c.len_utf8();
        }
    }
    kept.push_str(name.get(run..).unwrap_or_default());
    kept
}

/// `char::is_alphanumeric`, answered without the Unicode tables for ASCII and the Latin
/// blocks Vietnamese is written in (every character of U+00C0–U+024F but `×` and `÷`, and of
/// U+1E00–U+1EFF, is a letter; a test compares with the tables).
fn is_alphanumeric(c: char) -> bool {
    match c {
        '\0'..='\u{7F}' => c.is_ascii_alphanumeric(),
        '\u{C0}'..='\u{24F}' => c != '×' && c != '÷',
        '\u{1E00}'..='\u{1EFF}' => true,
        _ => c.is_alphanumeric(),
    }
}

/// How many events before an undated one are read for the dated event it may restate: the
/// act is named again near its first report, and a bound keeps an article of thousands of
/// events linear.
const RESTATE_LOOKBACK: usize = 64;

/// Keeps the first of the events that report one occurrence, in text order.
pub(super) fn keep_once(events: &mut Vec<FoundEvent>) {
    // An undated event that restates a dated one before it is that one.
    let mut kept: Vec<FoundEvent> = Vec::with_capacity(events.len());
    let mut kept_words: Vec<OnceCell<HashSet<String>>> = Vec::with_capacity(events.len());
    for e in events.drain(..) {
        let recent = kept.len().saturating_sub(RESTATE_LOOKBACK);
        let words = OnceCell::new();
        if !kept
            .get(recent..)
            .unwrap_or_default()
            .iter()
            .zip(kept_words.get(recent..).unwrap_or_default())
            .any(|(k, k_words)| restates_undated(&e, &words, k, k_words))
        {
            kept.push(e);
            kept_words.push(words);
        }
    }
    *events = kept;
    // A sentence written twice (the lead repeated as the body's first sentence, a credit or
    // an invisible space apart) reports its events once: the same type, date and name of
    // [`RESTATED_NAME_WORDS`] words or more, its letters and digits compared, are one
    // occurrence (a short name, a trigger alone, is shared by distinct mentions: "tuyên
    // dương" of a ceremony and of an award given at it).
    // A meeting or congress of one day and part of the day is one meeting however often it
    // is named (the lead's "phiên họp thứ nhất", then a caption's "Toàn cảnh phiên họp lần
    // thứ nhất … ngày 27.6").
    let mut seen = HashSet::new();
    let mut meetings = HashSet::new();
    events.retain(|e| {
        let restated = e
            .name
            .split_whitespace()
            .nth(RESTATED_NAME_WORDS - 1)
            .is_some();
        let meeting_day = matches!(e.event_type, EventType::Conference | EventType::Congress)
            && e.date.as_deref().is_some_and(is_day_value);
        (!meeting_day || meetings.insert((e.event_type, e.date.clone(), e.time_of_day)))
            && (!restated || seen.insert((e.event_type, e.date.clone(), letters_digits(&e.name))))
    });
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::extract::text::ByteSpan;

    /// [`keep_once`] as first written: each name's words read again for every comparison,
    /// lower-cased by `str::to_lowercase`, the words counted whole, the letters pushed one
    /// by one.
    fn keep_once_reference(events: &mut Vec<FoundEvent>) {
        fn words(name: &str) -> HashSet<String> {
            name.split_whitespace()
                .map(str::to_lowercase)
                .filter(|w| w != "số" && !w.chars().any(|c| c.is_ascii_digit()))
                .collect()
        }
        fn restates(later: &FoundEvent, earlier: &FoundEvent) -> bool {
            if later.date.is_some()
                || earlier.date.is_none()
                || later.event_type != earlier.event_type
            {
                return false;
            }
            let (a, b) = (words(&later.name), words(&earlier.name));
            let (small, large) = if a.len() <= b.len() {
                (&a, &b)
            } else {
                (&b, &a)
            };
            small.len() >= RESTATED_NAME_WORDS && small.is_subset(large)
        }
        let mut kept: Vec<FoundEvent> = Vec::new();
        for e in events.drain(..) {
            let recent = kept.len().saturating_sub(RESTATE_LOOKBACK);
            if !kept[recent..].iter().any(|k| restates(&e, k)) {
                kept.push(e);
            }
        }
        *events = kept;
        let mut seen = HashSet::new();
        let mut meetings = HashSet::new();
        events.retain(|e| {
            let restated = e.name.split_whitespace().count() >= RESTATED_NAME_WORDS;
            let meeting_day = matches!(e.event_type, EventType::Conference | EventType::Congress)
                && e.date.as_deref().is_some_and(is_day_value);
            let letters: String = e.name.chars().filter(|&c| is_alphanumeric(c)).collect();
            (!meeting_day || meetings.insert((e.event_type, e.date.clone(), e.time_of_day)))
                && (!restated || seen.insert((e.event_type, e.date.clone(), letters)))
        });
    }

    /// An event of `event_type` named `name` on `date`, with nothing else known (for the
    /// events' filter tests here and in `verdicts.rs`).
    pub(in crate::extract::events) fn event(
        event_type: EventType,
        name: String,
        date: Option<&str>,
    ) -> FoundEvent {
        FoundEvent {
            event_type,
            name,
            date: date.map(str::to_string),
            time_of_day: None,
            location: None,
            organizer: None,
            participants: Vec::new(),
            sentence: ByteSpan::new(0, 0),
        }
    }

    proptest::proptest! {
        /// Events of a few types and dates whose names share words (in any case, with
        /// numbers, "Số", punctuation): the events kept are those of the first definition.
        #[test]
        fn events_kept_once_are_the_first_definitions(
            picks in proptest::collection::vec(
                (0usize..3, 0usize..3, proptest::collection::vec(0usize..14, 1..12)),
                0..90,
            ),
        ) {
            const WORDS: [&str; 14] = [
                "Hội", "nghị", "HỘI", "NGHỊ", "số", "Số", "376", "quyết", "định,", "Quyết",
                "thành", "lập", "đoàn", "Đoàn.",
            ];
            let types = [EventType::Other, EventType::Conference, EventType::Congress];
            let dates = [None, Some("2024-02-01"), Some("2024-02")];
            let events: Vec<FoundEvent> = picks
                .iter()
                .map(|(t, d, words)| {
                    let name: Vec<&str> = words.iter().map(|&w| WORDS[w]).collect();
                    event(types[*t], name.join(" "), dates[*d])
                })
                .collect();
            let mut expected = events.clone();
            keep_once_reference(&mut expected);
            let mut found = events;
            keep_once(&mut found);
            let names = |v: &[FoundEvent]| -> Vec<(String, Option<String>)> {
                v.iter().map(|e| (e.name.clone(), e.date.clone())).collect()
            };
            proptest::prop_assert_eq!(names(&found), names(&expected));
        }
    }

    #[test]
    fn the_latin_fast_path_answers_as_the_unicode_tables() {
        for c in ('\0'..='\u{2000}').chain('\u{1E00}'..='\u{1F00}') {
            assert_eq!(
                is_alphanumeric(c),
                c.is_alphanumeric(),
                "{c:?} U+{:04X}",
                c as u32
            );
        }
    }
}
