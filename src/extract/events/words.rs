//! The word lists of the event rules (`event_words.tsv`), by use, read once. A row of an
//! unknown use is a load error.

use std::sync::LazyLock;

use crate::rules::{cell_enum, Line, Row, RuleError, Table};

/// `event_words.tsv`: words the event rules read, by use.
pub static EVENT_WORDS: Table = Table::new(
    "extract/rules/event_words.tsv",
    include_str!("../rules/event_words.tsv"),
    &["word", "use"],
    &["word", "use"],
);

cell_enum! {
    /// The `use` column of `event_words.tsv` (see [`EventWords`]).
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum WordUse {
        /// [`EventWords::object_words`].
        ObjectWord = "object_word",
        /// [`EventWords::subject_verbs`].
        SubjectVerb = "subject_verb",
        /// [`EventWords::generic_subjects`].
        GenericSubject = "generic_subject",
        /// [`EventWords::amount_qualifiers`].
        AmountQualifier = "amount_qualifier",
        /// [`EventWords::gift_nouns`].
        GiftNoun = "gift_noun",
        /// [`EventWords::support_words`].
        SupportWord = "support_word",
        /// [`EventWords::name_stops`], matched with a space on each side.
        NameStopWord = "name_stop_word",
        /// [`EventWords::name_stops`], matched with a space before.
        NameStopPhrase = "name_stop_phrase",
        /// [`EventWords::action_verbs`].
        ActionVerb = "action_verb",
        /// [`EventWords::action_objects`].
        ActionObject = "action_object",
        /// [`EventWords::role_words`].
        RoleWord = "role_word",
        /// [`EventWords::place_levels`].
        PlaceLevel = "place_level",
        /// [`EventWords::clause_breaks`], matched after a comma and with a space after.
        ClauseConjunction = "clause_conjunction",
        /// [`EventWords::clause_breaks`], matched with a space on each side.
        ClauseSubordinator = "clause_subordinator",
        /// [`EventWords::purpose_breaks`], matched with a space on each side.
        ClausePurpose = "clause_purpose",
        /// [`EventWords::recurrence_words`].
        Recurrence = "recurrence",
        /// [`EventWords::modifier_words`].
        ModifierBefore = "modifier_before",
        /// [`EventWords::frame_words`].
        FrameBefore = "frame_before",
        /// [`EventWords::speech_verbs`].
        SpeechVerb = "speech_verb",
        /// [`EventWords::date_leads`].
        DateLead = "date_lead",
        /// [`EventWords::union_words`].
        UnionWord = "union_word",
        /// [`EventWords::labour_words`].
        LabourWord = "labour_word",
        /// [`EventWords::document_words`].
        DocumentWord = "document_word",
        /// [`EventWords::reporter_words`].
        ReporterWord = "reporter_word",
        /// [`EventWords::label_heads`].
        LabelHead = "label_head",
        /// [`EventWords::occurrence_verbs`].
        OccurrenceVerb = "occurrence_verb",
        /// [`EventWords::done_words`].
        DoneWord = "done_word",
        /// [`EventWords::birth_words`].
        BirthWord = "birth_word",
        /// [`EventWords::negations`].
        Negation = "negation",
        /// [`EventWords::month_leads`].
        MonthLead = "month_lead",
        /// [`EventWords::verdict_words`].
        VerdictWord = "verdict_word",
        /// [`EventWords::trial_words`].
        TrialWord = "trial_word",
        /// [`EventWords::sequel_openers`].
        SequelOpener = "sequel_opener",
        /// [`EventWords::request_words`].
        RequestWord = "request_word",
        /// [`EventWords::many_words`].
        ManyWord = "many_word",
        /// [`EventWords::speech_nouns`].
        SpeechNoun = "speech_noun",
        /// [`EventWords::state_words`].
        StateWord = "state_word",
        /// [`EventWords::conference_nouns`].
        ConferenceNoun = "conference_noun",
        /// [`EventWords::congress_nouns`].
        CongressNoun = "congress_noun",
        /// [`EventWords::past_markers`].
        PastMarker = "past_marker",
        /// [`EventWords::subject_leads`].
        SubjectLead = "subject_lead",
        /// [`EventWords::not_acts`].
        NotAct = "not_act",
        /// [`EventWords::aggregate_units`].
        AggregateUnit = "aggregate_unit",
        /// [`EventWords::movement_words`].
        MovementWord = "movement_word",
        /// [`EventWords::act_openers`].
        ActOpener = "act_opener",
        /// [`EventWords::cause_openers`].
        CauseOpener = "cause_opener",
        /// [`EventWords::leader_titles`].
        LeaderTitle = "leader_title",
        /// [`EventWords::leader_verbs`].
        LeaderVerb = "leader_verb",
        /// [`EventWords::honour_nouns`].
        HonourNoun = "honour_noun",
        /// [`EventWords::leader_demands`].
        LeaderDemand = "leader_demand",
        /// [`EventWords::casualty_words`].
        CasualtyWord = "casualty_word",
        /// [`EventWords::source_leads`].
        SourceLead = "source_lead",
        /// [`EventWords::not_sources`].
        NotSource = "not_source",
    }
}

