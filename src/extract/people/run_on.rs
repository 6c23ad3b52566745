//! Names that ran on into the next sentence (stop 25, issue 12): a caption or a heading
//! written without its full stop lets the name scan read the next sentence's first word as
//! the name's last ("Phó chủ nhiệm UB Các vấn đề xã hội của QH Bùi Sỹ Lợi Xác định rõ …",
//! "Bộ trưởng GD&ĐT Phùng Xuân Nhạ Ngày 9/6, …", "Củng Lợi giành vai Phạm Băng Băng Ngay
//! cả khi …"). When the name without its last word is a person the text names elsewhere,
//! the longer name is that person: its mentions are cut to the shorter name and its roles
//! are the shorter name's.
//!
//! Only names of [`MIN_WORDS`] words or more that start with a family name: a full name of
//! three words whose first two are another person's is as often a real name ("Lê Ngọc Quý"
//! beside "Lê Ngọc", a law office read as a person).

use std::collections::HashMap;

use super::{FoundPerson, PersonMention};
use crate::extract::lexicon::LEXICON;
use crate::extract::text::ByteSpan;
use crate::normalize::fold;

/// The fewest words of a name read as run on.
const MIN_WORDS: usize = 4;

/// How many times a run-on name is followed to the person it is (a name that is a run-on of
/// a run-on).
const MAX_HOPS: usize = 3;

/// The byte length of `name` without its last word, when it has [`MIN_WORDS`] words or more
/// and starts with a family name.
fn shorter_len(name: &str) -> Option<usize> {
    let first = name.split(' ').next()?;
    if name.split(' ').count() < MIN_WORDS || !LEXICON.surnames.iter().any(|s| s == first) {
        return None;
    }
    name.rfind(' ')
}

/// `people` (in the order of their first mentions) and `mentions` (in text order, with
/// indexes into `people`), with each run-on name merged into the person it is: the same
/// order and indexing.
pub(super) fn merge_run_on(
    text: &str,
    mut people: Vec<FoundPerson>,
    mentions: Vec<PersonMention>,
) -> (Vec<FoundPerson>, Vec<PersonMention>) {
    let keys: HashMap<String, usize> = people
        .iter()
        .enumerate()
        .map(|(i, p)| (fold(&p.text), i))
        .collect();
    // The person each run-on name is.
    let mut target: Vec<Option<usize>> = people
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let len = shorter_len(&p.text)?;
            let j = *keys.get(&fold(p.text.get(..len)?))?;
            (j != i).then_some(j)
        })
        .collect();
    if target.iter().all(Option::is_none) {
        return (people, mentions);
    }
    // Follow a run-on of a run-on to its end.
    for i in 0..target.len() {
        let mut hops = 0;
        while let Some(j) = target.get(i).copied().flatten() {
            match target.get(j).copied().flatten() {
                Some(k) if hops < MAX_HOPS && k != i => {
                    if let Some(slot) = target.get_mut(i) {
                        *slot = Some(k);
                    }
                    hops += 1;
                }
                _ => break,
            }
        }
    }
    // A mention of a run-on name: cut to the shorter name (its last word dropped).
    let cut = |span: ByteSpan| {
        let len = span.slice(text).rfind(' ').unwrap_or(span.end - span.start);
        ByteSpan::new(span.start, span.start + len)
    };
    for i in 0..people.len() {
        let Some(j) = target.get(i).copied().flatten() else {
            continue;
        };
        let (span, roles) = match people.get_mut(i) {
            Some(p) => (cut(p.span), std::mem::take(&mut p.roles)),
            None => continue,
        };
        if let Some(p) = people.get_mut(j) {
            if span.start < p.span.start {
                p.span = span;
                p.text = span.slice(text).to_string();
            }
            for role in roles {
                if !p.roles.iter().any(|r| fold(&r.0) == fold(&role.0)) {
                    p.roles.push(role);
                }
            }
        }
    }
    let mut mentions: Vec<PersonMention> = mentions
        .into_iter()
        .map(|m| match target.get(m.person).copied().flatten() {
            Some(j) => PersonMention {
                span: cut(m.span),
                person: j,
            },
            None => m,
        })
        .collect();
    // The people left, in the order of their first mentions, and the mentions re-indexed.
    let mut order: Vec<usize> = (0..people.len())
        .filter(|&i| target.get(i).is_some_and(Option::is_none))
        .collect();
    order.sort_by_key(|&i| people.get(i).map(|p| p.span.start));
    let mut new_index = vec![0; people.len()];
    for (new, &old) in order.iter().enumerate() {
        if let Some(slot) = new_index.get_mut(old) {
            *slot = new;
        }
    }
    for m in &mut mentions {
        m.person = new_index.get(m.person).copied().unwrap_or(m.person);
    }
    mentions.sort_by_key(|m| m.span.start);
    let mut slots: Vec<Option<FoundPerson>> = people.into_iter().map(Some).collect();
    let people = order
        .iter()
        .filter_map(|&i| slots.get_mut(i).and_then(Option::take))
        .collect();
    (people, mentions)
}
