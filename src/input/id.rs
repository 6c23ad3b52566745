//! Ids: every record's stable key, from the input's own id, its path, its URL or its content,
//! checked so that every sink can store it, and claimed once per run.

use std::collections::HashMap;
use std::path::Path;

use super::compress::Compression;
use super::walk::InputFile;
use super::Content;
use crate::digest::sha256_hex;
use crate::Error;

/// The id of a file input: its path under the directory given, without extension, or the
/// file stem for a file given directly. Stable however the directory was spelled. A compressed
/// file has the id of the file it holds (`a.txt.gz` that of `a.txt`: `a`).
pub fn file_id(file: &InputFile) -> String {
    let rel = file
        .root
        .as_ref()
        .and_then(|root| file.path.strip_prefix(root).ok())
        .unwrap_or_else(|| Path::new(file.path.file_name().unwrap_or_default()));
    let rel = Compression::inner_name(rel).with_extension("");
    match rel.to_str() {
        Some(name) => name.replace('\\', "/"),
        // A name that is not UTF-8 keeps its other bytes as %XX, so that two such names do
        // not both become "\u{fffd}" (the second would be taken for a duplicate of the first).
        None => escape_non_utf8(rel.as_os_str()).replace('\\', "/"),
    }
}

/// A file name that is not UTF-8, with its invalid bytes written as `%XX`.
fn escape_non_utf8(name: &std::ffi::OsStr) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let mut out = String::new();
        for chunk in name.as_bytes().utf8_chunks() {
            out.push_str(chunk.valid());
            for byte in chunk.invalid() {
                out.push_str(&format!("%{byte:02X}"));
            }
        }
        out
    }
    #[cfg(not(unix))]
    {
        name.to_string_lossy().into_owned()
    }
}

/// The longest id accepted, in bytes: PostgreSQL cannot index a key much over 2 KiB (an id of
/// 20,000 letters loaded into SQLite and failed there), and real ids (URLs, paths) are far
/// shorter.
pub const MAX_ID_BYTES: usize = 1024;

/// Checks that an id can be stored as a key by every sink: no NUL character, at most
/// [`MAX_ID_BYTES`]. An id is refused rather than changed, so two ids cannot become one.
///
/// # Errors
/// The input's error, naming `input`, when the id cannot be stored.
pub fn check_id(input: &str, id: &str) -> std::result::Result<(), Error> {
    if id.contains('\0') {
        return Err(Error::input(
            input,
            "the id contains a NUL character, which databases cannot store",
        ));
    }
    if id.len() > MAX_ID_BYTES {
        return Err(Error::input(
            input,
            format!(
                "the id is {} bytes long, more than the {MAX_ID_BYTES} a database key can hold",
                id.len()
            ),
        ));
    }
    Ok(())
}

/// A JSONL line's `id` as the line writes it: a string's value, or a number's digits exactly
/// as written (`123456789012345678901234567890` stays that, where a float would round it).
/// `Ok(None)` for `null` and `""`; [`NotAnId`] for any other JSON value.
///
/// # Errors
/// When the value is not a string, a number or null.
///
/// # Example
/// ```
/// use union_news::input::id_as_written;
/// let raw: Box<serde_json::value::RawValue> =
///     serde_json::from_str("123456789012345678901234567890").unwrap();
/// assert_eq!(id_as_written(&raw), Ok(Some("123456789012345678901234567890".to_string())));
/// ```
pub fn id_as_written(
    raw: &serde_json::value::RawValue,
) -> std::result::Result<Option<String>, NotAnId> {
    let text = raw.get().trim();
    match text.as_bytes().first() {
        Some(b'"') => match serde_json::from_str::<String>(text) {
            Ok(s) if s.is_empty() => Ok(None),
            Ok(s) => Ok(Some(s)),
            Err(_) => Err(NotAnId),
        },
        Some(b'-' | b'0'..=b'9') => Ok(Some(text.to_string())),
        Some(b'n') => Ok(None),
        _ => Err(NotAnId),
    }
}

/// A JSONL `id` that is neither a string, a number nor null.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("\"id\" must be a string or a number")]
pub struct NotAnId;

/// The id of an input known by its URL: the URL in its parsed, normalized form (scheme and
/// host lower-cased, fragment dropped), or the trimmed string when it does not parse.
///
/// # Example
/// ```
/// use union_news::input::url_id;
/// assert_eq!(
///     url_id(" HTTPS://LaoDong.vn/cong-doan/a-123.ldo#comments "),
///     "https://laodong.vn/cong-doan/a-123.ldo"
/// );
/// ```
pub fn url_id(url: &str) -> String {
    let url = url.trim();
    match url::Url::parse(url) {
        Ok(mut parsed) => {
            parsed.set_fragment(None);
            parsed.into()
        }
        Err(_) => url.to_string(),
    }
}

/// The id of an input that has neither an id nor a URL: `sha256:` and the first 16 hex
/// digits of the sha256 of its content (the JSONL `text` or `html`), the same in every run
/// and every process.
///
/// # Example
/// ```
/// use union_news::input::{content_id, Content};
/// let id = content_id(&Content::Plain { title: None, text: "hơn 40 triệu đồng".into() });
/// assert!(id.starts_with("sha256:") && id.len() == 7 + 16);
/// ```
pub fn content_id(content: &Content) -> String {
    let bytes = match content {
        Content::PageText(text)
        | Content::Plain { text, .. }
        | Content::TitledPageText { text, .. } => text.as_bytes(),
        Content::Html(bytes) => bytes,
    };
    let mut hex = sha256_hex(bytes);
    hex.truncate(16);
    format!("sha256:{hex}")
}

/// The ids of one run's records so far, to catch a second input with an id already used:
/// a database keeps one article per id, so the later record would silently replace the
/// earlier (`extract d1 d2` with `d1/a.html` and `d2/a.html`, both id `a`).
///
/// # Example
/// ```
/// use union_news::input::IdRegistry;
/// let mut ids = IdRegistry::default();
/// assert!(ids.claim("a", "d1/a.html").is_ok());
/// let err = ids.claim("a", "d2/a.html").unwrap_err();
/// assert!(err.is_duplicate_id());
/// assert_eq!(
///     err.to_string(),
///     r#"d2/a.html: duplicate id "a": d1/a.html already has it; not written"#
/// );
/// ```
#[derive(Debug, Default)]
pub struct IdRegistry {
    /// Id → the input that first had it.
    seen: HashMap<String, String>,
}

impl IdRegistry {
    /// Records that `input` produced a record with `id`.
    ///
    /// # Errors
    /// When an earlier input already has `id`; the error names both inputs, and the id stays
    /// the earlier input's.
    pub fn claim(&mut self, id: &str, input: &str) -> std::result::Result<(), Error> {
        match self.seen.get(id) {
            Some(first) => Err(Error::duplicate_id(input, id, first.as_str())),
            None => {
                self.seen.insert(id.to_string(), input.to_string());
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_relative_to_the_given_directory() {
        let f = InputFile {
            path: "corpus/a/000_x.txt".into(),
            root: Some("corpus".into()),
        };
        assert_eq!(file_id(&f), "a/000_x");
        let f = InputFile {
            path: "./corpus/000_x.txt".into(),
            root: None,
        };
        assert_eq!(file_id(&f), "000_x");
        let f = InputFile {
            path: "corpus/a/000_x.txt.gz".into(),
            root: Some("corpus".into()),
        };
        assert_eq!(file_id(&f), "a/000_x");
    }
}
