//! The PostgreSQL sink: binary COPY into per-connection temporary staging tables, then one
//! merge (delete the batch's changed articles, insert their rows) in the same transaction.
//!
//! The schema is chosen with `?schema=NAME` on the URL (created if missing; the connection's
//! `search_path` is set to it), else the server's default (`public`).

use std::collections::HashMap;
use std::str::FromStr;

use postgres::{Client, Config, NoTls};

use self::stage::stage;
use super::rows::{mention_rows, record_hash, Derived};
use super::{check_identifier, redact, LoadStats, RecordSink};
use crate::record::Record;
use crate::{Error, Result};

mod stage;

/// The schema migrations, in order: (version, name, SQL).
const MIGRATIONS: &[(i32, &str, &str)] = &[
    (
        1,
        "initial",
        include_str!("migrations/postgres/0001_initial.sql"),
    ),
    (
        2,
        "money_restatements",
        include_str!("migrations/postgres/0002_money_restatements.sql"),
    ),
    (
        3,
        "loader_keeps_integrity",
        include_str!("migrations/postgres/0003_loader_keeps_integrity.sql"),
    ),
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i32 = 3;

const STAGING: &str = include_str!("migrations/postgres/staging.sql");

/// Records into PostgreSQL.
pub struct PostgresSink {
    client: Client,
    /// `SELECT id, record_sha256 FROM articles WHERE id = ANY($1)`, prepared once.
    select_stored: postgres::Statement,
}

impl std::fmt::Debug for PostgresSink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostgresSink").finish_non_exhaustive()
    }
}

/// A database error naming what failed: the server's message (constraint, column) for an
/// error the server reported, else the driver's error with its causes ("error connecting to
/// server: Connection refused (os error 111)").
pub(crate) fn db_error(what: &str, err: postgres::Error) -> Error {
    match err.as_db_error() {
        Some(db) => Error::database_caused(format!("{what}: {db}"), err),
        None => Error::database_caused(format!("{what}: {}", error_chain(&err)), err),
    }
}

/// An error and its sources, `: `-separated (the driver's own message says only "error
/// connecting to server"; the reason is in the source).
fn error_chain(err: &dyn std::error::Error) -> String {
    let mut out = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !out.ends_with(&cause_text) {
            out.push_str(": ");
            out.push_str(&cause_text);
        }
        source = cause.source();
    }
    out
}

/// Connects to a server given a URL or a `key=value` connection string and sets the
/// `search_path` to `schema` when one is given (creating it first if `create`).
pub(crate) fn connect_client(config: &str, schema: Option<&str>, create: bool) -> Result<Client> {
    let parsed = Config::from_str(config)
        .map_err(|err| Error::input(redact(config), format!("bad connection string: {err}")))?;
    let mut client = parsed
        .connect(NoTls)
        .map_err(|err| db_error(&format!("connect {}", redact(config)), err))?;
    if let Some(schema) = schema {
        check_identifier(schema)?;
        let set = format!("SET search_path TO \"{schema}\"");
        let sql = if create {
            format!("CREATE SCHEMA IF NOT EXISTS \"{schema}\"; {set}")
        } else {
            set
        };
        client
            .batch_execute(&sql)
            .map_err(|err| db_error(&format!("schema {schema}"), err))?;
    }
    Ok(client)
}

impl PostgresSink {
    /// Connects (URL or `key=value` string), selects `schema` if given, applies pending
    /// migrations and creates the staging tables.
    ///
    /// # Errors
    /// The server cannot be reached, or a migration fails.
    pub fn connect(config: &str, schema: Option<&str>) -> Result<Self> {
        let mut client = connect_client(config, schema, true)?;
        if let Some(newer) = migrate(&mut client).map_err(|err| db_error("migrate", err))? {
            return Err(Error::database(format!(
                "schema version {newer} is newer than this union-news ({SCHEMA_VERSION})"
            )));
        }
        client
            .batch_execute(STAGING)
            .map_err(|err| db_error("staging tables", err))?;
        let select_stored = client
            .prepare("SELECT id, record_sha256 FROM articles WHERE id = ANY($1)")
            .map_err(|err| db_error("prepare", err))?;
        Ok(Self {
            client,
            select_stored,
        })
    }

