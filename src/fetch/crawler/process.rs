//! One URL of the crawl: the checks before its request, the request with its redirects and
//! retries, then the document stored and its links queued.

use std::io::Read;
use std::time::{Duration, Instant};

use url::Url;

use super::{now_rfc3339, origin, Entry, Host, Kind, NotYet, Outcome, Run};
use crate::digest::sha256_hex;
use crate::fetch::frontier::looks_like_article;
use crate::fetch::http::{Accept, Limit, Reply};
use crate::fetch::links::{self, DocKind, Link, LinkTarget};
use crate::fetch::store::{Meta, QueueLine, SeenLine, Shelf};
use crate::Error;

/// URL path endings that are never HTML pages: not requested from article links.
const NOT_HTML_EXTENSIONS: [&str; 36] = [
    "7z", "apk", "avi", "bmp", "css", "dmg", "doc", "docx", "eot", "exe", "flv", "gif", "gz",
    "ico", "jpeg", "jpg", "js", "json", "m4a", "mov", "mp3", "mp4", "pdf", "png", "ppt", "pptx",
    "rar", "svg", "tar", "tif", "tiff", "ttf", "webm", "webp", "xls", "xlsx",
];

impl Run<'_> {
    /// Processes one URL; `None` when it was put back for a retry, or because the stop flag
    /// was set before its request could be sent.
    pub(super) fn process(&mut self, entry: Entry) -> Result<Option<Outcome>, Error> {
        if self.aliases.contains(entry.url.as_str()) && !self.config.recrawl {
            // Stored under the URL that redirected to it; its seen line is written.
            return Ok(None);
        }
        // A bug that panics on one document (a parser meeting input nobody foresaw) fails
        // that URL, with the message as its detail; the crawl goes on.
        let outcome = match crate::guard::guard(entry.url.as_str(), || self.process_inner(&entry)) {
            Err(err) if err.is_internal() => Some(Outcome::Failed {
                reason: "internal-error".to_string(),
                detail: err.to_string(),
            }),
            other => other?,
        };
        let Some(outcome) = outcome else {
            return Ok(None);
        };
        let (name, reason) = match &outcome {
            Outcome::Fetched => ("fetched", ""),
            Outcome::NotModified => ("not-modified", ""),
            Outcome::FromStore => ("stored", ""),
            Outcome::Skipped(r) => ("skipped", r.as_str()),
            Outcome::Failed { reason, .. } => ("failed", reason.as_str()),
        };
        match &outcome {
            Outcome::Fetched => self.summary.fetched += 1,
            Outcome::NotModified => self.summary.not_modified += 1,
            Outcome::FromStore => self.summary.from_store += 1,
            Outcome::Skipped(r) => *self.summary.skipped.entry(r.clone()).or_default() += 1,
            Outcome::Failed { reason, .. } => {
                *self.summary.failed.entry(reason.clone()).or_default() += 1;
            }
        }
        self.store.append_seen(&SeenLine {
            at: now_rfc3339(),
            outcome: name.to_string(),
            reason: reason.to_string(),
            url: entry.url.to_string(),
        })?;
        Ok(Some(outcome))
    }

    fn process_inner(&mut self, entry: &Entry) -> Result<Option<Outcome>, Error> {
        let url = &entry.url;
        crate::guard::inject_panic_for_tests(url.as_str());
        if !self.allowed(url) {
            return Ok(Some(Outcome::Skipped("off-host".into())));
        }
        if entry.kind == Kind::Page && has_non_html_extension(url) {
            return Ok(Some(Outcome::Skipped("extension".into())));
        }
        let stored = self
            .store
            .load_meta(url, Shelf::Pages)
            .or_else(|| self.store.load_meta(url, Shelf::Feeds));
        let refetch =
            self.config.recrawl || (self.config.refresh_seeds && entry.kind != Kind::Page);
        if stored.is_some() && !refetch {
            self.rediscover(entry)?;
            return Ok(Some(Outcome::FromStore));
        }
        match self.robots_check(url) {
            Ok(Some(outcome)) => return Ok(Some(outcome)),
            Ok(None) => {}
            Err(NotYet) => {
                self.requeue(entry.clone());
                return Ok(None);
            }
        }
        if entry.attempt == 0 {
            self.documents += 1;
        }
        self.fetch_document(entry, stored.as_ref())
    }

    /// Requests the URL of `entry` (conditionally when a copy is `stored`), following
    /// redirects; `None` when it was put back (a retry, or the stop flag set before a
    /// request).
    fn fetch_document(
        &mut self,
        entry: &Entry,
        stored: Option<&Meta>,
    ) -> Result<Option<Outcome>, Error> {
        let url = &entry.url;
        let accept = if entry.kind == Kind::Page {
            Accept::Html
        } else {
            Accept::Documents
        };
        let mut current = url.clone();
        let mut visited = vec![url.to_string()];
        loop {
            if !self.wait_for(&current) {
                // Stopped before this request (a redirect hop included) was sent: the URL
                // stays queued, without an outcome, for the next run.
                self.requeue(entry.clone());
                return Ok(None);
            }
            let reply = self.http.get(&current, stored, accept, Limit::Whole);
            self.requested(&current);
            match reply {
                Reply::Redirect { location, capture } => {
                    if let (Some(warc), Some(c)) = (&mut self.warc, capture) {
                        let at = now_rfc3339();
                        warc.append_exchange(
                            current.as_str(),
                            &at,
                            &c.exchange,
                            &c.body,
                            c.truncated,
                        )?;
                    }
                    match self.redirect_target(entry, &current, location, &visited) {
                        Ok(next) => {
                            visited.push(next.to_string());
                            current = next;
                        }
                        Err(ended) => return Ok(ended),
                    }
                }
                Reply::NotModified => {
                    self.rediscover(entry)?;
                    return Ok(Some(Outcome::NotModified));
                }
                Reply::Retry {
                    reason,
                    detail,
                    retry_after,
                } => return Ok(self.retry_later(entry, reason, &detail, retry_after)),
                Reply::Failed { reason, .. } => {
                    return Ok(Some(Outcome::Failed {
                        reason,
                        detail: String::new(),
                    }))
                }
                Reply::Refused => return Ok(Some(Outcome::Skipped("content-type".into()))),
                Reply::Ok {
                    headers,
                    body,
                    exchange,
                    ..
                } => {
                    // Recorded before it is stored: a document in the store is in the WARC
                    // file (a crash in between records it twice, never not at all).
                    let fetched_at = now_rfc3339();
                    if let Some(warc) = &mut self.warc {
                        warc.append_exchange(
                            current.as_str(),
                            &fetched_at,
                            &exchange,
                            &body,
                            None,
                        )?;
                    }
                    let fetched = Fetched {
                        final_url: &current,
                        visited: &visited,
                        fetched_at,
                        headers,
                        body,
                    };
                    return self.store_document(entry, fetched);
                }
            }
        }
    }

    /// Where a redirect from `current` to `location` leads, when it is to be followed; else
    /// `Err` with how the URL ends (`None`: put back, robots.txt not had yet).
    fn redirect_target(
        &mut self,
        entry: &Entry,
        current: &Url,
        location: Option<String>,
        visited: &[String],
    ) -> Result<Url, Option<Outcome>> {
        let Some(location) = location else {
            return Err(Some(Outcome::failed("bad-redirect")));
        };
        let Some(next) = links::resolve(current, &location) else {
            return Err(Some(if current.join(&location).is_ok() {
                Outcome::Skipped("scheme".into())
            } else {
                Outcome::failed("bad-redirect")
            }));
        };
        if visited.iter().any(|v| v == next.as_str()) {
            return Err(Some(Outcome::failed("redirect-loop")));
        }
        if visited.len() > self.config.max_redirects {
            return Err(Some(Outcome::failed("too-many-redirects")));
        }
        if !self.allowed(&next) {
            return Err(Some(Outcome::Skipped("off-host".into())));
        }
        match self.robots_check(&next) {
            Ok(Some(outcome)) => return Err(Some(outcome)),
            Ok(None) => {}
            Err(NotYet) => {
                self.requeue(entry.clone());
                return Err(None);
            }
        }
        if !self.config.recrawl && self.store.load_meta(&next, Shelf::Pages).is_some() {
            // The target is stored under its own name already.
            return Err(Some(Outcome::Skipped("duplicate".into())));
        }
        Ok(next)
    }

    /// Try `entry.attempt + 1` failed with `reason`: after the last try the URL fails;
    /// before it, it goes back to the head of its host's queue, the host blocked for the
    /// retry's wait (`None`).
    fn retry_later(
        &mut self,
        entry: &Entry,
        reason: String,
        detail: &str,
        retry_after: Option<Duration>,
    ) -> Option<Outcome> {
        let attempt = entry.attempt + 1;
        if attempt >= self.config.max_tries {
            let tries = if attempt == 1 { "try" } else { "tries" };
            return Some(Outcome::Failed {
                reason,
                detail: format!("{detail}; {attempt} {tries}"),
            });
        }
        let wait = self.retry_wait(attempt, retry_after);
        let key = origin(&entry.url);
        let host = self.hosts.entry(key).or_insert_with(Host::new);
        host.blocked_until = host.blocked_until.max(Instant::now() + wait);
        let mut again = entry.clone();
        again.attempt = attempt;
        host.queue.push_front(again.class(), again);
        self.summary.retries += 1;
        None
    }

    /// Stores a 200 response and queues what it links to.
    fn store_document(
        &mut self,
        entry: &Entry,
        fetched: Fetched<'_>,
    ) -> Result<Option<Outcome>, Error> {
        let Fetched {
            final_url,
            visited,
            fetched_at,
            headers,
            body,
        } = fetched;
        let content_type = headers.get("content-type").cloned();
        let kind = classify(content_type.as_deref(), &body, self.config.max_bytes);
        let shelf = match (kind.as_ref().map(|(k, _)| *k), entry.kind) {
            (Some(DocKind::Html), _) => Shelf::Pages,
            (Some(DocKind::Feed | DocKind::Sitemap | DocKind::SitemapIndex), k)
                if k != Kind::Page =>
            {
                Shelf::Feeds
            }
            (None, _) => return Ok(Some(Outcome::failed("too-large"))),
            _ => return Ok(Some(Outcome::Skipped("content-type".into()))),
        };
        let meta = Meta {
            url: entry.url.to_string(),
            final_url: final_url.to_string(),
            status: 200,
            fetched_at,
            content_type: content_type.clone(),
            etag: headers.get("etag").cloned(),
            last_modified: headers.get("last-modified").cloned(),
            published: entry.published.clone(),
            found_on: entry.found_on.clone(),
            content_sha256: sha256_hex(&body),
            headers: headers.clone(),
        };
        self.store.save(&entry.url, shelf, &meta, &body)?;
        if shelf == Shelf::Pages {
            self.summary.pages += 1;
        }
        let nofollow = headers
            .get("x-robots-tag")
            .is_some_and(|v| v.to_ascii_lowercase().contains("nofollow"));
        if !nofollow {
            let found = document_links(entry.kind, kind, &body, final_url);
            self.discover(entry, found)?;
        }
        // Redirect targets are not fetched again under their own name.
        for alias in visited.iter().skip(1) {
            self.queued.insert(alias.clone());
            if self.aliases.insert(alias.clone()) {
                self.store.append_seen(&SeenLine {
                    at: now_rfc3339(),
                    outcome: "alias".into(),
                    reason: String::new(),
                    url: alias.clone(),
                })?;
            }
        }
        Ok(Some(Outcome::Fetched))
    }

    /// Queues the links of a stored copy (kept after 304, or stored by an interrupted run).
    fn rediscover(&mut self, entry: &Entry) -> Result<(), Error> {
        let loaded = self
            .store
            .load(&entry.url, Shelf::Pages)
            .or_else(|| self.store.load(&entry.url, Shelf::Feeds));
        let Some((meta, body)) = loaded else {
            return Ok(());
        };
        let final_url = Url::parse(&meta.final_url).unwrap_or_else(|_| entry.url.clone());
        if let Some((kind, _)) =
            classify(meta.content_type.as_deref(), &body, self.config.max_bytes)
        {
            let found = document_links(entry.kind, Some((kind, Vec::new())), &body, &final_url);
            self.discover(entry, found)?;
        }
        Ok(())
    }

    /// Queues the new links on allowed hosts within the depth limit, logging them all with
    /// one sync.
    fn discover(&mut self, from: &Entry, found: Vec<Link>) -> Result<(), Error> {
        let mut lines = Vec::new();
        for link in found {
            if !self.allowed(&link.url) {
                self.summary.off_host_links += 1;
                continue;
            }
            let (kind, article, depth) = match link.target {
                // The depth comes from the queue log: saturating, whatever it says.
                LinkTarget::Page => (
                    Kind::Page,
                    looks_like_article(&link.url),
                    from.depth.saturating_add(1),
                ),
                LinkTarget::Item => (Kind::Page, true, from.depth.saturating_add(1)),
                LinkTarget::Feed => (Kind::Feed, false, from.depth),
            };
            if self.config.max_depth.is_some_and(|max| depth > max) {
                continue;
            }
            let key = link.url.to_string();
            if self.queued.contains(&key) {
                continue;
            }
            self.queued.insert(key.clone());
            let found_on = from.url.to_string();
            lines.push(QueueLine {
                kind: kind.name().to_string(),
                depth,
                url: key,
                found_on: found_on.clone(),
                published: link.published.clone().unwrap_or_default(),
            });
            self.push(Entry {
                url: link.url,
                kind,
                article,
                depth,
                found_on: Some(found_on),
                published: link.published,
                attempt: 0,
            });
        }
        self.store.append_queue(&lines)
    }
}

