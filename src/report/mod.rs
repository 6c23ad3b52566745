//! Reports over a loaded database: the queries, and their rendering as text tables, CSV,
//! JSON or one self-contained HTML page with SVG charts.
//!
//! The queries are plain SQL that SQLite and PostgreSQL both run; each returns a [`Table`].
//! Money totals leave out `vague` amounts ("hàng trăm nghìn tỷ đồng" stands for a lower
//! bound, not an amount), count an amount restated in one article once (`money.repeat_of`),
//! are per currency and rounded to 0.01 (PostgreSQL sums exact NUMERICs, SQLite compensated
//! doubles: rounded, both print the same figures). [`Options::attribution`] chooses whether
//! amounts and counts whose organization is not named in their own sentence are counted
//! under the article's main organization or left unattributed.
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
//! let tables = report::standard(&mut db, &report::Options::default()).unwrap();
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
    /// How to read the table (what is counted, which rule attributed it), printed under it.
    pub notes: Vec<String>,
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

/// The oldest schema version whose columns the report reads (`articles.duplicate_of`):
/// SQLite's 3, PostgreSQL's 4.
const REPORT_SCHEMA_VERSION: (f64, f64) = (3.0, 4.0);

impl Database {
    /// Opens a `--db` value for reading (see [`crate::sink::open_sink`] for the forms).
    ///
    /// # Errors
    /// The database cannot be opened, or it holds no union-news schema.
    pub fn open(target: &str) -> Result<Self> {
        let mut db = match Target::parse(target)? {
            Target::Sqlite(path) => {
                // SQLite's own message for a missing file is "unable to open database file".
                if !std::path::Path::new(&path).exists() {
                    return Err(Error::input(
                        &path,
                        "no such database file (`union-news extract --db` or `load --db` \
                         creates it)",
                    ));
                }
                let conn =
                    rusqlite::Connection::open_with_flags(&path, OpenFlags::SQLITE_OPEN_READ_ONLY)
                        .map_err(|err| Error::database_caused(format!("{path}: {err}"), err))?;
                Self::Sqlite(conn)
            }
            Target::Postgres { url, schema } => Self::Postgres(
                crate::sink::postgres::connect_client(&url, schema.as_deref())?,
            ),
        };
        let (_, rows) = db
            .query("SELECT MAX(version) FROM schema_migrations")
            .map_err(|_| {
                Error::input(
                    crate::sink::redact(target),
                    "no union-news tables here (run `union-news load` first)",
                )
            })?;
        // The report reads columns that schema version 2 introduced (`money.repeat_of`) and
        // the duplicate marks (SQLite 3, PostgreSQL 4); it opens the database read-only and
        // migrates nothing.
        let version = rows.first().and_then(|r| r.first()).and_then(Value::as_f64);
        let current = match db {
            Self::Sqlite(_) => REPORT_SCHEMA_VERSION.0,
            Self::Postgres(_) => REPORT_SCHEMA_VERSION.1,
        };
        if version.is_some_and(|v| v < current) {
            return Err(Error::input(
                crate::sink::redact(target),
                format!(
                    "schema version {} is older than this union-news ({current}): load into it \
                     once (`union-news load` of any records, even none) to migrate it",
                    version.unwrap_or_default()
                ),
            ));
        }
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
                let err = |e: rusqlite::Error| Error::database_caused(format!("query: {e}"), e);
                let mut stmt = conn.prepare(sql).map_err(err)?;
                let columns: Vec<String> = stmt.column_names().map(|c| c.to_string()).collect();
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
                let err = |e: postgres::Error| Error::database_caused(format!("query: {e}"), e);
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
                        } else if *ty == Type::NUMERIC {
                            row.try_get::<_, Option<Numeric>>(i).map(|v| v.map(|n| n.0))
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
}

/// A PostgreSQL NUMERIC: an integer when it has no fraction digits and fits (a `SUM` of
/// integers), else the nearest `f64` of its exact decimal text.
struct Numeric(Value);

impl<'a> postgres::types::FromSql<'a> for Numeric {
    fn from_sql(
        _: &Type,
        raw: &'a [u8],
    ) -> std::result::Result<Self, Box<dyn std::error::Error + Sync + Send>> {
        let text = numeric_text(raw).ok_or("malformed NUMERIC value")?;
        if !text.contains('.') {
            if let Ok(int) = text.parse::<i64>() {
                return Ok(Numeric(Value::Int(int)));
            }
        }
        let float: f64 = text.parse().map_err(|_| "malformed NUMERIC value")?;
        Ok(Numeric(Value::Float(float)))
    }

