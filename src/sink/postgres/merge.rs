//! Writing one batch: one transaction that locks the batch's articles, skips the unchanged
//! ones and merges the staged rows of the others, retried a few times when the server aborts
//! it for a deadlock or a serialization failure.
//!
//! Any number of loaders may write into one database at once (see "Concurrent loaders" in
//! `docs/DATABASE.md`). Every transaction takes its locks in one order, so that no two wait
//! on each other:
//!
//! 0. it reads the stored record hashes without locks: the records stored as they are need
//!    no lock (skipping one is writing it as it is, at that moment), and a batch of them
//!    only writes nothing (a reload of unchanged records costs what it did);
//! 1. it stages the other records (binary COPY) and claims their ids that are not stored
//!    yet, inserting their article rows whole in `id` order (`ON CONFLICT DO NOTHING`: a
//!    loader inserting the same id waits for the other to end, then finds the id stored);
//! 2. it locks those ids' article rows in `id` order (`FOR NO KEY UPDATE`) and reads their
//!    record hashes, the latest committed: an article changed by a loader that committed
//!    meanwhile is compared with what that loader stored;
//! 3. the merge adds the organizations it names in `canonical` order (`ON CONFLICT DO
//!    NOTHING`: stored ones are not locked, so loaders naming the same organizations merge
//!    at once) and locks, in `canonical` order, only those stored without a kind that it
//!    gives one; then it rewrites the rows of its own articles, which no other loader
//!    touches until it commits; the article row is updated in place (a waiting loader then
//!    reads the new version; a deleted row would look like a new id to it).
//!
//! The last loader to commit an article wins; its rows are always whole.

use std::collections::{HashMap, HashSet};
use std::time::Duration;

use postgres::error::SqlState;
use postgres::{Client, Statement, Transaction};

use super::db_error;
use super::stage::stage;
use crate::dedup::{record_fingerprint, Fingerprint};
use crate::record::Record;
use crate::sink::rows::{mention_rows, Derived};
use crate::sink::LoadStats;
use crate::{Error, Result};

/// How many times a batch is tried when the server aborts its transaction for a deadlock or
/// a serialization failure (neither happens with the lock order above; the retry is a
/// safety net for what the order does not cover, e.g. another program's locks).
const ATTEMPTS: u32 = 5;

/// A record to write, with its record hash and, when computed ahead, its body's fingerprint.
pub(super) struct Hashed<'r> {
    /// The record.
    pub record: &'r Record,
    /// Its [`crate::sink::rows::record_hash`].
    pub hash: String,
    /// Its body's fingerprint, when computed ahead.
    pub fingerprint: Option<Option<Fingerprint>>,
}

/// The statements of a batch, prepared once per connection.
pub(super) struct Statements {
    /// Returns the stored record hashes of the batch's ids.
    select: Statement,
    /// Inserts the staged article rows whose ids are not stored yet; returns their ids.
    claim: Statement,
    /// Locks the batch's article rows; returns their record hashes.
    lock: Statement,
    /// Deletes the mention rows of the articles replaced (not those new: they have none).
    delete: Statement,
    /// Takes out of the staging tables the articles found unchanged once locked.
    unstage: Statement,
}

impl Statements {
    /// Prepares the statements on `client`.
    pub(super) fn prepare(client: &mut Client) -> Result<Self> {
        let select = client
            .prepare("SELECT id, record_sha256 FROM articles WHERE id = ANY($1)")
            .map_err(|err| db_error("prepare", err))?;
        let claim = client
            .prepare(CLAIM)
            .map_err(|err| db_error("prepare", err))?;
        let lock = client
            .prepare(
                "SELECT id, record_sha256 FROM articles WHERE id = ANY($1) \
                 ORDER BY id FOR NO KEY UPDATE",
            )
            .map_err(|err| db_error("prepare", err))?;
        let delete = client
            .prepare(DELETE)
            .map_err(|err| db_error("prepare", err))?;
        let unstage = client
            .prepare(UNSTAGE)
            .map_err(|err| db_error("prepare", err))?;
        Ok(Self {
            select,
            claim,
            lock,
            delete,
            unstage,
        })
    }
}

