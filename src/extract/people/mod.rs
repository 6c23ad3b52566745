//! People: names anchored on a family name, kept only with a person context (a title such
//! as "đồng chí", "anh", "TS.", a role before or after the name, a list the name is an item
//! of, an earlier mention of the same name, or a verb of saying after a full name), with
//! their roles as written (`roles.rs`, their organization part read by `chain.rs`).

mod acting;
mod age;
mod apposition;
mod bare;
#[cfg(test)]
mod bare_tests;
mod caps;
mod chain;
#[cfg(test)]
mod class_tests;
mod cued;
mod foreign;
mod given;
#[cfg(test)]
mod given_tests;
mod glued;
mod initial;
mod inside_name;
mod kin_named;
#[cfg(test)]
mod kin_named_tests;
mod list_head;
#[cfg(test)]
mod name_scan_tests;
mod names;
mod occupation;
#[cfg(test)]
mod occupation_tests;
mod post;
mod role_links;
#[cfg(test)]
mod role_list_tests;
#[cfg(test)]
mod role_tests;
mod roles;
mod run_on;
mod said;
mod shared_role;
mod short_named;
mod stage;
#[cfg(test)]
mod stage_tests;
#[cfg(test)]
mod stop19_tests;
#[cfg(test)]
mod stop19b_tests;
#[cfg(test)]
mod stop21_tests;
#[cfg(test)]
mod stop22_tests;
#[cfg(test)]
mod stop22b_tests;
#[cfg(test)]
mod stop23_tests;
#[cfg(test)]
mod stop24_tests;
#[cfg(test)]
mod stop25_tests;
#[cfg(test)]
mod stop26_tests;
#[cfg(test)]
mod stop27_tests;
mod title_role;
#[cfg(test)]
mod title_role_tests;
mod uncle_ho;

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use regex::Regex;

use crate::extract::candidates::{Candidates, KeywordSet};
use crate::extract::lexicon::{phrases, LEXICON};
use crate::extract::orgs::OrgSpan;
use crate::extract::spans::Spanned;
use crate::extract::text::{is_capitalized, next_word, word_end, word_start, ByteSpan};
use crate::normalize::fold;
use crate::record::Person;
use crate::rules::Table;
pub use bare::{MIDDLE_NAMES, PERSON_NOUNS, STREET_NAMES};
pub(crate) use chain::is_stop_at as role_stop_at;
pub use chain::{ROLE_NO_END, ROLE_STOPS, ROLE_UNIT_NOUNS};
pub(crate) use cued::name_cue_keywords;
pub use cued::{NAME_CUES, NAME_CUE_NOT_NAMES};
pub use foreign::{FOREIGN_NOT_NAMES, FOREIGN_PLACES, KOREAN_SURNAMES};
pub(crate) use given::kinship_titles;
pub use given::FOREIGN_NAME_PARTICLES;
use names::{
    after_level_word, aged_after, ends_with_title, is_year_name, name_match_end, names_no_person,
    org_head_at, says_after,
};
pub use names::{CLAUSE_OPENING_PAIRS, NAME_NOT_AFTER, PERSON_VERBS, YEAR_NAMES};
pub(crate) use roles::role_keywords;
use roles::{roles_after, RoleSpan, RoleText};
pub(crate) use stage::country_at;
pub use stage::{ROLE_COUNTRIES, STAGE_OCCUPATIONS};

/// `person_titles.tsv`: titles written before a personal name ("đồng chí", "Ông").
pub static PERSON_TITLES: Table = Table::new(
    "extract/rules/person_titles.tsv",
    include_str!("../rules/person_titles.tsv"),
    &["title"],
    &["title"],
);

/// One occurrence of a person's name.
#[derive(Debug, Clone)]
pub struct PersonMention {
    /// The name's bytes.
    pub span: ByteSpan,
    /// Index into the people list.
    pub person: usize,
}

/// A person as found: the record's fields, with the first mention as a byte span.
#[derive(Debug, Clone)]
pub struct FoundPerson {
    /// The first full surface of the name, as written.
    pub text: String,
    /// The person's name (title-cased).
    pub name: String,
    /// Distinct roles as written, each with the canonical name of the organization it
    /// names, in order of first mention.
    pub roles: Vec<(String, Option<String>)>,
    /// The first mention.
    pub span: ByteSpan,
}

