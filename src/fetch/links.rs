//! What a fetched document points to: links of an HTML page, items of an RSS/Atom feed,
//! entries of a sitemap or sitemap index.
//!
//! Feeds and sitemaps are read with a small tag scanner rather than a full XML parser: only a
//! handful of elements matter (`<loc>`, `<item>`/`<entry>` with their `<link>` and dates) and
//! real-world feeds are often not well-formed enough for a strict parser anyway.

use std::sync::LazyLock;

use super::tags;
use regex::Regex;
use url::Url;

/// What kind of document a body is, by its first element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocKind {
    /// An HTML page.
    Html,
    /// An RSS 2.0, RSS 1.0 (RDF) or Atom feed.
    Feed,
    /// A sitemap (`<urlset>`).
    Sitemap,
    /// A sitemap index (`<sitemapindex>`).
    SitemapIndex,
    /// Anything else.
    Other,
}

/// A link found in a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The absolute URL, without fragment.
    pub url: Url,
    /// What the link is expected to lead to.
    pub target: LinkTarget,
    /// The publication date the feed or sitemap gives for it (RFC 3339), if any.
    pub published: Option<String>,
}

/// What a link is expected to lead to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkTarget {
    /// An HTML page linked from a page.
    Page,
    /// An item of a feed or an entry of a sitemap: an article page.
    Item,
    /// A feed or sitemap.
    Feed,
}

/// Sniffs the kind of `body` from its first element (after an XML declaration, comments,
/// doctype and a byte order mark).
pub fn sniff(body: &[u8]) -> DocKind {
    let head = &body[..body.len().min(4096)];
    let text = String::from_utf8_lossy(head).to_ascii_lowercase();
    let mut rest = text.trim_start_matches('\u{feff}').trim_start();
    loop {
        if let Some(after) = rest.strip_prefix("<?") {
            rest = after.split_once("?>").map_or("", |(_, r)| r).trim_start();
        } else if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.split_once("-->").map_or("", |(_, r)| r).trim_start();
        } else if rest.starts_with("<!doctype html") {
            return DocKind::Html;
        } else if let Some(after) = rest.strip_prefix("<!") {
            rest = after.split_once('>').map_or("", |(_, r)| r).trim_start();
        } else {
            break;
        }
    }
    let name: String = rest
        .strip_prefix('<')
        .unwrap_or("")
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == ':' || *c == '-')
        .collect();
    match name.rsplit(':').next().unwrap_or("") {
        "html" | "head" | "body" => DocKind::Html,
        "rss" | "feed" | "rdf" => DocKind::Feed,
        "urlset" => DocKind::Sitemap,
        "sitemapindex" => DocKind::SitemapIndex,
        _ => DocKind::Other,
    }
}

