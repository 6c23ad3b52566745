//! A byte trie of phrases (issue 13, stop 24): the longest phrase starting at a place of a
//! text, and the leftmost-longest phrases of a whole text, with the matches an Aho-Corasick
//! automaton built with `MatchKind::LeftmostLongest` over the same phrases finds.
//!
//! Leftmost-longest matching is, by its definition, the longest phrase starting at the first
//! place where one starts; the next search starts at that match's end. The trie answers the
//! first question at each place directly: the walk from its root along the text's bytes, the
//! deepest node that ends a phrase. The gazetteer's place names ([`super::lexicon`]) were
//! searched this way by a contiguous NFA whose unanchored scan took about 17 instructions a
//! byte (the walk through failure links) and whose anchored searches cost about 300
//! instructions each in set-up; the trie's scan skips every byte that starts no phrase with
//! one table look-up and walks only where one does.
//!
//! Linear time: the walk at one place reads at most the longest phrase's bytes, a constant of
//! the table (`longest` bytes), so a scan of `n` bytes costs at most `n × longest` steps.

use super::starts::StartTriples;

/// No phrase ends at a node.
const NONE: u32 = u32::MAX;

/// A node of the trie: its children's range in [`PhraseTrie::bytes`] and
/// [`PhraseTrie::targets`], and the phrase it ends.
#[derive(Debug, Clone, Copy)]
struct Node {
    /// Index of the first child edge.
    first: u32,
    /// Number of child edges.
    children: u32,
    /// The index of the phrase that ends here, or [`NONE`].
    phrase: u32,
}

/// The phrases of a table as a byte trie, children sorted by byte. A phrase given twice keeps
/// its first index; an empty phrase is never matched.
#[derive(Debug, Clone)]
pub(crate) struct PhraseTrie {
    /// The root's child per first byte (0: no phrase starts with that byte; node 0 is the
    /// root, which is no child).
    root: [u32; 256],
    /// The nodes, the root first.
    nodes: Vec<Node>,
    /// The byte of each child edge, grouped by parent node, each group sorted.
    bytes: Vec<u8>,
    /// The node each child edge leads to.
    targets: Vec<u32>,
    /// Whether each byte starts a phrase (1) or not (0): the scan reads eight of them at a
    /// time as a bit mask.
    first: [u8; 256],
    /// The phrases' first three bytes (stop 25; stop 24 tested the first two): of the places
    /// whose first byte starts a phrase, about one in nine is walked (a lower-case letter of
    /// three bytes after its lead byte, or of two, is left here).
    triples: StartTriples,
}

impl PhraseTrie {
    /// The trie of `phrases`; a match names its phrase by its index in `phrases`.
    pub(crate) fn new<P: AsRef<[u8]>>(phrases: &[P]) -> Self {
        // Built with each node's children as a list, then laid out flat.
        let mut children: Vec<Vec<(u8, u32)>> = vec![Vec::new()];
        let mut phrase_of: Vec<u32> = vec![NONE];
        for (index, phrase) in phrases.iter().enumerate() {
            let phrase = phrase.as_ref();
            if phrase.is_empty() {
                continue;
            }
            let mut node = 0usize;
            for &b in phrase {
                let found = children
                    .get(node)
                    .and_then(|c| c.iter().find(|(byte, _)| *byte == b))
                    .map(|&(_, next)| next);
                node = match found {
                    Some(next) => next as usize,
                    None => {
                        let next = children.len();
                        children.push(Vec::new());
                        phrase_of.push(NONE);
                        if let Some(c) = children.get_mut(node) {
                            c.push((b, u32::try_from(next).unwrap_or(u32::MAX)));
                        }
                        next
                    }
                };
            }
            if let Some(p) = phrase_of.get_mut(node) {
                if *p == NONE {
                    *p = u32::try_from(index).unwrap_or(NONE);
                }
            }
        }
        let mut trie = Self {
            root: [0; 256],
            nodes: Vec::with_capacity(children.len()),
            bytes: Vec::new(),
            targets: Vec::new(),
            first: [0; 256],
            triples: StartTriples::new(
                phrases
                    .iter()
                    .map(AsRef::as_ref)
                    .filter(|p: &&[u8]| !p.is_empty()),
            ),
        };
        for (list, phrase) in children.iter_mut().zip(phrase_of) {
            list.sort_unstable_by_key(|&(b, _)| b);
            trie.nodes.push(Node {
                first: u32::try_from(trie.bytes.len()).unwrap_or(u32::MAX),
                children: u32::try_from(list.len()).unwrap_or(0),
                phrase,
            });
            trie.bytes.extend(list.iter().map(|&(b, _)| b));
            trie.targets.extend(list.iter().map(|&(_, next)| next));
        }
        if let Some(root) = children.first() {
            for &(b, next) in root {
                trie.root[usize::from(b)] = next;
                trie.first[usize::from(b)] = 1;
            }
        }
        trie
    }

