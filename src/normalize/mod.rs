//! Text normalization: NFC, one tone-mark placement, whitespace, quotes, dashes, ellipses.
//!
//! [`normalize`] produces the text that records store and that every span indexes. It keeps
//! the text readable: only code points with the same meaning are rewritten ("hoà" → "hòa",
//! NBSP → space, “ ” → ", – → -, … → ...). [`fold`] goes further (lower case) and is only
//! for lookup keys, never for stored text.

pub mod chars;
mod scan;
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
    let composed: std::borrow::Cow<'_, str> =
        if plainly_nfc(input) || is_nfc_quick(input.chars()) == IsNormalized::Yes {
            input.into()
        } else {
            input.nfc().collect::<String>().into()
        };
    let toned = tone::tone_placed(&composed);
    let (cleaned, dropped) = clean_whitespace_and_punctuation(&toned);
    if dropped {
        // A dropped zero-width or control character may have kept a letter from its
        // combining mark during NFC ("a", U+200B, U+0300) or an "o" from a toned "à" during
        // tone placement: the text is normalized once more without it. Nothing is dropped
        // the second time, so this recurses once, and only for text that had such characters.
        normalize(&cleaned)
    } else {
        cleaned
    }
}

/// Whether `input` is NFC because every character is in a range where every code point is
/// its own NFC form and starts a new grapheme (canonical combining class 0): below U+0300
/// (ASCII, Latin-1, Latin Extended-A/B), Latin Extended Additional (the precomposed
/// Vietnamese letters, U+1E00–U+1EFF) and General Punctuation from U+2002 to U+206F (U+2000 and U+2001 decompose). Vietnamese
/// text in NFC passes this check without a table lookup; anything else goes to the full
/// check.
fn plainly_nfc(input: &str) -> bool {
    // Bytes below 0xcc are ASCII, continuation bytes or lead bytes of U+0000–U+02FF, and the
    // precomposed Vietnamese letters (U+1E00–U+1EFF: 0xE1 0xB8–0xBB, then one continuation
    // byte) are most of the rest: only the other characters are decoded
    // ([`scan::nfc_look_at`]).
    let bytes = input.as_bytes();
    let mut at = 0;
    loop {
        at = scan::next_nfc_look(bytes, at);
        if at >= bytes.len() {
            return true;
        }
        let Some(c) = input.get(at..).and_then(|r| r.chars().next()) else {
            return false;
        };
        if !matches!(c as u32, 0..=0x2ff | 0x1e00..=0x1eff | 0x2002..=0x206f) {
            return false;
        }
        at += c.len_utf8();
    }
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
    if plainly_normalized(input) {
        // `normalize` would return `input` itself, and its words are already joined by
        // single spaces (stop 20: a third of the instructions of people's name keys).
        let mut out = String::with_capacity(input.len());
        for c in input.chars() {
            chars::push_lowercase(&mut out, c);
        }
        return out;
    }
    let normalized = normalize(input);
    let mut out = String::with_capacity(normalized.len());
    for word in normalized.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        // `char::to_lowercase` of each character, from a table for most.
        for c in word.chars() {
            chars::push_lowercase(&mut out, c);
        }
    }
    out
}

/// Whether [`normalize`] returns `input` unchanged, read from its bytes (a sufficient
/// condition, for [`fold`]'s keys: names and roles cut from normalized text): printable ASCII,
/// the characters of U+00C0–U+02FF and U+1E00–U+1EFF (their own NFC, canonical combining
/// class 0, no whitespace, nothing cleaning rewrites), single spaces between other
/// characters, and no tone pair that tone placement rewrites. Its words are then
/// `input.split(' ')`, as `split_whitespace` of the normalized text gives them.
fn plainly_normalized(input: &str) -> bool {
    let bytes = input.as_bytes();
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        at += match b {
            b' ' if bytes.get(at + 1) == Some(&b' ') => return false,
            b' '..=b'~' => 1,
            // U+00C0–U+02FF: a lead byte and one continuation byte.
            0xc3..=0xcb => 2,
            // U+1E00–U+1EFF: 0xE1 0xB8–0xBB and one continuation byte.
            0xe1 if matches!(bytes.get(at + 1), Some(0xb8..=0xbb)) => 3,
            _ => return false,
        };
    }
    matches!(tone::tone_placed(input), std::borrow::Cow::Borrowed(_))
}

