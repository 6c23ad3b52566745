//! `union-news extract` (not built yet).

use std::process::ExitCode;

/// Arguments of `union-news extract`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `union-news extract`.
pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("'extract' is not built yet")
}
