//! The country written after a ministry: "Bộ Quốc phòng Mỹ", "Bộ Ngoại giao Nga" name
//! another country's ministry, and "Bộ Ngoại giao Việt Nam" the ministry the bare head
//! names. The office grammar read "Bộ" + sector only, so a foreign ministry was cut before
//! its country and given the canonical name of Vietnam's (stop 20, corpus-real, labour and
//! general-10k: 538 ministries stood before a country's name, 478 of them foreign: Nga 135,
//! Mỹ 127, Trung Quốc 49, Hàn Quốc 33, Nhật Bản 18, Triều Tiên 16, Đức 8, …; "Việt Nam" 58,
//! "VN" 2). GUIDELINES.md: the mention is the maximal span, and another country's body is
//! its own organization ("Quân đội Myanmar").

use super::grammar::Parser;
use super::rules::RULES;
use super::OrgSpan;
use crate::extract::text::{after_space, any_literal_at, is_capitalized, word_at};
use crate::record::OrganizationKind as Kind;

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
    // Stop 24: countries written after a ministry whose sector no row reads ("Bộ Nông
    // nghiệp Hoa Kỳ", "Bộ Lương thực Bangladesh"), or after a Vietnamese sector ("Bộ Ngoại
    // giao Hoa Kỳ", 3, read as Vietnam's before); counts: the stop-24 probe (docs/RULES.md).
    "Hoa Kỳ",
    "Ukraina",
    "Hà Lan",
    "Malaysia",
    "Bangladesh",
    "Saudi Arabia",
    "New Zealand",
    "Campuchia",
    "Philippines",
    "Singapore",
    "Australia",
    "Tây Ban Nha",
    "Thổ Nhĩ Kỳ",
];

/// The end of a country of [`COUNTRIES`] written at byte `pos` ("Tòa án Tối cao Mỹ").
pub(super) fn country_at(text: &str, pos: usize) -> Option<usize> {
    any_literal_at(text, pos, COUNTRIES)
}

/// The most words a foreign ministry's name holds between "Bộ" and its country ("Bộ
/// Giáo dục, Văn hóa, Thể thao, Khoa học và Công nghệ Nhật Bản": 11).
const MAX_FOREIGN_MINISTRY_WORDS: usize = 12;

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

impl Parser<'_> {
    /// "Bộ" at `start..head_end` with no sector row read after it: another country's
    /// ministry as written ([`foreign_ministry`]), else a unit of a parent body.
    pub(super) fn foreign_ministry_or_unit(
        &self,
        start: usize,
        head_end: usize,
    ) -> Option<OrgSpan> {
        let text = self.text;
        let p = after_space(text, head_end)?;
        match foreign_ministry(text, p) {
            Some(end) => {
                let name = text.get(start..end)?.to_string();
                Some(self.span(start, end, name, Kind::Government))
            }
            None => self.subunit(start, head_end, "Bộ"),
        }
    }
}

/// The end of another country's ministry whose name no sector row reads, its first word
/// at byte `pos` after "Bộ": capitalized words, lower-case words and ", " or "và" between
/// them, up to a country of [`COUNTRIES`] ("Bộ An ninh nội địa Mỹ", "Bộ Lao động Đài
/// Loan", "Bộ Thống nhất Hàn Quốc", "Bộ Tài nguyên và Đất đai Trung Quốc"). None before a
/// lower-case first word ("Bộ trưởng"), at other punctuation, at another head ("Bộ Lao
/// động và Bộ Quốc phòng") or with no country within [`MAX_FOREIGN_MINISTRY_WORDS`]:
/// Vietnam's ministries are the sector rows', a ministry with no country is left unread.
pub(super) fn foreign_ministry(text: &str, pos: usize) -> Option<usize> {
    let (first, mut end) = word_at(text, pos)?;
    if !is_capitalized(first) || RULES.head_at(text, pos).is_some() {
        return None;
    }
    for _ in 1..MAX_FOREIGN_MINISTRY_WORDS {
        let rest = text.get(end..)?;
        let q = if rest.starts_with(", ") {
            end + 2
        } else {
            after_space(text, end)?
        };
        if let Some(country_end) = country_at(text, q) {
            return Some(country_end);
        }
        if RULES.head_at(text, q).is_some() {
            return None;
        }
        let (word, word_end) = word_at(text, q)?;
        // ", " goes on only before a capitalized sector word ("Bộ Giáo dục, Văn hóa …").
        if q == end + 2 && !is_capitalized(word) {
            return None;
        }
        end = word_end;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_foreign_ministry_with_no_sector_row_is_read_to_its_country() {
        fn read(text: &str) -> Option<&str> {
            foreign_ministry(text, "Bộ ".len()).and_then(|end| text.get(..end))
        }
        // general-10k, baomoi-21476085.
        let text = "Bộ An ninh nội địa Mỹ đưa ra báo cáo trong vòng 90 ngày";
        assert_eq!(read(text), Some("Bộ An ninh nội địa Mỹ"));
        // general-10k, baomoi-21473262.
        let text = "Bộ Thống nhất Hàn Quốc ngày 6/2 đã bác đơn";
        assert_eq!(read(text), Some("Bộ Thống nhất Hàn Quốc"));
        // general-10k, baomoi-22471096: commas between the sectors.
        let text = "Bộ Giáo dục, Văn hóa, Thể thao, Khoa học và Công nghệ Nhật Bản; - Thỏa thuận";
        assert_eq!(
            read(text),
            Some("Bộ Giáo dục, Văn hóa, Thể thao, Khoa học và Công nghệ Nhật Bản")
        );
        // No country: left unread (baomoi-22591807, Vietnam's ministry written short).
        assert_eq!(read("Bộ Nông nghiệp đã chỉ đạo rà soát lại"), None);
        // Another ministry before the country (baomoi-22720477).
        assert_eq!(read("Bộ Lao động và Bộ Quốc phòng Mỹ ứng dụng"), None);
        // A role word, a list that goes on in lower case.
        assert_eq!(read("Bộ trưởng Quốc phòng Mỹ"), None);
        assert_eq!(read("Bộ Thương mại, các bộ Mỹ"), None);
    }

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
