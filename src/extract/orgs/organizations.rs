//! Organization mentions: head words found with one Aho-Corasick pass, a small grammar per
//! head (level word + place, cluster number, inner organization), then resolution of partial
//! mentions ("LĐLĐ quận", "Cụm", "UBND") within the article.

use std::collections::HashMap;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::lexicon::{Place, LEXICON};
use super::scan::{
    after_space, any_literal_at, is_capitalized, literal_at, next_word, previous_word, word_at,
    word_end, word_start,
};
use crate::extract::Document;
use crate::normalize::fold;

/// What a partial mention still needs to be complete.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Need {
    /// Nothing: the mention names its organization fully.
    Nothing,
    /// A place of this admin level ("" when the level is not written, as in "UBND").
    Place(String),
    /// A bare "LĐLĐ": the federation last named.
    Federation,
    /// A partial emulation cluster, with the numbers it gives.
    Cluster(Vec<String>),
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
    /// labour_federation, union, grassroots_union, party, government, enterprise, cluster,
    /// mass_organization or other.
    pub kind: &'static str,
    /// Admin level code.
    pub level: Option<String>,
    /// Place name.
    pub area: Option<String>,
    /// What the mention still needs.
    pub need: Need,
    /// A body of the organization ("Ban Chấp hành", "Đoàn Chủ tịch") put before `canonical`.
    pub prefix: Option<String>,
    /// False for a partial mention left unresolved.
    pub resolved: bool,
}

