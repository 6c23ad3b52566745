//! People: names anchored on a family name, kept only with a person context (a title such
//! as "đồng chí", or a role before or after the name), with their roles as written.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use regex::Regex;

use crate::extract::lexicon::LEXICON;
use crate::extract::orgs::OrgSpan;
use crate::extract::text::{after_space, is_capitalized, is_word_char, next_word, word_end, word_start};
use crate::normalize::fold;
use crate::record::Person;

/// One occurrence of a person's name (byte offsets).
#[derive(Debug, Clone)]
pub struct PersonMention {
    /// Byte offset of the name.
    pub start: usize,
    /// Byte offset just past the name.
    pub end: usize,
    /// Index into the people list.
    pub person: usize,
}

static NAME: LazyLock<Regex> = LazyLock::new(|| {
    let surnames = LEXICON
        .surnames
        .iter()
        .map(|s| regex::escape(s))
        .collect::<Vec<_>>()
        .join("|");
    Regex::new(&format!(r"(?:{surnames})(?: \p{{Lu}}\p{{Ll}}*){{1,3}}"))
        .expect("name regex builds from surnames.tsv")
});

const TITLES: &[&str] = &[
    "đồng chí ",
    "Đồng chí ",
    "Đ/c ",
    "đ/c ",
    "ông ",
    "Ông ",
    "bà ",
    "Bà ",
];

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

