//! WARC files (`.warc`, `.warc.gz` with a gzip member per record, `.warc.zst`; WARC/1.0 and
//! 1.1) read as a stream of records, one at a time, with flat memory.
//!
//! Each `response` record holding a 2xx HTTP response whose payload is HTML is a
//! [`WarcPage`], made an input by [`page_input`]: id the normalized `WARC-Target-URI`
//! ([`url_id`]), `source.fetched_at` the `WARC-Date` (a crawl time, never the publication
//! date), the `Content-Type` passed on for its charset, the body undone of its transfer and
//! content encodings. Other records are [`Skipped`] and counted. A corrupt record is one
//! [`WarcError`] naming the file and the record's offset, and the reader goes on at the next
//! record: the next gzip member of a `.warc.gz`, the next line starting with `WARC/` in a
//! plain stream.

mod record;

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

use record::{read_record, resync_lines, skip_blank_lines, Parsed, RecordError};

use super::compress::{open_decompressed, Compression};
use super::decode::check_html_not_binary;
use super::http::{decode_body, HttpError, ResponseHead};
use super::id::{check_id, url_id};
use super::{Content, InputArticle};
use crate::digest::sha256_hex;
use crate::record::{Source, SourceKind, Warning};
use crate::Error;

/// A WARC record that is not an article, by kind: how a run's summary counts them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Skipped {
    /// `warcinfo`.
    Warcinfo,
    /// `request`.
    Request,
    /// `metadata`.
    Metadata,
    /// `revisit`.
    Revisit,
    /// `resource`, `conversion`, `continuation` and unknown types.
    Other,
    /// A response that is not HTML (an image, a PDF, a DNS answer).
    NotHtml,
    /// A response whose HTTP status is not 2xx.
    NotSuccess,
}

impl Skipped {
    /// Its name in the summary.
    pub fn label(self) -> &'static str {
        match self {
            Self::Warcinfo => "warcinfo",
            Self::Request => "request",
            Self::Metadata => "metadata",
            Self::Revisit => "revisit",
            Self::Other => "other-type",
            Self::NotHtml => "non-HTML response",
            Self::NotSuccess => "non-2xx response",
        }
    }
}

/// An HTML response read from a WARC file, not yet decoded.
#[derive(Debug, Clone)]
pub struct WarcPage {
    /// The WARC file, as shown in messages.
    pub file: String,
    /// The record's offset in the file (for `.warc.gz`, its gzip member's; for `.warc.zst`,
    /// in the decompressed stream).
    pub offset: u64,
    /// `WARC-Target-URI` as written (without `<>`).
    pub target_uri: String,
    /// `WARC-Date`: when the page was fetched.
    pub date: Option<String>,
    /// `WARC-Truncated`: why the crawler cut the record short.
    pub truncated: Option<String>,
    /// The HTTP status line and headers.
    pub head: ResponseHead,
    /// The HTTP body, as stored (still chunked or compressed when the headers say so).
    pub body: Vec<u8>,
}

impl WarcPage {
    /// The input's name in messages: `FILE@OFFSET`.
    pub fn input_name(&self) -> String {
        format!("{}@{}", self.file, self.offset)
    }
}

