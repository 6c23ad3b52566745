//! Rule data shared by the organization, people and event rules — the gazetteer of provinces
//! and districts, abbreviations, roles, family names, sectors — read from the TSV files under
//! `src/extract/rules/` once through the rule loader ([`crate::rules`]).

use std::collections::HashMap;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind, StartKind};
use chrono::NaiveDate;

use super::trie::PhraseTrie;
use crate::normalize::fold;
use crate::record::AdminLevel;
use crate::rules::{cell_enum, FromCell, Line, List, Row, RuleError, Table};

/// `abbreviations.tsv`: abbreviation, expansion, kind.
pub static ABBREVIATIONS: Table = Table::new(
    "extract/rules/abbreviations.tsv",
    include_str!("rules/abbreviations.tsv"),
    &["abbreviation", "expansion", "kind"],
    &["abbreviation"],
);
/// `provinces.tsv`: the 63 pre-2025 and 34 post-merger provincial units.
pub static PROVINCES: Table = Table::new(
    "extract/rules/provinces.tsv",
    include_str!("rules/provinces.tsv"),
    &[
        "name",
        "level",
        "valid_from",
        "valid_to",
        "succeeded_by",
        "aliases",
        "full_name",
    ],
    &["name", "level", "valid_from"],
);
/// `districts.tsv`: district-level units with their province.
pub static DISTRICTS: Table = Table::new(
    "extract/rules/districts.tsv",
    include_str!("rules/districts.tsv"),
    &["name", "level", "province"],
    &["name"],
);
/// `district_units.tsv`: the other district-level units (from the PyPI package
/// vietnamadminunits), read only after a level word: many are also personal names.
pub static DISTRICT_UNITS: Table = Table::new(
    "extract/rules/district_units.tsv",
    include_str!("rules/district_units.tsv"),
    &["name", "level", "province"],
    // A name several provinces give a district ("Châu Thành", "Tân Phú") has a row for each.
    &["name", "province"],
);
/// `roles.tsv`: role words ("Chủ tịch", "Phó Bí thư thường trực").
pub static ROLES: Table = Table::new(
    "extract/rules/roles.tsv",
    include_str!("rules/roles.tsv"),
    &["role"],
    &["role"],
);
/// `surnames.tsv`: family names that start a personal name.
pub static SURNAMES: Table = Table::new(
    "extract/rules/surnames.tsv",
    include_str!("rules/surnames.tsv"),
    &["surname"],
    &["surname"],
);
/// `sectors.tsv`: sector names of ministries, departments and district offices.
pub static SECTORS: Table = Table::new(
    "extract/rules/sectors.tsv",
    include_str!("rules/sectors.tsv"),
    &["sector"],
    &["sector"],
);

/// An admin level code in a rule table ("thanh_pho").
impl FromCell for AdminLevel {
    fn from_cell(cell: &'static str) -> Result<Self, String> {
        AdminLevel::from_code(cell).ok_or_else(|| {
            let codes: Vec<&str> = AdminLevel::ALL.iter().map(|l| l.as_str()).collect();
            format!("unknown admin level; expected one of {}", codes.join(", "))
        })
    }
}

/// The one cell of a one-column word table (`roles.tsv`, `surnames.tsv`, `sectors.tsv`,
/// `person_titles.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Phrase(pub &'static str);

impl Row for Phrase {
    fn from_line(line: &Line<'_>) -> Result<Self, RuleError> {
        Ok(Phrase(line.cells().first().copied().unwrap_or_default()))
    }
}

/// The words of a one-column table, as owned strings.
pub fn phrases(table: &Table) -> Result<Vec<String>, RuleError> {
    Ok(table
        .load::<Phrase>()?
        .into_iter()
        .map(|p| p.0.to_string())
        .collect())
}

cell_enum! {
    /// What an abbreviation stands for.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum AbbreviationKind {
        /// Part of an organization's name ("LĐLĐ").
        OrgPart = "org_part",
        /// Part of a place's name ("TP").
        PlacePart = "place_part",
        /// Another term ("CNVCLĐ").
        Term = "term",
    }
}

