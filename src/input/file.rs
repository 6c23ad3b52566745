//! Reading one whole file (`.txt` page text or `.html`) as one input, with its crawl sidecar.

use std::io::Read;
use std::path::Path;

use super::compress::open_decompressed;
use super::decode::{check_html_not_binary, decode_text_file};
use super::id::{check_id, file_id};
use super::sidecar::read_sidecar;
use super::walk::{FileKind, InputFile};
use super::{Content, InputArticle, MAX_ARTICLE_BYTES};
use crate::digest::sha256_hex;
use crate::record::{Source, SourceKind};
use crate::Error;

/// Reads a whole file as one input (`.txt` or `.html`, compressed or not: the content and its
/// sha256 are the uncompressed bytes).
///
/// # Errors
/// When the file cannot be read, is empty, is binary, is too large, or has an extension that
/// is not read.
pub fn read_file_input(file: &InputFile) -> std::result::Result<InputArticle, Error> {
    let display = file.path.display().to_string();
    let kind = FileKind::of(&file.path).ok_or_else(|| {
        Error::input(
            &display,
            "unsupported file type (expected .txt, .jsonl, .html)",
        )
    })?;
    let bytes = read_capped(&file.path)?;
    let mut warnings = Vec::new();
    let content = match kind {
        FileKind::Html => {
            check_html_not_binary(&display, &bytes)?;
            Content::Html(bytes.clone())
        }
        FileKind::Text => {
            let text = decode_text_file(&display, &bytes, &mut warnings)?;
            Content::PageText(text)
        }
        FileKind::Jsonl | FileKind::Warc => {
            return Err(Error::input(
                &display,
                "a .jsonl or .warc file holds many inputs; read it by line or record",
            ))
        }
    };
    let meta = read_sidecar(&file.path, &mut warnings);
    let id = file_id(file);
    check_id(&display, &id)?;
    Ok(InputArticle {
        id,
        source: Source {
            kind: SourceKind::File,
            path: Some(display),
            url: meta.page_url(),
            fetched_at: meta.fetch_time(),
            content_sha256: sha256_hex(&bytes),
        },
        content,
        published: None,
        crawl_published: meta.published,
        content_type: meta.content_type,
        warnings,
    })
}

/// The bytes of the file at `path` (decompressed, for `.gz` and `.zst`), refused when they are
/// over [`MAX_ARTICLE_BYTES`].
fn read_capped(path: &Path) -> std::result::Result<Vec<u8>, Error> {
    let file = open_decompressed(path).map_err(|e| Error::read(path, e))?;
    let mut bytes = Vec::new();
    file.take(MAX_ARTICLE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::read(path, e))?;
    if bytes.len() > MAX_ARTICLE_BYTES {
        return Err(Error::input(
            path.display().to_string(),
            format!(
                "larger than {} MiB: not an article",
                MAX_ARTICLE_BYTES >> 20
            ),
        ));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::article_record;
    use std::fs;

    /// A page giving its own date with a zone.
    const DATED_PAGE: &str = "<html><head><meta property=\"article:published_time\" \
        content=\"2014-01-17T06:30:00+07:00\"></head><body><article><p>Sáng 1/1, Liên đoàn \
        Lao động tỉnh tổ chức hội nghị tổng kết công tác công đoàn năm 2013.</p></article>\
        </body></html>";

    #[test]
    fn broken_sidecars_are_warnings() {
        let dir = tempfile::tempdir().unwrap();
        let page = dir.path().join("a.html");
        fs::write(&page, DATED_PAGE).unwrap();
        let file = InputFile {
            path: page.clone(),
            root: None,
        };
        // No sidecar: nothing to say.
        let input = read_file_input(&file).unwrap();
        assert!(input.warnings.is_empty(), "{:?}", input.warnings);
        // A sidecar cut short by a crash or edited by hand.
        fs::write(dir.path().join("a.html.meta.json"), b"{\"url\": \"http://x").unwrap();
        let input = read_file_input(&file).unwrap();
        assert_eq!(input.warnings.len(), 1, "{:?}", input.warnings);
        assert!(
            input.warnings[0]
                .to_string()
                .starts_with("crawl sidecar a.html.meta.json is not valid JSON"),
            "{:?}",
            input.warnings
        );
        let record = article_record(&input);
        let texts: Vec<String> = input.warnings.iter().map(ToString::to_string).collect();
        assert_eq!(record.warnings, texts);
        assert_eq!(record.source.url, None);
        // A good one is read.
        fs::write(
            dir.path().join("a.html.meta.json"),
            br#"{"url": "http://127.0.0.1/a.html", "published": "2014-01-16T23:30:00+00:00"}"#,
        )
        .unwrap();
        let input = read_file_input(&file).unwrap();
        assert!(input.warnings.is_empty(), "{:?}", input.warnings);
        assert_eq!(input.source.url.as_deref(), Some("http://127.0.0.1/a.html"));
        assert_eq!(
            input.crawl_published.as_deref(),
            Some("2014-01-16T23:30:00+00:00")
        );
    }
}
