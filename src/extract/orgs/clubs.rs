//! Clubs: "CLB"/"Câu lạc bộ" + a capitalized name ("CLB Hải Phòng", "CLB Barcelona",
//! "Câu lạc bộ Tuổi trẻ"), read by the grammar of named organizations (`org_heads.tsv`,
//! stop 21) and checked here for the shapes that name no one club or run past its name
//! (stop 21, organizations recall; corpus-real, labour.jsonl and general-10k, a sample of
//! the first build's new club mentions):
//!
//! - a country or region alone after the head is a generic club of that country ("2 CLB
//!   Italia là Inter, AC Milan", "cách đàm phán của CLB Trung Quốc"): dropped;
//! - a lower-case word right after the head goes on with the sentence ("CLB thăng hạng lên
//!   Premier League", "CLB nổi tiếng thuộc Giải bóng đá"): dropped;
//! - "và" or a spaced dash ends the name: two clubs written in a row ("CLB Hà Nội và Than Quảng Ninh") are
//!   two names, the first the mention;
//! - a lower-case word after two capitalized words or more ends the name: the sentence goes
//!   on ("CLB AS Monaco vắng Thomas Lemar"), while after one capitalized word it is the
//!   compound's second syllable ("CLB Bóng đá Hà Nội", "Câu lạc bộ Dân ca").

use super::{Need, OrgSpan};
use crate::extract::text::is_capitalized;

/// The club heads as written, with the space after them.
const HEADS: &[&str] = &["CLB ", "Câu lạc bộ "];

/// The canonical head of a club ("CLB" spelt out, as the gold sets expand abbreviations).
const CANONICAL_HEAD: &str = "Câu lạc bộ";

/// Countries and regions that, alone after the head, make a generic club of that country:
/// the ones seen so in the samples (Trung Quốc 5, Italia 4, Tây Ban Nha 2, Thổ Nhĩ Kỳ 1,
/// Việt Nam 1) and
/// the countries of the big football leagues written the same way.
const GENERIC: &[&str] = &[
    "Trung Quốc",
    "Italia",
    "Ý",
    "Tây Ban Nha",
    "Anh",
    "Đức",
    "Pháp",
    "Việt Nam",
    "Nhật Bản",
    "Hàn Quốc",
    "Thái Lan",
    "Mỹ",
    "Nga",
    "Brazil",
    "Hà Lan",
    "Bồ Đào Nha",
    "Saudi Arabia",
    "Thổ Nhĩ Kỳ",
    "Đông Nam Á",
    "châu Á",
    "châu Âu",
];

/// How many bytes of the name after the head are kept: up to "và" or " - ", or up to a lower-case
/// word after two capitalized words or more (see the module's list).
fn name_len(name: &str) -> usize {
    let mut offset: usize = 0;
    let mut capitalized_run = 0;
    for word in name.split(' ') {
        let capital = is_capitalized(word) || word.starts_with(|c: char| c.is_ascii_digit());
        if word == "và" || word == "-" || (!capital && capitalized_run >= 2) {
            return offset.saturating_sub(1);
        }
        capitalized_run = if capital { capitalized_run + 1 } else { 0 };
        offset += word.len() + 1;
    }
    name.len()
}

/// Whether `name` starts with a capitalized word or a number ("CLB Hải Phòng", "CLB 7
/// Núi"): after the head a lower-case word goes on with the sentence ("CLB thăng hạng lên
/// Premier League", "12 CLB sáng lập Super League", "CLB nổi tiếng thuộc Giải bóng đá").
fn starts_a_name(name: &str) -> bool {
    is_capitalized(name) || name.starts_with(|c: char| c.is_ascii_digit())
}

/// Whether the club mention `span` names a club, its end and canonical name cut back where
/// the name ends ([`name_len`]); spans of other heads are kept as they are.
fn keep(text: &str, span: &mut OrgSpan) -> bool {
    let Some(surface) = text.get(span.start..span.end) else {
        return true;
    };
    let Some(head) = HEADS.iter().find(|h| surface.starts_with(*h)) else {
        return true;
    };
    // A club of another organization ("Câu lạc bộ Hưu trí LĐLĐ tỉnh …") is read whole.
    if span.prefix.is_some() || span.need != Need::Nothing || span.area.is_some() {
        return true;
    }
    let name = &surface[head.len()..];
    let len = name_len(name);
    let Some(kept) = name.get(..len) else {
        return true;
    };
    if kept.chars().count() < 2 || !starts_a_name(kept) || GENERIC.contains(&kept) {
        return false;
    }
    if len < name.len() {
        span.end = span.start + head.len() + len;
        span.canonical = format!("{CANONICAL_HEAD} {kept}");
    }
    true
}

/// Drops the club mentions that name no club and cuts the ones that run past the name
/// (see the module's list).
pub(super) fn check_clubs(text: &str, spans: &mut Vec<OrgSpan>) {
    spans.retain_mut(|s| keep(text, s));
}

#[cfg(test)]
mod tests {
    use super::super::named_tests::{assert_contains, canonical_names as canonicals};

    #[test]
    fn a_club_is_named_by_its_capitalized_name() {
        // general-10k: "Fagan tỏa sáng trong chiến thắng của CLB Hải Phòng (Ảnh: Gia Hưng)."
        let found =
            canonicals("Fagan tỏa sáng trong chiến thắng của CLB Hải Phòng (Ảnh: Gia Hưng).");
        assert_contains(&found, &["Câu lạc bộ Hải Phòng"]);
    }

    #[test]
    fn a_country_alone_after_the_head_is_a_generic_club() {
        // general-10k: "Anh nói với Sport Bild về cách CLB Trung Quốc thực hiện đàm phán"
        let found = canonicals(
            "Anh nói với Sport Bild về cách CLB Trung Quốc thực hiện đàm phán chuyển nhượng.",
        );
        assert!(
            !found.iter().any(|c| c.starts_with("Câu lạc bộ")),
            "{found:?}"
        );
    }

    #[test]
    fn a_lower_case_word_after_the_head_is_no_name() {
        // general-10k: "Mahrez gia nhập Leicester tháng 1/2014 và giúp CLB thăng hạng lên
        // Premier League."
        let found = canonicals(
            "Mahrez gia nhập Leicester tháng 1/2014 và giúp CLB thăng hạng lên Premier League.",
        );
        assert!(
            !found.iter().any(|c| c.starts_with("Câu lạc bộ")),
            "{found:?}"
        );
    }

    #[test]
    fn two_clubs_in_a_row_are_cut_at_va() {
        // general-10k: "Việt Nam có 2 đội bóng tham dự đó là CLB Hà Nội và Than Quảng Ninh."
        let found = canonicals(
            "Tại AFC Cup 2017, Việt Nam có 2 đội bóng tham dự đó là CLB Hà Nội và Than Quảng Ninh.",
        );
        assert_contains(&found, &["Câu lạc bộ Hà Nội"]);
    }

    #[test]
    fn a_sentence_going_on_after_the_name_is_cut() {
        // general-10k: "áo đấu sân khách mùa mới của CLB AS Monaco vắng Thomas Lemar."
        let found = canonicals(
            "Poster chính công bố áo đấu sân khách mùa mới của CLB AS Monaco vắng Thomas Lemar.",
        );
        assert_contains(&found, &["Câu lạc bộ AS Monaco"]);
    }
}
