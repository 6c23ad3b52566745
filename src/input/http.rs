//! The HTTP response a WARC `response` record holds: its status line and headers read with
//! bounded sizes, and its body undone of chunked transfer encoding and content encodings
//! (gzip, deflate, br), never past [`MAX_ARTICLE_BYTES`].

use std::io::{BufRead, Read};

use super::MAX_ARTICLE_BYTES;

/// The longest status line and headers read, in bytes.
pub const MAX_HEAD_BYTES: u64 = 64 * 1024;

/// What a response's status line and headers say.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ResponseHead {
    /// The status code (`200`).
    pub status: u16,
    /// `Content-Type`, as sent.
    pub content_type: Option<String>,
    /// `Content-Encoding`, as sent (`gzip`, `br`, `gzip, br`).
    pub content_encoding: Option<String>,
    /// `Transfer-Encoding: chunked`.
    pub chunked: bool,
}

impl ResponseHead {
    /// A 2xx status.
    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }

    /// Whether the `Content-Type` is HTML (`text/html`, `application/xhtml+xml`); `None`
    /// when there is none (the body decides).
    pub fn is_html(&self) -> Option<bool> {
        let content_type = self.content_type.as_deref()?;
        let media = content_type.split(';').next().unwrap_or("").trim();
        Some(
            media.eq_ignore_ascii_case("text/html")
                || media.eq_ignore_ascii_case("application/xhtml+xml"),
        )
    }
}

/// A response that cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum HttpError {
    /// Reading failed (for a `.warc.gz`, a bad gzip member).
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// The first line is not `HTTP/x.y NNN …`.
    #[error("not an HTTP status line: {0:?}")]
    BadStatusLine(String),
    /// The status line and headers are longer than [`MAX_HEAD_BYTES`].
    #[error("HTTP headers over {} KiB", MAX_HEAD_BYTES >> 10)]
    HeadTooLong,
    /// The block ends before the blank line after the headers.
    #[error("HTTP headers cut short")]
    HeadCut,
    /// The chunked transfer encoding is broken.
    #[error("bad chunked transfer encoding")]
    BadChunks,
    /// A content encoding this reader does not know.
    #[error("unknown Content-Encoding {0:?}")]
    UnknownEncoding(String),
    /// A content encoding that does not decode.
    #[error("bad {encoding} Content-Encoding: {cause}")]
    BadEncoding {
        /// The encoding.
        encoding: String,
        /// The decoder's error.
        cause: std::io::Error,
    },
    /// The decoded body is over [`MAX_ARTICLE_BYTES`].
    #[error("decoded body larger than {} MiB: not an article", MAX_ARTICLE_BYTES >> 20)]
    TooLarge,
}

/// Reads the status line and headers from `reader` (up to the blank line after them), and
/// returns them with the number of bytes read.
///
/// # Errors
/// When reading fails, the status line is not HTTP, or the head is too long or cut short.
pub fn read_head<R: BufRead>(reader: &mut R) -> Result<(ResponseHead, u64), HttpError> {
    let mut limited = reader.take(MAX_HEAD_BYTES);
    let mut line = Vec::new();
    let mut read = 0u64;
    let mut head = ResponseHead::default();
    let mut first = true;
    loop {
        line.clear();
        let n = limited.read_until(b'\n', &mut line)?;
        read += n as u64;
        if n == 0 || line.last() != Some(&b'\n') {
            return Err(if read >= MAX_HEAD_BYTES {
                HttpError::HeadTooLong
            } else {
                HttpError::HeadCut
            });
        }
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_end_matches(['\r', '\n']);
        if first {
            head.status = status_code(text)?;
            first = false;
            continue;
        }
        if text.is_empty() {
            return Ok((head, read));
        }
        let Some((name, value)) = text.split_once(':') else {
            continue; // a broken header line is ignored, as browsers do
        };
        let value = value.trim().to_string();
        match name.trim().to_ascii_lowercase().as_str() {
            "content-type" => head.content_type = Some(value),
            "content-encoding" => head.content_encoding = Some(value),
            "transfer-encoding" => {
                head.chunked = value.to_ascii_lowercase().contains("chunked");
            }
            _ => {}
        }
    }
}

/// The status code of an HTTP status line.
fn status_code(line: &str) -> Result<u16, HttpError> {
    let bad = || HttpError::BadStatusLine(line.chars().take(80).collect());
    let mut parts = line.split_whitespace();
    if !parts.next().is_some_and(|v| v.starts_with("HTTP/")) {
        return Err(bad());
    }
    let code = parts.next().ok_or_else(bad)?;
    if code.len() != 3 {
        return Err(bad());
    }
    code.parse().map_err(|_| bad())
}

/// The body as the page's bytes: chunked transfer encoding and content encodings undone.
///
/// # Errors
/// When an encoding is unknown or broken, or the decoded body is too large.
pub fn decode_body(head: &ResponseHead, body: Vec<u8>) -> Result<Vec<u8>, HttpError> {
    let mut body = if head.chunked { dechunk(&body)? } else { body };
    let encodings = head.content_encoding.as_deref().unwrap_or("");
    // Encodings are listed in the order they were applied: undone last to first.
    for encoding in encodings.split(',').rev() {
        let encoding = encoding.trim().to_ascii_lowercase();
        body = match encoding.as_str() {
            "" | "identity" => body,
            "gzip" | "x-gzip" => {
                decode_capped(&encoding, flate2::read::MultiGzDecoder::new(&body[..]))?
            }
            "deflate" => {
                match decode_capped(&encoding, flate2::read::ZlibDecoder::new(&body[..])) {
                    // Some servers send raw deflate without the zlib wrapper.
                    Err(HttpError::BadEncoding { .. }) => {
                        decode_capped(&encoding, flate2::read::DeflateDecoder::new(&body[..]))?
                    }
                    other => other?,
                }
            }
            "br" => decode_capped(
                &encoding,
                brotli_decompressor::Decompressor::new(&body[..], 4096),
            )?,
            _ => return Err(HttpError::UnknownEncoding(encoding)),
        };
    }
    Ok(body)
}

