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
    // Cheap gate: an ASCII o/O/u/U directly followed by a non-ASCII letter.
    let candidate = input
        .as_bytes()
        .windows(2)
        .any(|w| matches!(w[0], b'o' | b'O' | b'u' | b'U') && w[1] >= 0xc3);
    if !candidate {
        return input.to_string();
    }
    let chars: Vec<char> = input.chars().collect();
    let mut out = String::with_capacity(input.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if i + 1 < chars.len() {
            if let Some((base2, tone)) = second_vowel_tone(chars[i + 1]) {
                let next_is_letter = chars.get(i + 2).is_some_and(|n| n.is_alphabetic());
                let after_q = i > 0 && matches!(chars[i - 1], 'q' | 'Q');
                let pair_ok = match c {
                    'o' | 'O' => matches!(base2, 'a' | 'A' | 'e' | 'E'),
                    'u' | 'U' => matches!(base2, 'y' | 'Y') && !after_q,
                    _ => false,
                };
                if pair_ok && !next_is_letter {
                    if let Some(first) = with_tone(c, tone) {
                        out.push(first);
                        out.push(base2);
                        i += 2;
                        continue;
                    }
                }
            }
        }
        out.push(c);
        i += 1;
    }
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
