//! The crawler: seeds (pages, RSS/Atom feeds, sitemaps) in, a page store that `extract` reads
//! out.
//!
//! Polite by construction: robots.txt obeyed (with its `Crawl-delay`), one request at a time
//! with a delay per host, bounded retries with exponential backoff and `Retry-After`, timeouts,
//! a body size cap, a redirect limit with loop detection, only http(s), only the allowed hosts
//! (after redirects too), and only HTML followed from article links. Resumable: the store and
//! two append-only logs under `DIR/state/` survive a kill at any point (see [`store`]).
//!
//! # Example
//! ```no_run
//! use std::time::Duration;
//! use union_news::fetch::Crawler;
//!
//! let crawler = Crawler::builder()
//!     .delay(Duration::from_secs(2))
//!     .max_pages(100)
//!     .build()?;
//! let seeds = vec![url::Url::parse("https://laodong.vn/rss/cong-doan.rss").unwrap()];
//! let summary = crawler.run(&seeds, std::path::Path::new("store"))?;
//! println!("{} pages fetched", summary.fetched);
//! # Ok::<(), union_news::Error>(())
//! ```

mod crawler;
pub mod frontier;
mod http;
pub mod links;
pub mod robots;
pub mod store;
mod tags;
mod warc;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use url::Url;

pub use http::parse_retry_after;
pub use robots::Robots;

use crate::Error;

/// The User-Agent the crawler sends.
pub const USER_AGENT: &str =
    "union-news/0.1 (+https://github.com/union-news/union-news; research crawler)";

/// The product token matched against robots.txt `User-agent` lines (whatever User-Agent is
/// sent: a custom one's own product token is obeyed as well, see
/// [`CrawlerBuilder::user_agent`]).
pub const ROBOTS_AGENT: &str = "union-news";

/// The longest wait or timeout any setting takes (one day); longer values are cut to it so
/// that no deadline overflows.
const MAX_WAIT: Duration = Duration::from_secs(86_400);

/// A configured crawler; build it with [`Crawler::builder`].
#[derive(Debug, Clone)]
pub struct Crawler {
    config: Config,
}

#[derive(Debug, Clone)]
struct Config {
    delay: Duration,
    max_crawl_delay: Duration,
    connect_timeout: Duration,
    timeout: Duration,
    max_tries: u32,
    backoff: Duration,
    max_retry_after: Duration,
    max_redirects: usize,
    max_bytes: u64,
    max_pages: Option<usize>,
    max_depth: Option<u32>,
    allow_hosts: Vec<String>,
    recrawl: bool,
    refresh_seeds: bool,
    retry_failed: bool,
    user_agent: String,
    env_proxy: bool,
    warc: Option<PathBuf>,
    stop: Option<Arc<AtomicBool>>,
}

impl Config {
    /// Whether the stop flag is set.
    fn stopped(&self) -> bool {
        self.stop.as_ref().is_some_and(|f| f.load(Ordering::SeqCst))
    }

    /// The robots.txt product tokens to obey: ours, and the custom User-Agent's own when it
    /// has another.
    fn robots_agents(&self) -> Vec<String> {
        let mut agents = vec![ROBOTS_AGENT.to_string()];
        let token = product_token(&self.user_agent);
        if !token.is_empty() && token != ROBOTS_AGENT {
            agents.push(token);
        }
        agents
    }
}

impl Default for Config {
    fn default() -> Self {
        Self {
            delay: Duration::from_secs(1),
            max_crawl_delay: Duration::from_secs(60),
            connect_timeout: Duration::from_secs(10),
            timeout: Duration::from_secs(30),
            max_tries: 3,
            backoff: Duration::from_secs(1),
            max_retry_after: Duration::from_secs(120),
            max_redirects: 5,
            max_bytes: 5 * 1024 * 1024,
            max_pages: None,
            max_depth: None,
            allow_hosts: Vec::new(),
            recrawl: false,
            refresh_seeds: false,
            retry_failed: false,
            user_agent: USER_AGENT.to_string(),
            env_proxy: true,
            warc: None,
            stop: None,
        }
    }
}

/// Builds a [`Crawler`]; every setting has a polite default.
#[derive(Debug, Clone, Default)]
pub struct CrawlerBuilder {
    config: Config,
}

impl CrawlerBuilder {
    /// The least time between two requests to one host (default 1 s); a larger robots.txt
    /// `Crawl-delay` wins.
    pub fn delay(mut self, delay: Duration) -> Self {
        self.config.delay = delay.min(MAX_WAIT);
        self
    }

