//! `union-news extract`: inputs → JSONL records (and optionally a database), in parallel, with
//! one error line per bad input and a summary that accounts for every input. The arguments
//! and the glue: the work is in [`union_news::batch`] (the ordered parallel loop) and the
//! sinks ([`JsonlSink`], the database).

use std::io::{self, IsTerminal};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde_json::json;

use super::say;
use rayon::prelude::*;
use union_news::batch::{self, load_outcomes, Deliver, LineAnswer, Outcome, RunMemory};
use union_news::dedup::DuplicateCounts;
use union_news::dedup::{mark_fingerprinted, record_fingerprint, Fingerprint};
use union_news::input;
use union_news::input::warc::Skipped;
use union_news::record::Record;
use union_news::sink::jsonl::{is_stdout, JsonlSink, Written};
use union_news::sink::{open_sink, Prepared, RecordSink};

mod stdin_db;

/// The most worker threads `--jobs` starts (`-j 20000` took minutes to start its threads).
const MAX_JOBS: usize = 256;

/// Arguments of `union-news extract`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files or directories (walked recursively) of .txt, .html, .jsonl and .warc (each also
    /// .gz or .zst); `-` reads JSONL from stdin and writes one line per input line, in order.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Write records here instead of stdout (`-o -` is stdout).
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Write one JSON object per failed input here: {"input", "error"}.
    #[arg(long)]
    pub errors: Option<PathBuf>,
    /// Worker threads (default: one per core).
    #[arg(short, long)]
    pub jobs: Option<usize>,
    /// Also load the records into a database: a path or sqlite://PATH, or postgres://…
    #[arg(long)]
    pub db: Option<String>,
    /// No progress bar.
    #[arg(short, long)]
    pub quiet: bool,
}

/// Running totals.
#[derive(Debug, Default)]
struct Totals {
    inputs: usize,
    records: usize,
    errors: usize,
    /// Standard output was closed by its reader (`extract … | head`): the run stopped early.
    closed: bool,
    /// Records of the batch in progress that the database took before standard output was
    /// found closed (not written out, not counted above).
    loaded_unwritten: usize,
    /// WARC records that are not articles, by kind (not inputs).
    skipped: std::collections::BTreeMap<Skipped, usize>,
    /// Records marked as repeating an earlier record's body.
    duplicates: DuplicateCounts,
}

impl Totals {
    /// The last line of every run.
    fn summary(&self) {
        if self.closed {
            say(format_args!(
                "note: standard output closed; stopped after {} inputs",
                self.inputs
            ));
            if self.loaded_unwritten > 0 {
                say(format_args!(
                    "note: the database also holds the {} records of the batch in progress \
                     (loaded before the output was found closed)",
                    self.loaded_unwritten
                ));
            }
        }
        if !self.skipped.is_empty() {
            let kinds: Vec<String> = self
                .skipped
                .iter()
                .map(|(kind, n)| format!("{n} {}", kind.label()))
                .collect();
            say(format_args!(
                "note: WARC records skipped (not articles): {}",
                kinds.join(", ")
            ));
        }
        let DuplicateCounts { exact, near } = self.duplicates;
        let duplicates = match exact + near {
            0 => String::new(),
            all => format!(" ({all} duplicates: {exact} exact, {near} near)"),
        };
        say(format_args!(
            "{} inputs, {} records{duplicates}, {} errors",
            self.inputs, self.records, self.errors
        ));
    }

    /// 0 when every input became a record, 1 when some failed.
    fn exit_code(&self) -> ExitCode {
        if self.errors == 0 {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        }
    }
}

