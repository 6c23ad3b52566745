//! `union-news crawl` (not built yet).

use std::process::ExitCode;

/// Arguments of `union-news crawl`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `union-news crawl`.
pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("'crawl' is not built yet")
}
