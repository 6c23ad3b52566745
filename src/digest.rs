//! Content hashes: the hex SHA-256 that records carry (`source.content_sha256`) and that the
//! crawler stores beside each page.

use sha2::{Digest, Sha256};

/// Hex sha256 of `bytes`.
///
/// # Example
/// ```
/// use union_news::digest::sha256_hex;
/// assert_eq!(
///     sha256_hex(b""),
///     "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
/// );
/// ```
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut out = String::with_capacity(64);
    for b in digest {
        out.push(char::from(HEX[usize::from(b >> 4)]));
        out.push(char::from(HEX[usize::from(b & 0xf)]));
    }
    out
}

/// The lower-case hexadecimal digits.
const HEX: &[u8; 16] = b"0123456789abcdef";
