//! The candidate pass's automaton: an Aho-Corasick DFA of its own over the lower-cased
//! keywords, with standard semantics (every occurrence of every pattern, overlapping ones
//! too), built in one breadth-first pass over the trie and walked through one table.
//!
//! The `aho_corasick` crate's DFA gave the same answers but cost about 80 M instructions to
//! build at start-up (more than half of a process's fixed cost), and its walk went through the
//! `Automaton` trait (a bounds check per step, two comparisons for "is a match"). Here a state
//! is a 16-bit number, the table is stored column by column (a byte's column holds the next
//! state of every state, so a step is one addition and one load: the byte's column start,
//! read from a table of 256 offsets that does not wait on the state, plus the state; by rows,
//! the state's row start was a multiplication on the chain of dependent loads, and the walk
//! took about 25% longer), the match states are numbered last (one comparison tells one; the
//! bitwise or of the states of the walks side by side is at least the greatest of them, so
//! when it is below the first match state none of them is in one, and only otherwise is each
//! walk's state tested), and a byte that is in no pattern has the class 0, which leads every state where the start state
//! leads. The states are numbered breadth first, so the states near the root, which most bytes
//! of a text lead to, are side by side at the head of every column.

/// How many walks [`KeywordDfa::for_each_match`] runs side by side.
const LANES: usize = 4;

/// The shortest stretch of text a walk of [`KeywordDfa::for_each_match`] is given (below it,
/// the walk before the stretch would cost more than the walks side by side gain).
const MIN_STRETCH: usize = 64;

/// A state: the number of its row in the transition table.
pub(super) type State = u16;

/// The automaton.
pub(super) struct KeywordDfa {
    /// Where each byte's column starts in `trans`: its class times the number of states
    /// (class 0 for the bytes in no pattern, one class per byte otherwise).
    columns: [u32; 256],
    /// The next state, by class (premultiplied: `columns`) plus state.
    trans: Vec<State>,
    /// The states from this one on are the match states.
    match_limit: State,
    /// Per match state (by its number less `match_limit`), where its patterns start in `patterns`; one more
    /// entry at the end.
    match_from: Vec<u32>,
    /// The patterns each match state reports (those ending there), state after state.
    patterns: Vec<u32>,
    /// The length of each pattern, in bytes.
    lengths: Vec<u32>,
}

/// Each byte's class and the number of classes: 0 for the bytes in no pattern, then the
/// bytes of the patterns by how often they occur in them, the most frequent first: the most
/// read columns (space, the common letters, the lead bytes of the Vietnamese letters) are
/// side by side.
fn byte_classes(patterns: &[String]) -> ([u8; 256], usize) {
    let mut classes = [0u8; 256];
    let mut used = [0usize; 256];
    for byte in patterns.iter().flat_map(|p| p.bytes()) {
        used[usize::from(byte)] += 1;
    }
    let mut by_count: Vec<usize> = (0..256).filter(|&b| used[b] > 0).collect();
    by_count.sort_by_key(|&b| (std::cmp::Reverse(used[b]), b));
    let mut stride: usize = 1;
    for byte in by_count {
        classes[byte] = u8::try_from(stride).unwrap_or(u8::MAX);
        stride += 1;
    }
    (classes, stride)
}

