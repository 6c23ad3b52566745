//! HTML character references in plain text: `S&#225;ng` → `Sáng`.
//!
//! Older Vietnamese pages write letters as numeric character references (`&#224;`, `&#x1EA1;`),
//! and text copied out of them (JSONL `text`, saved `.txt` page text) keeps them. The HTML
//! parser resolves them in `.html` input; text inputs go through [`decode_char_refs`] before
//! normalization, so that "&#273;o&#224;n vi&#234;n" is "đoàn viên" to the extractors.
//!
//! Only well-formed references with their closing `;` are decoded: decimal (`&#225;`),
//! hexadecimal (`&#xE1;`, `&#XE1;`), and a few named ones common in news text (`&amp;`,
//! `&nbsp;`, `&quot;`, the Latin-1 letters Vietnamese uses such as `&agrave;` and `&ecirc;`,
//! dashes and quotes). Decimal and hexadecimal references in 128–159 are read as Windows-1252,
//! as browsers do (`&#147;` is `“`). A reference to no character (`&#0;`, a surrogate, past
//! U+10FFFF) or to a control character other than tab and line breaks is left as written, and
//! so is anything unknown (`&copy;`, `AT&T`).

use std::borrow::Cow;

/// Named references decoded in plain text, sorted by name for binary search.
const NAMED: [(&str, char); 53] = [
    ("Aacute", 'Á'),
    ("Acirc", 'Â'),
    ("Agrave", 'À'),
    ("Atilde", 'Ã'),
    ("Eacute", 'É'),
    ("Ecirc", 'Ê'),
    ("Egrave", 'È'),
    ("Iacute", 'Í'),
    ("Igrave", 'Ì'),
    ("Oacute", 'Ó'),
    ("Ocirc", 'Ô'),
    ("Ograve", 'Ò'),
    ("Otilde", 'Õ'),
    ("Uacute", 'Ú'),
    ("Ugrave", 'Ù'),
    ("Yacute", 'Ý'),
    ("Yuml", 'Ÿ'),
    ("aacute", 'á'),
    ("acirc", 'â'),
    ("agrave", 'à'),
    ("amp", '&'),
    ("apos", '\''),
    ("atilde", 'ã'),
    ("bull", '•'),
    ("deg", '°'),
    ("eacute", 'é'),
    ("ecirc", 'ê'),
    ("egrave", 'è'),
    ("euro", '€'),
    ("gt", '>'),
    ("hellip", '…'),
    ("iacute", 'í'),
    ("igrave", 'ì'),
    ("laquo", '«'),
    ("ldquo", '“'),
    ("lsquo", '‘'),
    ("lt", '<'),
    ("mdash", '—'),
    ("middot", '·'),
    ("nbsp", '\u{A0}'),
    ("ndash", '–'),
    ("oacute", 'ó'),
    ("ocirc", 'ô'),
    ("ograve", 'ò'),
    ("otilde", 'õ'),
    ("quot", '"'),
    ("raquo", '»'),
    ("rdquo", '”'),
    ("rsquo", '’'),
    ("times", '×'),
    ("uacute", 'ú'),
    ("ugrave", 'ù'),
    ("yacute", 'ý'),
];

/// What numeric references 128–159 mean (HTML standard: the Windows-1252 characters);
/// `None` where Windows-1252 has no character either.
const WINDOWS_1252_C1: [Option<char>; 32] = [
    Some('€'),
    None,
    Some('‚'),
    Some('ƒ'),
    Some('„'),
    Some('…'),
    Some('†'),
    Some('‡'),
    Some('ˆ'),
    Some('‰'),
    Some('Š'),
    Some('‹'),
    Some('Œ'),
    None,
    Some('Ž'),
    None,
    None,
    Some('‘'),
    Some('’'),
    Some('“'),
    Some('”'),
    Some('•'),
    Some('–'),
    Some('—'),
    Some('˜'),
    Some('™'),
    Some('š'),
    Some('›'),
    Some('œ'),
    None,
    Some('ž'),
    Some('Ÿ'),
];

