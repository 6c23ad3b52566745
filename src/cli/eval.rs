//! `union-news eval`: run extraction on gold articles and print precision, recall and F1 per
//! type; with `--sets`, every gold set of a directory, its accuracy bars checked and,
//! optionally, the Markdown accuracy report written.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;

use union_news::eval::bars::read_bars;
use union_news::eval::markdown;
use union_news::eval::sets::{default_inputs, score_gold, score_sets, ScoredSet};
use union_news::eval::Report;

/// Arguments of `union-news eval`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Gold annotations (JSONL, the format of fixtures/gold/seeds.jsonl). Repeatable: several
    /// gold files are scored as one set (their counts added), e.g. every test half together.
    #[arg(long, required_unless_present = "sets", conflicts_with = "sets")]
    pub gold: Vec<PathBuf>,
    /// Every gold set of DIR (its .jsonl files but the test halves and second annotations: real-test, real-second, real2-test, real2-second, real3-test, real4-test, real5-test, real6-test, real6-second, real7-test, real7-second, real8-test, real8-second, real9-test, real9-second, real10-test, real10-second): print each
    /// table and check the accuracy bars of DIR/bars.tsv (exit 1 when one is not met).
    #[arg(long, value_name = "DIR")]
    pub sets: Option<PathBuf>,
    /// With --sets: also write the Markdown accuracy report (docs/ACCURACY.md) to FILE.
    #[arg(long, requires = "sets", value_name = "FILE")]
    pub markdown: Option<PathBuf>,
    /// Directories or files holding the articles the gold points at (`file`); default: the
    /// gold file's directory, `../seeds` beside it, and `corpus/`. Gold lines that carry their
    /// own `text` need none.
    pub inputs: Vec<PathBuf>,
    /// Also list every missed and spurious value.
    #[arg(long)]
    pub details: bool,
    /// Fail (exit 1) when a type's F1 by value is below this: TYPE=MIN, repeatable.
    #[arg(long = "min-f1", value_parser = parse_min, conflicts_with = "sets")]
    pub min_f1: Vec<(String, f64)>,
}

fn parse_min(s: &str) -> Result<(String, f64), String> {
    let (kind, min) = s
        .split_once('=')
        .ok_or("expected TYPE=MIN, e.g. dates=0.95")?;
    let min: f64 = min
        .parse()
        .map_err(|_| format!("{min:?} is not a number"))?;
    Ok((kind.to_string(), min))
}

/// Runs `union-news eval`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if let Some(dir) = &args.sets {
        return run_sets(dir, &args);
    }
    if args.gold.is_empty() {
        anyhow::bail!("--gold or --sets is needed");
    }
    let mut report = Report::default();
    let mut failed = false;
    for gold in &args.gold {
        let text = std::fs::read_to_string(gold)
            .with_context(|| format!("cannot read {}", gold.display()))?;
        let dirs = if args.inputs.is_empty() {
            default_inputs(gold)
        } else {
            args.inputs.clone()
        };
        let scored = score_gold(&text, &dirs)?;
        failed |= say_bad_lines(gold, &scored);
        report.merge(scored.report);
    }
    if args.gold.len() > 1 {
        super::print_out(&format!("{} gold files pooled\n", args.gold.len()))?;
    }
    print_report(&report, args.details)?;
    for (kind, min) in &args.min_f1 {
        let score = report
            .get(kind)
            .with_context(|| format!("unknown type {kind:?} in --min-f1"))?;
        let f1 = score.by_value.f1();
        if f1 < *min {
            super::say(format_args!("{kind}: F1 {f1:.3} is below {min}"));
            failed = true;
        }
    }
    Ok(exit_code(failed))
}

/// `eval --sets DIR`: every gold set, the bars of `DIR/bars.tsv`, the Markdown report.
fn run_sets(dir: &Path, args: &Args) -> anyhow::Result<ExitCode> {
    let bars_path = dir.join("bars.tsv");
    let bars = read_bars(&bars_path)?;
    let scored = score_sets(dir, &args.inputs)?;
    let mut failed = false;
    for (set, s) in &scored {
        failed |= say_bad_lines(&set.path, s);
        super::print_out(&format!("== {} ({})\n", set.name, set.path.display()))?;
        print_report(&s.report, args.details)?;
    }
    let reports: Vec<(&str, &Report)> = scored
        .iter()
        .map(|(set, s)| (set.name.as_str(), &s.report))
        .collect();
    let mut unmet = 0;
    for bar in &bars {
        let shortfall = match reports.iter().find(|(name, _)| *name == bar.set) {
            Some((_, report)) => bar.shortfall(report),
            None => Some(format!(
                "{}: no such gold set in {}",
                bar.set,
                dir.display()
            )),
        };
        if let Some(why) = shortfall {
            super::say(format_args!("accuracy bar not met: {why}"));
            unmet += 1;
        }
    }
    super::print_out(&format!(
        "{} accuracy bars ({}), {unmet} not met\n",
        bars.len(),
        bars_path.display()
    ))?;
    if let Some(path) = &args.markdown {
        std::fs::write(path, markdown::render(&reports, &bars))
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(exit_code(failed || unmet > 0))
}

/// Says each malformed gold line (one error line each); true when there was one.
fn say_bad_lines(gold: &Path, scored: &ScoredSet) -> bool {
    for error in &scored.bad_lines {
        super::say(format_args!("{}: {error}", gold.display()));
    }
    !scored.bad_lines.is_empty()
}

/// Prints the table and, with `details`, every missed and spurious value.
fn print_report(report: &Report, details: bool) -> anyhow::Result<()> {
    super::print_out(&report.table())?;
    if details {
        // The details quote gold and extracted text: no control character reaches the
        // terminal.
        super::print_out(&union_news::printable::for_terminal_lines(
            &report.details(),
        ))?;
    }
    Ok(())
}

fn exit_code(failed: bool) -> ExitCode {
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