    /// The largest robots.txt `Crawl-delay` honoured as given (default 60 s); a larger one is
    /// cut to this.
    pub fn max_crawl_delay(mut self, delay: Duration) -> Self {
        self.config.max_crawl_delay = delay.min(MAX_WAIT);
        self
    }

    /// The time allowed to connect (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.config.connect_timeout = timeout.min(MAX_WAIT);
        self
    }

    /// The deadline for each whole request, each try on its own: connecting, the response
    /// head and the body (default 30 s). A server that trickles its body a byte at a time is
    /// cut off there (`timeout`).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.config.timeout = timeout.min(MAX_WAIT);
        self
    }

    /// How many times a URL is tried on 429, 5xx, timeouts and connection failures
    /// (default 3, from 1 to 10).
    pub fn max_tries(mut self, tries: u32) -> Self {
        self.config.max_tries = tries.clamp(1, 10);
        self
    }

    /// The first retry's wait (default 1 s), doubled on every further try.
    pub fn backoff(mut self, backoff: Duration) -> Self {
        self.config.backoff = backoff.min(MAX_WAIT);
        self
    }

    /// The longest `Retry-After` waited for (default 120 s); a longer one is cut to this.
    pub fn max_retry_after(mut self, cap: Duration) -> Self {
        self.config.max_retry_after = cap.min(MAX_WAIT);
        self
    }

    /// The most redirects followed for one URL (default 5).
    pub fn max_redirects(mut self, redirects: usize) -> Self {
        self.config.max_redirects = redirects;
        self
    }

    /// The largest body read (default 5 MiB); a larger one is a failure (`too-large`).
    pub fn max_bytes(mut self, bytes: u64) -> Self {
        self.config.max_bytes = bytes;
        self
    }

    /// The most documents (pages, feeds, sitemaps) requested in one run; robots.txt, retries
    /// and redirects are not counted. Default: no limit.
    pub fn max_pages(mut self, pages: usize) -> Self {
        self.config.max_pages = Some(pages);
        self
    }

    /// The most links followed away from a seed (a feed's or sitemap's items are one link
    /// away). Default: no limit.
    pub fn max_depth(mut self, depth: u32) -> Self {
        self.config.max_depth = Some(depth);
        self
    }

    /// Allows `host` and its subdomains (a leading `www.` is ignored). Default: the seeds'
    /// hosts.
    pub fn allow_host(mut self, host: &str) -> Self {
        self.config.allow_hosts.push(normalize_host(host));
        self
    }

    /// Fetches stored pages again, with conditional requests (`304` keeps the stored copy).
    pub fn recrawl(mut self, yes: bool) -> Self {
        self.config.recrawl = yes;
        self
    }

    /// Fetches the seeds and feeds again (conditionally) to find new links, without fetching
    /// stored pages again.
    pub fn refresh_seeds(mut self, yes: bool) -> Self {
        self.config.refresh_seeds = yes;
        self
    }

    /// Tries again the URLs that failed in an earlier run.
    pub fn retry_failed(mut self, yes: bool) -> Self {
        self.config.retry_failed = yes;
        self
    }

    /// The User-Agent header (default [`USER_AGENT`]). It must say how to reach whoever runs
    /// the crawl: an `http(s)://` URL or an email address ([`CrawlerBuilder::build`] checks).
    /// robots.txt groups for its product token (`mybot` in `mybot/1.0 (+https://…)`) are
    /// obeyed as well as those for [`ROBOTS_AGENT`]: a URL must be allowed by both.
    pub fn user_agent(mut self, agent: &str) -> Self {
        self.config.user_agent = agent.trim().to_string();
        self
    }

    /// Whether proxies from the environment (`HTTPS_PROXY`, …) are used (default yes).
    pub fn env_proxy(mut self, yes: bool) -> Self {
        self.config.env_proxy = yes;
        self
    }

    /// Also writes every document fetched (status 200: pages, feeds, sitemaps, robots.txt)
    /// and every redirect to the WARC file at `path` (its name ending in `.gz`): a `request`
    /// and a `response` record each, after one `warcinfo` record per run, every record its own gzip member.
    /// An existing file is appended to (a crawl resumed goes on in the same file), after a
    /// last member cut short by a crash is cut off. Default: no WARC. See docs/CRAWL.md.
    pub fn warc(mut self, path: impl Into<PathBuf>) -> Self {
        self.config.warc = Some(path.into());
        self
    }

    /// A flag that stops the crawl when set (by a Ctrl-C handler, say): the request in flight
    /// is finished and recorded, no further request is sent, waits are cut short, and
    /// [`Crawler::run`] returns a summary with [`CrawlSummary::interrupted`] set. The store is
    /// left as after any run, so a later run goes on where this one stopped.
    pub fn stop_flag(mut self, flag: Arc<AtomicBool>) -> Self {
        self.config.stop = Some(flag);
        self
    }

    /// The crawler.
    ///
    /// # Errors
    /// When the User-Agent is empty, holds characters an HTTP header cannot carry, or names
    /// no contact (an `http(s)://` URL or an email address).
    pub fn build(self) -> Result<Crawler, Error> {
        let agent = &self.config.user_agent;
        if agent.is_empty() || !agent.chars().all(|c| c == ' ' || c.is_ascii_graphic()) {
            return Err(Error::input(
                "user agent",
                format!("{agent:?} is not a User-Agent header value (printable ASCII)"),
            ));
        }
        if !has_contact(agent) {
            return Err(Error::input(
                "user agent",
                format!(
                    "{agent:?} names no contact: add an http(s):// URL or an email address, \
                     e.g. \"mybot/1.0 (+https://example.org/crawler; ops@example.org)\""
                ),
            ));
        }
        Ok(Crawler {
            config: self.config,
        })
    }
}

