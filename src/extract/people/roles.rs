//! Roles written with a name, each a role word (`roles.tsv`, matched case-insensitively,
//! after "nguyên" / "tân" / "quyền" when the text has one) and its organization part
//! ([`super::chain`]):
//! - before the name ("Chủ tịch LĐLĐ huyện Phú Xuyên Đào Đức Gương"), comma-separated runs
//!   of them included, and roles joined by "kiêm" on either side (a bare role word before
//!   "kiêm" is one role with the next: "Chủ tịch kiêm Giám đốc điều hành Phòng Thương mại
//!   Mỹ");
//! - after it ("Lê Quang Toản - Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh"), also after an
//!   apposition in parentheses ("Ông Y (sinh năm 1975), Phó Chủ tịch …", decision 18) or an
//!   age between commas ("NAME, 23 tuổi, công nhân …"),
//!   inside a parenthesis ("bà X (Phó Giám đốc Cty Y)"), and on the lines after a name that
//!   ends its line (a table of names and roles).

use std::sync::LazyLock;

#[cfg(test)]
use aho_corasick::{
    AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Anchored, Input, MatchKind, StartKind,
};

use super::age::{age_len, paren_age_len};
use super::chain::{org_part, person_name_at, MAX_COMMA_PARTS, MAX_TOKENS, MAX_TOKEN_BYTES};
use super::TITLES;
use crate::extract::candidates::{Candidates, KeywordSet};
use crate::extract::lexicon::LEXICON;
use crate::extract::orgs::OrgSpan;
use crate::extract::text::{is_word_char, word_end, word_start};

/// Words written before a role word that belong to the role: former, new and acting
/// holders ("Nguyên Chủ tịch Tập đoàn …", "cựu giám đốc FBI", "tân Chủ tịch", "quyền Giám
/// đốc"; "cựu", former, stop 19: 15 roles after a name in general-10k lost their word to
/// it, "James Comey, cựu giám đốc FBI"), and the
/// holder's sex ("nữ công nhân môi trường", "nữ giám đốc": the gold writes it, real5-dev and
/// real-dev; see `occupation.rs`), lower case (the role words are matched on the
/// lower-cased text).
pub(super) const ROLE_PREFIXES: [&str; 5] = ["nguyên ", "cựu ", "tân ", "quyền ", "nữ "];

/// The role words of `roles.tsv`, lower-cased, in table order: the one candidate pass
/// ([`crate::extract::candidates`]) finds them ([`role_words_of`]).
pub(crate) fn role_keywords() -> Vec<String> {
    LEXICON.roles.iter().map(|r| r.to_lowercase()).collect()
}

/// The role words of `roles.tsv`, lower-cased (case variants of a row collapse), as one
/// leftmost-longest automaton: the search [`role_words_of`] reproduces from the candidates,
/// for its tests.
#[cfg(test)]
static ROLE_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    let lower: Vec<String> = LEXICON.roles.iter().map(|r| r.to_lowercase()).collect();
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(StartKind::Both)
        // Role words start on common letters ("c", "p", "t"): a prefilter would stop at
        // almost every word; a DFA without one is faster.
        .kind(Some(AhoCorasickKind::DFA))
        .prefilter(false)
        .build(&lower)
        .expect("role words build a matcher")
});

/// The bytes a lower-cased role word can begin with: inside a match, the matcher is tried
/// again only at word starts with one of them.
static ROLE_FIRST_BYTES: LazyLock<[bool; 256]> = LazyLock::new(|| {
    let mut first = [false; 256];
    for word in LEXICON.roles.iter().map(|r| r.to_lowercase()) {
        if let Some(&b) = word.as_bytes().first() {
            first[usize::from(b)] = true;
        }
    }
    first
});

/// A role phrase as written: its bytes and the canonical name of the organization it
/// names.
pub(super) type RoleSpan = (usize, usize, Option<String>);

/// The most role phrases read before a name across commas ("Cụm trưởng …, Chủ tịch …
/// Đào Đức Gương"), or after it in one chain.
const MAX_ROLES: usize = 32;

/// How far before a name (bytes) a role word of its clause is looked for.
const ROLE_WINDOW: usize = MAX_TOKENS * 24;

/// The role words tried before one name.
const MAX_TRIES: usize = 4;

/// Characters that end a segment of roles before a name.
const SEPARATORS: [u8; 7] = [b',', b'.', b'\n', b';', b':', b'(', b')'];

