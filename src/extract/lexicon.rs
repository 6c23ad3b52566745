//! Rule data for organizations, people and events: the TSV files under `src/extract/rules/`,
//! parsed once.
//!
//! Every file starts with a `#` comment line (what it is, its source, its revision date) and a
//! header line naming the columns; the rows below are sorted, tab-separated, NFC, and unique.
//! `-` marks an empty cell.

use std::collections::HashMap;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind, StartKind};
use chrono::NaiveDate;

use crate::normalize::fold;

/// `abbreviations.tsv`: abbreviation, expansion, kind.
pub const ABBREVIATIONS_TSV: &str = include_str!("../rules/abbreviations.tsv");
/// `provinces.tsv`: the 63 pre-2025 and 34 post-merger provincial units.
pub const PROVINCES_TSV: &str = include_str!("../rules/provinces.tsv");
/// `districts.tsv`: district-level units with their province.
pub const DISTRICTS_TSV: &str = include_str!("../rules/districts.tsv");
/// `event_triggers.tsv`: trigger phrases with their event type and constraint.
pub const EVENT_TRIGGERS_TSV: &str = include_str!("../rules/event_triggers.tsv");
/// `roles.tsv`: role words ("Chủ tịch", "Phó Bí thư thường trực").
pub const ROLES_TSV: &str = include_str!("../rules/roles.tsv");
/// `surnames.tsv`: family names that start a personal name.
pub const SURNAMES_TSV: &str = include_str!("../rules/surnames.tsv");
/// `sectors.tsv`: sector names of ministries, departments and district offices.
pub const SECTORS_TSV: &str = include_str!("../rules/sectors.tsv");

/// `org_heads.tsv`: the words that start an organization mention, with their grammar.
pub const ORG_HEADS_TSV: &str = include_str!("../rules/org_heads.tsv");
/// `admin_levels.tsv`: level words ("tỉnh", "TP.", "Tp") with level code and spelling.
pub const ADMIN_LEVELS_TSV: &str = include_str!("../rules/admin_levels.tsv");
/// `org_words.tsv`: unit heads, name stop words, company types, determiners, sector unions.
pub const ORG_WORDS_TSV: &str = include_str!("../rules/org_words.tsv");

/// Every rule file with its name, for the file-format test.
pub const RULE_FILES: [(&str, &str); 10] = [
    ("abbreviations.tsv", ABBREVIATIONS_TSV),
    ("admin_levels.tsv", ADMIN_LEVELS_TSV),
    ("districts.tsv", DISTRICTS_TSV),
    ("event_triggers.tsv", EVENT_TRIGGERS_TSV),
    ("org_heads.tsv", ORG_HEADS_TSV),
    ("org_words.tsv", ORG_WORDS_TSV),
    ("provinces.tsv", PROVINCES_TSV),
    ("roles.tsv", ROLES_TSV),
    ("sectors.tsv", SECTORS_TSV),
    ("surnames.tsv", SURNAMES_TSV),
];

/// The data rows of a rule file: comment and header skipped, cells split on tabs, `-` → "".
pub fn rows(tsv: &str) -> impl Iterator<Item = Vec<&str>> {
    tsv.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .map(|l| {
            l.split('\t')
                .map(|c| if c == "-" { "" } else { c })
                .collect()
        })
}

/// A provincial unit for one period of validity.
#[derive(Debug, Clone)]
pub struct Province {
    /// The name without level word ("Hưng Yên", "Hồ Chí Minh").
    pub name: String,
    /// `tinh` or `thanh_pho`.
    pub level: String,
    /// First day the unit existed in this form, if it began after 2000.
    pub valid_from: Option<NaiveDate>,
    /// Last day, if it ended.
    pub valid_to: Option<NaiveDate>,
    /// The name with its level word where the level word is part of the name ("Thành phố
    /// Hồ Chí Minh"), if so.
    pub full_name: Option<String>,
}

impl Province {
    /// Whether the unit existed in this form on `date` (always true without a date).
    pub fn valid_on(&self, date: Option<NaiveDate>) -> bool {
        let Some(date) = date else { return true };
        self.valid_from.is_none_or(|f| f <= date) && self.valid_to.is_none_or(|t| date <= t)
    }
}

/// A district-level unit.
#[derive(Debug, Clone)]
pub struct District {
    /// The name without level word ("Thanh Khê").
    pub name: String,
    /// `quan`, `huyen`, `thi_xa` or `thanh_pho`.
    pub level: String,
    /// The province it belongs to.
    pub province: String,
}

/// A place the gazetteer knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// Index into [`Lexicon::provinces`] (first period of the name).
    Province(usize),
    /// Index into [`Lexicon::districts`].
    District(usize),
}

/// What a trigger row does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TriggerKind {
    /// Starts an event of this type.
    Event(crate::record::EventType),
    /// A longer phrase that is not an event ("trao đổi").
    Ignore,
    /// A plan marker: triggers after it in the sentence are not events.
    BlockBefore,
    /// No event in a sentence containing it.
    BlockSentence,
}

