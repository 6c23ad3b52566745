//! Roles written with a name: before it ("Chủ tịch LĐLĐ huyện Phú Xuyên Đào Đức Gương"),
//! comma-separated runs of them included, or after it ("Lê Quang Toản - Tỉnh ủy viên, Chủ
//! tịch LĐLĐ tỉnh"), each with the organization it names.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::TITLES;
use crate::extract::lexicon::LEXICON;
use crate::extract::orgs::OrgSpan;
use crate::extract::text::{after_space, is_word_char, word_end};

/// A role phrase at `pos`: a role word, then the organization starting after it, if any.
fn role_at(text: &str, pos: usize, orgs: &[OrgSpan]) -> Option<(usize, Option<String>)> {
    let (end, org) = role_span_at(text, pos, orgs)?;
    Some((end, org.map(OrgSpan::full_canonical)))
}

/// Where the role phrase at `pos` ends, and the organization it names: [`role_at`] without
/// building the organization's canonical name (the role index asks this at every word).
fn role_span_at<'o>(
    text: &str,
    pos: usize,
    orgs: &'o [OrgSpan],
) -> Option<(usize, Option<&'o OrgSpan>)> {
    let m = LEXICON.role_matcher.find(
        aho_corasick::Input::new(text)
            .range(pos..)
            .anchored(aho_corasick::Anchored::Yes),
    )?;
    if !word_end(text, m.end()) {
        return None;
    }
    let org_start = after_space(text, m.end());
    let org_at = |p: usize| {
        orgs.binary_search_by_key(&p, |o| o.start)
            .ok()
            .and_then(|i| orgs.get(i))
    };
    match org_start.and_then(org_at) {
        Some(org) => Some((org.end, Some(org))),
        None => Some((m.end(), None)),
    }
}

/// A role phrase as written: its bytes and the canonical name of the organization it
/// names.
pub(super) type RoleSpan = (usize, usize, Option<String>);

/// Roles written after the name: " - ROLE, ROLE" or ", ROLE, ROLE".
pub(super) fn roles_after(text: &str, name_end: usize, orgs: &[OrgSpan]) -> Vec<RoleSpan> {
    let mut out = Vec::new();
    let rest = text.get(name_end..).unwrap_or_default();
    let mut pos = if rest.starts_with(" - ") {
        name_end + 3
    } else if rest.starts_with(", ") {
        name_end + 2
    } else {
        return out;
    };
    while let Some((end, org)) = role_at(text, pos, orgs) {
        out.push((pos, end, org));
        if text.get(end..).is_some_and(|r| r.starts_with(", ")) {
            pos = end + 2;
        } else {
            break;
        }
    }
    out
}

/// The most role phrases read before a name across commas ("Cụm trưởng …, Chủ tịch …
/// Đào Đức Gương"). Real lists hold a handful; the bound keeps each name's walk short when
/// many names follow one long comma-separated run of role words.
const MAX_ROLES_BEFORE: usize = 32;

/// Per-document indexes that keep the name loop linear: without them every name walked back
/// to the previous punctuation mark and tried a role at every word start on the way, which
/// is quadratic on a long run of capitalized words without punctuation.
pub(super) struct RoleIndex {
    /// Byte offsets of the segment separators ([`SEPARATORS`]), ascending.
    separators: Vec<usize>,
    /// For each byte offset where a role phrase ends, the word starts of the role phrases
    /// ending there, ascending. Built in one pass: one anchored role match per word start.
    starts_by_end: HashMap<usize, Vec<usize>>,
}

/// Characters that end a segment of roles before a name.
const SEPARATORS: [char; 7] = [',', ';', ':', '.', '\n', '(', ')'];

/// The bytes a role phrase can begin with: the role matcher is tried only at word starts
/// with one of them (an exact filter, since every match begins with its pattern's first byte).
static ROLE_FIRST_BYTES: LazyLock<[bool; 256]> = LazyLock::new(|| {
    let mut first = [false; 256];
    for role in &LEXICON.roles {
        if let Some(&b) = role.as_bytes().first() {
            first[usize::from(b)] = true;
        }
    }
    first
});

