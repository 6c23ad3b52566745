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
//! - (stop 25) a body written with a bare level word and a list of other levels after it:
//!   the body of every province or commune, a generic plural ("Bí thư tỉnh ủy, thành ủy",
//!   "Chủ tịch UBND xã, phường có quyền phạt", "Sở Lao động - Thương binh và Xã hội tỉnh,
//!   thành phố trực thuộc Trung ương"; GUIDELINES.md: "LĐLĐ các huyện", generic plurals are
//!   no mention). A level with its place after it names one ("UBND tỉnh, huyện Thiệu
//!   Hóa");
//! - (stop 24) "Ban Bạn" of "Ban Bạn đọc" closing its line: the readers' desk signing a
//!   letter's answer (VietNamNet: "… để chúng tôi tiện liên hệ) Ban Bạn đọc", 13 of 13 in
//!   corpus-real), a byline, not an organization the article speaks of.

use super::rules::RULES;
use super::OrgSpan;
use crate::extract::text::{literal_at, word_at, word_end};

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

/// The level words a list of levels is written with (lower case): [`PLURAL_PLACES`]'
/// levels and the short "thành" and "tp" ("tỉnh, thành", "tỉnh, TP").
const LIST_LEVELS: &[&str] = &[
    "tỉnh",
    "thành phố",
    "thành",
    "tp",
    "quận",
    "huyện",
    "thị xã",
    "thị trấn",
    "xã",
    "phường",
];

/// Whether `surface` ends with a level word (after a committee's "ủy": "tỉnh ủy").
fn ends_with_level(surface: &str) -> bool {
    let lower = surface.to_lowercase();
    let lower = lower.strip_suffix(" ủy").unwrap_or(&lower);
    LIST_LEVELS
        .iter()
        .filter(|l| !matches!(**l, "thành" | "tp"))
        .any(|l| {
            lower
                .strip_suffix(l)
                .is_some_and(|head| head.is_empty() || head.ends_with(' '))
        })
}

