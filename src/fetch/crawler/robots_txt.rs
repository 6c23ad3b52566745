//! robots.txt in the crawl: had once per host (a failed try waits without holding up the
//! other hosts), read for every product token obeyed, and checked before each request.

use std::time::{Duration, Instant};

use url::Url;

use super::{now_rfc3339, origin, Failure, Host, NotYet, Outcome, Run};
use crate::fetch::http::{Accept, Limit, Reply};
use crate::fetch::links;
use crate::fetch::robots::Robots;

/// robots.txt is read up to this many bytes, cut at the last whole line, the rest ignored:
/// RFC 9309 section 2.5 asks crawlers to parse at least the first 500 KiB (Google reads as
/// much), and a longer file is no reason to give up on the host.
const MAX_ROBOTS_BYTES: u64 = 500 * 1024;

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

impl Run<'_> {
    /// Whether robots.txt lets us fetch `url` (fetching robots.txt first if needed):
    /// `None` if allowed (by the groups of every product token obeyed), else the URL's
    /// outcome: skipped (`robots`), or failed when robots.txt could not be had.
    pub(super) fn robots_check(&mut self, url: &Url) -> Result<Option<Outcome>, NotYet> {
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
        let attempt = self.hosts.get(&key).map_or(0, |h| h.robots_tries);
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
                    body,
                    truncated,
                    exchange,
                    ..
                } => {
                    if let Some(warc) = &mut self.warc {
                        let at = now_rfc3339();
                        if let Err(err) = warc.append_exchange(
                            current.as_str(),
                            &at,
                            &exchange,
                            &body,
                            truncated.then_some("length"),
                        ) {
                            // Ends the run once this URL's outcome is in.
                            self.fatal = Some(err);
                        }
                    }
                    return Some(RobotsFile::Text(robots_text(&body, truncated)));
                }
                Reply::Redirect { location, capture } => {
                    if let (Some(warc), Some(c)) = (&mut self.warc, capture) {
                        let at = now_rfc3339();
                        if let Err(err) = warc.append_exchange(
                            current.as_str(),
                            &at,
                            &c.exchange,
                            &c.body,
                            c.truncated,
                        ) {
                            self.fatal = Some(err);
                        }
                    }
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
                } => return self.robots_retry(key, attempt + 1, reason, &detail, retry_after),
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

    /// Try `attempt` of robots.txt failed with `reason`: after the last try robots.txt is
    /// unavailable; before it, the host is blocked for the retry's wait and `None` returned
    /// (the URL goes back to its queue).
    fn robots_retry(
        &mut self,
        key: String,
        attempt: u32,
        reason: String,
        detail: &str,
        retry_after: Option<Duration>,
    ) -> Option<RobotsFile> {
        if attempt >= self.config.max_tries {
            // The server answered (5xx, 429): its robots.txt is unavailable. No answer at
            // all: the reason is the connection's (`timeout`, …).
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
        None
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
