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
    /// A category as [`COUNT_CATEGORIES_TSV`] names it: a [`CountCategory`], `none` for a
    /// mask ("tổng số tiền" is not "tổng số"), or a cue with a rule of its own (`award`,
    /// `employed`, `party`, `not_counted`, `weak_total`).
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
        /// An award ("khen thưởng", "tôn vinh"): [`CountCategory::Other`], and the cue that
        /// makes honorees ("77 cá nhân") a count at all.
        Award = "award",
        /// Employment ("có việc làm", "làm việc"): [`CountCategory::Workers`], also for people
        /// in general ("số người có việc làm khoảng 53,47 triệu người").
        Employed = "employed",
        /// Admission to the Party ("kết nạp vào Đảng", "đoàn viên ưu tú"): the people joined
        /// the Party, not the union, so the count is [`CountCategory::Other`] whatever other
        /// cue its clause has (GUIDELINES.md decision 16).
        Party = "party",
        /// Casualties, the unemployed, the detained ("bị thương", "thất nghiệp", "bắt giữ"):
        /// no member count anywhere in the clause, unless support is given to them ("hỗ trợ
        /// 5 công nhân bị tai nạn"; GUIDELINES.md decision 15).
        NotCounted = "not_counted",
        /// A statement of size that says nothing more ("trong đó có 12.800 đoàn viên"):
        /// [`CountCategory::TotalMembers`], only when the clause has no other cue.
        WeakTotal = "weak_total",
        /// A mask: no category.
        Mask = "none",
    }
}

impl CategoryName {
    /// The category named; `None` for a mask and for `not_counted`.
    fn category(self) -> Option<CountCategory> {
        Some(match self {
            Self::NewMembers => CountCategory::NewMembers,
            Self::TotalMembers | Self::WeakTotal => CountCategory::TotalMembers,
            Self::Workers | Self::Employed => CountCategory::Workers,
            Self::Officials => CountCategory::Officials,
            Self::UnionsNew => CountCategory::UnionsNew,
            Self::UnionsTotal => CountCategory::UnionsTotal,
            Self::Beneficiaries => CountCategory::Beneficiaries,
            Self::Other | Self::Award | Self::Party => CountCategory::Other,
            Self::Mask | Self::NotCounted => return None,
        })
    }
}

/// A row of [`COUNT_CATEGORIES_TSV`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CategoryCue {
    /// The keyword, lower case.
    pub keyword: &'static str,
    /// What it says the count counts (`None`: a mask, or `not_counted`).
    pub category: Option<CountCategory>,
    /// The name as written in the table.
    name: CategoryName,
}

impl Row for CategoryCue {
    fn from_line(line: &Line<'_>) -> Result<Self, RuleError> {
        let name: CategoryName = line.get("category")?;
        Ok(CategoryCue {
            keyword: line.get("keyword")?,
            category: name.category(),
            name,
        })
    }
}

/// Category cues: an automaton over the lower-case keywords and each keyword's category
/// (`None` for masks such as "tổng số tiền").
struct Categories {
    /// The keywords, lower case.
    keywords: AhoCorasick,
    /// The category name of each keyword, by pattern index.
    names: Vec<CategoryName>,
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
        names: rows.into_iter().map(|row| row.name).collect(),
    }
});

/// What the cue words of a count's clause say.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct ClauseCues {
    /// The nearest cue: before the number first, else after the unit (`weak_total` cues
    /// left out).
    pub nearest: Option<CountCategory>,
    /// The clause has a `weak_total` cue ("trong đó có"): a total when nothing else says.
    pub weak_total: bool,
    /// The nearest cue is an employment cue: people in general count as workers.
    pub employed: bool,
    /// The clause has an award cue: honorees ("77 cá nhân") count.
    pub award: bool,
    /// The clause says the people were admitted to the Party.
    pub party: bool,
    /// The clause says the people are casualties, unemployed or detained, and no support
    /// cue stands before the number.
    pub not_counted: bool,
}

/// The cue words of the clause around a count at bytes `start..end` (see [`ClauseCues`]).
pub(super) fn clause_cues(text: &str, start: usize, end: usize) -> ClauseCues {
    let (left, right) = clause_bounds(text, start, end);
    let find = |part: &str| -> Vec<CategoryName> {
        CATEGORIES
            .keywords
            .find_iter(part)
            .filter(|m| word_start(part, m.start()) && word_end(part, m.end()))
            .map(|m| CATEGORIES.names[m.pattern().as_usize()])
            .filter(|name| *name != CategoryName::Mask)
            .collect()
    };
    let before = find(&text[left..start].to_lowercase());
    let after = find(&text[end..right].to_lowercase());
    let all = || before.iter().chain(after.iter());
    let ordinary = |name: &&CategoryName| {
        !matches!(
            name,
            CategoryName::NotCounted | CategoryName::Party | CategoryName::WeakTotal
        )
    };
    let nearest = before
        .iter()
        .rev()
        .find(ordinary)
        .or_else(|| after.iter().find(ordinary))
        .copied();
    let supported = before.iter().rev().find(ordinary) == Some(&CategoryName::Beneficiaries);
    ClauseCues {
        nearest: nearest.and_then(CategoryName::category),
        employed: nearest == Some(CategoryName::Employed),
        weak_total: all().any(|n| *n == CategoryName::WeakTotal),
        award: all().any(|n| *n == CategoryName::Award),
        party: all().any(|n| *n == CategoryName::Party),
        not_counted: !supported && all().any(|n| *n == CategoryName::NotCounted),
    }
}

/// The category of a count of `kind` nouns with the cue `cue`.
pub(super) fn fit(kind: Kind, cue: Option<CountCategory>) -> CountCategory {
    use CountCategory as C;
    match (kind, cue) {
        (Kind::Official, _) => C::Officials,
        (Kind::Honoree, _) => C::Other,
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
/// `count_units.tsv`: "công nhân", "người lao động", …) as a word, and says nothing after
/// the last of them that makes the people no count ("1,1 triệu người trong độ tuổi lao
/// động thất nghiệp, giảm 8,3 nghìn người": the unemployed; a `not_counted` cue).
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
    let last_worker = UNITS
        .heads
        .iter()
        .filter(|(_, kind)| *kind == Kind::Worker)
        .filter_map(|(head, _)| {
            sentence
                .match_indices(head)
                .filter(|(at, m)| word_start(&sentence, *at) && word_end(&sentence, at + m.len()))
                .map(|(at, m)| at + m.len())
                .last()
        })
        .max();
    let Some(after_worker) = last_worker else {
        return false;
    };
    let rest = &sentence[after_worker..];
    !CATEGORIES
        .keywords
        .find_iter(rest)
        .filter(|m| word_start(rest, m.start()) && word_end(rest, m.end()))
        .any(|m| CATEGORIES.names[m.pattern().as_usize()] == CategoryName::NotCounted)
}
