//! The `union-news` command line: argument definitions and glue; the work is in the library.

mod cli;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = match cli::Cli::try_parse() {
        Ok(args) => args,
        Err(err) => {
            let code = if err.use_stderr() { 2 } else { 0 };
            let _ = err.print();
            return ExitCode::from(code);
        }
    };
    match cli::run(args) {
        Ok(code) => code,
        Err(err) => {
            // The message can quote an input (a path, an id): no control character reaches
            // the terminal.
            let message = format!("error: {err:#}");
            eprintln!("{}", union_news::printable::for_terminal(&message));
            ExitCode::from(2)
        }
    }
}
