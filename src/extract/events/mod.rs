//! Events: trigger phrases (`event_triggers.tsv`) found per sentence with one Aho-Corasick
//! pass over a lower-cased copy of the text, filtered by plan markers and per-trigger
//! constraints, then dated, placed and given an organizer.
//!
//! An event is a trigger in a clause (`clauses.rs`): a trigger inside quoted speech, in a
//! clause of a recurring obligation ("mỗi tháng … đóng") or just after a word that makes it
//! a modifier ("Ngày thành lập", "hưởng ứng Tháng Công nhân") is no event (GUIDELINES
//! decision 17).
//!
//! Dating, in order: a day or month date in the trigger's clause, or opening the sentence;
//! the day of the event before ("Chiều cùng ngày"); the main event's date for sentences
//! opening with "Dịp này" / "Tại Hội nghị"; a year in the clause, then in the sentence; in
//! an article reporting a dated meeting (a year review), the last year named before the
//! sentence that is not after the reviewed year; for an award, election or signing in a
//! sentence without dates, the day of the lead paragraph's meeting it happened at. A date
//! elsewhere in the article never dates it, nor does the publication date; a meeting,
//! congress, award, election or signing that nothing dates is a reference, not an event.
//!
//! A clause fronted by its own day date reports an occurrence even without a trigger
//! (`reports.rs`, in articles about unions or labour): "Ngày 5.7, Công an huyện … đã có kết
//! luận …" is an event of type `other`.
//!
//! - `acts.rs`: acts reported as done (documents issued, arrests, trials);
//! - `clauses.rs`: a sentence's clauses and quoted speech;
//! - `filters.rs`: what else disqualifies a trigger (a headline, a purpose, a recurrence);
//! - `triggers.rs`: the trigger table and its constraints;
//! - `words.rs`: the word lists (`event_words.tsv`);
//! - `clues.rs`: what is read around a trigger (name stops, amounts, the place after "tại");
//! - `dating.rs`: which date an event takes;
//! - `reports.rs`: occurrences reported by a clause fronted by its day date, the lead
//!   meeting's day, and which kinds need a date;
//! - `org_acts.rs`: undated acts of an organization opening a sentence without dates
//!   ("Bộ Tài chính vừa ban hành Thông tư 329"), events with date null;
//! - `scan.rs`: the trigger matches of a sentence, and honours dated by their meeting.

mod acts;
pub(crate) mod clauses;
mod clues;
mod dating;
mod filters;
mod months;
mod org_acts;
mod parts;
mod reported;
mod reports;
mod restated;
mod scan;
mod sequels;
mod subjects;
pub mod triggers;
mod verdicts;
pub mod words;

use aho_corasick::{Input, Match};

use crate::extract::candidates::KeywordSet;
use crate::extract::orgs::OrgSpan;
use crate::extract::people::{FoundPerson, PersonMention};
use crate::extract::spans::Spanned;
use crate::extract::text::{sentences, word_end, word_start, ByteSpan};
use crate::extract::Document;
use crate::record::{DateMention, Event, EventType, TimeOfDay};
use clauses::Clauses;
use clues::{
    amount_next, generic_subject, gift_next, inherit_opener, location_in, name_end,
    same_day_opener, support_in_clause,
};
use dating::{
    in_text_order, is_day_or_month, is_day_range, is_year, previous_day, reviewed_year_bound,
    speech_between, split_run_ons, year_of, DateSpan, DATES_LOOKBACK,
};
use filters::{
    acted_before, count_after, headline_end, in_purpose, is_label, modifier_before,
    one_meeting_acted, plan_over, RecurringClauses,
};
use scan::{handed_at_meeting, sentence_matches};
use triggers::{Constraint, Trigger, TriggerKind, TRIGGERS};
use words::WORDS;

