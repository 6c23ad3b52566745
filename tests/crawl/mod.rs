//! Integration tests: crawl. Every test runs a small threaded HTTP server on 127.0.0.1 (port
//! 0) and crawls it; no test touches any other address. Delays and timeouts are a few
//! milliseconds so that the module stays within a few seconds of wall time.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use union_news::digest::sha256_hex;
use union_news::fetch::store::{url_key, Meta};
use union_news::fetch::{CrawlSummary, Crawler, CrawlerBuilder};
use union_news::input::{list_inputs, read_file_input};
use union_news::record::article_record;

mod warc;

// ---------------------------------------------------------------------------------------
// The test server.

/// A request as the server saw it.
#[derive(Debug, Clone)]
struct Hit {
    path: String,
    at: Instant,
    headers: Vec<(String, String)>,
}

/// What the server sends back.
#[derive(Debug, Clone)]
struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    /// Sleep before sending the head.
    delay: Duration,
    /// Send this many body bytes, then sleep this long, then the rest.
    stall: Option<(usize, Duration)>,
    /// Leave out `Content-Length` (the body ends when the connection closes).
    no_length: bool,
    /// Send the body one byte at a time with this pause between bytes (a hostile server
    /// that never lets a read time out); stops when the client hangs up.
    trickle: Option<Duration>,
}

impl Reply {
    fn new(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Self {
        Self {
            status,
            headers: vec![("Content-Type".into(), content_type.into())],
            body: body.into(),
            delay: Duration::ZERO,
            stall: None,
            no_length: false,
            trickle: None,
        }
    }

    fn html(body: impl Into<Vec<u8>>) -> Self {
        Self::new(200, "text/html; charset=utf-8", body)
    }

    fn status(status: u16) -> Self {
        Self::new(status, "text/plain", format!("status {status}"))
    }

    fn redirect(status: u16, to: &str) -> Self {
        Self::status(status).header("Location", to)
    }

    fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }
}

/// The request the handler answers: path, headers, and how many times the path was asked
/// before.
struct Request<'a> {
    path: &'a str,
    headers: &'a [(String, String)],
    before: usize,
}

impl Request<'_> {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

type Handler = dyn Fn(&Request<'_>) -> Reply + Send + Sync;

struct Server {
    addr: SocketAddr,
    hits: Arc<Mutex<Vec<Hit>>>,
    stop: Arc<AtomicBool>,
}

impl Server {
    /// A server whose handler also gets the server's own base URL (`http://127.0.0.1:PORT`),
    /// for feeds and sitemaps that name absolute URLs.
    fn start_with_base(
        handler: impl Fn(&Request<'_>, &str) -> Reply + Send + Sync + 'static,
    ) -> Self {
        let base = Arc::new(Mutex::new(String::new()));
        let known = base.clone();
        let server = Self::start(move |req| {
            let base = known.lock().unwrap().clone();
            handler(req, &base)
        });
        *base.lock().unwrap() = format!("http://{}", server.addr);
        server
    }

    fn start(handler: impl Fn(&Request<'_>) -> Reply + Send + Sync + 'static) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let hits = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let handler: Arc<Handler> = Arc::new(handler);
        let (hits2, stop2) = (hits.clone(), stop.clone());
        thread::spawn(move || {
            for stream in listener.incoming() {
                if stop2.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let (hits, handler) = (hits2.clone(), handler.clone());
                thread::spawn(move || serve(stream, &hits, &*handler));
            }
        });
        Self { addr, hits, stop }
    }

    fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    fn hits(&self) -> Vec<Hit> {
        self.hits.lock().unwrap().clone()
    }

    fn count(&self, path: &str) -> usize {
        self.hits().iter().filter(|h| h.path == path).count()
    }

    fn times(&self, path: &str) -> Vec<Instant> {
        self.hits()
            .iter()
            .filter(|h| h.path == path)
            .map(|h| h.at)
            .collect()
    }

    /// Requests per path.
    fn counts(&self) -> BTreeMap<String, usize> {
        let mut out = BTreeMap::new();
        for hit in self.hits() {
            *out.entry(hit.path).or_default() += 1;
        }
        out
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(self.addr);
    }
}

fn serve(mut stream: TcpStream, hits: &Mutex<Vec<Hit>>, handler: &Handler) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut head = Vec::new();
    let mut buf = [0u8; 1024];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 65536 {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => head.extend_from_slice(&buf[..n]),
        }
    }
    let head = String::from_utf8_lossy(&head).into_owned();
    let mut lines = head.split("\r\n");
    let path = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .unwrap_or("/")
        .to_string();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_string(), v.trim().to_string()))
        .collect();
    let before = {
        let mut hits = hits.lock().unwrap();
        let before = hits.iter().filter(|h| h.path == path).count();
        hits.push(Hit {
            path: path.clone(),
            at: Instant::now(),
            headers: headers.clone(),
        });
        before
    };
    let reply = handler(&Request {
        path: &path,
        headers: &headers,
        before,
    });
    thread::sleep(reply.delay);
    let mut out = format!("HTTP/1.1 {} X\r\nConnection: close\r\n", reply.status);
    if !reply.no_length {
        out.push_str(&format!("Content-Length: {}\r\n", reply.body.len()));
    }
    for (name, value) in &reply.headers {
        out.push_str(&format!("{name}: {value}\r\n"));
    }
    out.push_str("\r\n");
    let _ = stream.write_all(out.as_bytes());
    match (reply.stall, reply.trickle) {
        (_, Some(pause)) => {
            for byte in &reply.body {
                if stream
                    .write_all(&[*byte])
                    .and_then(|()| stream.flush())
                    .is_err()
                {
                    return;
                }
                thread::sleep(pause);
            }
        }
        (Some((first, pause)), None) => {
            let first = first.min(reply.body.len());
            let _ = stream.write_all(&reply.body[..first]);
            let _ = stream.flush();
            thread::sleep(pause);
            let _ = stream.write_all(&reply.body[first..]);
        }
        (None, None) => {
            let _ = stream.write_all(&reply.body);
        }
    }
    let _ = stream.flush();
}

// ---------------------------------------------------------------------------------------
// Helpers.

/// A crawler with test-sized delays and timeouts.
fn crawler() -> CrawlerBuilder {
    Crawler::builder()
        .delay(Duration::from_millis(5))
        .backoff(Duration::from_millis(10))
        .timeout(Duration::from_secs(3))
        .connect_timeout(Duration::from_secs(1))
        .env_proxy(false)
}

fn crawl(builder: CrawlerBuilder, seeds: &[String], out: &Path) -> CrawlSummary {
    let seeds: Vec<url::Url> = seeds.iter().map(|s| url::Url::parse(s).unwrap()).collect();
    builder.build().unwrap().run(&seeds, out).unwrap()
}

fn page(title: &str, links: &[&str]) -> String {
    let mut html = format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title></head><body><h1>{title}</h1>"
    );
    for link in links {
        html.push_str(&format!("<p><a href=\"{link}\">{link}</a></p>"));
    }
    html.push_str("<p>Sáng 17/1/2024, Liên đoàn Lao động quận tổ chức hội nghị.</p></body></html>");
    html
}

/// Where the store keeps the page of `url`.
fn page_path(out: &Path, server: &Server, url: &str) -> PathBuf {
    out.join("pages")
        .join(format!("127.0.0.1_{}", server.addr.port()))
        .join(format!("{}.html", url_key(url)))
}

fn meta_of(path: &Path) -> Meta {
    let mut name = path.as_os_str().to_owned();
    name.push(".meta.json");
    serde_json::from_slice(&std::fs::read(PathBuf::from(name)).unwrap()).unwrap()
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push(path);
        }
    }
    out.sort();
    out
}

fn robots_allow_all(req: &Request<'_>) -> Option<Reply> {
    (req.path == "/robots.txt").then(|| Reply::new(200, "text/plain", "User-agent: *\nDisallow:\n"))
}

// ---------------------------------------------------------------------------------------
// Tests.

