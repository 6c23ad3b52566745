//! The crawl loop: a queue per host (starting points, then articles, then other pages: see
//! [`super::frontier`]), the next URL taken from the host that may be asked soonest, every
//! URL ending as one line of `state/seen.tsv`.
//!
//! This module holds the loop and the hosts' queues and pacing; [`restore`] rebuilds the
//! queue of a resumed crawl, [`robots_txt`] has and checks each host's robots.txt, and
//! [`process`] takes one URL from its checks to its stored document and queued links.

mod process;
mod restore;
mod robots_txt;

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::time::{Duration, Instant};

use chrono::{SecondsFormat, Utc};
use url::Url;

use super::frontier::{Class, Frontier};
use super::http::Http;
use super::robots::Robots;
use super::store::Store;
use super::warc::{RunInfo, WarcFile};
use super::{normalize_host, Config, CrawlSummary, Progress};
use crate::Error;

/// The longest a wait sleeps before looking at the stop flag again.
const STOP_POLL: Duration = Duration::from_millis(20);

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
    /// The WARC file written beside the store, if asked for.
    warc: Option<WarcFile>,
    /// An error that must end the run, met where a URL's outcome is returned instead (a WARC
    /// record of robots.txt that could not be written).
    fatal: Option<Error>,
}

impl<'a> Run<'a> {
    /// A crawl with an empty queue: the HTTP client, the store opened, the allowed hosts
    /// (those of the seeds unless the configuration names them).
    fn new(config: &'a Config, seeds: &[Url], out: &Path) -> Result<Self, Error> {
        let http = Http::new(
            &config.user_agent,
            config.connect_timeout,
            config.timeout,
            config.max_bytes,
            config.env_proxy,
            config.warc.is_some(),
        )?;
        let store = Store::open(out)?;
        let warc = match &config.warc {
            Some(path) => Some(WarcFile::open(
                path,
                &RunInfo {
                    user_agent: config.user_agent.clone(),
                    robots_agents: config.robots_agents(),
                },
            )?),
            None => None,
        };
        let mut allow = config.allow_hosts.clone();
        if allow.is_empty() {
            allow = seeds
                .iter()
                .filter_map(|s| s.host_str().map(normalize_host))
                .collect();
        }
        Ok(Run {
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
            warc,
            fatal: None,
        })
    }
}

/// Crawls from `seeds` (and the queue a run before left in `out`) into the store at `out`,
/// telling `progress` of every URL that ends, until the queue is empty, `max_pages`
/// documents were had, or the stop flag is set.
pub(super) fn run(
    config: &Config,
    seeds: &[Url],
    out: &Path,
    progress: &mut dyn FnMut(&Progress<'_>),
) -> Result<CrawlSummary, Error> {
    let mut run = Run::new(config, seeds, out)?;
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
        let processed = run.process(entry)?;
        if let Some(err) = run.fatal.take() {
            return Err(err);
        }
        if let Some(outcome) = processed {
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
    run.summary.warc_records = run.warc.as_ref().map_or(0, WarcFile::records);
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
