//! `union-news load`: records (JSONL) into SQLite or PostgreSQL.

use std::fs::File;
use std::io::{self, Read};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc::SyncSender;

use union_news::dedup::{mark_fingerprinted, record_fingerprint, BodyRegistry, DuplicateCounts};
use union_news::input::{RecordLine, RecordReader};
use union_news::record::DuplicateKind;
use union_news::record::Record;
use union_news::sink::{open_sink, LoadStats, Prepared, RecordSink};

/// Arguments of `union-news load`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// JSONL files of records, one record per line (`-` for stdin).
    #[arg(required = true, value_name = "RECORDS.jsonl")]
    inputs: Vec<PathBuf>,
    /// The database: a SQLite path (or sqlite://PATH), or postgres://USER@HOST/DB[?schema=NAME].
    #[arg(long, value_name = "PATH_OR_URL")]
    db: String,
    /// Records per transaction.
    #[arg(long, default_value_t = 1000, value_parser = clap::value_parser!(u32).range(1..))]
    batch_size: u32,
}

/// Counts for the summary line.
#[derive(Debug, Default)]
struct Tally {
    inputs: usize,
    records: usize,
    errors: usize,
    stats: LoadStats,
    /// Records marked as repeating an earlier record's body (by the run that made them, or
    /// by this load for records without a mark).
    duplicates: DuplicateCounts,
}

/// What the reading thread sends: records parsed from the input (with where each came from)
/// and the inputs that failed, in input order.
#[derive(Debug, Default)]
struct Parsed {
    batch: Batch,
    /// Lines or files that are not records: their messages, printed in order.
    errors: Vec<String>,
    /// Inputs read (lines that are not blank, files that cannot be opened).
    inputs: usize,
    /// The batch's records marked as duplicates (by the run that made them or by this load).
    duplicates: DuplicateCounts,
}

