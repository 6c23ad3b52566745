use std::collections::BTreeSet;
use std::path::Path;

use super::*;

#[test]
fn every_table_keeps_the_data_rules_and_parses() {
    for entry in TABLES {
        let rows = entry.check().unwrap_or_else(|err| panic!("{err}"));
        assert!(rows > 0, "{}", entry.table.name);
    }
}

#[test]
fn every_rule_file_is_registered_once() {
    fn walk(dir: &Path, src: &Path, found: &mut BTreeSet<String>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, src, found);
            } else if path.extension().is_some_and(|e| e == "tsv") {
                if let Ok(relative) = path.strip_prefix(src) {
                    found.insert(relative.to_string_lossy().replace('\\', "/"));
                }
            }
        }
    }
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = BTreeSet::new();
    walk(&src, &src, &mut files);
    let registered: Vec<&str> = TABLES.iter().map(|e| e.table.name).collect();
    let unique: BTreeSet<String> = registered.iter().map(|n| n.to_string()).collect();
    assert_eq!(unique.len(), registered.len(), "a table registered twice");
    assert_eq!(files, unique, "every *.tsv under src/ is in rules::TABLES");
}

const COLUMNS: &[&str] = &["word", "kind"];

cell_enum! {
    /// A test enum.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum Kind {
        /// One.
        Head = "head",
        /// Two.
        Stop = "stop",
    }
}

#[derive(Debug, PartialEq)]
struct Word {
    word: &'static str,
    kind: Kind,
}

impl Row for Word {
    fn from_line(line: &Line<'_>) -> Result<Self, RuleError> {
        Ok(Word {
            word: line.get("word")?,
            kind: line.get("kind")?,
        })
    }
}

/// A leaked table over `text` with the test columns, keyed by `word`.
fn table(text: &str) -> &'static Table {
    let text: &'static str = Box::leak(text.to_string().into_boxed_str());
    Box::leak(Box::new(Table::new("t.tsv", text, COLUMNS, &["word"])))
}

#[test]
fn rows_load_typed_with_comments_anywhere() {
    let t = table("# words\nword\tkind\n# more\nban\thead\n\ncủa\tstop\n");
    let rows: Vec<Word> = t.load().unwrap_or_default();
    assert_eq!(
        rows,
        [
            Word {
                word: "ban",
                kind: Kind::Head
            },
            Word {
                word: "của",
                kind: Kind::Stop
            }
        ]
    );
    assert_eq!(t.lines().map(|l| l[1].number()), Ok(6));
    assert_eq!(t.lint(), Ok(()));
    assert_eq!(Kind::Stop.as_str(), "stop");
    assert_eq!(Kind::ALL.len(), 2);
}

#[test]
fn a_misspelt_enum_value_is_a_load_error_naming_line_and_column() {
    let err = table("# words\nword\tkind\nban\thead\ncủa\tstpo\n").load::<Word>();
    assert_eq!(
        err,
        Err(RuleError::Cell {
            table: "t.tsv",
            line: 4,
            column: "kind",
            value: "stpo".to_string(),
            reason: "unknown value; expected one of head, stop".to_string(),
        })
    );
    let message = err.err().map(|e| e.to_string()).unwrap_or_default();
    assert_eq!(
        message,
        "t.tsv line 4, column kind: \"stpo\": unknown value; expected one of head, stop"
    );
}

#[test]
fn a_wrong_cell_count_is_a_load_error() {
    assert_eq!(
        table("# words\nword\tkind\nban\thead\tx\n").load::<Word>(),
        Err(RuleError::Columns {
            table: "t.tsv",
            line: 3,
            found: 3,
            expected: 2
        })
    );
    assert_eq!(
        table("# words\nword\tkind\nban\n").lint(),
        Err(RuleError::Columns {
            table: "t.tsv",
            line: 3,
            found: 1,
            expected: 2
        })
    );
}

#[test]
fn a_missing_or_other_header_is_a_load_error() {
    assert_eq!(
        table("# words\n").load::<Word>(),
        Err(RuleError::NoHeader { table: "t.tsv" })
    );
    assert!(matches!(
        table("# words\nkind\tword\nhead\tban\n").load::<Word>(),
        Err(RuleError::Header { line: 2, .. })
    ));
}

#[test]
fn unsorted_rows_fail_the_lint() {
    assert_eq!(
        table("# words\nword\tkind\ncủa\tstop\nban\thead\n").lint(),
        Err(RuleError::Unsorted {
            table: "t.tsv",
            line: 4,
            key: "ban".to_string(),
            columns: "word".to_string(),
        })
    );
}

#[test]
fn a_duplicate_key_fails_the_lint() {
    assert_eq!(
        table("# words\nword\tkind\nban\thead\nban\tstop\n").lint(),
        Err(RuleError::Duplicate {
            table: "t.tsv",
            line: 4,
            key: "ban".to_string()
        })
    );
}

#[test]
fn non_nfc_text_fails_the_lint() {
    // "của" with a combining hook above: NFD.
    assert_eq!(
        table("# words\nword\tkind\ncu\u{309}a\tstop\n").lint(),
        Err(RuleError::NotNfc {
            table: "t.tsv",
            line: 3
        })
    );
}

#[test]
fn empty_or_padded_cells_fail_the_lint() {
    for row in ["ban\t", "ban \thead", "ban\t head"] {
        assert!(
            matches!(
                table(&format!("# words\nword\tkind\n{row}\n")).lint(),
                Err(RuleError::Blank { line: 3, .. })
            ),
            "{row:?}"
        );
    }
}

#[test]
fn a_table_without_comment_or_rows_fails_the_lint() {
    assert_eq!(
        table("word\tkind\nban\thead\n").lint(),
        Err(RuleError::Undocumented { table: "t.tsv" })
    );
    assert_eq!(
        table("# words\nword\tkind\n").lint(),
        Err(RuleError::NoRows { table: "t.tsv" })
    );
}

#[test]
fn an_undeclared_column_is_an_error() {
    static ODD: Table = Table::new("odd.tsv", "# odd\nword\nban\n", &["word"], &["kind"]);
    assert_eq!(
        ODD.lint(),
        Err(RuleError::NoColumn {
            table: "odd.tsv",
            column: "kind".to_string()
        })
    );
}

#[test]
fn cells_parse_as_their_types() {
    use chrono::NaiveDate;
    assert_eq!(Option::<u8>::from_cell("-"), Ok(None));
    assert_eq!(Option::<u8>::from_cell("05"), Ok(Some(5)));
    assert!(u8::from_cell("x").is_err());
    assert_eq!(bool::from_cell("yes"), Ok(true));
    assert!(bool::from_cell("true").is_err());
    assert_eq!(
        NaiveDate::from_cell("2025-07-01"),
        Ok(NaiveDate::from_ymd_opt(2025, 7, 1).unwrap_or_default())
    );
    assert!(NaiveDate::from_cell("2025-13-01").is_err());
    assert_eq!(
        List::<Kind>::from_cell("head,stop"),
        Ok(List(vec![Kind::Head, Kind::Stop]))
    );
    assert_eq!(
        List::<&str, '|'>::from_cell("TP.HCM|Sài Gòn"),
        Ok(List(vec!["TP.HCM", "Sài Gòn"]))
    );
    assert!(List::<Kind>::from_cell("head,cue").is_err());
}
