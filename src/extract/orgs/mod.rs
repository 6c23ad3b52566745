//! Organization mentions: head words found with one Aho-Corasick pass, a small grammar per
//! head (level word + place, cluster number, inner organization), then resolution of partial
//! mentions ("LĐLĐ quận", "Cụm", "UBND") within the article.
//!
//! - `rules.rs`: the tables (`org_heads.tsv`, `admin_levels.tsv`,
//!   `org_words.tsv`), read once;
//! - `grammar.rs`: what each head reads after it;
//! - `units.rs`: the grammars of agencies, units of a parent body and newspapers;
//! - `agency_names.rs`: "và" inside an agency's name ("Cục Quan hệ lao động và Tiền lương");
//! - `continuations.rs`: lower-case words that go on with a name cut after a generic
//!   compound (`org_continuations.tsv`: "Trung tâm Chăm sóc" + "khách hàng");
//! - `lead_case.rs`: canonical names, the lower-case words that lead to a name kept as
//!   written unless `org_lead_case.tsv` capitalizes them ("Trung tâm dạy nghề Minh Trang",
//!   "Bệnh viện Đa khoa");
//! - `lower_company.rs`: lower-case "công ty" and "bệnh viện" before a proper name ("công
//!   ty NutiFood", "bệnh viện Thanh Nhàn");
//! - `hospitals.rs`: a hospital named short takes the article's full name of it;
//! - `words.rs`: abbreviations joined by "&"/"-", numbers in names, company names;
//! - `named.rs`: type word + proper name ("Tập đoàn …", "Bệnh viện …"), bodies of another
//!   organization ("Đảng ủy …") and national bodies ("Quốc hội");
//! - `country.rs`: the country written after a ministry ("Bộ Quốc phòng Mỹ"), another
//!   country's ministry whose sector no row reads ("Bộ Thống nhất Hàn Quốc") and the
//!   countries a foreign supreme court is read with ("Tòa án Tối cao Mỹ");
//! - `clubs.rs`: clubs ("CLB Hải Phòng") that name no one club ("CLB Trung Quốc") are
//!   dropped, names that run on are cut;
//! - `credits.rs`: an organization named only as a byline's credit ("XC/Báo Tin Tức") is
//!   dropped;
//! - `inspectorate.rs`: "Thanh tra" before no inspectorate's name ("Thanh tra giao thông",
//!   "Chánh Thanh tra Nguyễn Văn Dương", a bare "Thanh tra Bộ");
//! - `national.rs`: "Quốc hội", "Chính phủ" before a person's name (a role's body);
//! - `alone.rs`: organizations named alone by an acronym or name (`org_names.tsv`: "EU",
//!   "Liên Hợp Quốc", "Kiểm toán Nhà nước");
//! - `media.rs`: news media named without a type word as a report's source ("Theo
//!   Bloomberg, …");
//! - `shapes.rs`: mentions whose shape names no one organization ("Hội Lim", a festival;
//!   "Sở Y tế các tỉnh", a generic plural) are dropped;
//! - `short_sectors.rs`: a sector written short after its office ("Bộ Giáo dục", "Sở VHTT"),
//!   read with its full name (`sector_short_names.tsv`);
//! - `boards.rs`: a management board's name that goes on in lower case ("Ban Quản lý dự
//!   án 2");
//! - `ampersand.rs`: a name that goes on after "&" ("Tập đoàn T&T Group", "Học viện Báo
//!   chí & Tuyên truyền");
//! - `adjacent.rs`: a unit written right before its body is one mention ("Ban Thời sự Đài
//!   Truyền hình Việt Nam");
//! - `doc_codes.rs`: an issuer's code glued to a document's number ("số 942/QĐ-UBND") is
//!   no mention;
//! - `place.rs`: the place written after a head ("tỉnh Hưng Yên", "quận 2, TP.HCM");
//! - `resolution.rs`: partial mentions completed from the article (nearest full mention, the
//!   article's province or district), unit codes ("PC67") found again.

mod adjacent;
mod agency_names;
mod aliases;
mod alone;
mod ampersand;
mod boards;
mod broadcast;
mod clubs;
mod continuations;
mod country;
mod credits;
mod cut_tails;
mod doc_codes;
mod grammar;
mod hospitals;
mod inspectorate;
mod investigators;
mod lead_case;
mod lower_company;
mod media;
mod named;
mod national;
mod place;
mod post_head;
mod resolution;
mod rules;
mod shapes;
mod short_sectors;
mod units;
mod words;
mod youth_central;

use std::collections::HashMap;

