//! The invariants the targets share: mention spans that slice the text they claim, the
//! per-kind value rules of dates, money, member counts and entities, and the checks of a whole
//! record (NFC, no blow-up, a JSON round trip).

use unicode_normalization::is_nfc;
use union_news::normalize;
use union_news::record::{parse_published, Record, ADMIN_LEVELS, ORGANIZATION_KINDS};

use super::{Features, Outcome};

/// A mention's span as the record gives it: code point offsets and the surface.
struct Span<'a> {
    kind: &'static str,
    start: usize,
    end: usize,
    text: &'a str,
}

/// Every span lies inside `text` (code point offsets, `start <= end`), the text it slices is
/// the mention's own `text`, and spans of a list documented "in text order" are sorted.
fn check_spans(text: &str, spans: &[Span<'_>], ordered: bool) -> Result<(), String> {
    let offsets = normalize::ByteOffsets::new(text);
    // ByteOffsets is fast for increasing queries; spans are checked in the order given.
    let mut last_start = 0;
    for (i, s) in spans.iter().enumerate() {
        if s.start > s.end {
            return Err(format!(
                "{} span {}..{} is reversed",
                s.kind, s.start, s.end
            ));
        }
        let (Some(a), Some(b)) = (offsets.byte_offset(s.start), offsets.byte_offset(s.end)) else {
            return Err(format!(
                "{} span {}..{} is outside the text ({} chars)",
                s.kind,
                s.start,
                s.end,
                text.chars().count()
            ));
        };
        // ByteOffsets gives char boundaries by construction; `get` double-checks.
        let Some(slice) = text.get(a..b) else {
            return Err(format!(
                "{} span {}..{} is not on char boundaries",
                s.kind, s.start, s.end
            ));
        };
        if slice != s.text {
            return Err(format!(
                "{} span {}..{} slices {slice:?}, the mention says {:?}",
                s.kind, s.start, s.end, s.text
            ));
        }
        if ordered && i > 0 && s.start < last_start {
            return Err(format!(
                "{} mentions out of text order: {} after {last_start}",
                s.kind, s.start
            ));
        }
        last_start = s.start;
    }
    Ok(())
}

/// The invariants of a whole record: spans (as [`check_spans`]), the per-kind value rules,
/// NFC text, no blow-up of the text, and a JSON round trip that gives the record back.
pub fn check_record(record: &Record, input_len: usize) -> Outcome {
    let text = record.text.as_str();
    if !is_nfc(text) {
        return Err("record text is not NFC".into());
    }
    for (what, value) in [
        ("title", &record.title),
        ("byline", &record.byline),
        ("section", &record.section),
    ] {
        if value.as_deref().is_some_and(|v| !is_nfc(v)) {
            return Err(format!("record {what} is not NFC"));
        }
    }
    // Decoding only shrinks or keeps bytes, except legacy single-byte charsets and U+FFFD for
    // a bad byte (one byte → at most 3), and NFC (at most 3× per code point): 4× plus a
    // constant bounds every honest path; more means text was duplicated.
    if text.len() > 4 * input_len + 1024 {
        return Err(format!(
            "record text is {} bytes from {input_len} input bytes",
            text.len()
        ));
    }
    if let Some(p) = &record.published {
        if parse_published(p).is_none() {
            return Err(format!("record published {p:?} is not ISO"));
        }
    }
    let mut f = Features::default();
    check_dates(text, &record.dates, &mut f)?;
    check_money(text, &record.money, &mut f)?;
    check_counts(text, &record.member_counts, &mut f)?;
    check_entities(
        text,
        &record.organizations,
        &record.people,
        &record.events,
        &mut f,
    )?;
    for w in &record.warnings {
        if w.is_empty() {
            return Err("empty warning".into());
        }
        // The warning's first words name its kind; numbers and quoted values vary.
        f.add(
            "warning",
            w.split(['"', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'])
                .next(),
        );
    }
    f.add("title", record.title.is_some());
    f.add("published", record.published.is_some());
    f.count("text", text.len());
    let json =
        serde_json::to_string(record).map_err(|e| format!("record does not serialize: {e}"))?;
    let back: Record =
        serde_json::from_str(&json).map_err(|e| format!("record JSON does not parse back: {e}"))?;
    if &back != record {
        return Err("record JSON parses back to a different record".into());
    }
    Ok(f)
}

pub(super) fn check_dates(
    text: &str,
    dates: &[union_news::record::DateMention],
    f: &mut Features,
) -> Result<(), String> {
    let spans: Vec<Span> = dates
        .iter()
        .map(|d| Span {
            kind: "date",
            start: d.start,
            end: d.end,
            text: &d.text,
        })
        .collect();
    check_spans(text, &spans, true)?;
    f.count("dates", dates.len());
    for d in dates {
        if d.value.is_empty() {
            return Err(format!("date {:?} has an empty value", d.text));
        }
        f.add(
            "date",
            (
                format!("{:?}", d.granularity),
                d.year_inferred,
                d.time_of_day.map(|t| t.as_str()),
            ),
        );
        f.add(
            "date shape",
            d.value
                .chars()
                .map(|c| if c.is_ascii_digit() { '9' } else { c })
                .collect::<String>(),
        );
    }
    Ok(())
}

pub(super) fn check_money(
    text: &str,
    money: &[union_news::record::MoneyMention],
    f: &mut Features,
) -> Result<(), String> {
    let spans: Vec<Span> = money
        .iter()
        .map(|m| Span {
            kind: "money",
            start: m.start,
            end: m.end,
            text: &m.text,
        })
        .collect();
    check_spans(text, &spans, true)?;
    f.count("money", money.len());
    for m in money {
        if !m.amount.is_finite() || m.amount < 0.0 {
            return Err(format!("money {:?} has amount {}", m.text, m.amount));
        }
        // RECORD: `amount` is a range's lower end and `amount_max` its upper end.
        if let Some(max) = m.amount_max {
            if !max.is_finite() || max < m.amount {
                return Err(format!(
                    "money {:?}: amount_max {max} below amount {}",
                    m.text, m.amount
                ));
            }
        }
        if m.currency.len() != 3 || !m.currency.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(format!(
                "money {:?}: currency {:?} is not ISO 4217",
                m.text, m.currency
            ));
        }
        f.add(
            "money",
            (&m.currency, m.qualifier.as_str(), m.amount_max.is_some()),
        );
        f.count("money magnitude", m.amount.log10().max(0.0) as usize);
    }
    Ok(())
}

pub(super) fn check_counts(
    text: &str,
    counts: &[union_news::record::MemberCountMention],
    f: &mut Features,
) -> Result<(), String> {
    let spans: Vec<Span> = counts
        .iter()
        .map(|c| Span {
            kind: "member count",
            start: c.start,
            end: c.end,
            text: &c.text,
        })
        .collect();
    check_spans(text, &spans, true)?;
    f.count("counts", counts.len());
    for c in counts {
        // RECORD: `unit` is the counted noun as written, so it is part of the surface.
        if c.unit.is_empty() || !c.text.contains(&c.unit) {
            return Err(format!(
                "member count {:?}: unit {:?} is not in it",
                c.text, c.unit
            ));
        }
        // The unit's word count, not its text: mutated units ("đoàn viênX") would each be
        // new, and fill the pool with look-alikes.
        let words = c.unit.split(' ').count();
        f.add("count", (c.category.as_str(), c.qualifier.as_str(), words));
    }
    Ok(())
}

pub(super) fn check_entities(
    text: &str,
    orgs: &[union_news::record::OrganizationMention],
    people: &[union_news::record::Person],
    events: &[union_news::record::Event],
    f: &mut Features,
) -> Result<(), String> {
    let spans: Vec<Span> = orgs
        .iter()
        .map(|o| Span {
            kind: "organization",
            start: o.start,
            end: o.end,
            text: &o.text,
        })
        .collect();
    check_spans(text, &spans, true)?;
    for o in orgs {
        if !ORGANIZATION_KINDS.contains(&o.kind.as_str()) {
            return Err(format!(
                "organization {:?}: unknown kind {:?}",
                o.text, o.kind
            ));
        }
        if let Some(level) = &o.admin_level {
            if !ADMIN_LEVELS.contains(&level.as_str()) {
                return Err(format!(
                    "organization {:?}: unknown admin level {level:?}",
                    o.text
                ));
            }
        }
        if o.canonical.is_empty() {
            return Err(format!("organization {:?}: empty canonical name", o.text));
        }
        f.add("org", (&o.kind, &o.admin_level, o.resolved));
    }
    // People are in order of first mention: their spans are sorted too.
    let spans: Vec<Span> = people
        .iter()
        .map(|p| Span {
            kind: "person",
            start: p.start,
            end: p.end,
            text: &p.text,
        })
        .collect();
    check_spans(text, &spans, true)?;
    for p in people {
        if p.roles.len() != p.role_organizations.len() {
            return Err(format!(
                "person {:?}: {} roles but {} role organizations",
                p.name,
                p.roles.len(),
                p.role_organizations.len()
            ));
        }
        f.count("roles", p.roles.len());
    }
    let spans: Vec<Span> = events
        .iter()
        .map(|e| Span {
            kind: "event",
            start: e.start,
            end: e.end,
            text: &e.text,
        })
        .collect();
    check_spans(text, &spans, true)?;
    for e in events {
        f.add(
            "event",
            (
                e.event_type.as_str(),
                e.date.is_some(),
                e.location.is_some(),
                e.organizer.is_some(),
            ),
        );
        f.count("participants", e.participants.len());
    }
    f.count("orgs", orgs.len());
    f.count("people", people.len());
    f.count("events", events.len());
    Ok(())
}