    /// The client, for queries.
    pub fn client(&mut self) -> &mut Client {
        &mut self.client
    }
}

/// Applies the migrations not yet recorded in `schema_migrations`, under an advisory lock so
/// that concurrent loaders do not race; returns the stored version when it is newer than
/// this build's.
fn migrate(client: &mut Client) -> std::result::Result<Option<i32>, postgres::Error> {
    let mut tx = client.transaction()?;
    tx.execute(
        "SELECT pg_advisory_xact_lock(hashtext('union_news_migrations:' || current_schema()))",
        &[],
    )?;
    tx.batch_execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
            version INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
        )",
    )?;
    let newest: Option<i32> = tx
        .query_one("SELECT MAX(version) FROM schema_migrations", &[])?
        .get(0);
    if let Some(newest) = newest.filter(|v| *v > SCHEMA_VERSION) {
        tx.commit()?;
        return Ok(Some(newest));
    }
    for (version, name, sql) in MIGRATIONS {
        let done = !tx
            .query(
                "SELECT 1 FROM schema_migrations WHERE version = $1",
                &[version],
            )?
            .is_empty();
        if !done {
            tx.batch_execute(sql)?;
            tx.execute(
                "INSERT INTO schema_migrations (version, name) VALUES ($1, $2)",
                &[version, name],
            )?;
        }
    }
    tx.commit()?;
    Ok(None)
}