/// One row of `event_triggers.tsv` (other than `inherit`).
#[derive(Debug, Clone)]
pub struct Trigger {
    /// The lower-case phrase.
    pub phrase: String,
    /// What it does.
    pub kind: TriggerKind,
    /// A named extra condition (`amount_next`, `amount_support`, `gift_next`, `capitalized`, `needs_day`,
    /// `after_action`, `role_in_sentence`, `referenced_needs_day`), or "".
    pub constraint: String,
    /// A fixed month ("05" for Tháng Công nhân), or "".
    pub month: String,
}

/// All rule data, parsed once.
pub struct Lexicon {
    /// Abbreviation → expansion (kinds `org_part` and `place_part`; terms are kept too).
    pub abbreviations: HashMap<String, String>,
    /// Provincial units, all periods.
    pub provinces: Vec<Province>,
    /// District-level units.
    pub districts: Vec<District>,
    /// The places each pattern of `place_matcher` may name (all places whose folded name is
    /// the pattern's).
    places_by_pattern: Vec<Vec<Place>>,
    /// Anchored matcher of every place surface (names and aliases).
    place_matcher: AhoCorasick,
    /// Role words, longest first matcher (anchored).
    pub role_matcher: AhoCorasick,
    /// Role words in matcher order.
    pub roles: Vec<String>,
    /// Surnames.
    pub surnames: Vec<String>,
    /// Sector names (canonical spelling) with a matcher over their lower-case forms.
    pub sectors: Vec<String>,
    /// Anchored matcher of lower-case sector names.
    pub sector_matcher: AhoCorasick,
    /// Triggers other than sentence openers.
    pub triggers: Vec<Trigger>,
    /// Unanchored leftmost-longest matcher over [`Lexicon::triggers`] phrases.
    pub trigger_matcher: AhoCorasick,
    /// Lower-case sentence openers that refer back to the main event ("dịp này").
    pub inherit_openers: Vec<String>,
    /// Lower-case sentence openers, after an optional time of day, that refer to the day of
    /// the event before ("cùng ngày" in "Chiều cùng ngày, …").
    pub same_day_openers: Vec<String>,
}

fn anchored(patterns: &[String]) -> AhoCorasick {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(StartKind::Both)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(patterns)
        .expect("rule data matcher builds")
}

fn date_cell(cell: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(cell, "%Y-%m-%d").ok()
}

fn event_type(name: &str) -> Option<crate::record::EventType> {
    use crate::record::EventType::*;
    Some(match name {
        "conference" => Conference,
        "congress" => Congress,
        "signing" => Signing,
        "support" => Support,
        "award" => Award,
        "campaign_launch" => CampaignLaunch,
        "election" => Election,
        "other" => Other,
        _ => return None,
    })
}

impl Lexicon {
    fn load() -> Self {
        let abbreviations = rows(ABBREVIATIONS_TSV)
            .filter(|r| r.len() >= 2)
            .map(|r| (r[0].to_string(), r[1].to_string()))
            .collect();
        let mut provinces = Vec::new();
        let mut place_surfaces: Vec<String> = Vec::new();
        let mut places_by_key: HashMap<String, Vec<Place>> = HashMap::new();
        let mut surface_of_place: Vec<(String, Place)> = Vec::new();
        for r in rows(PROVINCES_TSV).filter(|r| r.len() >= 4) {
            let index = provinces.len();
            provinces.push(Province {
                name: r[0].to_string(),
                level: r[1].to_string(),
                valid_from: date_cell(r[2]),
                valid_to: date_cell(r[3]),
                full_name: r.get(6).filter(|c| !c.is_empty()).map(|c| c.to_string()),
            });
            let mut names = vec![r[0].to_string()];
            if let Some(aliases) = r.get(5).filter(|a| !a.is_empty()) {
                names.extend(aliases.split('|').map(str::to_string));
            }
            for name in names {
                surface_of_place.push((name, Place::Province(index)));
            }
        }
        let districts: Vec<District> = rows(DISTRICTS_TSV)
            .filter(|r| r.len() >= 3)
            .map(|r| District {
                name: r[0].to_string(),
                level: r[1].to_string(),
                province: r[2].to_string(),
            })
            .collect();
        for (i, d) in districts.iter().enumerate() {
            surface_of_place.push((d.name.clone(), Place::District(i)));
        }
        for (surface, place) in surface_of_place {
            let key = fold(&surface);
            let entry = places_by_key.entry(key).or_default();
            if !entry.contains(&place) {
                entry.push(place);
            }
            if !place_surfaces.contains(&surface) {
                place_surfaces.push(surface);
            }
        }
        let place_matcher = anchored(&place_surfaces);
        let places_by_pattern = place_surfaces
            .iter()
            .map(|s| places_by_key.get(&fold(s)).cloned().unwrap_or_default())
            .collect();
        let roles: Vec<String> = rows(ROLES_TSV).map(|r| r[0].to_string()).collect();
        let role_matcher = anchored(&roles);
        let surnames = rows(SURNAMES_TSV).map(|r| r[0].to_string()).collect();
        let sectors: Vec<String> = rows(SECTORS_TSV).map(|r| r[0].to_string()).collect();
        let lower_sectors: Vec<String> = sectors.iter().map(|s| s.to_lowercase()).collect();
        let sector_matcher = anchored(&lower_sectors);
        let mut triggers = Vec::new();
        let mut inherit_openers = Vec::new();
        let mut same_day_openers = Vec::new();
        for r in rows(EVENT_TRIGGERS_TSV).filter(|r| r.len() >= 2) {
            let kind = match r[1] {
                "inherit" => {
                    inherit_openers.push(r[0].to_string());
                    continue;
                }
                "same_day" => {
                    same_day_openers.push(r[0].to_string());
                    continue;
                }
                "ignore" => TriggerKind::Ignore,
                "block_before" => TriggerKind::BlockBefore,
                "block_sentence" => TriggerKind::BlockSentence,
                other => match event_type(other) {
                    Some(t) => TriggerKind::Event(t),
                    None => continue,
                },
            };
            triggers.push(Trigger {
                phrase: r[0].to_string(),
                kind,
                constraint: r.get(2).unwrap_or(&"").to_string(),
                month: r.get(3).unwrap_or(&"").to_string(),
            });
        }
        // Triggers start on common letters ("h", "t"), so a prefilter finds a candidate at
        // almost every word: a DFA without one is faster.
        let trigger_matcher = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .prefilter(false)
            .build(triggers.iter().map(|t| t.phrase.as_str()))
            .expect("rule data matcher builds");
        Self {
            abbreviations,
            provinces,
            districts,
            places_by_pattern,
            place_matcher,
            role_matcher,
            roles,
            surnames,
            sectors,
            sector_matcher,
            triggers,
            trigger_matcher,
            inherit_openers,
            same_day_openers,
        }
    }

