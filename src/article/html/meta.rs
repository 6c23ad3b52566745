//! Page metadata: title, publication date, byline, section and canonical URL, from
//! `<meta>` tags, JSON-LD, `<time datetime>`, headings and visible date lines.

use std::collections::HashMap;
use std::sync::LazyLock;

use chrono::{NaiveDate, NaiveTime};
use regex::Regex;
use scraper::{ElementRef, Html, Selector};
use serde_json::Value;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use super::body::collapse;
use super::classes;
use crate::article::config::Meta;

fn selector(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|err| unreachable!("static selector {css}: {err}"))
}

fn regex(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|err| unreachable!("static regex: {err}"))
}

static META: LazyLock<Selector> = LazyLock::new(|| selector("meta[content]"));
static LINK_CANONICAL: LazyLock<Selector> = LazyLock::new(|| selector("link[rel][href]"));
static JSON_LD: LazyLock<Selector> =
    LazyLock::new(|| selector(r#"script[type="application/ld+json"]"#));
static TIME: LazyLock<Selector> = LazyLock::new(|| selector("time"));
static H1: LazyLock<Selector> = LazyLock::new(|| selector("h1"));
static TITLE: LazyLock<Selector> = LazyLock::new(|| selector("title"));
static CLASSED: LazyLock<Selector> = LazyLock::new(|| selector("[class], [id], [itemprop]"));
static LINK: LazyLock<Selector> = LazyLock::new(|| selector("a"));

/// ISO 8601 date, optionally with time and zone.
static ISO: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?",
    )
});

/// Vietnamese day/month/year, optionally followed by a time and a GMT offset:
/// `20/12/2023 08:30 (GMT+7)`, `21/01/2022, 08:12`.
static DMY: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(\d{1,2})/(\d{1,2})/(\d{4})(?:[\s,|\-]*(\d{1,2})[:h](\d{2})(?::(\d{2}))?)?(?:\s*[AaPp][Mm])?(?:\s*\(?\s*(?:GMT|UTC)\s*([+-]\d{1,2})(?::?(\d{2}))?)?",
    )
});

/// A date line a reader sees: "Ngày đăng: …", "Cập nhật: …", "Thứ hai, 20/12/2023 …".
static LABELLED_DATE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|ngày\s+đăng|cập\s+nhật|đăng\s+lúc|xuất\s+bản)\s*[:,\-]?\s*(?:lúc\s*)?(?:\d{1,2}[:h]\d{2}\s*(?:[AaPp][Mm])?\s*[,\-]?\s*)?(?:ngày\s*)?(\d{1,2}/\d{1,2}/\d{4}[^\n]{0,30})",
    )
});

