//! Where records go: JSON lines ([`jsonl`]) and the reporting database (SQLite or PostgreSQL).
//!
//! [`open_sink`] opens a database from a `--db` value and applies the schema migrations; a
//! [`RecordSink`] then loads records batch by batch. Each batch is one transaction and each
//! article is replaced as a whole, keyed by its id, so loading the same records twice leaves
//! the same rows and a run killed midway leaves every article fully loaded or not at all.
//! The schema is documented in `docs/DATABASE.md`.
//!
//! # Example
//! ```
//! use union_news::sink::open_sink;
//!
//! let dir = tempfile::tempdir().unwrap();
//! let path = dir.path().join("news.db");
//! let mut sink = open_sink(path.to_str().unwrap()).unwrap();
//! let stats = sink.write_batch(&[]).unwrap();
//! assert_eq!(stats.articles, 0);
//! ```

pub mod json;
pub mod jsonl;
#[cfg(feature = "postgres")]
pub mod postgres;
#[cfg(any(feature = "sqlite", feature = "postgres"))]
mod rows;
#[cfg(feature = "sqlite")]
pub mod sqlite;

use std::ops::AddAssign;

use crate::dedup::Fingerprint;
use crate::record::Record;
use crate::{Error, Result};

#[cfg(feature = "postgres")]
pub use self::postgres::PostgresSink;
#[cfg(any(feature = "sqlite", feature = "postgres"))]
pub use self::rows::derive_rows;
#[cfg(feature = "sqlite")]
pub use self::sqlite::SqliteSink;

/// Where records go: opened from a `--db` value (plain path or sqlite://PATH → SQLite;
/// postgres://… or postgresql://… → PostgreSQL).
pub trait RecordSink: Send {
    /// Loads a batch of records, each article replaced as a whole (keyed by id), in one
    /// transaction per batch.
    ///
    /// # Errors
    /// A database error (including a record that violates a constraint) rolls the whole batch
    /// back and is returned; nothing of the batch is then stored.
    fn write_batch(&mut self, records: &[Record]) -> Result<LoadStats>;

    /// Loads a batch like [`write_batch`](RecordSink::write_batch), with what the sink would
    /// compute from each record before looking at the database computed ahead
    /// (`prepared[i]` is [`Prepared::new`] of `records[i]`): `load` computes it in its reading
    /// thread, while the previous batch is in the database. The default ignores it.
    ///
    /// # Errors
    /// As [`write_batch`](RecordSink::write_batch); also when `prepared` is not one per record.
    fn write_prepared(&mut self, records: &[Record], prepared: &[Prepared]) -> Result<LoadStats> {
        let _ = prepared;
        self.write_batch(records)
    }
}

/// What a database sink computes from a record before it looks at the database: the sha256 of
/// its JSON (`articles.record_sha256`: a stored article with the same hash is unchanged) and,
/// unless left to the sink, its body's fingerprint (`articles.body_hash`, `simhash`; see
/// [`crate::dedup`]), which the sink otherwise computes for a changed record only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prepared {
    /// The sha256 (hex) of the record's JSON.
    pub(crate) record_sha256: String,
    /// The fingerprint of the record's body ([`crate::dedup::record_fingerprint`]), when
    /// computed ahead.
    pub(crate) fingerprint: Option<Option<Fingerprint>>,
}

#[cfg(any(feature = "sqlite", feature = "postgres"))]
impl Prepared {
    /// Computes both for `record`.
    ///
    /// # Errors
    /// The record cannot be serialized (a number that is not finite).
    pub fn new(record: &Record) -> Result<Self> {
        Self::with_fingerprint(record, crate::dedup::record_fingerprint(record))
    }

    /// Computes the hash of `record`, whose fingerprint is `fingerprint`.
    ///
    /// # Errors
    /// The record cannot be serialized (a number that is not finite).
    pub fn with_fingerprint(record: &Record, fingerprint: Option<Fingerprint>) -> Result<Self> {
        Ok(Self {
            record_sha256: rows::record_hash(record)?,
            fingerprint: Some(fingerprint),
        })
    }

    /// Computes the hash of `record` only: the sink fingerprints it if it is changed (an
    /// unchanged record, the common case of a reload, needs no fingerprint).
    ///
    /// # Errors
    /// The record cannot be serialized (a number that is not finite).
    pub fn hash_only(record: &Record) -> Result<Self> {
        Ok(Self {
            record_sha256: rows::record_hash(record)?,
            fingerprint: None,
        })
    }
}

/// Checks that `prepared`, when given, holds one value per record.
#[cfg(any(feature = "sqlite", feature = "postgres"))]
fn check_prepared(records: &[Record], prepared: Option<&[Prepared]>) -> Result<()> {
    match prepared {
        Some(prepared) if prepared.len() != records.len() => Err(Error::database(format!(
            "{} prepared values for {} records",
            prepared.len(),
            records.len()
        ))),
        _ => Ok(()),
    }
}

