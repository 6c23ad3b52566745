//! Rule data: the TSV tables the extractors and the HTML heuristics read, and the one loader
//! they all go through.
//!
//! A table is declared once, as a [`Table`]: its file, its text (`include_str!`), its columns
//! and its key. A reader gets typed rows from [`Table::load`] by implementing [`Row`] for its
//! row type with [`Line::get`]; cells parse through [`FromCell`] (text, `-` as `None`,
//! `yes`/`no`, dates, numbers, [`List`]s, and enums declared with [`cell_enum!`]), so a
//! misspelt value is a load error that names the table, the line and the column.
//!
//! [`TABLES`] registers every table with its row type, and one test checks them all: the
//! header as declared, a comment line, NFC, no empty or space-padded cell, rows sorted by
//! the key and no key twice ([`Table::lint`]), and every row parsing. Another test fails
//! while a `*.tsv` under `src/` is not registered.
//!
//! # Adding a table
//! 1. Write the file: `#` comment lines (what it is, its source, its revision date), the
//!    header, rows sorted by the key, `-` for an empty cell.
//! 2. Declare a `static` [`Table`] beside its reader, and a row type implementing [`Row`].
//! 3. Add one line to [`TABLES`]: `Entry::typed::<MyRow>(&my_module::MY_TABLE),`.
//!
//! # Example
//! ```
//! use union_news::rules::{Line, Row, RuleError, Table};
//!
//! static UNITS: Table = Table::new(
//!     "units.tsv",
//!     "# currency words; revised 2026-12-05\nunit\tcurrency\tplural\nđô la\tUSD\tđô\nđồng\tVND\t-\n",
//!     &["unit", "currency", "plural"],
//!     &["unit"],
//! );
//!
//! struct Unit {
//!     unit: &'static str,
//!     plural: Option<String>,
//! }
//!
//! impl Row for Unit {
//!     fn from_line(line: &Line<'_>) -> Result<Self, RuleError> {
//!         Ok(Unit { unit: line.get("unit")?, plural: line.get("plural")? })
//!     }
//! }
//!
//! let units: Vec<Unit> = UNITS.load()?;
//! assert_eq!(units[0].unit, "đô la");
//! assert_eq!(units[1].plural, None);
//! UNITS.lint()?;
//! # Ok::<(), RuleError>(())
//! ```

mod cell;
mod error;
mod table;

pub use crate::cell_enum;
pub use cell::{FromCell, List};
pub use error::RuleError;
pub use table::{Line, Row, Table};

use crate::article::html::SITES;
use crate::extract::{events, lexicon, orgs};

/// One registered table with its row type.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    /// The table.
    pub table: &'static Table,
    parse: fn(&Table) -> Result<usize, RuleError>,
}

impl Entry {
    /// A table read as rows of type `R`.
    pub const fn typed<R: Row>(table: &'static Table) -> Self {
        Self {
            table,
            parse: count_rows::<R>,
        }
    }

    /// A table whose reader does not use typed rows yet: its cells are checked for count
    /// only.
    pub const fn untyped(table: &'static Table) -> Self {
        Self::typed::<Vec<&'static str>>(table)
    }

    /// Lints the table and loads every row; returns the number of rows.
    ///
    /// # Errors
    /// The first problem [`Table::lint`] or [`Table::load`] finds.
    pub fn check(&self) -> Result<usize, RuleError> {
        self.table.lint()?;
        (self.parse)(self.table)
    }
}

fn count_rows<R: Row>(table: &Table) -> Result<usize, RuleError> {
    table.load::<R>().map(|rows| rows.len())
}

