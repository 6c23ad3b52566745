//! "Trưởng Ban Tuyên giáo Trung ương Võ Văn Thưởng": after the post word "Trưởng" (head of)
//! the type word "Ban" starts the Party's central commission the post is of, an organization
//! mention (GUIDELINES.md decision 16: an organization inside a role is annotated; real-dev
//! writes "ban Dân vận Thành ủy" inside "Trưởng ban Dân vận Thành ủy"). The grammar takes a
//! one-word type word after a capitalized word as part of that name ("Tây Ban Nha"), which
//! dropped every one of them.
//!
//! Only where the commission's name reaches a written "Trung ương" within a few words and
//! ends there: over ../shared/corpus-real (stop 21) letting every "Trưởng Ban" through added
//! 73 mentions of which about 52 were right (bare or cut names: "Ban Chỉ đạo" of "Ban Chỉ đạo
//! cải cách tư pháp Trung ương", "Ban Tuyên giáo T.Ư làm Trưởng đoàn"); the central
//! commissions alone are the class that holds (RULES.md "Stop 21: lead").

use crate::extract::text::{word_before, word_end};

/// The most bytes between the type word and "Trung ương".
const MAX_NAME: usize = 48;

/// The most words of the commission's own name: the central commissions are named by two
/// ("Tuyên giáo", "Kinh tế", "Tổ chức", "Dân vận", "Nội chính", "Đối ngoại", "Quốc tế");
/// longer names run lower-case and the grammar cuts them ("Ban Chỉ đạo cải cách tư pháp
/// Trung ương" was read "Ban Chỉ đạo").
const MAX_WORDS: usize = 2;

/// Whether the type word `name` at `start..head_end` is "Ban" after "Trưởng" and names a
/// central commission: "Trung ương" after at most [`MAX_WORDS`] words with no punctuation,
/// ending a word.
pub(super) fn central_commission_after_post(
    text: &str,
    name: &str,
    start: usize,
    head_end: usize,
) -> bool {
    if name != "Ban" || word_before(text, start).is_none_or(|(_, w)| w != "Trưởng") {
        return false;
    }
    let Some(rest) = text.get(head_end..) else {
        return false;
    };
    let Some(at) = rest.find(" Trung ương") else {
        return false;
    };
    let between = &rest[..at];
    if at > MAX_NAME
        || between.split(' ').filter(|w| !w.is_empty()).count() > MAX_WORDS
        || between.contains([',', '.', ';', ':', '(', ')'])
    {
        return false;
    }
    word_end(text, head_end + at + " Trung ương".len())
}

#[cfg(test)]
mod tests {
    use super::super::named_tests::canonical_names as canonicals;

    #[test]
    fn a_central_commission_after_its_head_is_a_mention() {
        // general-10k: "… Bí thư Trung ương Đảng, Trưởng Ban Tuyên giáo Trung ương Võ Văn
        // Thưởng; …", "Phó Trưởng Ban Tổ chức Trung ương Nguyễn Thanh Bình".
        let found = canonicals("Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tuyên giáo Trung ương Võ Văn Thưởng; Phó Trưởng Ban Tổ chức Trung ương Nguyễn Thanh Bình.");
        assert!(
            found.contains(&"Ban Tuyên giáo Trung ương".to_string()),
            "{found:?}"
        );
        assert!(
            found.contains(&"Ban Tổ chức Trung ương".to_string()),
            "{found:?}"
        );
    }

    #[test]
    fn other_commissions_after_the_post_stay_out() {
        // general-10k: "Trưởng Ban Chỉ đạo chủ trì cuộc họp", "Trưởng Ban Tuyên giáo T.Ư làm
        // Trưởng đoàn": a bare or run-on name is no mention; Spain stays a country.
        let found = canonicals("Phó Thủ tướng Trương Hòa Bình, Trưởng Ban Chỉ đạo chủ trì cuộc họp. Trưởng Ban Tuyên giáo T.Ư làm Trưởng đoàn. Tây Ban Nha thắng.");
        assert!(found.iter().all(|c| !c.starts_with("Ban")), "{found:?}");
    }
}
