//! The organization grammar: from a head word ("LĐLĐ", "Công đoàn", "UBND", "Công ty" …) the
//! rest of the mention its grammar reads — level word and place, sector, unit name, inner
//! organization, cluster number — as an [`OrgSpan`], partial where the place or referent is
//! not written.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::place::{concat, level_after_comma, level_word, place_phrase, place_tail, PlaceTail};
use super::rules::{Head, RULES};
use super::short_sectors::written_sector;
use super::words::{college_after_university, company_canonical, unit_name_end};
use super::youth_central::central_at;
use super::{Need, OrgSpan};
use crate::extract::lexicon::LEXICON;
use crate::extract::people::role_stop_at;
use crate::extract::text::{
    after_space, any_literal_at, is_capitalized, literal_at, next_word, word_at, word_before,
    word_end, word_start,
};
use crate::record::{AdminLevel, OrganizationKind as Kind};

/// The longest abbreviation definition skipped after a head (" (LĐLĐ)"), in bytes: an
/// article's abbreviations are a few capital letters.
const MAX_SKIPPED_ABBREVIATION: usize = 16;

/// Skips an abbreviation definition " (LĐLĐ)" at `pos`.
pub(super) fn skip_definition(text: &str, pos: usize) -> usize {
    let Some(rest) = text.get(pos..) else {
        return pos;
    };
    if let Some(inner) = rest.strip_prefix(" (") {
        // Only a short abbreviation counts: look for ")" in its first bytes only, not in the
        // rest of the text (which made a run of "(" quadratic).
        let window = inner
            .as_bytes()
            .get(..=MAX_SKIPPED_ABBREVIATION)
            .unwrap_or(inner.as_bytes());
        if let Some(close) = memchr::memchr(b')', window) {
            let abbr = &inner[..close];
            if !abbr.is_empty()
                && abbr.len() <= MAX_SKIPPED_ABBREVIATION
                && abbr.chars().all(|c| c.is_uppercase())
            {
                return pos + 2 + close + 1;
            }
        }
    }
    pos
}

/// `text` with its first letter upper-cased ("thuế" → "Thuế").
pub(super) fn capitalize_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Whether the text before byte `pos` ends with a role word and a space ("Phó Chủ tịch ").
pub(super) fn ends_with_role(text: &str, pos: usize) -> bool {
    let Some(before) = text.get(..pos).and_then(|b| b.strip_suffix(' ')) else {
        return false;
    };
    LEXICON.roles.iter().any(|role| {
        before
            .strip_suffix(role.as_str())
            .is_some_and(|head| word_start(before, head.len()))
    })
}

/// " tỉnh, thành phố" / " tỉnh, thành" at byte `pos`: a list of levels with no place, so
/// the mention before it is a generic plural ("Các LĐLĐ tỉnh, thành phố …").
fn level_list_at(text: &str, pos: usize) -> bool {
    let Some(rest) = text.get(pos..).and_then(|r| {
        r.strip_prefix(" tỉnh, thành")
            .or_else(|| r.strip_prefix(" Tỉnh, thành"))
    }) else {
        return false;
    };
    if let Some(after) = rest.strip_prefix(" phố") {
        return word_end(after, 0);
    }
    if !word_end(rest, 0) {
        return false;
    }
    let next = rest
        .strip_prefix(' ')
        .and_then(|r| word_at(r, 0))
        .map(|(w, _)| w);
    next.is_none_or(|w| !RULES.thanh_compounds.contains(&w))
}

/// The most words of another party's name ("Dân chủ Xã hội", "Nhân dân Campuchia").
const MAX_PARTY_NAME_WORDS: usize = 6;