/// Refuses a run that would overwrite what it reads: `-o` or `--errors` naming an input given
/// on the command line (or a link to one), or both naming the same file.
fn check_outputs_are_not_inputs(args: &Args) -> anyhow::Result<()> {
    let is_file = |p: &&PathBuf| p.as_os_str() != "-";
    let outputs: Vec<&PathBuf> = [&args.output, &args.errors]
        .into_iter()
        .flatten()
        .filter(is_file)
        .collect();
    let same = |a: &PathBuf, b: &PathBuf| {
        a == b || absolute(a).is_some_and(|x| absolute(b) == Some(x)) || input::same_file(a, b)
    };
    if let [output, errors] = outputs.as_slice() {
        if same(output, errors) {
            anyhow::bail!(
                "-o and --errors both name {}: give them different files",
                output.display()
            );
        }
    }
    for input in args.paths.iter().filter(|p| p.as_os_str() != "-") {
        if let Some(output) = outputs.iter().find(|o| same(input, o)) {
            anyhow::bail!(
                "{} is both an input and an output file: it would be overwritten before it is read",
                output.display()
            );
        }
    }
    Ok(())
}

/// `path` made absolute and free of links, whether or not the file exists yet (its directory
/// must): how an output file is recognised among the inputs.
fn absolute(path: &std::path::Path) -> Option<PathBuf> {
    if let Ok(path) = path.canonicalize() {
        return Some(path);
    }
    let name = path.file_name()?;
    let parent = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => std::path::Path::new("."),
    };
    Some(parent.canonicalize().ok()?.join(name))
}

/// Runs `union-news extract`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if let Some(jobs) = args.jobs {
        // Thousands of threads only cost: more than MAX_JOBS is taken as MAX_JOBS.
        if jobs > MAX_JOBS {
            say(format_args!(
                "note: --jobs {jobs} is more than {MAX_JOBS}; using {MAX_JOBS} worker threads"
            ));
        }
        rayon::ThreadPoolBuilder::new()
            .num_threads(jobs.clamp(1, MAX_JOBS))
            .build_global()
            .context("cannot start worker threads")?;
    }
    if args.paths.iter().any(|p| is_stdout(p)) {
        if args.paths.len() > 1 {
            anyhow::bail!("`-` (stdin) cannot be combined with other paths");
        }
        return run_stdin(&args);
    }
    run_files(&args)
}

/// Files and directories: records in input order, batch by batch.
fn run_files(args: &Args) -> anyhow::Result<ExitCode> {
    check_outputs_are_not_inputs(args)?;
    // The files this run writes are not inputs, even inside a directory it reads
    // (`extract dir -o dir/records.jsonl`), whatever link leads to them. They are created
    // after the listing, so only an output left by an earlier run can be among the inputs:
    // its identity is taken once, and each input's compared with it.
    let written: Vec<input::FileKey> = [&args.output, &args.errors]
        .into_iter()
        .flatten()
        .filter(|p| !is_stdout(p))
        .filter_map(|p| input::FileKey::of(p))
        .collect();
    let files: Vec<_> = input::list_inputs(&args.paths)
        .into_iter()
        .filter(|f| match f {
            Ok(f) => {
                written.is_empty()
                    || input::FileKey::of(&f.path).is_none_or(|k| !written.contains(&k))
            }
            Err(_) => true,
        })
        .collect();
    if files.is_empty() {
        // Nothing to read is a mistake (a wrong directory, files with other extensions), not
        // a successful run of nothing; earlier output files are left as they are.
        let shown: Vec<String> = args.paths.iter().map(|p| p.display().to_string()).collect();
        say(format_args!(
            "error: no inputs found in {}: extract reads {} files (hidden files are skipped)",
            shown.join(", "),
            input::READ_EXTENSIONS
        ));
        return Ok(ExitCode::from(1));
    }
    let outputs = Outputs::open(args)?;
    let total_bytes: u64 = files
        .iter()
        .filter_map(|f| f.as_ref().ok())
        .filter_map(|f| std::fs::metadata(&f.path).ok())
        .map(|m| m.len())
        .sum();
    let progress = progress_bar(total_bytes, args.quiet);
    let writer = Writer {
        outputs,
        progress: progress.clone(),
        totals: Totals::default(),
        memory: RunMemory::default(),
    };
    let totals = batch::extract_files(files, &|bytes| progress.inc(bytes), writer)??;
    progress.finish_and_clear();
    totals.summary();
    Ok(totals.exit_code())
}

