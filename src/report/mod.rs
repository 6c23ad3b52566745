//! Reports over a loaded database: the queries, and their rendering as text tables, CSV,
//! JSON or one self-contained HTML page with SVG charts.
//!
//! The queries are plain SQL that SQLite and PostgreSQL both run; each returns a [`Table`].
//! Money totals leave out `vague` amounts ("hàng trăm nghìn tỷ đồng" stands for a lower
//! bound, not an amount) and are per currency.
//!
//! # Example
//! ```
//! use union_news::report::{self, Database};
//! use union_news::sink::open_sink;
//!
//! let dir = tempfile::tempdir().unwrap();
//! let path = dir.path().join("news.db");
//! open_sink(path.to_str().unwrap()).unwrap(); // creates the schema
//! let mut db = Database::open(path.to_str().unwrap()).unwrap();
//! let tables = report::standard(&mut db).unwrap();
//! assert_eq!(tables[0].name, "money_by_organization_year");
//! assert!(tables[0].rows.is_empty());
//! ```

mod html;
mod render;

use postgres::types::Type;
use rusqlite::types::ValueRef;
use rusqlite::OpenFlags;

use crate::sink::Target;
use crate::{Error, Result};

pub use html::html;
pub use render::{csv, json, text};

/// One cell of a result.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// SQL NULL.
    Null,
    /// An integer.
    Int(i64),
    /// A floating-point number.
    Float(f64),
    /// Text.
    Text(String),
}

impl Value {
    /// The value as a number, if it is one.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Self::Int(i) => Some(*i as f64),
            Self::Float(f) => Some(*f),
            _ => None,
        }
    }

    /// The value as text, if it is text.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Self::Text(s) => Some(s),
            _ => None,
        }
    }
}

/// A query result with a name and a title.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// Machine name (JSON key, CSV section).
    pub name: &'static str,
    /// Human title.
    pub title: &'static str,
    /// Column names.
    pub columns: Vec<String>,
    /// Rows, each as long as `columns`.
    pub rows: Vec<Vec<Value>>,
}

impl Table {
    /// The index of a column.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c == name)
    }
}

/// What `--by` groups on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    /// One row per organization: mentions, articles, money, new members, events organized.
    Organization,
    /// One row per month: articles, events, money and new members.
    Month,
    /// One row per event type.
    EventType,
}

/// A reporting connection.
pub enum Database {
    /// A SQLite file, opened read-only.
    Sqlite(rusqlite::Connection),
    /// A PostgreSQL server, with the `search_path` set to the chosen schema.
    Postgres(postgres::Client),
}

impl std::fmt::Debug for Database {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Sqlite(_) => f.write_str("Database::Sqlite"),
            Self::Postgres(_) => f.write_str("Database::Postgres"),
        }
    }
}

impl Database {
    /// Opens a `--db` value for reading (see [`crate::sink::open_sink`] for the forms).
    ///
    /// # Errors
    /// The database cannot be opened, or it holds no union-news schema.
    pub fn open(target: &str) -> Result<Self> {
        let mut db = match Target::parse(target)? {
            Target::Sqlite(path) => {
                let conn =
                    rusqlite::Connection::open_with_flags(&path, OpenFlags::SQLITE_OPEN_READ_ONLY)
                        .map_err(|err| Error::database(format!("{path}: {err}")))?;
                Self::Sqlite(conn)
            }
            Target::Postgres { url, schema } => Self::Postgres(
                crate::sink::postgres::connect_client(&url, schema.as_deref(), false)?,
            ),
        };
        db.query("SELECT COUNT(*) FROM schema_migrations")
            .map_err(|_| {
                Error::input(
                    crate::sink::redact(target),
                    "no union-news tables here (run `union-news load` first)",
                )
            })?;
        Ok(db)
    }

    /// Wraps an open PostgreSQL client (its `search_path` already set).
    pub fn from_postgres(client: postgres::Client) -> Self {
        Self::Postgres(client)
    }