/// Whether a byte may start a character that [`replacement_of`] rewrites: ASCII controls and
/// space, DEL, and the UTF-8 lead bytes of U+0080–U+00BF, U+1680, U+2000–U+2FFF, U+3000 and
/// U+FE00–U+FFFF. Every other byte (letters, digits, ASCII punctuation, all Vietnamese
/// letters) is copied as it is.
const fn maybe_rewritten(b: u8) -> bool {
    b <= b' ' || matches!(b, 0x7f | 0xc2 | 0xe1 | 0xe2 | 0xe3 | 0xef)
}

/// [`maybe_rewritten`] for the byte at `at` of `bytes`, looking at the next byte after the
/// lead byte 0xE1: of the characters it starts (U+1000–U+1FFF), only U+1680 (0xE1 0x9A 0x80)
/// is rewritten, while the precomposed Vietnamese letters (U+1E00–U+1EFF, 0xE1 0xB8–0xBB …)
/// are a third of the letters of Vietnamese text and are kept as they are.
fn maybe_rewritten_at(bytes: &[u8], at: usize) -> bool {
    match bytes.get(at) {
        Some(0xe1) => bytes.get(at + 1) == Some(&0x9a),
        Some(&b) => maybe_rewritten(b),
        None => false,
    }
}

/// What [`clean_whitespace_and_punctuation`] does with a character: `None` keeps it,
/// `"\n"` is a line break, `" "` a space, `""` drops it, anything else replaces it.
fn replacement_of(c: char, next: Option<char>) -> Option<&'static str> {
    match c {
        '\r' if next == Some('\n') => Some(""),
        '\r' | '\n' | '\u{2028}' | '\u{2029}' | '\u{0085}' => Some("\n"),
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
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{ab}' | '\u{bb}' | '\u{2033}' => {
            Some("\"")
        }
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' => Some("'"),
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{fe58}' | '\u{fe63}' | '\u{ff0d}' => Some("-"),
        '\u{2026}' => Some("..."),
        _ => None,
    }
}

/// Applies [`replacement_of`] to `input`; also says whether a character was dropped (other
/// than the `\r` of a `\r\n`).
fn clean_whitespace_and_punctuation(input: &str) -> (String, bool) {
    let bytes = input.as_bytes();
    let mut out = String::with_capacity(input.len());
    // Pending separator state: a space or a count of line breaks not yet written.
    let mut pending_space = false;
    let mut pending_newlines = 0usize;
    // Start of the run of kept characters not yet copied to `out`.
    let mut run: Option<usize> = None;
    let mut dropped = false;
    let mut at = 0;
    while at < bytes.len() {
        if run.is_some() {
            // Inside a run of kept characters: straight to the next byte that may start a
            // rewritten one, past single spaces and line breaks before kept characters
            // (which the test below would let pass one at a time).
            at = scan::next_clean_stop(bytes, at);
            if at >= bytes.len() {
                break;
            }
        }
        if !maybe_rewritten_at(bytes, at) {
            // A kept character: ASCII, or a lead or continuation byte of one.
            if run.is_none() {
                flush_separator(&mut out, &mut pending_space, &mut pending_newlines);
                run = Some(at);
            }
            at += 1;
            continue;
        }
        // A single space or line break between two kept characters stays as it is.
        if run.is_some()
            && matches!(bytes[at], b' ' | b'\n')
            && at + 1 < bytes.len()
            && !maybe_rewritten_at(bytes, at + 1)
        {
            at += 1;
            continue;
        }
        // `at` is a character boundary: the bytes above are ASCII or UTF-8 lead bytes.
        let mut rest = input.get(at..).unwrap_or_default().chars();
        let Some(c) = rest.next() else {
            break;
        };
        let width = c.len_utf8();
        let replacement = replacement_of(c, rest.next());
        if replacement.is_none() {
            if run.is_none() {
                flush_separator(&mut out, &mut pending_space, &mut pending_newlines);
                run = Some(at);
            }
            at += width;
            continue;
        }
        if let Some(from) = run.take() {
            out.push_str(&input[from..at]);
        }
        match replacement {
            Some("\n") => {
                pending_space = false;
                pending_newlines += 1;
            }
            Some(" ") => pending_space = true,
            Some("") => dropped |= c != '\r',
            None => {}
            Some(other) => {
                flush_separator(&mut out, &mut pending_space, &mut pending_newlines);
                out.push_str(other);
            }
        }
        at += width;
    }
    if let Some(from) = run {
        out.push_str(&input[from..]);
    }
    (out, dropped)
}

