//! Text normalization: NFC, one tone-mark placement, whitespace, quotes, dashes, ellipses.
//!
//! [`normalize`] produces the text that records store and that every span indexes. It keeps
//! the text readable: only code points with the same meaning are rewritten ("hoà" → "hòa",
//! NBSP → space, “ ” → ", – → -, … → ...). [`fold`] goes further (lower case) and is only
//! for lookup keys, never for stored text.

mod tone;

pub use tone::canonical_tone_placement;

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Normalizes article text.
///
/// - Unicode NFC;
/// - tone marks on the classic position for `oa`, `oe`, `uy` at the end of a syllable
///   ("hoà" → "hòa", "thoả" → "thỏa", "Uỷ" → "Ủy"), so that both spellings compare equal;
/// - line breaks kept (`\r\n` and `\r` become `\n`), other whitespace (NBSP, tabs, the
///   Unicode spaces) becomes one space, zero-width and control characters are dropped,
///   spaces are trimmed at line ends and runs of blank lines become one;
/// - curly quotes become `"` and `'`, every dash variant becomes `-`, `…` becomes `...`.
///
/// # Example
/// ```
/// use union_news::normalize::normalize;
/// assert_eq!(normalize("Thoả  ước\u{a0}lao động – “mới”…"), "Thỏa ước lao động - \"mới\"...");
/// ```
pub fn normalize(input: &str) -> String {
    let composed: std::borrow::Cow<'_, str> = match is_nfc_quick(input.chars()) {
        IsNormalized::Yes => input.into(),
        _ => input.nfc().collect::<String>().into(),
    };
    let toned = canonical_tone_placement(&composed);
    clean_whitespace_and_punctuation(&toned)
}

/// Lower-cases and normalizes a string for use as a lookup key (organization names, rule
/// tables). Never store the result as text.
///
/// # Example
/// ```
/// use union_news::normalize::fold;
/// assert_eq!(fold("Ứng Hoà"), fold("ứng  hòa"));
/// ```
pub fn fold(input: &str) -> String {
    normalize(input)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn clean_whitespace_and_punctuation(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    // Pending separator state: a space or a count of line breaks not yet written.
    let mut pending_space = false;
    let mut pending_newlines = 0usize;
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        let replacement: Option<&str> = match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    continue;
                }
                Some("\n")
            }
            '\n' | '\u{2028}' | '\u{2029}' | '\u{0085}' => Some("\n"),
            ' '
            | '\t'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
            | '\u{0b}'
            | '\u{0c}' => Some(" "),
            '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}' => Some(""),
            c if c.is_control() => Some(""),
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{ab}' | '\u{bb}'
            | '\u{2033}' => Some("\""),
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' => Some("'"),
            '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{fe58}' | '\u{fe63}' | '\u{ff0d}' => {
                Some("-")
            }
            '\u{2026}' => Some("..."),
            _ => None,
        };
        match replacement {
            Some("\n") => {
                pending_space = false;
                pending_newlines += 1;
            }
            Some(" ") => pending_space = true,
            Some("") => {}
            other => {
                if pending_newlines > 0 {
                    if !out.is_empty() {
                        out.push_str(if pending_newlines > 1 { "\n\n" } else { "\n" });
                    }
                    pending_newlines = 0;
                    pending_space = false;
                } else if pending_space {
                    if !out.is_empty() {
                        out.push(' ');
                    }
                    pending_space = false;
                }
                match other {
                    Some(s) => out.push_str(s),
                    None => out.push(c),
                }
            }
        }
    }
    out
}

/// Converts byte offsets of one text into code point offsets, fast for increasing queries.
///
/// # Example
/// ```
/// use union_news::normalize::CharOffsets;
/// let text = "Sáng 17/1";
/// let offsets = CharOffsets::new(text);
/// assert_eq!(offsets.char_offset(text.find("17").unwrap()), 5);
/// ```
#[derive(Debug)]
pub struct CharOffsets<'a> {
    text: &'a str,
    cursor: std::cell::Cell<(usize, usize)>,
}

impl<'a> CharOffsets<'a> {
    /// Prepares conversions for `text`.
    pub fn new(text: &'a str) -> Self {
        Self {
            text,
            cursor: std::cell::Cell::new((0, 0)),
        }
    }

    /// The code point offset of byte offset `byte` (clamped to the text, rounded down to a
    /// character boundary).
    pub fn char_offset(&self, byte: usize) -> usize {
        let mut byte = byte.min(self.text.len());
        while !self.text.is_char_boundary(byte) {
            byte -= 1;
        }
        let (mut at_byte, mut at_char) = self.cursor.get();
        if byte < at_byte {
            at_byte = 0;
            at_char = 0;
        }
        at_char += self.text[at_byte..byte].chars().count();
        self.cursor.set((byte, at_char));
        at_char
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_is_collapsed_but_paragraphs_survive() {
        let input = "  Dòng một\u{a0}\u{a0}có\tkhoảng trắng  \r\n\r\n\r\n\u{200b}Dòng hai \n";
        assert_eq!(normalize(input), "Dòng một có khoảng trắng\n\nDòng hai");
    }

    #[test]
    fn seed_004_nbsp_inside_money() {
        // 004: "gần 60,8\u{a0}tỷ đồng"
        assert_eq!(
            normalize("với số tiền gần 60,8\u{a0}tỷ đồng"),
            "với số tiền gần 60,8 tỷ đồng"
        );
    }

    #[test]
    fn decomposed_input_is_composed() {
        let decomposed = "Lao \u{0111}o\u{0323}\u{0302}ng"; // "Lao động" in NFD
        assert_eq!(normalize(decomposed), "Lao động");
    }

    #[test]
    fn quotes_dashes_and_ellipses() {
        assert_eq!(
            normalize("phong trào “Tết sum vầy”… (28.7.1929 – 28.7.2024)"),
            "phong trào \"Tết sum vầy\"... (28.7.1929 - 28.7.2024)"
        );
    }

    #[test]
    fn fold_makes_tone_variants_equal() {
        assert_eq!(fold("LĐLĐ huyện Ứng Hoà"), fold("LĐLĐ huyện Ứng Hòa"));
        assert_eq!(fold("Thoả ước"), "thỏa ước");
    }

    #[test]
    fn char_offsets_back_and_forth() {
        let text = "Chiều 12/12, tại thành phố";
        let offsets = CharOffsets::new(text);
        let b = text.find("tại").unwrap();
        assert_eq!(offsets.char_offset(b), 13);
        assert_eq!(offsets.char_offset(text.find("12").unwrap()), 6);
        assert_eq!(offsets.char_offset(text.len()), text.chars().count());
    }
}
