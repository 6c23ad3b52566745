//! An amount from a quantity: its currency, the upper end of a range, its qualifier.

use super::context::bare_amount_is_money;
use super::from::lower_bound_from;
use super::grouped::comma_thousands;
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

/// The second number of a range whose first number (or its currency word) ends at byte
/// `pos`, joined by a dash or "đến"/"tới" ("1-2 triệu", "1 đến 2 triệu", "15 triệu đồng đến
/// 40 triệu đồng").
fn range_end(text: &str, pos: usize) -> Option<Quantity> {
    let rest = text.get(pos..)?;
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

/// Whether the quantity `q` is surely an amount before a currency word, so that the phrases
/// of `money_not_units.tsv` do not apply: it has a scale word ("700 tỷ đồng tổ chức"), or its
/// digits are grouped in thousands ("cắt giảm 200.000 đồng tiền hỗ trợ", real4-dev). In
/// general-10k and labour.jsonl a grouped number stands before a phrase of that table 13
/// times, all "đồng tiền" of an amount ("5.000 đồng tiền giữ xe", "200.000 - 300.000 đồng
/// tiền lãi"); "6 đồng tiền chủ chốt" are six currencies.
fn sure_amount(text: &str, q: &Quantity) -> bool {
    let grouped = || {
        !q.words
            && q.value >= 1000.0
            && text
                .get(q.start..q.end)
                .is_some_and(|digits| digits.contains('.'))
    };
    q.scale_exp > 0 || grouped()
}

/// The range that starts with the quantity `q`: its upper end, where the range ends and its
/// currency. The upper end has a currency word, or is a bare amount in a money context
/// ("Lương từ 5-7 triệu/tháng"); the lower end may have its own currency word, the same
/// ("từ 15 triệu đồng đến 40 triệu đồng": 79 in the unseen labour articles and general-10k
/// together, read as two amounts before).
fn range_after(text: &str, q: &Quantity) -> Option<(Quantity, usize, &'static str)> {
    if q.vague {
        return None;
    }
    let own = currency_at(text, q.end, sure_amount(text, q));
    let (upper, lower_currency) = match range_end(text, q.end) {
        Some(upper) => (upper, None),
        None => {
            let (cur_end, currency) = own?;
            (range_end(text, cur_end)?, Some(currency))
        }
    };
    let (end, currency) = match currency_at(text, upper.end, sure_amount(text, &upper)) {
        Some(found) => found,
        None if lower_currency.is_none() && bare_amount_is_money(text, &upper) => {
            (upper.end, "VND")
        }
        None => return None,
    };
    if lower_currency.is_some_and(|c| c != currency) {
        return None;
    }
    Some((upper, end, currency))
}

/// Reads an amount from the quantity `q`: currency, range, qualifier.
pub(super) fn money_from(text: &str, mut q: Quantity) -> Option<Candidate> {
    // A number of over 308 digits reads as infinity, which JSON cannot hold (a record would
    // say `"amount": null`): no amount (found by fuzzing).
    if !q.value.is_finite() {
        return None;
    }
    // A range: the lower end takes the upper end's scale when it has none ("1-2 triệu"),
    // unless that makes it larger than the upper end ("từ 500.000 - 1 triệu đồng" is half a
    // million to a million, not the million alone: 17 such ranges in the unseen labour
    // articles and general-10k together).
    if let Some((mut upper, end, currency)) = range_after(text, &q) {
        // "22,540-22,610 đồng/USD": both ends grouped in thousands (`grouped`).
        let grouped =
            comma_thousands(text, &q, currency).zip(comma_thousands(text, &upper, currency));
        if let Some((low, high)) = grouped {
            q.value = low;
            q.number = low;
            upper.value = high;
        }
        let lower = if q.scale_exp == 0 {
            let taken = scaled(q.number, upper.scale_exp);
            // Unscaled, the lower end is still within a thousandth of the upper end ("36,6-
            // 36,55 triệu đồng" is a fall, not a range from 36,6 đồng).
            if taken < upper.value || q.value * 1000.0 < upper.value {
                taken
            } else {
                q.value
            }
        } else {
            q.value
        };
        if lower < upper.value && upper.value.is_finite() {
            // The surface takes "từ" and a qualifier word before the range ("khoảng 1.300 -
            // 2.000 USD", as the real-article gold writes it); the range stays exact.
            let first = qualifier_before(text, q.start).map_or(q.start, |(at, _)| at);
            let before = text[..first].strip_suffix(' ').unwrap_or("");
            let start = suffix_ci(before, "từ").unwrap_or(first);
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
    if q.value <= 0.0 {
        // "siêu thị 0 đồng" names a free shop, not an amount.
        return None;
    }
    let (end, currency) = match currency_at(text, q.end, sure_amount(text, &q)) {
        Some(found) => found,
        None if bare_amount_is_money(text, &q) => (q.end, "VND"),
        None => return None,
    };
    let amount = comma_thousands(text, &q, currency).unwrap_or(q.value);
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
    } else if qualifier == Qualifier::Exact {
        // "giá từ 100 triệu đồng": a price from 100 million on (real2-dev baomoi-21492701).
        if let Some(from) = lower_bound_from(text, start, end) {
            qualifier = Qualifier::AtLeast;
            start = from;
        }
    }
    Some(Candidate {
        start,
        end,
        amount,
        amount_max: None,
        currency,
        qualifier,
    })
}
