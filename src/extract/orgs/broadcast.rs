//! Broadcasters named by their abbreviation alone, anywhere in a sentence, bare or with a
//! channel number run into it: "lên sóng HTV7", "phóng viên VTV", "kênh THVL1"
//! (`broadcasters.tsv`). Bare, the abbreviation names the broadcaster (its full name is the
//! canonical); with a number it names the channel, kept as written ("VTV3"). Credits and
//! bylines ("(Theo VTV)", "Nguồn: VTV", "Minh Long/VOV") are no mentions, nor another name
//! the abbreviation starts ("VTC News", "VTV Cup").

use std::sync::LazyLock;

use memchr::memmem;

use super::OrgSpan;
use crate::extract::text::{word_end, word_start};
use crate::rules::{cell_enum, Line, Row, RuleError, Table};

/// `broadcasters.tsv`: broadcaster abbreviations, the words after one that make it another
/// name, and the credit leads.
pub static BROADCASTERS: Table = Table::new(
    "extract/rules/broadcasters.tsv",
    include_str!("../rules/broadcasters.tsv"),
    &["surface", "canonical", "use", "corpus"],
    &["surface"],
);

cell_enum! {
    /// The `use` column of `broadcasters.tsv`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum BroadcasterUse {
        /// A broadcaster's abbreviation, bare or with a channel number.
        Broadcaster = "broadcaster",
        /// A word after the abbreviation that makes it another name ("VTC News").
        NotBefore = "not_before",
        /// A word that makes the abbreviation after it a credit ("Nguồn: VTV").
        CreditLead = "credit_lead",
    }
}

/// A row of `broadcasters.tsv`.
#[derive(Debug, Clone, Copy)]
pub struct BroadcasterRow {
    surface: &'static str,
    canonical: &'static str,
    use_: BroadcasterUse,
}

impl Row for BroadcasterRow {
    fn from_line(line: &Line<'_>) -> Result<Self, RuleError> {
        Ok(Self {
            surface: line.get("surface")?,
            canonical: line.get("canonical")?,
            use_: line.get("use")?,
        })
    }
}

/// The table's rows by use.
struct Broadcasters {
    /// (abbreviation, broadcaster's full name).
    names: Vec<(&'static str, &'static str)>,
    /// A SIMD searcher per abbreviation of `names`, in the same order (`str::match_indices`
    /// walked the whole text once per abbreviation with the two-way searcher).
    finders: Vec<memmem::Finder<'static>>,
    not_before: Vec<&'static str>,
    credit_leads: Vec<&'static str>,
}

/// The broadcaster table, parsed on first use.
static TABLE: LazyLock<Broadcasters> = LazyLock::new(|| {
    let rows = BROADCASTERS
        .load::<BroadcasterRow>()
        .expect("the embedded broadcaster table parses (tested)");
    let of = |use_: BroadcasterUse| rows.iter().filter(move |r| r.use_ == use_);
    let names: Vec<(&'static str, &'static str)> = of(BroadcasterUse::Broadcaster)
        .map(|r| (r.surface, r.canonical))
        .collect();
    Broadcasters {
        finders: names
            .iter()
            .map(|(abbr, _)| memmem::Finder::new(abbr.as_bytes()))
            .collect(),
        names,
        not_before: of(BroadcasterUse::NotBefore).map(|r| r.surface).collect(),
        credit_leads: of(BroadcasterUse::CreditLead).map(|r| r.surface).collect(),
    }
});

/// The most digits a channel number has ("VTC14").
const MAX_CHANNEL_DIGITS: usize = 2;

/// The end of the channel number run into the abbreviation ending at `pos` (`pos` if none).
fn channel_end(text: &str, pos: usize) -> usize {
    let digits = text
        .get(pos..)
        .unwrap_or_default()
        .bytes()
        .take_while(u8::is_ascii_digit)
        .count();
    if digits <= MAX_CHANNEL_DIGITS {
        pos + digits
    } else {
        pos
    }
}

