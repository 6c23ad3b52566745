//! "Thanh tra" (inspectorate) as an organization head (stop 23, issue 12): the inspectorate
//! of a ministry, department or agency ("Thanh tra Bộ GD-ĐT", "Thanh tra Sở Y tế TP.HCM",
//! "Thanh tra Tổng cục Lâm nghiệp"), of a place ("Thanh tra tỉnh Gia Lai", "Thanh tra TP Hà
//! Nội") and the Government Inspectorate ("Thanh tra Chính phủ", a `fixed` row). The named
//! grammar reads them as a body of the organization after it (`org_heads.tsv` row "Thanh
//! tra", `named_body`); the base build of stop 23 read none of them, only the inner "Bộ …",
//! "Sở …" or "Chính phủ" (the last a wrong "Chính phủ Việt Nam").
//!
//! Where the word is no inspectorate's name (a capitalized head only; general-10k and
//! labour, base build of stop 23):
//! - a lower-case word after it, unless a level word: the activity or the inspectors ("Thanh tra giao thông Cần
//!   Thơ", a group of people; "Thanh tra vụ Đồng Tâm", "Thanh tra các Sở GTVT");
//! - a person's name after it: "Chánh Thanh tra Nguyễn Văn Dương" (the post);
//! - "Bộ" or "Sở" with no name after it ("Thanh tra Bộ đã phát hiện", "Thanh tra Sở xử lý"):
//!   which office's is not written;
//! - a capitalized level word with no place ("Thanh tra TP cho biết"): the grammar would read
//!   "TP" as a name;
//! - "Đội" or "Sở" before it: a team of inspectors ("Đội Thanh tra GTVT huyện Ứng Hòa") or
//!   another name ("Sở Thanh tra Bưu điện Hoa Kỳ"), not the inspectorate.

use super::place::place_tail;
use super::rules::RULES;
use crate::extract::lexicon::LEXICON;
use crate::extract::text::{is_capitalized, next_word, word_before};
use chrono::NaiveDate;

/// The canonical head of the inspectorate rows.
pub(super) const THANH_TRA: &str = "Thanh tra";

/// Whether "Thanh tra" at `start..head_end` starts no inspectorate's name (see the module's
/// doc); false for every other head `name`.
pub(super) fn not_named(
    text: &str,
    name: &str,
    start: usize,
    head_end: usize,
    published: Option<NaiveDate>,
) -> bool {
    if name != THANH_TRA {
        return false;
    }
    if word_before(text, start).is_some_and(|(_, w)| matches!(w, "Đội" | "Sở")) {
        return true;
    }
    let Some((word, word_start, word_end)) = next_word(text, head_end) else {
        return true;
    };
    // "Thanh tra tỉnh Gia Lai", "Thanh tra huyện": a lower-case level word and its place (or
    // the article's).
    let level = RULES.level_at(text, word_start).is_some();
    if !is_capitalized(word) && !level {
        return true;
    }
    let capital_after = next_word(text, word_end).is_some_and(|(w, _, _)| is_capitalized(w));
    // "Chánh Thanh tra Nguyễn Văn Dương": a person's name.
    if LEXICON.surnames.iter().any(|s| s == word)
        && capital_after
        && LEXICON.place_at(text, word_start).is_none()
    {
        return true;
    }
    // "Thanh tra Bộ đã …", "Thanh tra Sở xử lý": no office named.
    if matches!(word, "Bộ" | "Sở") && !capital_after {
        return true;
    }
    // "Thanh tra TP cho biết": a capitalized level word and no place.
    level
        && is_capitalized(word)
        && place_tail(text, head_end, published).is_none_or(|t| t.area.is_none())
}
