//! The SQLite sink: prepared statements, one transaction per batch, WAL journal.

use std::collections::HashMap;

use rusqlite::types::{ToSqlOutput, Value as SqlValue, ValueRef};
use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};

use super::rows::{mention_rows, record_hash, Derived, OrgRow};
use super::{LoadStats, RecordSink};
use crate::record::Record;
use crate::{Error, Result};

/// The schema migrations, in order: (version, name, SQL).
const MIGRATIONS: &[(i64, &str, &str)] = &[
    (
        1,
        "initial",
        include_str!("migrations/sqlite/0001_initial.sql"),
    ),
    (
        2,
        "money_restatements",
        include_str!("migrations/sqlite/0002_money_restatements.sql"),
    ),
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = 2;

/// Records into a SQLite file.
pub struct SqliteSink {
    conn: Connection,
    /// Organization ids by canonical name, with whether the stored row has a kind; only
    /// what committed batches stored (organizations are never deleted).
    org_ids: HashMap<String, (i64, bool)>,
}

impl std::fmt::Debug for SqliteSink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteSink")
            .field("path", &self.conn.path())
            .finish()
    }
}

impl SqliteSink {
    /// Opens (creating if needed) a SQLite database and applies pending migrations.
    ///
    /// # Errors
    /// The file cannot be opened as a SQLite database, or a migration fails.
    pub fn open(path: &str) -> Result<Self> {
        // SQLite says only "unable to open database file" when the directory is missing.
        let dir = std::path::Path::new(path)
            .parent()
            .filter(|d| !d.as_os_str().is_empty());
        if let Some(dir) = dir.filter(|d| !d.is_dir()) {
            return Err(Error::database(format!(
                "{path}: cannot create the database file: no directory {}",
                dir.display()
            )));
        }
        let conn = Connection::open(path).map_err(|err| db_error(path, err))?;
        Self::from_connection(conn, path)
    }

    /// Wraps an open connection (e.g. in memory) and applies pending migrations.
    ///
    /// # Errors
    /// A migration fails.
    pub fn from_connection(mut conn: Connection, name: &str) -> Result<Self> {
        configure(&conn).map_err(|err| db_error(name, err))?;
        migrate(&mut conn).map_err(|err| db_error(name, err))?;
        let version: Option<i64> = conn
            .query_row("SELECT MAX(version) FROM schema_migrations", [], |r| {
                r.get(0)
            })
            .map_err(|err| db_error(name, err))?;
        if let Some(version) = version.filter(|v| *v > SCHEMA_VERSION) {
            return Err(Error::database(format!(
                "{name}: schema version {version} is newer than this union-news ({SCHEMA_VERSION})"
            )));
        }
        Ok(Self {
            conn,
            org_ids: HashMap::new(),
        })
    }

    /// The connection, for queries.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }
}

/// Connection settings: WAL, foreign keys, a busy timeout for concurrent readers.
pub(crate) fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(std::time::Duration::from_secs(30))?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // In-memory databases answer "memory"; both are fine. Switching a new file to WAL needs
    // it to itself for a moment and does not wait on the busy handler: another process
    // opening the same new file at once gets "database is locked", so the switch is retried
    // for up to 30 s (the busy timeout above).
    let mut waited = std::time::Duration::ZERO;
    loop {
        match conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get::<_, String>(0)) {
            Ok(_) => break,
            Err(rusqlite::Error::SqliteFailure(e, _))
                if matches!(
                    e.code,
                    rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked
                ) && waited < std::time::Duration::from_secs(30) =>
            {
                let pause = std::time::Duration::from_millis(50);
                std::thread::sleep(pause);
                waited += pause;
            }
            Err(err) => return Err(err),
        }
    }
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    // 64 MiB of page cache, so that a batch's index pages stay in memory instead of
    // spilling mid-transaction; checkpoint the WAL every ~40 MB instead of every 4 MB.
    conn.pragma_update(None, "cache_size", -65536)?;
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    let _: i64 = conn.query_row("PRAGMA wal_autocheckpoint = 10000", [], |r| r.get(0))?;
    conn.set_prepared_statement_cache_capacity(32);
    Ok(())
}

