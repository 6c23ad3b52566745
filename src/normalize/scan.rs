//! Block scans for the normalizer and the lower-cased view: the next byte that needs a look,
//! found 32 bytes at a time.
//!
//! Each pass of [`normalize`](super::normalize) looks for a rare event in text that is
//! mostly letters, spaces and punctuation it keeps: a character that may not be NFC, a toned
//! vowel after "o" or "u", a character that cleaning rewrites, an upper-case letter that is
//! not ASCII ([`lower_aligned`](super::chars::lower_aligned)). A byte-at-a-time search stops
//! at every Vietnamese letter or space that *may* start such an event (a third of the
//! letters start with 0xE1, every word ends with a space). Here each block of [`BLOCK`]
//! bytes is tested as a whole, by comparisons the compiler turns into vector instructions,
//! and only a block with an event is read byte by byte. Every scan is defined by a predicate
//! on a byte and the two after it (the `*_at` functions), which the byte-by-byte reading and
//! the tests use as they are.

/// Bytes tested together.
const BLOCK: usize = 32;

/// The first position `p >= from` of `bytes` where `hit(bytes, p)` holds, or `bytes.len()`.
/// Blocks of [`BLOCK`] bytes that have three more bytes after them are first tested whole by
/// `block_hit` (given the block and those three bytes), which must hold whenever `hit` holds
/// at a position of the block (it may hold more often: then the block is read byte by byte
/// for nothing).
#[inline(always)]
fn first_hit(
    bytes: &[u8],
    mut at: usize,
    block_hit: impl Fn(&[u8; BLOCK + 3]) -> bool,
    hit: impl Fn(&[u8], usize) -> bool,
) -> usize {
    while let Some(block) = bytes
        .get(at..at + BLOCK + 3)
        .and_then(|b| <&[u8; BLOCK + 3]>::try_from(b).ok())
    {
        if block_hit(block) {
            if let Some(p) = (at..at + BLOCK).find(|&p| hit(bytes, p)) {
                return p;
            }
        }
        at += BLOCK;
    }
    (at..bytes.len())
        .find(|&p| hit(bytes, p))
        .unwrap_or(bytes.len())
}

/// Per lane `j` of a block: `f(block[j], block[j + 1], block[j + 2], block[j + 3])`, OR-ed
/// together.
#[inline(always)]
fn any_lane(block: &[u8; BLOCK + 3], f: impl Fn(u8, u8, u8, u8) -> bool) -> bool {
    let mut any = false;
    for j in 0..BLOCK {
        any |= f(block[j], block[j + 1], block[j + 2], block[j + 3]);
    }
    any
}

/// Whether lead byte `b`, followed by `next`, may start a character that is not plainly NFC
/// (see `plainly_nfc`): bytes below 0xCC are ASCII, continuation bytes or lead bytes of
/// U+0000–U+02FF, and 0xE1 followed by 0xB8–0xBB is a precomposed Vietnamese letter
/// (U+1E00–U+1EFF).
#[inline(always)]
fn nfc_look(b: u8, next: u8) -> bool {
    b >= 0xcc && !(b == 0xe1 && next & 0xfc == 0xb8)
}

/// [`nfc_look`] at position `p` of `bytes` (a missing next byte counts as 0).
pub(super) fn nfc_look_at(bytes: &[u8], p: usize) -> bool {
    let b = bytes.get(p).copied().unwrap_or(0);
    nfc_look(b, bytes.get(p + 1).copied().unwrap_or(0))
}

/// The first position from `from` where [`nfc_look_at`] holds, or the end of `bytes`.
pub(super) fn next_nfc_look(bytes: &[u8], from: usize) -> usize {
    first_hit(
        bytes,
        from,
        |block| any_lane(block, |b, n, _, _| nfc_look(b, n)),
        nfc_look_at,
    )
}

/// Whether `b` is "o", "O", "u" or "U", the first vowel of a pair whose tone placement may
/// change.
#[inline(always)]
fn o_or_u(b: u8) -> bool {
    b | 0x20 == b'o' || b | 0x20 == b'u'
}

