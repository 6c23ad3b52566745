//! Integration tests of issue 10 (reliability): no input can crash, hang or stall a run, and
//! the command line fails clearly. Each test is named after the failure it guards against.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_union-news"))
}

/// Runs `command` with `stdin` as its input, killing it after `limit` (a hang must fail the
/// test, not stall the suite). A generous limit: this is a hang detector, not a timing test.
fn run(mut command: Command, stdin: &[u8], limit: Duration) -> Output {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut pipe = child.stdin.take().unwrap();
    let input = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let started = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            panic!("{command:?} did not finish within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    let _ = writer.join();
    out
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn json_lines(bytes: &[u8]) -> Vec<Value> {
    text(bytes)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

const LIMIT: Duration = Duration::from_secs(120);

const GOOD: &str = "Hội nghị tổng kết năm 2023\n\nSáng 17/1/2024, Liên đoàn Lao động quận tổ chức hội nghị tổng kết, kết nạp được 1.199 đoàn viên mới trong năm qua.";

#[test]
fn a_panic_on_one_input_becomes_its_error_and_the_other_records_are_written() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for name in ["a", "b", "c"] {
        std::fs::write(d.join(format!("{name}.txt")), GOOD).unwrap();
    }
    let out_file = d.join("out.jsonl");
    let mut command = bin();
    command
        .env("UNION_NEWS_INJECT_PANIC", "b")
        .args(["extract", "--quiet", "-o"])
        .arg(&out_file)
        .arg(d);
    let out = run(command, b"", LIMIT);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("b.txt: internal error while extracting: injected panic for b"),
        "{stderr}"
    );
    assert!(stderr.contains("; please report it"), "{stderr}");
    assert!(
        !stderr.contains("panicked at"),
        "no raw panic message: {stderr}"
    );
    assert!(stderr.contains("3 inputs, 2 records, 1 errors"), "{stderr}");
    let records = json_lines(&std::fs::read(&out_file).unwrap());
    let ids: Vec<&str> = records.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["a", "c"]);
}

#[test]
fn a_panic_on_one_stdin_line_becomes_its_error_line_and_the_stream_goes_on() {
    let input = concat!(
        r#"{"id":"a","text":"Ngày 01/02/2024, LĐLĐ tỉnh tổ chức hội nghị."}"#,
        "\n",
        r#"{"id":"b","text":"Ngày 01/02/2024, LĐLĐ tỉnh tổ chức hội nghị."}"#,
        "\n",
        r#"{"id":"c","text":"Ngày 01/02/2024, LĐLĐ tỉnh tổ chức hội nghị."}"#,
        "\n"
    );
    let mut command = bin();
    command
        .env("UNION_NEWS_INJECT_PANIC", "b")
        .args(["extract", "-"]);
    let out = run(command, input.as_bytes(), LIMIT);
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[1]["id"], "b");
    assert!(lines[1]["error"]
        .as_str()
        .unwrap()
        .contains("internal error while extracting"));
    assert_eq!(lines[2]["id"], "c");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("3 inputs, 2 records, 1 errors"));
}

/// The failure the fuzzer found: "Ngày&nbsp;20/12/2023" in page text (a no-break space after
/// "Ngày" once references are decoded) panicked and lost every record of the run.
#[test]
fn a_dateline_with_a_no_break_space_after_ngay_no_longer_loses_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("a.txt"),
        "Hội nghị tổng kết năm 2023\n\nNgày&nbsp;20/12/2023\n\nSáng 17/1/2024, Liên đoàn Lao động quận tổ chức hội nghị tổng kết, kết nạp được 1.199 đoàn viên mới.",
    )
    .unwrap();
    std::fs::write(
        d.join("b.txt"),
        "Hội nghị tổng kết năm 2023\n\nNgày\u{a0}20/12/2023\n\nNội dung bài.",
    )
    .unwrap();
    std::fs::write(d.join("c.txt"), GOOD).unwrap();
    let mut command = bin();
    command.args(["extract", "--quiet"]).arg(d);
    let out = run(command, b"", LIMIT);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let records = json_lines(&out.stdout);
    assert_eq!(records.len(), 3);
    assert_eq!(records[0]["published"], "2023-12-20");
    assert_eq!(records[1]["published"], "2023-12-20");
}

