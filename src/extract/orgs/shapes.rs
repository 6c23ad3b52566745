//! Mentions whose shape names no one organization, dropped after the grammar has read them
//! (stop 20, organizations precision; counts over corpus-real, labour and general-10k):
//!
//! - "Hội" + one capitalized syllable and nothing after: a festival or a place, never an
//!   association ("Hội Lim" 26, "Hội Gióng" 11, the lake and hamlet "Hội Sơn" 7, "thôn Hội
//!   Đức", "xã Hội Nghĩa", "chợ Hội Đồng", "Hội Nghị"; 49 of 49). An association's name
//!   has two syllables or more ("Hội Nông dân", "Hội Luật gia");
//! - a body followed by "các" and a level of government or "địa phương": each
//!   province's or district's body, a generic plural (GUIDELINES.md: "LĐLĐ các huyện" is
//!   no mention): "Sở Y tế các tỉnh, thành", "Phòng GD-ĐT các quận huyện";
//! - (stop 24) "Công ty" and one capital letter that ends the name: a placeholder company
//!   of a reader's letter, not a name ("tạm gọi là công ty A", "Cty A là Công ty nhỏ"; 7 in
//!   corpus-real, all placeholders). A letter run on by ".", "-" or "&" is a name written
//!   in initials ("Công ty A.Q", "Tập đoàn T&T"), and a hospital's letter is its name
//!   ("Bệnh viện E", "Bệnh viện K");
//! - (stop 24) "Ban Bạn" of "Ban Bạn đọc" closing its line: the readers' desk signing a
//!   letter's answer (VietNamNet: "… để chúng tôi tiện liên hệ) Ban Bạn đọc", 13 of 13 in
//!   corpus-real), a byline, not an organization the article speaks of.

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

/// Whether `canonical` is "Công ty" and one capital letter, and the text after `end` does
/// not run the letter on into initials ("A.Q", "T&T", "E-United").
fn placeholder_company(text: &str, canonical: &str, end: usize) -> bool {
    let Some(letter) = canonical.strip_prefix("Công ty ") else {
        return false;
    };
    let mut chars = letter.chars();
    if !(chars.next().is_some_and(|c| c.is_ascii_uppercase()) && chars.next().is_none()) {
        return false;
    }
    let rest = text.get(end..).unwrap_or_default();
    let mut after = rest.chars();
    match after.next() {
        // "Công ty A. Q, quận Bình Tân": another initial after the full stop.
        Some('.') if rest.strip_prefix(". ").is_some_and(initial_at) => false,
        Some('.' | '-' | '&') => !after.next().is_some_and(char::is_alphanumeric),
        Some(c) => !c.is_alphanumeric(),
        None => true,
    }
}

/// Whether `text` opens with one capital letter standing alone as a word (an initial).
fn initial_at(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(char::is_uppercase) && !chars.next().is_some_and(char::is_alphanumeric)
}

/// Whether the span is "Ban Bạn" of a readers' desk sign-off: " đọc" and the end of its
/// line follow it.
fn readers_desk_signoff(text: &str, span: &OrgSpan) -> bool {
    span.canonical == "Ban Bạn"
        && text
            .get(span.end..)
            .and_then(|r| r.strip_prefix(" đọc"))
            .is_some_and(|r| r.trim_start_matches([' ', '.']).is_empty() || r.starts_with('\n'))
}

/// Whether the span names no one organization by its shape (see the module's list).
pub(super) fn no_organization(text: &str, span: &OrgSpan) -> bool {
    one_syllable_hoi(&span.canonical)
        || plural_places_after(text, span.end)
        || placeholder_company(text, &span.canonical, span.end)
        || readers_desk_signoff(text, span)
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

    #[test]
    fn a_company_named_by_one_letter_is_a_placeholder() {
        // labour.jsonl baomoi-22549352: "Tôi làm việc tại cty A từ tháng 4.2006, …"
        let text = "Cty A là Công ty nhỏ dưới 10 người";
        assert!(placeholder_company(text, "Công ty A", "Cty A".len()));
        let text = "hợp đồng lao động với công ty A.";
        assert!(placeholder_company(text, "Công ty A", text.len() - 1));
        // labour.jsonl baomoi-22708511: initials are a name.
        let text = "Trưởng Phòng Kiểm soát chất lượng của Công ty A.Q, cho biết";
        let end = text.find(".Q").unwrap_or_default();
        assert!(!placeholder_company(text, "Công ty A", end));
        assert!(!placeholder_company(
            "Tập đoàn T&T",
            "Công ty T",
            "Tập đoàn T".len()
        ));
        assert!(!placeholder_company(
            "Bệnh viện E cho biết",
            "Bệnh viện E",
            14
        ));
        assert!(!placeholder_company("Công ty An Phát", "Công ty An", 12));
    }

    #[test]
    fn the_readers_desk_signing_off_is_no_organization() {
        // labour.jsonl baomoi-22434180, the article's last line.
        let text = "để chúng tôi tiện liên hệ) Ban Bạn đọc";
        let start = text.find("Ban").unwrap_or_default();
        let span = OrgSpan::whole(
            start,
            start + "Ban Bạn".len(),
            "Ban Bạn".to_string(),
            crate::record::OrganizationKind::Other,
        );
        assert!(readers_desk_signoff(text, &span));
        assert!(readers_desk_signoff(&format!("{text}\nTin khác"), &span));
        assert!(!readers_desk_signoff(
            &format!("{text} Báo Lao Động đã"),
            &span
        ));
    }
}