/// A row of `event_words.tsv`.
#[derive(Debug, Clone, Copy)]
pub struct EventWordRow {
    /// The word or phrase.
    pub word: &'static str,
    /// What the rules read it for.
    pub use_: WordUse,
}

impl Row for EventWordRow {
    fn from_line(line: &Line<'_>) -> Result<Self, RuleError> {
        Ok(Self {
            word: line.get("word")?,
            use_: line.get("use")?,
        })
    }
}

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
    /// Where a new clause starts, as matched: ", và " (conjunctions after a comma), " khi "
    /// (subordinators).
    pub clause_breaks: Vec<String>,
    /// Where a purpose clause starts, as matched: " để ", " nhằm " (what is meant to
    /// happen, not what happened).
    pub purpose_breaks: Vec<String>,
    /// Words of a recurring obligation ("mỗi tháng", "hằng năm"): a trigger in a clause
    /// holding one is a duty or a habit, not an occurrence.
    pub recurrence_words: Vec<String>,
    /// Words just before a trigger that make it a modifier of a name, not an event ("ngày"
    /// in "Ngày thành lập", "hưởng ứng" in "hưởng ứng Tháng Công nhân"), each with its
    /// trailing space.
    pub modifier_words: Vec<String>,
    /// Words just before a trigger that make it a time frame ("trong" in "trong Tháng Công
    /// nhân", "trong phiên họp lần sau"), except before a meeting noun dated by a day in
    /// its clause ("Vào ngày 20.7.2016, trong phiên họp lần thứ nhất …": the meeting is
    /// reported), each with its trailing space.
    pub frame_words: Vec<String>,
    /// Verbs of saying: a clause holding one reports speech, not an occurrence ("Ngày 7/6,
    /// ông X cho biết, …").
    pub speech_verbs: Vec<String>,
    /// Words that may stand between a clause's start and a day date that fronts it ("vào",
    /// "hồi", "theo đó"): the date is the clause's time adverbial.
    pub date_leads: Vec<String>,
    /// Words of union news ("công đoàn", "lđlđ"): an article naming two is about unions.
    pub union_words: Vec<String>,
    /// Words of labour news ("công nhân", "người lao động"): an article naming three is
    /// about labour.
    pub labour_words: Vec<String>,
    /// Names of documents ("nghị định", "chỉ thị"): a date just after one is the
    /// document's, never an event's.
    pub document_words: Vec<String>,
    /// The reporter as a subject ("chúng tôi", "pv"): a dated clause opening with one tells
    /// how the article was gathered.
    pub reporter_words: Vec<String>,
    /// Heads of a notice's field ("thời gian"): a sentence opening with one and a colon
    /// soon after ("Thời gian trao giải: Đầu tháng 10/2021") states a schedule or a rule,
    /// not an occurrence, each with its trailing space.
    pub label_heads: Vec<String>,
    /// Verbs of happening ("xảy ra"): a day date after one, past only lead words ("Vụ nổ
    /// xảy ra lúc 15h ngày 7/6"), dates the occurrence its clause reports.
    pub occurrence_verbs: Vec<String>,
    /// Words that report an act as done ("đã", "vừa") a few words before a `done` trigger
    /// ("Bộ Y tế vừa có Công văn …").
    pub done_words: Vec<String>,
    /// Words just before a year that make it someone's year of birth ("sn", "sinh năm"):
    /// it dates no event (`dating.rs` `birth_year`).
    pub birth_words: Vec<String>,
    /// Words that deny an act ("không", "chưa") between a done word and its trigger ("đã
    /// không khởi tố").
    pub negations: Vec<String>,
    /// Words that may stand before a month of a known year that fronts its clause ("trong",
    /// "cuối": "Cuối tháng 5.2015, cơ quan điều tra … bắt giữ …").
    pub month_leads: Vec<String>,
    /// Triggers of a verdict ("tuyên phạt"): undated, it was read at the trial reported
    /// before it.
    pub verdict_words: Vec<String>,
    /// Words naming a trial ("xét xử", "phiên tòa"): a dated event holding one dates the
    /// verdicts after it.
    pub trial_words: Vec<String>,
    /// Connectives of sequence ("sau khi", "sau đó", "trước đó"): opening a sentence
    /// without dates, alone or after an attribution, they make the act done in the clause
    /// after their comma a step of the story ("Sau khi xảy ra sự việc, cặp vợ chồng đã
    /// trình diện cơ quan chức năng").
    pub sequel_openers: Vec<String>,
    /// Verbs of asking ("đề nghị", "kiến nghị", "tham mưu") between a done word and a
    /// `done` trigger: the request was done, the act only asked for.
    pub request_words: Vec<String>,
    /// Quantifiers of several ("một số", "nhiều", "các") just before an undated meeting
    /// noun: several meetings, an aggregate, not one reported (GUIDELINES 14).
    pub many_words: Vec<String>,
    /// Phrases holding a speech verb that say nothing ("phần phát biểu", "nói trên",
    /// "nói chuyện"): a noun or a fixed phrase, no report of speech.
    pub speech_nouns: Vec<String>,
    /// Words of a continuing state ("vẫn đang", "luôn có", "đã dần"): in the head of a
    /// reported occurrence that no trigger names, they make it a state on that day, not an
    /// occurrence ("Đến 22h ngày 8/6, công nhân … vẫn đang vớt xác cá chết").
    pub state_words: Vec<String>,
    /// Meeting nouns of conferences ("hội nghị", "cuộc họp"): opening a reported
    /// occurrence's name, or just after "tổ chức" in it, they type it `conference`.
    pub conference_nouns: Vec<String>,
    /// Meeting nouns of congresses ("đại hội"), read like [`Self::conference_nouns`].
    pub congress_nouns: Vec<String>,
    /// Words that mark a month without its year as past ("hồi" before it, "vừa qua" after
    /// it: "Hồi cuối tháng 5, …", "Tháng 4 vừa qua, …").
    pub past_markers: Vec<String>,
    /// Words that may stand before an organization opening a sentence as the subject of a
    /// done act ("mới đây", "hiện": "Hiện Công an phường … đã lập hồ sơ điều tra vụ việc").
    pub subject_leads: Vec<String>,
    /// Words after an organization's done word that state, own or undergo rather than act
    /// ("có", "được", "gây", "xác định"): no act reported.
    pub not_acts: Vec<String>,
    /// Nouns of units and documents that, after a number in an act's first phrase, make it
    /// many acts summed up ("ban hành 50 nghị định", "cổ phần hóa 61 doanh nghiệp"): an
    /// aggregate statistic, no event (GUIDELINES 14).
    pub aggregate_units: Vec<String>,
    /// Nouns of an ongoing movement ("phong trào"): in the clause of an organization's
    /// undated act they make it the leading of a movement a review sums up, no occurrence
    /// (GUIDELINES 14).
    pub movement_words: Vec<String>,
    /// Words opening a phrase of response set off by a comma just before an organization
    /// that then opens the clause as the subject of a done act ("tiếp nhận", "ngay khi":
    /// "Tiếp nhận thông tin, Công an huyện Ba Vì đã tới hiện trường …").
    pub act_openers: Vec<String>,
    /// Words opening a cause that "nên" closes just before an organization that then opens
    /// the clause as the subject of a done act ("thấy", "do": "Thấy việc bỏ không như vậy
    /// lãng phí nên Công đoàn của Chi cục đã đề xuất …").
    pub cause_openers: Vec<String>,
    /// Titles of leaders ("thủ tướng", "phó chủ tịch"): opening a sentence without dates
    /// before the body the leader heads or the leader's name and a done word, they make the
    /// leader the subject of a reported act (`leader_acts.rs`).
    pub leader_titles: Vec<String>,
    /// Verbs of a leader's act ("đến thăm", "trao"): right after a leader's subject, past an
    /// optional comma, they report the act without a done word (`leader_acts.rs`).
    pub leader_verbs: Vec<String>,
    /// Nouns of honours ("danh hiệu", "giải thưởng"): after "trao" / "tặng" in a leader's
    /// act they make it an award, not an undated step (`leader_acts.rs`).
    pub honour_nouns: Vec<String>,
    /// Verbs of a demand ("yêu cầu"): opening a leader's act, they make it what the leader
    /// said someone else should do, no occurrence (`leader_acts.rs`).
    pub leader_demands: Vec<String>,
    /// Words of a death or an injury ("thiệt mạng", "bị thương"): just after a number of the
    /// clause a month fronts, they make it the casualties of the incident the clause
    /// reports, not a figure of the month (`months.rs`).
    pub casualty_words: Vec<String>,
    /// Words opening a clause that names the source of the news, each with its trailing
    /// space ("theo ", "thông tin trên "): an organization in that clause before any verb
    /// of saying is the source, never the subject of an event ("Theo tin tức trên báo Dân
    /// trí, Đoàn kiểm tra … vừa có văn bản …", `subjects.rs`).
    pub source_leads: Vec<String>,
    /// Words just after "theo" that make it no attribution but a plan, a directive or a
    /// connective ("đó", "kế hoạch", "chỉ đạo"), each with its trailing space.
    pub not_sources: Vec<String>,
}

