//! A rule table: its text, declared columns and key; the loader that turns its lines into
//! typed rows; and the lint that the table test runs over every table.

use std::cmp::Ordering;

use super::cell::FromCell;
use super::RuleError;

/// One embedded TSV rule table and what it declares about itself.
///
/// The text is UTF-8: `#` lines are comments (what the table is, its source, its revision
/// date) and may stand anywhere; blank lines are skipped; the first other line is the header,
/// which must name [`Table::columns`] in order; every line after it is a row of exactly that
/// many tab-separated cells. `-` marks an empty cell.
#[derive(Debug)]
pub struct Table {
    /// The file, relative to `src/` ("extract/rules/money_units.tsv"); errors name it.
    pub name: &'static str,
    /// The whole text, usually `include_str!`.
    pub text: &'static str,
    /// The column names, in order, as the header line must give them.
    pub columns: &'static [&'static str],
    /// The columns that make a row's key, compared in this order: the rows are sorted by it
    /// (byte order) and no two rows share it.
    pub key: &'static [&'static str],
}

/// A row of a table: its line number and its cells, checked against the header.
#[derive(Debug, Clone)]
pub struct Line<'t> {
    table: &'t Table,
    number: usize,
    cells: Vec<&'static str>,
}

/// A typed row of one table, built from a [`Line`] with [`Line::get`].
pub trait Row: Sized {
    /// Reads one row.
    ///
    /// # Errors
    /// A [`RuleError`] naming the line and the column whose cell does not parse.
    fn from_line(line: &Line<'_>) -> Result<Self, RuleError>;
}

/// The raw cells (`-` kept as is), for a table whose reader does not yet have a typed row.
impl Row for Vec<&'static str> {
    fn from_line(line: &Line<'_>) -> Result<Self, RuleError> {
        Ok(line.cells.clone())
    }
}

impl Table {
    /// Declares a table.
    pub const fn new(
        name: &'static str,
        text: &'static str,
        columns: &'static [&'static str],
        key: &'static [&'static str],
    ) -> Self {
        Self {
            name,
            text,
            columns,
            key,
        }
    }

    /// Every row as a typed `R`, in table order.
    ///
    /// # Errors
    /// The first structural error (no header, a header other than declared, a row with the
    /// wrong number of cells) or the first cell that does not parse as its column's type.
    pub fn load<R: Row>(&self) -> Result<Vec<R>, RuleError> {
        self.lines()?.iter().map(R::from_line).collect()
    }

    /// The rows, after the header is checked, each with the number of cells declared.
    ///
    /// # Errors
    /// No header, a header other than [`Table::columns`], or a row with another cell count.
    pub fn lines(&self) -> Result<Vec<Line<'_>>, RuleError> {
        let mut content = self
            .text
            .lines()
            .enumerate()
            .map(|(index, text)| (index + 1, text))
            .filter(|(_, text)| !text.starts_with('#') && !text.trim().is_empty());
        let (number, header) = content
            .next()
            .ok_or(RuleError::NoHeader { table: self.name })?;
        if !header.split('\t').eq(self.columns.iter().copied()) {
            return Err(RuleError::Header {
                table: self.name,
                line: number,
                found: header.to_string(),
                expected: self.columns.join("\t"),
            });
        }
        content
            .map(|(number, text)| {
                let cells: Vec<&'static str> = text.split('\t').collect();
                if cells.len() == self.columns.len() {
                    Ok(Line {
                        table: self,
                        number,
                        cells,
                    })
                } else {
                    Err(RuleError::Columns {
                        table: self.name,
                        line: number,
                        found: cells.len(),
                        expected: self.columns.len(),
                    })
                }
            })
            .collect()
    }

    /// Checks what the loader does not need but the data must keep: a comment line, NFC
    /// text, at least one row, no empty or space-padded cell, rows sorted by the key and no
    /// key twice. The table test runs it over every registered table.
    ///
    /// # Errors
    /// The first problem found.
    pub fn lint(&self) -> Result<(), RuleError> {
        if !self.text.lines().any(|text| text.starts_with('#')) {
            return Err(RuleError::Undocumented { table: self.name });
        }
        if let Some(index) = self
            .text
            .lines()
            .position(|text| !unicode_normalization::is_nfc(text))
        {
            return Err(RuleError::NotNfc {
                table: self.name,
                line: index + 1,
            });
        }
        let key: Vec<usize> = self
            .key
            .iter()
            .map(|column| self.column(column).map(|(index, _)| index))
            .collect::<Result<_, _>>()?;
        let lines = self.lines()?;
        if lines.is_empty() {
            return Err(RuleError::NoRows { table: self.name });
        }
        let mut previous: Option<Vec<&str>> = None;
        for line in &lines {
            line.lint_cells()?;
            let this: Vec<&str> = key.iter().map(|&index| line.cell(index)).collect();
            match previous.as_ref().map(|before| before.cmp(&this)) {
                Some(Ordering::Greater) => {
                    return Err(RuleError::Unsorted {
                        table: self.name,
                        line: line.number,
                        key: this.join("\t"),
                        columns: self.key.join(", "),
                    })
                }
                Some(Ordering::Equal) => {
                    return Err(RuleError::Duplicate {
                        table: self.name,
                        line: line.number,
                        key: this.join("\t"),
                    })
                }
                _ => {}
            }
            previous = Some(this);
        }
        Ok(())
    }

    /// The index and declared name of `column`.
    fn column(&self, column: &str) -> Result<(usize, &'static str), RuleError> {
        self.columns
            .iter()
            .copied()
            .enumerate()
            .find(|(_, name)| *name == column)
            .ok_or_else(|| RuleError::NoColumn {
                table: self.name,
                column: column.to_string(),
            })
    }
}

impl Line<'_> {
    /// The line's number in the file, from 1.
    pub fn number(&self) -> usize {
        self.number
    }

    /// The cells, as written (`-` kept).
    pub fn cells(&self) -> &[&'static str] {
        &self.cells
    }

    /// The cell of `column`, parsed as a `T`.
    ///
    /// # Errors
    /// [`RuleError::Cell`] naming the table, line and column when the cell does not parse;
    /// [`RuleError::NoColumn`] when the table declares no such column.
    pub fn get<T: FromCell>(&self, column: &str) -> Result<T, RuleError> {
        let (index, column) = self.table.column(column)?;
        let cell = self.cell(index);
        T::from_cell(cell).map_err(|reason| RuleError::Cell {
            table: self.table.name,
            line: self.number,
            column,
            value: cell.to_string(),
            reason,
        })
    }

    fn cell(&self, index: usize) -> &'static str {
        self.cells.get(index).copied().unwrap_or_default()
    }

    fn lint_cells(&self) -> Result<(), RuleError> {
        for (cell, column) in self.cells.iter().zip(self.table.columns) {
            if cell.is_empty() || cell.trim() != *cell {
                return Err(RuleError::Blank {
                    table: self.table.name,
                    line: self.number,
                    column,
                    value: cell.to_string(),
                });
            }
        }
        Ok(())
    }
}
