//! The robots.txt target and the reference glob matcher it checks `Robots` against.

use union_news::fetch::{Robots, ROBOTS_AGENT};

use super::{text_of, Features, Outcome};

/// robots.txt: the whole input parsed (`/robots.txt` always allowed, the crawl delay capped
/// at a day), its own patterns used as paths; then a one-rule file made of the input's first
/// line (the pattern) and second line (the path), whose answer must agree with a reference
/// glob matcher.
pub fn robots(data: &[u8]) -> Outcome {
    let text = text_of(data);
    let robots = Robots::parse(&text, ROBOTS_AGENT);
    let mut f = Features::default();
    if !robots.allows("/robots.txt") {
        return Err("/robots.txt is disallowed".into());
    }
    if robots.crawl_delay().is_some_and(|d| d.as_secs() > 86_400) {
        return Err(format!(
            "crawl delay {:?} above a day",
            robots.crawl_delay()
        ));
    }
    f.add("delay", robots.crawl_delay().is_some());
    // The patterns as paths: matching costs rules × paths, so both are bounded by the input.
    for line in text.lines().take(32) {
        if let Some((_, value)) = line.split_once(':') {
            let path = value.trim();
            f.add("allows", robots.allows(path));
        }
    }
    let mut lines = text.splitn(3, '\n');
    let pattern: String = lines
        .next()
        .unwrap_or("")
        .chars()
        .filter(|c| *c != '#' && *c != '\r')
        .collect();
    let pattern = pattern.trim();
    let path = lines.next().unwrap_or("/");
    if !pattern.is_empty() && path != "/robots.txt" && pattern.len() <= 256 && path.len() <= 1024 {
        let one = Robots::parse(
            &format!("User-agent: *\nDisallow: {pattern}\n"),
            ROBOTS_AGENT,
        );
        let expected = !glob_matches(pattern, path);
        if one.allows(path) != expected {
            return Err(format!(
                "Disallow: {pattern:?} on path {path:?}: allows() says {}, the reference {}",
                !expected, expected
            ));
        }
        f.add("glob", expected);
    }
    Ok(f)
}

/// RFC 9309 matching by dynamic programming, the reference for [`robots`]: `*` matches any
/// run of characters, a final `$` anchors the end, otherwise the pattern matches a prefix.
fn glob_matches(pattern: &str, path: &str) -> bool {
    let (pattern, anchored) = match pattern.strip_suffix('$') {
        Some(p) => (p, true),
        None => (pattern, false),
    };
    let p: Vec<char> = pattern.chars().collect();
    let s: Vec<char> = path.chars().collect();
    // m[j]: the first i pattern chars match the first j path chars.
    let mut m = vec![false; s.len() + 1];
    m[0] = true;
    for &pc in &p {
        let mut next = vec![false; s.len() + 1];
        for j in 0..=s.len() {
            next[j] = if pc == '*' {
                m[j] || (j > 0 && next[j - 1])
            } else {
                j > 0 && m[j - 1] && s[j - 1] == pc
            };
        }
        m = next;
    }
    if anchored {
        m[s.len()]
    } else {
        m.iter().any(|&b| b)
    }
}
