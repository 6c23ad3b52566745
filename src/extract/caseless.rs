//! Case-insensitive comparisons without a lower-cased copy.
//!
//! The rules compare words of the text with lower-case rule words ("năm", "sáng", the rows
//! of a TSV table). `word.to_lowercase() == "năm"` allocates and lower-cases the whole word
//! for a comparison that the first character usually decides; these functions lower-case
//! character by character as they compare and stop at the first difference.
//!
//! Each answers exactly as its `str::to_lowercase` counterpart: `str::to_lowercase` is
//! `char::to_lowercase` on every character except a capital sigma, which becomes a final
//! `ς` or a `σ` by its neighbours; a text word holding `Σ` is lower-cased as before.

use std::cell::RefCell;
use std::sync::LazyLock;

/// How the lower case of a word compares with the start of some bytes.
enum Walk {
    /// The whole word's lower case is the first `usize` bytes.
    Matched(usize),
    /// The bytes end before the word's lower case does, which matched up to there.
    Outrun,
    /// A byte differs.
    Differs,
    /// The word holds a capital sigma, which `str::to_lowercase` lower-cases by context.
    Sigma,
}

/// Lower-cases `s` character by character against the start of `lower`, stopping at the
/// first difference; ASCII letters are lower-cased in place.
fn walk(s: &str, lower: &[u8]) -> Walk {
    let bytes = s.as_bytes();
    let mut i = 0;
    let mut j = 0;
    while let Some(&b) = bytes.get(i) {
        if j == lower.len() {
            return Walk::Outrun;
        }
        if b.is_ascii() {
            if lower[j] != b.to_ascii_lowercase() {
                return Walk::Differs;
            }
            i += 1;
            j += 1;
            continue;
        }
        let Some(c) = s.get(i..).and_then(|rest| rest.chars().next()) else {
            return Walk::Differs;
        };
        if c == 'Σ' {
            return Walk::Sigma;
        }
        let len = c.len_utf8();
        if own_lower(c) {
            // Its lower case is itself: its bytes in `s` (a Vietnamese lower-case letter,
            // most of the non-ASCII characters), without the standard library's search
            // (`lower` ending inside it differs, as below).
            if lower.get(j..j + len) != bytes.get(i..i + len) {
                return Walk::Differs;
            }
            i += len;
            j += len;
            continue;
        }
        i += len;
        let mut buffer = [0u8; 4];
        for l in c.to_lowercase() {
            if j == lower.len() {
                return Walk::Outrun;
            }
            let l = l.encode_utf8(&mut buffer).as_bytes();
            if lower.get(j..j + l.len()) != Some(l) {
                return Walk::Differs;
            }
            j += l.len();
        }
    }
    Walk::Matched(j)
}

/// `s.to_lowercase() == lower`, without the copy.
pub(crate) fn eq_lower(s: &str, lower: &str) -> bool {
    match walk(s, lower.as_bytes()) {
        Walk::Matched(j) => j == lower.len(),
        Walk::Outrun | Walk::Differs => false,
        Walk::Sigma => s.to_lowercase() == lower,
    }
}

/// `s.to_lowercase().starts_with(prefix)`, without the copy (and reading only as much of
/// `s` as `prefix` needs).
pub(crate) fn starts_with_lower(s: &str, prefix: &str) -> bool {
    match walk(s, prefix.as_bytes()) {
        Walk::Matched(j) => j == prefix.len(),
        Walk::Outrun => true,
        Walk::Differs => false,
        Walk::Sigma => s.to_lowercase().starts_with(prefix),
    }
}

/// `list.contains(&s.to_lowercase().as_str())`, without the copy.
pub(crate) fn lower_in(s: &str, list: &[&str]) -> bool {
    list.iter().any(|w| eq_lower(s, w))
}

/// `format!("{w0} {w1}").to_lowercase() == lower`, without the copies.
pub(crate) fn eq_lower_pair(w0: &str, w1: &str, lower: &str) -> bool {
    let bytes = lower.as_bytes();
    match walk(w0, bytes) {
        Walk::Matched(j) if bytes.get(j) == Some(&b' ') => match walk(w1, &bytes[j + 1..]) {
            Walk::Matched(k) => j + 1 + k == bytes.len(),
            Walk::Outrun | Walk::Differs => false,
            Walk::Sigma => format!("{w0} {w1}").to_lowercase() == lower,
        },
        Walk::Sigma => format!("{w0} {w1}").to_lowercase() == lower,
        _ => false,
    }
}

