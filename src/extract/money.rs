//! Monetary amounts.

use super::Document;
use crate::record::MoneyMention;

/// Finds the money amounts of `doc`, in text order.
pub fn extract_money(_doc: &Document) -> Vec<MoneyMention> {
    Vec::new()
}
