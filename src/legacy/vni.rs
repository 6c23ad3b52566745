//! VNI Windows, the encoding of the VNI fonts (VNI-Times, …): a base letter followed by one
//! byte that carries its marks, all within the windows-1252 byte range ("Vieät Nam" is
//! "Việt Nam": `e` + `ä` = circumflex and dot below).
//!
//! Source: the VNI-Windows table of the VNI fonts, as tabulated in xvnkb's `vni.h`
//! (Dao Hai Lam, VISC, 2002; <https://github.com/lamdao/xvnkb>), which lists every letter
//! of the alphabet with every tone as its VNI byte pair. Decoding here maps each mark byte
//! to the Unicode combining marks it stands for and composes (NFC), so a mark byte after
//! any letter decodes to what the font drew; the upper-case mark bytes are the lower-case
//! ones less 0x20, as in the font.

use std::collections::HashMap;
use std::sync::LazyLock;

use unicode_normalization::UnicodeNormalization;

use super::single_byte::WINDOWS_1252;
use super::Unencodable;

/// The lower-case VNI bytes that differ from windows-1252: marks (as combining characters)
/// and the letters VNI gives a byte of their own. Each upper-case counterpart is 0x20 less.
const LOWER: [(u8, &str); 26] = [
    // Tones.
    (0xF9, "\u{301}"), // acute  (ù)
    (0xF8, "\u{300}"), // grave  (ø)
    (0xFB, "\u{309}"), // hook   (û)
    (0xF5, "\u{303}"), // tilde  (õ)
    (0xEF, "\u{323}"), // dot    (ï)
    // Circumflex, alone or with a tone.
    (0xE2, "\u{302}"),
    (0xE1, "\u{302}\u{301}"),
    (0xE0, "\u{302}\u{300}"),
    (0xE5, "\u{302}\u{309}"),
    (0xE3, "\u{302}\u{303}"),
    (0xE4, "\u{302}\u{323}"),
    // Breve, alone or with a tone.
    (0xEA, "\u{306}"),
    (0xE9, "\u{306}\u{301}"),
    (0xE8, "\u{306}\u{300}"),
    (0xFA, "\u{306}\u{309}"),
    (0xFC, "\u{306}\u{303}"),
    (0xEB, "\u{306}\u{323}"),
    // Letters of their own (tones on ơ and ư follow as tone bytes).
    (0xF4, "ơ"),
    (0xF6, "ư"),
    (0xF1, "đ"),
    (0xED, "í"),
    (0xEC, "ì"),
    (0xE6, "ỉ"),
    (0xF3, "ĩ"),
    (0xF2, "ị"),
    (0xEE, "ỵ"),
];

/// Byte → the text it stands for, for all 256 bytes.
static DECODE: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut pieces: Vec<String> = WINDOWS_1252.iter().map(char::to_string).collect();
    for &(byte, lower) in &LOWER {
        let upper: String = lower.chars().flat_map(char::to_uppercase).collect();
        if let Some(slot) = pieces.get_mut(usize::from(byte)) {
            *slot = lower.to_string();
        }
        if let Some(slot) = pieces.get_mut(usize::from(byte - 0x20)) {
            *slot = upper;
        }
    }
    pieces
});

/// Decodes VNI bytes to NFC text.
pub(super) fn decode(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 2);
    for &byte in bytes {
        if let Some(piece) = DECODE.get(usize::from(byte)) {
            text.push_str(piece);
        }
    }
    text.nfc().collect()
}

/// Upper-case half of the byte range: a base letter takes the mark bytes of its own case.
fn is_upper(byte: u8) -> bool {
    byte.is_ascii_uppercase() || (0xC0..=0xDF).contains(&byte)
}

/// Character → its shortest VNI bytes: one byte where VNI has one, else a base letter and a
/// mark byte of the same case.
static ENCODE: LazyLock<HashMap<char, Vec<u8>>> = LazyLock::new(|| {
    let single = |bytes: &[u8]| {
        let text = decode(bytes);
        let mut chars = text.chars();
        match (chars.next(), chars.next()) {
            (Some(ch), None) => Some(ch),
            _ => None,
        }
    };
    let mut map = HashMap::new();
    for byte in 0u8..=255 {
        if let Some(ch) = single(&[byte]) {
            map.entry(ch).or_insert_with(|| vec![byte]);
        }
    }
    for base in 0u8..=255 {
        for mark in 0xC0u8..=0xFF {
            if is_upper(base) != is_upper(mark) || !base.is_ascii_alphabetic() && base < 0xC0 {
                continue;
            }
            if let Some(ch) = single(&[base, mark]) {
                map.entry(ch).or_insert_with(|| vec![base, mark]);
            }
        }
    }
    map
});

/// Encodes text as VNI bytes.
pub(super) fn encode(text: &str) -> Result<Vec<u8>, Unencodable> {
    let mut out = Vec::with_capacity(text.len() * 2);
    for ch in text.nfc() {
        let bytes = ENCODE.get(&ch).ok_or(Unencodable {
            encoding: "VNI",
            ch,
        })?;
        out.extend_from_slice(bytes);
    }
    Ok(out)
}
