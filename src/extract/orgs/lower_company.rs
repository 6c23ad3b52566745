//! Lower-case "công ty" before a company's proper name (stop 25, organizations audit).
//!
//! Running text writes a company's head lower case as often as not: "làm đại lý cho công ty
//! PC", "Phó chủ tịch HĐQT công ty NutiFood", "nhà máy chế biến bã mía của công ty Tân Nhật
//! Minh". Before stop 25 the lower-case head named a company only with its legal form
//! ("công ty TNHH Nam Phương"), because "công ty Mỹ", "các công ty Trung Quốc" name none.
//! corpus-real, base build of stop 25: 270 lower-case "công ty" + a capitalized word with no
//! organization read; a sample of 40 of those not after a plural or a number and not before
//! a country: 32 companies.
//!
//! A name is read when the head is not after a plural determiner or a number ("các", "một
//! số", "hai"), the word after it is no country or nationality, and the name's shape is a
//! proper name's: two capitalized words ("công ty Hoàng Gia"), or one with a capital or a
//! digit inside ("công ty PC", "công ty NutiFood"), or one that ends the phrase ("công ty
//! Vinagimex,"). One Vietnamese syllable capitalized before a lower-case word is a sentence
//! run on or a trade ("trước công ty Nhận tin báo", "công ty Thủy điện Tuyên Quang"), none;
//! so are initials ("công ty P.K") and a family name with two more capitalized words (the
//! person after the post: "Phó Giám đốc công ty Phạm Văn Đức cho biết").

use super::country::country_at;
use super::rules::RULES;
use crate::extract::lexicon::LEXICON;
use crate::extract::text::{is_capitalized, literal_at, word_at, word_end, word_start};

/// Words before "công ty" that make it many companies or one of a count: "các công ty",
/// "một số công ty", "hai công ty".
const QUANTITY_BEFORE: &[&str] = &[
    "các", "những", "nhiều", "mọi", "mỗi", "từng", "số", "vài", "một", "hai", "ba", "bốn", "năm",
    "sáu", "bảy", "tám", "chín", "mười", "trăm", "nghìn", "ngàn",
];

/// Countries and nationalities written short after "công ty", beyond `country.rs`'s list:
/// "công ty Việt Nam", "công ty TQ", "công ty Nhật".
const NATIONS: &[&str] = &["Việt Nam", "VN", "TQ", "Nhật", "Hàn", "Úc", "Ấn", "Âu"];

/// Whether lower-case "công ty" at byte `start`, its name starting at byte `name`, names one
/// company: its legal form is written ("công ty TNHH …"), or the name is a proper name's
/// (see the module's doc).
pub(super) fn names_one(text: &str, start: usize, name: usize) -> bool {
    if RULES
        .company_types
        .iter()
        .any(|t| literal_at(text, name, t).is_some())
    {
        return true;
    }
    if quantity_before(text, start)
        || country_at(text, name).is_some()
        || NATIONS
            .iter()
            .any(|n| literal_at(text, name, n).is_some_and(|e| word_end(text, e)))
    {
        return false;
    }
    let Some((first, first_end)) = word_at(text, name) else {
        return false;
    };
    if !is_capitalized(first) {
        return false;
    }
    let rest = text.get(first_end..).unwrap_or_default();
    // "công ty P.K", "công ty H.T": initials hiding a name, read as one letter before.
    if rest
        .strip_prefix('.')
        .is_some_and(|r| r.starts_with(char::is_alphanumeric))
    {
        return false;
    }
    // "Phó Giám đốc công ty Phạm Văn Đức cho biết": a family name and two more capitalized
    // words are the person speaking.
    if LEXICON.surnames.iter().any(|s| s == first) && capitalized_words(rest) >= 2 {
        return false;
    }
    if inner_capital(first) || first.chars().any(|c| c.is_ascii_digit()) {
        return true;
    }
    match rest.strip_prefix(' ') {
        // "công ty Hoàng Gia", "công ty Urenco 2": a capitalized word or a number goes on;
        // "công ty Nhận tin báo": a lower-case word.
        Some(after) => !after.starts_with(|c: char| c.is_lowercase()),
        // "công ty Vinagimex," "công ty Simmons & Co": punctuation ends the word.
        None => true,
    }
}

/// How many capitalized words follow in a row, each after one space.
fn capitalized_words(mut rest: &str) -> usize {
    let mut n = 0;
    while let Some((word, end)) = rest.strip_prefix(' ').and_then(|r| word_at(r, 0)) {
        if !is_capitalized(word) {
            break;
        }
        n += 1;
        rest = rest.get(1 + end..).unwrap_or_default();
    }
    n
}

