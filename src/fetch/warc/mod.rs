//! WARC output: every document the crawler fetches (and every redirect on the way), as a
//! `request` and a `response` record (WARC/1.1, ISO 28500), after one `warcinfo` record per
//! run, each record its own gzip member, appended to one `.warc.gz` file.
//!
//! The response record holds the status line and the headers as received, and the body as
//! the crawler stored it: the HTTP client undoes content-coding (gzip, br, deflate: it then
//! drops `Content-Encoding`) and chunking, so the record drops `Transfer-Encoding` and gives
//! `Content-Length` as the length of the body it holds. A standard reader's payload is then
//! the stored page, byte for byte. The request record is the request as the client sends it
//! (its start line and headers, rebuilt from what the client is given: `host`, our headers,
//! `user-agent`, and the `accept-encoding` the client adds).
//!
//! Safe across interruption: the two records of a document are written with one append and
//! synced before the document is stored, so a kill leaves at worst one incomplete gzip member
//! at the end of the file. Opening the file again (the next run) cuts it off, then appends.

mod sha1;

use std::fs::{File, OpenOptions};
use std::hash::{BuildHasher, Hasher};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::IpAddr;
use std::path::{Path, PathBuf};

use flate2::write::GzEncoder;
use flate2::Compression;

use crate::Error;
use sha1::warc_digest;

/// One HTTP exchange as the client saw it, for the WARC records of a response.
#[derive(Debug, Clone, Default)]
pub(crate) struct Exchange {
    /// The request's start line and headers, CRLF-terminated, blank line included.
    pub(crate) request_head: Vec<u8>,
    /// The response's status line, without its CRLF (`HTTP/1.1 200 OK`).
    pub(crate) status_line: String,
    /// The response headers as received (names lowercase), in order.
    pub(crate) headers: Vec<(String, Vec<u8>)>,
    /// The server's address, when known.
    pub(crate) remote_ip: Option<IpAddr>,
}

/// What a run's `warcinfo` record says.
#[derive(Debug, Clone)]
pub(crate) struct RunInfo {
    /// The User-Agent sent.
    pub(crate) user_agent: String,
    /// The robots.txt product tokens obeyed.
    pub(crate) robots_agents: Vec<String>,
}

/// A `.warc.gz` file open for appending.
#[derive(Debug)]
pub(crate) struct WarcFile {
    file: File,
    path: PathBuf,
    warcinfo_id: String,
    ids: IdSource,
    /// Records written by this run (the warcinfo included).
    records: usize,
}