pub use alone::{OrgNameRow, ORG_NAMES};
pub use broadcast::{BroadcasterRow, BROADCASTERS};
pub use continuations::{ContinuationRow, ORG_CONTINUATIONS};
pub use cut_tails::{CompoundRow, ORG_COMPOUNDS};
pub use lead_case::{LeadCaseRow, ORG_LEAD_CASE};
pub use media::{MediumRow, MEDIA};
pub use rules::{HeadRow, LevelRow, WordRow, ADMIN_LEVELS, ORG_HEADS, ORG_WORDS};
pub use short_sectors::{SectorShortRow, SECTOR_SHORT_NAMES};

use crate::extract::candidates::KeywordSet;
use crate::extract::text::{word_end, word_start, ByteSpan};
use crate::extract::Document;
use crate::record::{AdminLevel, OrganizationKind, OrganizationMention};
use rules::RULES;

/// What a partial mention still needs to be complete.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Need {
    /// Nothing: the mention names its organization fully.
    Nothing,
    /// A place of this admin level (`None` when the level is not written, as in "UBND").
    Place(Option<AdminLevel>),
    /// A bare "LĐLĐ": the federation last named.
    Federation,
    /// A partial emulation cluster, with the numbers it gives.
    Cluster(Vec<String>),
    /// A unit named by its type word alone ("Đảng ủy Trường", "Hội đồng Trường"): the
    /// article's full mention of a unit of that type ("Trường Đại học Bách khoa Hà Nội").
    Unit(String),
    /// A type word alone ("Trung tâm", "Cty"): the article's full mention of an
    /// organization of that type (its canonical type word given), or no mention at all.
    Referent(String),
}

/// An organization mention before conversion to the record type (byte offsets).
#[derive(Debug, Clone)]
pub struct OrgSpan {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the mention.
    pub end: usize,
    /// Canonical name (of the inner organization when `prefix` is set).
    pub canonical: String,
    /// What kind of organization it is.
    pub kind: OrganizationKind,
    /// Admin level.
    pub level: Option<AdminLevel>,
    /// Place name.
    pub area: Option<String>,
    /// What the mention still needs.
    pub need: Need,
    /// The province written with a numbered district ("TAND quận 2, TP.HCM"), part of
    /// `canonical`.
    pub province: Option<String>,
    /// The code the article gives a unit ("PC67" in "Phòng CSGT (PC67, Công an …)"): later
    /// mentions of the code name the unit.
    pub code: Option<String>,
    /// A body of the organization ("Ban Chấp hành", "Đoàn Chủ tịch") put before `canonical`.
    pub prefix: Option<String>,
    /// False for a partial mention left unresolved.
    pub resolved: bool,
    /// A partial mention that is dropped when the article does not complete it (a bare
    /// "Công an tỉnh": left unresolved it is mostly the generic body of a law's text).
    pub drop_unresolved: bool,
}

impl OrgSpan {
    /// A resolved mention of `kind` with no level, area or province: a name that is whole
    /// as written or as a rule gives it.
    pub(super) fn whole(
        start: usize,
        end: usize,
        canonical: String,
        kind: OrganizationKind,
    ) -> OrgSpan {
        OrgSpan {
            start,
            end,
            canonical,
            kind,
            level: None,
            area: None,
            need: Need::Nothing,
            province: None,
            code: None,
            prefix: None,
            resolved: true,
            drop_unresolved: false,
        }
    }

    /// A whole mention of kind `Other` (news media, broadcasters named by a table).
    pub(super) fn named_other(start: usize, end: usize, canonical: String) -> OrgSpan {
        OrgSpan::whole(start, end, canonical, OrganizationKind::Other)
    }

    /// The mention's bytes in the document's text.
    pub fn bytes(&self) -> ByteSpan {
        ByteSpan::new(self.start, self.end)
    }

    /// The full canonical name, prefix included.
    pub fn full_canonical(&self) -> String {
        match &self.prefix {
            Some(prefix) => format!("{prefix} {}", self.canonical),
            None => self.canonical.clone(),
        }
    }

    /// The record of the mention, its text sliced from `text`; its code point offsets are
    /// set when the spans are converted ([`crate::extract::spans`]).
    pub fn to_record(&self, text: &str) -> OrganizationMention {
        self.clone().into_record(text)
    }

    /// [`Self::to_record`] taking the span: its canonical name and place move into the
    /// record instead of being copied (the pipeline's conversion, where the spans are no
    /// longer needed).
    pub fn into_record(self, text: &str) -> OrganizationMention {
        let text = self.bytes().slice(text).to_string();
        let canonical = match self.prefix {
            Some(prefix) => format!("{prefix} {}", self.canonical),
            None => self.canonical,
        };
        OrganizationMention {
            text,
            start: 0,
            end: 0,
            canonical,
            kind: self.kind,
            admin_level: self.level,
            area: self.area,
            resolved: self.resolved,
        }
    }
}

