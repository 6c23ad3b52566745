//! A role word written right before a known person's last name alone: "Tổng thống Trump"
//! (real9-dev baomoi-21476085, for "Tổng thống Mỹ Donald Trump"), "Chuyên gia King"
//! (real4-dev baomoi-22603561, Richard King), "Bí thư Thăng" (real7-dev baomoi-21510239,
//! Đinh La Thăng). GUIDELINES.md "People": `roles` lists the distinct role strings exactly
//! as written, wherever the person is mentioned; the short mention names the person the
//! article wrote in full. The last name must belong to one person only of those found, and
//! no capitalized word may follow it (else it starts another full name: "Chủ tịch Hà
//! Nội"), nor a lower-case syllable that makes it a compound ([`COMPOUND_ENDS`]), nor may it
//! lie inside an organization's name.

use std::collections::HashMap;

use super::roles::{RoleSpan, RoleText};
use super::FoundPerson;
use crate::extract::text::{is_capitalized, next_word, word_end};

/// Lower-case second syllables of capitalized compounds that start with a last name
/// ("Bí thư Thành ủy", "Giám đốc Công ty", "Phó Bí thư Thường trực", "Thủ tướng Chính phủ",
/// "Bộ trưởng Công an", "Chủ tịch Quốc hội", "Trưởng phòng Thông tin"): the stop-28 audit
/// over corpus-real read four of them as a person's role without this list ("Nguyễn Bá
/// Thành", "Lê Sĩ Công", "Hoàng Thị Thường", "Hoàng Trung Thông").
const COMPOUND_ENDS: [&str; 7] = ["ủy", "ty", "trực", "phủ", "an", "hội", "tin"];

/// Role words that are also verbs: "phải bảo vệ Trump" (to protect; general-10k
/// baomoi-22297701).
const VERB_ROLES: [&str; 1] = ["bảo vệ"];

/// The roles written right before the last name alone of a person of `people` (two words
/// or more): each with the person's index into `people`.
pub(super) fn roles_before_last_names(
    rt: &RoleText<'_>,
    people: &[FoundPerson],
) -> Vec<(usize, RoleSpan)> {
    let text = rt.text;
    // Last name → the one person of that last name (`None` when two share it).
    let mut last_names: HashMap<&str, Option<usize>> = HashMap::new();
    for (i, person) in people.iter().enumerate() {
        let mut words = person.text.rsplit(' ');
        let Some(last) = words.next().filter(|_| words.next().is_some()) else {
            continue;
        };
        let last = last.trim_end_matches('.');
        last_names
            .entry(last)
            .and_modify(|slot| *slot = slot.filter(|&j| j == i))
            .or_insert(Some(i));
    }
    if last_names.is_empty() {
        return Vec::new();
    }
    let mut found = Vec::new();
    let mut last_end = 0;
    for &(_, end) in rt.role_word_spans() {
        if end <= last_end {
            continue;
        }
        last_end = end;
        let Some((word, _, word_stop)) = next_word(text, end) else {
            continue;
        };
        let Some(&Some(person)) = last_names.get(word) else {
            continue;
        };
        let followed = next_word(text, word_stop)
            .is_some_and(|(w, _, _)| is_capitalized(w) || COMPOUND_ENDS.contains(&w));
        if !word_end(text, word_stop) || followed || rt.inside_org(end + 1) {
            continue;
        }
        let start = rt.role_word_ending_at(end);
        let verb = start
            .and_then(|s| text.get(s..end))
            .is_some_and(|w| VERB_ROLES.contains(&w));
        if let Some(start) = start.filter(|_| !verb) {
            found.push((person, (start, end, None)));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use crate::extract::people::find;

    fn roles_of(text: &str, name: &str) -> Vec<String> {
        let (people, _) = find(text, &[]);
        people
            .into_iter()
            .find(|p| p.text == name)
            .map(|p| p.roles.into_iter().map(|r| r.0).collect())
            .unwrap_or_default()
    }

    #[test]
    fn a_role_before_the_last_name_alone_is_the_persons() {
        // general-10k baomoi-22218843: "Theo Thứ trưởng Ga, nếu các trường xét tuyển …".
        let text = "Thứ trưởng Bộ GD-ĐT Bùi Văn Ga cho biết như vậy. Theo Thứ trưởng Ga, nếu \
                    các trường xét tuyển riêng lẻ thì rất khó.";
        assert!(roles_of(text, "Bùi Văn Ga").contains(&"Thứ trưởng".to_string()));
    }

    #[test]
    fn a_compound_or_a_verb_is_no_short_mention() {
        // general-10k baomoi-22442629: "Bí thư Thành ủy TP HCM Nguyễn Thiện Nhân".
        let text = "Ông Nguyễn Bá Thành phát biểu. Bí thư Thành ủy TP HCM cùng đoàn đến thăm.";
        assert!(!roles_of(text, "Nguyễn Bá Thành").contains(&"Bí thư".to_string()));
        // general-10k baomoi-22297701: "… mệt mỏi với việc phải bảo vệ Trump".
        let text = "Tổng thống Mỹ Donald Trump nói. Họ đã mệt mỏi với việc phải bảo vệ Trump.";
        assert!(!roles_of(text, "Donald Trump").contains(&"bảo vệ".to_string()));
    }
}
