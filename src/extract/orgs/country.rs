//! The country written after a ministry: "Bộ Quốc phòng Mỹ", "Bộ Ngoại giao Nga" name
//! another country's ministry, and "Bộ Ngoại giao Việt Nam" the ministry the bare head
//! names. The office grammar read "Bộ" + sector only, so a foreign ministry was cut before
//! its country and given the canonical name of Vietnam's (stop 20, corpus-real, labour and
//! general-10k: 538 ministries stood before a country's name, 478 of them foreign: Nga 135,
//! Mỹ 127, Trung Quốc 49, Hàn Quốc 33, Nhật Bản 18, Triều Tiên 16, Đức 8, …; "Việt Nam" 58,
//! "VN" 2). GUIDELINES.md: the mention is the maximal span, and another country's body is
//! its own organization ("Quân đội Myanmar").

use crate::extract::text::{after_space, any_literal_at};

/// Countries written after a ministry in corpus-real, with their count there (see the
/// module's doc), longest first where one starts another ("Nhật Bản" before "Nhật").
const COUNTRIES: &[&str] = &[
    "Nga",
    "Mỹ",
    "Trung Quốc",
    "Hàn Quốc",
    "Nhật Bản",
    "Triều Tiên",
    "Đức",
    "Ấn Độ",
    "Iran",
    "Anh",
    "Qatar",
    "Cuba",
    "Pháp",
    "Ukraine",
    "Thái Lan",
    "Lào",
    "Ai Cập",
    "Indonesia",
    "Đài Loan",
    "Afghanistan",
    "Iraq",
    "Canada",
    "Brazil",
    "Italy",
    "Syria",
    "Israel",
    "Thụy Điển",
];

/// Vietnam's names: written after a ministry they end the mention, the canonical name
/// stays the bare "Bộ …".
const VIETNAM: &[&str] = &["Việt Nam", "VN"];

/// The end and canonical name of a ministry `name` ("Bộ Quốc phòng") read up to byte `end`,
/// with the country written after it: "Bộ Quốc phòng" + " Mỹ" → "Bộ Quốc phòng Mỹ";
/// " Việt Nam" → the same name, the span to its end. Other offices ("Sở", "Phòng") and
/// ministries with no country after them are returned as they are.
pub(super) fn with_country(office: &str, text: &str, end: usize, name: String) -> (usize, String) {
    if office != "Bộ" {
        return (end, name);
    }
    let Some(q) = after_space(text, end) else {
        return (end, name);
    };
    if let Some(country_end) = any_literal_at(text, q, VIETNAM) {
        return (country_end, name);
    }
    match any_literal_at(text, q, COUNTRIES) {
        Some(country_end) => {
            let country = text.get(q..country_end).unwrap_or_default();
            (country_end, format!("{name} {country}"))
        }
        None => (end, name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_foreign_ministry_keeps_its_country() {
        // general-10k: "Bộ Quốc phòng Mỹ cho biết ngày …"
        let text = "Bộ Quốc phòng Mỹ cho biết";
        let end = "Bộ Quốc phòng".len();
        let (e, name) = with_country("Bộ", text, end, "Bộ Quốc phòng".to_string());
        assert_eq!(name, "Bộ Quốc phòng Mỹ");
        assert_eq!(text.get(e..), Some(" cho biết"));
        // general-10k: "Bộ Ngoại giao Việt Nam cho biết …": Vietnam's own, same name.
        let text = "Bộ Ngoại giao Việt Nam cho biết";
        let end = "Bộ Ngoại giao".len();
        let (e, name) = with_country("Bộ", text, end, "Bộ Ngoại giao".to_string());
        assert_eq!(name, "Bộ Ngoại giao");
        assert_eq!(text.get(e..), Some(" cho biết"));
        // A word that only starts with a country's name is none ("Anhxtanh").
        let text = "Bộ Ngoại giao Anhxtanh";
        let (e, _) = with_country("Bộ", text, end, "Bộ Ngoại giao".to_string());
        assert_eq!(e, end);
        // "Sở Y tế Nga…" is no ministry: left as read.
        let (e, _) = with_country("Sở", "Sở Y tế Nga", "Sở Y tế".len(), "Sở Y tế".to_string());
        assert_eq!(e, "Sở Y tế".len());
    }
}
