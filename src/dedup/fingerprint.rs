//! Fingerprints of an article's body: a 64-bit hash of its normalized words (exact copies) and
//! a 64-bit SimHash over its word 3-shingles (light edits).
//!
//! The **normalized body** is the record's `text` without its headline paragraph, read as
//! words (runs of letters and digits, [`char::is_alphanumeric`]) in lower case, one space
//! between them: spacing, punctuation, case and the headline (aggregators retitle) do not
//! count. Both hashes are computed in one pass over the text, without copying it.

use std::sync::LazyLock;

use sha2::{Digest, Sha256};

use super::votes::Votes;

/// Words of each shingle: three, so that one changed word changes three shingles.
pub const SHINGLE_WORDS: usize = 3;

/// Bodies of fewer words than this have no fingerprint and are never duplicates: a short body
/// is a caption, a notice or what is left of a page with no body found, and unrelated pages
/// share those; and the SimHash of fewer than 28 shingles moves by many bits for one changed
/// word. On `../shared/corpus-real/` (10,637 articles) 18 bodies have fewer than 20 words and
/// none of the near-duplicates found has fewer than 180.
pub const MIN_WORDS: u32 = 30;

/// The most bits two SimHashes may differ by for their bodies to be near-duplicates: 5 of 64
/// (similarity ≥ 0.922). Measured on `../shared/corpus-real/` (labour + general-10k, 10,637
/// articles; docs/PERFORMANCE.md#memory): pairs within a few bits are one article reposted
/// with another byline (`baomoi-21491950`, `baomoi-21487715`: 4 bits), edited (a sentence
/// added, one reworded: 2 bits) or one news item as two papers wrote it (4 bits); unrelated
/// articles are 11 bits or more apart. A 64-bit SimHash of a 300-word body moves by several
/// bits for a few changed words (the repost's changed byline moves it by 4), so 3 bits would
/// miss reposts. With 6 bands, any two SimHashes within 5 bits share a band.
pub const NEAR_BITS: u32 = 5;

/// The fingerprint of one body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fingerprint {
    /// The first 64 bits of the sha256 of the normalized body.
    pub body_hash: u64,
    /// SimHash over the body's word 3-shingles.
    pub simhash: u64,
    /// The body's words.
    pub words: u32,
}

impl Fingerprint {
    /// How similar two bodies are by their SimHashes: 1 − differing bits / 64 (1.0 for the
    /// same SimHash).
    ///
    /// # Example
    /// ```
    /// use union_news::dedup::Fingerprint;
    /// let a = Fingerprint { body_hash: 1, simhash: 0b1011, words: 40 };
    /// let b = Fingerprint { body_hash: 2, simhash: 0b0011, words: 40 };
    /// assert_eq!(a.similarity(&b), 1.0 - 1.0 / 64.0);
    /// ```
    pub fn similarity(&self, other: &Fingerprint) -> f64 {
        1.0 - f64::from(self.distance(other)) / 64.0
    }

    /// Bits in which the two SimHashes differ.
    pub fn distance(&self, other: &Fingerprint) -> u32 {
        (self.simhash ^ other.simhash).count_ones()
    }

    /// The same normalized body (both hashes equal).
    pub fn is_exact(&self, other: &Fingerprint) -> bool {
        self.body_hash == other.body_hash && self.simhash == other.simhash
    }

    /// Near-duplicate bodies: SimHashes within [`NEAR_BITS`].
    pub fn is_near(&self, other: &Fingerprint) -> bool {
        self.distance(other) <= NEAR_BITS
    }
}

/// The body of a record's `text`: what follows the headline paragraph when the text starts
/// with `title`, else the whole text.
///
/// # Example
/// ```
/// use union_news::dedup::body_of;
/// assert_eq!(body_of("Tiêu đề\n\nThân bài.", Some("Tiêu đề")), "Thân bài.");
/// assert_eq!(body_of("Thân bài.", None), "Thân bài.");
/// ```
pub fn body_of<'a>(text: &'a str, title: Option<&str>) -> &'a str {
    match title {
        Some(title) if !title.is_empty() => match text.strip_prefix(title) {
            Some(rest) if rest.is_empty() || rest.starts_with('\n') => rest.trim_start(),
            _ => text,
        },
        _ => text,
    }
}

