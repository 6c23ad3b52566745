//! `union-news report` (not built yet).

use std::process::ExitCode;

/// Arguments of `union-news report`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `union-news report`.
pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("'report' is not built yet")
}
