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

use super::say;
use union_news::guard::guard;
use union_news::input::{
    self, parse_jsonl_line, read_file_input, FileKind, IdRegistry, InputFile, Line, LineReader,
};
use union_news::record::{article_record, Record, SourceKind};
use union_news::sink::{open_sink, RecordSink};

/// The most worker threads `--jobs` starts (`-j 20000` took minutes to start its threads).
const MAX_JOBS: usize = 256;

/// How many inputs are processed per parallel batch: bounds memory whatever the corpus size.
const BATCH: usize = 256;

/// Arguments of `union-news extract`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files or directories (walked recursively) of .txt, .html and .jsonl; `-` reads JSONL
    /// from stdin and writes one line per input line, in order.
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

/// What became of one unit; `input` names it (a path, `FILE:LINE`, `stdin:N`).
enum Outcome {
    Record { record: Box<Record>, input: String },
    Failed { input: String, error: String },
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
        say(format_args!(
            "{} inputs, {} records, {} errors",
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

/// Whether a write failed because the reader of standard output went away.
fn is_closed_pipe(err: &io::Error) -> bool {
    err.kind() == io::ErrorKind::BrokenPipe
}

/// Writes one JSON value as a line. `Ok(false)` when the output was closed by its reader.
fn write_line(out: &mut dyn Write, value: &impl serde::Serialize) -> anyhow::Result<bool> {
    let mut line = serde_json::to_vec(value)?;
    line.push(b'\n');
    match out.write_all(&line) {
        Ok(()) => Ok(true),
        Err(err) if is_closed_pipe(&err) => Ok(false),
        Err(err) => Err(anyhow::Error::new(err).context("cannot write the records")),
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
    if args.paths.iter().any(|p| p.as_os_str() == "-") {
        if args.paths.len() > 1 {
            anyhow::bail!("`-` (stdin) cannot be combined with other paths");
        }
        return run_stdin(&args);
    }

    check_outputs_are_not_inputs(&args)?;
    // The files this run writes are not inputs, even inside a directory it reads
    // (`extract dir -o dir/records.jsonl`), whatever link leads to them. They are created
    // after the listing, so only an output left by an earlier run can be among the inputs:
    // its identity is taken once, and each input's compared with it.
    let written: Vec<input::FileKey> = [&args.output, &args.errors]
        .into_iter()
        .flatten()
        .filter(|p| p.as_os_str() != "-")
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
    // The database first: when it cannot be opened the run stops before any output file
    // of an earlier run is truncated.
    let sink = match &args.db {
        Some(target) => Some(open_db(target)?),
        None => None,
    };
    let errors_out = match &args.errors {
        Some(path) => {
            Some(BufWriter::new(File::create(path).with_context(|| {
                format!("cannot create {}", path.display())
            })?))
        }
        None => None,
    };
    let out: Box<dyn Write + Send> = match &args.output {
        Some(path) if path.as_os_str() != "-" => Box::new(BufWriter::new(
            File::create(path).with_context(|| format!("cannot create {}", path.display()))?,
        )),
        // No -o, or `-o -`: standard output.
        _ => Box::new(BufWriter::new(io::stdout())),
    };
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
        ids: IdRegistry::default(),
    };
    let (sender, receiver) = std::sync::mpsc::sync_channel::<Vec<Outcome>>(2);
    let writer_thread = std::thread::spawn(move || -> anyhow::Result<Totals> {
        for outcomes in receiver {
            if !writer.write(outcomes)? {
                break; // stdout closed: dropping the receiver stops the producer
            }
        }
        writer.finish()
    });
    let mut batch: Vec<Unit> = Vec::with_capacity(BATCH);
    // Hands a batch to the writer; false once the writer has stopped (stdout closed, or an
    // error that join reports).
    let flush = move |batch: &mut Vec<Unit>| -> bool {
        let outcomes: Vec<Outcome> = batch.par_drain(..).map(process).collect();
        sender.send(outcomes).is_ok()
    };

    'files: for file in files {
        let file = match file {
            Ok(file) => file,
            Err(err) => {
                batch.push(Unit::Failed {
                    input: err.input_name().unwrap_or_default(),
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
                    // A binary file is one error, not one per junk line.
                    let head = reader
                        .peek()
                        .map_err(|err| format!("{origin}: cannot read: {err}"))
                        .and_then(|head| {
                            input::check_text_head(&origin, head).map_err(|e| e.to_string())
                        });
                    if let Err(error) = head {
                        progress.inc(size);
                        batch.push(Unit::Failed {
                            input: origin,
                            error,
                        });
                        if batch.len() >= BATCH && !flush(&mut batch) {
                            break 'files;
                        }
                        continue;
                    }
                    let mut lines = 0usize;
                    loop {
                        match reader.next_line() {
                            Ok(Some((line_no, Line::Bytes(bytes)))) => {
                                if bytes.iter().all(u8::is_ascii_whitespace) {
                                    continue; // blank lines in files are not inputs
                                }
                                lines += 1;
                                progress.inc(bytes.len() as u64 + 1);
                                batch.push(Unit::Line {
                                    origin: origin.clone(),
                                    line_no,
                                    bytes,
                                });
                            }
                            Ok(Some((line_no, Line::TooLong(len)))) => {
                                lines += 1;
                                progress.inc(len as u64);
                                batch.push(Unit::Failed {
                                    input: format!("{origin}:{line_no}"),
                                    error: format!(
                                        "{origin}:{line_no}: line of {len} bytes is larger than {} MiB: not an article",
                                        input::MAX_ARTICLE_BYTES >> 20
                                    ),
                                });
                            }
                            Ok(None) => {
                                if lines == 0 {
                                    // Nothing but blank lines, or nothing: still one input.
                                    batch.push(Unit::Failed {
                                        input: origin.clone(),
                                        error: format!("{origin}: empty file"),
                                    });
                                }
                                break;
                            }
                            Err(err) => {
                                let at = reader.lines_read() + 1;
                                batch.push(Unit::Failed {
                                    input: format!("{origin}:{at}"),
                                    error: format!("{origin}:{at}: read failed: {err}"),
                                });
                                break;
                            }
                        }
                        if batch.len() >= BATCH && !flush(&mut batch) {
                            break 'files;
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
        if batch.len() >= BATCH && !flush(&mut batch) {
            break 'files;
        }
    }
    if !batch.is_empty() {
        flush(&mut batch);
    }
    drop(flush); // closes the channel: the writer finishes
    let totals = match writer_thread.join() {
        Ok(result) => result?,
        Err(_) => anyhow::bail!("the writer thread panicked"),
    };
    progress.finish_and_clear();
    totals.summary();
    Ok(totals.exit_code())
}

/// The writing end of `extract`: database, records, error lines, in input order.
struct Writer {
    out: Box<dyn Write + Send>,
    errors_out: Option<BufWriter<File>>,
    sink: Option<Box<dyn RecordSink>>,
    progress: ProgressBar,
    totals: Totals,
    ids: IdRegistry,
}

impl Writer {
    /// Writes one batch; `Ok(false)` when standard output was closed (the rest is dropped).
    fn write(&mut self, mut outcomes: Vec<Outcome>) -> anyhow::Result<bool> {
        // Before the database: it keeps one article per id, so a second record with an id
        // already written would silently replace the first.
        for outcome in outcomes.iter_mut() {
            if let Outcome::Record { record, input } = outcome {
                if let Err(err) = self.ids.claim(&record.id, input) {
                    *outcome = Outcome::Failed {
                        input: std::mem::take(input),
                        error: err.to_string(),
                    };
                }
            }
        }
        if let Some(sink) = self.sink.as_mut() {
            load_outcomes(sink.as_mut(), &mut outcomes);
        }
        let loaded = self.sink.is_some();
        let mut outcomes = outcomes.into_iter();
        while let Some(outcome) = outcomes.next() {
            match outcome {
                Outcome::Record { record, .. } => {
                    if !write_line(&mut self.out, &record)? {
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
                Outcome::Failed { input, error } => {
                    self.totals.inputs += 1;
                    self.totals.errors += 1;
                    self.progress
                        .suspend(|| say(format_args!("error: {error}")));
                    if let Some(e) = self.errors_out.as_mut() {
                        write_line(e, &json!({"input": input, "error": error}))?;
                    }
                }
            }
        }
        Ok(true)
    }

    fn finish(mut self) -> anyhow::Result<Totals> {
        match self.out.flush() {
            Ok(()) => {}
            Err(err) if is_closed_pipe(&err) => self.totals.closed = true,
            Err(err) => return Err(anyhow::Error::new(err).context("cannot write the records")),
        }
        if let Some(e) = self.errors_out.as_mut() {
            e.flush().context("cannot write the error lines")?;
        }
        Ok(self.totals)
    }
}

/// Reads and extracts one unit. Runs under [`guard`]: a bug that panics on this input becomes
/// its error, and the rest of the run goes on.
fn process(unit: Unit) -> Outcome {
    let (input, result) = match unit {
        Unit::File(file) => {
            let input = file.path.display().to_string();
            let result = guard(&input, || {
                read_file_input(&file).map(|article| article_record(&article))
            });
            (input, result)
        }
        Unit::Line {
            origin,
            line_no,
            bytes,
        } => {
            let input = format!("{origin}:{line_no}");
            let result = guard(&input, || {
                parse_jsonl_line(&origin, SourceKind::File, Some(&origin), line_no, &bytes)
                    .map(|article| article_record(&article))
            });
            (input, result)
        }
        Unit::Failed { input, error } => return Outcome::Failed { input, error },
    };
    match result {
        Ok(record) => Outcome::Record {
            record: Box::new(record),
            input,
        },
        Err(err) => Outcome::Failed {
            input,
            error: err.to_string(),
        },
    }
}

/// Stdin mode: one output line per input line, in order, flushed as it goes.
fn run_stdin(args: &Args) -> anyhow::Result<ExitCode> {
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
    let mut out: Box<dyn Write> = match &args.output {
        Some(path) if path.as_os_str() != "-" => Box::new(
            File::create(path).with_context(|| format!("cannot create {}", path.display()))?,
        ),
        _ => Box::new(io::stdout().lock()),
    };
    // A thread reads the lines; the lines already read when one is taken are extracted
    // together, in parallel, and answered in order: a stream that sends one line and waits
    // for its answer gets it at once, a bulk stream uses every core.
    let (sender, receiver) = std::sync::mpsc::sync_channel::<StdinLine>(STDIN_AHEAD);
    std::thread::spawn(move || read_stdin_lines(&sender));
    let mut totals = Totals::default();
    let mut ids = IdRegistry::default();
    let mut answer = Answer {
        out: &mut out,
        sink: sink.as_deref_mut(),
        errors_out: errors_out.as_mut(),
        totals: &mut totals,
        ids: &mut ids,
    };
    let mut chunk: Vec<StdinLine> = Vec::with_capacity(STDIN_AHEAD);
    'lines: while let Ok(first) = receiver.recv() {
        let mut bytes = first.len();
        chunk.push(first);
        while chunk.len() < STDIN_AHEAD && bytes < STDIN_CHUNK_BYTES {
            match receiver.try_recv() {
                Ok(line) => {
                    bytes += line.len();
                    chunk.push(line);
                }
                Err(_) => break,
            }
        }
        let results: Vec<_> = chunk
            .par_drain(..)
            .map(|item| match item {
                StdinLine::Line(line_no, line) => (line_no, stdin_record(line_no, line), false),
                // The line that could not be read is an input too, with its error line; then
                // the stream is over.
                StdinLine::Failed(line_no, err) => (
                    line_no,
                    Err((None, format!("stdin:{line_no}: read failed: {err}"))),
                    true,
                ),
            })
            .collect();
        for (line_no, result, read_failed) in results {
            if !answer_stdin_line(line_no, result, &mut answer)? || read_failed {
                break 'lines;
            }
        }
    }
    if let Some(e) = errors_out.as_mut() {
        e.flush().context("cannot write the error lines")?;
    }
    totals.summary();
    Ok(totals.exit_code())
}

/// Lines read ahead of the one being answered, at most, and lines extracted together.
const STDIN_AHEAD: usize = 64;

/// Bytes of lines extracted together, at most (one line more may pass it): with
/// [`STDIN_AHEAD`], what bounds memory however long the lines.
const STDIN_CHUNK_BYTES: usize = 16 << 20;

/// A line of stdin as the reading thread sends it.
enum StdinLine {
    /// Line number and content.
    Line(usize, Line),
    /// The line that could not be read, and why: the last one sent.
    Failed(usize, io::Error),
}

impl StdinLine {
    /// The bytes it holds.
    fn len(&self) -> usize {
        match self {
            StdinLine::Line(_, Line::Bytes(bytes)) => bytes.len(),
            StdinLine::Line(_, Line::TooLong(_)) | StdinLine::Failed(..) => 0,
        }
    }
}

/// Reads stdin line by line into `sender` until it ends, fails, or the receiver is gone.
fn read_stdin_lines(sender: &std::sync::mpsc::SyncSender<StdinLine>) {
    let mut reader = LineReader::new(io::stdin().lock());
    loop {
        let item = match reader.next_line() {
            Ok(Some((line_no, line))) => StdinLine::Line(line_no, line),
            Ok(None) => return,
            Err(err) => StdinLine::Failed(reader.lines_read() + 1, err),
        };
        let last = matches!(item, StdinLine::Failed(..));
        if sender.send(item).is_err() || last {
            return;
        }
    }
}

/// Where the answers of stdin mode go.
struct Answer<'a, W: Write> {
    out: &'a mut W,
    sink: Option<&'a mut (dyn RecordSink + 'static)>,
    errors_out: Option<&'a mut BufWriter<File>>,
    totals: &'a mut Totals,
    ids: &'a mut IdRegistry,
}

/// Answers one stdin line: its id claimed, the record loaded (with `--db`) and written, or
/// its error object; false once stdout is closed.
fn answer_stdin_line<W: Write>(
    line_no: usize,
    result: Result<Record, (Option<String>, String)>,
    to: &mut Answer<'_, W>,
) -> anyhow::Result<bool> {
    let mut result =
        result.and_then(
            |record| match to.ids.claim(&record.id, &format!("stdin:{line_no}")) {
                Ok(()) => Ok(record),
                Err(err) => Err((Some(record.id.clone()), err.to_string())),
            },
        );
    if let (Some(sink), Ok(record)) = (to.sink.as_mut(), &result) {
        if let Err(err) = sink.write_batch(std::slice::from_ref(record)) {
            result = Err((Some(record.id.clone()), format!("{}: {err}", record.id)));
        }
    }
    let written = match &result {
        Ok(record) => write_line(&mut to.out, record)?,
        Err((id, error)) => {
            let mut object = json!({"line": line_no, "error": error});
            if let Some(id) = id {
                object["id"] = json!(id);
            }
            write_line(&mut to.out, &object)?
        }
    };
    let flushed = match to.out.flush() {
        Ok(()) => true,
        Err(err) if is_closed_pipe(&err) => false,
        Err(err) => return Err(anyhow::Error::new(err).context("cannot write the records")),
    };
    if !(written && flushed) {
        to.totals.closed = true;
        return Ok(false);
    }
    to.totals.inputs += 1;
    match result {
        Ok(record) => {
            to.totals.records += 1;
            for warning in &record.warnings {
                say(format_args!("warning: {}: {warning}", record.id));
            }
        }
        Err((_, error)) => {
            to.totals.errors += 1;
            say(format_args!("error: {error}"));
            if let Some(e) = to.errors_out.as_mut() {
                write_line(
                    e,
                    &json!({"input": format!("stdin:{line_no}"), "error": error}),
                )?;
            }
        }
    }
    Ok(true)
}

/// The record for one stdin line, or the id (when the line has one) and the error.
fn stdin_record(line_no: usize, line: Line) -> Result<Record, (Option<String>, String)> {
    match line {
        Line::Bytes(bytes) if bytes.iter().all(u8::is_ascii_whitespace) => {
            Err((None, format!("stdin:{line_no}: empty line")))
        }
        Line::Bytes(bytes) => {
            let result = guard(&format!("stdin:{line_no}"), || {
                parse_jsonl_line("stdin", SourceKind::Stdin, None, line_no, &bytes)
                    .map(|input| article_record(&input))
            });
            result.map_err(|err| (id_of(&bytes), err.to_string()))
        }
        Line::TooLong(len) => Err((
            None,
            format!(
                "stdin:{line_no}: line of {len} bytes is larger than {} MiB: not an article",
                input::MAX_ARTICLE_BYTES >> 20
            ),
        )),
    }
}

/// The `id` of a JSON line that failed later than parsing, when it has one.
fn id_of(bytes: &[u8]) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct IdOnly {
        id: Option<Box<serde_json::value::RawValue>>,
    }
    let line: IdOnly = serde_json::from_slice(bytes).ok()?;
    input::id_as_written(line.id.as_deref()?).ok().flatten()
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
    open_sink(target).map_err(anyhow::Error::new)
}

/// Loads the records of a batch in one transaction; when the database refuses the batch, loads
/// them one by one so that only the records it rejects become errors (an article is either
/// fully loaded or not at all, and a record that is not loaded is not written out either).
fn load_outcomes(sink: &mut dyn RecordSink, outcomes: &mut [Outcome]) {
    let records: Vec<Record> = outcomes
        .iter()
        .filter_map(|o| match o {
            Outcome::Record { record, .. } => Some((**record).clone()),
            Outcome::Failed { .. } => None,
        })
        .collect();
    if records.is_empty() || sink.write_batch(&records).is_ok() {
        return;
    }
    for outcome in outcomes.iter_mut() {
        if let Outcome::Record { record, input } = outcome {
            if let Err(err) = sink.write_batch(std::slice::from_ref(&**record)) {
                *outcome = Outcome::Failed {
                    input: std::mem::take(input),
                    error: format!("{}: {err}", record.id),
                };
            }
        }
    }
}
