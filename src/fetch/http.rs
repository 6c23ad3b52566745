//! One HTTP request: no redirects followed (the crawler checks every hop), a body size cap,
//! a deadline for the whole request, a content-type gate before the body is read, and the
//! response sorted into what the crawler does next.

use std::collections::BTreeMap;
use std::io::Read;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use reqwest::blocking::Client;
use reqwest::header::{self, HeaderMap};
use url::Url;

use super::store::Meta;
use super::warc::Exchange;
use crate::Error;

/// Response headers kept in a page's sidecar.
const KEPT_HEADERS: [&str; 10] = [
    "cache-control",
    "content-language",
    "content-length",
    "content-type",
    "date",
    "etag",
    "expires",
    "last-modified",
    "link",
    "x-robots-tag",
];

/// The `Accept-Encoding` the client adds to every request: the codings it decodes (reqwest's
/// `gzip`, `brotli` and `deflate` features, through tower-http).
const CLIENT_ACCEPT_ENCODING: &str = "gzip,deflate,br";

/// The body is read in pieces this large, the deadline checked between them.
const CHUNK: usize = 64 * 1024;

/// How much of a body is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Limit {
    /// Up to the client's cap; a larger body is a failure (`too-large`).
    Whole,
    /// The first so many bytes; the rest is not read (robots.txt: RFC 9309 asks for at least
    /// the first 500 KiB, and a longer file is no reason to give up on the host).
    Prefix(u64),
}

/// What a response may be for the request to succeed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Accept {
    /// HTML only (article links).
    Html,
    /// HTML, feeds, sitemaps (seeds, feeds).
    Documents,
    /// Plain text (robots.txt).
    Text,
}

/// What became of one request.
#[derive(Debug)]
pub(crate) enum Reply {
    /// 200 with its body (after content decoding).
    Ok {
        headers: BTreeMap<String, String>,
        body: Vec<u8>,
        /// The body was longer than a [`Limit::Prefix`] and cut there.
        truncated: bool,
        /// The request and the response head as the client saw them (for WARC records).
        exchange: Exchange,
    },
    /// 301, 302, 303, 307, 308 and where to (if it said).
    Redirect {
        location: Option<String>,
        /// The exchange and the redirect's body, when the client keeps them (for WARC
        /// records: [`Http::new`]'s `keep_redirects`).
        capture: Option<Box<Captured>>,
    },
    /// 304 to a conditional request.
    NotModified,
    /// Worth trying again later: 429, 5xx, timeout, connection failure.
    Retry {
        reason: String,
        /// What went wrong, for the URL's error line (the transport error's own words).
        detail: String,
        retry_after: Option<Duration>,
    },
    /// A final failure (other status, body too large, unreadable body).
    Failed { reason: String, status: Option<u16> },
    /// The content type is not one asked for; the body was not read.
    Refused,
}

/// A response kept whole for a WARC record: the exchange and the body read.
#[derive(Debug)]
pub(crate) struct Captured {
    /// The request and the response head.
    pub(crate) exchange: Exchange,
    /// The body, up to [`REDIRECT_BODY_CAP`].
    pub(crate) body: Vec<u8>,
    /// Why the body is not whole (a WARC-Truncated value: `length`, `unspecified`), if not.
    pub(crate) truncated: Option<&'static str>,
}

/// The most of a redirect's body read to record it (it is a line or a small page).
const REDIRECT_BODY_CAP: u64 = 64 * 1024;

/// An HTTP client for the crawler.
#[derive(Debug)]
pub(crate) struct Http {
    client: Client,
    /// The User-Agent the client sends (for the request's WARC record).
    user_agent: String,
    timeout: Duration,
    max_bytes: u64,
    /// Whether a redirect's body is read and kept with its exchange (for WARC records).
    keep_redirects: bool,
}

impl Http {
    /// A client with the given user agent, timeouts and body cap, following no redirects.
    /// `timeout` is a deadline for each whole request: connecting, the head and the body.
    /// With `keep_redirects`, a redirect's body is read (up to 64 KiB) and kept with its
    /// exchange in the reply.
    pub(crate) fn new(
        user_agent: &str,
        connect_timeout: Duration,
        timeout: Duration,
        max_bytes: u64,
        env_proxy: bool,
        keep_redirects: bool,
    ) -> Result<Self, Error> {
        let mut builder = Client::builder()
            .user_agent(user_agent)
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(connect_timeout)
            .timeout(timeout)
            .gzip(true);
        if !env_proxy {
            builder = builder.no_proxy();
        }
        let client = builder
            .build()
            .map_err(|e| Error::fetch("(client)", e.to_string()))?;
        Ok(Self {
            client,
            user_agent: user_agent.to_string(),
            timeout,
            max_bytes,
            keep_redirects,
        })
    }

