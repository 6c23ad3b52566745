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
    use super::{ByFirstByte, ByLastBytes, StartPairs};

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
}
