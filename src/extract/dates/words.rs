//! The characters and words right around a numeral: what it is glued to, the word before it.

/// The text toolkit's readers the date rules use: the letters just before a position
/// (after one space) and a character boundary.
pub(crate) use crate::extract::text::{floor_boundary, letter_word_after, letter_word_before};
use crate::normalize::chars::is_alnum;

/// Four digits at the start of `s` that are not followed by a letter or digit.
pub(super) fn four_digit_year(s: &str) -> Option<i32> {
    let digits = s.get(..4)?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) || glued_after_at(s, 4) {
        return None;
    }
    digits.parse().ok()
}

/// Whether bytes `start..end` stand in parentheses: "(2023-2028)".
pub(super) fn in_parens(text: &str, start: usize, end: usize) -> bool {
    text[..start].ends_with('(') && text[end..].starts_with(')')
}

/// Whether a letter or digit follows byte `end`, other than a Vietnamese word run into the
/// numeral when the page's markup was stripped ([`word_run_in`]).
pub(super) fn glued_after_at(text: &str, end: usize) -> bool {
    text[end..].chars().next().is_some_and(is_alnum) && !word_run_in(&text[end..])
}

/// Whether `after` starts with a Vietnamese word of two letters or more, one of them not
/// ASCII ("năm", "của", "được"): a word the source ran into the numeral before it, as
/// stripped markup leaves it ("ngày 06 tháng 08năm 2020của Bộ trưởng", "nhiệm kỳ 2020-
/// 2025được", labour.jsonl dantri-news_education_113), not a unit or a code glued to it
/// ("2000m2", "1980s", "XC60", "5G").
pub(super) fn word_run_in(after: &str) -> bool {
    let word: Vec<char> = after
        .chars()
        .take_while(|c| c.is_alphabetic())
        .take(8)
        .collect();
    word.len() >= 2 && word.iter().any(|c| !c.is_ascii())
}

/// "từ" before a head that starts at `start`.
pub(super) fn from_before(text: &str, start: usize) -> Option<usize> {
    letter_word_before(text, start)
        .filter(|(_, w)| w.eq_ignore_ascii_case("từ") || *w == "Từ")
        .map(|(s, _)| s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::dates::extract_dates;
    use crate::extract::Document;

    #[test]
    fn words_run_into_a_date_do_not_glue_it() {
        // labour.jsonl dantri-news_education_113 (real-dev): the source runs words together.
        let text = "Hội đồng Trường Đại học Bách khoa Hà Nội,nhiệm kỳ 2020- 2025được Bộ Giáo dục \
                    và Đào tạo công nhậntheo Quyết địnhsố 2245/QĐ-BGDĐT ngày 06 tháng 08năm \
                    2020của Bộ trưởng Bộ Giáo dục và Đào tạo.";
        let got: Vec<(String, String)> = extract_dates(&Document::from_text(text))
            .into_iter()
            .map(|d| (d.text, d.value))
            .collect();
        assert_eq!(
            got,
            [
                ("nhiệm kỳ 2020- 2025".to_string(), "2020/2025".to_string()),
                (
                    "ngày 06 tháng 08năm 2020".to_string(),
                    "2020-08-06".to_string()
                ),
            ]
        );
        // Units and codes stay glued (general-10k: "2000m2", "những năm 1960s", "XC60").
        assert!(!word_run_in("m2 hoa màu"));
        assert!(!word_run_in("s, hay"));
        assert!(!word_run_in("Stt"));
        assert!(word_run_in("Năm 2008"));
    }
}