#[cfg(unix)]
#[test]
fn symlink_loops_in_an_input_directory_end_and_read_each_file_once() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir_all(d.join("a/b")).unwrap();
    std::fs::create_dir_all(d.join("a/c")).unwrap();
    std::fs::write(d.join("top.txt"), GOOD).unwrap();
    std::fs::write(d.join("a/b/inner.txt"), GOOD).unwrap();
    // Two loops back to the top (this hung with memory growing), one to itself (this read
    // the same file 41 times), and a second link to a file.
    symlink("../..", d.join("a/b/up")).unwrap();
    symlink("../..", d.join("a/c/up")).unwrap();
    symlink(".", d.join("self")).unwrap();
    symlink("top.txt", d.join("again.txt")).unwrap();
    let mut command = bin();
    command.args(["extract", "--quiet"]).arg(d);
    let out = run(command, b"", LIMIT);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("2 inputs, 2 records, 0 errors"), "{stderr}");
}

#[test]
fn output_is_nfc_even_with_stacked_combining_marks() {
    let input = "{\"id\":\"a\",\"text\":\"Công đoàn Hoà\u{301} Bình và x\u{200b}\u{301}y.\"}\n";
    let out = run(
        {
            let mut c = bin();
            c.args(["extract", "-"]);
            c
        },
        input.as_bytes(),
        LIMIT,
    );
    let lines = json_lines(&out.stdout);
    let stored = lines[0]["text"].as_str().unwrap();
    use unicode_normalization::UnicodeNormalization;
    assert_eq!(stored, stored.nfc().collect::<String>());
}

#[test]
fn numeric_ids_above_2_pow_53_keep_their_digits() {
    let input = concat!(
        r#"{"id":123456789012345678901234567890,"text":"Ngày 01/02/2024, LĐLĐ tỉnh tổ chức hội nghị."}"#,
        "\n",
        r#"{"id":123456789012345678901234567891,"text":"Ngày 01/02/2024, LĐLĐ tỉnh tổ chức hội nghị."}"#,
        "\n",
        r#"{"id":9007199254740993,"text":"Ngày 01/02/2024, LĐLĐ tỉnh tổ chức hội nghị."}"#,
        "\n",
    );
    let mut command = bin();
    command.args(["extract", "-"]);
    let out = run(command, input.as_bytes(), LIMIT);
    let ids: Vec<String> = json_lines(&out.stdout)
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        ids,
        [
            "123456789012345678901234567890",
            "123456789012345678901234567891",
            "9007199254740993"
        ]
    );
    assert_eq!(out.status.code(), Some(0));
}

#[cfg(unix)]
#[test]
fn control_characters_from_inputs_never_reach_stderr_raw() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("evil\u{1b}[2J\u{7}.txt"), b"").unwrap();
    let input = "{\"id\":\"x\u{1b}]0;owned\u{7}\",\"text\":\"\"}\n";
    let mut command = bin();
    command.args(["extract", "--quiet"]).arg(d);
    let out = run(command, b"", LIMIT);
    let stderr = text(&out.stderr);
    assert!(
        !stderr.contains('\u{1b}') && !stderr.contains('\u{7}'),
        "{stderr:?}"
    );
    assert!(
        stderr.contains("evil\\u{1b}[2J\\u{7}.txt: empty input"),
        "{stderr}"
    );
    let mut command = bin();
    command.args(["extract", "-"]);
    let out = run(command, input.as_bytes(), LIMIT);
    let stderr = text(&out.stderr);
    assert!(!stderr.contains('\u{1b}'), "{stderr:?}");
}