/// A 200 response to store: where it came from (after `visited` redirects), when, its kept
/// headers and its body.
struct Fetched<'a> {
    final_url: &'a Url,
    visited: &'a [String],
    fetched_at: String,
    headers: std::collections::BTreeMap<String, String>,
    body: Vec<u8>,
}

/// The kind of a body and the bytes to parse (a gzipped sitemap unpacked); `None` when an
/// unpacked body is larger than `max_bytes`.
fn classify(content_type: Option<&str>, body: &[u8], max_bytes: u64) -> Option<(DocKind, Vec<u8>)> {
    let mime = content_type
        .unwrap_or("")
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    if mime == "text/html" || mime == "application/xhtml+xml" {
        return Some((DocKind::Html, Vec::new()));
    }
    if body.starts_with(&[0x1f, 0x8b]) {
        let mut unpacked = Vec::new();
        let mut decoder = flate2::read::GzDecoder::new(body).take(max_bytes + 1);
        if decoder.read_to_end(&mut unpacked).is_err() {
            return Some((DocKind::Other, Vec::new()));
        }
        if unpacked.len() as u64 > max_bytes {
            return None;
        }
        return Some((links::sniff(&unpacked), unpacked));
    }
    Some((links::sniff(body), Vec::new()))
}

/// The links of a fetched document of kind `doc` (with its unpacked bytes, if any).
fn document_links(
    entry: Kind,
    doc: Option<(DocKind, Vec<u8>)>,
    body: &[u8],
    url: &Url,
) -> Vec<Link> {
    let Some((kind, unpacked)) = doc else {
        return Vec::new();
    };
    let bytes = if unpacked.is_empty() { body } else { &unpacked };
    match kind {
        DocKind::Html => links::html_links(bytes, url, entry == Kind::Seed),
        DocKind::Feed if entry != Kind::Page => links::feed_links(bytes, url),
        DocKind::Sitemap if entry != Kind::Page => links::sitemap_links(bytes, url, false),
        DocKind::SitemapIndex if entry != Kind::Page => links::sitemap_links(bytes, url, true),
        _ => Vec::new(),
    }
}

/// True when the last segment of the URL's path ends in one of [`NOT_HTML_EXTENSIONS`].
fn has_non_html_extension(url: &Url) -> bool {
    let last = url.path().rsplit('/').next().unwrap_or("");
    let Some((_, ext)) = last.rsplit_once('.') else {
        return false;
    };
    let ext = ext.to_ascii_lowercase();
    NOT_HTML_EXTENSIONS.binary_search(&ext.as_str()).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extension_list_is_sorted() {
        let mut sorted = NOT_HTML_EXTENSIONS;
        sorted.sort_unstable();
        assert_eq!(sorted, NOT_HTML_EXTENSIONS);
    }

    #[test]
    fn non_html_extensions() {
        let url = |s: &str| Url::parse(s).unwrap();
        assert!(has_non_html_extension(&url(
            "https://a.vn/files/report.PDF"
        )));
        assert!(has_non_html_extension(&url("https://a.vn/img/a.jpg?w=300")));
        assert!(!has_non_html_extension(&url(
            "https://a.vn/tin-tuc/a-123.html"
        )));
        assert!(!has_non_html_extension(&url("https://a.vn/tin-tuc/a-123")));
        assert!(!has_non_html_extension(&url("https://a.vn/v1.2/tin")));
    }
}
