//! What class and id names say about a container: boilerplate (comments, share bars, related
//! news, menus, ads) or content (article body, detail, sapo).
//!
//! Names are matched as lowercase substrings of `class` + `id`, the way readability does;
//! Vietnamese sites add their own words (tin liên quan, xem nhiều, quảng cáo, bình luận).

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

/// Substrings that mark a container as boilerplate.
const NEGATIVE: &[&str] = &[
    "advert",
    "banner",
    "binh-luan",
    "binhluan",
    "bottom-bar",
    "box-tin",
    "breadcrumb",
    "combx",
    "comment",
    "community",
    "contact",
    "cookie",
    "disqus",
    "docnhieu",
    "doc-nhieu",
    "extra",
    "facebook",
    "foot",
    "footer",
    "google-ads",
    "header",
    "hot-news",
    "keyword",
    "lienquan",
    "lien-quan",
    "login",
    "masthead",
    "media-share",
    "menu",
    "most-view",
    "navbar",
    "navigation",
    "newsletter",
    "pager",
    "pagination",
    "popup",
    "promo",
    "quangcao",
    "quang-cao",
    "rating",
    "relate",
    "remark",
    "rss",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "subscribe",
    "tag-list",
    "tags",
    "tinkhac",
    "tin-khac",
    "tool",
    "topbar",
    "top-news",
    "twitter",
    "vote",
    "widget",
    "xemnhieu",
    "xem-nhieu",
    "zalo",
];

/// Substrings that mark a container as content.
const POSITIVE: &[&str] = &[
    "article", "body", "chitiet", "chi-tiet", "content", "detail", "entry", "fck", "main",
    "noidung", "noi-dung", "page", "post", "sapo", "story", "text",
];

/// Class/id tokens (whole words) that mark boilerplate but are too short to match as
/// substrings ("ad" is inside "head", "nav" inside "canvas").
const NEGATIVE_TOKENS: &[&str] = &["ad", "ads", "adv", "nav", "qc", "tag"];

static NEGATIVE_AC: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::new(NEGATIVE).unwrap_or_else(|err| unreachable!("static patterns: {err}"))
});
static POSITIVE_AC: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::new(POSITIVE).unwrap_or_else(|err| unreachable!("static patterns: {err}"))
});

/// The lowercase `class` and `id` of an element, space-separated.
pub(crate) fn key(class: Option<&str>, id: Option<&str>) -> String {
    let mut key = String::new();
    for part in [class, id].into_iter().flatten() {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(&part.to_lowercase());
    }
    key
}

/// Whether the class/id names boilerplate.
pub(crate) fn is_negative(key: &str) -> bool {
    !key.is_empty()
        && (NEGATIVE_AC.is_match(key)
            || key
                .split(|c: char| !c.is_ascii_alphanumeric())
                .any(|token| NEGATIVE_TOKENS.contains(&token)))
}

/// Whether the class/id names content.
pub(crate) fn is_positive(key: &str) -> bool {
    !key.is_empty() && POSITIVE_AC.is_match(key)
}

/// Boilerplate by name and not also content by name ("comment" but not "content-comment"
/// counts; readability's "unlikely candidate").
pub(crate) fn is_unlikely(key: &str) -> bool {
    is_negative(key) && !is_positive(key)
}

/// Readability's class weight: `-points` for boilerplate names, `+points` for content names
/// (both for "content-comment"; see [`crate::article::config::Scoring::class_weight`]).
pub(crate) fn weight(key: &str, points: f64) -> f64 {
    let mut weight = 0.0;
    if is_negative(key) {
        weight -= points;
    }
    if is_positive(key) {
        weight += points;
    }
    weight
}

/// Whether a `style` attribute hides the element.
pub(crate) fn hides(style: &str) -> bool {
    let compact: String = style
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect();
    compact.contains("display:none") || compact.contains("visibility:hidden")
}

/// Whether the class/id names a lead paragraph (sapo, description, summary).
pub(crate) fn is_lead(key: &str) -> bool {
    [
        "sapo",
        "lead",
        "description",
        "summary",
        "init-news-content",
        "initnewscontent",
    ]
    .iter()
    .any(|k| key.contains(k))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_boilerplate_names() {
        for name in [
            "box-tin-lien-quan",
            "tinlienquan",
            "list-news-related",
            "box_comment",
            "social-share",
            "menu-top",
            "ads-300",
            "box-xemnhieu",
        ] {
            assert!(is_unlikely(name), "{name}");
        }
    }

    #[test]
    fn content_names_are_not_unlikely() {
        for name in [
            "fck_detail",
            "sidebar-1 content-detail",
            "knc-content",
            "post-sapo",
            "head",
        ] {
            assert!(!is_unlikely(name), "{name}");
        }
        assert!(weight("fck_detail", 25.0) > 0.0);
        assert!(weight("box-comment", 25.0) < 0.0);
    }

    #[test]
    fn hidden_styles() {
        assert!(hides("DISPLAY: none;"));
        assert!(!hides("display:block"));
    }
}
