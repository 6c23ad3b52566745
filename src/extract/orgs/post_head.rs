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
//!
//! Stop 22: the commissions of a place's Party committee after their head ("Trưởng Ban
//! Tuyên giáo Tỉnh ủy Nghệ An", "Trưởng ban Dân vận Thành ủy"): the same two words of the
//! commission's name, then the committee ("Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy",
//! "Thị ủy": `org_heads.tsv` rows of grammar `committee`, capitalized), which the named
//! grammar reads as the commission's parent with its place. Written "Trưởng ban" with a
//! lower-case "ban" as often as not (real-dev "ban Dân vận Thành ủy"), so "ban" is a head
//! row read only here: elsewhere a lower-case "ban" names no body ("ban hành", "ban Giám
//! khảo"): the named grammar takes a lower-case "ban" only where this says yes.

use super::rules::{Head, RULES};
use crate::extract::text::{after_space, is_capitalized, next_word, word_before, word_end};

/// The most bytes between the type word and "Trung ương".
const MAX_NAME: usize = 48;

/// The most words of the commission's own name: the commissions are named by two
/// ("Tuyên giáo", "Kinh tế", "Tổ chức", "Dân vận", "Nội chính", "Đối ngoại", "Quốc tế");
/// longer names run lower-case and the grammar cuts them ("Ban Chỉ đạo cải cách tư pháp
/// Trung ương" was read "Ban Chỉ đạo").
const MAX_WORDS: usize = 2;

/// Whether the type word `name` at `start..head_end` is "Ban" (or "ban") after "Trưởng" (or
/// "trưởng") and names a commission: "Trung ương" after at most [`MAX_WORDS`] words with no
/// punctuation, ending a word and not going on with "về" ("Trưởng ban Chỉ đạo Trung ương về
/// cải cách chính sách tiền lương", a longer name), or a place's Party committee after one
/// or two words.
pub(super) fn commission_after_post(text: &str, name: &str, start: usize, head_end: usize) -> bool {
    if name != "Ban"
        || word_before(text, start).is_none_or(|(_, w)| !matches!(w, "Trưởng" | "trưởng"))
    {
        return false;
    }
    let Some(rest) = text.get(head_end..) else {
        return false;
    };
    party_committee_after(text, head_end)
        || CENTRAL.iter().any(|central| {
            rest.find(central).is_some_and(|at| {
                let between = &rest[..at];
                let end = head_end + at + central.len();
                at <= MAX_NAME
                    && between.split(' ').filter(|w| !w.is_empty()).count() <= MAX_WORDS
                    && !between.contains([',', '.', ';', ':', '(', ')'])
                    && word_end(text, end)
                    && next_word(text, end).is_none_or(|(w, _, _)| w != "về")
            })
        })
}

/// "Trung ương" as the central commissions' names write it after their own words, also
/// abbreviated (stop 24: "Trưởng Ban Tuyên giáo TƯ nhấn mạnh", "Trưởng Ban Tuyên giáo T.Ư
/// làm Trưởng đoàn", 9 in corpus-real, none read before).
const CENTRAL: &[&str] = &[" Trung ương", " T.Ư", " TƯ", " TW"];

/// Whether one or two words after byte `pos` (each a whole word, the first capitalized) a
/// capitalized Party committee head is written: "Tuyên giáo Tỉnh ủy", "Dân vận Thành ủy".
fn party_committee_after(text: &str, pos: usize) -> bool {
    let mut p = pos;
    for i in 0..MAX_WORDS {
        let Some((word, _, end)) = next_word(text, p) else {
            return false;
        };
        if i == 0 && !is_capitalized(word) || !word_end(text, end) {
            return false;
        }
        p = end;
        let Some(q) = after_space(text, p) else {
            return false;
        };
        let committee = RULES
            .head_at(text, q)
            .is_some_and(|(_, head)| matches!(head, Head::Committee(..)));
        if committee && next_word(text, p).is_some_and(|(w, _, _)| is_capitalized(w)) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::super::named_tests::{assert_contains, canonical_names as canonicals};

    #[test]
    fn a_central_commission_after_its_head_is_a_mention() {
        // general-10k: "… Bí thư Trung ương Đảng, Trưởng Ban Tuyên giáo Trung ương Võ Văn
        // Thưởng; …", "Phó Trưởng Ban Tổ chức Trung ương Nguyễn Thanh Bình".
        let found = canonicals("Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tuyên giáo Trung ương Võ Văn Thưởng; Phó Trưởng Ban Tổ chức Trung ương Nguyễn Thanh Bình.");
        assert_contains(
            &found,
            &["Ban Tuyên giáo Trung ương", "Ban Tổ chức Trung ương"],
        );
    }

    #[test]
    fn other_commissions_after_the_post_stay_out() {
        // general-10k: "Trưởng Ban Chỉ đạo chủ trì cuộc họp", "Trưởng Ban Tuyên giáo T.Ư làm
        // Trưởng đoàn": a bare or run-on name is no mention; Spain stays a country. Since
        // stop 24 the abbreviated "T.Ư" ends the commission's name ("Ban Tuyên giáo T.Ư"),
        // which is read, not run on.
        let found = canonicals("Phó Thủ tướng Trương Hòa Bình, Trưởng Ban Chỉ đạo chủ trì cuộc họp. Trưởng Ban Tuyên giáo T.Ư làm Trưởng đoàn. Tây Ban Nha thắng.");
        assert_eq!(found, vec!["Ban Tuyên giáo Trung ương".to_string()]);
    }

    #[test]
    fn a_party_committees_commission_after_its_head_is_a_mention() {
        // general-10k: "… bà Mai Thu Hương, Trưởng ban Tuyên giáo Tỉnh ủy Sơn La cho biết …";
        // "Trưởng ban Tổ chức Thành ủy Hà Nội Vũ Đức Bảo thừa nhận …".
        let found = canonicals("Bà Mai Thu Hương, Trưởng ban Tuyên giáo Tỉnh ủy Sơn La cho biết. Trưởng ban Tổ chức Thành ủy Hà Nội Vũ Đức Bảo thừa nhận tình trạng.");
        assert_contains(
            &found,
            &[
                "Ban Tuyên giáo Tỉnh ủy Sơn La",
                "Ban Tổ chức Thành ủy Hà Nội",
            ],
        );
    }

    #[test]
    fn a_lower_case_ban_elsewhere_names_nothing() {
        // general-10k: "… đã ban hành quyết định thi hành kỷ luật"; a jury ("ban Giám khảo").
        let found = canonicals("Trưởng ban Tổ chức Tỉnh ủy Hải Dương đã ban hành quyết định. Cuộc thi có ban Giám khảo Thành phố.");
        assert!(
            found
                .iter()
                .all(|c| !c.starts_with("Ban G") && !c.contains("hành")),
            "{found:?}"
        );
    }
}
