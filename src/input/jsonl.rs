//! JSONL input: one article per line, `{id, text | html, url?, published?, title?, format?}`.
//!
//! A line's `text` is either an article body (read as it is) or a page's text, menus and
//! related news around the article (read like a `.txt` file, by
//! [`from_page_text`](crate::article::from_page_text)): the line's `"format"` says which
//! (`"article"` or `"page"`); without one, a text holding a line of page furniture
//! ([`furniture_lines`]) is a page's text.

use serde::Deserialize;

use super::decode::decode_text_borrowed;
use super::id::{check_id, content_id, id_as_written, url_id};
use super::{Content, InputArticle, MAX_ARTICLE_BYTES};
use crate::article::furniture_lines;
use crate::digest::sha256_hex;
use crate::record::{Source, SourceKind, Warning};
use crate::Error;

/// One line of JSONL input: `{id, text | html, url?, published?, title?, format?}`.
#[derive(Debug, Deserialize)]
struct JsonlArticle {
    /// Kept as written: a number is not read through a float (ids above 2^53 would be
    /// rounded, and two ids could become one).
    #[serde(default)]
    id: Option<Box<serde_json::value::RawValue>>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    html: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    title: Option<String>,
    /// What `text` is: `"article"` (the body alone) or `"page"` (a page's text); detected
    /// when absent.
    #[serde(default)]
    format: Option<String>,
}

/// What a line's `text` is, as its `"format"` says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TextFormat {
    /// The article body alone: read as it is.
    Article,
    /// A page's text: read like a `.txt` file.
    Page,
}

impl TextFormat {
    /// The format a line's `"format"` value names.
    ///
    /// # Errors
    /// When the value is neither `"article"` nor `"page"`.
    fn named(value: &str, label: &str) -> std::result::Result<Self, Error> {
        match value {
            "article" => Ok(Self::Article),
            "page" => Ok(Self::Page),
            other => Err(Error::input(
                label,
                format!("unknown \"format\" {other:?}: expected \"article\" or \"page\""),
            )),
        }
    }

    /// The format of a `text` whose line does not say: a page's text when it holds a line of
    /// page furniture ([`furniture_lines`]), else an article body. A page told by one line
    /// alone is a warning: the detection is uncertain.
    fn detected(text: &str, warnings: &mut Vec<Warning>) -> Self {
        let mut found = furniture_lines(text).take(2);
        match (found.next(), found.next()) {
            (None, _) => Self::Article,
            (Some((line, furniture)), None) => {
                warnings.push(Warning::PageTextOnOneLine {
                    line,
                    text: furniture.to_string(),
                });
                Self::Page
            }
            (Some(_), Some(_)) => Self::Page,
        }
    }
}

/// Parses one JSONL line into an input. `origin` names the file (or "stdin") and `line_no`
/// is 1-based.
///
/// The id is the line's own `id` (a string or a number); without one, it is derived from the
/// source, so that the same line gets the same id on every run: the `url` (see [`url_id`]);
/// else, for a line of a file, `ORIGIN:LINE`; else, for a line of stdin, a hash of its
/// `text`/`html` ([`content_id`]) — a line number would be reused by every partition of a
/// stream split across processes (`xargs -P`, `RDD.pipe`).
///
/// Its `text` is an article body ([`Content::Plain`]) or a page's text
/// ([`Content::TitledPageText`], read like a `.txt` file) as its `"format"` says (`"article"`,
/// `"page"`); without one, a text holding a line of page furniture
/// ([`furniture_lines`]) is a page's text, with a warning when one line alone decided it.
///
/// # Errors
/// When the line is not a JSON object of the expected shape, has neither `text` nor `html`,
/// or has a `"format"` other than `"article"` and `"page"`.
pub fn parse_jsonl_line(
    origin: &str,
    kind: SourceKind,
    path: Option<&str>,
    line_no: usize,
    line: &[u8],
) -> std::result::Result<InputArticle, Error> {
    let label = format!("{origin}:{line_no}");
    let mut warnings = Vec::new();
    let text = decode_text_borrowed(&label, line, &mut warnings)?;
    let parsed: JsonlArticle =
        serde_json::from_str(text.trim()).map_err(|e| Error::json(&label, e))?;
    let url = parsed.url.filter(|u| !u.trim().is_empty());
    let own_id = match parsed.id.as_deref().map(id_as_written) {
        Some(Ok(id)) => id,
        Some(Err(not_an_id)) => return Err(Error::input(&label, not_an_id.to_string())),
        None => None,
    };
    let format = match parsed.format.as_deref() {
        Some(value) => Some(TextFormat::named(value, &label)?),
        None => None,
    };
    let content = line_content(parsed.text, parsed.html, parsed.title, &label)?;
    let content = text_as(content, format, &mut warnings);
    let id = match (own_id, &url) {
        (Some(id), _) => id,
        (None, Some(url)) => url_id(url),
        (None, None) if kind == SourceKind::Stdin => content_id(&content),
        (None, None) => label.clone(),
    };
    check_id(&label, &id)?;
    Ok(InputArticle {
        id,
        source: Source {
            kind: if url.is_some() && kind != SourceKind::Stdin {
                SourceKind::Url
            } else {
                kind
            },
            path: path.map(str::to_string),
            url,
            fetched_at: None,
            content_sha256: sha256_hex(line),
        },
        // A JSON string is Unicode whatever the page's <meta> says: its bytes are UTF-8.
        content_type: matches!(content, Content::Html(_))
            .then(|| "text/html; charset=utf-8".into()),
        content,
        published: parsed.published,
        crawl_published: None,
        warnings,
    })
}

