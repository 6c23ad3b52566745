//! Staging a batch: one binary COPY per staging table, each table described once (its
//! columns with their types, and the rows a record gives it).

use postgres::binary_copy::BinaryCopyInWriter;
use postgres::types::{ToSql, Type};
use postgres::Transaction;

use super::db_error;
use crate::record::{DuplicateKind, Record};
use crate::sink::rows::Derived;
use crate::sink::rows::{granularity, source_kind};
use crate::{Error, Result};

/// One row's values, in the order of its table's columns.
type Values<'v> = [&'v (dyn ToSql + Sync)];

/// Takes one row of a table.
type Emit<'e> = dyn FnMut(&Values<'_>) -> Result<()> + 'e;

/// A staging table: its name, its columns (with their COPY types) and the rows of a record.
struct StageTable {
    name: &'static str,
    columns: &'static [(&'static str, Type)],
    rows: fn(&Record, &Derived<'_>, &mut Emit<'_>) -> Result<()>,
}

/// The staging tables, in the order they are filled.
static TABLES: [StageTable; 10] = [
    StageTable {
        name: "stage_articles",
        columns: &[
            ("id", Type::TEXT),
            ("schema_version", Type::INT4),
            ("source_kind", Type::TEXT),
            ("source_path", Type::TEXT),
            ("source_url", Type::TEXT),
            ("fetched_at", Type::TEXT),
            ("content_sha256", Type::TEXT),
            ("record_sha256", Type::TEXT),
            ("title", Type::TEXT),
            ("published", Type::TEXT),
            ("published_date", Type::TEXT),
            ("published_month", Type::TEXT),
            ("published_year", Type::INT4),
            ("byline", Type::TEXT),
            ("text", Type::TEXT),
            ("warnings", Type::TEXT),
            ("body_hash", Type::TEXT),
            ("simhash", Type::INT8),
            ("duplicate_of", Type::TEXT),
            ("duplicate_kind", Type::TEXT),
            ("duplicate_similarity", Type::FLOAT8),
        ],
        rows: article_rows,
    },
    StageTable {
        name: "stage_organizations",
        columns: &[
            ("canonical", Type::TEXT),
            ("kind", Type::TEXT),
            ("admin_level", Type::TEXT),
            ("area", Type::TEXT),
        ],
        rows: organization_rows,
    },
    StageTable {
        name: "stage_organization_mentions",
        columns: &[
            ("article_id", Type::TEXT),
            ("ord", Type::INT4),
            ("text", Type::TEXT),
            ("span_start", Type::INT4),
            ("span_end", Type::INT4),
            ("canonical", Type::TEXT),
            ("kind", Type::TEXT),
            ("admin_level", Type::TEXT),
            ("area", Type::TEXT),
            ("resolved", Type::BOOL),
        ],
        rows: organization_mention_rows,
    },
    StageTable {
        name: "stage_dates",
        columns: &[
            ("article_id", Type::TEXT),
            ("ord", Type::INT4),
            ("text", Type::TEXT),
            ("span_start", Type::INT4),
            ("span_end", Type::INT4),
            ("value", Type::TEXT),
            ("granularity", Type::TEXT),
            ("year_inferred", Type::BOOL),
            ("time_of_day", Type::TEXT),
            ("year", Type::INT4),
        ],
        rows: date_rows,
    },
    StageTable {
        name: "stage_money",
        columns: &[
            ("article_id", Type::TEXT),
            ("ord", Type::INT4),
            ("text", Type::TEXT),
            ("span_start", Type::INT4),
            ("span_end", Type::INT4),
            ("amount", Type::TEXT),
            ("amount_max", Type::TEXT),
            ("currency", Type::TEXT),
            ("qualifier", Type::TEXT),
            ("organization", Type::TEXT),
            ("organization_basis", Type::TEXT),
            ("year", Type::INT4),
            ("year_basis", Type::TEXT),
            ("repeat_of", Type::INT4),
        ],
        rows: money_rows,
    },
    StageTable {
        name: "stage_member_counts",
        columns: &[
            ("article_id", Type::TEXT),
            ("ord", Type::INT4),
            ("text", Type::TEXT),
            ("span_start", Type::INT4),
            ("span_end", Type::INT4),
            ("count", Type::INT8),
            ("unit", Type::TEXT),
            ("category", Type::TEXT),
            ("qualifier", Type::TEXT),
            ("organization", Type::TEXT),
            ("organization_basis", Type::TEXT),
            ("year", Type::INT4),
            ("year_basis", Type::TEXT),
        ],
        rows: member_count_rows,
    },
    StageTable {
        name: "stage_people",
        columns: &[
            ("article_id", Type::TEXT),
            ("ord", Type::INT4),
            ("name", Type::TEXT),
            ("text", Type::TEXT),
            ("span_start", Type::INT4),
            ("span_end", Type::INT4),
        ],
        rows: person_rows,
    },
    StageTable {
        name: "stage_person_roles",
        columns: &[
            ("article_id", Type::TEXT),
            ("person_ord", Type::INT4),
            ("ord", Type::INT4),
            ("text", Type::TEXT),
            ("organization", Type::TEXT),
        ],
        rows: person_role_rows,
    },
    StageTable {
        name: "stage_events",
        columns: &[
            ("article_id", Type::TEXT),
            ("ord", Type::INT4),
            ("event_type", Type::TEXT),
            ("name", Type::TEXT),
            ("date", Type::TEXT),
            ("month", Type::TEXT),
            ("time_of_day", Type::TEXT),
            ("location", Type::TEXT),
            ("organizer", Type::TEXT),
            ("text", Type::TEXT),
            ("span_start", Type::INT4),
            ("span_end", Type::INT4),
        ],
        rows: event_rows,
    },
    StageTable {
        name: "stage_event_participants",
        columns: &[
            ("article_id", Type::TEXT),
            ("event_ord", Type::INT4),
            ("ord", Type::INT4),
            ("name", Type::TEXT),
            ("person_ord", Type::INT4),
        ],
        rows: event_participant_rows,
    },
];