/// The longest name in [`NAMED`], to bound the look-ahead.
const LONGEST_NAME: usize = 6;

/// Plain text with its character references decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CharRefs<'a> {
    /// The text, borrowed when there was nothing to decode.
    pub text: Cow<'a, str>,
    /// How many references were decoded.
    pub decoded: usize,
}

/// Decodes the HTML character references in plain text (see the module documentation for
/// which). Pure, linear, never fails; text without `&` is returned borrowed.
///
/// # Example
/// ```
/// use union_news::article::decode_char_refs;
/// let refs = decode_char_refs("S&#225;ng 17/1, &#273;o&#224;n vi&#234;n &amp; c&ocirc;ng nh&#xE2;n");
/// assert_eq!(refs.text, "Sáng 17/1, đoàn viên & công nhân");
/// assert_eq!(refs.decoded, 7);
/// assert_eq!(decode_char_refs("AT&T, &#0;, &copy;").decoded, 0);
/// ```
pub fn decode_char_refs(text: &str) -> CharRefs<'_> {
    let Some(first) = memchr::memchr(b'&', text.as_bytes()) else {
        return CharRefs {
            text: Cow::Borrowed(text),
            decoded: 0,
        };
    };
    let mut out = String::with_capacity(text.len());
    let mut decoded = 0;
    let mut copied = 0;
    let mut at = first;
    while at < text.len() {
        let rest = text.get(at..).unwrap_or_default();
        if let Some((c, len)) = reference(rest) {
            out.push_str(text.get(copied..at).unwrap_or_default());
            out.push(c);
            decoded += 1;
            at += len;
            copied = at;
        } else {
            at += 1;
        }
        match memchr::memchr(b'&', text.as_bytes().get(at..).unwrap_or_default()) {
            Some(next) => at += next,
            None => break,
        }
    }
    if decoded == 0 {
        return CharRefs {
            text: Cow::Borrowed(text),
            decoded: 0,
        };
    }
    out.push_str(text.get(copied..).unwrap_or_default());
    CharRefs {
        text: Cow::Owned(out),
        decoded,
    }
}

/// The character a reference at the start of `text` (which starts with `&`) stands for, and
/// the reference's length in bytes.
fn reference(text: &str) -> Option<(char, usize)> {
    let body = text.strip_prefix('&')?;
    if let Some(number) = body.strip_prefix('#') {
        let (hex, digits) = match number.strip_prefix(['x', 'X']) {
            Some(digits) => (true, digits),
            None => (false, number),
        };
        let max = if hex { 6 } else { 7 };
        let len = digits
            .bytes()
            .take(max + 1)
            .take_while(|b| {
                if hex {
                    b.is_ascii_hexdigit()
                } else {
                    b.is_ascii_digit()
                }
            })
            .count();
        if len == 0 || len > max || digits.as_bytes().get(len) != Some(&b';') {
            return None;
        }
        let value = u32::from_str_radix(digits.get(..len)?, if hex { 16 } else { 10 }).ok()?;
        let c = numeric(value)?;
        // "&#" + "x"? + digits + ";"
        return Some((c, 2 + usize::from(hex) + len + 1));
    }
    let len = body
        .bytes()
        .take(LONGEST_NAME + 1)
        .take_while(u8::is_ascii_alphanumeric)
        .count();
    if len == 0 || len > LONGEST_NAME || body.as_bytes().get(len) != Some(&b';') {
        return None;
    }
    let name = body.get(..len)?;
    let c = NAMED
        .binary_search_by(|(n, _)| n.cmp(&name))
        .ok()
        .and_then(|i| NAMED.get(i))
        .map(|&(_, c)| c)?;
    Some((c, 1 + len + 1))
}

