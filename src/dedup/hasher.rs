//! A hasher for keys that are already hashes (a sha256's bits): it passes them through instead
//! of hashing them again.

use std::hash::{BuildHasherDefault, Hasher};

/// Builds [`KeyBits`] hashers: for `HashMap`s keyed by hash values.
pub type PassThrough = BuildHasherDefault<KeyBits>;

/// Keeps the key's low 64 bits as its hash (bytes fold in with a multiply, for other keys).
#[derive(Debug, Default, Clone, Copy)]
pub struct KeyBits(u64);

impl Hasher for KeyBits {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }

    fn write_u16(&mut self, n: u16) {
        // Band values are SimHash bits: spread them over the table's high bits too.
        self.0 = u64::from(n).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }

    fn write_u128(&mut self, n: u128) {
        self.0 = n as u64;
    }
}
