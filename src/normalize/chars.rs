//! Character classes and case mapping on the hot paths of the extractors, with a table for
//! the characters Vietnamese text is made of.
//!
//! `char::is_alphanumeric` and `char::to_lowercase` look every non-ASCII character up in
//! Unicode tables by binary search; in Vietnamese text a quarter of the characters are
//! non-ASCII letters, so the extractors ask these questions millions of times. Characters
//! below U+2000 (Latin with every Vietnamese letter, Greek, Cyrillic, …) are answered from
//! one table written at build time (`build.rs`); the rest fall back to the standard library.
//! The answers are the standard library's (a test checks every table entry).

/// Characters below this code point are answered from [`TABLE`].
const TABLE_END: u32 = 0x2000;

const ALPHABETIC: u8 = 1;
const NUMERIC: u8 = 2;
/// The aligned lower case is the whole of [`char::to_lowercase`] (one character).
const LOWER_EXACT: u8 = 4;
/// [`ALPHABETIC`] or [`NUMERIC`].
const ALNUM: u8 = ALPHABETIC | NUMERIC;

/// Per character below [`TABLE_END`]: its class bits and its aligned lower case. Written by
/// the build script (`build.rs`, `chars_table`) with the standard library's answers, so that
/// no process builds it at start-up (11 M instructions as a lazy static).
static TABLE: [(u8, char); TABLE_END as usize] =
    include!(concat!(env!("OUT_DIR"), "/chars_table.rs"));

fn aligned_lower_slow(c: char) -> char {
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
        _ => c,
    }
}

/// Same as [`char::is_alphanumeric`].
#[inline]
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    match TABLE.get(c as usize) {
        Some((class, _)) => class & ALNUM != 0,
        None => c.is_alphanumeric(),
    }
}

/// Whether `text[start..end]` stands as whole words: no letter or digit just before `start`
/// nor just after `end` (false when either offset is not a character boundary of `text`).
#[inline]
pub fn is_whole_word(text: &str, start: usize, end: usize) -> bool {
    match (text.get(..start), text.get(end..)) {
        (Some(before), Some(after)) => {
            before.chars().next_back().is_none_or(|c| !is_alnum(c))
                && after.chars().next().is_none_or(|c| !is_alnum(c))
        }
        _ => false,
    }
}

/// Same as [`char::is_alphabetic`].
#[inline]
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    match TABLE.get(c as usize) {
        Some((class, _)) => class & ALPHABETIC != 0,
        None => c.is_alphabetic(),
    }
}

/// The lower case of `c` when it is one character of the same UTF-8 length, else `c`
/// itself: lower-casing a text this way keeps every byte offset.
#[inline]
pub fn lower_aligned_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    match TABLE.get(c as usize) {
        Some((_, lower)) => *lower,
        None => aligned_lower_slow(c),
    }
}

/// Appends [`char::to_lowercase`] of `c` to `out` (the full lower case, which may have
/// another UTF-8 length or be two characters), answered from the table for the characters
/// below U+2000 whose lower case is one character.
///
/// # Example
/// ```
/// use union_news::normalize::chars::push_lowercase;
/// let mut out = String::new();
/// for c in "ĐOÀN İ".chars() {
///     push_lowercase(&mut out, c);
/// }
/// assert_eq!(out, "đoàn i\u{307}");
/// ```
#[inline]
pub fn push_lowercase(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    match TABLE.get(c as usize) {
        Some((class, lower)) if class & LOWER_EXACT != 0 => out.push(*lower),
        _ => out.extend(c.to_lowercase()),
    }
}

/// Lower-cases `text` character by character with [`lower_aligned_char`], so that byte
/// offsets into the result are byte offsets into `text`.
///
/// # Example
/// ```
/// use union_news::normalize::chars::lower_aligned;
/// assert_eq!(lower_aligned("Đại hội XIII"), "đại hội xiii");
/// ```
pub fn lower_aligned(text: &str) -> String {
    // Every character keeps its UTF-8 length, so the text is copied and changed in place:
    // ASCII in one vectorized pass, then only the characters that may be upper case (a
    // few in a hundred of Vietnamese text, found 32 bytes at a time: `scan::may_lower_at`)
    // are decoded and looked up, and those that change are overwritten.
    let mut out = text.to_owned();
    out.make_ascii_lowercase();
    let table = &TABLE;
    let mut buffer = [0u8; 4];
    let bytes = text.as_bytes();
    let mut at = 0;
    loop {
        at = super::scan::next_may_lower(bytes, at);
        let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        let lower = match table.get(c as usize) {
            Some((_, l)) => *l,
            None => aligned_lower_slow(c),
        };
        if lower != c {
            out.replace_range(at..at + c.len_utf8(), lower.encode_utf8(&mut buffer));
        }
        at += c.len_utf8();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_whole_word_has_no_letter_or_digit_at_either_side() {
        let text = "Sáng cùng ngày, hômsau và (hôm sau)";
        let at = |w: &str| text.find(w).map(|s| (s, s + w.len())).unwrap_or_default();
        let (s, e) = at("cùng ngày");
        assert!(is_whole_word(text, s, e));
        let (s, e) = at("hôm sau");
        assert!(is_whole_word(text, s, e));
        assert!(is_whole_word(text, 0, "Sáng".len()));
        // "ng ngày" starts inside "cùng"; "hôm" of "hômsau" is followed by a letter.
        let (s, e) = at("ng ngày");
        assert!(!is_whole_word(text, s, e));
        let (s, e) = at("hômsau");
        assert!(!is_whole_word(text, s, s + "hôm".len()));
        assert!(is_whole_word(text, s, e));
        // An offset inside a character is no boundary: false, never a panic.
        assert!(!is_whole_word(text, 2, 4));
    }

    #[test]
    fn answers_are_the_standard_librarys() {
        for c in (0..0x3_0000u32).filter_map(char::from_u32) {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_alpha(c), c.is_alphabetic(), "{c:?}");
            let lower = lower_aligned_char(c);
            assert_eq!(lower.len_utf8(), c.len_utf8(), "{c:?}");
            assert_eq!(lower, aligned_lower_slow(c), "{c:?}");
        }
    }

    #[test]
    fn pushed_lower_case_is_the_standard_librarys() {
        let mut out = String::new();
        for c in (0..0x3_0000u32).filter_map(char::from_u32) {
            out.clear();
            push_lowercase(&mut out, c);
            assert_eq!(out, c.to_lowercase().collect::<String>(), "{c:?}");
        }
    }

    #[test]
    fn lower_aligned_is_the_per_character_mapping() {
        let samples = [
            "ĐOÀN VIÊN Ủy BAN",
            "Ǆ ǅ İ Σ ẞ K Å ℃ Ⅻ Ａ𝐀 😀 \u{10400}",
            "",
            "ASCII only, 123.",
        ];
        for text in samples {
            let expected: String = text.chars().map(lower_aligned_char).collect();
            assert_eq!(lower_aligned(text), expected, "{text:?}");
        }
        let every: String = (0..0x3_0000u32).filter_map(char::from_u32).collect();
        let expected: String = every.chars().map(lower_aligned_char).collect();
        assert_eq!(lower_aligned(&every), expected);
    }

    #[test]
    fn vietnamese_letters() {
        assert_eq!(lower_aligned("ĐOÀN VIÊN Ủy BAN"), "đoàn viên ủy ban");
        assert!(is_alpha('ự') && is_alnum('Ỹ') && !is_alnum(' ') && is_alnum('٣'));
    }
}
