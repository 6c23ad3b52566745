//! One tone-mark placement for the vowel pairs `oa`, `oe` and `uy`.
//!
//! Vietnamese writes the tone of an open syllable ending in `oa`, `oe`, `uy` either on the
//! first vowel (classic: "hòa", "khỏe", "thủy") or on the second (new: "hoà", "khoẻ",
//! "thuỷ"). News sites mix both, even within one page. We rewrite the new style to the
//! classic one, which is the more common in news and in our gold. The rewrite keeps the
//! number of code points, so offsets are unaffected. Closed syllables ("hoàng", "khuyến")
//! and `qu` + `y` ("quý") are left alone: there both styles agree.

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
    let bytes = input.as_bytes();
    let mut out = String::with_capacity(input.len());
    // `copied` is the byte offset up to which `input` has been copied to `out`.
    let mut copied = 0;
    let mut i = 0;
    // Candidates start on an ASCII o/O/u/U directly followed by a non-ASCII letter; the
    // rest of the text is copied in slices.
    while i + 1 < bytes.len() {
        let first = bytes[i];
        if !matches!(first, b'o' | b'O' | b'u' | b'U') || bytes[i + 1] < 0xc3 {
            i += 1;
            continue;
        }
        let Some(second) = input.get(i + 1..).and_then(|r| r.chars().next()) else {
            i += 1;
            continue;
        };
        let after = i + 1 + second.len_utf8();
        let rewrite = second_vowel_tone(second).and_then(|(base2, tone)| {
            let first = char::from(first);
            let after_q = i > 0 && matches!(bytes[i - 1], b'q' | b'Q');
            let pair_ok = match first {
                'o' | 'O' => matches!(base2, 'a' | 'A' | 'e' | 'E'),
                _ => matches!(base2, 'y' | 'Y') && !after_q,
            };
            let next_is_letter = input
                .get(after..)
                .and_then(|r| r.chars().next())
                .is_some_and(char::is_alphabetic);
            (pair_ok && !next_is_letter)
                .then(|| with_tone(first, tone).map(|toned| (toned, base2)))
                .flatten()
        });
        if let Some((toned, base2)) = rewrite {
            out.push_str(&input[copied..i]);
            out.push(toned);
            out.push(base2);
            copied = after;
        }
        i = after;
    }
    out.push_str(&input[copied..]);
    out
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

    #[test]
    fn length_in_code_points_is_kept() {
        let s = "lan toả, thuỷ, hoà";
        assert_eq!(
            canonical_tone_placement(s).chars().count(),
            s.chars().count()
        );
    }
}