/// Where a run's results go: the database (`--db`), the records (`-o`, else standard output)
/// and the error lines (`--errors`).
struct Outputs {
    sink: Option<Box<dyn RecordSink>>,
    records: JsonlSink,
    errors: Option<JsonlSink>,
}

impl Outputs {
    /// Opens them, the database first: when it cannot be opened the run stops before any
    /// output file of an earlier run is truncated.
    fn open(args: &Args) -> anyhow::Result<Self> {
        let sink = match &args.db {
            Some(target) => Some(open_sink(target).map_err(anyhow::Error::new)?),
            None => None,
        };
        let create = |path: &PathBuf| format!("cannot create {}", path.display());
        let errors = match &args.errors {
            Some(path) => Some(JsonlSink::to_file(path).with_context(|| create(path))?),
            None => None,
        };
        let records = JsonlSink::create(args.output.as_deref())
            .with_context(|| args.output.as_ref().map(create).unwrap_or_default())?;
        Ok(Self {
            sink,
            records,
            errors,
        })
    }

    /// Writes a record or error object to the records' output.
    fn write(&mut self, value: &impl serde::Serialize) -> anyhow::Result<Written> {
        self.records
            .write(value)
            .context("cannot write the records")
    }

    /// Writes an error object to `--errors`, when given.
    fn write_error(&mut self, input: &str, error: &str) -> anyhow::Result<()> {
        if let Some(errors) = self.errors.as_mut() {
            errors
                .write(&json!({"input": input, "error": error}))
                .context("cannot write the records")?;
        }
        Ok(())
    }

    /// Writes out the error lines.
    fn flush_errors(&mut self) -> anyhow::Result<()> {
        if let Some(errors) = self.errors.as_mut() {
            errors.flush().context("cannot write the error lines")?;
        }
        Ok(())
    }
}

/// The writing end of `extract`: database, records, error lines, in input order.
struct Writer {
    outputs: Outputs,
    progress: ProgressBar,
    totals: Totals,
    memory: RunMemory,
}

impl Deliver for Writer {
    type Done = Totals;
    type Error = anyhow::Error;

    /// Writes one batch; `Ok(false)` when standard output was closed (the rest is dropped).
    fn deliver(&mut self, mut outcomes: Vec<Outcome>) -> anyhow::Result<bool> {
        // Before the database: it keeps one article per id, and stores the duplicate marks.
        self.memory.check(&mut outcomes);
        if let Some(sink) = self.outputs.sink.as_mut() {
            load_outcomes(sink.as_mut(), &mut outcomes);
        }
        let loaded = self.outputs.sink.is_some();
        let mut outcomes = outcomes.into_iter();
        while let Some(outcome) = outcomes.next() {
            match outcome {
                Outcome::Record { record, .. } => {
                    if self.outputs.write(&record)? == Written::Closed {
                        self.totals.closed = true;
                        if loaded {
                            let rest = outcomes
                                .filter(|o| matches!(o, Outcome::Record { .. }))
                                .count();
                            self.totals.loaded_unwritten = rest + 1;
                        }
                        return Ok(false);
                    }
                    self.totals.inputs += 1;
                    self.totals.records += 1;
                    for warning in &record.warnings {
                        self.progress
                            .suspend(|| say(format_args!("warning: {}: {warning}", record.id)));
                    }
                }
                Outcome::Skipped(skipped) => {
                    *self.totals.skipped.entry(skipped).or_default() += 1;
                }
                Outcome::Failed { input, error } => {
                    self.totals.inputs += 1;
                    self.totals.errors += 1;
                    self.progress
                        .suspend(|| say(format_args!("error: {error}")));
                    self.outputs.write_error(&input, &error)?;
                }
            }
        }
        Ok(true)
    }

