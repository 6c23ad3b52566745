//! Integration tests: the extract pipeline end to end — the seed articles against the dev
//! gold, the command line with bad inputs, stdin mode, and the record schema.

mod duplicates;
mod jsonlpage;
mod legacy;
mod pagetext;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use proptest::prelude::*;
use serde_json::Value;
use union_news::eval::{parse_gold, GoldArticle};
use union_news::input::{read_file_input, InputArticle, InputFile};
use union_news::record::article_record;
use union_news::record::Record;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_union-news"))
}

fn seed_gold() -> Vec<GoldArticle> {
    let text = std::fs::read_to_string(root().join("fixtures/gold/seeds.jsonl")).unwrap();
    parse_gold(&text).unwrap()
}

fn seed_records(gold: &[GoldArticle]) -> Vec<Record> {
    gold.iter()
        .map(|g| {
            let file = g.file.as_deref().unwrap();
            let input = read_file_input(&InputFile {
                path: root().join("corpus").join(file),
                root: None,
            })
            .unwrap();
            article_record(&input)
        })
        .collect()
}

#[test]
fn seeds_page_text_gives_gold_title_and_published() {
    let gold = seed_gold();
    for (g, record) in gold.iter().zip(seed_records(&gold)) {
        assert_eq!(record.id, g.id);
        let title = g.gold.get("title").and_then(Value::as_str);
        let _ = title; // gold titles are top-level; read them from the raw line below
        assert_eq!(record.published, g.published, "{}: published", g.id);
    }
    // Titles: verbatim (normalized) headline of every seed.
    let raw = std::fs::read_to_string(root().join("fixtures/gold/seeds.jsonl")).unwrap();
    let records = seed_records(&gold);
    for (line, record) in raw.lines().zip(&records) {
        let v: Value = serde_json::from_str(line).unwrap();
        let want = union_news::normalize::normalize(v["title"].as_str().unwrap());
        assert_eq!(
            record.title.as_deref(),
            Some(want.as_str()),
            "{}: title",
            record.id
        );
        assert!(
            record.text.starts_with(&want),
            "{}: text starts with the headline",
            record.id
        );
    }
}

#[test]
fn seeds_related_news_and_menus_are_not_in_the_body() {
    let gold = seed_gold();
    for record in seed_records(&gold) {
        for boilerplate in [
            "Danh mục",
            "Chỉ thị 05 Chỉ thị 05",
            "Liên kết website",
            "Có thể bạn quan tâm",
            "Phường Tây Tựu tặng quà",
            "Tin liên quan",
            "Chia sẻ bài viết",
            "Lượt xem",
            "Ngày đăng",
            "Đăng ngày",
            "ký giao ước thi đua năm 2023 Cụm thi đua số 5 hoàn thành",
            "Nguồn: laodong.vn",
            "Phương Trà",
        ] {
            assert!(
                !record.text.contains(boilerplate),
                "{}: {boilerplate:?} in body",
                record.id
            );
        }
    }
}

#[test]
fn every_span_slices_the_text_and_records_validate_against_the_schema() {
    let gold = seed_gold();
    let schema_out = bin().arg("schema").output().unwrap();
    assert!(schema_out.status.success());
    let schema: Value = serde_json::from_slice(&schema_out.stdout).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("valid JSON Schema");
    for record in seed_records(&gold) {
        check_spans(&record);
        let value = serde_json::to_value(&record).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{}: {errors:?}", record.id);
    }
}

/// The schema `union-news schema` prints, compiled.
fn schema_validator() -> jsonschema::Validator {
    let out = bin().arg("schema").output().unwrap();
    assert!(out.status.success());
    let schema: Value = serde_json::from_slice(&out.stdout).unwrap();
    jsonschema::validator_for(&schema).expect("valid JSON Schema")
}

fn schema_errors(validator: &jsonschema::Validator, value: &Value) -> Vec<String> {
    validator
        .iter_errors(value)
        .map(|e| e.to_string())
        .collect()
}

