//! The crawl loop: a queue per host (starting points, then articles, then other pages: see
//! [`super::frontier`]), the next URL taken from the host that may be asked soonest, every
//! URL ending as one line of `state/seen.tsv`.

use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::path::Path;
use std::time::{Duration, Instant};

use chrono::{SecondsFormat, Utc};
use url::Url;

use super::frontier::{looks_like_article, Class, Frontier};
use super::http::{Accept, Http, Limit, Reply};
use super::links::{self, DocKind, Link, LinkTarget};
use super::robots::Robots;
use super::store::{Meta, QueueLine, SeenLine, Shelf, Store};
use super::{normalize_host, Config, CrawlSummary, Progress};
use crate::digest::sha256_hex;
use crate::Error;

/// The longest a wait sleeps before looking at the stop flag again.
const STOP_POLL: Duration = Duration::from_millis(20);

/// robots.txt is read up to this many bytes, cut at the last whole line, the rest ignored:
/// RFC 9309 section 2.5 asks crawlers to parse at least the first 500 KiB (Google reads as
/// much), and a longer file is no reason to give up on the host.
const MAX_ROBOTS_BYTES: u64 = 500 * 1024;

/// URL path endings that are never HTML pages: not requested from article links.
const NOT_HTML_EXTENSIONS: [&str; 36] = [
    "7z", "apk", "avi", "bmp", "css", "dmg", "doc", "docx", "eot", "exe", "flv", "gif", "gz",
    "ico", "jpeg", "jpg", "js", "json", "m4a", "mov", "mp3", "mp4", "pdf", "png", "ppt", "pptx",
    "rar", "svg", "tar", "tif", "tiff", "ttf", "webm", "webp", "xls", "xlsx",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Given by the user: a page, feed or sitemap.
    Seed,
    /// An article link: HTML only.
    Page,
    /// A feed or sitemap found in a page or sitemap index.
    Feed,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Seed => "seed",
            Kind::Page => "page",
            Kind::Feed => "feed",
        }
    }

    fn parse(name: &str) -> Option<Self> {
        match name {
            "seed" => Some(Kind::Seed),
            "page" => Some(Kind::Page),
            "feed" => Some(Kind::Feed),
            _ => None,
        }
    }
}

#[derive(Debug, Clone)]
struct Entry {
    url: Url,
    kind: Kind,
    /// A page taken for an article (by its URL, or as a feed or sitemap item): fetched before
    /// the other pages of its host.
    article: bool,
    depth: u32,
    found_on: Option<String>,
    published: Option<String>,
    attempt: u32,
}

#[derive(Debug)]
struct Host {
    queue: Frontier<Entry>,
    /// When the last request to the host finished.
    last_end: Option<Instant>,
    /// No request before this (a retry's backoff or `Retry-After`).
    blocked_until: Instant,
    /// The robots.txt rules for each product token obeyed (ours, and a custom User-Agent's).
    robots: Option<Vec<Robots>>,
    /// Why robots.txt could not be had (reason, detail): every URL of the host then fails
    /// with it, without a request, for the rest of the run.
    robots_failure: Option<Failure>,
    /// Tries of robots.txt so far that failed and may be tried again.
    robots_tries: u32,
}

impl Entry {
    /// The queue of its host that the entry waits in.
    fn class(&self) -> Class {
        match (self.kind, self.article) {
            (Kind::Seed | Kind::Feed, _) => Class::Start,
            (Kind::Page, true) => Class::Article,
            (Kind::Page, false) => Class::Other,
        }
    }
}

impl Host {
    fn new() -> Self {
        Self {
            queue: Frontier::default(),
            last_end: None,
            blocked_until: Instant::now(),
            robots: None,
            robots_failure: None,
            robots_tries: 0,
        }
    }
}

/// robots.txt is not had yet: the stop flag was seen before a request could be sent, or a
/// try failed and the host is waited for before the next one (other hosts go on meanwhile).
/// The URL goes back to the head of its host's queue.
struct NotYet;