/// The fingerprint of `body`, or `None` when it has fewer than [`MIN_WORDS`] words. One pass,
/// linear in the body's length.
///
/// # Example
/// ```
/// use union_news::dedup::fingerprint;
/// let body = "Sáng 17/1, Liên đoàn Lao động quận Thanh Khê tổ chức hội nghị tổng kết hoạt động công đoàn năm 2023. Trong năm, LĐLĐ quận đã thành lập được 24 CĐCS, kết nạp được 1.199 đoàn viên.";
/// let a = fingerprint(body).unwrap();
/// // Spacing, punctuation and case are not part of the normalized body.
/// let b = fingerprint(&body.to_uppercase().replace(", ", " ,  ")).unwrap();
/// assert_eq!(a, b);
/// assert!(fingerprint("Ảnh: Vũ Hội.").is_none());
/// ```
pub fn fingerprint(body: &str) -> Option<Fingerprint> {
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

/// A character as [`fingerprint`] reads it: whether it is a word character
/// ([`is_word_char`]) and its lower case ([`lower_case`]) in UTF-8.
#[derive(Debug, Clone, Copy, Default)]
struct Lowered {
    word: bool,
    len: u8,
    bytes: [u8; 4],
}

impl Lowered {
    fn of(c: char) -> Self {
        let mut buf = [0u8; 4];
        let lower = lower_case(c, &mut buf);
        let mut bytes = [0u8; 4];
        bytes[..lower.len()].copy_from_slice(lower);
        Lowered {
            word: is_word_char(c),
            len: lower.len() as u8,
            bytes,
        }
    }

    fn utf8(&self) -> &[u8] {
        &self.bytes[..usize::from(self.len)]
    }
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

/// A letter or digit ([`char::is_alphanumeric`]), with fast paths for ASCII and the blocks
/// Vietnamese letters are in (Latin-1 and Extended-A/B letters, Latin Extended Additional).
fn is_word_char(c: char) -> bool {
    match c {
        '\0'..='\u{7f}' => c.is_ascii_alphanumeric(),
        '\u{d7}' | '\u{f7}' => false,
        '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}' => true,
        _ => c.is_alphanumeric(),
    }
}

/// The UTF-8 of `c` in lower case ([`char::to_lowercase`]), with fast paths for ASCII and
/// the Vietnamese letters of U+1EA0–U+1EFF (upper case at even code points, its lower case
/// the next).
fn lower_case(c: char, buf: &mut [u8; 4]) -> &[u8] {
    let next = |c: char| char::from_u32(c as u32 + 1).unwrap_or(c);
    let even = (c as u32) % 2 == 0;
    let lower = match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        _ if c.is_ascii() => c,
        // Latin-1 upper case letters (À–Þ but ×), 0x20 below their lower case.
        '\u{c0}'..='\u{de}' if c != '\u{d7}' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        '\u{df}'..='\u{ff}' => c,
        // Pairs, upper case at the even code point: Latin Extended-A's (Ă, Đ, Ĩ, Ũ, …),
        // Ơ and Ư, Latin Extended Additional's (Ạ … Ỹ).
        '\u{100}'..='\u{12f}'
        | '\u{132}'..='\u{137}'
        | '\u{14a}'..='\u{177}'
        | '\u{1a0}'..='\u{1a1}'
        | '\u{1ea0}'..='\u{1eff}' => {
            if even {
                next(c)
            } else {
                c
            }
        }
        '\u{1af}' => next(c),
        '\u{1b0}' => c,
        _ => {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(one), None) => one,
                // A letter whose lower case is two characters ("İ"): its own bytes.
                _ => c,
            }
        }
    };
    lower.encode_utf8(buf).as_bytes()
}

/// What [`fingerprint`] keeps while it reads: the body hash so far (the byte loop holds the
/// normalized words not yet hashed), the SimHash's bit votes, the hashes of the words read but not yet counted
/// ([`BodyReader::pending`]), and the partial shingle hashes of the last two words counted
/// ([`BodyReader::shingles`]).
struct BodyReader {
    sha: Sha256,
    votes: Votes,
    /// The first step of [`shingle_hash`] for a shingle that starts at the last word counted:
    /// `mix(m)`, with `m` that word's mixed hash.
    first: u64,
    /// The first two steps of [`shingle_hash`] for a shingle that starts at the word before
    /// the last counted and goes on with the last.
    pair: u64,
    /// The words read.
    words: u32,
    /// The FNV hashes of the words read since the last [`BodyReader::shingles`].
    pending: [u64; PENDING],
    /// How many of `pending` are words.
    pending_len: usize,
}

