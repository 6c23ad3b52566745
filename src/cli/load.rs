//! `union-news load` (not built yet).

use std::process::ExitCode;

/// Arguments of `union-news load`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `union-news load`.
pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("'load' is not built yet")
}
