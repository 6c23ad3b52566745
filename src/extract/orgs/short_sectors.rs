//! A sector written short after its office word (`sector_short_names.tsv`): "Bộ Giáo dục"
//! for "Bộ Giáo dục và Đào tạo", "Sở Giao thông Hà Nội" for "Sở Giao thông vận tải", "Sở
//! VHTT TP Hải Phòng" for "Sở Văn hóa và Thể thao". The office grammar read a sector only in
//! one of its full spellings (`sectors.tsv`) or abbreviations (`abbreviations.tsv`), so the
//! short names gave no mention; GUIDELINES.md has `canonical` resolve incomplete mentions,
//! and real-dev writes "Sở Giao thông Hà Nội" as "Sở Giao thông Vận tải thành phố Hà Nội".
//!
//! Stop 22 probe (base build, ../shared/corpus-real labour.jsonl and general-10k): "Bộ",
//! "Sở" or "Phòng" + one of the table's names with no organization mention read, 86 times.

use std::sync::LazyLock;

use super::rules::RULES;
use super::words::abbreviated_sector;
use crate::extract::lexicon::LEXICON;
use crate::extract::text::{is_capitalized, next_word, word_end};
use crate::rules::{Line, Row, RuleError, Table};

/// `sector_short_names.tsv`: an office word, a sector as written short, and the sector's
/// canonical name.
pub static SECTOR_SHORT_NAMES: Table = Table::new(
    "extract/rules/sector_short_names.tsv",
    include_str!("../rules/sector_short_names.tsv"),
    &["office", "written", "sector", "corpus"],
    &["office", "written"],
);

/// A row of `sector_short_names.tsv`.
#[derive(Debug, Clone, Copy)]
pub struct SectorShortRow {
    office: &'static str,
    written: &'static str,
    sector: &'static str,
}

impl Row for SectorShortRow {
    fn from_line(line: &Line<'_>) -> Result<Self, RuleError> {
        Ok(Self {
            office: line.get("office")?,
            written: line.get("written")?,
            sector: line.get("sector")?,
        })
    }
}

/// Each row with its sector's canonical name as `sectors.tsv` holds it (rows whose sector
/// the table does not hold are left out; a test checks there are none).
static ROWS: LazyLock<Vec<(SectorShortRow, &'static str)>> = LazyLock::new(|| {
    let rows = SECTOR_SHORT_NAMES
        .load::<SectorShortRow>()
        .expect("the embedded short sector table parses (tested)");
    rows.into_iter()
        .filter_map(|row| {
            let sector = LEXICON.sectors.iter().find(|s| s.as_str() == row.sector)?;
            Some((row, sector.as_str()))
        })
        .collect()
});

/// The joins after which a sector's name goes on: a short name before them is part of a
/// longer one the grammar does not read ("Sở VH-TT & DL", "Sở VHTT-DL").
const GOES_ON: [&str; 7] = [" và ", " - ", " – ", " &", "-", "–", "&"];

/// The sector written after `office` at byte `pos`, as an abbreviation
/// ([`abbreviated_sector`]) or short (`sector_short_names.tsv`): its canonical name and end.
pub(super) fn written_sector(
    office: &str,
    text: &str,
    pos: usize,
) -> Option<(&'static str, usize)> {
    abbreviated_sector(text, pos).or_else(|| short_sector(office, text, pos))
}

/// A short name of `office`'s sector at byte `pos`: the canonical sector and the name's end.
///
/// None where the short name is not Vietnam's office named alone (stop 22 corpus sample of
/// the first build, 13 of 80 wrong before these checks): before a join that goes on with a
/// longer name; after a plural determiner ("gửi các Sở Giáo dục", a generic plural,
/// GUIDELINES.md); before a capitalized word that starts no place ("Phòng Giáo dục Trung
/// học thuộc Sở", a section of the department); after "Bộ", before any capitalized word
/// (another country's ministry: "Bộ Giáo dục Hoa Kỳ"), a comma and a capitalized word
/// (another country's ministry of several sectors: "Bộ Giao thông, Hạ tầng, Đất đai và Du
/// lịch Nhật Bản") or "nước" ("Bộ Giáo dục nước này").
fn short_sector(office: &str, text: &str, pos: usize) -> Option<(&'static str, usize)> {
    let (end, sector) = ROWS.iter().find_map(|(row, sector)| {
        let end = pos + row.written.len();
        let written = text.get(pos..end)?;
        let same = if row.written.chars().any(char::is_lowercase) {
            written.to_lowercase() == row.written.to_lowercase()
        } else {
            written == row.written
        };
        (row.office == office && same && word_end(text, end)).then_some((end, *sector))
    })?;
    let rest = text.get(end..)?;
    let start = pos.checked_sub(office.len() + 1)?;
    let next = next_word(text, end);
    let capital_next = next.filter(|(w, _, _)| is_capitalized(w));
    let foreign = office == "Bộ"
        && (capital_next.is_some()
            || next.is_some_and(|(w, _, _)| w == "nước")
            || rest
                .strip_prefix(", ")
                .and_then(|r| r.chars().next())
                .is_some_and(char::is_uppercase));
    let unplaced = capital_next.is_some_and(|(_, at, _)| {
        RULES.level_at(text, at).is_none() && LEXICON.place_at(text, at).is_none()
    });
    if GOES_ON.iter().any(|j| rest.starts_with(j))
        || foreign
        || unplaced
        || super::after_determiner(text, start)
    {
        return None;
    }
    Some((sector, end))
}