    fn accepts(ty: &Type) -> bool {
        *ty == Type::NUMERIC
    }
}

/// The decimal text of a NUMERIC in PostgreSQL's binary form: digit count, weight (of the
/// first base-10000 digit), sign, display scale, then the base-10000 digits.
fn numeric_text(raw: &[u8]) -> Option<String> {
    let word = |i: usize| -> Option<u16> {
        Some(u16::from_be_bytes([*raw.get(2 * i)?, *raw.get(2 * i + 1)?]))
    };
    let ndigits = usize::from(word(0)?);
    let weight = i64::from(word(1)? as i16);
    let sign = word(2)?;
    let digits: Vec<u16> = (0..ndigits).map(|i| word(4 + i)).collect::<Option<_>>()?;
    match sign {
        0x0000 | 0x4000 => {}
        0xC000 => return Some("NaN".into()),
        0xD000 => return Some("inf".into()),
        0xF000 => return Some("-inf".into()),
        _ => return None,
    }
    let digit = |power: i64| -> u16 {
        usize::try_from(weight - power)
            .ok()
            .and_then(|i| digits.get(i).copied())
            .unwrap_or(0)
    };
    let mut text = String::new();
    if sign == 0x4000 {
        text.push('-');
    }
    if weight < 0 {
        text.push('0');
    } else {
        for power in (0..=weight).rev() {
            let d = digit(power);
            if text.is_empty() || text == "-" {
                text.push_str(&d.to_string());
            } else {
                text.push_str(&format!("{d:04}"));
            }
        }
    }
    let last = weight - i64::try_from(ndigits).ok()? + 1;
    if last < 0 {
        text.push('.');
        for power in (last..0).rev() {
            text.push_str(&format!("{:04}", digit(power)));
        }
    }
    Some(text)
}

/// Which organization an amount or a count is counted under (the loader records the basis
/// of each in `organization_basis`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Attribution {
    /// The organization named before it in its own sentence, else the article's main
    /// organization (the one mentioned most often).
    #[default]
    Any,
    /// Only an organization named in its own sentence; the others are unattributed.
    Sentence,
}

/// How the report counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Which organizations amounts and counts are counted under.
    pub attribution: Attribution,
}

/// The tables the report can print.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Query {
    /// Money totals per organization, year and currency.
    MoneyByOrganizationYear,
    /// New members, new unions and the largest stated membership per labour federation and
    /// year.
    MembersByFederationYear,
    /// Events per month and type.
    EventsByTypeMonth,
    /// Per organization: mentions, articles, VND total, new members, events organized.
    ByOrganization,
    /// Per month: articles published, events, VND total and new members.
    ByMonth,
    /// Per event type: events, articles, first and last month, events with an organizer.
    ByEventType,
}

impl Query {
    /// Every table, the three standard ones first.
    pub const ALL: [Query; 6] = [
        Query::MoneyByOrganizationYear,
        Query::MembersByFederationYear,
        Query::EventsByTypeMonth,
        Query::ByOrganization,
        Query::ByMonth,
        Query::ByEventType,
    ];

