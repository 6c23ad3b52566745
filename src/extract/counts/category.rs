//! The category of a count: the cue words of its clause (`rules/count_categories.tsv`) fitted
//! to the kind of its unit, and the workers named earlier in its sentence.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

use super::units::{Kind, UNITS};
use crate::extract::quantity::clause::clause_bounds;
use crate::extract::quantity::table::rule_rows;
use crate::extract::quantity::words::{at_word_end, at_word_start};
use crate::record::CountCategory;

/// Category cues: columns keyword, category.
pub(crate) const COUNT_CATEGORIES_TSV: &str = include_str!("../rules/count_categories.tsv");

/// Category cues: an automaton over the lower-case keywords and each keyword's category
/// (`None` for masks such as "tổng số tiền").
struct Categories {
    /// The keywords, lower case.
    keywords: AhoCorasick,
    /// The category of each keyword, by pattern index.
    categories: Vec<Option<CountCategory>>,
}

/// The category cues, parsed once.
static CATEGORIES: LazyLock<Categories> = LazyLock::new(|| {
    let rows: Vec<(&str, Option<CountCategory>)> = rule_rows(COUNT_CATEGORIES_TSV)
        .filter_map(|r| Some((*r.first()?, category_named(r.get(1)?)?)))
        .collect();
    Categories {
        keywords: AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(rows.iter().map(|(k, _)| k))
            .expect("category keyword automaton builds"),
        categories: rows.into_iter().map(|(_, c)| c).collect(),
    }
});

/// The category of its snake_case name; `Some(None)` for "none" (a mask).
fn category_named(name: &str) -> Option<Option<CountCategory>> {
    Some(Some(match name {
        "new_members" => CountCategory::NewMembers,
        "total_members" => CountCategory::TotalMembers,
        "workers" => CountCategory::Workers,
        "officials" => CountCategory::Officials,
        "unions_new" => CountCategory::UnionsNew,
        "unions_total" => CountCategory::UnionsTotal,
        "beneficiaries" => CountCategory::Beneficiaries,
        "other" => CountCategory::Other,
        "none" => return Some(None),
        _ => return None,
    }))
}

/// The category cue nearest to the count in its clause: before the number first, else after
/// the unit.
pub(super) fn cue(text: &str, start: usize, end: usize) -> Option<CountCategory> {
    let (left, right) = clause_bounds(text, start, end);
    let find = |part: &str| -> Vec<(usize, CountCategory)> {
        CATEGORIES
            .keywords
            .find_iter(part)
            .filter(|m| at_word_start(part, m.start()) && at_word_end(part, m.end()))
            .filter_map(|m| Some((m.start(), CATEGORIES.categories[m.pattern().as_usize()]?)))
            .collect()
    };
    let before = text[left..start].to_lowercase();
    if let Some(&(_, c)) = find(&before).last() {
        return Some(c);
    }
    let after = text[end..right].to_lowercase();
    find(&after).first().map(|&(_, c)| c)
}

/// The category of a count of `kind` nouns with the cue `cue`.
pub(super) fn fit(kind: Kind, cue: Option<CountCategory>) -> CountCategory {
    use CountCategory as C;
    match (kind, cue) {
        (Kind::Official, _) => C::Officials,
        (Kind::Union, Some(C::NewMembers | C::UnionsNew)) => C::UnionsNew,
        (Kind::Union, Some(C::TotalMembers | C::UnionsTotal)) => C::UnionsTotal,
        (Kind::Union, _) => C::Other,
        (Kind::Member | Kind::Any, Some(C::UnionsNew)) => C::NewMembers,
        (Kind::Member | Kind::Any, Some(C::UnionsTotal)) => C::TotalMembers,
        (Kind::Member | Kind::Any, Some(C::Officials) | None) => C::Other,
        (Kind::Member | Kind::Any, Some(c)) => c,
        (Kind::Worker, Some(c @ (C::NewMembers | C::Beneficiaries | C::Other))) => c,
        (Kind::Worker, _) => C::Workers,
        (Kind::Person, Some(C::Beneficiaries)) => C::Beneficiaries,
        (Kind::Person, _) => C::Other,
    }
}

/// How far back, in bytes, the sentence of a count is read for a workers noun: some 400
/// words, longer than any sentence of the corpus and gold texts (the longest is 935 bytes),
/// and what keeps a run of counts without a full stop linear (each reads at most this much;
/// found by fuzzing).
const SENTENCE_LOOKBACK: usize = 2000;

/// Whether the sentence before byte `pos` names workers (a `worker` head of
/// `count_units.tsv`: "công nhân", "người lao động", …) as a word.
pub(super) fn workers_named_before(text: &str, pos: usize) -> bool {
    let mut from = pos.saturating_sub(SENTENCE_LOOKBACK);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..pos];
    let start = [". ", "! ", "? ", "\n"]
        .iter()
        .filter_map(|end| before.rfind(end).map(|at| at + end.len()))
        .max()
        .unwrap_or(0);
    let sentence = before[start..].to_lowercase();
    UNITS
        .heads
        .iter()
        .filter(|(_, kind)| *kind == Kind::Worker)
        .any(|(head, _)| {
            sentence
                .match_indices(head)
                .any(|(at, m)| at_word_start(&sentence, at) && at_word_end(&sentence, at + m.len()))
        })
}
