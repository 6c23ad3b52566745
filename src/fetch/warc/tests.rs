use super::*;

fn info() -> RunInfo {
    RunInfo {
        user_agent: "t/1 (+https://example.org)".into(),
        robots_agents: vec!["union-news".into()],
    }
}

fn exchange() -> Exchange {
    Exchange {
        request_head: b"GET /a HTTP/1.1\r\nhost: example.org\r\n\r\n".to_vec(),
        status_line: "HTTP/1.1 200 OK".into(),
        headers: vec![
            ("content-type".into(), b"text/html".to_vec()),
            ("transfer-encoding".into(), b"chunked".to_vec()),
            ("content-length".into(), b"999".to_vec()),
        ],
        remote_ip: None,
    }
}

/// The records of a WARC file, unpacked, one string each.
fn records(path: &Path) -> Vec<String> {
    let bytes = std::fs::read(path).unwrap();
    let mut out = String::new();
    flate2::read::MultiGzDecoder::new(&bytes[..])
        .read_to_string(&mut out)
        .unwrap();
    out.split("WARC/1.1\r\n")
        .filter(|r| !r.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn an_exchange_is_a_request_and_a_response_after_the_warcinfo() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sub/crawl.warc.gz");
    let mut warc = WarcFile::open(&path, &info()).unwrap();
    warc.append_exchange(
        "https://example.org/a",
        "2026-12-05T20:00:00Z",
        &exchange(),
        b"<p>",
        None,
    )
    .unwrap();
    assert_eq!(warc.records(), 3);
    let recs = records(&path);
    assert_eq!(recs.len(), 3);
    assert!(
        recs[0].starts_with("WARC-Type: warcinfo\r\n"),
        "{}",
        recs[0]
    );
    assert!(recs[1].starts_with("WARC-Type: request\r\n"));
    assert!(recs[2].starts_with("WARC-Type: response\r\n"));
    let response = &recs[2];
    assert!(response.contains("\r\n\r\nHTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: 3\r\n\r\n<p>\r\n\r\n"), "{response}");
    // The original framing headers are gone (searched as header lines: the record's random
    // id and digests may hold "999" by chance).
    assert!(!response.contains("chunked") && !response.contains("content-length: 999"));
    assert!(response.contains(&format!("WARC-Payload-Digest: {}\r\n", warc_digest(b"<p>"))));
}

#[test]
fn a_torn_last_member_is_cut_and_a_foreign_file_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crawl.warc.gz");
    let mut warc = WarcFile::open(&path, &info()).unwrap();
    warc.append_exchange(
        "https://example.org/a",
        "2026-12-05T20:00:00Z",
        &exchange(),
        b"<p>",
        None,
    )
    .unwrap();
    drop(warc);
    let whole = std::fs::metadata(&path).unwrap().len();
    // A crash in the middle of the next append: half a member.
    let mut next = GzEncoder::new(Vec::new(), Compression::default());
    next.write_all(b"WARC/1.1\r\nWARC-Type: request\r\n")
        .unwrap();
    let next = next.finish().unwrap();
    let mut file = OpenOptions::new().append(true).open(&path).unwrap();
    file.write_all(&next[..next.len() / 2]).unwrap();
    drop(file);
    let warc = WarcFile::open(&path, &info()).unwrap();
    drop(warc);
    let recs = records(&path);
    assert_eq!(recs.len(), 4, "cut, then the new run's warcinfo appended");
    assert!(std::fs::metadata(&path).unwrap().len() > whole);
    assert!(recs[3].starts_with("WARC-Type: warcinfo\r\n"));

    let foreign = dir.path().join("notes.warc.gz");
    std::fs::write(&foreign, b"plain text, not gzip").unwrap();
    assert!(WarcFile::open(&foreign, &info()).is_err());
    assert_eq!(std::fs::read(&foreign).unwrap(), b"plain text, not gzip");
    assert!(WarcFile::open(&dir.path().join("x.warc"), &info()).is_err());
}

#[test]
fn record_ids_are_distinct_v4_uuids() {
    let mut ids = IdSource::new();
    let a = ids.next_id();
    let b = ids.next_id();
    assert_ne!(a, b);
    assert_eq!(a.len(), "<urn:uuid:>".len() + 36, "{a}");
    assert_eq!(&a[24..25], "4", "{a}");
    assert_ne!(IdSource::new().next_id(), IdSource::new().next_id());
}
