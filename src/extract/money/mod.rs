//! Monetary amounts: "gần 60,8 tỷ đồng", "hơn 40 triệu đồng", "hàng trăm nghìn tỷ đồng",
//! "từ 1 đến 2 triệu đồng", "1,2 USD", "một ngàn đồng".
//!
//! The scan anchors on cheap things first: every digit run that starts a token, and (with one
//! aho-corasick pass) the scale words (chục, trăm, nghìn/ngàn, triệu, tỷ/tỉ) that a number in
//! words or a vague "hàng"/"cả"/"vài"/"mấy" stands before. From an anchor it reads the number,
//! its scale words and the currency word after it, and the qualifier before it.
//!
//! Decisions (see GUIDELINES.md "Money"):
//! - an amount needs a currency word (`rules/money_units.tsv`), except an amount with a scale
//!   word of a thousand or more ("400 triệu", "cả tỉ", "90 nghìn/bát") in a money context: a
//!   cue word earlier in its clause ("được", "lương", "tiền", … in `rules/money_context.tsv`)
//!   and a follower word or punctuation after it, or "tiền" right after it ("30 tỷ tiền
//!   lương"). Such an amount is VND: "lương 5 triệu/tháng" is 5 000 000 VND; "01 triệu sáng
//!   kiến" and "7,5 triệu người" are not money;
//! - after a scale word "đồng" is always the currency; after a bare number the phrases of
//!   `rules/money_not_units.tsv` are not ("5 đồng chí", "năm 2024 đồng thời"); 0 is no amount;
//! - the qualifier word is part of the surface (`rules/qualifiers.tsv`); "hàng/cả/vài/mấy" +
//!   scale words are `vague`, with the implied lower bound as the amount ("hàng tỷ đồng" → 1e9);
//! - a range "từ 1 đến 2 triệu đồng" / "1-2 triệu đồng" is one mention: `amount` is its lower
//!   end, `amount_max` its upper end, the qualifier `exact`;
//! - "tỷ lệ", "tỷ trọng" are not scale words (`rules/scale_compounds.tsv`), so never money.
//!
//! What money shares with member counts (number reading, qualifiers, clauses) is in
//! [`super::quantity`]; here are the currency words (`units`), the context of an amount
//! without one (`context`) and the amount read from a quantity (`amount`).

mod amount;
mod chrome;
mod context;
mod from;
mod grouped;
mod units;

use std::sync::LazyLock;

use super::candidates::{Candidates, KeywordSet};
use super::quantity::clause::covered;
use super::quantity::numbers::scale_words;
use super::quantity::reading::{first_in_text_order, number_word_starts, read_words};
use super::quantity::runs::from_digit_runs;
use super::quantity::words::{ac_patterns, word_end, word_start};
use super::spans::{into_records, Spanned};
use super::text::ByteSpan;
use super::Document;
use crate::normalize::CharOffsets;
use crate::record::MoneyMention;
use amount::{money_from, Candidate};

pub(crate) use context::{ContextWord, MONEY_CONTEXT_TSV};
pub(crate) use from::{FromCue, MONEY_FROM_CUES_TSV};
pub(crate) use units::{MoneyUnit, MONEY_NOT_UNITS_TSV, MONEY_UNITS_TSV};

/// Scale words as they may be written ([`ac_patterns`]): the anchors of amounts written in
/// words ("hai tỷ đồng", "hàng tỷ đồng"), found by the one candidate pass
/// ([`crate::extract::candidates`]).
static SCALE_WORDS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let words: Vec<&str> = scale_words().collect();
    ac_patterns(&words, true)
});

/// The scale words as they may be written: keywords of the one candidate pass.
pub(crate) fn scale_keywords() -> &'static [String] {
    &SCALE_WORDS
}

/// Finds the money amounts of `doc`, in text order, with code point offsets: a convenience for
/// tests and single-extractor use over [`find`] (the pipeline runs [`super::extract_all`]).
///
/// # Example
/// ```
/// use union_news::extract::{money::extract_money, Document};
/// let doc = Document::from_text("với số tiền gần 60,8 tỷ đồng dịp Tết");
/// let money = extract_money(&doc);
/// assert_eq!(money[0].text, "gần 60,8 tỷ đồng");
/// assert_eq!(money[0].amount, 60_800_000_000.0);
/// ```
pub fn extract_money(doc: &Document) -> Vec<MoneyMention> {
    into_records(find(doc), &CharOffsets::new(&doc.text))
}

/// Finds the money amounts of `doc`, in text order, at byte spans of its text.
pub fn find(doc: &Document) -> Vec<Spanned<MoneyMention>> {
    let text = doc.text.as_str();
    // Numbers written with digits.
    let mut found = from_digit_runs(text, doc.digit_runs(), |q| money_from(text, q), |c| c.end);
    // Numbers written in words, anchored on their scale words.
    let from_words = amounts_in_words(text, doc.candidates(), &found);
    found.extend(from_words);
    // A related video's headline run into the last line is no part of the article.
    let chrome = chrome::related_video_spans(text);
    if !chrome.is_empty() {
        found.retain(|c| !chrome.iter().any(|&(s, e)| s <= c.start && c.start < e));
    }
    first_in_text_order(
        found,
        |c| ByteSpan::new(c.start, c.end),
        |c| mention(text, c),
    )
}

/// The amounts written in words ("hai tỷ đồng", "hàng trăm nghìn tỷ đồng"), anchored on their
/// scale words, outside the amounts `found` with digits.
fn amounts_in_words(text: &str, candidates: &Candidates, found: &[Candidate]) -> Vec<Candidate> {
    let mut covered_to = 0;
    let mut spans: Vec<(usize, usize)> = found.iter().map(|c| (c.start, c.end)).collect();
    spans.sort_unstable();
    let mut from_words = Vec::new();
    for m in candidates.leftmost_longest(KeywordSet::ScaleWords, 0) {
        if m.start() < covered_to
            || !word_start(text, m.start())
            || !word_end(text, m.end())
            || covered(&spans, m.start())
        {
            continue;
        }
        let candidate = number_word_starts(text, m.start())
            .into_iter()
            .filter(|&s| !covered(&spans, s))
            .filter_map(|s| read_words(text, s))
            .find(|q| q.end >= m.end())
            .and_then(|q| money_from(text, q));
        if let Some(c) = candidate {
            covered_to = c.end;
            from_words.push(c);
        }
    }
    from_words
}

/// The money mention of candidate `c` (its position is set when the record is built).
fn mention(text: &str, c: Candidate) -> MoneyMention {
    MoneyMention {
        text: text[c.start..c.end].to_string(),
        start: 0,
        end: 0,
        amount: c.amount,
        amount_max: c.amount_max,
        currency: c.currency.to_string(),
        qualifier: c.qualifier,
    }
}

#[cfg(test)]
mod tests;
