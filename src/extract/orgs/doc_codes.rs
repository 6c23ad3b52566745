//! Organization words inside a document's number, dropped (stop 25, organizations audit).
//!
//! A document's number names its issuer in a code glued to the number: "Quyết định số
//! 942/QĐ-UBND", "Công văn số 1354/UBND-XD", "Công văn số 295/LĐLĐ", "văn bản số
//! 47/CV-HoREA". The code is an identifier, not a mention of the body (as a year in a law's
//! name is no date, GUIDELINES.md decision 3); the body that issued it is named in words
//! where the article means it ("… của UBND tỉnh Quảng Nam"). corpus-real, base build of
//! stop 25: 74 mentions start inside such a code (70 "UBND", 2 "VEC", 1 "LĐLĐ", 1 "HoREA"),
//! all codes.

use super::OrgSpan;

/// Whether the mention starting at byte `start` is glued to a document number before it:
/// the characters from the last space up to `start` open with a digit, hold a "/" and are
/// only letters, digits, "/", "-" and ".".
pub(super) fn inside_code(text: &str, start: usize) -> bool {
    let Some(before) = text.get(..start) else {
        return false;
    };
    let token_start = before
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | ',' | ';' | ':'))
        .map_or(0, |i| i + 1);
    let Some(token) = before.get(token_start..) else {
        return false;
    };
    token.starts_with(|c: char| c.is_ascii_digit())
        && token.contains('/')
        && token
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '/' | '-' | '.'))
}

/// Drops the spans that start inside a document's number ([`inside_code`]).
pub(super) fn drop_codes(text: &str, spans: &mut Vec<OrgSpan>) {
    spans.retain(|s| !inside_code(text, s.start));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Byte offset of `word` in `text` (its first occurrence).
    fn at(text: &str, word: &str) -> usize {
        text.find(word).unwrap_or(usize::MAX)
    }

    #[test]
    fn an_issuer_glued_to_a_number_is_no_mention() {
        // labour.jsonl baomoi-22248624: "UBND tỉnh Thừa Thiên - Huế vừa ban hành Quyết định
        // số 942/QĐ-UBND công bố danh mục các dự án …"
        let text = "UBND tỉnh Thừa Thiên - Huế vừa ban hành Quyết định số 942/QĐ-UBND công bố";
        assert!(inside_code(text, text.rfind("UBND").unwrap_or_default()));
        assert!(!inside_code(text, 0));
        // general-10k dantri-news_society_268: "theo công văn số 1159/UBND-VX3 ngày …"
        let text = "theo công văn số 1159/UBND-VX3 ngày 28/02/2021";
        assert!(inside_code(text, at(text, "UBND")));
        // labour.jsonl baomoi-22575424: "Công văn số 295/LĐLĐ về việc xác nhận …"
        let text = "Công văn số 295/LĐLĐ về việc";
        assert!(inside_code(text, at(text, "LĐLĐ")));
        // A year in the number: "Quyết định số 73/2014/QĐ-UBND ngày 28/10/2014".
        let text = "Quyết định số 73/2014/QĐ-UBND ngày 28/10/2014";
        assert!(inside_code(text, at(text, "UBND")));
    }

    #[test]
    fn a_mention_after_a_space_or_a_word_is_kept() {
        let text = "của UBND tỉnh Quảng Nam";
        assert!(!inside_code(text, at(text, "UBND")));
        // A slash between two bodies, no number: "Tổng LĐLĐ/Công đoàn".
        let text = "Tổng LĐLĐ/Công đoàn";
        assert!(!inside_code(text, at(text, "Công")));
        // "Ảnh: 24h/Báo Lao Động" (no digit first).
        let text = "Ảnh: LĐ/Báo Lao Động";
        assert!(!inside_code(text, at(text, "Báo")));
    }
}