#[cfg(test)]
mod tests {
    use super::super::named_tests::{assert_contains, canonical_names as canonicals};
    use super::*;

    #[test]
    fn every_row_names_a_sector_of_the_table() {
        let rows = SECTOR_SHORT_NAMES.load::<SectorShortRow>().unwrap();
        assert_eq!(rows.len(), ROWS.len());
    }

    #[test]
    fn a_sector_written_short_takes_its_full_name() {
        // general-10k: "Trong ngày 21/6, Giám đốc Sở Giao thông Hà Nội khẳng định …"; "… các
        // trường đã công bố, Bộ Giáo dục sẽ giao cho bốn trung tâm kiểm định".
        let found = canonicals("Trong ngày 21/6, Giám đốc Sở Giao thông Hà Nội khẳng định lộ trình. Bộ Giáo dục sẽ giao cho bốn trung tâm kiểm định.");
        assert_contains(
            &found,
            &[
                "Sở Giao thông vận tải thành phố Hà Nội",
                "Bộ Giáo dục và Đào tạo",
            ],
        );
    }

    #[test]
    fn the_culture_department_abbreviated_without_tourism() {
        // general-10k: "Cục Văn hóa cơ sở đề nghị Sở VHTT Hải Phòng kiểm tra, rà soát …".
        let found = canonicals("Theo đó, Cục Văn hóa cơ sở đề nghị Sở VHTT Hải Phòng kiểm tra, rà soát công tác tổ chức lễ hội.");
        assert_contains(&found, &["Sở Văn hóa và Thể thao thành phố Hải Phòng"]);
    }

    #[test]
    fn another_countrys_ministry_or_a_longer_name_stays_unread() {
        // general-10k: "… cơ quan thực thi pháp luật của Bộ Giáo dục Hoa Kỳ, chúng tôi …";
        // "… Bộ Chỉ huy Quân sự tỉnh, Sở VH-TT&DL, các địa phương …" and "Bộ VHTT & DL chú ý"
        // (the department or ministry with tourism), here after "Sở".
        // Since stop 24 both are read in full: the US ministry with its country (country.rs),
        // "VHTT & DL" as the sector with tourism (words.rs, `spaced_abbreviation`), never
        // Vietnam's ministry nor the department without tourism.
        let found = canonicals("Với tư cách là cơ quan thực thi pháp luật của Bộ Giáo dục Hoa Kỳ, chúng tôi sẽ tiếp tục. Sở VHTT & DL chú ý có ý kiến.");
        assert_eq!(
            found,
            vec![
                "Bộ Giáo dục Hoa Kỳ".to_string(),
                "Sở Văn hóa, Thể thao và Du lịch".to_string()
            ]
        );
    }

    #[test]
    fn a_plural_a_section_or_a_foreign_ministry_of_several_sectors_stays_unread() {
        // general-10k: "Bộ GD&ĐT vừa ra công văn gửi các Sở Giáo dục, trường THPT …";
        // "Phòng Giáo dục Trung học thuộc Sở thông tin thêm"; "… và Bộ Giao thông, Hạ tầng,
        // Đất đai và Du lịch Nhật Bản"; "Theo Bộ Giáo dục nước này, sẽ có khoảng …".
        let found = canonicals("Bộ GD&ĐT vừa ra công văn gửi các Sở Giáo dục, trường THPT. Phòng Giáo dục Trung học thuộc Sở thông tin thêm. Hợp tác với Bộ Giao thông, Hạ tầng, Đất đai và Du lịch Nhật Bản. Theo Bộ Giáo dục nước này, sẽ có khoảng 3.7 triệu học sinh.");
        // Since stop 24 Japan's ministry is read as written with its country (country.rs).
        let sectors: Vec<&String> = found
            .iter()
            .filter(|c| c.contains("Giáo dục") || c.contains("Giao thông"))
            .collect();
        assert_eq!(
            sectors,
            vec![
                "Bộ Giáo dục và Đào tạo",
                "Bộ Giao thông, Hạ tầng, Đất đai và Du lịch Nhật Bản"
            ],
            "{found:?}"
        );
    }
}
