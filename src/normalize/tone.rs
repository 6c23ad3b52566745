//! One tone-mark placement for the vowel pairs `oa`, `oe` and `uy`.
//!
//! Vietnamese writes the tone of an open syllable ending in `oa`, `oe`, `uy` either on the
//! first vowel (classic: "hòa", "khỏe", "thủy") or on the second (new: "hoà", "khoẻ",
//! "thuỷ"). News sites mix both, even within one page. We rewrite the new style to the
//! classic one, which is the more common in news and in our gold. The rewrite keeps the
//! number of code points, so offsets are unaffected. Closed syllables ("hoàng", "khuyến")
//! and `qu` + `y` ("quý") are left alone: there both styles agree.

use std::borrow::Cow;

use unicode_normalization::char::is_combining_mark;

use super::chars::is_alpha;
use super::scan;

/// Rewrites tone marks of open `oa`/`oe`/`uy` syllables to the classic placement.
///
/// Expects NFC input.
///
/// # Example
/// ```
/// use union_news::normalize::canonical_tone_placement;
/// assert_eq!(canonical_tone_placement("Ứng Hoà, thoả ước, Uỷ ban, quý"), "Ứng Hòa, thỏa ước, Ủy ban, quý");
/// ```
pub fn canonical_tone_placement(input: &str) -> String {
    tone_placed(input).into_owned()
}

/// [`canonical_tone_placement`], borrowing `input` when no pair is rewritten (most texts).
pub(super) fn tone_placed(input: &str) -> Cow<'_, str> {
    let bytes = input.as_bytes();
    let mut out = String::new();
    // `copied` is the byte offset up to which `input` has been copied to `out`.
    let mut copied = 0;
    // Look only where a toned a/e/y that may end a syllable follows "o" or "u"
    // ([`scan::tone_pair_at`], 32 bytes at a time): "đoàn", "thuốc" are passed over.
    let mut pos = 0;
    loop {
        pos = scan::next_tone_pair(bytes, pos + 1);
        if pos >= bytes.len() {
            break;
        }
        let first = bytes[pos - 1];
        if pos <= copied {
            continue;
        }
        let Some(second) = input.get(pos..).and_then(|r| r.chars().next()) else {
            continue;
        };
        let Some((base2, tone)) = second_vowel_tone(second) else {
            continue;
        };
        let first = char::from(first);
        let after_q = pos >= 2 && matches!(bytes[pos - 2], b'q' | b'Q');
        let pair_ok = match first {
            'o' | 'O' => matches!(base2, 'a' | 'A' | 'e' | 'E'),
            _ => matches!(base2, 'y' | 'Y') && !after_q,
        };
        let after = pos + second.len_utf8();
        // A letter after the pair closes the syllable; a combining mark after it (left over
        // from NFC: "oà" + U+0301) would attach to the plain vowel once the tone moved, and
        // the text would no longer be NFC, so both leave the pair alone.
        let next_is_letter = input
            .get(after..)
            .and_then(|r| r.chars().next())
            .is_some_and(|c| is_alpha(c) || is_combining_mark(c));
        if !pair_ok || next_is_letter {
            continue;
        }
        if let Some(toned) = with_tone(first, tone) {
            if out.is_empty() {
                out.reserve(input.len());
            }
            out.push_str(&input[copied..pos - 1]);
            out.push(toned);
            out.push(base2);
            copied = after;
        }
    }
    if copied == 0 {
        return Cow::Borrowed(input);
    }
    out.push_str(&input[copied..]);
    Cow::Owned(out)
}

/// Tones in table order: huyền, sắc, hỏi, ngã, nặng.
const A_TONES: [char; 5] = ['à', 'á', 'ả', 'ã', 'ạ'];
const A_TONES_UP: [char; 5] = ['À', 'Á', 'Ả', 'Ã', 'Ạ'];
const E_TONES: [char; 5] = ['è', 'é', 'ẻ', 'ẽ', 'ẹ'];
const E_TONES_UP: [char; 5] = ['È', 'É', 'Ẻ', 'Ẽ', 'Ẹ'];
const Y_TONES: [char; 5] = ['ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'];
const Y_TONES_UP: [char; 5] = ['Ỳ', 'Ý', 'Ỷ', 'Ỹ', 'Ỵ'];
const O_TONES: [char; 5] = ['ò', 'ó', 'ỏ', 'õ', 'ọ'];
const O_TONES_UP: [char; 5] = ['Ò', 'Ó', 'Ỏ', 'Õ', 'Ọ'];
const U_TONES: [char; 5] = ['ù', 'ú', 'ủ', 'ũ', 'ụ'];
const U_TONES_UP: [char; 5] = ['Ù', 'Ú', 'Ủ', 'Ũ', 'Ụ'];