/// Characters below this code point are looked up in [`OWN_LOWER`].
const OWN_LOWER_END: usize = 0x2000;

/// One bit per character below [`OWN_LOWER_END`]: whether `char::to_lowercase` gives the
/// character itself, alone. Built once from the standard library's answers (8,192 look-ups).
static OWN_LOWER: LazyLock<[u64; OWN_LOWER_END / 64]> = LazyLock::new(|| {
    let mut bits = [0u64; OWN_LOWER_END / 64];
    for code in 0..OWN_LOWER_END {
        let own = char::from_u32(code as u32).is_some_and(|c| {
            let mut lower = c.to_lowercase();
            lower.next() == Some(c) && lower.next().is_none()
        });
        if let (true, Some(word)) = (own, bits.get_mut(code / 64)) {
            *word |= 1 << (code % 64);
        }
    }
    bits
});

/// Whether `c.to_lowercase()` is `c` alone, answered from a table for ASCII and the
/// characters below U+2000 (every Vietnamese letter); false (not known) for the others.
#[inline]
fn own_lower(c: char) -> bool {
    if c.is_ascii() {
        return !c.is_ascii_uppercase();
    }
    let code = c as usize;
    code < OWN_LOWER_END
        && OWN_LOWER
            .get(code / 64)
            .is_some_and(|word| word >> (code % 64) & 1 == 1)
}

/// Whether `s.to_lowercase()` is `s` itself, known from [`own_lower`]'s table: true only
/// when it is (false for some words that are, with a character at or above U+2000 whose
/// lower case is itself).
#[inline]
pub(crate) fn is_own_lower(s: &str) -> bool {
    s.chars().all(own_lower)
}

thread_local! {
    /// [`with_lower`]'s buffer, kept from one call to the next (its allocation reused).
    static LOWER: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Calls `f` with `s.to_lowercase()`, written into a buffer of the thread that is reused
/// from call to call (a lookup key, a window before a date), else into a new `String` when
/// the buffer is in use (a call inside `f`) or `s` holds a capital sigma.
pub(crate) fn with_lower<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    // A word already in lower case (most words of the text) is its own `to_lowercase`: no
    // copy (stop 28: the copy was 10 M instructions of the seeds' first 300 lines).
    if is_own_lower(s) {
        return f(s);
    }
    LOWER.with(|buffer| {
        let Ok(mut lower) = buffer.try_borrow_mut() else {
            return f(&s.to_lowercase());
        };
        lower.clear();
        if push_lower(&mut lower, s) {
            f(&lower)
        } else {
            f(&s.to_lowercase())
        }
    })
}

/// Appends `char::to_lowercase` of each character of `s` to `out` (from the table of
/// [`crate::normalize::chars::push_lowercase`] for most), whole ASCII runs at a time; false
/// (and `out` partly written) when `s` holds a capital sigma, which `str::to_lowercase`
/// lower-cases by its neighbours.
fn push_lower(out: &mut String, s: &str) -> bool {
    let mut rest = s;
    while !rest.is_empty() {
        let ascii = rest.bytes().take_while(u8::is_ascii).count();
        let (run, after) = rest.split_at(ascii);
        let from = out.len();
        out.push_str(run);
        if let Some(pushed) = out.get_mut(from..) {
            pushed.make_ascii_lowercase();
        }
        let mut chars = after.chars();
        if let Some(c) = chars.next() {
            if c == 'Σ' {
                return false;
            }
            crate::normalize::chars::push_lowercase(out, c);
        }
        rest = chars.as_str();
    }
    true
}

