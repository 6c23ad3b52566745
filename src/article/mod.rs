//! Page → article: the title, publication date, byline and body of one news article, without
//! navigation, related-news lists and other boilerplate.
//!
//! Two front ends produce an [`Article`]: [`from_page_text`] for text saved from a page (the
//! seed files), and [`html::from_html`] for saved or fetched HTML. Text inputs may still hold
//! HTML character references (`&#224;`); [`decode_char_refs`] resolves them first. Their
//! thresholds are one [`Config`]; `from_html_with` and [`from_page_text_with`] take another
//! than the default.

mod charref;
pub mod config;
pub mod html;
mod pagetext;

pub use charref::{decode_char_refs, CharRefs};
pub use config::Config;
pub use pagetext::{from_page_text, from_page_text_with, furniture_lines};

/// An article separated from its page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Article {
    /// The headline as written, if found.
    pub title: Option<String>,
    /// Publication date as ISO `YYYY-MM-DD`, or RFC 3339 when the page gives a time.
    pub published: Option<String>,
    /// Byline as written.
    pub byline: Option<String>,
    /// Section or category of the site, when the page names one.
    pub section: Option<String>,
    /// Canonical URL, when the page names one.
    pub canonical_url: Option<String>,
    /// The body: paragraphs separated by blank lines, captions kept as text.
    pub body: String,
    /// What could not be done ("no body found", "not an article page").
    pub warnings: Vec<String>,
}
