//! Rule extractors over normalized article text.
//!
//! Each extractor reads a [`Document`] (the normalized text plus what is known about the
//! article) and returns its mentions in text order, with code point spans into
//! [`Document::text`]. Extractors cannot fail; they find what they can.
//!
//! - [`text`]: the toolkit they share (words, boundaries, sentences, byte spans);
//! - [`dates`], [`quantity`] with [`money`] and [`counts`]: dates and quantities;
//! - [`orgs`], [`people`], [`events`]: organizations, people and events, run together by
//!   [`entities`], which turns their byte spans into code point offsets in one step;
//! - [`lexicon`]: the gazetteer and word tables those three share.

pub mod counts;
pub mod dates;
pub mod entities;
pub mod events;
pub mod lexicon;
pub mod money;
pub mod orgs;
pub mod people;
pub mod quantity;
pub mod text;

use chrono::NaiveDate;

use crate::record::{DateMention, MemberCountMention, MoneyMention};

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
                }
            }
            None => Self {
                lower: text::lower_aligned(body),
                text: body.to_string(),
                body_start: 0,
                published,
            },
        }
    }

    /// A document of plain text with no headline and no date: handy in tests.
    pub fn from_text(text: &str) -> Self {
        Self::new(None, text, None)
    }
}

/// Everything the extractors found in one document.
#[derive(Debug, Clone, Default)]
pub struct Extractions {
    /// Dates and periods.
    pub dates: Vec<DateMention>,
    /// Money amounts.
    pub money: Vec<MoneyMention>,
    /// Member counts.
    pub member_counts: Vec<MemberCountMention>,
    /// Organizations, people and events.
    pub entities: entities::Entities,
}

/// Runs every extractor over `doc`.
pub fn extract_all(doc: &Document) -> Extractions {
    let dates = dates::extract_dates(doc);
    let entities = entities::extract_entities(doc, &dates);
    Extractions {
        money: money::extract_money(doc),
        member_counts: counts::extract_member_counts(doc),
        dates,
        entities,
    }
}
