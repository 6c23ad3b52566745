//! Short names an article gives an organization in parentheses right after its full name:
//! "Tập đoàn Dệt may Việt Nam (Vinatex)", "Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO)",
//! "Tổng Công ty Điện lực Việt Nam (EVN)". Every other occurrence of the short name in the
//! article, the headline's included ("EVN và TKV cần …"), is a mention of that organization.
//!
//! Over corpus-real (gold articles left out), 1,207 organization mentions are followed by a
//! parenthesis; the rules below keep the short names and leave out what else is written
//! there (counts general-10k and labour together):
//! - a short name is one word of letters, digits, "&" and "-" that starts with a capital
//!   ("NATO" 32, "Vietlott" 20, "WHO" 22, "EVN" 11), or two such words of ASCII letters one
//!   of which is an acronym or a number ("EVN HANOI", "Vinafood 2" 3; two capitalized words
//!   are a place or a country: "(Trung Quốc)" 8, "(Việt Nam)" 19), never a Roman numeral
//!   ("(Khóa XII)" 10);
//! - a name with one capital ("Vietlott", "Viettel", "Petrolimex") only after a company,
//!   corporation or bank (`org_words.tsv` `brand_holder`): after a university or an institute
//!   the word is its country ("Đại học Cambridge (Anh)" 13, "(Canada)" 3), and it is never
//!   one that the article writes after a preposition of place (`place_before`: "tại
//!   Malaysia");
//! - not a place of the gazetteer ("(Hà Nội)" 87, "(TP.HCM)" 29), not a head of its own
//!   ("(Bộ Công an)": a parent), not a table abbreviation of a sector ("GTVT", "KH&ĐT"), and
//!   not the initials of other words than the organization's ("Quỹ Bảo hiểm y tế (BHYT)":
//!   BHYT abbreviates the insurance, and "thẻ BHYT" names no fund; "Đại biểu Quốc hội
//!   (ĐBQH)": the delegate).

use super::rules::RULES;
use super::OrgSpan;
use crate::extract::lexicon::LEXICON;
use crate::extract::text::{after_space, word_before, word_end, word_start};
use unicode_normalization::UnicodeNormalization;

/// The longest short name, in bytes ("Hanoi Transerco").
const MAX_ALIAS: usize = 24;

/// How far before "(" the words an abbreviation may spell are looked for, in bytes.
const INITIALS_LOOKBACK: usize = 160;

/// The short name in parentheses right after the organization at `start..end` (" (Vinatex)",
/// "( APEC )"), named `canonical`: the name and the position just past ")".
pub(super) fn alias_after<'t>(
    text: &'t str,
    start: usize,
    end: usize,
    canonical: &str,
) -> Option<(&'t str, usize)> {
    let rest = text.get(end..)?;
    let inner_start = end + rest.len() - rest.strip_prefix(' ').unwrap_or(rest).len();
    let inner = text.get(inner_start..)?.strip_prefix('(')?;
    let window = inner
        .as_bytes()
        .get(..=MAX_ALIAS + 2)
        .unwrap_or(inner.as_bytes());
    let close = memchr::memchr(b')', window)?;
    let raw = &inner[..close];
    let alias = raw.trim_matches(' ');
    let alias_start = inner_start + 1 + (raw.len() - raw.trim_start_matches(' ').len());
    let close_end = inner_start + 1 + close + 1;
    let one_capital = alias.chars().filter(|c| c.is_uppercase()).count() == 1;
    let rejected = !short_name(alias, canonical)
        || other_thing(text, alias_start, alias)
        || initials_elsewhere(text, start, inner_start, alias)
        || (one_capital && after_place_word(text, alias))
        || before_level_word(text, alias);
    (!rejected).then_some((alias, close_end))
}

/// Whether `alias` is written like a short name of the organization `canonical`.
fn short_name(alias: &str, canonical: &str) -> bool {
    let words: Vec<&str> = alias.split(' ').collect();
    if alias.is_empty() || alias.len() > MAX_ALIAS || words.len() > 2 {
        return false;
    }
    let well_formed = words.iter().enumerate().all(|(i, w)| {
        let first = w.chars().next();
        let starts = if i == 0 {
            first.is_some_and(char::is_uppercase)
        } else {
            first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        };
        starts
            && w.chars()
                .all(|c| c.is_alphanumeric() || c == '&' || c == '-')
    });
    if !well_formed || words.iter().any(|w| roman_numeral(w)) {
        return false;
    }
    let capitals = |w: &str| w.chars().filter(|c| c.is_uppercase()).count();
    if words.len() == 2 {
        // "EVN HANOI", "Vinafood 2"; two capitalized words are a place or a country
        // ("(Trung Quốc)", "(Hà Lan)").
        return alias.is_ascii()
            && words
                .iter()
                .any(|w| capitals(w) >= 2 || w.starts_with(|c: char| c.is_ascii_digit()));
    }
    if capitals(alias) >= 2 {
        return true;
    }
    // One capital: a brand ("Vietlott") of a company, corporation or bank only.
    alias.is_ascii()
        && alias.chars().filter(char::is_ascii_alphabetic).count() >= 4
        && RULES
            .brand_holders
            .iter()
            .any(|h| canonical.starts_with(h) && word_end(canonical, h.len()))
}

