//! Tests of the WARC reader on hand-made records (real files made by warcio are in
//! `tests/warc/`).

use super::*;

/// A WARC record of `kind` with `block`.
fn record(kind: &str, uri: &str, block: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n\
         WARC-Date: 2024-01-02T03:04:05Z\r\nContent-Type: application/http; msgtype=response\r\n\
         Content-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

/// An HTML response block.
fn response(status: u16, body: &str) -> Vec<u8> {
    format!("HTTP/1.1 {status} X\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{body}")
        .into_bytes()
}

/// What a reader gives, as short strings.
fn items(path: &Path) -> Vec<String> {
    WarcReader::open(path)
        .unwrap()
        .map(|item| match item {
            WarcItem::Page(page) => format!("page {} @{}", page.target_uri, page.offset),
            WarcItem::Skipped(s) => s.label().to_string(),
            WarcItem::Failed(err) => format!("error @{}", err.offset),
        })
        .collect()
}

#[test]
fn a_corrupt_record_is_one_error_and_the_next_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let mut plain = record("response", "http://a/1", &response(200, "<p>a</p>"));
    let second = plain.len();
    plain.extend(record("warcinfo", "", b"x: y"));
    // A bad length, then a length too short: one error for the stretch.
    plain
        .extend_from_slice(b"WARC/1.1\r\nContent-Length: x\r\nWARC-Type: response\r\n\r\njunk\r\n");
    plain
        .extend_from_slice(b"WARC/1.1\r\nContent-Length: 2\r\nWARC-Type: response\r\n\r\njunk\r\n");
    plain.extend(record("response", "http://a/2", &response(404, "")));
    plain.extend(record("response", "http://a/3", &response(200, "<p>c</p>")));
    std::fs::write(dir.path().join("a.warc"), &plain).unwrap();
    let got = items(&dir.path().join("a.warc"));
    assert_eq!(got.len(), 5, "{got:?}");
    assert_eq!(got[0], "page http://a/1 @0");
    assert_eq!(got[1], "warcinfo");
    assert!(got[2].starts_with("error @"), "{got:?}");
    assert!(second > 0);
    assert_eq!(got[3], "non-2xx response");
    assert!(got[4].starts_with("page http://a/3"), "{got:?}");
}

#[test]
fn gzip_members_resync_after_a_bad_one() {
    use std::io::Write;
    let gz = |bytes: &[u8]| {
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        enc.write_all(bytes).unwrap();
        enc.finish().unwrap()
    };
    let mut file = gz(&record(
        "response",
        "http://a/1",
        &response(200, "<p>a</p>"),
    ));
    let mut bad = gz(&record(
        "response",
        "http://a/2",
        &response(200, "<p>b</p>"),
    ));
    let middle = bad.len() / 2;
    bad[middle] ^= 0xff;
    bad[middle + 1] ^= 0xff;
    file.extend(bad);
    file.extend(gz(&record(
        "response",
        "http://a/3",
        &response(200, "<p>c</p>"),
    )));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.warc.gz");
    std::fs::write(&path, &file).unwrap();
    let got = items(&path);
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got[1].starts_with("error @"), "{got:?}");
    assert!(got[2].starts_with("page http://a/3"), "{got:?}");
    // Every prefix reads without panicking.
    for cut in 0..file.len() {
        std::fs::write(&path, &file[..cut]).unwrap();
        let _ = items(&path);
    }
}