impl OrgSpan {
    /// The full canonical name, prefix included.
    pub fn full_canonical(&self) -> String {
        match &self.prefix {
            Some(prefix) => format!("{prefix} {}", self.canonical),
            None => self.canonical.clone(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Head {
    TongLd,
    Federation,
    Union,
    UnionLower,
    Grassroots,
    Cluster,
    ClusterBare,
    Body(&'static str),
    BoChinhTri,
    Committee(&'static str, &'static str),
    PeopleCommittee,
    PeopleCouncil,
    Front,
    Women,
    Youth,
    Veterans,
    Company,
    Office(&'static str),
    Party,
    /// Courts, procuracies and police: "<name> tối cao" or "<name> <place>".
    Justice(&'static str),
}

const HEADS: &[(&str, Head)] = &[
    ("BCH", Head::Body("Ban Chấp hành")),
    ("Ban Chấp hành", Head::Body("Ban Chấp hành")),
    ("Ban chấp hành", Head::Body("Ban Chấp hành")),
    ("Ban Thường vụ", Head::Body("Ban Thường vụ")),
    ("Bộ", Head::Office("Bộ")),
    ("Bộ Chính trị", Head::BoChinhTri),
    ("Bộ chính trị", Head::BoChinhTri),
    ("CĐCS", Head::Grassroots),
    ("Công an", Head::Justice("Công an")),
    ("Công đoàn", Head::Union),
    ("Công đoàn cơ sở", Head::Grassroots),
    ("Công ty", Head::Company),
    ("Cụm", Head::ClusterBare),
    ("Cụm Thi đua", Head::Cluster),
    ("Cụm thi đua", Head::Cluster),
    ("HĐND", Head::PeopleCouncil),
    ("Huyện ủy", Head::Committee("Huyện ủy", "huyen")),
    ("Hội Cựu chiến binh", Head::Veterans),
    ("Hội LHPN", Head::Women),
    ("Hội Liên hiệp Phụ nữ", Head::Women),
    ("Hội Liên hiệp phụ nữ", Head::Women),
    ("Hội đồng nhân dân", Head::PeopleCouncil),
    ("LĐLĐ", Head::Federation),
    ("Liên đoàn Lao động", Head::Federation),
    ("Liên đoàn lao động", Head::Federation),
    ("MTTQ", Head::Front),
    ("Mặt trận Tổ quốc", Head::Front),
    ("Mặt trận tổ quốc", Head::Front),
    ("Phòng", Head::Office("Phòng")),
    ("Quận ủy", Head::Committee("Quận ủy", "quan")),
    ("Sở", Head::Office("Sở")),
    ("Thành ủy", Head::Committee("Thành ủy", "thanh_pho")),
    ("Thị ủy", Head::Committee("Thị ủy", "thi_xa")),
    ("Tỉnh ủy", Head::Committee("Tỉnh ủy", "tinh")),
    ("Tổng Công ty", Head::Company),
    ("Tổng LĐLĐ", Head::TongLd),
    ("Tổng Liên đoàn", Head::TongLd),
    ("Tổng Liên đoàn Lao động", Head::TongLd),
    ("Tổng công ty", Head::Company),
    ("TAND", Head::Justice("Tòa án nhân dân")),
    ("Tòa án nhân dân", Head::Justice("Tòa án nhân dân")),
    ("UBND", Head::PeopleCommittee),
    ("VKSND", Head::Justice("Viện kiểm sát nhân dân")),
    (
        "Viện kiểm sát nhân dân",
        Head::Justice("Viện kiểm sát nhân dân"),
    ),
    ("công đoàn", Head::UnionLower),
    ("cụm thi đua", Head::Cluster),
    ("huyện ủy", Head::Committee("Huyện ủy", "huyen")),
    ("quận ủy", Head::Committee("Quận ủy", "quan")),
    ("thành ủy", Head::Committee("Thành ủy", "thanh_pho")),
    ("tỉnh ủy", Head::Committee("Tỉnh ủy", "tinh")),
    ("Đoàn Chủ tịch", Head::Body("Đoàn Chủ tịch")),
    ("Đoàn TNCS Hồ Chí Minh", Head::Youth),
    ("Đoàn Thanh niên", Head::Youth),
    ("Đảng", Head::Party),
    ("Ủy ban MTTQ", Head::Front),
    ("Ủy ban Mặt trận Tổ quốc", Head::Front),
    ("Ủy ban Mặt trận tổ quốc", Head::Front),
    ("Ủy ban Trung ương Mặt trận Tổ quốc", Head::Front),
    ("Ủy ban nhân dân", Head::PeopleCommittee),
];

static HEAD_MATCHER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(aho_corasick::StartKind::Both)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(HEADS.iter().map(|(p, _)| *p))
        .expect("head matcher builds")
});

/// Level words as written, with their admin level code and canonical spelling.
const LEVELS: &[(&str, &str, &str)] = &[
    ("thành phố", "thanh_pho", "thành phố"),
    ("Thành phố", "thanh_pho", "thành phố"),
    ("TP.", "thanh_pho", "thành phố"),
    ("TP", "thanh_pho", "thành phố"),
    ("thị xã", "thi_xa", "thị xã"),
    ("Thị xã", "thi_xa", "thị xã"),
    ("tỉnh", "tinh", "tỉnh"),
    ("Tỉnh", "tinh", "tỉnh"),
    ("quận", "quan", "quận"),
    ("Quận", "quan", "quận"),
    ("huyện", "huyen", "huyện"),
    ("Huyện", "huyen", "huyện"),
    ("phường", "phuong", "phường"),
    ("Phường", "phuong", "phường"),
    ("xã", "xa", "xã"),
    ("Xã", "xa", "xã"),
];

/// The canonical level word of an admin level code.
pub fn level_word(level: &str) -> &'static str {
    LEVELS
        .iter()
        .find(|(_, code, _)| *code == level)
        .map_or("", |(_, _, word)| *word)
}

/// Words that end an enterprise or unit name.
const NAME_STOP_WORDS: &[&str] = &[
    "và", "của", "với", "cho", "tại", "trong", "đã", "đang", "sẽ", "là", "được", "có", "về", "để",
    "do", "từ", "đến", "theo", "nhằm", "nơi",
];

/// Unit heads after "Công đoàn" that make it a grassroots union of a named unit.
const UNIT_HEADS: &[&str] = &[
    "Trung tâm",
    "Công ty",
    "Tổng công ty",
    "Tổng Công ty",
    "Trường",
    "Bệnh viện",
    "Viện",
    "Ngân hàng",
    "Cơ quan",
    "Văn phòng",
    "Khu công nghiệp",
    "Tập đoàn",
    "Ban Quản lý",
];

/// A place written after a head: level word and/or known place name.
#[derive(Debug, Clone, Default)]
struct PlaceTail {
    end: usize,
    level: Option<&'static str>,
    area: Option<String>,
}

/// Parses " <level word>[ <place>]" or " <province>" at `pos` (just before the space).
fn place_tail(text: &str, pos: usize, published: Option<chrono::NaiveDate>) -> Option<PlaceTail> {
    let start = after_space(text, pos)?;
    // "TP HCM", "TP.HCM": an alias that starts with a level word.
    if let Some((end, places)) = LEXICON.place_at(text, start) {
        let surface = text.get(start..end).unwrap_or_default();
        if LEXICON.is_province(places) && surface.starts_with("TP") {
            let name = LEXICON.place_name(places)?;
            return Some(PlaceTail {
                end,
                level: Some("thanh_pho"),
                area: Some(name),
            });
        }
    }
    for (written, code, _) in LEVELS {
        let Some(level_end) = literal_at(text, start, written).or_else(|| {
            (*written == "TP." && text.get(start..start + 3) == Some("TP.")).then_some(start + 3)
        }) else {
            continue;
        };
        let mut tail = PlaceTail {
            end: level_end,
            level: Some(code),
            area: None,
        };
        let place_start = if *written == "TP." {
            Some(level_end)
        } else {
            after_space(text, level_end)
        };
        if let Some(place_start) = place_start {
            if let Some((end, places)) = LEXICON.place_at(text, place_start) {
                let fits = match *code {
                    "tinh" => LEXICON.is_province(places),
                    "thanh_pho" => {
                        LEXICON.is_province(places) || LEXICON.is_district(places, "thanh_pho")
                    }
                    "quan" | "huyen" | "thi_xa" => LEXICON.is_district(places, ""),
                    _ => true,
                };
                if fits {
                    tail.end = end;
                    tail.area = LEXICON.place_name(places);
                    return Some(tail);
                }
            }
            if matches!(*code, "quan" | "phuong") {
                if let Some((number, end)) = word_at(text, place_start)
                    .filter(|(w, _)| w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit()))
                {
                    tail.end = end;
                    tail.area = Some(number.to_string());
                    return Some(tail);
                }
            }
            if matches!(*code, "phuong" | "xa" | "quan" | "huyen" | "thi_xa") {
                if let Some((end, name)) = capitalized_place(text, place_start) {
                    tail.end = end;
                    tail.area = Some(name);
                }
            }
        }
        let _ = published;
        return Some(tail);
    }
    let (end, places) = LEXICON.place_at(text, start)?;
    if !LEXICON.is_province(places) {
        return None;
    }
    let name = LEXICON.place_name(places)?;
    let level = match LEXICON.province_level(&name, published)? {
        "thanh_pho" => "thanh_pho",
        _ => "tinh",
    };
    Some(PlaceTail {
        end,
        level: Some(level),
        area: Some(name),
    })
}

/// A place name not in the gazetteer: up to two capitalized words, not a personal name.
/// A run of three or more capitalized words starting with a family name is a person
/// ("LĐLĐ huyện Nguyễn Văn A"); "Lâm Hà" is a place.
fn capitalized_place(text: &str, start: usize) -> Option<(usize, String)> {
    let (first, first_end) = word_at(text, start)?;
    if !is_capitalized(first) {
        return None;
    }
    let mut end = first_end;
    let mut words = 1;
    while let Some((_, _, word_end)) = next_word(text, end).filter(|(w, _, _)| is_capitalized(w)) {
        if words == 2 {
            if LEXICON.surnames.iter().any(|s| s == first) {
                return None;
            }
            break;
        }
        end = word_end;
        words += 1;
    }
    Some((end, text.get(start..end)?.to_string()))
}

/// Skips an abbreviation definition " (LĐLĐ)" at `pos`.
fn skip_definition(text: &str, pos: usize) -> usize {
    let Some(rest) = text.get(pos..) else {
        return pos;
    };
    if let Some(inner) = rest.strip_prefix(" (") {
        if let Some(close) = inner.find(')') {
            let abbr = &inner[..close];
            if !abbr.is_empty() && abbr.len() <= 16 && abbr.chars().all(|c| c.is_uppercase()) {
                return pos + 2 + close + 1;
            }
        }
    }
    pos
}

/// A name after "Công ty [Cổ phần|TNHH]" or a unit head: words up to punctuation, a digit or
/// a stop word, cut back to the last capitalized word.
fn unit_name_end(text: &str, start: usize) -> Option<usize> {
    let mut pos = start;
    let mut last_cap = None;
    for _ in 0..14 {
        let Some((word, word_end_pos)) = word_at(text, pos) else {
            break;
        };
        if word.chars().next().is_some_and(|c| c.is_ascii_digit())
            || NAME_STOP_WORDS.contains(&word)
            || (pos > start && text.get(pos..).is_some_and(|r| r.starts_with("Công ty")))
        {
            break;
        }
        if is_capitalized(word) {
            last_cap = Some(word_end_pos);
        }
        match text.get(word_end_pos..) {
            Some(rest) if rest.starts_with(' ') => pos = word_end_pos + 1,
            Some(rest) if rest.starts_with(" - ") || rest.starts_with('-') => {
                pos = word_end_pos + if rest.starts_with('-') { 1 } else { 3 }
            }
            _ => break,
        }
    }
    last_cap.filter(|end| *end > start)
}

struct Parser<'a> {
    text: &'a str,
    lower: &'a str,
    published: Option<chrono::NaiveDate>,
    definitions: &'a HashMap<String, String>,
}

impl Parser<'_> {
    fn span(&self, start: usize, end: usize, canonical: String, kind: &'static str) -> OrgSpan {
        OrgSpan {
            start,
            end,
            canonical,
            kind,
            level: None,
            area: None,
            need: Need::Nothing,
            prefix: None,
            resolved: true,
        }
    }

    /// Applies a place tail to a head: "<head> <level word> <place>".
    fn with_tail(&self, mut span: OrgSpan, tail: Option<PlaceTail>, head: &str) -> OrgSpan {
        match tail {
            Some(PlaceTail {
                end,
                level: Some(level),
                area: Some(area),
            }) => {
                span.end = end;
                span.canonical = format!("{head} {} {area}", level_word(level));
                span.level = Some(level.to_string());
                span.area = Some(area);
            }
            Some(PlaceTail {
                end,
                level: Some(level),
                area: None,
            }) => {
                span.end = end;
                span.canonical = format!("{head} {}", level_word(level));
                span.level = Some(level.to_string());
                span.need = Need::Place(level.to_string());
            }
            _ => {}
        }
        span
    }

    /// Expands abbreviations word by word: the article's own definitions first, then the
    /// table.
    fn expand(&self, surface: &str) -> String {
        surface
            .split(' ')
            .map(|word| {
                self.definitions
                    .get(word)
                    .or_else(|| LEXICON.abbreviations.get(word))
                    .map_or(word.to_string(), Clone::clone)
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn parse(&self, head: Head, start: usize, head_end: usize) -> Option<OrgSpan> {
        let text = self.text;
        match head {
            Head::TongLd => {
                let mut span = self.span(
                    start,
                    head_end,
                    "Tổng Liên đoàn Lao động Việt Nam".to_string(),
                    "labour_federation",
                );
                let after = skip_definition(text, head_end);
                if let Some(end) =
                    after_space(text, after).and_then(|p| literal_at(text, p, "Việt Nam"))
                {
                    span.end = end;
                }
                span.level = Some("trung_uong".to_string());
                Some(span)
            }
            Head::Federation => {
                let after = skip_definition(text, head_end);
                if next_word(text, after).is_some_and(|(w, _, _)| w == "các") {
                    return None;
                }
                let mut span = self.span(
                    start,
                    after,
                    "Liên đoàn Lao động".to_string(),
                    "labour_federation",
                );
                let tail = place_tail(text, after, self.published);
                if tail.is_none() {
                    span.end = head_end;
                    span.need = Need::Federation;
                    return Some(span);
                }
                Some(self.with_tail(span, tail, "Liên đoàn Lao động"))
            }
            Head::Union | Head::UnionLower => {
                if previous_word(text, start).is_some_and(|(w, _)| w == "cấp") {
                    return None;
                }
                if let Some(end) =
                    after_space(text, head_end).and_then(|p| literal_at(text, p, "Việt Nam"))
                {
                    let mut span = self.span(start, end, "Công đoàn Việt Nam".to_string(), "union");
                    span.level = Some("trung_uong".to_string());
                    return Some(span);
                }
                if head == Head::Union {
                    if let Some(p) = after_space(text, head_end) {
                        if let Some(sector_start) =
                            literal_at(text, p, "ngành").and_then(|e| after_space(text, e))
                        {
                            let end = unit_name_end(text, sector_start)?;
                            let surface = text.get(start..end)?;
                            return Some(self.span(start, end, surface.to_string(), "union"));
                        }
                        if any_literal_at(text, p, UNIT_HEADS).is_some() {
                            let end = unit_name_end(text, p)?;
                            let surface = text.get(start..end)?;
                            return Some(self.span(
                                start,
                                end,
                                self.expand(surface),
                                "grassroots_union",
                            ));
                        }
                    }
                }
                if next_word(text, head_end).is_some_and(|(w, _, _)| w == "các") {
                    return None;
                }
                let tail = place_tail(text, head_end, self.published)?;
                tail.level?;
                if head == Head::UnionLower && tail.area.is_none() {
                    return None;
                }
                let span = self.span(start, head_end, "Công đoàn".to_string(), "union");
                Some(self.with_tail(span, Some(tail), "Công đoàn"))
            }
            Head::Grassroots => {
                let p = after_space(text, head_end)?;
                any_literal_at(text, p, UNIT_HEADS)?;
                let end = unit_name_end(text, p)?;
                let unit = text.get(p..end)?;
                Some(self.span(
                    start,
                    end,
                    format!("Công đoàn cơ sở {unit}"),
                    "grassroots_union",
                ))
            }
            Head::Cluster => Some(self.cluster(start, head_end)),
            Head::ClusterBare => {
                let (word, _, _) = next_word(text, head_end)?;
                if is_capitalized(word) || matches!(word, "trưởng" | "phó" | "thi") {
                    return None;
                }
                let mut span = self.span(start, head_end, "Cụm".to_string(), "cluster");
                span.need = Need::Cluster(Vec::new());
                Some(span)
            }
            Head::Body(name) => {
                if previous_word(text, start).is_some_and(|(w, _)| w == "các") {
                    return None;
                }
                let inner_start = after_space(text, head_end)?;
                if let Some(end) = literal_at(text, inner_start, "Trung ương Đảng") {
                    let mut span = self.span(
                        start,
                        end,
                        format!("{name} Trung ương Đảng Cộng sản Việt Nam"),
                        "party",
                    );
                    span.level = Some("trung_uong".to_string());
                    return Some(span);
                }
                let m = HEAD_MATCHER.find(
                    aho_corasick::Input::new(text)
                        .range(inner_start..)
                        .anchored(aho_corasick::Anchored::Yes),
                )?;
                let inner_head = HEADS.get(m.pattern().as_usize())?.1;
                if matches!(
                    inner_head,
                    Head::Body(_) | Head::ClusterBare | Head::Office(_)
                ) || !word_end(text, m.end())
                {
                    return None;
                }
                let mut inner = self.parse(inner_head, inner_start, m.end())?;
                inner.start = start;
                inner.prefix = Some(name.to_string());
                Some(inner)
            }
            Head::BoChinhTri => {
                let mut span = self.span(start, head_end, "Bộ Chính trị".to_string(), "party");
                span.level = Some("trung_uong".to_string());
                Some(span)
            }
            Head::Committee(name, level) => {
                if next_word(text, head_end).is_some_and(|(w, _, _)| w == "viên") {
                    return None;
                }
                let mut span = self.span(start, head_end, name.to_string(), "party");
                span.level = Some(level.to_string());
                if let Some((end, places)) =
                    after_space(text, head_end).and_then(|p| LEXICON.place_at(text, p))
                {
                    span.end = end;
                    span.area = LEXICON.place_name(places);
                    span.canonical = format!("{name} {}", span.area.clone().unwrap_or_default());
                } else {
                    span.need = Need::Place(level.to_string());
                }
                Some(span)
            }
            Head::PeopleCommittee | Head::PeopleCouncil => {
                let name = if head == Head::PeopleCommittee {
                    "Ủy ban nhân dân"
                } else {
                    "Hội đồng nhân dân"
                };
                let mut span = self.span(start, head_end, name.to_string(), "government");
                let tail = place_tail(text, head_end, self.published);
                if tail.is_none() {
                    span.need = Need::Place(String::new());
                    return Some(span);
                }
                Some(self.with_tail(span, tail, name))
            }
            Head::Front | Head::Women | Head::Youth | Head::Veterans => {
                let mut end = skip_definition(text, head_end);
                if head == Head::Youth {
                    if let Some(e) = after_space(text, end)
                        .and_then(|p| literal_at(text, p, "Cộng sản Hồ Chí Minh"))
                    {
                        end = e;
                    }
                }
                let mut head_surface = text.get(start..head_end)?.to_string();
                if let Some(e) =
                    after_space(text, end).and_then(|p| literal_at(text, p, "Việt Nam"))
                {
                    end = e;
                    head_surface.push_str(" Việt Nam");
                } else if end == head_end && text.get(..start).is_some_and(|h| h.ends_with('(')) {
                    return None;
                }
                let mut canonical_head = self
                    .expand(&head_surface)
                    .replace("Mặt trận tổ quốc", "Mặt trận Tổ quốc");
                if head == Head::Front
                    && !canonical_head.starts_with("Ủy ban")
                    && text.get(..start).is_some_and(|h| h.ends_with("Ủy ban "))
                {
                    canonical_head = format!("Ủy ban {canonical_head}");
                }
                if head == Head::Youth && canonical_head == "Đoàn Thanh niên" {
                    canonical_head = "Đoàn Thanh niên Cộng sản Hồ Chí Minh".to_string();
                }
                let mut span = self.span(start, end, canonical_head.clone(), "mass_organization");
                let tail = place_tail(text, end, self.published);
                if canonical_head.ends_with("Việt Nam") && tail.is_none() {
                    span.level = Some("trung_uong".to_string());
                }
                Some(self.with_tail(span, tail, &canonical_head))
            }
            Head::Company => {
                let p = after_space(text, head_end)?;
                // "Công ty này", "công ty con": no name.
                let (first, _) = word_at(text, p)?;
                if !is_capitalized(first) && !matches!(first, "cổ" | "trách") {
                    return None;
                }
                let end = unit_name_end(text, p)?;
                let surface = text.get(start..end)?;
                Some(self.span(start, end, surface.to_string(), "enterprise"))
            }
            Head::Office(office) => {
                let p = after_space(text, head_end)?;
                let m = LEXICON.sector_matcher.find(
                    aho_corasick::Input::new(self.lower)
                        .range(p..)
                        .anchored(aho_corasick::Anchored::Yes),
                )?;
                if !word_end(text, m.end()) {
                    return None;
                }
                let sector = LEXICON.sectors.get(m.pattern().as_usize())?;
                let name = format!("{office} {sector}");
                let span = self.span(start, m.end(), name.clone(), "government");
                if office == "Bộ" {
                    let mut span = span;
                    span.level = Some("trung_uong".to_string());
                    return Some(span);
                }
                let tail = place_tail(text, m.end(), self.published);
                Some(self.with_tail(span, tail, &name))
            }
            Head::Justice(name) => {
                if let Some(end) =
                    after_space(text, head_end).and_then(|p| literal_at(text, p, "tối cao"))
                {
                    let mut span = self.span(start, end, format!("{name} tối cao"), "government");
                    span.level = Some("trung_uong".to_string());
                    return Some(span);
                }
                let tail = place_tail(text, head_end, self.published)?;
                tail.area.as_ref()?;
                let span = self.span(start, head_end, name.to_string(), "government");
                Some(self.with_tail(span, Some(tail), name))
            }
            Head::Party => {
                let before = text.get(..start)?;
                if [
                    "tổ chức ",
                    "Trung ương ",
                    "Bí thư ",
                    "Ủy viên ",
                    "ủy viên ",
                    "cán sự ",
                ]
                .iter()
                .any(|b| before.ends_with(b))
                {
                    return None;
                }
                if let Some(end) = after_space(text, head_end)
                    .and_then(|p| literal_at(text, p, "Cộng sản Việt Nam"))
                {
                    let mut span =
                        self.span(start, end, "Đảng Cộng sản Việt Nam".to_string(), "party");
                    span.level = Some("trung_uong".to_string());
                    return Some(span);
                }
                if next_word(text, head_end).is_some_and(|(w, _, _)| {
                    matches!(w, "bộ" | "ủy" | "viên" | "đoàn" | "phái" | "Cộng")
                }) {
                    return None;
                }
                let mut span = self.span(
                    start,
                    head_end,
                    "Đảng Cộng sản Việt Nam".to_string(),
                    "party",
                );
                span.level = Some("trung_uong".to_string());
                Some(span)
            }
        }
    }

    /// "Cụm thi đua [số N | N] [LĐLĐ …] [N thành phố trực thuộc Trung ương]".
    fn cluster(&self, start: usize, head_end: usize) -> OrgSpan {
        let text = self.text;
        let mut span = self.span(start, head_end, "Cụm thi đua".to_string(), "cluster");
        let mut numbers = Vec::new();
        let mut scope = false;
        let mut end = head_end;
        if let Some((word, _, word_end_pos)) = next_word(text, end) {
            if word == "số" {
                if let Some((n, _, n_end)) = next_word(text, word_end_pos)
                    .filter(|(n, _, _)| n.chars().all(|c| c.is_ascii_digit()))
                {
                    span.canonical.push_str(&format!(" số {n}"));
                    numbers.push(n.to_string());
                    end = n_end;
                }
            } else if word.chars().all(|c| c.is_ascii_digit()) {
                let fed_next = next_word(text, word_end_pos)
                    .is_some_and(|(w, _, _)| w == "LĐLĐ" || w == "Liên");
                if fed_next {
                    span.canonical.push_str(&format!(" {word}"));
                    numbers.push(word.to_string());
                    end = word_end_pos;
                }
            }
        }
        if let Some(p) = after_space(text, end) {
            let fed_head = any_literal_at(
                text,
                p,
                &["LĐLĐ", "Liên đoàn Lao động", "Liên đoàn lao động"],
            );
            if let Some(fed_head_end) = fed_head {
                if let Some(fed) = self.parse(Head::Federation, p, fed_head_end) {
                    span.canonical.push(' ');
                    span.canonical.push_str(&fed.canonical);
                    span.level = fed.level.clone();
                    span.area = fed.area.clone();
                    scope |= fed.area.is_some();
                    end = fed.end;
                    if fed.need == Need::Federation {
                        end = skip_definition(text, fed_head_end);
                    }
                }
            }
        }
        if let Some((n, _, n_end)) =
            next_word(text, end).filter(|(n, _, _)| n.chars().all(|c| c.is_ascii_digit()))
        {
            if let Some(scope_end) = after_space(text, n_end).and_then(|p| {
                any_literal_at(
                    text,
                    p,
                    &["thành phố trực thuộc Trung ương", "tỉnh, thành phố"],
                )
            }) {
                let scope_text = text.get(n_end + 1..scope_end).unwrap_or_default();
                span.canonical.push_str(&format!(" {n} {scope_text}"));
                numbers.push(n.to_string());
                end = scope_end;
                scope = true;
            }
        }
        span.end = end;
        if !scope {
            span.need = Need::Cluster(numbers);
        }
        span
    }
}

/// Abbreviations the article defines itself: "Liên đoàn Lao động (LĐLĐ)" → LĐLĐ ↦ "Liên đoàn
/// Lao động" (the words before the parenthesis whose initials spell it).
pub fn definitions(text: &str) -> HashMap<String, String> {
    let mut out = HashMap::new();
    for open in memchr::memchr_iter(b'(', text.as_bytes()) {
        let Some(rest) = text.get(open + 1..) else {
            continue;
        };
        let Some(close) = rest.find(')').filter(|c| *c <= 24) else {
            continue;
        };
        let abbr = &rest[..close];
        let letters: Vec<char> = abbr.chars().collect();
        if letters.len() < 2 || !letters.iter().all(|c| c.is_uppercase()) {
            continue;
        }
        // Only the few words before the parenthesis can spell it: look back 160 bytes.
        let mut window_start = open.saturating_sub(160);
        while !text.is_char_boundary(window_start) {
            window_start += 1;
        }
        let Some(before) = text.get(window_start..open).map(str::trim_end) else {
            continue;
        };
        let words: Vec<(usize, &str)> = before
            .char_indices()
            .filter(|(i, _)| word_start(before, *i))
            .filter_map(|(i, _)| word_at(before, i).map(|(w, _)| (i, w)))
            .collect();
        if words.len() < letters.len() {
            continue;
        }
        let tail = &words[words.len() - letters.len()..];
        let matches = tail.iter().zip(&letters).all(|((_, w), l)| {
            w.chars()
                .next()
                .and_then(|c| c.to_uppercase().next())
                .is_some_and(|c| c == *l)
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

/// Finds the organization mentions of `doc` (byte offsets), partial mentions resolved.
pub fn find(doc: &Document) -> Vec<OrgSpan> {
    let text = doc.text.as_str();
    let lower = doc.lower.as_str();
    let definitions = definitions(text);
    let parser = Parser {
        text,
        lower,
        published: doc.published,
        definitions: &definitions,
    };
    let mut spans: Vec<OrgSpan> = Vec::new();
    let mut next_free = 0;
    for m in HEAD_MATCHER.find_iter(text) {
        if m.start() < next_free || !word_start(text, m.start()) || !word_end(text, m.end()) {
            continue;
        }
        let Some((_, head)) = HEADS.get(m.pattern().as_usize()) else {
            continue;
        };
        if let Some(span) = parser.parse(*head, m.start(), m.end()) {
            next_free = span.end;
            spans.push(span);
        }
    }
    resolve(text, doc.published, &mut spans);
    spans
}

/// Place counts of the article: the province it is about and its most named district.
struct ArticlePlaces {
    province: Option<String>,
    districts: Vec<(String, String, usize)>,
}

fn article_places(text: &str) -> ArticlePlaces {
    let mut provinces: Vec<(String, usize)> = Vec::new();
    let mut districts: Vec<(String, String, usize)> = Vec::new();
    let bump = |list: &mut Vec<(String, usize)>, name: String| match list
        .iter_mut()
        .find(|(n, _)| *n == name)
    {
        Some(entry) => entry.1 += 1,
        None => list.push((name, 1)),
    };
    for (_, _, places) in LEXICON.places_in(text) {
        let province_names = LEXICON.province_names(places);
        if let [province] = province_names.as_slice() {
            bump(&mut provinces, province.clone());
        }
        if !LEXICON.is_province(places) {
            for place in places {
                if let Place::District(i) = place {
                    if let Some(d) = LEXICON.districts.get(*i) {
                        match districts.iter_mut().find(|(n, _, _)| *n == d.name) {
                            Some(entry) => entry.2 += 1,
                            None => districts.push((d.name.clone(), d.level.clone(), 1)),
                        }
                    }
                }
            }
        }
    }
    let best = provinces.iter().map(|(_, c)| *c).max();
    let province = provinces
        .iter()
        .find(|(_, c)| Some(*c) == best)
        .map(|(n, _)| n.clone());
    ArticlePlaces {
        province,
        districts,
    }
}

fn resolve(text: &str, published: Option<chrono::NaiveDate>, spans: &mut Vec<OrgSpan>) {
    // The article's places cost a pass over the text: counted only when a partial mention
    // needs them.
    let mut places: Option<ArticlePlaces> = None;
    let mut ambiguous = vec![false; spans.len()];
    for i in 0..spans.len() {
        let need = spans[i].need.clone();
        let resolved: Option<(String, Option<String>, Option<String>)> = match &need {
            Need::Nothing => continue,
            Need::Place(level) => match resolve_place(
                text,
                spans,
                i,
                level,
                places.get_or_insert_with(|| article_places(text)),
                published,
            ) {
                Ok(found) => found,
                Err(Ambiguous) => {
                    ambiguous[i] = true;
                    continue;
                }
            },
            Need::Federation => nearest(spans, i, |s| {
                s.kind == "labour_federation"
                    && s.need == Need::Nothing
                    && s.prefix.is_none()
                    && s.canonical.starts_with("Liên đoàn Lao động ")
            })
            .map(|j| {
                (
                    spans[j].canonical.clone(),
                    spans[j].level.clone(),
                    spans[j].area.clone(),
                )
            }),
            Need::Cluster(numbers) => nearest(spans, i, |s| {
                s.kind == "cluster"
                    && s.need == Need::Nothing
                    && numbers
                        .iter()
                        .all(|n| s.canonical.split(' ').any(|w| w == n))
            })
            .map(|j| {
                (
                    spans[j].canonical.clone(),
                    spans[j].level.clone(),
                    spans[j].area.clone(),
                )
            }),
        };
        let span = &mut spans[i];
        match resolved {
            Some((canonical, level, area)) => {
                span.canonical = canonical;
                span.level = level;
                span.area = area;
            }
            None => span.resolved = false,
        }
    }
    complete_enterprises(spans);
    let mut keep = ambiguous.into_iter().map(|a| !a);
    spans.retain(|_| keep.next().unwrap_or(true));
}

/// How many mentions resolution looks back or ahead (keeps long inputs linear).
const RESOLUTION_WINDOW: usize = 400;

/// Company type words that a short mention ("Công ty Xuân Hòa") leaves out.
const COMPANY_TYPES: &[&str] = &[
    "cổ phần",
    "Cổ phần",
    "CP",
    "TNHH",
    "trách nhiệm hữu hạn",
    "một thành viên",
    "MTV",
];

/// "Công ty Xuân Hòa" → "Công ty cổ phần Xuân Hòa" when the article names it in full.
fn complete_enterprises(spans: &mut [OrgSpan]) {
    let bare = |canonical: &str| -> String {
        let mut name = canonical
            .strip_prefix("Công ty ")
            .unwrap_or(canonical)
            .to_string();
        for t in COMPANY_TYPES {
            if let Some(rest) = name.strip_prefix(&format!("{t} ")) {
                name = rest.to_string();
            }
        }
        fold(&name)
    };
    let full: Vec<(String, String)> = spans
        .iter()
        .filter(|s| {
            s.kind == "enterprise"
                && bare(&s.canonical)
                    != fold(s.canonical.strip_prefix("Công ty ").unwrap_or_default())
        })
        .map(|s| (bare(&s.canonical), s.canonical.clone()))
        .collect();
    for span in spans.iter_mut().filter(|s| s.kind == "enterprise") {
        let key = bare(&span.canonical);
        let suffix = format!(" {key}");
        let found = full
            .iter()
            .find(|(k, _)| *k == key)
            .or_else(|| full.iter().find(|(k, _)| k.ends_with(&suffix)));
        if let Some((_, canonical)) = found {
            span.canonical = canonical.clone();
        }
    }
}

/// The nearest span before `i` that `fits` (else the nearest after it), within
/// [`RESOLUTION_WINDOW`] mentions.
fn nearest(spans: &[OrgSpan], i: usize, fits: impl Fn(&OrgSpan) -> bool) -> Option<usize> {
    let back = i.saturating_sub(RESOLUTION_WINDOW);
    let ahead = (i + 1 + RESOLUTION_WINDOW).min(spans.len());
    (back..i)
        .rev()
        .find(|j| fits(&spans[*j]))
        .or_else(|| (i + 1..ahead).find(|j| fits(&spans[*j])))
}

/// A district-level partial mention that may refer to several of the article's districts
/// ("của Huyện ủy" in an article about six districts): not emitted (GUIDELINES, hard case 10).
struct Ambiguous;

type Resolved = (String, Option<String>, Option<String>);

fn resolve_place(
    text: &str,
    spans: &[OrgSpan],
    i: usize,
    level: &str,
    places: &ArticlePlaces,
    published: Option<chrono::NaiveDate>,
) -> Result<Option<Resolved>, Ambiguous> {
    let partial = spans[i].canonical.clone();
    let kind = spans[i].kind;
    let prefix = format!("{partial} ");
    let several_districts = matches!(level, "quan" | "huyen" | "thi_xa")
        && places
            .districts
            .iter()
            .filter(|(_, l, _)| l == level)
            .count()
            > 1;
    let same_paragraph = |j: usize| {
        let (a, b) = (
            spans[i].start.min(spans[j].start),
            spans[i].end.max(spans[j].end),
        );
        !text.get(a..b).unwrap_or_default().contains("\n\n")
    };
    if let Some(j) = nearest(spans, i, |s| {
        s.kind == kind
            && s.need == Need::Nothing
            && s.prefix.is_none()
            && s.canonical.starts_with(&prefix)
    }) {
        if several_districts && !same_paragraph(j) {
            return Err(Ambiguous);
        }
        return Ok(Some((
            spans[j].canonical.clone(),
            spans[j].level.clone(),
            spans[j].area.clone(),
        )));
    }
    if !level.is_empty() {
        let same_level = (i.saturating_sub(RESOLUTION_WINDOW)..i).rev().find(|j| {
            let s = &spans[*j];
            s.need == Need::Nothing && s.level.as_deref() == Some(level) && s.area.is_some()
        });
        if let Some(j) = same_level {
            if several_districts && !same_paragraph(j) {
                return Err(Ambiguous);
            }
            if let Some(area) = spans[j].area.clone() {
                return Ok(Some((
                    format!("{partial} {area}"),
                    Some(level.to_string()),
                    Some(area),
                )));
            }
        }
    }
    Ok(from_article(&partial, level, places, published))
}

/// Completes a partial mention from the article's province or its only district.
fn from_article(
    partial: &str,
    level: &str,
    places: &ArticlePlaces,
    published: Option<chrono::NaiveDate>,
) -> Option<Resolved> {
    match level {
        "" | "tinh" | "thanh_pho" => {
            let province = places.province.clone()?;
            let province_level = LEXICON.province_level(&province, published)?.to_string();
            if level.is_empty() {
                let word = level_word(&province_level);
                return Some((
                    format!("{partial} {word} {province}"),
                    Some(province_level),
                    Some(province),
                ));
            }
            (province_level == level).then(|| {
                (
                    format!("{partial} {province}"),
                    Some(level.to_string()),
                    Some(province),
                )
            })
        }
        _ => {
            let mut fitting = places.districts.iter().filter(|(_, l, _)| l == level);
            let (name, _, _) = fitting.next()?;
            if fitting.next().is_some() {
                return None;
            }
            Some((
                format!("{partial} {name}"),
                Some(level.to_string()),
                Some(name.clone()),
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canonicals(text: &str) -> Vec<(String, String)> {
        find(&Document::from_text(text))
            .into_iter()
            .map(|s| (text[s.start..s.end].to_string(), s.full_canonical()))
            .collect()
    }

    #[test]
    fn definitions_spell_initials() {
        let defs = definitions("Sáng 17/1, Liên đoàn Lao động (LĐLĐ) quận Thanh Khê tổ chức hội nghị tổng kết phong trào công nhân viên chức lao động (CNVCLĐ) và");
        assert_eq!(
            defs.get("LĐLĐ").map(String::as_str),
            Some("Liên đoàn Lao động")
        );
        assert_eq!(
            defs.get("CNVCLĐ").map(String::as_str),
            Some("công nhân viên chức lao động")
        );
    }

    #[test]
    fn seed_000_cluster_and_party_bodies() {
        let text = "Chiều 12/12, tại thành phố Hải Phòng, Cụm thi đua Liên đoàn Lao động (LĐLĐ) 5 thành phố trực thuộc Trung ương tổ chức hội nghị tổng kết phong trào CNVCLĐ và hoạt động Công đoàn năm 2023. Đến dự và chỉ đạo hội nghị có đồng chí Nguyễn Đình Khang, Ủy viên Ban Chấp hành Trung ương Đảng, Chủ tịch Tổng LĐLĐ Việt Nam.";
        assert_eq!(
            canonicals(text),
            [
                (
                    "Cụm thi đua Liên đoàn Lao động (LĐLĐ) 5 thành phố trực thuộc Trung ương"
                        .to_string(),
                    "Cụm thi đua Liên đoàn Lao động 5 thành phố trực thuộc Trung ương".to_string()
                ),
                (
                    "Ban Chấp hành Trung ương Đảng".to_string(),
                    "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam".to_string()
                ),
                (
                    "Tổng LĐLĐ Việt Nam".to_string(),
                    "Tổng Liên đoàn Lao động Việt Nam".to_string()
                ),
            ]
        );
    }

    #[test]
    fn generic_plurals_are_not_organizations() {
        // 000 / 002 / 004: các cấp Công đoàn, tổ chức Công đoàn, LĐLĐ các huyện, Công đoàn cơ sở.
        let text = "Tuyên truyền đến các cấp Công đoàn; thực hiện tốt chủ đề năm 2024 của tổ chức Công đoàn. Đại diện lãnh đạo LĐLĐ các huyện trong cụm thi đua đã nêu. Vận động thành lập Công đoàn cơ sở đạt chỉ tiêu. Các cấp công đoàn tỉnh và năng lực.";
        let found = canonicals(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "cụm thi đua");
    }

    #[test]
    fn grassroots_union_of_a_named_unit() {
        // 002 related news.
        let text = "Thời gian qua, Công đoàn Trung tâm Nghiên cứu Vịt Đại Xuyên (huyện Phú Xuyên, Hà Nội) đã chú trọng vào các phong trào thi đua.";
        assert_eq!(
            canonicals(text)[0].1,
            "Công đoàn Trung tâm Nghiên cứu Vịt Đại Xuyên"
        );
    }

    #[test]
    fn enterprise_name_ends_at_last_capitalized_word() {
        let text = "LĐLĐ huyện Ứng Hòa đã ký thỏa thuận thực hiện chế độ ưu đãi với Công ty Cổ phần hệ thống bệnh viện gia đình Việt Nam tặng 300 phiếu khám bệnh";
        let found = canonicals(text);
        assert_eq!(
            found[1].1,
            "Công ty Cổ phần hệ thống bệnh viện gia đình Việt Nam"
        );
        assert_eq!(found[0].1, "Liên đoàn Lao động huyện Ứng Hòa");
    }

    #[test]
    fn role_word_tinh_uy_vien_is_not_an_organization() {
        let text = "Lê Quang Toản - Tỉnh ủy viên, Ủy viên Ban Chấp hành Tổng LĐLĐ Việt Nam, Chủ tịch LĐLĐ tỉnh; Hưng Yên";
        let found = canonicals(text);
        assert_eq!(found[0].1, "Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam");
        assert_eq!(found[1].1, "Liên đoàn Lao động tỉnh Hưng Yên");
        assert_eq!(found.len(), 2);
    }

    #[test]
    fn partial_mentions_resolve_from_district_gazetteer() {
        // 001: the city is never named; quận Thanh Khê lies in Đà Nẵng.
        let text = "Năm 2023, dưới sự lãnh đạo, chỉ đạo của LĐLĐ thành phố, quận ủy và sự phối hợp, các doanh nghiệp trên địa bàn quận Thanh Khê; LĐLĐ quận đã lãnh đạo. LĐLĐ quận Thanh Khê đã trao quà.";
        let found = canonicals(text);
        let canon: Vec<&str> = found.iter().map(|(_, c)| c.as_str()).collect();
        assert_eq!(
            canon,
            [
                "Liên đoàn Lao động thành phố Đà Nẵng",
                "Quận ủy Thanh Khê",
                "Liên đoàn Lao động quận Thanh Khê",
                "Liên đoàn Lao động quận Thanh Khê"
            ]
        );
    }

    #[test]
    fn bare_lien_doan_and_office_take_the_last_district() {
        // 002.
        let text = "LĐLĐ huyện Mỹ Đức ký kết chương trình phối hợp giữa LĐLĐ với Phòng Giáo dục và đào tạo huyện về cán bộ Công đoàn, nhà giáo tâm huyết.";
        let canon: Vec<String> = canonicals(text).into_iter().map(|(_, c)| c).collect();
        assert_eq!(
            canon,
            [
                "Liên đoàn Lao động huyện Mỹ Đức",
                "Liên đoàn Lao động huyện Mỹ Đức",
                "Phòng Giáo dục và Đào tạo huyện Mỹ Đức"
            ]
        );
    }

    #[test]
    fn seed_002_huyen_uy_of_all_six_districts_is_not_emitted() {
        // GUIDELINES hard case 10: "của Huyện ủy" refers to the six districts at once.
        let text = "Dự có đồng chí Nguyễn Văn Cương - Phó Bí thư thường trực Huyện ủy Phú Xuyên...\n\nCụm thi đua số 5 LĐLĐ thành phố Hà Nội gồm 6 đơn vị: LĐLĐ huyện Phú Xuyên, LĐLĐ huyện Thường Tín, LĐLĐ huyện Thanh Oai, LĐLĐ huyện Chương Mỹ, LĐLĐ huyện Ứng Hòa, LĐLĐ huyện Mỹ Đức.\n\nTập trung làm tốt công tác tuyên truyền, phổ biến Nghị quyết của Thành ủy, UBND, LĐLĐ Thành phố, của Huyện ủy, đặc biệt công tác tuyên truyền trước, trong và sau đại hội các cấp.";
        let found = canonicals(text);
        assert_eq!(
            found
                .iter()
                .filter(|(t, _)| t.starts_with("Huyện ủy"))
                .count(),
            1,
            "{found:?}"
        );
        assert!(found
            .iter()
            .any(|(t, c)| t == "Thành ủy" && c == "Thành ủy Hà Nội"));
        // Within one paragraph the nearest district is meant ("LĐLĐ huyện đã tiến hành chi").
        let text = "LĐLĐ huyện Phú Xuyên báo cáo. LĐLĐ huyện Chương Mỹ chỉ đạo Công đoàn cơ sở triển khai gắn biển công trình. LĐLĐ huyện đã tiến hành chi 898/994 suất quà Tết.";
        let found = canonicals(text);
        assert_eq!(found[2].1, "Liên đoàn Lao động huyện Chương Mỹ");
    }

    #[test]
    fn unresolved_partial_keeps_expanded_surface() {
        let text = "Chủ tịch LĐLĐ tỉnh phát biểu.";
        let spans = find(&Document::from_text(text));
        assert_eq!(spans.len(), 1);
        assert_eq!(spans[0].canonical, "Liên đoàn Lao động tỉnh");
        assert!(!spans[0].resolved);
    }

    #[test]
    fn party_and_generic_party_organization() {
        // 004 and 002: "của Đảng" counts, "tổ chức Đảng" does not.
        let text = "các chủ trương, đường lối của Đảng, chính sách pháp luật của Nhà nước; nơi có tổ chức Đảng...";
        let canon: Vec<String> = canonicals(text).into_iter().map(|(_, c)| c).collect();
        assert_eq!(canon, ["Đảng Cộng sản Việt Nam"]);
    }

    #[test]
    fn mass_organizations_with_their_places() {
        // 002 related news lines.
        let text = "Sáng nay (17/7), Ủy ban Mặt trận Tổ quốc (MTTQ) Việt Nam phường Phúc Lợi tổ chức Hội nghị. Ngày 16/7, Hội Cựu chiến binh phường Việt Hưng tổ chức Hội nghị. Chiều 11/7, Ban Thường vụ Đoàn TNCS Hồ Chí Minh tổ chức.";
        let canon: Vec<String> = canonicals(text).into_iter().map(|(_, c)| c).collect();
        assert_eq!(
            canon,
            [
                "Ủy ban Mặt trận Tổ quốc Việt Nam phường Phúc Lợi",
                "Hội Cựu chiến binh phường Việt Hưng",
                "Ban Thường vụ Đoàn Thanh niên Cộng sản Hồ Chí Minh"
            ]
        );
    }

    #[test]
    fn news_extra_courts_and_police_with_their_places() {
        // news-extra x031, x041, x036 (general news, same annotation rules).
        let text = "TAND TP.HCM vừa xử phúc thẩm, tuyên giữ nguyên bản án sơ thẩm của TAND quận Gò Vấp. Xác minh biết chiếc xe đã bị mất trộm tại tỉnh Đắk Nông nên Công an quận 2 bàn giao chiếc xe. Thông tư liên tịch 01/2017 của Liên Bộ Tư Pháp, Bộ Công an, Viện kiểm sát nhân dân tối cao, Tòa án nhân dân tối cao.";
        let canon: Vec<String> = canonicals(text).into_iter().map(|(_, c)| c).collect();
        assert_eq!(
            canon,
            [
                "Tòa án nhân dân thành phố Hồ Chí Minh",
                "Tòa án nhân dân quận Gò Vấp",
                "Công an quận 2",
                "Bộ Tư pháp",
                "Bộ Công an",
                "Viện kiểm sát nhân dân tối cao",
                "Tòa án nhân dân tối cao"
            ]
        );
        // "cơ quan công an" and a bare "Công an" with no place are not one organization.
        assert!(
            canonicals("phải thông báo với cơ quan công an theo quy định. Công an vào cuộc.")
                .is_empty()
        );
    }

    #[test]
    fn news_extra_short_company_names_take_the_full_name() {
        // news-extra x035.
        let text = "Công ty cổ phần Đầu tư xây dựng Nhuệ Giang được thành lập. Theo giấy chứng nhận đăng ký kinh doanh ban đầu, Công ty Nhuệ Giang có vốn điều lệ 55 tỷ đồng. Do đó, Công ty Xuân Hòa tiếp tục được tạm sử dụng khu đất. Công ty này mới góp vào.";
        let canon: Vec<String> = canonicals(text).into_iter().map(|(_, c)| c).collect();
        assert_eq!(
            canon,
            [
                "Công ty cổ phần Đầu tư xây dựng Nhuệ Giang",
                "Công ty cổ phần Đầu tư xây dựng Nhuệ Giang",
                "Công ty Xuân Hòa"
            ]
        );
    }

    #[test]
    fn place_names_alone_are_not_organizations() {
        let text = "Chiều 12/12, tại thành phố Hải Phòng, bộ luật mới; Bộ luật Lao động năm 2019.";
        assert!(canonicals(text).is_empty());
    }
}