/// Whether the text before byte `pos` ends with a plural or distributive determiner and a
/// space ("Các ", "những ", "toàn thể ").
fn after_determiner(text: &str, pos: usize) -> bool {
    after_word_of(text, pos, &RULES.determiners)
}

/// Whether the text before byte `pos` ends with one of `words` (each starting a word) and
/// a space.
fn after_word_of(text: &str, pos: usize, words: &[&str]) -> bool {
    let Some(before) = text.get(..pos).and_then(|b| b.strip_suffix(' ')) else {
        return false;
    };
    words.iter().any(|w| {
        before
            .strip_suffix(w)
            .is_some_and(|head| word_start(before, head.len()))
    })
}

/// " cấp xã", " cấp tỉnh" at byte `pos`, after a partial mention: a level of government,
/// not one body ("xác nhận của Ủy ban nhân dân cấp xã nơi cư trú", "UBND cấp tỉnh quyết
/// định"; general-10k 25 such after UBND, HĐND, Công an and TAND; labour 8).
fn level_of_government_at(text: &str, pos: usize) -> bool {
    text.get(pos..)
        .and_then(|r| r.strip_prefix(" cấp "))
        .is_some_and(|_| RULES.level_at(text, pos + " cấp ".len()).is_some())
}

/// The longest abbreviation an article defines, in bytes: ")" is looked for in the next
/// this many bytes plus one only, so a run of "(" without ")" costs a bounded look per "(",
/// not a rescan of the text.
const MAX_DEFINED_ABBREVIATION: usize = 24;

/// How far before "(" the words that spell an abbreviation are looked for, in bytes: only
/// the few words just before the parenthesis can spell it.
const DEFINITION_LOOKBACK: usize = 160;

/// Abbreviations the article defines itself: "Liên đoàn Lao động (LĐLĐ)" → LĐLĐ ↦ "Liên đoàn
/// Lao động" (the words before the parenthesis whose initials spell it).
pub fn definitions(text: &str) -> HashMap<String, String> {
    let mut out = HashMap::new();
    for open in memchr::memchr_iter(b'(', text.as_bytes()) {
        let Some(rest) = text.get(open + 1..) else {
            continue;
        };
        let window = rest
            .as_bytes()
            .get(..=MAX_DEFINED_ABBREVIATION)
            .unwrap_or(rest.as_bytes());
        let Some(close) = memchr::memchr(b')', window) else {
            continue;
        };
        let abbr = &rest[..close];
        let letters = abbr.chars().count();
        if letters < 2 || !abbr.chars().all(char::is_uppercase) {
            continue;
        }
        let mut window_start = open.saturating_sub(DEFINITION_LOOKBACK);
        while !text.is_char_boundary(window_start) {
            window_start += 1;
        }
        let Some(before) = text.get(window_start..open).map(str::trim_end) else {
            continue;
        };
        let tail = last_words(before, letters);
        if tail.len() < letters {
            continue;
        }
        let matches = tail.iter().zip(abbr.chars()).all(|((_, w), l)| {
            w.chars()
                .next()
                .and_then(|c| c.to_uppercase().next())
                .is_some_and(|c| c == l)
        });
        if matches {
            if let Some(phrase) = before.get(tail[0].0..) {
                out.entry(abbr.to_string())
                    .or_insert_with(|| phrase.to_string());
            }
        }
    }
    out
}

/// The last `n` words of `before` (its runs of word characters), first to last, each with
/// its start; fewer when it has fewer. Read from the end (stop 25: every word of the 160
/// bytes before a "(" was listed, about 5,000 instructions a parenthesis, to keep the last
/// two or three).
fn last_words(before: &str, n: usize) -> Vec<(usize, &str)> {
    let mut out: Vec<(usize, &str)> = Vec::with_capacity(n);
    // The end of the word being read, when inside one.
    let mut word_end: Option<usize> = None;
    for (i, c) in before.char_indices().rev() {
        if out.len() == n {
            break;
        }
        let after = i + c.len_utf8();
        match (crate::extract::text::is_word_char(c), word_end) {
            (true, None) => word_end = Some(after),
            (false, Some(end)) => {
                if let Some(word) = before.get(after..end) {
                    out.push((after, word));
                }
                word_end = None;
            }
            _ => {}
        }
    }
    if let (Some(end), true) = (word_end, out.len() < n) {
        if let Some(word) = before.get(..end) {
            out.push((0, word));
        }
    }
    out.reverse();
    out
}

#[cfg(test)]
mod last_words_tests {
    use super::last_words;
    use crate::extract::text::{word_at, word_start};

