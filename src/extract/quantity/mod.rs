//! Quantities in text, shared by the money and member-count extractors: numbers written with
//! digits or words and their scale words ([`numbers`]), read at a place in the text with the
//! words around them.
//!
//! A quantity is read from an anchor (a digit run that starts a token, or the first of a run
//! of number words), with the qualifier written before it ("hơn", "gần", "hàng") and the
//! clause it stands in; what follows it (a currency, a unit noun) is the caller's business.

pub mod numbers;

pub(crate) mod clause;
pub(crate) mod qualifiers;
pub(crate) mod reading;
pub(crate) mod table;
pub(crate) mod words;
