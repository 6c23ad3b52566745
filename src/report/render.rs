//! Text tables, CSV and JSON.

use std::fmt::Write;

use super::{Table, Value};
use crate::printable::{csv_text_cell, for_terminal, for_terminal_lines};

/// A cell for people: years as they are, other integers (and integral floats) with `,`
/// thousands separators, other floats with two decimals.
pub(crate) fn human_cell(column: &str, value: &Value) -> String {
    if column == "year" || column.ends_with("_year") {
        plain(value)
    } else {
        human(value)
    }
}

/// A number for people: integers (and integral floats) with `,` thousands separators,
/// other floats with two decimals.
pub(crate) fn human(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::Int(i) => group(&i.to_string()),
        Value::Float(f) if f.fract() == 0.0 && f.abs() < 1e18 => group(&format!("{f:.0}")),
        Value::Float(f) => {
            let s = format!("{f:.2}");
            match s.split_once('.') {
                Some((int, frac)) => format!("{}.{frac}", group(int)),
                None => s,
            }
        }
        Value::Text(s) => s.clone(),
    }
}

/// A number as machines read it: integral floats without a fraction.
fn plain(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) if f.fract() == 0.0 && f.abs() < 1e18 => format!("{f:.0}"),
        Value::Float(f) => f.to_string(),
        Value::Text(s) => s.clone(),
    }
}

fn group(digits: &str) -> String {
    let (sign, digits) = match digits.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", digits),
    };
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    out.push_str(sign);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Aligned text tables, each under its title; numbers right-aligned.
pub fn text(tables: &[Table]) -> String {
    let mut out = String::new();
    for (n, table) in tables.iter().enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let _ = writeln!(out, "{}", table.title);
        let cells: Vec<Vec<String>> = table
            .rows
            .iter()
            .map(|row| {
                row.iter()
                    .zip(&table.columns)
                    // Cells hold text from articles: no control character reaches the
                    // terminal (and a line break would break the table).
                    .map(|(v, c)| for_terminal(&human_cell(c, v)).into_owned())
                    .collect()
            })
            .collect();
        let mut widths: Vec<usize> = table.columns.iter().map(|c| c.chars().count()).collect();
        for row in &cells {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(cell.chars().count());
            }
        }
        let numeric: Vec<bool> = (0..table.columns.len())
            .map(|i| {
                table
                    .rows
                    .iter()
                    .any(|r| matches!(r.get(i), Some(Value::Int(_) | Value::Float(_))))
            })
            .collect();
        let line = |out: &mut String, row: &[String]| {
            let mut first = true;
            for ((cell, w), right) in row.iter().zip(&widths).zip(&numeric) {
                if !first {
                    out.push_str("  ");
                }
                first = false;
                let pad = w.saturating_sub(cell.chars().count());
                if *right {
                    out.extend(std::iter::repeat_n(' ', pad));
                    out.push_str(cell);
                } else {
                    out.push_str(cell);
                    out.extend(std::iter::repeat_n(' ', pad));
                }
            }
            let trimmed = out.trim_end_matches(' ').len();
            out.truncate(trimmed);
            out.push('\n');
        };
        line(&mut out, &table.columns);
        let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
        line(&mut out, &rule);
        for row in &cells {
            line(&mut out, row);
        }
        if cells.is_empty() {
            out.push_str("(no rows)\n");
        }
        for note in &table.notes {
            let _ = writeln!(out, "note: {}", for_terminal(note));
        }
    }
    out
}

fn csv_field(out: &mut String, field: &str) {
    if field.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}

/// A CSV field for a value: text cells that a spreadsheet would run as a formula are
/// neutralized ([`csv_text_cell`]); numbers as machines read them.
fn csv_value(value: &Value) -> String {
    match value {
        // A CSV is as often read on a terminal as in a spreadsheet: control characters
        // (ESC sequences) are written as visible escapes, line breaks kept (quoted).
        Value::Text(s) => csv_text_cell(&for_terminal_lines(s)).into_owned(),
        other => plain(other),
    }
}

/// CSV (RFC 4180) of one table: a header line with the column names, then one line per row;
/// numbers as machines read them (no thousands separators), NULL as an empty field, and a
/// text cell beginning with `=`, `+`, `-`, `@`, a tab or a carriage return prefixed with `'`
/// so that a spreadsheet shows it instead of running it (formula injection).
pub fn csv(table: &Table) -> String {
    let mut out = String::new();
    let mut row_out = |values: &mut dyn Iterator<Item = String>| {
        for (i, v) in values.enumerate() {
            if i > 0 {
                out.push(',');
            }
            csv_field(&mut out, &v);
        }
        out.push_str("\r\n");
    };
    row_out(&mut table.columns.iter().cloned());
    for row in &table.rows {
        row_out(&mut row.iter().map(csv_value));
    }
    out
}

fn json_value(value: &Value) -> serde_json::Value {
    match value {
        Value::Null => serde_json::Value::Null,
        Value::Int(i) => (*i).into(),
        Value::Float(f) if f.fract() == 0.0 && f.abs() < 9e15 => (*f as i64).into(),
        Value::Float(f) => serde_json::Number::from_f64(*f)
            .map(serde_json::Value::Number)
            .unwrap_or(serde_json::Value::Null),
        Value::Text(s) => s.clone().into(),
    }
}