impl FoundPerson {
    /// The record of the person at the span of its first mention (its code point offsets
    /// are set when spans are converted: [`crate::extract::spans`]).
    pub fn into_record(self) -> Spanned<Person> {
        let mut person = Person {
            text: self.text,
            name: self.name,
            roles: Vec::new(),
            role_organizations: Vec::new(),
            start: 0,
            end: 0,
        };
        for (role, organization) in self.roles {
            person.push_role(role, organization);
        }
        Spanned::new(self.span, person)
    }
}

/// A personal name: a family name, then one to three capitalized words. Anchored at the
/// start of what it reads: [`name_from`] tries it at each family name the one candidate
/// pass finds ([`crate::extract::candidates`]), so that no search runs back for the match's start (an unanchored search spent
/// most of its time in the reverse lazy DFA of the Unicode classes).
static NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^{}", name_pattern())).expect("name regex builds from surnames.tsv")
});

/// The name pattern without its anchor: a family name of `surnames.tsv`, then one to three
/// capitalized words.
fn name_pattern() -> String {
    let surnames = LEXICON
        .surnames
        .iter()
        .map(|s| regex::escape(s))
        .collect::<Vec<_>>()
        .join("|");
    format!(r"(?:{surnames})(?: \p{{Lu}}\p{{Ll}}*){{1,3}}")
}

/// The first name at or after byte `pos` of `text`: [`NAME`] at the leftmost family name
/// where it matches. This is what [`NAME`] without its anchor finds searching from `pos`
/// (the leftmost start of a match, a match starting with a family name; the pattern reads
/// no context around it).
///
/// The family names are those of `candidates`, the one candidate pass over `text`.
fn name_from(text: &str, candidates: &Candidates, pos: usize) -> Option<NameMatch> {
    let mut from = pos;
    while let Some(start) = candidates.next_start(KeywordSet::Surnames, from) {
        if let Some(m) = text.get(start..).and_then(|rest| NAME.find(rest)) {
            return Some(NameMatch {
                start,
                end: start + m.end(),
                foreign: false,
                own_context: false,
            });
        }
        from = start + 1;
    }
    None
}

/// A name's bytes as [`name_from`] finds it.
#[derive(Debug, Clone, Copy)]
struct NameMatch {
    start: usize,
    end: usize,
    /// Whether `foreign.rs` found it (a foreign name, after "ông" / "bà" or alone).
    foreign: bool,
    /// Whether it is a person's by itself: two words after an occupation cue (`cued.rs`:
    /// "HLV Hữu Thắng") or a Korean name written alone (`foreign.rs`: "Kim Jong-un").
    own_context: bool,
}

impl NameMatch {
    /// The byte offset of the name's first character.
    fn start(self) -> usize {
        self.start
    }

    /// The byte offset just past the name.
    fn end(self) -> usize {
        self.end
    }
}

/// The next two-word name after an occupation cue (`cued.rs`), the next name from a family
/// name, the next foreign name after "ông" / "bà" and the next foreign name written alone
/// (`foreign.rs`) and the next name in capitals after "Ông" / "Bà" (`caps.rs`), each searched again only once the scan has passed its start (so that no
/// search runs over the same text twice). Of two names at the same bytes the cued one is
/// read: its cue is the person context.
#[derive(Default)]
struct NextNames {
    next: [Option<NameMatch>; 5],
    searched: bool,
}

impl NextNames {
    /// The next name starting at or after byte `pos`: the leftmost, the longest of those
    /// starting there, a family name's before a foreign one.
    fn at_or_after(
        &mut self,
        text: &str,
        candidates: &Candidates,
        pos: usize,
    ) -> Option<NameMatch> {
        for (i, slot) in self.next.iter_mut().enumerate() {
            if self.searched && !slot.is_some_and(|n| n.start < pos) {
                continue;
            }
            let foreign = |(start, end): (usize, usize)| NameMatch {
                start,
                end,
                foreign: true,
                own_context: i == 3
                    && foreign::is_korean_name(text.get(start..end).unwrap_or_default()),
            };
            *slot = match i {
                0 => cued::cued_from(text, candidates, pos).map(|(start, end)| NameMatch {
                    start,
                    end,
                    foreign: false,
                    own_context: true,
                }),
                1 => name_from(text, candidates, pos),
                2 => foreign::titled_from(text, candidates, pos).map(foreign),
                3 => foreign::untitled_from(text, pos).map(foreign),
                _ => caps::caps_from(text, pos).map(|(start, end)| NameMatch {
                    start,
                    end,
                    foreign: false,
                    own_context: true,
                }),
            };
        }
        self.searched = true;
        self.next
            .iter()
            .flatten()
            .copied()
            .min_by_key(|m| (m.start, std::cmp::Reverse(m.end)))
    }
}