/// A document as the role rules read it, with per-document indexes that keep the name loop
/// linear: the role words and separators are found once, in one pass.
pub(super) struct RoleText<'t> {
    /// The text.
    pub(super) text: &'t str,
    /// The organization mentions, in text order.
    orgs: &'t [OrgSpan],
    /// Where each role word (with its prefix) starts and ends, by start, ascending.
    role_words: Vec<(usize, usize)>,
    /// Byte offsets of the segment separators ([`SEPARATORS`]), ascending.
    separators: Vec<usize>,
    /// Byte offsets of the line breaks, ascending: where a role chain read after a name
    /// stops, found by a binary search (a search of the text from each name was quadratic
    /// in a long line of names).
    newlines: Vec<usize>,
}

impl<'t> RoleText<'t> {
    /// The role view of `text`, whose lower-cased view
    /// ([`crate::extract::text::lower_aligned`]) is `lower` and whose organization mentions are
    /// `orgs`.
    pub(super) fn new(
        text: &'t str,
        lower: &str,
        candidates: &Candidates,
        orgs: &'t [OrgSpan],
    ) -> Self {
        let (separators, newlines) = separators_of(text);
        let mut role_words = role_words_of(lower, candidates);
        role_words.retain(|&(start, end)| {
            !capitalized_occupation_inside(text, start, end)
                && !super::inside_name::role_word_inside_name(lower, start, end)
                && !super::inside_name::leaders_after_a_plural(lower, start, end)
                && !super::inside_name::leadership_not_of_a_country(text, lower, start, end)
        });
        Self {
            text,
            orgs,
            newlines,
            role_words,
            separators,
        }
    }

    /// The byte offset of the first line break at or after `from`, else the text's length.
    fn line_end(&self, from: usize) -> usize {
        let i = self.newlines.partition_point(|&n| n < from);
        self.newlines.get(i).copied().unwrap_or(self.text.len())
    }

    /// The organization mention starting at byte `pos`.
    pub(super) fn org_at(&self, pos: usize) -> Option<&'t OrgSpan> {
        let orgs: &'t [OrgSpan] = self.orgs;
        orgs.binary_search_by_key(&pos, |o| o.start)
            .ok()
            .and_then(|i| orgs.get(i))
    }

    /// Whether byte `pos` lies inside an organization mention.
    pub(super) fn inside_org(&self, pos: usize) -> bool {
        let i = self.orgs.partition_point(|o| o.end <= pos);
        self.orgs.get(i).is_some_and(|o| o.start <= pos)
    }

    /// The end of the role word starting at byte `pos`.
    pub(super) fn role_word_at(&self, pos: usize) -> Option<usize> {
        let i = self.role_words.binary_search_by_key(&pos, |w| w.0).ok()?;
        self.role_words.get(i).map(|w| w.1)
    }

    /// Where the segment ending at byte `pos` starts: just past the last separator before
    /// `pos` that is no full stop inside a name, else 0. At most [`MAX_DOTS_SKIPPED`] such
    /// full stops are passed over: past them the next separator ends the segment whatever
    /// it is, so a run of abbreviations never stretches a segment back to the text's start.
    pub(super) fn segment_start(&self, pos: usize) -> usize {
        let before = self.separators.partition_point(|&s| s < pos);
        let seps = self.separators.get(..before).unwrap_or_default();
        for (n, &i) in seps.iter().rev().take(MAX_DOTS_SKIPPED + 1).enumerate() {
            if n == MAX_DOTS_SKIPPED || !dot_inside_name(self.text, i) {
                return i + 1;
            }
        }
        0
    }

    /// The role phrase starting at `pos` and read no further than `limit`: its end and the
    /// organization it names.
    fn role_at(&self, pos: usize, limit: usize) -> Option<(usize, Option<String>)> {
        let word_end = self.role_word_at(pos).filter(|&end| end <= limit)?;
        let (end, org) = org_part(self, pos, word_end, limit);
        Some((end, org.map(OrgSpan::full_canonical)))
    }

    /// Where each role word (its prefix included) starts and ends, by start.
    pub(super) fn role_word_spans(&self) -> &[(usize, usize)] {
        &self.role_words
    }

    /// The start of a role word (its prefix included) that ends at byte `end`.
    pub(super) fn role_word_ending_at(&self, end: usize) -> Option<usize> {
        let from = self.role_words.partition_point(|w| w.0 + ROLE_WINDOW < end);
        let words = self.role_words.get(from..).unwrap_or_default();
        words
            .iter()
            .take_while(|w| w.0 < end)
            .find(|w| w.1 == end)
            .map(|w| w.0)
    }

    /// Role words that end right before byte `pos` (" " between): whether one does.
    pub(super) fn role_word_ends_before(&self, pos: usize) -> bool {
        let from = self.role_words.partition_point(|w| w.0 + ROLE_WINDOW < pos);
        self.role_words
            .get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(|w| w.0 < pos)
            .any(|w| w.1 + 1 == pos)
    }
}

