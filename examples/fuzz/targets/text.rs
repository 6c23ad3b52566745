//! The targets of whole inputs: a `.txt` page, HTML bytes, a JSONL line, plain article text
//! (each through to the record) and normalization.

use unicode_normalization::is_nfc;
use union_news::article::{self, html::from_html};
use union_news::digest::sha256_hex;
use union_news::input::{self, Content, InputArticle};
use union_news::normalize::{self, chars::lower_aligned, normalize};
use union_news::record::{article_record, Source, SourceKind};

use super::invariants::check_record;
use super::{pick, text_of, Features, Outcome};

/// The provenance of a fuzz input: the kind and URL given, the hash of the bytes.
fn source(kind: SourceKind, url: Option<&str>, data: &[u8]) -> Source {
    Source {
        kind,
        path: None,
        url: url.map(str::to_string),
        fetched_at: None,
        content_sha256: sha256_hex(data),
    }
}

/// An input article of `content`, as the pipeline reads one from a file.
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
