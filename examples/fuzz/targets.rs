//! The fuzz targets: one function per input surface of union-news, each taking raw bytes and
//! checking invariants beyond "does not panic".
//!
//! This file is the one place the targets live. Three drivers include it with `#[path]`: the
//! stable mutation fuzzer (`examples/fuzz/main.rs`), the cargo-fuzz crate (`fuzz/`), and the
//! regression tests (`tests/fuzz/mod.rs`), so a crash found by any of them replays the same
//! way in the others.
//!
//! A target returns `Ok(features)` (hashes of what the input made the code do, which the
//! stable fuzzer uses to keep inputs that reach something new) or `Err(message)` when an
//! invariant does not hold. A panic is a failure too; the driver catches it.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use chrono::NaiveDate;
use unicode_normalization::is_nfc;
use union_news::article::{self, html::from_html};
use union_news::digest::sha256_hex;
use union_news::extract::{self, Document};
use union_news::fetch::links::{self, LinkTarget};
use union_news::fetch::{frontier, Robots, ROBOTS_AGENT};
use union_news::input::{self, Content, InputArticle};
use union_news::normalize::{self, chars::lower_aligned, normalize};
use union_news::record::{article_record, parse_published};
use union_news::record::{Record, Source, SourceKind, ADMIN_LEVELS, ORGANIZATION_KINDS};
use url::Url;

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
        run: pagetext,
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
        run: html,
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
        run: jsonl_line,
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
        run: record,
        dict: &[],
    },
    Target {
        name: "normalize",
        about: "normalize, fold, lower_aligned and decode_char_refs",
        run: normalize_target,
        dict: &[
            "\u{0301}", "\u{0323}", "oà", "uỷ", "\r\n", "\t", "…", "“", "–", "&#",
        ],
    },
    Target {
        name: "dates",
        about: "the date extractor on normalized text",
        run: dates,
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
        run: money,
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
        run: counts,
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
        run: entities,
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
        run: robots,
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
        run: feed,
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
        run: sitemap,
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
        run: links_target,
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

/// A fixed publication date for the extractor targets, so that year inference runs.
fn published() -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2024, 1, 17)
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

fn source(kind: SourceKind, url: Option<&str>, data: &[u8]) -> Source {
    Source {
        kind,
        path: None,
        url: url.map(str::to_string),
        fetched_at: None,
        content_sha256: sha256_hex(data),
    }
}

fn input(
    content: Content,
    url: Option<&str>,
    content_type: Option<&str>,
    data: &[u8],
) -> InputArticle {
    InputArticle {
        id: "fuzz".into(),
        source: source(SourceKind::File, url, data),
        content,
        published: None,
        crawl_published: None,
        content_type: content_type.map(str::to_string),
        warnings: Vec::new(),
    }
}

// ---------------------------------------------------------------------------------------
// Invariants shared by the targets.

/// A mention's span as the record gives it: code point offsets and the surface.
struct Span<'a> {
    kind: &'static str,
    start: usize,
    end: usize,
    text: &'a str,
}

