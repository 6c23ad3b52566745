//! HTML article extraction on real saved pages: `fixtures/html/<page>.html` against
//! `fixtures/html/<page>.expect.toml`.
//!
//! A fixture names the expected title and publication date, sentences that must be in the
//! body (copied from the article as published) and boilerplate that must not be (menus,
//! related-news headlines, footers, share and comment text), or `article = false` for a page
//! that is not an article. One driver runs every page and prints a line per page.
//!
//! With `UNION_NEWS_HTML_OUT=<dir>` set, the driver also writes `<dir>/<page>.json`
//! (title, published, byline, section, canonical_url, body, warnings) for
//! `scripts/compare-trafilatura.py`.

use std::path::{Path, PathBuf};

use union_news::article::html::from_html;

/// The fixtures directory.
fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/html")
}

/// Every `.html` page in the fixtures, sorted.
fn pages() -> Vec<PathBuf> {
    let mut pages: Vec<PathBuf> = std::fs::read_dir(fixtures())
        .map(|dir| {
            dir.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "html"))
                .collect()
        })
        .unwrap_or_default();
    pages.sort();
    pages
}

#[test]
fn dump_pages() {
    let Ok(out) = std::env::var("UNION_NEWS_HTML_OUT") else {
        return;
    };
    std::fs::create_dir_all(&out).unwrap();
    for page in pages() {
        let bytes = std::fs::read(&page).unwrap();
        let article = from_html(&bytes, None, None).unwrap();
        let json = serde_json::json!({
            "title": article.title,
            "published": article.published,
            "byline": article.byline,
            "section": article.section,
            "canonical_url": article.canonical_url,
            "body": article.body,
            "warnings": article.warnings,
        });
        let name = page.file_stem().unwrap().to_string_lossy().to_string();
        std::fs::write(
            Path::new(&out).join(format!("{name}.json")),
            serde_json::to_string_pretty(&json).unwrap(),
        )
        .unwrap();
    }
}