    /// Sends one GET, conditional on `cached` (its `ETag` and `Last-Modified`), reading as
    /// much of the body as `limit` says. The whole exchange ends by the client's timeout.
    ///
    /// The client's own `timeout` only bounds each read of a blocking response, so a server
    /// sending a byte a second could hold one request for hours; the request's timeout below
    /// makes it a deadline for the whole exchange (reqwest's total timeout, body included),
    /// and the body is read in chunks with the deadline checked between them as well.
    pub(crate) fn get(
        &self,
        url: &Url,
        cached: Option<&Meta>,
        accept: Accept,
        limit: Limit,
    ) -> Reply {
        let deadline = Instant::now() + self.timeout;
        let (max_bytes, prefix) = match limit {
            Limit::Whole => (self.max_bytes, false),
            Limit::Prefix(n) => (n, true),
        };
        let sent = self
            .request(url, cached, accept)
            .build()
            .and_then(|request| {
                let head = self.request_head(&request);
                self.client
                    .execute(request)
                    .map(|response| (head, response))
            });
        let (request_head, response) = match sent {
            Ok(response) => response,
            Err(err) => {
                return Reply::Retry {
                    reason: transport_reason(&err).to_string(),
                    detail: transport_detail(&err),
                    retry_after: None,
                }
            }
        };
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let exchange = Exchange {
            request_head,
            status_line: status_line(&response),
            headers: headers
                .iter()
                .map(|(name, value)| (name.as_str().to_string(), value.as_bytes().to_vec()))
                .collect(),
            remote_ip: response.remote_addr().map(|addr| addr.ip()),
        };
        if let Some(mut reply) = status_reply(status, &headers) {
            if let Reply::Redirect { capture, .. } = &mut reply {
                if self.keep_redirects {
                    *capture = Some(Box::new(capture_body(response, exchange, deadline)));
                }
            }
            return reply;
        }
        let content_type = header_str(&headers, header::CONTENT_TYPE).unwrap_or("");
        if !content_type.is_empty() && !accepts(accept, content_type) {
            return Reply::Refused;
        }
        if !prefix && response.content_length().is_some_and(|n| n > max_bytes) {
            return Reply::Failed {
                reason: "too-large".to_string(),
                status: Some(status),
            };
        }
        let body = match read_body(response, max_bytes, deadline) {
            Ok(body) => body,
            Err(err) => return self.body_failure(&err, deadline),
        };
        let truncated = body.len() as u64 > max_bytes;
        if truncated && !prefix {
            return Reply::Failed {
                reason: "too-large".to_string(),
                status: Some(status),
            };
        }
        let mut body = body;
        body.truncate(usize::try_from(max_bytes).unwrap_or(usize::MAX));
        Reply::Ok {
            headers: kept_headers(&headers),
            body,
            truncated,
            exchange,
        }
    }

    /// The start line and headers of `request` as the client sends them: `host`, the
    /// request's own headers, then the two the client adds (`user-agent`, and
    /// `accept-encoding` for the codings it decodes).
    fn request_head(&self, request: &reqwest::blocking::Request) -> Vec<u8> {
        let url = request.url();
        let mut target = url.path().to_string();
        if let Some(query) = url.query() {
            target.push('?');
            target.push_str(query);
        }
        let mut host = url.host_str().unwrap_or_default().to_string();
        if let Some(port) = url.port() {
            host.push_str(&format!(":{port}"));
        }
        let mut head =
            format!("{} {target} HTTP/1.1\r\nhost: {host}\r\n", request.method()).into_bytes();
        let mut line = |name: &str, value: &[u8]| {
            head.extend_from_slice(name.as_bytes());
            head.extend_from_slice(b": ");
            head.extend_from_slice(value);
            head.extend_from_slice(b"\r\n");
        };
        for (name, value) in request.headers() {
            line(name.as_str(), value.as_bytes());
        }
        if !request.headers().contains_key(header::USER_AGENT) {
            line("user-agent", self.user_agent.as_bytes());
        }
        if !request.headers().contains_key(header::ACCEPT_ENCODING) {
            line("accept-encoding", CLIENT_ACCEPT_ENCODING.as_bytes());
        }
        head.extend_from_slice(b"\r\n");
        head
    }

    /// The GET request of `url`: what it accepts, and conditional on the `cached` copy's
    /// validators.
    fn request(
        &self,
        url: &Url,
        cached: Option<&Meta>,
        accept: Accept,
    ) -> reqwest::blocking::RequestBuilder {
        let accept_header = match accept {
            Accept::Html => "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
            Accept::Documents => {
                "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5"
            }
            Accept::Text => "text/plain,*/*;q=0.5",
        };
        let mut request = self
            .client
            .get(url.as_str())
            .timeout(self.timeout)
            .header(header::ACCEPT, accept_header)
            .header(header::ACCEPT_LANGUAGE, "vi,en;q=0.5");
        if let Some(meta) = cached {
            if let Some(etag) = &meta.etag {
                request = request.header(header::IF_NONE_MATCH, etag.as_str());
            }
            if let Some(modified) = &meta.last_modified {
                request = request.header(header::IF_MODIFIED_SINCE, modified.as_str());
            }
        }
        request
    }

