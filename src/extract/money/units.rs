//! Currency words after an amount (`rules/money_units.tsv`) and the phrases that start like
//! one but are not (`rules/money_not_units.tsv`: "5 đồng chí").

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::extract::quantity::table::{longest_first, Word};
use crate::extract::quantity::words::word_ci;
use crate::normalize::chars::lower_aligned_char;
use crate::rules::{Line, Row, RuleError, Table};

/// The currency rule table: currency words (lower case) and their ISO 4217 codes.
pub(crate) static MONEY_UNITS_TSV: Table = Table::new(
    "extract/rules/money_units.tsv",
    include_str!("../rules/money_units.tsv"),
    &["unit", "currency"],
    &["unit"],
);

/// Phrases that are no currency after a bare number ("đồng chí").
pub(crate) static MONEY_NOT_UNITS_TSV: Table = Table::new(
    "extract/rules/money_not_units.tsv",
    include_str!("../rules/money_not_units.tsv"),
    &["phrase"],
    &["phrase"],
);

/// A row of [`MONEY_UNITS_TSV`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct MoneyUnit {
    /// The currency word, lower case.
    pub unit: &'static str,
    /// Its ISO 4217 code.
    pub currency: &'static str,
}

impl Row for MoneyUnit {
    fn from_line(line: &Line<'_>) -> Result<Self, RuleError> {
        Ok(MoneyUnit {
            unit: line.get("unit")?,
            currency: line.get("currency")?,
        })
    }
}

/// A phrase of a rule table and what it stands for.
struct Phrase<T> {
    /// The phrase.
    text: &'static str,
    /// What the phrase stands for.
    value: T,
}

/// The phrases of a rule table indexed by their first character, so that the phrases that
/// may start at a position are found without looking at the others (`currency_at` runs
/// after every number, and the next word is most often no currency at all).
struct Phrases<T> {
    /// The phrases in table order.
    all: Vec<Phrase<T>>,
    /// Per first character, the indexes in `all` of the phrases that start with it, in order.
    by_first: HashMap<char, Vec<usize>>,
}

impl<T> Phrases<T> {
    fn new(all: Vec<Phrase<T>>) -> Self {
        let mut by_first: HashMap<char, Vec<usize>> = HashMap::new();
        for (i, phrase) in all.iter().enumerate() {
            if let Some(first) = phrase.text.chars().next() {
                by_first.entry(first).or_default().push(i);
            }
        }
        Phrases { all, by_first }
    }

    /// The phrases that start with `a` or with `b`, in table order.
    fn starting_with_either(&self, a: char, b: char) -> impl Iterator<Item = &Phrase<T>> {
        let list = |c: char| self.by_first.get(&c).map_or(&[][..], Vec::as_slice);
        let (mut x, mut y) = (list(a), if a == b { &[][..] } else { list(b) });
        // The two sorted index lists merged.
        std::iter::from_fn(move || {
            let take_x = match (x.first(), y.first()) {
                (Some(i), Some(j)) => i < j,
                (Some(_), None) => true,
                (None, Some(_)) => false,
                (None, None) => return None,
            };
            let side = if take_x { &mut x } else { &mut y };
            let (&i, rest) = side.split_first()?;
            *side = rest;
            self.all.get(i)
        })
    }
}

/// Currency words, longest first: lower-case surface and ISO 4217 code; a malformed table
/// (caught by the tests) yields none.
static MONEY_UNITS: LazyLock<Phrases<&'static str>> = LazyLock::new(|| {
    let rows: Vec<MoneyUnit> = MONEY_UNITS_TSV.load().unwrap_or_default();
    let all = longest_first(rows, |row| row.unit)
        .into_iter()
        .map(|row| Phrase {
            text: row.unit,
            value: row.currency,
        })
        .collect();
    Phrases::new(all)
});

/// Phrases that start with a currency word but are not a unit ("đồng chí").
static MONEY_NOT_UNITS: LazyLock<Phrases<()>> = LazyLock::new(|| {
    let rows: Vec<Word> = MONEY_NOT_UNITS_TSV.load().unwrap_or_default();
    let all = rows
        .into_iter()
        .map(|Word(text)| Phrase { text, value: () })
        .collect();
    Phrases::new(all)
});

/// The currency word at byte `pos` (after at most one space): its end and ISO code. After a
/// sure amount (`sure`: a scale word, "700 tỷ đồng tổ chức …", or digits grouped in
/// thousands) "đồng" is always the currency; after another number the phrases of
/// `money_not_units.tsv` are not ("5 đồng chí").
pub(super) fn currency_at(text: &str, pos: usize, sure: bool) -> Option<(usize, &'static str)> {
    let rest = text.get(pos..)?;
    let (skip, rest) = match rest.strip_prefix(' ') {
        Some(r) => (1, r),
        None => (0, rest),
    };
    // Only the phrases that start with the next letter can match (the next word is most
    // often no currency at all: "24 CĐCS", "1.199 đoàn viên").
    let next = rest.chars().next()?;
    let lower = lower_aligned_char(next);
    if !sure
        && MONEY_NOT_UNITS
            .starting_with_either(lower, next)
            .any(|p| word_ci(rest, p.text).is_some())
    {
        return None;
    }
    MONEY_UNITS
        .starting_with_either(lower, next)
        .find_map(|p| Some((pos + skip + word_ci(rest, p.text)?, p.value)))
}