impl RoleIndex {
    /// The index of `text`, whose organization mentions are `orgs`.
    pub(super) fn new(text: &str, orgs: &[OrgSpan]) -> Self {
        // Every separator is ASCII: a byte scan finds them (a `[char]` pattern decodes every
        // character).
        let separators = text
            .bytes()
            .enumerate()
            .filter(|&(_, b)| b.is_ascii() && SEPARATORS.contains(&char::from(b)))
            .map(|(i, _)| i)
            .collect();
        let mut starts_by_end: HashMap<usize, Vec<usize>> = HashMap::new();
        let mut previous: Option<char> = None;
        let bytes = text.as_bytes();
        for (p, c) in text.char_indices() {
            let may_start_role = bytes
                .get(p)
                .is_some_and(|&b| ROLE_FIRST_BYTES[usize::from(b)]);
            if may_start_role && previous.is_none_or(|b| !is_word_char(b)) {
                if let Some((end, _)) = role_span_at(text, p, orgs) {
                    starts_by_end.entry(end).or_default().push(p);
                }
            }
            previous = Some(c);
        }
        Self {
            separators,
            starts_by_end,
        }
    }

    /// Where the segment ending at byte `pos` starts: just past the last separator before
    /// `pos`, else 0 (what `text[..pos].rfind(SEPARATORS)` gives, by binary search).
    fn segment_start(&self, pos: usize) -> usize {
        let before = self.separators.partition_point(|&s| s < pos);
        before
            .checked_sub(1)
            .and_then(|i| self.separators.get(i))
            .map_or(0, |&i| i + 1)
    }

    /// The first word start at or after `from` of a role phrase ending at `end`.
    fn first_role_ending_at(&self, end: usize, from: usize) -> Option<usize> {
        let starts = self.starts_by_end.get(&end)?;
        starts.get(starts.partition_point(|&p| p < from)).copied()
    }
}

/// Roles written before the name: "Cụm trưởng Cụm thi đua số 5, Chủ tịch LĐLĐ huyện Phú
/// Xuyên Đào Đức Gương".
///
/// Linear: the segment start and the role phrase ending just before the name are index
/// look-ups ([`RoleIndex`]), and at most [`MAX_ROLES_BEFORE`] comma-separated segments are
/// read further back.
pub(super) fn roles_before(
    text: &str,
    name_start: usize,
    orgs: &[OrgSpan],
    index: &RoleIndex,
) -> Vec<RoleSpan> {
    let mut out = Vec::new();
    let Some(head) = text.get(..name_start) else {
        return out;
    };
    let Some(space) = head.strip_suffix(' ').map(str::len) else {
        return out;
    };
    let seg_start = index.segment_start(space);
    let found = index.first_role_ending_at(space, seg_start).and_then(|p| {
        role_at(text, p, orgs)
            .filter(|(end, _)| *end == space)
            .map(|(end, org)| (p, end, org))
    });
    let Some(first) = found else {
        return out;
    };
    let mut seg_start = seg_start;
    while out.len() < MAX_ROLES_BEFORE
        && seg_start > 0
        && head.get(seg_start - 1..seg_start) == Some(",")
    {
        let comma = seg_start - 1;
        let prev_start = index.segment_start(comma);
        let segment = &head[prev_start..comma];
        let mut p = prev_start + (segment.len() - segment.trim_start().len());
        if let Some(title) = TITLES
            .iter()
            .find(|t| head.get(p..).is_some_and(|r| r.starts_with(t.as_str())))
        {
            p += title.len();
        }
        match role_at(text, p, orgs).filter(|(end, _)| *end == comma) {
            Some((end, org)) => out.push((p, end, org)),
            None => break,
        }
        seg_start = prev_start;
    }
    // Read backwards, written forwards.
    out.reverse();
    out.push(first);
    out
}
