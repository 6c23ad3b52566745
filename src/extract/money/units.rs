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
    &["unit", "currency", "alone"],
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
    /// Whether the word is the currency after any number; when not, only after a sure
    /// amount or before a "/" rate ("75 triệu bảng", "80 bảng/phút"; "3 bảng E" is a group).
    pub alone: bool,
}

impl Row for MoneyUnit {
    fn from_line(line: &Line<'_>) -> Result<Self, RuleError> {
        Ok(MoneyUnit {
            unit: line.get("unit")?,
            currency: line.get("currency")?,
            alone: line.get("alone")?,
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
    /// Per first character (sorted, for a binary search: cheaper than hashing the character
    /// after every number), the indexes in `all` of the phrases that start with it, in order.
    by_first: Vec<(char, Vec<usize>)>,
}

impl<T> Phrases<T> {
    fn new(all: Vec<Phrase<T>>) -> Self {
        let mut by_first: Vec<(char, Vec<usize>)> = Vec::new();
        for (i, phrase) in all.iter().enumerate() {
            if let Some(first) = phrase.text.chars().next() {
                match by_first.binary_search_by_key(&first, |(c, _)| *c) {
                    Ok(at) => by_first[at].1.push(i),
                    Err(at) => by_first.insert(at, (first, vec![i])),
                }
            }
        }
        Phrases { all, by_first }
    }

    /// The phrases that start with `a` or with `b`, in table order.
    fn starting_with_either(&self, a: char, b: char) -> impl Iterator<Item = &Phrase<T>> {
        let list = |c: char| {
            self.by_first
                .binary_search_by_key(&c, |(first, _)| *first)
                .map_or(&[][..], |at| self.by_first[at].1.as_slice())
        };
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

/// Currency words, longest first: lower-case surface, ISO 4217 code and whether the word is
/// the currency after any number; a malformed table (caught by the tests) yields none.
static MONEY_UNITS: LazyLock<Phrases<(&'static str, bool)>> = LazyLock::new(|| {
    let rows: Vec<MoneyUnit> = MONEY_UNITS_TSV.load().unwrap_or_default();
    let all = longest_first(rows, |row| row.unit)
        .into_iter()
        .map(|row| Phrase {
            text: row.unit,
            value: (row.currency, row.alone),
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
/// `money_not_units.tsv` are not ("5 đồng chí"), and the words that are no currency alone
/// (`alone` "no": "bảng") are one only before a "/" rate ("80 bảng/phút"; "xếp thứ 3 bảng E").
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
    MONEY_UNITS.starting_with_either(lower, next).find_map(|p| {
        let n = word_ci(rest, p.text)?;
        let (currency, alone) = p.value;
        (alone || sure || rest.get(n..).is_some_and(|r| r.starts_with('/')))
            .then_some((pos + skip + n, currency))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The phrases found through the sorted index are those of the whole table that start
    /// with either character, in table order: for every character below U+2000 and of Latin
    /// Extended Additional with its aligned lower case, in both tables.
    #[test]
    fn index_by_first_character_finds_the_phrases_of_the_table() {
        fn same<T>(phrases: &Phrases<T>, a: char, b: char) {
            let indexed: Vec<&str> = phrases.starting_with_either(a, b).map(|p| p.text).collect();
            let all: Vec<&str> = (phrases.all.iter())
                .filter(|p| p.text.starts_with(a) || p.text.starts_with(b))
                .map(|p| p.text)
                .collect();
            assert_eq!(indexed, all, "{a:?} {b:?}");
        }
        let chars = (0..0x2000u32)
            .chain(0x1E00..0x1F00)
            .filter_map(char::from_u32);
        for c in chars {
            same(&MONEY_UNITS, lower_aligned_char(c), c);
            same(&MONEY_NOT_UNITS, lower_aligned_char(c), c);
        }
        assert!(MONEY_UNITS.all.len() > 5 && !MONEY_NOT_UNITS.all.is_empty());
    }
}