/// Another party's name after "Đảng" at byte `pos`: its end and words. Capitalized words,
/// each with at most one lower-case syllable of its compound after it ("Bảo thủ", "Cánh tả
/// Xanh", "Nhân Dân Cách mạng Lào"; a stop word only where the phrase ends: "Dân chủ Tự do
/// (FDP)", "Cộng sản Cuba với …"); it ends before a person's name ("đảng Dân chủ Joe
/// Biden": two capitalized words of plain ASCII letters, or a family name and a capitalized
/// word).
fn party_name(text: &str, pos: usize) -> Option<(usize, String)> {
    let mut words: Vec<&str> = Vec::new();
    let mut end = pos;
    // The word before is capitalized: one lower-case syllable may follow it.
    let mut after_capital = false;
    let plain = |w: &str| w.chars().all(|c| c.is_ascii_alphabetic());
    while words.len() < MAX_PARTY_NAME_WORDS {
        let Some((word, _, word_end_pos)) = next_word(text, end) else {
            break;
        };
        if is_capitalized(word) {
            let next = next_word(text, word_end_pos).filter(|(w, _, _)| is_capitalized(w));
            let foreign = plain(word) && next.is_some_and(|(w, _, _)| plain(w));
            let surname = LEXICON.surnames.iter().any(|s| s == word) && next.is_some();
            if !words.is_empty() && (foreign || surname) {
                break;
            }
            after_capital = true;
        } else if after_capital
            && ((!RULES.name_stops.contains(&word)
                && !crate::extract::people::role_stop_at(text, word_end_pos - word.len()))
                || next_word(text, word_end_pos).is_none())
        {
            after_capital = false;
        } else {
            break;
        }
        words.push(word);
        end = word_end_pos;
    }
    (!words.is_empty()).then(|| (end, words.join(" ")))
}

/// The grammar over one document: its text, lower-cased copy, date and own abbreviations.
pub(super) struct Parser<'a> {
    /// The document's text.
    pub(super) text: &'a str,
    /// [`crate::extract::Document::lower`].
    pub(super) lower: &'a str,
    /// The publication date (which provinces existed).
    pub(super) published: Option<NaiveDate>,
    /// Abbreviations the article defines ([`super::definitions`]).
    pub(super) definitions: &'a HashMap<String, String>,
}