/// A row of `abbreviations.tsv`.
#[derive(Debug, Clone, Copy)]
pub struct Abbreviation {
    /// The abbreviation as written ("LĐLĐ").
    pub abbreviation: &'static str,
    /// What it stands for ("Liên đoàn Lao động").
    pub expansion: &'static str,
    /// What kind of words it abbreviates.
    pub kind: AbbreviationKind,
}

impl Row for Abbreviation {
    fn from_line(line: &Line<'_>) -> Result<Self, RuleError> {
        Ok(Self {
            abbreviation: line.get("abbreviation")?,
            expansion: line.get("expansion")?,
            kind: line.get("kind")?,
        })
    }
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
    /// Other names it is written with ("TP.HCM", "Sài Gòn").
    pub aliases: Vec<String>,
}

impl Row for Province {
    fn from_line(line: &Line<'_>) -> Result<Self, RuleError> {
        let aliases: Option<List<String, '|'>> = line.get("aliases")?;
        Ok(Self {
            name: line.get("name")?,
            level: line.get("level")?,
            valid_from: line.get("valid_from")?,
            valid_to: line.get("valid_to")?,
            full_name: line.get("full_name")?,
            aliases: aliases.map(|a| a.0).unwrap_or_default(),
        })
    }
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

impl Row for District {
    fn from_line(line: &Line<'_>) -> Result<Self, RuleError> {
        Ok(Self {
            name: line.get("name")?,
            level: line.get("level")?,
            province: line.get("province")?,
        })
    }
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
    /// The provinces whose first unit of a name has a full name, as (name, full name): the
    /// few that [`Lexicon::province_full_name`] reads (stop 25: it compared the name with
    /// every provincial unit's, about 600 instructions a call, once per place an article's
    /// scan finds).
    full_names: Vec<(String, String)>,
    /// The places each of the first `bare_places` surfaces of `place_trie` may name (all
    /// places whose folded name is the surface's, among the surfaces read bare).
    places_by_pattern: Vec<Vec<Place>>,
    /// How many of `place_trie`'s surfaces are read bare ([`Lexicon::place_at`]): every place
    /// surface (names and aliases) but the districts of `district_units.tsv`, which come last.
    bare_places: usize,
    /// The places each surface of `place_trie` may name.
    level_places_by_pattern: Vec<Vec<Place>>,
    /// Every distinct place surface, the districts of `district_units.tsv` included (read
    /// after a level word only: [`Lexicon::place_after_level_at`]).
    place_trie: PhraseTrie,
    /// Role words, in table order (the one candidate pass finds them).
    pub roles: Vec<String>,
    /// Surnames.
    pub surnames: Vec<String>,
    /// Sector names (canonical spelling) with a matcher over their lower-case forms.
    pub sectors: Vec<String>,
    /// Anchored matcher of lower-case sector names and their spellings with other
    /// separators ("Tài nguyên - Môi trường"), built for anchored searches only;
    /// [`Lexicon::sector_of`] names a pattern's sector.
    pub sector_matcher: AhoCorasick,
    /// The index in `sectors` of each pattern of `sector_matcher`.
    sector_of_pattern: Vec<usize>,
}

/// The separators between the parts of a sector's name ("Khoa học và Công nghệ", "Lao động
/// - Thương binh và Xã hội", "Văn hóa, Thể thao và Du lịch").
const SECTOR_SEPARATORS: [&str; 3] = [" và ", " - ", ", "];

/// The joins written between the parts of a sector's name before its last part.
const EARLIER_JOINS: [&str; 9] = [" - ", ", ", " ", "-", " – ", " -", "- ", " –", "– "];

/// The joins written before the last part of a sector's name.
const LAST_JOINS: [&str; 10] = [
    " và ", " - ", " ", "-", " – ", " & ", " -", "- ", " –", "– ",
];

/// The lower-case spellings of a sector's name with its parts joined by the separators the
/// press uses for it: the last join "và" or a dash ("Bộ Tài nguyên - Môi trường", 20 in
/// general-10k; "Bộ Khoa học - Công nghệ"), an earlier one a dash or a comma ("Bộ Lao động,
/// Thương binh và Xã hội", 9 / 7 in general-10k / labour; "Văn hóa - Thể thao và Du lịch",
/// 10 / 1). A comma never makes the last join: "Sở Tài chính, Kế hoạch và Đầu tư" lists two
/// departments.
///
/// Stop 21 (organizations recall): the joins the press also writes, each seen after "Bộ",
/// "Sở" or "Phòng" with no organization read (corpus-real, base build of stop 21): a plain
/// space ("Bộ Tài nguyên Môi trường", "Sở Giáo dục Đào tạo", "Bộ Lao động Thương binh và Xã
/// hội", "Bộ Văn hóa Thể thao và Du lịch"), a dash without spaces ("Bộ Lao động-Thương binh
/// và Xã hội"), an en dash ("Sở Văn hóa – Thể thao") and, as the last join, "&" ("Bộ Kế
/// hoạch & Đầu tư").
///
/// Stop 25 (organizations audit): a dash or an en dash spaced on one side only ("Bộ Lao động
/// –Thương binh và Xã hội", "Sở Tài nguyên- Môi trường tỉnh Đồng Nai"; corpus-real, base build of stop 25: 6 after "Bộ" or "Sở" with no organization
/// read).
fn sector_spellings(sector: &str) -> Vec<String> {
    let lower = sector.to_lowercase();
    let mut parts: Vec<&str> = vec![lower.as_str()];
    for separator in SECTOR_SEPARATORS {
        parts = parts.iter().flat_map(|p| p.split(separator)).collect();
    }
    let mut spellings = vec![lower.clone()];
    let Some((last, rest)) = parts.split_last() else {
        return spellings;
    };
    if rest.is_empty() {
        return spellings;
    }
    // Every choice of the earlier joins (a dash or a comma), then the last one.
    let mut heads: Vec<String> = vec![rest[0].to_string()];
    for part in &rest[1..] {
        heads = heads
            .iter()
            .flat_map(|h| EARLIER_JOINS.iter().map(move |j| format!("{h}{j}{part}")))
            .collect();
    }
    for head in heads {
        for join in LAST_JOINS {
            let spelling = format!("{head}{join}{last}");
            if !spellings.contains(&spelling) {
                spellings.push(spelling);
            }
        }
    }
    spellings
}

/// A leftmost-longest matcher over `patterns` of the automaton `kind` with the start states
/// `start` asks for: one searched only anchored is built without the unanchored start (and
/// the other way round), which halves a DFA's build, a one-time cost of every process.
fn matcher_of_kind<P: AsRef<[u8]>>(
    patterns: &[P],
    start: StartKind,
    kind: aho_corasick::AhoCorasickKind,
) -> AhoCorasick {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(start)
        .kind(Some(kind))
        .build(patterns)
        .expect("rule data matcher builds")
}

impl Lexicon {
    fn load() -> Result<Self, RuleError> {
        let abbreviations = ABBREVIATIONS
            .load::<Abbreviation>()?
            .into_iter()
            .map(|a| (a.abbreviation.to_string(), a.expansion.to_string()))
            .collect();
        let provinces: Vec<Province> = PROVINCES.load()?;
        let mut districts: Vec<District> = DISTRICTS.load()?;
        let (surfaces, bare_surfaces) = place_surfaces(&provinces, &mut districts)?;
        let index = place_index(surfaces, bare_surfaces);
        let roles = phrases(&ROLES)?;
        let surnames = phrases(&SURNAMES)?;
        let sectors = phrases(&SECTORS)?;
        let mut lower_sectors: Vec<String> = Vec::new();
        let mut sector_of_pattern = Vec::new();
        for (i, sector) in sectors.iter().enumerate() {
            for spelling in sector_spellings(sector) {
                lower_sectors.push(spelling);
                sector_of_pattern.push(i);
            }
        }
        // Searched only at the word after "Bộ", "Sở", "Phòng": a contiguous NFA, whose build
        // is a seventh of a DFA's over the sectors' many spellings.
        let sector_matcher = matcher_of_kind(
            &lower_sectors,
            StartKind::Anchored,
            aho_corasick::AhoCorasickKind::ContiguousNFA,
        );
        let mut full_names: Vec<(String, String)> = Vec::new();
        let mut named: std::collections::HashSet<&str> = std::collections::HashSet::new();
        for p in &provinces {
            // Only a name's first unit answers (as the scan of every unit did).
            if let (true, Some(full)) = (named.insert(p.name.as_str()), &p.full_name) {
                full_names.push((p.name.clone(), full.clone()));
            }
        }
        Ok(Self {
            abbreviations,
            provinces,
            full_names,
            districts,
            places_by_pattern: index.places_by_pattern,
            bare_places: index.bare_places,
            level_places_by_pattern: index.level_places_by_pattern,
            place_trie: index.place_trie,
            roles,
            surnames,
            sectors,
            sector_matcher,
            sector_of_pattern,
        })
    }