/// The most triggers read in one sentence: real sentences name a handful of events. Each
/// trigger reads its sentence again (name, passive subject, location, organizer) and an
/// event carries its sentence's text, so the bound keeps a sentence of thousands of triggers
/// linear.
const MAX_TRIGGERS_PER_SENTENCE: usize = 64;

/// How close to its sentence's start, in bytes, an organization must be to be the
/// sentence's subject when no organization is followed by a verb ("LĐLĐ tỉnh, …" opening
/// the sentence, after at most a time phrase).
const SUBJECT_LEAD: usize = 24;

/// How far before an `after_action` trigger, in bytes, "tổ chức" / "chỉ đạo" is looked
/// for: the verb governs the trigger only when it stands a few words before it.
pub(super) const ACTION_WINDOW: usize = 48;

/// How far after " do " ("organized by"), in bytes, the organizer's mention may start: a
/// few words of title at most ("do Ban Thường vụ LĐLĐ tỉnh").
const ORGANIZER_AFTER_DO: usize = 48;

/// The verb after which a date is an event's own even after a plan marker ("sẽ diễn ra vào
/// sáng 10.6").
const TAKES_PLACE: &str = "diễn ra";

/// How close to its sentence's start, in bytes, a day date must be to date every clause of
/// the sentence ("Ngày 5/7, Công an huyện … đã có kết luận …"): a time phrase leads the
/// sentence, after at most a time-of-day word.
const OPENING_LEAD: usize = 16;

/// An event as found: the record's fields, with its evidence sentence as a byte span.
#[derive(Debug, Clone)]
pub struct FoundEvent {
    /// What kind of event.
    pub event_type: EventType,
    /// The event's name as written.
    pub name: String,
    /// ISO date value, or `None`.
    pub date: Option<String>,
    /// Part of the day, when given.
    pub time_of_day: Option<TimeOfDay>,
    /// Location as written.
    pub location: Option<String>,
    /// Canonical name of the organizing organization.
    pub organizer: Option<String>,
    /// Names of people present.
    pub participants: Vec<String>,
    /// The sentence that states the event.
    pub sentence: ByteSpan,
}

impl FoundEvent {
    /// The record of the event at the span of its sentence, with the sentence's text (its
    /// code point offsets are set when spans are converted: [`crate::extract::spans`]).
    pub fn into_record(self, text: &str) -> Spanned<Event> {
        let event = Event {
            event_type: self.event_type,
            name: self.name,
            date: self.date,
            time_of_day: self.time_of_day,
            location: self.location,
            organizer: self.organizer,
            participants: self.participants,
            text: self.sentence.slice(text).to_string(),
            start: 0,
            end: 0,
        };
        Spanned::new(self.sentence, event)
    }
}

/// The article's main event: what "Dịp này" and "Tại Hội nghị" refer to.
#[derive(Debug, Clone, Default)]
struct MainEvent {
    date: Option<String>,
    time_of_day: Option<TimeOfDay>,
    location: Option<String>,
    organizer: Option<String>,
}

/// A trigger found in a sentence: its bytes and its row of the trigger table.
struct Found {
    start: usize,
    end: usize,
    trigger: usize,
}

/// What the reading of earlier sentences leaves for later ones.
#[derive(Default)]
struct Reading {
    main: Option<MainEvent>,
    /// The day (and time of day) of the first event of the lead paragraph dated by its own
    /// day: the meeting that later awards, elections and signings happened at.
    lead_day: Option<(String, Option<TimeOfDay>)>,
    last_subject: Option<String>,
    events: Vec<FoundEvent>,
}

/// The document and everything found in it that events are built from.
struct Article<'a> {
    doc: &'a Document,
    text: &'a str,
    lower: &'a str,
    dates: Vec<&'a DateSpan>,
    orgs: &'a [OrgSpan],
    people: &'a [FoundPerson],
    mentions: &'a [PersonMention],
    first_paragraph_end: usize,
    /// The article is about unions or labour ([`reports::about_labour`]).
    labour: bool,
    /// The trigger table's matches in the sentences' part of the text, in text order: one
    /// scan of the document instead of one per sentence ([`sentence_matches`]).
    triggers: Vec<Match>,
}

