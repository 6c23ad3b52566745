//! The organization grammar's rule data, read once: `org_heads.tsv` (the words that start a
//! mention and the grammar each one starts), `admin_levels.tsv` (level words) and
//! `org_words.tsv` (word lists by use). A row naming an unknown grammar, level or use is a
//! load error.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::extract::lexicon::{level_cell, numbered_rows, RuleError};
use crate::extract::text::word_end;
use crate::record::AdminLevel;

/// `org_heads.tsv`: the words that start an organization mention, with their grammar.
pub const ORG_HEADS_TSV: &str = include_str!("../rules/org_heads.tsv");
/// `admin_levels.tsv`: level words ("tỉnh", "TP.", "Tp") with level code and spelling.
pub const ADMIN_LEVELS_TSV: &str = include_str!("../rules/admin_levels.tsv");
/// `org_words.tsv`: unit heads, name stop words, company types, determiners, sector unions.
pub const ORG_WORDS_TSV: &str = include_str!("../rules/org_words.tsv");

/// The grammar that reads the rest of a mention after its head word (`org_heads.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Head {
    TongLd,
    Federation,
    Union,
    UnionLower,
    Grassroots,
    Cluster,
    ClusterBare,
    /// A body of the organization that follows ("Ban Chấp hành", "Ban cán sự Đảng").
    Body(&'static str),
    /// "Thường trực" + organization, unless it ends a role ("Phó Chủ tịch Thường trực").
    Standing(&'static str),
    BoChinhTri,
    /// A Party committee with its name and level ("Tỉnh ủy", "Huyện ủy").
    Committee(&'static str, AdminLevel),
    PeopleCommittee,
    PeopleCouncil,
    Front,
    Women,
    Youth,
    Veterans,
    Company,
    Office(&'static str),
    /// "Cục" / "Chi cục" + name + place ("Chi cục Thi hành án dân sự huyện Lâm Hà").
    Agency(&'static str),
    /// A named unit of a parent organization ("Cơ quan CSĐT Công an TP.HCM").
    Subunit(&'static str),
    /// A newspaper: "Báo" + its name ("Báo Đầu tư Bất động sản").
    Press,
    Party,
    /// Courts, procuracies and police: "<name> tối cao" or "<name> <place>".
    Justice(&'static str),
}

/// The head of an `org_heads.tsv` row: its grammar, canonical name and level.
fn head_named(kind: &str, name: &'static str, level: Option<AdminLevel>) -> Option<Head> {
    Some(match kind {
        "agency" => Head::Agency(name),
        "body" => Head::Body(name),
        "cluster" => Head::Cluster,
        "cluster_bare" => Head::ClusterBare,
        "committee" => Head::Committee(name, level?),
        "company" => Head::Company,
        "federation" => Head::Federation,
        "front" => Head::Front,
        "grassroots" => Head::Grassroots,
        "justice" => Head::Justice(name),
        "office" => Head::Office(name),
        "party" => Head::Party,
        "people_committee" => Head::PeopleCommittee,
        "people_council" => Head::PeopleCouncil,
        "politburo" => Head::BoChinhTri,
        "press" => Head::Press,
        "standing" => Head::Standing(name),
        "subunit" => Head::Subunit(name),
        "tong_ld" => Head::TongLd,
        "union" => Head::Union,
        "union_lower" => Head::UnionLower,
        "veterans" => Head::Veterans,
        "women" => Head::Women,
        "youth" => Head::Youth,
        _ => return None,
    })
}

/// A level word of `admin_levels.tsv`.
#[derive(Debug, Clone, Copy)]
pub(super) struct Level {
    /// Admin level.
    pub(super) code: AdminLevel,
    /// Canonical spelling ("thành phố" for "TP.", "Tp").
    pub(super) canonical: &'static str,
    /// Counts only with a place after it ("Tp Hồ Chí Minh").
    pub(super) needs_place: bool,
    /// Ends in "." and may run into its place ("TP.Đà Nẵng").
    pub(super) runs_into_place: bool,
}

/// The uses of `org_words.tsv` rows, in column order of [`OrgRules`]' word lists.
const WORD_USES: [&str; 8] = [
    "unit_head",
    "name_stop",
    "company_type",
    "determiner",
    "union_sector",
    "party_not_after",
    "party_not_before",
    "thanh_compound",
];

/// The organization grammar's rule data, parsed once.
pub(super) struct OrgRules {
    /// Heads in matcher order.
    pub(super) heads: Vec<Head>,
    /// Leftmost-longest matcher over the head surfaces.
    pub(super) head_matcher: AhoCorasick,
    /// Level words in matcher order.
    levels: Vec<Level>,
    /// Anchored leftmost-longest matcher over the level surfaces.
    level_matcher: AhoCorasick,
    /// After "Công đoàn" / "CĐCS" it names a grassroots union's unit.
    pub(super) unit_heads: Vec<&'static str>,
    /// Ends an enterprise or unit name.
    pub(super) name_stops: Vec<&'static str>,
    /// Left out of a short company name ("Công ty Xuân Hòa").
    pub(super) company_types: Vec<&'static str>,
    /// Before a partial mention it makes a generic plural ("Các LĐLĐ tỉnh").
    pub(super) determiners: Vec<&'static str>,
    /// "Công đoàn" + it + Việt Nam or a place is a sector union.
    pub(super) union_sectors: Vec<&'static str>,
    /// "Đảng" after it is not the Party ("tổ chức Đảng").
    pub(super) party_not_after: Vec<&'static str>,
    /// "Đảng" before it is not the Party ("Đảng ủy").
    pub(super) party_not_before: Vec<&'static str>,
    /// After "tỉnh, thành" it makes one word ("thành lập").
    pub(super) thanh_compounds: Vec<&'static str>,
}

fn anchored_matcher<'p>(patterns: impl IntoIterator<Item = &'p str>) -> AhoCorasick {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(aho_corasick::StartKind::Both)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(patterns)
        .expect("organization rule matcher builds")
}

/// Reads `org_heads.tsv`: each head's surface and grammar.
fn read_heads(tsv: &'static str) -> Result<Vec<(&'static str, Head)>, RuleError> {
    let file = "org_heads.tsv";
    numbered_rows(tsv)
        .filter(|(_, r)| r.len() >= 4)
        .map(|(line, r)| {
            let level = match r[3] {
                "" => None,
                cell => Some(level_cell(file, line, cell)?),
            };
            let head = head_named(r[1], r[2], level).ok_or_else(|| {
                RuleError::new(
                    file,
                    line,
                    format!("unknown grammar {:?} (or level missing)", r[1]),
                )
            })?;
            Ok((r[0], head))
        })
        .collect()
}

/// Reads `admin_levels.tsv`: each level word's surface and row.
fn read_levels(tsv: &'static str) -> Result<Vec<(&'static str, Level)>, RuleError> {
    let file = "admin_levels.tsv";
    numbered_rows(tsv)
        .filter(|(_, r)| r.len() >= 4)
        .map(|(line, r)| {
            let needs_place = match r[3] {
                "yes" => true,
                "no" => false,
                other => return Err(RuleError::new(file, line, format!("needs_place {other:?}"))),
            };
            let level = Level {
                code: level_cell(file, line, r[1])?,
                canonical: r[2],
                needs_place,
                runs_into_place: r[0].ends_with('.'),
            };
            Ok((r[0], level))
        })
        .collect()
}

/// Reads `org_words.tsv`: the words of each of [`WORD_USES`], in that order.
fn read_words(tsv: &'static str) -> Result<[Vec<&'static str>; 8], RuleError> {
    let mut words: [Vec<&'static str>; 8] = Default::default();
    for (line, r) in numbered_rows(tsv) {
        let use_ = r.get(1).copied().unwrap_or("");
        let i = WORD_USES.iter().position(|u| *u == use_).ok_or_else(|| {
            RuleError::new("org_words.tsv", line, format!("unknown use {use_:?}"))
        })?;
        if let (Some(list), Some(word)) = (words.get_mut(i), r.first()) {
            list.push(word);
        }
    }
    Ok(words)
}

/// Checks the organization tables (for the all-tables test): every grammar, level and use
/// is known.
///
/// # Errors
/// [`RuleError`] for the first row that does not parse.
pub fn check_org_tables(
    heads: &'static str,
    levels: &'static str,
    words: &'static str,
) -> Result<(), RuleError> {
    read_heads(heads)?;
    read_levels(levels)?;
    read_words(words)?;
    Ok(())
}

impl OrgRules {
    fn load() -> Result<Self, RuleError> {
        let (surfaces, heads): (Vec<_>, Vec<_>) = read_heads(ORG_HEADS_TSV)?.into_iter().unzip();
        let (level_surfaces, levels): (Vec<_>, Vec<_>) =
            read_levels(ADMIN_LEVELS_TSV)?.into_iter().unzip();
        let [unit_heads, name_stops, company_types, determiners, union_sectors, party_not_after, party_not_before, thanh_compounds] =
            read_words(ORG_WORDS_TSV)?;
        Ok(Self {
            head_matcher: anchored_matcher(surfaces.iter().copied()),
            heads,
            level_matcher: anchored_matcher(level_surfaces.iter().copied()),
            levels,
            unit_heads,
            name_stops,
            company_types,
            determiners,
            union_sectors,
            party_not_after,
            party_not_before,
            thanh_compounds,
        })
    }
    /// The head starting exactly at byte `pos`: its end and grammar.
    pub(super) fn head_at(&self, text: &str, pos: usize) -> Option<(usize, Head)> {
        let m = self.head_matcher.find(
            aho_corasick::Input::new(text)
                .range(pos..)
                .anchored(aho_corasick::Anchored::Yes),
        )?;
        let head = *self.heads.get(m.pattern().as_usize())?;
        word_end(text, m.end()).then_some((m.end(), head))
    }

    /// The level word starting exactly at byte `pos`: its end and row.
    pub(super) fn level_at(&self, text: &str, pos: usize) -> Option<(usize, Level)> {
        let m = self.level_matcher.find(
            aho_corasick::Input::new(text)
                .range(pos..)
                .anchored(aho_corasick::Anchored::Yes),
        )?;
        let level = *self.levels.get(m.pattern().as_usize())?;
        (level.runs_into_place || word_end(text, m.end())).then_some((m.end(), level))
    }

    /// The canonical level word of an admin level ([`AdminLevel::ThanhPho`] → "thành phố").
    pub(super) fn level_word(&self, level: AdminLevel) -> &'static str {
        self.levels
            .iter()
            .find(|l| l.code == level)
            .map_or("", |l| l.canonical)
    }
}

/// The organization rule data, parsed on first use.
pub(super) static RULES: LazyLock<OrgRules> =
    LazyLock::new(|| OrgRules::load().expect("the embedded organization tables parse (tested)"));

/// How many head and level rows were read (for the rule-file test).
#[cfg(test)]
pub(super) fn rule_rows_read() -> (usize, usize) {
    (RULES.heads.len(), RULES.levels.len())
}
