//! The Markdown accuracy report (`docs/ACCURACY.md`): the accuracy bars with today's F1, then a
//! table per gold set. It holds no date and no path of the machine, so the same code and gold
//! give the same bytes, and a change in accuracy shows in review as a change of the file.

use std::fmt::Write;

use super::bars::Bar;
use super::sets::NOT_SCORED;
use super::{Counts, Report, TYPES, VARIANTS};

/// The command that writes the report, run from the repository root.
pub const COMMAND: &str = "union-news eval --sets fixtures/gold --markdown docs/ACCURACY.md";

/// What each gold set is, said under its heading.
const SET_NOTES: &[(&str, &str)] = &[
    (
        "heldout",
        "held out until 2026-12-01, a development set since (fixtures/gold/HELDOUT.md)",
    ),
    (
        "heldout2",
        "held out: use it only to measure, never tune against it (fixtures/gold/HELDOUT2.md)",
    ),
    ("news-extra", "general-news passages, a development set"),
    (
        "real-dev",
        "the development half of the real-article set (fixtures/gold/REAL.md)",
    ),
    (
        "seeds",
        "the five seed articles of `corpus/`, a development set",
    ),
];

/// The report for `sets` (name and report, in order) and `bars`.
pub fn render(sets: &[(&str, &Report)], bars: &[Bar]) -> String {
    let mut out = String::new();
    out.push_str(&preamble());
    let _ = writeln!(out, "\n## Bars\n");
    out.push_str(&bars_table(sets, bars));
    for (name, report) in sets {
        let _ = writeln!(out, "\n## {name}\n");
        out.push_str(&set_table(name, report));
    }
    out
}

fn preamble() -> String {
    let mut out = String::from(
        "# Accuracy\n\n\
         Generated: do not edit. From the repository root, with the binary built from this \
         tree (`cargo run -- eval …` or an installed `union-news`):\n\n",
    );
    let _ = writeln!(out, "```sh\n{COMMAND}\n```\n");
    out.push_str(
        "It runs every gold set of `fixtures/gold/` through the real pipeline, scores it \
         (`src/eval`), writes this file and fails when an accuracy bar of \
         `fixtures/gold/bars.tsv` is not met (CI runs it without `--markdown`). The \
         accuracy test fails when this file is not what the command writes, so a change in \
         accuracy shows here in review.\n\n\
         Scores are micro-averaged over a set's articles. **By value**: the distinct values of \
         a type per article (dates by ISO value; money by amount, currency and qualifier; \
         member counts by count and category; organizations by canonical name; people by name; \
         roles by name and role; events by type and date). **By mention**: each gold mention \
         matched to at most one output mention with the same value and an overlapping span. \
         `money_amount` is money without the qualifier, `member_counts_qualified` member \
         counts with it, `events_organizer` events by type, date and organizer, `organizations_folded` \
         organizations by canonical name without letter case (decision 13). A type is scored only on the articles whose gold annotates it. When \
         nothing is expected and nothing is found, precision, recall and F1 are 1; when only \
         one side is empty, they are 0.\n\n\
         Not in this report:\n",
    );
    for (name, why) in NOT_SCORED {
        let _ = writeln!(out, "- `{name}.jsonl`: {why}.");
    }
    out
}

fn bars_table(sets: &[(&str, &Report)], bars: &[Bar]) -> String {
    let mut out =
        String::from("| set | type | scoring | bar | F1 | met |\n|---|---|---|---:|---:|---|\n");
    for bar in bars {
        let report = sets.iter().find(|(n, _)| *n == bar.set).map(|(_, r)| *r);
        let measured = report.and_then(|r| bar.measure(r));
        let (f1, met) = match &measured {
            Some(m) => (
                format!(
                    "{:.3}{}",
                    m.f1,
                    m.article
                        .as_ref()
                        .map(|a| format!(" (lowest: {a})"))
                        .unwrap_or_default()
                ),
                if m.f1 >= bar.min_f1 { "yes" } else { "**no**" },
            ),
            None => ("not scored".to_string(), "**no**"),
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {:.2} | {f1} | {met} |",
            bar.set, bar.kind, bar.scoring, bar.min_f1
        );
    }
    out
}

fn set_table(name: &str, report: &Report) -> String {
    let note = SET_NOTES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, note)| format!(": {note}"))
        .unwrap_or_default();
    let mut out = format!(
        "`{name}.jsonl`{note}; {} articles.\n\n\
         | type | values: gold | pred | matched | P | R | F1 | mentions: gold | pred | matched | P | R | F1 |\n\
         |---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n",
        report.articles
    );
    for kind in TYPES.iter().chain(VARIANTS) {
        if let Some(score) = report.get(kind) {
            let _ = writeln!(
                out,
                "| {kind} | {} | {} |",
                cells(&score.by_value),
                cells(&score.by_mention)
            );
        }
    }
    if !report.missing_records.is_empty() {
        let _ = writeln!(
            out,
            "\nNo record for: {}.",
            report.missing_records.join(", ")
        );
    }
    out
}

fn cells(c: &Counts) -> String {
    format!(
        "{} | {} | {} | {:.3} | {:.3} | {:.3}",
        c.gold,
        c.predicted,
        c.matched,
        c.precision(),
        c.recall(),
        c.f1()
    )
}