/// Runs `union-news load`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    // The error names the database (its password hidden) and says why.
    let mut sink = open_sink(&args.db)?;
    let batch_size = args.batch_size as usize;
    // Reading, parsing, marking duplicates and hashing (a thread of its own) overlap with
    // loading: while batch N is in the database, batch N+1 is prepared.
    let (sender, receiver) = std::sync::mpsc::sync_channel::<Parsed>(2);
    let inputs = args.inputs.clone();
    let reader = std::thread::spawn(move || read_batches(&inputs, batch_size, &sender));
    let mut tally = Tally::default();
    for mut parsed in receiver {
        let DuplicateCounts { exact, near } = parsed.duplicates;
        tally.duplicates.exact += exact;
        tally.duplicates.near += near;
        tally.inputs += parsed.inputs;
        tally.errors += parsed.errors.len();
        for error in &parsed.errors {
            super::say(format_args!("{error}"));
        }
        flush(sink.as_mut(), &mut parsed.batch, &mut tally);
    }
    if reader.join().is_err() {
        anyhow::bail!("the reading thread panicked");
    }
    let s = tally.stats;
    super::say(format_args!(
        "loaded into {}: {} new, {} replaced, {} unchanged, {} mention rows",
        super::redact_target(&args.db),
        s.inserted,
        s.replaced,
        s.unchanged,
        s.rows
    ));
    let DuplicateCounts { exact, near } = tally.duplicates;
    let duplicates = match exact + near {
        0 => String::new(),
        all => format!(" ({all} duplicates: {exact} exact, {near} near)"),
    };
    super::say(format_args!(
        "{} inputs, {} records{duplicates}, {} errors",
        tally.inputs, tally.records, tally.errors
    ));
    Ok(if tally.errors == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// Marks `record` when it carries no duplicate mark and repeats the body of a record read
/// before it in this run (records of several runs loaded together, or written before marks
/// existed), counts it when marked (a mark it carries is kept), and computes what the sink
/// needs of it ([`Prepared`]: its hash, of the record as marked, and the fingerprint the marking
/// computed). `None`
/// when the record cannot be hashed: the sink then reports it.
fn prepare(
    bodies: &mut BodyRegistry,
    counts: &mut DuplicateCounts,
    record: &mut Record,
) -> Option<Prepared> {
    match record.duplicate.as_ref().map(|d| d.kind) {
        // A copy is not offered to the registry: its fingerprint is left to the sink, which
        // needs it only if the record is changed.
        Some(DuplicateKind::Exact) => counts.exact += 1,
        Some(DuplicateKind::Near) => counts.near += 1,
        None => {
            let fingerprint = record_fingerprint(record);
            mark_fingerprinted(bodies, counts, record, fingerprint.as_ref());
            return Prepared::with_fingerprint(record, fingerprint).ok();
        }
    }
    Prepared::hash_only(record).ok()
}

/// Reads the inputs line by line and sends batches of `batch_size` parsed records (with the
/// lines that failed) to `sender`, until the inputs end or the receiver is gone.
fn read_batches(inputs: &[PathBuf], batch_size: usize, sender: &SyncSender<Parsed>) {
    let mut parsed = Parsed::default();
    let mut bodies = BodyRegistry::default();
    for path in inputs {
        let name = path.display().to_string();
        let source: Box<dyn Read> = if name == "-" {
            Box::new(io::stdin().lock())
        } else {
            match File::open(path) {
                Ok(file) => Box::new(file),
                Err(err) => {
                    parsed.inputs += 1;
                    parsed
                        .errors
                        .push(union_news::Error::read(path, err).to_string());
                    continue;
                }
            }
        };
        for line in RecordReader::new(&name, source) {
            parsed.inputs += 1;
            match line {
                RecordLine::Record { mut record, at } => {
                    let prepared = prepare(&mut bodies, &mut parsed.duplicates, &mut record);
                    parsed.batch.push(*record, at, prepared);
                }
                RecordLine::Failed(error) => parsed.errors.push(error),
            }
            if parsed.batch.records.len() >= batch_size
                && sender.send(std::mem::take(&mut parsed)).is_err()
            {
                return;
            }
        }
    }
    let _ = sender.send(parsed);
}

/// Records waiting to be written, with where each came from (`FILE:LINE`) and, unless one
/// could not be hashed, what the sink needs of each.
#[derive(Debug, Default)]
struct Batch {
    records: Vec<Record>,
    at: Vec<String>,
    prepared: Vec<Prepared>,
    /// A record could not be prepared: the sink prepares the batch itself.
    unprepared: bool,
}

impl Batch {
    fn push(&mut self, record: Record, at: String, prepared: Option<Prepared>) {
        self.records.push(record);
        self.at.push(at);
        match prepared {
            Some(prepared) => self.prepared.push(prepared),
            None => self.unprepared = true,
        }
    }
}

/// Writes the batch in one transaction; when that fails, writes its records one by one so
/// that only the records the database rejects are lost (each reported on stderr).
fn flush(sink: &mut dyn RecordSink, batch: &mut Batch, tally: &mut Tally) {
    let records = &batch.records;
    if records.is_empty() {
        return;
    }
    let written = if batch.unprepared {
        sink.write_batch(records)
    } else {
        sink.write_prepared(records, &batch.prepared)
    };
    match written {
        Ok(stats) => {
            tally.records += records.len();
            tally.stats += stats;
        }
        Err(_) if records.len() > 1 => {
            for (i, (at, record)) in batch.at.iter().zip(records).enumerate() {
                let one = std::slice::from_ref(record);
                let written = match batch.prepared.get(i..=i) {
                    Some(prepared) if !batch.unprepared => sink.write_prepared(one, prepared),
                    _ => sink.write_batch(one),
                };
                match written {
                    Ok(stats) => {
                        tally.records += 1;
                        tally.stats += stats;
                    }
                    Err(err) => {
                        super::say(format_args!("{at}: {err}"));
                        tally.errors += 1;
                    }
                }
            }
        }
        Err(err) => {
            super::say(format_args!("{}: {err}", batch.at[0]));
            tally.errors += 1;
        }
    }
    *batch = Batch::default();
}
