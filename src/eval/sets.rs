//! Gold sets end to end: a gold JSONL file's articles run through the real pipeline and
//! scored, and the gold sets of a directory (`fixtures/gold/*.jsonl`).
//!
//! `union-news eval`, the accuracy-bars test and the Markdown accuracy report all build their
//! records here, so they score the same records.

use std::path::{Path, PathBuf};

use crate::guard::guard;
use crate::input::{read_file_input, InputArticle, InputFile};
use crate::record::article_record;
use crate::record::Record;
use crate::{Error, Result};

use super::{evaluate, parse_gold_lines, GoldArticle, Report};

/// Gold files of a gold directory that [`gold_sets`] leaves out, with the reason (said in the
/// accuracy report).
pub const NOT_SCORED: &[(&str, &str)] = &[
    (
        "real-test",
        "the test half of the real-article set: scored by hand once per stop, never read for \
         errors and never used for tuning (fixtures/gold/REAL.md), so it is not in a report \
         regenerated at every change",
    ),
    (
        "real-second",
        "a second annotation of 12 real-dev and real-test articles, for annotator agreement \
         only (fixtures/gold/REAL.md)",
    ),
    (
        "real2-test",
        "the test half of the second real-article set: scored by hand once per stop, never \
         read for errors and never used for tuning (fixtures/gold/REAL.md)",
    ),
    (
        "real3-test",
        "the test half of the third real-article set: scored by hand once per stop, never \
         read for errors and never used for tuning (fixtures/gold/REAL.md)",
    ),
    (
        "real4-test",
        "the test half of the fourth real-article set: scored by hand once per stop, never \
         read for errors and never used for tuning (fixtures/gold/REAL.md)",
    ),
    (
        "real5-test",
        "the test half of the fifth real-article set: scored by hand once per stop, never \
         read for errors and never used for tuning (fixtures/gold/REAL.md)",
    ),
    (
        "real6-test",
        "the test half of the sixth real-article set: scored by hand once per stop, never \
         read for errors and never used for tuning (fixtures/gold/REAL.md)",
    ),
    (
        "real6-second",
        "a second annotation of 6 real6-dev and real6-test articles, for annotator agreement \
         only (fixtures/gold/REAL.md)",
    ),
    (
        "real7-test",
        "the test half of the seventh real-article set: scored by hand once per stop, never \
         read for errors and never used for tuning (fixtures/gold/REAL.md)",
    ),
    (
        "real7-second",
        "a second annotation of 6 real7-dev and real7-test articles, for annotator agreement \
         only (fixtures/gold/REAL.md)",
    ),
    (
        "real8-test",
        "the test half of the eighth real-article set: scored by hand once per stop, never \
         read for errors and never used for tuning (fixtures/gold/REAL.md)",
    ),
    (
        "real8-second",
        "a second annotation of 6 real8-dev and real8-test articles, for annotator agreement \
         only (fixtures/gold/REAL.md)",
    ),
    (
        "real9-test",
        "the test half of the ninth real-article set: scored by hand once per stop, never \
         read for errors and never used for tuning (fixtures/gold/REAL.md)",
    ),
    (
        "real9-second",
        "a second annotation of 6 real9-dev and real9-test articles, for annotator agreement \
         only (fixtures/gold/REAL.md)",
    ),
    (
        "real10-test",
        "the test half of the tenth real-article set: scored by hand once per stop, never \
         read for errors and never used for tuning (fixtures/gold/REAL.md)",
    ),
    (
        "real10-second",
        "a second annotation of 6 real10-dev and real10-test articles, for annotator \
         agreement only (fixtures/gold/REAL.md)",
    ),
    (
        "real2-second",
        "a second annotation of 6 real2-dev and real2-test articles, for annotator agreement \
         only (fixtures/gold/REAL.md)",
    ),
];

/// One gold set: a name (the file stem) and its JSONL file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldSet {
    /// The file stem (`seeds` for `seeds.jsonl`), as accuracy bars name it.
    pub name: String,
    /// The gold JSONL file.
    pub path: PathBuf,
}

/// A gold set scored.
#[derive(Debug)]
pub struct ScoredSet {
    /// The report over the well-formed gold lines.
    pub report: Report,
    /// One error per malformed gold line (those lines are not scored).
    pub bad_lines: Vec<Error>,
}

