//! Resuming a crawl: the queue rebuilt from the store's logs, then the new seeds.

use std::collections::HashMap;

use url::Url;

use super::{Entry, Kind, Run};
use crate::fetch::frontier::looks_like_article;
use crate::fetch::store::QueueLine;
use crate::fetch::Config;
use crate::Error;

impl Run<'_> {
    /// Rebuilds the queue from the logs: every queued URL not yet seen (or, with `recrawl`,
    /// not skipped), then the seeds not queued before.
    pub(super) fn restore(&mut self, seeds: &[Url]) -> Result<(), Error> {
        let last = self.last_outcomes()?;
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

    /// The last outcome of every URL in the seen log, by URL.
    fn last_outcomes(&self) -> Result<HashMap<String, String>, Error> {
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
        Ok(last)
    }
}
