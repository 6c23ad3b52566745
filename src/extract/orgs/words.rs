//! Words inside organization names: abbreviations of several words joined by "&" or "-"
//! ("GD&ĐT", "LĐ-TB&XH"), a sector written that way, numbers that end a name, and the
//! canonical form of a company's name, and where a company's or unit's name ends.

use super::rules::RULES;
use crate::extract::lexicon::LEXICON;
use crate::extract::people::role_stop_at;
use crate::extract::text::{
    is_capitalized, is_word_char, literal_at, next_word, word_at, word_end,
};

/// The most words of an enterprise's or unit's name: real names have a handful, and the
/// bound keeps a run of words without punctuation from reading on.
const MAX_UNIT_NAME_WORDS: usize = 14;

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

/// A sector written as an abbreviation at byte `pos` ("GD&ĐT", "LĐ-TB&XH", or letters
/// alone: "Phòng GDĐT huyện", "Sở LĐTBXH"): the sector's canonical name (`sectors.tsv`) when
/// the abbreviation expands to it, and its end.
pub(super) fn abbreviated_sector(text: &str, pos: usize) -> Option<(&'static str, usize)> {
    let (expansion, end) = joined_abbreviation(text, pos)
        .or_else(|| {
            let (word, end) = word_at(text, pos)?;
            if !is_acronym(word) {
                return None;
            }
            Some((LEXICON.abbreviations.get(word)?.as_str(), end))
        })
        .or_else(|| spaced_abbreviation(text, pos))?;
    let sector = LEXICON
        .sectors
        .iter()
        .find(|s| s.to_lowercase() == expansion.to_lowercase())?;
    Some((sector.as_str(), end))
}

/// The joins written with spaces between the two parts of a sector's abbreviation ("Sở GD
/// - ĐT", "Sở GD- ĐT", "Sở TT & TT", "Sở GD ĐT"), and the join the table writes for each.
const SPACED_JOINS: &[(&str, &str)] = &[
    (" - ", "-"),
    ("- ", "-"),
    (" -", "-"),
    (" & ", "&"),
    ("& ", "&"),
    (" &", "&"),
    (" ", "-"),
];

/// A sector's abbreviation written in two parts with spaces around or after its join at
/// byte `pos` (stop 24: "Sở GD - ĐT" 6, "Sở GD- ĐT" 8, "Sở TN - MT" 5, "Sở GD ĐT" 2, "Sở TT
/// & TT" 2, … with no organization read in corpus-real): the expansion of the part joined
/// as the table writes it ("GD-ĐT", "TT&TT"; "GD ĐT" as "GD-ĐT" or "GDĐT"), and its end.
/// Both parts are capital letters; the second may be joined itself ("LĐ- TB&XH").
fn spaced_abbreviation(text: &str, pos: usize) -> Option<(&'static str, usize)> {
    let (first, first_end) = word_at(text, pos)?;
    if !is_acronym(first) {
        return None;
    }
    let rest = text.get(first_end..)?;
    SPACED_JOINS.iter().find_map(|(written, join)| {
        let q = first_end + rest.strip_prefix(written).map(|_| written.len())?;
        let (second, second_end) = text.get(q..).map(|tail| {
            let len: usize = tail
                .chars()
                .take(MAX_SECTOR_ABBREVIATION + 1)
                .take_while(|c| is_word_char(*c) || *c == '&')
                .map(char::len_utf8)
                .sum();
            (tail.get(..len).unwrap_or_default(), q + len)
        })?;
        let parts_ok = second.len() <= MAX_SECTOR_ABBREVIATION
            && !second.starts_with('&')
            && second.chars().filter(|c| *c != '&').count() >= 2
            && second.chars().all(|c| c == '&' || c.is_uppercase());
        if !parts_ok || !word_end(text, second_end) {
            return None;
        }
        let joined = [format!("{first}{join}{second}"), format!("{first}{second}")];
        joined
            .iter()
            .find_map(|token| LEXICON.abbreviations.get(token.as_str()))
            .map(|expansion| (expansion.as_str(), second_end))
    })
}