#[test]
fn records_of_every_input_kind_validate_against_the_schema() {
    // Stdin lines with and without id, url, title, html: sparse records (no path, no URL,
    // no money range) validate as well as full ones.
    let validator = schema_validator();
    let input = concat!(
        r#"{"text":"x"}"#,
        "\n",
        r#"{"id":"r","url":"https://a.vn/r","title":"Hội nghị","published":"2024-01-18","text":"Sáng 17/1, LĐLĐ quận Thanh Khê tổ chức hội nghị, trao quà trị giá từ 1 đến 2 triệu đồng cho 1.199 đoàn viên; đồng chí Nguyễn Văn An, Chủ tịch LĐLĐ quận dự."}"#,
        "\n",
        r#"{"html":"<html><head><title>T</title></head><body><article><h1>Hội nghị</h1><p>Sáng 17/1, LĐLĐ quận tổ chức hội nghị với kinh phí 0,5 USD.</p></article></body></html>"}"#,
        "\n",
    );
    let (records, _, _) = run_with_stdin(&["extract", "-"], input);
    assert_eq!(records.len(), 3);
    for record in &records {
        assert!(record.get("error").is_none(), "{record}");
        let errors = schema_errors(&validator, record);
        assert!(errors.is_empty(), "{}: {errors:?}", record["id"]);
    }
    assert!(
        records[1]["money"][0]["amount_max"].is_u64(),
        "{}",
        records[1]
    );
    // And the records of the 18 real pages of fixtures/html, with their varied organizations.
    let (_, pages, stderr) = extract(&[root().join("fixtures/html").to_str().unwrap()]);
    assert!(pages.len() >= 18, "{stderr}");
    for record in &pages {
        let errors = schema_errors(&validator, record);
        assert!(errors.is_empty(), "{}: {errors:?}", record["id"]);
    }
}

#[test]
fn the_schema_requires_every_field_and_fixes_the_vocabularies() {
    let validator = schema_validator();
    let gold = seed_gold();
    let record = serde_json::to_value(&seed_records(&gold)[4]).unwrap();
    assert!(schema_errors(&validator, &record).is_empty());
    let broken = |path: &str, change: &dyn Fn(&mut Value)| {
        let mut r = record.clone();
        change(&mut r);
        assert!(
            !schema_errors(&validator, &r).is_empty(),
            "{path}: a broken record validates"
        );
    };
    // Always-present fields are required, nullable or not.
    for field in ["title", "published", "byline", "text", "warnings", "source"] {
        broken(field, &|r| {
            r.as_object_mut().unwrap().remove(field);
        });
    }
    broken("dates[].time_of_day", &|r| {
        r["dates"][0].as_object_mut().unwrap().remove("time_of_day");
    });
    broken("organizations[].admin_level", &|r| {
        r["organizations"][0]
            .as_object_mut()
            .unwrap()
            .remove("admin_level");
    });
    broken("events[].date", &|r| {
        r["events"][0].as_object_mut().unwrap().remove("date");
    });
    broken("people[].role_organizations", &|r| {
        r["people"][0]
            .as_object_mut()
            .unwrap()
            .remove("role_organizations");
    });
    broken("people[].roles as objects", &|r| {
        r["people"][0]["roles"] = serde_json::json!([{"text": "Chủ tịch", "organization": null}]);
    });
    // schema_version is 1, and the vocabularies are closed.
    broken("schema_version", &|r| r["schema_version"] = 2.into());
    broken("events[].type", &|r| {
        r["events"][0]["type"] = "party".into()
    });
    broken("dates[].granularity", &|r| {
        r["dates"][0]["granularity"] = "week".into()
    });
    broken("dates[].time_of_day", &|r| {
        r["dates"][0]["time_of_day"] = "morning".into()
    });
    broken("money[].qualifier", &|r| {
        r["money"][0]["qualifier"] = "range".into()
    });
    broken("member_counts[].category", &|r| {
        r["member_counts"][0]["category"] = "members".into()
    });
    broken("organizations[].kind", &|r| {
        r["organizations"][0]["kind"] = "club".into()
    });
    broken("organizations[].admin_level", &|r| {
        r["organizations"][0]["admin_level"] = "province".into()
    });
    broken("source.kind", &|r| r["source"]["kind"] = "ftp".into());
    // New fields may be added: an unknown field is no error.
    let mut extended = record.clone();
    extended["section"] = "Tin tức".into();
    assert!(schema_errors(&validator, &extended).is_empty());
}