/// Writes the pending separator before a kept character: one line break or a blank line, or
/// one space; nothing at the start of the text.
fn flush_separator(out: &mut String, pending_space: &mut bool, pending_newlines: &mut usize) {
    if *pending_newlines > 0 {
        if !out.is_empty() {
            out.push_str(if *pending_newlines > 1 { "\n\n" } else { "\n" });
        }
    } else if *pending_space && !out.is_empty() {
        out.push(' ');
    }
    *pending_newlines = 0;
    *pending_space = false;
}

/// Converts byte offsets of one text into code point offsets, in any order.
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
    /// At each [`MARK_STRIDE`]-th byte (rounded down to a character boundary): that boundary
    /// and the code points before it, counted on the first query. An answer counts the code
    /// points from the mark before it, at most [`MARK_STRIDE`] bytes (stop 25: each answer
    /// was counted from the last one, a text's length apart when the mentions of one type
    /// followed those of another).
    marks: std::cell::OnceCell<Vec<(usize, usize)>>,
}

/// Bytes between two of [`CharOffsets`]'s marks: long enough for the standard library's
/// count of code points to read whole words (a stride of 64 counted more), short enough
/// that an answer reads few.
const MARK_STRIDE: usize = 256;

impl<'a> CharOffsets<'a> {
    /// Prepares conversions for `text`.
    pub fn new(text: &'a str) -> Self {
        Self {
            text,
            marks: std::cell::OnceCell::new(),
        }
    }

    /// The code point offset of byte offset `byte` (clamped to the text, rounded down to a
    /// character boundary).
    pub fn char_offset(&self, byte: usize) -> usize {
        let text = self.text;
        let mut byte = byte.min(text.len());
        while !text.is_char_boundary(byte) {
            byte -= 1;
        }
        let marks = self.marks.get_or_init(|| {
            let mut marks = Vec::with_capacity(text.len() / MARK_STRIDE + 1);
            let (mut at, mut chars) = (0, 0);
            marks.push((at, chars));
            for stride in 1..=text.len() / MARK_STRIDE {
                let mut next = stride * MARK_STRIDE;
                while !text.is_char_boundary(next) {
                    next -= 1;
                }
                chars += text.get(at..next).map_or(0, |t| t.chars().count());
                at = next;
                marks.push((at, chars));
            }
            marks
        });
        let (at, chars) = marks.get(byte / MARK_STRIDE).copied().unwrap_or_default();
        chars + text.get(at..byte).map_or(0, |t| t.chars().count())
    }
}

/// Converts code point offsets of one text into byte offsets, fast for increasing queries
/// (the inverse of [`CharOffsets`]).
///
/// # Example
/// ```
/// use union_news::normalize::ByteOffsets;
/// let text = "Sáng 17/1";
/// let offsets = ByteOffsets::new(text);
/// assert_eq!(offsets.byte_offset(5), Some(6));
/// assert_eq!(offsets.byte_offset(9), Some(text.len()));
/// assert_eq!(offsets.byte_offset(10), None);
/// ```
#[derive(Debug)]
pub struct ByteOffsets<'a> {
    text: &'a str,
    /// The last answer: (code point offset, byte offset).
    cursor: std::cell::Cell<(usize, usize)>,
}

impl<'a> ByteOffsets<'a> {
    /// Prepares conversions for `text`.
    pub fn new(text: &'a str) -> Self {
        Self {
            text,
            cursor: std::cell::Cell::new((0, 0)),
        }
    }

    /// The byte offset of code point offset `chars`, or `None` past the end of the text.
    pub fn byte_offset(&self, chars: usize) -> Option<usize> {
        let (at_char, at_byte) = self.cursor.get();
        if chars < at_char {
            // Walk back from the last answer (the cost is the distance, as in CharOffsets).
            let back = at_char - chars;
            let byte = self
                .text
                .get(..at_byte)?
                .char_indices()
                .rev()
                .nth(back - 1)
                .map(|(i, _)| i)?;
            self.cursor.set((chars, byte));
            return Some(byte);
        }
        let rest = self.text.get(at_byte..)?;
        let byte = if chars == at_char {
            at_byte
        } else {
            match rest.char_indices().nth(chars - at_char) {
                Some((i, _)) => at_byte + i,
                None if rest.chars().count() == chars - at_char => self.text.len(),
                None => return None,
            }
        };
        self.cursor.set((chars, byte));
        Some(byte)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`fold`] without its shortcut for plainly normalized input.
    fn fold_reference(input: &str) -> String {
        let normalized = normalize(input);
        let mut out = String::new();
        for word in normalized.split_whitespace() {
            if !out.is_empty() {
                out.push(' ');
            }
            for c in word.chars() {
                chars::push_lowercase(&mut out, c);
            }
        }
        out
    }

