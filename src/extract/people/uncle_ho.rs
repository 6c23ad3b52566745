//! "Bác Hồ" (Uncle Ho) names Hồ Chí Minh, a person: real2-dev's gold annotates it
//! ("nhân dịp kỷ niệm 60 năm ngày Bác Hồ về thăm Quảng Ninh", baomoi-22560784), but no title
//! or family name rule read it ("Bác" capitalized is no kinship title of `given.rs`, "Hồ"
//! alone no full name). When the article names Hồ Chí Minh in full as a person, "Bác Hồ" is
//! that person and adds no one (real-dev's gold writes "Hồ Chí Minh" once).
//!
//! Stop 21 (RULES.md "Stop 21 — people and money"): corpus counts there.

use crate::extract::text::{word_end, word_start, ByteSpan};

/// The words, as written.
const UNCLE_HO: &str = "Bác Hồ";

/// The first "Bác Hồ" of `text` written as a name: at word boundaries, not followed by a
/// capitalized word ("Bác Hồ Chí Minh" is read as a full name elsewhere), not inside an
/// organization's or a programme's name (`inside_org`).
pub(super) fn first_mention(text: &str, inside_org: impl Fn(usize) -> bool) -> Option<ByteSpan> {
    memchr::memmem::find_iter(text.as_bytes(), UNCLE_HO.as_bytes())
        .find(|&i| {
            let end = i + UNCLE_HO.len();
            let next_capital = text
                .get(end..)
                .and_then(|r| r.strip_prefix(' '))
                .and_then(|r| r.chars().next())
                .is_some_and(char::is_uppercase);
            word_start(text, i) && word_end(text, end) && !next_capital && !inside_org(i)
        })
        .map(|i| ByteSpan::new(i, i + UNCLE_HO.len()))
}

#[cfg(test)]
mod tests {
    use super::super::find;

    fn names(text: &str) -> Vec<String> {
        find(text, &[]).0.into_iter().map(|p| p.text).collect()
    }

    #[test]
    fn uncle_ho_is_a_person() {
        // labour.jsonl baomoi-22560784 (real2-dev).
        let text = "Hoạt động này là chuỗi hoạt động nhân dịp kỷ niệm 60 năm ngày Bác Hồ về \
                    thăm Quảng Bình; hướng tới kỷ niệm 70 năm ngày Thương binh - liệt sỹ.";
        assert_eq!(names(text), ["Bác Hồ"]);
    }

    #[test]
    fn uncle_ho_is_ho_chi_minh_named_in_full() {
        // The same person named in full earlier (real-dev writes "Hồ Chí Minh" once).
        let text = "Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc. Kỷ niệm 60 năm ngày \
                    Bác Hồ về thăm Quảng Bình.";
        assert_eq!(names(text), ["Hồ Chí Minh"]);
    }
}