fn check_spans(record: &Record) {
    let chars: Vec<char> = record.text.chars().collect();
    let slice = |s: usize, e: usize| -> String {
        assert!(
            s <= e && e <= chars.len(),
            "{}: span {s}..{e} outside text",
            record.id
        );
        chars[s..e].iter().collect()
    };
    for d in &record.dates {
        assert_eq!(slice(d.start, d.end), d.text);
    }
    for m in &record.money {
        assert_eq!(slice(m.start, m.end), m.text);
    }
    for c in &record.member_counts {
        assert_eq!(slice(c.start, c.end), c.text);
    }
    for o in &record.organizations {
        assert_eq!(slice(o.start, o.end), o.text);
    }
    for p in &record.people {
        assert_eq!(slice(p.start, p.end), p.text);
    }
    for e in &record.events {
        assert_eq!(slice(e.start, e.end), e.text);
    }
}

/// Runs extract on `paths`, returning (exit code, stdout lines, stderr).
fn extract(args: &[&str]) -> (i32, Vec<Value>, String) {
    let out = bin()
        .arg("extract")
        .args(args)
        .arg("--quiet")
        .output()
        .unwrap();
    let lines = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("every stdout line is JSON"))
        .collect();
    (
        out.status.code().unwrap_or(-1),
        lines,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn bad_inputs_get_one_error_each_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::copy(
        root().join("corpus/001_2422e51105c7a8e3.txt"),
        d.join("good.txt"),
    )
    .unwrap();
    std::fs::write(d.join("empty.txt"), b"").unwrap();
    std::fs::write(d.join("binary.txt"), [0u8, 159, 146, 150, 0, 1, 2, 3, 0, 0]).unwrap();
    std::fs::write(
        d.join("latin1.txt"),
        b"Ng\xe0y 01/02/2024, LDLD t\xecnh t\xf4 ch\xfac h\xf4i ngh\xec.",
    )
    .unwrap();
    let mut jsonl = std::fs::File::create(d.join("batch.jsonl")).unwrap();
    writeln!(
        jsonl,
        r#"{{"id":"j1","text":"Sáng 17/1/2024, LĐLĐ quận kết nạp 1.199 đoàn viên."}}"#
    )
    .unwrap();
    writeln!(jsonl, r#"{{"id":"j2","text": oops}}"#).unwrap();
    writeln!(jsonl).unwrap(); // blank line: not an input
    writeln!(jsonl, r#"{{"id":"j3"}}"#).unwrap();
    writeln!(
        jsonl,
        r#"{{"id":"j4","text":"Trao 950 suất quà trị giá 500 triệu đồng."}}"#
    )
    .unwrap();
    drop(jsonl);
    // A 9 MB single-line file: too large to be an article.
    std::fs::write(d.join("huge.txt"), vec![b'a'; 9 * 1024 * 1024]).unwrap();
    std::fs::write(d.join("notes.md"), "skipped: not an input type").unwrap();
    let missing = d.join("missing.txt");
    let errors = d.join("errors.jsonl");

    let (code, records, stderr) = extract(&[
        d.to_str().unwrap(),
        missing.to_str().unwrap(),
        "--errors",
        errors.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "{stderr}");
    let ids: Vec<&str> = records.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["j1", "j4", "good", "latin1"], "{stderr}");
    // 4 records; errors: j2, j3, binary, empty, huge, missing = 6.
    assert!(
        stderr.contains("10 inputs, 4 records, 6 errors"),
        "{stderr}"
    );
    assert!(stderr.contains("batch.jsonl:2: malformed JSON"), "{stderr}");
    assert!(
        stderr.contains("batch.jsonl:4: no \"text\" or \"html\" field"),
        "{stderr}"
    );
    assert!(stderr.contains("empty.txt: empty input"), "{stderr}");
    assert!(stderr.contains("binary.txt: binary data"), "{stderr}");
    assert!(stderr.contains("huge.txt: larger than 8 MiB"), "{stderr}");
    assert!(stderr.contains("missing.txt: cannot read"), "{stderr}");
    // Reported once (by the command line), not also by the library.
    assert_eq!(stderr.matches("invalid UTF-8").count(), 1, "{stderr}");
    let latin1 = records.iter().find(|r| r["id"] == "latin1").unwrap();
    assert!(latin1["warnings"][0]
        .as_str()
        .unwrap()
        .starts_with("invalid UTF-8 replaced at byte 2"));
    let error_lines = std::fs::read_to_string(&errors).unwrap();
    assert_eq!(error_lines.lines().count(), 6);
    let mut inputs = Vec::new();
    for line in error_lines.lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        let (input, error) = (v["input"].as_str().unwrap(), v["error"].as_str().unwrap());
        // Every error names its input, and the message starts with it.
        assert!(!input.is_empty() && error.starts_with(input), "{line}");
        inputs.push(input.to_string());
    }
    let path = |name: &str| d.join(name).display().to_string();
    assert_eq!(
        inputs,
        [
            format!("{}:2", path("batch.jsonl")),
            format!("{}:4", path("batch.jsonl")),
            path("binary.txt"),
            path("empty.txt"),
            path("huge.txt"),
            missing.display().to_string(),
        ]
    );
}

#[test]
fn regression_empty_and_binary_jsonl_files_are_one_error_each() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("empty.jsonl"), b"").unwrap();
    std::fs::write(d.join("blank.jsonl"), b"\n  \n\n").unwrap();
    // Binary data with line breaks in it: formerly one error per junk line.
    let mut junk = Vec::new();
    for i in 0..50u8 {
        junk.extend_from_slice(&[0, 1, 2, i, 0xff, 0]);
        junk.push(b'\n');
    }
    std::fs::write(d.join("binary.jsonl"), &junk).unwrap();
    std::fs::write(
        d.join("good.jsonl"),
        "{\"id\":\"g\",\"text\":\"Sáng 17/1, hội nghị.\"}\n",
    )
    .unwrap();
    // The errors file lies in the directory read: it is not an input (nor an empty file).
    let errors = d.join("errors.jsonl");
    let (code, records, stderr) =
        extract(&[d.to_str().unwrap(), "--errors", errors.to_str().unwrap()]);
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(records.len(), 1);
    assert!(stderr.contains("4 inputs, 1 records, 3 errors"), "{stderr}");
    assert!(stderr.contains("binary.jsonl: binary data"), "{stderr}");
    assert!(stderr.contains("empty.jsonl: empty file"), "{stderr}");
    assert!(stderr.contains("blank.jsonl: empty file"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&errors).unwrap().lines().count(), 3);
}