/// The links of an HTML page: `<a href>` as pages (not `rel=nofollow`, none at all when a
/// robots meta tag says `nofollow`), and `<link rel=alternate>` RSS/Atom feeds when
/// `feeds` is true. Relative links resolve against the first `<base href>` or `page_url`.
///
/// The page is read by a linear tag scanner (`fetch::tags`), not an HTML5 tree: a page
/// built to make a parser slow (a million nested tags, a tag of a million attributes) costs
/// time in proportion to its size.
pub fn html_links(body: &[u8], page_url: &Url, feeds: bool) -> Vec<Link> {
    let text = String::from_utf8_lossy(body);
    const HREF: usize = 0;
    const REL: usize = 1;
    const TYPE: usize = 2;
    const NAME: usize = 3;
    const CONTENT: usize = 4;
    let tags = tags::start_tags(
        &text,
        &["a", "base", "link", "meta"],
        &["href", "rel", "type", "name", "content"],
    );
    let attr = |tag: &tags::Tag, i: usize| tag.attrs.get(i).cloned().flatten();
    let lower = |tag: &tags::Tag, i: usize| attr(tag, i).unwrap_or_default().to_ascii_lowercase();
    let nofollow = tags.iter().filter(|t| t.name == "meta").any(|m| {
        let name = lower(m, NAME);
        (name == "robots" || name == "union-news")
            && attr(m, CONTENT).is_some()
            && lower(m, CONTENT)
                .split(',')
                .any(|v| matches!(v.trim(), "nofollow" | "none"))
    });
    if nofollow {
        return Vec::new();
    }
    let base = tags
        .iter()
        .filter(|t| t.name == "base")
        .find_map(|b| attr(b, HREF))
        .and_then(|href| page_url.join(href.trim()).ok())
        .unwrap_or_else(|| page_url.clone());
    let mut out = Vec::new();
    for a in tags.iter().filter(|t| t.name == "a") {
        if lower(a, REL)
            .split_ascii_whitespace()
            .any(|r| r == "nofollow")
        {
            continue;
        }
        if let Some(url) = attr(a, HREF).and_then(|h| resolve(&base, &h)) {
            out.push(Link {
                url,
                target: LinkTarget::Page,
                published: None,
            });
        }
    }
    if feeds {
        for link in tags.iter().filter(|t| t.name == "link") {
            let alternate = lower(link, REL)
                .split_ascii_whitespace()
                .any(|r| r == "alternate");
            let kind = lower(link, TYPE);
            if !alternate || !(kind.contains("rss") || kind.contains("atom")) {
                continue;
            }
            if let Some(url) = attr(link, HREF).and_then(|h| resolve(&base, &h)) {
                out.push(Link {
                    url,
                    target: LinkTarget::Feed,
                    published: None,
                });
            }
        }
    }
    out
}

/// Resolves `href` against `base`: http(s) only, fragment dropped.
pub fn resolve(base: &Url, href: &str) -> Option<Url> {
    let href = href.trim();
    if href.is_empty() || href.starts_with('#') {
        return None;
    }
    let mut url = base.join(href).ok()?;
    if !matches!(url.scheme(), "http" | "https") {
        return None;
    }
    url.set_fragment(None);
    Some(url)
}

static ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?s)<(item|entry)[\s>].*?</(?:item|entry)>").unwrap_or_else(|e| panic!("{e}"))
});
static URL_BLOCK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?s)<(url|sitemap)[\s>].*?</(?:url|sitemap)>").unwrap_or_else(|e| panic!("{e}"))
});
static LOC: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?s)<loc>(.*?)</loc>").unwrap_or_else(|e| panic!("{e}")));
static RSS_LINK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?s)<link>(.*?)</link>").unwrap_or_else(|e| panic!("{e}")));
static ATOM_LINK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?s)<link\s([^>]*)>").unwrap_or_else(|e| panic!("{e}")));
static GUID: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?s)<guid(?:\s+isPermaLink="true")?>(.*?)</guid>"#)
        .unwrap_or_else(|e| panic!("{e}"))
});
static ATTR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"([a-zA-Z:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')"#).unwrap_or_else(|e| panic!("{e}"))
});
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?s)<(pubDate|dc:date|published|news:publication_date)>(.*?)</")
        .unwrap_or_else(|e| panic!("{e}"))
});

/// The item links of an RSS or Atom feed, each with its publication date when the feed
/// gives one.
///
/// # Example
/// ```
/// use union_news::fetch::links::feed_links;
/// let feed = br#"<rss><channel><item><link>https://a.vn/1.html</link>
///   <pubDate>Mon, 01 Jan 2024 08:00:00 +0700</pubDate></item></channel></rss>"#;
/// let base = url::Url::parse("https://a.vn/rss").unwrap();
/// let links = feed_links(feed, &base);
/// assert_eq!(links[0].url.as_str(), "https://a.vn/1.html");
/// assert_eq!(links[0].published.as_deref(), Some("2024-01-01T08:00:00+07:00"));
/// ```
pub fn feed_links(body: &[u8], base: &Url) -> Vec<Link> {
    let text = String::from_utf8_lossy(body);
    let mut out = Vec::new();
    for item in ITEM.find_iter(&text) {
        let item = item.as_str();
        let href = if let Some(c) = RSS_LINK.captures(item) {
            c.get(1).map(|m| xml_text(m.as_str()))
        } else {
            atom_href(item).or_else(|| {
                GUID.captures(item)
                    .and_then(|c| c.get(1))
                    .map(|m| xml_text(m.as_str()))
            })
        };
        let Some(url) = href.and_then(|h| resolve(base, &h)) else {
            continue;
        };
        let published = DATE
            .captures(item)
            .and_then(|c| c.get(2))
            .and_then(|m| parse_feed_date(&xml_text(m.as_str())));
        out.push(Link {
            url,
            target: LinkTarget::Item,
            published,
        });
    }
    out
}