/// Whether "CĐ" at byte `start` follows "ĐH" in a pair of school levels: "CĐ" is "Cao
/// đẳng" (college) there, not "Công đoàn" ("Hiệp hội các trường ĐH, CĐ Việt Nam", "Khối
/// ĐH, CĐ TP.HCM"; stop 24: corpus-real 191 "CĐ", 3 read as a union after "ĐH, ").
pub(super) fn college_after_university(text: &str, start: usize) -> bool {
    const UNIVERSITY: &[&str] = &["ĐH, ", "ĐH - ", "ĐH-", "ĐH và "];
    text.get(start..).is_some_and(|rest| rest.starts_with("CĐ"))
        && text
            .get(..start)
            .is_some_and(|before| UNIVERSITY.iter().any(|u| before.ends_with(u)))
}

/// Whether `word` is an acronym: two or more letters, all capitals ("GD", "ĐT").
fn is_acronym(word: &str) -> bool {
    word.chars().count() >= 2 && word.chars().all(char::is_uppercase)
}

/// Whether the number ending at byte `pos` goes on as an amount or decimal ("3,3 tỷ",
/// "1.500"): then it is no part of a name before it.
pub(super) fn number_goes_on(text: &str, pos: usize) -> bool {
    let mut rest = text.get(pos..).unwrap_or_default().chars();
    matches!(rest.next(), Some(',' | '.' | '/')) && rest.next().is_some_and(|c| c.is_ascii_digit())
}

