//! Page text → article: the text of a saved page (menus, headline, dateline, body, byline,
//! related news) reduced to the article.
//!
//! Works line by line: known navigation lines are dropped, the dateline gives the
//! publication date, the headline is the line before the dateline (or the first real line
//! before the body), the body runs from its first prose line until the next related-news or
//! sharing marker (markers above it are page furniture), and a short name line at the end of
//! the body is the byline. A page of one line, or without a headline, is all body.

use crate::normalize::chars::{is_alnum, is_alpha};
use std::sync::LazyLock;

use regex::Regex;

use super::config::PageText;
use super::{Article, Config};

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
        r"(?i)^(?P<label>ngày đăng|đăng ngày|ngày cập nhật|cập nhật|đăng lúc|ngày)\s*:?\s*(?:[^\d]{0,12})?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s*[-|,]?\s*(\d{1,2})[:h](\d{2}))?",
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
/// Trailer markers ("Tin liên quan", "Liên kết website", "Chia sẻ", "Đọc nhiều", …) end the
/// article only once its body has started — at the first prose line, see `is_prose` —
/// so a marker in the header menu or between the headline and the body is dropped like a
/// menu line, not taken as the end. When the cut at a marker still leaves no prose in the
/// body, the article is read again up to the next marker (then up to the end of the page)
/// and the first reading with a body is kept, with a warning naming the ignored marker.
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
    from_page_text_with(page, &Config::DEFAULT)
}

/// [`from_page_text`] with other thresholds than the defaults (see [`Config::page_text`]).
pub fn from_page_text_with(page: &str, cfg: &Config) -> Article {
    let cfg = &cfg.page_text;
    let lines: Vec<&str> = page.lines().map(|l| l.trim_matches(is_space)).collect();
    let classes: Vec<LineClass> = lines.iter().map(|l| LineClass::of(l, cfg)).collect();

    // Where the body starts: the first prose line. Markers before it are header furniture.
    let body_start = classes
        .iter()
        .position(|c| c.prose && !c.trailer && !c.repeated_menu);
    let after = body_start.unwrap_or(0);
    let mut cuts: Vec<usize> = (0..lines.len())
        .filter(|&i| (body_start.is_none() || i > after) && classes[i].trailer)
        .collect();
    cuts.push(lines.len());

    let first = read_article(&lines, &classes, cuts[0], cfg);
    if !too_little(&first, body_start.is_some(), cfg) {
        return first;
    }
    // Each reading costs a pass over the page: only the first MAX_RETRIES later markers
    // are tried, then the whole page, so a page of thousands of markers stays linear.
    let later = &cuts[1..];
    let tried = later
        .iter()
        .take(MAX_RETRIES)
        .chain(later.last().filter(|_| later.len() > MAX_RETRIES));
    for &cut in tried {
        let mut retry = read_article(&lines, &classes, cut, cfg);
        if !too_little(&retry, body_start.is_some(), cfg) {
            retry.warnings.push(format!(
                "ignored the marker {:?} on line {}: the article would have had no body",
                lines[cuts[0]],
                cuts[0] + 1
            ));
            return retry;
        }
    }
    first
}

/// How many later markers are tried as the end of the article when the first leaves no
/// body. Real pages have a handful of markers after the body starts.
const MAX_RETRIES: usize = 16;

/// What one line of the page is, worked out once per line.
struct LineClass {
    /// A related-news or sharing marker ([`TRAILER_MARKERS`]).
    trailer: bool,
    /// A menu item repeated on one line.
    repeated_menu: bool,
    /// A line that can be part of the article: not empty, not navigation, not a repeated
    /// menu, not a marker.
    keep: bool,
    /// Running text ([`is_prose`]).
    prose: bool,
    /// Could be a headline ([`is_headline`]).
    headline: bool,
    /// The publication date, when the line is a dateline.
    dateline: Option<String>,
    /// A view counter ("Lượt xem: 14240").
    view_counter: bool,
}