/// How a crawl went.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CrawlSummary {
    /// Documents fetched and stored (status 200): pages plus feeds and sitemaps.
    pub fetched: usize,
    /// Of those, HTML pages.
    pub pages: usize,
    /// Conditional requests answered `304 Not Modified` (the stored copy is kept).
    pub not_modified: usize,
    /// URLs found already stored (an earlier, interrupted run): not fetched again.
    pub from_store: usize,
    /// URLs not fetched, by reason (`robots`, `off-host`, `content-type`, `extension`, …).
    pub skipped: BTreeMap<String, usize>,
    /// URLs that failed, by reason: HTTP statuses (`http-404`), no response (`timeout`,
    /// `dns`, `connection-refused`, `connection-reset`, `tls`, `connection`, `transport`,
    /// `body`), robots.txt answering 5xx (`robots-unavailable`), `too-large`,
    /// `redirect-loop`, …. A host whose robots.txt cannot be had fails every URL of it with
    /// that reason, without a request.
    pub failed: BTreeMap<String, usize>,
    /// HTTP requests sent, robots.txt, retries and redirects included.
    pub requests: usize,
    /// Retries made after 429, 5xx, timeouts and connection failures (robots.txt included).
    pub retries: usize,
    /// Links not followed because they lead off the allowed hosts.
    pub off_host_links: usize,
    /// URLs still queued when the run stopped (at `max_pages`, or interrupted): a later run
    /// goes on with them.
    pub pending: usize,
    /// Times the state logs were synced to disk (each a disk flush, milliseconds on a real
    /// disk): one per URL processed and one per document's batch of new links.
    pub syncs: u64,
    /// WARC records appended by this run ([`CrawlerBuilder::warc`]): its `warcinfo`, then a
    /// `request` and a `response` for every document fetched. 0 without a WARC file.
    pub warc_records: usize,
    /// True when the run was stopped by the stop flag ([`CrawlerBuilder::stop_flag`]) before
    /// its queue was done.
    pub interrupted: bool,
}

/// Progress after each URL, for a progress bar.
#[derive(Debug, Clone)]
pub struct Progress<'a> {
    /// URLs processed so far in this run.
    pub processed: usize,
    /// URLs still queued.
    pub pending: usize,
    /// The URL just processed.
    pub url: &'a str,
    /// What became of it (`fetched`, `skipped`, …).
    pub outcome: &'a str,
    /// Why, for `skipped` and `failed`: the summary's key (`robots`, `http-404`,
    /// `connection-refused`, …); else empty.
    pub reason: &'a str,
    /// What went wrong in words, for `failed` when there is more to say than the reason (the
    /// connection error, the number of tries); else empty.
    pub detail: &'a str,
}

impl Crawler {
    /// A builder with the polite defaults.
    pub fn builder() -> CrawlerBuilder {
        CrawlerBuilder::default()
    }