/// Bytes of normalized words hashed at a time.
const HASH_CHUNK: usize = 4096;

/// Words whose shingles are counted at a time.
const PENDING: usize = 64;

impl Default for BodyReader {
    fn default() -> Self {
        Self {
            sha: Sha256::new(),
            votes: Votes::default(),
            first: 0,
            pair: 0,
            words: 0,
            pending: [0; PENDING],
            pending_len: 0,
        }
    }
}

impl BodyReader {
    /// A word ended (its bytes and the space after it are in the byte loop's buffer): its hash waits
    /// in [`BodyReader::pending`] for the shingle it ends to vote. The byte loop only stores
    /// the hash; [`BodyReader::shingles`] counts [`PENDING`] words at a time in a loop of its
    /// own (the votes held in registers instead of read and written back for every word).
    #[inline(always)]
    fn end_word(&mut self, word_hash: u64) {
        self.words = self.words.saturating_add(1);
        if let Some(slot) = self.pending.get_mut(self.pending_len) {
            *slot = word_hash;
        }
        self.pending_len += 1;
        if self.pending_len >= PENDING {
            self.shingles();
        }
    }

    /// The shingles ending at the pending words vote.
    ///
    /// A shingle's hash is [`shingle_hash`] of the last three words' mixed hashes `a b c`,
    /// `mix(rot(mix(rot(mix(a)) ^ b)) ^ c)`: its first two steps depend on the earlier words
    /// only, so they are kept from the words before ([`BodyReader::first`],
    /// [`BodyReader::pair`]) and each word's three remaining steps run side by side instead
    /// of one after the other (a test compares with [`shingle_hash`]).
    #[inline(never)]
    fn shingles(&mut self) {
        let pending = self.pending.get(..self.pending_len).unwrap_or_default();
        // Words counted before these: the third word counted opens the votes.
        let mut counted = (self.words as usize).saturating_sub(pending.len());
        let (mut first, mut pair) = (self.first, self.pair);
        let mut shingles = [0u64; PENDING];
        let mut voting = 0;
        for &word_hash in pending {
            let word = mix(word_hash);
            let shingle = mix(pair.rotate_left(17) ^ word);
            pair = mix(first.rotate_left(17) ^ word);
            first = mix(word);
            counted += 1;
            if counted >= SHINGLE_WORDS {
                if let Some(slot) = shingles.get_mut(voting) {
                    *slot = shingle;
                }
                voting += 1;
            }
        }
        self.votes
            .add_all(shingles.get(..voting).unwrap_or_default());
        (self.first, self.pair) = (first, pair);
        self.pending_len = 0;
    }

    /// The fingerprint, `rest` the normalized words not yet hashed.
    fn finish(mut self, rest: &[u8]) -> Option<Fingerprint> {
        if self.words < MIN_WORDS {
            return None;
        }
        self.shingles();
        self.sha.update(rest);
        let digest = self.sha.finalize();
        let mut first = [0u8; 8];
        first.copy_from_slice(&digest[..8]);
        let simhash = self.votes.simhash();
        Some(Fingerprint {
            body_hash: u64::from_be_bytes(first),
            simhash,
            words: self.words,
        })
    }
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// SplitMix64's finalizer: spreads a hash's bits (FNV-1a alone leaves the high bits of short
/// words weak, and SimHash needs every bit fair).
fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// The hash of the shingle of the words in `window` (in order: "a b c" ≠ "c b a"): the
/// definition [`BodyReader::shingles`] computes in steps.
#[cfg(test)]
fn shingle_hash(window: &[u64; SHINGLE_WORDS]) -> u64 {
    window
        .iter()
        .fold(0u64, |acc, &word| mix(acc.rotate_left(17) ^ word))
}

#[cfg(test)]
mod tests {
    use super::super::texts::{UNRELATED, VIKING, VIKING_REPOST};
    use super::*;

    /// The SimHash as first written: a +1/−1 vote per bit and shingle.
    fn simhash_by_sums(hashes: &[u64]) -> u64 {
        let mut counts = [0i64; 64];
        for &hash in hashes {
            for (bit, count) in counts.iter_mut().enumerate() {
                *count += ((hash >> bit) & 1) as i64 * 2 - 1;
            }
        }
        counts
            .iter()
            .enumerate()
            .filter(|(_, &count)| count > 0)
            .fold(0u64, |acc, (bit, _)| acc | (1 << bit))
    }