/// The titles of `person_titles.tsv`, each with the space that follows it ("đồng chí ").
static TITLES: LazyLock<Vec<String>> = LazyLock::new(|| {
    phrases(&PERSON_TITLES)
        .expect("the embedded person_titles.tsv parses (tested)")
        .into_iter()
        .map(|t| format!("{t} "))
        .collect()
});

/// `name` with the first letter of each word (between single spaces) upper-cased, built in
/// one string (stop 20: a string per word and their join).
fn title_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for (i, word) in name.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.push_str(chars.as_str());
        }
    }
    out
}

/// The people found so far, by folded name, with the roles each already has.
#[derive(Default)]
struct People {
    people: Vec<FoundPerson>,
    /// Folded name → index into `people`: a hash look-up, so that many distinct people
    /// cost no quadratic search.
    keys: HashMap<String, usize>,
    /// Each person's folded roles (a person with many roles costs no quadratic search).
    role_keys: Vec<HashSet<String>>,
    /// The folded first words (three or more) of longer names found: a bare name that is
    /// one is the same person shortened ("Lê Thị Bình (tức bà Lê Thị Bình Phương - PV)"),
    /// no new person.
    prefixes: HashSet<String>,
}

impl People {
    /// The index of the person named `surface` (first mention at `span`), added if new;
    /// `key` is `fold(surface)` when it is already made.
    fn index_of(&mut self, surface: &str, span: ByteSpan, key: Option<String>) -> usize {
        let key = key.unwrap_or_else(|| fold(surface.trim_end_matches('.')));
        if let Some(&i) = self.keys.get(&key) {
            return i;
        }
        // The first n words (n from the minimum to all but one) end at the n-th space: the
        // key's own prefixes, one allocation each (stop 19: no word vectors joined).
        for (i, (space, _)) in key.match_indices(' ').enumerate() {
            if i + 1 >= bare::MIN_MIDDLE_NAMED_WORDS {
                if let Some(prefix) = key.get(..space) {
                    self.prefixes.insert(prefix.to_string());
                }
            }
        }
        self.keys.insert(key, self.people.len());
        self.role_keys.push(HashSet::new());
        self.people.push(FoundPerson {
            text: surface.to_string(),
            name: title_case(surface),
            roles: Vec::new(),
            span,
        });
        self.people.len() - 1
    }

    /// Whether the name `m`, ending at `end`, is a person's written bare ([`bare`]): not a
    /// foreign name, and not the first words of a longer name found ([`People::prefixes`]).
    fn bare(&self, rt: &RoleText<'_>, m: NameMatch, end: usize) -> bool {
        let name = rt.text.get(m.start()..end).unwrap_or_default();
        !m.foreign
            && bare::bare_person(rt, m.start(), end)
            && (self.prefixes.is_empty() || !self.prefixes.contains(&fold(name)))
    }

    /// The people in the order of their first mentions, and `mentions` in text order with
    /// their indexes into that order.
    fn in_text_order(
        self,
        mut mentions: Vec<PersonMention>,
    ) -> (Vec<FoundPerson>, Vec<PersonMention>) {
        let mut order: Vec<usize> = (0..self.people.len()).collect();
        order.sort_by_key(|&i| self.people.get(i).map(|p| p.span.start));
        let mut new_index = vec![0; order.len()];
        for (new, &old) in order.iter().enumerate() {
            if let Some(slot) = new_index.get_mut(old) {
                *slot = new;
            }
        }
        let mut slots: Vec<Option<FoundPerson>> = self.people.into_iter().map(Some).collect();
        let people = order
            .iter()
            .filter_map(|&i| slots.get_mut(i).and_then(Option::take))
            .collect();
        for m in &mut mentions {
            m.person = new_index.get(m.person).copied().unwrap_or(m.person);
        }
        mentions.sort_by_key(|m| m.span.start);
        (people, mentions)
    }