    /// The table's machine name (JSON key, `--table` value).
    pub fn name(self) -> &'static str {
        match self {
            Self::MoneyByOrganizationYear => "money_by_organization_year",
            Self::MembersByFederationYear => "members_by_federation_year",
            Self::EventsByTypeMonth => "events_by_type_month",
            Self::ByOrganization => "by_organization",
            Self::ByMonth => "by_month",
            Self::ByEventType => "by_event_type",
        }
    }

    /// The table's title.
    pub fn title(self) -> &'static str {
        match self {
            Self::MoneyByOrganizationYear => "Money by organization and year",
            Self::MembersByFederationYear => "Member growth by labour federation and year",
            Self::EventsByTypeMonth => "Events by month and type",
            Self::ByOrganization => "By organization",
            Self::ByMonth => "By month",
            Self::ByEventType => "By event type",
        }
    }

    /// The SQL (the same for SQLite and PostgreSQL), over original articles only: each fact
    /// table is read without the rows of articles marked as duplicates (`duplicate_of`), so
    /// that an article reposted under other ids counts once.
    pub fn sql(self, options: &Options) -> String {
        originals_only(&self.sql_all(options))
    }

    /// The SQL over every stored article.
    fn sql_all(self, options: &Options) -> String {
        // Amounts and counts joined to their organization only when the basis allows.
        let basis = |alias: &str| match options.attribution {
            Attribution::Any => String::new(),
            Attribution::Sentence => format!(" AND {alias}.organization_basis = 'sentence'"),
        };
        match self {
            Self::MoneyByOrganizationYear => format!(
                "
SELECT COALESCE(o.canonical, '(unattributed)') AS organization, m.year AS year,
       m.currency AS currency, COUNT(*) AS amounts,
       COUNT(CASE WHEN o.id IS NOT NULL AND m.organization_basis = 'sentence' THEN 1 END)
           AS org_in_sentence,
       COUNT(DISTINCT m.article_id) AS articles,
       CAST(ROUND(SUM(m.amount), 2) AS DOUBLE PRECISION) AS total
FROM money m LEFT JOIN organizations o ON o.id = m.organization_id{}
WHERE m.qualifier <> 'vague' AND m.repeat_of IS NULL
GROUP BY o.canonical, m.year, m.currency
ORDER BY organization, m.year IS NULL, m.year, currency",
                basis("m")
            ),
            Self::MembersByFederationYear => format!(
                "
SELECT o.canonical AS federation, o.admin_level AS level, mc.year AS year,
       CAST(SUM(CASE WHEN mc.category = 'new_members' THEN mc.count ELSE 0 END) AS BIGINT)
           AS new_members,
       CAST(SUM(CASE WHEN mc.category = 'unions_new' THEN mc.count ELSE 0 END) AS BIGINT)
           AS new_unions,
       MAX(CASE WHEN mc.category = 'total_members' THEN mc.count END) AS total_members,
       COUNT(*) AS counts,
       COUNT(CASE WHEN mc.organization_basis = 'sentence' THEN 1 END) AS org_in_sentence
FROM member_counts mc JOIN organizations o ON o.id = mc.organization_id{}
WHERE o.kind = 'labour_federation'
  AND mc.category IN ('new_members', 'unions_new', 'total_members')
GROUP BY o.canonical, o.admin_level, mc.year
ORDER BY federation, mc.year IS NULL, mc.year",
                basis("mc")
            ),
            Self::EventsByTypeMonth => "
SELECT COALESCE(month, '(no month)') AS month, event_type, COUNT(*) AS events
FROM events
GROUP BY month, event_type
ORDER BY 1, event_type"
                .to_string(),
            Self::ByOrganization => format!(
                "
SELECT o.canonical AS organization, o.kind AS kind, o.admin_level AS level,
       (SELECT COUNT(*) FROM organization_mentions om WHERE om.organization_id = o.id)
           AS mentions,
       (SELECT COUNT(DISTINCT om.article_id) FROM organization_mentions om
           WHERE om.organization_id = o.id) AS articles,
       (SELECT CAST(ROUND(SUM(m.amount), 2) AS DOUBLE PRECISION) FROM money m
           WHERE m.organization_id = o.id{} AND m.repeat_of IS NULL
           AND m.currency = 'VND' AND m.qualifier <> 'vague') AS money_vnd,
       (SELECT CAST(SUM(c.count) AS BIGINT) FROM member_counts c
           WHERE c.organization_id = o.id{} AND c.category = 'new_members') AS new_members,
       (SELECT COUNT(*) FROM events e WHERE e.organizer_id = o.id) AS events_organized
FROM organizations o
WHERE EXISTS (SELECT 1 FROM organization_mentions om WHERE om.organization_id = o.id)
   OR EXISTS (SELECT 1 FROM events e WHERE e.organizer_id = o.id)
   OR EXISTS (SELECT 1 FROM money m WHERE m.organization_id = o.id)
ORDER BY mentions DESC, organization",
                basis("m"),
                basis("c")
            ),
            Self::ByMonth => "
WITH months AS (
    SELECT published_month AS month FROM articles WHERE published_month IS NOT NULL
    UNION
    SELECT month FROM events WHERE month IS NOT NULL
)
SELECT mo.month AS month,
       (SELECT COUNT(*) FROM articles a WHERE a.published_month = mo.month) AS articles,
       (SELECT COUNT(*) FROM events e WHERE e.month = mo.month) AS events,
       (SELECT CAST(ROUND(SUM(m.amount), 2) AS DOUBLE PRECISION) FROM money m
           JOIN articles a ON a.id = m.article_id
           WHERE a.published_month = mo.month AND m.currency = 'VND'
           AND m.qualifier <> 'vague' AND m.repeat_of IS NULL) AS money_vnd,
       (SELECT CAST(SUM(c.count) AS BIGINT) FROM member_counts c
           JOIN articles a ON a.id = c.article_id
           WHERE a.published_month = mo.month AND c.category = 'new_members') AS new_members
FROM months mo
ORDER BY mo.month"
                .to_string(),
            Self::ByEventType => "
SELECT event_type, COUNT(*) AS events, COUNT(DISTINCT article_id) AS articles,
       MIN(month) AS first_month, MAX(month) AS last_month,
       COUNT(organizer_id) AS with_organizer
FROM events
GROUP BY event_type
ORDER BY events DESC, event_type"
                .to_string(),
        }
    }

    /// What a reader needs to know to read the table right (printed under it).
    pub fn notes(self, options: &Options) -> Vec<String> {
        let organization = match options.attribution {
            Attribution::Any => {
                "org_in_sentence: of them, those whose organization is named in their own \
                 sentence; the others are counted under the article's main organization \
                 (--attribution sentence leaves them unattributed)"
            }
            Attribution::Sentence => {
                "organizations named in the amount's own sentence only (--attribution \
                 sentence): the other amounts are (unattributed)"
            }
        };
        match self {
            Self::MoneyByOrganizationYear => vec![
                "amounts: distinct amounts; an amount restated in one article counts once \
                 (money.repeat_of); vague amounts (\"hàng trăm tỷ\") are left out; totals \
                 rounded to 0.01"
                    .to_string(),
                organization.to_string(),
            ],
            Self::MembersByFederationYear => vec![match options.attribution {
                Attribution::Any => "org_in_sentence: counts whose federation is named in \
                     their own sentence; the others are the article's main organization's"
                    .to_string(),
                Attribution::Sentence => "federations named in the count's own sentence \
                     only (--attribution sentence)"
                    .to_string(),
            }],
            Self::ByOrganization | Self::ByMonth => vec![
                "money_vnd: distinct non-vague VND amounts (restatements counted once), rounded \
                 to 0.01"
                    .to_string(),
            ],
            Self::EventsByTypeMonth | Self::ByEventType => vec![],
        }
    }
}