/// Whether the bytes `b`, `n1`, `n2` may start a toned "a", "e" or "y" that ends a syllable:
/// Latin-1 à á ã è é ý and their capitals (0xC3, then 0x80–0x83, 0x88–0x89, 0x9D, 0xA0–0xA3,
/// 0xA8–0xA9 or 0xBD) not followed by an ASCII letter, or Latin Extended Additional
/// ả ạ ẻ ẽ ẹ ỳ ỷ ỹ ỵ and their capitals (U+1EA0–U+1EA3, U+1EB8–U+1EBD, U+1EF2–U+1EF9). A
/// superset of what the tone placement rewrites, which checks each candidate in full.
#[inline(always)]
fn toned_aey(b: u8, n1: u8, n2: u8) -> bool {
    let latin1 = matches!(n1, 0x80..=0x83 | 0x88..=0x89 | 0x9d | 0xa0..=0xa3 | 0xa8..=0xa9 | 0xbd);
    let extended = (n1 == 0xba && matches!(n2, 0xa0..=0xa3 | 0xb8..=0xbd))
        || (n1 == 0xbb && matches!(n2, 0xb2..=0xb9));
    (b == 0xc3 && latin1 && !n2.is_ascii_alphabetic()) || (b == 0xe1 && extended)
}

/// Whether position `p` of `bytes` may start the second vowel of a pair whose tone
/// placement changes: [`toned_aey`] right after "o", "O", "u" or "U" (missing bytes count
/// as 0).
pub(super) fn tone_pair_at(bytes: &[u8], p: usize) -> bool {
    let at = |i: usize| bytes.get(i).copied().unwrap_or(0);
    p > 0 && o_or_u(at(p - 1)) && toned_aey(at(p), at(p + 1), at(p + 2))
}

/// The first position from `from` (at least 1) where [`tone_pair_at`] holds, or the end of
/// `bytes`.
pub(super) fn next_tone_pair(bytes: &[u8], from: usize) -> usize {
    // Lanes see the byte before the one tested: blocks start one byte early.
    let from = from.max(1);
    let before = first_hit(
        bytes,
        from - 1,
        |block| {
            any_lane(block, |prev, b, n1, n2| {
                o_or_u(prev) && toned_aey(b, n1, n2)
            })
        },
        |bytes, p| tone_pair_at(bytes, p + 1),
    );
    (before + 1).min(bytes.len())
}

/// Whether byte `b` may start a character that cleaning rewrites, other than 0xE1 (see
/// `maybe_rewritten` in the parent module: [`rewritten`] must equal its `maybe_rewritten_at`,
/// which a test there checks for every pair of bytes).
#[inline(always)]
fn rewritten_lead(b: u8) -> bool {
    b <= b' ' || b == 0x7f || b == 0xc2 || b == 0xe2 || b == 0xe3 || b == 0xef
}

/// `maybe_rewritten_at` of the parent module for byte `b` followed by `next`: of the
/// characters 0xE1 starts only U+1680 (0xE1 0x9A 0x80) is rewritten.
#[inline(always)]
pub(super) fn rewritten(b: u8, next: u8) -> bool {
    rewritten_lead(b) || (b == 0xe1 && next == 0x9a)
}

/// Whether cleaning, inside a run of kept characters, must stop at byte `b` (followed by
/// `n1`, `n2`): a byte that may start a rewritten character, unless it is a single space or
/// line break before a kept character (those stay as they are).
#[inline(always)]
fn clean_stop(b: u8, n1: u8, n2: u8) -> bool {
    rewritten(b, n1) && !((b == b' ' || b == b'\n') && !rewritten(n1, n2))
}

/// [`clean_stop`] at position `p` of `bytes`. A space or line break that ends the text is a
/// stop, and a missing byte after a lead byte counts as 0.
pub(super) fn clean_stop_at(bytes: &[u8], p: usize) -> bool {
    let at = |i: usize| bytes.get(i).copied().unwrap_or(0);
    let b = at(p);
    if p + 1 >= bytes.len() {
        return p < bytes.len() && rewritten(b, 0);
    }
    clean_stop(b, at(p + 1), at(p + 2))
}

/// The first position from `from` where [`clean_stop_at`] holds, or the end of `bytes`.
pub(super) fn next_clean_stop(bytes: &[u8], from: usize) -> usize {
    first_hit(
        bytes,
        from,
        |block| any_lane(block, |b, n1, n2, _| clean_stop(b, n1, n2)),
        clean_stop_at,
    )
}