    /// Stop 25: the last words read from the end are the last of every word listed from the
    /// start (as `definitions` listed them), over many texts of words, digits, spaces and
    /// punctuation.
    #[test]
    fn last_words_are_the_last_of_all_words() {
        let pieces = [
            "Liên", "đoàn", "Lao", "động", " ", "  ", ", ", "(", "-", "123", "x", "Đ", "\n", "ệ",
        ];
        let mut rng = crate::test_rng::FixedLcg::new();
        for _ in 0..500 {
            let text: String = (0..rng.below(12))
                .map(|_| pieces[rng.below(pieces.len())])
                .collect();
            let all: Vec<(usize, &str)> = text
                .char_indices()
                .filter(|(i, _)| word_start(&text, *i))
                .filter_map(|(i, _)| word_at(&text, i).map(|(w, _)| (i, w)))
                .collect();
            for n in 0..6 {
                let expected = &all[all.len().saturating_sub(n)..];
                assert_eq!(last_words(&text, n), expected, "{text:?} {n}");
            }
        }
    }
}

/// The head surfaces as written, in the head matcher's order: the organization heads the
/// one candidate pass finds ([`crate::extract::candidates`]).
pub(crate) fn head_surfaces() -> &'static [&'static str] {
    &RULES.head_surfaces
}

/// The media surfaces as written, in table order (`media.tsv`): the news media the one
/// candidate pass finds.
pub(crate) fn media_surfaces() -> Vec<String> {
    media::surfaces()
}

/// The surfaces of the organizations named alone, as written, in table order
/// (`org_names.tsv`): the names the one candidate pass finds.
pub(crate) fn name_surfaces() -> Vec<String> {
    alone::surfaces()
}

/// Finds the organization mentions of `doc` (byte offsets), partial mentions resolved.
pub fn find(doc: &Document) -> Vec<OrgSpan> {
    let text = doc.text.as_str();
    let lower = doc.lower.as_str();
    let definitions = definitions(text);
    let parser = grammar::Parser {
        text,
        lower,
        published: doc.published,
        definitions: &definitions,
    };
    let mut spans: Vec<OrgSpan> = Vec::new();
    let mut next_free = 0;
    for m in doc.candidates().leftmost_longest(KeywordSet::OrgHeads, 0) {
        if m.start() < next_free || !word_start(text, m.start()) || !word_end(text, m.end()) {
            continue;
        }
        let Some(head) = RULES.heads.get(m.pattern().as_usize()) else {
            continue;
        };
        if let Some(span) = parser.parse(*head, m.start(), m.end()) {
            next_free = span.end;
            // "Các LĐLĐ tỉnh", "những UBND": a partial mention after a plural determiner is
            // a generic plural.
            if span.need != Need::Nothing
                && (after_determiner(text, span.start) || level_of_government_at(text, span.end))
            {
                continue;
            }
            spans.push(span);
        }
    }
    let media = media::find(text, doc.candidates(), &spans);
    if !media.is_empty() {
        spans.extend(media);
        spans.sort_by_key(|s| s.start);
    }
    let channels = broadcast::find(text, &spans);
    if !channels.is_empty() {
        spans.extend(channels);
        spans.sort_by_key(|s| s.start);
    }
    credits::drop_credits(text, &mut spans);
    shapes::drop_shapes(text, &mut spans);
    doc_codes::drop_codes(text, &mut spans);
    ampersand::extend(text, &mut spans);
    boards::extend(text, doc.published, &mut spans);
    cut_tails::extend(text, doc.published, &mut spans);
    clubs::check_clubs(text, &mut spans);
    aliases::mark(text, &mut spans);
    if spans.iter().any(|s| s.code.is_some()) {
        resolution::add_code_mentions(text, &mut spans);
    }
    resolution::resolve(text, doc.published, &mut spans);
    investigators::extend(text, &mut spans);
    adjacent::join(text, &mut spans);
    // After resolution: a short name the article defines ("(FBI)") is read as its own.
    let alone = alone::find(text, doc.candidates(), &spans);
    if !alone.is_empty() {
        spans.extend(alone);
        spans.sort_by_key(|s| s.start);
        doc_codes::drop_codes(text, &mut spans);
    }
    spans
}

#[cfg(test)]
mod aliases_tests;
#[cfg(test)]
mod bounds_tests;
#[cfg(test)]
mod broadcast_tests;
#[cfg(test)]
mod company_tests;
#[cfg(test)]
mod inspectorate_tests;
#[cfg(test)]
mod lexicon_tests;
#[cfg(test)]
mod named_tests;
#[cfg(test)]
mod police_short_tests;
#[cfg(test)]
mod precision_tests;
#[cfg(test)]
mod recall_tests;
#[cfg(test)]
mod source_tests;
#[cfg(test)]
mod stop24_tests;
#[cfg(test)]
mod stop25_tests;
#[cfg(test)]
mod stop26_tests;
#[cfg(test)]
mod stop27_tests;
#[cfg(test)]
mod stop28_tests;
#[cfg(test)]
mod tails_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod units_tests;
#[cfg(test)]
mod youth_central_tests;