/// What is wrong with one WARC record.
#[derive(Debug, thiserror::Error)]
pub enum WarcErrorKind {
    /// The record does not start with a version line.
    #[error("not a WARC record header (expected WARC/1.0 or WARC/1.1, found {0:?})")]
    NotAHeader(String),
    /// A version this reader does not read.
    #[error("unsupported WARC version {0:?}")]
    Version(String),
    /// The header is longer than 64 KiB.
    #[error("WARC header over 64 KiB")]
    HeaderTooLong,
    /// The stream ends inside the header.
    #[error("WARC header cut short")]
    HeaderCut,
    /// A header line that is not `Name: value`.
    #[error("bad WARC header line {0:?}")]
    BadField(String),
    /// No `Content-Length`.
    #[error("no Content-Length")]
    NoLength,
    /// A `Content-Length` that is not a number.
    #[error("bad Content-Length {0:?}")]
    BadLength(String),
    /// The stream ends inside the block.
    #[error("block cut short: {got} of its {expected} bytes")]
    ShortBlock {
        /// `Content-Length`.
        expected: u64,
        /// The bytes there were.
        got: u64,
    },
    /// The block is not followed by CRLF CRLF: its `Content-Length` is wrong.
    #[error("no CRLF CRLF after the block: wrong Content-Length")]
    NoTrailer,
    /// The gzip member is corrupt.
    #[error("bad gzip member: {0}")]
    Gzip(io::Error),
    /// Reading the file failed.
    #[error("cannot read: {0}")]
    Read(io::Error),
    /// The HTTP response cannot be read.
    #[error("bad HTTP response: {0}")]
    Http(HttpError),
    /// A response without `WARC-Target-URI`.
    #[error("response without WARC-Target-URI")]
    NoTargetUri,
    /// The HTTP body is larger than [`MAX_ARTICLE_BYTES`](super::MAX_ARTICLE_BYTES); it was
    /// not read.
    #[error("HTTP body of {0} bytes is larger than {limit} MiB: not an article", limit = super::MAX_ARTICLE_BYTES >> 20)]
    TooLarge(u64),
}

/// A WARC record that could not be read, named by its file and offset.
#[derive(Debug, thiserror::Error)]
#[error("{file}: WARC record at byte {offset}: {kind}")]
pub struct WarcError {
    /// The WARC file, as shown in messages.
    pub file: String,
    /// The record's offset (see [`WarcPage::offset`]).
    pub offset: u64,
    /// What is wrong.
    pub kind: WarcErrorKind,
}

impl WarcError {
    /// The input's name in messages: `FILE@OFFSET`.
    pub fn input_name(&self) -> String {
        format!("{}@{}", self.file, self.offset)
    }
}

/// One record of a WARC file, as [`WarcReader`] gives it.
#[derive(Debug)]
pub enum WarcItem {
    /// An HTML page: an input.
    Page(Box<WarcPage>),
    /// A record that is not an article.
    Skipped(Skipped),
    /// A record that cannot be read.
    Failed(WarcError),
}

/// A reader that counts the bytes it gives.
struct Counting<R> {
    inner: R,
    count: u64,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count += n as u64;
        Ok(n)
    }
}

/// A buffered, counted reader: its position is what was counted less what is buffered.
type Counted<R> = BufReader<Counting<R>>;

/// Where the next byte of `reader` is in its stream.
fn position<R>(reader: &Counted<R>) -> u64 {
    reader.get_ref().count - reader.buffer().len() as u64
}

/// A counted buffered reader over `inner`.
fn counted<R: Read>(inner: R) -> Counted<R> {
    BufReader::with_capacity(1 << 16, Counting { inner, count: 0 })
}

/// A gzip member being read, over the file's reader.
type Member = BufReader<flate2::bufread::GzDecoder<Counted<File>>>;

/// Where a `.warc.gz` reader is.
enum GzipState {
    /// Between members.
    Between(Counted<File>),
    /// Inside the member that starts at `start`.
    Inside { member: Box<Member>, start: u64 },
    /// At the end (or after an error that stops the file).
    Done,
}

/// How a WARC file is read.
enum Stream {
    /// A gzip member per record (or several records in one).
    Gzip(GzipState),
    /// One stream: `.warc`, or `.warc.zst` decompressed.
    Plain {
        reader: Counted<Box<dyn Read + Send>>,
        done: bool,
    },
}

/// The records of a WARC file, one at a time: an [`Iterator`] of [`WarcItem`]s.
pub struct WarcReader {
    file: String,
    stream: Stream,
    /// After an error, until a record is read again: the errors met while looking for the
    /// next record are not reported (one error per corrupt stretch).
    resyncing: bool,
}

