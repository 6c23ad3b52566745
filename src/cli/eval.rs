//! `union-news eval`: run extraction on gold articles and print precision, recall and F1 per
//! type.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use rayon::prelude::*;

use union_news::eval::{evaluate, parse_gold, GoldArticle};
use union_news::guard::guard;
use union_news::input::{read_file_input, InputArticle, InputFile};
use union_news::record::article_record;

/// Arguments of `union-news eval`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Gold annotations (JSONL, the format of fixtures/gold/seeds.jsonl).
    #[arg(long)]
    pub gold: PathBuf,
    /// Directories or files holding the articles the gold points at (`file`); default: the
    /// gold file's directory, `../seeds` beside it, and `corpus/`. Gold lines that carry their
    /// own `text` need none.
    pub inputs: Vec<PathBuf>,
    /// Also list every missed and spurious value.
    #[arg(long)]
    pub details: bool,
    /// Fail (exit 1) when a type's F1 by value is below this: TYPE=MIN, repeatable.
    #[arg(long = "min-f1", value_parser = parse_min)]
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
    let text = std::fs::read_to_string(&args.gold)
        .with_context(|| format!("cannot read {}", args.gold.display()))?;
    let gold = parse_gold(&text)?;
    let mut dirs = args.inputs.clone();
    if dirs.is_empty() {
        let base = args.gold.parent().unwrap_or(Path::new("."));
        dirs = vec![
            base.to_path_buf(),
            base.join("../seeds"),
            PathBuf::from("corpus"),
        ];
    }
    let records = gold
        .par_iter()
        .map(|g| {
            let input = gold_input(g, &dirs)?;
            // A bug that panics on one article is reported by name, not as a crash.
            Ok(guard(&g.id, || Ok(article_record(&input)))?)
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    let report = evaluate(&gold, &records);
    super::print_out(&report.table())?;
    if args.details {
        // The details quote gold and extracted text: no control character reaches the
        // terminal.
        super::print_out(&union_news::printable::for_terminal_lines(
            &report.details(),
        ))?;
    }
    let mut failed = false;
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
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The input for one gold article: its own text, or its file found in `dirs`.
pub fn gold_input(gold: &GoldArticle, dirs: &[PathBuf]) -> anyhow::Result<InputArticle> {
    if let Some(text) = &gold.text {
        let mut input = InputArticle::plain(&gold.id, text);
        input.published = gold.published.clone();
        return Ok(input);
    }
    let file = gold.file.as_deref().unwrap_or(&gold.id);
    let path = dirs
        .iter()
        .map(|d| if d.is_dir() { d.join(file) } else { d.clone() })
        .find(|p| p.is_file() && p.file_name().is_some_and(|n| n == file))
        .with_context(|| format!("gold article {}: {file} not found in {dirs:?}", gold.id))?;
    let mut input = read_file_input(&InputFile { path, root: None })?;
    // The publication date comes from the page itself (its dateline), as in a real run.
    input.id = gold.id.clone();
    Ok(input)
}