/// What a load did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct LoadStats {
    /// Records received.
    pub articles: usize,
    /// Articles that were not in the database before.
    pub inserted: usize,
    /// Articles whose old rows were replaced (a changed record, or a repeat in one batch).
    pub replaced: usize,
    /// Articles skipped because the stored record was identical.
    pub unchanged: usize,
    /// Rows written to the mention tables (dates, money, counts, organizations, people,
    /// roles, events, participants).
    pub rows: usize,
}

impl AddAssign for LoadStats {
    fn add_assign(&mut self, other: Self) {
        self.articles += other.articles;
        self.inserted += other.inserted;
        self.replaced += other.replaced;
        self.unchanged += other.unchanged;
        self.rows += other.rows;
    }
}

/// A `--db` value, parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A SQLite file.
    Sqlite(String),
    /// A PostgreSQL URL (`schema` removed) and the schema to use, if one was given.
    Postgres {
        /// The connection URL without the `schema` parameter.
        url: String,
        /// The schema named by `?schema=NAME`.
        schema: Option<String>,
    },
}

impl Target {
    /// Parses a `--db` value: `postgres://…`/`postgresql://…` (optionally `?schema=NAME`) is
    /// PostgreSQL; `sqlite://PATH`, a file that exists, or a path whose name has an extension
    /// (`union-news.sqlite`, `news.db`) is a SQLite file.
    ///
    /// Anything else is refused rather than silently becoming a new SQLite file: another
    /// scheme (`mysql://…`), a typo (`postgres//host/db`), a bare word (`postgres`), a
    /// `key=value` connection string.
    ///
    /// # Errors
    /// A PostgreSQL URL that does not parse, a schema name that is not a plain identifier, or
    /// a value that names no supported database.
    pub fn parse(target: &str) -> Result<Self> {
        let lower = target.get(..13).unwrap_or(target).to_ascii_lowercase();
        if lower.starts_with("postgres://") || lower.starts_with("postgresql://") {
            let mut url = url::Url::parse(target)
                .map_err(|err| Error::input(redact(target), format!("bad database url: {err}")))?;
            let mut schema = None;
            let others: Vec<(String, String)> = url
                .query_pairs()
                .filter_map(|(key, value)| {
                    if key == "schema" {
                        schema = Some(value.into_owned());
                        None
                    } else {
                        Some((key.into_owned(), value.into_owned()))
                    }
                })
                .collect();
            if others.is_empty() {
                url.set_query(None);
            } else {
                url.query_pairs_mut().clear().extend_pairs(others);
            }
            if let Some(name) = &schema {
                check_identifier(name)?;
            }
            Ok(Self::Postgres {
                url: url.into(),
                schema,
            })
        } else if let Some(path) = target.strip_prefix("sqlite://") {
            if path.is_empty() {
                return Err(Error::input(target, "empty database path"));
            }
            Ok(Self::Sqlite(path.to_string()))
        } else {
            check_sqlite_path(target)?;
            Ok(Self::Sqlite(target.to_string()))
        }
    }
}

/// What `--db` accepts, for messages.
const DB_FORMS: &str =
    "use postgres://USER@HOST/DB, sqlite://PATH, or a file path with an extension such as \
     union-news.sqlite";

/// Checks that a `--db` value without `sqlite://` is meant as an SQLite file: one that
/// exists, or a new one whose name has a plain extension (letters and digits).
fn check_sqlite_path(target: &str) -> Result<()> {
    if target.is_empty() {
        return Err(Error::input(target, "empty database path"));
    }
    if let Some((scheme, _)) = target.split_once("://") {
        return Err(Error::input(
            redact(target),
            format!(
                "unsupported database scheme {:?}: {DB_FORMS}",
                scheme.to_ascii_lowercase()
            ),
        ));
    }
    let path = std::path::Path::new(target);
    if path.is_dir() {
        return Err(Error::input(
            target,
            format!("is a directory, not a database file: {DB_FORMS}"),
        ));
    }
    if path.exists() {
        return Ok(());
    }
    if target.split_whitespace().any(|word| word.contains('=')) {
        return Err(Error::input(
            redact(target),
            format!(
                "looks like a key=value connection string, which --db does not read: {DB_FORMS}"
            ),
        ));
    }
    let plain_extension = path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        !e.is_empty() && e.len() <= 16 && e.chars().all(|c| c.is_ascii_alphanumeric())
    });
    if plain_extension {
        Ok(())
    } else {
        Err(Error::input(
            target,
            format!("not a database URL, and no such file (a new SQLite file needs an extension): {DB_FORMS}"),
        ))
    }
}