/// One sentence of the body and what it holds.
struct Sentence<'a> {
    span: ByteSpan,
    lower: &'a str,
    generic: bool,
    same_day: Option<Option<TimeOfDay>>,
    inherits: bool,
    orgs: &'a [OrgSpan],
    dates: Vec<&'a DateSpan>,
    /// Index into the article's dates of the first date at or after the sentence's start.
    dates_from: usize,
    /// The whole text (the clauses are read from it and from `breaks`).
    text: &'a str,
    /// Every clause boundary of the text (`KeywordSet::ClauseBreaks`), by start.
    breaks: &'a [crate::extract::candidates::Hit],
    /// The sentence's clauses and quoted speech, read on first use: most sentences hold no
    /// trigger and never need them.
    clauses: std::cell::OnceCell<Clauses>,
}

/// A trigger that starts an event, with the name read after it.
struct Candidate<'f> {
    index: usize,
    found: &'f Found,
    trigger: &'static Trigger,
    event_type: EventType,
    next_start: usize,
    name: ByteSpan,
}

/// Finds the events of `doc`. `dates` are the document's date mentions (byte spans);
/// `orgs`, `people` and `mentions` what the organization and people rules found.
pub fn find(
    doc: &Document,
    dates: &[Spanned<DateMention>],
    orgs: &[OrgSpan],
    people: &[FoundPerson],
    mentions: &[PersonMention],
) -> Vec<FoundEvent> {
    let text = doc.text.as_str();
    let from = headline_end(doc).unwrap_or(doc.body_start);
    let article = Article {
        doc,
        text,
        lower: doc.lower.as_str(),
        dates: in_text_order(dates),
        orgs,
        people,
        mentions,
        // `memmem`: `str::find` walked the whole body of an article without a blank line
        // (most general news) with its two-way searcher, 1.5% of general news' instructions.
        first_paragraph_end: text
            .get(doc.body_start..)
            .and_then(|b| memchr::memmem::find(b.as_bytes(), b"\n\n"))
            .map_or(text.len(), |i| doc.body_start + i),
        labour: reports::about_labour(doc.lower.as_str()),
        triggers: doc
            .candidates()
            .leftmost_longest(KeywordSet::Triggers, from.min(text.len()))
            .collect(),
    };
    let mut reading = Reading::default();
    for (start, end) in split_run_ons(text, &article.dates, sentences(text, from)) {
        article.read_sentence(ByteSpan::new(start, end), &mut reading);
    }
    verdicts::date_by_trial(&mut reading.events);
    restated::keep_once(&mut reading.events);
    reading.events
}

