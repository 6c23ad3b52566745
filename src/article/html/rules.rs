//! Per-site rules, as data: `src/article/rules/sites.tsv` maps a host to CSS selectors for
//! the body, title, date and byline, and for boxes to remove, where the generic extraction is
//! not enough. Empty cells and `-` mean "no rule, use the generic extraction".

use std::sync::LazyLock;

use scraper::Selector;

/// The rule table, embedded.
pub(crate) const SITES_TSV: &str = include_str!("../rules/sites.tsv");

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

/// A malformed rule line.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct RuleError {
    pub line: usize,
    pub message: String,
}

/// Parses the rule table (header line first; `#` lines are comments).
pub(crate) fn parse(tsv: &str) -> Result<Vec<SiteRule>, RuleError> {
    let mut rules = Vec::new();
    let mut lines = tsv.lines().enumerate().filter(|(_, l)| !l.starts_with('#'));
    let header = lines.next().map(|(_, l)| l).unwrap_or_default();
    if header != "host\ttitle\tdate\tbyline\tbody\tremove" {
        return Err(RuleError {
            line: 1,
            message: format!("unexpected header {header:?}"),
        });
    }
    for (index, line) in lines {
        if line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let [host, title, date, byline, body, remove] = fields[..] else {
            return Err(RuleError {
                line: index + 1,
                message: format!("expected 6 fields, found {}", fields.len()),
            });
        };
        let compile = |css: &str| -> Result<Option<Selector>, RuleError> {
            let css = css.trim();
            if css.is_empty() || css == "-" {
                return Ok(None);
            }
            Selector::parse(css).map(Some).map_err(|err| RuleError {
                line: index + 1,
                message: format!("bad selector {css:?}: {err}"),
            })
        };
        rules.push(SiteRule {
            host: host.trim().to_lowercase(),
            title: compile(title)?,
            date: compile(date)?,
            byline: compile(byline)?,
            body: compile(body)?,
            remove: compile(remove)?,
        });
    }
    Ok(rules)
}

/// The embedded rules; a malformed table (caught by the tests) yields no rules.
static RULES: LazyLock<Vec<SiteRule>> = LazyLock::new(|| parse(SITES_TSV).unwrap_or_default());

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
    fn table_parses_and_selectors_compile() {
        let rules = parse(SITES_TSV).unwrap_or_else(|e| panic!("sites.tsv: {e:?}"));
        assert!(!rules.is_empty());
        assert_eq!(rules.len(), RULES.len());
    }

    #[test]
    fn table_is_sorted_nfc_and_duplicate_free() {
        let hosts: Vec<&str> = SITES_TSV
            .lines()
            .skip(1)
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| l.split('\t').next())
            .collect();
        let mut sorted = hosts.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(
            hosts, sorted,
            "sites.tsv must be sorted by host, no duplicates"
        );
        use unicode_normalization::UnicodeNormalization;
        assert_eq!(SITES_TSV.nfc().collect::<String>(), SITES_TSV);
    }

    #[test]
    fn subdomains_match_their_site() {
        let host = RULES.first().map(|r| r.host.clone()).unwrap_or_default();
        assert!(for_host(&format!("m.{host}")).is_some());
        assert!(for_host(&format!("x{host}")).is_none());
    }

    #[test]
    fn bad_lines_are_errors() {
        let header = "host\ttitle\tdate\tbyline\tbody\tremove\n";
        assert_eq!(
            parse(&format!("{header}a.vn\t-\t-")).err().map(|e| e.line),
            Some(2)
        );
        assert!(parse(&format!("{header}a.vn\t-\t-\t-\tdiv[\t-")).is_err());
        assert!(parse("host\tbody\n").is_err());
    }
}
