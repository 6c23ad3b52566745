//! One WARC record read from a stream: its header (bounded), its block kept only for an HTML
//! `response` with a 2xx status, and the CRLF CRLF after it. Other records are read through
//! without being held.

use std::io::{self, BufRead, Read};

use super::{Skipped, WarcErrorKind, WarcPage};
use crate::input::http::{self, HttpError};
use crate::input::MAX_ARTICLE_BYTES;

/// The longest WARC header read, in bytes.
pub(super) const MAX_HEADER_BYTES: u64 = 64 * 1024;

/// What one record is, once read.
pub(super) enum Parsed {
    /// An HTML response (its offset is set by the caller).
    Page(WarcPage),
    /// A record that is not an article.
    Skipped(Skipped),
    /// A record whose framing is sound but whose content cannot be an article: the stream
    /// goes on at the next record.
    Bad(WarcErrorKind),
}

/// Why a record could not be read.
pub(super) enum RecordError {
    /// Reading the stream failed (for `.warc.gz`, the gzip member is bad).
    Io(io::Error),
    /// The record's framing is broken: the reader must look for the next record.
    Framing(WarcErrorKind),
}

impl From<io::Error> for RecordError {
    fn from(err: io::Error) -> Self {
        Self::Io(err)
    }
}

/// A record's header fields.
struct Header {
    fields: Vec<(String, String)>,
}

impl Header {
    /// The value of the field `name` (case-insensitive).
    fn get(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Consumes the blank lines before a record; false at the end of the stream.
pub(super) fn skip_blank_lines<R: BufRead>(reader: &mut R) -> io::Result<bool> {
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            return Ok(false);
        }
        let blank = buf
            .iter()
            .take_while(|b| matches!(b, b'\r' | b'\n'))
            .count();
        if blank < buf.len() {
            reader.consume(blank);
            return Ok(true);
        }
        let len = buf.len();
        reader.consume(len);
    }
}

/// Reads the record at the start of `reader` (blank lines already skipped); `None` at the end
/// of the stream.
pub(super) fn read_record<R: BufRead>(reader: &mut R) -> Result<Option<Parsed>, RecordError> {
    let Some(header) = read_header(reader)? else {
        return Ok(None);
    };
    let length = header
        .get("Content-Length")
        .ok_or(RecordError::Framing(WarcErrorKind::NoLength))?;
    let length: u64 = length
        .trim()
        .parse()
        .map_err(|_| RecordError::Framing(WarcErrorKind::BadLength(length.to_string())))?;
    let mut block = reader.take(length);
    let parsed = match record_type(&header) {
        Ok(()) => read_response(&header, &mut block)?,
        Err(skipped) => Parsed::Skipped(skipped),
    };
    io::copy(&mut block, &mut io::sink())?;
    if block.limit() > 0 {
        return Err(RecordError::Framing(WarcErrorKind::ShortBlock {
            expected: length,
            got: length - block.limit(),
        }));
    }
    check_trailer(reader)?;
    Ok(Some(parsed))
}

/// `Ok` for a response record holding HTTP, else what kind of skipped record it is.
fn record_type(header: &Header) -> Result<(), Skipped> {
    let kind = header.get("WARC-Type").unwrap_or("").trim();
    match kind.to_ascii_lowercase().as_str() {
        "response" => {}
        "warcinfo" => return Err(Skipped::Warcinfo),
        "request" => return Err(Skipped::Request),
        "metadata" => return Err(Skipped::Metadata),
        "revisit" => return Err(Skipped::Revisit),
        _ => return Err(Skipped::Other),
    }
    let content_type = header.get("Content-Type").unwrap_or("");
    if content_type
        .trim()
        .to_ascii_lowercase()
        .starts_with("application/http")
    {
        Ok(())
    } else {
        Err(Skipped::NotHtml) // e.g. a DNS answer
    }
}

