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

use std::borrow::Cow;
use std::sync::LazyLock;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};
use regex::bytes::Regex;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// How far into the page a `<meta charset>` is looked for (the HTML standard's prescan reads
/// 1024 bytes; real pages put long `<script>`s first, so we read further).
const PRESCAN_BYTES: usize = 8192;

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

/// The charset a page declares in its own `<meta>` tags, if any, within the first bytes.
pub(crate) fn meta_charset(bytes: &[u8]) -> Option<&[u8]> {
    let head = &bytes[..bytes.len().min(PRESCAN_BYTES)];
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

/// Decodes a page: a BOM wins, then the `content_type` charset, then the page's `<meta>`,
/// else UTF-8. A declared single-byte charset is overruled by bytes that are valid UTF-8 with
/// multi-byte sequences (with a warning). Never fails; problems become warnings.
pub(crate) fn decode(bytes: &[u8], content_type: Option<&str>) -> Decoded {
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
        if let Some(label) = meta_charset(bytes) {
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
        let decoded = decode(b"<p>C\xF4ng \xF0oa\xCCn</p>", None);
        assert_eq!(decoded.warnings.len(), 1, "{:?}", decoded.warnings);
        assert!(decoded.warnings[0].starts_with("html: 3 invalid"));
    }

    #[test]
    fn unknown_label_is_reported() {
        let decoded = decode(b"<p>x</p>", Some("text/html; charset=klingon"));
        assert!(decoded.warnings[0].contains("klingon"));
    }
}