/// Writes `s.to_lowercase()` into `out` (cleared first), reusing its allocation.
pub(crate) fn lower_into(out: &mut String, s: &str) {
    out.clear();
    if !push_lower(out, s) {
        out.clear();
        out.push_str(&s.to_lowercase());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words of the text and rule words: Vietnamese in every case, the characters whose
    /// lower case has another length or is two characters, and sigmas.
    const WORDS: [&str; 22] = [
        "",
        "năm",
        "Năm",
        "NĂM",
        "năm ngoái",
        "Năm Ngoái",
        "sáng",
        "SÁNG",
        "Đêm",
        "đêm",
        "İ",
        "i\u{307}",
        "Ⱥ",
        "ⱥ",
        "\u{212A}m",
        "km",
        "ΟΔΟΣ",
        "οδος",
        "οδοσ",
        "ΣΑ",
        "σα",
        "Từ 2019 đến nay",
    ];

    #[test]
    fn answers_are_those_of_to_lowercase() {
        for s in WORDS {
            for w in WORDS {
                let lower = s.to_lowercase();
                assert_eq!(eq_lower(s, w), lower == w, "{s:?} {w:?}");
                assert_eq!(starts_with_lower(s, w), lower.starts_with(w), "{s:?} {w:?}");
                assert_eq!(
                    lower_in(s, &[w, "năm"]),
                    [w, "năm"].contains(&lower.as_str())
                );
                with_lower(s, |l| assert_eq!(l, lower));
                let mut buffer = String::from("stale");
                lower_into(&mut buffer, s);
                assert_eq!(buffer, lower);
                for w1 in WORDS {
                    let pair = format!("{s} {w1}").to_lowercase();
                    assert_eq!(eq_lower_pair(s, w1, w), pair == w, "{s:?} {w1:?} {w:?}");
                }
            }
        }
        // The bytes end inside a character of the word: no match (proptest found it).
        assert!(!starts_with_lower("a¡", "aa"));
        assert!(!eq_lower("ạ", "\u{e1}"));
        let long = "Ă".repeat(100);
        with_lower(&long, |l| assert_eq!(l, long.to_lowercase()));
        // A call inside another one lower-cases into a copy of its own.
        with_lower("Năm", |outer| {
            with_lower("SÁNG", |inner| assert_eq!((outer, inner), ("năm", "sáng")));
        });
    }

    /// [`own_lower`] says yes only where `char::to_lowercase` is the character alone, for
    /// every scalar value, and knows every such character below U+2000.
    #[test]
    fn own_lower_case_is_to_lowercase() {
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            let own = c.to_lowercase().eq([c]);
            if own_lower(c) {
                assert!(own, "{c:?}");
            } else if (c as u32) < 0x2000 {
                assert!(!own, "{c:?}");
            }
        }
    }

    proptest::proptest! {
        /// The comparisons read through [`own_lower`] answer as `str::to_lowercase`, on words
        /// that share their lower case or a head of it with the text.
        #[test]
        fn comparisons_are_to_lowercase(
            input in "([a-zA-Z .]|[ĐđÀ-ỹİΣΟΔσ\u{212A}Ⱥⱥ]|[\u{80}-\u{3000}]){0,12}",
            cut in 0usize..14,
            other in "([a-z ]|[đà-ỹσⱥ]){0,3}",
        ) {
            let lower = input.to_lowercase();
            let head: String = lower.chars().take(cut).collect();
            for w in [lower.clone(), head.clone(), format!("{head}{other}")] {
                proptest::prop_assert_eq!(eq_lower(&input, &w), lower == w);
                proptest::prop_assert_eq!(starts_with_lower(&input, &w), lower.starts_with(&w));
            }
        }

        /// The lower case written by [`with_lower`] and [`lower_into`] (ASCII runs, then the
        /// table) is `str::to_lowercase` on any text.
        #[test]
        fn lower_case_copies_are_to_lowercase(input in "([a-zA-Z0-9 .,]|[ĐđÀ-ỹİΣΟΔ\u{212A}Ⱥ]|[\u{80}-\u{10ffff}]){0,40}") {
            let mut buffer = String::from("stale");
            lower_into(&mut buffer, &input);
            proptest::prop_assert_eq!(&buffer, &input.to_lowercase());
            with_lower(&input, |l| assert_eq!(l, input.to_lowercase()));
        }
    }

    /// `TimeOfDay::from_word` answers at once on a first byte no time word's lower case
    /// starts with: the same answers as comparing with every time word, for each time word
    /// with its first character replaced by every character below U+2000 and of Latin
    /// Extended Additional, and for the signs that lower-case to ASCII letters.
    #[test]
    fn time_of_day_words_by_their_first_character() {
        use crate::record::TimeOfDay;
        let all = [
            TimeOfDay::Sang,
            TimeOfDay::Trua,
            TimeOfDay::Chieu,
            TimeOfDay::Toi,
            TimeOfDay::Dem,
        ];
        let firsts = (0..0x2000u32)
            .chain(0x1E00..0x1F00)
            .chain([0x212A, 0x212B])
            .filter_map(char::from_u32);
        for first in firsts {
            for t in all {
                let rest: String = t.as_str().chars().skip(1).collect();
                let word = format!("{first}{rest}");
                let compared = all.into_iter().find(|t| eq_lower(&word, t.as_str()));
                assert_eq!(TimeOfDay::from_word(&word), compared, "{word:?}");
            }
        }
    }
}
