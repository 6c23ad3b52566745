//! Currency words after an amount (`rules/money_units.tsv`) and the phrases that start like
//! one but are not (`rules/money_not_units.tsv`: "5 đồng chí").

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

/// A phrase of a rule table with its first character, so that the phrases that may start
/// at a position are found by comparing one `char` each instead of a prefix comparison
/// (`currency_at` runs after every number).
struct Phrase<T> {
    /// The phrase's first character (`None` only for an empty phrase, which the table test
    /// rules out).
    first: Option<char>,
    /// The phrase.
    text: &'static str,
    /// What the phrase stands for.
    value: T,
}

impl<T> Phrase<T> {
    fn new(text: &'static str, value: T) -> Self {
        Phrase {
            first: text.chars().next(),
            text,
            value,
        }
    }

    /// Whether the phrase starts with `a` or with `b`.
    fn starts_with_either(&self, a: char, b: char) -> bool {
        self.first.is_some_and(|f| f == a || f == b)
    }
}

/// Currency words, longest first: lower-case surface and ISO 4217 code; a malformed table
/// (caught by the tests) yields none.
static MONEY_UNITS: LazyLock<Vec<Phrase<&'static str>>> = LazyLock::new(|| {
    let rows: Vec<MoneyUnit> = MONEY_UNITS_TSV.load().unwrap_or_default();
    longest_first(rows, |row| row.unit)
        .into_iter()
        .map(|row| Phrase::new(row.unit, row.currency))
        .collect()
});

/// Phrases that start with a currency word but are not a unit ("đồng chí").
static MONEY_NOT_UNITS: LazyLock<Vec<Phrase<()>>> = LazyLock::new(|| {
    let rows: Vec<Word> = MONEY_NOT_UNITS_TSV.load().unwrap_or_default();
    rows.into_iter().map(|Word(w)| Phrase::new(w, ())).collect()
});

/// The currency word at byte `pos` (after at most one space): its end and ISO code. After a
/// scale word "đồng" is always the currency ("700 tỷ đồng tổ chức …"); after a bare number
/// the phrases of `money_not_units.tsv` are not ("5 đồng chí").
pub(super) fn currency_at(text: &str, pos: usize, scaled: bool) -> Option<(usize, &'static str)> {
    let rest = text.get(pos..)?;
    let (skip, rest) = match rest.strip_prefix(' ') {
        Some(r) => (1, r),
        None => (0, rest),
    };
    // Only the phrases that start with the next letter can match (the next word is most
    // often no currency at all: "24 CĐCS", "1.199 đoàn viên").
    let next = rest.chars().next()?;
    let lower = lower_aligned_char(next);
    if !scaled
        && MONEY_NOT_UNITS
            .iter()
            .filter(|p| p.starts_with_either(lower, next))
            .any(|p| word_ci(rest, p.text).is_some())
    {
        return None;
    }
    MONEY_UNITS
        .iter()
        .filter(|p| p.starts_with_either(lower, next))
        .find_map(|p| Some((pos + skip + word_ci(rest, p.text)?, p.value)))
}
