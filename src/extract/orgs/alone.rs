//! Organizations named alone, with no type word, anywhere in a sentence: an acronym or a
//! proper name that names one organization by itself ("EU", "ASEAN", "Liên Hợp Quốc",
//! "Kiểm toán Nhà nước", "VCCI", "ILO"; `org_names.tsv`). Credits and bylines
//! ("Ảnh: TTXVN", "Minh Long/TTXVN") are no mentions, nor another name the word starts
//! ("FIFA World Cup", "AFC Cup").
//!
//! Stop 20 probe (corpus-real, base build): acronyms of two or more capitals that no
//! mention covered, 17,192 over labour.jsonl and 2,000 lines of general-10k, most of them
//! no organization ("TP" 1,217, "USD" 855, "BHYT" 851, "HLV" 548); the organizations among
//! them are named by this table.

use std::sync::LazyLock;

use super::broadcast::{credit_at, starts_other_name};
use super::country::country_at;
use super::OrgSpan;
use crate::extract::candidates::{Candidates, KeywordSet};
use crate::extract::text::{word_end, word_start};
use crate::record::OrganizationKind as Kind;
use crate::rules::{cell_enum, Line, Row, RuleError, Table};

/// `org_names.tsv`: organizations named alone, and the words after one that make it another
/// name.
pub static ORG_NAMES: Table = Table::new(
    "extract/rules/org_names.tsv",
    include_str!("../rules/org_names.tsv"),
    &["surface", "canonical", "use", "kind", "corpus"],
    &["surface"],
);

cell_enum! {
    /// The `use` column of `org_names.tsv`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum OrgNameUse {
        /// A name of one organization.
        Name = "name",
        /// A company's brand (stop 26): a name of one organization, except where a
        /// capitalized word goes on with it in the same phrase, a longer name of a branch,
        /// a subsidiary or a product ("Agribank Nghệ An", "Viettel Post").
        Brand = "brand",
        /// A word after a name that makes it another name ("FIFA World Cup").
        NotBefore = "not_before",
        /// A word before a name that makes it part of a title or a region ("Công ước Liên
        /// Hợp Quốc về Luật Biển", "khu vực ASEAN").
        NotAfter = "not_after",
    }
}

cell_enum! {
    /// The `kind` column of `org_names.tsv`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum OrgNameKind {
        /// A state body.
        Government = "government",
        /// A company.
        Enterprise = "enterprise",
        /// Any other organization.
        Other = "other",
        /// A `not_before` row.
        None = "-",
    }
}

/// A row of `org_names.tsv`.
#[derive(Debug, Clone, Copy)]
pub struct OrgNameRow {
    surface: &'static str,
    canonical: &'static str,
    use_: OrgNameUse,
    kind: OrgNameKind,
}

impl Row for OrgNameRow {
    fn from_line(line: &Line<'_>) -> Result<Self, RuleError> {
        Ok(Self {
            surface: line.get("surface")?,
            canonical: line.get("canonical")?,
            use_: line.get("use")?,
            kind: line.get("kind")?,
        })
    }
}

/// The names, their canonical names and kinds, their surfaces (in the order of the one
/// candidate pass's [`KeywordSet::OrgNames`] patterns), and the `not_before` words.
struct Names {
    rows: Vec<(&'static str, Kind)>,
    /// Parallel to `rows`: whether the name is a brand.
    brand: Vec<bool>,
    surfaces: Vec<&'static str>,
    not_before: Vec<&'static str>,
    not_after: Vec<&'static str>,
}

/// The table, parsed on first use.
static TABLE: LazyLock<Names> = LazyLock::new(|| {
    let rows = ORG_NAMES
        .load::<OrgNameRow>()
        .expect("the embedded organization name table parses (tested)");
    let names: Vec<&OrgNameRow> = rows
        .iter()
        .filter(|r| matches!(r.use_, OrgNameUse::Name | OrgNameUse::Brand))
        .collect();
    Names {
        rows: names
            .iter()
            .map(|r| {
                let kind = match r.kind {
                    OrgNameKind::Government => Kind::Government,
                    OrgNameKind::Enterprise => Kind::Enterprise,
                    OrgNameKind::Other | OrgNameKind::None => Kind::Other,
                };
                (r.canonical, kind)
            })
            .collect(),
        brand: names.iter().map(|r| r.use_ == OrgNameUse::Brand).collect(),
        surfaces: names.iter().map(|r| r.surface).collect(),
        not_before: rows
            .iter()
            .filter(|r| r.use_ == OrgNameUse::NotBefore)
            .map(|r| r.surface)
            .collect(),
        not_after: rows
            .iter()
            .filter(|r| r.use_ == OrgNameUse::NotAfter)
            .map(|r| r.surface)
            .collect(),
    }
});

/// Whether the name at `start..end` stands alone in parentheses, runs into a slash or
/// follows a slash or a capitalized word and a dash: "Phạm Cường (TTXVN)", "( ILO )",
/// "TTXVN/Tin Tức",
/// "AFP/ TTXVN", a document's number "TT-NHNN", "Ảnh: Văn
/// Điệp - TTXVN", "Ảnh Mạnh Khánh-TTXVN" are credits, "Liên minh châu Âu (EU)" gives the
/// short name of the mention before it (read with that mention, aliases.rs).
fn in_parentheses_or_slashed(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).unwrap_or_default();
    let after = text.get(end..).unwrap_or_default();
    // "39/2016/TT-NHNN": a document's number, the name run into a dash.
    let in_code = before
        .strip_suffix('-')
        .is_some_and(|b| b.chars().next_back().is_some_and(|c| !c.is_whitespace()));
    let parenthesized = before.trim_end_matches(' ').ends_with('(')
        && after.trim_start_matches(' ').starts_with(')');
    if parenthesized
        || after.starts_with('/')
        || before.trim_end_matches(' ').ends_with('/')
        || in_code
    {
        return true;
    }
    before
        .trim_end_matches(' ')
        .strip_suffix(['-', '–'])
        .map(|b| b.trim_end_matches(' '))
        .and_then(|b| b.split_whitespace().next_back())
        .and_then(|w| w.chars().next())
        .is_some_and(char::is_uppercase)
}