/// The gold sets of `dir`: every `*.jsonl` file but those of [`NOT_SCORED`], by name.
///
/// # Errors
/// When the directory cannot be read.
pub fn gold_sets(dir: &Path) -> Result<Vec<GoldSet>> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::read(dir, e))?;
    let mut sets = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| Error::read(dir, e))?.path();
        if path.extension().is_none_or(|e| e != "jsonl") {
            continue;
        }
        let Some(name) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        if NOT_SCORED.iter().all(|(left_out, _)| *left_out != name) {
            sets.push(GoldSet {
                name: name.to_string(),
                path: path.clone(),
            });
        }
    }
    sets.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(sets)
}

/// Where the articles a gold file points at (`file`) are looked for by default: the gold
/// file's directory, `../seeds` beside it, and `corpus/`.
pub fn default_inputs(gold: &Path) -> Vec<PathBuf> {
    let base = gold.parent().unwrap_or(Path::new("."));
    vec![
        base.to_path_buf(),
        base.join("../seeds"),
        PathBuf::from("corpus"),
    ]
}

/// Scores a gold file: reads it and calls [`score_gold`].
///
/// # Errors
/// As [`score_gold`], and when the file cannot be read.
pub fn score_gold_file(path: &Path, inputs: &[PathBuf]) -> Result<ScoredSet> {
    let jsonl = std::fs::read_to_string(path).map_err(|e| Error::read(path, e))?;
    score_gold(&jsonl, inputs)
}

/// Scores gold JSONL: each well-formed line's article is built by the real pipeline (from its
/// own `text`, or its `file` found in `inputs`) and scored with [`evaluate`]; a malformed line
/// is an error of [`ScoredSet::bad_lines`] and the others are still scored.
///
/// # Errors
/// When an article's file is not found or cannot be read, or extraction panics on it.
pub fn score_gold(jsonl: &str, inputs: &[PathBuf]) -> Result<ScoredSet> {
    let (gold, bad_lines) = parse_gold_lines(jsonl);
    let records = gold_records(&gold, inputs)?;
    Ok(ScoredSet {
        report: evaluate(&gold, &records),
        bad_lines,
    })
}

/// The records of gold articles, built by the real pipeline from each article's own `text` or
/// its `file` found in `inputs` ([`gold_input`]), in gold order.
///
/// # Errors
/// When an article's file is not found or cannot be read, or extraction panics on it.
pub fn gold_records(gold: &[GoldArticle], inputs: &[PathBuf]) -> Result<Vec<Record>> {
    gold.iter()
        .map(|g| {
            let input = gold_input(g, inputs)?;
            // A bug that panics on one article is reported by name, not as a crash.
            guard(&g.id, || Ok(article_record(&input)))
        })
        .collect()
}

/// The input for one gold article: its own text, or its file found in `dirs` (a directory
/// holding it, or the file itself).
///
/// # Errors
/// When the file is not found or cannot be read.
pub fn gold_input(gold: &GoldArticle, dirs: &[PathBuf]) -> Result<InputArticle> {
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
        .ok_or_else(|| {
            Error::input(
                format!("gold article {}", gold.id),
                format!("{file} not found in {dirs:?}"),
            )
        })?;
    let mut input = read_file_input(&InputFile { path, root: None })?;
    // The publication date comes from the page itself (its dateline), as in a real run.
    input.id = gold.id.clone();
    Ok(input)
}

/// Every gold set of `dir` ([`gold_sets`]) scored, by name; each set's articles are looked
/// for in `inputs`, or when it is empty in the set's [`default_inputs`].
///
/// # Errors
/// As [`gold_sets`] and [`score_gold_file`].
pub fn score_sets(dir: &Path, inputs: &[PathBuf]) -> Result<Vec<(GoldSet, ScoredSet)>> {
    gold_sets(dir)?
        .into_iter()
        .map(|set| {
            let dirs = if inputs.is_empty() {
                default_inputs(&set.path)
            } else {
                inputs.to_vec()
            };
            let scored = score_gold_file(&set.path, &dirs)?;
            Ok((set, scored))
        })
        .collect()
}