/// Roles written after the name: " - ROLE, ROLE" or ", ROLE, ROLE".
fn roles_after(
    text: &str,
    name_end: usize,
    orgs: &[OrgSpan],
) -> Vec<(usize, usize, Option<String>)> {
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
struct RoleIndex {
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
    fn new(text: &str, orgs: &[OrgSpan]) -> Self {
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
fn roles_before(
    text: &str,
    name_start: usize,
    orgs: &[OrgSpan],
    index: &RoleIndex,
) -> Vec<(usize, usize, Option<String>)> {
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
            .find(|t| head.get(p..).is_some_and(|r| r.starts_with(*t)))
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

fn title_case(name: &str) -> String {
    name.split(' ')
        .map(|w| {
            let mut chars = w.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Finds people and every mention of them (byte offsets in `Person.start/end`).
pub fn find(text: &str, orgs: &[OrgSpan]) -> (Vec<Person>, Vec<PersonMention>) {
    let mut people: Vec<Person> = Vec::new();
    // Folded name → index into `people`, and each person's folded roles: hash look-ups, so
    // that many distinct people, or a person with many roles, cost no quadratic search.
    let mut keys: HashMap<String, usize> = HashMap::new();
    let mut role_keys: Vec<HashSet<String>> = Vec::new();
    let index = RoleIndex::new(text, orgs);
    let mut mentions = Vec::new();
    let mut pos = 0;
    while let Some(m) = NAME.find_at(text, pos) {
        pos = m.end();
        if !word_start(text, m.start()) || !word_end(text, m.end()) {
            continue;
        }
        let first_after = orgs.partition_point(|o| o.end <= m.start());
        if let Some(org) = orgs.get(first_after).filter(|o| o.start < m.end()) {
            pos = org.end.max(m.start() + 1);
            while !text.is_char_boundary(pos) {
                pos += 1;
            }
            continue;
        }
        if LEXICON
            .place_at(text, m.start())
            .is_some_and(|(end, _)| end == m.end())
        {
            continue;
        }
        let mut end = m.end();
        if let Some((word, _, word_end_pos)) = next_word(text, end) {
            if !is_capitalized(word) {
                let extended = fold(&format!("{} {word}", m.as_str()));
                if keys.contains_key(&extended) {
                    end = word_end_pos;
                }
            }
        }
        let surface = &text[m.start()..end];
        let titled = TITLES.iter().any(|t| text[..m.start()].ends_with(t));
        let mut roles = roles_before(text, m.start(), orgs, &index);
        roles.extend(roles_after(text, end, orgs));
        if !titled && roles.is_empty() {
            continue;
        }
        let key = fold(surface);
        let person_index = match keys.get(&key) {
            Some(&i) => i,
            None => {
                keys.insert(key, people.len());
                role_keys.push(HashSet::new());
                people.push(Person {
                    text: surface.to_string(),
                    name: title_case(surface),
                    roles: Vec::new(),
                    role_organizations: Vec::new(),
                    start: m.start(),
                    end,
                });
                people.len() - 1
            }
        };
        for (role_start, role_end, organization) in roles {
            let role_text = &text[role_start..role_end];
            let (Some(person), Some(seen)) = (
                people.get_mut(person_index),
                role_keys.get_mut(person_index),
            ) else {
                continue;
            };
            if seen.insert(fold(role_text)) {
                person.push_role(role_text, organization);
            }
        }
        mentions.push(PersonMention {
            start: m.start(),
            end,
            person: person_index,
        });
        pos = end;
    }
    (people, mentions)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Document;

    fn people(text: &str) -> Vec<Person> {
        let orgs = crate::extract::orgs::find(&Document::from_text(text));
        find(text, &orgs).0
    }

    fn roles(p: &Person) -> Vec<&str> {
        p.roles.iter().map(String::as_str).collect()
    }

    #[test]
    fn seed_004_list_after_du_co_cac_dong_chi() {
        let text = "Dự có các đồng chí: Lê Quang Toản - Tỉnh ủy viên, Ủy viên Ban Chấp hành Tổng LĐLĐ Việt Nam, Chủ tịch LĐLĐ tỉnh; Hoàng Xuân Hào - Phó Chủ tịch Thường trực LĐLĐ tỉnh; Chu Ngọc Hoa Liễu - Phó Chủ tịch LĐLĐ tỉnh và toàn bộ cán bộ công đoàn chuyên trách toàn tỉnh Hưng Yên.\n\nĐ/c Chủ tịch LĐLĐ tỉnh Lê Quang toản phát biểu tại Hội nghị";
        let found = people(text);
        assert_eq!(found.len(), 3);
        assert_eq!(found[0].name, "Lê Quang Toản");
        assert_eq!(
            roles(&found[0]),
            [
                "Tỉnh ủy viên",
                "Ủy viên Ban Chấp hành Tổng LĐLĐ Việt Nam",
                "Chủ tịch LĐLĐ tỉnh"
            ]
        );
        assert_eq!(
            found[0].role_organizations[2].as_deref(),
            Some("Liên đoàn Lao động tỉnh Hưng Yên")
        );
        assert_eq!(roles(&found[1]), ["Phó Chủ tịch Thường trực LĐLĐ tỉnh"]);
        assert_eq!(found[2].text, "Chu Ngọc Hoa Liễu");
    }

    #[test]
    fn seed_002_roles_before_the_name() {
        let text = "Báo cáo tại chương trình, Cụm trưởng Cụm thi đua số 5, Chủ tịch LĐLĐ huyện Phú Xuyên Đào Đức Gương cho biết.";
        let found = people(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].text, "Đào Đức Gương");
        assert_eq!(
            roles(&found[0]),
            [
                "Cụm trưởng Cụm thi đua số 5",
                "Chủ tịch LĐLĐ huyện Phú Xuyên"
            ]
        );
    }

    #[test]
    fn seed_000_roles_after_the_name_with_party_body() {
        let text = "Đến dự và chỉ đạo hội nghị có đồng chí Nguyễn Đình Khang, Ủy viên Ban Chấp hành Trung ương Đảng, Chủ tịch Tổng LĐLĐ Việt Nam.";
        let found = people(text);
        assert_eq!(
            roles(&found[0]),
            [
                "Ủy viên Ban Chấp hành Trung ương Đảng",
                "Chủ tịch Tổng LĐLĐ Việt Nam"
            ]
        );
        assert_eq!(
            found[0].role_organizations[1].as_deref(),
            Some("Tổng Liên đoàn Lao động Việt Nam")
        );
    }

    #[test]
    fn place_and_byline_names_are_not_people() {
        // "Hà Nội" starts with a family name; bylines have no role.
        let text = "Phó Chủ tịch LĐLĐ thành phố Hà Nội Nguyễn Chính Hữu đề nghị.\nHuyền Trang\nLê Văn Hải cho biết.";
        let found = people(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name, "Nguyễn Chính Hữu");
        assert_eq!(roles(&found[0]), ["Phó Chủ tịch LĐLĐ thành phố Hà Nội"]);
    }
}