    /// Runs a query and returns its columns and rows.
    ///
    /// # Errors
    /// The query fails.
    pub fn query(&mut self, sql: &str) -> Result<(Vec<String>, Vec<Vec<Value>>)> {
        match self {
            Self::Sqlite(conn) => {
                let err = |e: rusqlite::Error| Error::database(format!("query: {e}"));
                let mut stmt = conn.prepare(sql).map_err(err)?;
                let columns: Vec<String> =
                    stmt.column_names().iter().map(|c| c.to_string()).collect();
                let n = columns.len();
                let mut rows = Vec::new();
                let mut cursor = stmt.query([]).map_err(err)?;
                while let Some(row) = cursor.next().map_err(err)? {
                    let mut values = Vec::with_capacity(n);
                    for i in 0..n {
                        values.push(match row.get_ref(i).map_err(err)? {
                            ValueRef::Null => Value::Null,
                            ValueRef::Integer(i) => Value::Int(i),
                            ValueRef::Real(f) => Value::Float(f),
                            ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into()),
                            ValueRef::Blob(_) => Value::Text("(blob)".into()),
                        });
                    }
                    rows.push(values);
                }
                Ok((columns, rows))
            }
            Self::Postgres(client) => {
                let err = |e: postgres::Error| Error::database(format!("query: {e}"));
                let stmt = client.prepare(sql).map_err(err)?;
                let columns: Vec<String> = stmt
                    .columns()
                    .iter()
                    .map(|c| c.name().to_string())
                    .collect();
                let mut rows = Vec::new();
                for row in client.query(&stmt, &[]).map_err(err)? {
                    let mut values = Vec::with_capacity(columns.len());
                    for (i, column) in row.columns().iter().enumerate() {
                        let ty = column.type_();
                        let value = if *ty == Type::INT8 {
                            row.try_get::<_, Option<i64>>(i).map(|v| v.map(Value::Int))
                        } else if *ty == Type::INT4 {
                            row.try_get::<_, Option<i32>>(i)
                                .map(|v| v.map(|v| Value::Int(v.into())))
                        } else if *ty == Type::INT2 {
                            row.try_get::<_, Option<i16>>(i)
                                .map(|v| v.map(|v| Value::Int(v.into())))
                        } else if *ty == Type::FLOAT8 {
                            row.try_get::<_, Option<f64>>(i)
                                .map(|v| v.map(Value::Float))
                        } else if *ty == Type::FLOAT4 {
                            row.try_get::<_, Option<f32>>(i)
                                .map(|v| v.map(|v| Value::Float(v.into())))
                        } else if *ty == Type::BOOL {
                            row.try_get::<_, Option<bool>>(i)
                                .map(|v| v.map(|v| Value::Int(v.into())))
                        } else {
                            row.try_get::<_, Option<String>>(i)
                                .map(|v| v.map(Value::Text))
                        };
                        values.push(value.map_err(err)?.unwrap_or(Value::Null));
                    }
                    rows.push(values);
                }
                Ok((columns, rows))
            }
        }
    }

    fn table(&mut self, name: &'static str, title: &'static str, sql: &str) -> Result<Table> {
        let (columns, rows) = self.query(sql)?;
        Ok(Table {
            name,
            title,
            columns,
            rows,
        })
    }
}

/// Money totals per organization (the one each amount is attributed to), year and currency.
pub const MONEY_BY_ORGANIZATION_YEAR: &str = "
SELECT COALESCE(o.canonical, '(unattributed)') AS organization, m.year AS year,
       m.currency AS currency, COUNT(*) AS amounts, COUNT(DISTINCT m.article_id) AS articles,
       SUM(m.amount) AS total
FROM money m LEFT JOIN organizations o ON o.id = m.organization_id
WHERE m.qualifier <> 'vague'
GROUP BY o.canonical, m.year, m.currency
ORDER BY organization, m.year IS NULL, m.year, currency";

/// New members, new unions and the largest stated membership per labour federation and year.
pub const MEMBERS_BY_FEDERATION_YEAR: &str = "
SELECT o.canonical AS federation, o.admin_level AS level, mc.year AS year,
       CAST(SUM(CASE WHEN mc.category = 'new_members' THEN mc.count ELSE 0 END) AS BIGINT)
           AS new_members,
       CAST(SUM(CASE WHEN mc.category = 'unions_new' THEN mc.count ELSE 0 END) AS BIGINT)
           AS new_unions,
       MAX(CASE WHEN mc.category = 'total_members' THEN mc.count END) AS total_members
FROM member_counts mc JOIN organizations o ON o.id = mc.organization_id
WHERE o.kind = 'labour_federation'
  AND mc.category IN ('new_members', 'unions_new', 'total_members')
GROUP BY o.canonical, o.admin_level, mc.year
ORDER BY federation, mc.year IS NULL, mc.year";

/// Events per month (the event's date, else the article's publication) and type.
pub const EVENTS_BY_TYPE_MONTH: &str = "
SELECT COALESCE(month, '(no month)') AS month, event_type, COUNT(*) AS events
FROM events
GROUP BY month, event_type
ORDER BY 1, event_type";