#[test]
fn dash_o_dash_writes_standard_output_not_a_file_named_dash() {
    let dir = tempfile::tempdir().unwrap();
    let mut command = bin();
    command
        .current_dir(dir.path())
        .args(["extract", "--quiet", "-o", "-"])
        .arg(root().join("corpus/001_2422e51105c7a8e3.txt"));
    let out = run(command, b"", LIMIT);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(json_lines(&out.stdout).len(), 1);
    assert!(!dir.path().join("-").exists());
}

#[test]
fn a_database_that_cannot_be_opened_leaves_the_earlier_output_file_alone() {
    let dir = tempfile::tempdir().unwrap();
    let previous = dir.path().join("records.jsonl");
    std::fs::write(&previous, "earlier run\n").unwrap();
    let mut command = bin();
    command
        .args(["extract", "--quiet", "-o"])
        .arg(&previous)
        .arg("--db")
        .arg(dir.path().join("no/such/dir/x.sqlite"))
        .arg(root().join("corpus"));
    let out = run(command, b"", LIMIT);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("no directory"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&previous).unwrap(), "earlier run\n");
}

#[test]
fn a_directory_with_nothing_readable_says_so_and_exits_one() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes.md"), "x").unwrap();
    std::fs::write(dir.path().join(".hidden.txt"), GOOD).unwrap();
    let mut command = bin();
    command.args(["extract", "--quiet"]).arg(dir.path());
    let out = run(command, b"", LIMIT);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("no inputs found in"), "{stderr}");
    assert!(stderr.contains(".txt, .html"), "{stderr}");
}

#[test]
fn unknown_database_schemes_are_refused_and_create_no_file() {
    for target in ["mysql://u@h/db", "postgres//127.0.0.1/test", "postgres"] {
        let dir = tempfile::tempdir().unwrap();
        let mut command = bin();
        command
            .current_dir(dir.path())
            .args(["extract", "--quiet", "--db", target])
            .arg(root().join("corpus/001_2422e51105c7a8e3.txt"));
        let out = run(command, b"", LIMIT);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{target}: {stderr}");
        assert!(stderr.contains("sqlite://PATH"), "{target}: {stderr}");
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert!(left.is_empty(), "{target}: created {left:?}");
    }
}

#[test]
fn report_on_a_missing_sqlite_file_says_it_does_not_exist() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.sqlite");
    let mut command = bin();
    command.args(["report", "--db"]).arg(&missing);
    let out = run(command, b"", LIMIT);
    let stderr = text(&out.stderr);
    assert_ne!(out.status.code(), Some(0));
    assert!(stderr.contains("no such database file"), "{stderr}");
    assert!(!Path::new(&missing).exists(), "report must not create it");
}

/// PostgreSQL refuses NUL in text: a record holding one was lost there (and so not written to
/// the JSONL either) while SQLite kept it. NUL in fields taken from the input as they are is
/// replaced, with a warning; an id with NUL is refused (an id is never changed).
#[test]
fn nul_characters_from_inputs_never_reach_a_record() {
    use union_news::input::parse_jsonl_line;
    use union_news::record::article_record;
    use union_news::record::SourceKind;
    let lines = [
        r#"{"id":"p1","text":"Ngày 01/02/2024, LĐLĐ tỉnh họp.","published":"2024\u0000-01","title":"a\u0000b"}"#,
        r#"{"id":"p2","html":"<html><head><title>a\u0000b</title><link rel=\"canonical\" href=\"http://a.b/\u0000c\"></head><body><p>Ngày 01/02/2024, LĐLĐ tỉnh tổ chức hội nghị \u0000 lớn.</p></body></html>","url":"http://a.b/\u0000x"}"#,
        r#"{"id":"p3","text":"Ngày 01/02/2024, LĐLĐ tỉnh họp.","url":"ht\u0000tp://x"}"#,
    ];
    for (n, line) in lines.iter().enumerate() {
        let input = parse_jsonl_line("t", SourceKind::File, None, n + 1, line.as_bytes()).unwrap();
        let record = article_record(&input);
        let json = serde_json::to_string(&record).unwrap();
        assert!(!json.contains("\\u0000"), "{json}");
    }
    for line in [
        r#"{"id":"a\u0000b","text":"Ngày 01/02/2024, LĐLĐ tỉnh họp."}"#,
        r#"{"text":"Ngày 01/02/2024, LĐLĐ tỉnh họp.","url":"ht\u0000tp://x"}"#,
    ] {
        let err = parse_jsonl_line("t", SourceKind::File, None, 1, line.as_bytes()).unwrap_err();
        assert!(err.to_string().contains("NUL"), "{err}");
    }
}