/// A `--db` value or connection string fit for messages: a URL's password replaced by `***`,
/// a `key=value` string that holds a password replaced as a whole.
///
/// # Example
/// ```
/// use union_news::sink::redact;
///
/// assert_eq!(redact("postgres://u:secret@h/db"), "postgres://u:***@h/db");
/// assert_eq!(redact("host=h password=secret"), "(connection string with a password)");
/// assert_eq!(redact("news.db"), "news.db");
/// ```
pub fn redact(target: &str) -> String {
    match url::Url::parse(target) {
        Ok(mut url) if url.password().is_some() => {
            let _ = url.set_password(Some("***"));
            url.into()
        }
        Ok(_) => target.to_string(),
        Err(_) if target.contains("password") => "(connection string with a password)".to_string(),
        Err(_) => match target.find("://") {
            // A URL the parser refused: cut any userinfo rather than risk a password.
            Some(scheme_end) => match target[scheme_end + 3..].find('@') {
                Some(at) => format!(
                    "{}://***@{}",
                    &target[..scheme_end],
                    &target[scheme_end + 3 + at + 1..]
                ),
                None => target.to_string(),
            },
            None => target.to_string(),
        },
    }
}

impl Target {
    /// The database's name as a user knows it.
    fn backend(&self) -> &'static str {
        match self {
            Self::Sqlite(_) => "SQLite",
            Self::Postgres { .. } => "PostgreSQL",
        }
    }

    /// The Cargo feature that builds this database's sink.
    fn feature(&self) -> &'static str {
        match self {
            Self::Sqlite(_) => "sqlite",
            Self::Postgres { .. } => "postgres",
        }
    }
}

/// Opens the database a `--db` value names and applies pending migrations.
///
/// # Errors
/// The database cannot be opened or connected to, or a migration fails.
/// A build without the database's feature (`sqlite`, `postgres`) says so.
pub fn open_sink(target: &str) -> Result<Box<dyn RecordSink>> {
    match Target::parse(target)? {
        #[cfg(feature = "sqlite")]
        Target::Sqlite(path) => Ok(Box::new(SqliteSink::open(&path)?)),
        #[cfg(feature = "postgres")]
        Target::Postgres { url, schema } => {
            Ok(Box::new(PostgresSink::connect(&url, schema.as_deref())?))
        }
        #[allow(unreachable_patterns)]
        other => Err(Error::database(format!(
            "{}: this build of union-news has no {} support (Cargo feature `{}`)",
            redact(target),
            other.backend(),
            other.feature()
        ))),
    }
}

/// Checks that a schema name is a plain SQL identifier (letters, digits, `_`; not a digit
/// first), so it can be quoted into statements safely.
pub(crate) fn check_identifier(name: &str) -> Result<()> {
    let mut chars = name.chars();
    let first_ok = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
    if first_ok && chars.all(|c| c.is_ascii_alphanumeric() || c == '_') && name.len() <= 63 {
        Ok(())
    } else {
        Err(Error::input(
            name,
            "schema name must be letters, digits and _ (at most 63)",
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets() {
        assert_eq!(
            Target::parse("news.db").unwrap(),
            Target::Sqlite("news.db".into())
        );
        assert_eq!(
            Target::parse("sqlite:///tmp/x.db").unwrap(),
            Target::Sqlite("/tmp/x.db".into())
        );
        assert_eq!(
            Target::parse("postgres://postgres@127.0.0.1/test?schema=news&sslmode=disable")
                .unwrap(),
            Target::Postgres {
                url: "postgres://postgres@127.0.0.1/test?sslmode=disable".into(),
                schema: Some("news".into())
            }
        );
        assert_eq!(
            Target::parse("postgresql://h/db?schema=s").unwrap(),
            Target::Postgres {
                url: "postgresql://h/db".into(),
                schema: Some("s".into())
            }
        );
        assert!(Target::parse("postgres://h/db?schema=a;drop").is_err());
        assert!(Target::parse("").is_err());
        assert!(Target::parse("sqlite://").is_err());
        assert!(matches!(
            Target::parse("POSTGRES://h/db").unwrap(),
            Target::Postgres { .. }
        ));
    }

    /// Issue 10, item 10: an unknown scheme, a typo or a bare word used to become a new SQLite
    /// file silently.
    #[test]
    fn unknown_database_schemes_and_bare_words_are_refused() {
        for (target, says) in [
            ("mysql://u@h/db", "unsupported database scheme \"mysql\""),
            (
                "postgres//127.0.0.1/test",
                "a new SQLite file needs an extension",
            ),
            ("postgres", "a new SQLite file needs an extension"),
            (
                "host=127.0.0.1 user=postgres dbname=test",
                "key=value connection string",
            ),
            (".", "is a directory"),
        ] {
            let err = Target::parse(target).unwrap_err().to_string();
            assert!(err.contains(says), "{target}: {err}");
            assert!(err.contains("sqlite://PATH"), "{target}: {err}");
        }
        let dir = tempfile::tempdir().unwrap();
        // An existing file without an extension is taken as the SQLite file it is.
        let existing = dir.path().join("newsdb");
        std::fs::write(&existing, b"").unwrap();
        let existing = existing.to_str().unwrap();
        assert_eq!(
            Target::parse(existing).unwrap(),
            Target::Sqlite(existing.into())
        );
        assert!(Target::parse("out/union-news.sqlite3").is_ok());
    }
}
