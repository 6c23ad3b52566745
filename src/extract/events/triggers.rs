//! The trigger table `event_triggers.tsv`: phrases that start an event, sentence openers
//! that refer to an earlier event, and markers that block events, each with an optional
//! constraint checked where the phrase is found.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::extract::lexicon::{numbered_rows, RuleError};
use crate::record::EventType;

/// `event_triggers.tsv`: trigger phrases with their event type and constraint.
pub const EVENT_TRIGGERS_TSV: &str = include_str!("../rules/event_triggers.tsv");

const FILE: &str = "event_triggers.tsv";

/// What a trigger row does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TriggerKind {
    /// Starts an event of this type.
    Event(EventType),
    /// A longer phrase that is not an event ("trao đổi").
    Ignore,
    /// A plan marker: triggers after it in the sentence are not events.
    BlockBefore,
    /// No event in a sentence containing it.
    BlockSentence,
}

/// The extra condition a trigger must meet where it is found (the `constraint` column).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Constraint {
    /// No condition (`-`).
    None,
    /// An amount follows (`amount_next`).
    AmountNext,
    /// An amount follows, and its clause names support (`amount_support`).
    AmountSupport,
    /// An amount or a gift noun follows (`gift_next`).
    GiftNext,
    /// The trigger is written capitalized (`capitalized`).
    Capitalized,
    /// The sentence has a day or month date (`needs_day`).
    NeedsDay,
    /// "tổ chức" / "chỉ đạo" just before, and not the object of another word
    /// (`after_action`).
    AfterAction,
    /// The sentence names a role (`role_in_sentence`).
    RoleInSentence,
    /// After "tại" only with a day date (`referenced_needs_day`).
    ReferencedNeedsDay,
}

impl Constraint {
    /// The constraint of a `constraint` cell ("" for `-`), if it is one.
    fn from_cell(cell: &str) -> Option<Self> {
        Some(match cell {
            "" => Self::None,
            "amount_next" => Self::AmountNext,
            "amount_support" => Self::AmountSupport,
            "gift_next" => Self::GiftNext,
            "capitalized" => Self::Capitalized,
            "needs_day" => Self::NeedsDay,
            "after_action" => Self::AfterAction,
            "role_in_sentence" => Self::RoleInSentence,
            "referenced_needs_day" => Self::ReferencedNeedsDay,
            _ => return None,
        })
    }
}

/// One row of `event_triggers.tsv` other than a sentence opener.
#[derive(Debug, Clone)]
pub struct Trigger {
    /// The lower-case phrase.
    pub phrase: String,
    /// What it does.
    pub kind: TriggerKind,
    /// The condition it must meet.
    pub constraint: Constraint,
    /// A fixed month ("05" for Tháng Công nhân), or "".
    pub month: String,
}

/// The parsed trigger table.
pub struct Triggers {
    /// Triggers other than sentence openers.
    pub triggers: Vec<Trigger>,
    /// Unanchored leftmost-longest matcher over [`Triggers::triggers`] phrases.
    pub matcher: AhoCorasick,
    /// Lower-case sentence openers that refer back to the main event ("dịp này").
    pub inherit_openers: Vec<String>,
    /// Lower-case sentence openers, after an optional time of day, that refer to the day of
    /// the event before ("cùng ngày" in "Chiều cùng ngày, …").
    pub same_day_openers: Vec<String>,
}

/// What a `type` cell names.
enum RowType {
    Trigger(TriggerKind),
    InheritOpener,
    SameDayOpener,
}

fn row_type(cell: &str) -> Option<RowType> {
    use EventType::*;
    let event = |t| RowType::Trigger(TriggerKind::Event(t));
    Some(match cell {
        "inherit" => RowType::InheritOpener,
        "same_day" => RowType::SameDayOpener,
        "ignore" => RowType::Trigger(TriggerKind::Ignore),
        "block_before" => RowType::Trigger(TriggerKind::BlockBefore),
        "block_sentence" => RowType::Trigger(TriggerKind::BlockSentence),
        "conference" => event(Conference),
        "congress" => event(Congress),
        "signing" => event(Signing),
        "support" => event(Support),
        "award" => event(Award),
        "campaign_launch" => event(CampaignLaunch),
        "election" => event(Election),
        "other" => event(Other),
        _ => return None,
    })
}

