//! The mention rows of the records written since the last flush, per table, inserted by
//! many-row `INSERT` statements.

use std::collections::HashMap;

use rusqlite::types::{ToSqlOutput, Value as SqlValue, ValueRef};
use rusqlite::Transaction;

use crate::record::Record;
use crate::sink::rows::granularity;
use crate::sink::rows::Derived;

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
pub(super) struct Pending<'a> {
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
    pub(super) fn flush(&mut self, tx: &Transaction<'_>) -> rusqlite::Result<()> {
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

impl<'a> Pending<'a> {
    /// Queues the mention rows of a record; `ids` holds the ids of the organizations it names.
    pub(super) fn push_record(
        &mut self,
        record: &'a Record,
        derived: &Derived<'a>,
        ids: &HashMap<&str, i64>,
    ) -> rusqlite::Result<()> {
        let id_of = |name: Option<&str>| -> Cell<'a> {
            name.and_then(|n| ids.get(n).copied()).map_or(null(), int)
        };
        self.push_organization_mentions(record, &id_of);
        self.push_dates(record, derived);
        self.push_money(record, derived, &id_of);
        self.push_member_counts(record, derived, &id_of)?;
        self.push_people(record, &id_of);
        self.push_events(record, derived, &id_of);
        Ok(())
    }

    fn push_organization_mentions(
        &mut self,
        record: &'a Record,
        id_of: &dyn Fn(Option<&str>) -> Cell<'a>,
    ) {
        let id = record.id.as_str();
        for (ord, m) in record.organizations.iter().enumerate() {
            let org_id = if m.resolved {
                id_of(Some(&m.canonical))
            } else {
                null()
            };
            self.organization_mentions.push([
                text(id),
                uint(ord),
                org_id,
                text(&m.text),
                uint(m.start),
                uint(m.end),
                text(&m.canonical),
                text(&m.kind),
                opt_text(m.admin_level.as_deref()),
                opt_text(m.area.as_deref()),
                int(i64::from(m.resolved)),
            ]);
        }
    }

    fn push_dates(&mut self, record: &'a Record, derived: &Derived<'a>) {
        let id = record.id.as_str();
        for (ord, (d, year)) in record.dates.iter().zip(&derived.date_years).enumerate() {
            self.dates.push([
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
    }

    fn push_money(
        &mut self,
        record: &'a Record,
        derived: &Derived<'a>,
        id_of: &dyn Fn(Option<&str>) -> Cell<'a>,
    ) {
        let id = record.id.as_str();
        let amounts = record
            .money
            .iter()
            .zip(&derived.money)
            .zip(&derived.money_repeat_of);
        for (ord, ((m, a), repeat_of)) in amounts.enumerate() {
            self.money.push([
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
    }

    fn push_member_counts(
        &mut self,
        record: &'a Record,
        derived: &Derived<'a>,
        id_of: &dyn Fn(Option<&str>) -> Cell<'a>,
    ) -> rusqlite::Result<()> {
        let id = record.id.as_str();
        let counts = record.member_counts.iter().zip(&derived.member_counts);
        for (ord, (c, a)) in counts.enumerate() {
            self.member_counts.push([
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
        Ok(())
    }

    /// The people of a record and their roles.
    fn push_people(&mut self, record: &'a Record, id_of: &dyn Fn(Option<&str>) -> Cell<'a>) {
        let id = record.id.as_str();
        for (ord, p) in record.people.iter().enumerate() {
            self.people.push([
                text(id),
                uint(ord),
                text(&p.name),
                text(&p.text),
                uint(p.start),
                uint(p.end),
            ]);
            for (role_ord, (role_text, organization)) in p.role_pairs().enumerate() {
                self.person_roles.push([
                    text(id),
                    uint(ord),
                    uint(role_ord),
                    text(role_text),
                    opt_text(organization),
                    id_of(organization),
                ]);
            }
        }
    }

    /// The events of a record and their participants.
    fn push_events(
        &mut self,
        record: &'a Record,
        derived: &Derived<'a>,
        id_of: &dyn Fn(Option<&str>) -> Cell<'a>,
    ) {
        let id = record.id.as_str();
        let events = record
            .events
            .iter()
            .zip(&derived.event_months)
            .zip(&derived.participant_persons);
        for (ord, ((e, month), persons)) in events.enumerate() {
            self.events.push([
                text(id),
                uint(ord),
                text(e.event_type.as_str()),
                text(&e.name),
                opt_text(e.date.as_deref()),
                opt_text(*month),
                opt_text(e.time_of_day.map(|t| t.as_str())),
                opt_text(e.location.as_deref()),
                opt_text(e.organizer.as_deref()),
                id_of(e.organizer.as_deref()),
                text(&e.text),
                uint(e.start),
                uint(e.end),
            ]);
            for (p_ord, (name, person_ord)) in e.participants.iter().zip(persons).enumerate() {
                self.event_participants.push([
                    text(id),
                    uint(ord),
                    uint(p_ord),
                    text(name),
                    person_ord.map_or(null(), uint),
                ]);
            }
        }
    }
}
