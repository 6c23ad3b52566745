//! The normalized words of a body in two passes over a buffer, for [`super::fingerprint`]:
//! [`fill`] writes the lower-cased words of the text, each followed by one space, into the
//! buffer (eight input bytes at a time, one table look-up a character and no branch that
//! depends on the text for most of it); [`word_hashes`] then reads the buffer in four lanes
//! side by side for each word's FNV-1a hash (a word's hash is a chain of multiplies, one a
//! byte: four independent chains keep the multiplier busy where one waited on each).
//!
//! The bytes and the hashes are those of the byte loop that came before (stop 20's: a test
//! compares them).

use std::sync::LazyLock;

use super::fingerprint::{Lowered, FNV_OFFSET, FNV_PRIME};

/// Characters of [`CHARS`]: every code point below U+3000 (what a lead byte up to 0xE2
/// starts).
const TABLE_CHARS: u32 = 0x3000;

/// The bit of a [`CHARS`] entry that marks a word character.
const WORD: u32 = 1 << 31;

/// Per code point below [`TABLE_CHARS`], the character as the fingerprint reads it
/// ([`Lowered::of`]): bits 0–23 its lower case's UTF-8 (three bytes at most below U+3000),
/// bits 24–26 that length, [`WORD`] when it is a word character.
static CHARS: LazyLock<Vec<u32>> = LazyLock::new(|| {
    (0..TABLE_CHARS)
        .map(|u| char::from_u32(u).map_or(0, |c| pack(&Lowered::of(c))))
        .collect()
});

/// A [`CHARS`] entry.
fn pack(lowered: &Lowered) -> u32 {
    let bytes = lowered.utf8();
    let mut value = 0u32;
    for (i, &b) in bytes.iter().take(3).enumerate() {
        value |= u32::from(b) << (8 * i);
    }
    let word = if lowered.word { WORD } else { 0 };
    value | (u32::from(lowered.len.min(3)) << 24) | word
}

/// The four bytes at `at` as a little-endian `u32`, zero past the end.
#[inline(always)]
fn read_u32(bytes: &[u8], at: usize) -> u32 {
    match bytes.get(at..at + 4) {
        Some(&[a, b, c, d]) => u32::from_le_bytes([a, b, c, d]),
        _ => 0,
    }
}

/// The eight bytes at `at` as a little-endian `u64`, zero past the end.
#[inline(always)]
fn read_u64(bytes: &[u8], at: usize) -> u64 {
    match bytes.get(at..at + 8) {
        Some(chunk) => {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            u64::from_le_bytes(word)
        }
        None => 0,
    }
}

/// The room [`fill`] needs in `out` past [`super::fingerprint::HASH_CHUNK`]: a block of eight
/// characters of four bytes written, and one more character.
pub(super) const SLACK: usize = 40;

/// The state of the normalized words between calls of [`fill`]: the next byte of the text
/// to read, the bytes of the buffer written, and whether the last character read was a
/// word character (its word has no space after it yet).
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Filling {
    /// The next byte of the text (a character boundary).
    pub at: usize,
    /// Bytes of the buffer written.
    pub len: usize,
    /// Whether a word is open.
    pub in_word: bool,
}