    #[test]
    fn the_table_reads_characters_as_the_decoding_does() {
        for c in (0x80..0x800u32)
            .chain(0x1e00..0x1f00)
            .filter_map(char::from_u32)
        {
            let text = format!("{c}a");
            let (lowered, width) =
                table_lowered(&LOWERED, text.as_bytes(), 0).expect("in the table");
            assert_eq!(width, c.len_utf8(), "{c:?}");
            assert_eq!(lowered.word, is_word_char(c), "{c:?}");
            let mut buf = [0u8; 4];
            assert_eq!(lowered.utf8(), lower_case(c, &mut buf), "{c:?}");
        }
        assert!(table_lowered(&LOWERED, "ấy".as_bytes(), 0).is_some());
        assert!(table_lowered(&LOWERED, "“".as_bytes(), 0).is_none());
    }

    /// The fingerprint as first written: the words' hashes in a window, each shingle hashed
    /// whole by [`shingle_hash`] (the votes as in [`fingerprint`]; no body hash).
    fn fingerprint_by_windows(body: &str) -> Option<Fingerprint> {
        let mut votes = Votes::default();
        let mut window = [0u64; SHINGLE_WORDS];
        let mut words = 0u32;
        for word in body
            .split(|c: char| !is_word_char(c))
            .filter(|w| !w.is_empty())
        {
            let mut buf = [0u8; 4];
            let mut hash = FNV_OFFSET;
            for c in word.chars() {
                for &b in lower_case(c, &mut buf) {
                    hash = (hash ^ u64::from(b)).wrapping_mul(FNV_PRIME);
                }
            }
            window.rotate_left(1);
            window[SHINGLE_WORDS - 1] = mix(hash);
            words += 1;
            if words as usize >= SHINGLE_WORDS {
                votes.add(shingle_hash(&window));
            }
        }
        (words >= MIN_WORDS).then(|| Fingerprint {
            body_hash: 0,
            simhash: votes.simhash(),
            words,
        })
    }

    #[test]
    fn shingles_hashed_in_steps_give_the_windows_simhash() {
        let long = VIKING.repeat(3);
        for body in [VIKING, VIKING_REPOST, UNRELATED, long.as_str()] {
            let expected = fingerprint_by_windows(body).map(|f| (f.simhash, f.words));
            let found = fingerprint(body).map(|f| (f.simhash, f.words));
            assert_eq!(found, expected);
        }
    }

    #[test]
    fn words_counted_in_batches_give_the_windows_simhash() {
        let words: Vec<&str> = VIKING.split_whitespace().collect();
        for n in [
            29, 30, 63, 64, 65, 66, 127, 128, 129, 130, 255, 256, 257, 1000,
        ] {
            let body: Vec<&str> = words.iter().copied().cycle().take(n).collect();
            let body = body.join(" ");
            let expected = fingerprint_by_windows(&body).map(|f| (f.simhash, f.words));
            let found = fingerprint(&body).map(|f| (f.simhash, f.words));
            assert_eq!(found, expected, "{n} words");
        }
    }

    #[test]
    fn bit_sliced_votes_give_the_simhash_of_the_sums() {
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        // Around the adder tree's blocks (16) and the sliced counter's flush (255 blocks).
        for n in [
            0usize, 1, 2, 3, 15, 16, 17, 254, 255, 256, 511, 1000, 3000, 4079, 4080, 4081, 4096,
            8161, 20000,
        ] {
            let hashes: Vec<u64> = (0..n)
                .map(|i| {
                    state = mix(state ^ i as u64);
                    // Skewed bits too, so that ties and near-ties occur.
                    match i % 3 {
                        0 => state & 0xffff_0000_ffff_0000,
                        1 => state | 0x00ff_0000_0000_00ff,
                        _ => state,
                    }
                })
                .collect();
            let expected = simhash_by_sums(&hashes);
            let mut votes = Votes::default();
            for &h in &hashes {
                votes.add(h);
            }
            assert_eq!(votes.simhash(), expected, "{n} shingles one by one");
            // In batches of every size up to 70 (the byte loop gives up to 64).
            for batch in [1usize, 5, 16, 31, 62, 64, 70] {
                let mut votes = Votes::default();
                for chunk in hashes.chunks(batch) {
                    votes.add_all(chunk);
                }
                assert_eq!(votes.simhash(), expected, "{n} shingles by {batch}");
            }
        }
    }