    /// The canonical sector name a pattern of `sector_matcher` spells.
    pub fn sector_of(&self, pattern: usize) -> Option<&str> {
        let index = *self.sector_of_pattern.get(pattern)?;
        self.sectors.get(index).map(String::as_str)
    }

    /// The longest place name starting exactly at byte `pos` of `text` and ending at a word
    /// boundary: its end and the places it may name.
    pub fn place_at(&self, text: &str, pos: usize) -> Option<(usize, &[Place])> {
        self.anchored_place(&self.places_by_pattern, self.bare_places, text, pos)
    }

    /// [`Lexicon::place_at`] after a level word ("huyện", "TP.", the "Huyện ủy" of a district
    /// body): the districts of `district_units.tsv` are read too ("huyện Vũ Quang", "Huyện ủy
    /// Thường Xuân"), which bare are as often a person's name ("Vũ Quang Huy").
    pub fn place_after_level_at(&self, text: &str, pos: usize) -> Option<(usize, &[Place])> {
        self.anchored_place(&self.level_places_by_pattern, usize::MAX, text, pos)
    }

    /// The longest of the first `limit` place surfaces starting at `pos`, if it ends at a
    /// word boundary.
    fn anchored_place<'s>(
        &'s self,
        places_by_pattern: &'s [Vec<Place>],
        limit: usize,
        text: &str,
        pos: usize,
    ) -> Option<(usize, &'s [Place])> {
        let (end, pattern) = self.place_trie.longest_at(text.as_bytes(), pos, limit)?;
        if !super::text::word_end(text, end) {
            return None;
        }
        let places = places_by_pattern.get(pattern)?;
        Some((end, places.as_slice()))
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
        self.full_names
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, full)| full.as_str())
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

    /// Every place name in `text` at word boundaries: start, end and the places it may name,
    /// the districts of `district_units.tsv` included (a caller that counts districts reads
    /// them only after their level word).
    pub fn places_in<'t>(
        &'t self,
        text: &'t str,
    ) -> impl Iterator<Item = (usize, usize, &'t [Place])> + 't {
        self.place_trie
            .leftmost_longest(text.as_bytes())
            .filter_map(move |(start, end, pattern)| {
                if !super::text::word_start(text, start) || !super::text::word_end(text, end) {
                    return None;
                }
                let places = self.level_places_by_pattern.get(pattern)?;
                Some((start, end, places.as_slice()))
            })
    }

    /// Whether one of `places` is a provincial unit.
    pub fn is_province(&self, places: &[Place]) -> bool {
        places.iter().any(|p| matches!(p, Place::Province(_)))
    }
}