impl KeywordDfa {
    /// The automaton of `patterns` (none empty), pattern `i` reported as `i`.
    pub(super) fn new(patterns: &[String]) -> Self {
        let (classes, stride) = byte_classes(patterns);
        // More than 255 classes would need a byte every value: not this project's keywords,
        // which are lower-case letters, digits, spaces and punctuation.
        assert!(stride <= 256, "the keywords use fewer than 256 byte values");
        const NONE: u32 = u32::MAX;
        // The trie, by state number: its children (by class) and the patterns ending there.
        let mut children: Vec<u32> = vec![NONE; stride];
        let mut outputs: Vec<Vec<u32>> = vec![Vec::new()];
        for (id, pattern) in patterns.iter().enumerate() {
            let mut state = 0usize;
            for byte in pattern.bytes() {
                let slot = state * stride + usize::from(classes[usize::from(byte)]);
                state = match children[slot] {
                    NONE => {
                        let next = outputs.len();
                        children[slot] = u32::try_from(next).unwrap_or(NONE);
                        children.extend(std::iter::repeat_n(NONE, stride));
                        outputs.push(Vec::new());
                        next
                    }
                    next => next as usize,
                };
            }
            outputs[state].push(u32::try_from(id).unwrap_or(NONE));
        }
        // Breadth first: a state's failure state is shallower, so its row is complete when the
        // state's own row is filled. `delta` holds state numbers (not premultiplied).
        let states = outputs.len();
        let mut delta = children.clone();
        let mut fail = vec![0u32; states];
        let mut queue = std::collections::VecDeque::new();
        // The states in breadth-first order (the root first): the order of their rows.
        let mut breadth_first = vec![0usize];
        for class in 0..stride {
            match children[class] {
                NONE => delta[class] = 0,
                child => queue.push_back(child as usize),
            }
        }
        while let Some(state) = queue.pop_front() {
            breadth_first.push(state);
            let inherited = outputs[fail[state] as usize].clone();
            outputs[state].extend(inherited);
            for class in 0..stride {
                let slot = state * stride + class;
                let through_fail = delta[fail[state] as usize * stride + class];
                match children[slot] {
                    NONE => delta[slot] = through_fail,
                    child => {
                        fail[child as usize] = through_fail;
                        queue.push_back(child as usize);
                    }
                }
            }
        }
        // Number the other states first, then the match states, each in breadth-first order:
        // the states near the root, which most bytes of a text lead to, are side by side at
        // the head of every column (fewer cache lines and pages for the walk's hot cells).
        let mut order: Vec<usize> = breadth_first
            .iter()
            .copied()
            .filter(|&s| outputs[s].is_empty())
            .collect();
        let match_limit = order.len();
        order.extend(
            breadth_first
                .iter()
                .copied()
                .filter(|&s| !outputs[s].is_empty()),
        );
        assert!(
            states <= usize::from(State::MAX),
            "fewer states than a u16 numbers"
        );
        let mut renumber: Vec<State> = vec![0; states];
        for (new, &old) in order.iter().enumerate() {
            renumber[old] = State::try_from(new).unwrap_or(State::MAX);
        }
        let mut match_from = Vec::with_capacity(states - match_limit + 1);
        let mut reported = Vec::new();
        for &old in order.get(match_limit..).unwrap_or_default() {
            match_from.push(u32::try_from(reported.len()).unwrap_or(NONE));
            reported.extend_from_slice(&outputs[old]);
        }
        match_from.push(u32::try_from(reported.len()).unwrap_or(NONE));
        // The table column by column: the next state of state `s` on class `c` at
        // `c × states + s`.
        let mut trans = vec![0; states * stride];
        for (new, &old) in order.iter().enumerate() {
            let row = delta
                .get(old * stride..(old + 1) * stride)
                .unwrap_or_default();
            for (column, &next) in trans.chunks_exact_mut(states).zip(row) {
                if let Some(cell) = column.get_mut(new) {
                    *cell = renumber.get(next as usize).copied().unwrap_or(0);
                }
            }
        }
        let columns =
            classes.map(|class| u32::try_from(usize::from(class) * states).unwrap_or(u32::MAX));
        let lengths = patterns
            .iter()
            .map(|p| u32::try_from(p.len()).unwrap_or(NONE))
            .collect();
        KeywordDfa {
            columns,
            trans,
            match_limit: State::try_from(match_limit).unwrap_or(State::MAX),
            match_from,
            patterns: reported,
            lengths,
        }
    }

    /// The start state: the trie's root, never a match state (no pattern is empty), so the
    /// first of the other states.
    pub(super) fn start(&self) -> State {
        0
    }

    /// The match states, in order.
    pub(super) fn match_states(&self) -> std::ops::Range<State> {
        let count = self.match_from.len().saturating_sub(1);
        let end = usize::from(self.match_limit) + count;
        self.match_limit..State::try_from(end).unwrap_or(State::MAX)
    }

    /// Match state `state`'s place among the match states (0 for the first).
    #[inline(always)]
    pub(super) fn match_index(&self, state: State) -> usize {
        usize::from(state.saturating_sub(self.match_limit))
    }