/// Every span lies inside `text` (code point offsets, `start <= end`), the text it slices is
/// the mention's own `text`, and spans of a list documented "in text order" are sorted.
fn check_spans(text: &str, spans: &[Span<'_>], ordered: bool) -> Result<(), String> {
    let offsets = normalize::ByteOffsets::new(text);
    // ByteOffsets is fast for increasing queries; spans are checked in the order given.
    let mut last_start = 0;
    for (i, s) in spans.iter().enumerate() {
        if s.start > s.end {
            return Err(format!(
                "{} span {}..{} is reversed",
                s.kind, s.start, s.end
            ));
        }
        let (Some(a), Some(b)) = (offsets.byte_offset(s.start), offsets.byte_offset(s.end)) else {
            return Err(format!(
                "{} span {}..{} is outside the text ({} chars)",
                s.kind,
                s.start,
                s.end,
                text.chars().count()
            ));
        };
        // ByteOffsets gives char boundaries by construction; `get` double-checks.
        let Some(slice) = text.get(a..b) else {
            return Err(format!(
                "{} span {}..{} is not on char boundaries",
                s.kind, s.start, s.end
            ));
        };
        if slice != s.text {
            return Err(format!(
                "{} span {}..{} slices {slice:?}, the mention says {:?}",
                s.kind, s.start, s.end, s.text
            ));
        }
        if ordered && i > 0 && s.start < last_start {
            return Err(format!(
                "{} mentions out of text order: {} after {last_start}",
                s.kind, s.start
            ));
        }
        last_start = s.start;
    }
    Ok(())
}

/// The invariants of a whole record: spans (as [`check_spans`]), the per-kind value rules,
/// NFC text, no blow-up of the text, and a JSON round trip that gives the record back.
pub fn check_record(record: &Record, input_len: usize) -> Outcome {
    let text = record.text.as_str();
    if !is_nfc(text) {
        return Err("record text is not NFC".into());
    }
    for (what, value) in [
        ("title", &record.title),
        ("byline", &record.byline),
        ("section", &record.section),
    ] {
        if value.as_deref().is_some_and(|v| !is_nfc(v)) {
            return Err(format!("record {what} is not NFC"));
        }
    }
    // Decoding only shrinks or keeps bytes, except legacy single-byte charsets and U+FFFD for
    // a bad byte (one byte → at most 3), and NFC (at most 3× per code point): 4× plus a
    // constant bounds every honest path; more means text was duplicated.
    if text.len() > 4 * input_len + 1024 {
        return Err(format!(
            "record text is {} bytes from {input_len} input bytes",
            text.len()
        ));
    }
    if let Some(p) = &record.published {
        if parse_published(p).is_none() {
            return Err(format!("record published {p:?} is not ISO"));
        }
    }
    let mut f = Features::default();
    check_dates(text, &record.dates, &mut f)?;
    check_money(text, &record.money, &mut f)?;
    check_counts(text, &record.member_counts, &mut f)?;
    check_entities(
        text,
        &record.organizations,
        &record.people,
        &record.events,
        &mut f,
    )?;
    for w in &record.warnings {
        if w.is_empty() {
            return Err("empty warning".into());
        }
        // The warning's first words name its kind; numbers and quoted values vary.
        f.add(
            "warning",
            w.split(['"', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'])
                .next(),
        );
    }
    f.add("title", record.title.is_some());
    f.add("published", record.published.is_some());
    f.count("text", text.len());
    let json =
        serde_json::to_string(record).map_err(|e| format!("record does not serialize: {e}"))?;
    let back: Record =
        serde_json::from_str(&json).map_err(|e| format!("record JSON does not parse back: {e}"))?;
    if &back != record {
        return Err("record JSON parses back to a different record".into());
    }
    Ok(f)
}

fn check_dates(
    text: &str,
    dates: &[union_news::record::DateMention],
    f: &mut Features,
) -> Result<(), String> {
    let spans: Vec<Span> = dates
        .iter()
        .map(|d| Span {
            kind: "date",
            start: d.start,
            end: d.end,
            text: &d.text,
        })
        .collect();
    check_spans(text, &spans, true)?;
    f.count("dates", dates.len());
    for d in dates {
        if d.value.is_empty() {
            return Err(format!("date {:?} has an empty value", d.text));
        }
        f.add(
            "date",
            (
                format!("{:?}", d.granularity),
                d.year_inferred,
                d.time_of_day.map(|t| t.as_str()),
            ),
        );
        f.add(
            "date shape",
            d.value
                .chars()
                .map(|c| if c.is_ascii_digit() { '9' } else { c })
                .collect::<String>(),
        );
    }
    Ok(())
}

fn check_money(
    text: &str,
    money: &[union_news::record::MoneyMention],
    f: &mut Features,
) -> Result<(), String> {
    let spans: Vec<Span> = money
        .iter()
        .map(|m| Span {
            kind: "money",
            start: m.start,
            end: m.end,
            text: &m.text,
        })
        .collect();
    check_spans(text, &spans, true)?;
    f.count("money", money.len());
    for m in money {
        if !m.amount.is_finite() || m.amount < 0.0 {
            return Err(format!("money {:?} has amount {}", m.text, m.amount));
        }
        // RECORD: `amount` is a range's lower end and `amount_max` its upper end.
        if let Some(max) = m.amount_max {
            if !max.is_finite() || max < m.amount {
                return Err(format!(
                    "money {:?}: amount_max {max} below amount {}",
                    m.text, m.amount
                ));
            }
        }
        if m.currency.len() != 3 || !m.currency.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(format!(
                "money {:?}: currency {:?} is not ISO 4217",
                m.text, m.currency
            ));
        }
        f.add(
            "money",
            (&m.currency, m.qualifier.as_str(), m.amount_max.is_some()),
        );
        f.count("money magnitude", m.amount.log10().max(0.0) as usize);
    }
    Ok(())
}

fn check_counts(
    text: &str,
    counts: &[union_news::record::MemberCountMention],
    f: &mut Features,
) -> Result<(), String> {
    let spans: Vec<Span> = counts
        .iter()
        .map(|c| Span {
            kind: "member count",
            start: c.start,
            end: c.end,
            text: &c.text,
        })
        .collect();
    check_spans(text, &spans, true)?;
    f.count("counts", counts.len());
    for c in counts {
        // RECORD: `unit` is the counted noun as written, so it is part of the surface.
        if c.unit.is_empty() || !c.text.contains(&c.unit) {
            return Err(format!(
                "member count {:?}: unit {:?} is not in it",
                c.text, c.unit
            ));
        }
        // The unit's word count, not its text: mutated units ("đoàn viênX") would each be
        // new, and fill the pool with look-alikes.
        let words = c.unit.split(' ').count();
        f.add("count", (c.category.as_str(), c.qualifier.as_str(), words));
    }
    Ok(())
}

fn check_entities(
    text: &str,
    orgs: &[union_news::record::OrganizationMention],
    people: &[union_news::record::Person],
    events: &[union_news::record::Event],
    f: &mut Features,
) -> Result<(), String> {
    let spans: Vec<Span> = orgs
        .iter()
        .map(|o| Span {
            kind: "organization",
            start: o.start,
            end: o.end,
            text: &o.text,
        })
        .collect();
    check_spans(text, &spans, true)?;
    for o in orgs {
        if !ORGANIZATION_KINDS.contains(&o.kind.as_str()) {
            return Err(format!(
                "organization {:?}: unknown kind {:?}",
                o.text, o.kind
            ));
        }
        if let Some(level) = &o.admin_level {
            if !ADMIN_LEVELS.contains(&level.as_str()) {
                return Err(format!(
                    "organization {:?}: unknown admin level {level:?}",
                    o.text
                ));
            }
        }
        if o.canonical.is_empty() {
            return Err(format!("organization {:?}: empty canonical name", o.text));
        }
        f.add("org", (&o.kind, &o.admin_level, o.resolved));
    }
    // People are in order of first mention: their spans are sorted too.
    let spans: Vec<Span> = people
        .iter()
        .map(|p| Span {
            kind: "person",
            start: p.start,
            end: p.end,
            text: &p.text,
        })
        .collect();
    check_spans(text, &spans, true)?;
    for p in people {
        if p.roles.len() != p.role_organizations.len() {
            return Err(format!(
                "person {:?}: {} roles but {} role organizations",
                p.name,
                p.roles.len(),
                p.role_organizations.len()
            ));
        }
        f.count("roles", p.roles.len());
    }
    let spans: Vec<Span> = events
        .iter()
        .map(|e| Span {
            kind: "event",
            start: e.start,
            end: e.end,
            text: &e.text,
        })
        .collect();
    check_spans(text, &spans, true)?;
    for e in events {
        f.add(
            "event",
            (
                e.event_type.as_str(),
                e.date.is_some(),
                e.location.is_some(),
                e.organizer.is_some(),
            ),
        );
        f.count("participants", e.participants.len());
    }
    f.count("orgs", orgs.len());
    f.count("people", people.len());
    f.count("events", events.len());
    Ok(())
}

/// A document as the pipeline builds it from plain text: normalized, no headline.
fn document(data: &[u8]) -> Document {
    Document::new(None, &normalize(&text_of(data)), published())
}

// ---------------------------------------------------------------------------------------
// The targets.

/// A `.txt` page: character references decoded, then `from_page_text`, then the record the
/// pipeline makes of a page-text input.
pub fn pagetext(data: &[u8]) -> Outcome {
    let page = text_of(data);
    let refs = article::decode_char_refs(&page);
    if refs.decoded == 0 && refs.text != page {
        return Err("decode_char_refs changed a text without references".into());
    }
    let art = article::from_page_text(&refs.text);
    // The title and every body line are lines of the page (trimmed), never invented text.
    let lines: std::collections::HashSet<&str> = refs.text.lines().map(str::trim).collect();
    if let Some(title) = &art.title {
        if !refs.text.contains(title.trim()) {
            return Err(format!("title {title:?} is not in the page"));
        }
    }
    for line in art.body.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if !lines.contains(line) && !refs.text.contains(line) {
            return Err(format!("body line {line:?} is not in the page"));
        }
    }
    let record = article_record(&input(Content::PageText(page), None, None, data));
    let mut f = check_record(&record, data.len())?;
    f.add("pagetext title", art.title.is_some());
    f.add("pagetext byline", art.byline.is_some());
    f.count("pagetext warnings", art.warnings.len());
    Ok(f)
}

/// HTML bytes with one of a few (URL, Content-Type) pairs: `from_html` (charset sniffing
/// included), then the record.
pub fn html(data: &[u8]) -> Outcome {
    const URLS: [Option<&str>; 3] = [
        None,
        Some("https://laodong.vn/cong-doan/a-1.ldo"),
        Some("https://vnexpress.net/x-1.html"),
    ];
    const TYPES: [Option<&str>; 4] = [
        None,
        Some("text/html; charset=utf-8"),
        Some("text/html; charset=windows-1258"),
        Some("text/html; charset=iso-8859-1"),
    ];
    let which = pick(data, URLS.len() * TYPES.len());
    let (url, content_type) = (URLS[which % URLS.len()], TYPES[which / URLS.len()]);
    let blank = data.iter().all(u8::is_ascii_whitespace);
    let mut f = Features::default();
    match from_html(data, url, content_type) {
        Ok(art) => {
            if blank {
                return Err("from_html accepted a blank page".into());
            }
            f.add("html title", art.title.is_some());
            f.add("html published", art.published.is_some());
            f.count("html warnings", art.warnings.len());
        }
        Err(e) if blank => f.add("html error", e.to_string()),
        Err(e) => return Err(format!("from_html failed on a non-blank page: {e}")),
    }
    let record = article_record(&input(
        Content::Html(data.to_vec()),
        url,
        content_type,
        data,
    ));
    let g = check_record(&record, data.len())?;
    f.0.extend(g.0);
    Ok(f)
}

/// One JSONL input line: `parse_jsonl_line`, then the record.
pub fn jsonl_line(data: &[u8]) -> Outcome {
    let kind = if pick(data, 2) == 0 {
        SourceKind::File
    } else {
        SourceKind::Stdin
    };
    let mut f = Features::default();
    match input::parse_jsonl_line("fuzz.jsonl", kind, Some("fuzz.jsonl"), 7, data) {
        Ok(parsed) => {
            if parsed.id.is_empty() {
                return Err("a JSONL line gave an empty id".into());
            }
            let record = article_record(&parsed);
            let g = check_record(&record, data.len())?;
            f.0.extend(g.0);
            f.add("jsonl", "ok");
        }
        Err(e) => {
            let message = e.to_string();
            if !message.contains("fuzz.jsonl:7") {
                return Err(format!("JSONL error does not name the line: {message}"));
            }
            // The error's first words name its kind; values and positions follow.
            let words: Vec<&str> = message.split_whitespace().skip(1).take(3).collect();
            f.add("jsonl error", words);
        }
    }
    Ok(f)
}

/// Plain article text, as a JSONL `text` gives it: the whole record.
pub fn record(data: &[u8]) -> Outcome {
    let text = text_of(data);
    let record = article_record(&InputArticle::plain("fuzz", &text));
    check_record(&record, data.len())
}

/// `normalize` (NFC, a fixed point, no CR/tab/NBSP, no trailing spaces, no runs of blank
/// lines), `fold` (no panic), `lower_aligned` (same byte length and char boundaries:
/// the extractors index `text` with offsets found in `lower`).
pub fn normalize_target(data: &[u8]) -> Outcome {
    let text = text_of(data);
    let out = normalize(&text);
    if !is_nfc(&out) {
        return Err("normalize output is not NFC".into());
    }
    let again = normalize(&out);
    if again != out {
        return Err(format!("normalize is not idempotent: {out:?} → {again:?}"));
    }
    if let Some(c) = out
        .chars()
        .find(|c| matches!(c, '\r' | '\t' | '\u{a0}' | '\u{200b}'))
    {
        return Err(format!("normalize output keeps {c:?}"));
    }
    if out.lines().any(|l| l.ends_with(' ')) {
        return Err("normalize output has a line ending in a space".into());
    }
    if out.contains("\n\n\n") {
        return Err("normalize output has a run of blank lines".into());
    }
    // `fold` is not checked for being a fixed point: lower-casing after NFC can leave a
    // non-NFC key ("İ" + U+031B → "i" U+0307 U+031B), harmless for lookup keys, which are
    // compared with other `fold` output.
    let folded = normalize::fold(&out);
    let lower = lower_aligned(&out);
    if lower.len() != out.len() {
        return Err(format!(
            "lower_aligned changed the length: {} → {}",
            out.len(),
            lower.len()
        ));
    }
    if let Some((i, _)) = out
        .char_indices()
        .find(|&(i, _)| !lower.is_char_boundary(i))
    {
        return Err(format!("lower_aligned moved the char boundary at byte {i}"));
    }
    let refs = article::decode_char_refs(&text);
    let mut f = Features::default();
    f.count("decoded", refs.decoded);
    f.count("normalized", out.len());
    f.add("changed", out.len() == text.len());
    f.count("folded", folded.len());
    Ok(f)
}

/// The date extractor on a normalized text.
pub fn dates(data: &[u8]) -> Outcome {
    let doc = document(data);
    let mut f = Features::default();
    check_dates(&doc.text, &extract::dates::extract_dates(&doc), &mut f)?;
    Ok(f)
}

/// The money extractor on a normalized text.
pub fn money(data: &[u8]) -> Outcome {
    let doc = document(data);
    let mut f = Features::default();
    check_money(&doc.text, &extract::money::extract_money(&doc), &mut f)?;
    Ok(f)
}

/// The member-count extractor on a normalized text.
pub fn counts(data: &[u8]) -> Outcome {
    let doc = document(data);
    let mut f = Features::default();
    check_counts(
        &doc.text,
        &extract::counts::extract_member_counts(&doc),
        &mut f,
    )?;
    Ok(f)
}

/// Organizations, people and events (with the dates the pipeline would give them).
pub fn entities(data: &[u8]) -> Outcome {
    let doc = document(data);
    let dates = extract::dates::extract_dates(&doc);
    let found = extract::orgs::extract_entities(&doc, &dates);
    let mut f = Features::default();
    check_entities(
        &doc.text,
        &found.organizations,
        &found.people,
        &found.events,
        &mut f,
    )?;
    Ok(f)
}

/// robots.txt: the whole input parsed (`/robots.txt` always allowed, the crawl delay capped
/// at a day), its own patterns used as paths; then a one-rule file made of the input's first
/// line (the pattern) and second line (the path), whose answer must agree with a reference
/// glob matcher.
pub fn robots(data: &[u8]) -> Outcome {
    let text = text_of(data);
    let robots = Robots::parse(&text, ROBOTS_AGENT);
    let mut f = Features::default();
    if !robots.allows("/robots.txt") {
        return Err("/robots.txt is disallowed".into());
    }
    if robots.crawl_delay().is_some_and(|d| d.as_secs() > 86_400) {
        return Err(format!(
            "crawl delay {:?} above a day",
            robots.crawl_delay()
        ));
    }
    f.add("delay", robots.crawl_delay().is_some());
    // The patterns as paths: matching costs rules × paths, so both are bounded by the input.
    for line in text.lines().take(32) {
        if let Some((_, value)) = line.split_once(':') {
            let path = value.trim();
            f.add("allows", robots.allows(path));
        }
    }
    let mut lines = text.splitn(3, '\n');
    let pattern: String = lines
        .next()
        .unwrap_or("")
        .chars()
        .filter(|c| *c != '#' && *c != '\r')
        .collect();
    let pattern = pattern.trim();
    let path = lines.next().unwrap_or("/");
    if !pattern.is_empty() && path != "/robots.txt" && pattern.len() <= 256 && path.len() <= 1024 {
        let one = Robots::parse(
            &format!("User-agent: *\nDisallow: {pattern}\n"),
            ROBOTS_AGENT,
        );
        let expected = !glob_matches(pattern, path);
        if one.allows(path) != expected {
            return Err(format!(
                "Disallow: {pattern:?} on path {path:?}: allows() says {}, the reference {}",
                !expected, expected
            ));
        }
        f.add("glob", expected);
    }
    Ok(f)
}

/// RFC 9309 matching by dynamic programming, the reference for [`robots`]: `*` matches any
/// run of characters, a final `$` anchors the end, otherwise the pattern matches a prefix.
fn glob_matches(pattern: &str, path: &str) -> bool {
    let (pattern, anchored) = match pattern.strip_suffix('$') {
        Some(p) => (p, true),
        None => (pattern, false),
    };
    let p: Vec<char> = pattern.chars().collect();
    let s: Vec<char> = path.chars().collect();
    // m[j]: the first i pattern chars match the first j path chars.
    let mut m = vec![false; s.len() + 1];
    m[0] = true;
    for &pc in &p {
        let mut next = vec![false; s.len() + 1];
        for j in 0..=s.len() {
            next[j] = if pc == '*' {
                m[j] || (j > 0 && next[j - 1])
            } else {
                j > 0 && m[j - 1] && s[j - 1] == pc
            };
        }
        m = next;
    }
    if anchored {
        m[s.len()]
    } else {
        m.iter().any(|&b| b)
    }
}

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
pub fn links_target(data: &[u8]) -> Outcome {
    let mut f = Features::default();
    let found = links::html_links(data, &base(), true);
    check_links(&found, &[LinkTarget::Page, LinkTarget::Feed], &mut f)?;
    Ok(f)
}
