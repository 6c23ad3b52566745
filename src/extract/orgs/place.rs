//! Reading the place written after an organization's head: a level word and a place name
//! ("tỉnh Hưng Yên", "TP.Đà Nẵng", "quận 2, TP.HCM"), or a province alone ("LĐLĐ Hà Nội").

use chrono::NaiveDate;

use super::rules::{Level, RULES};
use crate::extract::lexicon::{Place, LEXICON};
use crate::extract::text::{after_space, is_capitalized, next_word, word_at};
use crate::record::AdminLevel;

/// The canonical level word of an admin level ([`AdminLevel::ThanhPho`] → "thành phố"), ""
/// for none.
pub(super) fn level_word(level: Option<AdminLevel>) -> &'static str {
    level.map_or("", |l| RULES.level_word(l))
}

/// The parts written one after another, in a string of their length: the names built
/// where a mention is read (stop 25: `format!` over a few strings started from an empty
/// string and grew it, about 1,100 instructions a name in `Parser::with_tail`).
pub(super) fn concat(parts: &[&str]) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for part in parts {
        out.push_str(part);
    }
    out
}

/// A place with its level word as a name writes it: "huyện Lâm Hà", "thành phố Hà Nội", and
/// the gazetteer's full name where the level word is part of the name ("Thành phố Hồ Chí
/// Minh").
pub(super) fn place_phrase(level: AdminLevel, area: &str) -> String {
    if level.is_provincial() {
        if let Some(full) = LEXICON.province_full_name(area) {
            return full.to_string();
        }
    }
    concat(&[level_word(Some(level)), " ", area])
}

/// A place written after a head: level word and/or known place name.
#[derive(Debug, Clone, Default)]
pub(super) struct PlaceTail {
    /// Byte offset just past the place.
    pub(super) end: usize,
    /// The level written or implied.
    pub(super) level: Option<AdminLevel>,
    /// The place's name, when one is written.
    pub(super) area: Option<String>,
    /// The province phrase written after a numbered district ("quận 2, TP.HCM" →
    /// "Thành phố Hồ Chí Minh"): "quận 2" alone names a unit in many cities.
    pub(super) province: Option<String>,
}

/// Parses " <level word>[ <place>]" or " <province>" at `pos` (just before the space).
///
/// A level word takes the gazetteer place after it when it fits the level ("tỉnh Hưng
/// Yên"); else a district number ("quận 2"); else the place as written, up to two
/// capitalized words ("tỉnh Hà Tây", "huyện Lâm Hà"), so that a place the gazetteer lacks is
/// kept rather than guessed. A level word of `needs_place` ("Tp") without a place is no tail.
pub(super) fn place_tail(
    text: &str,
    pos: usize,
    published: Option<NaiveDate>,
) -> Option<PlaceTail> {
    let start = after_space(text, pos)?;
    // "TP HCM", "TP.HCM": an alias that starts with a level word.
    if let Some((end, places)) = LEXICON.place_at(text, start) {
        let surface = text.get(start..end).unwrap_or_default();
        if LEXICON.is_province(places) && surface.starts_with("TP") {
            let name = LEXICON.place_name(places)?;
            return Some(PlaceTail {
                end,
                level: Some(AdminLevel::ThanhPho),
                area: Some(name),
                province: None,
            });
        }
    }
    if let Some((level_end, level)) = RULES.level_at(text, start) {
        return level_tail(text, level_end, level, published);
    }
    let (end, places) = LEXICON.place_at(text, start)?;
    if !LEXICON.is_province(places) {
        return None;
    }
    let name = LEXICON.place_name(places)?;
    let level = match LEXICON.province_level(&name, published)? {
        AdminLevel::ThanhPho => AdminLevel::ThanhPho,
        _ => AdminLevel::Tinh,
    };
    Some(PlaceTail {
        end,
        level: Some(level),
        area: Some(name),
        province: None,
    })
}

/// The place after a police head ending at `head_end`: "CATP" glues the level word "TP" to
/// "CA" ("CATP Hà Nội", "CATP Vĩnh Yên"; alone, a partial mention the article completes);
/// any other head as [`place_tail`].
pub(super) fn police_tail(
    text: &str,
    start: usize,
    head_end: usize,
    published: Option<NaiveDate>,
) -> Option<PlaceTail> {
    if text.get(start..head_end) != Some("CATP") {
        return place_tail(text, head_end, published);
    }
    let (level_end, level) = RULES.level_at(text, start + "CA".len())?;
    if level_end != head_end {
        return None;
    }
    level_tail(text, level_end, level, published)
}

/// The tail after a level word ending at `level_end`: the level, and the place after it.
fn level_tail(
    text: &str,
    level_end: usize,
    level: Level,
    published: Option<NaiveDate>,
) -> Option<PlaceTail> {
    let mut tail = PlaceTail {
        end: level_end,
        level: Some(level.code),
        ..PlaceTail::default()
    };
    let place_start = if level.runs_into_place {
        after_space(text, level_end).or_else(|| {
            text.get(level_end..)
                .and_then(|r| r.chars().next())
                // "Q.1", "P.15": a district or ward number after an abbreviated level word.
                .filter(|c| c.is_uppercase() || c.is_ascii_digit())
                .map(|_| level_end)
        })
    } else {
        after_space(text, level_end)
    };
    if let Some(place) = place_start.and_then(|p| place_of_level(text, p, level.code, published)) {
        tail.end = place.end;
        tail.area = Some(place.area);
        tail.province = place.province;
    }
    if level.needs_place && tail.area.is_none() {
        return None;
    }
    Some(tail)
}