/// Reads an event word table into its lists.
///
/// # Errors
/// [`RuleError`] for a row whose use is unknown.
pub fn parse_event_words(table: &Table) -> Result<EventWords, RuleError> {
    let mut words = EventWords::default();
    for EventWordRow { word, use_ } in table.load::<EventWordRow>()? {
        let (list, written) = match use_ {
            WordUse::ObjectWord => (&mut words.object_words, word.to_string()),
            WordUse::SubjectVerb => (&mut words.subject_verbs, format!(" {word}")),
            WordUse::GenericSubject => (&mut words.generic_subjects, word.to_string()),
            WordUse::AmountQualifier => (&mut words.amount_qualifiers, word.to_string()),
            WordUse::GiftNoun => (&mut words.gift_nouns, word.to_string()),
            WordUse::SupportWord => (&mut words.support_words, word.to_string()),
            WordUse::NameStopWord => (&mut words.name_stops, format!(" {word} ")),
            WordUse::NameStopPhrase => (&mut words.name_stops, format!(" {word}")),
            WordUse::ActionVerb => (&mut words.action_verbs, word.to_string()),
            WordUse::ActionObject => (&mut words.action_objects, format!("{word} ")),
            WordUse::RoleWord => (&mut words.role_words, word.to_string()),
            WordUse::PlaceLevel => (&mut words.place_levels, format!("{word} ")),
            WordUse::ClauseConjunction => (&mut words.clause_breaks, format!(", {word} ")),
            WordUse::ClauseSubordinator => (&mut words.clause_breaks, format!(" {word} ")),
            WordUse::ClausePurpose => (&mut words.purpose_breaks, format!(" {word} ")),
            WordUse::Recurrence => (&mut words.recurrence_words, word.to_string()),
            WordUse::ModifierBefore => (&mut words.modifier_words, format!("{word} ")),
            WordUse::FrameBefore => (&mut words.frame_words, format!("{word} ")),
            WordUse::SpeechVerb => (&mut words.speech_verbs, word.to_string()),
            WordUse::DateLead => (&mut words.date_leads, word.to_string()),
            WordUse::UnionWord => (&mut words.union_words, word.to_string()),
            WordUse::LabourWord => (&mut words.labour_words, word.to_string()),
            WordUse::DocumentWord => (&mut words.document_words, word.to_string()),
            WordUse::ReporterWord => (&mut words.reporter_words, word.to_string()),
            WordUse::LabelHead => (&mut words.label_heads, format!("{word} ")),
            WordUse::OccurrenceVerb => (&mut words.occurrence_verbs, word.to_string()),
            WordUse::DoneWord => (&mut words.done_words, word.to_string()),
            WordUse::BirthWord => (&mut words.birth_words, word.to_string()),
            WordUse::Negation => (&mut words.negations, word.to_string()),
            WordUse::MonthLead => (&mut words.month_leads, word.to_string()),
            WordUse::VerdictWord => (&mut words.verdict_words, word.to_string()),
            WordUse::TrialWord => (&mut words.trial_words, word.to_string()),
            WordUse::SequelOpener => (&mut words.sequel_openers, word.to_string()),
            WordUse::RequestWord => (&mut words.request_words, word.to_string()),
            WordUse::ManyWord => (&mut words.many_words, word.to_string()),
            WordUse::SpeechNoun => (&mut words.speech_nouns, word.to_string()),
            WordUse::StateWord => (&mut words.state_words, word.to_string()),
            WordUse::ConferenceNoun => (&mut words.conference_nouns, word.to_string()),
            WordUse::CongressNoun => (&mut words.congress_nouns, word.to_string()),
            WordUse::PastMarker => (&mut words.past_markers, word.to_string()),
            WordUse::SubjectLead => (&mut words.subject_leads, word.to_string()),
            WordUse::NotAct => (&mut words.not_acts, word.to_string()),
            WordUse::AggregateUnit => (&mut words.aggregate_units, word.to_string()),
            WordUse::MovementWord => (&mut words.movement_words, word.to_string()),
            WordUse::ActOpener => (&mut words.act_openers, word.to_string()),
            WordUse::CauseOpener => (&mut words.cause_openers, word.to_string()),
            WordUse::LeaderTitle => (&mut words.leader_titles, word.to_string()),
            WordUse::LeaderVerb => (&mut words.leader_verbs, word.to_string()),
            WordUse::HonourNoun => (&mut words.honour_nouns, word.to_string()),
            WordUse::LeaderDemand => (&mut words.leader_demands, word.to_string()),
            WordUse::CasualtyWord => (&mut words.casualty_words, word.to_string()),
            WordUse::SourceLead => (&mut words.source_leads, format!("{word} ")),
            WordUse::NotSource => (&mut words.not_sources, format!("{word} ")),
        };
        list.push(written);
    }
    Ok(words)
}

