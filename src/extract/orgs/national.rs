//! A national body named by its head alone ("Quốc hội", "Chính phủ") right before a
//! person's name: the body of a role phrase, "Thủ tướng Chính phủ Nguyễn Xuân Phúc", "Chủ
//! tịch Quốc hội Nguyễn Thị Kim Ngân", "đại biểu Quốc hội Lưu Bình Nhưỡng". A capitalized
//! word after the head used to make it another country's body ("Quốc hội Mỹ", "Chính phủ
//! Nhật Bản") and drop the mention; a family name followed by a capitalized word is no
//! country, the body is Vietnam's and the mention is the head (GUIDELINES.md,
//! Organizations: organizations inside role phrases count; real-dev writes "Thủ tướng
//! Chính phủ" → "Chính phủ").
//!
//! Stop 20 probe (corpus-real, base build): of the "Quốc hội" and "Chính phủ" followed by
//! a capitalized word that no mention covered, 259 over labour.jsonl and 2,000 lines of
//! general-10k, 150 were followed by a person's name, the others by a country
//! ("Quốc hội Cuba" 15, "Chính phủ Mỹ" 7).

use super::country::country_at as org_country_at;
use super::grammar::Parser;
use super::OrgSpan;
use crate::extract::lexicon::LEXICON;
use crate::extract::people::country_at;
use crate::extract::text::{after_space, word_before};
use crate::extract::text::{is_capitalized, next_word};
use crate::record::OrganizationKind as Kind;

/// The national bodies read with another country's name after them (stop 27).
const FOREIGN_BODIES: &[&str] = &["Chính phủ", "Quốc hội"];

/// Countries whose Vietnamese name opens with a family name, no table's country
/// ("Quốc hội Hà Lan"; general-10k: "Hà Lan" 31 times as a foreign name's country).
const COUNTRIES_OF_FAMILY_NAMES: &[&str] = &["Hà Lan"];

impl Parser<'_> {
    /// Whether a capitalized word after byte `pos` (a national body's head) makes the head
    /// another country's body: it does unless it starts a person's name, a family name
    /// (`surnames.tsv`) that starts no place or country ("Hà Lan") and a capitalized word after it.
    pub(super) fn foreign_after(&self, pos: usize) -> bool {
        let text = self.text;
        let Some((word, start, end)) = next_word(text, pos) else {
            return false;
        };
        if !is_capitalized(word) {
            return false;
        }
        // "Tổng Thanh tra Chính phủ Phan Văn Sáu": the body is the inspectorate, "Thanh tra
        // Chính phủ", no head of this table; the mention is left out as before.
        let inspectorate = text.get(..pos).is_some_and(|b| {
            b.strip_suffix(" Chính phủ")
                .is_some_and(|h| h.ends_with("Thanh tra") || h.ends_with("thanh tra"))
        });
        // "Ủy ban Về các vấn đề xã hội của Quốc hội Bùi Sỹ Lợi": the body is the committee
        // the head closes (a boundary left as it was).
        let closes_a_body = text.get(..pos).is_some_and(|b| {
            b.strip_suffix("Quốc hội")
                .or_else(|| b.strip_suffix("Chính phủ"))
                .is_some_and(|h| h.ends_with(" của ") || h.ends_with(" thuộc "))
        });
        if inspectorate || closes_a_body {
            return true;
        }
        let person = LEXICON.surnames.iter().any(|s| s == word)
            && LEXICON.place_at(text, start).is_none()
            && country_at(text, start).is_none()
            && !COUNTRIES_OF_FAMILY_NAMES
                .iter()
                .any(|c| text.get(start..).is_some_and(|r| r.starts_with(c)))
            && next_word(text, end).is_some_and(|(w, _, _)| is_capitalized(w));
        !person
    }

    /// Another country's national body, its head ending at byte `head_end` before the
    /// country's name: "Chính phủ Malaysia", "Quốc hội Cuba" (stop 27: real8-dev names
    /// "Chính phủ Malaysia"; the head was dropped before). Only a country of the
    /// organizations' own list (country.rs) is read; any other capitalized word leaves no
    /// mention, as before.
    pub(super) fn foreign_body(&self, start: usize, head_end: usize) -> Option<OrgSpan> {
        let text = self.text;
        let head = text.get(start..head_end)?;
        // "tòa nhà Quốc hội Anh", "Trụ sở Quốc hội Nhật Bản": a building, a place (general-10k:
        // 12 of 352 readings before this test).
        let building = word_before(text, start).is_some_and(|(_, w)| matches!(w, "nhà" | "sở"));
        if !FOREIGN_BODIES.contains(&head) || building {
            return None;
        }
        let country_start = after_space(text, head_end)?;
        let end = org_country_at(text, country_start)?;
        Some(self.span(
            start,
            end,
            text.get(start..end)?.to_string(),
            Kind::Government,
        ))
    }
}
