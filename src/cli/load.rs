//! `union-news load`: records (JSONL) into SQLite or PostgreSQL.

use std::fs::File;
use std::io::{self, BufRead, BufReader};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use union_news::record::Record;
use union_news::sink::{open_sink, LoadStats, RecordSink};

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
}

/// Runs `union-news load`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut sink = open_sink(&args.db)
        .with_context(|| format!("cannot open database {}", super::redact_target(&args.db)))?;
    let batch_size = args.batch_size as usize;
    let mut tally = Tally::default();
    let mut batch = Batch::default();
    for path in &args.inputs {
        let name = path.display().to_string();
        let reader: Box<dyn BufRead> = if name == "-" {
            Box::new(io::stdin().lock())
        } else {
            match File::open(path) {
                Ok(file) => Box::new(BufReader::new(file)),
                Err(err) => {
                    eprintln!("{}", union_news::Error::read(path, err));
                    tally.inputs += 1;
                    tally.errors += 1;
                    continue;
                }
            }
        };
        for (n, line) in reader.lines().enumerate() {
            let at = format!("{name}:{}", n + 1);
            let line = match line {
                Ok(line) => line,
                Err(err) => {
                    eprintln!("{at}: cannot read: {err}");
                    tally.inputs += 1;
                    tally.errors += 1;
                    break;
                }
            };
            if line.trim().is_empty() {
                continue;
            }
            tally.inputs += 1;
            match serde_json::from_str::<Record>(&line) {
                Ok(record) => {
                    batch.records.push(record);
                    batch.at.push(at);
                }
                Err(err) => {
                    eprintln!("{}", union_news::Error::json(at, err));
                    tally.errors += 1;
                }
            }
            if batch.records.len() >= batch_size {
                flush(sink.as_mut(), &mut batch, &mut tally);
            }
        }
    }
    flush(sink.as_mut(), &mut batch, &mut tally);
    let s = tally.stats;
    eprintln!(
        "loaded into {}: {} new, {} replaced, {} unchanged, {} mention rows",
        super::redact_target(&args.db),
        s.inserted,
        s.replaced,
        s.unchanged,
        s.rows
    );
    eprintln!(
        "{} inputs, {} records, {} errors",
        tally.inputs, tally.records, tally.errors
    );
    Ok(if tally.errors == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// Records waiting to be written, with where each came from (`FILE:LINE`).
#[derive(Debug, Default)]
struct Batch {
    records: Vec<Record>,
    at: Vec<String>,
}

/// Writes the batch in one transaction; when that fails, writes its records one by one so
/// that only the records the database rejects are lost (each reported on stderr).
fn flush(sink: &mut dyn RecordSink, batch: &mut Batch, tally: &mut Tally) {
    let records = &batch.records;
    if records.is_empty() {
        return;
    }
    match sink.write_batch(records) {
        Ok(stats) => {
            tally.records += records.len();
            tally.stats += stats;
        }
        Err(_) if records.len() > 1 => {
            for (at, record) in batch.at.iter().zip(records) {
                match sink.write_batch(std::slice::from_ref(record)) {
                    Ok(stats) => {
                        tally.records += 1;
                        tally.stats += stats;
                    }
                    Err(err) => {
                        eprintln!("{at}: {err}");
                        tally.errors += 1;
                    }
                }
            }
        }
        Err(err) => {
            eprintln!("{}: {err}", batch.at[0]);
            tally.errors += 1;
        }
    }
    batch.records.clear();
    batch.at.clear();
}