/// A site with a home page, an RSS feed, a sitemap index and `real_page` two links from a
/// feed item (its own links are past `--max-depth 2`).
fn feed_and_sitemap_site(real_page: Vec<u8>) -> Server {
    Server::start_with_base(move |req, base| {
        if let Some(r) = robots_allow_all(req) {
            return r;
        }
        match req.path {
            "/" => Reply::html(page(
                "Trang chủ",
                &["/tin/a.html", "/tin/a.html#binh-luan", "http://example.invalid/x.html"],
            )),
            "/tin/a.html" => Reply::html(page("A", &["/tin/b.html", "/"])).header("ETag", "\"a1\""),
            "/tin/b.html" => Reply::html(page("B", &[])),
            "/rss.xml" => Reply::new(
                200,
                "application/rss+xml; charset=utf-8",
                format!(
                    "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title><link>{base}/</link>\
                     <item><title>C</title><link>{base}/tin/c.html</link><pubDate>Wed, 17 Jan 2024 08:30:00 +0700</pubDate></item>\
                     </channel></rss>"
                ),
            ),
            // A real page two links away: its own links (depth 3) are past --max-depth 2.
            "/tin/c.html" => Reply::html(page("C", &["/news/dantri-1.htm"])),
            "/news/dantri-1.htm" => Reply::html(real_page.clone()),
            "/sitemap.xml" => Reply::new(
                200,
                "application/xml",
                format!("<?xml version=\"1.0\"?><sitemapindex><sitemap><loc>{base}/sitemap-1.xml</loc></sitemap></sitemapindex>"),
            ),
            "/sitemap-1.xml" => Reply::new(
                200,
                "text/xml",
                format!("<urlset><url><loc>{base}/tin/d.html</loc></url><url><loc>{base}/tin/a.html</loc></url></urlset>"),
            ),
            "/tin/d.html" => Reply::html(page("D", &[])),
            _ => Reply::status(404),
        }
    })
}

/// Only pages carry an extension extract reads; feeds and state are .xml/.json/.tsv; no
/// temporary file is left.
fn check_store_layout(out: &Path) {
    let readable = |p: &Path| {
        matches!(
            p.extension().and_then(|e| e.to_str()),
            Some("html" | "htm" | "txt" | "jsonl" | "ndjson" | "xhtml")
        )
    };
    let files = files_under(out);
    let pages: Vec<&PathBuf> = files.iter().filter(|p| readable(p)).collect();
    assert_eq!(pages.len(), 6, "{files:?}");
    assert!(pages.iter().all(|p| p.starts_with(out.join("pages"))));
    assert!(files
        .iter()
        .any(|p| p.starts_with(out.join("feeds")) && p.extension().is_some_and(|e| e == "xml")));
    assert!(files
        .iter()
        .all(|p| !p.file_name().unwrap().to_string_lossy().starts_with('.')));
}

#[test]
fn crawls_feed_sitemap_index_and_links_into_a_store_extract_reads() {
    let real_page = std::fs::read("fixtures/html/dantri-1.html").unwrap();
    let srv = feed_and_sitemap_site(real_page);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path();
    let seeds = [srv.url("/"), srv.url("/rss.xml"), srv.url("/sitemap.xml")];
    let summary = crawl(crawler().max_depth(2), &seeds, out);

    // Every document once, robots.txt once, nothing else.
    let counts = srv.counts();
    let expected: BTreeMap<String, usize> = [
        "/",
        "/robots.txt",
        "/rss.xml",
        "/sitemap.xml",
        "/sitemap-1.xml",
        "/tin/a.html",
        "/tin/b.html",
        "/tin/c.html",
        "/tin/d.html",
        "/news/dantri-1.htm",
    ]
    .iter()
    .map(|p| (p.to_string(), 1))
    .collect();
    assert_eq!(counts, expected, "{summary:?}");
    assert_eq!(summary.fetched, 9, "{summary:?}");
    assert_eq!(summary.pages, 6);
    assert!(
        summary.failed.is_empty() && summary.skipped.is_empty(),
        "{summary:?}"
    );
    // The real page's links lead to dantri.com.vn and its CDNs: counted, not followed.
    assert!(summary.off_host_links >= 2, "{summary:?}");
    for hit in srv.hits() {
        let agent = hit
            .headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case("user-agent"));
        assert!(agent.is_some_and(|(_, v)| v.starts_with("union-news/0.1 (+https://")));
    }

    // The sidecar.
    let a = srv.url("/tin/a.html");
    let path = page_path(out, &srv, &a);
    let body = std::fs::read(&path).unwrap();
    assert_eq!(body, page("A", &["/tin/b.html", "/"]).as_bytes());
    let meta = meta_of(&path);
    assert_eq!(meta.url, a);
    assert_eq!(meta.final_url, a);
    assert_eq!(meta.status, 200);
    assert!(chrono::DateTime::parse_from_rfc3339(&meta.fetched_at).is_ok());
    assert_eq!(
        meta.content_type.as_deref(),
        Some("text/html; charset=utf-8")
    );
    assert_eq!(meta.etag.as_deref(), Some("\"a1\""));
    assert_eq!(meta.content_sha256, sha256_hex(&body));
    assert_eq!(meta.headers.get("etag").map(String::as_str), Some("\"a1\""));
    let c = meta_of(&page_path(out, &srv, &srv.url("/tin/c.html")));
    assert_eq!(c.published.as_deref(), Some("2024-01-17T08:30:00+07:00"));
    assert_eq!(c.found_on.as_deref(), Some(srv.url("/rss.xml").as_str()));
    let real = meta_of(&page_path(out, &srv, &srv.url("/news/dantri-1.htm")));
    assert_eq!(
        real.found_on.as_deref(),
        Some(srv.url("/tin/c.html").as_str())
    );

    check_store_layout(out);

    // extract's reader lists exactly these pages and picks up the sidecar.
    let inputs: Vec<_> = list_inputs(&[out.to_path_buf()])
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(inputs.len(), 6);
    let input = inputs.iter().find(|f| f.path == path).unwrap();
    let article = read_file_input(input).unwrap();
    assert_eq!(
        article.source.url.as_deref(),
        Some(a.as_str()),
        "sidecar url read by extract"
    );
    assert_eq!(
        article.content_type.as_deref(),
        Some("text/html; charset=utf-8")
    );
}

#[test]
fn robots_disallow_is_obeyed_and_crawl_delay_spaces_requests() {
    let srv = Server::start(|req| {
        match req.path {
        "/robots.txt" => Reply::new(
            200,
            "text/plain",
            "User-agent: otherbot\nDisallow:\n\nUser-agent: *\nDisallow: /private/\nAllow: /private/open.html\nCrawl-delay: 0.25\n",
        ),
        "/" => Reply::html(page(
            "root",
            &["/private/x.html", "/private/open.html", "/p1.html", "/p2.html"],
        )),
        _ => Reply::html(page(req.path, &[])),
    }
    });
    let dir = tempfile::tempdir().unwrap();
    let summary = crawl(crawler(), &[srv.url("/")], dir.path());
    assert_eq!(srv.count("/private/x.html"), 0);
    assert_eq!(srv.count("/private/open.html"), 1);
    assert_eq!(summary.skipped.get("robots"), Some(&1), "{summary:?}");
    assert_eq!(summary.pages, 4);
    // Crawl-delay 0.25 s beats --delay 5 ms: every request waits for the one before.
    let hits = srv.hits();
    assert_eq!(hits.len(), 5);
    for pair in hits.windows(2) {
        let gap = pair[1].at - pair[0].at;
        assert!(
            gap >= Duration::from_millis(245),
            "gap {gap:?} before {}",
            pair[1].path
        );
    }
}

#[test]
fn robots_for_our_agent_and_unreachable_robots_stop_the_crawl() {
    let srv = Server::start(|req| match req.path {
        "/robots.txt" => Reply::new(
            200,
            "text/plain",
            "User-agent: *\nDisallow:\n\nUser-agent: union-news\nDisallow: /\n",
        ),
        _ => Reply::html(page("x", &["/a.html"])),
    });
    let dir = tempfile::tempdir().unwrap();
    let summary = crawl(crawler(), &[srv.url("/")], dir.path());
    assert_eq!(srv.counts().keys().collect::<Vec<_>>(), ["/robots.txt"]);
    assert_eq!(summary.skipped.get("robots"), Some(&1));

    // robots.txt answering 503: nothing but robots.txt is asked (three tries).
    let down = Server::start(|req| match req.path {
        "/robots.txt" => Reply::status(503),
        _ => Reply::html(page("x", &[])),
    });
    let dir = tempfile::tempdir().unwrap();
    let summary = crawl(crawler(), &[down.url("/")], dir.path());
    assert_eq!(down.count("/robots.txt"), 3);
    assert_eq!(down.count("/"), 0);
    assert_eq!(summary.failed.get("robots-unavailable"), Some(&1));

    // robots.txt missing (404): everything allowed.
    let missing = Server::start(|req| match req.path {
        "/robots.txt" => Reply::status(404),
        _ => Reply::html(page("x", &[])),
    });
    let dir = tempfile::tempdir().unwrap();
    let summary = crawl(crawler(), &[missing.url("/")], dir.path());
    assert_eq!(summary.pages, 1, "{summary:?}");
}