#[test]
fn regression_output_files_inside_an_input_directory_are_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("in.jsonl"),
        "{\"id\":\"g\",\"text\":\"Sáng 17/1, hội nghị.\"}\n",
    )
    .unwrap();
    let out = d.join("records.jsonl");
    for _ in 0..2 {
        let (code, _, stderr) = extract(&[d.to_str().unwrap(), "-o", out.to_str().unwrap()]);
        assert_eq!(code, 0, "{stderr}");
        assert!(stderr.contains("1 inputs, 1 records, 0 errors"), "{stderr}");
    }
    assert_eq!(std::fs::read_to_string(&out).unwrap().lines().count(), 1);
}

#[test]
fn regression_duplicate_ids_are_reported_not_merged_in_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for sub in ["d1", "d2"] {
        std::fs::create_dir(d.join(sub)).unwrap();
        std::fs::copy(
            root().join("corpus/001_2422e51105c7a8e3.txt"),
            d.join(sub).join("a.txt"),
        )
        .unwrap();
    }
    let db = d.join("un.sqlite");
    let errors = d.join("errors.jsonl");
    let (d1, d2) = (d.join("d1"), d.join("d2"));
    let (code, records, stderr) = extract(&[
        d1.to_str().unwrap(),
        d2.to_str().unwrap(),
        "--db",
        db.to_str().unwrap(),
        "--errors",
        errors.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("2 inputs, 1 records, 1 errors"), "{stderr}");
    assert_eq!(records.len(), 1);
    assert_eq!(
        records[0]["source"]["path"],
        d1.join("a.txt").display().to_string()
    );
    let line: Value =
        serde_json::from_str(std::fs::read_to_string(&errors).unwrap().trim()).unwrap();
    let (first, later) = (
        d1.join("a.txt").display().to_string(),
        d2.join("a.txt").display().to_string(),
    );
    assert_eq!(line["input"], later.as_str());
    let error = line["error"].as_str().unwrap();
    assert!(
        error.contains("duplicate id \"a\"") && error.contains(&first) && error.contains(&later),
        "{error}"
    );
    let conn = rusqlite::Connection::open(&db).unwrap();
    let (n, path): (i64, String) = conn
        .query_row("SELECT count(*), max(source_path) FROM articles", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!((n, path), (1, first), "the first input's article is kept");
}

#[test]
fn stdin_with_db_loads_the_lines_extracted_together_and_reports_bad_ones() {
    // `extract - --db` loads the records of the lines extracted together in one transaction:
    // every good line is loaded and written, each bad one gives its error line, in order.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("un.sqlite");
    let text = |name: &str| std::fs::read_to_string(root().join("corpus").join(name)).unwrap();
    let line = |id: &str, name: &str| serde_json::json!({"id": id, "text": text(name)}).to_string();
    let input = [
        line("s1", "000_a6a4ef2cc09a7cba.txt"),
        "{not json".to_string(),
        line("s2", "001_2422e51105c7a8e3.txt"),
        line("s1", "002_4d6429880cf3b8be.txt"),
        line("s3", "002_4d6429880cf3b8be.txt"),
    ]
    .join("\n");
    let mut child = bin()
        .args(["extract", "-", "--quiet", "--db", db.to_str().unwrap()])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("5 inputs, 3 records, 2 errors"), "{stderr}");
    let lines: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ids: Vec<&str> = lines
        .iter()
        .map(|l| l["id"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(ids, ["s1", "", "s2", "s1", "s3"]);
    assert!(lines[1]["error"]
        .as_str()
        .unwrap()
        .contains("malformed JSON"));
    assert!(lines[3]["error"].as_str().unwrap().contains("duplicate id"));
    let conn = rusqlite::Connection::open(&db).unwrap();
    let stored: Vec<String> = conn
        .prepare("SELECT id FROM articles ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(stored, ["s1", "s2", "s3"]);
}

#[test]
fn stdin_with_db_loads_while_extracting_in_order_and_reruns_add_no_rows() {
    // `extract - --db` loads in a thread of its own while the next lines are extracted, and
    // takes the chunks that wait into one transaction: every line is still answered in input
    // order, every record stored once, and a second run over the same lines adds no row.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("un.sqlite");
    let text =
        std::fs::read_to_string(root().join("corpus").join("001_2422e51105c7a8e3.txt")).unwrap();
    let mut input = String::new();
    for i in 0..400 {
        // One body under many ids: all but the first are marked copies, and stored.
        let line = serde_json::json!({"id": format!("p{i}"), "text": text});
        input.push_str(&line.to_string());
        input.push('\n');
        if i == 200 {
            input.push_str("{not json\n");
        }
    }
    let counts = |db: &Path| -> (i64, i64) {
        let conn = rusqlite::Connection::open(db).unwrap();
        conn.query_row(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM organization_mentions)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap()
    };
    let mut stored = None;
    for run in 0..2 {
        let (lines, stderr, code) = run_with_stdin(
            &["extract", "-", "--quiet", "--db", db.to_str().unwrap()],
            &input,
        );
        assert_eq!(code, Some(1), "run {run}: {stderr}");
        assert!(
            stderr.contains("401 inputs, 400 records") && stderr.contains(", 1 errors"),
            "{stderr}"
        );
        let ids: Vec<String> = lines
            .iter()
            .map(|v| v["id"].as_str().map_or("error".to_string(), str::to_string))
            .collect();
        let mut expected: Vec<String> = (0..400).map(|i| format!("p{i}")).collect();
        expected.insert(201, "error".to_string());
        assert_eq!(ids, expected, "run {run}");
        let now = counts(&db);
        assert_eq!(now.0, 400, "run {run}");
        assert!(now.1 > 400, "run {run}: {now:?}");
        assert_eq!(*stored.get_or_insert(now), now, "run {run} added rows");
    }
    // Standard output closed early: the run stops quietly, and says that the database holds
    // the records loaded but not written.
    let db = dir.path().join("closed.sqlite");
    let mut child = bin()
        .args(["extract", "-", "--quiet", "--db", db.to_str().unwrap()])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let bytes = input.into_bytes();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&bytes);
    });
    let mut first = String::new();
    let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    std::io::BufRead::read_line(&mut stdout, &mut first).unwrap();
    assert!(first.contains("\"p0\""), "{first}");
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("standard output closed"), "{stderr}");
    assert!(!stderr.contains("Broken pipe"), "{stderr}");
}

