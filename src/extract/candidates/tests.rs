//! Each keyword set's answers from the one candidate pass against an automaton of its own,
//! built as the rules built theirs before the pass, on the seed articles and on generated
//! texts of keywords in every case.

use aho_corasick::{
    AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Anchored, Input, MatchKind, StartKind,
};

use std::sync::LazyLock;

use super::*;

/// An automaton over `patterns` of `kind`, as the rules built theirs.
fn own(patterns: &[String], kind: MatchKind) -> AhoCorasick {
    AhoCorasickBuilder::new()
        .match_kind(kind)
        .start_kind(StartKind::Both)
        .kind(Some(AhoCorasickKind::DFA))
        .build(patterns)
        .expect("builds")
}

/// `(start, end, pattern)` of matches.
fn spans(matches: impl IntoIterator<Item = Match>) -> Vec<(usize, usize, usize)> {
    matches
        .into_iter()
        .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
        .collect()
}

/// A keyword set with its own automata: leftmost-longest and leftmost-first.
struct Own {
    set: KeywordSet,
    cased: bool,
    longest: AhoCorasick,
    first: AhoCorasick,
}

/// Every keyword set's own automata.
static OWN: LazyLock<Vec<Own>> = LazyLock::new(|| {
    KeywordSet::ALL
        .into_iter()
        .map(|set| {
            let (keywords, cased) = set.keywords();
            Own {
                set,
                cased,
                longest: own(&keywords, MatchKind::LeftmostLongest),
                first: own(&keywords, MatchKind::LeftmostFirst),
            }
        })
        .collect()
});

/// Checks every keyword set of `text` against its own automaton (the searches from a place
/// at every `every`-th character).
fn check(text: &str, every: usize) {
    let lower = lower_aligned(text);
    let found = Candidates::new(text, &lower);
    for Own {
        set,
        cased,
        longest,
        first,
    } in OWN.iter()
    {
        let (set, cased) = (*set, *cased);
        let hay = if cased { text } else { lower.as_str() };
        // Leftmost-longest from a few places (events search from the headline's end).
        let mut froms = vec![0, 1, 7, hay.len() / 3, hay.len()];
        froms.retain(|&f| hay.is_char_boundary(f.min(hay.len())));
        for from in froms {
            let from = from.min(hay.len());
            let expected = spans(longest.find_iter(Input::new(hay).range(from..)));
            let got = spans(found.leftmost_longest(set, from));
            if set == KeywordSet::RoleWords || set == KeywordSet::CountWords {
                // Only the bytes are read (case variants and duplicates share a pattern).
                let bytes = |v: Vec<(usize, usize, usize)>| -> Vec<(usize, usize)> {
                    v.into_iter().map(|(s, e, _)| (s, e)).collect()
                };
                assert_eq!(bytes(got), bytes(expected), "{set:?} from {from}: {text:?}");
            } else {
                assert_eq!(got, expected, "{set:?} from {from}: {text:?}");
            }
        }
        // Anchored at every character, and the next start from every character.
        for (pos, _) in hay.char_indices().step_by(every) {
            let input = Input::new(hay).range(pos..).anchored(Anchored::Yes);
            assert_eq!(
                found.longest_at(set, pos).map(|h| h.end),
                longest.find(input).map(|m| m.end()),
                "{set:?} at {pos}: {text:?}"
            );
            assert_eq!(
                found.next_start(set, pos),
                first.find(Input::new(hay).range(pos..)).map(|m| m.start()),
                "{set:?} from {pos}: {text:?}"
            );
        }
    }
    // The date words one by one, not overlapping, as a `memmem` scan of each finds them.
    for (k, word) in crate::extract::dates::SCAN_WORDS.iter().enumerate() {
        let expected: Vec<usize> =
            memchr::memmem::find_iter(lower.as_bytes(), word.as_bytes()).collect();
        let got: Vec<usize> = found
            .starts_of(KeywordSet::DateWords, u32::try_from(k).unwrap_or(u32::MAX))
            .collect();
        assert_eq!(got, expected, "{word:?}: {text:?}");
    }
}

#[test]
fn every_keyword_set_finds_what_its_own_automaton_finds_in_the_seed_articles() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut read = 0;
    for entry in std::fs::read_dir(dir).expect("corpus/ is there").flatten() {
        let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
        let text = crate::normalize::normalize(&text);
        check(&text, 61);
        read += 1;
    }
    assert!(read >= 5);
}

#[test]
fn every_keyword_set_finds_what_its_own_automaton_finds_in_generated_texts() {
    let mut pieces: Vec<String> = Vec::new();
    for set in KeywordSet::ALL {
        for keyword in set.keywords().0 {
            let mut chars = keyword.chars();
            let capitalized: String = chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect())
                .unwrap_or_default();
            pieces.push(lower_aligned(&keyword));
            pieces.push(capitalized);
            pieces.push(keyword.to_uppercase());
            pieces.push(keyword);
        }
    }
    // "tếtết" holds "tết" twice, overlapping.
    pieces.extend(["x", "anh", "Ở", "1", "đ", "(", "-", "tếtết", "ết"].map(String::from));
    let glue = [" ", "", ", ", " - ", "\n", "."];
    // A fixed linear congruential sequence: the same texts on every run.
    let mut rng = crate::test_rng::FixedLcg::new();
    let mut next = |n: usize| rng.below(n);
    // Texts of up to ten pieces, and every hundred of them as one text (a text longer than
    // twice the longest keyword is read by two walks side by side).
    let mut long = String::new();
    for i in 1..=1_500 {
        let mut text = String::new();
        for _ in 0..1 + next(10) {
            text.push_str(&pieces[next(pieces.len())]);
            text.push_str(glue[next(glue.len())]);
        }
        check(&text, 1);
        long.push_str(&text);
        if i % 100 == 0 {
            check(&long, 3);
            long.clear();
        }
    }
}
