//! `crawl --warc`: the WARC file read back by a standard reader (warcio, through
//! scripts/check_warc.py): record types and counts, target URIs, payloads equal to the
//! stored documents, digests verified, requests paired with their responses; and a crawl
//! interrupted, its WARC file torn, then resumed from the command line.

use std::collections::BTreeMap;
use std::io::{Read as _, Write as _};
use std::path::Path;
use std::process::Command;

use super::{crawl, crawler, page, robots_allow_all, six_page_site, Reply, Server};

/// True when python3 runs; when it does not, the test says so and is skipped (CI has it,
/// with warcio: `.ci/run`).
fn have_python() -> bool {
    let ok = Command::new("python3")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        eprintln!("SKIPPED: python3 not found; the WARC output check needs python3 and warcio");
    }
    ok
}

/// Runs scripts/check_warc.py on `warc` with `args`; panics with its stderr when a check
/// fails (or warcio is missing); its JSON summary.
fn check_warc(warc: &Path, args: &[&str]) -> serde_json::Value {
    let out = Command::new("python3")
        .arg("scripts/check_warc.py")
        .arg(warc)
        .args(args)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "check_warc.py failed ({}):\n{stderr}",
        out.status
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// How many response records each target URI has, from the summary's request list.
fn uri_counts(summary: &serde_json::Value) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for request in summary["requests"].as_array().unwrap() {
        *counts
            .entry(request["uri"].as_str().unwrap().to_string())
            .or_default() += 1;
    }
    counts
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), Default::default());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

/// `bytes` in chunked transfer coding (two chunks).
fn chunked(bytes: &[u8]) -> Vec<u8> {
    let (a, b) = bytes.split_at(bytes.len() / 2);
    let mut out = Vec::new();
    for part in [a, b] {
        out.extend_from_slice(format!("{:x}\r\n", part.len()).as_bytes());
        out.extend_from_slice(part);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"0\r\n\r\n");
    out
}

#[test]
fn warc_records_every_document_and_a_standard_reader_verifies_them() {
    if !have_python() {
        return;
    }
    let srv = warc_site();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("store");
    let warc = dir.path().join("crawl.warc.gz");
    let summary = crawl(
        crawler().max_depth(1).warc(&warc),
        &[srv.url("/"), srv.url("/rss.xml")],
        &out,
    );
    // robots.txt, /, /rss.xml, /a.html, /gz.html, /chunked.html, /new.html (via
    // /old.html), /c.html; and the redirect /old.html.
    assert_eq!(summary.fetched, 7, "{summary:?}");
    assert_eq!(summary.warc_records, 1 + 2 * 9, "{summary:?}");
    let expected: Vec<String> = [
        "/robots.txt",
        "/",
        "/rss.xml",
        "/a.html",
        "/gz.html",
        "/chunked.html",
        "/old.html",
        "/new.html",
        "/c.html",
    ]
    .iter()
    .map(|p| srv.url(p))
    .collect();
    let uris = dir.path().join("uris.txt");
    std::fs::write(&uris, expected.join("\n")).unwrap();
    let report = check_warc(
        &warc,
        &[
            "--store",
            out.to_str().unwrap(),
            "--runs",
            "1",
            "--expect-uris",
            uris.to_str().unwrap(),
        ],
    );
    assert_eq!(report["types"]["warcinfo"], 1, "{report}");
    assert_eq!(report["types"]["request"], 9, "{report}");
    assert_eq!(report["types"]["response"], 9, "{report}");
    // Every stored document (6 pages, the feed) is a response's payload.
    assert_eq!(report["stored_documents_matched"], 7, "{report}");
    check_requests_match_what_the_server_received(&report, &srv);
    check_decoded_pages_and_the_redirect(&report, &srv);
    check_a_tampered_warc_fails(&warc, &out, dir.path());
}

/// The site of the WARC test: a home page linking a plain, a gzip-compressed and a chunked
/// page, a redirect and a missing page, and a feed with one item.
fn warc_site() -> Server {
    Server::start_with_base(|req, base| {
        if let Some(r) = robots_allow_all(req) {
            return r;
        }
        match req.path {
            "/" => Reply::html(page(
                "Trang chủ",
                &[
                    "/a.html",
                    "/gz.html",
                    "/chunked.html",
                    "/old.html",
                    "/missing.html",
                ],
            ))
            .header("ETag", "\"home\""),
            "/a.html" => Reply::html(page("A", &[])),
            // Sent gzip-compressed: recorded decoded, as stored, without Content-Encoding.
            "/gz.html" => {
                Reply::html(gzip(page("GZ", &[]).as_bytes())).header("Content-Encoding", "gzip")
            }
            // Sent chunked: recorded whole, without Transfer-Encoding.
            "/chunked.html" => Reply {
                no_length: true,
                ..Reply::html(chunked(page("Chunked", &[]).as_bytes()))
                    .header("Transfer-Encoding", "chunked")
            },
            "/old.html" => Reply::redirect(301, "/new.html"),
            "/new.html" => Reply::html(page("New", &[])),
            "/rss.xml" => Reply::new(
                200,
                "application/rss+xml",
                format!(
                    "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title>\
                     <item><title>C</title><link>{base}/c.html</link></item></channel></rss>"
                ),
            ),
            "/c.html" => Reply::html(page("C", &[])),
            _ => Reply::status(404),
        }
    })
}

