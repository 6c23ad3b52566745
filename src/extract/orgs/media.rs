//! News media named without a type word, where a report is attributed to them inside a
//! sentence: "Theo Bloomberg, giới trẻ Nhật …", "Trả lời Tiền Phong, bà …", "Như Thanh Niên
//! đã thông tin" (`media.tsv`, after a `source_lead` of `org_words.tsv`). A source line that
//! closes the article ("Theo ANTV", "Theo Reuters, Guardian") is its byline, not a mention:
//! the line has to go on after the name.

use std::sync::LazyLock;

use super::rules::RULES;
use super::OrgSpan;
use crate::extract::candidates::{Candidates, KeywordSet};
use crate::extract::text::{word_end, word_start};
use crate::rules::{Line, Row, RuleError, Table};

/// `media.tsv`: news media named without a type word, with their canonical names.
pub static MEDIA: Table = Table::new(
    "extract/rules/media.tsv",
    include_str!("../rules/media.tsv"),
    &["surface", "canonical", "corpus"],
    &["surface"],
);

/// A row of `media.tsv`: a medium's name as written and its canonical name.
#[derive(Debug, Clone, Copy)]
pub struct MediumRow {
    surface: &'static str,
    canonical: &'static str,
}

impl Row for MediumRow {
    fn from_line(line: &Line<'_>) -> Result<Self, RuleError> {
        Ok(Self {
            surface: line.get("surface")?,
            canonical: line.get("canonical")?,
        })
    }
}

/// The media names: each row's surface and canonical name, in table order (the order of
/// the one candidate pass's [`KeywordSet::Media`] patterns).
struct Media {
    surfaces: Vec<&'static str>,
    canonicals: Vec<&'static str>,
}

/// The media table, parsed on first use.
static TABLE: LazyLock<Media> = LazyLock::new(|| {
    let rows = MEDIA
        .load::<MediumRow>()
        .expect("the embedded media table parses (tested)");
    Media {
        surfaces: rows.iter().map(|r| r.surface).collect(),
        canonicals: rows.iter().map(|r| r.canonical).collect(),
    }
});

/// The media surfaces as written, in table order: the one candidate pass finds them
/// ([`crate::extract::candidates`]).
pub(crate) fn surfaces() -> Vec<String> {
    TABLE.surfaces.iter().map(|s| s.to_string()).collect()
}

/// A medium of the table written from byte `pos` as a whole word, after a lower-case
/// "báo" a lead opens: its end and canonical name ("Pháp Luật TP.HCM" → "Báo Pháp luật Thành phố Hồ Chí
/// Minh", "Zing.vn", "VOV" → "Đài Tiếng nói Việt Nam" as real7-dev writes "báo VOV"); the
/// longest surface wins.
pub(super) fn newspaper_at(text: &str, pos: usize) -> Option<(usize, &'static str)> {
    let rest = text.get(pos..)?;
    TABLE
        .surfaces
        .iter()
        .zip(&TABLE.canonicals)
        .filter(|(surface, _)| rest.starts_with(*surface) && word_end(text, pos + surface.len()))
        .max_by_key(|(surface, _)| surface.len())
        .map(|(surface, canonical)| (pos + surface.len(), *canonical))
}

/// The fewest words the line has to go on with after the name: a byline has none or
/// another source's name ("Theo Reuters, Guardian").
const MIN_WORDS_AFTER: usize = 3;

/// How far after the name the words that go on are looked for, in bytes.
const LOOKAHEAD: usize = 80;

/// Whether a source lead and one space end the text before byte `pos` ("Theo ").
fn after_lead(text: &str, pos: usize) -> bool {
    super::after_word_of(text, pos, &RULES.source_leads)
}

/// Whether the line goes on with [`MIN_WORDS_AFTER`] words after byte `pos`.
fn line_goes_on(text: &str, pos: usize) -> bool {
    let rest = text.get(pos..).unwrap_or_default();
    let mut window = rest.len().min(LOOKAHEAD);
    while !rest.is_char_boundary(window) {
        window -= 1;
    }
    let line = rest[..window].split('\n').next().unwrap_or_default();
    line.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
        >= MIN_WORDS_AFTER
}

/// The news media a report is attributed to in `text`, outside the mentions of `found`
/// (sorted by start, not overlapping): spans of kind `Other`. The surfaces are read from the
/// one candidate pass over `text` (`candidates`): its leftmost-longest matches, as a matcher
/// of the media's own found them.
pub(super) fn find(text: &str, candidates: &Candidates, found: &[OrgSpan]) -> Vec<OrgSpan> {
    let media = &*TABLE;
    let mut out = Vec::new();
    for m in candidates.leftmost_longest(KeywordSet::Media, 0) {
        let (start, end) = (m.start(), m.end());
        if !word_start(text, start)
            || !word_end(text, end)
            || !after_lead(text, start)
            || !line_goes_on(text, end)
        {
            continue;
        }
        // A mention already found there ("Báo Thanh Niên") keeps its reading.
        let before = found.partition_point(|s| s.start < end);
        if before > 0 && found.get(before - 1).is_some_and(|s| s.end > start) {
            continue;
        }
        let Some(canonical) = media.canonicals.get(m.pattern().as_usize()) else {
            continue;
        };
        out.push(OrgSpan::named_other(start, end, (*canonical).to_string()));
    }
    out
}
