//! Rule extractors over normalized article text.
//!
//! Each extractor reads a [`Document`] (the normalized text plus what is known about the
//! article) and returns its mentions in text order at **byte spans** of [`Document::text`]
//! ([`spans::Spanned`]). [`extract_all`] runs them all; [`Extractions::into_record_mentions`]
//! turns every span into the records' code point offsets, once per document. Extractors
//! cannot fail; they find what they can.
//!
//! - [`text`]: the toolkit they share (words, boundaries, sentences, byte spans);
//! - [`spans`]: what they return, and the one conversion to code point offsets;
//! - [`dates`], [`quantity`] with [`money`] and [`counts`]: dates and quantities;
//! - [`orgs`], [`people`], [`events`]: organizations, people and events, run together by
//!   [`entities`];
//! - [`lexicon`]: the gazetteer and word tables those three share.
//! - `candidates` (crate-internal): every rule keyword of a document found in one pass
//!   over its lower-cased view, which the rules read instead of scanning the text each.

pub(crate) mod candidates;
pub(crate) mod caseless;
pub mod counts;
pub mod dates;
pub mod entities;
pub mod events;
pub mod lexicon;
pub mod money;
pub mod orgs;
pub mod people;
pub mod quantity;
pub mod spans;
pub(crate) mod starts;
pub mod text;
pub(crate) mod trie;

use std::sync::OnceLock;

use chrono::NaiveDate;

use crate::normalize::CharOffsets;
use crate::record::{DateMention, MemberCountMention, MoneyMention};
use candidates::Candidates;
use quantity::runs::DigitRuns;
use spans::{into_records, Spanned};

/// The normalized text of one article and its context, as extractors see it.
#[derive(Debug, Clone)]
pub struct Document {
    /// Normalized text: the headline as the first paragraph (when there is one), then the
    /// body.
    pub text: String,
    /// `text` lower-cased character by character with the same byte offsets
    /// ([`text::lower_aligned`]), for case-insensitive matching.
    pub lower: String,
    /// Byte offset where the body starts in `text` (0 when there is no headline).
    pub body_start: usize,
    /// The publication date, when known.
    pub published: Option<NaiveDate>,
    /// Every rule keyword of the text, found in one pass on first use
    /// ([`Document::candidates`]).
    candidates: OnceLock<Candidates>,
    /// The digit runs of the text and the quantities they start, read on first use
    /// ([`Document::digit_runs`]).
    digit_runs: OnceLock<DigitRuns>,
}

impl Document {
    /// Builds a document from an already normalized headline and body.
    pub fn new(title: Option<&str>, body: &str, published: Option<NaiveDate>) -> Self {
        match title.filter(|t| !t.trim().is_empty()) {
            Some(title) => {
                let text = format!("{title}\n\n{body}");
                let body_start = title.len() + 2;
                Self {
                    lower: text::lower_aligned(&text),
                    text,
                    body_start,
                    published,
                    candidates: OnceLock::new(),
                    digit_runs: OnceLock::new(),
                }
            }
            None => Self {
                lower: text::lower_aligned(body),
                text: body.to_string(),
                body_start: 0,
                published,
                candidates: OnceLock::new(),
                digit_runs: OnceLock::new(),
            },
        }
    }

    /// A document of plain text with no headline and no date: handy in tests.
    pub fn from_text(text: &str) -> Self {
        Self::new(None, text, None)
    }

    /// Every keyword of the rule tables in the text, found in one pass over
    /// [`Document::lower`] the first time a rule asks ([`candidates`]).
    pub(crate) fn candidates(&self) -> &Candidates {
        self.candidates
            .get_or_init(|| Candidates::new(&self.text, &self.lower))
    }

    /// The digit runs of the text and the quantities they start, read the first time a rule
    /// asks: the money and the member-count rules share them.
    pub(crate) fn digit_runs(&self) -> &DigitRuns {
        self.digit_runs.get_or_init(|| DigitRuns::new(&self.text))
    }
}

/// Everything the extractors found in one document, at byte spans of its text.
#[derive(Debug, Clone, Default)]
pub struct Extractions {
    /// Dates and periods.
    pub dates: Vec<Spanned<DateMention>>,
    /// Money amounts.
    pub money: Vec<Spanned<MoneyMention>>,
    /// Member counts.
    pub member_counts: Vec<Spanned<MemberCountMention>>,
    /// Organizations, people and events.
    pub entities: entities::FoundEntities,
}

/// Everything the extractors found in one document, with code point offsets: the mention
/// lists of a record.
#[derive(Debug, Clone, Default)]
pub struct RecordMentions {
    /// Dates and periods.
    pub dates: Vec<DateMention>,
    /// Money amounts.
    pub money: Vec<MoneyMention>,
    /// Member counts.
    pub member_counts: Vec<MemberCountMention>,
    /// Organizations, people and events.
    pub entities: entities::Entities,
}

impl Extractions {
    /// The mentions with their byte spans turned into code point offsets of `text` (the
    /// document's text the spans point into): the one conversion from bytes, made when the
    /// record is built.
    pub fn into_record_mentions(self, text: &str) -> RecordMentions {
        let offsets = CharOffsets::new(text);
        let entities = self.entities;
        RecordMentions {
            dates: into_records(self.dates, &offsets),
            money: into_records(self.money, &offsets),
            member_counts: into_records(self.member_counts, &offsets),
            entities: entities::Entities {
                organizations: into_records(entities.organizations, &offsets),
                people: into_records(entities.people, &offsets),
                events: into_records(entities.events, &offsets),
            },
        }
    }
}

/// Runs every extractor over `doc`.
pub fn extract_all(doc: &Document) -> Extractions {
    let dates = dates::find(doc);
    let entities = entities::find(doc, &dates);
    Extractions {
        money: money::find(doc),
        member_counts: counts::find(doc),
        dates,
        entities,
    }
}