    /// A body that could not be read by `deadline`, or not at all: worth another try.
    fn body_failure(&self, err: &std::io::Error, deadline: Instant) -> Reply {
        let timed_out = Instant::now() >= deadline || io_timed_out(err);
        Reply::Retry {
            reason: if timed_out { "timeout" } else { "body" }.to_string(),
            detail: if timed_out {
                format!(
                    "no whole response within {:.1} s (body included)",
                    self.timeout.as_secs_f64()
                )
            } else {
                format!("reading the body: {}", error_chain(err))
            },
            retry_after: None,
        }
    }
}

/// The status line of `response` (`HTTP/1.1 200 OK`; the reason phrase is the standard one
/// for the code: the client does not keep the one sent).
fn status_line(response: &reqwest::blocking::Response) -> String {
    let status = response.status();
    format!(
        "{:?} {} {}",
        response.version(),
        status.as_u16(),
        status.canonical_reason().unwrap_or("")
    )
    .trim_end()
    .to_string()
}

/// The reply to a response whose status is not 200 (a redirect, 304, a retry, a failure);
/// `None` for 200.
fn status_reply(status: u16, headers: &HeaderMap) -> Option<Reply> {
    Some(match status {
        200 => return None,
        301 | 302 | 303 | 307 | 308 => Reply::Redirect {
            location: header_str(headers, header::LOCATION).map(str::to_string),
            capture: None,
        },
        304 => Reply::NotModified,
        429 | 500 | 502 | 503 | 504 => Reply::Retry {
            reason: format!("http-{status}"),
            detail: format!("the server answered {status}"),
            retry_after: header_str(headers, header::RETRY_AFTER)
                .and_then(|v| parse_retry_after(v, Utc::now())),
        },
        _ => Reply::Failed {
            reason: format!("http-{status}"),
            status: Some(status),
        },
    })
}

/// The exchange of a redirect with its body, read up to [`REDIRECT_BODY_CAP`] by `deadline`
/// (a body that cannot be read is recorded empty, as truncated).
fn capture_body(response: impl Read, exchange: Exchange, deadline: Instant) -> Captured {
    match read_body(response, REDIRECT_BODY_CAP, deadline) {
        Ok(mut body) => {
            let cut = body.len() as u64 > REDIRECT_BODY_CAP;
            body.truncate(usize::try_from(REDIRECT_BODY_CAP).unwrap_or(usize::MAX));
            Captured {
                exchange,
                body,
                truncated: cut.then_some("length"),
            }
        }
        Err(_) => Captured {
            exchange,
            body: Vec::new(),
            truncated: Some("unspecified"),
        },
    }
}

/// Reads at most `max_bytes + 1` bytes of `response` (one more than allowed tells a body
/// over the limit), in chunks, giving up with `TimedOut` once `deadline` has passed.
fn read_body(response: impl Read, max_bytes: u64, deadline: Instant) -> std::io::Result<Vec<u8>> {
    let mut reader = response.take(max_bytes.saturating_add(1));
    let mut body = Vec::new();
    let mut chunk = vec![0u8; CHUNK];
    loop {
        if Instant::now() >= deadline {
            return Err(std::io::Error::new(
                std::io::ErrorKind::TimedOut,
                "request deadline passed",
            ));
        }
        match reader.read(&mut chunk) {
            Ok(0) => return Ok(body),
            Ok(n) => body.extend_from_slice(chunk.get(..n).unwrap_or_default()),
            Err(err) if err.kind() == std::io::ErrorKind::Interrupted => {}
            Err(err) => return Err(err),
        }
    }
}

/// True when an I/O error from reading a body is a timeout (reqwest wraps its own).
fn io_timed_out(err: &std::io::Error) -> bool {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(err);
    while let Some(e) = source {
        if let Some(io) = e.downcast_ref::<std::io::Error>() {
            if io.kind() == std::io::ErrorKind::TimedOut {
                return true;
            }
        }
        if e.downcast_ref::<reqwest::Error>()
            .is_some_and(reqwest::Error::is_timeout)
        {
            return true;
        }
        if e.to_string().contains("timed out") {
            return true;
        }
        source = e.source();
    }
    false
}

/// True when `content_type` is one `accept` takes.
fn accepts(accept: Accept, content_type: &str) -> bool {
    let mime = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    let html = mime == "text/html" || mime == "application/xhtml+xml";
    match accept {
        Accept::Html => html,
        Accept::Documents => {
            html || mime.ends_with("xml")
                || mime == "text/plain"
                || mime.ends_with("gzip")
                || mime == "application/octet-stream"
        }
        Accept::Text => true,
    }
}