/// The canonical name of a company as written: its head "Công ty" whatever the spelling
/// ("Cty", "công ty"), the legal form "CP" spelt out as a name part, capitalized ("Công ty
/// CP Lilama 3" → "Công ty Cổ phần Lilama 3": three of the four real gold sets' annotators
/// who expand it write "Cổ phần", 7 of 9 such gold names), "VN" spelt out ("Công ty Pouchen VN" →
/// "Công ty Pouchen Việt Nam") and the level word "TP" before a place spelt out as after
/// any head ("Tổng công ty Điện lực TP Hà Nội" → "… thành phố Hà Nội"); the rest as
/// written.
pub(super) fn company_canonical(surface: &str) -> String {
    let mut words = surface.split(' ').peekable();
    let mut out: Vec<&str> = Vec::new();
    match words.next() {
        Some("Cty" | "cty") => out.push("Công ty"),
        // Stop 26: "Tổng công ty" written short ("TCty LICOGI").
        Some("TCty") => out.push("Tổng công ty"),
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
                out.push("Cổ phần");
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

/// Whether a name's phrase ends at byte `pos`: punctuation, a stop word, a verb
/// (`role_stops.tsv`) or a sentence opener (a missing full stop) follows.
pub(super) fn phrase_ends_at(text: &str, pos: usize) -> bool {
    next_word(text, pos).is_none_or(|(w, q, _)| {
        RULES.name_stops.contains(&w) || role_stop_at(text, q) || RULES.openers.contains(&w)
    })
}

/// A name after "Công ty [Cổ phần|TNHH]" or a unit head: words up to punctuation, a digit or
/// a stop word, cut back to the last capitalized word.
pub(super) fn unit_name_end(text: &str, start: usize) -> Option<usize> {
    let mut pos = start;
    let mut last_cap = None;
    // Capitalized words in a row just before `pos`.
    let mut cap_run = 0;
    // Where the word before `pos` starts.
    let mut prev_start: Option<usize> = None;
    // A capitalized word other than a legal form ("CP", "TNHH") has been read: a verb
    // after it ends the name ("Cty CP thiết bị y tế …" has none yet).
    let mut name_seen = false;
    // The end of the last head read inside the name ("Tập đoàn" in "Công ty cổ phần Tập đoàn
    // …").
    let mut inner_head_end: Option<usize> = None;
    // A capitalized legal form was spelt out ("Công ty Cổ phần …"): the lower-case trade
    // words after it, before any proper name, are the company's name.
    let mut capital_form = false;
    for _ in 0..MAX_UNIT_NAME_WORDS {
        // "Công ty Cổ phần Tập đoàn Phú Mỹ", "Công ty cổ phần Tập đoàn T&T": a legal form of
        // several words is read whole, no name yet, so its last syllable is no lower-case
        // word before another head.
        if let Some(form_end) = spelt_legal_form(text, pos) {
            if text
                .get(pos..)
                .is_some_and(|r| r.starts_with(char::is_uppercase))
            {
                last_cap = Some(form_end);
                capital_form = true;
            }
            cap_run = 0;
            prev_start = Some(pos);
            match text.get(form_end..) {
                Some(rest) if rest.starts_with(' ') => {
                    pos = form_end + 1;
                    continue;
                }
                _ => break,
            }
        }
        let Some((word, word_end_pos)) = word_at(text, pos) else {
            break;
        };
        if pos > start {
            if let Some((head_end, _)) = RULES.head_at(text, pos) {
                inner_head_end = Some(head_end);
            }
        }
        if word.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            // "Công ty CP Lilama 3,": a number right after a capitalized word, at the end of
            // the phrase, is part of the name ("Công ty Samsung 3 năm" is not).
            let after_capital = pos > start && last_cap == Some(pos - 1);
            let phrase_end = !number_goes_on(text, word_end_pos)
                && next_word(text, word_end_pos)
                    .is_none_or(|(w, _, _)| RULES.name_stops.contains(&w));
            if after_capital && phrase_end {
                last_cap = Some(word_end_pos);
                name_seen = true;
            }
            break;
        }
        let joins_name = word == "và" && va_joins_name(text, word_end_pos, name_seen, pos > start);
        // "Cty Việt - Sing đưa đi Tây Ban Nha": a lower-case verb or particle after the name
        // (`role_stops.tsv`) is the sentence going on, unless it follows a lone capitalized
        // word, whose second syllable it is ("Công ty Thiết bị Y tế Thiên Sơn").
        // "Công ty Samho vào Trạm Y tế xã Bình Hòa": a lower-case word before another
        // organization's head is the sentence between them.
        let before_head = !is_capitalized(word)
            && before_other_head(text, word_end_pos, capital_form && !name_seen);
        // "Công ty Phong Châu thuê ông Tuấn": a title before a person's name.
        let title = matches!(word, "ông" | "bà") && pos > start;
        // "Công ty CP Môi trường Khánh Hòa Trước đó": a sentence opener after the name is a
        // missing full stop.
        let opener = pos > start && RULES.openers.contains(&word);
        if RULES.name_stops.contains(&word) && !joins_name
            || before_head
            || title
            || opener
            || (name_seen && cap_run != 1 && !is_capitalized(word) && role_stop_at(text, pos))
            || (pos > start && text.get(pos..).is_some_and(|r| r.starts_with("Công ty")))
        {
            break;
        }
        // "Công ty cổ phần Tập đoàn Mai Linh": a name right after a head inside the name is
        // that head's.
        let person = name_seen
            && inner_head_end.is_none_or(|e| e + 1 != pos)
            && person_starts(text, pos, word_end_pos, prev_start);
        if person {
            break;
        }
        if is_capitalized(word) {
            last_cap = Some(word_end_pos);
            cap_run += 1;
            name_seen |= !RULES.company_types.contains(&word);
        } else {
            if second_syllable(text, start, pos, prev_start, cap_run) {
                last_cap = Some(word_end_pos);
            }
            cap_run = 0;
        }
        prev_start = Some(pos);
        // "Việt - Sing": a dash between two words of the name (before the single space).
        match text.get(word_end_pos..) {
            Some(rest) if rest.starts_with(" - ") || rest.starts_with('-') => {
                pos = word_end_pos + if rest.starts_with('-') { 1 } else { 3 };
                // "Công ty cổ phần nước và môi trường Việt Nam - Bộ Xây dựng": another
                // organization's head after a spaced dash is its parent.
                if rest.starts_with(" - ") && RULES.head_at(text, pos).is_some() {
                    break;
                }
            }
            Some(rest) if rest.starts_with(' ') => pos = word_end_pos + 1,
            _ => break,
        }
    }
    // "Công ty TNHH MTV vốn 100% …", "Công ty CP đầu tư …" with no name: legal forms alone
    // name no company.
    last_cap.filter(|end| *end > start && name_seen)
}

/// Whether another organization's head follows the word ending at `word_end_pos`. With
/// `in_trade` (a capitalized legal form spelt out, no proper name read yet) a lower-case
/// head is a trade word of the company's own name: "Công ty Cổ phần hệ thống bệnh viện gia
/// đình Việt Nam" (stop 27: the lower-case head "bệnh viện" of stop 26 had cut it).
fn before_other_head(text: &str, word_end_pos: usize, in_trade: bool) -> bool {
    next_word(text, word_end_pos).is_some_and(|(_, q, _)| {
        RULES.head_at(text, q).is_some()
            && !(in_trade
                && text
                    .get(q..)
                    .is_some_and(|r| r.starts_with(char::is_lowercase)))
    })
}

/// Whether "và" ending at `word_end_pos` joins two parts of a name: "Kinh doanh và XD Hòa
/// Bình", "Bất động sản Sơn và Hóa chất Á Châu" — before a capitalized word that starts no
/// other organization and no place ("Công ty X và Công ty Y", "… Thái Bình và Hà Giang");
/// "Công ty CP đầu tư và phát triển Habeco" — between two lower-case trade words, before any
/// name (`name_seen` false) and not the name's first word (`in_name`).
fn va_joins_name(text: &str, word_end_pos: usize, name_seen: bool, in_name: bool) -> bool {
    next_word(text, word_end_pos).is_some_and(|(w, q, _)| {
        (is_capitalized(w)
            && RULES.head_at(text, q).is_none()
            && LEXICON.place_at(text, q).is_none())
            || (!name_seen && in_name && trade_word(w) && !role_stop_at(text, q))
    })
}

/// Whether a person's name starts at byte `pos` inside a company's name: "Công ty Cổ phần
/// Dịch vụ Hòa Bình ông Nguyễn Văn A" — a family name and a capitalized word, not a place.
/// A place that starts at the word before (`prev_start`) is none ("Điện lực Nam Từ Liêm").
/// The name's first word may look like a person's, after the legal form or the trade
/// ("Công ty than Dương Huy", "Công ty TNHH Nguyễn Kim"): the caller checks a name was read.
fn person_starts(text: &str, pos: usize, word_end_pos: usize, prev_start: Option<usize>) -> bool {
    word_at(text, pos).is_some_and(|(word, _)| LEXICON.surnames.iter().any(|s| s == word))
        && next_word(text, word_end_pos).is_some_and(|(w, _, _)| is_capitalized(w))
        && LEXICON.place_at(text, pos).is_none()
        && prev_start.is_none_or(|p| LEXICON.place_at(text, p).is_none_or(|(end, _)| end <= pos))
}

/// Whether the lower-case word at byte `pos` is the second syllable of a lone capitalized
/// word before it ("Đầu tư và Phát triển, …"): that word no abbreviation and not the name's
/// first ("Công ty Formosa không …"), the word no verb ("… đưa") and the phrase ending after
/// it.
fn second_syllable(
    text: &str,
    start: usize,
    pos: usize,
    prev_start: Option<usize>,
    cap_run: usize,
) -> bool {
    cap_run == 1
        && prev_start.is_some_and(|p| p > start)
        && prev_start
            .and_then(|p| word_at(text, p))
            .is_some_and(|(w, _)| w.chars().any(char::is_lowercase))
        && !role_stop_at(text, pos)
        && word_at(text, pos).is_some_and(|(_, end)| phrase_ends_at(text, end))
}

/// A legal form of several words ("Cổ phần", "cổ phần", "trách nhiệm hữu hạn") at byte `pos`:
/// its end.
fn spelt_legal_form(text: &str, pos: usize) -> Option<usize> {
    RULES
        .company_types
        .iter()
        .filter(|t| t.contains(' '))
        .find_map(|t| literal_at(text, pos, t))
}

/// A lower-case word of a company's trade ("phát triển", "thương mại"): letters only.
fn trade_word(word: &str) -> bool {
    word.chars().all(char::is_lowercase)
}