    /// Adds the roles (as written in `text`) the person does not have yet.
    fn add_roles(&mut self, index: usize, text: &str, roles: Vec<RoleSpan>) {
        for (role_start, role_end, organization) in roles {
            // A dash between a role and the name after it is no word of the role ("Chủ
            // tịch UBND TP Hà Nội - Nguyễn Đức Chung": the read up to the name took it;
            // stop 26: 14 roles of corpus-real ended " -").
            let role_text = text[role_start..role_end].trim_end_matches([' ', '-', '–']);
            if role_text.is_empty() {
                continue;
            }
            let (Some(person), Some(seen)) =
                (self.people.get_mut(index), self.role_keys.get_mut(index))
            else {
                continue;
            };
            if seen.insert(fold(role_text)) {
                person.roles.push((role_text.to_string(), organization));
            }
        }
    }
}

/// Finds people and every mention of them (byte offsets).
pub fn find(text: &str, orgs: &[OrgSpan]) -> (Vec<FoundPerson>, Vec<PersonMention>) {
    find_lowered(text, &crate::extract::text::lower_aligned(text), orgs)
}

/// [`find`] with `text`'s lower-cased view already made ([`crate::extract::Document::lower`]:
/// [`crate::extract::text::lower_aligned`] of `text`), so that it is not made twice.
pub fn find_lowered(
    text: &str,
    lower: &str,
    orgs: &[OrgSpan],
) -> (Vec<FoundPerson>, Vec<PersonMention>) {
    find_with(text, lower, &Candidates::new(text, lower), orgs)
}