/// Reads an HTTP response block: its head, and its body when it is a 2xx HTML page of at most
/// [`MAX_ARTICLE_BYTES`] (what is left of the block is read through by the caller).
fn read_response<R: BufRead>(
    header: &Header,
    block: &mut io::Take<R>,
) -> Result<Parsed, RecordError> {
    let (head, _) = match http::read_head(block) {
        Ok(head) => head,
        Err(HttpError::Io(err)) => return Err(RecordError::Io(err)),
        Err(err) => return Ok(Parsed::Bad(WarcErrorKind::Http(err))),
    };
    if !head.is_success() {
        return Ok(Parsed::Skipped(Skipped::NotSuccess));
    }
    if head.is_html() == Some(false) {
        return Ok(Parsed::Skipped(Skipped::NotHtml));
    }
    let Some(uri) = header.get("WARC-Target-URI") else {
        return Ok(Parsed::Bad(WarcErrorKind::NoTargetUri));
    };
    // What is left of the block is the body: one too large is not read into memory.
    if block.limit() > MAX_ARTICLE_BYTES as u64 {
        return Ok(Parsed::Bad(WarcErrorKind::TooLarge(block.limit())));
    }
    let mut body = Vec::new();
    block.read_to_end(&mut body)?;
    // No Content-Type: HTML if it looks like it (a plain body starting with `<`).
    if head.is_html().is_none()
        && (head.content_encoding.is_some()
            || body.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'<'))
    {
        return Ok(Parsed::Skipped(Skipped::NotHtml));
    }
    let uri = uri.trim();
    let uri = uri
        .strip_prefix('<')
        .and_then(|u| u.strip_suffix('>'))
        .unwrap_or(uri);
    Ok(Parsed::Page(WarcPage {
        file: String::new(),
        offset: 0,
        target_uri: uri.to_string(),
        date: header.get("WARC-Date").map(|d| d.trim().to_string()),
        truncated: header.get("WARC-Truncated").map(|t| t.trim().to_string()),
        head,
        body,
    }))
}

/// Reads a record's header: the version line and the fields up to the blank line.
fn read_header<R: BufRead>(reader: &mut R) -> Result<Option<Header>, RecordError> {
    let mut limited = reader.take(MAX_HEADER_BYTES);
    let mut line = Vec::new();
    let mut read = 0u64;
    let mut fields: Vec<(String, String)> = Vec::new();
    let mut first = true;
    loop {
        line.clear();
        let n = limited.read_until(b'\n', &mut line)?;
        read += n as u64;
        if n == 0 && first {
            return Ok(None);
        }
        if n == 0 || line.last() != Some(&b'\n') {
            return Err(RecordError::Framing(if read >= MAX_HEADER_BYTES {
                WarcErrorKind::HeaderTooLong
            } else {
                WarcErrorKind::HeaderCut
            }));
        }
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_end_matches(['\r', '\n']);
        if first {
            check_version(text)?;
            first = false;
            continue;
        }
        if text.is_empty() {
            return Ok(Some(Header { fields }));
        }
        if text.starts_with([' ', '\t']) {
            // A folded line continues the field before.
            if let Some((_, value)) = fields.last_mut() {
                value.push(' ');
                value.push_str(text.trim());
                continue;
            }
        }
        let Some((name, value)) = text.split_once(':') else {
            return Err(RecordError::Framing(WarcErrorKind::BadField(
                text.chars().take(80).collect(),
            )));
        };
        fields.push((name.trim().to_string(), value.trim().to_string()));
    }
}

/// Accepts `WARC/1.0` and `WARC/1.1`.
fn check_version(line: &str) -> Result<(), RecordError> {
    match line.trim().strip_prefix("WARC/") {
        Some("1.0" | "1.1") => Ok(()),
        Some(version) => Err(RecordError::Framing(WarcErrorKind::Version(
            version.chars().take(20).collect(),
        ))),
        None => Err(RecordError::Framing(WarcErrorKind::NotAHeader(
            line.chars().take(40).collect(),
        ))),
    }
}

/// Consumes the CRLF CRLF after a block (any mix of up to four CR and LF). A block followed
/// by something else has a wrong `Content-Length`.
fn check_trailer<R: BufRead>(reader: &mut R) -> Result<(), RecordError> {
    let buf = reader.fill_buf()?;
    if buf.is_empty() {
        return Ok(()); // the end of the stream (or of the gzip member)
    }
    let newlines = buf
        .iter()
        .take(4)
        .take_while(|b| matches!(b, b'\r' | b'\n'))
        .count();
    if newlines == 0 {
        return Err(RecordError::Framing(WarcErrorKind::NoTrailer));
    }
    reader.consume(newlines);
    Ok(())
}

/// Moves `reader` to the next line that starts with `WARC/` (or to the end): where the next
/// record of a plain WARC stream may begin after a broken one.
pub(super) fn resync_lines<R: BufRead>(reader: &mut R) -> io::Result<()> {
    let mut at_line_start = false;
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() || (at_line_start && buf.starts_with(b"WARC/")) {
            return Ok(());
        }
        match memchr::memchr(b'\n', buf) {
            Some(i) => {
                reader.consume(i + 1);
                at_line_start = true;
            }
            None => {
                let len = buf.len();
                reader.consume(len);
                at_line_start = false;
            }
        }
    }
}