/// Applies the migrations not yet recorded in `schema_migrations`, each in a transaction.
fn migrate(conn: &mut Connection) -> rusqlite::Result<()> {
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
            version INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        )",
    )?;
    for (version, name, sql) in MIGRATIONS {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let done: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM schema_migrations WHERE version = ?1)",
            [version],
            |r| r.get(0),
        )?;
        if !done {
            tx.execute_batch(sql)?;
            tx.execute(
                "INSERT INTO schema_migrations (version, name) VALUES (?1, ?2)",
                params![version, name],
            )?;
            tx.pragma_update(None, "user_version", version)?;
        }
        tx.commit()?;
    }
    Ok(())
}

fn db_error(what: &str, err: rusqlite::Error) -> Error {
    Error::database(format!("{what}: {err}"))
}

impl RecordSink for SqliteSink {
    fn write_batch(&mut self, records: &[Record]) -> Result<LoadStats> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|err| db_error("begin", err))?;
        let mut stats = LoadStats {
            articles: records.len(),
            ..LoadStats::default()
        };
        // Ids of organizations this batch stores: kept only once the batch commits.
        let mut new_org_ids: HashMap<String, (i64, bool)> = HashMap::new();
        let mut orgs = OrgIds {
            committed: &self.org_ids,
            new: &mut new_org_ids,
        };
        // The last copy of an id in the batch wins; earlier copies count as replaced.
        let mut last: HashMap<&str, usize> = HashMap::new();
        for (i, record) in records.iter().enumerate() {
            if last.insert(record.id.as_str(), i).is_some() {
                stats.replaced += 1;
            }
        }
        let mut pending = Pending::default();
        let mut since_flush: Vec<&str> = Vec::new();
        for (i, record) in records.iter().enumerate() {
            if last.get(record.id.as_str()) != Some(&i) {
                continue;
            }
            let hash = record_hash(record)?;
            if write_record(&tx, record, hash, &mut orgs, &mut pending, &mut stats)? {
                since_flush.push(&record.id);
            }
            if since_flush.len() >= FLUSH_EVERY {
                pending
                    .flush(&tx)
                    .map_err(|err| db_error(&articles_name(&since_flush), err))?;
                since_flush.clear();
            }
        }
        pending
            .flush(&tx)
            .map_err(|err| db_error(&articles_name(&since_flush), err))?;
        tx.commit().map_err(|err| db_error("commit", err))?;
        self.org_ids.extend(new_org_ids);
        Ok(stats)
    }
}

/// Organization ids known to the sink: those committed, and those of the open batch.
struct OrgIds<'c> {
    committed: &'c HashMap<String, (i64, bool)>,
    new: &'c mut HashMap<String, (i64, bool)>,
}

/// The id of an organization, inserting it (or filling in its kind) as needed.
fn organization_id(
    tx: &Transaction<'_>,
    org: &OrgRow<'_>,
    cache: &mut OrgIds<'_>,
) -> rusqlite::Result<i64> {
    let known = cache
        .new
        .get(org.canonical)
        .or_else(|| cache.committed.get(org.canonical));
    if let Some(&(id, has_kind)) = known {
        if has_kind || org.kind.is_none() {
            return Ok(id);
        }
    }
    tx.prepare_cached(
        "INSERT INTO organizations (canonical, kind, admin_level, area) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (canonical) DO UPDATE SET
            kind = excluded.kind, admin_level = excluded.admin_level, area = excluded.area
         WHERE organizations.kind IS NULL AND excluded.kind IS NOT NULL",
    )?
    .execute(params![org.canonical, org.kind, org.admin_level, org.area])?;
    let (id, has_kind): (i64, bool) = tx
        .prepare_cached("SELECT id, kind IS NOT NULL FROM organizations WHERE canonical = ?1")?
        .query_row([org.canonical], |r| Ok((r.get(0)?, r.get(1)?)))?;
    cache.new.insert(org.canonical.to_string(), (id, has_kind));
    Ok(id)
}