    /// The child of `node` along byte `b`: most nodes have one child or a few (a linear
    /// look), the first letters' many (a binary search).
    fn child(&self, node: &Node, b: u8) -> Option<u32> {
        let first = node.first as usize;
        let bytes = self.bytes.get(first..first + node.children as usize)?;
        let i = if bytes.len() <= 8 {
            bytes.iter().position(|&c| c == b)?
        } else {
            bytes.binary_search(&b).ok()?
        };
        self.targets.get(first + i).copied()
    }

    /// The longest phrase whose index is below `limit` starting exactly at byte `pos` of
    /// `text`: its end and its index. The anchored leftmost-longest match of an automaton
    /// over the first `limit` phrases.
    pub(crate) fn longest_at(
        &self,
        text: &[u8],
        pos: usize,
        limit: usize,
    ) -> Option<(usize, usize)> {
        if !self.triples.may_start(text, pos) {
            return None;
        }
        self.walk(text, pos, limit)
    }

    /// [`PhraseTrie::longest_at`] without the start test: the walk from the root.
    fn walk(&self, text: &[u8], pos: usize, limit: usize) -> Option<(usize, usize)> {
        let mut id = self.root[usize::from(*text.get(pos)?)];
        let mut best = None;
        let mut at = pos + 1;
        while id != 0 {
            let node = self.nodes.get(id as usize)?;
            if node.phrase != NONE && (node.phrase as usize) < limit {
                best = Some((at, node.phrase as usize));
            }
            let Some(&b) = text.get(at) else {
                break;
            };
            id = self.child(node, b).unwrap_or(0);
            at += 1;
        }
        best
    }

    /// The first byte at or after `from` where a phrase may start: a byte that starts one
    /// ([`PhraseTrie::first`]) whose first three bytes pass [`StartTriples::may_start`]. Eight
    /// bytes at a time: their `first` entries as a bit mask, then the set bits in order, so a
    /// byte is read once (stop 26: the bytes that start a phrase include the lead bytes of
    /// most Vietnamese lower-case letters, one in five of the text, and each of them restarted
    /// the eight-byte skip and read its chunk again; 13 instructions a byte of the seeds).
    fn next_candidate(&self, text: &[u8], from: usize) -> Option<usize> {
        let mut at = from;
        while let Some(chunk) = text.get(at..).and_then(|rest| rest.first_chunk::<8>()) {
            let mut mask = 0u32;
            for (k, &b) in chunk.iter().enumerate() {
                mask |= u32::from(self.first[usize::from(b)]) << k;
            }
            while mask != 0 {
                let pos = at + mask.trailing_zeros() as usize;
                if self.triples.may_start(text, pos) {
                    return Some(pos);
                }
                mask &= mask - 1;
            }
            at += 8;
        }
        (at..text.len()).find(|&pos| {
            text.get(pos)
                .is_some_and(|&b| self.first[usize::from(b)] != 0)
                && self.triples.may_start(text, pos)
        })
    }

