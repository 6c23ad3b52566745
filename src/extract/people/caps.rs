//! A name written in capitals after "Ông" / "Bà": the speakers of an interview or a round
//! table, each introduced in bold capitals ("Ông TRẦN ANH TUẤN, Phó Giám đốc Trung tâm Dự
//! báo nhu cầu nhân lực và Thông tin thị trường lao động TP.HCM", real9-dev
//! baomoi-21472363; labour.jsonl: "Bà TẠ THỊ PHƯƠNG LAN, Vụ phó Vụ Quản lý thuế TNCN",
//! "Bà NGUYỄN THỊ CÚC, Chủ tịch Hội Tư vấn thuế Việt Nam" (baomoi-22553697), "Ông PHAN
//! CHÁNH DƯỠNG, giảng viên Chương trình giảng dạy kinh tế Fulbright" (baomoi-22406326),
//! "Ông NGUYỄN VĂN CÔNG, Giám đốc Xí nghiệp Vận chuyển số 1" (baomoi-22600147)). They are
//! people quoted in the article, no byline (GUIDELINES.md "People"), and the name is the
//! surface as written. The name must open with a family name of `surnames.tsv` and have
//! two words or more; a byline has no title before it and is not read.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::lexicon::LEXICON;
use crate::extract::text::word_end;

/// "Ông" / "ông" / "Bà" / "bà", a space, then two to four words of capitals (the name).
static CAPS_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:[Ôô]ng|[Bb]à) (\p{Lu}{1,7}(?: \p{Lu}{1,7}){1,3})\b")
        .expect("the capitals name regex builds")
});

/// The next name in capitals after "Ông" / "Bà" starting at or after byte `pos` of `text`
/// (its bytes, without the title), whose first word, written with one capital, is a family
/// name.
pub(super) fn caps_from(text: &str, pos: usize) -> Option<(usize, usize)> {
    let mut from = pos;
    while from <= text.len() {
        let caps = CAPS_NAME.captures_at(text, from)?;
        let (whole, name) = (caps.get(0)?, caps.get(1)?);
        let first = name.as_str().split(' ').next().unwrap_or_default();
        if surname(first) && word_end(text, name.end()) {
            return Some((name.start(), name.end()));
        }
        from = whole.end();
    }
    None
}

/// Whether the word in capitals `word` is a family name ("TRẦN" is "Trần").
fn surname(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let written: String = std::iter::once(first)
        .chain(chars.flat_map(char::to_lowercase))
        .collect();
    LEXICON.surnames.contains(&written)
}

#[cfg(test)]
mod tests {
    use super::caps_from;

    #[test]
    fn a_speaker_in_capitals_is_read() {
        // labour.jsonl baomoi-22553697.
        let text = "Bà TẠ THỊ PHƯƠNG LAN, Vụ phó Vụ Quản lý thuế TNCN, Tổng cục Thuế:";
        let (start, end) = caps_from(text, 0).unwrap_or_default();
        assert_eq!(&text[start..end], "TẠ THỊ PHƯƠNG LAN");
    }

    #[test]
    fn no_family_name_or_no_title_is_no_name() {
        // labour.jsonl baomoi-22686010: "Ông DUY TRIẾT" opens with no family name.
        assert_eq!(
            caps_from("Ông DUY TRIẾT, đại diện Công ty CMA-CGM Việt Nam", 0),
            None
        );
        assert_eq!(caps_from("Theo NGUYỄN VĂN CÔNG cho biết", 0), None);
        assert_eq!(caps_from("ông UBND TP", 0), None);
    }
}