/// Writes the records (one per id, with their record hashes) in one transaction, tried up to
/// [`ATTEMPTS`] times.
pub(super) fn write(
    client: &mut Client,
    statements: &Statements,
    hashed: &[Hashed<'_>],
) -> Result<LoadStats> {
    let mut attempt = 1;
    loop {
        match write_once(client, statements, hashed) {
            Err(err) if attempt < ATTEMPTS && is_transient(&err) => {
                std::thread::sleep(Duration::from_millis(10 << attempt));
                attempt += 1;
            }
            done => return done,
        }
    }
}

/// True when the server aborted the transaction for a deadlock or a serialization failure:
/// trying the batch again can succeed.
fn is_transient(err: &Error) -> bool {
    let code = err
        .database_cause()
        .and_then(|cause| cause.downcast_ref::<postgres::Error>())
        .and_then(postgres::Error::code);
    matches!(
        code,
        Some(&SqlState::T_R_DEADLOCK_DETECTED) | Some(&SqlState::T_R_SERIALIZATION_FAILURE)
    )
}

fn write_once(
    client: &mut Client,
    statements: &Statements,
    hashed: &[Hashed<'_>],
) -> Result<LoadStats> {
    let mut stats = LoadStats::default();
    let mut tx = client.transaction().map_err(|err| db_error("begin", err))?;
    let ids: Vec<&str> = hashed.iter().map(|h| h.record.id.as_str()).collect();
    let stored = stored_hashes(&mut tx, &statements.select, &ids, "select stored articles")?;
    let (same, changed): (Vec<_>, Vec<_>) = hashed
        .iter()
        .partition(|h| stored.get(&h.record.id) == Some(&h.hash));
    stats.unchanged = same.len();
    if changed.is_empty() {
        tx.commit().map_err(|err| db_error("commit", err))?;
        return Ok(stats);
    }
    // Every changed record is derived and staged; its article row is inserted whole when its
    // id is new (the claim), else the stored row is updated in place by the merge.
    let mut batch: Vec<(&Record, Derived<'_>)> = Vec::with_capacity(changed.len());
    for Hashed {
        record,
        hash,
        fingerprint,
    } in changed
    {
        let fingerprint = fingerprint.unwrap_or_else(|| record_fingerprint(record));
        batch.push((record, Derived::new(record, hash.clone(), fingerprint)?));
    }
    let failed = |err| db_error(&format!("merge of batch {}", batch_name(&batch)), err);
    stage(&mut tx, &batch)?;
    let claimed: HashSet<String> = tx
        .query(&statements.claim, &[])
        .map_err(|err| db_error("claim new articles", err))?
        .into_iter()
        .map(|row| row.get(0))
        .collect();
    let ids: Vec<&str> = batch.iter().map(|(r, _)| r.id.as_str()).collect();
    let stored = stored_hashes(&mut tx, &statements.lock, &ids, "lock stored articles")?;
    // Stored articles this batch replaces: their mention rows are deleted.
    let mut replaced: Vec<&str> = Vec::new();
    // Stored meanwhile by another loader as this batch has them: nothing to write.
    let mut same: HashSet<&str> = HashSet::new();
    for (record, derived) in &batch {
        if claimed.contains(&record.id) {
            stats.inserted += 1;
        } else if stored.get(&record.id) == Some(&derived.record_sha256) {
            stats.unchanged += 1;
            same.insert(&record.id);
        } else {
            stats.replaced += 1;
            replaced.push(&record.id);
        }
    }
    if !same.is_empty() {
        let same: Vec<&str> = same.iter().copied().collect();
        tx.execute(&statements.unstage, &[&same]).map_err(failed)?;
    }
    if same.len() < batch.len() {
        tx.batch_execute(MERGE_ORGANIZATIONS).map_err(failed)?;
        if !replaced.is_empty() {
            tx.execute(&statements.delete, &[&replaced])
                .map_err(failed)?;
        }
        // Planned for each batch, like the merge's other statements (as a statement prepared
        // once, the server soon used a generic plan that joined the staged articles with every
        // stored one: 30 s of server CPU for 10,000 articles in batches of 64).
        let claimed: Vec<&str> = claimed.iter().map(String::as_str).collect();
        tx.execute(UPDATE_ARTICLES, &[&claimed]).map_err(failed)?;
        tx.batch_execute(MERGE_ROWS).map_err(failed)?;
    }
    tx.commit().map_err(|err| db_error("commit", err))?;
    stats.rows = batch
        .iter()
        .filter(|(r, _)| !same.contains(r.id.as_str()))
        .map(|(r, _)| mention_rows(r))
        .sum();
    Ok(stats)
}

/// The record hashes `statement` returns for `ids`, by id.
fn stored_hashes(
    tx: &mut Transaction<'_>,
    statement: &Statement,
    ids: &[&str],
    what: &str,
) -> Result<HashMap<String, String>> {
    Ok(tx
        .query(statement, &[&ids])
        .map_err(|err| db_error(what, err))?
        .into_iter()
        .map(|row| (row.get(0), row.get(1)))
        .collect())
}

fn batch_name(batch: &[(&Record, Derived<'_>)]) -> String {
    match batch {
        [] => "(empty)".to_string(),
        [(one, _)] => format!("article {}", one.id),
        [(first, _), .., (last, _)] => format!("articles {} … {}", first.id, last.id),
    }
}

/// The merge, in four parts: this one adds the staged organizations and gives a kind to
/// those stored without one (in `canonical` order: concurrent loaders lock them in one
/// order); then [`DELETE`] deletes the replaced articles' rows; then [`UPDATE_ARTICLES`]
/// updates the replaced article rows in place and marks the duplicates of stored originals;
/// then [`MERGE_ROWS`] inserts the staged rows with organization names turned into ids.
///
/// First, it takes a transaction-scoped advisory lock on each 16-bit SimHash band value of the
/// staged articles (key: band number × 65536 + value, in ascending order, so that loaders
/// take them in one order): a loader whose article could be found as a near or exact copy of
/// another loader's article shares a band with it, so the second to lock waits until the
/// first has committed, and its duplicate lookup (a later statement, with a later snapshot)
/// sees the stored original. Without it, two loaders storing one body under two ids at the
/// same moment both stored it as an original (`tests/db/concurrent.rs`). The locks are taken
/// after the article rows (step 2) and before any organization row, so they add no lock
/// cycle.
const MERGE_ORGANIZATIONS: &str = "
SELECT pg_advisory_xact_lock(hashtext('union_news:simhash_band'), k) FROM (
    SELECT DISTINCT (b * 65536 + ((s.simhash >> (16 * b)) & 65535))::int AS k
    FROM stage_articles s CROSS JOIN generate_series(0, 3) AS b
    WHERE s.simhash IS NOT NULL
    ORDER BY k) AS band_keys;
INSERT INTO organizations (canonical, kind, admin_level, area)
    SELECT DISTINCT ON (canonical) canonical, kind, admin_level, area
    FROM stage_organizations
    ORDER BY canonical, kind NULLS LAST, admin_level NULLS LAST, area NULLS LAST
ON CONFLICT (canonical) DO NOTHING;
SELECT 1 FROM organizations
    WHERE kind IS NULL AND canonical IN (SELECT canonical FROM stage_organizations
                                         WHERE kind IS NOT NULL)
    ORDER BY canonical FOR NO KEY UPDATE;
UPDATE organizations o SET kind = s.kind, admin_level = s.admin_level, area = s.area
    FROM (SELECT DISTINCT ON (canonical) canonical, kind, admin_level, area
          FROM stage_organizations WHERE kind IS NOT NULL
          ORDER BY canonical, kind, admin_level NULLS LAST, area NULLS LAST) s
    WHERE o.canonical = s.canonical AND o.kind IS NULL;
";

/// Deletes the mention rows of the replaced articles (`$1`, their ids) from every mention
/// table (the schema has no foreign keys to cascade: see migration 0003), by the tables'
/// primary keys. A batch of new articles only skips it: they have no rows (deleting "the rows
/// of the staged articles" by a join instead scanned every table in each batch).
const DELETE: &str = "
WITH organization_mentions AS (DELETE FROM organization_mentions WHERE article_id = ANY($1)),
     dates AS (DELETE FROM dates WHERE article_id = ANY($1)),
     money AS (DELETE FROM money WHERE article_id = ANY($1)),
     member_counts AS (DELETE FROM member_counts WHERE article_id = ANY($1)),
     person_roles AS (DELETE FROM person_roles WHERE article_id = ANY($1)),
     people AS (DELETE FROM people WHERE article_id = ANY($1)),
     event_participants AS (DELETE FROM event_participants WHERE article_id = ANY($1)),
     events AS (DELETE FROM events WHERE article_id = ANY($1))
SELECT 1";

/// Inserts the staged article rows whose ids are not stored yet, in `id` order (concurrent
/// loaders claim ids in one order), and returns their ids. Their duplicate marks are the
/// records' own; [`UPDATE_ARTICLES`] adds those found among the stored articles.
const CLAIM: &str = "
INSERT INTO articles (id, schema_version, source_kind, source_path, source_url, fetched_at,
        content_sha256, record_sha256, title, published, published_date, published_month,
        published_year, byline, text, warnings, body_hash, simhash, duplicate_of,
        duplicate_kind, duplicate_similarity)
    SELECT id, schema_version, source_kind, source_path, source_url, fetched_at,
        content_sha256, record_sha256, title, published, published_date, published_month,
        published_year, byline, text, warnings, body_hash, simhash, duplicate_of,
        duplicate_kind, duplicate_similarity
    FROM stage_articles ORDER BY id
ON CONFLICT (id) DO NOTHING RETURNING id";

/// Takes the articles `$1` (found unchanged once locked) and their rows out of the staging
/// tables.
const UNSTAGE: &str = "
WITH stage_articles AS (DELETE FROM stage_articles WHERE id = ANY($1)),
     stage_organization_mentions AS (DELETE FROM stage_organization_mentions WHERE article_id = ANY($1)),
     stage_dates AS (DELETE FROM stage_dates WHERE article_id = ANY($1)),
     stage_money AS (DELETE FROM stage_money WHERE article_id = ANY($1)),
     stage_member_counts AS (DELETE FROM stage_member_counts WHERE article_id = ANY($1)),
     stage_people AS (DELETE FROM stage_people WHERE article_id = ANY($1)),
     stage_person_roles AS (DELETE FROM stage_person_roles WHERE article_id = ANY($1)),
     stage_events AS (DELETE FROM stage_events WHERE article_id = ANY($1)),
     stage_event_participants AS (DELETE FROM stage_event_participants WHERE article_id = ANY($1))
SELECT 1";

/// Updates in place the article rows the batch replaces and, of those it inserted (`$1`, the
/// claimed ids), the ones found to repeat a stored original's body: an article without a
/// duplicate mark is marked a copy of the exact copy first, else of the closest within 5 bits
/// ([`crate::dedup::NEAR_BITS`]) among the stored originals sharing a 16-bit band (the
/// batch's own new articles are not among them, as when they were claimed with empty rows;
/// `bit_count` needs PostgreSQL 14 or newer). An inserted article that repeats none is
/// already as it should be and is not written again.
const UPDATE_ARTICLES: &str = "
UPDATE articles a SET schema_version = s.schema_version, source_kind = s.source_kind,
        source_path = s.source_path, source_url = s.source_url, fetched_at = s.fetched_at,
        content_sha256 = s.content_sha256, record_sha256 = s.record_sha256, title = s.title,
        published = s.published, published_date = s.published_date,
        published_month = s.published_month, published_year = s.published_year,
        byline = s.byline, text = s.text, warnings = s.warnings, body_hash = s.body_hash,
        simhash = s.simhash, duplicate_of = COALESCE(s.duplicate_of, f.id),
        duplicate_kind = COALESCE(s.duplicate_kind,
                                  CASE WHEN f.exact THEN 'exact' WHEN f.id IS NOT NULL THEN 'near' END),
        duplicate_similarity = COALESCE(s.duplicate_similarity,
                                        round((1 - f.distance / 64.0)::numeric, 3)::float8)
    FROM stage_articles s LEFT JOIN LATERAL (
        SELECT o.id, o.body_hash = s.body_hash AND o.simhash = s.simhash AS exact,
               bit_count((o.simhash # s.simhash)::bit(64)) AS distance
        FROM articles o
        WHERE s.duplicate_of IS NULL AND s.simhash IS NOT NULL
          AND o.duplicate_of IS NULL AND o.simhash IS NOT NULL AND o.id <> s.id
          AND o.id <> ALL($1)
          AND ((o.simhash & 65535) = (s.simhash & 65535)
               OR ((o.simhash >> 16) & 65535) = ((s.simhash >> 16) & 65535)
               OR ((o.simhash >> 32) & 65535) = ((s.simhash >> 32) & 65535)
               OR ((o.simhash >> 48) & 65535) = ((s.simhash >> 48) & 65535))
          AND bit_count((o.simhash # s.simhash)::bit(64)) <= 5
        ORDER BY exact DESC, distance, o.id LIMIT 1) f ON true
    WHERE a.id = s.id AND (s.id <> ALL($1) OR f.id IS NOT NULL)";

/// Inserts the staged mention rows, organization names turned into ids (see
/// [`MERGE_ORGANIZATIONS`]).
const MERGE_ROWS: &str = "
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
