//! Quantities in text, shared by the money and member-count extractors: numbers written with
//! digits or words and their scale words ([`numbers`]), read at a place in the text with the
//! words around them.
//!
//! A quantity is read from an anchor (a digit run that starts a token, or the first of a run
//! of number words), with the qualifier written before it ("hơn", "gần", "hàng") and the
//! clause it stands in; what follows it (a currency, a unit noun) is the caller's business.
//!
//! - [`numbers`]: numerals ("27.152", "60,8"), scale words and number words, as pure parsers;
//! - `reading`: a quantity at a byte of the text (digits or words, with its scale words), and
//!   whether a digit run starts one (`rules/not_quantity_before.tsv`: "năm 2000", "số 5");
//! - `runs`: the digit runs of a document and the quantities they start, read once for
//!   the money and the member-count rules;
//! - `qualifiers`: the qualifier before a quantity (`rules/qualifiers.tsv`) and vague markers;
//! - `clause`: the clause around a quantity, and spans already covered;
//! - `words`: case-insensitive matching of lower-case rule phrases and word boundaries;
//! - `table`: what the quantity tables share on top of [`crate::rules`].

pub mod numbers;

pub(crate) mod clause;
pub(crate) mod qualifiers;
pub(crate) mod reading;
pub(crate) mod runs;
pub(crate) mod table;
pub(crate) mod words;