/// Stores one record's article row (its mention rows go to `pending`) unless the stored
/// article has the same hash; replaces a changed one. False when it was unchanged.
fn write_record<'a>(
    tx: &Transaction<'_>,
    record: &'a Record,
    hash: String,
    org_ids: &mut OrgIds<'_>,
    pending: &mut Pending<'a>,
    stats: &mut LoadStats,
) -> Result<bool> {
    let failed = |err| db_error(&format!("article {}", record.id), err);
    let stored: Option<String> = tx
        .prepare_cached("SELECT record_sha256 FROM articles WHERE id = ?1")
        .and_then(|mut stmt| stmt.query_row([&record.id], |r| r.get(0)).optional())
        .map_err(failed)?;
    match stored {
        Some(stored) if stored == hash => {
            stats.unchanged += 1;
            return Ok(false);
        }
        Some(_) => {
            tx.prepare_cached("DELETE FROM articles WHERE id = ?1")
                .and_then(|mut stmt| stmt.execute([&record.id]))
                .map_err(failed)?;
            stats.replaced += 1;
        }
        None => stats.inserted += 1,
    }
    let derived = Derived::new(record, hash)?;
    insert_rows(tx, record, &derived, org_ids, pending).map_err(failed)?;
    stats.rows += mention_rows(record);
    Ok(true)
}

/// Inserts the article row; queues its mention rows in `pending`.
fn insert_rows<'a>(
    tx: &Transaction<'_>,
    record: &'a Record,
    derived: &Derived<'a>,
    org_ids: &mut OrgIds<'_>,
    pending: &mut Pending<'a>,
) -> rusqlite::Result<()> {
    let id = record.id.as_str();
    let source = &record.source;
    tx.prepare_cached(
        "INSERT INTO articles (id, schema_version, source_kind, source_path, source_url,
            fetched_at, content_sha256, record_sha256, title, published, published_date,
            published_month, published_year, byline, text, warnings)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
    )?
    .execute(params![
        id,
        record.schema_version,
        source_kind(record),
        source.path,
        source.url,
        source.fetched_at,
        source.content_sha256,
        derived.record_sha256,
        record.title,
        record.published,
        derived.published_date,
        derived.published_month,
        derived.published_year,
        record.byline,
        record.text,
        derived.warnings_json,
    ])?;

    let mut ids: HashMap<&str, i64> = HashMap::new();
    for org in &derived.organizations {
        ids.insert(org.canonical, organization_id(tx, org, org_ids)?);
    }
    let id_of = |name: Option<&str>| -> Cell<'a> {
        name.and_then(|n| ids.get(n).copied()).map_or(null(), int)
    };

    for (ord, m) in record.organizations.iter().enumerate() {
        let org_id = if m.resolved {
            id_of(Some(&m.canonical))
        } else {
            null()
        };
        pending.organization_mentions.push([
            text(id),
            uint(ord),
            org_id,
            text(&m.text),
            uint(m.start),
            uint(m.end),
            text(&m.canonical),
            text(m.kind.as_str()),
            opt_text(m.admin_level.map(|l| l.as_str())),
            opt_text(m.area.as_deref()),
            int(i64::from(m.resolved)),
        ]);
    }
    for (ord, (d, year)) in record.dates.iter().zip(&derived.date_years).enumerate() {
        pending.dates.push([
            text(id),
            uint(ord),
            text(&d.text),
            uint(d.start),
            uint(d.end),
            text(&d.value),
            text(granularity(d.granularity)),
            int(i64::from(d.year_inferred)),
            opt_text(d.time_of_day.map(|t| t.as_str())),
            year.map_or(null(), |y| int(y.into())),
        ]);
    }
    for (ord, ((m, a), repeat_of)) in record
        .money
        .iter()
        .zip(&derived.money)
        .zip(&derived.money_repeat_of)
        .enumerate()
    {
        pending.money.push([
            text(id),
            uint(ord),
            text(&m.text),
            uint(m.start),
            uint(m.end),
            real(m.amount),
            m.amount_max.map_or(null(), real),
            text(&m.currency),
            text(m.qualifier.as_str()),
            id_of(a.organization),
            opt_text(a.organization_basis),
            a.year.map_or(null(), |y| int(y.into())),
            opt_text(a.year_basis),
            repeat_of.map_or(null(), uint),
        ]);
    }
    for (ord, (c, a)) in record
        .member_counts
        .iter()
        .zip(&derived.member_counts)
        .enumerate()
    {
        pending.member_counts.push([
            text(id),
            uint(ord),
            text(&c.text),
            uint(c.start),
            uint(c.end),
            count(c.count)?,
            text(&c.unit),
            text(c.category.as_str()),
            text(c.qualifier.as_str()),
            id_of(a.organization),
            opt_text(a.organization_basis),
            a.year.map_or(null(), |y| int(y.into())),
            opt_text(a.year_basis),
        ]);
    }
    for (ord, p) in record.people.iter().enumerate() {
        pending.people.push([
            text(id),
            uint(ord),
            text(&p.name),
            text(&p.text),
            uint(p.start),
            uint(p.end),
        ]);
        for (role_ord, (role_text, organization)) in p.role_pairs().enumerate() {
            pending.person_roles.push([
                text(id),
                uint(ord),
                uint(role_ord),
                text(role_text),
                opt_text(organization),
                id_of(organization),
            ]);
        }
    }
    for (ord, e) in record.events.iter().enumerate() {
        pending.events.push([
            text(id),
            uint(ord),
            text(e.event_type.as_str()),
            text(&e.name),
            opt_text(e.date.as_deref()),
            opt_text(derived.event_months[ord]),
            opt_text(e.time_of_day.map(|t| t.as_str())),
            opt_text(e.location.as_deref()),
            opt_text(e.organizer.as_deref()),
            id_of(e.organizer.as_deref()),
            text(&e.text),
            uint(e.start),
            uint(e.end),
        ]);
        for (p_ord, (name, person_ord)) in e
            .participants
            .iter()
            .zip(&derived.participant_persons[ord])
            .enumerate()
        {
            pending.event_participants.push([
                text(id),
                uint(ord),
                uint(p_ord),
                text(name),
                person_ord.map_or(null(), uint),
            ]);
        }
    }
    Ok(())
}

