//! Bytes → text: which character encoding a page is in, and decoding it without losing text
//! silently.
//!
//! Order of authority (as browsers do it, HTML standard "determining the character
//! encoding"): a byte-order mark, then the HTTP `Content-Type` charset, then `<meta charset>` /
//! `<meta http-equiv="Content-Type">` in the first bytes, else UTF-8.
//!
//! Two departures from a browser, so that text is never lost silently: when a declared
//! single-byte charset (`iso-8859-1`, `windows-1252`, …) meets bytes that are valid UTF-8 with
//! multi-byte sequences, the page is decoded as UTF-8 and a warning names both (a browser
//! would show mojibake); and every replacement character the decoder had to insert is counted
//! in a warning.
//!
//! A third: legacy Vietnamese encodings ([`crate::legacy`]). A page with no charset, or a UTF-8
//! one whose bytes are not UTF-8, or one declared windows-1252/iso-8859-1 or windows-1258,
//! is decoded as TCVN3, VNI, VISCII or windows-1258 when that clearly reads better (counted
//! in Vietnamese syllables), with a warning that says what was chosen and why.

use std::borrow::Cow;
use std::sync::LazyLock;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252, WINDOWS_1258};
use regex::bytes::Regex;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use crate::legacy;

/// `<meta ... charset=NAME`, both the HTML5 form and the http-equiv content form.
static META_CHARSET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)<meta\b[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)"#)
        .unwrap_or_else(|err| unreachable!("static regex: {err}"))
});

/// A decoded page.
#[derive(Debug)]
pub(crate) struct Decoded {
    /// The page as text, NFC when it came from a legacy encoding.
    pub text: String,
    /// What went wrong while decoding (unknown labels, invalid bytes).
    pub warnings: Vec<String>,
}

/// The `charset` parameter of an HTTP `Content-Type` value (`text/html; charset=UTF-8`).
pub(crate) fn content_type_charset(content_type: &str) -> Option<&str> {
    content_type.split(';').skip(1).find_map(|param| {
        let (name, value) = param.split_once('=')?;
        name.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| value.trim().trim_matches(|c| c == '"' || c == '\''))
            .filter(|v| !v.is_empty())
    })
}

/// The charset a page declares in its own `<meta>` tags, if any, within the first
/// `prescan` bytes ([`crate::article::config::Input::charset_prescan_bytes`]).
pub(crate) fn meta_charset(bytes: &[u8], prescan: usize) -> Option<&[u8]> {
    let head = &bytes[..bytes.len().min(prescan)];
    META_CHARSET
        .captures(head)
        .and_then(|caps| caps.get(1))
        .map(|m| m.as_bytes())
}

/// Where the encoding of a page was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Source {
    Bom,
    ContentType,
    Meta,
    Default,
}

impl Source {
    fn describe(self) -> &'static str {
        match self {
            Source::Bom => "by its byte-order mark",
            Source::ContentType => "in the content type",
            Source::Meta => "in <meta>",
            Source::Default => "by default",
        }
    }
}

/// Decodes a page: a BOM wins, then the `content_type` charset, then the page's `<meta>` (in
/// its first `prescan` bytes), else UTF-8. A declared single-byte charset is overruled by bytes that are valid UTF-8 with
/// multi-byte sequences (with a warning). Never fails; problems become warnings.
pub(crate) fn decode(bytes: &[u8], content_type: Option<&str>, prescan: usize) -> Decoded {
    let mut warnings = Vec::new();
    // The encoding, where it was read from, and the label as the page wrote it.
    let mut chosen: Option<(&'static Encoding, Source, String)> = None;
    let mut body = bytes;
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        body = &bytes[bom_len..];
        chosen = Some((enc, Source::Bom, String::new()));
    }
    if chosen.is_none() {
        if let Some(label) = content_type.and_then(content_type_charset) {
            match Encoding::for_label(label.as_bytes()) {
                Some(enc) => chosen = Some((enc, Source::ContentType, label.to_string())),
                None => warnings.push(format!(
                    "html: unknown charset {label:?} in content type; ignored"
                )),
            }
        }
    }
    if chosen.is_none() {
        if let Some(label) = meta_charset(bytes, prescan) {
            let written = String::from_utf8_lossy(label).into_owned();
            match Encoding::for_label(label) {
                // A page that says "utf-16" in ASCII cannot be UTF-16 (HTML standard).
                Some(enc) if enc == UTF_16BE || enc == UTF_16LE => {
                    chosen = Some((UTF_8, Source::Meta, written));
                }
                Some(enc) => chosen = Some((enc, Source::Meta, written)),
                None => warnings.push(format!(
                    "html: unknown charset {written:?} in <meta>; using utf-8"
                )),
            }
        }
    }
    let (mut encoding, source, label) = chosen.unwrap_or((UTF_8, Source::Default, String::new()));
    if encoding.is_single_byte() && source != Source::Bom && is_multibyte_utf8(body) {
        let name = encoding.name().to_ascii_lowercase();
        let label = label.to_ascii_lowercase();
        let declared = if label == name {
            name
        } else {
            format!("{label} ({name})")
        };
        warnings.push(format!(
            "html: charset declared {} as {declared} but the bytes are valid utf-8 with \
             multi-byte sequences; decoded as utf-8",
            source.describe(),
        ));
        encoding = UTF_8;
    }
    if source != Source::Bom {
        if let Some(found) = legacy_reading(body, encoding) {
            let declared = describe_declared(source, &label, encoding);
            warnings.push(format!(
                "html: {declared}; decoded as {} (legacy Vietnamese encoding: {})",
                found.encoding.name(),
                found.evidence()
            ));
            return Decoded {
                text: found.text,
                warnings,
            };
        }
    }
    let (text, had_errors) = encoding.decode_without_bom_handling(body);
    if had_errors {
        let replaced = text.chars().filter(|&c| c == '\u{FFFD}').count();
        let declared = if source == Source::Default {
            " (no charset declared)"
        } else {
            ""
        };
        warnings.push(format!(
            "html: {replaced} invalid byte sequence(s) in {}{declared} replaced by U+FFFD",
            encoding.name().to_ascii_lowercase()
        ));
    }
    // Windows-1258 (and other legacy code pages) yield combining tone marks: compose them.
    let text = if encoding != UTF_8 && encoding != WINDOWS_1252 {
        nfc(text)
    } else {
        text.into_owned()
    };
    Decoded { text, warnings }
}