/// [`find_lowered`] with the keywords of `text` already found
/// ([`crate::extract::Document::candidates`]).
pub(crate) fn find_with(
    text: &str,
    lower: &str,
    candidates: &Candidates,
    orgs: &[OrgSpan],
) -> (Vec<FoundPerson>, Vec<PersonMention>) {
    let mut people = People::default();
    let rt = RoleText::new(text, lower, candidates, orgs);
    let mut mentions = Vec::new();
    let mut pos = 0;
    // The end of the last name or role read: a role before it belongs to someone else.
    let mut claimed_end: Option<usize> = None;
    let mut next = NextNames::default();
    // The list of names being read ("A, B và C"; "3 bị can: A (…), B (…), C (…)").
    let mut list = list_head::NameList::default();
    let mut kin = kin_named::KinNamed::new(text, candidates);
    while let Some(m) = next.at_or_after(text, candidates, pos) {
        pos = m.end();
        if !word_start(text, m.start()) || !word_end(text, m.end()) || org_head_at(text, m.start())
        {
            continue;
        }
        let first_after = orgs.partition_point(|o| o.end <= m.start());
        if let Some(org) = orgs.get(first_after).filter(|o| o.start < m.end()) {
            // Inside an organization's name: go on after it.
            pos = org.end.max(m.start() + 1);
            while !text.is_char_boundary(pos) {
                pos += 1;
            }
            continue;
        }
        let Some(match_end) = name_match_end(text, m.start(), m.end()) else {
            continue;
        };
        let name = &text[m.start()..match_end];
        if is_year_name(name) {
            // "Tết Đinh Dậu": a year's name, no person's.
            continue;
        }
        let titled = ends_with_title(text, m.start());
        let place = LEXICON.place_at(text, m.start());
        let place_end = place.map(|(end, _)| end);
        if place_end.is_some_and(|end| end < match_end) && !titled {
            // A place written before a name ("Hà Nội Nguyễn Đức Chung", "Thái Bình
            // Dương"): the name, if any, starts after it.
            pos = place_end.unwrap_or(match_end);
            continue;
        }
        let Some(legacy) = place_person(&rt, place, m.start(), match_end) else {
            continue;
        };
        if let Some(len) = inside_name::region_syllable_len(text, m.start()) {
            // "châu Âu Donald Tusk": a region's syllable; a name may start after it.
            pos = m.start() + len;
            continue;
        }
        if names_no_person(text, m.start())
            || names::district_after_level(text, m.start(), match_end)
            || !titled && names::preposition_before_place(text, m.start(), match_end)
        {
            continue;
        }
        let end = initial::initial_end(text, name_end(text, name, match_end, &people.keys));
        // The folded name, made only when someone was found before (`index_of` folds it).
        let key =
            (!people.keys.is_empty()).then(|| fold(text[m.start()..end].trim_end_matches('.')));
        let known = key.as_ref().is_some_and(|k| people.keys.contains_key(k));
        let in_list = list.holds(m.start());
        let (mut roles, plural) = list.roles_before(&rt, m.start());
        roles.retain(|r| !leadership_of_a_name_before(&rt, lower, r));
        // A foreign name written alone is a person's only with a role, one before it ending
        // with its role word or a capitalized word ("Tổng thống Nga Vladimir Putin"; "Chủ
        // tịch của Real Madrid" names a club).
        let alone = m.foreign && !titled && !known;
        if alone && !roles.last().is_none_or(|r| ends_before_a_name(&rt, r)) {
            roles.clear();
        }
        if roles.is_empty() && titled {
            roles = title_role::role_before_any_title(&rt, m.start(), claimed_end);
        }
        // A name right after a level word is a place's ("Ông Phạm Văn Báu (SN 1964), trú xã
        // Ninh Sơn, bảo vệ nhà máy …": the role after it is the person's before it).
        if titled || !after_level_word(text, m.start()) {
            let alone = m.foreign && inside_name::name_stands_alone(text, m.start());
            let own = roles.is_empty() && (titled || known || alone);
            roles.extend(roles_after_name(&rt, lower, end, own));
        }
        // An age after the name makes it a person's, a foreign name's written alone too
        // ("Mizuki Yamada, 23 tuổi, chia sẻ …").
        let aged = aged_after(text, end) || said::foreign_says(text, m, end);
        let says = says_after(text, m.start(), end) && !after_level_word(text, m.start()) || aged;
        // The first of two full names or more in a list ("là Trần Tiến Đức, Vũ Huy Hùng").
        let listed = || !m.foreign && list_head::opens_name_list(text, m.start(), end);
        // Else a full name written bare (`bare.rs`: "Cử tri Phạm Thị Thư"), or a foreign
        // name alone called "ông <last word>" elsewhere (`kin_named.rs`).
        let kin_start = kin.name_start(alone && roles.is_empty() && !aged, m.start(), end);
        let context =
            titled || known || in_list || says || legacy || m.own_context || kin_start.is_some();
        if roles.is_empty()
            && (alone && !aged && !m.own_context && kin_start.is_none()
                || !context && !listed() && !people.bare(&rt, m, end))
        {
            continue;
        }
        let (start, key) = kin_start
            .filter(|&s| s != m.start())
            .map_or((m.start(), key), |s| (s, None));
        let span = ByteSpan::new(start, end);
        let person = people.index_of(span.slice(text), span, key);
        claimed_end = claimed_end.max(roles.iter().map(|r| r.1).chain([end]).max());
        people.add_roles(person, text, roles);
        mentions.push(PersonMention { span, person });
        list.read(text, (m.start(), end), plural);
        pos = end;
    }
    add_given_names(&mut people, &rt, candidates, &mut mentions);
    let (people, mentions) = people.in_text_order(mentions);
    // "… QH Bùi Sỹ Lợi Xác định rõ …": a name run on into the next sentence (`run_on.rs`).
    run_on::merge_run_on(text, people, mentions)
}

/// Of the name at `start..match_end`: `None` when it is a place (`place`, the place read at
/// `start`) and no person's; else whether it is a place named after a person read as that
/// person after a word of their legacy. A place name is a person's only when it is a unit named after a person, after
/// a bare role word ("Chủ tịch Hồ Chí Minh") or a word of the person's legacy ("tư tưởng, đạo
/// đức, phong cách Hồ Chí Minh"); after a title it is still a place ("Đoàn Luật sư Hà Nội"),
/// after an occupation too ("Ngư dân Hà Tĩnh").
fn place_person(
    rt: &RoleText<'_>,
    place: Option<(usize, &[crate::extract::lexicon::Place])>,
    start: usize,
    match_end: usize,
) -> Option<bool> {
    let is_place = place.map(|(end, _)| end) == Some(match_end);
    let person_named = place.is_some_and(|(_, places)| names::person_named(places));
    let legacy = is_place && person_named && names::legacy_before(rt.text, start);
    let no_person = is_place && !legacy && !(person_named && rt.role_word_ends_before(start));
    (!no_person).then_some(legacy)
}