impl Parser<'_> {
    pub(super) fn span(&self, start: usize, end: usize, canonical: String, kind: Kind) -> OrgSpan {
        OrgSpan::whole(start, end, canonical, kind)
    }

    /// Applies a place tail to a head: "<head> <level word> <place>".
    pub(super) fn with_tail(
        &self,
        mut span: OrgSpan,
        tail: Option<PlaceTail>,
        head: &str,
    ) -> OrgSpan {
        let Some(tail) = tail else {
            return span;
        };
        let Some(level) = tail.level else {
            return span;
        };
        span.end = tail.end;
        span.level = Some(level);
        match tail.area {
            Some(area) => {
                let phrase = place_phrase(level, &area);
                span.canonical = match &tail.province {
                    Some(province) => concat(&[head, " ", &phrase, ", ", province]),
                    None => concat(&[head, " ", &phrase]),
                };
                span.province = tail.province.or(span.province.take());
                span.area = Some(area);
            }
            None => {
                span.canonical = concat(&[head, " ", level_word(Some(level))]);
                span.need = Need::Place(Some(level));
            }
        }
        span
    }

    /// Expands abbreviations word by word: the article's own definitions first, then the
    /// table.
    pub(super) fn expand(&self, surface: &str) -> String {
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

    /// The mention a head starts at `start` (its word ending at `head_end`), read by the
    /// head's grammar.
    pub(super) fn parse(&self, head: Head, start: usize, head_end: usize) -> Option<OrgSpan> {
        if level_list_at(self.text, skip_definition(self.text, head_end)) {
            return None;
        }
        let found = match head {
            Head::TongLd => self.tong_ld(start, head_end),
            Head::Federation => self.federation(start, head_end),
            Head::Union | Head::UnionLower => self.union(head, start, head_end),
            Head::Grassroots => self.grassroots(start, head_end),
            Head::Cluster => Some(self.cluster(start, head_end)),
            Head::ClusterBare => self.cluster_bare(start, head_end),
            Head::Body(name) | Head::Standing(name) => self.body(head, name, start, head_end),
            Head::BoChinhTri => self.politburo(start, head_end),
            Head::Committee(name, level) => self.committee(name, level, start, head_end),
            Head::PeopleCommittee | Head::PeopleCouncil => self.people_body(head, start, head_end),
            Head::Front | Head::Women | Head::Youth | Head::Veterans => {
                self.mass_organization(head, start, head_end)
            }
            Head::Company => self.company(start, head_end),
            Head::Office(office) => self.office(office, start, head_end),
            Head::Justice(name) => self.justice(name, start, head_end),
            Head::Agency(name) => self
                .agency(start, head_end, name)
                .or_else(|| self.agency_to_phrase_end(start, head_end, name)),
            Head::Subunit(name) => self.subunit(start, head_end, name),
            Head::Press => self.press(start, head_end),
            Head::Party => self.party(start, head_end),
            Head::Named(name) => self.named(name, start, head_end, false),
            Head::NamedBody(name) => self.named(name, start, head_end, true),
            Head::Fixed(name) => self.fixed(name, start, head_end),
            Head::Army(name) => self.army(name, start, head_end),
        };
        found.or_else(|| self.back_reference(start, head_end))
    }

    /// "Tổng LĐLĐ [Việt Nam]": the national federation.
    fn tong_ld(&self, start: usize, head_end: usize) -> Option<OrgSpan> {
        let text = self.text;
        let mut span = self.span(
            start,
            head_end,
            "Tổng Liên đoàn Lao động Việt Nam".to_string(),
            Kind::LabourFederation,
        );
        let after = skip_definition(text, head_end);
        if let Some(end) = after_space(text, after).and_then(|p| literal_at(text, p, "Việt Nam"))
        {
            span.end = end;
        }
        span.level = Some(AdminLevel::TrungUong);
        Some(span)
    }

    /// "LĐLĐ tỉnh X": a federation with its place; a bare "LĐLĐ" needs the one last named.
    fn federation(&self, start: usize, head_end: usize) -> Option<OrgSpan> {
        let text = self.text;
        let after = skip_definition(text, head_end);
        if next_word(text, after).is_some_and(|(w, _, _)| w == "các") {
            return None;
        }
        let mut span = self.span(
            start,
            after,
            "Liên đoàn Lao động".to_string(),
            Kind::LabourFederation,
        );
        let tail = place_tail(text, after, self.published);
        if tail.is_none() {
            span.end = head_end;
            span.need = Need::Federation;
            return Some(span);
        }
        Some(self.with_tail(span, tail, "Liên đoàn Lao động"))
    }

    /// "Công đoàn Việt Nam", a sector or branch union, a grassroots union of a unit, or
    /// "Công đoàn" + place.
    fn union(&self, head: Head, start: usize, head_end: usize) -> Option<OrgSpan> {
        let text = self.text;
        if word_before(text, start).is_some_and(|(_, w)| w == "cấp")
            || college_after_university(text, start)
        {
            return None;
        }
        if let Some(end) = after_space(text, head_end).and_then(|p| literal_at(text, p, "Việt Nam"))
        {
            let mut span = self.span(start, end, "Công đoàn Việt Nam".to_string(), Kind::Union);
            span.level = Some(AdminLevel::TrungUong);
            return Some(span);
        }
        if head == Head::Union {
            if let Some(p) = after_space(text, head_end) {
                if let Some(span) = self.sector_union(start, p) {
                    return Some(span);
                }
                if let Some(sector_start) =
                    literal_at(text, p, "ngành").and_then(|e| after_space(text, e))
                {
                    return self.branch_union(start, sector_start);
                }
                if let Some(unit_end) = any_literal_at(text, p, &RULES.unit_heads) {
                    // "Công đoàn Tổng công ty thăm …": the unit's type word stays whole when
                    // no name follows it.
                    let end = unit_name_end(text, p)
                        .filter(|e| *e >= unit_end)
                        .unwrap_or(unit_end);
                    let surface = text.get(start..end)?;
                    let mut span =
                        self.span(start, end, self.expand(surface), Kind::GrassrootsUnion);
                    // "Công đoàn Trường": the article's school.
                    let unit = text.get(p..end)?;
                    if RULES.unit_references.contains(&unit) {
                        span.need = Need::Unit(unit.to_string());
                    }
                    return Some(span);
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
        let span = self.span(start, head_end, "Công đoàn".to_string(), Kind::Union);
        Some(self.with_tail(span, Some(tail), "Công đoàn"))
    }

    /// "CĐCS" + a unit head and its name.
    fn grassroots(&self, start: usize, head_end: usize) -> Option<OrgSpan> {
        let text = self.text;
        let p = after_space(text, head_end)?;
        any_literal_at(text, p, &RULES.unit_heads)?;
        let end = unit_name_end(text, p)?;
        let unit = text.get(p..end)?;
        Some(self.span(
            start,
            end,
            format!("Công đoàn cơ sở {unit}"),
            Kind::GrassrootsUnion,
        ))
    }

    /// A bare "Cụm": a partial cluster.
    fn cluster_bare(&self, start: usize, head_end: usize) -> Option<OrgSpan> {
        let text = self.text;
        let (word, word_start, _) = next_word(text, head_end)?;
        if is_capitalized(word) || matches!(word, "trưởng" | "phó" | "thi") {
            return None;
        }
        // "Cụm công nghiệp", "Cụm đèn pha", "Cụm từ": a lower-case noun after it makes a
        // compound, no cluster (all 26 such in corpus-real, gold left out); the cluster is
        // followed by its verb or a particle ("trong Cụm tiếp tục", "Cụm đã").
        if word.starts_with(char::is_lowercase)
            && !RULES.name_stops.contains(&word)
            && !role_stop_at(text, word_start)
        {
            return None;
        }
        let mut span = self.span(start, head_end, "Cụm".to_string(), Kind::Cluster);
        span.need = Need::Cluster(Vec::new());
        Some(span)
    }

    /// A body of an organization ("Ban Chấp hành", "Thường trực") and the organization after
    /// it.
    fn body(&self, head: Head, name: &str, start: usize, head_end: usize) -> Option<OrgSpan> {
        let text = self.text;
        if word_before(text, start).is_some_and(|(_, w)| w == "các") {
            return None;
        }
        // "Phó Chủ tịch Thường trực LĐLĐ tỉnh": the role's last word, not a body.
        if matches!(head, Head::Standing(_)) && ends_with_role(text, start) {
            return None;
        }
        let inner_start = after_space(text, head_end)?;
        // "Ban Chấp hành (BCH) Trung ương Đoàn": a body of a central committee.
        let central = after_space(text, skip_definition(text, head_end));
        // "Hội nghị lần thứ năm Ban Chấp hành Trung ương khóa XII": the Party's.
        if let Some((end, words, kind)) = central.and_then(|p| central_at(text, p, name)) {
            let mut span = self.span(start, end, format!("{name} {words}"), kind);
            span.level = Some(AdminLevel::TrungUong);
            return Some(span);
        }
        let (inner_end, inner_head) = RULES.head_at(text, inner_start)?;
        if matches!(
            inner_head,
            Head::Body(_) | Head::Standing(_) | Head::ClusterBare | Head::Office(_)
        ) {
            return None;
        }
        let mut inner = self.parse(inner_head, inner_start, inner_end)?;
        inner.start = start;
        inner.prefix = Some(name.to_string());
        if name.ends_with(" Đảng") {
            inner.kind = Kind::Party;
        }
        Some(inner)
    }

    /// "Bộ Chính trị".
    fn politburo(&self, start: usize, head_end: usize) -> Option<OrgSpan> {
        let mut span = self.span(start, head_end, "Bộ Chính trị".to_string(), Kind::Party);
        span.level = Some(AdminLevel::TrungUong);
        Some(span)
    }

    /// A Party committee ("Tỉnh ủy") and its place.
    fn committee(
        &self,
        name: &str,
        level: AdminLevel,
        start: usize,
        head_end: usize,
    ) -> Option<OrgSpan> {
        let text = self.text;
        if next_word(text, head_end).is_some_and(|(w, _, _)| w == "viên") {
            return None;
        }
        let mut span = self.span(start, head_end, name.to_string(), Kind::Party);
        span.level = Some(level);
        if let Some((end, places)) =
            after_space(text, head_end).and_then(|p| LEXICON.place_after_level_at(text, p))
        {
            span.end = end;
            span.area = LEXICON.place_name(places);
            let area = span.area.clone().unwrap_or_default();
            // "Thành ủy TP.HCM" → "Thành ủy Thành phố Hồ Chí Minh": a unit named after a
            // person is written with its level word (Decree 30/2020/NĐ-CP, Appendix II), as
            // after every other head ("Tòa án nhân dân Thành phố Hồ Chí Minh"); general-10k
            // 111, labour 30 "Thành ủy" + a spelling of TP.HCM.
            let place = LEXICON.province_full_name(&area).unwrap_or(&area);
            span.canonical = format!("{name} {place}");
        } else {
            span.need = Need::Place(Some(level));
        }
        Some(span)
    }

    /// "UBND" / "HĐND" and its place.
    fn people_body(&self, head: Head, start: usize, head_end: usize) -> Option<OrgSpan> {
        let text = self.text;
        let name = if head == Head::PeopleCommittee {
            "Ủy ban nhân dân"
        } else {
            "Hội đồng nhân dân"
        };
        // "UBND các tỉnh, thành phố", "HĐND các địa phương": every such body, a generic
        // plural (corpus-real 81 + 12, gold left out).
        if next_word(text, head_end).is_some_and(|(w, _, _)| RULES.determiners.contains(&w)) {
            return None;
        }
        let mut span = self.span(start, head_end, name.to_string(), Kind::Government);
        let tail = place_tail(text, head_end, self.published);
        if tail.is_none() {
            span.need = Need::Place(None);
            return Some(span);
        }
        Some(self.with_tail(span, tail, name))
    }

    /// The Front and the mass organizations, national or of a place.
    fn mass_organization(&self, head: Head, start: usize, head_end: usize) -> Option<OrgSpan> {
        let text = self.text;
        let mut end = skip_definition(text, head_end);
        if head == Head::Youth {
            if let Some(e) =
                after_space(text, end).and_then(|p| literal_at(text, p, "Cộng sản Hồ Chí Minh"))
            {
                end = e;
            }
        }
        // "Đoàn Thanh niên Bộ Xây dựng": the youth union of the organization after it.
        if head == Head::Youth && end == head_end {
            if let Some(inner) = after_space(text, end).and_then(|q| self.inner_at(q, false)) {
                let canonical = format!("Đoàn Thanh niên {}", inner.full_canonical());
                let mut span = self.span(start, inner.end, canonical, Kind::MassOrganization);
                span.level = inner.level;
                span.area = inner.area;
                return Some(span);
            }
        }
        let mut head_surface = text.get(start..head_end)?.to_string();
        if let Some(e) = after_space(text, end).and_then(|p| literal_at(text, p, "Việt Nam")) {
            end = e;
            head_surface.push_str(" Việt Nam");
        } else if end == head_end && text.get(..start).is_some_and(|h| h.ends_with('(')) {
            return None;
        }
        // "Chủ tịch Ủy ban MTTQ Việt Nam các tỉnh, thành phố": the Fronts of all
        // provinces, a generic plural.
        if next_word(text, end).is_some_and(|(w, _, _)| w == "các") {
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
        let tail = place_tail(text, end, self.published);
        // "Mặt trận Tổ quốc" with no place is the national Front (a local one is written
        // with its place or as "Ủy ban MTTQ" of the article's place).
        if head == Head::Front
            && tail.is_none()
            && !canonical_head.starts_with("Ủy ban")
            && !canonical_head.ends_with("Việt Nam")
        {
            canonical_head.push_str(" Việt Nam");
        }
        let mut span = self.span(start, end, canonical_head.clone(), Kind::MassOrganization);
        if canonical_head.ends_with("Việt Nam") && tail.is_none() {
            span.level = Some(AdminLevel::TrungUong);
        }
        Some(self.with_tail(span, tail, &canonical_head))
    }

    /// "Công ty …" and its name.
    fn company(&self, start: usize, head_end: usize) -> Option<OrgSpan> {
        let text = self.text;
        let p = after_space(text, head_end)?;
        // "Công ty này", "công ty con": no name.
        let (first, _) = word_at(text, p)?;
        // "công ty Mỹ …", "các công ty …" name none; lower-case "công ty" names one with its
        // legal form ("công ty TNHH Nam Phương") or a proper name (`lower_company.rs`).
        let lower_head = text.get(start..).is_some_and(|h| h.starts_with('c'));
        // "Công ty than Dương Huy", "Công ty mía đường Tây Ninh": lower-case words of the
        // trade that lead to the proper name, read as after other type words (general-10k
        // 283, labour 46 "Công ty" + 1–3 lower-case words + a capitalized word, not at a
        // sentence's start; most with the legal form "cổ phần", the rest a trade).
        let trade_lead = || !lower_head && self.lower_lead(head_end, true).is_some();
        if !is_capitalized(first) && !matches!(first, "cổ" | "trách") && !trade_lead() {
            return None;
        }
        if lower_head && !super::lower_company::names_one(text, start, p) {
            return None;
        }
        let end = unit_name_end(text, p)?;
        let surface = text.get(start..end)?;
        Some(self.span(start, end, company_canonical(surface), Kind::Enterprise))
    }

    /// "Bộ" / "Sở" / "Phòng" + a sector and its place; else a unit of a parent body.
    fn office(&self, office: &str, start: usize, head_end: usize) -> Option<OrgSpan> {
        let text = self.text;
        let p = after_space(text, head_end)?;
        let m = LEXICON
            .sector_matcher
            .find(
                aho_corasick::Input::new(self.lower)
                    .range(p..)
                    .anchored(aho_corasick::Anchored::Yes),
            )
            .filter(|m| word_end(text, m.end()));
        let (sector, sector_end) = match m {
            Some(m) => (LEXICON.sector_of(m.pattern().as_usize())?, m.end()),
            // "Bộ GD&ĐT", "Sở LĐ-TB&XH", "Bộ Giáo dục": an abbreviation or short name.
            None => match written_sector(office, text, p) {
                Some(found) => found,
                // "Bộ An ninh nội địa Mỹ": another country's ministry, as written.
                None if office == "Bộ" => return self.foreign_ministry_or_unit(start, head_end),
                // "Phòng CSGT (PC67, Công an TP.Đà Nẵng)": a unit of a parent body.
                None => return self.subunit(start, head_end, office),
            },
        };
        let (sector_end, name) =
            super::country::with_country(office, text, sector_end, format!("{office} {sector}"));
        let mut span = self.span(start, sector_end, name.clone(), Kind::Government);
        if office == "Bộ" {
            span.level = Some(AdminLevel::TrungUong);
            return Some(span);
        }
        let tail = place_tail(text, sector_end, self.published);
        // "Sở Tài chính nhất trí …": a department with no place is completed as a bare "UBND"
        // is (stop 28; GUIDELINES.md: the canonical resolves incomplete mentions).
        if office == "Sở" && tail.as_ref().is_none_or(|t| t.level.is_none()) {
            span.need = Need::Place(None);
            return Some(span);
        }
        Some(self.with_tail(span, tail, &name))
    }

    /// Courts, procuracies and police: "<name> tối cao" (also "TAND Tối cao"), "<name> <place>",
    /// or a capitalized "<name> <level word>" completed from the article ("Công an tỉnh").
    fn justice(&self, name: &str, start: usize, head_end: usize) -> Option<OrgSpan> {
        let (text, lower) = (self.text, self.lower);
        if let Some(end) = after_space(text, head_end).and_then(|p| literal_at(lower, p, "tối cao"))
        {
            let mut span = self.span(start, end, format!("{name} tối cao"), Kind::Government);
            span.level = Some(AdminLevel::TrungUong);
            return Some(span);
        }
        let tail = super::place::police_tail(text, start, head_end, self.published)?;
        // "yêu cầu Công an tỉnh chỉ đạo": a capitalized head and a bare level word is a
        // partial mention, dropped when the article does not complete it (corpus-real, gold
        // left out: "Công an" + a bare level word 138/12, with a place 1,884/55); lower-case
        // "công an" names one only with its place ("lực lượng công an phường").
        let capitalized = word_at(text, start).is_some_and(|(w, _)| is_capitalized(w));
        // "Công an phường Lý Thái Tổ": a place written but not read is no partial mention;
        // "Công an xã, thị trấn": a list of levels is the generic body.
        if tail.area.is_none()
            && (!capitalized || self.capital_after(tail.end) || level_after_comma(text, tail.end))
        {
            return None;
        }
        let mut span = self.span(start, head_end, name.to_string(), Kind::Government);
        span.drop_unresolved = tail.area.is_none();
        Some(self.with_tail(span, Some(tail), name))
    }

    /// "Đảng [Cộng sản Việt Nam]", unless the word is part of another phrase ("Đảng ủy");
    /// "Đảng" or "đảng" + a capitalized name is another party ("Đảng Bảo thủ", "đảng Dân chủ
    /// Xã hội"), never the Communist Party of Vietnam; lower-case "đảng" names no other.
    fn party(&self, start: usize, head_end: usize) -> Option<OrgSpan> {
        let text = self.text;
        let before = text.get(..start)?;
        let before = before.strip_suffix(' ').unwrap_or(before);
        if RULES.party_not_after.iter().any(|b| before.ends_with(b)) {
            return None;
        }
        let lower_head = text.get(start..).is_some_and(|h| h.starts_with('đ'));
        if let Some(end) = after_space(text, head_end)
            .and_then(|p| any_literal_at(text, p, &["Cộng sản Việt Nam", "CSVN"]))
            .filter(|_| !lower_head)
        {
            let mut span = self.span(
                start,
                end,
                "Đảng Cộng sản Việt Nam".to_string(),
                Kind::Party,
            );
            span.level = Some(AdminLevel::TrungUong);
            return Some(span);
        }
        // "Đảng Bảo thủ", "Đảng Cộng hòa", "đảng Dân chủ Xã hội (SPD)": another party's
        // name (general-10k 177 + 298 lower-case, labour 8 + 33: foreign news).
        if next_word(text, head_end).is_some_and(|(w, _, _)| is_capitalized(w)) {
            // "Công đảng Corbyn": the word ends another; "đảng Bộ Giao thông": a body's
            // head after it ("Đảng bộ" mistyped), no party's name.
            if (lower_head && word_before(text, start).is_some_and(|(_, w)| is_capitalized(w)))
                || after_space(text, head_end).is_some_and(|q| RULES.head_at(text, q).is_some())
            {
                return None;
            }
            let (end, name) = party_name(text, head_end)?;
            // "Đảng Cộng sản" alone: whose is not said.
            if name == "Cộng sản" {
                return None;
            }
            return Some(self.span(start, end, format!("Đảng {name}"), Kind::Party));
        }
        if lower_head
            || after_space(text, head_end)
                .is_some_and(|p| any_literal_at(text, p, &RULES.party_not_before).is_some())
        {
            return None;
        }
        let mut span = self.span(
            start,
            head_end,
            "Đảng Cộng sản Việt Nam".to_string(),
            Kind::Party,
        );
        span.level = Some(AdminLevel::TrungUong);
        Some(span)
    }

    /// "Công đoàn Viên chức Việt Nam", "Công đoàn Viên chức tỉnh Hưng Yên", "Công đoàn Giáo
    /// dục Việt Nam": a union of a sector (`org_words.tsv`, union_sector) at `p`, national
    /// or of a place. A bare "Công đoàn Viên chức" is completed like "UBND"; followed by a
    /// capitalized word it is a unit's name instead ("Công đoàn Ngân hàng TMCP …").
    fn sector_union(&self, start: usize, p: usize) -> Option<OrgSpan> {
        let text = self.text;
        let sector_end = any_literal_at(text, p, &RULES.union_sectors)?;
        let head = format!("Công đoàn {}", text.get(p..sector_end)?);
        if let Some(end) =
            after_space(text, sector_end).and_then(|q| literal_at(text, q, "Việt Nam"))
        {
            let mut span = self.span(start, end, format!("{head} Việt Nam"), Kind::Union);
            span.level = Some(AdminLevel::TrungUong);
            return Some(span);
        }
        let mut span = self.span(start, sector_end, head.clone(), Kind::Union);
        match place_tail(text, sector_end, self.published) {
            Some(tail) if tail.level.is_some() => Some(self.with_tail(span, Some(tail), &head)),
            _ if next_word(text, sector_end).is_some_and(|(w, _, _)| is_capitalized(w)) => None,
            _ => {
                span.need = Need::Place(None);
                Some(span)
            }
        }
    }

    /// "Công đoàn ngành Giáo dục tỉnh Nam Định": the branch's name, then its place (level and
    /// area filled from it).
    fn branch_union(&self, start: usize, sector_start: usize) -> Option<OrgSpan> {
        let text = self.text;
        let name_end = unit_name_end(text, sector_start)?;
        let mut pos = word_at(text, sector_start)?.1;
        while pos < name_end {
            if let Some(tail) = place_tail(text, pos, self.published).filter(|t| t.area.is_some()) {
                let head = self.expand(text.get(start..pos)?);
                let span = self.span(start, pos, head.clone(), Kind::Union);
                return Some(self.with_tail(span, Some(tail), &head));
            }
            let Some((_, _, word_end_pos)) = next_word(text, pos) else {
                break;
            };
            pos = word_end_pos;
        }
        let surface = text.get(start..name_end)?;
        let mut span = self.span(start, name_end, self.expand(surface), Kind::Union);
        if surface.ends_with(" Việt Nam") {
            span.level = Some(AdminLevel::TrungUong);
        }
        Some(span)
    }

    /// "Cụm thi đua [số N | N] [LĐLĐ …] [N thành phố trực thuộc Trung ương]".
    fn cluster(&self, start: usize, head_end: usize) -> OrgSpan {
        let text = self.text;
        let mut span = self.span(start, head_end, "Cụm thi đua".to_string(), Kind::Cluster);
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
                    span.level = fed.level;
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