    /// The state after reading `byte` in `state`.
    #[inline(always)]
    pub(super) fn next(&self, state: State, byte: u8) -> State {
        let column = self.columns[usize::from(byte)] as usize;
        self.trans
            .get(column + usize::from(state))
            .copied()
            .unwrap_or(0)
    }

    /// Whether `state` reports a pattern.
    #[inline(always)]
    pub(super) fn is_match(&self, state: State) -> bool {
        state >= self.match_limit
    }

    /// Walks `bytes` and calls `found(state, end)` for every match state the walk is in
    /// after reading the byte before `end` (each `end` once, in no particular order).
    /// `longest` is the length of the longest pattern.
    ///
    /// Each step waits for the table load of the step before, so [`LANES`] walks over as
    /// many stretches of the text go on side by side. The state of a walk depends only on
    /// the last `longest` bytes it read (the longest suffix that begins a pattern), so each
    /// walk but the first starts `longest` bytes before its stretch and reports only the
    /// matches ending inside it. A text too short for stretches longer than that is walked
    /// once.
    pub(super) fn for_each_match(
        &self,
        bytes: &[u8],
        longest: usize,
        mut found: impl FnMut(State, usize),
    ) {
        let stretch = bytes.len().saturating_sub(longest) / LANES;
        if stretch < longest.max(MIN_STRETCH) {
            let mut state = self.start();
            for (k, &byte) in bytes.iter().enumerate() {
                state = self.next(state, byte);
                if self.is_match(state) {
                    found(state, k + 1);
                }
            }
            return;
        }
        // Walk `i` reads `stretch + longest` bytes from `i × stretch` and reports the matches
        // ending past `i × stretch + longest` (the first walk: all of them); the last walk
        // then reads on to the end.
        let len = stretch + longest;
        let lane = |i: usize| {
            bytes
                .get(i * stretch..i * stretch + len)
                .unwrap_or_default()
        };
        let (l0, l1, l2, l3) = (lane(0), lane(1), lane(2), lane(3));
        let keep = |i: usize| if i == 0 { 0 } else { i * stretch + longest };
        let mut states = [self.start(); LANES];
        for (k, (((&x0, &x1), &x2), &x3)) in l0.iter().zip(l1).zip(l2).zip(l3).enumerate() {
            states[0] = self.next(states[0], x0);
            states[1] = self.next(states[1], x1);
            states[2] = self.next(states[2], x2);
            states[3] = self.next(states[3], x3);
            // At least the greatest state: below the first match state, no walk is in one
            // (not below it, each walk is tested: a deep state's bits may also reach it).
            let any = states[0] | states[1] | states[2] | states[3];
            if self.is_match(any) {
                for (i, &state) in states.iter().enumerate() {
                    let end = i * stretch + k + 1;
                    if self.is_match(state) && end > keep(i) {
                        found(state, end);
                    }
                }
            }
        }
        let last = LANES - 1;
        let mut state = states[last];
        let from = last * stretch + len;
        for (k, &byte) in bytes.get(from..).unwrap_or_default().iter().enumerate() {
            state = self.next(state, byte);
            if self.is_match(state) {
                found(state, from + k + 1);
            }
        }
    }

