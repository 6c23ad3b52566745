//! WARC and compressed inputs: real WARC files made by warcio (`tests/warc/sample.warc.gz`,
//! `tests/warc/sample.warc`, built by `scripts/make-warc-fixtures.py` from `fixtures/html/`)
//! read by `extract`, each page's record equal to the same page extracted as a `.html` file
//! with the same URL; summary counts; corrupt and truncated files.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;
use union_news::input::warc::{page_input, WarcItem, WarcPage, WarcReader};
use union_news::input::{read_file_input, InputFile};
use union_news::record::article_record;

/// The crawl time every fixture record has.
const DATE: &str = "2024-03-01T08:30:00Z";

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/warc")
        .join(name)
}

/// Runs `extract ARGS --quiet`: exit code, records, stderr.
fn extract(args: &[&str]) -> (i32, Vec<Value>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_union-news"))
        .arg("extract")
        .args(args)
        .arg("--quiet")
        .output()
        .unwrap();
    let records = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("every stdout line is JSON"))
        .collect();
    (
        out.status.code().unwrap_or(-1),
        records,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Every item of a WARC file.
fn items(path: &Path) -> Vec<WarcItem> {
    WarcReader::open(path).unwrap().collect()
}

/// The pages of a WARC file.
fn pages(path: &Path) -> Vec<WarcPage> {
    items(path)
        .into_iter()
        .filter_map(|item| match item {
            WarcItem::Page(page) => Some(*page),
            _ => None,
        })
        .collect()
}

/// A record as JSON without what names its input (id, source).
fn content_of(record: &union_news::record::Record) -> Value {
    let mut value = serde_json::to_value(record).unwrap();
    let object = value.as_object_mut().unwrap();
    object.remove("id");
    object.remove("source");
    value
}

#[test]
fn warc_pages_are_the_records_of_the_same_html_files() {
    let dir = tempfile::tempdir().unwrap();
    let pages = pages(&fixture("sample.warc.gz"));
    let uris: Vec<&str> = pages.iter().map(|p| p.target_uri.as_str()).collect();
    assert_eq!(
        uris,
        [
            "http://127.0.0.1/dantri-1.html",
            "http://127.0.0.1/giadinh-1.html",
            "http://127.0.0.1/giadinh-2.html",
            "http://127.0.0.1/kenh14-2.html",
            "http://127.0.0.1/giadinh-2-cut.html",
        ]
    );
    for page in pages {
        let name = page.target_uri.rsplit('/').next().unwrap().to_string();
        let content_type = page.head.content_type.clone();
        let truncated = page.truncated.is_some();
        let input = page_input(page.clone()).unwrap();
        assert_eq!(input.id, page.target_uri);
        let from_warc = article_record(&input);
        assert_eq!(from_warc.source.fetched_at.as_deref(), Some(DATE));
        assert_eq!(
            from_warc.source.url.as_deref(),
            Some(page.target_uri.as_str())
        );
        let union_news::input::Content::Html(html) = &input.content else {
            panic!("a WARC page is HTML");
        };
        if !truncated {
            let original = std::fs::read(fixture("../../fixtures/html").join(&name)).unwrap();
            assert!(html == &original, "{name}: the decoded body is the page");
        }
        // The same page as a crawled .html file with its sidecar.
        let path = dir.path().join(&name);
        std::fs::write(&path, html).unwrap();
        let mut sidecar = serde_json::json!({"url": page.target_uri, "fetched_at": DATE});
        if let Some(content_type) = content_type {
            sidecar["content_type"] = Value::from(content_type);
        }
        std::fs::write(
            dir.path().join(format!("{name}.meta.json")),
            sidecar.to_string(),
        )
        .unwrap();
        let from_file = article_record(&read_file_input(&InputFile { path, root: None }).unwrap());
        assert_eq!(
            from_warc.source.content_sha256,
            from_file.source.content_sha256
        );
        let mut expected = content_of(&from_file);
        if truncated {
            let warnings = expected["warnings"].as_array_mut().unwrap();
            warnings.insert(
                0,
                Value::from(
                    "the WARC record was truncated by its crawler (WARC-Truncated: length): \
                     the page may be incomplete",
                ),
            );
        }
        assert_eq!(content_of(&from_warc), expected, "{name}");
    }
}

#[test]
fn extract_reads_warc_files_and_counts_what_it_skips() {
    let (code, records, stderr) = extract(&[fixture("").to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    let ids: Vec<&str> = records.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "http://127.0.0.1/plain/giadinh-1.html",
            "http://127.0.0.1/dantri-1.html",
            "http://127.0.0.1/giadinh-1.html",
            "http://127.0.0.1/giadinh-2.html",
            "http://127.0.0.1/kenh14-2.html",
            "http://127.0.0.1/giadinh-2-cut.html",
        ]
    );
    for record in &records {
        assert_eq!(record["source"]["kind"], "url");
        assert_eq!(record["source"]["fetched_at"], DATE);
    }
    assert!(
        stderr.contains(
            "note: WARC records skipped (not articles): 2 warcinfo, 2 request, 1 metadata, \
             1 revisit, 1 non-HTML response, 1 non-2xx response\n"
        ),
        "{stderr}"
    );
    // The same page under a second URL, and a truncated copy cut after its body, repeat an
    // earlier record's body: they are marked.
    assert!(
        stderr.ends_with("6 inputs, 6 records (2 duplicates: 2 exact, 0 near), 0 errors\n"),
        "{stderr}"
    );
    assert_eq!(
        records[2]["duplicate"]["of"],
        "http://127.0.0.1/plain/giadinh-1.html"
    );
    assert_eq!(
        records[5]["duplicate"]["of"],
        "http://127.0.0.1/giadinh-2.html"
    );
    assert!(records[..2].iter().all(|r| r.get("duplicate").is_none()));
    assert!(
        stderr.contains(
            "warning: http://127.0.0.1/giadinh-2-cut.html: the WARC record was truncated"
        ),
        "{stderr}"
    );
}

#[test]
fn a_corrupt_gzip_member_is_one_error_and_the_records_after_it_are_read() {
    let clean = std::fs::read(fixture("sample.warc.gz")).unwrap();
    let offsets: Vec<u64> = pages(&fixture("sample.warc.gz"))
        .iter()
        .map(|p| p.offset)
        .collect();
    // Bytes in the middle of the second page's member.
    let mut bytes = clean.clone();
    let at = usize::try_from(offsets[1]).unwrap() + 3000;
    for b in &mut bytes[at..at + 64] {
        *b = b'x';
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("corrupt.warc.gz");
    std::fs::write(&path, &bytes).unwrap();
    let (code, records, stderr) = extract(&[path.to_str().unwrap()]);
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(records.len(), 4, "{stderr}");
    assert_eq!(records[1]["id"], "http://127.0.0.1/giadinh-2.html");
    let errors: Vec<&str> = stderr.lines().filter(|l| l.starts_with("error:")).collect();
    assert_eq!(errors.len(), 1, "{stderr}");
    assert!(
        errors[0].contains(&format!(
            "corrupt.warc.gz: WARC record at byte {}: bad gzip member",
            offsets[1]
        )),
        "{stderr}"
    );
    assert!(
        stderr.ends_with("5 inputs, 4 records (1 duplicates: 1 exact, 0 near), 1 errors\n"),
        "{stderr}"
    );
}

#[test]
fn a_corrupt_plain_record_is_one_error_and_the_reader_resyncs() {
    let clean = std::fs::read(fixture("sample.warc")).unwrap();
    // The file twice, the first copy's response header broken in its middle.
    let response = memchr_find(&clean, b"WARC-Type: response").unwrap();
    let mut bytes = clean.clone();
    bytes[response + 4..response + 20].copy_from_slice(b"\r\n\r\ngarbage\r\nxxx");
    bytes.extend_from_slice(&clean);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("corrupt.warc");
    std::fs::write(&path, &bytes).unwrap();
    let got = items(&path);
    let kinds: Vec<String> = got
        .iter()
        .map(|item| match item {
            WarcItem::Page(_) => "page".to_string(),
            WarcItem::Skipped(s) => s.label().to_string(),
            WarcItem::Failed(err) => format!("error: {err}"),
        })
        .collect();
    assert_eq!(kinds.len(), 6, "{kinds:?}");
    assert_eq!(kinds[..2], ["warcinfo", "request"], "{kinds:?}");
    assert!(kinds[2].starts_with("error: "), "{kinds:?}");
    assert_eq!(kinds[3..], ["warcinfo", "request", "page"], "{kinds:?}");
}

/// Where `needle` first occurs in `haystack`.
fn memchr_find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[test]
fn truncated_and_damaged_warc_files_never_panic() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["sample.warc.gz", "sample.warc"] {
        let clean = std::fs::read(fixture(name)).unwrap();
        let path = dir.path().join(name);
        let cuts = (0..300).chain((300..clean.len()).step_by(251));
        for cut in cuts {
            std::fs::write(&path, &clean[..cut]).unwrap();
            for item in items(&path) {
                if let WarcItem::Page(page) = item {
                    let _ = page_input(*page).map(|input| article_record(&input));
                }
            }
        }
        // Bytes flipped here and there.
        for seed in 0..100usize {
            let mut bytes = clean.clone();
            let at = seed.wrapping_mul(2_654_435_761) % bytes.len();
            bytes[at] ^= 0x5a;
            std::fs::write(&path, &bytes).unwrap();
            for item in items(&path) {
                if let WarcItem::Page(page) = item {
                    let _ = page_input(*page).map(|input| article_record(&input));
                }
            }
        }
    }
}

/// The records of `extract PATH` with `source.path` removed.
fn records_without_path(path: &Path) -> (Vec<Value>, String) {
    let (_, mut records, stderr) = extract(&[path.to_str().unwrap()]);
    for record in &mut records {
        record["source"].as_object_mut().unwrap().remove("path");
    }
    (records, stderr)
}

#[test]
fn compressed_jsonl_and_text_are_read_as_the_files_they_hold() {
    let dir = tempfile::tempdir().unwrap();
    let mut jsonl = String::new();
    for n in 0..50 {
        jsonl.push_str(&format!(
            "{{\"id\":\"a{n}\",\"text\":\"Sáng 17/1/2024, Liên đoàn Lao động tỉnh hỗ trợ {n} triệu đồng.\"}}\n"
        ));
    }
    let plain = dir.path().join("lines.jsonl");
    std::fs::write(&plain, &jsonl).unwrap();
    let gz = dir.path().join("gz/lines.jsonl.gz");
    std::fs::create_dir(dir.path().join("gz")).unwrap();
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(jsonl.as_bytes()).unwrap();
    let compressed = encoder.finish().unwrap();
    std::fs::write(&gz, &compressed).unwrap();
    let (expected, _) = records_without_path(&plain);
    assert_eq!(expected.len(), 50);
    assert_eq!(records_without_path(&gz).0, expected);
    // Cut short: the lines read so far are kept, and one error.
    std::fs::write(&gz, &compressed[..compressed.len() * 2 / 3]).unwrap();
    let (code, records, stderr) = extract(&[gz.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        !records.is_empty() && records.len() < 50,
        "{}",
        records.len()
    );
    assert_eq!(
        stderr.lines().filter(|l| l.starts_with("error:")).count(),
        1,
        "{stderr}"
    );

    // A .txt.gz has the id of the .txt it holds; a corrupt one is one error.
    let text = "Hội nghị tổng kết\n\nSáng 17/1/2024, Liên đoàn Lao động tỉnh tổ chức hội nghị.";
    std::fs::write(dir.path().join("page.txt"), text).unwrap();
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(text.as_bytes()).unwrap();
    let page_gz = dir.path().join("gz/page.txt.gz");
    std::fs::write(&page_gz, encoder.finish().unwrap()).unwrap();
    let (expected, _) = records_without_path(&dir.path().join("page.txt"));
    assert_eq!(expected[0]["id"], "page");
    assert_eq!(records_without_path(&page_gz).0, expected);
    std::fs::write(&page_gz, b"\x1f\x8b\x08\x00garbage").unwrap();
    let (code, records, stderr) = extract(&[page_gz.to_str().unwrap()]);
    assert_eq!((code, records.len()), (1, 0), "{stderr}");
    assert!(
        stderr.ends_with("1 inputs, 0 records, 1 errors\n"),
        "{stderr}"
    ); // An empty WARC file is one error, as an empty JSONL file is.
    let empty = dir.path().join("gz/empty.warc.gz");
    std::fs::write(&empty, b"").unwrap();
    let (code, _, stderr) = extract(&[empty.to_str().unwrap()]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("empty.warc.gz: empty file\n"), "{stderr}");
}

#[cfg(feature = "zstd")]
#[test]
fn zstd_text_and_warc_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Hội nghị tổng kết\n\nSáng 17/1/2024, Liên đoàn Lao động tỉnh tổ chức hội nghị.";
    std::fs::write(dir.path().join("page.txt"), text).unwrap();
    let zst = dir.path().join("z/page.txt.zst");
    std::fs::create_dir(dir.path().join("z")).unwrap();
    std::fs::write(&zst, zstd::encode_all(text.as_bytes(), 3).unwrap()).unwrap();
    let (expected, _) = records_without_path(&dir.path().join("page.txt"));
    assert_eq!(records_without_path(&zst).0, expected);
    // A .warc.zst: the plain WARC, compressed as one stream.
    let warc = std::fs::read(fixture("sample.warc")).unwrap();
    let warc_zst = dir.path().join("z/sample.warc.zst");
    std::fs::write(&warc_zst, zstd::encode_all(&warc[..], 3).unwrap()).unwrap();
    let (records, _) = records_without_path(&warc_zst);
    let (expected, _) = records_without_path(&fixture("sample.warc"));
    assert_eq!(records, expected);
    assert_eq!(records.len(), 1);
}
