//! The category of a count: the cue words of its clause (`rules/count_categories.tsv`) fitted
//! to the kind of its unit, and the workers named earlier in its sentence.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

use super::units::{Kind, UNITS};
use crate::extract::quantity::clause::clause_bounds;
use crate::extract::quantity::words::{word_end, word_start};
use crate::record::CountCategory;
use crate::rules::{cell_enum, Line, Row, RuleError, Table};

/// The category cues: keywords of a count's clause and what they say it counts.
pub(crate) static COUNT_CATEGORIES_TSV: Table = Table::new(
    "extract/rules/count_categories.tsv",
    include_str!("../rules/count_categories.tsv"),
    &["keyword", "category"],
    &["keyword"],
);

cell_enum! {
    /// A category as [`COUNT_CATEGORIES_TSV`] names it: a [`CountCategory`], or `none` for a
    /// mask ("tổng số tiền" is not "tổng số").
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum CategoryName {
        /// [`CountCategory::NewMembers`].
        NewMembers = "new_members",
        /// [`CountCategory::TotalMembers`].
        TotalMembers = "total_members",
        /// [`CountCategory::Workers`].
        Workers = "workers",
        /// [`CountCategory::Officials`].
        Officials = "officials",
        /// [`CountCategory::UnionsNew`].
        UnionsNew = "unions_new",
        /// [`CountCategory::UnionsTotal`].
        UnionsTotal = "unions_total",
        /// [`CountCategory::Beneficiaries`].
        Beneficiaries = "beneficiaries",
        /// [`CountCategory::Other`].
        Other = "other",
        /// A mask: no category.
        Mask = "none",
    }
}

impl CategoryName {
    /// The category named; `None` for a mask.
    fn category(self) -> Option<CountCategory> {
        Some(match self {
            Self::NewMembers => CountCategory::NewMembers,
            Self::TotalMembers => CountCategory::TotalMembers,
            Self::Workers => CountCategory::Workers,
            Self::Officials => CountCategory::Officials,
            Self::UnionsNew => CountCategory::UnionsNew,
            Self::UnionsTotal => CountCategory::UnionsTotal,
            Self::Beneficiaries => CountCategory::Beneficiaries,
            Self::Other => CountCategory::Other,
            Self::Mask => return None,
        })
    }
}

/// A row of [`COUNT_CATEGORIES_TSV`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CategoryCue {
    /// The keyword, lower case.
    pub keyword: &'static str,
    /// What it says the count counts (`None`: a mask).
    pub category: Option<CountCategory>,
}

impl Row for CategoryCue {
    fn from_line(line: &Line<'_>) -> Result<Self, RuleError> {
        let name: CategoryName = line.get("category")?;
        Ok(CategoryCue {
            keyword: line.get("keyword")?,
            category: name.category(),
        })
    }
}

/// Category cues: an automaton over the lower-case keywords and each keyword's category
/// (`None` for masks such as "tổng số tiền").
struct Categories {
    /// The keywords, lower case.
    keywords: AhoCorasick,
    /// The category of each keyword, by pattern index.
    categories: Vec<Option<CountCategory>>,
}

/// The category cues, parsed once; a malformed table (caught by the tests) gives none.
static CATEGORIES: LazyLock<Categories> = LazyLock::new(|| {
    let rows: Vec<CategoryCue> = COUNT_CATEGORIES_TSV.load().unwrap_or_default();
    Categories {
        keywords: AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(rows.iter().map(|row| row.keyword))
            .expect("category keyword automaton builds"),
        categories: rows.into_iter().map(|row| row.category).collect(),
    }
});

/// The category cue nearest to the count in its clause: before the number first, else after
/// the unit.
pub(super) fn cue(text: &str, start: usize, end: usize) -> Option<CountCategory> {
    let (left, right) = clause_bounds(text, start, end);
    let find = |part: &str| -> Vec<(usize, CountCategory)> {
        CATEGORIES
            .keywords
            .find_iter(part)
            .filter(|m| word_start(part, m.start()) && word_end(part, m.end()))
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
                .any(|(at, m)| word_start(&sentence, at) && word_end(&sentence, at + m.len()))
        })
}