/// Whether the abbreviation ending at `end` starts another name: a domain ("VOV.VN"), a
/// hyphenated unit ("VOV-Trung tâm Tin"), or a `not_before` word after one space.
pub(super) fn starts_other_name(text: &str, end: usize, not_before: &[&str]) -> bool {
    let rest = text.get(end..).unwrap_or_default();
    let mut chars = rest.chars();
    if matches!(chars.next(), Some('.' | '-')) && chars.next().is_some_and(char::is_alphanumeric) {
        return true;
    }
    rest.strip_prefix(' ').is_some_and(|after| {
        not_before
            .iter()
            .any(|w| after.strip_prefix(w).is_some_and(|t| word_end(t, 0)))
    })
}

/// Whether the abbreviation at `start..end` is a credit or a byline: after a slash
/// ("Minh Long/VOV"), alone on its line, or after a credit lead (optionally "(" before it,
/// ":" after it) with no comma after the name ("(Theo VTV)", "Nguồn: VTV").
fn is_credit(text: &str, start: usize, end: usize, leads: &[&str]) -> bool {
    let before = text.get(..start).unwrap_or_default();
    if before.ends_with('/') {
        return true;
    }
    let line_before = before.rsplit('\n').next().unwrap_or_default();
    let rest = text.get(end..).unwrap_or_default();
    let line_after = rest.split('\n').next().unwrap_or_default();
    let has_word = |s: &str| s.chars().any(char::is_alphanumeric);
    if !has_word(line_after) && (!has_word(line_before) || line_before.trim_end().ends_with("./."))
    {
        return true;
    }
    // "Tố Uyên VOV" closing the article: a reporter's name and the broadcaster.
    if !has_word(rest) && previous_word_capitalized(line_before) {
        return true;
    }
    // "(Tổng hợp theo báo Dân trí, VTC)": inside a parenthesis a credit lead opens.
    if let Some(open) = line_before.rfind('(') {
        let inside = line_before.get(open + 1..).unwrap_or_default();
        if !inside.contains(')') && leads.iter().any(|w| contains_word(inside, w)) {
            return true;
        }
    }
    let lead_part = line_before.trim_end().trim_end_matches(':').trim_end();
    let after_lead = leads.iter().any(|w| {
        lead_part
            .strip_suffix(w)
            .is_some_and(|head| word_start(lead_part, head.len()))
    });
    after_lead && !line_after.trim_start().starts_with(',')
}

/// Whether the name at `start..end` is a credit or a byline by this table's credit leads
/// ([`is_credit`]; `alone.rs` reads its names with them).
pub(super) fn credit_at(text: &str, start: usize, end: usize) -> bool {
    is_credit(text, start, end, &TABLE.credit_leads)
}

/// Whether the last word of `before` starts with a capital.
fn previous_word_capitalized(before: &str) -> bool {
    before
        .split_whitespace()
        .next_back()
        .and_then(|w| w.chars().next())
        .is_some_and(char::is_uppercase)
}

/// Whether `word` occurs in `text` as a whole word.
fn contains_word(text: &str, word: &str) -> bool {
    text.match_indices(word)
        .any(|(i, _)| word_start(text, i) && word_end(text, i + word.len()))
}

/// The broadcasters and channels named in `text`, outside the mentions of `found` (sorted
/// by start, not overlapping): spans of kind `Other`.
pub(super) fn find(text: &str, found: &[OrgSpan]) -> Vec<OrgSpan> {
    let table = &*TABLE;
    let mut out = Vec::new();
    for (&(abbr, full), finder) in table.names.iter().zip(&table.finders) {
        // Non-overlapping matches from left to right, as `str::match_indices` gives them.
        for start in finder.find_iter(text.as_bytes()) {
            let abbr_end = start + abbr.len();
            let end = channel_end(text, abbr_end);
            if !word_start(text, start)
                || !word_end(text, end)
                || starts_other_name(text, end, &table.not_before)
                || is_credit(text, start, end, &table.credit_leads)
            {
                continue;
            }
            let before = found.partition_point(|s| s.start < end);
            if before > 0 && found.get(before - 1).is_some_and(|s| s.end > start) {
                continue;
            }
            let canonical = if end > abbr_end {
                text.get(start..end).unwrap_or(abbr)
            } else {
                full
            };
            out.push(OrgSpan::named_other(start, end, canonical.to_string()));
        }
    }
    out.sort_by_key(|s| s.start);
    out
}