/// How a URL ended.
enum Outcome {
    Fetched,
    NotModified,
    FromStore,
    Skipped(String),
    /// A failure: its reason (a summary key such as `http-404` or `connection-refused`) and
    /// what went wrong in words (may be empty), for the URL's error line.
    Failed {
        reason: String,
        detail: String,
    },
}

impl Outcome {
    /// A failure with no more to say than its reason.
    fn failed(reason: &str) -> Self {
        Outcome::Failed {
            reason: reason.to_string(),
            detail: String::new(),
        }
    }
}

/// Why a URL failed: a reason (a summary key) and the details in words (may be empty).
#[derive(Debug, Clone)]
struct Failure {
    reason: String,
    detail: String,
}

/// What became of a host's robots.txt.
enum RobotsFile {
    /// Its text (cut at the last whole line within [`MAX_ROBOTS_BYTES`]).
    Text(String),
    /// Missing (4xx, or unreachable by redirects): everything allowed.
    Missing,
    /// Unreachable (5xx or no connection, after the usual tries): everything forbidden for
    /// this run, each URL failing with this reason and detail.
    Unavailable(Failure),
}

struct Run<'a> {
    config: &'a Config,
    http: Http,
    store: Store,
    allow: Vec<String>,
    queued: HashSet<String>,
    aliases: HashSet<String>,
    hosts: HashMap<String, Host>,
    host_order: Vec<String>,
    summary: CrawlSummary,
    documents: usize,
    processed: usize,
}

pub(super) fn run(
    config: &Config,
    seeds: &[Url],
    out: &Path,
    progress: &mut dyn FnMut(&Progress<'_>),
) -> Result<CrawlSummary, Error> {
    let http = Http::new(
        &config.user_agent,
        config.connect_timeout,
        config.timeout,
        config.max_bytes,
        config.env_proxy,
    )?;
    let store = Store::open(out)?;
    let mut allow = config.allow_hosts.clone();
    if allow.is_empty() {
        allow = seeds
            .iter()
            .filter_map(|s| s.host_str().map(normalize_host))
            .collect();
    }
    let mut run = Run {
        config,
        http,
        store,
        allow,
        queued: HashSet::new(),
        aliases: HashSet::new(),
        hosts: HashMap::new(),
        host_order: Vec::new(),
        summary: CrawlSummary::default(),
        documents: 0,
        processed: 0,
    };
    run.restore(seeds)?;
    loop {
        if config.stopped() {
            run.summary.interrupted = true;
            break;
        }
        if config.max_pages.is_some_and(|max| run.documents >= max) {
            break;
        }
        let Some(key) = run.next_host() else {
            break;
        };
        let wait = run.ready_at(&key).saturating_duration_since(Instant::now());
        let Some(host) = run.hosts.get_mut(&key) else {
            break;
        };
        let Some(entry) = host.queue.pop_front() else {
            continue;
        };
        if !run.sleep(wait) {
            run.requeue(entry);
            continue;
        }
        let url = entry.url.to_string();
        if let Some(outcome) = run.process(entry)? {
            run.processed += 1;
            let pending = run.pending();
            let (reason, detail) = match &outcome {
                Outcome::Skipped(reason) => (reason.as_str(), ""),
                Outcome::Failed { reason, detail } => (reason.as_str(), detail.as_str()),
                _ => ("", ""),
            };
            progress(&Progress {
                processed: run.processed,
                pending,
                url: &url,
                outcome: outcome_name(&outcome),
                reason,
                detail,
            });
        }
    }
    run.summary.pending = run.pending();
    run.store.sync()?;
    run.summary.syncs = run.store.syncs();
    Ok(run.summary)
}

fn outcome_name(outcome: &Outcome) -> &'static str {
    match outcome {
        Outcome::Fetched => "fetched",
        Outcome::NotModified => "not-modified",
        Outcome::FromStore => "stored",
        Outcome::Skipped(_) => "skipped",
        Outcome::Failed { .. } => "failed",
    }
}

fn origin(url: &Url) -> String {
    url.origin().ascii_serialization()
}

fn now_rfc3339() -> String {
    Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true)
}