#[test]
fn regression_stdin_read_error_counts_as_an_input() {
    // Reading a directory fails: that is one input and one error, with its output line.
    let dir = tempfile::tempdir().unwrap();
    let out = bin()
        .args(["extract", "-"])
        .stdin(std::fs::File::open(dir.path()).unwrap())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("1 inputs, 0 records, 1 errors"), "{stderr}");
    let line: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(line["line"], 1);
    assert!(line["error"].as_str().unwrap().contains("read failed"));
}

#[test]
fn regression_closed_stdout_stops_quietly() {
    // `extract … | head -1`: no "Broken pipe" error, no usage-error exit status.
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("many.jsonl");
    let mut lines = String::new();
    for i in 0..3000 {
        lines.push_str(&format!(
            "{{\"id\":\"m{i}\",\"text\":\"Sáng 17/1, LĐLĐ quận kết nạp được 1.199 đoàn viên.\"}}\n"
        ));
    }
    std::fs::write(&input, lines).unwrap();
    for args in [vec![input.to_str().unwrap()], vec!["-"]] {
        let mut child = bin()
            .arg("extract")
            .args(&args)
            .arg("--quiet")
            .stdin(if args[0] == "-" {
                Stdio::from(std::fs::File::open(&input).unwrap())
            } else {
                Stdio::null()
            })
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = String::new();
        let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
        std::io::BufRead::read_line(&mut stdout, &mut first).unwrap();
        assert!(first.contains("\"m0\""), "{first}");
        drop(stdout);
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(
            !stderr.contains("error:") && !stderr.contains("Broken pipe"),
            "{args:?}: {stderr}"
        );
        assert!(
            stderr.contains("standard output closed"),
            "{args:?}: {stderr}"
        );
    }
}