/// For a toned `a`, `e` or `y`: its plain letter and the tone index.
fn second_vowel_tone(c: char) -> Option<(char, usize)> {
    // Every candidate is in Latin-1 Supplement or Latin Extended Additional: reject the rest
    // (ASCII, most of the text) with one comparison.
    if (c as u32) < 0xc0 {
        return None;
    }
    let tables: [(&[char; 5], char); 6] = [
        (&A_TONES, 'a'),
        (&A_TONES_UP, 'A'),
        (&E_TONES, 'e'),
        (&E_TONES_UP, 'E'),
        (&Y_TONES, 'y'),
        (&Y_TONES_UP, 'Y'),
    ];
    tables
        .iter()
        .find_map(|(table, base)| table.iter().position(|&t| t == c).map(|i| (*base, i)))
}

fn with_tone(first: char, tone: usize) -> Option<char> {
    let table = match first {
        'o' => &O_TONES,
        'O' => &O_TONES_UP,
        'u' => &U_TONES,
        'U' => &U_TONES_UP,
        _ => return None,
    };
    table.get(tone).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain definition, character by character: the fast version must agree with it.
    fn reference(input: &str) -> String {
        let chars: Vec<char> = input.chars().collect();
        let mut out = String::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if let Some((base2, tone)) = chars.get(i + 1).and_then(|n| second_vowel_tone(*n)) {
                let next_is_letter = chars
                    .get(i + 2)
                    .is_some_and(|n| n.is_alphabetic() || is_combining_mark(*n));
                let after_q = i > 0 && matches!(chars[i - 1], 'q' | 'Q');
                let pair_ok = match c {
                    'o' | 'O' => matches!(base2, 'a' | 'A' | 'e' | 'E'),
                    'u' | 'U' => matches!(base2, 'y' | 'Y') && !after_q,
                    _ => false,
                };
                if let (true, Some(first)) = (pair_ok && !next_is_letter, with_tone(c, tone)) {
                    out.push(first);
                    out.push(base2);
                    i += 2;
                    continue;
                }
            }
            out.push(c);
            i += 1;
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn fast_scan_agrees_with_the_reference(input in "[oOuUqQaehy àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴnđ.\u{301}]{0,24}") {
            proptest::prop_assert_eq!(canonical_tone_placement(&input), reference(&input));
        }
    }

    #[test]
    fn the_scan_finds_every_second_vowel() {
        for c in (0..0x3000u32).filter_map(char::from_u32) {
            if second_vowel_tone(c).is_some() {
                for first in ["o", "U"] {
                    for after in ["", " ", ","] {
                        let pair = format!("{first}{c}{after}");
                        assert!(scan::tone_pair_at(pair.as_bytes(), 1), "{pair:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn open_syllables_move_the_tone() {
        assert_eq!(
            canonical_tone_placement("LĐLĐ huyện Ứng Hoà"),
            "LĐLĐ huyện Ứng Hòa"
        );
        assert_eq!(
            canonical_tone_placement("ký Thoả ước lao động"),
            "ký Thỏa ước lao động"
        );
        assert_eq!(
            canonical_tone_placement("Uỷ ban nhân dân"),
            "Ủy ban nhân dân"
        );
        assert_eq!(
            canonical_tone_placement("văn hoá - xã hội"),
            "văn hóa - xã hội"
        );
        assert_eq!(canonical_tone_placement("sức khoẻ"), "sức khỏe");
        assert_eq!(canonical_tone_placement("HOÀ"), "HÒA");
    }

    #[test]
    fn closed_syllables_and_qu_are_left_alone() {
        for word in [
            "hoàng", "toán", "khuyến", "quý", "Quỳnh", "ngoài", "hòa", "thủy",
        ] {
            assert_eq!(canonical_tone_placement(word), word);
        }
    }

    // Found by the `normalize` fuzz target: moving the tone of "oà" + U+0301 onto the "o"
    // left U+0301 on a plain "a", and normalize's output was not NFC.
    #[test]
    fn a_toned_vowel_followed_by_a_combining_mark_keeps_its_tone() {
        assert_eq!(canonical_tone_placement("oà\u{301}"), "oà\u{301}");
        let out = crate::normalize::normalize("oa\u{300}\u{301}");
        assert!(unicode_normalization::is_nfc(&out), "{out:?}");
    }

    #[test]
    fn length_in_code_points_is_kept() {
        let s = "lan toả, thuỷ, hoà";
        assert_eq!(
            canonical_tone_placement(s).chars().count(),
            s.chars().count()
        );
    }
}