impl WarcFile {
    /// Opens (creating if needed) the WARC file at `path`, cuts off an incomplete last gzip
    /// member a crash left, and appends this run's `warcinfo` record.
    ///
    /// # Errors
    /// When the name does not end in `.gz`, the file cannot be read, written or synced, or
    /// it holds something other than complete gzip members before its end (not a file this
    /// crawler wrote: nothing is appended to it).
    pub(crate) fn open(path: &Path, info: &RunInfo) -> Result<Self, Error> {
        if !path.to_string_lossy().ends_with(".gz") {
            return Err(Error::input(
                path.display().to_string(),
                "--warc writes a gzip member per record: name the file FILE.warc.gz",
            ));
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| write_error(dir, e))?;
        }
        let mut file = OpenOptions::new()
            .create(true)
            .read(true)
            .append(true)
            .open(path)
            .map_err(|e| write_error(path, e))?;
        let whole = whole_members_len(&mut file, path)?;
        let len = file.metadata().map_err(|e| Error::read(path, e))?.len();
        if whole < len {
            file.set_len(whole).map_err(|e| write_error(path, e))?;
        }
        let mut ids = IdSource::new();
        let warcinfo_id = ids.next_id();
        let mut warc = Self {
            file,
            path: path.to_path_buf(),
            warcinfo_id,
            ids,
            records: 0,
        };
        let record = warc.warcinfo(info);
        warc.append(&[record])?;
        Ok(warc)
    }

    /// Records written by this run, the `warcinfo` included.
    pub(crate) fn records(&self) -> usize {
        self.records
    }

    /// Appends the `request` and `response` records of a response for `target` (the URL
    /// requested) received at `date` (RFC 3339, UTC), whose body is `payload` (not whole when
    /// `truncated` says why: a `WARC-Truncated` value), and syncs the file.
    ///
    /// # Errors
    /// When the file cannot be written or synced.
    pub(crate) fn append_exchange(
        &mut self,
        target: &str,
        date: &str,
        exchange: &Exchange,
        payload: &[u8],
        truncated: Option<&str>,
    ) -> Result<(), Error> {
        let request_id = self.ids.next_id();
        let response_id = self.ids.next_id();
        let mut block = response_head(exchange, payload.len());
        block.extend_from_slice(payload);
        let mut fields = self.common_fields("response", &response_id, date, target);
        fields.push(("WARC-Concurrent-To", request_id.clone()));
        if let Some(ip) = exchange.remote_ip {
            fields.push(("WARC-IP-Address", ip.to_string()));
        }
        fields.push(("WARC-Payload-Digest", warc_digest(payload)));
        if let Some(why) = truncated {
            fields.push(("WARC-Truncated", why.to_string()));
        }
        let response = record(fields, "application/http; msgtype=response", &block);
        let mut fields = self.common_fields("request", &request_id, date, target);
        fields.push(("WARC-Concurrent-To", response_id));
        let request = record(
            fields,
            "application/http; msgtype=request",
            &exchange.request_head,
        );
        self.append(&[request, response])
    }

    /// The fields every record of a capture has, in order.
    fn common_fields(
        &self,
        kind: &str,
        id: &str,
        date: &str,
        target: &str,
    ) -> Vec<(&'static str, String)> {
        vec![
            ("WARC-Type", kind.to_string()),
            ("WARC-Record-ID", id.to_string()),
            ("WARC-Date", date.to_string()),
            ("WARC-Target-URI", target.to_string()),
            ("WARC-Warcinfo-ID", self.warcinfo_id.clone()),
        ]
    }

    /// The run's `warcinfo` record (its block `application/warc-fields`).
    fn warcinfo(&self, info: &RunInfo) -> Vec<u8> {
        let mut block = String::new();
        let mut field = |name: &str, value: &str| {
            block.push_str(name);
            block.push_str(": ");
            block.push_str(value);
            block.push_str("\r\n");
        };
        field(
            "software",
            concat!("union-news/", env!("CARGO_PKG_VERSION")),
        );
        field("format", "WARC File Format 1.1");
        field(
            "conformsTo",
            "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/",
        );
        field("http-header-user-agent", &info.user_agent);
        field(
            "robots",
            &format!(
                "obey (RFC 9309; groups obeyed: {}; robots.txt answering 5xx or unreachable \
                 forbids its host for the run)",
                info.robots_agents.join(", ")
            ),
        );
        field(
            "description",
            "union-news crawl: request and response records of every document fetched with \
             status 200 (pages, feeds, sitemaps, robots.txt) and of every redirect; bodies \
             recorded as stored (content-coding and chunking undone, headers adjusted to \
             match)",
        );
        let filename = self
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let fields = vec![
            ("WARC-Type", "warcinfo".to_string()),
            ("WARC-Record-ID", self.warcinfo_id.clone()),
            ("WARC-Date", now_warc_date()),
            ("WARC-Filename", filename),
        ];
        record(fields, "application/warc-fields", block.as_bytes())
    }

    /// Appends `records`, each as its own gzip member, in one write, and syncs the file.
    fn append(&mut self, records: &[Vec<u8>]) -> Result<(), Error> {
        let mut bytes = Vec::new();
        for record in records {
            let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
            encoder
                .write_all(record)
                .map_err(|e| write_error(&self.path, e))?;
            bytes.extend(encoder.finish().map_err(|e| write_error(&self.path, e))?);
        }
        self.file
            .write_all(&bytes)
            .and_then(|()| self.file.sync_data())
            .map_err(|e| write_error(&self.path, e))?;
        self.records += records.len();
        Ok(())
    }
}

