//! Occupations written with their lower-case modifiers (decision 18 of the guidelines: roles
//! are written in full as the sentence gives them). An occupation of `roles.tsv` (its rows
//! written in lower case: "công nhân", "tài xế") names no organization: what follows it is
//! the kind of work, in lower case ("công nhân môi trường", "công nhân xây dựng", "công
//! nhân công đoạn may gấu"). The organization grammar ([`super::chain`]) drops a run of
//! lower-case words that a verb ends (in an organization's name they are a predicate:
//! "Hiệu trưởng Trường … Hà Nội đặt câu hỏi"); after an occupation with no proper name read,
//! a short run ended by a verb or particle of `role_stops.tsv` is the role's ("chị Trần Thị
//! Thanh - nữ công nhân môi trường bị hành hung": real5-dev's "nữ công nhân môi trường";
//! corpus-real: "nữ công nhân môi trường" 25 times).

use super::chain::{is_occupation, is_stop_at};
use super::roles::ROLE_PREFIXES;

/// Role words that are occupations for their tail although `roles.tsv` writes them
/// capitalized (so that, capitalized inside a sentence, they stay roles: "Anh Lê Hoàng Đức
/// (24 tuổi, Công nhân xây dựng)", real4-dev), lower case.
const CAPITALIZED_OCCUPATIONS: [&str; 1] = ["công nhân"];

/// The most lower-case words kept after an occupation before a verb ("công nhân công đoạn
/// may gấu": four).
const MAX_OCCUPATION_TAIL: usize = 4;

/// Words that are no kind of work: a tail holding one is a predicate or a description, not
/// the role's ("nam diễn viên rất nổi tiếng", "diễn viên quen thuộc", "công nhân làm việc
/// tại …", "bảo vệ khu vực này", "thợ làm đẹp và …"; seen in a corpus-real sample of the
/// tails this rule read, 5,637 articles, session 18).
const NOT_KIND_OF_WORK: [&str; 8] = [
    "nổi tiếng",
    "quen thuộc",
    "rất",
    "làm việc",
    "này",
    "đó",
    "và",
    "của",
];

/// Whether the lower-case words read after the role word ending at `word_end` (the role
/// starting at `role_start`, its prefix included: "nữ công nhân") up to `tail` are the
/// role's: the role word is an occupation, no proper name was read after it (`named`), the
/// run is one to [`MAX_OCCUPATION_TAIL`] words (`lower_run`), holds no word of
/// [`NOT_KIND_OF_WORK`], and the read stopped at a verb or particle (`stopped_at`,
/// `role_stops.tsv`), not at a title, a role word or a name.
pub(super) fn keeps_tail(
    text: &str,
    (role_start, word_end): (usize, usize),
    named: bool,
    lower_run: usize,
    tail: Option<usize>,
    stopped_at: Option<usize>,
) -> bool {
    if named
        || !(1..=MAX_OCCUPATION_TAIL).contains(&lower_run)
        || !stopped_at.is_some_and(|pos| is_stop_at(text, pos))
    {
        return false;
    }
    let Some(words) = tail.and_then(|end| text.get(word_end..end)) else {
        return false;
    };
    let words = format!("{words} ");
    !NOT_KIND_OF_WORK
        .iter()
        .any(|w| words.contains(&format!(" {w} ")))
        && is_tail_occupation(text, word_start(text, role_start, word_end), word_end)
}

/// Whether the role word at `start..end` is an occupation ([`is_occupation`] or one of
/// [`CAPITALIZED_OCCUPATIONS`]).
fn is_tail_occupation(text: &str, start: usize, end: usize) -> bool {
    is_occupation(text, start, end)
        || text.get(start..end).is_some_and(|w| {
            CAPITALIZED_OCCUPATIONS.contains(&crate::extract::text::lower_aligned(w).as_str())
        })
}

/// The start of the role word of the role at `role_start..word_end`: past a prefix
/// ([`ROLE_PREFIXES`]: "nữ công nhân" → "công nhân").
fn word_start(text: &str, role_start: usize, word_end: usize) -> usize {
    let role = text.get(role_start..word_end).unwrap_or_default();
    let lower = crate::extract::text::lower_aligned(role);
    ROLE_PREFIXES
        .iter()
        .find(|p| lower.starts_with(**p))
        .map_or(role_start, |p| role_start + p.len())
}