impl WarcReader {
    /// Opens the WARC file at `path` (`.warc`, `.warc.gz`, `.warc.zst`).
    ///
    /// # Errors
    /// When the file cannot be opened.
    pub fn open(path: &Path) -> Result<Self, Error> {
        let file = path.display().to_string();
        let stream = match Compression::of(path) {
            Compression::Gzip => {
                let handle = File::open(path).map_err(|e| Error::read(path, e))?;
                Stream::Gzip(GzipState::Between(counted(handle)))
            }
            Compression::None | Compression::Zstd => Stream::Plain {
                reader: counted(open_decompressed(path).map_err(|e| Error::read(path, e))?),
                done: false,
            },
        };
        Ok(Self {
            file,
            stream,
            resyncing: false,
        })
    }

    /// How many bytes of the file have been read (compressed, for `.warc.gz`): for progress.
    pub fn bytes_read(&self) -> u64 {
        match &self.stream {
            Stream::Gzip(GzipState::Between(reader)) => position(reader),
            Stream::Gzip(GzipState::Inside { member, .. }) => position(member.get_ref().get_ref()),
            Stream::Gzip(GzipState::Done) => 0,
            Stream::Plain { reader, .. } => position(reader),
        }
    }

    /// An error at `offset`, or `None` while resynchronizing.
    fn failed(&mut self, offset: u64, kind: WarcErrorKind) -> Option<WarcItem> {
        let report = !self.resyncing;
        self.resyncing = true;
        report.then(|| {
            WarcItem::Failed(WarcError {
                file: self.file.clone(),
                offset,
                kind,
            })
        })
    }

    /// A record read at `offset` as an item.
    fn item(&mut self, offset: u64, parsed: Parsed) -> WarcItem {
        self.resyncing = false;
        match parsed {
            Parsed::Page(mut page) => {
                page.file.clone_from(&self.file);
                page.offset = offset;
                WarcItem::Page(Box::new(page))
            }
            Parsed::Skipped(skipped) => WarcItem::Skipped(skipped),
            Parsed::Bad(kind) => WarcItem::Failed(WarcError {
                file: self.file.clone(),
                offset,
                kind,
            }),
        }
    }

    /// The next item of a plain stream.
    fn next_plain(&mut self) -> Option<WarcItem> {
        loop {
            let Stream::Plain { reader, done } = &mut self.stream else {
                return None;
            };
            if *done {
                return None;
            }
            let result = match skip_blank_lines(reader) {
                Ok(false) => return None,
                Ok(true) => Ok(position(reader)),
                Err(err) => Err(err),
            };
            let offset = match result {
                Ok(offset) => offset,
                Err(err) => {
                    *done = true;
                    let at = position(reader);
                    return self.failed(at, WarcErrorKind::Read(err));
                }
            };
            match read_record(reader) {
                Ok(Some(parsed)) => return Some(self.item(offset, parsed)),
                Ok(None) => return None,
                Err(RecordError::Io(err)) => {
                    // A read error (or a corrupt .zst stream) ends the file.
                    *done = true;
                    return self.failed(offset, WarcErrorKind::Read(err));
                }
                Err(RecordError::Framing(kind)) => {
                    if let Err(err) = resync_lines(reader) {
                        *done = true;
                        return self.failed(offset, WarcErrorKind::Read(err));
                    }
                    if let Some(item) = self.failed(offset, kind) {
                        return Some(item);
                    }
                }
            }
        }
    }