/// `"datePublished": "…"` in JSON-LD that does not parse as JSON.
static LD_DATE: LazyLock<Regex> =
    LazyLock::new(|| regex(r#""datePublished"\s*:\s*"([^"]{8,40})""#));

/// Endings of namespaced publication-date meta names (`cXenseParse:recs:publishtime`,
/// `og:article:published_time`), read after the known names.
const NAMESPACED_KEYS: &[&str] = &[
    ":publishtime",
    ":published_time",
    ":publishdate",
    ":publish_date",
];

/// `<meta>` values by lowercase `property`, `name` and `itemprop`; the first non-empty wins.
pub(crate) struct Metas(HashMap<String, String>);

impl Metas {
    /// Collects the page's `<meta>` tags.
    pub fn of(html: &Html) -> Self {
        let mut map = HashMap::new();
        for el in html.select(&META) {
            let value = el.value();
            let Some(content) = value.attr("content").map(collapse) else {
                continue;
            };
            if content.is_empty() {
                continue;
            }
            for attr in ["property", "name", "itemprop"] {
                if let Some(key) = value.attr(attr) {
                    map.entry(key.trim().to_lowercase())
                        .or_insert_with(|| content.clone());
                }
            }
        }
        Self(map)
    }

    /// The first of `keys` present.
    pub fn first(&self, keys: &[&str]) -> Option<&str> {
        keys.iter().find_map(|k| self.0.get(*k)).map(String::as_str)
    }

    /// The values whose name ends with one of `endings`, in name order (deterministic,
    /// unlike the map's).
    pub fn ending_with<'s>(&'s self, endings: &'s [&str]) -> impl Iterator<Item = &'s str> {
        let mut hits: Vec<(&String, &String)> = self
            .0
            .iter()
            .filter(|(k, _)| endings.iter().any(|e| k.ends_with(e)))
            .collect();
        hits.sort();
        hits.into_iter().map(|(_, v)| v.as_str())
    }
}

/// What JSON-LD says about the article.
#[derive(Debug, Default)]
pub(crate) struct LinkedData {
    pub date_published: Option<String>,
    pub authors: Vec<String>,
    pub section: Option<String>,
    pub headline: Option<String>,
}

impl LinkedData {
    /// Reads every JSON-LD block; blocks that are not valid JSON still give their date.
    pub fn of(html: &Html) -> Self {
        let mut ld = Self::default();
        for script in html.select(&JSON_LD) {
            let text: String = script.text().collect();
            match serde_json::from_str::<Value>(text.trim()) {
                Ok(value) => ld.walk(&value),
                Err(_) => {
                    if ld.date_published.is_none() {
                        ld.date_published = LD_DATE
                            .captures(&text)
                            .and_then(|c| c.get(1))
                            .map(|m| m.as_str().to_string());
                    }
                }
            }
        }
        ld
    }

    fn walk(&mut self, root: &Value) {
        let mut stack = vec![root];
        while let Some(value) = stack.pop() {
            match value {
                Value::Array(items) => stack.extend(items.iter().rev()),
                Value::Object(map) => {
                    let is_article = map.get("@type").is_some_and(|t| {
                        let types = t.to_string();
                        types.contains("Article") || types.contains("Posting")
                    });
                    if let Some(graph) = map.get("@graph") {
                        stack.push(graph);
                    }
                    if !is_article {
                        continue;
                    }
                    if self.date_published.is_none() {
                        self.date_published = string(map.get("datePublished"));
                    }
                    if self.headline.is_none() {
                        self.headline = string(map.get("headline"));
                    }
                    if self.section.is_none() {
                        self.section = string(map.get("articleSection"));
                    }
                    if self.authors.is_empty() {
                        self.authors = names(map.get("author"));
                    }
                }
                _ => {}
            }
        }
    }
}

/// A string, or the first string of an array.
fn string(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(s) => Some(collapse(s)).filter(|s| !s.is_empty()),
        Value::Array(items) => string(items.first()),
        _ => None,
    }
}

/// Author names from a JSON-LD `author` (a string, a Person, or a list of either).
fn names(value: Option<&Value>) -> Vec<String> {
    match value {
        Some(Value::String(s)) => vec![collapse(s)],
        Some(Value::Object(map)) => string(map.get("name")).into_iter().collect(),
        Some(Value::Array(items)) => items.iter().flat_map(|v| names(Some(v))).collect(),
        _ => Vec::new(),
    }
}

/// An ISO date or date-time as `YYYY-MM-DD`, or RFC 3339 when it carries a time and a zone.
pub(crate) fn parse_iso(text: &str) -> Option<String> {
    let caps = ISO.captures(text)?;
    let num = |i: usize| caps.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
    let year = i32::try_from(num(1)?).ok()?;
    let date = NaiveDate::from_ymd_opt(year, num(2)?, num(3)?)?;
    let zone = caps.get(7).map(|m| m.as_str());
    match (num(4), num(5), zone) {
        (Some(h), Some(m), Some(zone)) => {
            let time = NaiveTime::from_hms_opt(h, m, num(6).unwrap_or(0))?;
            Some(format!("{date}T{time}{}", rfc3339_zone(zone)?))
        }
        _ => Some(date.to_string()),
    }
}

/// `Z`, `+0700`, `+07:00` → `Z` / `+07:00`.
fn rfc3339_zone(zone: &str) -> Option<String> {
    if zone == "Z" {
        return Some("Z".into());
    }
    let digits: String = zone.chars().filter(char::is_ascii_digit).collect();
    let sign = zone.chars().next()?;
    if digits.len() != 4 {
        return None;
    }
    Some(format!("{sign}{}:{}", digits.get(..2)?, digits.get(2..)?))
}

/// A Vietnamese `dd/mm/yyyy` date, with `hh:mm` and `(GMT+7)` when given, as `YYYY-MM-DD`
/// or (time and zone both present) RFC 3339.
pub(crate) fn parse_dmy(text: &str) -> Option<String> {
    let caps = DMY.captures(text)?;
    let num = |i: usize| caps.get(i).and_then(|m| m.as_str().parse::<i32>().ok());
    let date = NaiveDate::from_ymd_opt(
        num(3)?,
        u32::try_from(num(2)?).ok()?,
        u32::try_from(num(1)?).ok()?,
    )?;
    match (num(4), num(5), num(7)) {
        (Some(h), Some(m), Some(offset)) if (-12..=14).contains(&offset) => {
            let time = NaiveTime::from_hms_opt(
                u32::try_from(h).ok()?,
                u32::try_from(m).ok()?,
                u32::try_from(num(6).unwrap_or(0)).ok()?,
            )?;
            let minutes = num(8).unwrap_or(0);
            if !(0..60).contains(&minutes) {
                return Some(date.to_string());
            }
            let sign = if offset < 0 { '-' } else { '+' };
            Some(format!(
                "{date}T{time}{sign}{:02}:{minutes:02}",
                offset.abs()
            ))
        }
        _ => Some(date.to_string()),
    }
}

/// The date in a visible date line ("Cập nhật: 21/01/2022 08:12", "Thứ hai, 20/12/2023
/// 08:30 (GMT+7)").
pub(crate) fn parse_labelled(text: &str) -> Option<String> {
    LABELLED_DATE
        .captures_iter(text)
        .filter_map(|c| c.get(1))
        .find_map(|m| parse_dmy(m.as_str()))
}

/// The publication date: meta tags, JSON-LD, `<time datetime>`, then visible date lines.
pub(crate) fn published(html: &Html, metas: &Metas, ld: &LinkedData, cfg: &Meta) -> Option<String> {
    const KEYS: &[&str] = &[
        "article:published_time",
        "datepublished",
        "pubdate",
        "og:published_time",
        "publishdate",
        "publish-date",
        "article:published",
        "dc.date.issued",
        "dcterms.created",
        "dc.date",
        "date",
        "sailthru.date",
        "parsely-pub-date",
    ];
    // The structured sources in order: meta tags (the known names, then namespaced ones
    // such as `cXenseParse:recs:publishtime`), JSON-LD, `<time>`.
    let metas_dates = KEYS
        .iter()
        .filter_map(|k| metas.first(&[k]))
        .chain(metas.ending_with(NAMESPACED_KEYS))
        .filter_map(|v| parse_iso(v).or_else(|| parse_dmy(v)));
    let ld_date = ld.date_published.as_deref().and_then(parse_iso);
    let time_dates = html.select(&TIME).filter_map(|time| {
        let value = time
            .value()
            .attr("datetime")
            .map(str::to_string)
            .unwrap_or_else(|| bounded_text(time).collect());
        parse_iso(&value).or_else(|| parse_dmy(&value))
    });
    let mut dates = metas_dates.chain(ld_date).chain(time_dates);
    if let Some(first) = dates.next() {
        // A day without a time and zone (`article:published_time` = `2013-12-30T21:42:01`):
        // a later source with the same day, a time and a zone (the JSON-LD's
        // `2013-12-30T14:42:01-0700`) says it fully.
        let day_only = first.len() == "YYYY-MM-DD".len();
        return Some(if day_only {
            dates
                .find(|d| d.len() > first.len() && d.starts_with(&first))
                .unwrap_or(first)
        } else {
            first
        });
    }
    // Elements named like a date ("date", "time", "ngay-dang", "publish").
    for el in html.select(&CLASSED) {
        let value = el.value();
        let key = classes::key(value.attr("class"), value.attr("id"));
        let itemprop = value.attr("itemprop").unwrap_or_default();
        if !(["date", "time", "ngay", "publish"]
            .iter()
            .any(|k| key.contains(k))
            || itemprop == "datePublished")
            || matches!(value.name(), "script" | "style" | "body" | "html")
        {
            continue;
        }
        let text = short_text(el, cfg.date_element_max_chars);
        if let Some(date) = text
            .as_deref()
            .and_then(|t| parse_labelled(t).or_else(|| parse_dmy(t)))
        {
            return Some(date);
        }
    }
    let text: String = html
        .root_element()
        .text()
        .take(cfg.date_line_text_nodes)
        .collect::<Vec<_>>()
        .join(" ");
    parse_labelled(&text)
}

/// The most nodes read under one element for its text. Dates, bylines and breadcrumbs are
/// a few nodes; without the bound every classed element of a deeply nested page read its
/// whole subtree (quadratic in the depth).
const MAX_TEXT_NODES: usize = 1024;

/// The text pieces under `el`, reading at most [`MAX_TEXT_NODES`] nodes.
fn bounded_text(el: ElementRef<'_>) -> impl Iterator<Item = &str> {
    el.descendants()
        .take(MAX_TEXT_NODES)
        .filter_map(|n| n.value().as_text().map(|t| &**t))
}

/// The element's text when it is at most `max` characters long (and within
/// [`MAX_TEXT_NODES`] nodes).
fn short_text(el: ElementRef<'_>, max: usize) -> Option<String> {
    let mut out = String::new();
    let mut nodes = 0;
    for node in el.descendants() {
        nodes += 1;
        if nodes > MAX_TEXT_NODES {
            return None;
        }
        let Some(piece) = node.value().as_text() else {
            continue;
        };
        out.push_str(piece);
        out.push(' ');
        if out.len() > max * 4 {
            return None;
        }
    }
    let out = collapse(&out);
    (out.chars().count() <= max && !out.is_empty()).then_some(out)
}

/// Letters and digits without diacritics, lowercase: "Dân trí" → "dantri".
pub(crate) fn skeleton(text: &str) -> String {
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| match c {
            'đ' | 'Đ' => 'd',
            c => c,
        })
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The distinctive label of a host: "vnexpress" for `vnexpress.net`, "giadinh" for
/// `m.giadinh.net.vn`.
pub(crate) fn site_label(host: &str) -> Option<String> {
    const GENERIC: &[&str] = &[
        "www", "m", "mobile", "com", "net", "org", "vn", "gov", "edu",
    ];
    host.split('.')
        .filter(|part| !GENERIC.contains(part))
        .max_by_key(|part| part.len())
        .map(str::to_lowercase)
}

/// Whether a title segment is the site's name ("Báo VnExpress Sức khỏe", "Dân trí mobile",
/// "CafeF Mobile", "giadinh.net.vn").
fn is_site_name(segment: &str, label: Option<&str>, site_name: Option<&str>, cfg: &Meta) -> bool {
    let skel = skeleton(segment);
    if skel.is_empty() {
        return true;
    }
    if label.is_some_and(|l| l.len() >= cfg.site_label_min_len && skel.contains(l)) {
        return true;
    }
    if site_name.is_some_and(|s| {
        let s = skeleton(s);
        !s.is_empty() && (skel.contains(&s) || s.contains(&skel))
    }) {
        return true;
    }
    let lower = segment.to_lowercase();
    segment.split_whitespace().count() <= cfg.site_name_max_words
        && (lower.contains(".vn")
            || lower.contains(".com")
            || lower.starts_with("báo ")
            || lower.contains("mobile")
            || lower.contains("phiên bản")
            || lower.contains("trang chủ"))
}

/// A title without the site name around it.
pub(crate) fn clean_title(
    title: &str,
    label: Option<&str>,
    site_name: Option<&str>,
    cfg: &Meta,
) -> String {
    let mut title = collapse(title);
    for separator in [" | ", " - ", " – ", " — ", " :: "] {
        while let Some((head, tail)) = title.rsplit_once(separator) {
            if !head.trim().is_empty() && is_site_name(tail, label, site_name, cfg) {
                title = head.trim().to_string();
            } else {
                break;
            }
        }
        if let Some((head, tail)) = title.split_once(separator) {
            if !tail.trim().is_empty() && is_site_name(head, label, site_name, cfg) {
                title = tail.trim().to_string();
            }
        }
    }
    if title.split_whitespace().count() <= cfg.site_name_max_words
        && is_site_name(&title, label, site_name, cfg)
    {
        title.clear();
    }
    title
}

/// The title: `og:title`, JSON-LD headline, the first `<h1>`, `<title>`; site names removed.
pub(crate) fn title(
    html: &Html,
    metas: &Metas,
    ld: &LinkedData,
    label: Option<&str>,
    cfg: &Meta,
) -> Option<String> {
    let site_name = metas.first(&["og:site_name", "application-name"]);
    let h1 = html
        .select(&H1)
        .filter(|el| {
            !classes::key(el.value().attr("class"), el.value().attr("id")).contains("logo")
        })
        .filter_map(|el| short_text(el, cfg.heading_max_chars))
        .next();
    let title_tag = html
        .select(&TITLE)
        .map(|el| collapse(&el.text().collect::<String>()))
        .find(|t| !t.is_empty());
    let social = metas
        .first(&["og:title", "twitter:title"])
        .map(|t| clean_title(t, label, site_name, cfg));
    let h1 = h1.map(|t| clean_title(&t, label, site_name, cfg));
    if let (Some(social), Some(h1)) = (&social, &h1) {
        if is_fuller_variant(h1, social, cfg) {
            return Some(h1.clone());
        }
    }
    [social, ld.headline.clone(), h1, title_tag]
        .into_iter()
        .flatten()
        .map(|t| clean_title(&t, label, site_name, cfg))
        .find(|t| !t.is_empty())
}

/// Whether the visible headline `h1` is a fuller variant of the social title `social`: it
/// ends with all of it (the social title dropped the headline's first half), or both start
/// with the same [`Meta::headline_variant_words`] words or more, covering
/// [`Meta::headline_variant_share`] of the social title's words, and then part (a reworded
/// tail). An `<h1>` that is the social title with more after it is not: what a page appends
/// to its headline there is a logo's text, a site name or the author.
fn is_fuller_variant(h1: &str, social: &str, cfg: &Meta) -> bool {
    if h1.is_empty() || social.is_empty() || h1 == social {
        return false;
    }
    if h1.to_lowercase().ends_with(&social.to_lowercase()) {
        return true;
    }
    let words = |t: &str| -> Vec<String> {
        t.split_whitespace()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .filter(|w| !w.is_empty())
            .collect()
    };
    let (a, b) = (words(h1), words(social));
    let shared = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    shared < b.len()
        && shared >= cfg.headline_variant_words
        && shared as f64 >= b.len() as f64 * cfg.headline_variant_share
}

/// Whether an author value is really a person (not a URL, a domain or the site's name).
fn is_person(value: &str, label: Option<&str>, cfg: &Meta) -> bool {
    let lower = value.to_lowercase();
    let skel = skeleton(value);
    !value.is_empty()
        && value.chars().count() <= cfg.person_max_chars
        && !lower.starts_with("http")
        && (!lower.contains('.') || lower.contains(' '))
        && !label.is_some_and(|l| l.len() >= cfg.site_label_min_len && skel.contains(l))
        && !["vccorp", "admin", "news"]
            .iter()
            .any(|s| skel == *s || skel.starts_with(s))
}

/// Trims separators around a byline ("Bình Minh - " → "Bình Minh").
fn clean_byline(value: &str) -> String {
    collapse(value)
        .trim_matches(|c: char| c.is_whitespace() || "-–—|,;:".contains(c))
        .to_string()
}

/// The byline: author meta tags, JSON-LD authors, then elements named like an author.
pub(crate) fn byline(
    html: &Html,
    metas: &Metas,
    ld: &LinkedData,
    label: Option<&str>,
    cfg: &Meta,
) -> Option<String> {
    let from_meta = ["author", "article:author", "dc.creator", "byl"]
        .iter()
        .filter_map(|k| metas.first(&[k]))
        .map(clean_byline)
        .find(|v| is_person(v, label, cfg));
    if from_meta.is_some() {
        return from_meta;
    }
    let ld_names: Vec<String> = ld
        .authors
        .iter()
        .map(|a| clean_byline(a))
        .filter(|a| is_person(a, label, cfg))
        .collect();
    if !ld_names.is_empty() {
        return Some(ld_names.join(", "));
    }
    for el in html.select(&CLASSED) {
        let value = el.value();
        let key = classes::key(value.attr("class"), value.attr("id"));
        let itemprop = value.attr("itemprop").unwrap_or_default();
        let named = ["author", "byline", "tacgia", "tac-gia", "writer"]
            .iter()
            .any(|k| key.contains(k))
            || itemprop == "author";
        if !named || matches!(value.name(), "script" | "style" | "meta" | "link") {
            continue;
        }
        if let Some(text) = short_text(el, cfg.byline_element_max_chars).map(|t| clean_byline(&t)) {
            if is_person(&text, label, cfg) && text.chars().any(char::is_alphabetic) {
                return Some(text);
            }
        }
    }
    None
}

/// The section: `article:section`, JSON-LD `articleSection`, else the first breadcrumb link
/// that is not the home page.
pub(crate) fn section(html: &Html, metas: &Metas, ld: &LinkedData, cfg: &Meta) -> Option<String> {
    if let Some(section) = metas.first(&["article:section"]) {
        return Some(section.to_string());
    }
    if let Some(section) = &ld.section {
        return Some(section.clone());
    }
    let crumbs = html.select(&CLASSED).find(|el| {
        let value = el.value();
        classes::key(value.attr("class"), value.attr("id")).contains("breadcrumb")
    })?;
    crumbs
        .select(&LINK)
        .filter_map(|a| short_text(a, cfg.breadcrumb_max_chars))
        .find(|t| {
            let s = skeleton(t);
            !s.is_empty() && s != "trangchu" && s != "home"
        })
}

/// The canonical URL: `<link rel=canonical>`, then `og:url`; relative URLs resolved against
/// `base`.
pub(crate) fn canonical(html: &Html, metas: &Metas, base: Option<&str>) -> Option<String> {
    let link = html
        .select(&LINK_CANONICAL)
        .find(|el| {
            el.value().attr("rel").is_some_and(|rel| {
                rel.split_whitespace()
                    .any(|r| r.eq_ignore_ascii_case("canonical"))
            })
        })
        .and_then(|el| el.value().attr("href"))
        .map(str::trim)
        .filter(|h| !h.is_empty());
    let raw = link.or_else(|| metas.first(&["og:url", "twitter:url"]))?;
    let base = base.and_then(|b| url::Url::parse(b).ok());
    match url::Url::options().base_url(base.as_ref()).parse(raw) {
        Ok(url) => Some(url.to_string()),
        Err(_) => Some(raw.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates() {
        assert_eq!(
            parse_iso("2022-01-20T13:39:00+07:00").as_deref(),
            Some("2022-01-20T13:39:00+07:00")
        );
        assert_eq!(
            parse_iso("2025-10-22T19:25:52+0700").as_deref(),
            Some("2025-10-22T19:25:52+07:00")
        );
        assert_eq!(parse_iso("2014-03-28").as_deref(), Some("2014-03-28"));
        assert_eq!(parse_iso("2022-01-21 08:12").as_deref(), Some("2022-01-21"));
        assert_eq!(parse_iso("2022-02-30"), None);
    }

    #[test]
    fn vietnamese_date_lines() {
        assert_eq!(
            parse_labelled("Thứ hai, 20/12/2023 08:30 (GMT+7)").as_deref(),
            Some("2023-12-20T08:30:00+07:00")
        );
        assert_eq!(
            parse_labelled("Cập nhật: 21/01/2022 08:12").as_deref(),
            Some("2022-01-21")
        );
        assert_eq!(
            parse_labelled("Ngày đăng: 03/04/2014").as_deref(),
            Some("2014-04-03")
        );
        assert_eq!(
            parse_labelled("Thứ Sáu, 21/01/2022").as_deref(),
            Some("2022-01-21")
        );
        // A date in running text is not a date line.
        assert_eq!(parse_labelled("ngày 15/2/2022 mở lại đường bay"), None);
        assert_eq!(parse_dmy("31/02/2022"), None);
        assert_eq!(
            parse_dmy("20/12/2023 08:30 (GMT+7:99)").as_deref(),
            Some("2023-12-20")
        );
        assert_eq!(
            parse_dmy("20/12/2023 08:30 (GMT+07:00)").as_deref(),
            Some("2023-12-20T08:30:00+07:00")
        );
    }

    #[test]
    fn site_names_leave_the_title() {
        let t =
            |s: &str, host: &str| clean_title(s, site_label(host).as_deref(), None, &Meta::DEFAULT);
        assert_eq!(
            t(
                "Đau bụng kéo dài, phát hiện ung thư lymphoma ruột non - Báo VnExpress Sức khỏe",
                "vnexpress.net"
            ),
            "Đau bụng kéo dài, phát hiện ung thư lymphoma ruột non"
        );
        assert_eq!(
            t(
                "Xe Camry tông 4 xe máy trên đường phố Sài Gòn - Dân trí mobile",
                "dantri.com.vn"
            ),
            "Xe Camry tông 4 xe máy trên đường phố Sài Gòn"
        );
        assert_eq!(
            t(
                "\"Choáng\" với chi phí và an ninh cho Olympic Sochi 2014 | CafeF Mobile",
                "cafef.vn"
            ),
            "\"Choáng\" với chi phí và an ninh cho Olympic Sochi 2014"
        );
        // A dash inside the headline stays.
        assert_eq!(
            t("Việt - Ấn hợp tác - VnExpress", "vnexpress.net"),
            "Việt - Ấn hợp tác"
        );
    }

    #[test]
    fn bylines_are_people() {
        let label = site_label("vneconomy.vn");
        assert!(is_person(
            &clean_byline("Bình Minh - "),
            label.as_deref(),
            &Meta::DEFAULT
        ));
        assert_eq!(clean_byline("Bình Minh - "), "Bình Minh");
        assert!(!is_person("VCCorp.vn", None, &Meta::DEFAULT));
        assert!(!is_person(
            "https://www.facebook.com/vietnamnet.vn",
            None,
            &Meta::DEFAULT
        ));
        assert!(!is_person(
            "VnExpress",
            site_label("vnexpress.net").as_deref(),
            &Meta::DEFAULT
        ));
    }
}
