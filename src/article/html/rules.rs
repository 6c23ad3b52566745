//! Per-site rules, as data: `src/article/rules/sites.tsv` maps a host to CSS selectors for
//! the body, title, date and byline, and for boxes to remove, where the generic extraction is
//! not enough. `-` means "no rule, use the generic extraction". The table goes through the
//! crate's rule loader ([`crate::rules`]), so a selector that does not compile is a load error
//! naming its line and column.

use std::sync::LazyLock;

use scraper::Selector;

use crate::rules::{FromCell, Line, Row, RuleError, Table};

/// The rule table, embedded: sorted by host.
pub(crate) static SITES: Table = Table::new(
    "article/rules/sites.tsv",
    include_str!("../rules/sites.tsv"),
    &["host", "title", "date", "byline", "body", "remove"],
    &["host"],
);

/// Selectors for one site.
#[derive(Debug)]
pub(crate) struct SiteRule {
    /// Host the rule is for; also matches its subdomains (`m.`, `www.`).
    pub host: String,
    /// The body container(s).
    pub body: Option<Selector>,
    /// The headline element.
    pub title: Option<Selector>,
    /// The element holding the publication date.
    pub date: Option<Selector>,
    /// The byline element.
    pub byline: Option<Selector>,
    /// Boxes to drop before extraction.
    pub remove: Option<Selector>,
}

impl Row for SiteRule {
    fn from_line(line: &Line<'_>) -> Result<Self, RuleError> {
        Ok(SiteRule {
            host: line.get::<&str>("host")?.to_lowercase(),
            title: line.get("title")?,
            date: line.get("date")?,
            byline: line.get("byline")?,
            body: line.get("body")?,
            remove: line.get("remove")?,
        })
    }
}

/// A CSS selector.
impl FromCell for Selector {
    fn from_cell(cell: &'static str) -> Result<Self, String> {
        Selector::parse(cell).map_err(|err| format!("bad selector: {err}"))
    }
}

/// The embedded rules; a malformed table (caught by the tests) yields no rules.
static RULES: LazyLock<Vec<SiteRule>> = LazyLock::new(|| SITES.load().unwrap_or_default());

/// The rule for `host` or one of its parent domains.
pub(crate) fn for_host(host: &str) -> Option<&'static SiteRule> {
    let host = host.to_lowercase();
    RULES.iter().find(|rule| {
        host == rule.host
            || host
                .strip_suffix(rule.host.as_str())
                .is_some_and(|prefix| prefix.ends_with('.'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_loads() {
        let rules: Vec<SiteRule> = SITES.load().unwrap_or_else(|e| panic!("{e}"));
        assert!(!rules.is_empty());
        assert_eq!(rules.len(), RULES.len());
    }

    #[test]
    fn subdomains_match_their_site() {
        let host = RULES.first().map(|r| r.host.clone()).unwrap_or_default();
        assert!(for_host(&format!("m.{host}")).is_some());
        assert!(for_host(&format!("x{host}")).is_none());
    }

    #[test]
    fn a_selector_that_does_not_compile_is_a_load_error() {
        static BAD: Table = Table::new(
            "sites.tsv",
            "# test\nhost\ttitle\tdate\tbyline\tbody\tremove\na.vn\t-\t-\t-\tdiv[\t-\n",
            &["host", "title", "date", "byline", "body", "remove"],
            &["host"],
        );
        let err = BAD.load::<SiteRule>().err();
        assert!(
            matches!(
                err,
                Some(RuleError::Cell {
                    line: 3,
                    column: "body",
                    ..
                })
            ),
            "{err:?}"
        );
    }
}