    #[test]
    fn plainly_normalized_input_folds_as_normalized() {
        // Every character below U+0300 and of U+1E00–U+1EFF, alone and after "o", "u", "q"
        // (tone pairs), before a letter, a space or nothing.
        let chars = (0u32..0x300)
            .chain(0x1e00..0x1f00)
            .chain([0x1680, 0x2000, 0x2028, 0x3000, 0xfeff])
            .filter_map(char::from_u32);
        for c in chars {
            for input in [
                format!("{c}"),
                format!("o{c}"),
                format!("Hu{c}"),
                format!("qu{c}"),
                format!("O{c}n"),
                format!("Ngo {c} x"),
                format!("a {c}"),
                format!("{c} a"),
                format!("a  {c}"),
            ] {
                if plainly_normalized(&input) {
                    assert_eq!(normalize(&input), input, "{input:?}");
                }
                assert_eq!(fold(&input), fold_reference(&input), "{input:?}");
            }
        }
        for name in [
            "Nguyễn Văn Hoà",
            "Chủ tịch Uỷ ban",
            "Lê Thị Thuý",
            "Đoàn Hoàng",
            "",
        ] {
            assert_eq!(fold(name), fold_reference(name), "{name:?}");
        }
        assert!(plainly_normalized("Nguyễn Thị Hoàng Anh"));
        assert!(!plainly_normalized("Thuỷ"));
    }

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

    /// The plain definition of [`clean_whitespace_and_punctuation`], character by character:
    /// the fast byte-level version must agree with it on any input.
    fn clean_reference(input: &str) -> String {
        let mut out = String::new();
        let (mut space, mut newlines) = (false, 0usize);
        let chars: Vec<char> = input.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            match replacement_of(c, chars.get(i + 1).copied()) {
                Some("\n") => {
                    space = false;
                    newlines += 1;
                }
                Some(" ") => space = true,
                Some("") => {}
                other => {
                    flush_separator(&mut out, &mut space, &mut newlines);
                    match other {
                        Some(s) => out.push_str(s),
                        None => out.push(c),
                    }
                }
            }
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn fold_is_the_fold_of_the_normalized_words(input in "[a-zA-Z0-9 .,\\-oauyàáảãạèéẻẽẹỳýỷỹỵÀÁÚưươđĐỆệ\u{a0}\u{300}\u{2013}\t\n]{0,24}") {
            proptest::prop_assert_eq!(fold(&input), fold_reference(&input));
        }

        #[test]
        fn fast_cleaning_agrees_with_the_reference(
            input in "([a-zđạệơư0-9.,;:!?()\"'/-]|[ \t\r\n\u{a0}\u{ad}\u{85}\u{1680}\u{2000}-\u{206f}\u{2212}\u{3000}\u{feff}\u{fe58}\u{ff0d}\u{1}\u{7f}\u{9f}«»]|[\u{80}-\u{10ffff}]){0,40}"
        ) {
            proptest::prop_assert_eq!(clean_whitespace_and_punctuation(&input).0, clean_reference(&input));
        }

        #[test]
        fn char_offsets_count_the_code_points_before_the_boundary(
            input in "[a-zđạệ😀 \u{300}]{0,1500}",
            probes in proptest::collection::vec(0usize..6100, 0..64),
        ) {
            // The first definition: the code points of the text up to the byte, rounded
            // down to a character boundary and clamped to the text; probes in any order.
            let offsets = CharOffsets::new(&input);
            for byte in probes.into_iter().chain([0, input.len(), input.len() + 1]) {
                let mut b = byte.min(input.len());
                while !input.is_char_boundary(b) {
                    b -= 1;
                }
                proptest::prop_assert_eq!(offsets.char_offset(byte), input[..b].chars().count(), "{}", byte);
            }
        }

        #[test]
        fn byte_offsets_invert_char_offsets(input in "[a-zđạệ😀 ]{0,30}", probes in proptest::collection::vec(0usize..40, 0..8)) {
            let offsets = ByteOffsets::new(&input);
            let n = input.chars().count();
            for k in probes {
                let expected = if k < n {
                    input.char_indices().nth(k).map(|(i, _)| i)
                } else if k == n {
                    Some(input.len())
                } else {
                    None
                };
                proptest::prop_assert_eq!(offsets.byte_offset(k), expected);
            }
        }

        /// Issue 10, item 6: whatever marks are stacked, moved or separated by characters
        /// that cleaning drops, the normalized text is NFC.
        #[test]
        fn normalized_text_is_always_nfc(
            input in "([aeiouyAOUđhoònHgk ]|[\u{300}-\u{309}\u{323}\u{200b}\u{ad}\u{1}\u{a0}\t]|[àáảãạòóỏõọùúủũụỳýỷỹỵ]){0,24}"
        ) {
            let out = normalize(&input);
            proptest::prop_assert!(unicode_normalization::is_nfc(&out), "{:?} -> {:?}", input, out);
        }

        #[test]
        fn plain_nfc_check_never_accepts_a_non_nfc_text(input in "[a-zạđ\u{300}-\u{36f}\u{1e00}-\u{1eff}\u{2000}-\u{2070}\u{80}-\u{10ffff}]{0,12}") {
            if plainly_nfc(&input) {
                proptest::prop_assert!(unicode_normalization::is_nfc(&input));
            }
        }
    }

