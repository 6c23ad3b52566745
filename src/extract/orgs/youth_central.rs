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

/// The central committee written at byte `pos` after the head of a body named `body`: its
/// end, the canonical words that follow the body's name and the kind of the body's mention.
/// After "Ban Chấp hành" a bare "Trung ương" is the Party's ([`bare_central_at`]).
pub(super) fn central_at(
    text: &str,
    pos: usize,
    body: &str,
) -> Option<(usize, &'static str, Kind)> {
    if let Some(end) = any_literal_at(text, pos, PARTY) {
        return Some((end, PARTY_CENTRAL, Kind::Party));
    }
    if let Some(end) = (body == "Ban Chấp hành")
        .then(|| bare_central_at(text, pos))
        .flatten()
    {
        return Some((end, PARTY_CENTRAL, Kind::Party));
    }
    let end = any_literal_at(text, pos, YOUTH)?;
    Some((
        youth_name_end(text, end),
        YOUTH_CENTRAL,
        Kind::MassOrganization,
    ))
}

/// A `fixed` row's kind and the end of its mention, its head ending at byte `head_end`: the
/// Party's bodies (the Central Military Commission, "Quân ủy Trung ương", too) are the
/// Party's, the Youth Union's central committee a mass organization that may go on with the
/// Union's full name, a committee ("Ủy ban …") `other` as the "Ủy ban" head reads it written
/// in full (stop 27: "UB Thường vụ QH" was the State's and "Ủy ban Thường vụ Quốc hội"
/// other, one name two kinds), the others the State's.
pub(super) fn fixed_shape(name: &str, text: &str, head_end: usize) -> (Kind, usize) {
    if name.contains("Đảng") || name.starts_with("Quân ủy") {
        (Kind::Party, head_end)
    } else if name.starts_with("Ủy ban ") {
        (Kind::Other, head_end)
    } else if name.ends_with(YOUTH_CENTRAL) {
        (Kind::MassOrganization, youth_name_end(text, head_end))
    } else {
        (Kind::Government, head_end)
    }
}

/// "Trung ương" alone, as the Party's Central Committee is written after "Ban Chấp hành"
/// with no party named (stop 24: corpus-real 26, every one the Party's: "Hội nghị lần thứ
/// năm Ban Chấp hành Trung ương khóa XII", "trình Ban chấp hành TƯ xem xét").
const BARE_CENTRAL: &[&str] = &["Trung ương", "T.Ư", "TƯ", "TW"];

/// The end of a bare "Trung ương" written at byte `pos` after "Ban Chấp hành", the Party's
/// Central Committee: not before a capitalized word, which names another organization's
/// committee ("Ban Chấp hành Trung ương Hội Nông dân Việt Nam") or another party's.
fn bare_central_at(text: &str, pos: usize) -> Option<usize> {
    let end = any_literal_at(text, pos, BARE_CENTRAL)?;
    let named_after = after_space(text, end)
        .and_then(|q| text.get(q..))
        .and_then(|rest| rest.chars().next())
        .is_some_and(char::is_uppercase);
    (!named_after).then_some(end)
}

/// The canonical words of the Party's central committee after a body's name.
const PARTY_CENTRAL: &str = "Trung ương Đảng Cộng sản Việt Nam";

/// The canonical name of the Youth Union's or the Party's central committee as the parent
/// of a body written before it ("Ban Bí thư Trung ương Đoàn", "Ban Bí thư Trung ương Đảng",
/// "Văn phòng Trung ương Đảng"): the committee named without its own body's words "Ban
/// Chấp hành", which would double the body's ("Ban Bí thư Ban Chấp hành …"); any other
/// canonical as it is.
pub(super) fn as_parent(canonical: &str) -> &str {
    match canonical.strip_prefix("Ban Chấp hành ") {
        Some(rest) if rest == YOUTH_CENTRAL || rest == PARTY_CENTRAL => rest,
        _ => canonical,
    }
}

/// Whether a `fixed` row's canonical `name` is a central committee ("Trung ương Đảng",
/// "Trung ương Đoàn"), which may be the parent right after a type word ("Văn phòng Trung
/// ương Đảng"), unlike the other national bodies ("Văn phòng Chính phủ" is one name).
pub(super) fn is_central(name: &str) -> bool {
    as_parent(name) != name
}

/// The end of the Youth Union's full name after "Trung ương Đoàn" ending at byte `end`, or
/// `end`.
fn youth_name_end(text: &str, end: usize) -> usize {
    after_space(text, end)
        .and_then(|p| any_literal_at(text, p, YOUTH_NAME))
        .unwrap_or(end)
}
