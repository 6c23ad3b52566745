//! union-news: Vietnamese trade-union news in, structured records out.
//!
//! The stages meet at owned data types:
//!
//! 0. [`fetch`]: seeds (pages, feeds, sitemaps) are crawled politely into a page store
//!    (`DIR/pages/<host>/<key>.html` plus a `.meta.json` sidecar, [`input::sidecar`]);
//! 1. [`input`]: files, directories, JSONL lines and standard input become
//!    [`input::InputArticle`]s (id, source, content, declared dates, reading warnings);
//! 2. [`record::article_record`] turns one into a [`record::Record`], purely:
//!    - [`article`]: a page (page text or HTML) becomes an [`article::Article`]: title,
//!      publication date, byline, body without boilerplate;
//!    - [`normalize`]: NFC, one tone-mark placement, whitespace, quotes, dashes;
//!    - [`extract`]: dates, money, member counts, organizations, people and events, each
//!      with its span in the normalized text;
//!    - what cannot be done is a typed [`record::Warning`];
//! 3. [`sink`]: records to JSONL ([`sink::jsonl`]), SQLite or PostgreSQL.
//!
//! [`batch`] runs steps 1–2 over many inputs in parallel, in input order, handing the
//! records on to the sinks. I/O happens in [`fetch`], [`input`] (and [`batch`], which reads
//! JSONL files through it) and [`sink`]; everything between is pure.
//!
//! # Example
//! ```
//! use union_news::input::InputArticle;
//! use union_news::record::article_record;
//!
//! let input = InputArticle::plain("demo", "Sáng 17/1/2024, LĐLĐ quận tổ chức hội nghị.");
//! let record = article_record(&input);
//! assert_eq!(record.id, "demo");
//! ```

pub mod article;
pub mod batch;
pub mod dedup;
pub mod digest;
pub mod error;
pub mod eval;
pub mod extract;
#[cfg(feature = "crawl")]
pub mod fetch;
pub mod guard;
pub mod input;
pub mod legacy;
pub mod normalize;
pub mod printable;
pub mod record;
#[cfg(all(feature = "sqlite", feature = "postgres"))]
pub mod report;
pub mod rules;
pub mod sink;
#[cfg(test)]
mod test_rng;

pub use error::{Error, Result};
