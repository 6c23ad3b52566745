//! `union-news extract`: inputs → JSONL records (and optionally a database), in parallel, with
//! one error line per bad input and a summary that accounts for every input.

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use serde_json::json;

use union_news::pipeline::{
    self, article_record, parse_jsonl_line, read_file_input, FileKind, InputFile, Line, LineReader,
};
use union_news::record::{Record, SourceKind};
use union_news::sink::{open_sink, RecordSink};

/// How many inputs are processed per parallel batch: bounds memory whatever the corpus size.
const BATCH: usize = 256;

/// Arguments of `union-news extract`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files or directories (walked recursively) of .txt, .html and .jsonl; `-` reads JSONL
    /// from stdin and writes one line per input line, in order.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Write records here instead of stdout.
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

/// One unit of work: a whole file or one JSONL line.
enum Unit {
    File(InputFile),
    Line {
        origin: String,
        line_no: usize,
        bytes: Vec<u8>,
    },
    Failed {
        input: String,
        error: String,
    },
}

/// What became of one unit.
enum Outcome {
    Record(Box<Record>),
    Failed { input: String, error: String },
}

/// Running totals.
#[derive(Debug, Default)]
struct Totals {
    inputs: usize,
    records: usize,
    errors: usize,
}

/// Runs `union-news extract`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if let Some(jobs) = args.jobs {
        rayon::ThreadPoolBuilder::new()
            .num_threads(jobs.max(1))
            .build_global()
            .context("cannot start worker threads")?;
    }
    if args.paths.iter().any(|p| p.as_os_str() == "-") {
        if args.paths.len() > 1 {
            anyhow::bail!("`-` (stdin) cannot be combined with other paths");
        }
        return run_stdin(&args);
    }

    let out: Box<dyn Write + Send> = match &args.output {
        Some(path) => Box::new(BufWriter::new(
            File::create(path).with_context(|| format!("cannot create {}", path.display()))?,
        )),
        None => Box::new(BufWriter::new(io::stdout())),
    };
    let errors_out = match &args.errors {
        Some(path) => {
            Some(BufWriter::new(File::create(path).with_context(|| {
                format!("cannot create {}", path.display())
            })?))
        }
        None => None,
    };
    let sink = match &args.db {
        Some(target) => Some(open_db(target)?),
        None => None,
    };

    let files = pipeline::list_inputs(&args.paths);
    let total_bytes: u64 = files
        .iter()
        .filter_map(|f| f.as_ref().ok())
        .filter_map(|f| std::fs::metadata(&f.path).ok())
        .map(|m| m.len())
        .sum();
    let progress = progress_bar(total_bytes, args.quiet);

    // Extraction (all cores) and writing (one thread: database load, JSONL, error lines) overlap:
    // while batch N is written, batch N+1 is extracted.
    let mut writer = Writer {
        out,
        errors_out,
        sink,
        progress: progress.clone(),
        totals: Totals::default(),
    };
    let (sender, receiver) = std::sync::mpsc::sync_channel::<Vec<Outcome>>(2);
    let writer_thread = std::thread::spawn(move || -> anyhow::Result<Totals> {
        for outcomes in receiver {
            writer.write(outcomes)?;
        }
        writer.finish()
    });
    let mut batch: Vec<Unit> = Vec::with_capacity(BATCH);
    let flush = move |batch: &mut Vec<Unit>| -> anyhow::Result<()> {
        let outcomes: Vec<Outcome> = batch.par_drain(..).map(process).collect();
        // A closed channel means the writer stopped on an error, which join reports.
        let _ = sender.send(outcomes);
        Ok(())
    };

    for file in files {
        let file = match file {
            Ok(file) => file,
            Err(err) => {
                batch.push(Unit::Failed {
                    input: String::new(),
                    error: err.to_string(),
                });
                continue;
            }
        };
        let size = std::fs::metadata(&file.path).map(|m| m.len()).unwrap_or(0);
        if FileKind::of(&file.path) == Some(FileKind::Jsonl) {
            let origin = file.path.display().to_string();
            match File::open(&file.path) {
                Ok(handle) => {
                    let mut reader = LineReader::new(handle);
                    loop {
                        match reader.next_line() {
                            Ok(Some((line_no, Line::Bytes(bytes)))) => {
                                if bytes.iter().all(u8::is_ascii_whitespace) {
                                    continue; // blank lines in files are not inputs
                                }
                                progress.inc(bytes.len() as u64 + 1);
                                batch.push(Unit::Line {
                                    origin: origin.clone(),
                                    line_no,
                                    bytes,
                                });
                            }
                            Ok(Some((line_no, Line::TooLong(len)))) => {
                                progress.inc(len as u64);
                                batch.push(Unit::Failed {
                                    input: format!("{origin}:{line_no}"),
                                    error: format!(
                                        "{origin}:{line_no}: line of {len} bytes is larger than {} MiB: not an article",
                                        pipeline::MAX_ARTICLE_BYTES >> 20
                                    ),
                                });
                            }
                            Ok(None) => break,
                            Err(err) => {
                                batch.push(Unit::Failed {
                                    input: origin.clone(),
                                    error: format!("{origin}: read failed: {err}"),
                                });
                                break;
                            }
                        }
                        if batch.len() >= BATCH {
                            flush(&mut batch)?;
                        }
                    }
                }
                Err(err) => batch.push(Unit::Failed {
                    input: origin.clone(),
                    error: format!("{origin}: cannot read: {err}"),
                }),
            }
        } else {
            progress.inc(size);
            batch.push(Unit::File(file));
        }
        if batch.len() >= BATCH {
            flush(&mut batch)?;
        }
    }
    flush(&mut batch)?;
    drop(flush); // closes the channel: the writer finishes
    let totals = match writer_thread.join() {
        Ok(result) => result?,
        Err(_) => anyhow::bail!("the writer thread panicked"),
    };
    progress.finish_and_clear();
    eprintln!(
        "{} inputs, {} records, {} errors",
        totals.inputs, totals.records, totals.errors
    );
    Ok(if totals.errors == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// The writing end of `extract`: database, records, error lines, in input order.
struct Writer {
    out: Box<dyn Write + Send>,
    errors_out: Option<BufWriter<File>>,
    sink: Option<Box<dyn RecordSink>>,
    progress: ProgressBar,
    totals: Totals,
}

impl Writer {
    fn write(&mut self, mut outcomes: Vec<Outcome>) -> anyhow::Result<()> {
        if let Some(sink) = self.sink.as_mut() {
            load_outcomes(sink.as_mut(), &mut outcomes);
        }
        for outcome in outcomes {
            self.totals.inputs += 1;
            match outcome {
                Outcome::Record(record) => {
                    self.totals.records += 1;
                    for warning in &record.warnings {
                        self.progress
                            .suspend(|| eprintln!("warning: {}: {warning}", record.id));
                    }
                    serde_json::to_writer(&mut self.out, &record)?;
                    self.out.write_all(b"\n")?;
                }
                Outcome::Failed { input, error } => {
                    self.totals.errors += 1;
                    self.progress.suspend(|| eprintln!("error: {error}"));
                    if let Some(e) = self.errors_out.as_mut() {
                        serde_json::to_writer(&mut *e, &json!({"input": input, "error": error}))?;
                        e.write_all(b"\n")?;
                    }
                }
            }
        }
        Ok(())
    }

    fn finish(mut self) -> anyhow::Result<Totals> {
        self.out.flush()?;
        if let Some(e) = self.errors_out.as_mut() {
            e.flush()?;
        }
        Ok(self.totals)
    }
}

fn process(unit: Unit) -> Outcome {
    match unit {
        Unit::File(file) => {
            let input = file.path.display().to_string();
            match read_file_input(&file) {
                Ok(article) => Outcome::Record(Box::new(article_record(&article))),
                Err(err) => Outcome::Failed {
                    input,
                    error: err.to_string(),
                },
            }
        }
        Unit::Line {
            origin,
            line_no,
            bytes,
        } => {
            let input = format!("{origin}:{line_no}");
            match parse_jsonl_line(&origin, SourceKind::File, Some(&origin), line_no, &bytes) {
                Ok(article) => Outcome::Record(Box::new(article_record(&article))),
                Err(err) => Outcome::Failed {
                    input,
                    error: err.to_string(),
                },
            }
        }
        Unit::Failed { input, error } => Outcome::Failed { input, error },
    }
}

/// Stdin mode: one output line per input line, in order, flushed as it goes.
fn run_stdin(args: &Args) -> anyhow::Result<ExitCode> {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let mut sink = match &args.db {
        Some(target) => Some(open_db(target)?),
        None => None,
    };
    let mut errors_out = match &args.errors {
        Some(path) => {
            Some(BufWriter::new(File::create(path).with_context(|| {
                format!("cannot create {}", path.display())
            })?))
        }
        None => None,
    };
    let mut reader = LineReader::new(io::stdin().lock());
    let mut totals = Totals::default();
    loop {
        let (line_no, line) = match reader.next_line() {
            Ok(Some(next)) => next,
            Ok(None) => break,
            Err(err) => {
                eprintln!("error: stdin: read failed: {err}");
                totals.errors += 1;
                break;
            }
        };
        totals.inputs += 1;
        let mut result = match line {
            Line::Bytes(bytes) if bytes.iter().all(u8::is_ascii_whitespace) => {
                Err((None, format!("stdin:{line_no}: empty line")))
            }
            Line::Bytes(bytes) => {
                match parse_jsonl_line("stdin", SourceKind::Stdin, None, line_no, &bytes) {
                    Ok(input) => Ok(article_record(&input)),
                    Err(err) => Err((id_of(&bytes), err.to_string())),
                }
            }
            Line::TooLong(len) => Err((
                None,
                format!(
                    "stdin:{line_no}: line of {len} bytes is larger than {} MiB: not an article",
                    pipeline::MAX_ARTICLE_BYTES >> 20
                ),
            )),
        };
        if let (Some(sink), Ok(record)) = (sink.as_mut(), &result) {
            if let Err(err) = sink.write_batch(std::slice::from_ref(record)) {
                result = Err((Some(record.id.clone()), format!("{}: {err}", record.id)));
            }
        }
        match result {
            Ok(record) => {
                totals.records += 1;
                for warning in &record.warnings {
                    eprintln!("warning: {}: {warning}", record.id);
                }
                serde_json::to_writer(&mut out, &record)?;
            }
            Err((id, error)) => {
                totals.errors += 1;
                eprintln!("error: {error}");
                let mut object = json!({"line": line_no, "error": error});
                if let Some(id) = id {
                    object["id"] = json!(id);
                }
                serde_json::to_writer(&mut out, &object)?;
                if let Some(e) = errors_out.as_mut() {
                    serde_json::to_writer(
                        &mut *e,
                        &json!({"input": format!("stdin:{line_no}"), "error": error}),
                    )?;
                    e.write_all(b"\n")?;
                }
            }
        }
        out.write_all(b"\n")?;
        out.flush()?;
    }
    if let Some(e) = errors_out.as_mut() {
        e.flush()?;
    }
    eprintln!(
        "{} inputs, {} records, {} errors",
        totals.inputs, totals.records, totals.errors
    );
    Ok(if totals.errors == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// The `id` of a JSON line that failed later than parsing, when it has one.
fn id_of(bytes: &[u8]) -> Option<String> {
    let value: serde_json::Value = serde_json::from_slice(bytes).ok()?;
    match value.get("id")? {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

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

fn open_db(target: &str) -> anyhow::Result<Box<dyn RecordSink>> {
    open_sink(target)
        .with_context(|| format!("cannot open database {}", super::redact_target(target)))
}

/// Loads the records of a batch in one transaction; when the database refuses the batch, loads
/// them one by one so that only the records it rejects become errors (an article is either
/// fully loaded or not at all, and a record that is not loaded is not written out either).
fn load_outcomes(sink: &mut dyn RecordSink, outcomes: &mut [Outcome]) {
    let records: Vec<Record> = outcomes
        .iter()
        .filter_map(|o| match o {
            Outcome::Record(r) => Some((**r).clone()),
            Outcome::Failed { .. } => None,
        })
        .collect();
    if records.is_empty() || sink.write_batch(&records).is_ok() {
        return;
    }
    for outcome in outcomes.iter_mut() {
        if let Outcome::Record(record) = outcome {
            if let Err(err) = sink.write_batch(std::slice::from_ref(&**record)) {
                let input = record
                    .source
                    .path
                    .clone()
                    .unwrap_or_else(|| record.id.clone());
                *outcome = Outcome::Failed {
                    input,
                    error: format!("{}: {err}", record.id),
                };
            }
        }
    }
}