/// What may be written right before a capitalized occupation that opens a sentence ("Nam
/// diễn viên Riteish Deshmukh cũng kêu gọi …").
const SENTENCE_OPENERS: [&str; 6] = [". ", "! ", "? ", "\n", ": ", "“"];

/// Whether the role word at `start..end` is an occupation (`chain::is_occupation`) written
/// capitalized inside a sentence: a word of a name ("các hội viên Hội Nông dân 3 xã Ninh
/// Hải"), no role.
fn capitalized_occupation_inside(text: &str, start: usize, end: usize) -> bool {
    let head = text.get(..start).unwrap_or_default();
    text.get(start..)
        .is_some_and(|r| r.starts_with(char::is_uppercase))
        && super::chain::is_occupation(text, start, end)
        && !head.is_empty()
        && !SENTENCE_OPENERS.iter().any(|o| head.ends_with(o))
}

/// The most full stops inside names ("TP.HCM", "TP. Hà Nội") passed over when looking for
/// the start of a segment.
const MAX_DOTS_SKIPPED: usize = 4;

/// Whether the separator at byte `i` is a full stop inside a name, not a sentence end: one
/// with a letter or digit right after it ("TP.HCM", "10.2"), or one after a short
/// capitalized abbreviation ("TP. Hà Nội", "Q. 3": one or two letters, the first a capital).
fn dot_inside_name(text: &str, i: usize) -> bool {
    if text.as_bytes().get(i) != Some(&b'.') {
        return false;
    }
    let after = text.get(i + 1..).and_then(|r| r.chars().next());
    if after.is_some_and(char::is_alphanumeric) {
        return true;
    }
    let head = text.get(..i).unwrap_or_default();
    // Up to three letters read back, counted in place: their number and the first of them.
    let (len, first) = head
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .take(3)
        .fold((0, None), |(n, _), c| (n + 1, Some(c)));
    let before_word = head.chars().rev().nth(len).is_none_or(|c| !is_word_char(c));
    (1..=2).contains(&len) && first.is_some_and(char::is_uppercase) && before_word
}

/// The byte offsets of the separators ([`SEPARATORS`]) of `text` and of its line breaks,
/// ascending: three vectorized byte searches (`memchr`) for different bytes, whose ascending
/// hits are merged (no sort; no two share an offset) into vectors sized once.
fn separators_of(text: &str) -> (Vec<usize>, Vec<usize>) {
    let bytes = text.as_bytes();
    let [comma, stop, newline, semicolon, colon, open, close] = SEPARATORS;
    let mut first = memchr::memchr3_iter(comma, stop, newline, bytes);
    let mut second = memchr::memchr3_iter(semicolon, colon, open, bytes);
    let mut third = memchr::memchr_iter(close, bytes);
    let mut separators = Vec::with_capacity(bytes.len() / 32 + 8);
    let mut newlines = Vec::new();
    // The next hit of each search, `usize::MAX` once it has none (no offset is that large).
    let (mut a, mut b, mut c) = (
        first.next().unwrap_or(usize::MAX),
        second.next().unwrap_or(usize::MAX),
        third.next().unwrap_or(usize::MAX),
    );
    loop {
        let next = a.min(b).min(c);
        if next == usize::MAX {
            break;
        }
        separators.push(next);
        if next == a {
            if bytes.get(a) == Some(&newline) {
                newlines.push(a);
            }
            a = first.next().unwrap_or(usize::MAX);
        } else if next == b {
            b = second.next().unwrap_or(usize::MAX);
        } else {
            c = third.next().unwrap_or(usize::MAX);
        }
    }
    (separators, newlines)
}