    fn finish(mut self) -> anyhow::Result<Totals> {
        self.totals.duplicates = self.memory.duplicates;
        let flushed = self.outputs.records.flush();
        if flushed.context("cannot write the records")? == Written::Closed {
            self.totals.closed = true;
        }
        self.outputs.flush_errors()?;
        Ok(self.totals)
    }
}

/// Stdin mode: one output line per input line, in order, flushed as it goes. With `--db`, the
/// records of the lines extracted together are loaded in one transaction before their lines
/// are written (one transaction per line made loading many times slower than extracting),
/// in a thread of its own ([`stdin_db`]), while the next lines are extracted.
fn run_stdin(args: &Args) -> anyhow::Result<ExitCode> {
    let outputs = Outputs::open(args)?;
    let mut memory = RunMemory::default();
    let (mut outputs, mut totals) = if outputs.sink.is_some() {
        let loader = stdin_db::Loader::start(outputs);
        batch::extract_stream_chunks(io::stdin(), |answers| {
            Ok::<_, anyhow::Error>(loader.send(claim_lines(answers, &mut memory, true)))
        })?;
        loader.finish()?
    } else {
        let mut outputs = outputs;
        let mut totals = Totals::default();
        batch::extract_stream_chunks(io::stdin(), |answers| {
            answer_lines(
                claim_lines(answers, &mut memory, false),
                &mut outputs,
                &mut totals,
            )
        })?;
        (outputs, totals)
    };
    outputs.flush_errors()?;
    totals.duplicates = memory.duplicates;
    totals.summary();
    Ok(totals.exit_code())
}

/// A stdin line's record, or its error (with the line's id, when known).
type LineResult = Result<Record, (Option<String>, String)>;

/// A stdin line, its id claimed and its body checked against the run's.
struct Claimed {
    line_no: usize,
    result: LineResult,
    /// With `--db`, what the sink needs of the record (its hash and fingerprint), computed on
    /// the worker threads; `None` when it could not be (the sink then computes it).
    prepared: Option<Prepared>,
}

/// The lines extracted together, their ids claimed and their bodies checked against the
/// run's (a repeated id becomes its line's error; a repeated body, a duplicate mark), in
/// input order; the bodies' fingerprints (and, for a database, the records' hashes) are
/// computed on the worker threads.
fn claim_lines(answers: Vec<LineAnswer>, memory: &mut RunMemory, prepare: bool) -> Vec<Claimed> {
    let mut lines: Vec<(usize, LineResult)> = answers
        .into_iter()
        .map(|LineAnswer { line_no, result }| {
            let result = result.map_err(|f| (f.id, f.error)).and_then(|record| {
                match memory.ids.claim(&record.id, &format!("stdin:{line_no}")) {
                    Ok(()) => Ok(record),
                    Err(err) => Err((Some(record.id.clone()), err.to_string())),
                }
            });
            (line_no, result)
        })
        .collect();
    let fingerprints: Vec<Option<Fingerprint>> = lines
        .par_iter()
        .map(|(_, result)| result.as_ref().ok().and_then(record_fingerprint))
        .collect();
    for ((_, result), fingerprint) in lines.iter_mut().zip(&fingerprints) {
        if let Ok(record) = result {
            let (bodies, counts) = (&mut memory.bodies, &mut memory.duplicates);
            mark_fingerprinted(bodies, counts, record, fingerprint.as_ref());
        }
    }
    lines
        .into_par_iter()
        .zip(fingerprints)
        .map(|((line_no, result), fingerprint)| {
            let prepared = match &result {
                Ok(record) if prepare => Prepared::with_fingerprint(record, fingerprint).ok(),
                _ => None,
            };
            Claimed {
                line_no,
                result,
                prepared,
            }
        })
        .collect()
}

