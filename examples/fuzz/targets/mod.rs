//! The fuzz targets: one function per input surface of union-news, each taking raw bytes and
//! checking invariants beyond "does not panic".
//!
//! This directory is the one place the targets live. Three drivers include this `mod.rs` with
//! `#[path]` (its `mod` lines then resolve in this directory): the stable mutation fuzzer
//! (`examples/fuzz/main.rs`), the cargo-fuzz crate (`fuzz/`), and the regression tests
//! (`tests/fuzz/mod.rs`), so a crash found by any of them replays the same way in the others.
//!
//! A target returns `Ok(features)` (hashes of what the input made the code do, which the
//! stable fuzzer uses to keep inputs that reach something new) or `Err(message)` when an
//! invariant does not hold. A panic is a failure too; the driver catches it.
//!
//! Here: the registry ([`TARGETS`], [`find`]), the dictionaries, [`Features`] and the input
//! helpers. The targets are in [`text`] (pages, HTML, JSONL lines, records, normalization),
//! [`extractors`] (dates, money, counts, entities), [`robots`] and [`links`] (feeds, sitemaps,
//! page links); the checks they share in [`invariants`].

mod extractors;
mod invariants;
mod links;
mod robots;
mod text;

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

/// What one run of a target gives: the features the input reached, or the invariant it broke.
pub type Outcome = Result<Features, String>;

/// One fuzz target.
pub struct Target {
    /// The name used on the command line and as the corpus directory name.
    pub name: &'static str,
    /// What the target feeds and checks, for `--list` and the docs.
    pub about: &'static str,
    /// The function under test.
    pub run: fn(&[u8]) -> Outcome,
    /// Tokens worth inserting for this target, on top of the shared dictionary.
    pub dict: &'static [&'static str],
}

/// Every target, in the order `--all` runs them.
pub const TARGETS: &[Target] = &[
    Target {
        name: "pagetext",
        about: "a .txt page: char refs, from_page_text, then the whole record",
        run: text::pagetext,
        dict: &[
            "Ngày đăng: 20/12/2023",
            "Đăng ngày ",
            "Tin liên quan",
            "Có thể bạn quan tâm",
            "Danh mục",
            "T/h: ",
            "\n\n",
            "&#224;",
            "&#x1EA1;",
            "&agrave;",
            "&nbsp;",
        ],
    },
    Target {
        name: "html",
        about: "HTML bytes: charset sniffing, from_html, then the whole record",
        run: text::html,
        dict: &[
            "<div>",
            "</div>",
            "<p>",
            "</p>",
            "<article>",
            "<meta charset=\"windows-1258\">",
            "<meta charset=\"utf-16\">",
            "<meta property=\"og:title\" content=\"",
            "<meta property=\"article:published_time\" content=\"2024-01-17T08:30:00+07:00\">",
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"",
            "<time datetime=\"",
            "<h1>",
            "<a href=\"/x\">",
            "<!--",
            "-->",
            "<![CDATA[",
            "\u{feff}",
        ],
    },
    Target {
        name: "jsonl_line",
        about: "one JSONL input line: parse_jsonl_line, then the whole record",
        run: text::jsonl_line,
        dict: &[
            "{\"id\":",
            "\"text\":\"",
            "\"html\":\"",
            "\"url\":\"https://laodong.vn/a-1.ldo\"",
            "\"published\":\"2024-01-17\"",
            "\"title\":\"",
            "\\u00e0",
            "\\ud83d",
            "\\n",
            "null",
            "}",
        ],
    },
    Target {
        name: "record",
        about: "plain article text: article_record (normalize and every extractor)",
        run: text::record,
        dict: &[],
    },
    Target {
        name: "normalize",
        about: "normalize, fold, lower_aligned and decode_char_refs",
        run: text::normalize_target,
        dict: &[
            "\u{0301}", "\u{0323}", "oà", "uỷ", "\r\n", "\t", "…", "“", "–", "&#",
        ],
    },
    Target {
        name: "dates",
        about: "the date extractor on normalized text",
        run: extractors::dates,
        dict: &[
            "ngày ",
            "tháng ",
            "năm ",
            "quý ",
            "nhiệm kỳ ",
            "17/1",
            "31/12/2023",
            "2023-2028",
            "hôm qua",
            "sáng ",
            "thứ Hai",
        ],
    },
    Target {
        name: "money",
        about: "the money extractor on normalized text",
        run: extractors::money,
        dict: &[
            "1.500.000",
            "60,8",
            " tỷ đồng",
            " triệu đồng",
            " nghìn",
            "USD",
            "hơn ",
            "từ ",
            " đến ",
            "hàng trăm",
            "9999999999999999999999",
        ],
    },
    Target {
        name: "counts",
        about: "the member-count extractor on normalized text",
        run: extractors::counts,
        dict: &[
            " đoàn viên",
            " công nhân",
            " CĐCS",
            "kết nạp ",
            "nâng tổng số ",
            " lên ",
            "thành lập mới ",
            "hơn ",
            "1.234",
        ],
    },
    Target {
        name: "entities",
        about: "organizations, people and events on normalized text",
        run: extractors::entities,
        dict: &[
            "Liên đoàn Lao động ",
            "LĐLĐ ",
            "Công đoàn ",
            "CĐCS ",
            "UBND ",
            "Công ty ",
            "tỉnh ",
            "quận Thanh Khê",
            "Chủ tịch ",
            "ông ",
            "bà ",
            "Nguyễn Văn A",
            "tổ chức hội nghị",
            "Đại hội",
            "Dịp này",
            "(",
            ")",
        ],
    },
    Target {
        name: "robots",
        about: "robots.txt parsing and matching, checked against a reference glob matcher",
        run: robots::robots,
        dict: &[
            "User-agent: *\n",
            "User-agent: union-news\n",
            "Disallow: ",
            "Allow: ",
            "Crawl-delay: ",
            "*",
            "$",
            "#",
            "/",
            "\n",
        ],
    },
    Target {
        name: "feed",
        about: "RSS/Atom items: sniff and feed_links",
        run: links::feed,
        dict: &[
            "<rss>",
            "<item>",
            "</item>",
            "<entry>",
            "</entry>",
            "<link>",
            "</link>",
            "<link rel=\"alternate\" href=\"",
            "<guid isPermaLink=\"true\">",
            "<pubDate>Mon, 01 Jan 2024 08:00:00 +0700</pubDate>",
            "<dc:date>2024-01-01T08:00:00Z</dc:date>",
            "<![CDATA[",
            "]]>",
            "&amp;",
            "&#x",
        ],
    },
    Target {
        name: "sitemap",
        about: "sitemaps and sitemap indexes: sniff and sitemap_links",
        run: links::sitemap,
        dict: &[
            "<urlset>",
            "<sitemapindex>",
            "<url>",
            "</url>",
            "<sitemap>",
            "</sitemap>",
            "<loc>",
            "</loc>",
            "<news:publication_date>2024-01-17T08:30:00+07:00</news:publication_date>",
            "<lastmod>",
            "&amp;",
        ],
    },
    Target {
        name: "links",
        about: "links of an HTML page: html_links, resolve, looks_like_article",
        run: links::page_links,
        dict: &[
            "<a href=\"",
            "\">",
            "</a>",
            "<base href=\"",
            "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"",
            "<meta name=\"robots\" content=\"nofollow\">",
            " rel=\"nofollow\"",
            "javascript:",
            "//",
            "../",
            "#",
            "?",
        ],
    },
];