/// The failure reason of a request that got no response: `timeout`, `dns` (the name did
/// not resolve), `connection-refused`, `connection-reset`, `tls` (the handshake or the
/// certificate failed), `connection` (another failure to connect) or `transport`.
///
/// reqwest says only "timeout" or "connect"; the finer reason is read from the errors it
/// wraps: I/O error kinds where there is one, else the words hyper and rustls use (`dns
/// error`, `certificate`, a TLS alert, …), which is all they expose without depending on
/// their types.
fn transport_reason(err: &reqwest::Error) -> &'static str {
    if err.is_timeout() {
        return "timeout";
    }
    let mut source = std::error::Error::source(err);
    while let Some(e) = source {
        if let Some(io) = e.downcast_ref::<std::io::Error>() {
            match io.kind() {
                std::io::ErrorKind::TimedOut => return "timeout",
                std::io::ErrorKind::ConnectionRefused => return "connection-refused",
                std::io::ErrorKind::ConnectionReset | std::io::ErrorKind::ConnectionAborted => {
                    return "connection-reset"
                }
                _ => {}
            }
        }
        let text = e.to_string().to_ascii_lowercase();
        if text.contains("dns error") || text.contains("failed to lookup address") {
            return "dns";
        }
        if [
            "certificate",
            "tls",
            "ssl",
            "handshake",
            "corrupt message",
            "alert",
        ]
        .iter()
        .any(|word| text.contains(word))
        {
            return "tls";
        }
        source = e.source();
    }
    if err.is_connect() {
        "connection"
    } else {
        "transport"
    }
}

/// What a request error says, without reqwest's and hyper's wrappers (`error sending request
/// for url (…)`, `client error (Connect)`), which repeat the URL or say nothing:
/// `tcp connect error: Connection refused (os error 111)`.
fn transport_detail(err: &reqwest::Error) -> String {
    let Some(inner) = std::error::Error::source(err) else {
        return err.to_string();
    };
    let mut parts: Vec<String> = Vec::new();
    let mut source = Some(inner);
    while let Some(e) = source {
        let text = e.to_string();
        if !text.starts_with("client error") && !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        source = e.source();
    }
    if parts.is_empty() {
        err.to_string()
    } else {
        parts.join(": ")
    }
}

/// An error and the errors it wraps, as one line (`a: b: c`), each repeated message once.
fn error_chain(err: &(dyn std::error::Error + 'static)) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut source = Some(err);
    while let Some(e) = source {
        let text = e.to_string();
        if !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        source = e.source();
    }
    parts.join(": ")
}

fn header_str(headers: &HeaderMap, name: header::HeaderName) -> Option<&str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

fn kept_headers(headers: &HeaderMap) -> BTreeMap<String, String> {
    KEPT_HEADERS
        .iter()
        .filter_map(|name| {
            let value = headers.get(*name)?;
            Some((
                (*name).to_string(),
                String::from_utf8_lossy(value.as_bytes()).into_owned(),
            ))
        })
        .collect()
}

/// A `Retry-After` value: delay seconds or an HTTP date (a past date is no wait).
///
/// # Example
/// ```
/// use union_news::fetch::parse_retry_after;
/// use std::time::Duration;
/// let now = chrono::Utc::now();
/// assert_eq!(parse_retry_after("120", now), Some(Duration::from_secs(120)));
/// assert_eq!(parse_retry_after("soon", now), None);
/// ```
pub fn parse_retry_after(value: &str, now: DateTime<Utc>) -> Option<Duration> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let date = DateTime::parse_from_rfc2822(value).ok()?;
    Some(
        (date.with_timezone(&Utc) - now)
            .to_std()
            .unwrap_or(Duration::ZERO),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_http_date() {
        let now = DateTime::parse_from_rfc3339("2026-11-22T08:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(
            parse_retry_after("Sun, 22 Nov 2026 08:00:30 GMT", now),
            Some(Duration::from_secs(30))
        );
        assert_eq!(
            parse_retry_after("Sun, 22 Nov 2026 07:00:00 GMT", now),
            Some(Duration::ZERO)
        );
    }

    #[test]
    fn content_type_gates() {
        assert!(accepts(Accept::Html, "text/html; charset=windows-1258"));
        assert!(!accepts(Accept::Html, "application/pdf"));
        assert!(!accepts(Accept::Html, "application/rss+xml"));
        assert!(accepts(Accept::Documents, "application/rss+xml"));
        assert!(accepts(Accept::Documents, "text/xml; charset=utf-8"));
        assert!(!accepts(Accept::Documents, "image/jpeg"));
    }
}
