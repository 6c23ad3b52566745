//! The SQLite sink: prepared statements, one transaction per batch, WAL journal.

use std::collections::HashMap;

use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};

use self::pending::Pending;
use super::rows::{mention_rows, record_hash, source_kind, Derived, OrgRow};
use super::{check_prepared, LoadStats, Prepared, RecordSink};
use crate::dedup::{record_fingerprint, Fingerprint, NEAR_BITS};
use crate::record::{DuplicateKind, Record};
use crate::{Error, Result};

mod pending;

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
    (
        3,
        "duplicates",
        include_str!("migrations/sqlite/0003_duplicates.sql"),
    ),
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = 3;

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

/// A database error naming what failed, with SQLite's error as its cause.
fn db_error(what: &str, err: rusqlite::Error) -> Error {
    Error::database_caused(format!("{what}: {err}"), err)
}

impl RecordSink for SqliteSink {
    fn write_batch(&mut self, records: &[Record]) -> Result<LoadStats> {
        self.write(records, None)
    }

    fn write_prepared(&mut self, records: &[Record], prepared: &[Prepared]) -> Result<LoadStats> {
        self.write(records, Some(prepared))
    }
}

impl SqliteSink {
    /// Writes a batch in one transaction; `prepared`, when given, holds each record's hash and
    /// fingerprint (else they are computed here, the fingerprint only for a changed record).
    fn write(&mut self, records: &[Record], prepared: Option<&[Prepared]>) -> Result<LoadStats> {
        check_prepared(records, prepared)?;
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
            let ahead = prepared.map(|p| &p[i]);
            let hash = match ahead {
                Some(ahead) => ahead.record_sha256.clone(),
                None => record_hash(record)?,
            };
            let fingerprint = ahead.and_then(|ahead| ahead.fingerprint);
            let written = write_record(
                &tx,
                record,
                hash,
                fingerprint,
                &mut orgs,
                &mut pending,
                &mut stats,
            )?;
            if written {
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
/// `fingerprint` is the body's, when computed ahead.
fn write_record<'a>(
    tx: &Transaction<'_>,
    record: &'a Record,
    hash: String,
    fingerprint: Option<Option<Fingerprint>>,
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
    let fingerprint = fingerprint.unwrap_or_else(|| record_fingerprint(record));
    let derived = Derived::new(record, hash, fingerprint)?;
    insert_rows(tx, record, &derived, org_ids, pending).map_err(failed)?;
    stats.rows += mention_rows(record);
    Ok(true)
}

/// Inserts the article row and the organizations it names; queues its mention rows in
/// `pending`.
fn insert_rows<'a>(
    tx: &Transaction<'_>,
    record: &'a Record,
    derived: &Derived<'a>,
    org_ids: &mut OrgIds<'_>,
    pending: &mut Pending<'a>,
) -> rusqlite::Result<()> {
    insert_article(tx, record, derived)?;
    let mut ids: HashMap<&str, i64> = HashMap::new();
    for org in &derived.organizations {
        ids.insert(org.canonical, organization_id(tx, org, org_ids)?);
    }
    pending.push_record(record, derived, &ids)
}

/// Inserts the article row of a record, with its body's fingerprint and its duplicate mark:
/// the record's own (a duplicate within its run), else the first stored article of another
/// id with the same body ([`stored_original`]).
fn insert_article(
    tx: &Transaction<'_>,
    record: &Record,
    derived: &Derived<'_>,
) -> rusqlite::Result<()> {
    let source = &record.source;
    let fingerprint = derived.fingerprint;
    let body_hash = fingerprint.map(|f| format!("{:016x}", f.body_hash));
    let simhash = fingerprint.map(|f| f.simhash as i64);
    let duplicate = match &record.duplicate {
        Some(d) => Some((d.of.clone(), d.kind, d.similarity)),
        None => match (&body_hash, simhash) {
            (Some(body_hash), Some(simhash)) => {
                stored_original(tx, &record.id, body_hash, simhash)?
            }
            _ => None,
        },
    };
    let kind = duplicate.as_ref().map(|(_, kind, _)| match kind {
        DuplicateKind::Exact => "exact",
        DuplicateKind::Near => "near",
    });
    tx.prepare_cached(
        "INSERT INTO articles (id, schema_version, source_kind, source_path, source_url,
            fetched_at, content_sha256, record_sha256, title, published, published_date,
            published_month, published_year, byline, text, warnings, body_hash, simhash,
            duplicate_of, duplicate_kind, duplicate_similarity)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
            ?18, ?19, ?20, ?21)",
    )?
    .execute(params![
        record.id,
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
        body_hash,
        simhash,
        duplicate.as_ref().map(|(of, _, _)| of.as_str()),
        kind,
        duplicate.as_ref().map(|(_, _, similarity)| *similarity),
    ])?;
    Ok(())
}