/// The role words of the lower-cased text at its word starts, by start: `(start, end)` of
/// the longest role word at each word start `p` (or, when a prefix starts at `p`, of the
/// prefix and the longest role word right after it; nothing at `p` when none follows),
/// kept when a word ends with it.
///
/// One unanchored leftmost-longest pass finds the longest role word at the leftmost start;
/// the only other starts are the word starts inside a match ("chủ tịch" in "phó chủ
/// tịch"), each tried with an anchored search. A prefix is read backwards from the role
/// word after it.
fn role_words_of(lower: &str, candidates: &Candidates) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut push = |start: usize, end: usize| {
        if !word_end(lower, end) || verb_completed(lower, start, end) {
            return;
        }
        if prefix_len(lower, start) == 0 && word_start(lower, start) {
            out.push((start, end));
        }
        // The prefix written before the role word, when the role word is the one the
        // prefix's start reads.
        for p in ROLE_PREFIXES {
            let Some(from) = start.checked_sub(p.len()) else {
                continue;
            };
            if lower.get(from..start) == Some(p)
                && prefix_len(lower, from) == p.len()
                && word_start(lower, from)
            {
                out.push((from, end));
            }
        }
    };
    for m in candidates.leftmost_longest(KeywordSet::RoleWords, 0) {
        push(m.start(), m.end());
        // The word starts inside the match: a longer role word may start there, or one
        // the match hides.
        let inside = lower.get(m.start()..m.end()).unwrap_or_default();
        let mut previous: Option<char> = None;
        for (i, c) in inside.char_indices() {
            let q = m.start() + i;
            if i > 0
                && previous.is_some_and(|b| !is_word_char(b))
                && inside
                    .as_bytes()
                    .get(i)
                    .is_some_and(|&b| ROLE_FIRST_BYTES[usize::from(b)])
            {
                if let Some(inner) = candidates.longest_at(KeywordSet::RoleWords, q) {
                    push(q, inner.end);
                }
            }
            previous = Some(c);
        }
    }
    // A prefix's entry goes before the role word's; both come in text order otherwise.
    // Each start is pushed once: the matches do not overlap, a start inside one is tried
    // once, and a start that has a prefix is only the prefix's.
    out.sort_unstable_by_key(|w| w.0);
    out
}

/// Role words that the next word makes a verb phrase: "bị cáo buộc" (is accused: corpus-real,
/// 78 of the 884 "bị cáo" are followed by "buộc"; "Đoàn Thị Hương, 28 tuổi, bị cáo buộc sát
/// hại …" has no role), "bảo vệ quyền" (defends the rights of: "Trần Thu Nam (bảo vệ
/// quyền lợi cho ông Cao Toàn Mỹ)"; stop 23, corpus-real 117 times, none a guard).
const VERB_COMPLETIONS: [(&str, &str); 2] = [("bị cáo", " buộc"), ("bảo vệ", " quyền")];

/// Whether the role word at `start..end` of the lower-cased text is the start of a verb
/// phrase ([`VERB_COMPLETIONS`]).
fn verb_completed(lower: &str, start: usize, end: usize) -> bool {
    let word = lower.get(start..end).unwrap_or_default();
    let rest = lower.get(end..).unwrap_or_default();
    VERB_COMPLETIONS.iter().any(|(role, next)| {
        word == *role && rest.starts_with(next) && word_end(lower, end + next.len())
    })
}

/// The length of the prefix ([`ROLE_PREFIXES`]) at byte `pos` of the lower-cased text, 0
/// when none is written there.
fn prefix_len(lower: &str, pos: usize) -> usize {
    let rest = lower.get(pos..).unwrap_or_default();
    ROLE_PREFIXES
        .iter()
        .find(|p| rest.starts_with(**p))
        .filter(|p| !super::acting::of_chinh_quyen(lower, pos, p))
        .map_or(0, |p| p.len())
}

/// What joins a name to the role written after it: a dash or a comma, a dash glued to
/// either word or a comma after a space as the press also types them ("Huỳnh Khánh Toàn-
/// Phó Chủ tịch UBND tỉnh", "Lương Ngọc Khuê-Cục trưởng …", "Phan Văn Toàn -Phó Vụ
/// trưởng …", "Hoàng Trung Hải , Ủy viên Bộ Chính trị"; stop 19: 3 such roles lost in
/// labour.jsonl, 42 in general-10k), or " là " (is); the longer of two that share a start
/// comes first.
const AFTER_NAME: [&str; 8] = [" - ", " – ", ", ", " là ", " , ", " -", "- ", "-"];