/// Tokens every target gets: the Vietnamese letters, spaces and marks that trip byte/char
/// confusions, and the markers the scanners key on.
pub const SHARED_DICT: &[&str] = &[
    "đồng",
    "Ngày",
    "Tin liên quan",
    "(",
    "<div>",
    "&#",
    "0",
    "1.",
    ".5",
    "17/1/2024",
    "Đ",
    "ư",
    "ạ",
    "ằ",
    "ệ",
    "ữ",
    "\u{a0}",
    "\u{300}",
    "\u{301}",
    "\u{303}",
    "\u{309}",
    "\u{323}",
    "\u{200b}",
    "\u{feff}",
    "\u{fffd}",
    "\u{2028}",
    "😀",
    "\n",
    "\r",
    " ",
    ",",
    "-",
    "/",
    ":",
    "\"",
];

/// The target called `name`.
pub fn find(name: &str) -> Option<&'static Target> {
    TARGETS.iter().find(|t| t.name == name)
}

/// Hashes of what an input made the code do (numbers of mentions, kinds, warnings), for the
/// stable fuzzer's "keep inputs that reach something new" feedback.
#[derive(Debug, Default)]
pub struct Features(pub Vec<u64>);

impl Features {
    /// Adds the feature `(tag, value)`.
    pub fn add(&mut self, tag: &str, value: impl Hash) {
        // DefaultHasher::new() has fixed keys: the same features on every run (determinism).
        let mut h = DefaultHasher::new();
        tag.hash(&mut h);
        value.hash(&mut h);
        self.0.push(h.finish());
    }

    /// Adds a count, bucketed (0, 1, 2, 3–4, 5–8, …) so that every new number is not new.
    pub fn count(&mut self, tag: &str, n: usize) {
        self.add(tag, usize::BITS - n.leading_zeros());
    }
}

/// The input as text, invalid UTF-8 replaced (as the pipeline reads inputs).
fn text_of(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

/// A small number taken from the input, to vary a target's options deterministically.
fn pick(data: &[u8], n: usize) -> usize {
    data.iter()
        .fold(data.len(), |a, &b| a.wrapping_mul(31) ^ b as usize)
        % n
}
