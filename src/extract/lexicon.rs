//! Rule data shared by the organization, people and event rules — the gazetteer of provinces
//! and districts, abbreviations, roles, family names, sectors — read from the TSV files under
//! `src/extract/rules/` once; and the one reader of those files ([`rows`], [`RuleError`]).
//!
//! Every file starts with a `#` comment line (what it is, its source, its revision date) and a
//! header line naming the columns; the rows below are sorted, tab-separated, NFC, and unique.
//! `-` marks an empty cell.

use std::collections::HashMap;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind, StartKind};
use chrono::NaiveDate;

use crate::normalize::fold;
use crate::record::AdminLevel;

/// `abbreviations.tsv`: abbreviation, expansion, kind.
pub const ABBREVIATIONS_TSV: &str = include_str!("rules/abbreviations.tsv");
/// `provinces.tsv`: the 63 pre-2025 and 34 post-merger provincial units.
pub const PROVINCES_TSV: &str = include_str!("rules/provinces.tsv");
/// `districts.tsv`: district-level units with their province.
pub const DISTRICTS_TSV: &str = include_str!("rules/districts.tsv");
/// `roles.tsv`: role words ("Chủ tịch", "Phó Bí thư thường trực").
pub const ROLES_TSV: &str = include_str!("rules/roles.tsv");
/// `surnames.tsv`: family names that start a personal name.
pub const SURNAMES_TSV: &str = include_str!("rules/surnames.tsv");
/// `sectors.tsv`: sector names of ministries, departments and district offices.
pub const SECTORS_TSV: &str = include_str!("rules/sectors.tsv");

/// Every rule file of the organization, people and event rules with its name, for the
/// file-format test.
pub const RULE_FILES: [(&str, &str); 12] = [
    ("abbreviations.tsv", ABBREVIATIONS_TSV),
    ("admin_levels.tsv", super::orgs::ADMIN_LEVELS_TSV),
    ("districts.tsv", DISTRICTS_TSV),
    (
        "event_triggers.tsv",
        super::events::triggers::EVENT_TRIGGERS_TSV,
    ),
    ("event_words.tsv", super::events::words::EVENT_WORDS_TSV),
    ("org_heads.tsv", super::orgs::ORG_HEADS_TSV),
    ("org_words.tsv", super::orgs::ORG_WORDS_TSV),
    ("person_titles.tsv", super::people::PERSON_TITLES_TSV),
    ("provinces.tsv", PROVINCES_TSV),
    ("roles.tsv", ROLES_TSV),
    ("sectors.tsv", SECTORS_TSV),
    ("surnames.tsv", SURNAMES_TSV),
];

/// The data rows of a rule file: comment and header skipped, cells split on tabs, `-` → "".
pub fn rows(tsv: &str) -> impl Iterator<Item = Vec<&str>> {
    numbered_rows(tsv).map(|(_, row)| row)
}

/// [`rows`] with the 1-based line number of each row in its file, for error messages.
pub fn numbered_rows(tsv: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    tsv.lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .map(|(i, l)| {
            let cells = l
                .split('\t')
                .map(|c| if c == "-" { "" } else { c })
                .collect();
            (i + 1, cells)
        })
}

/// A rule file row that does not parse: an unknown constraint, level or grammar name (a
/// misspelling in a table is an error, not a row silently read another way).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file} line {line}: {message}")]
pub struct RuleError {
    /// The rule file's name ("event_triggers.tsv").
    pub file: &'static str,
    /// The 1-based line of the row.
    pub line: usize,
    /// What is wrong with it.
    pub message: String,
}

impl RuleError {
    /// An error in row `line` of `file`.
    pub fn new(file: &'static str, line: usize, message: impl Into<String>) -> Self {
        Self {
            file,
            line,
            message: message.into(),
        }
    }
}

/// The admin level code of cell `cell` of row `line` of `file`.
pub fn level_cell(file: &'static str, line: usize, cell: &str) -> Result<AdminLevel, RuleError> {
    AdminLevel::from_code(cell)
        .ok_or_else(|| RuleError::new(file, line, format!("unknown admin level {cell:?}")))
}

/// A provincial unit for one period of validity.
#[derive(Debug, Clone)]
pub struct Province {
    /// The name without level word ("Hưng Yên", "Hồ Chí Minh").
    pub name: String,
    /// [`AdminLevel::Tinh`] or [`AdminLevel::ThanhPho`].
    pub level: AdminLevel,
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
    /// [`AdminLevel::Quan`], `Huyen`, `ThiXa` or `ThanhPho`.
    pub level: AdminLevel,
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

impl Lexicon {
    fn load() -> Result<Self, RuleError> {
        let abbreviations = rows(ABBREVIATIONS_TSV)
            .filter(|r| r.len() >= 2)
            .map(|r| (r[0].to_string(), r[1].to_string()))
            .collect();
        let (provinces, mut surfaces) = read_provinces(PROVINCES_TSV)?;
        let districts = read_districts(DISTRICTS_TSV)?;
        for (i, d) in districts.iter().enumerate() {
            surfaces.push((d.name.clone(), Place::District(i)));
        }
        let (place_matcher, places_by_pattern) = place_index(surfaces);
        let roles: Vec<String> = rows(ROLES_TSV).map(|r| r[0].to_string()).collect();
        let role_matcher = anchored(&roles);
        let surnames = rows(SURNAMES_TSV).map(|r| r[0].to_string()).collect();
        let sectors: Vec<String> = rows(SECTORS_TSV).map(|r| r[0].to_string()).collect();
        let lower_sectors: Vec<String> = sectors.iter().map(|s| s.to_lowercase()).collect();
        let sector_matcher = anchored(&lower_sectors);
        Ok(Self {
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
        })
    }