/// Roles written after the name: " - ROLE, ROLE", ", ROLE", " là ROLE", " làm ROLE",
/// " giữ chức ROLE" (`post.rs`),
/// " (APPOSITION), ROLE",
/// " (ROLE)", or ROLE lines after a name that ends its line.
pub(super) fn roles_after(rt: &RoleText<'_>, name_end: usize) -> Vec<RoleSpan> {
    let text = rt.text;
    let mut pos = name_end;
    let rest = text.get(pos..).unwrap_or_default();
    if let Some(inner) = rest.strip_prefix(" (") {
        let open = text.len() - inner.len();
        let close = inner
            .char_indices()
            .take_while(|(i, c)| *i < MAX_TOKENS * MAX_TOKEN_BYTES && *c != '\n')
            .find(|(_, c)| *c == ')')
            .map(|(i, _)| open + i);
        let Some(close) = close else {
            return Vec::new();
        };
        let inside = role_chain(rt, open, close, false);
        if super::apposition::ends_apposition(rt, &inside, close) {
            return inside;
        }
        // "chị Nguyễn Thị Tuyết Như (34 tuổi, công nhân)": the age, then the role.
        if let Some(after_age) = paren_age_len(inner).map(|len| open + len) {
            let inside = role_chain(rt, after_age, close, false);
            if super::apposition::ends_apposition(rt, &inside, close) {
                return inside;
            }
        }
        pos = close + 1;
    }
    let rest = text.get(pos..).unwrap_or_default();
    let line_end = |from: usize| rt.line_end(from);
    // "A, ông B là ROLE": the role both names share (`shared_role.rs`).
    if let Some(start) = super::shared_role::shared_role_start(rt, pos) {
        return role_chain(rt, start, line_end(start), false);
    }
    if let Some(after) = AFTER_NAME
        .iter()
        .find_map(|sep| rest.strip_prefix(sep))
        .or_else(|| super::post::after_post_verb(rest))
    {
        // "Đỗ Thị Diễm Hương, 23 tuổi, công nhân …": the age between commas, then the role.
        let after = rest
            .strip_prefix(", ")
            .and_then(|a| a.get(age_len(a)?..))
            .unwrap_or(after);
        let start = text.len() - after.len();
        let mut chain = role_chain(rt, start, line_end(start), false);
        // A role that runs up to another person's name is that person's ("Sau khi trao
        // quyết định cho ông A, Bộ trưởng Bộ Nội vụ Lê Vĩnh Tân nói").
        let next_persons = chain.last().is_some_and(|r| {
            text.get(r.1..).is_some_and(|rest| {
                rest.starts_with(' ') && person_name_at(text, r.1 + 1, text.len())
            })
        });
        // A stage occupation before a capitalized word is the holder's named after it
        // ("đạo diễn Nguyễn Phan Quang Bình, ca sĩ Phương Thanh": `stage.rs`).
        let stage_holder_next = chain.last().is_some_and(|r| {
            rt.role_word_at(r.0)
                .is_some_and(|word_end| super::stage::is_stage_occupation(text, r.0, word_end))
                && text
                    .get(r.1..)
                    .and_then(|rest| rest.strip_prefix(' '))
                    .is_some_and(|next| next.starts_with(char::is_uppercase))
        });
        if next_persons || stage_holder_next {
            chain.pop();
        }
        return chain;
    }
    // " làm ": the post a person holds or is appointed to ("bổ nhiệm ông Phạm Sỹ Quý làm
    // Giám đốc Sở TN&MT Yên Bái"; corpus-real: 42 times before a role word, all the named
    // person's post), a bare role word too: decision 18 writes the role as the sentence
    // gives it ("Hội đồng kỷ luật do Thứ trưởng Trần Quốc Khánh làm Chủ tịch" → "Chủ tịch",
    // real3-dev; stop 19: 14 times in labour.jsonl, 30 in general-10k).
    if let Some(after) = rest.strip_prefix(" làm ") {
        let start = text.len() - after.len();
        return role_chain(rt, start, line_end(start), false);
    }
    if pos == name_end && rest.starts_with('\n') {
        return role_chain(rt, pos + 1, line_end(pos + 1), true);
    }
    Vec::new()
}