    /// Every phrase of `text` in leftmost-longest order, without overlaps (each search
    /// starts at the previous match's end): start, end and the phrase's index. The matches
    /// of an unanchored leftmost-longest automaton over all the phrases.
    pub(crate) fn leftmost_longest<'t>(
        &'t self,
        text: &'t [u8],
    ) -> impl Iterator<Item = (usize, usize, usize)> + 't {
        let mut pos = 0;
        std::iter::from_fn(move || {
            while pos < text.len() {
                pos = self.next_candidate(text, pos)?;
                if let Some((end, phrase)) = self.walk(text, pos, usize::MAX) {
                    let start = pos;
                    pos = end;
                    return Some((start, end, phrase));
                }
                pos += 1;
            }
            None
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};

    fn automaton(phrases: &[&str]) -> AhoCorasick {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Both)
            .build(phrases)
            .unwrap()
    }

    /// Both answers of the trie against the automaton's over every place of `texts`.
    fn agrees(phrases: &[&str], texts: &[&str]) {
        let trie = PhraseTrie::new(phrases);
        let ac = automaton(phrases);
        for text in texts {
            let ours: Vec<(usize, usize, usize)> = trie.leftmost_longest(text.as_bytes()).collect();
            let theirs: Vec<(usize, usize, usize)> = ac
                .find_iter(*text)
                .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                .collect();
            assert_eq!(ours, theirs, "{text:?}");
            for pos in 0..=text.len() {
                let input = Input::new(*text).range(pos..).anchored(Anchored::Yes);
                let theirs = ac.find(input).map(|m| (m.end(), m.pattern().as_usize()));
                assert_eq!(
                    trie.longest_at(text.as_bytes(), pos, usize::MAX),
                    theirs,
                    "{text:?} at {pos}"
                );
            }
        }
    }

    #[test]
    fn the_trie_finds_the_automatons_matches() {
        let phrases = [
            "Hà Nội",
            "Hà Nam",
            "Nam Định",
            "Nam",
            "TP.HCM",
            "TP",
            "Hồ Chí Minh",
            "Thành phố Hồ Chí Minh",
            "Đà Nẵng",
            "Quận 1",
            "Quận 10",
        ];
        agrees(
            &phrases,
            &[
                "",
                "Hà Nội và Hà Nam, Nam Định",
                "Thành phố Hồ Chí Minh và TP.HCM, TPHCM, TP. Hồ Chí Minh",
                "xHà Nội Nam Nam Định Quận 10 Quận 1 Quận 1x Đà Nẵ",
                "Hà NamĐịnh Hà Na",
            ],
        );
    }

    /// Stop 25: the three-byte start test and the eight-byte skip, over many random texts
    /// of phrases, pieces of phrases and filler (lower-case letters that start like a phrase,
    /// runs longer than eight bytes with no phrase's first byte), each answer the
    /// automaton's.
    #[test]
    fn random_texts_find_the_automatons_matches() {
        let phrases = [
            "Hà Nội",
            "Hà Nam",
            "Ứng Hòa",
            "Ý Yên",
            "Đà Nẵng",
            "Đắk Lắk",
            "TP",
            "TP.HCM",
            "Quận 1",
            "Quận 10",
            "Ba Vì",
            "Ân Thi",
        ];
        let filler = [
            " ",
            "ệ",
            "ộ",
            "ý",
            "à ",
            "xxxxxxxxxxxxxxxxx ",
            "Ứ",
            "Đ",
            "T",
            ", ",
            "\n",
            "Hà ",
        ];
        let mut rng = crate::test_rng::FixedLcg::new();
        let mut texts = Vec::new();
        for _ in 0..300 {
            texts.push(rng.phrase_text(&phrases, &filler, 30, true));
        }
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        agrees(&phrases, &texts);
    }

    #[test]
    fn a_limit_keeps_the_longest_of_the_first_phrases() {
        let trie = PhraseTrie::new(&["Hà", "Hà Nội Mới", "Hà Nội"]);
        let text = "Hà Nội Mới".as_bytes();
        assert_eq!(trie.longest_at(text, 0, usize::MAX), Some((text.len(), 1)));
        assert_eq!(trie.longest_at(text, 0, 1), Some(("Hà".len(), 0)));
        assert_eq!(trie.longest_at(text, 0, 0), None);
    }

    #[test]
    fn a_phrase_given_twice_keeps_its_first_index_and_an_empty_one_never_matches() {
        let trie = PhraseTrie::new(&["", "Huế", "Huế"]);
        assert_eq!(
            trie.longest_at("Huế".as_bytes(), 0, usize::MAX),
            Some((5, 1))
        );
        assert_eq!(trie.longest_at(b"x", 0, usize::MAX), None);
        assert_eq!(trie.leftmost_longest(b"").count(), 0);
    }
}
