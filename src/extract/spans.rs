//! What extractors return: values found at **byte spans** of a document's text
//! ([`Spanned`]), and the one conversion of those spans to the records' code point offsets
//! ([`into_records`], called once per document by [`super::Extractions::into_record_mentions`]).

use super::text::ByteSpan;
use crate::normalize::CharOffsets;
use crate::record::{
    DateMention, Event, MemberCountMention, MoneyMention, OrganizationMention, Person,
};

/// A value found at a byte span of a document's text.
///
/// The value is the record type of the mention; its own code point `start` and `end` are
/// left at 0 until [`into_records`] sets them from `span`.
#[derive(Debug, Clone, PartialEq)]
pub struct Spanned<T> {
    /// Where the value was found, in bytes of [`super::Document::text`].
    pub span: ByteSpan,
    /// What was found.
    pub value: T,
}

impl<T> Spanned<T> {
    /// `value` found at `span`.
    pub fn new(span: ByteSpan, value: T) -> Self {
        Self { span, value }
    }
}

/// A record type with code point offsets `start..end` into the record text.
pub trait Positioned {
    /// Sets the code point offsets.
    fn set_position(&mut self, start: usize, end: usize);
}

macro_rules! positioned {
    ($($t:ty),*) => {$(
        impl Positioned for $t {
            fn set_position(&mut self, start: usize, end: usize) {
                self.start = start;
                self.end = end;
            }
        }
    )*};
}

positioned!(
    DateMention,
    MoneyMention,
    MemberCountMention,
    OrganizationMention,
    Person,
    Event
);

/// The values of `found` with their byte spans turned into code point offsets through
/// `offsets` (built on the text the spans point into): the one conversion from bytes.
pub fn into_records<T: Positioned>(found: Vec<Spanned<T>>, offsets: &CharOffsets) -> Vec<T> {
    found
        .into_iter()
        .map(|Spanned { span, mut value }| {
            let (start, end) = span.to_chars(offsets);
            value.set_position(start, end);
            value
        })
        .collect()
}