/// Role phrases from `start`, separated by ", ", "," or " - " (and, in a table, by line
/// breaks), read no further than `limit` (the line's end). In a table every line read must
/// be roles to its end.
fn role_chain(rt: &RoleText<'_>, start: usize, limit: usize, table: bool) -> Vec<RoleSpan> {
    let text = rt.text;
    let mut out = Vec::new();
    let (mut pos, mut limit) = (start, limit);
    // The start of a bare role word joined by " kiêm " to the role being read: one role.
    let mut joined: Option<usize> = None;
    while out.len() < MAX_ROLES {
        let Some((end, org)) = rt.role_at(pos, limit) else {
            break;
        };
        let rest = text.get(end..).unwrap_or_default();
        let next = [", ", ",", " - ", " – ", "; ", "- ", KIEM]
            .iter()
            .find_map(|sep| rest.strip_prefix(sep))
            .map(|after| text.len() - after.len())
            .filter(|&next| next < limit && rt.role_word_at(next).is_some());
        if let Some(next) = next.filter(|_| joined_by_kiem(rt, pos, end)) {
            joined.get_or_insert(pos);
            pos = next;
            continue;
        }
        let role_start = joined.take().unwrap_or(pos);
        let line_done = text
            .get(end..limit)
            .is_some_and(|r| r.trim().trim_end_matches(',').is_empty());
        if table && next.is_none() && !line_done {
            // A table line must be roles to its end.
            break;
        }
        out.push((role_start, end, org));
        if let Some(next) = next {
            pos = next;
            continue;
        }
        let line_break = rest
            .trim_start_matches([',', ' '])
            .strip_prefix('\n')
            .map(|after| text.len() - after.len());
        match line_break {
            Some(next) if table => {
                pos = next;
                limit = text
                    .get(next..)
                    .and_then(|r| r.find('\n'))
                    .map_or(text.len(), |i| next + i);
            }
            _ => break,
        }
    }
    out
}

/// "kiêm" (and): joins two roles of one person ("Chủ tịch HĐQT kiêm Tổng giám đốc …").
const KIEM: &str = " kiêm ";

/// Whether the role at `start..end` is a bare role word followed by " kiêm " and another
/// role: the two are one role, the second's organization is the first's too ("Chủ tịch kiêm
/// Giám đốc điều hành Phòng Thương mại Mỹ", "Bí thư kiêm Chủ tịch UBND P.Hương Xuân"); a
/// role with its own organization is a role of its own ("Phó Giám đốc Sở TN-MT kiêm Giám
/// đốc Trung tâm …" is two). Corpus-real: " kiêm " 173 times, as in the gold sets' "Chủ
/// tịch, tổ trưởng công đoàn Ban Chính sách pháp luật LĐLĐ thành phố" (real-dev), where
/// the bare first role shares the second's organization.
fn joined_by_kiem(rt: &RoleText<'_>, start: usize, end: usize) -> bool {
    rt.role_word_at(start) == Some(end) && rt.text.get(end..).is_some_and(|r| r.starts_with(KIEM))
}

/// The role phrase of the segment starting at `seg_start` that ends at `end`: the first
/// role word (within [`ROLE_WINDOW`], at most [`MAX_TRIES`] tried) whose organization part
/// ends there.
pub(super) fn role_ending_at(rt: &RoleText<'_>, seg_start: usize, end: usize) -> Option<RoleSpan> {
    let from = rt
        .role_words
        .partition_point(|w| w.0 < seg_start || w.0 + ROLE_WINDOW < end);
    rt.role_words
        .get(from..)
        .unwrap_or_default()
        .iter()
        .take_while(|w| w.0 < end)
        .take(MAX_TRIES)
        .find_map(|&(p, _)| {
            rt.role_at(p, end)
                .filter(|(role_end, _)| *role_end == end)
                .map(|(role_end, org)| (p, role_end, org))
        })
}

/// The role written before a title before the name, across a comma, when it opens its
/// clause: "Bộ trưởng Ngoại giao Trung Quốc, ông Vương Nghị". None when a person's name or
/// role read before ends inside the clause (`last_claimed_end`): the role is that person's
/// ("Giám đốc công ty Thái Hà Hưng, ông Lê Xuân Kiều"; "A, Giám đốc …, bà B").
pub(super) fn role_before_title(
    rt: &RoleText<'_>,
    name_start: usize,
    last_claimed_end: Option<usize>,
) -> Vec<RoleSpan> {
    let text = rt.text;
    let Some(head) = text.get(..name_start) else {
        return Vec::new();
    };
    let Some(title) = TITLES.iter().find(|t| {
        head.strip_suffix(t.as_str())
            .is_some_and(|h| h.ends_with(", "))
    }) else {
        return Vec::new();
    };
    let comma = name_start - title.len() - 2;
    let seg_start = rt.segment_start(comma);
    if last_claimed_end.is_some_and(|end| end > seg_start) {
        return Vec::new();
    }
    // The role opens its clause ("Theo" may come first): after "với", "của" … it is
    // another person's ("Báo cáo với Bí thư Thành ủy, bà …").
    let segment = text.get(seg_start..comma).unwrap_or_default();
    let opening = segment.trim_start();
    let opening = CLAUSE_OPENERS
        .iter()
        .find_map(|o| opening.strip_prefix(o))
        .unwrap_or(opening);
    let role_start = comma - opening.len();
    role_ending_at(rt, role_start, comma)
        .filter(|role| role.0 == role_start)
        .into_iter()
        .collect()
}