/// A place read after a level word.
struct LevelPlace {
    end: usize,
    area: String,
    province: Option<String>,
}

/// The place at `start` after a level word of `level`: a gazetteer place that fits the
/// level, a district number, or a place the gazetteer lacks written capitalized.
fn place_of_level(
    text: &str,
    start: usize,
    level: AdminLevel,
    published: Option<NaiveDate>,
) -> Option<LevelPlace> {
    let known = LEXICON.place_after_level_at(text, start);
    if let Some((end, places)) = known {
        if fits_level(places, level) && !commune_goes_on(text, end, level) {
            let area = LEXICON.place_name(places)?;
            return Some(LevelPlace {
                end,
                area,
                province: None,
            });
        }
    }
    if matches!(level, AdminLevel::Quan | AdminLevel::Phuong) {
        if let Some((number, end)) = word_at(text, start)
            .filter(|(w, _)| w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit()))
        {
            return Some(LevelPlace {
                end,
                area: number.to_string(),
                province: province_after_comma(text, end, published),
            });
        }
    }
    // Every province is in the gazetteer (Hà Tây too): after "tỉnh"/"thành phố" an unknown
    // name starting with a family name is a person ("LĐLĐ tỉnh Lê Quang toản", a caption's
    // typo), not a place.
    let written = matches!(
        level,
        AdminLevel::Phuong
            | AdminLevel::Xa
            | AdminLevel::Quan
            | AdminLevel::Huyen
            | AdminLevel::ThiXa
    ) || (known.is_none_or(|(_, places)| !LEXICON.is_province(places))
        && level.is_provincial()
        && word_at(text, start).is_some_and(|(w, _)| !LEXICON.surnames.iter().any(|s| s == w)));
    if !written {
        return None;
    }
    let (end, area) = capitalized_place(text, start)
        .or_else(|| (level == AdminLevel::Phuong).then(|| ward_after_person(text, start))?)?;
    // "Công đoàn TP Ảnh: Hồng Đào": a photo credit, not a place ("Chủ tịch UBND huyện Cẩm
    // Xuyên: …" is one).
    let one_word = !area.contains(' ');
    if (one_word && text.get(end..).is_some_and(|r| r.starts_with(':')))
        || (opens_sentence(text, start) && !place_after_full_stop(text, start, end))
    {
        return None;
    }
    Some(LevelPlace {
        end,
        area,
        province: None,
    })
}

/// Whether the word at `start` may open a sentence: the level word before it ends with a full
/// stop ("trình UBND TP. Ảnh: H.B.", "quy định của UBND TP. Việc bà Hòa …"). A place the
/// gazetteer knows is read there all the same ("UBND TP. Hồ Chí Minh"); an unknown one only
/// as [`place_after_full_stop`] says: over labour.jsonl and general-10k the unknown words
/// after "TP. " that were no place were "Ảnh", "Việc", "Trong", "Cũng", "Hiện", "Làm",
/// "Các", "Liên quan", and each named the article's city for every later "LĐLĐ TP" ("Liên
/// đoàn Lao động thành phố Ảnh").
fn opens_sentence(text: &str, start: usize) -> bool {
    text.get(..start)
        .and_then(|before| before.strip_suffix(' '))
        .is_some_and(|before| before.ends_with('.'))
}

/// Whether the unknown capitalized words `start..end` after "TP. " are a place and not the
/// first word of the next sentence: two words ("Công an TP. Móng Cái", "UBND TP. Sầm Sơn"),
/// an abbreviation ("TAND TP. HCM"), or one word that a comma, a bracket or the end of the
/// sentence follows ("Công an TP. Vinh (Nghệ An)"). "UBND TP. Việc bà Hòa …", "BHXH TP. Trong …" are
/// not.
fn place_after_full_stop(text: &str, start: usize, end: usize) -> bool {
    let written = text.get(start..end).unwrap_or_default();
    if written.contains(' ') || written.chars().all(|c| c.is_uppercase()) {
        return true;
    }
    text.get(end..)
        .and_then(|r| r.trim_start_matches(' ').chars().next())
        .is_none_or(|c| matches!(c, ',' | ';' | '.' | '(' | ')'))
}

/// Whether a commune's name goes on past a district's name the gazetteer knows: after "xã",
/// "phường" a capitalized word after the district's name is the commune's ("UBND xã Vinh
/// Quang, thành phố Kon Tum", not the city of Vinh). The gazetteer has no communes.
fn commune_goes_on(text: &str, end: usize, level: AdminLevel) -> bool {
    matches!(level, AdminLevel::Xa | AdminLevel::Phuong)
        && next_word(text, end).is_some_and(|(w, _, _)| is_capitalized(w))
}