/// The character of a numeric reference, if it is one to decode in plain text.
fn numeric(value: u32) -> Option<char> {
    match value {
        0x80..=0x9F => WINDOWS_1252_C1
            .get(usize::try_from(value - 0x80).ok()?)
            .copied()
            .flatten(),
        0x09 | 0x0A | 0x0D => char::from_u32(value),
        0..=0x1F | 0x7F => None,
        _ => char::from_u32(value),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_references_decode() {
        let refs = decode_char_refs(
            "S&#225;ng 17/1, LĐLĐ qu&#7853;n k&#7871;t n&#7841;p 1.199 &#273;o&#224;n vi&#234;n",
        );
        assert_eq!(refs.text, "Sáng 17/1, LĐLĐ quận kết nạp 1.199 đoàn viên");
        assert_eq!(refs.decoded, 7);
        assert_eq!(decode_char_refs("&#x1EA1;&#X1ea1;").text, "ạạ");
        assert_eq!(decode_char_refs("&#147;x&#148; &#150;").text, "“x” –");
    }

    #[test]
    fn named_references_decode() {
        assert_eq!(
            decode_char_refs("C&ocirc;ng &#273;o&agrave;n &amp; ng&#432;&#7901;i lao &#273;&ocirc;&#803;ng&nbsp;x")
                .text,
            "Công đoàn & người lao đô\u{323}ng\u{A0}x"
        );
        assert_eq!(
            decode_char_refs("&ldquo;a&rdquo; &ndash; b&hellip;").decoded,
            4
        );
    }

    #[test]
    fn what_is_not_a_reference_stays() {
        for text in [
            "AT&T",
            "&",
            "a & b",
            "&#;",
            "&#x;",
            "&#225",
            "&#22 5;",
            "&copy;",
            "&amp",
            "&#0;",
            "&#7;",
            "&#xD800;",
            "&#x110000;",
            "&#99999999;",
            "&#129;",
            "&#0000000065;",
            "&verylongname;",
            "&&&#",
        ] {
            let refs = decode_char_refs(text);
            assert_eq!((refs.text.as_ref(), refs.decoded), (text, 0), "{text}");
            assert!(matches!(refs.text, Cow::Borrowed(_)));
        }
    }

    #[test]
    fn one_pass_only_and_multibyte_neighbours() {
        // An escaped reference decodes once, to the reference as written.
        assert_eq!(decode_char_refs("&amp;#225;").text, "&#225;");
        assert_eq!(decode_char_refs("đ&#224;&ư&#xE0;").text, "đà&ưà");
        assert_eq!(decode_char_refs("x&#65;&#66;&#67;").text, "xABC");
    }

    proptest::proptest! {
        /// Any mix of reference-like pieces and multi-byte letters: no panic, and decoding
        /// never grows the text by more than it decodes nor touches text without `&`.
        #[test]
        fn never_panics(pieces in proptest::collection::vec(
            proptest::sample::select(vec![
                "&", "#", "x", "X", ";", "0", "1", "2", "7", "9", "F", "a", "amp", "nbsp",
                "ocirc", "đ", "ạ", "\u{301}", " ", "&#", "&#x", "&#273;", "&#xD800;",
            ]),
            0..40,
        )) {
            let text: String = pieces.concat();
            let refs = decode_char_refs(&text);
            proptest::prop_assert!(refs.text.len() <= text.len() + refs.decoded * 4);
            if !text.contains('&') {
                proptest::prop_assert_eq!(refs.text.as_ref(), text.as_str());
            }
            proptest::prop_assert_eq!(refs.decoded == 0, refs.text == text);
        }
    }

    #[test]
    fn the_name_table_is_sorted_and_bounded() {
        for pair in NAMED.windows(2) {
            assert!(pair[0].0 < pair[1].0, "{} before {}", pair[0].0, pair[1].0);
        }
        assert!(NAMED.iter().all(|(name, _)| name.len() <= LONGEST_NAME));
        assert_eq!(decode_char_refs("&Yuml;&yacute;&amp;&times;").decoded, 4);
    }
}
