//! Cheap first tests before comparing a place of the text with a list of phrases (issue 13,
//! stop 15): the phrases of a list grouped by their first byte ([`ByFirstByte`]), so that a
//! rule asking "does one of these phrases start here?" compares only those that can, and the
//! pairs of first bytes of an automaton's patterns ([`StartPairs`]), so that an anchored
//! search at a place where no pattern can start is not run. Both give exactly the answers of
//! the full comparison: a phrase starts at a place only where its first byte (and its first
//! two) are there.

/// The items of a phrase list grouped by the first byte of their phrase, each group in list
/// order. An empty phrase is a prefix of every text: its item is in every group.
#[derive(Debug, Clone)]
pub(crate) struct ByFirstByte<T> {
    /// Per first byte (256: the group of a text that is empty: the empty phrases' items).
    groups: Vec<Vec<T>>,
}

impl<T: Clone> ByFirstByte<T> {
    /// The groups of `items`, each a phrase and what to keep for it, in list order.
    pub(crate) fn new<'p>(items: impl IntoIterator<Item = (&'p str, T)>) -> Self {
        Self {
            groups: grouped_by_byte(items, |bytes| bytes.first().copied()),
        }
    }

    /// The items whose phrase may start `rest` (its first byte is `rest`'s), in list order:
    /// every item whose phrase is a prefix of `rest` is among them.
    pub(crate) fn starting(&self, rest: &str) -> &[T] {
        let key = rest.as_bytes().first().map_or(256, |&b| usize::from(b));
        self.groups.get(key).map_or(&[], Vec::as_slice)
    }
}

/// The items of a phrase list grouped by the last byte but one of their phrase (most
/// phrases end with a space), each group in list order: a rule asking "does the text before
/// this place end with one of these phrases?" compares only those that can (stop 18). A
/// phrase of fewer than two bytes is in every group.
#[derive(Debug, Clone)]
pub(crate) struct ByLastBytes<T> {
    /// Per last byte but one (256: the group of a text shorter than two bytes).
    groups: Vec<Vec<T>>,
}

impl<T: Clone> ByLastBytes<T> {
    /// The groups of `items`, each a phrase and what to keep for it, in list order.
    pub(crate) fn new<'p>(items: impl IntoIterator<Item = (&'p str, T)>) -> Self {
        Self {
            groups: grouped_by_byte(items, |bytes| {
                bytes
                    .len()
                    .checked_sub(2)
                    .and_then(|i| bytes.get(i))
                    .copied()
            }),
        }
    }

    /// The items whose phrase may end `head` (its last byte but one is `head`'s), in list
    /// order: every item whose phrase is a suffix of `head` is among them.
    pub(crate) fn ending(&self, head: &str) -> &[T] {
        let bytes = head.as_bytes();
        let key = bytes
            .len()
            .checked_sub(2)
            .and_then(|i| bytes.get(i))
            .map_or(256, |&b| usize::from(b));
        self.groups.get(key).map_or(&[], Vec::as_slice)
    }
}

/// The pairs of first bytes the patterns of an automaton start with: an anchored search at a
/// place whose two bytes are no pattern's first two finds nothing.
#[derive(Debug, Clone)]
pub(crate) struct StartPairs {
    /// One bit per pair of bytes (first byte × 256 + second).
    pairs: Vec<u64>,
    /// The first bytes of one-byte patterns (they match before any second byte, and at the
    /// text's last byte).
    singles: [bool; 256],
    /// Whether a pattern is empty (it matches everywhere).
    empty: bool,
}

impl StartPairs {
    /// The start pairs of `patterns`.
    pub(crate) fn new<'p>(patterns: impl IntoIterator<Item = &'p [u8]>) -> Self {
        let mut this = Self {
            pairs: vec![0; 65536 / 64],
            singles: [false; 256],
            empty: false,
        };
        for pattern in patterns {
            match *pattern {
                [] => this.empty = true,
                [a] => {
                    if let Some(single) = this.singles.get_mut(usize::from(a)) {
                        *single = true;
                    }
                    for b in 0..=255u8 {
                        this.set(a, b);
                    }
                }
                [a, b, ..] => this.set(a, b),
            }
        }
        this
    }

    fn set(&mut self, a: u8, b: u8) {
        let bit = usize::from(a) << 8 | usize::from(b);
        if let Some(word) = self.pairs.get_mut(bit / 64) {
            *word |= 1 << (bit % 64);
        }
    }

    /// Whether a pattern may start at byte `pos` of `haystack`: false only where none can
    /// (a place past the end is left to the search: true).
    pub(crate) fn may_start(&self, haystack: &[u8], pos: usize) -> bool {
        if self.empty {
            return true;
        }
        let next = pos.checked_add(1).and_then(|p| haystack.get(p));
        match (haystack.get(pos), next) {
            (Some(&a), Some(&b)) => {
                let bit = usize::from(a) << 8 | usize::from(b);
                self.pairs
                    .get(bit / 64)
                    .is_some_and(|word| word >> (bit % 64) & 1 == 1)
            }
            (Some(&a), None) => self.singles.get(usize::from(a)).copied().unwrap_or(true),
            (None, _) => true,
        }
    }
}