/// `load` read a line whole, however long: a file without line breaks could exhaust memory.
/// A line over 64 MiB is now one error, skipped without being held, and the load goes on.
#[test]
fn a_record_line_over_64_mib_is_refused_and_the_load_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let mut command = bin();
    command
        .args(["extract", "--quiet"])
        .arg(root().join("corpus/001_2422e51105c7a8e3.txt"));
    let record = run(command, b"", LIMIT).stdout;
    let records = d.join("records.jsonl");
    let mut file = std::fs::File::create(&records).unwrap();
    file.write_all(&record).unwrap();
    let chunk = vec![b'x'; 1 << 20];
    for _ in 0..65 {
        file.write_all(&chunk).unwrap();
    }
    file.write_all(b"\n").unwrap();
    file.write_all(&record).unwrap();
    drop(file);
    let mut command = bin();
    command
        .arg("load")
        .arg(&records)
        .arg("--db")
        .arg(d.join("x.sqlite"));
    let out = run(command, b"", LIMIT);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(
            "records.jsonl:2: line of 68157441 bytes is larger than 64 MiB: not a record"
        ),
        "{stderr}"
    );
    // The two good lines are the same record: loaded, then loaded again over itself.
    assert!(stderr.contains("3 inputs, 2 records, 1 errors"), "{stderr}");
    assert!(stderr.contains("1 new, 1 replaced"), "{stderr}");
}

/// A named pipe called `x.txt` in an input directory hung the run (opening a pipe waits for a
/// writer). Special files found in a directory are reported and not read.
#[cfg(unix)]
#[test]
fn a_named_pipe_in_an_input_directory_is_reported_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("good.txt"), GOOD).unwrap();
    let made = Command::new("mkfifo").arg(d.join("x.txt")).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("mkfifo is not available: skipped");
        return;
    }
    let mut command = bin();
    command.args(["extract", "--quiet"]).arg(d);
    let out = run(command, b"", LIMIT);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("x.txt: not a regular file (a named pipe, socket or device); not read"),
        "{stderr}"
    );
    assert!(stderr.contains("2 inputs, 1 records, 1 errors"), "{stderr}");
}

/// `report … | head` and `eval --details … | head` panicked ("failed printing to stdout:
/// Broken pipe", exit 101 with a backtrace): output to a closed pipe now ends quietly.
#[test]
fn eval_and_report_end_quietly_when_their_reader_goes_away() {
    use std::io::Read;
    let dir = tempfile::tempdir().unwrap();
    // Output well over a pipe's buffer (64 KiB), so that writing must meet the closed pipe.
    let gold = dir.path().join("gold.jsonl");
    let lines = std::fs::read_to_string(root().join("fixtures/gold/real-dev.jsonl")).unwrap();
    let mut big = String::new();
    for copy in 0..4 {
        for line in lines.lines() {
            let mut value: Value = serde_json::from_str(line).unwrap();
            value["id"] = format!("{}-{copy}", value["id"].as_str().unwrap()).into();
            big.push_str(&value.to_string());
            big.push('\n');
        }
    }
    std::fs::write(&gold, big).unwrap();
    let mut child = bin()
        .args(["eval", "--details", "--gold"])
        .arg(&gold)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 1];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    // The read end is dropped here: the rest of the output meets a closed pipe.
    let out = child.wait_with_output().unwrap();
    let stderr = text(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_ne!(out.status.code(), Some(101), "{stderr}");
}

