//! robots.txt: parsing, the group that applies to us, and path matching.
//!
//! Follows RFC 9309: the group whose `User-agent` matches our product token (case-insensitive)
//! wins over the `*` group; inside a group the longest matching `Allow`/`Disallow` pattern
//! decides, `Allow` winning a tie; patterns know `*` (any run of characters) and a final `$`
//! (end of path). `Crawl-delay`, not in the RFC but widely used, is read from the same group.

use std::time::Duration;

/// The rules of one host's robots.txt that apply to one user agent.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Robots {
    rules: Vec<Rule>,
    crawl_delay: Option<Duration>,
    disallow_all: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Rule {
    allow: bool,
    pattern: String,
}

impl Robots {
    /// No restrictions (robots.txt missing: 4xx).
    pub fn allow_all() -> Self {
        Self::default()
    }

    /// Everything forbidden (robots.txt unreachable: 5xx or network failure, as RFC 9309 says).
    pub fn disallow_all() -> Self {
        Self {
            disallow_all: true,
            ..Self::default()
        }
    }

    /// Parses `text` and keeps the group for `agent` (our product token, e.g. `union-news`),
    /// falling back to the `*` group.
    ///
    /// # Example
    /// ```
    /// use union_news::fetch::Robots;
    /// let robots = Robots::parse("User-agent: *\nDisallow: /private\nCrawl-delay: 2\n", "union-news");
    /// assert!(!robots.allows("/private/x"));
    /// assert!(robots.allows("/news/1.html"));
    /// assert_eq!(robots.crawl_delay(), Some(std::time::Duration::from_secs(2)));
    /// ```
    pub fn parse(text: &str, agent: &str) -> Self {
        let agent = agent.to_ascii_lowercase();
        // Each group: its user agents, rules and crawl delay.
        let mut groups: Vec<(Vec<String>, Vec<Rule>, Option<Duration>)> = Vec::new();
        let mut in_agents = false;
        for raw in text.lines() {
            let line = raw.split('#').next().unwrap_or("").trim();
            let Some((key, value)) = line.split_once(':') else {
                continue;
            };
            let key = key.trim().to_ascii_lowercase();
            let value = value.trim();
            match key.as_str() {
                "user-agent" => {
                    if !in_agents {
                        groups.push((Vec::new(), Vec::new(), None));
                        in_agents = true;
                    }
                    if let Some(group) = groups.last_mut() {
                        group.0.push(value.to_ascii_lowercase());
                    }
                }
                "allow" | "disallow" => {
                    in_agents = false;
                    if let Some(group) = groups.last_mut() {
                        // An empty Disallow allows everything: no rule.
                        if !value.is_empty() {
                            group.1.push(Rule {
                                allow: key == "allow",
                                pattern: value.to_string(),
                            });
                        }
                    }
                }
                "crawl-delay" => {
                    in_agents = false;
                    if let Some(group) = groups.last_mut() {
                        if let Ok(secs) = value.parse::<f64>() {
                            if secs.is_finite() && secs >= 0.0 {
                                group.2 = Some(Duration::from_secs_f64(secs.min(86_400.0)));
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        let specific = groups.iter().filter(|(agents, _, _)| {
            agents
                .iter()
                .any(|a| a != "*" && !a.is_empty() && agent.starts_with(a.as_str()))
        });
        let wildcard = groups
            .iter()
            .filter(|(agents, _, _)| agents.iter().any(|a| a == "*"));
        let mut chosen: Vec<&(Vec<String>, Vec<Rule>, Option<Duration>)> = specific.collect();
        if chosen.is_empty() {
            chosen = wildcard.collect();
        }
        // Several groups for the same agent are merged (RFC 9309 section 2.2.1).
        let mut robots = Robots::default();
        for (_, rules, delay) in chosen {
            robots.rules.extend(rules.iter().cloned());
            if delay.is_some() {
                robots.crawl_delay = *delay;
            }
        }
        robots
    }

    /// The crawl delay the group asks for, if any.
    pub fn crawl_delay(&self) -> Option<Duration> {
        self.crawl_delay
    }

    /// True when `path` (path and query of a URL, starting with `/`) may be fetched.
    pub fn allows(&self, path: &str) -> bool {
        if self.disallow_all {
            return false;
        }
        if path == "/robots.txt" {
            return true;
        }
        let mut best: Option<(usize, bool)> = None;
        for rule in &self.rules {
            if pattern_matches(&rule.pattern, path) {
                let len = rule.pattern.len();
                let better = match best {
                    None => true,
                    Some((best_len, best_allow)) => {
                        len > best_len || (len == best_len && rule.allow && !best_allow)
                    }
                };
                if better {
                    best = Some((len, rule.allow));
                }
            }
        }
        best.is_none_or(|(_, allow)| allow)
    }
}

/// True when robots.txt `pattern` matches the start of `path` (`*` any run, final `$` end).
fn pattern_matches(pattern: &str, path: &str) -> bool {
    let (pattern, anchored) = match pattern.strip_suffix('$') {
        Some(p) => (p, true),
        None => (pattern, false),
    };
    let pieces: Vec<&str> = pattern.split('*').collect();
    let Some((first, rest)) = pieces.split_first() else {
        return true;
    };
    let Some(mut remaining) = path.strip_prefix(first) else {
        return false;
    };
    let last_index = rest.len();
    for (i, piece) in rest.iter().enumerate() {
        if piece.is_empty() {
            continue;
        }
        if anchored && i + 1 == last_index {
            return remaining.ends_with(piece);
        }
        match remaining.find(piece) {
            Some(at) => remaining = &remaining[at + piece.len()..],
            None => return false,
        }
    }
    if anchored {
        // The pattern ended with `*` (anything goes) or had no `*` (exact end needed).
        rest.last().is_some_and(|p| p.is_empty()) || remaining.is_empty()
    } else {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specific_group_wins_over_wildcard() {
        let text = "User-agent: *\nDisallow: /\n\nUser-agent: union-news\nDisallow: /tmp/\n";
        let robots = Robots::parse(text, "union-news");
        assert!(robots.allows("/news/a.html"));
        assert!(!robots.allows("/tmp/a.html"));
        let other = Robots::parse(text, "otherbot");
        assert!(!other.allows("/news/a.html"));
    }

    #[test]
    fn longest_match_and_allow_wins_ties() {
        let text =
            "User-agent: *\nDisallow: /news/\nAllow: /news/public/\nAllow: /x\nDisallow: /x\n";
        let robots = Robots::parse(text, "union-news");
        assert!(!robots.allows("/news/private.html"));
        assert!(robots.allows("/news/public/a.html"));
        assert!(robots.allows("/x"));
    }

    #[test]
    fn wildcards_and_end_anchor() {
        let text = "User-agent: *\nDisallow: /*.pdf$\nDisallow: /search*q=\n";
        let robots = Robots::parse(text, "union-news");
        assert!(!robots.allows("/files/report.pdf"));
        assert!(robots.allows("/files/report.pdf.html"));
        assert!(!robots.allows("/search?q=cong+doan"));
        assert!(robots.allows("/searching"));
    }

    #[test]
    fn empty_disallow_and_comments() {
        let text = "# comment\nUser-agent: * # all\nDisallow:\nCrawl-delay: 0.5\n";
        let robots = Robots::parse(text, "union-news");
        assert!(robots.allows("/anything"));
        assert_eq!(robots.crawl_delay(), Some(Duration::from_millis(500)));
    }

    #[test]
    fn consecutive_agents_share_a_group() {
        let text = "User-agent: a\nUser-agent: union-news\nDisallow: /a\n";
        assert!(!Robots::parse(text, "union-news").allows("/a/b"));
    }

    #[test]
    fn disallow_all_refuses_everything_but_robots() {
        let robots = Robots::disallow_all();
        assert!(!robots.allows("/"));
        assert!(Robots::allow_all().allows("/"));
    }
}