/// Everything `decoder` gives, refused past [`MAX_ARTICLE_BYTES`].
fn decode_capped(encoding: &str, decoder: impl Read) -> Result<Vec<u8>, HttpError> {
    let mut out = Vec::new();
    decoder
        .take(MAX_ARTICLE_BYTES as u64 + 1)
        .read_to_end(&mut out)
        .map_err(|cause| HttpError::BadEncoding {
            encoding: encoding.to_string(),
            cause,
        })?;
    if out.len() > MAX_ARTICLE_BYTES {
        return Err(HttpError::TooLarge);
    }
    Ok(out)
}

/// A chunked body's data (`SIZE[;ext]CRLF DATA CRLF … 0 CRLF CRLF`). A body that ends
/// without its last chunk (a truncated record) keeps the chunks it has.
fn dechunk(body: &[u8]) -> Result<Vec<u8>, HttpError> {
    let mut out = Vec::with_capacity(body.len());
    let mut rest = body;
    loop {
        let Some(eol) = memchr::memchr(b'\n', rest) else {
            return if rest.iter().all(u8::is_ascii_whitespace) {
                Ok(out)
            } else {
                Err(HttpError::BadChunks)
            };
        };
        let line = std::str::from_utf8(&rest[..eol]).map_err(|_| HttpError::BadChunks)?;
        let size = line.split(';').next().unwrap_or("").trim();
        let size = usize::from_str_radix(size, 16).map_err(|_| HttpError::BadChunks)?;
        rest = &rest[eol + 1..];
        if size == 0 {
            return Ok(out);
        }
        let data = rest.get(..size).unwrap_or(rest);
        out.extend_from_slice(data);
        rest = &rest[data.len()..];
        if data.len() < size {
            return Ok(out);
        }
        rest = rest
            .strip_prefix(b"\r\n")
            .or_else(|| rest.strip_prefix(b"\n"))
            .unwrap_or(rest);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn heads_are_read_and_bodies_decoded() {
        let raw = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\
            Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\nrest";
        let mut reader = &raw[..];
        let (head, len) = read_head(&mut reader).unwrap();
        assert_eq!(len as usize, raw.len() - 4);
        assert_eq!(head.status, 200);
        assert!(head.is_success() && head.chunked);
        assert_eq!(head.is_html(), Some(true));
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(b"<html>xin chao</html>").unwrap();
        let gz = gz.finish().unwrap();
        let mut chunked = format!("{:x}\r\n", 5).into_bytes();
        chunked.extend_from_slice(&gz[..5]);
        chunked.extend_from_slice(format!("\r\n{:x};x=y\r\n", gz.len() - 5).as_bytes());
        chunked.extend_from_slice(&gz[5..]);
        chunked.extend_from_slice(b"\r\n0\r\n\r\n");
        assert_eq!(
            decode_body(&head, chunked).unwrap(),
            b"<html>xin chao</html>"
        );
    }

    #[test]
    fn brotli_and_deflate_bodies_are_decoded() {
        let page = b"<html><p>S\xc3\xa1ng 17/1, h\xe1\xbb\x99i ngh\xe1\xbb\x8b.</p></html>";
        let mut br = Vec::new();
        {
            let mut writer = brotli::CompressorWriter::new(&mut br, 4096, 5, 22);
            writer.write_all(page).unwrap();
        }
        let head = ResponseHead {
            status: 200,
            content_encoding: Some("br".into()),
            ..ResponseHead::default()
        };
        assert_eq!(decode_body(&head, br).unwrap(), page);
        // deflate with and without its zlib wrapper.
        let mut zlib = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        zlib.write_all(page).unwrap();
        let mut raw =
            flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
        raw.write_all(page).unwrap();
        let head = ResponseHead {
            content_encoding: Some("deflate".into()),
            ..head
        };
        assert_eq!(decode_body(&head, zlib.finish().unwrap()).unwrap(), page);
        assert_eq!(decode_body(&head, raw.finish().unwrap()).unwrap(), page);
    }

    #[test]
    fn bad_responses_are_errors() {
        assert!(matches!(
            read_head(&mut &b"GET / HTTP/1.1\r\n\r\n"[..]),
            Err(HttpError::BadStatusLine(_))
        ));
        assert!(matches!(
            read_head(&mut &b"HTTP/1.1 200 OK\r\nA: b"[..]),
            Err(HttpError::HeadCut)
        ));
        let head = ResponseHead {
            status: 200,
            content_encoding: Some("gzip".into()),
            ..ResponseHead::default()
        };
        assert!(matches!(
            decode_body(&head, b"not gzip".to_vec()),
            Err(HttpError::BadEncoding { .. })
        ));
        let head = ResponseHead {
            content_encoding: Some("compress".into()),
            ..head
        };
        assert!(matches!(
            decode_body(&head, Vec::new()),
            Err(HttpError::UnknownEncoding(_))
        ));
    }
}