/// How many bits of a hashed triple [`StartTriples`] keeps: 65,536 bits (8 KiB), so that a
/// list of a few thousand phrases sets a few percent of them.
const TRIPLE_BITS: u32 = 16;

/// The first three bytes of a list's phrases, hashed into a bit set (issue 13, stop 25): a
/// place whose three bytes are no phrase's first three is left before the walk. The place
/// trie's pair test left most walks to die at the third byte: a lower-case Vietnamese letter
/// of three bytes (`ệ`, `ộ`: E1 BB 87, E1 BB 99) starts like `Ứng Hòa` (E1 BB A8). A phrase
/// of two bytes stands for its pair with every third byte; one of fewer bytes makes every
/// place a possible start. Hashed, the set answers "may start" for a few triples that start
/// no phrase (the walk then finds nothing), never "cannot" for one that does.
#[derive(Debug, Clone)]
pub(crate) struct StartTriples {
    /// One bit per hashed triple.
    bits: Vec<u64>,
    /// Whether a phrase has fewer than two bytes (every place may start one).
    short: bool,
}

impl StartTriples {
    /// The start triples of `patterns`.
    pub(crate) fn new<'p>(patterns: impl IntoIterator<Item = &'p [u8]>) -> Self {
        let mut this = Self {
            bits: vec![0; (1usize << TRIPLE_BITS) / 64],
            short: false,
        };
        for pattern in patterns {
            match *pattern {
                [] | [_] => this.short = true,
                [a, b] => {
                    for c in 0..=255u8 {
                        this.set(a, b, c);
                    }
                }
                [a, b, c, ..] => this.set(a, b, c),
            }
        }
        this
    }

    /// The bit of a triple: its three bytes as one number, multiplied by a large odd
    /// constant, its top [`TRIPLE_BITS`] bits.
    #[inline(always)]
    fn bit(a: u8, b: u8, c: u8) -> usize {
        let key = u32::from(a) << 16 | u32::from(b) << 8 | u32::from(c);
        (key.wrapping_mul(0x9E37_79B1) >> (32 - TRIPLE_BITS)) as usize
    }

    fn set(&mut self, a: u8, b: u8, c: u8) {
        let bit = Self::bit(a, b, c);
        if let Some(word) = self.bits.get_mut(bit / 64) {
            *word |= 1 << (bit % 64);
        }
    }

    /// Whether a phrase may start at byte `pos` of `haystack`: false only where none can (a
    /// place fewer than three bytes before the end is left to the walk: true).
    #[inline(always)]
    pub(crate) fn may_start(&self, haystack: &[u8], pos: usize) -> bool {
        if self.short {
            return true;
        }
        match haystack.get(pos..).and_then(|rest| rest.get(..3)) {
            Some(&[a, b, c]) => {
                let bit = Self::bit(a, b, c);
                self.bits
                    .get(bit / 64)
                    .is_none_or(|word| word >> (bit % 64) & 1 == 1)
            }
            _ => true,
        }
    }
}

