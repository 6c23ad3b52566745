//! The organization grammar's rule data, read once through the rule loader:
//! `org_heads.tsv` (the words that start a mention and the grammar each one starts),
//! `admin_levels.tsv` (level words) and `org_words.tsv` (word lists by use). A row naming an
//! unknown grammar, level or use is a load error.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::extract::starts::StartPairs;
use crate::extract::text::word_end;
use crate::record::AdminLevel;
use crate::rules::{cell_enum, Line, Row, RuleError, Table};

/// `org_heads.tsv`: the words that start an organization mention, with their grammar.
pub static ORG_HEADS: Table = Table::new(
    "extract/rules/org_heads.tsv",
    include_str!("../rules/org_heads.tsv"),
    &["surface", "head", "name", "level", "corpus"],
    &["surface"],
);
/// `admin_levels.tsv`: level words ("tỉnh", "TP.", "Tp") with level code and spelling.
pub static ADMIN_LEVELS: Table = Table::new(
    "extract/rules/admin_levels.tsv",
    include_str!("../rules/admin_levels.tsv"),
    &["surface", "level", "canonical", "needs_place"],
    &["surface"],
);
/// `org_words.tsv`: unit heads, name stop words, company types, determiners, sector unions.
pub static ORG_WORDS: Table = Table::new(
    "extract/rules/org_words.tsv",
    include_str!("../rules/org_words.tsv"),
    &["word", "use"],
    &["word", "use"],
);

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
    /// A type word and a capitalized proper name ("Tập đoàn Điện lực Việt Nam", "Bệnh viện
    /// Bạch Mai"), with a written place or parent organization.
    Named(&'static str),
    /// A Party or union body of the organization after it ("Đảng ủy Khối …", "Đảng bộ Bộ
    /// Xây dựng"): may start lower-case ("Đảng ủy cơ quan …") but needs that organization or
    /// a capitalized name.
    NamedBody(&'static str),
    /// A national body named by its head alone, with a fixed canonical name ("Quốc hội" →
    /// "Quốc hội Việt Nam").
    Fixed(&'static str),
    /// A country's army or a military region, by its capitalized name or number ("quân đội
    /// Syria", "Quân khu 7").
    Army(&'static str),
}

cell_enum! {
    /// The `head` column of `org_heads.tsv`: which grammar a head word starts.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Grammar {
        /// `agency`.
        Agency = "agency",
        /// `army`.
        Army = "army",
        /// `body`.
        Body = "body",
        /// `cluster`.
        Cluster = "cluster",
        /// `cluster_bare`.
        ClusterBare = "cluster_bare",
        /// `committee`.
        Committee = "committee",
        /// `company`.
        Company = "company",
        /// `federation`.
        Federation = "federation",
        /// `fixed`.
        Fixed = "fixed",
        /// `front`.
        Front = "front",
        /// `grassroots`.
        Grassroots = "grassroots",
        /// `justice`.
        Justice = "justice",
        /// `named`.
        Named = "named",
        /// `named_body`.
        NamedBody = "named_body",
        /// `office`.
        Office = "office",
        /// `party`.
        Party = "party",
        /// `people_committee`.
        PeopleCommittee = "people_committee",
        /// `people_council`.
        PeopleCouncil = "people_council",
        /// `politburo`.
        Politburo = "politburo",
        /// `press`.
        Press = "press",
        /// `standing`.
        Standing = "standing",
        /// `subunit`.
        Subunit = "subunit",
        /// `tong_ld`.
        TongLd = "tong_ld",
        /// `union`.
        Union = "union",
        /// `union_lower`.
        UnionLower = "union_lower",
        /// `veterans`.
        Veterans = "veterans",
        /// `women`.
        Women = "women",
        /// `youth`.
        Youth = "youth",
    }
}

/// The head of an `org_heads.tsv` row: its grammar with its canonical name and level
/// (`None` for a committee without its level).
fn head_named(grammar: Grammar, name: &'static str, level: Option<AdminLevel>) -> Option<Head> {
    Some(match grammar {
        Grammar::Agency => Head::Agency(name),
        Grammar::Army => Head::Army(name),
        Grammar::Body => Head::Body(name),
        Grammar::Cluster => Head::Cluster,
        Grammar::ClusterBare => Head::ClusterBare,
        Grammar::Committee => Head::Committee(name, level?),
        Grammar::Company => Head::Company,
        Grammar::Federation => Head::Federation,
        Grammar::Fixed => Head::Fixed(name),
        Grammar::Front => Head::Front,
        Grammar::Grassroots => Head::Grassroots,
        Grammar::Justice => Head::Justice(name),
        Grammar::Named => Head::Named(name),
        Grammar::NamedBody => Head::NamedBody(name),
        Grammar::Office => Head::Office(name),
        Grammar::Party => Head::Party,
        Grammar::PeopleCommittee => Head::PeopleCommittee,
        Grammar::PeopleCouncil => Head::PeopleCouncil,
        Grammar::Politburo => Head::BoChinhTri,
        Grammar::Press => Head::Press,
        Grammar::Standing => Head::Standing(name),
        Grammar::Subunit => Head::Subunit(name),
        Grammar::TongLd => Head::TongLd,
        Grammar::Union => Head::Union,
        Grammar::UnionLower => Head::UnionLower,
        Grammar::Veterans => Head::Veterans,
        Grammar::Women => Head::Women,
        Grammar::Youth => Head::Youth,
    })
}

/// A row of `org_heads.tsv`: a head word and the grammar it starts.
#[derive(Debug, Clone, Copy)]
pub struct HeadRow {
    surface: &'static str,
    head: Head,
}

impl Row for HeadRow {
    fn from_line(line: &Line<'_>) -> Result<Self, RuleError> {
        let grammar: Grammar = line.get("head")?;
        let name: Option<&'static str> = line.get("name")?;
        let level: Option<AdminLevel> = line.get("level")?;
        let head = head_named(grammar, name.unwrap_or_default(), level).ok_or_else(|| {
            RuleError::Cell {
                table: ORG_HEADS.name,
                line: line.number(),
                column: "level",
                value: "-".to_string(),
                reason: "a committee needs its level".to_string(),
            }
        })?;
        Ok(Self {
            surface: line.get("surface")?,
            head,
        })
    }
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

/// A row of `admin_levels.tsv`: a level word and what it means.
#[derive(Debug, Clone, Copy)]
pub struct LevelRow {
    surface: &'static str,
    level: Level,
}

impl Row for LevelRow {
    fn from_line(line: &Line<'_>) -> Result<Self, RuleError> {
        let surface: &'static str = line.get("surface")?;
        Ok(Self {
            surface,
            level: Level {
                code: line.get("level")?,
                canonical: line.get("canonical")?,
                needs_place: line.get("needs_place")?,
                runs_into_place: surface.ends_with('.'),
            },
        })
    }
}

cell_enum! {
    /// The `use` column of `org_words.tsv`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum WordUse {
        /// After "Công đoàn" / "CĐCS" it names a grassroots union's unit.
        UnitHead = "unit_head",
        /// Ends an enterprise or unit name.
        NameStop = "name_stop",
        /// Left out of a short company name.
        CompanyType = "company_type",
        /// Before a partial mention it makes a generic plural.
        Determiner = "determiner",
        /// "Công đoàn" + it is a sector union.
        UnionSector = "union_sector",
        /// "Đảng" after it is not the Party.
        PartyNotAfter = "party_not_after",
        /// "Đảng" before it is not the Party.
        PartyNotBefore = "party_not_before",
        /// After "tỉnh, thành" it makes one word.
        ThanhCompound = "thanh_compound",
        /// A type word that, alone after a body's head, refers back to the article's unit
        /// of that type ("Đảng ủy Trường").
        UnitReference = "unit_reference",
        /// After "Ban" it names the leaders of the organization that follows, which is
        /// the mention ("Ban Giám đốc Sở Y tế tỉnh An Giang").
        Leadership = "leadership",
        /// A type word whose organization may take a one-capital brand as its short name
        /// in parentheses ("Tập đoàn Dệt may Việt Nam (Vinatex)").
        BrandHolder = "brand_holder",
        /// A preposition of place: a word the article writes after it is no brand
        /// ("tại Malaysia").
        PlaceBefore = "place_before",
        /// A news medium of `media.tsv` right after it is a report's source ("Theo
        /// Bloomberg, …", "Trả lời Tiền Phong, …").
        SourceLead = "source_lead",
        /// Right before a lower-case "báo" and a capitalized name, it makes them a newspaper
        /// ("theo tin tức trên báo Lao Động", "PV báo Lao Động").
        PressLead = "press_lead",
        /// Capitalized after a name, it opens the next sentence (a missing full stop): the
        /// name ends before it ("… Đa Nhim Sau đó").
        Opener = "opener",
        /// Capitalized and alone, with no name after it, it refers back to the article's
        /// organization of that type ("Cty" → "Công ty Cổ phần Môi trường Khánh Hòa").
        BackReference = "back_reference",
    }
}

/// A row of `org_words.tsv`: a word and what the grammar reads it for.
#[derive(Debug, Clone, Copy)]
pub struct WordRow {
    word: &'static str,
    use_: WordUse,
}

impl Row for WordRow {
    fn from_line(line: &Line<'_>) -> Result<Self, RuleError> {
        Ok(Self {
            word: line.get("word")?,
            use_: line.get("use")?,
        })
    }
}

/// The organization grammar's rule data, parsed once.
pub(super) struct OrgRules {
    /// Heads in matcher order.
    pub(super) heads: Vec<Head>,
    /// The head surfaces, as written, in matcher order (the one candidate pass,
    /// [`crate::extract::candidates`], finds them in the text).
    pub(super) head_surfaces: Vec<&'static str>,
    /// Leftmost-longest matcher over the head surfaces: the heads at a place of the text
    /// ([`OrgRules::head_at`]).
    pub(super) head_matcher: AhoCorasick,
    /// The first two bytes of every head surface: [`OrgRules::head_at`] runs the matcher
    /// only where a head may start.
    head_starts: StartPairs,
    /// Level words in matcher order.
    levels: Vec<Level>,
    /// Their surfaces, in the same order.
    level_surfaces: Vec<&'static str>,
    /// Anchored leftmost-longest matcher over the level surfaces.
    level_matcher: AhoCorasick,
    /// The first two bytes of every level surface ([`OrgRules::level_at`]).
    level_starts: StartPairs,
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
    /// Alone after a head it refers back to the article's unit of that type ("Trường").
    pub(super) unit_references: Vec<&'static str>,
    /// Alone, with no name after it, it refers back to the article's organization of that
    /// type ("Trung tâm", "Cty").
    pub(super) back_references: Vec<&'static str>,
    /// After "Ban" it names an organization's leaders ("Giám đốc", "Lãnh đạo").
    pub(super) leadership: Vec<&'static str>,
    /// A type word whose organization may take a one-capital brand as its short name.
    pub(super) brand_holders: Vec<&'static str>,
    /// A preposition of place: a word after it is no brand ("tại Malaysia").
    pub(super) place_before: Vec<&'static str>,
    /// Before a news medium's name it makes the name a report's source ("Theo", "Trả lời").
    pub(super) source_leads: Vec<&'static str>,
    /// Before a lower-case "báo" and a capitalized name it makes them a newspaper ("trên").
    pub(super) press_leads: Vec<&'static str>,
    /// Capitalized after a name, it opens the next sentence ("Sau", "Trước", "Khi").
    pub(super) openers: Vec<&'static str>,
}

/// A leftmost-longest DFA searched only anchored ([`OrgRules::head_at`],
/// [`OrgRules::level_at`]): built without the unanchored start state, which halves its
/// build (a one-time cost of every process).
fn anchored_matcher<'p>(patterns: impl IntoIterator<Item = &'p str>) -> AhoCorasick {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(aho_corasick::StartKind::Anchored)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(patterns)
        .expect("organization rule matcher builds")
}

impl OrgRules {
    fn load() -> Result<Self, RuleError> {
        let (surfaces, heads): (Vec<_>, Vec<_>) = ORG_HEADS
            .load::<HeadRow>()?
            .into_iter()
            .map(|r| (r.surface, r.head))
            .unzip();
        let (level_surfaces, levels): (Vec<_>, Vec<_>) = ADMIN_LEVELS
            .load::<LevelRow>()?
            .into_iter()
            .map(|r| (r.surface, r.level))
            .unzip();
        let words = ORG_WORDS.load::<WordRow>()?;
        let words = |use_: WordUse| -> Vec<&'static str> {
            words
                .iter()
                .filter(|r| r.use_ == use_)
                .map(|r| r.word)
                .collect()
        };
        Ok(Self {
            head_matcher: anchored_matcher(surfaces.iter().copied()),
            head_starts: StartPairs::new(surfaces.iter().map(|s| s.as_bytes())),
            head_surfaces: surfaces,
            heads,
            level_matcher: anchored_matcher(level_surfaces.iter().copied()),
            level_starts: StartPairs::new(level_surfaces.iter().map(|s| s.as_bytes())),
            level_surfaces,
            levels,
            unit_heads: words(WordUse::UnitHead),
            name_stops: words(WordUse::NameStop),
            company_types: words(WordUse::CompanyType),
            determiners: words(WordUse::Determiner),
            union_sectors: words(WordUse::UnionSector),
            party_not_after: words(WordUse::PartyNotAfter),
            party_not_before: words(WordUse::PartyNotBefore),
            thanh_compounds: words(WordUse::ThanhCompound),
            unit_references: words(WordUse::UnitReference),
            back_references: words(WordUse::BackReference),
            leadership: words(WordUse::Leadership),
            brand_holders: words(WordUse::BrandHolder),
            place_before: words(WordUse::PlaceBefore),
            source_leads: words(WordUse::SourceLead),
            press_leads: words(WordUse::PressLead),
            openers: words(WordUse::Opener),
        })
    }

    /// The head starting exactly at byte `pos`: its end and grammar.
    pub(super) fn head_at(&self, text: &str, pos: usize) -> Option<(usize, Head)> {
        if !self.head_starts.may_start(text.as_bytes(), pos) {
            return None;
        }
        let m = self.head_matcher.find(
            aho_corasick::Input::new(text)
                .range(pos..)
                .anchored(aho_corasick::Anchored::Yes),
        )?;
        let head = *self.heads.get(m.pattern().as_usize())?;
        // "Khoa" starts a unit only before its parent ("khoa Cấp cứu, Bệnh viện …", read
        // where the head is found); as a word inside a name it is "science" or "faculty".
        if head == Head::Subunit(super::units::KHOA) {
            return None;
        }
        // An army or military region is a head only before its name or number: "Tập đoàn
        // Viễn thông Quân đội (Viettel)", "Tổng công ty Xăng dầu Quân đội với …" end there.
        if matches!(head, Head::Army(_))
            && !crate::extract::text::next_word(text, m.end()).is_some_and(|(w, _, _)| {
                w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            })
        {
            return None;
        }
        word_end(text, m.end()).then_some((m.end(), head))
    }

    /// The level word starting exactly at byte `pos`: its end and row.
    pub(super) fn level_at(&self, text: &str, pos: usize) -> Option<(usize, Level)> {
        if !self.level_starts.may_start(text.as_bytes(), pos) {
            return None;
        }
        let m = self.level_matcher.find(
            aho_corasick::Input::new(text)
                .range(pos..)
                .anchored(aho_corasick::Anchored::Yes),
        )?;
        let level = *self.levels.get(m.pattern().as_usize())?;
        (level.runs_into_place || word_end(text, m.end())).then_some((m.end(), level))
    }

    /// Whether a level word and one space end the text before byte `pos` ("thành phố ",
    /// "TP "), or a level word that runs into its place ("TP.").
    pub(super) fn level_word_before(&self, text: &str, pos: usize) -> bool {
        let Some(before) = text.get(..pos) else {
            return false;
        };
        self.level_surfaces.iter().any(|surface| {
            let level_start = if surface.ends_with('.') {
                before.strip_suffix(surface)
            } else {
                before
                    .strip_suffix(' ')
                    .and_then(|b| b.strip_suffix(surface))
            };
            level_start.is_some_and(|head| {
                head.chars()
                    .next_back()
                    .is_none_or(|c| !crate::extract::text::is_word_char(c))
            })
        })
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