/// Whether the role `role` opens with the leaders' word written after a name
/// (`inside_name::leadership_after_a_name`: "Sergei Kadalov, lãnh đạo phòng giám sát …";
/// stop 24): such a role is no role of a name after it.
/// It is that name's role only when the name has no role before it and is a person by
/// itself (a title, an earlier mention, a foreign name): after "ROLE NAME, " it opens the
/// next item of a list ("Phó Thủ tướng Vũ Đức Đam, lãnh đạo một số bộ"), after a place it
/// is the place's leadership ("tại CT4 Xa La, lãnh đạo Sở Cảnh sát PCCC Hà Nội cho biết"),
/// and it is never the role of a name after it ("Ban cán sự Đảng, Lãnh đạo Bộ Tài chính,
/// Thứ trưởng Vũ Thị Mai"; "Charles Kaye, lãnh đạo Warburg Pincus" made the company a
/// person).
fn leadership_of_a_name_before(rt: &RoleText<'_>, lower: &str, role: &RoleSpan) -> bool {
    rt.role_word_at(role.0).is_some_and(|word_end| {
        inside_name::leadership_after_a_name(rt.text, lower, role.0, word_end)
    })
}

/// The roles read after the name ending at `end` ([`roles_after`]); a role opening with the
/// leaders' word ([`leadership_of_a_name_before`]) only when `own_leadership` (the name has
/// no role before it and is a person by itself).
fn roles_after_name(
    rt: &RoleText<'_>,
    lower: &str,
    end: usize,
    own_leadership: bool,
) -> Vec<RoleSpan> {
    let mut roles = roles_after(rt, end);
    roles.retain(|r| own_leadership || !leadership_of_a_name_before(rt, lower, r));
    roles
}

/// Adds the roles written before a known person's last name alone (`short_named.rs`), the
/// people written only by a given name after a kinship title ("anh Bé, anh Hà",
/// `given.rs`) and "Bác Hồ" (`uncle_ho.rs`), once the names of the text are read.
fn add_given_names(
    people: &mut People,
    rt: &RoleText<'_>,
    candidates: &Candidates,
    mentions: &mut Vec<PersonMention>,
) {
    let text = rt.text;
    // Roles before a known person's last name alone ("Tổng thống Trump", `short_named.rs`).
    for (person, role) in short_named::roles_before_last_names(rt, &people.people) {
        people.add_roles(person, text, vec![role]);
    }
    // People written only by a given name after a kinship title ("anh Bé, anh Hà").
    let known = people.people.iter().map(|p| p.text.as_str());
    for span in given::given_names(rt, candidates, known) {
        let roles = roles_after(rt, span.end);
        let person = people.index_of(span.slice(text), span, None);
        people.add_roles(person, text, roles);
        mentions.push(PersonMention { span, person });
    }
    // "Bác Hồ", unless Hồ Chí Minh is named in full (`uncle_ho.rs`).
    if let Some(span) = uncle_ho::first_mention(text, |i| rt.inside_org(i)) {
        if !people.keys.contains_key(&fold("Hồ Chí Minh")) {
            let person = people.index_of(span.slice(text), span, None);
            mentions.push(PersonMention { span, person });
        }
    }
}

