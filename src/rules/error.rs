//! What can be wrong with a rule table.

/// A rule table that does not load or does not keep the data rules. Every variant names the
/// table (its path under `src/`) and, where there is one, the line (from 1).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RuleError {
    /// Only comments and blank lines.
    #[error("{table}: no header line")]
    NoHeader {
        /// The table.
        table: &'static str,
    },
    /// The header names other columns than the table declares.
    #[error("{table} line {line}: header {found:?}, expected {expected:?}")]
    Header {
        /// The table.
        table: &'static str,
        /// The header's line.
        line: usize,
        /// The header as written.
        found: String,
        /// The declared columns, tab-separated.
        expected: String,
    },
    /// A row with more or fewer cells than columns.
    #[error("{table} line {line}: {found} cells, expected {expected}")]
    Columns {
        /// The table.
        table: &'static str,
        /// The row's line.
        line: usize,
        /// Its number of cells.
        found: usize,
        /// The number of columns.
        expected: usize,
    },
    /// A cell that does not parse as its column's type (a misspelt enum value, a bad date).
    #[error("{table} line {line}, column {column}: {value:?}: {reason}")]
    Cell {
        /// The table.
        table: &'static str,
        /// The row's line.
        line: usize,
        /// The column's name.
        column: &'static str,
        /// The cell as written.
        value: String,
        /// Why it does not parse.
        reason: String,
    },
    /// A row reader or key declaration names a column the table does not have.
    #[error("{table}: no column {column:?}")]
    NoColumn {
        /// The table.
        table: &'static str,
        /// The name asked for.
        column: String,
    },
    /// No `#` line saying what the table is, its source and revision.
    #[error("{table}: no comment line (what the table is, its source, its revision)")]
    Undocumented {
        /// The table.
        table: &'static str,
    },
    /// A line that is not in Unicode normalization form C.
    #[error("{table} line {line}: not NFC")]
    NotNfc {
        /// The table.
        table: &'static str,
        /// The line.
        line: usize,
    },
    /// A header and no rows.
    #[error("{table}: no rows")]
    NoRows {
        /// The table.
        table: &'static str,
    },
    /// An empty cell (write `-`) or one with spaces around it.
    #[error("{table} line {line}, column {column}: empty or space-padded cell {value:?}")]
    Blank {
        /// The table.
        table: &'static str,
        /// The row's line.
        line: usize,
        /// The column's name.
        column: &'static str,
        /// The cell as written.
        value: String,
    },
    /// A row whose key sorts before the key of the row above.
    #[error("{table} line {line}: key {key:?} is out of order (rows are sorted by {columns})")]
    Unsorted {
        /// The table.
        table: &'static str,
        /// The row's line.
        line: usize,
        /// Its key cells, tab-separated.
        key: String,
        /// The key columns.
        columns: String,
    },
    /// A row with the same key as the row above.
    #[error("{table} line {line}: duplicate key {key:?}")]
    Duplicate {
        /// The table.
        table: &'static str,
        /// The row's line.
        line: usize,
        /// Its key cells, tab-separated.
        key: String,
    },
}