impl RecordSink for PostgresSink {
    fn write_batch(&mut self, records: &[Record]) -> Result<LoadStats> {
        let mut stats = LoadStats {
            articles: records.len(),
            ..LoadStats::default()
        };
        // The last copy of an id in the batch wins; earlier copies count as replaced.
        let mut last: HashMap<&str, usize> = HashMap::new();
        for (i, record) in records.iter().enumerate() {
            if last.insert(record.id.as_str(), i).is_some() {
                stats.replaced += 1;
            }
        }
        let mut hashed: Vec<(&Record, String)> = Vec::with_capacity(last.len());
        for (i, record) in records.iter().enumerate() {
            if last.get(record.id.as_str()) == Some(&i) {
                hashed.push((record, record_hash(record)?));
            }
        }

        let mut tx = self
            .client
            .transaction()
            .map_err(|err| db_error("begin", err))?;
        let ids: Vec<&str> = hashed.iter().map(|(r, _)| r.id.as_str()).collect();
        let stored: HashMap<String, String> = tx
            .query(&self.select_stored, &[&ids])
            .map_err(|err| db_error("select stored articles", err))?
            .into_iter()
            .map(|row| (row.get(0), row.get(1)))
            .collect();
        // Only the changed and new records are derived and staged.
        let mut batch: Vec<(&Record, Derived<'_>)> = Vec::with_capacity(hashed.len());
        for (record, hash) in hashed {
            match stored.get(&record.id) {
                Some(stored) if *stored == hash => {
                    stats.unchanged += 1;
                    continue;
                }
                Some(_) => {
                    stats.replaced += 1;
                }
                None => stats.inserted += 1,
            }
            batch.push((record, Derived::new(record, hash)?));
        }
        if batch.is_empty() {
            tx.commit().map_err(|err| db_error("commit", err))?;
            return Ok(stats);
        }
        stage(&mut tx, &batch)?;
        tx.batch_execute(MERGE)
            .map_err(|err| db_error(&format!("merge of batch {}", batch_name(&batch)), err))?;
        tx.commit().map_err(|err| db_error("commit", err))?;
        stats.rows = batch.iter().map(|(r, _)| mention_rows(r)).sum();
        Ok(stats)
    }
}

fn batch_name(batch: &[(&Record, Derived<'_>)]) -> String {
    match batch {
        [] => "(empty)".to_string(),
        [(one, _)] => format!("article {}", one.id),
        [(first, _), .., (last, _)] => format!("articles {} … {}", first.id, last.id),
    }
}

/// Deletes the staged articles and their rows from every mention table (the schema has no
/// foreign keys to cascade: see migration 0003), then inserts the staged rows with
/// organization names turned into ids.
const MERGE: &str = "
INSERT INTO organizations (canonical, kind, admin_level, area)
    SELECT DISTINCT ON (canonical) canonical, kind, admin_level, area
    FROM stage_organizations ORDER BY canonical, kind NULLS LAST
ON CONFLICT (canonical) DO UPDATE SET
    kind = EXCLUDED.kind, admin_level = EXCLUDED.admin_level, area = EXCLUDED.area
    WHERE organizations.kind IS NULL AND EXCLUDED.kind IS NOT NULL;
DELETE FROM organization_mentions t USING stage_articles s WHERE t.article_id = s.id;
DELETE FROM dates t USING stage_articles s WHERE t.article_id = s.id;
DELETE FROM money t USING stage_articles s WHERE t.article_id = s.id;
DELETE FROM member_counts t USING stage_articles s WHERE t.article_id = s.id;
DELETE FROM person_roles t USING stage_articles s WHERE t.article_id = s.id;
DELETE FROM people t USING stage_articles s WHERE t.article_id = s.id;
DELETE FROM event_participants t USING stage_articles s WHERE t.article_id = s.id;
DELETE FROM events t USING stage_articles s WHERE t.article_id = s.id;
DELETE FROM articles a USING stage_articles s WHERE a.id = s.id;
INSERT INTO articles SELECT * FROM stage_articles;
INSERT INTO organization_mentions (article_id, ord, organization_id, text, span_start, span_end,
        canonical, kind, admin_level, area, resolved)
    SELECT s.article_id, s.ord, CASE WHEN s.resolved THEN o.id END, s.text, s.span_start,
        s.span_end, s.canonical, s.kind, s.admin_level, s.area, s.resolved
    FROM stage_organization_mentions s LEFT JOIN organizations o ON o.canonical = s.canonical;
INSERT INTO dates SELECT * FROM stage_dates;
INSERT INTO money (article_id, ord, text, span_start, span_end, amount, amount_max, currency,
        qualifier, organization_id, organization_basis, year, year_basis, repeat_of)
    SELECT s.article_id, s.ord, s.text, s.span_start, s.span_end, s.amount::numeric,
        s.amount_max::numeric, s.currency, s.qualifier, o.id, s.organization_basis, s.year,
        s.year_basis, s.repeat_of
    FROM stage_money s LEFT JOIN organizations o ON o.canonical = s.organization;
INSERT INTO member_counts (article_id, ord, text, span_start, span_end, count, unit, category,
        qualifier, organization_id, organization_basis, year, year_basis)
    SELECT s.article_id, s.ord, s.text, s.span_start, s.span_end, s.count, s.unit, s.category,
        s.qualifier, o.id, s.organization_basis, s.year, s.year_basis
    FROM stage_member_counts s LEFT JOIN organizations o ON o.canonical = s.organization;
INSERT INTO people SELECT * FROM stage_people;
INSERT INTO person_roles (article_id, person_ord, ord, text, organization, organization_id)
    SELECT s.article_id, s.person_ord, s.ord, s.text, s.organization, o.id
    FROM stage_person_roles s LEFT JOIN organizations o ON o.canonical = s.organization;
INSERT INTO events (article_id, ord, event_type, name, date, month, time_of_day, location,
        organizer, organizer_id, text, span_start, span_end)
    SELECT s.article_id, s.ord, s.event_type, s.name, s.date, s.month, s.time_of_day,
        s.location, s.organizer, o.id, s.text, s.span_start, s.span_end
    FROM stage_events s LEFT JOIN organizations o ON o.canonical = s.organizer;
INSERT INTO event_participants SELECT * FROM stage_event_participants;
";
