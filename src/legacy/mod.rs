//! Legacy Vietnamese encodings: text from before Unicode spread, in TCVN3 ("ABC" fonts),
//! VNI (VNI Windows fonts), VISCII or windows-1258, decoded to Unicode NFC.
//!
//! - [`LegacyEncoding::decode`] / [`LegacyEncoding::encode`]: one encoding, by its table
//!   (`tables.rs` for VISCII and TCVN3, `vni.rs` for VNI, `encoding_rs` for windows-1258).
//! - [`detect`]: bytes that are not UTF-8 → the Vietnamese encoding they read best in, when
//!   one clearly wins (`detect.rs`, scored by `syllable.rs`).
//!
//! No anchor (trafilatura, the charset detectors) knows TCVN3 or VNI, and no maintained
//! crate has their tables; hence this module.

mod detect;
mod single_byte;
mod syllable;
mod tables;
mod vni;
mod windows_1258;

pub use detect::{detect, prefer_over_declared, Detection, Reading, Score};
pub use syllable::is_vietnamese_syllable;

/// A legacy Vietnamese encoding this crate reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LegacyEncoding {
    /// Microsoft's code page for Vietnamese: base letters with combining tone marks.
    Windows1258,
    /// TCVN 5712:1993 VN3, the "ABC" font encoding (.VnTime): precomposed lower-case letters.
    Tcvn3,
    /// The VNI Windows font encoding: a base letter followed by 1 byte of marks.
    Vni,
    /// VISCII (RFC 1456): all 134 precomposed letters, some in C0.
    Viscii,
}

/// Every legacy encoding, in the order detection tries them (ties go to the first).
pub const ALL: [LegacyEncoding; 4] = [
    LegacyEncoding::Windows1258,
    LegacyEncoding::Tcvn3,
    LegacyEncoding::Vni,
    LegacyEncoding::Viscii,
];

/// A character that a legacy encoding has no bytes for.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{encoding} cannot encode {ch:?} (U+{code:04X})", code = u32::from(*ch))]
pub struct Unencodable {
    /// The encoding asked.
    pub encoding: &'static str,
    /// The first character it has no bytes for.
    pub ch: char,
}

impl LegacyEncoding {
    /// The name used in warnings (`TCVN3`, `VNI`, `VISCII`, `windows-1258`).
    pub fn name(self) -> &'static str {
        match self {
            Self::Windows1258 => "windows-1258",
            Self::Tcvn3 => "TCVN3",
            Self::Vni => "VNI",
            Self::Viscii => "VISCII",
        }
    }

    /// Decodes `bytes` to NFC text. Never fails: every byte means something in these tables
    /// (bytes a table leaves unassigned read as windows-1252, as the fonts showed them).
    pub fn decode(self, bytes: &[u8]) -> String {
        match self {
            Self::Windows1258 => windows_1258::decode(bytes),
            Self::Tcvn3 => single_byte::decode(single_byte::Table::Tcvn3, bytes),
            Self::Vni => vni::decode(bytes),
            Self::Viscii => single_byte::decode(single_byte::Table::Viscii, bytes),
        }
    }

    /// Encodes `text` (any normalization form) to this encoding's bytes; used to build test
    /// inputs and available to callers that must write legacy files.
    ///
    /// # Errors
    /// [`Unencodable`] for the first character the encoding has no bytes for.
    pub fn encode(self, text: &str) -> Result<Vec<u8>, Unencodable> {
        match self {
            Self::Windows1258 => windows_1258::encode(text),
            Self::Tcvn3 => single_byte::encode(single_byte::Table::Tcvn3, text),
            Self::Vni => vni::encode(text),
            Self::Viscii => single_byte::encode(single_byte::Table::Viscii, text),
        }
    }
}

#[cfg(test)]
mod tests;