    /// The longest place name starting exactly at byte `pos` of `text` and ending at a word
    /// boundary: its end and the places it may name.
    pub fn place_at(&self, text: &str, pos: usize) -> Option<(usize, &[Place])> {
        let input = aho_corasick::Input::new(text)
            .range(pos..)
            .anchored(aho_corasick::Anchored::Yes);
        let m = self.place_matcher.find(input)?;
        if !crate::extract::text::word_end(text, m.end()) {
            return None;
        }
        let places = self.places_by_pattern.get(m.pattern().as_usize())?;
        Some((m.end(), places.as_slice()))
    }

    /// The provinces of a place name ("Thanh Khê" → Đà Nẵng), deduplicated.
    pub fn province_names(&self, places: &[Place]) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for place in places {
            let name = match place {
                Place::Province(i) => self.provinces.get(*i).map(|p| p.name.clone()),
                Place::District(i) => self.districts.get(*i).map(|d| d.province.clone()),
            };
            if let Some(name) = name.filter(|n| !out.contains(n)) {
                out.push(name);
            }
        }
        out
    }

    /// The level (`tinh`/`thanh_pho`) of the province `name` valid on `date`.
    pub fn province_level(&self, name: &str, date: Option<NaiveDate>) -> Option<&str> {
        let candidates = || self.provinces.iter().filter(|p| p.name == name);
        candidates()
            .find(|p| p.valid_on(date))
            .or_else(|| candidates().next())
            .map(|p| p.level.as_str())
    }

    /// The full name of the province `name` when its level word is part of it ("Hồ Chí
    /// Minh" → "Thành phố Hồ Chí Minh").
    pub fn province_full_name(&self, name: &str) -> Option<&str> {
        self.provinces
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.full_name.as_deref())
    }

    /// The canonical name of the place: the province or district name the surface stands
    /// for ("TP.HCM" → "Hồ Chí Minh").
    pub fn place_name(&self, places: &[Place]) -> Option<String> {
        match places.first()? {
            Place::Province(i) => self.provinces.get(*i).map(|p| p.name.clone()),
            Place::District(i) => self.districts.get(*i).map(|d| d.name.clone()),
        }
    }

    /// Whether one of `places` is a district-level unit of `level` (or any level if "").
    pub fn is_district(&self, places: &[Place], level: &str) -> bool {
        places.iter().any(|p| match p {
            Place::District(i) => self
                .districts
                .get(*i)
                .is_some_and(|d| level.is_empty() || d.level == level),
            Place::Province(_) => false,
        })
    }

    /// Every place name in `text` at word boundaries: start, end and the places it may name.
    pub fn places_in<'t>(
        &'t self,
        text: &'t str,
    ) -> impl Iterator<Item = (usize, usize, &'t [Place])> + 't {
        self.place_matcher.find_iter(text).filter_map(move |m| {
            if !crate::extract::text::word_start(text, m.start()) || !crate::extract::text::word_end(text, m.end()) {
                return None;
            }
            let places = self.places_by_pattern.get(m.pattern().as_usize())?;
            Some((m.start(), m.end(), places.as_slice()))
        })
    }

    /// Whether one of `places` is a provincial unit.
    pub fn is_province(&self, places: &[Place]) -> bool {
        places.iter().any(|p| matches!(p, Place::Province(_)))
    }
}

/// The rule data, parsed on first use.
pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::load);