/// The `href` of an Atom entry's alternate link (a `<link>` without `rel` or with
/// `rel="alternate"`).
fn atom_href(item: &str) -> Option<String> {
    for tag in ATOM_LINK.captures_iter(item) {
        let attrs = tag.get(1).map_or("", |m| m.as_str());
        let mut href = None;
        let mut rel = None;
        for attr in ATTR.captures_iter(attrs) {
            let value = attr
                .get(2)
                .or_else(|| attr.get(3))
                .map_or("", |m| m.as_str());
            match attr.get(1).map(|m| m.as_str()) {
                Some("href") => href = Some(xml_text(value)),
                Some("rel") => rel = Some(value.to_string()),
                _ => {}
            }
        }
        if rel.as_deref().is_none_or(|r| r == "alternate") {
            if let Some(href) = href {
                return Some(href);
            }
        }
    }
    None
}

/// The entries of a sitemap (pages, with `news:publication_date` when given) or of a sitemap
/// index (more sitemaps).
pub fn sitemap_links(body: &[u8], base: &Url, index: bool) -> Vec<Link> {
    let text = String::from_utf8_lossy(body);
    let mut out = Vec::new();
    for block in URL_BLOCK.find_iter(&text) {
        let block = block.as_str();
        let Some(loc) = LOC.captures(block).and_then(|c| c.get(1)) else {
            continue;
        };
        let Some(url) = resolve(base, &xml_text(loc.as_str())) else {
            continue;
        };
        let published = if index {
            None
        } else {
            DATE.captures(block)
                .filter(|c| {
                    c.get(1)
                        .is_some_and(|m| m.as_str() == "news:publication_date")
                })
                .and_then(|c| c.get(2))
                .and_then(|m| parse_feed_date(&xml_text(m.as_str())))
        };
        out.push(Link {
            url,
            target: if index {
                LinkTarget::Feed
            } else {
                LinkTarget::Item
            },
            published,
        });
    }
    out
}

/// The text of an XML element's content: CDATA unwrapped, the five entities and numeric
/// character references decoded, trimmed.
fn xml_text(raw: &str) -> String {
    let raw = raw.trim();
    if let Some(inner) = raw
        .strip_prefix("<![CDATA[")
        .and_then(|r| r.strip_suffix("]]>"))
    {
        return inner.trim().to_string();
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at..];
        let Some(end) = after.find(';').filter(|&e| e <= 10) else {
            out.push('&');
            rest = &after[1..];
            continue;
        };
        let entity = &after[1..end];
        let decoded = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => entity
                .strip_prefix("#x")
                .or_else(|| entity.strip_prefix("#X"))
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &after[end + 1..];
            }
            None => {
                out.push('&');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out.trim().to_string()
}

