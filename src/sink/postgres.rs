//! The PostgreSQL sink: binary COPY into per-connection temporary staging tables, then one
//! merge (delete the batch's changed articles' rows, insert the new ones) in the same
//! transaction. Concurrent loaders are safe: see "Concurrent loaders" in `docs/DATABASE.md`.
//!
//! The schema is chosen with `?schema=NAME` on the URL (created if missing; the connection's
//! `search_path` is set to it), else the server's default (`public`).

use std::collections::HashMap;
use std::str::FromStr;

use postgres::{Client, Config, NoTls};

use super::rows::record_hash;
use super::{check_identifier, check_prepared, redact, LoadStats, Prepared, RecordSink};
use crate::record::Record;
use crate::{Error, Result};

mod merge;
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
    (
        4,
        "duplicates",
        include_str!("migrations/postgres/0004_duplicates.sql"),
    ),
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i32 = 4;

const STAGING: &str = include_str!("migrations/postgres/staging.sql");

/// Records into PostgreSQL.
pub struct PostgresSink {
    client: Client,
    /// The statements of a batch, prepared once.
    statements: merge::Statements,
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
/// `search_path` to `schema` when one is given (the sink creates it if missing: see
/// `migrate`).
pub(crate) fn connect_client(config: &str, schema: Option<&str>) -> Result<Client> {
    let parsed = Config::from_str(config)
        .map_err(|err| Error::input(redact(config), format!("bad connection string: {err}")))?;
    let mut client = parsed
        .connect(NoTls)
        .map_err(|err| db_error(&format!("connect {}", redact(config)), err))?;
    if let Some(schema) = schema {
        check_identifier(schema)?;
        client
            .batch_execute(&format!("SET search_path TO \"{schema}\""))
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
        let mut client = connect_client(config, schema)?;
        let migrated = migrate(&mut client, schema).map_err(|err| db_error("migrate", err))?;
        if let Some(newer) = migrated {
            return Err(Error::database(format!(
                "schema version {newer} is newer than this union-news ({SCHEMA_VERSION})"
            )));
        }
        client
            .batch_execute(STAGING)
            .map_err(|err| db_error("staging tables", err))?;
        // Article texts compressed by lz4 rather than pglz (the server's default): compressing
        // them was half of the server's work in a load. Values keep the method they were
        // stored with and read back the same; a server built without lz4 refuses the setting
        // and keeps pglz.
        if client
            .batch_execute("SET default_toast_compression = lz4")
            .is_err()
        {
            client
                .batch_execute("RESET default_toast_compression")
                .map_err(|err| db_error("session settings", err))?;
        }
        let statements = merge::Statements::prepare(&mut client)?;
        Ok(Self { client, statements })
    }

    /// The client, for queries.
    pub fn client(&mut self) -> &mut Client {
        &mut self.client
    }
}

/// Creates `schema` if missing and applies the migrations not yet recorded in
/// `schema_migrations`, all under an advisory lock on the schema's name, so that loaders
/// opening a new schema at once do not race (`CREATE SCHEMA IF NOT EXISTS` alone fails in
/// all but one of them with a duplicate key); returns the stored version when it is newer
/// than this build's.
fn migrate(
    client: &mut Client,
    schema: Option<&str>,
) -> std::result::Result<Option<i32>, postgres::Error> {
    let mut tx = client.transaction()?;
    // The key of earlier versions, which locked after creating the schema, whose name was
    // then `current_schema()`.
    tx.execute(
        "SELECT pg_advisory_xact_lock(hashtext('union_news_migrations:' \
             || coalesce($1::text, current_schema())))",
        &[&schema],
    )?;
    if let Some(schema) = schema {
        tx.batch_execute(&format!("CREATE SCHEMA IF NOT EXISTS \"{schema}\""))?;
    }
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
        self.write(records, None)
    }

    fn write_prepared(&mut self, records: &[Record], prepared: &[Prepared]) -> Result<LoadStats> {
        self.write(records, Some(prepared))
    }
}

impl PostgresSink {
    /// Writes a batch in one transaction; `prepared`, when given, holds each record's hash and
    /// fingerprint (else they are computed here, the fingerprint only for a changed record).
    fn write(&mut self, records: &[Record], prepared: Option<&[Prepared]>) -> Result<LoadStats> {
        check_prepared(records, prepared)?;
        // The last copy of an id in the batch wins; earlier copies count as replaced.
        let mut last: HashMap<&str, usize> = HashMap::new();
        let mut repeats = 0;
        for (i, record) in records.iter().enumerate() {
            if last.insert(record.id.as_str(), i).is_some() {
                repeats += 1;
            }
        }
        let mut hashed: Vec<merge::Hashed<'_>> = Vec::with_capacity(last.len());
        for (i, record) in records.iter().enumerate() {
            if last.get(record.id.as_str()) == Some(&i) {
                let ahead = prepared.map(|p| &p[i]);
                hashed.push(merge::Hashed {
                    record,
                    hash: match ahead {
                        Some(ahead) => ahead.record_sha256.clone(),
                        None => record_hash(record)?,
                    },
                    fingerprint: ahead.and_then(|ahead| ahead.fingerprint),
                });
            }
        }
        let mut stats = merge::write(&mut self.client, &self.statements, &hashed)?;
        stats.articles = records.len();
        stats.replaced += repeats;
        Ok(stats)
    }
}
