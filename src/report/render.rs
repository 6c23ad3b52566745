//! Text tables, CSV and JSON.

use std::fmt::Write;

use super::{Table, Value};

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
                    .map(|(v, c)| human_cell(c, v))
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

/// CSV (RFC 4180): one table is a plain CSV file; several are separated by a blank line,
/// each preceded by a `# name` line.
pub fn csv(tables: &[Table]) -> String {
    let mut out = String::new();
    let several = tables.len() > 1;
    for (n, table) in tables.iter().enumerate() {
        if several {
            if n > 0 {
                out.push('\n');
            }
            let _ = writeln!(out, "# {}", table.name);
        }
        let mut row_out = |values: Vec<String>| {
            for (i, v) in values.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                csv_field(&mut out, v);
            }
            out.push_str("\r\n");
        };
        row_out(table.columns.clone());
        for row in &table.rows {
            row_out(row.iter().map(plain).collect());
        }
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

/// JSON: an object with one key per table, each an array of row objects.
pub fn json(tables: &[Table]) -> String {
    let mut top = serde_json::Map::new();
    for table in tables {
        let rows: Vec<serde_json::Value> = table
            .rows
            .iter()
            .map(|row| {
                let object: serde_json::Map<String, serde_json::Value> = table
                    .columns
                    .iter()
                    .cloned()
                    .zip(row.iter().map(json_value))
                    .collect();
                serde_json::Value::Object(object)
            })
            .collect();
        top.insert(table.name.to_string(), rows.into());
    }
    let mut s = serde_json::to_string_pretty(&serde_json::Value::Object(top)).unwrap_or_default();
    s.push('\n');
    s
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
             a, \"b\"                                    0.50\n"
        );
        assert_eq!(
            csv(std::slice::from_ref(&t)),
            "organization,total\r\nLiên đoàn Lao động quận Thanh Khê,875000000\r\n\"a, \"\"b\"\"\",0.5\r\n"
        );
        let j: serde_json::Value = serde_json::from_str(&json(&[t])).unwrap();
        assert_eq!(j["t"][0]["total"], 875000000);
        assert_eq!(j["t"][1]["total"], 0.5);
        assert_eq!(group("-1234567"), "-1,234,567");
    }
}