    /// The longest place name starting exactly at byte `pos` of `text` and ending at a word
    /// boundary: its end and the places it may name.
    pub fn place_at(&self, text: &str, pos: usize) -> Option<(usize, &[Place])> {
        let input = aho_corasick::Input::new(text)
            .range(pos..)
            .anchored(aho_corasick::Anchored::Yes);
        let m = self.place_matcher.find(input)?;
        if !super::text::word_end(text, m.end()) {
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

    /// The level (tỉnh or thành phố) of the province `name` valid on `date`.
    pub fn province_level(&self, name: &str, date: Option<NaiveDate>) -> Option<AdminLevel> {
        let candidates = || self.provinces.iter().filter(|p| p.name == name);
        candidates()
            .find(|p| p.valid_on(date))
            .or_else(|| candidates().next())
            .map(|p| p.level)
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

    /// Whether one of `places` is a district-level unit of `level` (of any level if `None`).
    pub fn is_district(&self, places: &[Place], level: Option<AdminLevel>) -> bool {
        places.iter().any(|p| match p {
            Place::District(i) => self
                .districts
                .get(*i)
                .is_some_and(|d| level.is_none_or(|l| d.level == l)),
            Place::Province(_) => false,
        })
    }

    /// Every place name in `text` at word boundaries: start, end and the places it may name.
    pub fn places_in<'t>(
        &'t self,
        text: &'t str,
    ) -> impl Iterator<Item = (usize, usize, &'t [Place])> + 't {
        self.place_matcher.find_iter(text).filter_map(move |m| {
            if !super::text::word_start(text, m.start()) || !super::text::word_end(text, m.end()) {
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

/// A place name or alias as written, with the place it names.
type Surface = (String, Place);

/// Reads `provinces.tsv`: the provincial units, and each of their surfaces (name and
/// aliases) with the place it names.
fn read_provinces(tsv: &str) -> Result<(Vec<Province>, Vec<Surface>), RuleError> {
    let mut provinces = Vec::new();
    let mut surfaces = Vec::new();
    for (line, r) in numbered_rows(tsv).filter(|(_, r)| r.len() >= 4) {
        let index = provinces.len();
        provinces.push(Province {
            name: r[0].to_string(),
            level: level_cell("provinces.tsv", line, r[1])?,
            valid_from: date_cell(r[2]),
            valid_to: date_cell(r[3]),
            full_name: r.get(6).filter(|c| !c.is_empty()).map(|c| c.to_string()),
        });
        surfaces.push((r[0].to_string(), Place::Province(index)));
        if let Some(aliases) = r.get(5).filter(|a| !a.is_empty()) {
            for alias in aliases.split('|') {
                surfaces.push((alias.to_string(), Place::Province(index)));
            }
        }
    }
    Ok((provinces, surfaces))
}

/// Reads `districts.tsv`.
fn read_districts(tsv: &str) -> Result<Vec<District>, RuleError> {
    numbered_rows(tsv)
        .filter(|(_, r)| r.len() >= 3)
        .map(|(line, r)| {
            Ok(District {
                name: r[0].to_string(),
                level: level_cell("districts.tsv", line, r[1])?,
                province: r[2].to_string(),
            })
        })
        .collect()
}

/// The place matcher over every distinct surface, and for each of its patterns the places
/// whose folded name is the pattern's.
fn place_index(surfaces: Vec<Surface>) -> (AhoCorasick, Vec<Vec<Place>>) {
    let mut place_surfaces: Vec<String> = Vec::new();
    let mut places_by_key: HashMap<String, Vec<Place>> = HashMap::new();
    for (surface, place) in surfaces {
        let entry = places_by_key.entry(fold(&surface)).or_default();
        if !entry.contains(&place) {
            entry.push(place);
        }
        if !place_surfaces.contains(&surface) {
            place_surfaces.push(surface);
        }
    }
    let places_by_pattern = place_surfaces
        .iter()
        .map(|s| places_by_key.get(&fold(s)).cloned().unwrap_or_default())
        .collect();
    (anchored(&place_surfaces), places_by_pattern)
}

/// Checks `provinces.tsv` and `districts.tsv` (for the all-tables test): every level code
/// is known.
pub fn check_gazetteer(provinces: &str, districts: &str) -> Result<(), RuleError> {
    read_provinces(provinces)?;
    read_districts(districts)?;
    Ok(())
}

/// The rule data, parsed on first use.
pub static LEXICON: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::load().expect("the embedded gazetteer parses (tested)"));
