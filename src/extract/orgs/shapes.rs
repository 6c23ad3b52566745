//! Mentions whose shape names no one organization, dropped after the grammar has read them
//! (stop 20, organizations precision; counts over corpus-real, labour and general-10k):
//!
//! - "Hội" + one capitalized syllable and nothing after: a festival or a place, never an
//!   association ("Hội Lim" 26, "Hội Gióng" 11, the lake and hamlet "Hội Sơn" 7, "thôn Hội
//!   Đức", "xã Hội Nghĩa", "chợ Hội Đồng", "Hội Nghị"; 49 of 49). An association's name
//!   has two syllables or more ("Hội Nông dân", "Hội Luật gia");
//! - a body followed by "các" and a level of government or "địa phương": each
//!   province's or district's body, a generic plural (GUIDELINES.md: "LĐLĐ các huyện" is
//!   no mention): "Sở Y tế các tỉnh, thành", "Phòng GD-ĐT các quận huyện".

use super::OrgSpan;
use crate::extract::text::{literal_at, word_end};

/// What "các" is followed by when the body before it is one per province, district or
/// commune: level words of admin_levels.tsv and "địa phương" (localities).
const PLURAL_PLACES: &[&str] = &[
    "tỉnh",
    "thành phố",
    "quận",
    "huyện",
    "thị xã",
    "xã",
    "phường",
    "địa phương",
];

/// Whether `canonical` is "Hội" and one capitalized syllable.
fn one_syllable_hoi(canonical: &str) -> bool {
    let mut words = canonical.split(' ');
    words.next() == Some("Hội")
        && words
            .next()
            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
        && words.next().is_none()
}

/// Whether " các " and a [`PLURAL_PLACES`] word follow byte `end`.
fn plural_places_after(text: &str, end: usize) -> bool {
    const CAC: &str = " các ";
    if !text.get(end..).is_some_and(|r| r.starts_with(CAC)) {
        return false;
    }
    let q = end + CAC.len();
    PLURAL_PLACES
        .iter()
        .any(|w| literal_at(text, q, w).is_some_and(|e| word_end(text, e)))
}

/// Whether the span names no one organization by its shape (see the module's list).
pub(super) fn no_organization(text: &str, span: &OrgSpan) -> bool {
    one_syllable_hoi(&span.canonical) || plural_places_after(text, span.end)
}

/// Drops the spans that name no one organization ([`no_organization`]).
pub(super) fn drop_shapes(text: &str, spans: &mut Vec<OrgSpan>) {
    spans.retain(|s| !no_organization(text, s));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_one_syllable_hoi_is_no_association() {
        // general-10k: "Cấm triệt để liền anh, liền chị hát xin tiền tại Hội Lim"
        assert!(one_syllable_hoi("Hội Lim"));
        assert!(one_syllable_hoi("Hội Sơn"));
        assert!(!one_syllable_hoi("Hội Nông dân"));
        assert!(!one_syllable_hoi("Hội Nhà báo Việt Nam"));
        assert!(!one_syllable_hoi("Hội đồng"));
    }

    #[test]
    fn a_body_of_each_province_is_a_generic_plural() {
        // general-10k: "… đề nghị Sở Y tế các tỉnh, thành phố tăng cường …"
        let text = "đề nghị Sở Y tế các tỉnh, thành phố tăng cường";
        let end = text.find(" các").unwrap_or_default();
        assert!(plural_places_after(text, end));
        // "Ban Quản lý các khu công nghiệp" names one board.
        let text = "Ban Quản lý các khu công nghiệp tỉnh Thái Nguyên";
        let end = "Ban Quản lý".len();
        assert!(!plural_places_after(text, end));
        // The level word has to end a word.
        let text = "Sở Y tế các tỉnhthành";
        assert!(!plural_places_after(text, "Sở Y tế".len()));
    }
}
