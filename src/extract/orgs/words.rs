//! Words inside organization names: abbreviations of several words joined by "&" or "-"
//! ("GD&ĐT", "LĐ-TB&XH"), a sector written that way, numbers that end a name, and the
//! canonical form of a company's name.

use crate::extract::lexicon::LEXICON;
use crate::extract::text::{is_capitalized, is_word_char, word_end};

/// The longest abbreviation a sector may have, in bytes ("LĐ-TB&XH", "VH-TT&DL").
const MAX_SECTOR_ABBREVIATION: usize = 24;

/// An abbreviation of letters joined by "&" or "-" at byte `pos` ("GD&ĐT", "LĐ-TB&XH",
/// "KH&CN"), which splits into several words: its expansion (`abbreviations.tsv`) and end.
pub(super) fn joined_abbreviation(text: &str, pos: usize) -> Option<(&'static str, usize)> {
    let rest = text.get(pos..)?;
    let len: usize = rest
        .chars()
        .take(MAX_SECTOR_ABBREVIATION + 1)
        .take_while(|c| is_word_char(*c) || matches!(c, '&' | '-'))
        .map(char::len_utf8)
        .sum();
    if len > MAX_SECTOR_ABBREVIATION {
        return None;
    }
    let token = rest.get(..len)?.trim_end_matches('-');
    if !token.contains(['&', '-']) || !word_end(text, pos + token.len()) {
        return None;
    }
    let expansion = LEXICON.abbreviations.get(token)?;
    Some((expansion.as_str(), pos + token.len()))
}

/// A sector written as an abbreviation at byte `pos` ("GD&ĐT", "LĐ-TB&XH"): the sector's
/// canonical name (`sectors.tsv`) when the abbreviation expands to it, and its end.
pub(super) fn abbreviated_sector(text: &str, pos: usize) -> Option<(&'static str, usize)> {
    let (expansion, end) = joined_abbreviation(text, pos)?;
    let sector = LEXICON
        .sectors
        .iter()
        .find(|s| s.to_lowercase() == expansion.to_lowercase())?;
    Some((sector.as_str(), end))
}

/// Whether the number ending at byte `pos` goes on as an amount or decimal ("3,3 tỷ",
/// "1.500"): then it is no part of a name before it.
pub(super) fn number_goes_on(text: &str, pos: usize) -> bool {
    let mut rest = text.get(pos..).unwrap_or_default().chars();
    matches!(rest.next(), Some(',' | '.' | '/')) && rest.next().is_some_and(|c| c.is_ascii_digit())
}

/// The canonical name of a company as written: its head "Công ty" whatever the spelling
/// ("Cty", "công ty"), the legal form "CP" spelt out ("Công ty CP Gang thép Thái Nguyên"
/// → "Công ty cổ phần Gang thép Thái Nguyên"), "VN" spelt out ("Công ty Pouchen VN" →
/// "Công ty Pouchen Việt Nam") and the level word "TP" before a place spelt out as after
/// any head ("Tổng công ty Điện lực TP Hà Nội" → "… thành phố Hà Nội"); the rest as
/// written.
pub(super) fn company_canonical(surface: &str) -> String {
    let mut words = surface.split(' ').peekable();
    let mut out: Vec<&str> = Vec::new();
    match words.next() {
        Some("Cty" | "cty") => out.push("Công ty"),
        Some("công") => out.push("Công"),
        Some(first) => out.push(first),
        None => {}
    }
    let mut form_seen = false;
    while let Some(word) = words.next() {
        // "TP Hà Nội", not "TP HCM" (an abbreviation of the whole name).
        let place_after = words
            .peek()
            .is_some_and(|w| is_capitalized(w) && w.chars().any(char::is_lowercase));
        match word {
            "CP" if !form_seen => {
                form_seen = true;
                out.push("cổ phần");
            }
            "VN" => out.push("Việt Nam"),
            "TP" | "TP." if place_after => out.push("thành phố"),
            _ => {
                form_seen |= is_capitalized(word) && !matches!(word, "TNHH" | "MTV");
                out.push(word);
            }
        }
    }
    out.join(" ")
}