/// Records between two flushes of the pending rows: small enough to keep memory flat, large
/// enough that nearly every row goes in a many-row INSERT.
const FLUSH_EVERY: usize = 64;

/// Rows per many-row INSERT statement.
const ROWS_PER_INSERT: usize = 32;

/// One SQL value, borrowed from the record where it can be.
type Cell<'a> = ToSqlOutput<'a>;

fn null<'a>() -> Cell<'a> {
    ToSqlOutput::Owned(SqlValue::Null)
}

fn int<'a>(v: i64) -> Cell<'a> {
    ToSqlOutput::Owned(SqlValue::Integer(v))
}

/// An offset, index or ordinal (always far below `i64::MAX`; saturates rather than wraps).
fn uint<'a>(v: usize) -> Cell<'a> {
    int(i64::try_from(v).unwrap_or(i64::MAX))
}

fn real<'a>(v: f64) -> Cell<'a> {
    ToSqlOutput::Owned(SqlValue::Real(v))
}

fn text(v: &str) -> Cell<'_> {
    ToSqlOutput::Borrowed(ValueRef::Text(v.as_bytes()))
}

fn opt_text(v: Option<&str>) -> Cell<'_> {
    v.map_or(null(), text)
}

/// A member count, refused when it does not fit SQLite's integers.
fn count<'a>(v: u64) -> rusqlite::Result<Cell<'a>> {
    i64::try_from(v)
        .map(int)
        .map_err(|err| rusqlite::Error::ToSqlConversionFailure(Box::new(err)))
}

/// The rows of one table waiting to be inserted, `N` columns each.
struct Table<'a, const N: usize> {
    /// `INSERT INTO table (columns) VALUES`.
    head: &'static str,
    rows: Vec<[Cell<'a>; N]>,
}

impl<'a, const N: usize> Table<'a, N> {
    fn new(head: &'static str) -> Self {
        Self {
            head,
            rows: Vec::new(),
        }
    }