/// A feed date (RFC 2822 as in RSS, RFC 3339 as in Atom and sitemaps, or a bare date) as
/// RFC 3339 in the publisher's own offset.
///
/// Only years 0–9999 are kept: the pipeline reads the date back as four-digit ISO, and chrono
/// also accepts "-2024-01-08" and year 10000, which it would warn about and drop (found by
/// fuzzing).
fn parse_feed_date(value: &str) -> Option<String> {
    use chrono::Datelike;
    let value = value.trim();
    let four_digits = |year: i32| (0..=9999).contains(&year);
    if let Ok(dt) = chrono::DateTime::parse_from_rfc2822(value) {
        return four_digits(dt.year()).then(|| dt.to_rfc3339());
    }
    if let Ok(dt) = chrono::DateTime::parse_from_rfc3339(value) {
        return four_digits(dt.year()).then(|| dt.to_rfc3339());
    }
    chrono::NaiveDate::parse_from_str(value.get(..10)?, "%Y-%m-%d")
        .ok()
        .filter(|d| four_digits(d.year()))
        .map(|d| d.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> Url {
        Url::parse("https://bao.vn/tin/index.html").unwrap()
    }

    #[test]
    fn sniffs_kinds() {
        assert_eq!(sniff(b"<!DOCTYPE html><html>"), DocKind::Html);
        assert_eq!(
            sniff(b"\xef\xbb\xbf<?xml version=\"1.0\"?>\n<rss>"),
            DocKind::Feed
        );
        assert_eq!(
            sniff(b"<?xml version='1.0'?><!-- x --><feed xmlns='a'>"),
            DocKind::Feed
        );
        assert_eq!(sniff(b"<?xml?><rdf:RDF>"), DocKind::Feed);
        assert_eq!(sniff(b"<urlset xmlns='x'>"), DocKind::Sitemap);
        assert_eq!(sniff(b"<sitemapindex>"), DocKind::SitemapIndex);
        assert_eq!(sniff(b"%PDF-1.4"), DocKind::Other);
        assert_eq!(sniff(b""), DocKind::Other);
    }

    #[test]
    fn html_links_resolve_and_skip_nofollow() {
        let html =
            br##"<html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml">
            </head><body><a href="a.html#top">A</a><a href="#x">self</a>
            <a href="mailto:x@y.vn">mail</a><a rel="nofollow" href="/ad">ad</a>
            <a href=" /b.html ">B</a></body></html>"##;
        let links = html_links(html, &base(), true);
        let urls: Vec<&str> = links.iter().map(|l| l.url.as_str()).collect();
        assert_eq!(
            urls,
            [
                "https://bao.vn/tin/a.html",
                "https://bao.vn/b.html",
                "https://bao.vn/rss.xml"
            ]
        );
        assert_eq!(links[2].target, LinkTarget::Feed);
        assert_eq!(html_links(html, &base(), false).len(), 2);
    }

    /// The links as an HTML5 tree gives them (how they were found before the tag scanner):
    /// the scanner must find the same on real pages.
    fn tree_links(body: &[u8], page_url: &Url) -> Vec<String> {
        use scraper::{Html, Selector};
        let doc = Html::parse_document(&String::from_utf8_lossy(body));
        let sel = |css: &str| Selector::parse(css).unwrap();
        let base = doc
            .select(&sel("base[href]"))
            .next()
            .and_then(|b| b.value().attr("href"))
            .and_then(|href| page_url.join(href.trim()).ok())
            .unwrap_or_else(|| page_url.clone());
        let mut out: Vec<String> = doc
            .select(&sel("a[href]"))
            .filter(|a| {
                !a.value()
                    .attr("rel")
                    .unwrap_or("")
                    .to_ascii_lowercase()
                    .split_ascii_whitespace()
                    .any(|r| r == "nofollow")
            })
            .filter_map(|a| resolve(&base, a.value().attr("href")?))
            .map(|u| u.to_string())
            .collect();
        for link in doc.select(&sel("link[rel~=alternate][href]")) {
            let kind = link.value().attr("type").unwrap_or("").to_ascii_lowercase();
            if kind.contains("rss") || kind.contains("atom") {
                out.extend(
                    link.value()
                        .attr("href")
                        .and_then(|h| resolve(&base, h))
                        .map(|u| u.to_string()),
                );
            }
        }
        out
    }

    #[test]
    fn the_tag_scanner_finds_what_an_html5_tree_finds_on_every_fixture_page() {
        let mut pages = 0;
        for entry in std::fs::read_dir("fixtures/html").unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "html") {
                continue;
            }
            let body = std::fs::read(&path).unwrap();
            let url = Url::parse("https://bao.vn/muc/trang.html").unwrap();
            let found: Vec<String> = html_links(&body, &url, true)
                .into_iter()
                .map(|l| l.url.to_string())
                .collect();
            let tree = tree_links(&body, &url);
            assert!(!tree.is_empty(), "{}", path.display());
            assert_eq!(found, tree, "{}", path.display());
            pages += 1;
        }
        assert!(pages >= 15, "{pages}");
    }

    #[test]
    fn meta_robots_nofollow_drops_all_links() {
        let html = br#"<html><head><meta name="robots" content="index, nofollow"></head>
            <body><a href="/a.html">A</a></body></html>"#;
        assert!(html_links(html, &base(), true).is_empty());
    }

    #[test]
    fn base_href_is_used() {
        let html = br#"<html><head><base href="https://bao.vn/x/"></head><body><a href="y.html">y</a></body></html>"#;
        assert_eq!(
            html_links(html, &base(), false)[0].url.as_str(),
            "https://bao.vn/x/y.html"
        );
    }

    #[test]
    fn atom_entries_use_alternate_link() {
        let feed = br#"<feed><entry><link rel="enclosure" href="/a.mp3"/>
            <link rel="alternate" href="/tin/1.html?a=1&amp;b=2"/>
            <published>2024-03-05T07:00:00+07:00</published></entry>
            <entry><link href='https://bao.vn/tin/2.html'/></entry></feed>"#;
        let links = feed_links(feed, &base());
        assert_eq!(links.len(), 2);
        assert_eq!(links[0].url.as_str(), "https://bao.vn/tin/1.html?a=1&b=2");
        assert_eq!(
            links[0].published.as_deref(),
            Some("2024-03-05T07:00:00+07:00")
        );
        assert_eq!(links[1].url.as_str(), "https://bao.vn/tin/2.html");
    }

    #[test]
    fn rss_cdata_links() {
        let feed = b"<rss><channel><link>https://bao.vn/</link><item><title>x</title>\
            <link><![CDATA[https://bao.vn/3.html]]></link></item></channel></rss>";
        let links = feed_links(feed, &base());
        assert_eq!(links.len(), 1, "the channel link is not an item");
        assert_eq!(links[0].url.as_str(), "https://bao.vn/3.html");
    }

    #[test]
    fn sitemap_and_index() {
        let map = br#"<urlset><url><loc>https://bao.vn/a.html</loc><image:image><image:loc>https://bao.vn/a.jpg</image:loc></image:image>
            <news:news><news:publication_date>2024-01-17</news:publication_date></news:news></url>
            <url><loc> https://bao.vn/b.html </loc><lastmod>2024-01-01</lastmod></url></urlset>"#;
        let links = sitemap_links(map, &base(), false);
        assert_eq!(links.len(), 2);
        assert_eq!(links[0].published.as_deref(), Some("2024-01-17"));
        assert_eq!(
            links[1].published, None,
            "lastmod is not a publication date"
        );
        let index =
            b"<sitemapindex><sitemap><loc>https://bao.vn/s1.xml</loc></sitemap></sitemapindex>";
        let links = sitemap_links(index, &base(), true);
        assert_eq!(links[0].target, LinkTarget::Feed);
    }

    // Found by the `feed` fuzz target: "-2024-01-8" read as year -2024, a date the pipeline
    // then ignores with a warning.
    #[test]
    fn a_feed_date_with_a_negative_or_five_digit_year_is_no_date() {
        assert_eq!(parse_feed_date("-2024-01-8"), None);
        assert_eq!(parse_feed_date("Mon, 01 Jan 10000 08:00:00 +0700"), None);
        assert_eq!(parse_feed_date("2024-01-08").as_deref(), Some("2024-01-08"));
        for value in [
            "2024-01-17T08:30:00+07:00",
            "Mon, 01 Jan 2024 08:00:00 +0700",
        ] {
            let date = parse_feed_date(value).unwrap();
            assert!(crate::record::parse_published(&date).is_some(), "{date}");
        }
    }

    #[test]
    fn xml_text_decodes_entities() {
        assert_eq!(xml_text(" a&amp;b&#38;c&#x26;d&bogus; "), "a&b&c&d&bogus;");
        assert_eq!(xml_text("&"), "&");
    }
}