/// Whether the character whose UTF-8 starts with `b`, `n1`, `n2` may change when
/// lower-cased: a superset of the non-ASCII upper-case letters, which passes over the
/// lower-case letters of Vietnamese (Latin-1 0xC3 0xA0–0xBF; đ ă ĩ ũ ơ ư; U+1E00–U+1EFF at odd
/// code points) and every byte that starts no character (ASCII and continuation bytes: the
/// ASCII letters are lower-cased apart).
#[inline(always)]
fn may_lower(b: u8, n1: u8, n2: u8) -> bool {
    match b {
        0x00..=0xbf => false,
        0xc3 => n1 < 0xa0,
        0xc4 => !matches!(n1, 0x83 | 0x91 | 0xa9),
        0xc5 => n1 != 0xa9,
        0xc6 => !matches!(n1, 0xa1 | 0xb0),
        0xe1 => !(matches!(n1, 0xb8..=0xbb) && n2 & 1 == 1),
        _ => true,
    }
}

/// [`may_lower`] at position `p` of `bytes` (missing bytes count as 0).
pub(super) fn may_lower_at(bytes: &[u8], p: usize) -> bool {
    let at = |i: usize| bytes.get(i).copied().unwrap_or(0);
    may_lower(at(p), at(p + 1), at(p + 2))
}

/// The first position from `from` where [`may_lower_at`] holds, or the end of `bytes`.
pub(super) fn next_may_lower(bytes: &[u8], from: usize) -> usize {
    first_hit(
        bytes,
        from,
        |block| any_lane(block, |b, n1, n2, _| may_lower(b, n1, n2)),
        may_lower_at,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte-by-byte definition of each scan.
    fn reference(bytes: &[u8], from: usize, hit: impl Fn(&[u8], usize) -> bool) -> usize {
        (from..bytes.len())
            .find(|&p| hit(bytes, p))
            .unwrap_or(bytes.len())
    }

    proptest::proptest! {
        #[test]
        fn block_scans_agree_with_the_byte_predicates(
            input in "([a-zA-Z0-9 .,\n]|[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀ]|[\u{a0}\u{1680}\u{2000}-\u{206f}\u{300}-\u{36f}\u{1e00}-\u{1eff}\u{feff}\u{3000}\u{7f}\u{1}]|[\u{80}-\u{10ffff}]){0,120}",
            from in 0usize..200,
        ) {
            let bytes = input.as_bytes();
            let from = from.min(bytes.len());
            proptest::prop_assert_eq!(next_nfc_look(bytes, from), reference(bytes, from, nfc_look_at));
            proptest::prop_assert_eq!(next_clean_stop(bytes, from), reference(bytes, from, clean_stop_at));
            proptest::prop_assert_eq!(next_tone_pair(bytes, from), reference(bytes, from.max(1), tone_pair_at));
            proptest::prop_assert_eq!(next_may_lower(bytes, from), reference(bytes, from, may_lower_at));
        }
    }

    #[test]
    fn every_character_that_lower_casing_changes_is_looked_at() {
        for c in (0..0x3_0000u32).filter_map(char::from_u32) {
            if !c.is_ascii() && super::super::chars::lower_aligned_char(c) != c {
                let text = format!("{c}a");
                assert!(may_lower_at(text.as_bytes(), 0), "{c:?}");
            }
        }
        assert!(!may_lower_at("đ".as_bytes(), 0) && !may_lower_at("ộ".as_bytes(), 0));
    }

    #[test]
    fn a_long_plain_run_is_skipped_to_its_event() {
        let text = format!("{}hoà{}", "đoàn viên công đoàn ".repeat(9), " x".repeat(40));
        let bytes = text.as_bytes();
        // "đoàn" is passed over: its "à" closes no syllable.
        let hoa = text.find("hoà").unwrap() + "ho".len();
        assert_eq!(next_tone_pair(bytes, 0), hoa);
        assert_eq!(next_nfc_look(bytes, 0), bytes.len());
        assert_eq!(next_clean_stop(bytes, 0), bytes.len());
        let with_nbsp = text.replacen(' ', "\u{a0}", 20);
        assert_eq!(
            next_clean_stop(with_nbsp.as_bytes(), 0),
            with_nbsp.find('\u{a0}').unwrap()
        );
    }
}
