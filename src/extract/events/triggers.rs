//! The trigger table `event_triggers.tsv`: phrases that start an event, sentence openers
//! that refer to an earlier event, and markers that block events, each with an optional
//! constraint checked where the phrase is found.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::record::EventType;
use crate::rules::{cell_enum, Line, Row, RuleError, Table};

/// `event_triggers.tsv`: trigger phrases with their event type and constraint.
pub static EVENT_TRIGGERS: Table = Table::new(
    "extract/rules/event_triggers.tsv",
    include_str!("../rules/event_triggers.tsv"),
    &["trigger", "type", "constraint", "month"],
    &["trigger"],
);

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

cell_enum! {
    /// The extra condition a trigger must meet where it is found (the `constraint` column;
    /// `-` for none).
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Constraint {
        /// An amount follows.
        AmountNext = "amount_next",
        /// An amount follows, and its clause names support.
        AmountSupport = "amount_support",
        /// An amount or a gift noun follows.
        GiftNext = "gift_next",
        /// The trigger is written capitalized.
        Capitalized = "capitalized",
        /// A day or month date dates the trigger: one in its clause, or one opening the
        /// sentence.
        NeedsDay = "needs_day",
        /// A date of any kind (day, month, year, range) stands in the trigger's clause: a
        /// founding or an incident is reported with its time ("năm 2011, … thành lập").
        DatedClause = "dated_clause",
        /// Not just after "được": "các cá nhân được tuyên dương" names the honoured, it
        /// does not report the act.
        Active = "active",
        /// "tổ chức" / "chỉ đạo" just before, and not the object of another word.
        AfterAction = "after_action",
        /// The sentence names a role.
        RoleInSentence = "role_in_sentence",
        /// A meeting noun: a reported meeting only with a day date that dates it, or after
        /// an action verb ("tổ chức"); else it refers to a meeting reported elsewhere
        /// ("Thông qua tọa đàm, …").
        ReferencedNeedsDay = "referenced_needs_day",
        /// On a plan marker: "sau" a few words before it in its phrase makes what it
        /// marks past ("Sau mấy tháng chuẩn bị hồ sơ, ngày 4.11.2016, …": the preparation
        /// is over), no plan.
        OverAfterSau = "over_after_sau",
        /// An act reported as done: a done word ("đã", "vừa") among the few words before
        /// it in its phrase with no negation between ("Bộ Y tế vừa có Công văn …"), or a
        /// day or month date that dates it; else a duty, a request or a plan ("có văn bản
        /// hướng dẫn cụ thể", "cho đến khi có văn bản khác").
        Done = "done",
        /// A `Done` act done once, in an article about unions or labour: no count just after
        /// it ("các cấp CĐ đã tổ chức thăm hỏi 792 lượt đoàn viên" sums up many visits,
        /// GUIDELINES 14). In other news a visit done is as often a state visit told as
        /// history, an invitation or a denial (of 30 read in general-10k, 23 occurrences).
        DoneOnce = "done_once",
        /// An honour handed over by its noun ("trao tặng Huân chương", "tặng Giấy khen"):
        /// in a sentence without a date, the day of the meeting it was handed at comes
        /// before the year the article reviews (GUIDELINES, Events: awards done at the
        /// meeting are dated on its day).
        Handed = "handed",
    }
}

cell_enum! {
    /// The `type` column: an event type, or what else the row does.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum RowType {
        /// Starts a conference.
        Conference = "conference",
        /// Starts a congress.
        Congress = "congress",
        /// Starts a signing.
        Signing = "signing",
        /// Starts a support programme.
        Support = "support",
        /// Starts an award.
        Award = "award",
        /// Starts a campaign launch.
        CampaignLaunch = "campaign_launch",
        /// Starts an election.
        Election = "election",
        /// Starts another event.
        Other = "other",
        /// A longer phrase that is not an event.
        Ignore = "ignore",
        /// A plan marker.
        BlockBefore = "block_before",
        /// No event in the sentence.
        BlockSentence = "block_sentence",
        /// A sentence opener referring to the main event.
        Inherit = "inherit",
        /// A sentence opener taking the day of the event before.
        SameDay = "same_day",
    }
}

/// A row of `event_triggers.tsv`.
#[derive(Debug, Clone, Copy)]
pub struct TriggerRow {
    /// The lower-case phrase.
    pub trigger: &'static str,
    /// What the row does.
    pub row_type: RowType,
    /// The condition a trigger must meet, if any.
    pub constraint: Option<Constraint>,
    /// A fixed month (1–12), if any.
    pub month: Option<u32>,
}

