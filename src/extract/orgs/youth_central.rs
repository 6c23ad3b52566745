//! The Party's and the Youth Union's central committees (stop 23, issue 12): "Trung ương
//! Đảng" and "Trung ương Đoàn" after a body's head ("Ban Chấp hành Trung ương Đảng", "Ban
//! Thường vụ Trung ương Đoàn", "BCH Trung ương Đoàn"), and "Trung ương Đoàn" alone, the
//! `fixed` row of `org_heads.tsv` that names the Youth Union's Central Committee, with the
//! Union's full name that may follow it ("Trung ương Đoàn TNCS Hồ Chí Minh").

use crate::extract::text::{after_space, any_literal_at};
use crate::record::OrganizationKind as Kind;

/// The Party's central committee as a body's head's complement writes it.
const PARTY: &[&str] = &["Trung ương Đảng", "T.Ư Đảng", "TW Đảng", "TƯ Đảng"];

/// The Youth Union's central committee as a body's head's complement writes it.
const YOUTH: &[&str] = &["Trung ương Đoàn"];

/// The Youth Union's full name written after "Trung ương Đoàn" (corpus spellings).
const YOUTH_NAME: &[&str] = &[
    "TNCS Hồ Chí Minh",
    "Thanh niên Cộng sản Hồ Chí Minh",
    "Thanh niên cộng sản Hồ Chí Minh",
    "thanh niên cộng sản Hồ Chí Minh",
];

/// The canonical words of the Youth Union's central committee after a body's name.
const YOUTH_CENTRAL: &str = "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh";

/// The central committee written at byte `pos` after a body's head: its end, the canonical
/// words that follow the body's name and the kind of the body's mention.
pub(super) fn central_at(text: &str, pos: usize) -> Option<(usize, &'static str, Kind)> {
    if let Some(end) = any_literal_at(text, pos, PARTY) {
        return Some((end, "Trung ương Đảng Cộng sản Việt Nam", Kind::Party));
    }
    let end = any_literal_at(text, pos, YOUTH)?;
    Some((
        youth_name_end(text, end),
        YOUTH_CENTRAL,
        Kind::MassOrganization,
    ))
}

/// A `fixed` row's kind and the end of its mention, its head ending at byte `head_end`: the
/// Party's bodies are the Party's, the Youth Union's central committee a mass organization
/// that may go on with the Union's full name, the others the State's.
pub(super) fn fixed_shape(name: &str, text: &str, head_end: usize) -> (Kind, usize) {
    if name.contains("Đảng") {
        (Kind::Party, head_end)
    } else if name.ends_with(YOUTH_CENTRAL) {
        (Kind::MassOrganization, youth_name_end(text, head_end))
    } else {
        (Kind::Government, head_end)
    }
}

/// The canonical name of the Youth Union's central committee as the parent of a body
/// written before it ("Ban Bí thư Trung ương Đoàn", "Ban Tuyên giáo Trung ương Đoàn"): the
/// committee named without its own body's words "Ban Chấp hành", which would double the
/// body's ("Ban Bí thư Ban Chấp hành …"); any other canonical as it is.
pub(super) fn as_parent(canonical: &str) -> &str {
    match canonical.strip_prefix("Ban Chấp hành ") {
        Some(rest) if rest == YOUTH_CENTRAL => rest,
        _ => canonical,
    }
}

/// The end of the Youth Union's full name after "Trung ương Đoàn" ending at byte `end`, or
/// `end`.
fn youth_name_end(text: &str, end: usize) -> usize {
    after_space(text, end)
        .and_then(|p| any_literal_at(text, p, YOUTH_NAME))
        .unwrap_or(end)
}