/// Words that may open a clause before the role it starts with ("Theo Giám đốc Trung tâm,
/// ông …").
pub(super) const CLAUSE_OPENERS: [&str; 2] = ["Theo ", "theo "];

/// Roles written before the name: "Cụm trưởng Cụm thi đua số 5, Chủ tịch LĐLĐ huyện Phú
/// Xuyên Đào Đức Gương", "Trưởng ban Dân vận Thành ủy Nguyễn Thị Lệ".
///
/// The role ending at the name starts at the first role word of the name's clause (within
/// [`ROLE_WINDOW`], at most [`MAX_TRIES`] tried) whose organization part ends right before
/// the name; when the name's segment holds none, the segments before it across commas and
/// parentheses inside the organization's name are tried ("Phó Vụ trưởng Vụ Hợp tác quốc
/// tế, Bộ Giáo dục và Đào tạo Phạm Chí Cường", "Chủ tịch CĐ Ngân hàng VN (CĐNHVN) Nguyễn
/// Đồng Tiến"). The roles before it are read back while each is one role to its end:
/// comma-separated segments, or a role joined by " - " ("Phó Thống đốc NHNN - Chủ tịch
/// …"). Bounded work per name, so the name loop stays linear.
pub(super) fn roles_before(rt: &RoleText<'_>, name_start: usize) -> Vec<RoleSpan> {
    let text = rt.text;
    let mut out = Vec::new();
    let Some(space) = text
        .get(..name_start)
        .and_then(|h| h.strip_suffix(' '))
        .map(str::len)
    else {
        return out;
    };
    let seg_start = rt.segment_start(space);
    let first = role_ending_at(rt, seg_start, space)
        .or_else(|| role_across_separators(rt, seg_start, space));
    let Some(mut first) = first else {
        return out;
    };
    // "phát ngôn viên của Thủ tướng Theresa May": the name holds the linked role.
    first = super::role_links::linked_holder_role(rt, first, space);
    if super::chain::ends_with_no_end_word(text.get(first.0..first.1).unwrap_or_default()) {
        // "… Trần Thăng Phúc và Hoàng Thị Thường", "ca sĩ trẻ của Phan Đinh Tùng": the
        // name is a pair's second item or a possessor, not the role's holder.
        return out;
    }
    if let Some(bare) = bare_role_before_kiem(rt, first.0) {
        first.0 = bare;
    }
    let mut start = first.0;
    while out.len() < MAX_ROLES {
        match role_joined_before(rt, start) {
            Some(role) => {
                start = role.0;
                out.push(role);
            }
            None => break,
        }
    }
    // Read backwards, written forwards.
    out.reverse();
    out.push(first);
    out
}

/// The most separators (commas and parentheses inside an organization's name) read back
/// over for a role that ends before a name.
const MAX_SEPARATORS_BACK: usize = MAX_COMMA_PARTS + 2;

/// The role ending at `end` whose role word is in one of the segments before `seg_start`,
/// across commas and parentheses (not a sentence's or clause's end: ".", ";", ":", a line
/// break).
fn role_across_separators(rt: &RoleText<'_>, seg_start: usize, end: usize) -> Option<RoleSpan> {
    let text = rt.text;
    let mut start = seg_start;
    for _ in 0..MAX_SEPARATORS_BACK {
        let sep = start.checked_sub(1)?;
        if !matches!(text.as_bytes().get(sep), Some(b',' | b'(' | b')')) {
            return None;
        }
        start = rt.segment_start(sep);
        if let Some(role) = role_ending_at(rt, start, end) {
            return Some(role);
        }
    }
    None
}