/// "XII", "IV": a term's or congress's number ("Ban Bí thư (Khóa XII)"), no name.
fn roman_numeral(word: &str) -> bool {
    word.chars()
        .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'M'))
}

/// Whether the letters of `alias` are the initials of a run of words before `open` (the
/// "(") that does not start where the organization does (`start`): the abbreviation of a
/// phrase inside the name ("Quỹ Bảo hiểm y tế (BHYT)": BHYT abbreviates the insurance, and
/// "thẻ BHYT" names no fund) or around it ("Đại biểu Quốc hội (ĐBQH)", "Ủy ban Tài chính -
/// Ngân sách của Quốc hội (UBTCNS)").
fn initials_elsewhere(text: &str, start: usize, open: usize, alias: &str) -> bool {
    let letters: Vec<char> = alias
        .chars()
        .filter(|c| c.is_alphabetic())
        .map(initial)
        .collect();
    let mut from = open.saturating_sub(INITIALS_LOOKBACK);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let Some(before) = text.get(from..open) else {
        return false;
    };
    // (offset in text, initial) of each word but the connectors abbreviations leave out.
    let initials: Vec<(usize, char)> = before
        .split(' ')
        .scan(from, |pos, w| {
            let at = *pos;
            *pos += w.len() + 1;
            Some((at, w))
        })
        .filter(|(_, w)| !w.is_empty() && !matches!(*w, "và" | "-" | "–" | "," | "của"))
        .filter_map(|(at, w)| Some((at, initial(w.chars().next()?))))
        .collect();
    (0..initials.len()).any(|i| {
        initials.get(i..i + letters.len()).is_some_and(|run| {
            run.iter().zip(&letters).all(|((_, a), b)| a == b) && run[0].0 != start
        })
    })
}

/// The letter an abbreviation writes for a word starting with `c`: its base letter,
/// upper-case ("Ủy" → U; "Đ" has no base letter and stays Đ).
fn initial(c: char) -> char {
    let base = c.nfd().next().unwrap_or(c);
    base.to_uppercase().next().unwrap_or(base)
}

/// Whether the word at `start` is something other than a short name: a place of the
/// gazetteer, an organization head or a table abbreviation.
fn other_thing(text: &str, start: usize, alias: &str) -> bool {
    let end = start + alias.len();
    LEXICON
        .place_at(text, start)
        .is_some_and(|(place_end, _)| place_end == end)
        || RULES.head_at(text, start).is_some()
        || LEXICON.abbreviations.contains_key(alias)
}

/// Whether the article writes `alias` after a preposition of place ("tại Malaysia").
fn after_place_word(text: &str, alias: &str) -> bool {
    text.match_indices(alias).any(|(pos, _)| {
        word_start(text, pos)
            && word_end(text, pos + alias.len())
            && word_before(text, pos).is_some_and(|(_, w)| RULES.place_before.contains(&w))
    })
}

/// Whether the article writes `alias` before a level word ("BVĐK tỉnh Hòa Bình", "TTYT
/// huyện"): an abbreviation of a type of organization ("Bệnh viện Đa khoa (BVĐK)"), which
/// names a different one with each place, not a short name of one.
fn before_level_word(text: &str, alias: &str) -> bool {
    text.match_indices(alias).any(|(pos, _)| {
        let end = pos + alias.len();
        word_start(text, pos)
            && word_end(text, end)
            && after_space(text, end).is_some_and(|p| RULES.level_at(text, p).is_some())
    })
}

/// Marks the organizations the article names again by a short name in parentheses: the
/// short name becomes the mention's `code`, whose other occurrences
/// [`super::resolution::add_code_mentions`] adds (not the one in the parentheses, which
/// [`defined_at`] tells). Mentions written as the short name alone (a brand of
/// `org_heads.tsv` that the article gives another organization) are dropped.
pub(super) fn mark(text: &str, spans: &mut Vec<OrgSpan>) {
    let mut aliases: Vec<String> = Vec::new();
    for span in spans.iter_mut() {
        if span.code.is_some() {
            continue;
        }
        if let Some((alias, _)) = alias_after(text, span.start, span.end, &span.full_canonical()) {
            aliases.push(alias.to_string());
            span.code = Some(alias.to_string());
        }
    }
    if aliases.is_empty() {
        return;
    }
    spans.retain(|s| {
        s.code.is_some()
            || !text
                .get(s.start..s.end)
                .is_some_and(|t| aliases.iter().any(|a| a == t || company_with(t, a)))
    });
}

/// Whether `surface` is a company's head and the short name `alias` alone ("công ty FHS",
/// "Cty FHS"): the short name, which the article gives the company it defines, is read as
/// that company (stop 25: lower-case "công ty" + a name, `lower_company.rs`, read "công ty
/// FHS" as a company of its own).
fn company_with(surface: &str, alias: &str) -> bool {
    surface
        .strip_suffix(alias)
        .and_then(|head| head.strip_suffix(' '))
        .is_some_and(|head| matches!(head, "công ty" | "Công ty" | "Cty" | "cty"))
}

/// Whether the short name at `pos` is the one in parentheses right after a mention that
/// ends at `mention_end` (its definition, "Tập đoàn Dệt may Việt Nam (Vinatex)").
pub(super) fn defined_at(text: &str, mention_end: usize, pos: usize) -> bool {
    text.get(mention_end..pos)
        .is_some_and(|between| matches!(between, "(" | " (" | "( " | " ( "))
}