/// Whether the span ends with a bare level word and ", " or "/" and another level word
/// follow it with no place after that ("tỉnh ủy, thành ủy", "UBND xã, phường có").
fn level_list_after(text: &str, span: &OrgSpan) -> bool {
    let Some(surface) = text.get(span.start..span.end) else {
        return false;
    };
    let Some(rest) = text.get(span.end..) else {
        return false;
    };
    // The list's separator first: the surface is lower-cased only before one.
    let Some(rest) = [", ", "/ ", "/"].iter().find_map(|j| rest.strip_prefix(j)) else {
        return false;
    };
    if !ends_with_level(surface) {
        return false;
    }
    // The listed level is written lower case ("xã, phường"), or "TP": "Bí thư Tỉnh ủy, Tỉnh
    // trưởng tỉnh Luông Nậm Thà" lists a post.
    let Some(after) = LIST_LEVELS.iter().find_map(|l| {
        let written = if *l == "tp" { "TP" } else { l };
        rest.strip_prefix(written)
            .filter(|r| !r.starts_with(char::is_alphanumeric))
    }) else {
        return false;
    };
    // A committee lists committees ("tỉnh ủy, thành ủy"); another body before "quận ủy"
    // names two ("LĐLĐ thành phố, quận ủy").
    let committee = surface.ends_with(" ủy");
    let after = match after.strip_prefix(" ủy") {
        Some(rest) if committee => rest,
        Some(_) => return false,
        None if committee => return false,
        None => after,
    };
    // "LĐLĐ tỉnh, thành lập mới": "thành" and its compound's second word.
    let next = after
        .strip_prefix(' ')
        .and_then(|r| word_at(r, 0))
        .map(|(w, _)| w);
    if rest.starts_with("thành ") && next.is_some_and(|w| RULES.thanh_compounds.contains(&w)) {
        return false;
    }
    let mut chars = after.chars();
    match chars.next() {
        None => true,
        // "xã, phường có quyền": a lower-case word goes on; "huyện Thiệu Hóa": a place.
        Some(' ') => !chars
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric()),
        // "tỉnh, TP.HCM": the city written after the abbreviation.
        Some('.') => !chars.next().is_some_and(char::is_alphanumeric),
        Some(c) => !c.is_alphanumeric(),
    }
}

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
        || level_list_after(text, span)
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

    /// A span over the first occurrence of `surface` in `text`.
    fn span_of(text: &str, surface: &str) -> OrgSpan {
        let start = text.find(surface).unwrap_or_default();
        OrgSpan::whole(
            start,
            start + surface.len(),
            surface.to_string(),
            crate::record::OrganizationKind::Other,
        )
    }

    #[test]
    fn a_body_before_a_list_of_levels_is_a_generic_plural() {
        // labour.jsonl baomoi-22446428: "… trên 1.000 đại biểu đại diện thường trực tỉnh ủy,
        // thành ủy; đại diện lãnh đạo UBND tỉnh, thành phố …"
        let text = "đại diện thường trực tỉnh ủy, thành ủy; đại diện lãnh đạo";
        assert!(level_list_after(text, &span_of(text, "tỉnh ủy")));
        // general-10k: "Chủ tịch UBND xã, phường có quyền phạt tiền …"
        let text = "Chủ tịch UBND xã, phường có quyền phạt tiền";
        assert!(level_list_after(text, &span_of(text, "UBND xã")));
        // dantri-news_society_182: "Sở Lao động - Thương binh và Xã hội tỉnh, thành phố
        // trực thuộc Trung ương; cơ quan bảo hiểm xã hội"
        let text = "Sở Lao động - Thương binh và Xã hội tỉnh, thành phố trực thuộc Trung ương";
        let surface = "Sở Lao động - Thương binh và Xã hội tỉnh";
        assert!(level_list_after(text, &span_of(text, surface)));
        let text = "Chủ tịch UBND tỉnh, TP phê duyệt kế hoạch";
        assert!(level_list_after(text, &span_of(text, "UBND tỉnh")));
    }

    #[test]
    fn a_level_with_its_place_is_one_body() {
        // general-10k: "từ nguồn kinh phí của Ủy ban Nhân dân tỉnh, huyện Thiệu Hóa và xã …"
        let text = "kinh phí của Ủy ban Nhân dân tỉnh, huyện Thiệu Hóa và xã";
        assert!(!level_list_after(
            text,
            &span_of(text, "Ủy ban Nhân dân tỉnh")
        ));
        let text = "UBND tỉnh, TP.HCM";
        assert!(!level_list_after(text, &span_of(text, "UBND tỉnh")));
        // A place written in the span: "Tỉnh ủy Lào Cai, thành ủy" is not bare.
        let text = "Tỉnh ủy Lào Cai, thành ủy";
        assert!(!level_list_after(text, &span_of(text, "Tỉnh ủy Lào Cai")));
        // seed 001: "LĐLĐ thành phố, quận ủy" names two bodies; "tỉnh, thành lập" no level.
        let text = "chỉ đạo của LĐLĐ thành phố, quận ủy và sự phối hợp";
        assert!(!level_list_after(text, &span_of(text, "LĐLĐ thành phố")));
        let text = "LĐLĐ tỉnh, thành lập mới được 62 công đoàn cơ sở.";
        assert!(!level_list_after(text, &span_of(text, "LĐLĐ tỉnh")));
        // No list: "UBND tỉnh, Sở Y tế".
        let text = "UBND tỉnh, Sở Y tế";
        assert!(!level_list_after(text, &span_of(text, "UBND tỉnh")));
        // labour.jsonl baomoi-22685630: a post after the comma.
        let text = "La Văn, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Luông Nậm Thà (Lào)";
        assert!(!level_list_after(text, &span_of(text, "Tỉnh ủy")));
        // "Xã hội" ends no level: "Bộ Lao động - Thương binh và Xã hội, tỉnh".
        assert!(!ends_with_level("Bộ Lao động - Thương binh và Xã hội"));
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
