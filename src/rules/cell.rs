//! Typed cells: [`FromCell`] turns one cell's text into a value, and [`cell_enum!`]
//! declares an enum whose spellings are a column's only allowed values.

use std::str::FromStr;

use chrono::NaiveDate;

/// A value read from one cell of a rule table.
///
/// The error is the reason only ("unknown value; expected one of …"); [`Line::get`] adds the
/// table, line and column.
///
/// [`Line::get`]: super::Line::get
pub trait FromCell: Sized {
    /// Parses `cell`.
    ///
    /// # Errors
    /// Why the cell is not a `Self`.
    fn from_cell(cell: &'static str) -> Result<Self, String>;
}

/// The cell as written.
impl FromCell for &'static str {
    fn from_cell(cell: &'static str) -> Result<Self, String> {
        Ok(cell)
    }
}

/// The cell as written.
impl FromCell for String {
    fn from_cell(cell: &'static str) -> Result<Self, String> {
        Ok(cell.to_string())
    }
}

/// `-` is no value; anything else must parse as a `T`.
impl<T: FromCell> FromCell for Option<T> {
    fn from_cell(cell: &'static str) -> Result<Self, String> {
        if cell == "-" {
            Ok(None)
        } else {
            T::from_cell(cell).map(Some)
        }
    }
}

/// `yes` or `no`.
impl FromCell for bool {
    fn from_cell(cell: &'static str) -> Result<Self, String> {
        match cell {
            "yes" => Ok(true),
            "no" => Ok(false),
            _ => Err("expected yes or no".to_string()),
        }
    }
}

/// A date as `YYYY-MM-DD`.
impl FromCell for NaiveDate {
    fn from_cell(cell: &'static str) -> Result<Self, String> {
        NaiveDate::parse_from_str(cell, "%Y-%m-%d").map_err(|err| format!("not a date: {err}"))
    }
}

macro_rules! from_str_cells {
    ($($number:ty),+) => {$(
        /// A decimal number.
        impl FromCell for $number {
            fn from_cell(cell: &'static str) -> Result<Self, String> {
                <$number>::from_str(cell).map_err(|err| err.to_string())
            }
        }
    )+};
}
from_str_cells!(u8, u16, u32, usize, i32, f64);

/// A list in one cell, its items separated by `SEP` (`cue,money_follower`;
/// `TP.HCM|TPHCM|Sài Gòn` with `SEP = '|'`); every item must parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct List<T, const SEP: char = ','>(pub Vec<T>);

impl<T: FromCell, const SEP: char> FromCell for List<T, SEP> {
    fn from_cell(cell: &'static str) -> Result<Self, String> {
        cell.split(SEP)
            .map(T::from_cell)
            .collect::<Result<_, _>>()
            .map(List)
    }
}

/// Declares an enum read from a rule-table column: each variant with its spelling in the
/// table. It implements [`FromCell`], so a misspelt value is a load error naming the
/// table, line, column and the allowed spellings; `as_str` gives the spelling back, and
/// `ALL` lists every variant with its spelling. The enum's derives are the caller's
/// (`as_str` takes `&self`).
///
/// ```
/// union_news::rules::cell_enum! {
///     /// Whether a word counts.
///     #[derive(Debug, Clone, Copy, PartialEq, Eq)]
///     pub enum Use {
///         /// It counts.
///         Counted = "counted",
///         /// It does not.
///         Skipped = "skipped",
///     }
/// }
/// use union_news::rules::FromCell;
/// assert_eq!(Use::from_cell("skipped"), Ok(Use::Skipped));
/// assert_eq!(Use::Counted.as_str(), "counted");
/// assert!(Use::from_cell("skiped").is_err());
/// ```
#[macro_export]
macro_rules! cell_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $($(#[$variant_meta:meta])* $variant:ident = $spelling:literal),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $($(#[$variant_meta])* $variant),+
        }

        impl $name {
            /// Every value with its spelling in the rule tables, in declaration order.
            #[allow(dead_code)]
            $vis const ALL: &'static [($name, &'static str)] = &[$(($name::$variant, $spelling)),+];

            /// The value's spelling in the rule tables.
            #[allow(dead_code)]
            $vis fn as_str(&self) -> &'static str {
                match self {
                    $($name::$variant => $spelling),+
                }
            }
        }

        impl $crate::rules::FromCell for $name {
            fn from_cell(cell: &'static str) -> ::std::result::Result<Self, ::std::string::String> {
                match cell {
                    $($spelling => Ok($name::$variant),)+
                    _ => Err(format!(
                        "unknown value; expected one of {}",
                        [$($spelling),+].join(", ")
                    )),
                }
            }
        }
    };
}