    /// The next item of a `.warc.gz`.
    fn next_gzip(&mut self) -> Option<WarcItem> {
        loop {
            let Stream::Gzip(state) = &mut self.stream else {
                return None;
            };
            match std::mem::replace(state, GzipState::Done) {
                GzipState::Done => return None,
                GzipState::Between(mut reader) => {
                    match next_member_start(&mut reader, self.resyncing) {
                        Ok(true) => {}
                        Ok(false) => return None,
                        Err(err) => {
                            let at = position(&reader);
                            self.resyncing = false;
                            return self.failed(at, WarcErrorKind::Read(err));
                        }
                    }
                    let start = position(&reader);
                    let member =
                        BufReader::with_capacity(1 << 16, flate2::bufread::GzDecoder::new(reader));
                    *state = GzipState::Inside {
                        member: Box::new(member),
                        start,
                    };
                }
                GzipState::Inside { mut member, start } => {
                    let result = skip_blank_lines(&mut member)
                        .map_err(RecordError::Io)
                        .and_then(|more| {
                            if more {
                                read_record(&mut member)
                            } else {
                                Ok(None)
                            }
                        });
                    match result {
                        Ok(Some(parsed)) => {
                            *state = GzipState::Inside { member, start };
                            return Some(self.item(start, parsed));
                        }
                        Ok(None) => {
                            *state = GzipState::Between((*member).into_inner().into_inner())
                        }
                        Err(err) => {
                            let kind = match err {
                                RecordError::Io(err) => WarcErrorKind::Gzip(err),
                                RecordError::Framing(kind) => {
                                    // Read through the rest of the member (a corrupt one
                                    // ends in an error: the search for the next one begins
                                    // where it stopped).
                                    let _ = io::copy(&mut member, &mut io::sink());
                                    kind
                                }
                            };
                            let mut reader = (*member).into_inner().into_inner();
                            if position(&reader) == start {
                                // Nothing taken: step past the false start.
                                if reader.fill_buf().is_ok_and(|b| !b.is_empty()) {
                                    reader.consume(1);
                                }
                            }
                            *state = GzipState::Between(reader);
                            if let Some(item) = self.failed(start, kind) {
                                return Some(item);
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Moves `reader` to where the next gzip member starts; false at the end of the file. After a
/// corrupt member (`resyncing`), skips to the next gzip magic number (`1f 8b`).
fn next_member_start(reader: &mut Counted<File>, resyncing: bool) -> io::Result<bool> {
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            return Ok(false);
        }
        if !resyncing {
            return Ok(true);
        }
        // The magic's first byte; the decoder checks the rest.
        match memchr::memchr(0x1f, buf) {
            Some(i) => {
                reader.consume(i);
                let buf = reader.fill_buf()?;
                if buf.len() < 2 || buf[1] == 0x8b {
                    return Ok(true);
                }
                reader.consume(1);
            }
            None => {
                let len = buf.len();
                reader.consume(len);
            }
        }
    }
}

impl Iterator for WarcReader {
    type Item = WarcItem;

    fn next(&mut self) -> Option<WarcItem> {
        match self.stream {
            Stream::Gzip(_) => self.next_gzip(),
            Stream::Plain { .. } => self.next_plain(),
        }
    }
}

/// A WARC page as an input: its body decoded, id the normalized target URI.
///
/// # Errors
/// When the body cannot be decoded, is binary, or the id cannot be stored.
pub fn page_input(page: WarcPage) -> Result<InputArticle, Error> {
    let input = page.input_name();
    let WarcPage {
        target_uri,
        date,
        truncated,
        head,
        body,
        file,
        ..
    } = page;
    let at = |message: String| Error::input(&input, format!("{target_uri}: {message}"));
    let html = decode_body(&head, body).map_err(|err| at(format!("bad HTTP response: {err}")))?;
    check_html_not_binary(&input, &html)?;
    let id = url_id(&target_uri);
    check_id(&input, &id)?;
    let warnings = truncated.map(Warning::WarcTruncated).into_iter().collect();
    Ok(InputArticle {
        id,
        source: Source {
            kind: SourceKind::Url,
            path: Some(file),
            url: Some(target_uri),
            fetched_at: date,
            content_sha256: sha256_hex(&html),
        },
        content: Content::Html(html),
        published: None,
        crawl_published: None,
        content_type: head.content_type,
        warnings,
    })
}

#[cfg(test)]
mod tests;