/// A place name or alias as written, with the place it names.
type Surface = (String, Place);

/// Every place surface — the names and aliases of `provinces`, the names of `districts`
/// (`districts.tsv`), then those of `district_units.tsv`, added to `districts` — with the
/// number of surfaces before `district_units.tsv`'s (the surfaces read bare).
fn place_surfaces(
    provinces: &[Province],
    districts: &mut Vec<District>,
) -> Result<(Vec<Surface>, usize), RuleError> {
    let mut surfaces: Vec<Surface> = Vec::new();
    for (i, p) in provinces.iter().enumerate() {
        surfaces.push((p.name.clone(), Place::Province(i)));
        for alias in &p.aliases {
            surfaces.push((alias.clone(), Place::Province(i)));
        }
    }
    for (i, d) in districts.iter().enumerate() {
        surfaces.push((d.name.clone(), Place::District(i)));
    }
    let bare = surfaces.len();
    for d in DISTRICT_UNITS.load::<District>()? {
        surfaces.push((d.name.clone(), Place::District(districts.len())));
        districts.push(d);
    }
    Ok((surfaces, bare))
}

/// The place trie and what its surfaces name ([`Lexicon`]'s fields of the same names).
struct PlaceIndex {
    places_by_pattern: Vec<Vec<Place>>,
    bare_places: usize,
    level_places_by_pattern: Vec<Vec<Place>>,
    place_trie: PhraseTrie,
}

