//! One self-contained HTML page: inline CSS, inline SVG charts, no scripts, no fetches.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::render::{human, human_cell};
use super::{Table, Value};

/// Colours of the event types, in a fixed order (the legend's order).
const EVENT_COLOURS: &[(&str, &str)] = &[
    ("conference", "#4e79a7"),
    ("congress", "#f28e2b"),
    ("signing", "#e15759"),
    ("support", "#76b7b2"),
    ("award", "#59a14f"),
    ("campaign_launch", "#edc948"),
    ("election", "#b07aa1"),
    ("other", "#9c755f"),
];

const STYLE: &str = "
body { font-family: system-ui, -apple-system, 'Segoe UI', 'DejaVu Sans', sans-serif;
       margin: 2rem auto; max-width: 1100px; color: #222; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { font-size: 1.25rem; margin-top: 2.2rem; border-bottom: 1px solid #ddd; padding-bottom: .2rem; }
p.meta { color: #666; margin-top: 0; }
ul.counts { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .6rem; }
ul.counts li { background: #f3f5f8; border-radius: 6px; padding: .4rem .8rem; }
ul.counts b { font-size: 1.1rem; }
table { border-collapse: collapse; margin: .8rem 0; font-size: .9rem; }
th, td { border: 1px solid #ddd; padding: .25rem .6rem; text-align: left; vertical-align: top; }
th { background: #f3f5f8; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
svg { display: block; margin: .6rem 0; }
svg text { font-family: inherit; font-size: 12px; fill: #333; }
p.empty { color: #888; font-style: italic; }
p.note { color: #555; font-size: .85rem; margin: .2rem 0; max-width: 900px; }
";

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Cuts a label to `max` characters, with an ellipsis.
fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}

/// A compact number for axis labels: 1.2 tỷ-style suffixes would need Vietnamese; use K/M/B.
fn compact(v: f64) -> String {
    let a = v.abs();
    if a >= 1e12 {
        format!("{:.1}T", v / 1e12)
    } else if a >= 1e9 {
        format!("{:.1}B", v / 1e9)
    } else if a >= 1e6 {
        format!("{:.1}M", v / 1e6)
    } else if a >= 1e4 {
        format!("{:.1}K", v / 1e3)
    } else {
        format!("{v:.0}")
    }
}

/// A horizontal bar chart of labelled values (largest first, at most 15).
fn bar_chart(title: &str, unit: &str, items: &[(String, f64)]) -> String {
    let mut items: Vec<&(String, f64)> = items.iter().filter(|(_, v)| *v > 0.0).collect();
    items.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    items.truncate(15);
    if items.is_empty() {
        return String::new();
    }
    let max = items.iter().map(|(_, v)| *v).fold(0.0, f64::max);
    let (label_w, bar_w, row_h, top) = (380.0, 560.0, 24.0, 28.0);
    let width = label_w + bar_w + 90.0;
    let height = top + row_h * items.len() as f64 + 8.0;
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" viewBox="0 0 {width} {height}"><title>{}</title><text x="0" y="16" font-weight="bold">{} ({})</text>"#,
        escape(title),
        escape(title),
        escape(unit)
    );
    for (i, (label, value)) in items.iter().enumerate() {
        let y = top + row_h * i as f64;
        let w = if max > 0.0 { bar_w * value / max } else { 0.0 };
        let _ = write!(
            svg,
            r##"<g><title>{}: {}</title><text x="{}" y="{}" text-anchor="end">{}</text><rect x="{label_w}" y="{}" width="{w:.1}" height="{}" fill="#4e79a7"/><text x="{:.1}" y="{}">{}</text></g>"##,
            escape(label),
            human(&Value::Float(*value)),
            label_w - 8.0,
            y + 16.0,
            escape(&shorten(label, 52)),
            y + 4.0,
            row_h - 6.0,
            label_w + w + 6.0,
            y + 16.0,
            compact(*value)
        );
    }
    svg.push_str("</svg>");
    svg
}

/// Stacked columns: one column per month, one colour per event type.
fn events_chart(table: &Table) -> String {
    let Some(months) = events_by_month(table) else {
        return String::new();
    };
    let max = months
        .values()
        .map(|m| m.values().sum::<f64>())
        .fold(0.0, f64::max);
    let (left, top, plot_h, col_w, gap) = (40.0, 30.0, 220.0, 34.0, 14.0);
    let legend_w: f64 = EVENT_COLOURS
        .iter()
        .map(|(kind, _)| 28.0 + 7.5 * kind.len() as f64)
        .sum();
    let width = (left + (col_w + gap) * months.len() as f64 + 20.0).max(left + legend_w + 10.0);
    let height = top + plot_h + 70.0;
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" viewBox="0 0 {width} {height}"><title>Events by month and type</title><text x="0" y="16" font-weight="bold">Events by month and type</text>"#
    );
    let base = top + plot_h;
    let _ = write!(
        svg,
        r##"<line x1="{left}" y1="{base}" x2="{}" y2="{base}" stroke="#888"/><text x="{}" y="{}" text-anchor="end">{}</text><text x="{}" y="{base}" text-anchor="end">0</text>"##,
        width - 10.0,
        left - 6.0,
        top + 10.0,
        compact(max),
        left - 6.0
    );
    for (i, (month, kinds)) in months.iter().enumerate() {
        let x = left + gap / 2.0 + (col_w + gap) * i as f64;
        let mut y = base;
        for (kind, colour) in EVENT_COLOURS {
            let n = kinds.get(*kind).copied().unwrap_or(0.0);
            if n <= 0.0 {
                continue;
            }
            let h = if max > 0.0 { plot_h * n / max } else { 0.0 };
            y -= h;
            let _ = write!(
                svg,
                r#"<rect x="{x:.1}" y="{y:.1}" width="{col_w}" height="{h:.1}" fill="{colour}"><title>{} {}: {}</title></rect>"#,
                escape(month),
                kind,
                n
            );
        }
        let _ = write!(
            svg,
            r#"<text x="{:.1}" y="{}" text-anchor="end" transform="rotate(-45 {:.1} {})">{}</text>"#,
            x + col_w / 2.0,
            base + 14.0,
            x + col_w / 2.0,
            base + 14.0,
            escape(month)
        );
    }
    // Legend, below the plot.
    event_legend(&mut svg, left, height - 12.0);
    svg.push_str("</svg>");
    svg
}

/// The events of the table's rows, per month and event type; `None` when it has none (or
/// lacks a column).
fn events_by_month(table: &Table) -> Option<BTreeMap<String, BTreeMap<String, f64>>> {
    let (mi, ti, ei) = (
        table.column("month")?,
        table.column("event_type")?,
        table.column("events")?,
    );
    let mut months: BTreeMap<String, BTreeMap<String, f64>> = BTreeMap::new();
    for row in &table.rows {
        let month = row
            .get(mi)
            .and_then(Value::as_str)
            .unwrap_or("?")
            .to_string();
        let kind = row
            .get(ti)
            .and_then(Value::as_str)
            .unwrap_or("other")
            .to_string();
        let n = row.get(ei).and_then(Value::as_f64).unwrap_or(0.0);
        *months.entry(month).or_default().entry(kind).or_default() += n;
    }
    (!months.is_empty()).then_some(months)
}

/// The colour key of the event types, in a row starting at `left` on baseline `ly`.
fn event_legend(svg: &mut String, left: f64, ly: f64) {
    let mut lx = left;
    for (kind, colour) in EVENT_COLOURS {
        let _ = write!(
            svg,
            r#"<rect x="{lx}" y="{}" width="10" height="10" fill="{colour}"/><text x="{}" y="{ly}">{kind}</text>"#,
            ly - 9.0,
            lx + 14.0
        );
        lx += 28.0 + 7.5 * kind.len() as f64;
    }
}

/// Sums a numeric column per label column over the rows that pass `keep`.
fn totals(
    table: &Table,
    label: &str,
    value: &str,
    keep: impl Fn(&[Value]) -> bool,
) -> Vec<(String, f64)> {
    let (Some(li), Some(vi)) = (table.column(label), table.column(value)) else {
        return Vec::new();
    };
    let mut sums: BTreeMap<String, f64> = BTreeMap::new();
    for row in table.rows.iter().filter(|r| keep(r)) {
        let name = row
            .get(li)
            .and_then(Value::as_str)
            .unwrap_or("?")
            .to_string();
        *sums.entry(name).or_default() += row.get(vi).and_then(Value::as_f64).unwrap_or(0.0);
    }
    sums.into_iter().collect()
}

fn html_table(out: &mut String, table: &Table) {
    if table.rows.is_empty() {
        out.push_str("<p class=\"empty\">(no rows)</p>\n");
        return;
    }
    let _ = write!(out, "<table id=\"{}\">\n<thead><tr>", table.name);
    for c in &table.columns {
        let _ = write!(out, "<th>{}</th>", escape(c));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &table.rows {
        out.push_str("<tr>");
        for (v, column) in row.iter().zip(&table.columns) {
            let class = if matches!(v, Value::Int(_) | Value::Float(_)) {
                " class=\"num\""
            } else {
                ""
            };
            let _ = write!(out, "<td{class}>{}</td>", escape(&human_cell(column, v)));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody></table>\n");
}

/// The HTML report: row counts, then each table under its title, with a chart for the money,
/// member and event tables.
pub fn html(counts: &[(&str, i64)], tables: &[Table], generated: &str) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>union-news report</title>\n<style>{STYLE}</style>\n</head>\n<body>\n\
         <h1>union-news report</h1>\n<p class=\"meta\">Generated {}</p>\n<ul class=\"counts\">",
        escape(generated)
    );
    for (name, n) in counts {
        let _ = write!(
            out,
            "<li><b>{}</b> {}</li>",
            human(&Value::Int(*n)),
            escape(&name.replace('_', " "))
        );
    }
    out.push_str("</ul>\n");
    for table in tables {
        let _ = write!(
            out,
            "<section id=\"section-{}\">\n<h2>{}</h2>\n",
            table.name,
            escape(table.title)
        );
        let chart = match table.name {
            "money_by_organization_year" => bar_chart(
                "Money per organization, all years",
                "VND",
                &totals(table, "organization", "total", |r| {
                    table
                        .column("currency")
                        .and_then(|i| r.get(i))
                        .and_then(Value::as_str)
                        == Some("VND")
                }),
            ),
            "members_by_federation_year" => bar_chart(
                "New members per federation, all years",
                "members",
                &totals(table, "federation", "new_members", |_| true),
            ),
            "events_by_type_month" => events_chart(table),
            _ => String::new(),
        };
        out.push_str(&chart);
        out.push('\n');
        html_table(&mut out, table);
        for note in &table.notes {
            let _ = writeln!(out, "<p class=\"note\">{}</p>", escape(note));
        }
        out.push_str("</section>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_shortens() {
        assert_eq!(escape("<a & \"b\">"), "&lt;a &amp; &quot;b&quot;&gt;");
        assert_eq!(shorten("Liên đoàn Lao động", 5), "Liên…");
        assert_eq!(compact(875e6), "875.0M");
    }

    #[test]
    fn page_is_self_contained() {
        let table = Table {
            name: "events_by_type_month",
            title: "Events by month and type",
            columns: vec!["month".into(), "event_type".into(), "events".into()],
            rows: vec![vec![
                Value::Text("2024-01".into()),
                Value::Text("conference".into()),
                Value::Int(2),
            ]],
            notes: vec![],
        };
        let page = html(&[("articles", 2)], &[table], "now");
        assert!(page.contains("<svg"));
        assert!(page.contains("<table id=\"events_by_type_month\">"));
        for forbidden in ["<script", "<link", "src=", "@import", "url("] {
            assert!(!page.contains(forbidden), "{forbidden}");
        }
    }
}
