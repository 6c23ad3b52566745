//! windows-1258, Microsoft's Vietnamese code page: the table is `encoding_rs`'s (WHATWG
//! Encoding Standard); what this adds is composition, since the code page writes most tones
//! as combining marks after the letter ("đoàn" is `F0 6F 61 CC 6E`).

use unicode_normalization::UnicodeNormalization;

use super::syllable::split_tone;
use super::Unencodable;

/// Decodes windows-1258 bytes to NFC text (every byte is assigned, so nothing is replaced).
pub(super) fn decode(bytes: &[u8]) -> String {
    let (text, _) = encoding_rs::WINDOWS_1258.decode_without_bom_handling(bytes);
    text.nfc().collect()
}

/// One character's windows-1258 bytes, if the code page has the character.
fn encode_char(ch: char) -> Option<Vec<u8>> {
    let mut buf = [0u8; 4];
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1258.encode(ch.encode_utf8(&mut buf));
    (!unmappable).then(|| bytes.into_owned())
}

/// Encodes text as windows-1258: a character the code page has as is, else its toneless
/// letter followed by the tone's combining mark (as Windows writes "ệ": `EA F2`).
pub(super) fn encode(text: &str) -> Result<Vec<u8>, Unencodable> {
    let mut out = Vec::with_capacity(text.len());
    for ch in text.nfc() {
        let bytes = encode_char(ch).or_else(|| {
            let (base, tone) = split_tone(ch)?;
            let mut bytes = encode_char(base)?;
            bytes.extend(encode_char(tone.combining_mark())?);
            Some(bytes)
        });
        out.extend(bytes.ok_or(Unencodable {
            encoding: "windows-1258",
            ch,
        })?);
    }
    Ok(out)
}