/// A JSON string literal.
fn json_string(out: &mut String, s: &str) {
    out.push_str(&serde_json::Value::from(s).to_string());
}

/// JSON: an object with one key per table, in the order given, each an array of row objects
/// whose keys are in column order (as the text and CSV tables print them).
pub fn json(tables: &[Table]) -> String {
    let mut out = String::from("{");
    for (t, table) in tables.iter().enumerate() {
        out.push_str(if t > 0 { ",\n  " } else { "\n  " });
        json_string(&mut out, table.name);
        out.push_str(": [");
        for (r, row) in table.rows.iter().enumerate() {
            out.push_str(if r > 0 { ",\n    {" } else { "\n    {" });
            for (c, (column, value)) in table.columns.iter().zip(row).enumerate() {
                out.push_str(if c > 0 { ",\n      " } else { "\n      " });
                json_string(&mut out, column);
                out.push_str(": ");
                out.push_str(&json_value(value).to_string());
            }
            out.push_str("\n    }");
        }
        out.push_str(if table.rows.is_empty() { "]" } else { "\n  ]" });
    }
    out.push_str(if tables.is_empty() { "}\n" } else { "\n}\n" });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Table {
        Table {
            name: "t",
            title: "T",
            columns: vec!["organization".into(), "total".into()],
            rows: vec![
                vec![
                    Value::Text("Liên đoàn Lao động quận Thanh Khê".into()),
                    Value::Float(875000000.0),
                ],
                vec![Value::Text("a, \"b\"".into()), Value::Float(0.5)],
            ],
            notes: vec!["a note".into()],
        }
    }

    #[test]
    fn renders() {
        let t = sample();
        assert_eq!(
            text(std::slice::from_ref(&t)),
            "T\norganization                             total\n\
             ---------------------------------  -----------\n\
             Liên đoàn Lao động quận Thanh Khê  875,000,000\n\
             a, \"b\"                                    0.50\n\
             note: a note\n"
        );
        assert_eq!(
            csv(&t),
            "organization,total\r\nLiên đoàn Lao động quận Thanh Khê,875000000\r\n\"a, \"\"b\"\"\",0.5\r\n"
        );
        let j: serde_json::Value = serde_json::from_str(&json(std::slice::from_ref(&t))).unwrap();
        assert_eq!(j["t"][0]["total"], 875000000);
        assert_eq!(j["t"][1]["total"], 0.5);
        assert_eq!(group("-1234567"), "-1,234,567");
    }

    /// Issue 10, item 8: text from articles cannot drive a terminal or a spreadsheet.
    #[test]
    fn control_characters_are_escaped_in_text_and_formulas_neutralized_in_csv() {
        let t = Table {
            name: "t",
            title: "T",
            columns: vec!["organization".into(), "total".into()],
            rows: vec![
                vec![
                    Value::Text("=HYPERLINK(\"http://x\")".into()),
                    Value::Int(-5),
                ],
                vec![Value::Text("Công đoàn\u{1b}[31m\n".into()), Value::Int(1)],
                vec![Value::Text("@SUM(1)".into()), Value::Float(-0.5)],
            ],
            notes: vec!["bad\u{7} note".into()],
        };
        let shown = text(std::slice::from_ref(&t));
        assert!(
            !shown.contains('\u{1b}') && !shown.contains('\u{7}'),
            "{shown}"
        );
        assert!(shown.contains("Công đoàn\\u{1b}[31m\\n"), "{shown}");
        assert_eq!(
            csv(&t),
            "organization,total\r\n\"'=HYPERLINK(\"\"http://x\"\")\",-5\r\n\
             \"Công đoàn\\u{1b}[31m\n\",1\r\n'@SUM(1),-0.5\r\n"
        );
    }

    #[test]
    fn json_keeps_table_and_column_order() {
        let mut second = sample();
        second.name = "a_second";
        second.columns = vec!["zeta".into(), "alpha".into()];
        let out = json(&[sample(), second]);
        assert_eq!(
            out,
            "{\n  \"t\": [\n    {\n      \"organization\": \"Liên đoàn Lao động quận Thanh Khê\",\n      \
             \"total\": 875000000\n    },\n    {\n      \"organization\": \"a, \\\"b\\\"\",\n      \
             \"total\": 0.5\n    }\n  ],\n  \"a_second\": [\n    {\n      \"zeta\": \
             \"Liên đoàn Lao động quận Thanh Khê\",\n      \"alpha\": 875000000\n    },\n    {\n      \
             \"zeta\": \"a, \\\"b\\\"\",\n      \"alpha\": 0.5\n    }\n  ]\n}\n"
        );
        let mut empty = sample();
        empty.rows.clear();
        assert_eq!(json(&[empty]), "{\n  \"t\": []\n}\n");
        assert_eq!(json(&[]), "{}\n");
        assert!(serde_json::from_str::<serde_json::Value>(&out).is_ok());
    }
}