/// `items` in 257 groups by the byte `key` picks from each phrase (256: the phrases it picks
/// none from, which go into every group), each group in list order.
fn grouped_by_byte<'p, T: Clone>(
    items: impl IntoIterator<Item = (&'p str, T)>,
    key: impl Fn(&[u8]) -> Option<u8>,
) -> Vec<Vec<T>> {
    let mut groups: Vec<Vec<T>> = vec![Vec::new(); 257];
    for (phrase, item) in items {
        match key(phrase.as_bytes()) {
            Some(b) => {
                if let Some(group) = groups.get_mut(usize::from(b)) {
                    group.push(item);
                }
            }
            None => {
                for group in &mut groups {
                    group.push(item.clone());
                }
            }
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::{ByFirstByte, ByLastBytes, StartPairs, StartTriples};

    /// Every phrase that ends a text is in the group `ending` gives, in list order.
    #[test]
    fn groups_hold_every_suffix_in_order() {
        let phrases = ["ông ", "chí ", "bà ", "", " ", "ng", "gồm: ", "x"];
        let index = ByLastBytes::new(phrases.iter().enumerate().map(|(i, p)| (*p, i)));
        for text in [
            "đồng chí ",
            "ông ",
            "bà ",
            "",
            " ",
            "x",
            "ng",
            "các ông",
            "gồm: ",
            "chí",
            "ax",
        ] {
            let all: Vec<usize> = (0..phrases.len())
                .filter(|&i| text.ends_with(phrases[i]))
                .collect();
            let grouped: Vec<usize> = index
                .ending(text)
                .iter()
                .copied()
                .filter(|&i| text.ends_with(phrases[i]))
                .collect();
            assert_eq!(all, grouped, "{text:?}");
        }
    }

    /// Every phrase that starts a text is in the group `starting` gives, in list order.
    #[test]
    fn groups_hold_every_prefix_in_order() {
        let phrases = ["ông ", "Ông ", "bà ", "", "ô", "ông"];
        let index = ByFirstByte::new(phrases.iter().enumerate().map(|(i, p)| (*p, i)));
        for text in ["ông Nguyễn", "Ông Lê", "bà Hoa", "", "x", "ô", "ôn"] {
            let all: Vec<usize> = (0..phrases.len())
                .filter(|&i| text.starts_with(phrases[i]))
                .collect();
            let grouped: Vec<usize> = index
                .starting(text)
                .iter()
                .copied()
                .filter(|&i| text.starts_with(phrases[i]))
                .collect();
            assert_eq!(all, grouped, "{text:?}");
        }
    }

    /// `may_start` is false only where no pattern starts (checked at every byte).
    #[test]
    fn pairs_never_miss_a_pattern() {
        let patterns: [&[u8]; 4] = [b"TP.", "Hà Nội".as_bytes(), b"Q", "Đà".as_bytes()];
        let pairs = StartPairs::new(patterns.iter().copied());
        let text = "Quận 1, TP. Hà Nội, Đà Nẵng và Q".as_bytes();
        for pos in 0..=text.len() + 1 {
            let any = patterns
                .iter()
                .any(|p| text.get(pos..).is_some_and(|rest| rest.starts_with(p)));
            if any {
                assert!(pairs.may_start(text, pos), "{pos}");
            }
        }
        assert!(!pairs.may_start(b"xy", 0));
        assert!(!pairs.may_start(b"x", 0));
        assert!(pairs.may_start(b"Q", 0));
        assert!(pairs.may_start(b"", 3));
    }

    /// `may_start` of the triples is true wherever a phrase starts, over many texts of
    /// phrases, pieces of phrases and filler (checked at every byte), and false at most
    /// places where none does.
    #[test]
    fn triples_never_miss_a_phrase() {
        let phrases: [&str; 9] = [
            "Hà Nội",
            "Hà Nam",
            "Ứng Hòa",
            "Đà Nẵng",
            "TP",
            "TP.HCM",
            "Ý Yên",
            "Quận 1",
            "Ba Vì",
        ];
        let triples = StartTriples::new(phrases.iter().map(|p| p.as_bytes()));
        let filler = ["ệ", "ộ", " ", "Hà ", "Ứ", "T", "x", ", ", "\n", "Đ"];
        let mut rng = crate::test_rng::FixedLcg::new();
        let (mut places, mut refused) = (0, 0);
        for _ in 0..400 {
            let text = rng.phrase_text(&phrases, &filler, 24, false);
            let bytes = text.as_bytes();
            for pos in 0..=bytes.len() + 1 {
                let starts = phrases.iter().any(|p| {
                    bytes
                        .get(pos..)
                        .is_some_and(|rest| rest.starts_with(p.as_bytes()))
                });
                let may = triples.may_start(bytes, pos);
                if starts {
                    assert!(may, "{text:?} at {pos}");
                }
                places += 1;
                refused += usize::from(!may);
            }
        }
        assert!(refused * 2 > places, "{refused} of {places}");
        // The lower-case letters that start like "Ứng Hòa" are refused at their third byte.
        assert!(!triples.may_start("ệ và ộ".as_bytes(), 0));
        assert!(!triples.may_start("ộ".as_bytes(), 0));
        // A phrase of two bytes stands for every third; fewer than three bytes left: true.
        assert!(triples.may_start(b"TPx", 0));
        assert!(triples.may_start(b"xy", 0));
        assert!(triples.may_start(b"", 0));
        // A phrase of one byte: every place.
        let short = StartTriples::new([b"x".as_slice()]);
        assert!(short.may_start(b"abc", 0));
    }
}
