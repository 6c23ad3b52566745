//! union-news: Vietnamese trade-union news in, structured records out.
//!
//! The stages meet at owned data types:
//!
//! 0. [`fetch`]: seeds (pages, feeds, sitemaps) are crawled politely into a page store
//!    (`DIR/pages/<host>/<key>.html` plus a `.meta.json` sidecar) that step 1 reads;
//! 1. [`article`]: a page (page text or HTML) becomes an [`article::Article`]: title,
//!    publication date, byline, body without boilerplate;
//! 2. [`normalize`]: NFC, one tone-mark placement, whitespace, quotes, dashes;
//! 3. [`extract`]: dates, money, member counts, organizations, people and events, each with
//!    its span in the normalized text;
//! 4. [`pipeline`]: inputs (files, JSONL, stdin) to [`record::Record`]s, in parallel;
//! 5. [`sink`]: records to JSONL, SQLite or PostgreSQL.
//!
//! # Example
//! ```
//! use union_news::pipeline::{article_record, InputArticle};
//!
//! let input = InputArticle::plain("demo", "Sáng 17/1/2024, LĐLĐ quận tổ chức hội nghị.");
//! let record = article_record(&input);
//! assert_eq!(record.id, "demo");
//! ```

pub mod article;
pub mod error;
pub mod eval;
pub mod extract;
pub mod fetch;
pub mod guard;
pub mod legacy;
pub mod normalize;
pub mod pipeline;
pub mod printable;
pub mod record;
pub mod report;
pub mod rules;
pub mod sink;

pub use error::{Error, Result};