    fn push(&mut self, row: [Cell<'a>; N]) {
        self.rows.push(row);
    }

    /// Inserts the rows: by [`ROWS_PER_INSERT`] per statement, the rest one by one.
    fn flush(&mut self, tx: &Transaction<'_>) -> rusqlite::Result<()> {
        let values = |rows: usize| {
            let one = format!("({})", vec!["?"; N].join(", "));
            let mut sql = String::from(self.head);
            sql.push(' ');
            sql.push_str(&vec![one; rows].join(", "));
            sql
        };
        let mut chunks = self.rows.chunks_exact(ROWS_PER_INSERT);
        if chunks.len() > 0 {
            let mut stmt = tx.prepare_cached(&values(ROWS_PER_INSERT))?;
            for chunk in chunks.by_ref() {
                stmt.execute(rusqlite::params_from_iter(chunk.iter().flatten()))?;
            }
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut stmt = tx.prepare_cached(&values(1))?;
            for row in rest {
                stmt.execute(rusqlite::params_from_iter(row.iter()))?;
            }
        }
        self.rows.clear();
        Ok(())
    }
}

/// The mention rows of the records written since the last flush, per table.
struct Pending<'a> {
    organization_mentions: Table<'a, 11>,
    dates: Table<'a, 10>,
    money: Table<'a, 14>,
    member_counts: Table<'a, 13>,
    people: Table<'a, 6>,
    person_roles: Table<'a, 6>,
    events: Table<'a, 13>,
    event_participants: Table<'a, 5>,
}

impl Default for Pending<'_> {
    fn default() -> Self {
        Self {
            organization_mentions: Table::new(
                "INSERT INTO organization_mentions (article_id, ord, organization_id, text,
                    span_start, span_end, canonical, kind, admin_level, area, resolved) VALUES",
            ),
            dates: Table::new(
                "INSERT INTO dates (article_id, ord, text, span_start, span_end, value,
                    granularity, year_inferred, time_of_day, year) VALUES",
            ),
            money: Table::new(
                "INSERT INTO money (article_id, ord, text, span_start, span_end, amount,
                    amount_max, currency, qualifier, organization_id, organization_basis, year,
                    year_basis, repeat_of) VALUES",
            ),
            member_counts: Table::new(
                "INSERT INTO member_counts (article_id, ord, text, span_start, span_end, count,
                    unit, category, qualifier, organization_id, organization_basis, year,
                    year_basis) VALUES",
            ),
            people: Table::new(
                "INSERT INTO people (article_id, ord, name, text, span_start, span_end) VALUES",
            ),
            person_roles: Table::new(
                "INSERT INTO person_roles (article_id, person_ord, ord, text, organization,
                    organization_id) VALUES",
            ),
            events: Table::new(
                "INSERT INTO events (article_id, ord, event_type, name, date, month,
                    time_of_day, location, organizer, organizer_id, text, span_start,
                    span_end) VALUES",
            ),
            event_participants: Table::new(
                "INSERT INTO event_participants (article_id, event_ord, ord, name, person_ord)
                    VALUES",
            ),
        }
    }
}

impl Pending<'_> {
    /// Inserts every pending row, parents before children (people before their roles,
    /// events before their participants; the articles are already in).
    fn flush(&mut self, tx: &Transaction<'_>) -> rusqlite::Result<()> {
        self.organization_mentions.flush(tx)?;
        self.dates.flush(tx)?;
        self.money.flush(tx)?;
        self.member_counts.flush(tx)?;
        self.people.flush(tx)?;
        self.person_roles.flush(tx)?;
        self.events.flush(tx)?;
        self.event_participants.flush(tx)
    }
}

/// Names the articles of a failed flush for the message.
fn articles_name(ids: &[&str]) -> String {
    match ids {
        [] => "articles".to_string(),
        [one] => format!("article {one}"),
        [first, .., last] => format!("articles {first} … {last}"),
    }
}

/// The `source_kind` column value.
pub(crate) fn source_kind(record: &Record) -> &'static str {
    match record.source.kind {
        crate::record::SourceKind::File => "file",
        crate::record::SourceKind::Url => "url",
        crate::record::SourceKind::Stdin => "stdin",
    }
}

/// The `granularity` column value.
pub(crate) fn granularity(g: crate::record::Granularity) -> &'static str {
    match g {
        crate::record::Granularity::Day => "day",
        crate::record::Granularity::Month => "month",
        crate::record::Granularity::Year => "year",
        crate::record::Granularity::Range => "range",
    }
}