/// `extract a.jsonl b.jsonl -o a.jsonl` overwrote an input before reading it (a hard link
/// did too), and `-o X --errors X` interleaved two writers in one file: both are refused.
#[test]
fn an_output_file_that_is_also_an_input_is_refused_before_anything_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let line = "{\"id\":\"a\",\"text\":\"Ngày 01/02/2024, LĐLĐ tỉnh họp.\"}\n";
    std::fs::write(d.join("a.jsonl"), line).unwrap();
    std::fs::write(d.join("b.jsonl"), line.replace("\"a\"", "\"b\"")).unwrap();
    let mut cases: Vec<Vec<PathBuf>> = vec![
        vec![
            d.join("a.jsonl"),
            d.join("b.jsonl"),
            "-o".into(),
            d.join("a.jsonl"),
        ],
        vec![
            d.join("b.jsonl"),
            "--errors".into(),
            d.join("a.jsonl"),
            d.join("a.jsonl"),
        ],
        vec![
            d.join("b.jsonl"),
            "-o".into(),
            d.join("x.jsonl"),
            "--errors".into(),
            d.join("x.jsonl"),
        ],
    ];
    #[cfg(unix)]
    {
        std::fs::hard_link(d.join("a.jsonl"), d.join("link.jsonl")).unwrap();
        cases.push(vec![d.join("a.jsonl"), "-o".into(), d.join("link.jsonl")]);
    }
    for args in cases {
        let mut command = bin();
        command.args(["extract", "--quiet"]).args(&args);
        let out = run(command, b"", LIMIT);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert_eq!(
            std::fs::read_to_string(d.join("a.jsonl")).unwrap(),
            line,
            "{args:?}"
        );
    }
}

#[test]
fn report_html_onto_its_own_database_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.sqlite");
    let mut command = bin();
    command
        .args(["extract", "--quiet", "-o", "-", "--db"])
        .arg(&db)
        .arg(root().join("corpus/001_2422e51105c7a8e3.txt"));
    assert_eq!(run(command, b"", LIMIT).status.code(), Some(0));
    let before = std::fs::read(&db).unwrap();
    let mut command = bin();
    command
        .args(["report", "--db"])
        .arg(&db)
        .arg("--html")
        .arg(&db);
    let out = run(command, b"", LIMIT);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("is the database itself"));
    assert_eq!(std::fs::read(&db).unwrap(), before);
}

/// A crawl sidecar was read whole whatever it was: a link to /dev/zero grew memory without
/// bound, a named pipe blocked. Only a regular file of at most 1 MiB is read.
#[cfg(unix)]
#[test]
fn a_sidecar_that_is_a_device_or_too_large_is_ignored_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let page = "<html><head><title>Hội nghị</title></head><body><p>Ngày 01/02/2024, Liên đoàn Lao động tỉnh tổ chức hội nghị tổng kết năm với nhiều đại biểu tham dự.</p></body></html>";
    std::fs::write(d.join("a.html"), page).unwrap();
    std::fs::write(d.join("b.html"), page).unwrap();
    std::os::unix::fs::symlink("/dev/zero", d.join("a.html.meta.json")).unwrap();
    std::fs::write(d.join("b.html.meta.json"), vec![b' '; (1 << 20) + 1]).unwrap();
    let mut command = bin();
    command.args(["extract", "--quiet"]).arg(d);
    let out = run(command, b"", LIMIT);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("a.html.meta.json cannot be read (not a regular file); ignored"),
        "{stderr}"
    );
    assert!(
        stderr.contains("more than a sidecar's 1024 KiB"),
        "{stderr}"
    );
}