    /// The patterns ending where the walk is in match state `state`, with their lengths.
    pub(super) fn matches(&self, state: State) -> impl Iterator<Item = (u32, usize)> + '_ {
        let row = self.match_index(state);
        let from = self.match_from.get(row).copied().unwrap_or(0) as usize;
        let to = self.match_from.get(row + 1).copied().unwrap_or(0) as usize;
        self.patterns
            .get(from..to)
            .unwrap_or_default()
            .iter()
            .map(|&p| {
                (
                    p,
                    self.lengths.get(p as usize).copied().unwrap_or(0) as usize,
                )
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, MatchKind};

    /// Every `(start, end, pattern)` the walk reports over `text`.
    fn walk(dfa: &KeywordDfa, text: &[u8]) -> Vec<(usize, usize, usize)> {
        let mut state = dfa.start();
        let mut out = Vec::new();
        for (i, &byte) in text.iter().enumerate() {
            state = dfa.next(state, byte);
            if dfa.is_match(state) {
                for (pattern, len) in dfa.matches(state) {
                    out.push((i + 1 - len, i + 1, pattern as usize));
                }
            }
        }
        out.sort_unstable();
        out
    }

    /// What the `aho_corasick` crate's overlapping search reports.
    fn reference(patterns: &[String], text: &[u8]) -> Vec<(usize, usize, usize)> {
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(patterns)
            .expect("builds");
        let mut out: Vec<_> = ac
            .find_overlapping_iter(text)
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect();
        out.sort_unstable();
        out
    }

    #[test]
    fn the_candidate_patterns_are_found_as_the_aho_corasick_crate_finds_them() {
        let keywords = &*super::super::KEYWORDS;
        let patterns = &keywords.patterns;
        let mut rng = crate::test_rng::FixedLcg::new();
        let filler = [
            "", " ", "a", "xyz ", "đ", "\u{1ec7}", ", ", "\n", "\u{0}", "\u{ff}",
        ];
        for _ in 0..300 {
            let mut text = String::new();
            for _ in 0..rng.below(40) {
                if rng.below(3) == 0 {
                    text.push_str(filler[rng.below(filler.len())]);
                } else {
                    let p = &patterns[rng.below(patterns.len())];
                    // A whole pattern, or a piece of one cut at a character boundary.
                    let cut = (0..=p.len())
                        .filter(|&i| p.is_char_boundary(i))
                        .nth(rng.below(p.chars().count() + 1))
                        .unwrap_or(p.len());
                    if rng.below(2) == 0 {
                        text.push_str(p);
                    } else {
                        text.push_str(&p[..cut]);
                    }
                }
            }
            assert_eq!(
                walk(&keywords.dfa, text.as_bytes()),
                reference(patterns, text.as_bytes()),
                "{text:?}"
            );
        }
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        for entry in std::fs::read_dir(corpus).expect("corpus/") {
            let text = std::fs::read_to_string(entry.expect("entry").path()).expect("text");
            let lower = crate::extract::text::lower_aligned(&text);
            assert_eq!(
                walk(&keywords.dfa, lower.as_bytes()),
                reference(patterns, lower.as_bytes())
            );
        }
    }

    #[test]
    fn the_walks_side_by_side_find_what_one_walk_finds() {
        let keywords = &*super::super::KEYWORDS;
        let patterns = &keywords.patterns;
        let mut rng = crate::test_rng::FixedLcg::new();
        let filler = [" ", "a", "xyz ", "\u{1ec7}", ", ", "\n"];
        let mut text = String::new();
        // Texts of every length up to a few stretches, and long ones, of keywords and pieces
        // of keywords, so that matches cross the stretches' edges.
        for round in 0..1200 {
            if round % 200 == 0 {
                text.clear();
            }
            if rng.below(3) == 0 {
                text.push_str(filler[rng.below(filler.len())]);
            } else {
                let p = &patterns[rng.below(patterns.len())];
                let from = rng.below(p.len() + 1);
                text.push_str(p);
                text.push_str(p.get(from..).unwrap_or(""));
            }
            let mut found = Vec::new();
            keywords
                .dfa
                .for_each_match(text.as_bytes(), keywords.longest, |state, end| {
                    for (pattern, len) in keywords.dfa.matches(state) {
                        found.push((end - len, end, pattern as usize));
                    }
                });
            found.sort_unstable();
            assert_eq!(found, walk(&keywords.dfa, text.as_bytes()), "{text:?}");
        }
    }

    #[test]
    fn small_pattern_sets_are_found_as_the_aho_corasick_crate_finds_them() {
        let sets: [&[&str]; 4] = [
            &["he", "she", "his", "hers"],
            &["a", "aa", "aaa", "ab", "ba"],
            &["abcd", "bc", "c", "bcd", "d"],
            &["đoàn", "công đoàn", "oàn", "n"],
        ];
        for set in sets {
            let patterns: Vec<String> = set.iter().map(|s| s.to_string()).collect();
            let dfa = KeywordDfa::new(&patterns);
            for text in [
                "ushers",
                "aaaabab",
                "xabcdx",
                "ban chấp hành công đoàn cơ sở",
                "",
            ] {
                assert_eq!(
                    walk(&dfa, text.as_bytes()),
                    reference(&patterns, text.as_bytes()),
                    "{set:?} {text:?}"
                );
            }
        }
    }
}