/// The embedded event word table, parsed on first use.
pub static WORDS: LazyLock<EventWords> = LazyLock::new(|| {
    parse_event_words(&EVENT_WORDS).expect("the embedded event_words.tsv parses (tested)")
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_is_read_and_a_misspelt_use_is_an_error() {
        let words = parse_event_words(&EVENT_WORDS).unwrap_or_default();
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
            + words.place_levels.len()
            + words.clause_breaks.len()
            + words.purpose_breaks.len()
            + words.recurrence_words.len()
            + words.modifier_words.len()
            + words.frame_words.len()
            + words.speech_verbs.len()
            + words.date_leads.len()
            + words.union_words.len()
            + words.labour_words.len()
            + words.document_words.len()
            + words.reporter_words.len()
            + words.label_heads.len()
            + words.occurrence_verbs.len()
            + words.done_words.len()
            + words.birth_words.len()
            + words.negations.len()
            + words.month_leads.len()
            + words.verdict_words.len()
            + words.trial_words.len()
            + words.sequel_openers.len()
            + words.request_words.len()
            + words.many_words.len()
            + words.speech_nouns.len()
            + words.state_words.len()
            + words.conference_nouns.len()
            + words.congress_nouns.len()
            + words.past_markers.len()
            + words.subject_leads.len()
            + words.not_acts.len()
            + words.aggregate_units.len()
            + words.movement_words.len()
            + words.act_openers.len()
            + words.cause_openers.len()
            + words.leader_titles.len()
            + words.leader_verbs.len()
            + words.honour_nouns.len()
            + words.leader_demands.len()
            + words.casualty_words.len()
            + words.source_leads.len()
            + words.not_sources.len();
        assert_eq!(read, EVENT_WORDS.lines().map(|l| l.len()).unwrap_or(0));
        let bad = Table::new(
            "t.tsv",
            "# test\nword\tuse\nquà\tgift_nuon\n",
            EVENT_WORDS.columns,
            EVENT_WORDS.key,
        );
        assert!(parse_event_words(&bad).is_err());
    }
}
