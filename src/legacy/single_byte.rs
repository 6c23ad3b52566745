//! The one-byte-per-character legacy tables (VISCII, TCVN3): 256 characters each, built once
//! from `tables.rs`, with bytes the standard leaves unassigned read as windows-1252.

use std::collections::HashMap;
use std::sync::LazyLock;

use unicode_normalization::UnicodeNormalization;

use super::syllable::split_tone;
use super::tables::{TCVN3_HIGH, VISCII_C0, VISCII_HIGH};
use super::Unencodable;

/// Which table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Table {
    Tcvn3,
    Viscii,
}

/// Byte → character, and character → byte, of one table.
struct Maps {
    decode: [char; 256],
    encode: HashMap<char, u8>,
}

/// windows-1252 for every byte: the base both tables are laid over. A byte a Vietnamese
/// table leaves unassigned is shown by the fonts of the time as the Windows code page does
/// (TCVN3 leaves 0x80–0x9F free, where Word put its curly quotes and dashes).
pub(super) static WINDOWS_1252: LazyLock<[char; 256]> = LazyLock::new(windows_1252);

fn windows_1252() -> [char; 256] {
    let mut chars = ['\u{FFFD}'; 256];
    for (byte, slot) in (0u8..=255).zip(chars.iter_mut()) {
        let one = [byte];
        let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&one);
        if let Some(ch) = text.chars().next() {
            *slot = ch;
        }
    }
    chars
}

fn build(overlay: impl Fn(&mut [char; 256])) -> Maps {
    let mut decode = *WINDOWS_1252;
    overlay(&mut decode);
    let mut encode = HashMap::with_capacity(256);
    // Reverse in byte order, first byte wins: ASCII before anything else.
    for (byte, &ch) in (0u8..=255).zip(decode.iter()) {
        encode.entry(ch).or_insert(byte);
    }
    Maps { decode, encode }
}

static TCVN3: LazyLock<Maps> = LazyLock::new(|| {
    build(|chars| {
        for (slot, &ch) in chars[0xA0..].iter_mut().zip(TCVN3_HIGH.iter()) {
            *slot = ch;
        }
    })
});

static VISCII: LazyLock<Maps> = LazyLock::new(|| {
    build(|chars| {
        for &(byte, ch) in &VISCII_C0 {
            chars[usize::from(byte)] = ch;
        }
        for (slot, &ch) in chars[0x80..].iter_mut().zip(VISCII_HIGH.iter()) {
            *slot = ch;
        }
    })
});

fn maps(table: Table) -> &'static Maps {
    match table {
        Table::Tcvn3 => &TCVN3,
        Table::Viscii => &VISCII,
    }
}

fn name(table: Table) -> &'static str {
    match table {
        Table::Tcvn3 => "TCVN3",
        Table::Viscii => "VISCII",
    }
}

/// Decodes `bytes` by `table`, NFC (TCVN3's combining tone marks compose with their letter).
pub(super) fn decode(table: Table, bytes: &[u8]) -> String {
    let chars = &maps(table).decode;
    bytes
        .iter()
        .map(|&b| chars[usize::from(b)])
        .collect::<String>()
        .nfc()
        .collect()
}

/// Encodes `text` by `table`: each character's own byte, else (TCVN3's capitals with tones,
/// which VN3 only has as base letter + combining tone mark) its toneless letter and the
/// tone mark's byte.
pub(super) fn encode(table: Table, text: &str) -> Result<Vec<u8>, Unencodable> {
    let map = &maps(table).encode;
    let mut out = Vec::with_capacity(text.len());
    for ch in text.nfc() {
        if let Some(&byte) = map.get(&ch) {
            out.push(byte);
            continue;
        }
        let pair = split_tone(ch)
            .and_then(|(base, tone)| Some((*map.get(&base)?, *map.get(&tone.combining_mark())?)));
        let (base, tone) = pair.ok_or(Unencodable {
            encoding: name(table),
            ch,
        })?;
        out.extend([base, tone]);
    }
    Ok(out)
}
