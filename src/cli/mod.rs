//! Subcommands: each module holds its arguments and its run function.

pub mod crawl;
pub mod eval;
pub mod extract;
pub mod load;
pub mod report;

use std::fmt;
use std::io::{self, Write};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Turns Vietnamese trade-union news into structured JSON records.
#[derive(Debug, Parser)]
#[command(name = "union-news", version, about)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Extract records from .txt, .html and .jsonl inputs (files, directories, or - for stdin).
    Extract(extract::Args),
    /// Score extraction against gold annotations: precision, recall, F1 per type.
    Eval(eval::Args),
    /// Print the JSON Schema of the output record.
    Schema,
    /// Load records (JSONL) into SQLite or PostgreSQL.
    Load(load::Args),
    /// Summarize a loaded database as tables, CSV, JSON or an HTML report.
    Report(report::Args),
    /// Crawl news sites politely into a page store that `extract` reads.
    Crawl(crawl::Args),
}

/// Runs the parsed command line; the exit code says whether every input succeeded.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Extract(args) => extract::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Schema => {
            let schema = union_news::record::json_schema();
            print_out(&format!("{}\n", serde_json::to_string_pretty(&schema)?))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Load(args) => load::run(args),
        Command::Report(args) => report::run(args),
        Command::Crawl(args) => crawl::run(args),
    }
}

/// A database target without its password, for messages.
pub(crate) fn redact_target(target: &str) -> String {
    union_news::sink::redact(target)
}

/// A line on stderr, with control characters from inputs written as visible escapes (a file
/// name or a quoted piece of text cannot drive the terminal). Unlike `eprintln!` it does not
/// panic when stderr is closed (`extract … 2>&1 | head`).
pub(crate) fn say(message: fmt::Arguments<'_>) {
    let line = message.to_string();
    let _ = writeln!(
        io::stderr(),
        "{}",
        union_news::printable::for_terminal(&line)
    );
}

/// Writes `text` to standard output. A reader that went away (`report … | head`) ends the
/// output quietly, as closing a pipe should; any other failure is an error. (`print!`
/// panics on a closed pipe.)
pub(crate) fn print_out(text: &str) -> anyhow::Result<()> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(err) => Err(anyhow::Error::new(err).context("cannot write to standard output")),
    }
}