impl Article<'_> {
    /// Reads the events of one sentence into `reading`.
    fn read_sentence(&self, span: ByteSpan, reading: &mut Reading) {
        let Some(mut sentence) = self.sentence(span) else {
            return;
        };
        if is_label(sentence.lower) {
            return;
        }
        let sentence_subject = if sentence.generic {
            None
        } else {
            sentence.acting_subject(self.text, span.end)
        };
        let found = self.triggers_in(&mut sentence);
        for k in 0..found.len().min(MAX_TRIGGERS_PER_SENTENCE) {
            if let Some(candidate) = self.candidate(&sentence, &found, k) {
                self.read_event(&sentence, &found, &candidate, reading);
            }
        }
        self.read_reports(&sentence, &found, reading);
        if sentence.generic {
            reading.last_subject = None;
        } else if sentence_subject.is_some() {
            reading.last_subject = sentence_subject;
        }
    }

    /// The sentence at `span` with its openers, organizations and dates.
    fn sentence(&self, span: ByteSpan) -> Option<Sentence<'_>> {
        let lower = self.lower.get(span.start..span.end)?;
        let orgs_from = self.orgs.partition_point(|o| o.start < span.start);
        let orgs_to = self.orgs.partition_point(|o| o.start < span.end);
        let dates_from = self.dates.partition_point(|d| d.span.start < span.start);
        let dates_to = self.dates.partition_point(|d| d.span.start < span.end);
        let dates: Vec<&DateSpan> = self
            .dates
            .get(dates_from..dates_to)
            .unwrap_or_default()
            .iter()
            .filter(|d| d.span.end <= span.end && !self.no_event_date(d))
            .copied()
            .collect();
        Some(Sentence {
            span,
            lower,
            generic: generic_subject(lower),
            same_day: same_day_opener(lower),
            inherits: inherit_opener(lower),
            orgs: self.orgs.get(orgs_from..orgs_to).unwrap_or_default(),
            dates,
            text: self.text,
            breaks: self.doc.candidates().hits(KeywordSet::ClauseBreaks),
            clauses: std::cell::OnceCell::new(),
            dates_from,
        })
    }

    /// The event triggers of a sentence that meet their constraints, adjacent triggers of
    /// one type ("tuyên dương, khen thưởng") merged; the sentence's dates after a plan marker
    /// dropped.
    fn triggers_in(&self, s: &mut Sentence) -> Vec<Found> {
        let mut found: Vec<Found> = Vec::new();
        let mut blocked_sentence = false;
        let mut block_at: Option<usize> = None;
        // Every phrase of the table matched, in text order (a purpose word inside one,
        // "thống nhất để", starts no purpose clause).
        let mut matched: Vec<ByteSpan> = Vec::new();
        let attribution = parts::done_attribution(self.lower, s.span);
        let rescanned: Vec<Match>;
        let matches = match sentence_matches(&self.triggers, s.span) {
            Some(matches) => matches,
            None => {
                let sentence = Input::new(self.lower).range(s.span.start..s.span.end);
                rescanned = TRIGGERS.matcher.find_iter(sentence).collect();
                &rescanned
            }
        };
        for m in matches {
            let (start, end) = (m.start(), m.end());
            if !word_start(self.lower, start) || !word_end(self.lower, end) {
                continue;
            }
            matched.push(ByteSpan::new(start, end));
            let Some(trigger) = TRIGGERS.triggers.get(m.pattern().as_usize()) else {
                continue;
            };
            match trigger.kind {
                TriggerKind::BlockSentence => blocked_sentence = true,
                // A plan marker written capitalized inside the sentence is part of a name
                // ("LĐLĐ thành phố Cần Thơ").
                // After "sau" a preparation is over ("Sau mấy tháng chuẩn bị hồ sơ").
                TriggerKind::BlockBefore
                    if !self.capitalized_inside(s, start)
                        && !plan_over(self.lower, s.span.start, start, trigger.constraint)
                        && attribution.is_none_or(|end| start >= end) =>
                {
                    block_at.get_or_insert(start);
                }
                TriggerKind::BlockBefore => {}
                TriggerKind::Ignore => {}
                TriggerKind::Event(_) if block_at.is_none() => found.push(Found {
                    start,
                    end,
                    trigger: m.pattern().as_usize(),
                }),
                TriggerKind::Event(_) => {}
            }
        }
        if blocked_sentence {
            found.clear();
        }
        // The dates after a plan marker date the plan ("phấn đấu hoàn thành … tháng đầu năm
        // 2017"), not an event before it; after "diễn ra" they are the event's own again
        // ("Lễ tuyên dương … sẽ diễn ra vào sáng 10.6").
        if let Some(plan) = block_at {
            let takes_place = s
                .lower
                .get(plan - s.span.start..)
                .and_then(|r| r.find(TAKES_PLACE))
                .map_or(usize::MAX, |i| plan + i);
            s.dates
                .retain(|d| d.span.start < plan || d.span.start >= takes_place);
        }
        // Read once per sentence, not once per trigger (quadratic in a long sentence).
        let mut role_in_sentence: Option<bool> = None;
        let mut recurring = RecurringClauses::default();
        found.retain(|f| {
            self.meets_constraint(s, f, &mut role_in_sentence)
                && !s.clauses().in_speech(f.start)
                && !modifier_before(self.lower, s, f)
                && !recurring.blocks(s, self, f.start)
                && !in_purpose(s.clauses(), &matched, f.start)
                && !s.in_organization(f)
        });
        self.merge_adjacent(found)
    }

    /// Whether trigger `f` meets its row's constraint.
    fn meets_constraint(
        &self,
        s: &Sentence,
        f: &Found,
        role_in_sentence: &mut Option<bool>,
    ) -> bool {
        let Some(trigger) = TRIGGERS.triggers.get(f.trigger) else {
            return false;
        };
        let (text, lower) = (self.text, self.lower);
        let before = lower.get(..f.start).unwrap_or_default();
        match trigger.constraint {
            Some(Constraint::AmountNext) => amount_next(text, f.end),
            Some(Constraint::AmountSupport) => {
                amount_next(text, f.end) && support_in_clause(lower, f.end, s.span.end)
            }
            Some(Constraint::GiftNext) => amount_next(text, f.end) || gift_next(text, f.end),
            Some(Constraint::Capitalized) => text
                .get(f.start..)
                .and_then(|r| r.chars().next())
                .is_some_and(char::is_uppercase),
            Some(Constraint::NeedsDay) => s.day_for(f.start).is_some(),
            Some(Constraint::DatedClause) => s.dated_clause(f.start) && !count_after(text, f.end),
            Some(Constraint::Active) => {
                !(before.ends_with("được ") && word_start(lower, f.start - "được ".len()))
            }
            Some(Constraint::AfterAction) => {
                let object = WORDS
                    .action_objects
                    .iter()
                    .any(|w| before.ends_with(w.as_str()));
                acted_before(lower, f.start) && !object
            }
            Some(Constraint::RoleInSentence) => *role_in_sentence.get_or_insert_with(|| {
                WORDS
                    .role_words
                    .iter()
                    .any(|w| s.lower.contains(w.as_str()))
            }),
            Some(Constraint::ReferencedNeedsDay) => {
                s.day_for(f.start).is_some() || acted_before(lower, f.start)
            }
            Some(Constraint::Done) => acts::done(s, lower, f.start),
            Some(Constraint::DoneOnce) => {
                self.labour && acts::done(s, lower, f.start) && !count_after(text, f.end)
            }
            Some(Constraint::OverAfterSau | Constraint::Handed) | None => true,
        }
    }

    /// Whether the word at byte `pos` is written capitalized and does not open sentence `s`.
    fn capitalized_inside(&self, s: &Sentence, pos: usize) -> bool {
        pos > s.span.start
            && self
                .text
                .get(pos..)
                .and_then(|r| r.chars().next())
                .is_some_and(char::is_uppercase)
    }

    /// Adjacent triggers of one type ("tuyên dương, khen thưởng") as one.
    fn merge_adjacent(&self, found: Vec<Found>) -> Vec<Found> {
        let mut merged: Vec<Found> = Vec::new();
        for f in found {
            let kind = TRIGGERS.triggers.get(f.trigger).map(|t| t.kind);
            if let Some(last) = merged.last_mut() {
                let last_kind = TRIGGERS.triggers.get(last.trigger).map(|t| t.kind);
                let gap = self.text.get(last.end..f.start).unwrap_or("x");
                if last_kind == kind && (gap == ", " || gap == " ") {
                    last.end = f.end;
                    continue;
                }
            }
            merged.push(f);
        }
        merged
    }

    /// Trigger `k` of the sentence as an event candidate, with its name.
    fn candidate<'f>(&self, s: &Sentence, found: &'f [Found], k: usize) -> Option<Candidate<'f>> {
        let f = found.get(k)?;
        let trigger = TRIGGERS.triggers.get(f.trigger)?;
        let TriggerKind::Event(event_type) = trigger.kind else {
            return None;
        };
        let next_start = found.get(k + 1).map_or(s.span.end, |n| n.start);
        let end = name_end(
            self.text, f.start, f.end, next_start, s.span.end, event_type,
        );
        // A passive trigger ("… được nhận hỗ trợ") names its subject before it.
        let passive = s
            .lower
            .get(f.start - s.span.start..)
            .is_some_and(|r| r.starts_with("được "));
        let start = if passive {
            self.text
                .get(s.span.start..f.start)
                .and_then(|head| head.rfind("; ").map(|i| s.span.start + i + 2))
                .unwrap_or(s.span.start)
        } else {
            f.start
        };
        Some(Candidate {
            index: k,
            found: f,
            trigger,
            event_type,
            next_start,
            name: ByteSpan::new(start, end),
        })
    }

    /// Builds the event of a candidate and adds it to `reading` (unless it repeats the
    /// sentence's last event, or is a signing with no party).
    fn read_event(&self, s: &Sentence, found: &[Found], c: &Candidate, reading: &mut Reading) {
        let name = c.name.slice(self.text).to_string();
        let repeated = reading
            .events
            .iter()
            .rev()
            .take_while(|e| e.sentence.start == s.span.start)
            .any(|e| e.event_type == c.event_type && name.starts_with(&e.name));
        if repeated {
            return;
        }
        let when = self.when(s, c, reading);
        let organizer = self.organizer(s, found, c, reading);
        // A signing with no known party is a summary of many ("ký Thỏa ước lao động tập
        // thể, … ký kết chương trình phúc lợi" after a generic subject), not one event.
        if c.event_type == EventType::Signing && organizer.is_none() {
            return;
        }
        let is_main = reading.main.is_none()
            && (when.from_lead || s.span.start < self.first_paragraph_end)
            && matches!(c.event_type, EventType::Conference | EventType::Congress);
        if s.span.start < self.first_paragraph_end && s.day_for(c.found.start).is_some() {
            reading.set_lead_day(when.date.as_deref(), when.time_of_day);
        }
        if is_main {
            reading.main = Some(MainEvent {
                date: when.date.clone(),
                time_of_day: when.time_of_day,
                location: when.location.clone(),
                organizer: organizer.clone(),
            });
        }
        if when.date.is_none()
            && reports::dated_kind(c.event_type)
            && !one_meeting_acted(self.lower, c.found.start, c.name.end)
        {
            return;
        }
        let participants = self.participants(s, is_main);
        reading.events.push(FoundEvent {
            event_type: c.event_type,
            name,
            date: when.date,
            time_of_day: when.time_of_day,
            location: when.location,
            organizer,
            participants,
            sentence: s.span,
        });
    }

    /// When and where a candidate took place.
    fn when(&self, s: &Sentence, c: &Candidate, reading: &Reading) -> When {
        let (f, name_end) = (c.found, c.name.end);
        let outside_name = |d: &&&DateSpan| d.span.end <= f.start || d.span.start >= name_end;
        let year_in_name_is_date = matches!(
            c.event_type,
            EventType::Support | EventType::Other | EventType::Congress | EventType::Award
        );
        let main = reading.main.as_ref();
        let bound = reviewed_year_bound(main.and_then(|m| m.date.as_deref()));
        let mut when = When {
            location: location_in(self.text, s.span.start, s.span.end),
            ..When::default()
        };
        // A range of days said after the trigger is another event's ([`speech_between`]).
        let own_day = s
            .day_for(f.start)
            .filter(|d| !is_day_range(d) || !speech_between(self.lower, f.end, d.span.start));
        if let Some(d) = own_day {
            when.date = Some(d.value.value.clone());
            when.time_of_day = d.value.time_of_day;
            when.from_lead = true;
        } else if let Some((day, time)) = s.same_day.and_then(|time| {
            previous_day(
                &reading.events,
                &self.dates,
                s.dates_from,
                self.doc.body_start,
            )
            .map(|d| (d, time))
        }) {
            // "Chiều cùng ngày": the day of the event before, at its own time of day.
            when.date = Some(day);
            when.time_of_day = time;
        } else if let (true, Some(m)) = (s.inherits, main) {
            when.date = m.date.clone();
            when.time_of_day = m.time_of_day;
            when.location = when.location.or_else(|| m.location.clone());
        } else if let Some(d) = s.year_for(f.start, |d| year_in_name_is_date || outside_name(d)) {
            when.date = Some(d.value.value.clone());
        } else if let Some(d) = bound
            .filter(|_| !handed_at_meeting(self, s, c, reading))
            .and_then(|b| self.year_before(s, b))
        {
            // An article reporting a dated meeting reviews a period: its activities take the
            // year named last before them that is not after the reviewed year (GUIDELINES,
            // Events: "year review"); an undated meeting bounds nothing, and a target year
            // ("đến năm 2020") would date them. An honour handed at the meeting takes its day.
            when.date = Some(d.value.value.clone());
        }
        if when.date.is_none() {
            if let Some((day, time)) = self.meeting_day(s, c, reading) {
                when.date = Some(day);
                when.time_of_day = time;
            }
        }
        // The publication date is not the clause's: an event nothing in the text dates stays
        // undated (GUIDELINES, Events: "Otherwise the value is null"; decision 17).
        if !c.trigger.month.is_empty() {
            when.date = when
                .date
                .as_deref()
                .and_then(year_of)
                .map(|y| format!("{y}-{}", c.trigger.month));
        }
        when
    }

    /// The last year named in the body before sentence `s` that is not after the reviewed
    /// year `bound`.
    fn year_before(&self, s: &Sentence, bound: i32) -> Option<&DateSpan> {
        self.dates
            .get(s.dates_from.saturating_sub(DATES_LOOKBACK)..s.dates_from)
            .unwrap_or_default()
            .iter()
            .rev()
            .find(|d| {
                d.span.end <= s.span.start
                    && d.span.start >= self.doc.body_start
                    && is_year(d)
                    && year_of(&d.value.value).is_some_and(|y| y <= bound)
            })
            .copied()
    }

    /// Who organized a candidate: the organization after " do ", else the sentence's
    /// subject, a conference's own organization, the main event's organizer ("Dịp này") or
    /// the last subject named.
    fn organizer(
        &self,
        s: &Sentence,
        found: &[Found],
        c: &Candidate,
        reading: &Reading,
    ) -> Option<String> {
        let (text, f, name_end) = (self.text, c.found, c.name.end);
        // "Giải bóng đá … và Liên hoan … do LĐLĐ tỉnh tổ chức": coordinated names share the
        // organizer written after the last one.
        let coordinated = text
            .get(name_end..c.next_start)
            .is_some_and(|gap| gap == " và " || gap == ", ");
        let do_limit = if coordinated {
            found.get(c.index + 2).map_or(s.span.end, |n| n.start)
        } else {
            c.next_start
        };
        let do_org = text
            .get(f.end..do_limit)
            .and_then(|r| r.find(" do "))
            .map(|i| f.end + i + " do ".len())
            .and_then(|p| {
                s.orgs
                    .iter()
                    .find(|o| o.start >= p && o.start <= p + ORGANIZER_AFTER_DO)
            })
            .map(OrgSpan::full_canonical);
        if do_org.is_some() {
            return do_org;
        }
        if s.generic {
            return None;
        }
        if let Some(org) = s.subject(text, f.start) {
            return Some(org);
        }
        let own = s.orgs.iter().find(|o| {
            o.start >= f.start && o.end <= name_end && c.event_type == EventType::Conference
        });
        if let Some(org) = own {
            Some(org.full_canonical())
        } else if s.inherits {
            reading.main.as_ref().and_then(|m| m.organizer.clone())
        } else {
            reading.last_subject.clone()
        }
    }

    /// The people named in the sentence (and, for the main event, the rest of the first
    /// paragraph), in order, once each.
    fn participants(&self, s: &Sentence, is_main: bool) -> Vec<String> {
        let mut participants: Vec<String> = Vec::new();
        let participant_end = if is_main {
            self.first_paragraph_end.max(s.span.end)
        } else {
            s.span.end
        };
        let mentions_from = self
            .mentions
            .partition_point(|m| m.span.start < s.span.start);
        for m in self
            .mentions
            .get(mentions_from..)
            .unwrap_or_default()
            .iter()
            .take_while(|m| m.span.end <= participant_end)
        {
            if let Some(p) = self.people.get(m.person) {
                if !participants.contains(&p.name) {
                    participants.push(p.name.clone());
                }
            }
        }
        participants
    }
}