/// Writes the normalized words of `body` from `state.at` into `out` from `state.len`: each
/// word character's lower case, and one space after each word (where a character that is
/// no word character follows one that is). Stops once `state.len` reaches `limit` (then
/// `out` holds at most `limit + SLACK` bytes) or at the end of the text; the space after a
/// word that ends the text is not written (the caller adds it).
pub(super) fn fill(body: &str, state: &mut Filling, out: &mut [u8], limit: usize) {
    let bytes = body.as_bytes();
    let table = CHARS.as_slice();
    let (mut len, mut in_word) = (state.len, state.in_word);
    let mut at = state.at;
    // Blocks of eight bytes while a character starting in one can be read as four bytes.
    while at + 12 <= bytes.len() && len < limit {
        let block = read_u64(bytes, at);
        // The bytes that start a character: all but the continuation bytes (10xxxxxx).
        let continuation = block & !(block << 1) & 0x8080_8080_8080_8080;
        let mut starts = !continuation & 0x8080_8080_8080_8080;
        while starts != 0 {
            let start = at + (starts.trailing_zeros() / 8) as usize;
            starts &= starts - 1;
            let w = read_u32(bytes, start);
            let b0 = w & 0xff;
            if b0 >= 0xe3 {
                // U+3000 and above: decoded.
                let c = body.get(start..).and_then(|rest| rest.chars().next());
                let lowered = c.map(Lowered::of).unwrap_or_default();
                (len, in_word) = put_lowered(out, len, in_word, &lowered);
                continue;
            }
            let (b1, b2) = ((w >> 8) & 0x3f, (w >> 16) & 0x3f);
            let two = ((b0 & 0x1f) << 6) | b1;
            let three = ((b0 & 0x0f) << 12) | (b1 << 6) | b2;
            let code = if b0 < 0x80 {
                b0
            } else if b0 < 0xe0 {
                two
            } else {
                three
            };
            let entry = table.get(code as usize).copied().unwrap_or(0);
            let word = entry & WORD != 0;
            let value = if word {
                entry & 0x00ff_ffff
            } else {
                u32::from(b' ')
            };
            if let Some(slot) = out.get_mut(len..len + 4) {
                slot.copy_from_slice(&value.to_le_bytes());
            }
            len += if word {
                ((entry >> 24) & 0x7) as usize
            } else {
                usize::from(in_word)
            };
            in_word = word;
        }
        at += 8;
    }
    // The first character boundary at or after `at`.
    while bytes.get(at).is_some_and(|&b| b & 0xc0 == 0x80) {
        at += 1;
    }
    // The rest, a character at a time.
    while len < limit {
        let Some(c) = body.get(at..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        at += c.len_utf8();
        (len, in_word) = put_lowered(out, len, in_word, &Lowered::of(c));
    }
    *state = Filling { at, len, in_word };
}

/// Writes one character read as `lowered` at `len` of `out`: its lower case when a word
/// character, else a space after an open word. The new length and whether a word is open.
#[inline]
fn put_lowered(out: &mut [u8], len: usize, in_word: bool, lowered: &Lowered) -> (usize, bool) {
    if lowered.word {
        let bytes = lowered.utf8();
        if let Some(slot) = out.get_mut(len..len + bytes.len()) {
            slot.copy_from_slice(bytes);
        }
        (len + bytes.len(), true)
    } else {
        if in_word {
            if let Some(slot) = out.get_mut(len) {
                *slot = b' ';
            }
        }
        (len + usize::from(in_word), false)
    }
}

/// Lanes of [`word_hashes`].
const LANES: usize = 4;

/// The FNV-1a hash of each word of `words` (normalized words, each followed by one space)
/// that ends in it, in order, written into `hashes` (at least `words.len()` long); `carry`
/// is the hash so far of a word that began before `words` (else [`FNV_OFFSET`]) and becomes
/// that of the word left open at its end. Returns how many hashes were written.
pub(super) fn word_hashes(words: &[u8], carry: &mut u64, hashes: &mut [u64]) -> usize {
    // Lane boundaries: a quarter of the bytes each, moved to just after a space so that
    // every lane but the first starts a word.
    let mut bounds = [words.len(); LANES + 1];
    bounds[0] = 0;
    for lane in 1..LANES {
        let from = (words.len() * lane / LANES).max(bounds[lane - 1]);
        bounds[lane] = words
            .get(from..)
            .and_then(|rest| memchr::memchr(b' ', rest))
            .map_or(words.len(), |space| from + space + 1);
    }
    let mut hash = [FNV_OFFSET; LANES];
    hash[0] = *carry;
    // Where each lane writes its next hash: a lane's words end at its spaces, no more
    // than its bytes, so each writes inside its own part of `hashes`.
    let mut next = [0usize; LANES];
    next.copy_from_slice(&bounds[..LANES]);
    let shortest = (0..LANES)
        .map(|lane| bounds[lane + 1] - bounds[lane])
        .min()
        .unwrap_or(0);
    for step in 0..shortest {
        for lane in 0..LANES {
            step_lane(
                words,
                bounds[lane] + step,
                &mut hash[lane],
                hashes,
                &mut next[lane],
            );
        }
    }
    for lane in 0..LANES {
        for at in bounds[lane] + shortest..bounds[lane + 1] {
            step_lane(words, at, &mut hash[lane], hashes, &mut next[lane]);
        }
    }
    *carry = hash[LANES - 1];
    // A lane that is empty leaves the word open from the lane before it.
    for lane in (0..LANES).rev() {
        if bounds[lane + 1] > bounds[lane] {
            *carry = hash[lane];
            break;
        }
        if lane == 0 {
            *carry = hash[0];
        }
    }
    // The lanes' hashes, moved together in order.
    let mut written = next[0];
    for lane in 1..LANES {
        let from = bounds[lane];
        let count = next[lane] - from;
        hashes.copy_within(from..from + count, written);
        written += count;
    }
    written
}

/// One byte of a lane: a space ends the word (its hash written at `next`), any other byte
/// goes into the hash. Without a branch on the byte: the hash is written every time and
/// kept only at a space.
#[inline(always)]
fn step_lane(words: &[u8], at: usize, hash: &mut u64, hashes: &mut [u64], next: &mut usize) {
    let b = words.get(at).copied().unwrap_or(b' ');
    let space = b == b' ';
    if let Some(slot) = hashes.get_mut(*next) {
        *slot = *hash;
    }
    *next += usize::from(space);
    let mixed = (*hash ^ u64::from(b)).wrapping_mul(FNV_PRIME);
    *hash = if space { FNV_OFFSET } else { mixed };
}

#[cfg(test)]
mod tests {
    use std::sync::LazyLock;

    use super::super::fingerprint::{fingerprint, BodyReader, Fingerprint, HASH_CHUNK};
    use super::super::texts::{UNRELATED, VIKING, VIKING_REPOST};
    use super::*;
    use crate::test_rng::FixedLcg;

    // The fingerprint's byte loop as stop 20 wrote it (one pass, the FNV-1a hash of each word
    // as its bytes were read), kept as the definition the two passes must agree with.
    fn byte_loop(body: &str) -> Option<Fingerprint> {
        let table = &*LOWERED;
        let mut reader = BodyReader::default();
        // The normalized words not yet hashed, written by index (`len` stays in a register): at
        // most four bytes go in after a check that `len` is below `HASH_CHUNK`.
        let mut out = [0u8; HASH_CHUNK + 4];
        let mut len = 0usize;
        let mut word_hash = FNV_OFFSET;
        let mut in_word = false;
        let bytes = body.as_bytes();
        let mut at = 0;
        // Byte by byte: an ASCII byte is classed and lower-cased by one table look-up (two
        // thirds of the bytes of Vietnamese news); other characters are decoded.
        while let Some(&b) = bytes.get(at) {
            let lower = ASCII_WORD_LOWER[usize::from(b)];
            if lower != 0 {
                at += 1;
                if len >= HASH_CHUNK {
                    reader.sha.update(out.get(..len).unwrap_or_default());
                    len = 0;
                }
                if let Some(slot) = out.get_mut(len) {
                    *slot = lower;
                }
                len += 1;
                word_hash = (word_hash ^ u64::from(lower)).wrapping_mul(FNV_PRIME);
                in_word = true;
                continue;
            }
            if b < 0x80 {
                at += 1;
            } else {
                // Two-byte characters and the Vietnamese letters of U+1E00–U+1EFF: one look-up.
                let (lowered, width) = match table_lowered(table, bytes, at) {
                    Some((lowered, width)) => (*lowered, width),
                    None => {
                        let c = body.get(at..).and_then(|rest| rest.chars().next());
                        (
                            c.map(Lowered::of).unwrap_or_default(),
                            c.map_or(1, char::len_utf8),
                        )
                    }
                };
                at += width;
                if lowered.word {
                    if len >= HASH_CHUNK {
                        reader.sha.update(out.get(..len).unwrap_or_default());
                        len = 0;
                    }
                    if let Some(slots) = out.get_mut(len..len + 4) {
                        slots.copy_from_slice(&lowered.bytes);
                    }
                    len += usize::from(lowered.len);
                    for &b in lowered.utf8() {
                        word_hash = (word_hash ^ u64::from(b)).wrapping_mul(FNV_PRIME);
                    }
                    in_word = true;
                    continue;
                }
            }
            if in_word {
                if len >= HASH_CHUNK {
                    reader.sha.update(out.get(..len).unwrap_or_default());
                    len = 0;
                }
                if let Some(slot) = out.get_mut(len) {
                    *slot = b' ';
                }
                len += 1;
                reader.end_word(word_hash);
                word_hash = FNV_OFFSET;
                in_word = false;
            }
        }
        if in_word {
            if let Some(slot) = out.get_mut(len) {
                *slot = b' ';
            }
            len += 1;
            reader.end_word(word_hash);
        }
        reader.finish(out.get(..len).unwrap_or_default())
    }

    /// Per byte: its lower case when it is an ASCII letter or digit, else 0 (every byte of a
    /// character that is not ASCII too).
    static ASCII_WORD_LOWER: [u8; 256] = ascii_word_lower();

    const fn ascii_word_lower() -> [u8; 256] {
        let mut table = [0u8; 256];
        let mut b = 0u8;
        while b < 128 {
            if b.is_ascii_alphanumeric() {
                table[b as usize] = b.to_ascii_lowercase();
            }
            b += 1;
        }
        table
    }

    /// [`Lowered::of`] every two-byte character (U+0080–U+07FF, at code point − 0x80), then
    /// every character of Latin Extended Additional (U+1E00–U+1EFF, from index 0x780): the
    /// characters of Vietnamese text that are not ASCII.
    static LOWERED: LazyLock<Vec<Lowered>> = LazyLock::new(|| {
        (0x80..0x800u32)
            .chain(0x1e00..0x1f00)
            .map(|u| char::from_u32(u).map(Lowered::of).unwrap_or_default())
            .collect()
    });

    /// The character at byte `at` of `bytes` (a character boundary of a `str`) from `table`
    /// ([`LOWERED`]), and its width, when it is in the table.
    #[inline]
    fn table_lowered<'t>(
        table: &'t [Lowered],
        bytes: &[u8],
        at: usize,
    ) -> Option<(&'t Lowered, usize)> {
        let lead = *bytes.get(at)?;
        let next = usize::from(*bytes.get(at + 1)? & 0x3f);
        match lead {
            0xc2..=0xdf => {
                let code = (usize::from(lead & 0x1f) << 6) | next;
                Some((table.get(code - 0x80)?, 2))
            }
            0xe1 if matches!(bytes.get(at + 1), Some(0xb8..=0xbb)) => {
                let last = usize::from(*bytes.get(at + 2)? & 0x3f);
                Some((table.get(0x780 + (((next & 0x03) << 6) | last))?, 3))
            }
            _ => None,
        }
    }

    /// Pieces of text for random bodies: ASCII words and punctuation, Vietnamese letters in
    /// both cases, spaces of every kind, characters of every UTF-8 length (upper case whose
    /// lower case is longer or is two characters, letters and digits of other scripts).
    const PIECES: &[&str] = &[
        "a",
        "Z",
        "x9",
        "Lao",
        "ĐỘNG",
        "động",
        "Ủy",
        "ướC",
        "Ẩ",
        "ẫ",
        " ",
        " ",
        "  ",
        "\n",
        "\t",
        "\u{a0}",
        ",",
        ".",
        "“",
        "”",
        "–",
        "…",
        "\u{200b}",
        "İ",
        "Ⱥ",
        "ȿ",
        "Σ",
        "ς",
        "ǅ",
        "٣",
        "\u{301}",
        "Ω",
        "K",
        "\u{2126}",
        "\u{212a}",
        "ⅰ",
        "Ⅻ",
        "中文",
        "\u{3000}",
        "한",
        "\u{10400}",
        "𝒜",
        "😀",
        "\u{feff}",
        "ß",
        "ǈ",
        "Ᾱ",
        "ﬀ",
        "\u{7f}",
        "\u{80}",
        "\u{7ff}",
        "\u{800}",
        "\u{2fff}",
        "\u{1e9e}",
        "ｘ",
        "Ｘ",
    ];

    fn random_body(rng: &mut FixedLcg, pieces: usize) -> String {
        let mut body = String::new();
        for _ in 0..pieces {
            let piece = PIECES[rng.below(PIECES.len())];
            body.push_str(piece);
            if rng.below(3) == 0 {
                body.push(' ');
            }
        }
        body
    }

    #[test]
    fn the_two_passes_are_the_byte_loop() {
        let mut rng = FixedLcg::new();
        for round in 0..3000 {
            let pieces = match round % 4 {
                0 => rng.below(40),
                1 => rng.below(400),
                2 => 200 + rng.below(2000),
                _ => rng.below(12),
            };
            let body = random_body(&mut rng, pieces);
            assert_eq!(fingerprint(&body), byte_loop(&body), "{body:?}");
        }
        // Every code point below U+3100 (and some above) after and before letters, so that
        // each table entry and each lead byte is read inside a block and in the tail.
        let chars: Vec<char> = (0u32..0x3100)
            .chain((0x3100..0x11_0000).step_by(97))
            .filter_map(char::from_u32)
            .collect();
        for group in chars.chunks(50) {
            let body: String = group
                .iter()
                .flat_map(|&c| [c, 'a', c, ' ', 'b', c, c, 'Ư'])
                .collect();
            assert_eq!(fingerprint(&body), byte_loop(&body), "{body:?}");
        }
    }

    #[test]
    fn long_words_and_chunk_edges_are_the_byte_loop() {
        let long = format!("{} ẢNH Đà Nẵng İstanbul ΣΟΦΙΑ", VIKING).repeat(40);
        let mut bodies = vec![
            VIKING.to_string(),
            VIKING_REPOST.to_string(),
            UNRELATED.to_string(),
            long,
            // Words longer than a chunk, alone and among others.
            "ạ".repeat(3 * HASH_CHUNK),
            format!(
                "{} x {} y",
                "B".repeat(HASH_CHUNK + 7),
                "đ".repeat(HASH_CHUNK)
            ),
            format!("{}{}", "từ ".repeat(40), "ab".repeat(5 * HASH_CHUNK)),
            // Separators only, and one word of each length at the end.
            " .,;".repeat(2 * HASH_CHUNK),
        ];
        for shift in 0..40 {
            let mut body = "x ".repeat(HASH_CHUNK / 2 - 20 + shift);
            body.push_str(&"Ứng hòa ".repeat(30));
            bodies.push(body);
        }
        for body in &bodies {
            for cut in [0, 1, 2, 3, 7, 8, 9, 11, 12, 13] {
                let mut end = body.len().saturating_sub(cut);
                while !body.is_char_boundary(end) {
                    end -= 1;
                }
                let body = &body[..end];
                assert_eq!(fingerprint(body), byte_loop(body), "{body:?}");
            }
        }
    }

    #[test]
    fn the_table_reads_characters_as_lowered() {
        for c in (0..TABLE_CHARS).filter_map(char::from_u32) {
            let lowered = Lowered::of(c);
            assert!(lowered.utf8().len() <= 3, "{c:?}");
            let entry = CHARS[c as usize];
            assert_eq!(entry & WORD != 0, lowered.word, "{c:?}");
            assert_eq!(((entry >> 24) & 7) as usize, lowered.utf8().len(), "{c:?}");
            let bytes = (entry & 0x00ff_ffff).to_le_bytes();
            assert_eq!(&bytes[..lowered.utf8().len()], lowered.utf8(), "{c:?}");
        }
        assert!(table_lowered(&LOWERED, "ấy".as_bytes(), 0).is_some());
    }

    #[test]
    fn lanes_give_the_hashes_of_one_chain() {
        let mut rng = FixedLcg::new();
        for _ in 0..2000 {
            let len = rng.below(200);
            let words: Vec<u8> = (0..len)
                .map(|_| {
                    if rng.below(4) == 0 {
                        b' '
                    } else {
                        b"abc"[rng.below(3)]
                    }
                })
                .collect();
            let start = if rng.below(2) == 0 {
                FNV_OFFSET
            } else {
                rng.below(1 << 30) as u64 * 0x9e37_79b9
            };
            // One chain, byte by byte.
            let mut expected = Vec::new();
            let mut hash = start;
            for &b in &words {
                if b == b' ' {
                    expected.push(hash);
                    hash = FNV_OFFSET;
                } else {
                    hash = (hash ^ u64::from(b)).wrapping_mul(FNV_PRIME);
                }
            }
            let mut carry = start;
            let mut hashes = vec![0u64; words.len()];
            let written = word_hashes(&words, &mut carry, &mut hashes);
            assert_eq!(
                &hashes[..written],
                &expected[..],
                "{:?}",
                String::from_utf8_lossy(&words)
            );
            assert_eq!(carry, hash);
        }
    }
}