impl Run<'_> {
    /// Rebuilds the queue from the logs: every queued URL not yet seen (or, with `recrawl`,
    /// not skipped), then the seeds not queued before.
    fn restore(&mut self, seeds: &[Url]) -> Result<(), Error> {
        let mut last: HashMap<String, String> = HashMap::new();
        for line in self.store.read_seen()? {
            // Earlier versions logged a host whose robots.txt was down as skipped; it is a
            // failure (tried again with `retry_failed`).
            let outcome = if line.outcome == "skipped" && line.reason == "robots-unavailable" {
                "failed".to_string()
            } else {
                line.outcome
            };
            last.insert(line.url, outcome);
        }
        let redo = |outcome: &str, kind: Kind, config: &Config| match outcome {
            "failed" => config.retry_failed,
            "skipped" | "alias" => false,
            _ => config.recrawl || (config.refresh_seeds && kind != Kind::Page),
        };
        for line in self.store.read_queue()? {
            let (Some(kind), Ok(url)) = (Kind::parse(&line.kind), Url::parse(&line.url)) else {
                continue;
            };
            if !self.queued.insert(line.url.clone()) {
                continue;
            }
            let pending = match last.get(&line.url) {
                None => true,
                Some(outcome) => redo(outcome, kind, self.config),
            };
            if pending {
                // Whether a page was a feed item is not logged; a feed date says it was.
                let article = looks_like_article(&url) || !line.published.is_empty();
                self.push(Entry {
                    url,
                    kind,
                    article,
                    depth: line.depth,
                    found_on: Some(line.found_on).filter(|s| !s.is_empty()),
                    published: Some(line.published).filter(|s| !s.is_empty()),
                    attempt: 0,
                });
            }
        }
        // Alias URLs (redirect targets) count as done: not fetched again.
        self.aliases.extend(
            last.iter()
                .filter(|(_, o)| o.as_str() == "alias")
                .map(|(u, _)| u.clone()),
        );
        self.queued.extend(self.aliases.iter().cloned());
        let mut new_seeds = Vec::new();
        for seed in seeds {
            if self.queued.insert(seed.to_string()) {
                new_seeds.push(QueueLine {
                    kind: Kind::Seed.name().to_string(),
                    depth: 0,
                    url: seed.to_string(),
                    found_on: String::new(),
                    published: String::new(),
                });
                self.push(Entry {
                    url: seed.clone(),
                    kind: Kind::Seed,
                    article: false,
                    depth: 0,
                    found_on: None,
                    published: None,
                    attempt: 0,
                });
            }
        }
        self.store.append_queue(&new_seeds)
    }

    fn push(&mut self, entry: Entry) {
        let key = origin(&entry.url);
        if !self.hosts.contains_key(&key) {
            self.hosts.insert(key.clone(), Host::new());
            self.host_order.push(key.clone());
        }
        if let Some(host) = self.hosts.get_mut(&key) {
            host.queue.push_back(entry.class(), entry);
        }
    }

    /// Puts an entry back at the head of its host's queue (interrupted before its request).
    fn requeue(&mut self, entry: Entry) {
        let key = origin(&entry.url);
        self.hosts
            .entry(key)
            .or_insert_with(Host::new)
            .queue
            .push_front(entry.class(), entry);
    }

    /// Sleeps for `wait`, in short steps so that the stop flag is seen; false when it was.
    fn sleep(&self, wait: Duration) -> bool {
        let end = Instant::now() + wait;
        loop {
            if self.config.stopped() {
                return false;
            }
            let left = end.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return true;
            }
            std::thread::sleep(left.min(STOP_POLL));
        }
    }

    fn pending(&self) -> usize {
        self.hosts.values().map(|h| h.queue.len()).sum()
    }

    /// The host with queued URLs that may be asked soonest (first added wins a tie).
    fn next_host(&self) -> Option<String> {
        let mut best: Option<(&String, Instant)> = None;
        for key in &self.host_order {
            let Some(host) = self.hosts.get(key) else {
                continue;
            };
            if host.queue.is_empty() {
                continue;
            }
            let ready = self.ready_at(key);
            if best.is_none_or(|(_, t)| ready < t) {
                best = Some((key, ready));
            }
        }
        best.map(|(k, _)| k.clone())
    }

    fn allowed(&self, url: &Url) -> bool {
        url.host_str()
            .is_some_and(|host| host_allowed(&self.allow, host))
    }

    /// The wait between two requests to the host of `key`.
    fn host_delay(&self, key: &str) -> Duration {
        let crawl_delay = self
            .hosts
            .get(key)
            .and_then(|h| h.robots.as_ref())
            .and_then(|groups| groups.iter().filter_map(Robots::crawl_delay).max())
            .map(|d| d.min(self.config.max_crawl_delay))
            .unwrap_or_default();
        self.config.delay.max(crawl_delay)
    }

    /// When the host of `key` may be asked next: the delay (or crawl delay) after its last
    /// request, and not before a retry's wait is over.
    fn ready_at(&self, key: &str) -> Instant {
        let Some(host) = self.hosts.get(key) else {
            return Instant::now();
        };
        match host.last_end {
            Some(end) => host.blocked_until.max(end + self.host_delay(key)),
            None => host.blocked_until,
        }
    }

    /// Sleeps until the host of `url` may be asked again; false when the stop flag was set
    /// (before or during the wait): no request may be sent then.
    fn wait_for(&mut self, url: &Url) -> bool {
        let key = origin(url);
        self.hosts.entry(key.clone()).or_insert_with(Host::new);
        if !self.host_order.contains(&key) {
            self.host_order.push(key.clone());
        }
        let wait = self
            .ready_at(&key)
            .saturating_duration_since(Instant::now());
        self.sleep(wait)
    }

    /// Marks a request to the host of `url` as just finished.
    fn requested(&mut self, url: &Url) {
        self.summary.requests += 1;
        if let Some(host) = self.hosts.get_mut(&origin(url)) {
            host.last_end = Some(Instant::now());
        }
    }

    /// Whether robots.txt lets us fetch `url` (fetching robots.txt first if needed):
    /// `None` if allowed (by the groups of every product token obeyed), else the URL's
    /// outcome: skipped (`robots`), or failed when robots.txt could not be had.
    fn robots_check(&mut self, url: &Url) -> Result<Option<Outcome>, NotYet> {
        let key = origin(url);
        let known = self.hosts.get(&key).is_some_and(|h| h.robots.is_some());
        if !known {
            let (robots, failure) = self.fetch_robots(url).ok_or(NotYet)?;
            let host = self.hosts.entry(key.clone()).or_insert_with(Host::new);
            host.robots = Some(robots);
            host.robots_failure = failure;
        }
        let Some(host) = self.hosts.get(&key) else {
            return Ok(None);
        };
        if let Some(failure) = &host.robots_failure {
            return Ok(Some(Outcome::Failed {
                reason: failure.reason.clone(),
                detail: failure.detail.clone(),
            }));
        }
        let mut path = url.path().to_string();
        if let Some(query) = url.query() {
            path.push('?');
            path.push_str(query);
        }
        match &host.robots {
            Some(groups) if !groups.iter().all(|r| r.allows(&path)) => {
                Ok(Some(Outcome::Skipped("robots".into())))
            }
            _ => Ok(None),
        }
    }

    /// Fetches and parses robots.txt for the host of `url`, once per product token obeyed:
    /// 4xx allows everything; 5xx and network failures (after the usual tries) forbid
    /// everything for this run (RFC 9309 section 2.3.1.4), and the failure is returned.
    /// `None` when the stop flag was set before it could be had.
    fn fetch_robots(&mut self, url: &Url) -> Option<(Vec<Robots>, Option<Failure>)> {
        Some(match self.fetch_robots_text(url)? {
            RobotsFile::Text(text) => (
                self.config
                    .robots_agents()
                    .iter()
                    .map(|agent| Robots::parse(&text, agent))
                    .collect(),
                None,
            ),
            RobotsFile::Missing => (vec![Robots::allow_all()], None),
            RobotsFile::Unavailable(failure) => (vec![Robots::disallow_all()], Some(failure)),
        })
    }

    /// robots.txt for the host of `url`; `None` when interrupted or to be tried again later.
    ///
    /// A failed try does not sleep here: that held up every other host for the backoff or
    /// `Retry-After` (up to 2 × 120 s a host). The host is blocked for the wait instead,
    /// and its URL put back, like a page's retry.
    fn fetch_robots_text(&mut self, url: &Url) -> Option<RobotsFile> {
        let Ok(mut current) = url.join("/robots.txt") else {
            return Some(RobotsFile::Missing);
        };
        let key = origin(url);
        let mut attempt = self.hosts.get(&key).map_or(0, |h| h.robots_tries);
        let mut hops = 0;
        loop {
            if !self.wait_for(&current) {
                return None;
            }
            let reply = self.http.get(
                &current,
                None,
                Accept::Text,
                Limit::Prefix(MAX_ROBOTS_BYTES),
            );
            self.requested(&current);
            match reply {
                Reply::Ok {
                    body, truncated, ..
                } => return Some(RobotsFile::Text(robots_text(&body, truncated))),
                Reply::Redirect { location } => {
                    hops += 1;
                    let next = location.and_then(|l| links::resolve(&current, &l));
                    match next {
                        Some(next) if hops <= self.config.max_redirects && self.allowed(&next) => {
                            current = next;
                        }
                        // RFC 9309: a robots.txt that cannot be reached by redirects is absent.
                        _ => return Some(RobotsFile::Missing),
                    }
                }
                Reply::Retry {
                    reason,
                    detail,
                    retry_after,
                } => {
                    attempt += 1;
                    if attempt >= self.config.max_tries {
                        // The server answered (5xx, 429): its robots.txt is unavailable. No
                        // answer at all: the reason is the connection's (`timeout`, …).
                        let reason = if reason.starts_with("http-") {
                            "robots-unavailable".to_string()
                        } else {
                            reason
                        };
                        let tries = if attempt == 1 { "try" } else { "tries" };
                        return Some(RobotsFile::Unavailable(Failure {
                            reason,
                            detail: format!("robots.txt: {detail}; {attempt} {tries}"),
                        }));
                    }
                    self.summary.retries += 1;
                    let wait = self.retry_wait(attempt, retry_after);
                    let host = self.hosts.entry(key).or_insert_with(Host::new);
                    host.robots_tries = attempt;
                    host.blocked_until = host.blocked_until.max(Instant::now() + wait);
                    return None;
                }
                Reply::Failed {
                    status: Some(status @ 500..),
                    ..
                } => {
                    return Some(RobotsFile::Unavailable(Failure {
                        reason: "robots-unavailable".into(),
                        detail: format!("robots.txt: the server answered {status}"),
                    }))
                }
                Reply::Failed { .. } | Reply::NotModified | Reply::Refused => {
                    return Some(RobotsFile::Missing)
                }
            }
        }
    }

    /// The wait before try `attempt + 1`: exponential backoff, or `Retry-After` (capped)
    /// when longer.
    fn retry_wait(&self, attempt: u32, retry_after: Option<Duration>) -> Duration {
        let factor = 1u32 << attempt.saturating_sub(1).min(10);
        let backoff = self
            .config
            .backoff
            .saturating_mul(factor)
            .min(super::MAX_WAIT);
        let asked = retry_after
            .map(|d| d.min(self.config.max_retry_after))
            .unwrap_or_default();
        backoff.max(asked)
    }

    /// Processes one URL; `None` when it was put back for a retry, or because the stop flag
    /// was set before its request could be sent.
    fn process(&mut self, entry: Entry) -> Result<Option<Outcome>, Error> {
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
            let reply = self
                .http
                .get(&current, stored.as_ref(), accept, Limit::Whole);
            self.requested(&current);
            match reply {
                Reply::Redirect { location } => {
                    let Some(location) = location else {
                        return Ok(Some(Outcome::failed("bad-redirect")));
                    };
                    let Some(next) = links::resolve(&current, &location) else {
                        return Ok(Some(if current.join(&location).is_ok() {
                            Outcome::Skipped("scheme".into())
                        } else {
                            Outcome::failed("bad-redirect")
                        }));
                    };
                    if visited.iter().any(|v| v == next.as_str()) {
                        return Ok(Some(Outcome::failed("redirect-loop")));
                    }
                    if visited.len() > self.config.max_redirects {
                        return Ok(Some(Outcome::failed("too-many-redirects")));
                    }
                    if !self.allowed(&next) {
                        return Ok(Some(Outcome::Skipped("off-host".into())));
                    }
                    match self.robots_check(&next) {
                        Ok(Some(outcome)) => return Ok(Some(outcome)),
                        Ok(None) => {}
                        Err(NotYet) => {
                            self.requeue(entry.clone());
                            return Ok(None);
                        }
                    }
                    if !self.config.recrawl && self.store.load_meta(&next, Shelf::Pages).is_some() {
                        // The target is stored under its own name already.
                        return Ok(Some(Outcome::Skipped("duplicate".into())));
                    }
                    visited.push(next.to_string());
                    current = next;
                }
                Reply::NotModified => {
                    self.rediscover(entry)?;
                    return Ok(Some(Outcome::NotModified));
                }
                Reply::Retry {
                    reason,
                    detail,
                    retry_after,
                } => {
                    let attempt = entry.attempt + 1;
                    if attempt >= self.config.max_tries {
                        let tries = if attempt == 1 { "try" } else { "tries" };
                        return Ok(Some(Outcome::Failed {
                            reason,
                            detail: format!("{detail}; {attempt} {tries}"),
                        }));
                    }
                    let wait = self.retry_wait(attempt, retry_after);
                    let key = origin(url);
                    let host = self.hosts.entry(key).or_insert_with(Host::new);
                    host.blocked_until = host.blocked_until.max(Instant::now() + wait);
                    let mut again = entry.clone();
                    again.attempt = attempt;
                    host.queue.push_front(again.class(), again);
                    self.summary.retries += 1;
                    return Ok(None);
                }
                Reply::Failed { reason, .. } => {
                    return Ok(Some(Outcome::Failed {
                        reason,
                        detail: String::new(),
                    }))
                }
                Reply::Refused => return Ok(Some(Outcome::Skipped("content-type".into()))),
                Reply::Ok { headers, body, .. } => {
                    return self.store_document(entry, &current, &visited, headers, body);
                }
            }
        }
    }

    /// Stores a 200 response and queues what it links to.
    fn store_document(
        &mut self,
        entry: &Entry,
        final_url: &Url,
        visited: &[String],
        headers: std::collections::BTreeMap<String, String>,
        body: Vec<u8>,
    ) -> Result<Option<Outcome>, Error> {
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
            fetched_at: now_rfc3339(),
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

/// The text of a robots.txt body; when it was cut at [`MAX_ROBOTS_BYTES`], without the line
/// the cut went through (half a line can say something else: `Disallow: /` of
/// `Disallow: /print/`).
fn robots_text(body: &[u8], truncated: bool) -> String {
    let whole = if truncated {
        body.iter()
            .rposition(|&b| b == b'\n' || b == b'\r')
            .map_or(&[][..], |end| body.get(..end).unwrap_or_default())
    } else {
        body
    };
    String::from_utf8_lossy(whole).into_owned()
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

/// True when `host` is one of `allow` (normalized hosts) or a subdomain of one.
fn host_allowed(allow: &[String], host: &str) -> bool {
    let host = normalize_host(host);
    allow.iter().any(|a| {
        host == *a
            || host
                .strip_suffix(a.as_str())
                .is_some_and(|rest| rest.ends_with('.'))
    })
}

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
    fn allowed_hosts_take_subdomains_and_ignore_www() {
        let allow = vec![
            normalize_host("www.LaoDong.vn"),
            normalize_host("127.0.0.1"),
        ];
        assert!(host_allowed(&allow, "laodong.vn"));
        assert!(host_allowed(&allow, "www.laodong.vn"));
        assert!(host_allowed(&allow, "media.laodong.vn"));
        assert!(!host_allowed(&allow, "notlaodong.vn"));
        assert!(!host_allowed(&allow, "laodong.vn.evil.com"));
        assert!(host_allowed(&allow, "127.0.0.1"));
        assert!(!host_allowed(&allow, "127.0.0.2"));
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
