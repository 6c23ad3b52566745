//! Two mentions written one after the other with a single space between them are one
//! organization: a unit and the body it belongs to ("Ban Thời sự Đài Truyền hình Việt Nam",
//! "Viện Sức khỏe tâm thần Bệnh viện Bạch Mai", "Ủy viên Bộ Chính trị Đảng Cộng sản Cuba",
//! "Phòng Nội vụ UBND huyện Tuy Đức"). GUIDELINES.md annotates the maximal span with no
//! nested entity ("Ban Chấp hành Tổng LĐLĐ Việt Nam" is one mention), and the dev gold writes
//! "Đoàn Thanh niên Trung tâm" → "Đoàn Thanh niên Trung tâm điều dưỡng … Bộ Xây dựng": the
//! unit's own name, then the body's canonical name.
//!
//! Corpus (labour.jsonl and general-10k, stop 21): 56 such pairs; read with their
//! sentences, 52 are one organization. Two companies in a row are a list that lost its
//! comma ("… của Công ty Cổ phần Trung Nam Công ty Cổ phần Tập đoàn Đức Long Gia Lai …") and
//! stay apart.

use super::{Need, OrgSpan};
use crate::record::OrganizationKind;

/// Joins each run of mentions separated by exactly one space into one mention (spans sorted
/// by start; one pass).
pub(super) fn join(text: &str, spans: &mut Vec<OrgSpan>) {
    if spans.len() < 2 {
        return;
    }
    let mut out: Vec<OrgSpan> = Vec::with_capacity(spans.len());
    for span in spans.drain(..) {
        match out.last_mut() {
            Some(unit) if joins(text, unit, &span) => absorb(text, unit, span),
            _ => out.push(span),
        }
    }
    *spans = out;
}

/// Whether `body` follows `unit` after a single space and the two are not two companies of
/// a list.
fn joins(text: &str, unit: &OrgSpan, body: &OrgSpan) -> bool {
    text.get(unit.end..body.start) == Some(" ")
        && !(unit.kind == OrganizationKind::Enterprise && body.kind == OrganizationKind::Enterprise)
}

/// Makes `unit` span `body` too: its canonical name is the unit's name as written, then the
/// body's canonical name (the body's alone when both name the same body).
fn absorb(text: &str, unit: &mut OrgSpan, body: OrgSpan) {
    let name = own_name(text, unit);
    let body_name = body.full_canonical();
    // "kênh VTV Đài truyền hình VN": a short name and the full one of the same body.
    unit.canonical = if name == body_name {
        body_name
    } else {
        format!("{name} {body_name}")
    };
    unit.prefix = None;
    unit.end = body.end;
    if unit.level.is_none() {
        unit.level = body.level;
        unit.area = body.area;
        unit.province = body.province;
    }
    unit.need = Need::Nothing;
    unit.resolved = body.resolved;
    unit.drop_unresolved = false;
}

/// The unit's name before its body: its canonical name, unless that only completes the
/// written words from elsewhere ("Đoàn Thanh niên" → "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
/// a bare "Trung tâm" → the article's centre): the body written after it is what completes
/// it here, so the words as written are kept. An expanded abbreviation stays expanded
/// ("TTKD" → "Trung tâm Kinh doanh").
fn own_name(text: &str, unit: &OrgSpan) -> String {
    let canonical = unit.full_canonical();
    let written = text.get(unit.start..unit.end).unwrap_or_default();
    if canonical.len() > written.len() && canonical.starts_with(written) {
        written.to_string()
    } else {
        canonical
    }
}