/// One record: the version line, `fields`, the block's type, length and digest, the block,
/// and the two CRLFs that end a record.
fn record(fields: Vec<(&'static str, String)>, content_type: &str, block: &[u8]) -> Vec<u8> {
    let mut out = b"WARC/1.1\r\n".to_vec();
    let digest = warc_digest(block);
    let length = block.len().to_string();
    let tail = [
        ("WARC-Block-Digest", digest.as_str()),
        ("Content-Type", content_type),
        ("Content-Length", length.as_str()),
    ];
    let all = fields
        .iter()
        .map(|(n, v)| (*n, v.as_str()))
        .chain(tail.iter().copied());
    for (name, value) in all {
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(b": ");
        // A field value is one line: a line break (never expected) becomes a space.
        out.extend(
            value
                .bytes()
                .map(|b| if b == b'\r' || b == b'\n' { b' ' } else { b }),
        );
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"\r\n");
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

/// The response's status line and headers for a recorded body of `body_len` bytes: without
/// `Transfer-Encoding` and `Content-Length` (the body recorded is neither chunked nor, when
/// the client decoded it, of the length sent), then `content-length` as recorded.
fn response_head(exchange: &Exchange, body_len: usize) -> Vec<u8> {
    let mut head = exchange.status_line.clone().into_bytes();
    head.extend_from_slice(b"\r\n");
    for (name, value) in &exchange.headers {
        if name == "transfer-encoding" || name == "content-length" {
            continue;
        }
        head.extend_from_slice(name.as_bytes());
        head.extend_from_slice(b": ");
        head.extend_from_slice(value);
        head.extend_from_slice(b"\r\n");
    }
    head.extend_from_slice(format!("content-length: {body_len}\r\n\r\n").as_bytes());
    head
}

/// The current time as a `WARC-Date` (UTC, seconds).
fn now_warc_date() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// The length of the complete gzip members at the start of `file`: all of it, or up to a
/// last member cut short (by a crash while it was written).
///
/// # Errors
/// When the file cannot be read, or holds bytes that are not a gzip member (corrupt, or not
/// gzip at all) before its end.
fn whole_members_len(file: &mut File, path: &Path) -> Result<u64, Error> {
    let mut reader = Counting {
        inner: BufReader::new(&mut *file),
        consumed: 0,
    };
    loop {
        let start = reader.consumed;
        let head = reader.fill_buf().map_err(|e| Error::read(path, e))?;
        if head.is_empty() {
            return Ok(start);
        }
        // Even a torn member starts as gzip: anything else is not ours to cut.
        let gzip = head
            .iter()
            .zip([0x1f, 0x8b])
            .all(|(byte, magic)| *byte == magic);
        let mut member = flate2::bufread::GzDecoder::new(&mut reader);
        match std::io::copy(&mut member, &mut std::io::sink()) {
            Ok(_) => {}
            Err(e) if gzip && e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(start),
            Err(e) => {
                return Err(Error::input(
                    path.display().to_string(),
                    format!(
                        "not a WARC file this crawler can append to: bytes {start}… are not \
                         a gzip member ({e})"
                    ),
                ))
            }
        }
    }
}

/// A buffered reader that counts the bytes consumed from it.
struct Counting<R> {
    inner: R,
    consumed: u64,
}

impl<R: BufRead> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.consumed += n as u64;
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Counting<R> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, amt: usize) {
        self.consumed += amt as u64;
        self.inner.consume(amt);
    }
}

/// Record ids: `<urn:uuid:…>`, version 4 (random) UUIDs made from a per-run random key and
/// a counter, hashed.
#[derive(Debug)]
struct IdSource {
    key: [u8; 32],
    counter: u64,
}

impl IdSource {
    fn new() -> Self {
        // The standard library's hasher keys are random per process; the clock and the
        // process id make runs differ even where they are not.
        let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
        hasher.write_u128(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or_default(),
        );
        hasher.write_u32(std::process::id());
        let seed = hasher.finish();
        let mut key = [0u8; 32];
        key.copy_from_slice(&sha2_of(&seed.to_le_bytes(), &[]));
        Self { key, counter: 0 }
    }

    fn next_id(&mut self) -> String {
        self.counter += 1;
        let digest = sha2_of(&self.key, &self.counter.to_le_bytes());
        let mut b = [0u8; 16];
        b.copy_from_slice(digest.get(..16).unwrap_or(&[0u8; 16]));
        b[6] = (b[6] & 0x0f) | 0x40;
        b[8] = (b[8] & 0x3f) | 0x80;
        let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
        format!(
            "<urn:uuid:{}-{}-{}-{}-{}>",
            &hex[..8],
            &hex[8..12],
            &hex[12..16],
            &hex[16..20],
            &hex[20..]
        )
    }
}

/// A file that cannot be written, as the store says it.
fn write_error(path: &Path, err: std::io::Error) -> Error {
    Error::input(path.display().to_string(), format!("cannot write: {err}"))
}

/// The SHA-256 of `a` then `b`.
fn sha2_of(a: &[u8], b: &[u8]) -> Vec<u8> {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    hasher.update(a);
    hasher.update(b);
    hasher.finalize().to_vec()
}

#[cfg(test)]
mod tests;
