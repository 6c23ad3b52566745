//! The word lists of the event rules (`event_words.tsv`), by use, read once. A row of an
//! unknown use is a load error.

use std::sync::LazyLock;

use crate::extract::lexicon::{numbered_rows, RuleError};

/// `event_words.tsv`: words the event rules read, by use.
pub const EVENT_WORDS_TSV: &str = include_str!("../rules/event_words.tsv");

/// The uses of `event_words.tsv`, in the order of [`EventWords`]' fields.
const USES: [&str; 12] = [
    "object_word",
    "subject_verb",
    "generic_subject",
    "amount_qualifier",
    "gift_noun",
    "support_word",
    "name_stop_word",
    "name_stop_phrase",
    "action_verb",
    "action_object",
    "role_word",
    "place_level",
];

/// The word lists of `event_words.tsv`, with the spaces each use is matched with.
#[derive(Debug, Clone, Default)]
pub struct EventWords {
    /// Before an organization they make it an object, not the subject ("của", "với").
    pub object_words: Vec<String>,
    /// After an organization they make it the clause's subject, each with its leading space
    /// (" tổ chức").
    pub subject_verbs: Vec<String>,
    /// Sentence openers with a generic subject ("các cấp").
    pub generic_subjects: Vec<String>,
    /// Qualifiers between a verb and its amount ("hơn").
    pub amount_qualifiers: Vec<String>,
    /// Nouns of gifts and support after "trao" / "tặng" ("quà").
    pub gift_nouns: Vec<String>,
    /// Words that make spending a support programme ("hỗ trợ").
    pub support_words: Vec<String>,
    /// Where an event's name stops, as matched: " với " (words), " tham gia" (phrases).
    pub name_stops: Vec<String>,
    /// Verbs of organizing before an `after_action` trigger ("tổ chức").
    pub action_verbs: Vec<String>,
    /// Words just before an `after_action` trigger that make it an object, each with its
    /// trailing space ("nghị quyết ").
    pub action_objects: Vec<String>,
    /// Role words of `role_in_sentence` triggers ("chủ tịch").
    pub role_words: Vec<String>,
    /// Level words between "tại" and a place, each with its trailing space ("tỉnh ").
    pub place_levels: Vec<String>,
}

/// Parses an event word table.
///
/// # Errors
/// [`RuleError`] for a row whose use is unknown.
pub fn parse_event_words(tsv: &str) -> Result<EventWords, RuleError> {
    let mut words = EventWords::default();
    for (line, r) in numbered_rows(tsv) {
        let word = r.first().copied().unwrap_or("");
        let use_ = r.get(1).copied().unwrap_or("");
        let (list, written) = match USES.iter().position(|u| *u == use_) {
            Some(0) => (&mut words.object_words, word.to_string()),
            Some(1) => (&mut words.subject_verbs, format!(" {word}")),
            Some(2) => (&mut words.generic_subjects, word.to_string()),
            Some(3) => (&mut words.amount_qualifiers, word.to_string()),
            Some(4) => (&mut words.gift_nouns, word.to_string()),
            Some(5) => (&mut words.support_words, word.to_string()),
            Some(6) => (&mut words.name_stops, format!(" {word} ")),
            Some(7) => (&mut words.name_stops, format!(" {word}")),
            Some(8) => (&mut words.action_verbs, word.to_string()),
            Some(9) => (&mut words.action_objects, format!("{word} ")),
            Some(10) => (&mut words.role_words, word.to_string()),
            Some(11) => (&mut words.place_levels, format!("{word} ")),
            _ => {
                return Err(RuleError::new(
                    "event_words.tsv",
                    line,
                    format!("unknown use {use_:?}"),
                ))
            }
        };
        list.push(written);
    }
    Ok(words)
}

/// The embedded event word table, parsed on first use.
pub static WORDS: LazyLock<EventWords> = LazyLock::new(|| {
    parse_event_words(EVENT_WORDS_TSV).expect("the embedded event_words.tsv parses (tested)")
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_is_read_and_a_misspelt_use_is_an_error() {
        let words = parse_event_words(EVENT_WORDS_TSV).unwrap_or_default();
        assert!(words.name_stops.contains(&" với ".to_string()));
        assert!(words.name_stops.contains(&" tham gia".to_string()));
        assert!(words.place_levels.contains(&"TP. ".to_string()));
        let read = words.object_words.len()
            + words.subject_verbs.len()
            + words.generic_subjects.len()
            + words.amount_qualifiers.len()
            + words.gift_nouns.len()
            + words.support_words.len()
            + words.name_stops.len()
            + words.action_verbs.len()
            + words.action_objects.len()
            + words.role_words.len()
            + words.place_levels.len();
        assert_eq!(read, numbered_rows(EVENT_WORDS_TSV).count());
        let bad = "# test\nword\tuse\nquà\tgift_nuon\n";
        assert!(parse_event_words(bad).is_err());
    }
}