/// When and where an event took place.
#[derive(Debug, Default)]
struct When {
    date: Option<String>,
    time_of_day: Option<TimeOfDay>,
    location: Option<String>,
    /// The date is the sentence's own day.
    from_lead: bool,
}

impl Sentence<'_> {
    /// The sentence's clauses and quoted speech ([`Clauses::of`], read once).
    fn clauses(&self) -> &Clauses {
        self.clauses
            .get_or_init(|| Clauses::of(self.text, self.lower, self.span, self.breaks))
    }

    /// The dates of the sentence inside `clause`.
    fn clause_dates(&self, clause: ByteSpan) -> impl Iterator<Item = &&DateSpan> {
        self.dates
            .iter()
            .filter(move |d| d.span.start >= clause.start && d.span.end <= clause.end)
    }

    /// The day or month date, or range of days ([`is_day_range`], before a year in the name),
    /// that dates a trigger at byte `pos`: the first in its clause, else one opening the
    /// sentence ([`OPENING_LEAD`]) in its first clause.
    fn day_for(&self, pos: usize) -> Option<&DateSpan> {
        let clause = self.clauses().clause_of(pos);
        let dates_it = |d: &&&DateSpan| is_day_or_month(d) || is_day_range(d);
        self.clause_dates(clause)
            .find(dates_it)
            .or_else(|| {
                self.clause_dates(self.clauses().first())
                    .find(|d| dates_it(d) && d.span.start <= self.span.start + OPENING_LEAD)
            })
            .copied()
    }

    /// The single year that dates a trigger at byte `pos` among the dates `usable` allows:
    /// the first in its clause, else the first in the sentence.
    fn year_for(&self, pos: usize, usable: impl Fn(&&&DateSpan) -> bool) -> Option<&DateSpan> {
        let clause = self.clauses().clause_of(pos);
        self.clause_dates(clause)
            .filter(|d| usable(d))
            .find(|d| is_year(d))
            .or_else(|| self.dates.iter().filter(|d| usable(d)).find(|d| is_year(d)))
            .copied()
    }

    /// Whether trigger `f` lies inside an organization's name ("Hội đồng Thi đua - Khen
    /// thưởng Trung ương"): part of a name, not an event. Organizations come sorted by start,
    /// so the one that starts last before the trigger is the one that can hold it.
    fn in_organization(&self, f: &Found) -> bool {
        let i = self.orgs.partition_point(|o| o.start < f.start);
        i > 0 && self.orgs.get(i - 1).is_some_and(|o| f.end <= o.end)
    }

    /// Whether a date of any kind stands in the clause of byte `pos`.
    fn dated_clause(&self, pos: usize) -> bool {
        self.clause_dates(self.clauses().clause_of(pos))
            .next()
            .is_some()
    }
}

#[cfg(test)]
mod tests;
