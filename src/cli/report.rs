//! `union-news report`: the loaded database summarized as tables, CSV, JSON or HTML.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use union_news::report::{self, Attribution, By, Database, Options, Query};

/// Output formats.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum Format {
    /// Aligned text tables, each with notes on how to read it.
    Table,
    /// CSV of one table (choose it with --by or --table): a header line, then the rows.
    Csv,
    /// One JSON object, a key per table, each an array of row objects in column order.
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

/// Tables for `--table`.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum TableName {
    /// Money totals per organization, year and currency.
    #[value(name = "money_by_organization_year")]
    MoneyByOrganizationYear,
    /// New members, new unions, total membership per labour federation and year.
    #[value(name = "members_by_federation_year")]
    MembersByFederationYear,
    /// Events per month and type.
    #[value(name = "events_by_type_month")]
    EventsByTypeMonth,
    /// The same as --by organization.
    #[value(name = "by_organization")]
    ByOrganization,
    /// The same as --by month.
    #[value(name = "by_month")]
    ByMonth,
    /// The same as --by event-type.
    #[value(name = "by_event_type")]
    ByEventType,
}

/// Values of `--attribution`.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum AttributionArg {
    /// The organization named in the amount's (count's) sentence, else the article's main
    /// organization.
    Any,
    /// Only an organization named in the amount's (count's) own sentence; the others are
    /// unattributed.
    Sentence,
}

/// Arguments of `union-news report`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The database: a SQLite path (or sqlite://PATH), or postgres://USER@HOST/DB[?schema=NAME].
    #[arg(long, value_name = "PATH_OR_URL")]
    db: String,
    /// Output format on stdout (csv: one table, chosen with --by or --table).
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// One table grouped this way instead of the three standard tables (money by
    /// organization and year, member growth by federation, events by type and month).
    #[arg(long, value_enum, conflicts_with = "table")]
    by: Option<Grouping>,
    /// One table, by name, instead of the three standard tables.
    #[arg(long, value_enum)]
    table: Option<TableName>,
    /// Which organization amounts and counts are counted under.
    #[arg(long, value_enum, default_value_t = AttributionArg::Any)]
    attribution: AttributionArg,
    /// Also write a self-contained HTML report (tables and SVG charts) to FILE.
    #[arg(long, value_name = "FILE")]
    html: Option<PathBuf>,
}

/// Runs `union-news report`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let chosen: Option<Query> = match (args.by, args.table) {
        (Some(by), _) => Some(
            match by {
                Grouping::Organization => By::Organization,
                Grouping::Month => By::Month,
                Grouping::EventType => By::EventType,
            }
            .into(),
        ),
        (None, Some(table)) => Some(match table {
            TableName::MoneyByOrganizationYear => Query::MoneyByOrganizationYear,
            TableName::MembersByFederationYear => Query::MembersByFederationYear,
            TableName::EventsByTypeMonth => Query::EventsByTypeMonth,
            TableName::ByOrganization => Query::ByOrganization,
            TableName::ByMonth => Query::ByMonth,
            TableName::ByEventType => Query::ByEventType,
        }),
        (None, None) => None,
    };
    if matches!(args.format, Format::Csv) && chosen.is_none() {
        anyhow::bail!(
            "--format csv writes one table: choose it with --by organization|month|event-type \
             or --table money_by_organization_year|members_by_federation_year|\
             events_by_type_month"
        );
    }
    let options = Options {
        attribution: match args.attribution {
            AttributionArg::Any => Attribution::Any,
            AttributionArg::Sentence => Attribution::Sentence,
        },
    };
    let mut db = Database::open(&args.db)?;
    let tables = match chosen {
        None => report::standard(&mut db, &options)?,
        Some(query) => vec![report::table(&mut db, query, &options)?],
    };
    if let Some(path) = &args.html {
        let target = std::path::Path::new(args.db.strip_prefix("sqlite://").unwrap_or(&args.db));
        if union_news::input::same_file(path, target) {
            anyhow::bail!(
                "--html {} is the database itself: give the report another file",
                path.display()
            );
        }
        let counts = report::counts(&mut db)?;
        let mut page_tables = report::standard(&mut db, &options)?;
        page_tables.push(report::grouped(&mut db, By::Organization, &options)?);
        let generated = chrono::Utc::now().format("%Y-%m-%d %H:%M UTC").to_string();
        let page = report::html(&counts, &page_tables, &generated);
        std::fs::write(path, page).with_context(|| format!("{}: cannot write", path.display()))?;
        super::say(format_args!("wrote {}", path.display()));
    }
    let out = match (args.format, tables.as_slice()) {
        (Format::Csv, [table]) => report::csv(table),
        (Format::Csv, _) => anyhow::bail!("--format csv writes exactly one table"),
        (Format::Table, _) => report::text(&tables),
        (Format::Json, _) => report::json(&tables),
    };
    super::print_out(&out)?;
    Ok(ExitCode::SUCCESS)
}