/// A line's content: its `html` when not blank, else its `text` (with its `title`).
///
/// # Errors
/// When both are missing or blank, or the content is over [`MAX_ARTICLE_BYTES`].
fn line_content(
    text: Option<String>,
    html: Option<String>,
    title: Option<String>,
    label: &str,
) -> std::result::Result<Content, Error> {
    let content = match (text, html) {
        (_, Some(html)) if !html.trim().is_empty() => Content::Html(html.into_bytes()),
        (Some(text), _) if !text.trim().is_empty() => Content::Plain { title, text },
        (Some(_), _) | (_, Some(_)) => return Err(Error::input(label, "empty \"text\"")),
        (None, None) => return Err(Error::input(label, "no \"text\" or \"html\" field")),
    };
    if content_len(&content) > MAX_ARTICLE_BYTES {
        return Err(Error::input(
            label,
            format!(
                "larger than {} MiB: not an article",
                MAX_ARTICLE_BYTES >> 20
            ),
        ));
    }
    Ok(content)
}

/// A line's text content as `format` says (detected when `None`): plain article text as it
/// is, or page text with the line's title. HTML is HTML whatever the format.
fn text_as(content: Content, format: Option<TextFormat>, warnings: &mut Vec<Warning>) -> Content {
    let Content::Plain { title, text } = content else {
        return content;
    };
    let format = format.unwrap_or_else(|| TextFormat::detected(&text, warnings));
    match format {
        TextFormat::Article => Content::Plain { title, text },
        TextFormat::Page => Content::TitledPageText { title, text },
    }
}