/// Copies the batch's rows into the staging tables.
pub(super) fn stage(tx: &mut Transaction<'_>, batch: &[(&Record, Derived<'_>)]) -> Result<()> {
    for table in &TABLES {
        let mut copy = Copy::start(tx, table)?;
        for (record, derived) in batch {
            (table.rows)(record, derived, &mut |values| copy.row(values))?;
        }
        copy.finish()?;
    }
    Ok(())
}

/// One binary COPY into a staging table.
struct Copy<'t> {
    writer: BinaryCopyInWriter<'t>,
    table: &'static str,
}

impl<'t> Copy<'t> {
    fn start(tx: &'t mut Transaction<'_>, table: &StageTable) -> Result<Self> {
        let name = table.name;
        let columns: Vec<&str> = table.columns.iter().map(|(column, _)| *column).collect();
        let types: Vec<Type> = table.columns.iter().map(|(_, t)| t.clone()).collect();
        let sink = tx
            .copy_in(&format!(
                "COPY {name} ({}) FROM STDIN (FORMAT binary)",
                columns.join(", ")
            ))
            .map_err(|err| db_error(&format!("copy into {name}"), err))?;
        Ok(Self {
            writer: BinaryCopyInWriter::new(sink, &types),
            table: name,
        })
    }

    fn row(&mut self, values: &Values<'_>) -> Result<()> {
        let table = self.table;
        self.writer
            .write(values)
            .map_err(|err| db_error(&format!("copy into {table}"), err))
    }

    fn finish(self) -> Result<()> {
        let table = self.table;
        self.writer
            .finish()
            .map(|_| ())
            .map_err(|err| db_error(&format!("copy into {table}"), err))
    }
}

/// An amount as the shortest decimal that reads back as the same number ("0.06", "5e8" as
/// "500000000"), for the NUMERIC columns: the sum of stored amounts is then exact.
fn decimal(amount: f64) -> String {
    format!("{amount}")
}

fn int(value: usize, what: &str) -> Result<i32> {
    i32::try_from(value).map_err(|_| Error::database(format!("{what} {value} out of range")))
}

fn article_rows(r: &Record, d: &Derived<'_>, emit: &mut Emit<'_>) -> Result<()> {
    let version = i32::try_from(r.schema_version).unwrap_or(i32::MAX);
    let fingerprint = d.fingerprint;
    let body_hash = fingerprint.map(|f| format!("{:016x}", f.body_hash));
    let simhash = fingerprint.map(|f| f.simhash as i64);
    let duplicate_of = r.duplicate.as_ref().map(|d| d.of.as_str());
    let duplicate_kind = r.duplicate.as_ref().map(|d| match d.kind {
        DuplicateKind::Exact => "exact",
        DuplicateKind::Near => "near",
    });
    let similarity = r.duplicate.as_ref().map(|d| d.similarity);
    emit(&[
        &r.id,
        &version,
        &source_kind(r),
        &r.source.path,
        &r.source.url,
        &r.source.fetched_at,
        &r.source.content_sha256,
        &d.record_sha256,
        &r.title,
        &r.published,
        &d.published_date,
        &d.published_month,
        &d.published_year,
        &r.byline,
        &r.text,
        &d.warnings_json,
        &body_hash,
        &simhash,
        &duplicate_of,
        &duplicate_kind,
        &similarity,
    ])
}

fn organization_rows(_: &Record, d: &Derived<'_>, emit: &mut Emit<'_>) -> Result<()> {
    for o in &d.organizations {
        emit(&[&o.canonical, &o.kind, &o.admin_level, &o.area])?;
    }
    Ok(())
}