/// The stored original (an article that is no copy) of another id whose body this one
/// repeats, if any: the first stored with the same body (`exact`), else the closest within
/// [`NEAR_BITS`] among those sharing a 16-bit band of the SimHash (`near`; every one within 3
/// bits shares a band, most within 5 do), the first stored of equals. How an article
/// repeating one loaded by an earlier run is found.
fn stored_original(
    tx: &Transaction<'_>,
    id: &str,
    body_hash: &str,
    simhash: i64,
) -> rusqlite::Result<Option<(String, DuplicateKind, f64)>> {
    let band = |n: u32| (simhash >> (16 * n)) & 0xffff;
    // One indexed search per band (SQLite does not use the partial indexes for an OR of
    // them: it scanned the table, which made a load quadratic).
    let mut statement = tx.prepare_cached(
        "SELECT rowid, id, body_hash, simhash FROM articles
             WHERE (simhash & 65535) = ?1 AND duplicate_of IS NULL AND simhash IS NOT NULL
         UNION ALL SELECT rowid, id, body_hash, simhash FROM articles
             WHERE ((simhash >> 16) & 65535) = ?2 AND duplicate_of IS NULL AND simhash IS NOT NULL
         UNION ALL SELECT rowid, id, body_hash, simhash FROM articles
             WHERE ((simhash >> 32) & 65535) = ?3 AND duplicate_of IS NULL AND simhash IS NOT NULL
         UNION ALL SELECT rowid, id, body_hash, simhash FROM articles
             WHERE ((simhash >> 48) & 65535) = ?4 AND duplicate_of IS NULL AND simhash IS NOT NULL",
    )?;
    let mut rows = statement.query(params![band(0), band(1), band(2), band(3)])?;
    // Ranked exact first, then by fewer differing bits; the first stored of equals.
    let mut best: Option<((bool, u32, i64), String)> = None;
    while let Some(row) = rows.next()? {
        let stored_id: String = row.get(1)?;
        let stored_hash: Option<String> = row.get(2)?;
        let stored_simhash: i64 = row.get(3)?;
        let distance = (stored_simhash ^ simhash).count_ones();
        if distance > NEAR_BITS || stored_id == id {
            continue;
        }
        let exact = distance == 0 && stored_hash.as_deref() == Some(body_hash);
        let rank = (!exact, distance, row.get::<_, i64>(0)?);
        if best.as_ref().is_none_or(|(b, _)| rank < *b) {
            best = Some((rank, stored_id));
        }
    }
    Ok(best.map(|((near, distance, _), of)| {
        if near {
            let similarity = 1.0 - f64::from(distance) / 64.0;
            (
                of,
                DuplicateKind::Near,
                (similarity * 1000.0).round() / 1000.0,
            )
        } else {
            (of, DuplicateKind::Exact, 1.0)
        }
    }))
}

/// Records between two flushes of the pending rows: small enough to keep memory flat, large
/// enough that nearly every row goes in a many-row INSERT.
const FLUSH_EVERY: usize = 64;

/// Names the articles of a failed flush for the message.
fn articles_name(ids: &[&str]) -> String {
    match ids {
        [] => "articles".to_string(),
        [one] => format!("article {one}"),
        [first, .., last] => format!("articles {first} … {last}"),
    }
}