/// Whether the role read before a foreign name written alone ends where a name may start:
/// with its role word ("Thủ tướng Justin Trudeau") or a capitalized word ("Thủ tướng
/// Campuchia Hun Sen"), not with a lower-case word whose organization runs on into the name
/// ("Phó chủ tịch bộ phận nghiên cứu của Counterpoint Research"). Also (stop 20) with an
/// abbreviation in parentheses ("Giám đốc Cục Điều tra Liên bang (FBI) Christopher Wray")
/// and with one capitalized word and its lower-case second syllable right after the role
/// word ("Bộ trưởng Tư pháp Jeff Sessions", "Chủ tịch Hạ viện Paul Ryan"): such names were
/// kept only by the next person's role read after them, which now ends before that
/// person's name (`chain.rs`); a longer lower-case end is no name's ("Tổng thống Putin và
/// Nhà vua Saudi Arabia", "nhân viên … tổng lãnh sự quán Nga ở New York"), and a name of
/// three words or more after it starts with the country the role did not read ("Bộ
/// trưởng Quốc phòng Italia Roberta Pinotti").
fn ends_before_a_name(rt: &RoleText<'_>, role: &RoleSpan) -> bool {
    let (start, end, _) = role;
    let capital = |w: &str| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    };
    let word_end = rt.role_word_at(*start);
    let last = rt
        .text
        .get(*start..*end)
        .and_then(|r| r.rsplit(' ').next())
        .unwrap_or_default();
    let abbreviation = last
        .strip_prefix('(')
        .is_some_and(|w| w.ends_with(')') && capital(w));
    let second_syllable = word_end
        .and_then(|w| rt.text.get(w..*end))
        .and_then(|r| r.strip_prefix(' '))
        .and_then(|r| r.split_once(' '))
        .is_some_and(|(first, second)| {
            capital(first) && second.starts_with(char::is_lowercase) && !second.contains(' ')
        })
        && two_words_after(rt.text, *end);
    word_end == Some(*end) || capital(last) || abbreviation || second_syllable
}

/// Whether the name after the role ending at `end` is of two words: the third word after
/// the role is no capitalized word of it ("Bộ trưởng Quốc phòng James Mattis, …", not
/// "… Italia Roberta Pinotti").
fn two_words_after(text: &str, end: usize) -> bool {
    let mut words = text.get(end..).unwrap_or_default().trim_start().split(' ');
    let second = words.nth(1).unwrap_or_default();
    !second.ends_with(char::is_alphanumeric)
        || !words
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
}

/// Where a name matched as `name` (ending at `end`) ends: one lower-case word longer when
/// the longer name is a person already found (a caption's typo, "Lê Quang toản").
fn name_end(text: &str, name: &str, end: usize, keys: &HashMap<String, usize>) -> usize {
    match next_word(text, end) {
        Some((word, _, word_end_pos))
            if !is_capitalized(word)
                && !keys.is_empty()
                && keys.contains_key(&fold(&format!("{name} {word}"))) =>
        {
            word_end_pos
        }
        _ => end,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Document;
    use crate::normalize::CharOffsets;
    use crate::record::Person;

    fn people(text: &str) -> Vec<Person> {
        let orgs = crate::extract::orgs::find(&Document::from_text(text));
        let found = find(text, &orgs)
            .0
            .into_iter()
            .map(FoundPerson::into_record);
        crate::extract::spans::into_records(found.collect(), &CharOffsets::new(text))
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
        // "Hà Nội" starts with a family name; bylines (a name alone on its line) have no
        // role.
        let text =
            "Phó Chủ tịch LĐLĐ thành phố Hà Nội Nguyễn Chính Hữu đề nghị.\nHuyền Trang\nLê Văn Hải";
        let found = people(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name, "Nguyễn Chính Hữu");
        assert_eq!(roles(&found[0]), ["Phó Chủ tịch LĐLĐ thành phố Hà Nội"]);
        // A full name that says something is no byline (`person_verbs.tsv`).
        let found = people("Huyền Trang\nLê Văn Hải cho biết.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name, "Lê Văn Hải");
    }

    #[test]
    fn foreign_names_after_ong_ba() {
        // corpus-real labour.jsonl, baomoi-22245863.
        let text = "Bà Wang Yan, Điều phối viên Mạng lưới Giáo dục thuộc Nhóm công tác về phát triển nguồn nhân lực (HRDWG), đồng chủ trì Cuộc họp, chia sẻ mục tiêu Hội thảo lần này.";
        let found = people(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name, "Wang Yan");
        // corpus-real general-10k, baomoi-22349772 and baomoi-22293815.
        let found = people(
            "Bà Park Geun-hye đối mặt với 18 cáo buộc gồm: Tham nhũng, cưỡng ép doanh nghiệp.",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].text, "Park Geun-hye");
        let found = people("Ảnh: RTE Ông Elbio Rosselli, Đại sứ Uruguay, Chủ tịch Hội đồng Bảo an (HĐBA) hôm 16/5 cho biết.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name, "Elbio Rosselli");
    }
}