/// Every rule table of the crate, with its row type.
pub static TABLES: &[Entry] = &[
    Entry::typed::<crate::article::html::SiteRule>(&SITES),
    Entry::typed::<crate::extract::counts::CategoryCue>(
        &crate::extract::counts::COUNT_CATEGORIES_TSV,
    ),
    Entry::typed::<crate::extract::counts::UnitPhrase>(&crate::extract::counts::COUNT_UNITS_TSV),
    Entry::typed::<crate::extract::quantity::table::Word>(
        &crate::extract::counts::COUNT_WEAK_ALONE_TSV,
    ),
    Entry::typed::<crate::extract::quantity::table::Word>(
        &crate::extract::counts::COUNT_UNION_ACTIVITY_TSV,
    ),
    Entry::typed::<crate::extract::dates::OffsetWord>(&crate::extract::dates::DATE_OFFSETS_TSV),
    Entry::typed::<crate::extract::dates::DateWord>(&crate::extract::dates::DATE_WORDS_TSV),
    Entry::typed::<crate::extract::dates::TetDay>(&crate::extract::dates::TET_DAYS_TSV),
    Entry::typed::<crate::extract::dates::Observance>(&crate::extract::dates::OBSERVANCE_YEARS_TSV),
    Entry::typed::<crate::extract::money::ContextWord>(&crate::extract::money::MONEY_CONTEXT_TSV),
    Entry::typed::<crate::extract::money::FromCue>(&crate::extract::money::MONEY_FROM_CUES_TSV),
    Entry::typed::<crate::extract::quantity::table::Word>(
        &crate::extract::money::MONEY_NOT_UNITS_TSV,
    ),
    Entry::typed::<crate::extract::money::MoneyUnit>(&crate::extract::money::MONEY_UNITS_TSV),
    Entry::typed::<crate::extract::quantity::reading::NotQuantityBefore>(
        &crate::extract::quantity::reading::NOT_QUANTITY_BEFORE_TSV,
    ),
    Entry::typed::<crate::extract::quantity::qualifiers::QualifierRow>(
        &crate::extract::quantity::qualifiers::QUALIFIERS_TSV,
    ),
    Entry::typed::<crate::extract::quantity::table::Word>(
        &crate::extract::quantity::numbers::SCALE_COMPOUNDS_TSV,
    ),
    Entry::typed::<lexicon::Abbreviation>(&lexicon::ABBREVIATIONS),
    Entry::typed::<lexicon::District>(&lexicon::DISTRICTS),
    Entry::typed::<lexicon::District>(&lexicon::DISTRICT_UNITS),
    Entry::typed::<lexicon::Province>(&lexicon::PROVINCES),
    Entry::typed::<lexicon::Phrase>(&lexicon::ROLES),
    Entry::typed::<lexicon::Phrase>(&lexicon::SECTORS),
    Entry::typed::<lexicon::Phrase>(&lexicon::SURNAMES),
    Entry::typed::<lexicon::Phrase>(&crate::extract::text::GLUED_STOP_ABBREVIATIONS),
    Entry::typed::<orgs::HeadRow>(&orgs::ORG_HEADS),
    Entry::typed::<orgs::LevelRow>(&orgs::ADMIN_LEVELS),
    Entry::typed::<orgs::WordRow>(&orgs::ORG_WORDS),
    Entry::typed::<orgs::MediumRow>(&orgs::MEDIA),
    Entry::typed::<orgs::BroadcasterRow>(&orgs::BROADCASTERS),
    Entry::typed::<orgs::OrgNameRow>(&orgs::ORG_NAMES),
    Entry::typed::<orgs::ContinuationRow>(&orgs::ORG_CONTINUATIONS),
    Entry::typed::<orgs::CompoundRow>(&orgs::ORG_COMPOUNDS),
    Entry::typed::<orgs::LeadCaseRow>(&orgs::ORG_LEAD_CASE),
    Entry::typed::<orgs::SectorShortRow>(&orgs::SECTOR_SHORT_NAMES),
    Entry::typed::<lexicon::Phrase>(&crate::extract::people::PERSON_TITLES),
    Entry::typed::<lexicon::Phrase>(&crate::extract::people::ROLE_STOPS),
    Entry::typed::<lexicon::Phrase>(&crate::extract::people::ROLE_UNIT_NOUNS),
    Entry::typed::<lexicon::Phrase>(&crate::extract::people::NAME_NOT_AFTER),
    Entry::typed::<lexicon::Phrase>(&crate::extract::people::FOREIGN_PLACES),
    Entry::typed::<lexicon::Phrase>(&crate::extract::people::FOREIGN_NAME_PARTICLES),
    Entry::typed::<lexicon::Phrase>(&crate::extract::people::STAGE_OCCUPATIONS),
    Entry::typed::<lexicon::Phrase>(&crate::extract::people::NAME_CUES),
    Entry::typed::<lexicon::Phrase>(&crate::extract::people::NAME_CUE_NOT_NAMES),
    Entry::typed::<lexicon::Phrase>(&crate::extract::people::ROLE_COUNTRIES),
    Entry::typed::<lexicon::Phrase>(&crate::extract::people::FOREIGN_NOT_NAMES),
    Entry::typed::<lexicon::Phrase>(&crate::extract::people::KOREAN_SURNAMES),
    Entry::typed::<lexicon::Phrase>(&crate::extract::people::ROLE_NO_END),
    Entry::typed::<lexicon::Phrase>(&crate::extract::people::CLAUSE_OPENING_PAIRS),
    Entry::typed::<lexicon::Phrase>(&crate::extract::people::PERSON_VERBS),
    Entry::typed::<lexicon::Phrase>(&crate::extract::people::YEAR_NAMES),
    Entry::typed::<lexicon::Phrase>(&crate::extract::people::MIDDLE_NAMES),
    Entry::typed::<lexicon::Phrase>(&crate::extract::people::PERSON_NOUNS),
    Entry::typed::<lexicon::Phrase>(&crate::extract::people::STREET_NAMES),
    Entry::typed::<events::triggers::TriggerRow>(&events::triggers::EVENT_TRIGGERS),
    Entry::typed::<events::words::EventWordRow>(&events::words::EVENT_WORDS),
];

#[cfg(test)]
mod tests;