    #[test]
    fn the_body_hash_is_the_sha256_of_the_normalized_words() {
        let long = format!("{} ẢNH Đà Nẵng İstanbul ΣΟΦΙΑ", VIKING).repeat(40);
        for body in [VIKING, VIKING_REPOST, UNRELATED, long.as_str()] {
            let mut normalized = String::new();
            for word in body
                .split(|c: char| !is_word_char(c))
                .filter(|w| !w.is_empty())
            {
                let mut buf = [0u8; 4];
                for c in word.chars() {
                    normalized
                        .push_str(std::str::from_utf8(lower_case(c, &mut buf)).expect("UTF-8"));
                }
                normalized.push(' ');
            }
            let digest = Sha256::digest(normalized.as_bytes());
            let mut first = [0u8; 8];
            first.copy_from_slice(&digest[..8]);
            let found = fingerprint(body).expect("a long body");
            assert_eq!(found.body_hash, u64::from_be_bytes(first));
        }
        assert!(long.len() > 4 * HASH_CHUNK);
    }

    #[test]
    fn a_repost_with_another_byline_is_near() {
        let first = fingerprint(VIKING).unwrap();
        let repost = fingerprint(VIKING_REPOST).unwrap();
        assert_ne!(first.body_hash, repost.body_hash);
        assert!(
            first.is_near(&repost),
            "distance {}",
            first.distance(&repost)
        );
        assert!(!first.is_exact(&repost));
        assert!(first.similarity(&repost) >= 1.0 - f64::from(NEAR_BITS) / 64.0);
    }

    #[test]
    fn spacing_case_and_punctuation_are_not_the_body() {
        let first = fingerprint(VIKING).unwrap();
        let respaced = VIKING.replace(". ", " .  ").to_uppercase();
        assert!(first.is_exact(&fingerprint(&respaced).unwrap()));
        // A light edit: one sentence reworded.
        let edited = VIKING.replace(
            "Lễ hội này bắt đầu từ năm 1870.",
            "Lễ hội này được tổ chức lần đầu vào năm 1870.",
        );
        let edited = fingerprint(&edited).unwrap();
        assert!(!first.is_exact(&edited));
        assert!(
            first.is_near(&edited),
            "distance {}",
            first.distance(&edited)
        );
        // Word order counts.
        let reversed: Vec<&str> = VIKING.split(' ').rev().collect();
        let reversed = fingerprint(&reversed.join(" ")).unwrap();
        assert!(
            !first.is_near(&reversed),
            "distance {}",
            first.distance(&reversed)
        );
    }

    #[test]
    fn short_bodies_have_no_fingerprint() {
        let words: Vec<&str> = VIKING.split_whitespace().take(29).collect();
        assert!(fingerprint(&words.join(" ")).is_none());
        let words: Vec<&str> = VIKING.split_whitespace().take(32).collect();
        assert!(fingerprint(&words.join(" ")).is_some());
        assert!(fingerprint("").is_none());
        assert!(fingerprint("Ảnh: Jeff J Mitchell/ Getty.").is_none());
    }

    #[test]
    fn unrelated_bodies_are_far_apart() {
        let a = fingerprint(VIKING).unwrap();
        let b = fingerprint(UNRELATED).unwrap();
        assert!(a.distance(&b) > 12, "distance {}", a.distance(&b));
    }

    #[test]
    fn fast_paths_agree_with_the_standard_library() {
        let mut buf = [0u8; 4];
        for c in ('\0'..='\u{2fff}').chain(['İ', 'Σ', 'ǅ', '٣', '\u{10400}']) {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
            let lower: String = c.to_lowercase().collect();
            let expected = if lower.chars().count() == 1 {
                lower
            } else {
                c.to_string()
            };
            assert_eq!(lower_case(c, &mut buf), expected.as_bytes(), "{c:?}");
        }
        for b in 0..128u8 {
            let c = char::from(b);
            let expected = if is_word_char(c) {
                lower_case(c, &mut buf).to_vec()
            } else {
                vec![0]
            };
            assert_eq!([ASCII_WORD_LOWER[usize::from(b)]], expected[..], "{c:?}");
        }
    }

    #[test]
    fn the_headline_is_not_part_of_the_body() {
        assert_eq!(
            body_of("Hội nghị\n\nSáng 17/1.", Some("Hội nghị")),
            "Sáng 17/1."
        );
        assert_eq!(body_of("Hội nghị lớn", Some("Hội nghị")), "Hội nghị lớn");
        assert_eq!(body_of("Hội nghị", Some("Hội nghị")), "");
    }
}