    /// Issue 10, item 6: "Hoà" + U+0301 used to keep a loose acute after the tone moved.
    #[test]
    fn stacked_combining_marks_come_out_nfc() {
        for input in [
            "Hoà\u{301} Bình",
            "x\u{200b}\u{301}y",
            "Uỷ\u{301} ban",
            "a\u{1}\u{300}",
            "hoa\u{300}\u{301}\u{303}",
        ] {
            let out = normalize(input);
            assert!(unicode_normalization::is_nfc(&out), "{input:?} -> {out:?}");
        }
        // The tone mark stays where the input put it: a toned vowel followed by another mark is
        // left alone by tone placement.
        assert_eq!(normalize("Hoà\u{301} Bình"), "Hoà\u{301} Bình");
    }

    #[test]
    fn the_plain_nfc_ranges_are_nfc_and_combine_with_nothing() {
        let plain: Vec<char> = (0..=0x10ffffu32)
            .filter_map(char::from_u32)
            .filter(|c| plainly_nfc(c.encode_utf8(&mut [0; 4])))
            .collect();
        assert!(plain.contains(&'ạ') && plain.contains(&'Đ') && !plain.contains(&'\u{301}'));
        for &c in &plain {
            assert_eq!(unicode_normalization::char::canonical_combining_class(c), 0);
            let one = c.to_string();
            assert!(unicode_normalization::is_nfc(&one), "{c:?}");
        }
        // No two of them compose: a pair stays as it is. (All pairs would be 10^6 checks;
        // every letter against every other letter of the Vietnamese alphabet is enough to
        // catch a wrong range.)
        let letters: Vec<char> = plain
            .iter()
            .copied()
            .filter(|c| c.is_alphabetic())
            .collect();
        for &a in letters.iter().step_by(7) {
            for &b in &letters {
                let pair: String = [a, b].iter().collect();
                assert!(unicode_normalization::is_nfc(&pair), "{pair:?}");
            }
        }
    }

    // Found by the `normalize` fuzz target (docs/FUZZING.md): a character that is dropped
    // (zero-width, soft hyphen, control) kept a letter and its combining mark apart during NFC,
    // so the output was not NFC ("a" U+0300 instead of "à").
    #[test]
    fn a_zero_width_space_between_a_letter_and_its_combining_mark_still_gives_nfc() {
        assert_eq!(normalize("a\u{200b}\u{300}"), "à");
        assert_eq!(normalize("Vie\u{ad}\u{302}\u{323}t"), "Việt");
        assert_eq!(normalize("đoa\u{0}\u{300}n"), "đoàn");
    }

    // The same, for the tone placement: a zero-width space between "o" and "à" hid the pair
    // from it, so "hoà" stayed in the new style and a second normalize changed the text.
    #[test]
    fn a_zero_width_space_inside_oa_still_gets_the_classic_tone_placement() {
        assert_eq!(normalize("Ho\u{200b}à Bình"), "Hòa Bình");
        let once = normalize("tho\u{feff}ả ước");
        assert_eq!(normalize(&once), once);
    }

    #[test]
    fn the_block_scans_stop_where_cleaning_looks() {
        for b in 0..=255u8 {
            for next in 0..=255u8 {
                let bytes = [b, next];
                assert_eq!(
                    scan::rewritten(b, next),
                    maybe_rewritten_at(&bytes, 0),
                    "{b:#x} {next:#x}"
                );
            }
        }
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
