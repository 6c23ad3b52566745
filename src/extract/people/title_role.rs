//! A role written before a title before the name, joined to it by a dash or a space
//! (stop 20): "Tổng Giám đốc Cty TNHH Thông Thuận - ông Trương Hữu Thông", "Bộ trưởng Bộ
//! Công an Thượng tướng Tô Lâm", "chuyên gia kinh tế PGS - TS Ngô Trí Long". The comma
//! ("Bộ trưởng Ngoại giao Trung Quốc, ông Vương Nghị") is `roles::role_before_title`'s.
//!
//! As there, the role must open its clause (after "Theo" at most) and end right where the
//! dash or the title starts, and no name or role read before may end inside the clause:
//! a role in the middle of a clause is another person's ("… do ông Nguyễn Xuân Phúc trao
//! cho ông X"), and a role whose organization part stops before the title (a verb, a
//! lower-case tail: "Tổng giám đốc Cục này ông Mustafar Ali") is no role of the name.

use super::roles::{role_before_title, role_ending_at, RoleSpan, RoleText, CLAUSE_OPENERS};
use super::TITLES;

/// What may join a role to the title after it: a dash, or a space.
const JOINS: [&str; 3] = [" - ", " – ", " "];

/// The most titles read back before the name ("PGS - TS", "Đại tá BS").
const MAX_TITLES: usize = 2;

/// The role written before the title before the name starting at `name_start`: after a
/// comma ([`role_before_title`]), else joined by a dash or a space
/// ([`role_before_joined_title`]).
pub(super) fn role_before_any_title(
    rt: &RoleText<'_>,
    name_start: usize,
    last_claimed_end: Option<usize>,
) -> Vec<RoleSpan> {
    let roles = role_before_title(rt, name_start, last_claimed_end);
    if roles.is_empty() {
        role_before_joined_title(rt, name_start, last_claimed_end)
    } else {
        roles
    }
}

/// The role written before the title (or titles) before the name starting at
/// `name_start`, joined by " - ", " – " or a space; empty when there is none or when a
/// person's name or role read before (ending at `last_claimed_end`) lies in its clause.
pub(super) fn role_before_joined_title(
    rt: &RoleText<'_>,
    name_start: usize,
    last_claimed_end: Option<usize>,
) -> Vec<RoleSpan> {
    let text = rt.text;
    let Some(mut head) = text.get(..name_start) else {
        return Vec::new();
    };
    // The titles, read back: each a title of `person_titles.tsv` ("ông ") and, before the
    // first, a join.
    let mut titles = 0;
    let role_end = loop {
        let Some(before) = TITLES.iter().find_map(|t| strip_title(head, t)) else {
            break None;
        };
        titles += 1;
        // The word before the join ends with a letter, a digit or a parenthesis: "Mỹ. Ông
        // James Comey" starts a sentence.
        let Some(joined) = JOINS
            .iter()
            .find_map(|j| before.strip_suffix(j))
            .filter(|j| j.ends_with(|c: char| c.is_alphanumeric() || c == ')'))
        else {
            break None;
        };
        // Another title before this one ("PGS - TS"): read on.
        let another = TITLES.iter().any(|t| title_ends(joined, t));
        if !another {
            break Some(joined.len());
        }
        if titles >= MAX_TITLES {
            break None;
        }
        head = text.get(..joined.len() + 1).unwrap_or_default();
    };
    let Some(role_end) = role_end.filter(|&end| end > 0) else {
        return Vec::new();
    };
    let seg_start = rt.segment_start(role_end);
    if last_claimed_end.is_some_and(|end| end > seg_start) {
        return Vec::new();
    }
    let segment = text.get(seg_start..role_end).unwrap_or_default();
    let opening = segment.trim_start();
    let opening = CLAUSE_OPENERS
        .iter()
        .find_map(|o| opening.strip_prefix(o))
        .unwrap_or(opening);
    let clause_start = role_end - opening.len();
    let Some(role) = role_ending_at(rt, seg_start, role_end) else {
        return Vec::new();
    };
    let role_text = text.get(role.0..role.1).unwrap_or_default();
    let name_word = text
        .get(name_start..)
        .and_then(|r| r.split(' ').next())
        .unwrap_or_default();
    // "Chủ tịch Viglacera và ông …", "luật sư của ông …": the role is someone else's; a
    // caption run into the next line names the person twice ("Tân Tổng thống Hàn Quốc
    // Moon Jae-in Ông Moon Jae-in …").
    if super::chain::ends_with_no_end_word(role_text)
        || name_word.is_empty()
        || role_text.split(' ').any(|w| w == name_word)
    {
        return Vec::new();
    }
    let opens_clause = role.0 == clause_start;
    // Inside a clause ("Tôi đã trao đổi với Tổng thư ký Liên đoàn bóng đá Malaysia - ông
    // Dato Hamidin"), a role is the name's only when it ends with a name (no lower-case
    // tail: "chọn Tổng Giám đốc mới thay thế bà Margaret Chan") and its role word is no
    // occupation ("trao đổi với phóng viên Phapluatplus.vn ông Huỳnh Văn Nén"), and when the
    // word before it does not make it part of a longer role ([`shared_or_compound`]).
    let named_end = role_text
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
    let occupation = rt
        .role_word_at(role.0)
        .is_some_and(|end| super::chain::is_occupation(text, role.0, end));
    if opens_clause || named_end && !occupation && !shared_or_compound(text, role.0) {
        vec![role]
    } else {
        Vec::new()
    }
}

/// `head` without the title `title` ("ông ", with its space) at its end, when the title is
/// a word of its own there.
fn strip_title<'h>(head: &'h str, title: &str) -> Option<&'h str> {
    head.strip_suffix(title)
        .filter(|before| before.is_empty() || before.ends_with([' ', '-', '–']))
}

/// Whether `joined` followed by a space ends with the title `title` ("ông ", with its
/// space) as a word of its own: [`strip_title`] of `joined` and a space, without copying
/// the text before the name (once per titled name, that copy made an article's reading
/// quadratic in its length).
fn title_ends(joined: &str, title: &str) -> bool {
    title.strip_suffix(' ').is_some_and(|word| {
        joined
            .strip_suffix(word)
            .is_some_and(|before| before.is_empty() || before.ends_with([' ', '-', '–']))
    })
}

/// Words before a role inside a clause that make it another person's or one half of two
/// roles: "của" (of: "Phá sới bạc … của nữ giám đốc 8X Bà …") and "và" (and: "chủ tịch và
/// giám đốc điều hành của Shedd bà Bridget Coughlin" is one holder's two roles, the first
/// not read).
const NOT_BEFORE: [&str; 2] = ["của", "và"];

/// Whether the role starting at `start` is written after a word of [`NOT_BEFORE`], or,
/// written in lower case, after a capitalized word that makes it a compound's second
/// part ("Đồng chủ tịch Liên minh …": the role is "Đồng chủ tịch").
fn shared_or_compound(text: &str, start: usize) -> bool {
    let Some(before) = text.get(..start).and_then(|h| h.strip_suffix(' ')) else {
        return false;
    };
    let word = before.rsplit(' ').next().unwrap_or_default();
    let role_lower = text
        .get(start..)
        .is_some_and(|r| r.starts_with(char::is_lowercase));
    NOT_BEFORE.contains(&word) || role_lower && word.starts_with(char::is_uppercase)
}
