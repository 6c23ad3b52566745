//! Bytes → text: which character encoding a page is in, and decoding it without losing text
//! silently.
//!
//! Order of authority (as browsers do it): the HTTP `Content-Type` charset, then a byte-order
//! mark, then `<meta charset>` / `<meta http-equiv="Content-Type">` in the first bytes, else
//! UTF-8. Every replacement character the decoder had to insert is counted in a warning.

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

/// Decodes a page: the `content_type` charset wins, then a BOM, then the page's `<meta>`,
/// else UTF-8. Never fails; problems become warnings.
pub(crate) fn decode(bytes: &[u8], content_type: Option<&str>) -> Decoded {
    let mut warnings = Vec::new();
    let mut chosen: Option<&'static Encoding> = None;
    if let Some(label) = content_type.and_then(content_type_charset) {
        match Encoding::for_label(label.as_bytes()) {
            Some(enc) => chosen = Some(enc),
            None => warnings.push(format!(
                "html: unknown charset {label:?} in content type; ignored"
            )),
        }
    }
    let mut body = bytes;
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        body = &bytes[bom_len..];
        chosen.get_or_insert(enc);
    }
    if chosen.is_none() {
        if let Some(label) = meta_charset(bytes) {
            match Encoding::for_label(label) {
                // A page that says "utf-16" in ASCII cannot be UTF-16 (HTML standard).
                Some(enc) if enc == UTF_16BE || enc == UTF_16LE => chosen = Some(UTF_8),
                Some(enc) => chosen = Some(enc),
                None => warnings.push(format!(
                    "html: unknown charset {:?} in <meta>; using utf-8",
                    String::from_utf8_lossy(label)
                )),
            }
        }
    }
    let declared = chosen.is_some();
    let encoding = chosen.unwrap_or(UTF_8);
    let (text, had_errors) = encoding.decode_without_bom_handling(body);
    if had_errors {
        let replaced = text.chars().filter(|&c| c == '\u{FFFD}').count();
        let source = if declared {
            ""
        } else {
            " (no charset declared)"
        };
        warnings.push(format!(
            "html: {replaced} invalid byte sequence(s) in {}{source} replaced by U+FFFD",
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
