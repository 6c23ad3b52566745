//! Words that link a role word to the rest of its role (stop 21, issue 12; decision 18 of
//! the guidelines: roles are written in full as the sentence gives them):
//!
//! - "của" (of) right after the role word, before another role word: the post is the
//!   other holder's ("người phát ngôn của Tổng thống Nga", "phát ngôn viên của Tổng thống
//!   Duterte"). The organization reader stops at a role word (a second role), so these
//!   were cut to the bare "người phát ngôn". The gold writes a "của" part whole ("Phó
//!   Chủ nhiệm Ủy ban Về các vấn đề xã hội của Quốc hội", real-dev).
//! - "tại" / "ở" (in, at) after an envoy's country, before a capitalized place: the
//!   country an ambassador is posted to belongs to the post ("Đại sứ Việt Nam tại Qatar
//!   Nguyễn Hoằng", "Đại sứ Triều Tiên ở Liên Hiệp Quốc"); "tại" is otherwise a stop word
//!   of `role_stops.tsv` ("… phát biểu tại …").
//! - "tại" (at) after any role, before an organization mention or a place the lexicon
//!   knows (stop 24): where the holder works belongs to the role ("chuyên gia tại Viện Hòa
//!   bình quốc tế Carnegie Endowment", "Giám đốc Nhà khách Quốc hội tại Đà Nẵng",
//!   "Giám đốc Quốc gia của ADB tại Việt Nam"); a venue or a meeting after it ("tại Nhà
//!   Trắng", "tại Hội nghị …", "tại buổi làm việc") is where the sentence happens, and
//!   ends the role as before.

use super::roles::{RoleSpan, RoleText};
use crate::extract::text::lower_aligned;

/// "của" as written between a role word and the role word it links to, with its spaces.
const OF: &str = " của ";

/// Whether the role word at `start` is linked by "của" to the role word ending at
/// `role_word_end` (nothing else between them): it is read as a word of that role's
/// organization part, not as a second role.
pub(super) fn role_word_after_of(text: &str, role_word_end: usize, start: usize) -> bool {
    text.get(role_word_end..start) == Some(OF)
}

/// The role of the name written right after `role` (which ends at `end`): when the role
/// word is linked by "của" to a second role word ("nữ phát ngôn viên của Thủ tướng Angela
/// Merkel", "chánh văn phòng của Tổng thống Roh Moo Hyun"), the name is the second role's
/// holder, and its role is the one that starts there; else `role`.
pub(super) fn linked_holder_role(rt: &RoleText<'_>, role: RoleSpan, end: usize) -> RoleSpan {
    let linked = rt
        .role_word_at(role.0)
        .filter(|&word_end| rt.text.get(word_end..).is_some_and(|r| r.starts_with(OF)))
        .map(|word_end| word_end + OF.len())
        .filter(|&at| rt.role_word_at(at).is_some());
    linked
        .and_then(|at| super::roles::role_ending_at(rt, at, end))
        .unwrap_or(role)
}

/// Lower-case nouns of the body a spokesperson or an officer speaks for, written after
/// "của" with no name ("người phát ngôn của tỉnh", "người phát ngôn của đơn vị này"): the
/// role's own unit, kept although a verb or particle ends it.
const OWN_UNITS: [&str; 6] = ["tỉnh", "huyện", "thành phố", "bộ", "ngành", "đơn vị này"];

/// Whether the lower-case words read after the role word ending at `word_end` up to `tail`
/// are "của" and the role's own unit ([`OWN_UNITS`]).
pub(super) fn of_own_unit(text: &str, word_end: usize, tail: Option<usize>) -> bool {
    tail.and_then(|end| text.get(word_end..end))
        .and_then(|words| words.strip_prefix(OF))
        .is_some_and(|unit| OWN_UNITS.contains(&unit))
}

/// Role words (lower case) whose holder is posted to a country written after "tại" / "ở".
const ENVOYS: [&str; 1] = ["đại sứ"];

/// The words linking an envoy's country to the place of the post.
const POSTED_AT: [&str; 2] = ["tại", "ở"];

/// Whether the role word ending at `word_end` (the role starting at `role_start`, its
/// prefix included: "cựu đại sứ") is an envoy's ([`ENVOYS`]).
pub(super) fn is_envoy(text: &str, role_start: usize, word_end: usize) -> bool {
    let role = lower_aligned(text.get(role_start..word_end).unwrap_or_default());
    ENVOYS.iter().any(|e| role.ends_with(e))
}

/// The end of "tại" / "ở" at `start` when a capitalized word follows it (the place of an
/// envoy's post), else `None`.
pub(super) fn posted_at(text: &str, start: usize) -> Option<usize> {
    let rest = text.get(start..)?;
    POSTED_AT.iter().find_map(|w| {
        let after = rest.strip_prefix(w)?.strip_prefix(' ')?;
        after
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
            .then_some(start + w.len())
    })
}

/// The word linking a role to the organization or place its holder works at.
const WORKS_AT: &str = "tại ";

/// The end of "tại" at `start` when an organization mention of `rt` or a place starts right
/// after it (`provinces.tsv` and its districts, `role_countries.tsv`, a one-word place of
/// `foreign_places.tsv`): the holder's workplace, a part of the role; else `None`.
pub(super) fn works_at(rt: &RoleText<'_>, start: usize) -> Option<usize> {
    let text = rt.text;
    let next = start + WORKS_AT.len();
    text.get(start..)?.strip_prefix(WORKS_AT)?;
    let place = rt.org_at(next).is_some()
        || crate::extract::lexicon::LEXICON
            .place_at(text, next)
            .is_some()
        || super::stage::country_at(text, next).is_some()
        || crate::extract::text::word_at(text, next)
            .is_some_and(|(word, _)| super::foreign::is_foreign_place(word));
    place.then_some(next - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn of_links_only_right_after_the_role_word() {
        // general-10k baomoi-22625035.
        let text = "Ông Dmitry Peskov - người phát ngôn của Tổng thống Nga cho hay";
        let word_end = text.find(" của").unwrap_or(0);
        let next = text.find("Tổng").unwrap_or(0);
        assert!(role_word_after_of(text, word_end, next));
        assert!(!role_word_after_of(text, word_end - 1, next));
    }

    #[test]
    fn an_envoy_is_posted_at_a_capitalized_place() {
        // general-10k baomoi-22508254.
        let text = "Đại sứ Việt Nam tại Qatar Nguyễn Hoằng cho biết";
        assert!(is_envoy(text, 0, "Đại sứ".len()));
        let at = text.find("tại").unwrap_or(0);
        assert_eq!(posted_at(text, at), Some(at + "tại".len()));
        assert_eq!(posted_at("Đại sứ Mỹ tại buổi lễ", "Đại sứ Mỹ ".len()), None);
        assert!(!is_envoy("Tổng thống Pháp", 0, "Tổng thống".len()));
    }
}
