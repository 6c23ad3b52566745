//! Count units after a number (`rules/count_units.tsv`): an optional prefix ("lượt"), a head
//! noun with its kind, noun modifiers, and a second person noun joined by ", " or " và ".

use std::sync::LazyLock;

use crate::extract::quantity::table::longest_first;
use crate::extract::quantity::words::{ac_patterns, word_ci};
use crate::rules::{cell_enum, Line, Row, RuleError, Table};

/// The unit table: phrases, their role in a unit and the kind of noun they go with.
pub(crate) static COUNT_UNITS_TSV: Table = Table::new(
    "extract/rules/count_units.tsv",
    include_str!("../rules/count_units.tsv"),
    &["phrase", "role", "kind"],
    &["phrase"],
);

cell_enum! {
    /// What a unit noun names.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub(crate) enum Kind {
        /// Union members (đoàn viên).
        Member = "member",
        /// Workers (CNVCLĐ, người lao động, công nhân).
        Worker = "worker",
        /// Union officials (cán bộ công đoàn).
        Official = "official",
        /// Unions (công đoàn cơ sở, CĐCS).
        Union = "union",
        /// People in general ("người", "học sinh", "cảnh sát"): counted only when the clause
        /// says they receive support (beneficiaries).
        Person = "person",
        /// Honorees ("cá nhân", "tập thể, cá nhân"): counted only when their clause has an
        /// award cue ("biểu dương 77 cá nhân" → other; GUIDELINES.md decision 15: people in
        /// union activity that no category fits).
        Honoree = "honoree",
        /// Any kind (prefixes).
        Any = "any",
    }
}

cell_enum! {
    /// The part of a unit a phrase of [`COUNT_UNITS_TSV`] is.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub(crate) enum Role {
        /// The head noun ("đoàn viên").
        Head = "head",
        /// A word before the head ("lượt", "trường hợp").
        Prefix = "prefix",
        /// A word after the head ("cơ sở", "Công đoàn").
        Modifier = "modifier",
        /// A phrase that starts like a head but is no counted noun ("dân tộc").
        Block = "block",
    }
}

/// A row of [`COUNT_UNITS_TSV`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct UnitPhrase {
    /// The phrase, lower case.
    pub phrase: &'static str,
    /// Its part in a unit.
    pub role: Role,
    /// The kind of noun it names or goes with.
    pub kind: Kind,
}

impl Row for UnitPhrase {
    fn from_line(line: &Line<'_>) -> Result<Self, RuleError> {
        Ok(UnitPhrase {
            phrase: line.get("phrase")?,
            role: line.get("role")?,
            kind: line.get("kind")?,
        })
    }
}

