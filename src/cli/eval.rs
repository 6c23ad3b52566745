//! `union-news eval` (not built yet).

use std::process::ExitCode;

/// Arguments of `union-news eval`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `union-news eval`.
pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("'eval' is not built yet")
}
