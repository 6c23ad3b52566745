//! An amount from a quantity: its currency, the upper end of a range, its qualifier.

use super::context::bare_amount_is_money;
use super::units::currency_at;
use crate::extract::quantity::qualifiers::qualifier_before;
use crate::extract::quantity::reading::{read_digits, scaled, Quantity};
use crate::extract::quantity::words::{suffix_ci, word_ci};
use crate::record::Qualifier;

/// A money mention in bytes, before conversion.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Candidate {
    /// Byte where the surface starts (the qualifier, or "từ" of a range).
    pub start: usize,
    /// Byte just past the surface.
    pub end: usize,
    /// The amount, or the lower end of a range.
    pub amount: f64,
    /// The upper end of a range.
    pub amount_max: Option<f64>,
    /// ISO 4217 code.
    pub currency: &'static str,
    /// The qualifier written before the amount.
    pub qualifier: Qualifier,
}

/// The second number of a range after `q`, joined by a dash or "đến"/"tới" ("1-2 triệu",
/// "1 đến 2 triệu").
fn range_end(text: &str, q: &Quantity) -> Option<Quantity> {
    if q.vague {
        return None;
    }
    let rest = text.get(q.end..)?;
    let trimmed = rest.trim_start_matches(' ');
    let after = if let Some(r) = trimmed.strip_prefix('-') {
        r
    } else {
        let n = word_ci(trimmed, "đến").or_else(|| word_ci(trimmed, "tới"))?;
        trimmed[n..].strip_prefix(' ')?
    };
    let r = after.trim_start_matches(' ');
    if !r.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    read_digits(text, text.len() - r.len())
}

/// Reads an amount from the quantity `q`: currency, range, qualifier.
pub(super) fn money_from(text: &str, q: Quantity) -> Option<Candidate> {
    // A number of over 308 digits reads as infinity, which JSON cannot hold (a record would
    // say `"amount": null`): no amount (found by fuzzing).
    if !q.value.is_finite() {
        return None;
    }
    // A range: the lower end takes the upper end's scale when it has none ("1-2 triệu").
    if let Some(upper) = range_end(text, &q) {
        if let Some((end, currency)) = currency_at(text, upper.end, upper.scale_exp > 0) {
            let lower = if q.scale_exp == 0 {
                scaled(q.number, upper.scale_exp)
            } else {
                q.value
            };
            if lower < upper.value && upper.value.is_finite() {
                let before = text[..q.start].strip_suffix(' ').unwrap_or("");
                let start = suffix_ci(before, "từ").unwrap_or(q.start);
                return Some(Candidate {
                    start,
                    end,
                    amount: lower,
                    amount_max: Some(upper.value),
                    currency,
                    qualifier: Qualifier::Exact,
                });
            }
        }
    }
    if q.value <= 0.0 {
        // "siêu thị 0 đồng" names a free shop, not an amount.
        return None;
    }
    let (end, currency) = match currency_at(text, q.end, q.scale_exp > 0) {
        Some(found) => found,
        None if bare_amount_is_money(text, &q) => (q.end, "VND"),
        None => return None,
    };
    let (mut start, mut qualifier) = if q.vague {
        (q.start, Qualifier::Vague)
    } else {
        qualifier_before(text, q.start).unwrap_or((q.start, Qualifier::Exact))
    };
    let mut end = end;
    // "từ 5 triệu đồng trở lên" (5 million and more): the lower bound, as the real-article
    // gold writes it (more_than; fixtures/gold/real-dev.jsonl baomoi-21488522).
    if let Some(n) = text[end..]
        .strip_prefix(' ')
        .and_then(|rest| word_ci(rest, "trở lên"))
    {
        if qualifier == Qualifier::Exact {
            qualifier = Qualifier::MoreThan;
            let before = text[..start].strip_suffix(' ').unwrap_or("");
            start = suffix_ci(before, "từ").unwrap_or(start);
        }
        end += 1 + n;
    }
    Some(Candidate {
        start,
        end,
        amount: q.value,
        amount_max: None,
        currency,
        qualifier,
    })
}