/// Whether a gazetteer place fits the level word written before it.
fn fits_level(places: &[Place], level: AdminLevel) -> bool {
    match level {
        AdminLevel::Tinh => LEXICON.is_province(places),
        AdminLevel::ThanhPho => {
            LEXICON.is_province(places) || LEXICON.is_district(places, Some(AdminLevel::ThanhPho))
        }
        AdminLevel::Quan | AdminLevel::Huyen | AdminLevel::ThiXa => {
            LEXICON.is_district(places, None)
        }
        _ => true,
    }
}

/// ", TP.HCM" after a numbered district at `pos`: the province's phrase ("Thành phố Hồ Chí
/// Minh").
fn province_after_comma(text: &str, pos: usize, published: Option<NaiveDate>) -> Option<String> {
    if !text.get(pos..)?.starts_with(',') {
        return None;
    }
    let tail = place_tail(text, pos + 1, published)?;
    let area = tail.area?;
    let level = tail.level.filter(|l| l.is_provincial())?;
    LEXICON
        .province_level(&area, published)
        .is_some()
        .then(|| place_phrase(level, &area))
}

/// A place name not in the gazetteer: up to two capitalized words, not a personal name.
/// A run of three or more capitalized words starting with a family name is a person
/// ("LĐLĐ huyện Nguyễn Văn A"); "Lâm Hà" is a place.
/// (A one-word unknown place right before ":" is a caption's label, "trình UBND TP. Ảnh:
/// H.B.": [`place_of_level`] drops it.)
fn capitalized_place(text: &str, start: usize) -> Option<(usize, String)> {
    let (first, first_end) = word_at(text, start)?;
    if !is_capitalized(first) {
        return None;
    }
    let mut end = first_end;
    let mut words = 1;
    while let Some((_, _, word_end)) = next_word(text, end).filter(|(w, _, _)| is_capitalized(w)) {
        if words == 2 {
            if LEXICON.surnames.iter().any(|s| s == first) {
                return None;
            }
            break;
        }
        end = word_end;
        words += 1;
    }
    let end = with_apostrophe(text, end);
    Some((end, text.get(start..end)?.to_string()))
}

/// A ward named after a historical person (stop 28): exactly three capitalized words
/// starting with a family name after "phường" ("Công an phường Lý Thái Tổ", "UBND phường
/// Phạm Ngũ Lão", "P. Nguyễn Cư Trinh"), which [`capitalized_place`] takes for a person.
/// Wards, unlike provinces and districts, are often named after people: over labour.jsonl
/// and general-10k, "phường" + a family name + two capitalized words is a ward 80 times of
/// 80 (Lý Thái Tổ 38, Phạm Ngũ Lão 6, Hà Huy Tập 5, Nguyễn Cư Trinh 5, Lê Thanh Nghị 5, …);
/// a fourth capitalized word (a person's name after the ward's) reads none.
fn ward_after_person(text: &str, start: usize) -> Option<(usize, String)> {
    let (first, mut end) = word_at(text, start)?;
    if !LEXICON.surnames.iter().any(|s| s == first) {
        return None;
    }
    for _ in 0..2 {
        let (_, _, word_end) = next_word(text, end).filter(|(w, _, _)| is_capitalized(w))?;
        end = word_end;
    }
    if next_word(text, end).is_some_and(|(w, _, _)| is_capitalized(w)) {
        return None;
    }
    Some((end, text.get(start..end)?.to_string()))
}

/// Where a place name's last word ends when an apostrophe joins its syllables ("huyện Cư
/// M'gar", "Ia H’Drai", "Đắk R’lấp": 48 such names after a level word in labour.jsonl and
/// general-10k, read before as "Cư M", "Ia H"): past the letters after the apostrophe.
fn with_apostrophe(text: &str, end: usize) -> usize {
    let rest = text.get(end..).unwrap_or_default();
    let Some(after) = rest
        .strip_prefix('\'')
        .or_else(|| rest.strip_prefix('\u{2019}'))
    else {
        return end;
    };
    match word_at(after, 0) {
        Some((word, _)) if word.chars().all(char::is_alphabetic) => {
            text.len() - after.len() + word.len()
        }
        _ => end,
    }
}

/// Whether ", " and a level word follow byte `pos` ("Công an xã, thị trấn", "Công an huyện,
/// quận, thị xã"): a list of levels.
pub(super) fn level_after_comma(text: &str, pos: usize) -> bool {
    text.get(pos..)
        .is_some_and(|r| r.starts_with(", ") && RULES.level_at(text, pos + 2).is_some())
}

#[cfg(test)]
mod concat_tests {
    /// Stop 25: `concat` writes what `format!` wrote, at the exact length.
    #[test]
    fn concat_writes_what_format_wrote() {
        for (head, place) in [
            ("Công an", "tỉnh Hà Nam"),
            ("", ""),
            ("UBND", "Thành phố Hồ Chí Minh"),
        ] {
            let joined = super::concat(&[head, " ", place]);
            assert_eq!(joined, format!("{head} {place}"));
            assert_eq!(joined.capacity(), joined.len());
        }
    }
}