impl Row for TriggerRow {
    fn from_line(line: &Line<'_>) -> Result<Self, RuleError> {
        let month: Option<u32> = line.get("month")?;
        if let Some(m) = month.filter(|m| !(1..=12).contains(m)) {
            return Err(RuleError::Cell {
                table: EVENT_TRIGGERS.name,
                line: line.number(),
                column: "month",
                value: m.to_string(),
                reason: "a month is 1 to 12".to_string(),
            });
        }
        Ok(Self {
            trigger: line.get("trigger")?,
            row_type: line.get("type")?,
            constraint: line.get("constraint")?,
            month,
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
    /// The condition it must meet, if any.
    pub constraint: Option<Constraint>,
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

/// Reads a trigger table: the triggers, the matcher over them and the sentence openers.
///
/// # Errors
/// [`RuleError`] for the first row that does not parse (an unknown type or constraint, a
/// month that is not 1 to 12).
pub fn parse_triggers(table: &Table) -> Result<Triggers, RuleError> {
    let mut triggers = Vec::new();
    let mut inherit_openers = Vec::new();
    let mut same_day_openers = Vec::new();
    for row in table.load::<TriggerRow>()? {
        let event = |t| TriggerKind::Event(t);
        let kind = match row.row_type {
            RowType::Inherit => {
                inherit_openers.push(row.trigger.to_string());
                continue;
            }
            RowType::SameDay => {
                same_day_openers.push(row.trigger.to_string());
                continue;
            }
            RowType::Conference => event(EventType::Conference),
            RowType::Congress => event(EventType::Congress),
            RowType::Signing => event(EventType::Signing),
            RowType::Support => event(EventType::Support),
            RowType::Award => event(EventType::Award),
            RowType::CampaignLaunch => event(EventType::CampaignLaunch),
            RowType::Election => event(EventType::Election),
            RowType::Other => event(EventType::Other),
            RowType::Ignore => TriggerKind::Ignore,
            RowType::BlockBefore => TriggerKind::BlockBefore,
            RowType::BlockSentence => TriggerKind::BlockSentence,
        };
        triggers.push(Trigger {
            phrase: row.trigger.to_string(),
            kind,
            constraint: row.constraint,
            month: row.month.map(|m| format!("{m:02}")).unwrap_or_default(),
        });
    }
    // Triggers start on common letters ("h", "t"), so a prefilter finds a candidate at
    // almost every word: a DFA without one is faster.
    let matcher = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .prefilter(false)
        .build(triggers.iter().map(|t| t.phrase.as_str()))
        .expect("trigger matcher builds");
    Ok(Triggers {
        triggers,
        matcher,
        inherit_openers,
        same_day_openers,
    })
}

/// The embedded trigger table, parsed on first use.
pub static TRIGGERS: LazyLock<Triggers> = LazyLock::new(|| {
    parse_triggers(&EVENT_TRIGGERS).expect("the embedded event_triggers.tsv parses (tested)")
});

#[cfg(test)]
mod tests {
    use super::*;

    /// A leaked trigger table over `rows` (for tests of misspelt rows).
    fn table(rows: &str) -> &'static Table {
        let text: &'static str = format!("# test\ntrigger\ttype\tconstraint\tmonth\n{rows}").leak();
        Box::leak(Box::new(Table::new(
            "t.tsv",
            text,
            EVENT_TRIGGERS.columns,
            EVENT_TRIGGERS.key,
        )))
    }

    #[test]
    fn the_embedded_table_parses_every_row() {
        let rows = EVENT_TRIGGERS.lines().map(|l| l.len()).unwrap_or(0);
        let read = parse_triggers(&EVENT_TRIGGERS)
            .map(|t| t.triggers.len() + t.inherit_openers.len() + t.same_day_openers.len());
        assert_eq!(read, Ok(rows));
    }

    #[test]
    fn a_misspelt_constraint_is_a_load_error() {
        let err = parse_triggers(table("hội nghị\tconference\tneeds_dya\t-\n"))
            .err()
            .map(|e| e.to_string());
        assert!(
            err.as_deref()
                .is_some_and(|e| e
                    .starts_with("t.tsv line 3, column constraint: \"needs_dya\": unknown value")),
            "{err:?}"
        );
        assert!(parse_triggers(table("hội nghị\tconferense\t-\t-\n")).is_err());
        assert!(parse_triggers(table("tháng công nhân\tother\t-\t13\n")).is_err());
        let ok = parse_triggers(table("hội nghị\tconference\tneeds_day\t05\n"));
        assert!(
            ok.is_ok_and(|t| t.triggers[0].constraint == Some(Constraint::NeedsDay)
                && t.triggers[0].month == "05")
        );
    }
}