/// The place trie over `surfaces`, of which the first `bare` are read without a level word
/// (the provinces and `districts.tsv`): each surface folded once, the trie built once. The
/// trie holds every distinct surface, those among the first `bare` first; each surface names
/// the places (among the first `bare` surfaces, or among all) whose folded name is its own.
fn place_index(surfaces: Vec<Surface>, bare: usize) -> PlaceIndex {
    // Each distinct surface with its folded key, in the order of its first occurrence.
    let mut patterns: Vec<(String, String)> = Vec::new();
    let mut bare_patterns = 0;
    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut bare_by_key: HashMap<String, Vec<Place>> = HashMap::new();
    let mut all_by_key: HashMap<String, Vec<Place>> = HashMap::new();
    for (i, (surface, place)) in surfaces.into_iter().enumerate() {
        let key = fold(&surface);
        if i < bare {
            let entry = bare_by_key.entry(key.clone()).or_default();
            if !entry.contains(&place) {
                entry.push(place);
            }
        }
        let entry = all_by_key.entry(key.clone()).or_default();
        if !entry.contains(&place) {
            entry.push(place);
        }
        if seen.insert(surface.clone()) {
            patterns.push((surface, key));
            if i < bare {
                bare_patterns = patterns.len();
            }
        }
    }
    let places = |by_key: &HashMap<String, Vec<Place>>, key: &String| {
        by_key.get(key).cloned().unwrap_or_default()
    };
    let bare_list = patterns.get(..bare_patterns).unwrap_or_default();
    let places_by_pattern = bare_list
        .iter()
        .map(|(_, key)| places(&bare_by_key, key))
        .collect();
    let level_places_by_pattern = patterns
        .iter()
        .map(|(_, key)| places(&all_by_key, key))
        .collect();
    let all_surfaces: Vec<&str> = patterns.iter().map(|(s, _)| s.as_str()).collect();
    PlaceIndex {
        places_by_pattern,
        bare_places: bare_patterns,
        level_places_by_pattern,
        // Searched anchored ([`Lexicon::place_at`], [`Lexicon::place_after_level_at`]) and
        // through a text once per article that needs its places ([`Lexicon::places_in`]):
        // the leftmost-longest matches of the contiguous NFA it replaced, a fraction of its
        // build and of its scan (docs/PERFORMANCE.md, "Stop 24 — speed").
        place_trie: PhraseTrie::new(&all_surfaces),
    }
}