/// Answers claimed lines: their records loaded (with `--db`: in one transaction, or one by
/// one when the database refuses it, so that only the records it rejects become errors),
/// then each written, or its error object; false once stdout is closed.
fn answer_lines(
    mut lines: Vec<Claimed>,
    outputs: &mut Outputs,
    totals: &mut Totals,
) -> anyhow::Result<bool> {
    if let Some(sink) = outputs.sink.as_mut() {
        load_lines(sink.as_mut(), &mut lines);
    }
    let loaded = outputs.sink.is_some();
    let mut lines = lines.into_iter();
    while let Some(Claimed {
        line_no, result, ..
    }) = lines.next()
    {
        let record = usize::from(result.is_ok());
        if !answer_stdin_line(line_no, result, outputs, totals)? {
            if loaded {
                // This line's record, if it has one, and the rest of the chunk's.
                let rest = lines.filter(|line| line.result.is_ok()).count();
                totals.loaded_unwritten = record + rest;
            }
            return Ok(false);
        }
    }
    Ok(true)
}

/// Loads the records of `lines` in one transaction; when the database refuses it, one by one,
/// each record it rejects becoming its line's error.
fn load_lines(sink: &mut dyn RecordSink, lines: &mut [Claimed]) {
    let mut records: Vec<Record> = Vec::with_capacity(lines.len());
    let mut prepared: Option<Vec<Prepared>> = Some(Vec::with_capacity(lines.len()));
    for line in lines.iter() {
        if let Ok(record) = &line.result {
            records.push(record.clone());
            match (&mut prepared, &line.prepared) {
                (Some(all), Some(one)) => all.push(one.clone()),
                (all, _) => *all = None,
            }
        }
    }
    let write = |sink: &mut dyn RecordSink, records: &[Record], prepared: Option<&[Prepared]>| {
        match prepared {
            Some(prepared) => sink.write_prepared(records, prepared),
            None => sink.write_batch(records),
        }
    };
    if records.is_empty()
        || (records.len() > 1 && write(sink, &records, prepared.as_deref()).is_ok())
    {
        return;
    }
    for line in lines.iter_mut() {
        let refused = match &line.result {
            Ok(record) => write(
                sink,
                std::slice::from_ref(record),
                line.prepared.as_ref().map(std::slice::from_ref),
            )
            .err()
            .map(|err| (Some(record.id.clone()), format!("{}: {err}", record.id))),
            Err(_) => None,
        };
        if let Some(refused) = refused {
            line.result = Err(refused);
        }
    }
}

/// Writes one stdin line's answer (its record, or its error object) and counts it; false once
/// stdout is closed.
fn answer_stdin_line(
    line_no: usize,
    result: LineResult,
    outputs: &mut Outputs,
    totals: &mut Totals,
) -> anyhow::Result<bool> {
    let input = format!("stdin:{line_no}");
    let written = match &result {
        Ok(record) => outputs.write(record)?,
        Err((id, error)) => {
            let mut object = json!({"line": line_no, "error": error});
            if let Some(id) = id {
                object["id"] = json!(id);
            }
            outputs.write(&object)?
        }
    };
    let flushed = outputs
        .records
        .flush()
        .context("cannot write the records")?;
    if written == Written::Closed || flushed == Written::Closed {
        totals.closed = true;
        return Ok(false);
    }
    totals.inputs += 1;
    match result {
        Ok(record) => {
            totals.records += 1;
            for warning in &record.warnings {
                say(format_args!("warning: {}: {warning}", record.id));
            }
        }
        Err((_, error)) => {
            totals.errors += 1;
            say(format_args!("error: {error}"));
            outputs.write_error(&input, &error)?;
        }
    }
    Ok(true)
}

/// The progress bar of a run over `total_bytes` of files: hidden with `--quiet` or when
/// standard error is not a terminal.
fn progress_bar(total_bytes: u64, quiet: bool) -> ProgressBar {
    if quiet || !io::stderr().is_terminal() {
        return ProgressBar::with_draw_target(Some(total_bytes), ProgressDrawTarget::hidden());
    }
    let bar = ProgressBar::new(total_bytes);
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} ({bytes_per_sec}, eta {eta})",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar
}