/// Parses a trigger table: an unknown type or constraint, or a month that is not two
/// digits, is an error naming its line.
///
/// # Errors
/// [`RuleError`] for the first row that does not parse.
pub fn parse_triggers(tsv: &str) -> Result<Triggers, RuleError> {
    let mut triggers = Vec::new();
    let mut inherit_openers = Vec::new();
    let mut same_day_openers = Vec::new();
    for (line, r) in numbered_rows(tsv) {
        let cell = |i: usize| r.get(i).copied().unwrap_or("");
        let error =
            |what: &str, value: &str| RuleError::new(FILE, line, format!("{what} {value:?}"));
        let kind = match row_type(cell(1)).ok_or_else(|| error("unknown type", cell(1)))? {
            RowType::InheritOpener => {
                inherit_openers.push(cell(0).to_string());
                continue;
            }
            RowType::SameDayOpener => {
                same_day_openers.push(cell(0).to_string());
                continue;
            }
            RowType::Trigger(kind) => kind,
        };
        let constraint =
            Constraint::from_cell(cell(2)).ok_or_else(|| error("unknown constraint", cell(2)))?;
        let month = cell(3);
        let month_ok = month.is_empty()
            || (month.len() == 2 && month.parse::<u32>().is_ok_and(|m| (1..=12).contains(&m)));
        if !month_ok {
            return Err(error("bad month", month));
        }
        triggers.push(Trigger {
            phrase: cell(0).to_string(),
            kind,
            constraint,
            month: month.to_string(),
        });
    }
    // Triggers start on common letters ("h", "t"), so a prefilter finds a candidate at
    // almost every word: a DFA without one is faster.
    let matcher = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .prefilter(false)
        .build(triggers.iter().map(|t| t.phrase.as_str()))
        .map_err(|e| RuleError::new(FILE, 0, format!("matcher: {e}")))?;
    Ok(Triggers {
        triggers,
        matcher,
        inherit_openers,
        same_day_openers,
    })
}

/// The embedded trigger table, parsed on first use.
pub static TRIGGERS: LazyLock<Triggers> = LazyLock::new(|| {
    parse_triggers(EVENT_TRIGGERS_TSV).expect("the embedded event_triggers.tsv parses (tested)")
});

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "# test\ntrigger\ttype\tconstraint\tmonth\n";

    #[test]
    fn the_embedded_table_parses_every_row() {
        let table = parse_triggers(EVENT_TRIGGERS_TSV).map_err(|e| e.to_string());
        let table = table
            .as_ref()
            .map(|t| t.triggers.len() + t.inherit_openers.len() + t.same_day_openers.len());
        assert_eq!(table, Ok(numbered_rows(EVENT_TRIGGERS_TSV).count()));
    }

    #[test]
    fn a_misspelt_constraint_is_a_load_error() {
        let tsv = format!("{HEADER}hội nghị\tconference\tneeds_dya\t-\n");
        let err = parse_triggers(&tsv).err().map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some("event_triggers.tsv line 3: unknown constraint \"needs_dya\"")
        );
        let tsv = format!("{HEADER}hội nghị\tconferense\t-\t-\n");
        assert!(parse_triggers(&tsv).is_err());
        let tsv = format!("{HEADER}tháng công nhân\tother\t-\t5\n");
        assert!(parse_triggers(&tsv).is_err());
        let tsv = format!("{HEADER}hội nghị\tconference\tneeds_day\t-\n");
        assert!(
            parse_triggers(&tsv).is_ok_and(|t| t.triggers[0].constraint == Constraint::NeedsDay)
        );
    }
}