#[test]
fn redirects_are_followed_checked_and_loops_stopped() {
    let srv = Server::start(|req| {
        if let Some(r) = robots_allow_all(req) {
            return r;
        }
        match req.path {
            "/" => Reply::html(page(
                "root",
                &[
                    "/old",
                    "/new.html",
                    "/loop-a",
                    "/chain/0",
                    "/away",
                    "/ftp",
                    "/nowhere",
                ],
            )),
            "/old" => Reply::redirect(301, "/new.html"),
            "/new.html" => Reply::html(page("new", &[])),
            "/loop-a" => Reply::redirect(302, "/loop-b"),
            "/loop-b" => Reply::redirect(307, "/loop-a"),
            "/away" => Reply::redirect(302, "http://127.0.0.2:9/x.html"),
            "/ftp" => Reply::redirect(302, "ftp://127.0.0.1/x"),
            "/nowhere" => Reply::status(302),
            p if p.starts_with("/chain/") => {
                let n: u32 = p["/chain/".len()..].parse().unwrap();
                Reply::redirect(308, &format!("/chain/{}", n + 1))
            }
            _ => Reply::status(404),
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let summary = crawl(crawler(), &[srv.url("/")], dir.path());
    // /old → /new.html stored under /old; /new.html, queued too, is not fetched again.
    assert_eq!(srv.count("/old"), 1);
    assert_eq!(srv.count("/new.html"), 1);
    let meta = meta_of(&page_path(dir.path(), &srv, &srv.url("/old")));
    assert_eq!(meta.final_url, srv.url("/new.html"));
    assert!(!page_path(dir.path(), &srv, &srv.url("/new.html")).exists());
    // A loop is seen at once; a chain stops after 5 redirects.
    assert_eq!((srv.count("/loop-a"), srv.count("/loop-b")), (1, 1));
    assert_eq!(summary.failed.get("redirect-loop"), Some(&1), "{summary:?}");
    assert_eq!(summary.failed.get("too-many-redirects"), Some(&1));
    assert_eq!(srv.count("/chain/5"), 1);
    assert_eq!(srv.count("/chain/6"), 0);
    // Off the allowed hosts (127.0.0.2 is never asked) or off http(s): skipped.
    assert_eq!(summary.skipped.get("off-host"), Some(&1));
    assert_eq!(summary.skipped.get("scheme"), Some(&1));
    assert_eq!(summary.failed.get("bad-redirect"), Some(&1));
    assert_eq!(summary.pages, 2);
}

#[test]
fn statuses_retries_backoff_and_retry_after() {
    let srv = Server::start(|req| {
        if let Some(r) = robots_allow_all(req) {
            return r;
        }
        match (req.path, req.before) {
            ("/", _) => Reply::html(page(
                "root",
                &[
                    "/gone.html",
                    "/busy.html",
                    "/busy-long.html",
                    "/flaky.html",
                    "/down.html",
                ],
            )),
            ("/gone.html", _) => Reply::status(404),
            ("/busy.html", 0) => Reply::status(429).header("Retry-After", "1"),
            ("/busy-long.html", 0) => Reply::status(503).header("Retry-After", "3600"),
            ("/flaky.html", 0 | 1) => Reply::status(500),
            ("/down.html", _) => Reply::status(502),
            _ => Reply::html(page(req.path, &[])),
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let started = Instant::now();
    let summary = crawl(
        crawler().max_retry_after(Duration::from_millis(1200)),
        &[srv.url("/")],
        dir.path(),
    );
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(srv.count("/gone.html"), 1, "404 is not retried");
    assert_eq!(summary.failed.get("http-404"), Some(&1), "{summary:?}");
    // 429 with Retry-After: 1 → the second try comes at least a second later.
    let busy = srv.times("/busy.html");
    assert_eq!(busy.len(), 2);
    assert!(busy[1] - busy[0] >= Duration::from_millis(990));
    // Retry-After: 3600 is capped (1.2 s here).
    let long = srv.times("/busy-long.html");
    assert_eq!(long.len(), 2);
    let gap = long[1] - long[0];
    assert!(
        gap >= Duration::from_millis(1195) && gap < Duration::from_secs(3),
        "{gap:?}"
    );
    // 500, 500, 200: stored after three tries, with growing backoff.
    let flaky = srv.times("/flaky.html");
    assert_eq!(flaky.len(), 3);
    assert!(flaky[1] - flaky[0] >= Duration::from_millis(10));
    assert!(flaky[2] - flaky[1] >= Duration::from_millis(20));
    assert!(page_path(dir.path(), &srv, &srv.url("/flaky.html")).exists());
    // Always 502: three tries, then a failure.
    assert_eq!(srv.count("/down.html"), 3);
    assert_eq!(summary.failed.get("http-502"), Some(&1));
    assert_eq!(summary.pages, 4);
    assert_eq!(summary.retries, 1 + 1 + 2 + 2);
}

#[test]
fn slow_responses_time_out() {
    let srv = Server::start(|req| {
        if let Some(r) = robots_allow_all(req) {
            return r;
        }
        match req.path {
            "/slow-head" => Reply {
                delay: Duration::from_millis(1500),
                ..Reply::html(page("slow", &[]))
            },
            "/slow-body" => Reply {
                stall: Some((10, Duration::from_millis(1500))),
                ..Reply::html(page("slow body", &[]))
            },
            _ => Reply::html(page("ok", &[])),
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let started = Instant::now();
    let summary = crawl(
        crawler().timeout(Duration::from_millis(250)).max_tries(2),
        &[srv.url("/slow-head"), srv.url("/slow-body"), srv.url("/ok")],
        dir.path(),
    );
    // Without the timeout every try would take the server's 1.5 s: 6 s in all.
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(srv.count("/slow-head"), 2);
    assert_eq!(srv.count("/slow-body"), 2);
    assert_eq!(summary.failed.get("timeout"), Some(&2), "{summary:?}");
    assert_eq!(summary.pages, 1);
    assert!(!page_path(dir.path(), &srv, &srv.url("/slow-body")).exists());
}

#[test]
fn oversized_bodies_are_cut_and_not_stored() {
    let big = vec![b'a'; 50_000];
    let srv = Server::start(move |req| {
        if let Some(r) = robots_allow_all(req) {
            return r;
        }
        match req.path {
            "/big.html" => Reply::html(big.clone()),
            "/big-stream.html" => Reply {
                no_length: true,
                ..Reply::html(big.clone())
            },
            _ => Reply::html(page("small", &[])),
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let urls = [
        srv.url("/big.html"),
        srv.url("/big-stream.html"),
        srv.url("/small.html"),
    ];
    let summary = crawl(crawler().max_bytes(10_000), &urls, dir.path());
    assert_eq!(summary.failed.get("too-large"), Some(&2), "{summary:?}");
    assert_eq!(summary.pages, 1);
    assert!(!page_path(dir.path(), &srv, &urls[0]).exists());
    assert!(!page_path(dir.path(), &srv, &urls[1]).exists());
    assert_eq!(srv.count("/big.html"), 1, "too large is not retried");
}

#[test]
fn non_html_links_are_skipped() {
    let srv = Server::start(|req| {
        if let Some(r) = robots_allow_all(req) {
            return r;
        }
        match req.path {
            "/" => Reply::html(page(
                "root",
                &["/files/report.pdf", "/download?id=7", "/photo", "/a.html"],
            )),
            "/download?id=7" => Reply::new(200, "application/pdf", "%PDF-1.4 ..."),
            "/photo" => Reply::new(200, "image/jpeg", vec![0xff, 0xd8, 0xff]),
            _ => Reply::html(page("a", &[])),
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let summary = crawl(crawler(), &[srv.url("/")], dir.path());
    assert_eq!(
        srv.count("/files/report.pdf"),
        0,
        "known non-HTML extension: not asked"
    );
    assert_eq!(summary.skipped.get("extension"), Some(&1), "{summary:?}");
    assert_eq!(summary.skipped.get("content-type"), Some(&2));
    assert_eq!(summary.pages, 2);
    let stored = files_under(&dir.path().join("pages"));
    assert_eq!(stored.len(), 4, "two pages and their sidecars: {stored:?}");
    let seen = std::fs::read_to_string(dir.path().join("state/seen.tsv")).unwrap();
    assert!(seen
        .lines()
        .any(|l| l.contains("\tskipped\tcontent-type\t") && l.ends_with("/photo")));
    assert!(seen
        .lines()
        .any(|l| l.contains("\tskipped\textension\t") && l.ends_with("/files/report.pdf")));
}

#[test]
fn windows_1258_page_is_stored_raw_with_its_content_type() {
    // "Công đoàn cơ sở" in windows-1258: ô = F4, đ = F0, à = E0, ơ = F5, and "sở" as
    // s + ơ + combining hook above (D2), as windows-1258 writes tone marks.
    let body: Vec<u8> = [
        &b"<html><head><title>T</title></head><body><p>C"[..],
        &[0xF4],
        b"ng ",
        &[0xF0],
        b"o",
        &[0xE0],
        b"n c",
        &[0xF5],
        b" s",
        &[0xF5, 0xD2],
        b"</p></body></html>",
    ]
    .concat();
    let served = body.clone();
    let srv = Server::start(move |req| {
        if let Some(r) = robots_allow_all(req) {
            return r;
        }
        Reply::new(200, "text/html; charset=windows-1258", served.clone())
    });
    let dir = tempfile::tempdir().unwrap();
    let url = srv.url("/cp1258.html");
    let summary = crawl(crawler(), std::slice::from_ref(&url), dir.path());
    assert_eq!(summary.pages, 1);
    let path = page_path(dir.path(), &srv, &url);
    assert_eq!(std::fs::read(&path).unwrap(), body, "stored byte for byte");
    let meta = meta_of(&path);
    assert_eq!(
        meta.content_type.as_deref(),
        Some("text/html; charset=windows-1258")
    );
    // The sidecar says enough to decode: the charset label names windows-1258.
    let label = meta
        .content_type
        .as_deref()
        .and_then(|c| c.split("charset=").nth(1))
        .unwrap();
    let encoding = encoding_rs::Encoding::for_label(label.as_bytes()).unwrap();
    let (text, _, bad) = encoding.decode(&body);
    assert!(!bad);
    use unicode_normalization::UnicodeNormalization;
    let text: String = text.nfc().collect();
    assert!(text.contains("Công đoàn cơ sở"), "{text}");
    // And extract's reader hands the content type on to the HTML front end.
    let input = list_inputs(&[dir.path().to_path_buf()]).remove(0).unwrap();
    let article = read_file_input(&input).unwrap();
    assert_eq!(
        article.content_type.as_deref(),
        Some("text/html; charset=windows-1258")
    );
    // The stored page goes through extraction: composed (NFC) Vietnamese, no replacement
    // characters, nothing to warn about.
    let record = article_record(&article);
    assert!(record.text.contains("Công đoàn cơ sở"), "{}", record.text);
    assert!(!record.text.contains('\u{FFFD}'));
    assert!(record.warnings.is_empty(), "{:?}", record.warnings);
}

/// Text in Windows-1258 as legacy Vietnamese sites wrote it: letters with their tone mark
/// split off as a combining character (the code page has few precomposed toned letters).
fn windows_1258(text: &str) -> Vec<u8> {
    use unicode_normalization::UnicodeNormalization;
    const TONES: [char; 5] = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];
    let mut split = String::new();
    for c in text.chars() {
        let decomposed: Vec<char> = c.to_string().nfd().collect();
        let base: String = decomposed.iter().filter(|m| !TONES.contains(m)).collect();
        split.extend(base.nfc());
        split.extend(decomposed.iter().filter(|m| TONES.contains(m)));
    }
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1258.encode(&split);
    assert!(!unmappable, "{text} fits in windows-1258");
    bytes.into_owned()
}

/// A crawled Windows-1258 article page, extracted from the store as `union-news extract`
/// does: the headline, the body and what the extractors find come out as Vietnamese.
#[test]
fn windows_1258_article_is_extracted_from_the_store() {
    const TITLE: &str = "Hội nghị tổng kết công tác công đoàn năm 2023";
    const BODY: [&str; 2] = [
        "Sáng 17/1, Liên đoàn Lao động quận Thanh Khê tổ chức hội nghị tổng kết hoạt động \
         công đoàn năm 2023.",
        "Trong năm, LĐLĐ quận đã thành lập được 24 công đoàn cơ sở, kết nạp được 1.199 đoàn \
         viên, trao 950 suất quà với tổng kinh phí 500 triệu đồng.",
    ];
    let html = format!(
        "<html><head><meta charset=\"windows-1258\"><title>{TITLE} - Báo Lao Động</title>\
         <meta property=\"article:published_time\" content=\"2024-01-18T08:30:00+07:00\">\
         </head><body><nav><a href=\"/\">Trang chủ</a> <a href=\"/cong-doan\">Công đoàn</a></nav>\
         <article><h1>{TITLE}</h1><p>{}</p><p>{}</p></article></body></html>",
        BODY[0], BODY[1]
    );
    let served = windows_1258(&html);
    assert!(std::str::from_utf8(&served).is_err(), "not UTF-8");
    let srv = Server::start(move |req| {
        if let Some(r) = robots_allow_all(req) {
            return r;
        }
        // The server does not name the charset: the page's <meta> has to.
        Reply::new(200, "text/html", served.clone())
    });
    let dir = tempfile::tempdir().unwrap();
    let url = srv.url("/cong-doan/hoi-nghi-1.html");
    let summary = crawl(
        crawler().max_depth(0),
        std::slice::from_ref(&url),
        dir.path(),
    );
    assert_eq!(summary.pages, 1, "{summary:?}");
    let input = list_inputs(&[dir.path().to_path_buf()]).remove(0).unwrap();
    let record = article_record(&read_file_input(&input).unwrap());
    assert_eq!(record.title.as_deref(), Some(TITLE));
    assert_eq!(
        record.published.as_deref(),
        Some("2024-01-18T08:30:00+07:00")
    );
    assert_eq!(record.source.url.as_deref(), Some(url.as_str()));
    for paragraph in BODY {
        assert!(record.text.contains(paragraph), "{}", record.text);
    }
    assert!(!record.text.contains("Trang chủ"));
    assert!(record.warnings.is_empty(), "{:?}", record.warnings);
    let money: Vec<f64> = record.money.iter().map(|m| m.amount).collect();
    assert_eq!(money, [500_000_000.0]);
    let counts: Vec<u64> = record.member_counts.iter().map(|c| c.count).collect();
    assert!(counts.contains(&1199), "{counts:?}");
    assert!(record
        .organizations
        .iter()
        .any(|o| o.canonical == "Liên đoàn Lao động quận Thanh Khê"));
    assert!(record
        .dates
        .iter()
        .any(|d| d.text == "Sáng 17/1" && d.value == "2024-01-17"));
}

#[test]
fn recrawl_sends_conditional_requests_and_keeps_304s() {
    let srv = Server::start(|req| {
        if let Some(r) = robots_allow_all(req) {
            return r;
        }
        match req.path {
            "/" => Reply::html(page("root", &["/same.html", "/changed.html"])),
            "/same.html" if req.header("If-None-Match") == Some("\"v1\"") => Reply::status(304),
            "/same.html" => Reply::html(page("same", &[])).header("ETag", "\"v1\""),
            "/changed.html" if req.before > 0 => Reply::html(page("changed v2", &[]))
                .header("Last-Modified", "Thu, 18 Jan 2024 00:00:00 GMT"),
            "/changed.html" => Reply::html(page("changed v1", &[]))
                .header("Last-Modified", "Wed, 17 Jan 2024 00:00:00 GMT"),
            _ => Reply::status(404),
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let first = crawl(crawler(), &[srv.url("/")], dir.path());
    assert_eq!(first.pages, 3);
    // A plain second run fetches nothing again.
    let again = crawl(crawler(), &[srv.url("/")], dir.path());
    assert_eq!((again.fetched, again.from_store), (0, 0), "{again:?}");
    assert_eq!(srv.count("/same.html"), 1);
    // --recrawl: conditional requests; 304 keeps the stored copy, 200 replaces it.
    let recrawl = crawl(crawler().recrawl(true), &[srv.url("/")], dir.path());
    assert_eq!(recrawl.not_modified, 1, "{recrawl:?}");
    assert_eq!(recrawl.fetched, 2, "root and the changed page");
    let same: Vec<Hit> = srv
        .hits()
        .into_iter()
        .filter(|h| h.path == "/same.html")
        .collect();
    assert_eq!(same.len(), 2);
    let changed: Vec<Hit> = srv
        .hits()
        .into_iter()
        .filter(|h| h.path == "/changed.html")
        .collect();
    assert!(changed[1]
        .headers
        .iter()
        .any(|(n, v)| n.eq_ignore_ascii_case("if-modified-since")
            && v == "Wed, 17 Jan 2024 00:00:00 GMT"));
    let path = page_path(dir.path(), &srv, &srv.url("/same.html"));
    assert_eq!(std::fs::read(&path).unwrap(), page("same", &[]).as_bytes());
    let changed_path = page_path(dir.path(), &srv, &srv.url("/changed.html"));
    assert_eq!(
        std::fs::read(&changed_path).unwrap(),
        page("changed v2", &[]).as_bytes()
    );
    assert_eq!(
        meta_of(&changed_path).last_modified.as_deref(),
        Some("Thu, 18 Jan 2024 00:00:00 GMT")
    );
}

#[test]
fn refresh_seeds_finds_new_feed_items_without_refetching_stored_pages() {
    let srv = Arc::new(Mutex::new(String::new()));
    let base = srv.clone();
    let server = Server::start(move |req| {
        if let Some(r) = robots_allow_all(req) {
            return r;
        }
        let base = base.lock().unwrap().clone();
        match req.path {
            "/rss.xml" => {
                let mut items = format!("<item><link>{base}/1.html</link></item>");
                if req.before > 0 {
                    items.push_str(&format!("<item><link>{base}/2.html</link></item>"));
                }
                Reply::new(
                    200,
                    "application/rss+xml",
                    format!("<rss><channel>{items}</channel></rss>"),
                )
            }
            _ => Reply::html(page(req.path, &[])),
        }
    });
    *srv.lock().unwrap() = format!("http://{}", server.addr);
    let dir = tempfile::tempdir().unwrap();
    let seeds = [server.url("/rss.xml")];
    crawl(crawler(), &seeds, dir.path());
    let summary = crawl(crawler().refresh_seeds(true), &seeds, dir.path());
    assert_eq!(summary.fetched, 2, "the feed and the new item: {summary:?}");
    assert_eq!(server.count("/rss.xml"), 2);
    assert_eq!(server.count("/1.html"), 1);
    assert_eq!(server.count("/2.html"), 1);
}

#[test]
fn failures_stay_failed_until_retry_failed_and_crawl_delay_is_capped() {
    let srv = Server::start(|req| match (req.path, req.before) {
        ("/robots.txt", _) => Reply::new(200, "text/plain", "User-agent: *\nCrawl-delay: 3600\n"),
        ("/down.html", 0) => Reply::status(503),
        _ => Reply::html(page(req.path, &[])),
    });
    let dir = tempfile::tempdir().unwrap();
    // Crawl-delay 3600 is cut to the 100 ms cap.
    let builder = || {
        crawler()
            .max_tries(1)
            .max_crawl_delay(Duration::from_millis(100))
    };
    let seeds = [srv.url("/down.html")];
    let first = crawl(builder(), &seeds, dir.path());
    assert_eq!(first.failed.get("http-503"), Some(&1), "{first:?}");
    let second = crawl(builder(), &seeds, dir.path());
    assert_eq!(
        second.requests, 0,
        "nothing to do, not even robots.txt: {second:?}"
    );
    let started = Instant::now();
    let third = crawl(builder().retry_failed(true), &seeds, dir.path());
    assert_eq!(third.pages, 1, "{third:?}");
    assert_eq!(srv.count("/down.html"), 2);
    let hits = srv.hits();
    let gap = hits[hits.len() - 1].at - hits[hits.len() - 2].at;
    assert!(gap >= Duration::from_millis(95), "{gap:?}");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "an hour if not capped"
    );
}

/// A site of a root page linking to `/p1.html` … `/p5.html`; `/p1.html` links to `/p6.html`.
fn six_page_site() -> Server {
    Server::start(|req| {
        if let Some(r) = robots_allow_all(req) {
            return r;
        }
        match req.path {
            "/" => Reply::html(page(
                "root",
                &["/p1.html", "/p2.html", "/p3.html", "/p4.html", "/p5.html"],
            )),
            "/p1.html" => Reply::html(page("p1", &["/p6.html"])),
            p if p.starts_with("/p") => Reply {
                delay: Duration::from_millis(30),
                ..Reply::html(page(p, &[]))
            },
            _ => Reply::status(404),
        }
    })
}

fn assert_all_six_stored_once(server: &Server, out: &Path) {
    for path in [
        "/", "/p1.html", "/p2.html", "/p3.html", "/p4.html", "/p5.html", "/p6.html",
    ] {
        assert_eq!(server.count(path), 1, "{path}: {:?}", server.counts());
        assert!(
            page_path(out, server, &server.url(path)).exists(),
            "{path} stored"
        );
    }
}

#[test]
fn resume_after_an_interrupted_crawl_fetches_nothing_twice_and_loses_nothing() {
    let server = six_page_site();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path();
    let first = crawl(crawler().max_pages(2), &[server.url("/")], out);
    assert_eq!(first.fetched, 2);
    assert_eq!(first.pending, 5, "{first:?}");
    // Simulate a kill -9 right after /p1.html was stored: its seen line and the queue line
    // of the link it led to are gone, and the log ends with half a line.
    let state = out.join("state");
    let cut = |name: &str, drop_if: &dyn Fn(&str) -> bool, torn: &str| {
        let text = std::fs::read_to_string(state.join(name)).unwrap();
        let kept: String = text
            .lines()
            .filter(|l| !drop_if(l))
            .map(|l| format!("{l}\n"))
            .collect();
        std::fs::write(state.join(name), kept + torn).unwrap();
    };
    cut(
        "seen.tsv",
        &|l| l.ends_with("/p1.html"),
        "2026-01-01T00:00:00Z\tfetch",
    );
    cut(
        "queue.tsv",
        &|l| l.contains("/p6.html"),
        "page\t1\thttp://127",
    );
    let second = crawl(crawler(), &[server.url("/")], out);
    assert_eq!(second.from_store, 1, "{second:?}");
    assert_eq!(second.fetched, 5, "p2..p6");
    assert_eq!(second.pending, 0);
    assert_all_six_stored_once(&server, out);
    // The logs are whole again: every line has its fields.
    let seen = std::fs::read_to_string(state.join("seen.tsv")).unwrap();
    assert!(seen.ends_with('\n'));
    assert!(seen.lines().all(|l| l.split('\t').count() == 4), "{seen}");
}

#[test]
fn kill_9_during_a_crawl_then_rerun_with_the_command_line() {
    let server = six_page_site();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("store");
    let seeds = dir.path().join("seeds.txt");
    std::fs::write(&seeds, format!("# test seeds\n\n{}\n", server.url("/"))).unwrap();
    let command = || {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_union-news"));
        cmd.args(["crawl", "--seeds"])
            .arg(&seeds)
            .arg("--out")
            .arg(&out)
            .args(["--delay", "0.1"])
            .env("NO_PROXY", "127.0.0.1")
            .env_remove("HTTP_PROXY")
            .env_remove("http_proxy")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped());
        cmd
    };
    let mut child = command().spawn().unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    while server.hits().len() < 4 && Instant::now() < deadline {
        thread::sleep(Duration::from_millis(5));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let before = server.counts();
    let stored_before: Vec<&str> = [
        "/", "/p1.html", "/p2.html", "/p3.html", "/p4.html", "/p5.html",
    ]
    .into_iter()
    .filter(|p| page_path(&out, &server, &server.url(p)).exists())
    .collect();
    assert!(
        !stored_before.is_empty() && stored_before.len() < 6,
        "{stored_before:?}"
    );
    let rerun = command().output().unwrap();
    assert!(rerun.status.success());
    let stderr = String::from_utf8_lossy(&rerun.stderr);
    assert!(stderr.contains("fetched "), "{stderr}");
    // Pages stored before the kill are not asked again; at most the one in flight is.
    for path in &stored_before {
        assert_eq!(server.count(path), 1, "{path}");
    }
    // Only a page in flight at the kill (asked, not stored) may be asked a second time.
    let twice: Vec<(String, usize)> = server
        .counts()
        .into_iter()
        .filter(|(path, n)| path != "/robots.txt" && *n > 1)
        .collect();
    assert!(twice.len() <= 1, "{twice:?}");
    assert!(
        twice
            .iter()
            .all(|(path, n)| *n == 2 && before.contains_key(path)),
        "{twice:?}"
    );
    for path in [
        "/", "/p1.html", "/p2.html", "/p3.html", "/p4.html", "/p5.html", "/p6.html",
    ] {
        assert!(
            page_path(&out, &server, &server.url(path)).exists(),
            "{path} stored"
        );
    }
}

/// Pages served brotli-, gzip- and deflate-compressed (each only when the request accepts
/// it) are stored decompressed, byte for byte as the page.
#[test]
fn compressed_responses_are_stored_decoded() {
    use std::io::Write as _;
    let original = std::fs::read("fixtures/html/vnexpress-2.html").unwrap();
    let encode = |coding: &str, bytes: &[u8]| -> Vec<u8> {
        match coding {
            "br" => {
                let mut out = Vec::new();
                {
                    let mut writer = brotli::CompressorWriter::new(&mut out, 4096, 5, 22);
                    writer.write_all(bytes).unwrap();
                }
                out
            }
            "gzip" => {
                let mut enc = flate2::write::GzEncoder::new(Vec::new(), Default::default());
                enc.write_all(bytes).unwrap();
                enc.finish().unwrap()
            }
            "deflate" => {
                let mut enc = flate2::write::ZlibEncoder::new(Vec::new(), Default::default());
                enc.write_all(bytes).unwrap();
                enc.finish().unwrap()
            }
            _ => unreachable!(),
        }
    };
    let bodies: BTreeMap<&str, Vec<u8>> = ["br", "gzip", "deflate"]
        .into_iter()
        .map(|c| (c, encode(c, &original)))
        .collect();
    let served = bodies.clone();
    let srv = Server::start(move |req| {
        if let Some(r) = robots_allow_all(req) {
            return r;
        }
        let coding = req.path.trim_start_matches('/').trim_end_matches(".html");
        let accepted = req
            .header("Accept-Encoding")
            .is_some_and(|v| v.split(',').any(|c| c.trim() == coding));
        match served.get(coding) {
            Some(body) if accepted => Reply::html(body.clone()).header("Content-Encoding", coding),
            _ => Reply::status(406),
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let urls: Vec<String> = bodies
        .keys()
        .map(|c| srv.url(&format!("/{c}.html")))
        .collect();
    let summary = crawl(crawler().max_depth(0), &urls, dir.path());
    assert_eq!(summary.pages, 3, "{summary:?}");
    for (url, coding) in urls.iter().zip(bodies.keys()) {
        let path = page_path(dir.path(), &srv, url);
        let stored = std::fs::read(&path).unwrap();
        assert!(
            stored == original,
            "{coding}: stored bytes differ from the page"
        );
        assert_ne!(bodies[coding], original, "{coding}: really compressed");
        assert_eq!(meta_of(&path).content_sha256, sha256_hex(&original));
    }
    let page = srv
        .hits()
        .into_iter()
        .find(|h| h.path == "/br.html")
        .unwrap();
    let accept = page
        .headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case("accept-encoding"))
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    for coding in ["gzip", "br", "deflate"] {
        assert!(accept.contains(coding), "Accept-Encoding {accept:?}");
    }
}

/// A custom User-Agent is sent as given, and robots.txt groups for its own product token are
/// obeyed as well as those for `union-news`.
#[test]
fn custom_user_agent_is_sent_and_its_robots_group_obeyed() {
    let srv = Server::start(|req| match req.path {
        "/robots.txt" => Reply::new(
            200,
            "text/plain",
            "User-agent: union-news\nDisallow: /a/\n\nUser-agent: archivebot\nDisallow: /b/\n",
        ),
        "/" => Reply::html(page("root", &["/a/1.html", "/b/1.html", "/c/1.html"])),
        _ => Reply::html(page(req.path, &[])),
    });
    let dir = tempfile::tempdir().unwrap();
    let agent = "ArchiveBot/2.0 (+https://example.org/bot; ops@example.org)";
    let summary = crawl(crawler().user_agent(agent), &[srv.url("/")], dir.path());
    assert_eq!(srv.count("/a/1.html"), 0, "union-news group");
    assert_eq!(srv.count("/b/1.html"), 0, "the custom agent's group");
    assert_eq!(srv.count("/c/1.html"), 1);
    assert_eq!(summary.skipped.get("robots"), Some(&2), "{summary:?}");
    for hit in srv.hits() {
        let sent = hit
            .headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case("user-agent"))
            .map(|(_, v)| v.as_str());
        assert_eq!(sent, Some(agent));
    }
    // One without a contact is refused before any request.
    assert!(crawler().user_agent("ArchiveBot/2.0").build().is_err());
}

/// A stop flag set before the run: no request at all, everything still queued.
#[test]
fn a_set_stop_flag_sends_nothing() {
    let server = six_page_site();
    let dir = tempfile::tempdir().unwrap();
    let stop = Arc::new(AtomicBool::new(true));
    let summary = crawl(crawler().stop_flag(stop), &[server.url("/")], dir.path());
    assert!(summary.interrupted, "{summary:?}");
    assert_eq!((summary.requests, summary.pending), (0, 1), "{summary:?}");
    assert!(server.hits().is_empty());
}

/// Ctrl-C (SIGINT) during `union-news crawl`: the request in flight is finished and stored,
/// nothing more is asked, the summary is printed and the exit code is 130; the same command
/// then goes on and asks nothing twice.
#[cfg(unix)]
#[test]
fn sigint_stops_cleanly_after_the_request_in_flight_and_the_crawl_resumes() {
    let server = Server::start(|req| {
        if let Some(r) = robots_allow_all(req) {
            return r;
        }
        match req.path {
            "/" => Reply::html(page(
                "root",
                &["/p1.html", "/p2.html", "/p3.html", "/p4.html", "/p5.html"],
            )),
            "/p1.html" => Reply::html(page("p1", &["/p6.html"])),
            // Slow enough for the signal to arrive while it is in flight.
            "/p3.html" => Reply {
                delay: Duration::from_millis(600),
                ..Reply::html(page("p3", &[]))
            },
            p if p.starts_with("/p") => Reply::html(page(p, &[])),
            _ => Reply::status(404),
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("store");
    let command = || {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_union-news"));
        cmd.args(["crawl", "--seeds", &server.url("/")])
            .arg("--out")
            .arg(&out)
            .args(["--delay", "0.05"])
            .env("NO_PROXY", "127.0.0.1")
            .env_remove("HTTP_PROXY")
            .env_remove("http_proxy")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped());
        cmd
    };
    let child = command().spawn().unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    while server.count("/p3.html") == 0 && Instant::now() < deadline {
        thread::sleep(Duration::from_millis(2));
    }
    assert_eq!(server.count("/p3.html"), 1, "the crawl reached /p3.html");
    let sent = Instant::now();
    let kill = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(kill.success());
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(130), "{stderr}");
    assert!(sent.elapsed() < Duration::from_secs(5), "stopped promptly");
    // The summary: root, p1, p2 and p3 (in flight at the signal) fetched; p4, p5 and p6 queued.
    assert!(stderr.contains("fetched 4 (4 pages)"), "{stderr}");
    assert!(stderr.contains("skipped 0, failed 0"), "{stderr}");
    assert!(stderr.contains("interrupted"), "{stderr}");
    assert!(stderr.contains("3 URLs still queued"), "{stderr}");
    // The request in flight was finished and stored; nothing after it was asked.
    assert!(page_path(&out, &server, &server.url("/p3.html")).exists());
    assert_eq!(server.count("/p4.html"), 0, "{:?}", server.counts());
    let seen = std::fs::read_to_string(out.join("state/seen.tsv")).unwrap();
    for path in ["/", "/p1.html", "/p2.html", "/p3.html"] {
        let url = server.url(path);
        assert!(
            seen.lines()
                .any(|l| l.contains("\tfetched\t") && l.ends_with(&url)),
            "{path} recorded: {seen}"
        );
    }

    let rerun = command().output().unwrap();
    let stderr = String::from_utf8_lossy(&rerun.stderr);
    assert!(rerun.status.success(), "{stderr}");
    assert!(stderr.contains("fetched 3 (3 pages)"), "{stderr}");
    // A clean stop loses nothing and asks nothing twice, not even the page in flight.
    for path in [
        "/", "/p1.html", "/p2.html", "/p3.html", "/p4.html", "/p5.html", "/p6.html",
    ] {
        assert_eq!(server.count(path), 1, "{path}: {:?}", server.counts());
        assert!(
            page_path(&out, &server, &server.url(path)).exists(),
            "{path}"
        );
    }
}

#[test]
fn article_links_and_feed_items_are_fetched_before_section_pages() {
    let srv = Server::start_with_base(move |req, base| {
        if let Some(r) = robots_allow_all(req) {
            return r;
        }
        match req.path {
            // A home page as news sites make them: section, tag and pagination links around
            // the article links.
            "/" => Reply::html(page(
                "Trang chủ",
                &[
                    "/cong-doan.htm",
                    "/tag/cong-doan-viet-nam-nguoi-lao-dong-ky-ket",
                    "/cong-doan/hoi-nghi-tong-ket-cong-doan-nam-2023-20240117083000123.htm",
                    "/cong-doan/trang-2.htm",
                    "/viec-lam/trao-qua-tet-cho-doan-vien-cong-doan-co-so.htm",
                ],
            )),
            "/rss.xml" => Reply::new(
                200,
                "application/rss+xml",
                format!(
                    "<rss version=\"2.0\"><channel><item><link>{base}/x.html</link></item></channel></rss>"
                ),
            ),
            _ => Reply::html(page(req.path, &[])),
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path();
    let seeds = [srv.url("/"), srv.url("/rss.xml")];
    // Room for the two seeds and three pages: the articles (two by their URLs, one a feed
    // item whose URL says nothing) win over the section, tag and pagination pages.
    let summary = crawl(crawler().max_pages(5), &seeds, out);
    assert_eq!(summary.fetched, 5, "{summary:?}");
    let fetched = |skip: usize| -> Vec<String> {
        srv.hits()
            .into_iter()
            .map(|h| h.path)
            .filter(|p| p != "/robots.txt")
            .skip(skip)
            .collect()
    };
    assert_eq!(
        fetched(0),
        [
            "/",
            "/rss.xml",
            "/cong-doan/hoi-nghi-tong-ket-cong-doan-nam-2023-20240117083000123.htm",
            "/viec-lam/trao-qua-tet-cho-doan-vien-cong-doan-co-so.htm",
            "/x.html",
        ]
    );
    assert_eq!(summary.pending, 3, "the section, tag and page-2 links wait");

    // The next run goes on with them, in the order they were found.
    let rest = crawl(crawler(), &seeds, out);
    assert_eq!(rest.fetched, 3, "{rest:?}");
    assert_eq!(
        fetched(5),
        [
            "/cong-doan.htm",
            "/tag/cong-doan-viet-nam-nguoi-lao-dong-ky-ket",
            "/cong-doan/trang-2.htm",
        ]
    );
}

// ---------------------------------------------------------------------------------------
// Reliability: no server can crash, hang or stall a crawl (issue 10). Every hostile server
// here is on 127.0.0.1 and bounded in bytes and time.

/// A server that sends its body one byte every 50 ms never lets a single read time out; the
/// `--timeout` is a deadline for the whole request (connect, head and body), so each try
/// ends at about the timeout, not when the server is done (25 s a try here).
#[test]
fn a_server_trickling_its_body_is_cut_at_the_whole_request_deadline() {
    let srv = Server::start(|req| {
        if let Some(r) = robots_allow_all(req) {
            return r;
        }
        Reply {
            trickle: Some(Duration::from_millis(50)),
            ..Reply::html(vec![b' '; 500])
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let started = Instant::now();
    let summary = crawl(
        crawler().timeout(Duration::from_secs(1)).max_tries(2),
        &[srv.url("/trickle.html")],
        dir.path(),
    );
    let took = started.elapsed();
    // Two tries of a 1 s deadline plus a 10 ms backoff; without the deadline, 50 s.
    assert!(took < Duration::from_secs(8), "{took:?}");
    assert_eq!(srv.count("/trickle.html"), 2);
    assert_eq!(summary.failed.get("timeout"), Some(&1), "{summary:?}");
    assert!(!page_path(dir.path(), &srv, &srv.url("/trickle.html")).exists());
}

/// RFC 9309 section 2.5: a crawler must parse at least the first 500 KiB of robots.txt. A
/// longer file is read up to the last whole line within 500 KiB and the rest ignored; it
/// used to fail as too large, which made the whole host unavailable.
#[test]
fn a_robots_txt_over_500_kib_is_read_up_to_500_kib() {
    const LIMIT: usize = 500 * 1024;
    let mut robots = String::from("User-agent: *\nDisallow: /private/\n");
    while robots.len() < LIMIT - 100 {
        robots.push_str("# a comment line that pads the file out\n");
    }
    // A line cut by the limit right after "Disallow: /" would forbid everything.
    let cut = "Disallow: /cut-only-this-path\n";
    let pad = LIMIT - robots.len() - "Disallow: /".len();
    robots.push_str(&"#".repeat(pad - 1));
    robots.push('\n');
    robots.push_str(cut);
    assert_eq!(&robots[LIMIT - 11..LIMIT], "Disallow: /");
    robots.push_str("Disallow: /late.html\n");
    let srv = Server::start(move |req| match req.path {
        "/robots.txt" => Reply::new(200, "text/plain", robots.clone()),
        "/" => Reply::html(page("root", &["/private/a.html", "/late.html"])),
        _ => Reply::html(page(req.path, &[])),
    });
    let dir = tempfile::tempdir().unwrap();
    let summary = crawl(crawler(), &[srv.url("/")], dir.path());
    assert_eq!(srv.count("/robots.txt"), 1);
    assert_eq!(srv.count("/"), 1, "{summary:?}");
    assert_eq!(srv.count("/private/a.html"), 0);
    assert_eq!(srv.count("/late.html"), 1, "a rule past 500 KiB is ignored");
    assert_eq!(summary.skipped.get("robots"), Some(&1), "{summary:?}");
    assert_eq!(summary.pages, 2);
}

/// A `kill -9` between writing a temporary file and renaming it leaves a hidden
/// `.KEY.html.PID.tmp` in the store; the next start removes such files (and only those).
#[test]
fn a_temp_file_left_by_kill_9_is_removed_on_the_next_start() {
    let server = six_page_site();
    let dir = tempfile::tempdir().unwrap();
    crawl(crawler().max_pages(1), &[server.url("/")], dir.path());
    let host = dir
        .path()
        .join("pages")
        .join(format!("127.0.0.1_{}", server.addr.port()));
    // PIDs on Linux stay below 2^22: 4999999 is no live process.
    let stale = [
        host.join(".0123456789abcdef.html.4999999.tmp"),
        host.join(".0123456789abcdef.html.meta.json.4999999.tmp"),
    ];
    let kept = [
        host.join(".notes.tmp"),
        host.join("0123456789abcdef.html.4999999.tmp"),
        dir.path().join("state/.queue.tsv.4999999.tmp"),
    ];
    for path in stale.iter().chain(&kept) {
        std::fs::write(path, b"half a page").unwrap();
    }
    crawl(crawler(), &[server.url("/")], dir.path());
    for path in &stale {
        assert!(!path.exists(), "{} removed", path.display());
    }
    for path in &kept {
        assert!(path.exists(), "{} kept", path.display());
    }
    assert_all_six_stored_once(&server, dir.path());
}

/// A free loopback port: bound, then let go, so that a connection there is refused.
fn closed_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

/// A crawl that can connect to nothing used to report `failed 0` and exit 0 (robots.txt
/// unreachable made every URL "skipped"). A connection failure is a failure, with its
/// reason in the summary and on the URL's own error line, and a crawl that fetched nothing
/// exits 1.
#[test]
fn a_crawl_that_can_connect_to_nothing_reports_failures_and_exits_1() {
    let port = closed_port();
    let dir = tempfile::tempdir().unwrap();
    let summary = crawl(
        crawler(),
        &[
            format!("http://127.0.0.1:{port}/"),
            format!("http://127.0.0.1:{port}/a.html"),
        ],
        dir.path(),
    );
    assert_eq!(
        summary.failed.get("connection-refused"),
        Some(&2),
        "{summary:?}"
    );
    assert!(summary.skipped.is_empty(), "{summary:?}");
    // robots.txt is tried three times for the host, then the host is not asked again.
    assert_eq!(summary.requests, 3, "{summary:?}");

    // The command line: one error line per URL, the reason in the summary, exit 1.
    let out = dir.path().join("cli");
    let seed = format!("http://127.0.0.1:{port}/");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_union-news"))
        .args([
            "crawl",
            "--quiet",
            "--timeout",
            "2",
            "--seeds",
            &seed,
            "--out",
        ])
        .arg(&out)
        .env("NO_PROXY", "127.0.0.1")
        .env_remove("HTTP_PROXY")
        .env_remove("http_proxy")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!("failed {seed}: connection-refused")),
        "{stderr}"
    );
    assert!(
        stderr.contains("failed 1 (connection-refused 1)"),
        "{stderr}"
    );
}

/// An `https://` seed on a port that answers plain text to the TLS handshake: the handshake
/// fails, and that is a failure named `tls`.
#[test]
fn a_tls_handshake_failure_is_a_failure_named_tls() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    // One connection (one try), answered at once and closed.
    let server = thread::spawn(move || {
        if let Ok((mut stream, _)) = listener.accept() {
            let _ = stream.write_all(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let seed = format!("https://127.0.0.1:{port}/");
    let summary = crawl(crawler().max_tries(1), &[seed], dir.path());
    server.join().unwrap();
    assert_eq!(summary.failed.get("tls"), Some(&1), "{summary:?}");
}

/// robots.txt answering 503 forbids the host for the run (RFC 9309), but its URLs are not
/// done: they count as failed (`robots-unavailable`), so the run exits 1 and
/// `--retry-failed` tries them again once the server is back. They used to be "skipped"
/// for good.
#[test]
fn a_host_whose_robots_txt_is_down_fails_and_is_retried_with_retry_failed() {
    let up = Arc::new(AtomicBool::new(false));
    let up2 = up.clone();
    let srv = Server::start(move |req| match req.path {
        "/robots.txt" if !up2.load(Ordering::SeqCst) => Reply::status(503),
        "/robots.txt" => Reply::status(404),
        _ => Reply::html(page("x", &[])),
    });
    let dir = tempfile::tempdir().unwrap();
    let summary = crawl(crawler(), &[srv.url("/")], dir.path());
    assert_eq!(srv.count("/"), 0);
    assert_eq!(
        summary.failed.get("robots-unavailable"),
        Some(&1),
        "{summary:?}"
    );
    up.store(true, Ordering::SeqCst);
    let again = crawl(crawler().retry_failed(true), &[srv.url("/")], dir.path());
    assert_eq!(again.pages, 1, "{again:?}");
    assert_eq!(srv.count("/"), 1);
}

/// A sitemap index that lists itself and a second index that lists the first back: each is
/// fetched once and the crawl ends.
#[test]
fn a_sitemap_index_cycle_is_fetched_once_each() {
    let srv = Server::start_with_base(|req, base| {
        if let Some(r) = robots_allow_all(req) {
            return r;
        }
        let index = |locs: &[&str]| {
            let mut xml = String::from("<?xml version=\"1.0\"?><sitemapindex>");
            for loc in locs {
                xml.push_str(&format!("<sitemap><loc>{base}{loc}</loc></sitemap>"));
            }
            xml.push_str("</sitemapindex>");
            Reply::new(200, "application/xml", xml)
        };
        match req.path {
            "/a.xml" => index(&["/a.xml", "/b.xml"]),
            "/b.xml" => index(&["/a.xml", "/b.xml", "/feed.xml"]),
            "/feed.xml" => Reply::new(
                200,
                "application/rss+xml",
                format!(
                    "<rss><channel><link>{base}/feed.xml</link><item><link>{base}/feed.xml</link></item>\
                     <item><link>{base}/news-1234567.html</link></item></channel></rss>"
                ),
            ),
            _ => Reply::html(page(req.path, &["/news-1234567.html"])),
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let summary = crawl(crawler(), &[srv.url("/a.xml")], dir.path());
    for path in ["/a.xml", "/b.xml", "/feed.xml", "/news-1234567.html"] {
        assert_eq!(srv.count(path), 1, "{path}: {:?}", srv.counts());
    }
    assert_eq!(summary.pending, 0, "{summary:?}");
}

/// Every queued link used to be written and synced on its own: a page of 20,000 links cost
/// 20,000 disk flushes (88 s on the build machine). A document's new links are logged in one
/// write and one sync.
#[test]
fn a_page_with_20000_links_is_queued_with_one_sync() {
    let links: Vec<String> = (0..20_000).map(|i| format!("/p{i}.html")).collect();
    let srv = Server::start(move |req| {
        if let Some(r) = robots_allow_all(req) {
            return r;
        }
        let refs: Vec<&str> = links.iter().map(String::as_str).collect();
        Reply::html(page("many links", &refs))
    });
    let dir = tempfile::tempdir().unwrap();
    let summary = crawl(crawler().max_pages(1), &[srv.url("/")], dir.path());
    assert_eq!(summary.pending, 20_000, "{summary:?}");
    let queue = std::fs::read_to_string(dir.path().join("state/queue.tsv")).unwrap();
    assert_eq!(queue.lines().count(), 20_001);
    // The seed, the page's links, the page's outcome: three syncs (20,002 before).
    assert!(summary.syncs <= 3, "{summary:?}");
}

/// A host whose robots.txt answers 503 with `Retry-After` used to be waited for in place:
/// every other host stood still for the backoff or `Retry-After` (up to 2 × 120 s a host).
/// The host is blocked for the wait instead, and the other hosts go on meanwhile.
#[test]
fn a_host_whose_robots_txt_is_retried_does_not_hold_up_other_hosts() {
    let slow = Server::start(|req| match req.path {
        "/robots.txt" if req.before == 0 => Reply::status(503).header("Retry-After", "1"),
        "/robots.txt" => Reply::status(404),
        _ => Reply::html(page("slow", &[])),
    });
    let quick = Server::start(|req| {
        if let Some(r) = robots_allow_all(req) {
            return r;
        }
        match req.path {
            "/" => Reply::html(page("quick", &["/a.html", "/b.html"])),
            _ => Reply::html(page(req.path, &[])),
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let summary = crawl(
        crawler().max_retry_after(Duration::from_secs(1)),
        &[slow.url("/"), quick.url("/")],
        dir.path(),
    );
    assert_eq!(summary.pages, 4, "{summary:?}");
    let robots = slow.times("/robots.txt");
    assert_eq!(robots.len(), 2);
    for path in ["/", "/a.html", "/b.html"] {
        let at = quick.times(path);
        assert_eq!(at.len(), 1, "{path}");
        assert!(
            at[0] < robots[1],
            "{path} waited for the other host's robots.txt"
        );
    }
    assert!(robots[1] - robots[0] >= Duration::from_millis(990));
}

/// Issue 10, panic isolation in the crawler: a bug that panics on one document fails that URL
/// (reason `internal-error`, the message as its detail) and the crawl goes on.
#[test]
fn a_panic_on_one_page_fails_that_url_and_the_crawl_goes_on() {
    let server = six_page_site();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("store");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_union-news"))
        .args([
            "crawl",
            "--quiet",
            "--delay",
            "0.01",
            "--seeds",
            &server.url("/"),
        ])
        .arg("--out")
        .arg(&out)
        .env("UNION_NEWS_INJECT_PANIC", server.url("/p2.html"))
        .env("NO_PROXY", "127.0.0.1")
        .env_remove("HTTP_PROXY")
        .env_remove("http_proxy")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains(&format!(
            "failed {}: internal-error",
            server.url("/p2.html")
        )),
        "{stderr}"
    );
    assert!(stderr.contains("please report it"), "{stderr}");
    assert!(!stderr.contains("panicked at"), "{stderr}");
    for path in [
        "/", "/p1.html", "/p3.html", "/p4.html", "/p5.html", "/p6.html",
    ] {
        assert!(
            page_path(&out, &server, &server.url(path)).exists(),
            "{path} stored: {stderr}"
        );
    }
}