/// `sql` with each `FROM` of a fact table (and of `articles`) reading only the rows of
/// originals: `FROM money m` becomes `FROM (SELECT * FROM money WHERE article_id NOT IN
/// (duplicates)) m`. Aliases are lower case, SQL keywords upper case in these queries.
fn originals_only(sql: &str) -> String {
    static FROM: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"FROM (money|member_counts|events|organization_mentions|articles)(?: ([a-z]{1,3})\b)?",
        )
        .ok()
    });
    let Some(from) = FROM.as_ref() else {
        return sql.to_string();
    };
    from.replace_all(sql, |caps: &regex::Captures<'_>| {
        let table = caps.get(1).map_or("", |m| m.as_str());
        let alias = caps.get(2).map_or(table, |m| m.as_str());
        let filter = if table == "articles" {
            "duplicate_of IS NULL"
        } else {
            "article_id NOT IN (SELECT id FROM articles WHERE duplicate_of IS NOT NULL)"
        };
        format!("FROM (SELECT * FROM {table} WHERE {filter}) {alias}")
    })
    .into_owned()
}

impl From<By> for Query {
    fn from(by: By) -> Self {
        match by {
            By::Organization => Self::ByOrganization,
            By::Month => Self::ByMonth,
            By::EventType => Self::ByEventType,
        }
    }
}

/// One table.
///
/// # Errors
/// The query fails.
pub fn table(db: &mut Database, query: Query, options: &Options) -> Result<Table> {
    let (columns, rows) = db.query(&query.sql(options))?;
    Ok(Table {
        name: query.name(),
        title: query.title(),
        columns,
        rows,
        notes: query.notes(options),
    })
}

/// The three standard tables: money by organization and year, member growth by federation
/// and year, events by type and month.
///
/// # Errors
/// A query fails.
pub fn standard(db: &mut Database, options: &Options) -> Result<Vec<Table>> {
    Query::ALL[..3]
        .iter()
        .map(|&query| table(db, query, options))
        .collect()
}

/// One table grouped as `--by` asks.
///
/// # Errors
/// The query fails.
pub fn grouped(db: &mut Database, by: By, options: &Options) -> Result<Table> {
    table(db, by.into(), options)
}

/// Row counts of the main tables, for the report's header: like the report's tables, only
/// the rows of original articles (articles marked `duplicate_of` and their mentions are left
/// out; organizations are shared by all articles and counted whole), then the number of
/// duplicate articles left out.
///
/// # Errors
/// A query fails.
pub fn counts(db: &mut Database) -> Result<Vec<(&'static str, i64)>> {
    let mut out = Vec::new();
    let queries = [
        (
            "articles",
            "SELECT COUNT(*) FROM articles WHERE duplicate_of IS NULL",
        ),
        ("organizations", "SELECT COUNT(*) FROM organizations"),
        ("organization_mentions", "organization_mentions"),
        ("dates", "dates"),
        ("money", "money"),
        ("member_counts", "member_counts"),
        ("people", "people"),
        ("events", "events"),
        (
            "duplicate articles",
            "SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL",
        ),
    ];
    for (label, query) in queries {
        let sql = if query.starts_with("SELECT") {
            query.to_string()
        } else {
            format!(
                "SELECT COUNT(*) FROM {query} WHERE article_id NOT IN \
                 (SELECT id FROM articles WHERE duplicate_of IS NOT NULL)"
            )
        };
        let (_, rows) = db.query(&sql)?;
        let n = match rows.first().and_then(|r| r.first()) {
            Some(Value::Int(n)) => *n,
            _ => 0,
        };
        out.push((label, n));
    }
    Ok(out)
}
