//! One HTTP request: no redirects followed (the crawler checks every hop), a body size cap,
//! a content-type gate before the body is read, and the response sorted into what the crawler
//! does next.

use std::collections::BTreeMap;
use std::io::Read;
use std::time::Duration;

use chrono::{DateTime, Utc};
use reqwest::blocking::Client;
use reqwest::header::{self, HeaderMap};
use url::Url;

use super::store::Meta;
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
    },
    /// 301, 302, 303, 307, 308 and where to (if it said).
    Redirect { location: Option<String> },
    /// 304 to a conditional request.
    NotModified,
    /// Worth trying again later: 429, 5xx, timeout, connection failure.
    Retry {
        reason: String,
        retry_after: Option<Duration>,
    },
    /// A final failure (other status, body too large, unreadable body).
    Failed { reason: String, status: Option<u16> },
    /// The content type is not one asked for; the body was not read.
    Refused,
}

/// An HTTP client for the crawler.
#[derive(Debug)]
pub(crate) struct Http {
    client: Client,
    max_bytes: u64,
}

impl Http {
    /// A client with the given user agent, timeouts and body cap, following no redirects.
    pub(crate) fn new(
        user_agent: &str,
        connect_timeout: Duration,
        timeout: Duration,
        max_bytes: u64,
        env_proxy: bool,
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
        Ok(Self { client, max_bytes })
    }

    /// Sends one GET, conditional on `cached` (its `ETag` and `Last-Modified`).
    pub(crate) fn get(
        &self,
        url: &Url,
        cached: Option<&Meta>,
        accept: Accept,
        max_bytes: Option<u64>,
    ) -> Reply {
        let max_bytes = max_bytes.unwrap_or(self.max_bytes);
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
        let response = match request.send() {
            Ok(response) => response,
            Err(err) => {
                return Reply::Retry {
                    reason: transport_reason(&err).to_string(),
                    retry_after: None,
                }
            }
        };
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        match status {
            200 => {}
            301 | 302 | 303 | 307 | 308 => {
                return Reply::Redirect {
                    location: header_str(&headers, header::LOCATION).map(str::to_string),
                }
            }
            304 => return Reply::NotModified,
            429 | 500 | 502 | 503 | 504 => {
                return Reply::Retry {
                    reason: format!("http-{status}"),
                    retry_after: header_str(&headers, header::RETRY_AFTER)
                        .and_then(|v| parse_retry_after(v, Utc::now())),
                }
            }
            _ => {
                return Reply::Failed {
                    reason: format!("http-{status}"),
                    status: Some(status),
                }
            }
        }
        let content_type = header_str(&headers, header::CONTENT_TYPE).unwrap_or("");
        if !content_type.is_empty() && !accepts(accept, content_type) {
            return Reply::Refused;
        }
        if response.content_length().is_some_and(|n| n > max_bytes) {
            return Reply::Failed {
                reason: "too-large".to_string(),
                status: Some(status),
            };
        }
        let mut body = Vec::new();
        if let Err(err) = response.take(max_bytes + 1).read_to_end(&mut body) {
            let timed_out = err.kind() == std::io::ErrorKind::TimedOut
                || err.to_string().contains("timed out")
                || std::error::Error::source(&err)
                    .is_some_and(|s| s.to_string().contains("timed out"));
            return Reply::Retry {
                reason: if timed_out { "timeout" } else { "body" }.to_string(),
                retry_after: None,
            };
        }
        if body.len() as u64 > max_bytes {
            return Reply::Failed {
                reason: "too-large".to_string(),
                status: Some(status),
            };
        }
        Reply::Ok {
            headers: kept_headers(&headers),
            body,
        }
    }
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

fn transport_reason(err: &reqwest::Error) -> &'static str {
    if err.is_timeout() {
        "timeout"
    } else if err.is_connect() {
        "connection"
    } else {
        "transport"
    }
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