#[test]
fn a_clean_run_exits_zero_and_is_deterministic() {
    let (code, first, stderr) = extract(&[root().join("corpus").to_str().unwrap(), "--jobs", "2"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("5 inputs, 5 records, 0 errors"), "{stderr}");
    let (_, second, _) = extract(&[root().join("corpus").to_str().unwrap(), "--jobs", "1"]);
    assert_eq!(
        first, second,
        "same input, same output, whatever the thread count"
    );
    let ids: Vec<&str> = first.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids[0], "000_a6a4ef2cc09a7cba");
    assert_eq!(first[0]["source"]["kind"], "file");
    assert_eq!(
        first[0]["source"]["content_sha256"].as_str().unwrap().len(),
        64
    );
}

#[test]
fn usage_errors_exit_two() {
    let out = bin().args(["extract"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = bin()
        .args(["extract", "--no-such-flag", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn utf16_text_file_is_read_and_utf16_jsonl_refused_by_name() {
    // Windows "Save as Unicode": a seed article as UTF-16LE with a byte-order mark.
    let dir = tempfile::tempdir().unwrap();
    let seed = std::fs::read_to_string("corpus/001_2422e51105c7a8e3.txt").unwrap();
    let utf16 = |text: &str| -> Vec<u8> {
        [0xFF, 0xFE]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect()
    };
    std::fs::write(dir.path().join("001-utf16.txt"), utf16(&seed)).unwrap();
    std::fs::write(
        dir.path().join("lines-utf16.jsonl"),
        utf16("{\"id\":\"a\",\"text\":\"Sáng 17/1, hội nghị.\"}\n"),
    )
    .unwrap();
    let out = bin()
        .args(["extract", "-q"])
        .arg(dir.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let records: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(records.len(), 1, "{stderr}");
    assert_eq!(records[0]["id"], "001-utf16");
    assert!(
        records[0]["member_counts"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["text"] == "1.199 đoàn viên"),
        "{}",
        records[0]
    );
    assert!(
        stderr.contains("UTF-16LE text (byte-order mark): JSONL must be UTF-8"),
        "{stderr}"
    );
    assert!(stderr.contains("2 inputs, 1 records, 1 errors"), "{stderr}");
}

/// Runs `union-news ARGS` with `input` on stdin, written from a thread of its own so that a
/// large input cannot block on a full pipe: the JSON lines of stdout, stderr, the exit code.
fn run_with_stdin(args: &[&str], input: &str) -> (Vec<Value>, String, Option<i32>) {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()).unwrap());
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    let lines = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    (
        lines,
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code(),
    )
}

#[test]
fn stdin_mode_writes_one_line_per_input_line_in_order() {
    let input = concat!(
        r#"{"id":"a","text":"Ngày 01/02/2024, LĐLĐ tỉnh tổ chức hội nghị.","published":"2024-02-01"}"#,
        "\n",
        r#"{"id":"b","text": }"#,
        "\n",
        "\n",
        r#"{"text":"hơn 40 triệu đồng"}"#,
        "\n",
        r#"{"id":"d"}"#,
        "\n",
    );
    let (lines, stderr, code) = run_with_stdin(&["extract", "-"], input);
    assert_eq!(lines.len(), 5, "one output line per input line: {stderr}");
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["source"]["kind"], "stdin");
    assert_eq!(lines[1]["line"], 2);
    assert!(lines[1]["error"]
        .as_str()
        .unwrap()
        .contains("malformed JSON"));
    assert_eq!(lines[2]["line"], 3);
    // No id, no URL: an id from the content, the same in every partition of the stream.
    let hash = union_news::digest::sha256_hex("hơn 40 triệu đồng".as_bytes());
    assert_eq!(lines[3]["id"], format!("sha256:{}", &hash[..16]));
    assert!(lines[3]["money"][0]["amount"].is_u64(), "{}", lines[3]);
    assert_eq!(lines[3]["money"][0]["amount"], 40_000_000);
    assert_eq!(lines[4]["line"], 5);
    assert_eq!(lines[4]["id"], "d");
    assert!(stderr.contains("5 inputs, 2 records, 3 errors"), "{stderr}");
    assert_eq!(code, Some(1));
}

#[test]
fn stdin_mode_keeps_order_when_lines_are_extracted_together() {
    // 1,000 lines in one write: they arrive together and are extracted in parallel chunks;
    // the answers still come one per line, in input order, a repeated id an error at its line.
    let mut input = String::new();
    for n in 0..1000 {
        match n % 7 {
            3 => input.push_str("{not json"),
            5 if n > 5 => input.push_str(&format!(
                r#"{{"id":"s{}","text":"Sáng 17/1, hội nghị."}}"#,
                n - 5
            )),
            _ => input.push_str(&format!(
                r#"{{"id":"s{n}","text":"Ngày {}/1/2024, LĐLĐ tỉnh trao {n} suất quà trị giá {} triệu đồng."}}"#,
                1 + n % 28,
                n + 1
            )),
        }
        input.push('\n');
    }
    let (lines, stderr, _) = run_with_stdin(&["extract", "-", "-j", "2"], &input);
    assert_eq!(lines.len(), 1000);
    for (n, line) in lines.iter().enumerate() {
        match n % 7 {
            3 => assert_eq!(line["line"], n + 1, "{line}"),
            5 if n > 5 => {
                // the id of line n - 5, again: refused, with the line that holds it
                assert_eq!(line["line"], n + 1, "{line}");
                assert_eq!(line["id"], format!("s{}", n - 5));
            }
            _ => {
                assert_eq!(line["id"], format!("s{n}"), "{line}");
                assert_eq!(line["money"][0]["amount"], (n as u64 + 1) * 1_000_000);
            }
        }
    }
    let errors = (0..1000)
        .filter(|n| n % 7 == 3 || (n % 7 == 5 && *n > 5))
        .count();
    assert!(
        stderr.contains(&format!(
            "1000 inputs, {} records, {errors} errors",
            1000 - errors
        )),
        "{stderr}"
    );
}

#[test]
fn stdin_mode_answers_each_line_before_the_next_arrives() {
    // A filter under another engine must not wait for the end of input.
    let mut child = bin()
        .args(["extract", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let mut reader = std::io::BufReader::new(stdout);
    for id in ["x1", "x2"] {
        writeln!(stdin, r#"{{"id":"{id}","text":"Sáng 17/1, hội nghị."}}"#).unwrap();
        stdin.flush().unwrap();
        let mut line = String::new();
        std::io::BufRead::read_line(&mut reader, &mut line).unwrap();
        let v: Value = serde_json::from_str(&line).unwrap();
        assert_eq!(v["id"], id);
    }
    drop(stdin);
    assert!(child.wait().unwrap().success());
}

#[test]
fn plain_input_ids_and_published_flow_through() {
    let mut input = InputArticle::plain("p1", "Sáng 20.12, hội nghị.");
    input.published = Some("2023-12-20T08:00:00+07:00".into());
    let record = article_record(&input);
    assert_eq!(
        record.published.as_deref(),
        Some("2023-12-20T08:00:00+07:00")
    );
    check_spans(&record);
}

fn fuzz_cases() -> u32 {
    std::env::var("UNION_NEWS_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(300)
}

fn vietnamese_soup() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "năm ",
        "2023",
        " ",
        "12/12",
        "1.500.000",
        "60,8",
        " tỷ đồng",
        "triệu",
        "hơn ",
        "gần ",
        "đoàn viên",
        "CĐCS",
        "LĐLĐ tỉnh",
        "Ngày ",
        "tháng ",
        "-",
        "–",
        "/",
        ".",
        ",",
        "\n",
        "\u{a0}",
        "Hoà",
        "nhiệm kỳ ",
        "từ ",
        " đến ",
        "Chiều ",
        "(",
        ")",
        "Công đoàn",
        "hàng ",
        "trăm",
        "ả",
        "\u{0301}",
        "9999999999999999999999",
        "0",
        "Đại hội",
        "Chủ tịch ",
        "Nguyễn Văn A",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

proptest! {
    // UNION_NEWS_FUZZ_CASES=100000 for a long fuzzing run.
    #![proptest_config(ProptestConfig::with_cases(fuzz_cases()))]

    #[test]
    fn extraction_never_panics_and_spans_slice_the_text(text in vietnamese_soup()) {
        let record = article_record(&InputArticle::plain("p", &text));
        check_spans(&record);
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC{0,200}") {
        let record = article_record(&InputArticle::plain("p", &text));
        check_spans(&record);
    }
}

#[test]
fn corpus_is_the_seed_set() {
    let names: Vec<String> = std::fs::read_dir(root().join("corpus"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 5);
    assert!(Path::new(&root().join("corpus/002_4d6429880cf3b8be.txt")).exists());
}

#[test]
fn extract_into_sqlite_twice_leaves_the_same_rows() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("un.sqlite");
    let corpus = root().join("corpus");
    let count = |table: &str| -> i64 {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap()
    };
    let mut counts = Vec::new();
    for _ in 0..2 {
        let (code, records, stderr) =
            extract(&[corpus.to_str().unwrap(), "--db", db.to_str().unwrap()]);
        assert_eq!(code, 0, "{stderr}");
        assert_eq!(records.len(), 5);
        counts.push(
            [
                "articles",
                "dates",
                "money",
                "member_counts",
                "organization_mentions",
                "events",
            ]
            .map(count),
        );
    }
    assert_eq!(counts[0], counts[1], "re-running never duplicates rows");
    assert_eq!(counts[0][0], 5);
    assert!(counts[0][1] > 50, "dates loaded: {:?}", counts[0]);
}
