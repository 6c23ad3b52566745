//! `union-news report`: the loaded database summarized as tables, CSV, JSON or HTML.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use union_news::report::{self, By, Database};

/// Output formats.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum Format {
    /// Aligned text tables.
    Table,
    /// CSV (several tables: each after a `# name` line).
    Csv,
    /// One JSON object, a key per table.
    Json,
}

/// Groupings for `--by`.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum Grouping {
    /// Per organization.
    Organization,
    /// Per month.
    Month,
    /// Per event type.
    EventType,
}

/// Arguments of `union-news report`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The database: a SQLite path (or sqlite://PATH), or postgres://USER@HOST/DB[?schema=NAME].
    #[arg(long, value_name = "PATH_OR_URL")]
    db: String,
    /// Output format on stdout.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// One table grouped this way instead of the three standard tables (money by
    /// organization and year, member growth by federation, events by type and month).
    #[arg(long, value_enum)]
    by: Option<Grouping>,
    /// Also write a self-contained HTML report (tables and SVG charts) to FILE.
    #[arg(long, value_name = "FILE")]
    html: Option<PathBuf>,
}

/// Runs `union-news report`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut db = Database::open(&args.db)?;
    let tables = match args.by {
        None => report::standard(&mut db)?,
        Some(by) => {
            let by = match by {
                Grouping::Organization => By::Organization,
                Grouping::Month => By::Month,
                Grouping::EventType => By::EventType,
            };
            vec![report::grouped(&mut db, by)?]
        }
    };
    if let Some(path) = &args.html {
        let counts = report::counts(&mut db)?;
        let mut page_tables = report::standard(&mut db)?;
        page_tables.push(report::grouped(&mut db, By::Organization)?);
        let generated = chrono::Utc::now().format("%Y-%m-%d %H:%M UTC").to_string();
        let page = report::html(&counts, &page_tables, &generated);
        std::fs::write(path, page).with_context(|| format!("{}: cannot write", path.display()))?;
        eprintln!("wrote {}", path.display());
    }
    let out = match args.format {
        Format::Table => report::text(&tables),
        Format::Csv => report::csv(&tables),
        Format::Json => report::json(&tables),
    };
    print!("{out}");
    Ok(ExitCode::SUCCESS)
}