/// The unit table, longest phrases first.
pub(super) struct Units {
    /// Head nouns and their kinds.
    pub heads: Vec<(&'static str, Kind)>,
    /// Phrases that start like a head but name no counted people ("54 dân tộc").
    blocks: Vec<&'static str>,
    /// Per first character of the heads (sorted), the indexes of its heads in order.
    heads_by_first: Vec<(char, Vec<usize>)>,
    /// Per first character of the blocks (sorted), the indexes of its blocks in order.
    blocks_by_first: Vec<(char, Vec<usize>)>,
    /// The lower-case first letters of heads, prefixes and blocks: a word starting with
    /// another letter is no unit, without trying each phrase.
    first_chars: Vec<char>,
    /// Words before a head ("lượt", "trường hợp").
    prefixes: Vec<&'static str>,
    /// Words after a head, with the kind of head they follow.
    modifiers: Vec<(&'static str, Kind)>,
    /// Heads and prefixes as they may be written ([`ac_patterns`]): the anchors of counts
    /// written in words, found by the one candidate pass ([`crate::extract::candidates`]).
    pub anchors: Vec<String>,
}

/// The unit table, parsed once; a malformed table (caught by the tests) gives no units.
pub(super) static UNITS: LazyLock<Units> = LazyLock::new(|| {
    let rows: Vec<UnitPhrase> = COUNT_UNITS_TSV.load().unwrap_or_default();
    let rows = longest_first(rows, |row| row.phrase);
    let pick = |role: Role| -> Vec<(&'static str, Kind)> {
        rows.iter()
            .filter(|row| row.role == role)
            .map(|row| (row.phrase, row.kind))
            .collect()
    };
    let heads = pick(Role::Head);
    let prefixes: Vec<&str> = pick(Role::Prefix).into_iter().map(|(p, _)| p).collect();
    // Counts of people in general written in words ("hai cháu") are left out: their short
    // heads ("em", "cô", "người") stand everywhere and would make this pass slow.
    let words: Vec<&str> = heads
        .iter()
        .filter(|(_, k)| *k != Kind::Person)
        .map(|(p, _)| *p)
        .chain(prefixes.iter().copied())
        .collect();
    let mut first_chars: Vec<char> = rows
        .iter()
        .filter_map(|row| {
            (row.role != Role::Modifier)
                .then(|| row.phrase.chars().next())
                .flatten()
        })
        .collect();
    first_chars.sort_unstable();
    first_chars.dedup();
    let blocks: Vec<&str> = pick(Role::Block).into_iter().map(|(p, _)| p).collect();
    Units {
        heads_by_first: by_first(heads.iter().map(|(h, _)| *h)),
        blocks_by_first: by_first(blocks.iter().copied()),
        first_chars,
        anchors: ac_patterns(&words, true),
        heads,
        prefixes,
        modifiers: pick(Role::Modifier),
        blocks,
    }
});

/// The indexes of `phrases` by first character, the characters sorted and each one's
/// indexes in order: head nouns are looked up after every number, and a scan of all of them
/// for the few that start with the next letter cost more than the comparisons.
fn by_first<'a>(phrases: impl Iterator<Item = &'a str>) -> Vec<(char, Vec<usize>)> {
    let mut index: Vec<(char, Vec<usize>)> = Vec::new();
    for (i, phrase) in phrases.enumerate() {
        if let Some(first) = phrase.chars().next() {
            match index.binary_search_by_key(&first, |(c, _)| *c) {
                Ok(at) => index[at].1.push(i),
                Err(at) => index.insert(at, (first, vec![i])),
            }
        }
    }
    index
}

/// The indexes that `index` ([`by_first`]) holds for `first`, in order.
fn starting_with(index: &[(char, Vec<usize>)], first: char) -> &[usize] {
    index
        .binary_search_by_key(&first, |(c, _)| *c)
        .map_or(&[][..], |at| index[at].1.as_slice())
}

/// The head noun at byte `pos`: its end and kind.
fn head_at(text: &str, pos: usize) -> Option<(usize, Kind)> {
    let rest = text.get(pos..)?;
    let first = crate::normalize::chars::lower_aligned_char(rest.chars().next()?);
    if starting_with(&UNITS.blocks_by_first, first)
        .iter()
        .filter_map(|&i| UNITS.blocks.get(i))
        .any(|b| word_ci(rest, b).is_some())
    {
        return None;
    }
    starting_with(&UNITS.heads_by_first, first)
        .iter()
        .filter_map(|&i| UNITS.heads.get(i))
        .find_map(|(h, k)| Some((pos + word_ci(rest, h)?, *k)))
}

/// Whether `rest` starts with a letter some head, prefix or block starts with.
fn may_start_unit(rest: &str) -> bool {
    rest.chars().next().is_some_and(|c| {
        UNITS
            .first_chars
            .binary_search(&crate::normalize::chars::lower_aligned_char(c))
            .is_ok()
    })
}

/// The unit after a number ending at byte `pos` (one optional space): where it starts and
/// ends, and its kind.
pub(super) fn unit_at(text: &str, pos: usize) -> Option<(usize, usize, Kind)> {
    let rest = text.get(pos..)?;
    let start = pos + usize::from(rest.starts_with(' '));
    if !may_start_unit(&text[start..]) {
        return None;
    }
    let mut head = start;
    for prefix in &UNITS.prefixes {
        if let Some(n) = word_ci(&text[start..], prefix) {
            if text[start + n..].starts_with(' ') {
                head = start + n + 1;
                break;
            }
        }
    }
    let (mut end, kind) = head_at(text, head)?;
    while let Some(r) = text[end..].strip_prefix(' ') {
        let modifier = UNITS
            .modifiers
            .iter()
            .filter(|(_, k)| *k == kind || *k == Kind::Any)
            .find_map(|(m, _)| word_ci(r, m));
        match modifier {
            Some(n) => end += 1 + n,
            None => break,
        }
    }
    if matches!(kind, Kind::Member | Kind::Worker | Kind::Person) {
        for conj in [", ", " và "] {
            if text[end..].starts_with(conj) {
                if let Some((second_end, Kind::Member | Kind::Worker | Kind::Person)) =
                    head_at(text, end + conj.len())
                {
                    end = second_end;
                }
                break;
            }
        }
    }
    Some((start, end, kind))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The heads and blocks found through the index are those of the whole lists that start
    /// with the character, in order: for every character below U+2000 and of Latin Extended
    /// Additional.
    #[test]
    fn index_by_first_character_finds_the_phrases_of_the_lists() {
        let chars = (0..0x2000u32)
            .chain(0x1E00..0x1F00)
            .filter_map(char::from_u32);
        for c in chars {
            let heads: Vec<&str> = (starting_with(&UNITS.heads_by_first, c).iter())
                .map(|&i| UNITS.heads[i].0)
                .collect();
            let all: Vec<&str> = (UNITS.heads.iter().map(|(h, _)| *h))
                .filter(|h| h.starts_with(c))
                .collect();
            assert_eq!(heads, all, "{c:?}");
            let blocks: Vec<&str> = (starting_with(&UNITS.blocks_by_first, c).iter())
                .map(|&i| UNITS.blocks[i])
                .collect();
            let all: Vec<&str> = (UNITS.blocks.iter().copied())
                .filter(|b| b.starts_with(c))
                .collect();
            assert_eq!(blocks, all, "{c:?}");
        }
        assert!(UNITS.heads.len() > 10 && !UNITS.blocks.is_empty());
    }
}
