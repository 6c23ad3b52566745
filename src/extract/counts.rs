//! Member counts: đoàn viên, CNVCLĐ, người lao động, công đoàn cơ sở …

use super::Document;
use crate::record::MemberCountMention;

/// Finds the member counts of `doc`, in text order.
pub fn extract_member_counts(_doc: &Document) -> Vec<MemberCountMention> {
    Vec::new()
}