/// The size of `content` in bytes.
fn content_len(content: &Content) -> usize {
    match content {
        Content::PageText(t) => t.len(),
        Content::Plain { text, .. } | Content::TitledPageText { text, .. } => text.len(),
        Content::Html(b) => b.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jsonl_lines() {
        let ok = parse_jsonl_line(
            "in.jsonl",
            SourceKind::File,
            Some("in.jsonl"),
            3,
            r#"{"id":"a1","text":"Ngày 01/02/2024","published":"2024-02-01"}"#.as_bytes(),
        )
        .unwrap();
        assert_eq!(ok.id, "a1");
        assert_eq!(ok.published.as_deref(), Some("2024-02-01"));
        let no_id =
            parse_jsonl_line("stdin", SourceKind::Stdin, None, 7, br#"{"text":"x"}"#).unwrap();
        assert_eq!(no_id.id, format!("sha256:{}", &sha256_hex(b"x")[..16]));
        let in_file = parse_jsonl_line(
            "in.jsonl",
            SourceKind::File,
            Some("in.jsonl"),
            7,
            br#"{"text":"x"}"#,
        )
        .unwrap();
        assert_eq!(in_file.id, "in.jsonl:7");
        let bad = parse_jsonl_line("stdin", SourceKind::Stdin, None, 2, b"{not json").unwrap_err();
        assert!(bad.is_json(), "{bad}");
        assert!(
            bad.to_string().starts_with("stdin:2: malformed JSON"),
            "{bad}"
        );
        let empty = parse_jsonl_line("stdin", SourceKind::Stdin, None, 1, br#"{"id":"x"}"#);
        assert!(empty.unwrap_err().to_string().contains("no \"text\""));
    }

    fn stdin_line(json: &str) -> std::result::Result<InputArticle, Error> {
        parse_jsonl_line("stdin", SourceKind::Stdin, None, 4, json.as_bytes())
    }

    fn line_of(text: &str, format: Option<&str>) -> String {
        let mut line = serde_json::json!({"id": "p", "title": "Tiêu đề", "text": text});
        if let Some(format) = format {
            line["format"] = format.into();
        }
        line.to_string()
    }

    /// A page's text, headline, dateline and related news.
    const PAGE: &str = "Danh mục\n\nHội nghị tổng kết công đoàn\n\nNgày đăng: 20/12/2023\n\n\
        Sáng 20/12, LĐLĐ tỉnh tổ chức hội nghị.\n\nTin liên quan:\nHội nghị ngày 1/1/2020";

    #[test]
    fn page_text_is_told_from_an_article_body_by_its_furniture() {
        let page = stdin_line(&line_of(PAGE, None)).unwrap();
        assert_eq!(
            page.content,
            Content::TitledPageText {
                title: Some("Tiêu đề".into()),
                text: PAGE.into()
            }
        );
        assert!(page.warnings.is_empty(), "{:?}", page.warnings);
        let body = "Sáng 20/12, LĐLĐ tỉnh tổ chức hội nghị.\n* * *\nNguyễn Nguyễn\n100 người";
        let article = stdin_line(&line_of(body, None)).unwrap();
        assert!(matches!(article.content, Content::Plain { .. }));
        assert!(article.warnings.is_empty(), "{:?}", article.warnings);
        // One line of furniture: a page, said to be uncertain.
        let one = stdin_line(&line_of("Sáng 20/12, hội nghị.\nXem thêm\nTin cũ", None)).unwrap();
        assert!(matches!(one.content, Content::TitledPageText { .. }));
        assert_eq!(
            one.warnings,
            [Warning::PageTextOnOneLine {
                line: 2,
                text: "Xem thêm".into()
            }]
        );
    }

    #[test]
    fn a_lines_format_overrides_the_detection_both_ways() {
        let article = stdin_line(&line_of(PAGE, Some("article"))).unwrap();
        assert!(matches!(article.content, Content::Plain { .. }));
        let body = "Sáng 20/12, LĐLĐ tỉnh tổ chức hội nghị.";
        let page = stdin_line(&line_of(body, Some("page"))).unwrap();
        assert!(matches!(page.content, Content::TitledPageText { .. }));
        let one = stdin_line(&line_of("Sáng 20/12.\nXem thêm", Some("page"))).unwrap();
        assert!(one.warnings.is_empty(), "{:?}", one.warnings);
        // The id does not depend on the format: the hash of the text.
        let no_id = |format: &str| {
            let json = serde_json::json!({"text": PAGE, "format": format}).to_string();
            stdin_line(&json).unwrap().id
        };
        assert_eq!(no_id("page"), no_id("article"));
        // HTML is HTML whatever the format says.
        let html = stdin_line(r#"{"html":"<p>x</p>","format":"page"}"#).unwrap();
        assert!(matches!(html.content, Content::Html(_)));
    }

    #[test]
    fn an_unknown_format_is_the_lines_error() {
        for (format, shown) in [
            (r#""Page""#, r#""Page""#),
            (r#""""#, r#""""#),
            (r#""html""#, r#""html""#),
        ] {
            let json = format!(r#"{{"id":"x","text":"Sáng 20/12.","format":{format}}}"#);
            let err = stdin_line(&json).unwrap_err();
            assert_eq!(
                err.to_string(),
                format!(r#"stdin:4: unknown "format" {shown}: expected "article" or "page""#)
            );
            assert!(!err.is_json(), "{err}");
        }
        // A format that is not a string is a line of the wrong shape.
        let err = stdin_line(r#"{"text":"x","format":1}"#).unwrap_err();
        assert!(err.is_json(), "{err}");
    }

    #[test]
    fn lines_without_an_id_get_one_from_their_url_or_content() {
        let line = |origin: &str, kind, n, json: &str| {
            parse_jsonl_line(origin, kind, Some(origin), n, json.as_bytes()).unwrap()
        };
        let url = r#"{"url":"https://laodong.vn/a-1.ldo#top","text":"x"}"#;
        for (origin, kind) in [("in.jsonl", SourceKind::File), ("stdin", SourceKind::Stdin)] {
            let input = line(origin, kind, 3, url);
            assert_eq!(input.id, "https://laodong.vn/a-1.ldo", "{origin}");
            assert_eq!(
                input.source.url.as_deref(),
                Some("https://laodong.vn/a-1.ldo#top")
            );
        }
        // An own id wins over the URL; an empty URL is no URL.
        let own = line(
            "stdin",
            SourceKind::Stdin,
            1,
            r#"{"id":7,"url":"https://a.vn/x","text":"x"}"#,
        );
        assert_eq!(own.id, "7");
        let empty_url = line("f.jsonl", SourceKind::File, 2, r#"{"url":" ","text":"x"}"#);
        assert_eq!(empty_url.id, "f.jsonl:2");
        assert_eq!(empty_url.source.kind, SourceKind::File);
        // The same stdin content in two partitions (different line numbers) gets one id;
        // other content another; the id ignores `published` and the line's other fields.
        let a = line(
            "stdin",
            SourceKind::Stdin,
            1,
            r#"{"text":"Sáng 17/1, hội nghị."}"#,
        );
        let b = line(
            "stdin",
            SourceKind::Stdin,
            40,
            r#"{"text":"Sáng 17/1, hội nghị.","published":"2024-01-18"}"#,
        );
        let c = line(
            "stdin",
            SourceKind::Stdin,
            1,
            r#"{"html":"<p>Sáng 17/1, hội nghị.</p>"}"#,
        );
        assert_eq!(a.id, b.id);
        assert_ne!(a.id, c.id);
        assert!(c.id.starts_with("sha256:"));
    }
}
