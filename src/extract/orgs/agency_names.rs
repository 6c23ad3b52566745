//! "và" inside a national agency's name (stop 21, organizations recall): "Cục Quan hệ lao
//! động và Tiền lương", "Cục Chế biến và Phát triển thị trường nông sản". An agency named
//! with no place is read up to where its phrase ends (`units.rs`); "và" ended the reading
//! with no mention, as a list of two bodies ("Cục Thuế và Kho bạc") and a name that goes on
//! look alike. A name goes on after "và" when the words before it are a compound with a
//! lower-case word (Vietnamese capitalizes only the first syllable of each coordinated part
//! of an agency's name) and "và" is followed by a capitalized word that is no acronym and no
//! organization's head ("Cục Quản lý thị trường và Công an" lists two bodies, "Cục Hàng
//! không Campuchia và RKA" two organizations), then words up to the phrase's end or the next
//! organization's head ("…, Bộ GD&ĐT"); before a level word ("… và Thú y tỉnh Đắk Lắk") the
//! agency grammar with a place is left to read it. Corpus (labour.jsonl / general-10k, all articles): "Cục Quan hệ lao
//! động và Tiền lương" 12/0 with no organization read at the base build of stop 21.

use super::rules::RULES;
use crate::extract::people::role_stop_at;
use crate::extract::text::{is_capitalized, literal_at, next_word};

/// The most words read after the first word after "và": the longest coordinated part
/// seen ("Phát triển thị trường Nông sản", six words), one more for a country after it.
const MAX_WORDS_AFTER_VA: usize = 6;

/// Whether an organization's head starts at byte `pos` ("Công an", "Sở", "Bộ").
fn head_at(text: &str, pos: usize) -> bool {
    RULES
        .head_surfaces
        .iter()
        .any(|h| literal_at(text, pos, h).is_some())
}

/// Whether `word` is an acronym ("RKA" in "Cục Hàng không Campuchia và RKA"): another
/// organization, no part of the name.
fn acronym(word: &str) -> bool {
    word.chars().count() >= 2 && word.chars().all(|c| c.is_uppercase())
}

/// The name's words from "và" on, after the agency's `words` read up to byte `pos` (where
/// " và" follows), and their end: `None` when the name does not go on (see the module's
/// doc).
///
/// # Example
/// `["Quan", "hệ", "lao", "động"]` + " và Tiền lương (Bộ …)" → `(["và", "Tiền", "lương"],
/// end of "lương")`.
pub(super) fn after_va(text: &str, pos: usize, words: &[String]) -> Option<(Vec<String>, usize)> {
    if words.len() < 2 || words.iter().skip(1).all(|w| is_capitalized(w)) {
        return None;
    }
    let (va, _, va_end) = next_word(text, pos)?;
    let (first, q, mut end) = next_word(text, va_end)?;
    if va != "và" || !is_capitalized(first) || acronym(first) || head_at(text, q) {
        return None;
    }
    let mut out = vec![va.to_string(), first.to_string()];
    for _ in 0..MAX_WORDS_AFTER_VA {
        match next_word(text, end) {
            None => return Some((out, end)),
            // "Chi cục Chăn nuôi và Thú y tỉnh Đắk Lắk": a place is read by the grammar
            // of agencies with a place, not here.
            Some((_, q, _)) if RULES.level_at(text, q).is_some() => return None,
            Some((next, q, _))
                if RULES.name_stops.contains(&next)
                    || role_stop_at(text, q)
                    || head_at(text, q) =>
            {
                return Some((out, end));
            }
            Some((next, _, next_end)) => {
                out.push(next.to_string());
                end = next_end;
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::named_tests::{assert_contains, canonical_names as canonicals};

    #[test]
    fn a_name_goes_on_after_va() {
        // labour.jsonl: "Cục Quan hệ lao động và Tiền lương (Bộ Lao động-Thương binh và Xã
        // hội) vừa được thành lập trên cơ sở …"
        let found = canonicals("Cục Quan hệ lao động và Tiền lương (Bộ Lao động-Thương binh và Xã hội) vừa được thành lập trên cơ sở sáp nhập hai đơn vị.");
        assert_contains(&found, &["Cục Quan hệ lao động và Tiền lương"]);
    }

    #[test]
    fn capitalized_words_after_the_part_after_va_go_on_with_the_name() {
        // general-10k: "… vừa tổ chức lễ ra mắt Cục Chế biến và Phát triển thị trường Nông
        // sản."
        let found = canonicals("Bộ Nông nghiệp và Phát triển Nông thôn vừa tổ chức lễ ra mắt Cục Chế biến và Phát triển thị trường Nông sản.");
        assert_contains(&found, &["Cục Chế biến và Phát triển thị trường Nông sản"]);
    }

    #[test]
    fn an_acronym_after_va_is_another_organization() {
        // general-10k: "Cục Hàng không Việt Nam (HKVN) đã thông báo tới Cục Hàng không
        // Campuchia và RKA về các phương án xử lý nhưng RKA không có nhu cầu …"
        let found = canonicals("Tháng 8-2007, Cục Hàng không Việt Nam (HKVN) đã thông báo tới Cục Hàng không Campuchia và RKA về các phương án xử lý nhưng RKA không có nhu cầu nhận lại máy bay vì đã hỏng hóc nặng, không còn giá trị kinh tế.");
        assert!(!found.iter().any(|c| c.contains("và RKA")), "{found:?}");
    }
}
