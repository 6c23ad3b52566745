//! A role written once after two names and shared by both: "Ông Tống Văn Lai, ông Lê Xuân
//! Thành là Phó Cục trưởng Cục Quan hệ lao động và Tiền lương" (real6-dev writes the role
//! for both), "Ngô Thị Hà Quyên và Đinh Thị Hồng là giáo viên của lớp mầm non tư thục
//! Thiên Thần Nhỏ" (general-10k). The second name's role is read as any role after " là "
//! is ([`super::roles::roles_after`]); this reads it for the first name too. Stop 27: the
//! construction (a name, ", " or " và ", a name, " là " and a role word) occurs twice in
//! corpus-real (labour.jsonl and general-10k), both right; " lần lượt là" (respectively)
//! shares nothing: the words after the second name must be a copula.

use super::chain::person_name_at;
use super::roles::RoleText;

/// What joins the first name to the second.
const LINKS: [&str; 2] = [", ", " và "];

/// The lower-case titles that may stand before the second name.
const TITLES: [&str; 4] = ["ông ", "bà ", "anh ", "chị "];

/// The copulas after the second name that give both names the role; the longer of two
/// that share an end comes first.
const COPULAS: [&str; 3] = [" đều là ", " cùng là ", " là "];

/// The most words of the second name.
const MAX_NAME_WORDS: usize = 4;

/// Where the role shared by the name ending at `name_end` and the name after it starts:
/// the role word after the second name's copula, if the text reads so.
pub(super) fn shared_role_start(rt: &RoleText<'_>, name_end: usize) -> Option<usize> {
    let text = rt.text;
    let rest = text.get(name_end..)?;
    let after = LINKS.iter().find_map(|link| rest.strip_prefix(link))?;
    let after = TITLES
        .iter()
        .find_map(|title| after.strip_prefix(title))
        .unwrap_or(after);
    let mut pos = text.len() - after.len();
    if !person_name_at(text, pos, text.len()) {
        return None;
    }
    for _ in 0..MAX_NAME_WORDS {
        let word = text.get(pos..)?.split(' ').next()?;
        if !word.starts_with(char::is_uppercase) || !word.chars().all(char::is_alphabetic) {
            return None;
        }
        pos += word.len();
        let rest = text.get(pos..)?;
        if let Some(role) = COPULAS.iter().find_map(|c| rest.strip_prefix(c)) {
            let start = text.len() - role.len();
            return rt.role_word_at(start).map(|_| start);
        }
        if !rest.starts_with(' ') {
            return None;
        }
        pos += 1;
    }
    None
}
