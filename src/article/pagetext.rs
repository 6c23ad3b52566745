//! Page text → article: the text of a saved page (menus, headline, dateline, body, byline,
//! related news) reduced to the article.
//!
//! Works line by line: known navigation lines are dropped, the dateline gives the
//! publication date, the headline is the line before the dateline (or the first real line),
//! the body runs until the first related-news or sharing marker, and a short name line at the
//! end of the body is the byline.

use crate::normalize::chars::{is_alnum, is_alpha};
use std::sync::LazyLock;

use regex::Regex;

use super::Article;

/// Lines that end the article: everything from them on is related news, sharing or footer.
const TRAILER_MARKERS: &[&str] = &[
    "có thể bạn quan tâm",
    "tin khác",
    "xem thêm",
    "chia sẻ bài viết",
    "chia sẻ",
    "tin liên quan",
    "tin cùng chuyên mục",
    "bài viết liên quan",
    "bài liên quan",
    "liên kết website",
    "tin mới nhất",
    "tin đọc nhiều",
    "đọc nhiều",
    "bình luận",
    "phiên bản di động",
    "nên xem",
];

/// Navigation and page furniture dropped wherever they stand.
const NAVIGATION_LINES: &[&str] = &[
    "danh mục",
    "--> -->",
    "-->",
    "hình ảnh hoạt động",
    "các doanh nghiệp ký kết phúc lợi",
    "trang chủ",
    "100%",
    "in bài viết",
];

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:ngày đăng|đăng ngày|ngày cập nhật|cập nhật|đăng lúc|ngày)\s*:?\s*(?:[^\d]{0,12})?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s*[-|,]?\s*(\d{1,2})[:h](\d{2}))?",
    )
    .expect("dateline regex")
});

static VIEW_COUNTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:lượt xem|lượt đọc|số lượt xem)\s*:?\s*[\d.,]+$").expect("view regex")
});

static SOURCE_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(?:nguồn|theo)\s*:\s*\S+").expect("source regex"));

static BYLINE_PREFIXED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:t/h|th|tin, ảnh|tin và ảnh|bài, ảnh|bài và ảnh|pv|nhóm pv|ctv)\s*:\s*(.{2,60})$",
    )
    .expect("byline regex")
});

/// Splits page text into an [`Article`].
///
/// # Example
/// ```
/// use union_news::article::from_page_text;
/// let page = "Danh mục\n\nHội nghị tổng kết\n\nĐăng ngày 01/02/2024\n\nNgày 01/02/2024, LĐLĐ tỉnh tổ chức hội nghị.\n\nT/h: Huyền Trang\n\nTin liên quan:\nTin khác";
/// let article = from_page_text(page);
/// assert_eq!(article.title.as_deref(), Some("Hội nghị tổng kết"));
/// assert_eq!(article.published.as_deref(), Some("2024-02-01"));
/// assert_eq!(article.byline.as_deref(), Some("T/h: Huyền Trang"));
/// assert_eq!(article.body, "Ngày 01/02/2024, LĐLĐ tỉnh tổ chức hội nghị.");
/// ```
pub fn from_page_text(page: &str) -> Article {
    let lines: Vec<&str> = page.lines().map(|l| l.trim_matches(is_space)).collect();
    let mut article = Article::default();

    // The article ends at the first trailer marker.
    let end = lines
        .iter()
        .position(|l| is_trailer(l))
        .unwrap_or(lines.len());
    let lines = &lines[..end];

    // Dateline: the first one gives the publication date.
    let mut dateline_at = None;
    for (i, line) in lines.iter().enumerate() {
        if let Some(date) = parse_dateline(line) {
            article.published = Some(date);
            dateline_at = Some(i);
            break;
        }
    }

    let keep = |l: &&str| !l.is_empty() && !is_navigation(l) && !is_repeated_menu(l);
    // Headline: the real line just before the dateline, else the first real line.
    let title_at = match dateline_at {
        Some(d) => (0..d)
            .rev()
            .find(|&i| keep(&lines[i]) && is_headline(lines[i])),
        None => None,
    }
    .or_else(|| (0..lines.len()).find(|&i| keep(&lines[i]) && is_headline(lines[i])));
    if let Some(t) = title_at {
        article.title = Some(lines[t].to_string());
        if let Some(s) = (0..t).rev().find(|&i| keep(&lines[i])) {
            article.section = Some(lines[s].to_string());
        }
    }

    let body_from = title_at
        .map_or(0, |t| t + 1)
        .max(dateline_at.map_or(0, |d| d + 1));
    let mut body: Vec<(usize, &str)> = Vec::new();
    for (i, line) in lines.iter().enumerate().skip(body_from) {
        if line.is_empty() {
            continue;
        }
        if !keep(line) || VIEW_COUNTER.is_match(line) || parse_dateline(line).is_some() {
            continue;
        }
        body.push((i, line));
    }

    // Footer lines: source attribution and byline at the end of the body.
    while let Some(&(_, last)) = body.last() {
        if SOURCE_LINE.is_match(last) {
            body.pop();
        } else if article.byline.is_none() && is_byline(last) {
            article.byline = Some(last.to_string());
            body.pop();
        } else {
            break;
        }
    }

    // A related-links line glued under the lead: an unterminated line directly below a
    // finished paragraph and followed by a blank line (seed 002, line 6).
    let mut dropped = Vec::new();
    for (k, &(i, line)) in body.iter().enumerate() {
        let glued_below = i > 0 && lines[i - 1].ends_with(['.', '!', '?']) && k > 0;
        let blank_after = lines.get(i + 1).is_none_or(|l| l.is_empty());
        if glued_below
            && blank_after
            && !line.ends_with(['.', '!', '?', ':', ';', ','])
            && line.split_whitespace().count() >= 10
            && k + 1 < body.len()
        {
            dropped.push(k);
        }
    }
    for k in dropped.into_iter().rev() {
        body.remove(k);
    }

    article.body = join_paragraphs(lines, &body);
    if article.body.is_empty() {
        article.warnings.push("no body found".to_string());
    }
    article
}

