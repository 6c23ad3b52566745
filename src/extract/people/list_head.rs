//! A role written once, in the plural, before a list of names: each name of the list holds
//! it ("3 bị can: Đặng Văn Hiến (40 tuổi, …), Ninh Viết Bình (…), Hà Văn Trường (…)" → "bị
//! can" for each, real5-dev's gold; "hai cô giáo Nguyễn Thị Hồng Ngát và Đặng Thị Bình").
//! The role is the bare role word, as written: a count or a plural word before it ("3",
//! "hai", "các") says that it names each of several people, and the names after it are the
//! list's items ([`super::names::list_item_after`]). Stop 19: 2 such lists in labour.jsonl
//! and 25 in general-10k whose later names lost the role (most of them "bị can", "bị
//! cáo", "cô giáo").

use super::roles::{RoleSpan, RoleText};

/// Words that make the role word after them a plural: several people hold it.
const PLURAL_WORDS: [&str; 11] = [
    "các", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "những",
];

/// What may be written between the plural role word and the list's first name; the longer
/// of two that share an end comes first.
const HEAD_LINKS: [&str; 6] = [" là: ", " gồm: ", ": ", " là ", " gồm ", " "];

/// The bare role word written in the plural right before the list whose first name starts
/// at `name_start`, with a link of [`HEAD_LINKS`] between.
pub(super) fn plural_role_before(rt: &RoleText<'_>, name_start: usize) -> Option<RoleSpan> {
    let head = rt.text.get(..name_start)?;
    HEAD_LINKS.iter().find_map(|link| {
        let end = head.strip_suffix(link)?.len();
        let start = rt.role_word_ending_at(end)?;
        plural_before(rt.text, start).then_some((start, end, None))
    })
}

/// Whether the word before byte `start` (a space between) is a count or a plural word of
/// [`PLURAL_WORDS`], in any case ("3 bị can", "Hai bị cáo").
fn plural_before(text: &str, start: usize) -> bool {
    let Some(head) = text.get(..start).and_then(|h| h.strip_suffix(' ')) else {
        return false;
    };
    let word = head
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    if word.is_empty() {
        return false;
    }
    word.bytes().all(|b| b.is_ascii_digit()) && word.len() <= 3
        || PLURAL_WORDS
            .iter()
            .any(|p| crate::extract::text::lower_aligned(word) == *p)
}