/// An id of 20,000 letters loaded into SQLite and failed in PostgreSQL (an index row holds at
/// most about 2.7 KB): ids over 1,024 bytes are refused for every sink alike.
#[test]
fn an_id_too_long_for_a_database_key_is_refused() {
    let long = "x".repeat(1025);
    let input = format!(
        "{{\"id\":\"{long}\",\"text\":\"Ngày 01/02/2024, LĐLĐ tỉnh họp.\"}}\n{{\"id\":\"{}\",\"text\":\"Ngày 01/02/2024, LĐLĐ tỉnh họp.\"}}\n",
        "y".repeat(1024)
    );
    let mut command = bin();
    command.args(["extract", "-"]);
    let out = run(command, input.as_bytes(), LIMIT);
    let lines = json_lines(&out.stdout);
    assert!(lines[0]["error"]
        .as_str()
        .unwrap()
        .contains("more than the 1024"));
    assert_eq!(lines[1]["id"].as_str().unwrap().len(), 1024);
}

/// Files named "\xff.txt" and "\xfe.txt" both got the id "\u{fffd}", and the second was
/// reported as a duplicate of itself.
#[cfg(unix)]
#[test]
fn file_names_that_are_not_utf8_get_distinct_ids() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for name in [&b"\xff.txt"[..], &b"\xfe.txt"[..]] {
        std::fs::write(d.join(std::ffi::OsStr::from_bytes(name)), GOOD).unwrap();
    }
    let mut command = bin();
    command.args(["extract", "--quiet"]).arg(d);
    let out = run(command, b"", LIMIT);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let ids: Vec<String> = json_lines(&out.stdout)
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["%FE", "%FF"]);
}

/// `-j 20000` spent minutes starting threads: more than 256 is taken as 256, with a note.
#[test]
fn an_absurd_number_of_jobs_is_capped() {
    let mut command = bin();
    command
        .args(["extract", "--quiet", "-j", "20000"])
        .arg(root().join("corpus/001_2422e51105c7a8e3.txt"));
    let out = run(command, b"", LIMIT);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("using 256 worker threads"), "{stderr}");
}

/// Two runs started together on a new SQLite file: one failed at open with "database is
/// locked" (switching to WAL does not wait on the busy handler). The switch is retried.
#[test]
fn runs_opening_a_new_sqlite_file_at_the_same_time_all_succeed() {
    for round in 0..3 {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("new.sqlite");
        let children: Vec<_> = (0..4)
            .map(|i| {
                bin()
                    .args(["extract", "--quiet", "-o"])
                    .arg(dir.path().join(format!("o{i}.jsonl")))
                    .arg("--db")
                    .arg(&db)
                    .arg(root().join("corpus/001_2422e51105c7a8e3.txt"))
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().unwrap();
            assert_eq!(
                out.status.code(),
                Some(0),
                "round {round}: {}",
                text(&out.stderr)
            );
        }
    }
}

/// `extract … --db X | head -1` said "stopped after 1 inputs" while the database held the
/// whole batch in progress: the summary now accounts for what the database took.
#[test]
fn a_closed_output_with_a_database_says_what_the_database_holds() {
    use std::io::{BufRead, BufReader};
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("in");
    std::fs::create_dir(&d).unwrap();
    for i in 0..300 {
        std::fs::write(d.join(format!("a{i:03}.txt")), GOOD).unwrap();
    }
    let db = dir.path().join("h.sqlite");
    let mut child = bin()
        .args(["extract", "--quiet", "--db"])
        .arg(&db)
        .arg(&d)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = text(&out.stderr);
    let number_after = |prefix: &str| -> usize {
        stderr
            .split(prefix)
            .nth(1)
            .and_then(|rest| rest.split_whitespace().next())
            .map_or(0, |n| n.parse().unwrap())
    };
    let written = number_after("stopped after ");
    let unwritten = number_after("the database also holds the ");
    let conn = rusqlite::Connection::open(&db).unwrap();
    let stored: usize = conn
        .query_row("SELECT COUNT(*) FROM articles", [], |r| r.get::<_, i64>(0))
        .unwrap()
        .try_into()
        .unwrap();
    assert_eq!(written + unwritten, stored, "{stderr}");
}
