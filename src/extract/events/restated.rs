//! Events named more than once: a restated lead and a meeting named again report one
//! occurrence.

use std::collections::HashSet;

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
        .map(str::to_lowercase)
        .filter(|w| w != "số" && !w.chars().any(|c| c.is_ascii_digit()))
        .collect()
}

/// Whether `later`, an event with no date, restates `earlier`, one of the same type with a
/// date: the words of one name ([`name_words`], [`RESTATED_NAME_WORDS`] or more) are all
/// words of the other ("Chiều 8-2, Bộ trưởng … đã ra quyết định thành lập Hội đồng kỷ
/// luật …", then "Bộ trưởng Bộ Công Thương đã ra Quyết định số 376 thành lập Hội đồng kỷ
/// luật …"): the act the article dated, named again, not another one.
fn restates_undated(later: &FoundEvent, earlier: &FoundEvent) -> bool {
    if later.date.is_some() || earlier.date.is_none() || later.event_type != earlier.event_type {
        return false;
    }
    let (a, b) = (name_words(&later.name), name_words(&earlier.name));
    let (small, large) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    small.len() >= RESTATED_NAME_WORDS && small.is_subset(large)
}

/// The letters and digits of `name` (`char::is_alphanumeric`).
fn letters_digits(name: &str) -> String {
    let mut kept = String::with_capacity(name.len());
    kept.extend(name.chars().filter(|&c| is_alphanumeric(c)));
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
    for e in events.drain(..) {
        let recent = kept.len().saturating_sub(RESTATE_LOOKBACK);
        if !kept
            .get(recent..)
            .unwrap_or_default()
            .iter()
            .any(|k| restates_undated(&e, k))
        {
            kept.push(e);
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
        let restated = e.name.split_whitespace().count() >= RESTATED_NAME_WORDS;
        let meeting_day = matches!(e.event_type, EventType::Conference | EventType::Congress)
            && e.date.as_deref().is_some_and(is_day_value);
        (!meeting_day || meetings.insert((e.event_type, e.date.clone(), e.time_of_day)))
            && (!restated || seen.insert((e.event_type, e.date.clone(), letters_digits(&e.name))))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

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