/// Each request record says what the server received: its line and every header.
fn check_requests_match_what_the_server_received(report: &serde_json::Value, srv: &Server) {
    let hits = srv.hits();
    for request in report["requests"].as_array().unwrap() {
        let uri = request["uri"].as_str().unwrap();
        let path = uri.trim_start_matches(&srv.url(""));
        assert_eq!(request["line"], format!("GET {path} HTTP/1.1"), "{request}");
        let hit = hits.iter().find(|h| h.path == path).unwrap();
        for pair in request["headers"].as_array().unwrap() {
            let (name, value) = (pair[0].as_str().unwrap(), pair[1].as_str().unwrap());
            let sent = hit
                .headers
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.as_str());
            assert_eq!(sent, Some(value), "{uri}: {name}");
        }
        assert!(
            request["headers"].as_array().unwrap().len() >= 5,
            "{request}"
        );
    }
}

/// The gzip-compressed and the chunked page hold the page decoded and whole, and their
/// headers say so; the redirect keeps its status, its Location and its body, for replay.
fn check_decoded_pages_and_the_redirect(report: &serde_json::Value, srv: &Server) {
    // The gzip-compressed and the chunked page: their records hold the page decoded and
    // whole, and their headers say so.
    for (path, title) in [("/gz.html", "GZ"), ("/chunked.html", "Chunked")] {
        let response = report["responses"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["uri"] == srv.url(path))
            .unwrap();
        let headers: BTreeMap<String, String> = response["headers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| (p[0].as_str().unwrap().into(), p[1].as_str().unwrap().into()))
            .collect();
        assert_eq!(response["line"], "HTTP/1.1 200 OK", "{response}");
        assert!(!headers.contains_key("content-encoding"), "{response}");
        assert!(!headers.contains_key("transfer-encoding"), "{response}");
        let length = page(title, &[]).len().to_string();
        assert_eq!(headers["content-length"], length, "{response}");
    }

    // The redirect: its status, its Location and its body, for replay.
    let old = report["responses"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["uri"] == srv.url("/old.html"))
        .unwrap();
    assert_eq!(old["line"], "HTTP/1.1 301 Moved Permanently", "{old}");
    let headers = old["headers"].as_array().unwrap();
    assert!(
        headers
            .iter()
            .any(|p| p[0] == "location" && p[1] == "/new.html"),
        "{old}"
    );
    let length = "status 301".len().to_string();
    assert!(
        headers
            .iter()
            .any(|p| p[0] == "content-length" && p[1] == length.as_str()),
        "{old}"
    );
}

/// The check is not vacuous: one byte of a page changed in the WARC (uncompressed, as a
/// standard reader also takes it) fails the digests and the store comparison.
fn check_a_tampered_warc_fails(warc: &Path, out: &Path, dir: &Path) {
    let mut bytes = Vec::new();
    flate2::read::MultiGzDecoder::new(std::fs::File::open(warc).unwrap())
        .read_to_end(&mut bytes)
        .unwrap();
    let at = bytes.windows(10).position(|w| w == b"<h1>A</h1>").unwrap();
    bytes[at + 4] = b'B';
    let tampered = dir.join("tampered.warc");
    std::fs::write(&tampered, &bytes).unwrap();
    let out2 = Command::new("python3")
        .arg("scripts/check_warc.py")
        .arg(&tampered)
        .args(["--store", out.to_str().unwrap()])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out2.stderr);
    assert_eq!(out2.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("digests") && stderr.contains("payload differs"),
        "{stderr}"
    );
}

#[test]
fn an_interrupted_crawl_with_a_torn_warc_resumes_from_the_command_line() {
    if !have_python() {
        return;
    }
    let server = six_page_site();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("store");
    let warc = dir.path().join("crawl.warc.gz");
    let first = crawl(crawler().max_pages(2).warc(&warc), &[server.url("/")], &out);
    assert_eq!(first.fetched, 2, "{first:?}");
    // A kill in the middle of the next append: half a gzip member at the end.
    let torn = gzip(b"WARC/1.1\r\nWARC-Type: request\r\nContent-Length: 0\r\n\r\n\r\n\r\n");
    let mut file = std::fs::OpenOptions::new()
        .append(true)
        .open(&warc)
        .unwrap();
    file.write_all(&torn[..torn.len() / 2]).unwrap();
    drop(file);
    let rerun = Command::new(env!("CARGO_BIN_EXE_union-news"))
        .args([
            "crawl",
            "--seeds",
            &server.url("/"),
            "--delay",
            "0.005",
            "--out",
        ])
        .arg(&out)
        .arg("--warc")
        .arg(&warc)
        .env("NO_PROXY", "127.0.0.1")
        .env_remove("HTTP_PROXY")
        .env_remove("http_proxy")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&rerun.stderr);
    assert!(rerun.status.success(), "{stderr}");
    // robots.txt again, and the five pages left.
    assert!(
        stderr.contains(&format!("WARC: {} records appended to ", 1 + 2 * 6)),
        "{stderr}"
    );
    let report = check_warc(
        &warc,
        &[
            "--store",
            out.to_str().unwrap(),
            "--runs",
            "2",
            "--allow-repeats",
        ],
    );
    assert_eq!(report["stored_documents_matched"], 7, "{report}");
    // Every page once; robots.txt once a run.
    let counts = uri_counts(&report);
    let mut expected: BTreeMap<String, usize> = [
        "/", "/p1.html", "/p2.html", "/p3.html", "/p4.html", "/p5.html", "/p6.html",
    ]
    .iter()
    .map(|p| (server.url(p), 1))
    .collect();
    expected.insert(server.url("/robots.txt"), 2);
    assert_eq!(counts, expected, "{report}");
}
