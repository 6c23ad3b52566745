//! Page text in JSONL (issue 14, item 4): a line whose `text` is a page's text (menus,
//! related news, dateline) gives the same article as the `.txt` file it was saved as, from a
//! JSONL file and through stdin; a line's `"format"` overrides the detection.

use serde_json::Value;

use super::{extract, root, run_with_stdin};

/// The seed files of `corpus/`, by name, and a JSONL of them: one line `{id, text}` each.
fn seeds_as_jsonl() -> (Vec<String>, String) {
    let mut names: Vec<String> = std::fs::read_dir(root().join("corpus"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    let mut jsonl = String::new();
    for name in &names {
        let text = std::fs::read_to_string(root().join("corpus").join(name)).unwrap();
        let line = serde_json::json!({"id": name.trim_end_matches(".txt"), "text": text});
        jsonl.push_str(&line.to_string());
        jsonl.push('\n');
    }
    (names, jsonl)
}

/// The fields of a record that say what the article is (all but its id and source).
fn article_fields(record: &Value) -> Value {
    let mut fields = record.clone();
    let object = fields.as_object_mut().unwrap();
    object.remove("id");
    object.remove("source");
    fields
}

#[test]
fn seeds_sent_as_jsonl_give_the_records_of_their_txt_files() {
    let (names, jsonl) = seeds_as_jsonl();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("seeds.jsonl");
    std::fs::write(&file, &jsonl).unwrap();
    let corpus = root().join("corpus");
    let (code, from_txt, stderr) = extract(&[corpus.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(from_txt.len(), names.len());
    let (code, from_file, stderr) = extract(&[file.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    let (from_stdin, stderr, code) = run_with_stdin(&["extract", "-"], &jsonl);
    assert_eq!(code, Some(0), "{stderr}");
    for (path, records) in [("file", &from_file), ("stdin", &from_stdin)] {
        assert_eq!(records.len(), names.len(), "{path}");
        for (txt, line) in from_txt.iter().zip(records) {
            assert_eq!(line["id"], txt["id"], "{path}");
            assert_eq!(
                article_fields(line),
                article_fields(txt),
                "{path}: {}",
                txt["id"]
            );
        }
    }
    // Seed 002: its related-news half is not read (47 dates before, 22 now).
    let seed_002 = &from_stdin[2];
    assert_eq!(seed_002["id"], "002_4d6429880cf3b8be");
    assert_eq!(seed_002["dates"].as_array().unwrap().len(), 22);
    assert!(!seed_002["text"]
        .as_str()
        .unwrap()
        .contains("Thường Tín được tập huấn"));
}

#[test]
fn a_lines_format_overrides_the_detection_both_ways() {
    let page = std::fs::read_to_string(root().join("corpus/002_4d6429880cf3b8be.txt")).unwrap();
    let body = "Sáng 17/1, Liên đoàn Lao động quận tổ chức hội nghị tổng kết năm 2023.\n\n\
        Xem thêm\n\nNgày 20/1, LĐLĐ quận trao 950 suất quà cho đoàn viên.";
    let lines = [
        serde_json::json!({"id": "page-detected", "text": page}),
        serde_json::json!({"id": "page-as-article", "text": page, "format": "article"}),
        serde_json::json!({"id": "body-detected", "text": body}),
        serde_json::json!({"id": "body-as-article", "text": body, "format": "article"}),
        serde_json::json!({"id": "body-as-page", "text": body, "format": "page"}),
    ];
    let jsonl: String = lines.iter().map(|l| format!("{l}\n")).collect();
    let (records, stderr, code) = run_with_stdin(&["extract", "-"], &jsonl);
    assert_eq!(code, Some(0), "{stderr}");
    let dates = |i: usize| records[i]["dates"].as_array().unwrap().len();
    let text = |i: usize| records[i]["text"].as_str().unwrap();
    // The page read as an article body keeps its related news, as every JSONL line did.
    assert_eq!(dates(0), 22);
    assert_eq!(dates(1), 47);
    assert!(text(1).starts_with("--> -->"), "{}", text(1));
    // A body with one line of furniture: read as a page (cut at "Xem thêm"), with a warning.
    assert!(!text(2).contains("950 suất quà"), "{}", text(2));
    let warnings = records[2]["warnings"].as_array().unwrap();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0]
            .as_str()
            .unwrap()
            .contains("one line of page furniture alone (line 3: \"Xem thêm\")"),
        "{warnings:?}"
    );
    // Said to be an article, it stays whole and there is nothing to warn of.
    assert!(text(3).contains("950 suất quà"), "{}", text(3));
    assert_eq!(records[3]["warnings"], serde_json::json!([]));
    // Said to be a page, no warning either: the line decided.
    assert_eq!(text(4), text(2));
    assert_eq!(records[4]["warnings"], serde_json::json!([]));
}

#[test]
fn an_unknown_format_is_one_error_line_and_the_run_goes_on() {
    let jsonl = concat!(
        r#"{"id":"a","text":"Sáng 17/1, hội nghị.","format":"Page"}"#,
        "\n",
        r#"{"id":"b","text":"Sáng 17/1, hội nghị.","format":"article"}"#,
        "\n",
    );
    let (lines, stderr, code) = run_with_stdin(&["extract", "-"], jsonl);
    assert_eq!(lines.len(), 2, "{stderr}");
    assert_eq!(lines[0]["line"], 1);
    assert_eq!(
        lines[0]["error"],
        r#"stdin:1: unknown "format" "Page": expected "article" or "page""#
    );
    assert_eq!(lines[1]["id"], "b");
    assert_eq!(code, Some(1));
    // From a file: one error on stderr naming the line, the other line's record written.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("in.jsonl");
    std::fs::write(&file, jsonl).unwrap();
    let (code, records, stderr) = extract(&[file.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert_eq!(records.len(), 1);
    assert_eq!(records[0]["id"], "b");
    let errors: Vec<&str> = stderr.lines().filter(|l| l.contains("format")).collect();
    assert_eq!(errors.len(), 1, "{stderr}");
    assert!(
        errors[0].contains("in.jsonl:1: unknown \"format\" \"Page\""),
        "{stderr}"
    );
}