    /// Crawls from `seeds` into the store `out`, going on from where an earlier run in `out`
    /// stopped.
    ///
    /// # Errors
    /// When the store cannot be written or read, or the HTTP client cannot be built. Failed
    /// URLs are not errors: they are counted in the summary and logged.
    pub fn run(&self, seeds: &[Url], out: &Path) -> Result<CrawlSummary, Error> {
        self.run_with(seeds, out, &mut |_| {})
    }

    /// [`Crawler::run`], calling `progress` after each URL.
    ///
    /// # Errors
    /// As [`Crawler::run`].
    pub fn run_with(
        &self,
        seeds: &[Url],
        out: &Path,
        progress: &mut dyn FnMut(&Progress<'_>),
    ) -> Result<CrawlSummary, Error> {
        crawler::run(&self.config, seeds, out, progress)
    }
}

/// Reads seeds: each argument is a URL or a file of URLs (one a line; blank lines and lines
/// starting with `#` skipped).
///
/// # Errors
/// When a file cannot be read or a line is not an http(s) URL.
pub fn read_seeds(args: &[String]) -> Result<Vec<Url>, Error> {
    let mut out = Vec::new();
    for arg in args {
        if arg.starts_with("http://") || arg.starts_with("https://") {
            out.push(parse_seed(arg, arg)?);
            continue;
        }
        let text = std::fs::read_to_string(arg).map_err(|e| Error::read(arg, e))?;
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            out.push(parse_seed(&format!("{arg}:{}", i + 1), line)?);
        }
    }
    Ok(out)
}

fn parse_seed(input: &str, value: &str) -> Result<Url, Error> {
    let mut url =
        Url::parse(value).map_err(|e| Error::input(input, format!("not a URL: {value:?}: {e}")))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(Error::input(
            input,
            format!("not an http(s) URL: {value:?}"),
        ));
    }
    url.set_fragment(None);
    Ok(url)
}

/// The product token of a User-Agent (`mybot` in `mybot/1.0 (+https://…)`), lowercase.
fn product_token(agent: &str) -> String {
    agent
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect::<String>()
        .to_ascii_lowercase()
}

/// Whether a User-Agent says how to reach its operator: an `http(s)://` URL or an email
/// address (`name@host.tld`).
fn has_contact(agent: &str) -> bool {
    let lower = agent.to_ascii_lowercase();
    if lower.contains("http://") || lower.contains("https://") {
        return true;
    }
    lower
        .split(|c: char| c.is_whitespace() || "();,<>".contains(c))
        .map(|word| word.strip_prefix("mailto:").unwrap_or(word))
        .any(|word| {
            word.split_once('@').is_some_and(|(user, host)| {
                !user.is_empty()
                    && host.contains('.')
                    && !host.starts_with('.')
                    && !host.ends_with('.')
            })
        })
}

/// A host as compared for `allow_host`: lowercase, without a leading `www.` or trailing dot.
fn normalize_host(host: &str) -> String {
    let host = host.trim().trim_end_matches('.').to_ascii_lowercase();
    host.strip_prefix("www.").unwrap_or(&host).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_agents_must_name_a_contact() {
        assert!(has_contact(USER_AGENT));
        assert!(has_contact("mybot/1.0 (+https://example.org/bot)"));
        assert!(has_contact("mybot/1.0 (ops@example.org)"));
        assert!(has_contact("mybot/1.0 (+mailto:ops@example.org)"));
        assert!(!has_contact("mybot/1.0"));
        assert!(!has_contact("mybot/1.0 (@example.org)"));
        assert!(!has_contact("mybot/1.0 (ops@localhost)"));
        assert!(Crawler::builder().user_agent("mybot/1.0").build().is_err());
        assert!(Crawler::builder()
            .user_agent("mybot/1.0 (ops@example.org)\r\nX-Evil: 1")
            .build()
            .is_err());
        assert!(Crawler::builder().user_agent("").build().is_err());
        let ok = Crawler::builder()
            .user_agent(" Laodong-Archive/2.0 (+https://example.org/bot) ")
            .build()
            .unwrap();
        assert_eq!(
            ok.config.user_agent,
            "Laodong-Archive/2.0 (+https://example.org/bot)"
        );
        assert_eq!(ok.config.robots_agents(), ["union-news", "laodong-archive"]);
        assert_eq!(
            Crawler::builder().build().unwrap().config.robots_agents(),
            ["union-news"]
        );
    }
}