/// The start of a bare role word written right before " kiêm " and the role starting at
/// `start`: the two are one role ([`joined_by_kiem`]).
fn bare_role_before_kiem(rt: &RoleText<'_>, start: usize) -> Option<usize> {
    let kiem = rt.text.get(..start)?.strip_suffix(KIEM)?.len();
    let role = role_ending_at(rt, rt.segment_start(kiem), kiem)?;
    joined_by_kiem(rt, role.0, role.1).then_some(role.0)
}

/// The role written right before the role starting at `start`, joined to it by " - " or
/// ", " and one role to its end (a title may open its segment: "ông X, Giám đốc …").
fn role_joined_before(rt: &RoleText<'_>, start: usize) -> Option<RoleSpan> {
    let text = rt.text;
    let head = text.get(..start)?;
    if let Some(dash) = [" - ", " – ", KIEM]
        .iter()
        .find_map(|d| head.strip_suffix(d))
        .map(str::len)
    {
        return role_ending_at(rt, rt.segment_start(dash), dash);
    }
    let seg_start = rt.segment_start(start);
    let comma = seg_start.checked_sub(1)?;
    if text.get(comma..seg_start) != Some(",") {
        return None;
    }
    let prev_start = rt.segment_start(comma);
    let segment = text.get(prev_start..comma).unwrap_or_default();
    let mut p = prev_start + (segment.len() - segment.trim_start().len());
    if let Some(title) = TITLES
        .iter()
        .find(|t| text.get(p..).is_some_and(|r| r.starts_with(t.as_str())))
    {
        p += title.len();
    }
    rt.role_at(p, comma)
        .filter(|(end, _)| *end == comma)
        .map(|(end, org)| (p, end, org))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The role words as they were found before the one-pass scan: an anchored search at
    /// every word start that may begin a role word or a prefix.
    fn role_words_anchored(lower: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut previous: Option<char> = None;
        for (p, c) in lower.char_indices() {
            let first = lower.as_bytes().get(p).copied();
            let may_start = ROLE_FIRST_BYTES[usize::from(first.unwrap_or(0))]
                || ROLE_PREFIXES
                    .iter()
                    .any(|w| w.as_bytes().first() == first.as_ref());
            if may_start && previous.is_none_or(|b| !is_word_char(b)) {
                let prefix = prefix_len(lower, p);
                let input = Input::new(lower)
                    .range(p + prefix..)
                    .anchored(Anchored::Yes);
                if let Some(m) = ROLE_WORDS.find(input) {
                    if word_end(lower, m.end()) && !verb_completed(lower, m.start(), m.end()) {
                        out.push((p, m.end()));
                    }
                }
            }
            previous = Some(c);
        }
        out
    }

    #[test]
    fn separators_are_found_where_a_test_of_every_byte_finds_them() {
        let text = "Ông A (Chủ tịch), bà B: Phó; x.\nC)(, y – z…\n\n";
        let mut separators = Vec::new();
        let mut newlines = Vec::new();
        for (i, b) in text.bytes().enumerate() {
            if SEPARATORS.contains(&b) {
                separators.push(i);
                if b == b'\n' {
                    newlines.push(i);
                }
            }
        }
        assert_eq!(separators_of(text), (separators, newlines));
    }

    #[test]
    fn one_pass_finds_what_an_anchored_search_at_every_word_start_finds() {
        let mut pieces: Vec<String> = LEXICON.roles.iter().map(|r| r.to_lowercase()).collect();
        pieces.extend(ROLE_PREFIXES.iter().map(|p| p.trim_end().to_string()));
        pieces.extend(
            [
                "x", "phó", "ông", "lđlđ", "tỉnh", "nước", "–", "(", ",", ".", "\n", "a1",
            ]
            .map(String::from),
        );
        let glue = [" ", "", ", ", " - ", "\n"];
        // A fixed linear congruential sequence: the same texts on every run.
        let mut rng = crate::test_rng::FixedLcg::new();
        let mut next = |n: usize| rng.below(n);
        for _ in 0..3_000 {
            let mut text = String::new();
            for _ in 0..1 + next(12) {
                text.push_str(&pieces[next(pieces.len())]);
                text.push_str(glue[next(glue.len())]);
            }
            let lower = crate::extract::text::lower_aligned(&text);
            assert_eq!(
                role_words_of(&lower, &Candidates::new(&lower, &lower)),
                role_words_anchored(&lower),
                "{lower:?}"
            );
        }
    }
}