/// Per organization: mentions, articles, VND total, new members, events organized.
pub const BY_ORGANIZATION: &str = "
SELECT o.canonical AS organization, o.kind AS kind, o.admin_level AS level,
       (SELECT COUNT(*) FROM organization_mentions om WHERE om.organization_id = o.id)
           AS mentions,
       (SELECT COUNT(DISTINCT om.article_id) FROM organization_mentions om
           WHERE om.organization_id = o.id) AS articles,
       (SELECT SUM(m.amount) FROM money m WHERE m.organization_id = o.id
           AND m.currency = 'VND' AND m.qualifier <> 'vague') AS money_vnd,
       (SELECT CAST(SUM(c.count) AS BIGINT) FROM member_counts c
           WHERE c.organization_id = o.id AND c.category = 'new_members') AS new_members,
       (SELECT COUNT(*) FROM events e WHERE e.organizer_id = o.id) AS events_organized
FROM organizations o
WHERE EXISTS (SELECT 1 FROM organization_mentions om WHERE om.organization_id = o.id)
   OR EXISTS (SELECT 1 FROM events e WHERE e.organizer_id = o.id)
   OR EXISTS (SELECT 1 FROM money m WHERE m.organization_id = o.id)
ORDER BY mentions DESC, organization";

/// Per month: articles published, events, VND total and new members (money and members by
/// the month their article was published).
pub const BY_MONTH: &str = "
WITH months AS (
    SELECT published_month AS month FROM articles WHERE published_month IS NOT NULL
    UNION
    SELECT month FROM events WHERE month IS NOT NULL
)
SELECT mo.month AS month,
       (SELECT COUNT(*) FROM articles a WHERE a.published_month = mo.month) AS articles,
       (SELECT COUNT(*) FROM events e WHERE e.month = mo.month) AS events,
       (SELECT SUM(m.amount) FROM money m JOIN articles a ON a.id = m.article_id
           WHERE a.published_month = mo.month AND m.currency = 'VND'
           AND m.qualifier <> 'vague') AS money_vnd,
       (SELECT CAST(SUM(c.count) AS BIGINT) FROM member_counts c
           JOIN articles a ON a.id = c.article_id
           WHERE a.published_month = mo.month AND c.category = 'new_members') AS new_members
FROM months mo
ORDER BY mo.month";

/// Per event type: events, articles, first and last month, events with a known organizer.
pub const BY_EVENT_TYPE: &str = "
SELECT event_type, COUNT(*) AS events, COUNT(DISTINCT article_id) AS articles,
       MIN(month) AS first_month, MAX(month) AS last_month,
       COUNT(organizer_id) AS with_organizer
FROM events
GROUP BY event_type
ORDER BY events DESC, event_type";

/// The three standard tables: money by organization and year, member growth by federation
/// and year, events by type and month.
///
/// # Errors
/// A query fails.
pub fn standard(db: &mut Database) -> Result<Vec<Table>> {
    Ok(vec![
        db.table(
            "money_by_organization_year",
            "Money by organization and year",
            MONEY_BY_ORGANIZATION_YEAR,
        )?,
        db.table(
            "members_by_federation_year",
            "Member growth by labour federation and year",
            MEMBERS_BY_FEDERATION_YEAR,
        )?,
        db.table(
            "events_by_type_month",
            "Events by month and type",
            EVENTS_BY_TYPE_MONTH,
        )?,
    ])
}

/// One table grouped as `--by` asks.
///
/// # Errors
/// The query fails.
pub fn grouped(db: &mut Database, by: By) -> Result<Table> {
    match by {
        By::Organization => db.table("by_organization", "By organization", BY_ORGANIZATION),
        By::Month => db.table("by_month", "By month", BY_MONTH),
        By::EventType => db.table("by_event_type", "By event type", BY_EVENT_TYPE),
    }
}

/// Row counts of the main tables, for the report's header.
///
/// # Errors
/// A query fails.
pub fn counts(db: &mut Database) -> Result<Vec<(&'static str, i64)>> {
    let mut out = Vec::new();
    for table in [
        "articles",
        "organizations",
        "organization_mentions",
        "dates",
        "money",
        "member_counts",
        "people",
        "events",
    ] {
        let (_, rows) = db.query(&format!("SELECT COUNT(*) FROM {table}"))?;
        let n = match rows.first().and_then(|r| r.first()) {
            Some(Value::Int(n)) => *n,
            _ => 0,
        };
        out.push((table, n));
    }
    Ok(out)
}