/// Joins kept lines: lines that were adjacent in the page stay in one paragraph block
/// separated by a line break; a blank line or a dropped line between them starts a new
/// paragraph.
fn join_paragraphs(lines: &[&str], body: &[(usize, &str)]) -> String {
    let mut out = String::new();
    let mut prev: Option<usize> = None;
    for &(i, line) in body {
        if let Some(p) = prev {
            let adjacent = i == p + 1 && !lines[p].is_empty();
            out.push_str(if adjacent { "\n" } else { "\n\n" });
        }
        out.push_str(line);
        prev = Some(i);
    }
    out
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}'
}

fn lower(line: &str) -> String {
    line.trim_end_matches([':', ' ', '.']).to_lowercase()
}

/// Markers and navigation items are short; longer lines are never lower-cased for the test.
const MARKER_MAX_BYTES: usize = 64;

fn is_trailer(line: &str) -> bool {
    if line.len() > MARKER_MAX_BYTES {
        return false;
    }
    let l = lower(line);
    TRAILER_MARKERS.contains(&l.as_str())
}

fn is_navigation(line: &str) -> bool {
    if line.len() > MARKER_MAX_BYTES {
        return !line.chars().any(is_alnum);
    }
    let l = lower(line);
    NAVIGATION_LINES.contains(&l.as_str()) || l.chars().all(|c| !is_alnum(c))
}

/// "Chỉ thị 05 Chỉ thị 05 Chỉ thị 05": a menu item repeated on one line.
fn is_repeated_menu(line: &str) -> bool {
    if line.len() > 4 * MARKER_MAX_BYTES {
        return false;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    for size in 1..=words.len() / 2 {
        if words.len() % size == 0 && words.len() / size >= 2 {
            let first = &words[..size];
            if words.chunks(size).all(|c| c == first) {
                return true;
            }
        }
    }
    false
}

fn is_headline(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (3..=40).contains(&words) && line.len() < 400
}

fn parse_dateline(line: &str) -> Option<String> {
    let caps = DATELINE.captures(line)?;
    // A plain "Ngày 01/02/2024, ..." sentence starts the body; a dateline stands alone.
    let whole = caps.get(0)?;
    let rest = line[whole.end()..].trim();
    let label = line[..whole.start() + 6.min(whole.len())].to_lowercase();
    if label.starts_with("ngày") && !label.starts_with("ngày đăng") && !rest.is_empty() {
        return None;
    }
    let day: u32 = caps.get(1)?.as_str().parse().ok()?;
    let month: u32 = caps.get(2)?.as_str().parse().ok()?;
    let year: i32 = caps.get(3)?.as_str().parse().ok()?;
    let date = chrono::NaiveDate::from_ymd_opt(year, month, day)?;
    match (caps.get(4), caps.get(5)) {
        (Some(h), Some(m)) => {
            let hour: u32 = h.as_str().parse().ok()?;
            let minute: u32 = m.as_str().parse().ok()?;
            let time = chrono::NaiveTime::from_hms_opt(hour, minute, 0)?;
            // Vietnamese sites print local time (UTC+7).
            Some(format!(
                "{}T{}+07:00",
                date.format("%Y-%m-%d"),
                time.format("%H:%M:%S")
            ))
        }
        _ => Some(date.format("%Y-%m-%d").to_string()),
    }
}

/// A byline: "T/h: Huyền Trang", or a short name of capitalized words ("Phương Trà").
fn is_byline(line: &str) -> bool {
    if BYLINE_PREFIXED.is_match(line) {
        return true;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && line.chars().count() <= 40
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| is_alpha(c) || c == '.' || c == '-')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines() {
        assert_eq!(
            parse_dateline("Ngày đăng: 20/12/2023").as_deref(),
            Some("2023-12-20")
        );
        assert_eq!(
            parse_dateline("Đăng ngày 01/02/2024").as_deref(),
            Some("2024-02-01")
        );
        assert_eq!(
            parse_dateline("Cập nhật: 05/03/2024 14:30").as_deref(),
            Some("2024-03-05T14:30:00+07:00")
        );
        assert_eq!(
            parse_dateline("Ngày 01/02/2024, Liên đoàn Lao động tỉnh tổ chức"),
            None
        );
        assert_eq!(parse_dateline("Ngày đăng: 31/02/2023"), None);
    }

    #[test]
    fn menus_and_bylines() {
        assert!(is_repeated_menu(
            "Chỉ thị 05 Chỉ thị 05 Chỉ thị 05 Chỉ thị 05"
        ));
        assert!(!is_repeated_menu("Chỉ thị 05 của Ban Bí thư"));
        assert!(is_byline("Phương Trà"));
        assert!(is_byline("T/h: Huyền Trang"));
        assert!(!is_byline("Toàn cảnh hội nghị tổng kết."));
        assert!(!is_byline(
            "Các đồng chí lãnh đạo LĐLĐ tỉnh chụp ảnh lưu niệm"
        ));
    }
}
