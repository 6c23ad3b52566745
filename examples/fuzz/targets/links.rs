//! The link-discovery targets of the crawler: RSS/Atom feeds, sitemaps and the links of an
//! HTML page, each checked for absolute http(s) links of the expected kind.

use union_news::fetch::frontier;
use union_news::fetch::links::{self, LinkTarget};
use union_news::record::parse_published;
use url::Url;

use super::{pick, Features, Outcome};

/// The URL the link targets resolve relative links against.
fn base() -> Url {
    // A literal that parses; `about:blank` is the fallback that cannot fail either.
    Url::parse("https://laodong.vn/cong-doan/rss.xml")
        .unwrap_or_else(|_| unreachable!("literal URL"))
}

/// Every link is absolute http(s) without a fragment, of the expected target kind, and its
/// date (if any) is one the pipeline reads.
fn check_links(
    found: &[links::Link],
    targets: &[LinkTarget],
    f: &mut Features,
) -> Result<(), String> {
    for link in found {
        if !matches!(link.url.scheme(), "http" | "https") {
            return Err(format!("link {} is not http(s)", link.url));
        }
        if link.url.fragment().is_some() {
            return Err(format!("link {} keeps its fragment", link.url));
        }
        if !targets.contains(&link.target) {
            return Err(format!("link {} has target {:?}", link.url, link.target));
        }
        if let Some(p) = &link.published {
            // RFC 3339, or a bare ISO day when the feed gives no time: what the crawler
            // writes into the page's sidecar and the pipeline reads back.
            if parse_published(p).is_none() {
                return Err(format!(
                    "link {} has date {p:?}, not RFC 3339 or ISO",
                    link.url
                ));
            }
        }
        f.add(
            "link",
            (format!("{:?}", link.target), link.published.is_some()),
        );
        f.add("article", frontier::looks_like_article(&link.url));
    }
    f.count("links", found.len());
    Ok(())
}

/// An RSS/Atom feed: `sniff` and `feed_links`.
pub fn feed(data: &[u8]) -> Outcome {
    let mut f = Features::default();
    f.add("sniff", format!("{:?}", links::sniff(data)));
    check_links(
        &links::feed_links(data, &base()),
        &[LinkTarget::Item],
        &mut f,
    )?;
    Ok(f)
}

/// A sitemap or sitemap index: `sniff` and `sitemap_links` (index or not, from the input).
pub fn sitemap(data: &[u8]) -> Outcome {
    let mut f = Features::default();
    f.add("sniff", format!("{:?}", links::sniff(data)));
    let index = pick(data, 2) == 1;
    let found = links::sitemap_links(data, &base(), index);
    let target = if index {
        LinkTarget::Feed
    } else {
        LinkTarget::Item
    };
    if index && found.iter().any(|l| l.published.is_some()) {
        return Err("a sitemap index entry has a publication date".into());
    }
    check_links(&found, &[target], &mut f)?;
    Ok(f)
}

/// The links of an HTML page (feeds included).
pub fn page_links(data: &[u8]) -> Outcome {
    let mut f = Features::default();
    let found = links::html_links(data, &base(), true);
    check_links(&found, &[LinkTarget::Page, LinkTarget::Feed], &mut f)?;
    Ok(f)
}
