//! An age or a year of birth written in an apposition after a name, before a role or a
//! place ("(34 tuổi, công nhân)", "(SN 1985, công nhân Xí nghiệp …)").

/// The length of "34 tuổi, " or "SN 1985, " at the start of `inner` (an age or a year of
/// birth written before a role in an apposition; corpus-real: 21 of 937 "(N tuổi, …)" go
/// on with a role word, general-10k / labour 12/9, the rest with a place: "trú tại",
/// "ngụ", "quê"; "(SN 1985, công nhân Xí nghiệp …)").
pub(super) fn age_len(inner: &str) -> Option<usize> {
    let after = age_end(inner)?;
    let after = inner.get(after..)?.strip_prefix(", ")?;
    Some(inner.len() - after.len())
}

/// The length of the age and its separator that open a parenthesis after a name: as
/// [`age_len`], also with a full stop typed for the comma ("Thành (37 tuổi. Công nhân
/// xây dựng)", labour.jsonl; corpus-real: 1 of 3 "(N tuổi. …)" with a role, the others
/// with a residence).
pub(super) fn paren_age_len(inner: &str) -> Option<usize> {
    age_len(inner).or_else(|| {
        let after = inner.get(age_end(inner)?..)?.strip_prefix(". ")?;
        Some(inner.len() - after.len())
    })
}

/// Words that write a year of birth before its digits ("SN 1985", "sinh năm 1985").
const BIRTH_YEAR_WORDS: [&str; 3] = ["SN ", "sinh năm ", "Sinh năm "];

/// Where an age ("34 tuổi") or a year of birth ("SN 1985", "sinh năm 1985") that opens
/// `inner` ends.
pub(super) fn age_end(inner: &str) -> Option<usize> {
    let digits_at = |from: usize, min: usize, max: usize| {
        let n = inner
            .get(from..)?
            .bytes()
            .take_while(u8::is_ascii_digit)
            .count();
        (min..=max).contains(&n).then_some(from + n)
    };
    if let Some(end) = digits_at(0, 1, 3) {
        return inner
            .get(end..)?
            .strip_prefix(" tuổi")
            .map(|after| inner.len() - after.len());
    }
    let word = BIRTH_YEAR_WORDS.iter().find(|w| inner.starts_with(**w))?;
    digits_at(word.len(), 4, 4)
}