fn organization_mention_rows(r: &Record, _: &Derived<'_>, emit: &mut Emit<'_>) -> Result<()> {
    for (ord, m) in r.organizations.iter().enumerate() {
        emit(&[
            &r.id,
            &int(ord, "ord")?,
            &m.text,
            &int(m.start, "start")?,
            &int(m.end, "end")?,
            &m.canonical,
            &m.kind.as_str(),
            &m.admin_level.map(|l| l.as_str()),
            &m.area,
            &m.resolved,
        ])?;
    }
    Ok(())
}

fn date_rows(r: &Record, d: &Derived<'_>, emit: &mut Emit<'_>) -> Result<()> {
    for (ord, (m, year)) in r.dates.iter().zip(&d.date_years).enumerate() {
        emit(&[
            &r.id,
            &int(ord, "ord")?,
            &m.text,
            &int(m.start, "start")?,
            &int(m.end, "end")?,
            &m.value,
            &granularity(m.granularity),
            &m.year_inferred,
            &m.time_of_day.map(|t| t.as_str()),
            year,
        ])?;
    }
    Ok(())
}

fn money_rows(r: &Record, d: &Derived<'_>, emit: &mut Emit<'_>) -> Result<()> {
    let amounts = r.money.iter().zip(&d.money).zip(&d.money_repeat_of);
    for (ord, ((m, a), repeat_of)) in amounts.enumerate() {
        let repeat_of = repeat_of.map(|i| int(i, "ord")).transpose()?;
        emit(&[
            &r.id,
            &int(ord, "ord")?,
            &m.text,
            &int(m.start, "start")?,
            &int(m.end, "end")?,
            &decimal(m.amount),
            &m.amount_max.map(decimal),
            &m.currency,
            &m.qualifier.as_str(),
            &a.organization,
            &a.organization_basis,
            &a.year,
            &a.year_basis,
            &repeat_of,
        ])?;
    }
    Ok(())
}

fn member_count_rows(r: &Record, d: &Derived<'_>, emit: &mut Emit<'_>) -> Result<()> {
    for (ord, (c, a)) in r.member_counts.iter().zip(&d.member_counts).enumerate() {
        let count = i64::try_from(c.count)
            .map_err(|_| Error::database(format!("{}: count {} too large", r.id, c.count)))?;
        emit(&[
            &r.id,
            &int(ord, "ord")?,
            &c.text,
            &int(c.start, "start")?,
            &int(c.end, "end")?,
            &count,
            &c.unit,
            &c.category.as_str(),
            &c.qualifier.as_str(),
            &a.organization,
            &a.organization_basis,
            &a.year,
            &a.year_basis,
        ])?;
    }
    Ok(())
}

fn person_rows(r: &Record, _: &Derived<'_>, emit: &mut Emit<'_>) -> Result<()> {
    for (ord, p) in r.people.iter().enumerate() {
        emit(&[
            &r.id,
            &int(ord, "ord")?,
            &p.name,
            &p.text,
            &int(p.start, "start")?,
            &int(p.end, "end")?,
        ])?;
    }
    Ok(())
}

fn person_role_rows(r: &Record, _: &Derived<'_>, emit: &mut Emit<'_>) -> Result<()> {
    for (ord, p) in r.people.iter().enumerate() {
        for (role_ord, (text, organization)) in p.role_pairs().enumerate() {
            emit(&[
                &r.id,
                &int(ord, "ord")?,
                &int(role_ord, "ord")?,
                &text,
                &organization,
            ])?;
        }
    }
    Ok(())
}

fn event_rows(r: &Record, d: &Derived<'_>, emit: &mut Emit<'_>) -> Result<()> {
    for (ord, (e, month)) in r.events.iter().zip(&d.event_months).enumerate() {
        emit(&[
            &r.id,
            &int(ord, "ord")?,
            &e.event_type.as_str(),
            &e.name,
            &e.date,
            month,
            &e.time_of_day.map(|t| t.as_str()),
            &e.location,
            &e.organizer,
            &e.text,
            &int(e.start, "start")?,
            &int(e.end, "end")?,
        ])?;
    }
    Ok(())
}

fn event_participant_rows(r: &Record, d: &Derived<'_>, emit: &mut Emit<'_>) -> Result<()> {
    for (ord, (e, persons)) in r.events.iter().zip(&d.participant_persons).enumerate() {
        for (p_ord, (name, person)) in e.participants.iter().zip(persons).enumerate() {
            let person = person.map(|p| int(p, "person")).transpose()?;
            emit(&[&r.id, &int(ord, "ord")?, &int(p_ord, "ord")?, name, &person])?;
        }
    }
    Ok(())
}