impl LineClass {
    fn of(line: &str, cfg: &PageText) -> Self {
        // Markers and navigation lines are short: a short line is lower-cased once, for both.
        let lowered = (line.len() <= MARKER_MAX_BYTES).then(|| lower(line));
        let trailer = is_trailer(lowered.as_deref());
        let repeated_menu = is_repeated_menu(line);
        let keep = !line.is_empty()
            && !is_navigation(line, lowered.as_deref())
            && !repeated_menu
            && !trailer;
        // Datelines and view counters are short lines with digits.
        let short_with_digit = short_with_digit(line, cfg);
        let (prose, headline) = prose_and_headline(line, cfg);
        Self {
            trailer,
            repeated_menu,
            keep,
            prose,
            headline,
            dateline: if short_with_digit {
                parse_dateline(line)
            } else {
                None
            },
            view_counter: short_with_digit && VIEW_COUNTER.is_match(line),
        }
    }
}

/// Whether a reading of the page lost the article: no body, or (on a page with prose) no
/// prose in the body.
fn too_little(article: &Article, page_has_prose: bool, cfg: &PageText) -> bool {
    if page_has_prose {
        !article.body.lines().any(|line| is_prose(line, cfg))
    } else {
        article.body.is_empty()
    }
}

/// The article in `lines[..end]`: dateline, headline, body, byline.
fn read_article(all_lines: &[&str], classes: &[LineClass], end: usize, cfg: &PageText) -> Article {
    let lines = &all_lines[..end];
    let classes = &classes[..end];
    let mut article = Article::default();

    // Dateline: the first one gives the publication date.
    let dateline_at = classes.iter().position(|c| c.dateline.is_some());
    article.published = dateline_at.and_then(|i| classes[i].dateline.clone());

    // Markers standing before the end (in the header, under the headline) are dropped.
    let keep = |i: usize| classes[i].keep;
    // Headline: the real line just before the dateline; else the first real line before
    // the first prose line (a headline comes before the body it heads).
    let first_prose = classes
        .iter()
        .position(|c| c.keep && c.prose)
        .unwrap_or(lines.len());
    let title_at = match dateline_at {
        Some(d) => (0..d).rev().find(|&i| keep(i) && classes[i].headline),
        None => None,
    }
    .or_else(|| (0..first_prose).find(|&i| keep(i) && classes[i].headline));
    if let Some(t) = title_at {
        article.title = Some(lines[t].to_string());
        if let Some(s) = (0..t).rev().find(|&i| keep(i)) {
            article.section = Some(lines[s].to_string());
        }
    }

    let body_from = title_at
        .map_or(0, |t| t + 1)
        .max(dateline_at.map_or(0, |d| d + 1));
    let mut body: Vec<(usize, &str)> = Vec::with_capacity(lines.len().saturating_sub(body_from));
    for (i, line) in lines.iter().enumerate().skip(body_from) {
        let class = &classes[i];
        if !class.keep || class.view_counter || class.dateline.is_some() {
            continue;
        }
        body.push((i, line));
    }

    // A page that is one short line, or a plain article without a headline: the "headline"
    // is the body.
    if let (true, None, Some(t)) = (body.is_empty(), dateline_at, title_at) {
        article.title = None;
        article.section = None;
        body.push((t, lines[t]));
    }

    // Footer lines: source attribution and byline at the end of the body.
    while let Some(&(_, last)) = body.last() {
        if body.len() > 1 && SOURCE_LINE.is_match(last) {
            body.pop();
        } else if body.len() > 1 && article.byline.is_none() && is_byline(last, cfg) {
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
            && line.split_whitespace().count() >= cfg.glued_link_min_words
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
    // Sized once (each line and at most two line breaks): grown from nothing, the body was
    // copied about a dozen times (1.3 M instructions of the seeds' 300 lines in `realloc`).
    let mut out = String::with_capacity(body.iter().map(|(_, line)| line.len() + 2).sum());
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
    crate::normalize::chars::lower_aligned(line.trim_end_matches([':', ' ', '.']))
}

/// Markers and navigation items are short; longer lines are never lower-cased for the test.
const MARKER_MAX_BYTES: usize = 64;

/// Whether a line is a related-news or sharing marker ([`TRAILER_MARKERS`]), given `lowered`:
/// its [`lower`] when it is at most [`MARKER_MAX_BYTES`] long, else `None` (no marker).
fn is_trailer(lowered: Option<&str>) -> bool {
    lowered.is_some_and(|l| TRAILER_MARKERS.contains(&l))
}

/// Whether `line` is navigation: a listed line ([`NAVIGATION_LINES`]) or one without a letter
/// or digit. `lowered` is as for [`is_trailer`].
fn is_navigation(line: &str, lowered: Option<&str>) -> bool {
    match lowered {
        None => !line.chars().any(is_alnum),
        Some(l) => NAVIGATION_LINES.contains(&l) || l.chars().all(|c| !is_alnum(c)),
    }
}

/// The lines of `text` that only a page saved as text has, with their 1-based line numbers:
/// related-news and sharing markers ("Tin liên quan", "Chia sẻ bài viết:"), listed navigation
/// lines ("Danh mục", "Trang chủ", "-->"), datelines ("Ngày đăng: 20/12/2023") and view
/// counters ("Lượt xem: 14240"), each a line of its own. How a text given as an article body
/// (a JSONL line's `text`) is told from a page's text, to be read by [`from_page_text`].
///
/// Lines that are only punctuation ("* * *") and menus repeated on one line are page
/// furniture to [`from_page_text`] too, but they are not counted: article bodies have them
/// (scene breaks, a name said twice).
///
/// # Example
/// ```
/// use union_news::article::furniture_lines;
/// let page = "Danh mục\n\nHội nghị tổng kết\n\nNgày 01/02/2024, LĐLĐ tỉnh họp.\n\nTin liên quan:";
/// let found: Vec<_> = furniture_lines(page).collect();
/// assert_eq!(found, [(1, "Danh mục"), (7, "Tin liên quan:")]);
/// assert_eq!(furniture_lines("Ngày 01/02/2024, LĐLĐ tỉnh họp.\n* * *").count(), 0);
/// ```
pub fn furniture_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let cfg = &Config::DEFAULT.page_text;
    text.lines()
        .map(|line| line.trim_matches(is_space))
        .enumerate()
        .filter(move |(_, line)| is_furniture(line, cfg))
        .map(|(i, line)| (i + 1, line))
}

/// A trimmed line that is page furniture for [`furniture_lines`].
fn is_furniture(line: &str, cfg: &PageText) -> bool {
    if line.is_empty() {
        return false;
    }
    if line.len() <= MARKER_MAX_BYTES {
        let l = lower(line);
        if TRAILER_MARKERS.contains(&l.as_str()) || NAVIGATION_LINES.contains(&l.as_str()) {
            return true;
        }
    }
    short_with_digit(line, cfg) && (parse_dateline(line).is_some() || VIEW_COUNTER.is_match(line))
}

/// "Chỉ thị 05 Chỉ thị 05 Chỉ thị 05": a menu item repeated on one line.
fn is_repeated_menu(line: &str) -> bool {
    if line.len() > 4 * MARKER_MAX_BYTES {
        return false;
    }
    // A repeated line has its first word again later.
    let Some(first_word) = line.split_whitespace().next() else {
        return false;
    };
    // Where the first word ends: it is a slice of `line` (what `line.find(first_word)` found
    // too: only whitespace is before it, and the word opens with none).
    let after_first = (first_word.as_ptr() as usize - line.as_ptr() as usize) + first_word.len();
    if !line
        .get(after_first..)
        .is_some_and(|rest| rest.contains(first_word))
    {
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

/// A line of running text: a sentence of at least [`PageText::sentence_words`] words (15),
/// or any line of [`PageText::prose_words`] (30) or more. Headlines, menus, captions and
/// bylines are shorter.
fn is_prose(line: &str, cfg: &PageText) -> bool {
    prose_with(line, words_up_to(line, cfg.prose_words), cfg)
}

/// [`is_prose`] of `line`, whose words counted up to [`PageText::prose_words`] are `words`.
fn prose_with(line: &str, words: usize, cfg: &PageText) -> bool {
    words >= cfg.prose_words
        || (words >= cfg.sentence_words
            && line
                .trim_end()
                .ends_with(['.', '!', '?', '…', '"', '”', ')', ':', ';']))
}

/// Whether `line` is running text ([`is_prose`]) and whether it could be a headline (shorter
/// than [`PageText::headline_max_bytes`], of [`PageText::headline_min_words`] to
/// [`PageText::headline_max_words`] words), its words counted once: [`words_up_to`] is the
/// count capped at its limit, so one count up to the larger limit answers both (two counts
/// of every line before, stop 21).
fn prose_and_headline(line: &str, cfg: &PageText) -> (bool, bool) {
    if line.len() >= cfg.headline_max_bytes {
        return (is_prose(line, cfg), false);
    }
    let headline_limit = cfg.headline_max_words.saturating_add(1);
    let words = words_up_to(line, cfg.prose_words.max(headline_limit));
    let prose = prose_with(line, words.min(cfg.prose_words), cfg);
    let headline =
        (cfg.headline_min_words..=cfg.headline_max_words).contains(&words.min(headline_limit));
    (prose, headline)
}

/// Eight bytes' worth of 0x01 and of 0x80 (the high bit of each byte), for [`words_up_to`].
const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `v` that is below `bound` (at most 0x80), others clear. Exact:
/// no carry crosses a byte.
#[inline(always)]
fn bytes_below(v: u64, bound: u8) -> u64 {
    !(((v & !HIGHS) + ONES * u64::from(0x80 - bound)) | v) & HIGHS
}

/// The high bit of each byte of `v` equal to `b`, others clear.
#[inline(always)]
fn bytes_equal(v: u64, b: u8) -> u64 {
    bytes_below(v ^ (ONES * u64::from(b)), 1)
}

/// The high bit of each space byte of the chunk `v` of `bytes` (`bytes[at..end]`, padded with
/// spaces): ASCII whitespace, and both bytes of a no-break space (C2 A0, which in UTF-8 is
/// always that character), its first byte possibly the chunk's last, its second the first.
fn spaces_of(v: u64, bytes: &[u8], at: usize, end: usize) -> u64 {
    let mut space = bytes_equal(v, b' ')
        | bytes_equal(v, b'\t')
        | bytes_equal(v, b'\n')
        | bytes_equal(v, 0x0c)
        | bytes_equal(v, b'\r');
    let (c2, a0) = (bytes_equal(v, 0xc2), bytes_equal(v, 0xa0));
    let a0_next = if bytes.get(end) == Some(&0xa0) {
        0x80 << 56
    } else {
        0
    };
    let c2_before = match at.checked_sub(1).and_then(|i| bytes.get(i)) {
        Some(&0xc2) => 0x80,
        _ => 0,
    };
    space |= c2 & ((a0 >> 8) | a0_next);
    space | (a0 & ((c2 << 8) | c2_before))
}

/// The number of words of `line`, counted up to `limit`: runs of bytes between ASCII
/// whitespace and no-break spaces (the spaces of page text), without decoding characters.
///
/// Eight bytes at a time (stop 27; stop 26's loops took 7 to 9 instructions a byte): each
/// byte's high bit in a mask of the space bytes, and a word starts at each byte that is no
/// space after one that is (or at the line's start). A chunk without control bytes and
/// without C2 (in it or just before it; A0 is a common second byte, "à", C2 is rare) has
/// no no-break space and only the space 0x20 for space, the bytes below 0x21; other chunks
/// are read by [`spaces_of`]. The last chunk is padded with spaces, which start no word.
fn words_up_to(line: &str, limit: usize) -> usize {
    let bytes = line.as_bytes();
    let mut counter = WordCounter {
        words: 0,
        space_before: 0x80,
        c2_before: 0,
    };
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in chunks.by_ref() {
        if counter.words >= limit {
            return limit;
        }
        let mut v = [0; 8];
        v.copy_from_slice(chunk);
        counter.add(u64::from_le_bytes(v), bytes, at, at + 8);
        at += 8;
    }
    let tail = chunks.remainder();
    if counter.words < limit && !tail.is_empty() {
        let mut v = [b' '; 8];
        for (to, &from) in v.iter_mut().zip(tail) {
            *to = from;
        }
        counter.add(u64::from_le_bytes(v), bytes, at, bytes.len());
    }
    counter.words.min(limit)
}

/// The running count of [`words_up_to`].
struct WordCounter {
    /// Words started so far.
    words: usize,
    /// Whether the byte before the next chunk is a space (the line's start counts as one),
    /// as the high bit of the chunk's first byte.
    space_before: u64,
    /// Whether the byte before the next chunk is C2, as the high bit of its first byte.
    c2_before: u64,
}

impl WordCounter {
    /// Counts the words starting in the chunk `v` of `bytes` (`bytes[at..end]`, padded with
    /// spaces).
    #[inline(always)]
    fn add(&mut self, v: u64, bytes: &[u8], at: usize, end: usize) {
        let low = v & !HIGHS;
        let below_20 = !((low + ONES * 0x60) | v) & HIGHS;
        let c2 = bytes_equal(v, 0xc2);
        // No control byte, and no C2 in the chunk or just before it: no no-break space.
        let plain = (below_20 | c2 | self.c2_before) == 0;
        self.c2_before = c2 >> 56;
        let space = if plain {
            !((low + ONES * 0x5f) | v) & HIGHS
        } else {
            spaces_of(v, bytes, at, end)
        };
        let starts = !space & HIGHS & ((space << 8) | self.space_before);
        // The count of set high bits: each byte 0 or 1, summed into the top byte (no popcnt
        // instruction in the baseline x86-64 target: its emulation took 17 instructions).
        self.words += ((starts >> 7).wrapping_mul(ONES) >> 56) as usize;
        self.space_before = space >> 56;
    }
}

/// Whether `line` is short and holds a digit, so that it may be a dateline or a view counter
/// ([`PageText::dateline_max_bytes`]). Both patterns are anchored and open with a letter
/// that matches only its own two cases when ASCII ("n", "c" for datelines, "l", "s" for
/// view counters; "đ" and Unicode's other cases of "s" are not ASCII): a line opening with
/// another ASCII byte is answered without reading it for a digit (stop 26).
fn short_with_digit(line: &str, cfg: &PageText) -> bool {
    let opens_like_one = match line.as_bytes().first() {
        Some(&b) if b.is_ascii() => b"nNcClLsS".contains(&b),
        _ => true,
    };
    line.len() <= cfg.dateline_max_bytes
        && opens_like_one
        && line.bytes().any(|b| b.is_ascii_digit())
}

fn parse_dateline(line: &str) -> Option<String> {
    // The pattern is anchored and each label opens with "n", "c" or "đ", which under `(?i)`
    // match only their two cases: another first character is answered without the regex
    // (stop 25: most short lines with a digit).
    if !matches!(
        line.as_bytes(),
        [b'n' | b'N' | b'c' | b'C', ..] | [0xC4, 0x90 | 0x91, ..]
    ) {
        return None;
    }
    let caps = DATELINE.captures(line)?;
    // A plain "Ngày 01/02/2024, ..." sentence starts the body; a dateline stands alone.
    // The label is read from its own capture group, never by cutting the line at a byte
    // count: a cut can fall inside a character ("Ngày\u{a0}20/12/2023").
    let whole = caps.get(0)?;
    let rest = line.get(whole.end()..).unwrap_or_default().trim();
    let label = caps.name("label")?.as_str().to_lowercase();
    if label == "ngày" && !rest.is_empty() {
        return None;
    }
    // Group 1 is the label.
    let day: u32 = caps.get(2)?.as_str().parse().ok()?;
    let month: u32 = caps.get(3)?.as_str().parse().ok()?;
    let year: i32 = caps.get(4)?.as_str().parse().ok()?;
    let date = chrono::NaiveDate::from_ymd_opt(year, month, day)?;
    match (caps.get(5), caps.get(6)) {
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
fn is_byline(line: &str, cfg: &PageText) -> bool {
    if BYLINE_PREFIXED.is_match(line) {
        return true;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    (1..=cfg.byline_max_words).contains(&words.len())
        && line.chars().count() <= cfg.byline_max_chars
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| is_alpha(c) || c == '.' || c == '-')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_prose(line: &str) -> bool {
        super::is_prose(line, &PageText::DEFAULT)
    }

    fn is_byline(line: &str) -> bool {
        super::is_byline(line, &PageText::DEFAULT)
    }

    #[test]
    fn furniture_lines_are_markers_menus_datelines_and_view_counters_alone() {
        let furniture = |line: &str| furniture_lines(line).count() == 1;
        for line in [
            "Tin liên quan:",
            "  XEM THÊM ",
            "Chia sẻ bài viết:",
            "Danh mục",
            "--> -->",
            "100%",
            "Ngày đăng: 20/12/2023",
            "Đăng ngày 01/02/2024",
            "Cập nhật: 05/03/2024 14:30",
            "Ngày 22/11/2023",
            "Lượt xem: 14240",
        ] {
            assert!(furniture(line), "{line:?}");
        }
        for line in [
            "",
            "Ngày 22/11, Cụm thi đua số 5 tổ chức hội nghị.",
            "Tin liên quan đến vụ việc đã được làm rõ.",
            "* * *",
            "...",
            "Nguyễn Nguyễn",
            "Chỉ thị 05 Chỉ thị 05",
            "Phương Trà",
            "Nguồn: laodong.vn",
        ] {
            assert!(!furniture(line), "{line:?}");
        }
        let page = "Danh mục\nTiêu đề\n\nNgày đăng: 20/12/2023\nNội dung.";
        assert_eq!(
            furniture_lines(page).collect::<Vec<_>>(),
            [(1, "Danh mục"), (4, "Ngày đăng: 20/12/2023")]
        );
    }

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
        // A labelled dateline may carry more on its line.
        assert_eq!(
            parse_dateline("Ngày đăng: 20/12/2023 | Lượt xem: 14240").as_deref(),
            Some("2023-12-20")
        );
    }

    /// Issue 10, item 1: the label was cut at byte 6, inside the no-break space after "Ngày";
    /// the panic lost the whole run.
    #[test]
    fn a_dateline_with_a_multibyte_character_after_ngay_does_not_panic() {
        for line in [
            "Ngày\u{a0}20/12/2023",
            "Ngày\u{a0}20/12/2023, LĐLĐ tỉnh tổ chức hội nghị",
            "Ngàyđ20/12/2023",
            "NGÀY\u{2003}01/02/2024",
        ] {
            let _ = parse_dateline(line);
            let _ = from_page_text(&format!("Tiêu đề của bài báo này\n\n{line}\n\nNội dung."));
        }
        assert_eq!(
            parse_dateline("Ngày\u{a0}20/12/2023").as_deref(),
            Some("2023-12-20")
        );
    }

    #[test]
    fn a_one_line_or_headline_less_text_is_the_body() {
        for page in [
            "Sáng 17/1, LĐLĐ quận kết nạp được 1.199 đoàn viên.",
            "  LĐLĐ quận kết nạp 1.199 đoàn viên  \n",
        ] {
            let article = from_page_text(page);
            assert_eq!(article.title, None, "{page:?}");
            assert_eq!(article.body, page.trim(), "{page:?}");
            assert!(article.warnings.is_empty(), "{:?}", article.warnings);
        }
        // Two paragraphs and no headline: the first paragraph is not taken for one.
        let lead = "Sáng 17/1, Liên đoàn Lao động quận Thanh Khê tổ chức hội nghị tổng kết phong trào công nhân viên chức lao động năm 2023.";
        let page = format!("{lead}\n\nTrong năm, LĐLĐ quận đã thành lập được 24 CĐCS.");
        let article = from_page_text(&page);
        assert_eq!(article.title, None);
        assert_eq!(article.body, page);
        // A headline line over a body stays the headline.
        let article = from_page_text(&format!(
            "Thanh Khê: Tổng kết hoạt động Công đoàn\n\n{lead}"
        ));
        assert_eq!(
            article.title.as_deref(),
            Some("Thanh Khê: Tổng kết hoạt động Công đoàn")
        );
        assert_eq!(article.body, lead);
    }

    #[test]
    fn prose_lines() {
        assert_eq!(words_up_to("  Hội nghị\u{a0}tổng  kết\t năm ", 10), 5);
        assert_eq!(words_up_to("a b c d", 2), 2);
        assert!(is_prose("Sáng 17/1, Liên đoàn Lao động quận Thanh Khê tổ chức hội nghị tổng kết phong trào công nhân viên chức."));
        assert!(!is_prose(
            "Cụm thi đua số 5: Phấn đấu hoàn thành xuất sắc các mục tiêu, nhiệm vụ năm 2024"
        ));
        assert!(!is_prose("Chủ tịch Nguyễn Đình Khang chủ trì Hội nghị."));
    }

    /// The one count of `prose_and_headline` answers what the two counts answered: every
    /// word count from 0 to 60, ending with or without a full stop, short and past 400
    /// bytes, with the corpus's own words.
    #[test]
    fn prose_and_headline_are_the_two_counts() {
        let cfg = &PageText::DEFAULT;
        let headline = |line: &str| {
            line.len() < cfg.headline_max_bytes
                && (cfg.headline_min_words..=cfg.headline_max_words)
                    .contains(&words_up_to(line, cfg.headline_max_words + 1))
        };
        let words = "Sáng 17/1, Liên đoàn Lao động quận Thanh Khê tổ chức hội nghị";
        let long_word = "công".repeat(40);
        for n in 0..=60 {
            for last in ["", "x", long_word.as_str()] {
                for end in ["", ".", " .", "\u{a0}"] {
                    let mut line: Vec<&str> = words.split(' ').cycle().take(n).collect();
                    line.push(last);
                    let line = format!("{}{end}", line.join(" "));
                    assert_eq!(
                        prose_and_headline(&line, cfg),
                        (super::is_prose(&line, cfg), headline(&line)),
                        "{line:?}"
                    );
                }
            }
        }
    }

    /// Stop 26's word count: spaces, then a word's bytes, one table look-up a byte.
    fn words_up_to_stop26(line: &str, limit: usize) -> usize {
        let bytes = line.as_bytes();
        let space_at = |i: usize| match bytes.get(i) {
            Some(&b) if b.is_ascii_whitespace() => 1,
            Some(&0xc2) if bytes.get(i + 1) == Some(&0xa0) => 2,
            _ => 0,
        };
        let (mut words, mut i) = (0, 0);
        while words < limit {
            loop {
                if i >= bytes.len() {
                    return words;
                }
                match space_at(i) {
                    0 => break,
                    n => i += n,
                }
            }
            words += 1;
            while i < bytes.len() && space_at(i) == 0 {
                i += 1;
            }
        }
        words
    }

    /// The word count before stop 26: one loop, a word flag and a count of bytes to skip.
    fn words_up_to_before(line: &str, limit: usize) -> usize {
        let bytes = line.as_bytes();
        let (mut words, mut in_word, mut i) = (0, false, 0);
        while i < bytes.len() && words < limit {
            let b = bytes[i];
            let space = if b.is_ascii_whitespace() {
                1
            } else if b == 0xc2 && bytes.get(i + 1) == Some(&0xa0) {
                2
            } else {
                0
            };
            if space > 0 {
                in_word = false;
                i += space;
            } else {
                if !in_word {
                    words += 1;
                    in_word = true;
                }
                i += 1;
            }
        }
        words
    }

    /// The word count (stop 27: eight bytes at a time) and stop 26's digit test answer what
    /// the first ones and stop 26's answered: random lines of words, every kind of space (a
    /// no-break space, "©" whose lead byte is a no-break space's, "à" whose second byte is
    /// its second, a vertical tab and other control bytes, which are no ASCII whitespace),
    /// digits and datelines, at every limit up to 12, lines long enough to span chunks.
    #[test]
    fn the_word_count_and_the_digit_test_are_the_first_ones() {
        let cfg = &PageText::DEFAULT;
        let pieces = [
            "Ngày",
            "đăng:",
            "20/12/2023",
            " ",
            "  ",
            "\u{a0}",
            "\t",
            "\r",
            "\u{c}",
            "\u{b}",
            "©",
            "à",
            "Lượt",
            "xem:",
            "142",
            "số",
            "lượt",
            "ſố",
            "cập",
            "nhật",
            "x",
            "Tin",
            "1",
            "ngày",
            "\u{1}",
            "\u{1f}",
            "Â",
            "ỗ",
            "\u{a0}\u{a0}",
        ];
        let mut rng = crate::test_rng::FixedLcg::new();
        for _ in 0..6_000 {
            let mut line = String::new();
            for _ in 0..rng.below(40) {
                line.push_str(pieces[rng.below(pieces.len())]);
            }
            for limit in 0..=12 {
                assert_eq!(
                    words_up_to(&line, limit),
                    words_up_to_before(&line, limit),
                    "{line:?} {limit}"
                );
                assert_eq!(
                    words_up_to(&line, limit),
                    words_up_to_stop26(&line, limit),
                    "{line:?} {limit}"
                );
            }
            let line = line.trim_matches(is_space);
            let before =
                line.len() <= cfg.dateline_max_bytes && line.bytes().any(|b| b.is_ascii_digit());
            let dated = |on: bool| {
                (
                    on.then(|| parse_dateline(line)).flatten(),
                    on && VIEW_COUNTER.is_match(line),
                )
            };
            assert_eq!(
                dated(short_with_digit(line, cfg)),
                dated(before),
                "{line:?}"
            );
        }
    }

    #[test]
    fn menus_and_bylines() {
        assert!(is_repeated_menu(
            "Chỉ thị 05 Chỉ thị 05 Chỉ thị 05 Chỉ thị 05"
        ));
        assert!(!is_repeated_menu("Chỉ thị 05 của Ban Bí thư"));
        // The first word's end is read from the slice, past leading spaces of any kind.
        assert!(is_repeated_menu("\u{a0} Tin tức Tin tức"));
        assert!(!is_repeated_menu("\u{a0} Tin tức Tin"));
        assert!(is_byline("Phương Trà"));
        assert!(is_byline("T/h: Huyền Trang"));
        assert!(!is_byline("Toàn cảnh hội nghị tổng kết."));
        assert!(!is_byline(
            "Các đồng chí lãnh đạo LĐLĐ tỉnh chụp ảnh lưu niệm"
        ));
    }
}