/// Whether a short name in parentheses that is no name of the same organization follows
/// byte `end`: the name is part of a longer one the article defines ("cộng đồng Kinh tế
/// ASEAN (AEC)", "giáo dục đại học ASEAN (AUN)"); "Liên Hợp Quốc (LHQ)" is no such.
fn other_name_defined_after(text: &str, end: usize, canonical: &str) -> bool {
    let Some(inner) = text.get(end..).and_then(|r| r.strip_prefix(" (")) else {
        return false;
    };
    let Some(close) = inner
        .get(..inner.len().min(MAX_SHORT_NAME))
        .and_then(|w| w.find(')'))
    else {
        return false;
    };
    let short = &inner[..close];
    let is_acronym = short.chars().filter(|c| c.is_uppercase()).count() >= 2
        && short
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit());
    // The first name written as the short name (what a leftmost-longest matcher of the
    // names finds spanning all of it).
    let same = TABLE
        .surfaces
        .iter()
        .position(|s| *s == short)
        .and_then(|i| TABLE.rows.get(i))
        .is_some_and(|&(c, _)| c == canonical);
    is_acronym && !same
}

/// Whether a capitalized word follows a brand ending at byte `end` in the same phrase (one
/// space between): a longer name, a branch, a subsidiary or a product ("Agribank Nghệ An",
/// "Viettel Post", "Vietcombank Tower"), which the brand alone does not name.
fn longer_brand_name(text: &str, end: usize) -> bool {
    text.get(end..)
        .and_then(|rest| rest.strip_prefix(' '))
        .and_then(|rest| rest.chars().next())
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Whether a Vietnamese body named short ("QH", canonical "… Việt Nam") is followed by
/// another country, so that it is that country's body: "Chủ tịch QH Campuchia Heng
/// Samrin" (stop 26, general-10k: 5 of 108 "QH" read).
fn other_country_body(text: &str, end: usize, canonical: &str) -> bool {
    // "NHNN Việt Nam": Vietnam itself written after the name.
    let rest = text.get(end..).and_then(|r| r.strip_prefix(' '));
    canonical.ends_with(" Việt Nam")
        && rest.is_some_and(|r| !r.starts_with("Việt Nam") && !r.starts_with("VN"))
        && country_at(text, end + 1).is_some()
}

/// The longest short name looked for in parentheses after a name, in bytes.
const MAX_SHORT_NAME: usize = 16;

/// Whether the name at `start..end` opens its line before a dash: a dateline, the agency
/// that filed the report ("TTXVN - Chiều 26-6, Chủ tịch nước …").
fn dateline(text: &str, start: usize, end: usize) -> bool {
    let line_start = text
        .get(..start)
        .is_none_or(|b| b.is_empty() || b.ends_with('\n'));
    let rest = text.get(end..).unwrap_or_default().trim_start_matches(' ');
    line_start && (rest.starts_with('-') || rest.starts_with('–'))
}

/// The names' surfaces as written, in table order: the one candidate pass finds them
/// ([`crate::extract::candidates`]).
pub(crate) fn surfaces() -> Vec<String> {
    TABLE.surfaces.iter().map(|s| s.to_string()).collect()
}

/// The organizations named alone in `text`, outside the mentions of `found` (sorted by
/// start, not overlapping). The names are read from the one candidate pass over `text`
/// (`candidates`): its leftmost-longest matches, as a matcher of the names' own found them.
pub(super) fn find(text: &str, candidates: &Candidates, found: &[OrgSpan]) -> Vec<OrgSpan> {
    let table = &*TABLE;
    let mut out = Vec::new();
    for m in candidates.leftmost_longest(KeywordSet::OrgNames, 0) {
        let (start, end) = (m.start(), m.end());
        if !word_start(text, start)
            || !word_end(text, end)
            || starts_other_name(text, end, &table.not_before)
            || super::after_word_of(text, start, &table.not_after)
            || credit_at(text, start, end)
            || in_parentheses_or_slashed(text, start, end)
        {
            continue;
        }
        let before = found.partition_point(|s| s.start < end);
        if before > 0 && found.get(before - 1).is_some_and(|s| s.end > start) {
            continue;
        }
        let Some(&(canonical, kind)) = table.rows.get(m.pattern().as_usize()) else {
            continue;
        };
        let brand = table.brand.get(m.pattern().as_usize()) == Some(&true);
        if other_name_defined_after(text, end, canonical)
            || dateline(text, start, end)
            || (brand && longer_brand_name(text, end))
            || other_country_body(text, end, canonical)
        {
            continue;
        }
        out.push(OrgSpan::whole(start, end, canonical.to_string(), kind));
    }
    out
}