/// The legacy Vietnamese encoding a page is in despite its charset, if one clearly reads
/// better (see [`legacy`]): a page with no charset or a UTF-8 one whose bytes are not UTF-8,
/// or one declared windows-1252 / iso-8859-1 or windows-1258 — pages of the 2000s declared
/// Latin-1 and used VNI or TCVN3 fonts. Other declared charsets are taken at their word.
fn legacy_reading(body: &[u8], encoding: &'static Encoding) -> Option<legacy::Detection> {
    if encoding == UTF_8 {
        return legacy::detect(body);
    }
    let declared = if encoding == WINDOWS_1252 {
        legacy::Reading::Windows1252
    } else if encoding == WINDOWS_1258 {
        legacy::Reading::Legacy(legacy::LegacyEncoding::Windows1258)
    } else {
        return None;
    };
    legacy::prefer_over_declared(body, declared)
}

/// What the page said about its charset, for a warning about overruling it.
fn describe_declared(source: Source, label: &str, encoding: &'static Encoding) -> String {
    let name = encoding.name().to_ascii_lowercase();
    if source == Source::Default {
        return "no charset declared and the bytes are not valid utf-8".to_string();
    }
    let label = label.to_ascii_lowercase();
    let declared = if label == name {
        name
    } else {
        format!("{label} ({name})")
    };
    let verdict = if encoding == UTF_8 {
        "the bytes are not valid utf-8"
    } else {
        "the text reads as another encoding"
    };
    format!(
        "charset declared {} as {declared} but {verdict}",
        source.describe()
    )
}

/// True when `bytes` are valid UTF-8 and hold at least one multi-byte sequence: text no
/// single-byte charset would plausibly produce.
fn is_multibyte_utf8(bytes: &[u8]) -> bool {
    !bytes.is_ascii() && std::str::from_utf8(bytes).is_ok()
}

