//! Stage occupations ("ca sĩ", "diễn viên", "nhà văn": `stage_occupations.tsv`): the
//! holder's name is written right after them, a stage or pen name often without a family
//! name ("ca sĩ Ưng Hoàng Phúc", "ca sĩ Văn Mai Hương"). Their organization part
//! ([`super::chain`]) reads no capitalized word but a country of `role_countries.tsv`
//! ("ca sĩ Mỹ Ariana Grande"), an abbreviation ("diễn viên TVB") or an organization the
//! extractor found; and after a name, a stage occupation followed by a capitalized word is
//! the next person's role ("đạo diễn X, ca sĩ Phương Thanh, diễn viên Huy Khánh").

use std::sync::LazyLock;

use crate::extract::lexicon::phrases;
use crate::extract::text::{lower_aligned, word_end};
use crate::rules::Table;

/// `stage_occupations.tsv`: occupations whose holder's name follows them.
pub static STAGE_OCCUPATIONS: Table = Table::new(
    "extract/rules/stage_occupations.tsv",
    include_str!("../rules/stage_occupations.tsv"),
    &["occupation"],
    &["occupation"],
);

/// `role_countries.tsv`: countries written in Vietnamese kept in a stage occupation's role.
pub static ROLE_COUNTRIES: Table = Table::new(
    "extract/rules/role_countries.tsv",
    include_str!("../rules/role_countries.tsv"),
    &["country"],
    &["country"],
);

/// The stage occupations, lower-cased.
static OCCUPATIONS: LazyLock<Vec<String>> = LazyLock::new(|| {
    phrases(&STAGE_OCCUPATIONS)
        .expect("the embedded stage_occupations.tsv parses (tested)")
        .iter()
        .map(|o| lower_aligned(o))
        .collect()
});

/// The countries, longest first (so that "Nhật Bản" is read before "Nhật").
static COUNTRIES: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut countries =
        phrases(&ROLE_COUNTRIES).expect("the embedded role_countries.tsv parses (tested)");
    countries.sort_by_key(|c| std::cmp::Reverse(c.len()));
    countries
});

/// Whether the role word at `start..end` ends with a stage occupation ("nam diễn viên",
/// "cựu ca sĩ").
pub(super) fn is_stage_occupation(text: &str, start: usize, end: usize) -> bool {
    let word = lower_aligned(text.get(start..end).unwrap_or_default());
    OCCUPATIONS.iter().any(|o| {
        word.strip_suffix(o.as_str())
            .is_some_and(|head| head.is_empty() || head.ends_with(' '))
    })
}

/// "người Anh" (English): "Anh", left out of `role_countries.tsv` (as often a given name's
/// first word), is the country after "người" ("ca sĩ nổi tiếng người Anh Rita Ora";
/// corpus-real: 5 times after a stage occupation).
const ENGLISH: (&str, &str) = ("người ", "Anh");

/// The end of the country of `role_countries.tsv` written at `pos`, if one is.
pub(crate) fn country_at(text: &str, pos: usize) -> Option<usize> {
    let rest = text.get(pos..)?;
    let english = text.get(..pos).is_some_and(|h| h.ends_with(ENGLISH.0))
        && rest.starts_with(ENGLISH.1)
        && word_end(text, pos + ENGLISH.1.len());
    if english {
        return Some(pos + ENGLISH.1.len());
    }
    COUNTRIES
        .iter()
        .find(|c| rest.starts_with(c.as_str()) && word_end(text, pos + c.len()))
        .map(|c| pos + c.len())
}

/// Whether `word` is an abbreviation: two or more letters, every one a capital ("TVB").
pub(super) fn is_abbreviation(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && word.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
}