/// The rule data, parsed on first use.
pub static LEXICON: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::load().expect("the embedded gazetteer parses (tested)"));

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::{word_end, word_start};
    use aho_corasick::Anchored;

    /// The place look-ups through the trie give the matches of the contiguous NFA they
    /// replaced (stop 24): the automaton over the same surfaces, searched leftmost-longest,
    /// on a text of every surface followed by a space, glued to the next one, and cut short.
    /// Stop 25: the full names' short list answers as the scan of every provincial unit
    /// did, for every province and district name and a few others.
    #[test]
    fn full_names_answer_as_the_scan_of_every_unit() {
        let scan = |name: &str| {
            LEXICON
                .provinces
                .iter()
                .find(|p| p.name == name)
                .and_then(|p| p.full_name.as_deref())
        };
        let names = LEXICON
            .provinces
            .iter()
            .map(|p| p.name.as_str())
            .chain(LEXICON.districts.iter().map(|d| d.name.as_str()))
            .chain([
                "",
                "Hồ Chí Minh ",
                "hồ chí minh",
                "TP.HCM",
                "Thành phố Hồ Chí Minh",
            ]);
        let mut with_full = 0;
        for name in names {
            assert_eq!(LEXICON.province_full_name(name), scan(name), "{name:?}");
            with_full += usize::from(scan(name).is_some());
        }
        assert!(with_full > 0);
    }

    #[test]
    fn the_place_trie_finds_what_the_place_automaton_found() {
        let provinces: Vec<Province> = PROVINCES.load().unwrap();
        let mut districts: Vec<District> = DISTRICTS.load().unwrap();
        let (surfaces, bare) = place_surfaces(&provinces, &mut districts).unwrap();
        let mut distinct: Vec<&str> = Vec::new();
        let mut bare_distinct = 0;
        for (i, (surface, _)) in surfaces.iter().enumerate() {
            if surface.is_empty() {
                panic!("an empty place surface matches everywhere");
            }
            if !distinct.contains(&surface.as_str()) {
                distinct.push(surface);
                if i < bare {
                    bare_distinct = distinct.len();
                }
            }
        }
        let build = |patterns: &[&str]| {
            matcher_of_kind(
                patterns,
                StartKind::Both,
                aho_corasick::AhoCorasickKind::ContiguousNFA,
            )
        };
        let all = build(&distinct);
        let bare_only = build(&distinct[..bare_distinct]);
        let mut sample = String::from("xHà Nội, ");
        for (i, surface) in distinct.iter().enumerate() {
            let cut: String = surface.chars().take(surface.chars().count() - 1).collect();
            match i % 3 {
                0 => sample.push_str(&format!("{surface} ")),
                1 => sample.push_str(&format!("{surface}{cut} và ")),
                _ => sample.push_str(&format!("tỉnh {cut}, {surface}.")),
            }
        }
        let expected: Vec<(usize, usize)> = all
            .find_iter(sample.as_str())
            .filter(|m| word_start(&sample, m.start()) && word_end(&sample, m.end()))
            .map(|m| (m.start(), m.end()))
            .collect();
        let found: Vec<(usize, usize)> =
            LEXICON.places_in(&sample).map(|(s, e, _)| (s, e)).collect();
        assert!(expected.len() > distinct.len() / 2);
        assert_eq!(found, expected);
        // Stop 25: the scan's start tests over whole articles (lower-case letters of three
        // bytes that start like "Ứng Hòa", every capital that starts like a place).
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        for entry in std::fs::read_dir(corpus).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            let expected: Vec<(usize, usize)> = all
                .find_iter(text.as_str())
                .filter(|m| word_start(&text, m.start()) && word_end(&text, m.end()))
                .map(|m| (m.start(), m.end()))
                .collect();
            let found: Vec<(usize, usize)> =
                LEXICON.places_in(&text).map(|(s, e, _)| (s, e)).collect();
            assert_eq!(found, expected);
        }
        let anchored = |matcher: &AhoCorasick, pos: usize| {
            let input = aho_corasick::Input::new(sample.as_str())
                .range(pos..)
                .anchored(Anchored::Yes);
            matcher
                .find(input)
                .map(|m| m.end())
                .filter(|&end| word_end(&sample, end))
        };
        for pos in 0..sample.len() {
            let at = LEXICON.place_at(&sample, pos).map(|(end, _)| end);
            assert_eq!(at, anchored(&bare_only, pos), "at {pos}");
            let after = LEXICON
                .place_after_level_at(&sample, pos)
                .map(|(end, _)| end);
            assert_eq!(after, anchored(&all, pos), "after a level at {pos}");
        }
    }
}
