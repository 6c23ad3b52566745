//! A role written once, in the plural, before a list of names: each name of the list holds
//! it ("3 bị can: Đặng Văn Hiến (40 tuổi, …), Ninh Viết Bình (…), Hà Văn Trường (…)" → "bị
//! can" for each, real5-dev's gold; "hai cô giáo Nguyễn Thị Hồng Ngát và Đặng Thị Bình").
//! The role is the bare role word, as written: a count or a plural word before it ("3",
//! "hai", "các") says that it names each of several people, and the names after it are the
//! list's items ([`super::names::list_item_after`]). Stop 19: 2 such lists in labour.jsonl
//! and 25 in general-10k whose later names lost the role (most of them "bị can", "bị
//! cáo", "cô giáo").

use super::names::list_item_after;
use super::roles::{roles_before, RoleSpan, RoleText};
use crate::extract::lexicon::LEXICON;
use crate::extract::text::word_end;

/// The list of names being read: where its next item would start ("A, B và C"), and the
/// role written in the plural before it, which its items share.
#[derive(Default)]
pub(super) struct NameList {
    /// Where the next item would start.
    next: Option<usize>,
    /// The plural role before the list.
    role: Option<RoleSpan>,
}

impl NameList {
    /// Whether the name starting at `start` is the list's next item.
    pub(super) fn holds(&self, start: usize) -> bool {
        self.next == Some(start)
    }

    /// The roles written before the name starting at `start` ([`roles_before`]), the role
    /// its list shares first: a plural role right before it, or, for the list's next item,
    /// the list's; and that plural role, which opens a list.
    pub(super) fn roles_before(
        &self,
        rt: &RoleText<'_>,
        start: usize,
    ) -> (Vec<RoleSpan>, Option<RoleSpan>) {
        let mut roles = roles_before(rt, start);
        let plural = plural_role_before(rt, start);
        let shared = plural
            .clone()
            .or_else(|| self.role.clone().filter(|_| self.holds(start)));
        if let Some(role) = shared.filter(|r| roles.iter().all(|o| o.0 != r.0)) {
            roles.insert(0, role);
        }
        (roles, plural)
    }

    /// Goes on after a person's name at `start..end`: the list's next item, if any, starts
    /// after it; a plural role before the name (`plural`) opens a new list, a name of no
    /// list ends the old one.
    pub(super) fn read(
        &mut self,
        text: &str,
        (start, end): (usize, usize),
        plural: Option<RoleSpan>,
    ) {
        if plural.is_some() || !self.holds(start) {
            self.role = plural;
        }
        self.next = list_item_after(text, end);
    }
}

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

/// Whether the full name at `start..end` (a family name and two or three more words) opens
/// a list whose next item is a full name too: a list of two or more full names is a list
/// of people, with no title or role ("2 người đồng nghiệp là Trần Tiến Đức, Vũ Huy Hùng",
/// real4-dev; "3 thuyền viên Việt Nam trên tàu cá này là Nguyễn Văn Hạ, Nguyễn Văn Xuân
/// (cùng 35 tuổi, ở Hà Tĩnh) và …"). Stop 19: 10 such lists in labour.jsonl found no one.
/// Streets, schools and places are left out before (`name_not_after.tsv`, the gazetteer),
/// the next item must not be a place either, and the name must open the list
/// ([`NOT_FIRST`]). Read on general-10k: 40 new people, 33 right, the wrong ones streets
/// and schools listed after their first item; with [`NOT_FIRST`], see docs/RULES.md.
pub(super) fn opens_name_list(text: &str, start: usize, end: usize) -> bool {
    let head = text.get(..start).unwrap_or_default();
    if !is_full_name(text.get(start..end)) || NOT_FIRST.iter().any(|sep| head.ends_with(sep)) {
        return false;
    }
    let Some(next) = list_item_after(text, end) else {
        return false;
    };
    // The name pattern anchored at the next item (no search runs on past it).
    let Some(next_end) = text
        .get(next..)
        .and_then(|rest| super::NAME.find(rest))
        .map(|n| next + n.end())
    else {
        return false;
    };
    word_end(text, next_end)
        && is_full_name(text.get(next..next_end))
        && LEXICON
            .place_at(text, next)
            .is_none_or(|(place_end, _)| place_end < next_end)
}

/// What before a name makes it no list's first item: a list separator (the first item
/// was no person's: "các tuyến đường Lê Đức Thọ, Lê Văn Thọ, Phạm Văn Chiêu", a street
/// list after its head word) or a dash (a crossroads, "Tạ Hiện - Lương Ngọc Quyến").
const NOT_FIRST: [&str; 6] = [", ", " và ", "; ", ",", " - ", " – "];

/// Whether `name` has three words or more (a family name and two more).
fn is_full_name(name: Option<&str>) -> bool {
    name.is_some_and(|n| n.split(' ').count() >= 3)
}