/// Whether `word` has a capital letter after its first character ("PC", "NutiFood").
fn inner_capital(word: &str) -> bool {
    word.chars().skip(1).any(char::is_uppercase)
}

/// Whether a plural determiner or a number is written right before byte `start`.
fn quantity_before(text: &str, start: usize) -> bool {
    let Some(before) = text.get(..start).and_then(|b| b.strip_suffix(' ')) else {
        return false;
    };
    let word_from = before.rfind(|c: char| !c.is_alphanumeric()).map_or(0, |i| {
        i + before[i..].chars().next().map_or(1, char::len_utf8)
    });
    let Some(word) = before.get(word_from..) else {
        return false;
    };
    word_start(before, word_from)
        && (QUANTITY_BEFORE.contains(&word.to_lowercase().as_str())
            || word.chars().any(|c| c.is_ascii_digit()))
}

/// Capitalized words that open the next sentence right after a lower-case "bệnh viện" (a
/// full stop missing: "nằm ở hành lang bệnh viện Chiều 2.7, ông …", "bệnh viện Ngày 5/6"),
/// beyond the openers of `org_words.tsv`; general-10k, stop 26: 5 of 113 names read.
const HOSPITAL_NOT_NAMES: &[&str] = &["Ngày", "Nhiều", "Khuya", "Sáng", "Tối", "Đêm"];

/// Whether lower-case "bệnh viện" at byte `start`, its name at byte `name`, names one
/// hospital: the name has a proper name's shape (`names_one`), opens no sentence
/// and is no hyphenated foreign name the grammar would cut at its hyphen ("bệnh viện
/// Bronx-Lebanon", "bệnh viện Al-Jamuri").
pub(super) fn hospital_named(text: &str, start: usize, name: usize) -> bool {
    let Some((first, first_end)) = word_at(text, name) else {
        return false;
    };
    let hyphenated = text
        .get(first_end..)
        .and_then(|r| r.strip_prefix('-'))
        .is_some_and(|r| r.starts_with(char::is_alphabetic));
    !hyphenated
        && !RULES.openers.contains(&first)
        && !HOSPITAL_NOT_NAMES.contains(&first)
        && names_one(text, start, name)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether "công ty" in `text` names one company.
    fn named(text: &str) -> bool {
        let start = text.find("công ty").unwrap_or_default();
        names_one(text, start, start + "công ty ".len())
    }

    #[test]
    fn a_lower_case_head_before_a_proper_name_names_a_company() {
        // general-10k baomoi-22682136
        assert!(named(
            "Trong quá trình làm đại lý cho công ty PC, kể từ ngày 14/06/2016"
        ));
        assert!(named(
            "kể từ ngày 14/06/2016, công ty Hoàng Gia liên tục lợi dụng"
        ));
        // general-10k baomoi-22449371
        assert!(named("sẽ được công ty NutiFood lo chi phí đi lại"));
        // labour.jsonl baomoi-22712426
        assert!(named(
            "nhà máy chế biến bã mía của công ty Tân Nhật Minh thuê lại kho bãi"
        ));
        assert!(named("với công ty TNHH thương mại Long Sơn"));
    }

    #[test]
    fn a_country_a_plural_or_a_run_on_names_none() {
        // general-10k baomoi-22487261, baomoi-22754075, baomoi-22550470
        assert!(!named(
            "trừng phạt các công ty Hàn Quốc đang làm ăn tại Trung Quốc"
        ));
        assert!(!named("nhằm vào công ty Trung Quốc hậu thuẫn"));
        assert!(!named(
            "mâu thuẫn với việc công ty Mỹ cho ra chiếc Surface Laptop"
        ));
        assert!(!named("việc xây dựng lại phải qua tay công ty TQ. Và"));
        // general-10k baomoi-22712423: a full stop missing.
        assert!(!named(
            "Người thân ngồi thất thần trước công ty Nhận tin báo"
        ));
        assert!(!named("Hai công ty Hoàng Gia và PC"));
        // general-10k baomoi-22469589, baomoi-22317115
        assert!(!named(
            "để \"thổi\" cho công ty P.K của anh K. thật hoành tráng"
        ));
        assert!(!named("Phó Giám đốc công ty Phạm Văn Đức cho biết"));
        assert!(!named("công ty con của tập đoàn"));
    }
}