/// NFC, skipping the work when the text is already composed.
fn nfc(text: Cow<'_, str>) -> String {
    if is_nfc_quick(text.chars()) == IsNormalized::Yes {
        text.into_owned()
    } else {
        text.nfc().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PRESCAN: usize = crate::article::Config::DEFAULT.input.charset_prescan_bytes;

    fn decode(bytes: &[u8], content_type: Option<&str>) -> Decoded {
        super::decode(bytes, content_type, PRESCAN)
    }

    fn meta_charset(bytes: &[u8]) -> Option<&[u8]> {
        super::meta_charset(bytes, PRESCAN)
    }

    #[test]
    fn content_type_parameter() {
        assert_eq!(
            content_type_charset("text/html; charset=\"windows-1258\""),
            Some("windows-1258")
        );
        assert_eq!(content_type_charset("text/html"), None);
        assert_eq!(content_type_charset("text/html; charset="), None);
    }

    #[test]
    fn meta_charset_forms() {
        assert_eq!(
            meta_charset(b"<html><head><meta charset=\"utf-8\"/>"),
            Some(&b"utf-8"[..])
        );
        assert_eq!(
            meta_charset(
                b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\">"
            ),
            Some(&b"windows-1258"[..])
        );
        assert_eq!(meta_charset(b"<p>charset=utf-8</p>"), None);
    }

    /// "Công đoàn" in Windows-1258 with combining tone marks: C, ô, n, g, space,
    /// đ (0xF0), o, a, 0xCC (U+0300 grave), n.
    const CONG_DOAN_1258: &[u8] = b"C\xF4ng \xF0oa\xCCn";

    #[test]
    fn windows_1258_composes_to_nfc() {
        let mut page = b"<meta charset=\"windows-1258\"><p>".to_vec();
        page.extend_from_slice(CONG_DOAN_1258);
        let decoded = decode(&page, None);
        assert!(decoded.text.contains("Công đoàn"), "{}", decoded.text);
        assert!(decoded.warnings.is_empty());
    }

    #[test]
    fn content_type_wins_over_meta() {
        let mut page = b"<meta charset=\"utf-8\"><p>".to_vec();
        page.extend_from_slice(CONG_DOAN_1258);
        let decoded = decode(&page, Some("text/html; charset=windows-1258"));
        assert!(decoded.text.contains("Công đoàn"));
    }

    #[test]
    fn bom_wins_over_meta() {
        let page = "\u{FEFF}<meta charset=\"windows-1258\"><p>Công đoàn".as_bytes();
        let decoded = decode(page, None);
        assert!(decoded.text.contains("Công đoàn"));
        assert!(!decoded.text.starts_with('\u{FEFF}'));
    }

    #[test]
    fn bom_wins_over_content_type() {
        let page = "\u{FEFF}<meta charset=\"windows-1252\"><p>Công đoàn".as_bytes();
        let decoded = decode(page, Some("text/html; charset=windows-1258"));
        assert!(decoded.text.contains("Công đoàn"), "{}", decoded.text);
        assert!(decoded.warnings.is_empty(), "{:?}", decoded.warnings);
    }

    #[test]
    fn utf16_with_bom_decodes() {
        for (bom, encode) in [
            (&[0xFF, 0xFE][..], u16::to_le_bytes as fn(u16) -> [u8; 2]),
            (&[0xFE, 0xFF][..], u16::to_be_bytes),
        ] {
            let mut page = bom.to_vec();
            for unit in "<meta charset=\"utf-8\"><p>Công đoàn cơ sở".encode_utf16() {
                page.extend_from_slice(&encode(unit));
            }
            let decoded = decode(&page, Some("text/html; charset=iso-8859-1"));
            assert!(decoded.text.contains("Công đoàn cơ sở"), "{}", decoded.text);
            assert!(decoded.warnings.is_empty(), "{:?}", decoded.warnings);
        }
    }

    /// A UTF-8 page whose `<meta>` (or server) says Latin-1 would be mojibake ("CÃ´ng");
    /// the bytes win, and a warning names both charsets.
    #[test]
    fn utf8_bytes_overrule_a_declared_single_byte_charset() {
        let page = "<meta charset=\"iso-8859-1\"><p>Công đoàn".as_bytes();
        let decoded = decode(page, None);
        assert!(decoded.text.contains("Công đoàn"), "{}", decoded.text);
        assert_eq!(decoded.warnings.len(), 1, "{:?}", decoded.warnings);
        let warning = &decoded.warnings[0];
        assert!(
            warning.contains("in <meta> as iso-8859-1 (windows-1252)")
                && warning.contains("decoded as utf-8"),
            "{warning}"
        );

        let page = "<p>Công đoàn".as_bytes();
        let decoded = decode(page, Some("text/html; charset=windows-1252"));
        assert!(decoded.text.contains("Công đoàn"), "{}", decoded.text);
        assert!(
            decoded.warnings[0].contains("in the content type as windows-1252"),
            "{:?}",
            decoded.warnings
        );
    }

    /// Real single-byte text is not valid UTF-8 and keeps its declared charset; ASCII is the
    /// same in both and needs no warning.
    #[test]
    fn single_byte_text_keeps_its_charset() {
        let decoded = decode(b"<meta charset=\"windows-1252\"><p>caf\xE9 \x93x\x94", None);
        assert!(
            decoded.text.contains("café \u{201C}x\u{201D}"),
            "{}",
            decoded.text
        );
        assert!(decoded.warnings.is_empty(), "{:?}", decoded.warnings);
        let mut page = b"<meta charset=\"windows-1258\"><p>".to_vec();
        page.extend_from_slice(CONG_DOAN_1258);
        let decoded = decode(&page, None);
        assert!(decoded.text.contains("Công đoàn"), "{}", decoded.text);
        assert!(decoded.warnings.is_empty(), "{:?}", decoded.warnings);
        let decoded = decode(b"<meta charset=\"iso-8859-1\"><p>Cong doan", None);
        assert!(decoded.warnings.is_empty(), "{:?}", decoded.warnings);
    }

    #[test]
    fn invalid_utf8_is_a_warning_not_a_loss() {
        let decoded = decode(b"<p>caf\xE9 cr\xE8me br\xFBl\xE9e</p>", None);
        assert_eq!(decoded.warnings.len(), 1, "{:?}", decoded.warnings);
        assert!(decoded.warnings[0].starts_with("html: 4 invalid"));
    }

    /// The same bytes as [`CONG_DOAN_1258`] with no charset were replacement characters.
    #[test]
    fn an_undeclared_windows_1258_page_is_decoded_and_composed() {
        let decoded = decode(b"<p>C\xF4ng \xF0oa\xCCn</p>", None);
        assert_eq!(decoded.text, "<p>Công đoàn</p>");
        assert_eq!(decoded.warnings.len(), 1, "{:?}", decoded.warnings);
        let warning = &decoded.warnings[0];
        assert!(
            warning.starts_with("html: no charset declared and the bytes are not valid utf-8")
                && warning.contains("decoded as windows-1258 (legacy Vietnamese encoding: "),
            "{warning}"
        );
    }

    const NEWS: &str = "Liên đoàn Lao động tỉnh Nghệ An tổ chức hội nghị ngày 20/12/2023, \
        kết nạp 1.199 đoàn viên công đoàn.";

    /// Pages of the 2000s said Latin-1 and used VNI or TCVN3 fonts: the declared reading is
    /// letter soup ("Lieân ñoaøn"), the font's reads as Vietnamese, and the warning says so.
    #[test]
    fn a_page_declared_latin_1_in_vni_or_tcvn3_reads_as_its_font() {
        for encoding in [legacy::LegacyEncoding::Vni, legacy::LegacyEncoding::Tcvn3] {
            let mut page = b"<meta charset=\"iso-8859-1\"><p>".to_vec();
            page.extend(encoding.encode(NEWS).unwrap());
            let decoded = decode(&page, None);
            assert!(decoded.text.ends_with(NEWS), "{}", decoded.text);
            assert_eq!(decoded.warnings.len(), 1, "{:?}", decoded.warnings);
            let warning = &decoded.warnings[0];
            let expected = format!(
                "html: charset declared in <meta> as iso-8859-1 (windows-1252) but the text reads \
                 as another encoding; decoded as {} (legacy Vietnamese encoding: ",
                encoding.name()
            );
            assert!(warning.starts_with(&expected), "{warning}");
        }
    }

    /// A page declared windows-1258 (in <meta>, or by the server) comes out NFC, whatever
    /// tone the code page wrote as a combining mark.
    #[test]
    fn a_declared_windows_1258_page_comes_out_nfc() {
        let body = legacy::LegacyEncoding::Windows1258.encode(NEWS).unwrap();
        let mut page = b"<meta charset=\"windows-1258\"><p>".to_vec();
        page.extend(&body);
        for decoded in [
            decode(&page, None),
            decode(&body, Some("text/html; charset=windows-1258")),
        ] {
            assert!(decoded.text.ends_with(NEWS), "{}", decoded.text);
            assert!(unicode_normalization::is_nfc(&decoded.text));
            assert!(decoded.warnings.is_empty(), "{:?}", decoded.warnings);
        }
    }

    /// Other declared charsets are taken at their word; Latin-1 text stays Latin-1.
    #[test]
    fn a_latin_1_page_is_not_taken_for_vietnamese() {
        let decoded = decode(
            b"<meta charset=\"iso-8859-1\"><p>Le comit\xE9 a d\xE9cid\xE9 \xE0 l'unanimit\xE9: \
              la gr\xE8ve continue, d\xE9j\xE0 l\xE0.",
            None,
        );
        assert!(
            decoded.text.contains("Le comité a décidé"),
            "{}",
            decoded.text
        );
        assert!(decoded.warnings.is_empty(), "{:?}", decoded.warnings);
    }

    proptest::proptest! {
        /// Any bytes, declared Latin-1 or undeclared: no panic, and a legacy reading is NFC.
        #[test]
        fn pages_of_any_bytes_never_panic(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..300)) {
            let mut page = b"<meta charset=\"iso-8859-1\"><p>".to_vec();
            page.extend(&bytes);
            for decoded in [decode(&page, None), decode(&bytes, None)] {
                if decoded.warnings.iter().any(|w| w.contains("legacy Vietnamese")) {
                    proptest::prop_assert!(unicode_normalization::is_nfc(&decoded.text));
                }
            }
        }
    }

    #[test]
    fn unknown_label_is_reported() {
        let decoded = decode(b"<p>x</p>", Some("text/html; charset=klingon"));
        assert!(decoded.warnings[0].contains("klingon"));
    }
}
