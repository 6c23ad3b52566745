//! The grammars of named units: agencies with their place ("Chi cục Thi hành án dân sự huyện
//! Lâm Hà"), units of a parent body ("Phòng CSGT (PC67, Công an TP.Đà Nẵng)") and newspapers
//! ("Báo Tuổi Trẻ").

use super::grammar::{capitalize_first, skip_definition, Parser};
use super::place::place_tail;
use super::rules::{Head, RULES};
use super::words::{number_goes_on, phrase_ends_at};
use super::{Need, OrgSpan};
use crate::extract::lexicon::LEXICON;
use crate::extract::people::role_stop_at;
use crate::extract::text::{after_space, is_capitalized, next_word, word_at, word_before};
use crate::record::OrganizationKind as Kind;

/// The head of a team ("Đội CSGT số 6 - Công an Hà Nội"), read as a unit of its parent.
const TEAM: &str = "Đội";

/// A department of the police, a team's parent ("(Phòng CSGT, Công an TP Hà Nội)").
const OFFICE: &str = "Phòng";

/// The most digits of a team's number ("Đội CSGT số 14").
const MAX_TEAM_NUMBER_DIGITS: usize = 3;

/// The most words of an agency's name before its place ("Chi cục Thi hành án dân sự huyện
/// …"): without a place within them it is no agency ("Cục trưởng …").
const MAX_AGENCY_NAME_WORDS: usize = 6;

/// The most words of a unit's name before its parent ("Cơ quan CSĐT Công an …").
const MAX_SUBUNIT_NAME_WORDS: usize = 5;

/// The most words of a police unit's name that holds "tội phạm" ("Phòng Cảnh sát điều tra
/// tội phạm về trật tự xã hội Công an tỉnh …", "Phòng CSĐT tội phạm về ma túy …"): the
/// crime a unit fights is part of its name (stop 21 probe: "Phòng CSĐT tội phạm về" 17,
/// "Phòng Cảnh sát điều tra tội phạm" 16 in labour.jsonl + general-10k).
/// Stop 23, second round: 12, not 10, so the full "Cảnh sát điều tra tội phạm về trật tự xã
/// hội" (eleven words) reaches its parent (8 corpus occurrences).
const MAX_CRIME_UNIT_NAME_WORDS: usize = 12;

/// The most words of a newspaper's name ("Báo Đầu tư Bất động sản"): a longer run has gone
/// on into the sentence.
const MAX_PRESS_NAME_WORDS: usize = 5;

/// The head of a department of a hospital or a faculty ("Khoa Cấp cứu, Bệnh viện …"): a
/// unit only with its parent after a comma, so it ends no other name ("Viện Hàn lâm Khoa
/// học", "Đại học Y khoa").
pub(super) const KHOA: &str = "Khoa";

/// The most words of the country or region after "Quân đội" / "Quân khu" ("Thổ Nhĩ Kỳ").
const MAX_ARMY_NAME_WORDS: usize = 4;

/// The police, the parent a unit's bare place names ([`Parser::police_place`]).
const POLICE: &str = "Công an";

/// Another country's supreme court, an `army` row of `org_heads.tsv` read with the country
/// after it (stop 24).
const SUPREME_COURT: &str = "Tòa án Tối cao";

/// The longest code of a unit, in bytes ("PC67", "PA05").
const MAX_UNIT_CODE: usize = 12;

impl Parser<'_> {
    /// "quân đội Syria", "Quân đội Hàn Quốc", "Quân khu 7", "Quân khu Đông": a country's army
    /// or a military region (`name`, the canonical head), by the capitalized words after it
    /// or, for a region, its number. It ends before another head and before a person's name
    /// ("quân đội Mỹ Donald Trump"); with no name it is none ("quân đội kéo ra").
    pub(super) fn army(&self, name: &str, start: usize, head_end: usize) -> Option<OrgSpan> {
        let text = self.text;
        // "Tập đoàn Viễn thông Quân đội", "Cty CP Hóa dầu Quân đội": the last words of
        // another name.
        if word_before(text, start).is_some_and(|(_, w)| is_capitalized(w)) {
            return None;
        }
        // "Tòa án Tối cao Mỹ": another country's supreme court, with a country's name only
        // ("Tòa án Tối cao Edson Fachin", the judge; "Tòa án Tối cao Liên bang").
        if name == SUPREME_COURT {
            let q = after_space(text, head_end)?;
            let end = super::country::country_at(text, q)?;
            let country = text.get(q..end)?;
            return Some(self.span(start, end, format!("{name} {country}"), Kind::Government));
        }
        let mut words: Vec<&str> = Vec::new();
        let mut end = head_end;
        while words.len() < MAX_ARMY_NAME_WORDS {
            let Some((word, word_start, word_end)) = next_word(text, end) else {
                break;
            };
            let number = word.chars().all(|c| c.is_ascii_digit())
                || word.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
            if words.is_empty() && name == "Quân khu" && number {
                words.push(word);
                end = word_end;
                break;
            }
            // "quân đội Ca-ta": a word cut at a hyphen is no name.
            let hyphen = text.get(word_end..).is_some_and(|r| r.starts_with('-'));
            if !is_capitalized(word) || hyphen || RULES.head_at(text, word_start).is_some() {
                break;
            }
            let plain = |w: &str| w.chars().all(|c| c.is_ascii_alphabetic());
            let next = next_word(text, word_end).filter(|(w, _, _)| is_capitalized(w));
            // "Ban Thanh niên quân đội Đinh Quốc Hùng": a family name and two more
            // capitalized words are a person ("Hàn Quốc" is a country).
            let full_name = LEXICON.surnames.iter().any(|s| s == word)
                && next.is_some_and(|(_, _, e)| self.capital_after(e));
            let foreign =
                !words.is_empty() && plain(word) && next.is_some_and(|(w, _, _)| plain(w));
            if full_name || foreign {
                break;
            }
            words.push(word);
            end = word_end;
        }
        if words.is_empty() {
            return None;
        }
        let canonical = format!("{name} {}", words.join(" "));
        Some(self.span(start, end, canonical, Kind::Government))
    }

    /// "Chi cục Thi hành án dân sự (THADS) huyện Lâm Hà", "Chi cục thuế quận Nam Từ Liêm":
    /// an agency's name (abbreviations expanded, first letter capitalized) up to its place.
    /// Without a place within six words it is not read ("Cục trưởng …").
    pub(super) fn agency(&self, start: usize, head_end: usize, name: &str) -> Option<OrgSpan> {
        let text = self.text;
        let mut pos = head_end;
        let mut words: Vec<String> = Vec::new();
        for _ in 0..MAX_AGENCY_NAME_WORDS {
            if !words.is_empty() {
                if let Some(tail) =
                    place_tail(text, pos, self.published).filter(|t| t.area.is_some())
                {
                    let unit = capitalize_first(&words.join(" "));
                    let head = format!("{name} {unit}");
                    let span = self.span(start, pos, head.clone(), Kind::Government);
                    return Some(self.with_tail(span, Some(tail), &head));
                }
            }
            let (word, _, end) = next_word(text, pos)?;
            let numeric = word.starts_with(|c: char| c.is_ascii_digit());
            if numeric || RULES.name_stops.contains(&word) || matches!(word, "trưởng" | "phó") {
                return None;
            }
            words.push(self.expand(word));
            pos = skip_definition(text, end);
            // "Cục Hợp tác quốc tế, Bộ GD&ĐT": a national agency named with its ministry.
            if let Some(parent) = self.comma_parent(pos) {
                let unit = capitalize_first(&words.join(" "));
                let canonical = format!("{name} {unit}, {}", parent.full_canonical());
                let mut span = self.span(start, parent.end, canonical, Kind::Government);
                span.level = parent.level;
                span.area = parent.area;
                return Some(span);
            }
        }
        // "Chi cục An toàn vệ sinh thực phẩm tỉnh Bến Tre": a place right after the sixth
        // word still ends the name.
        let tail = place_tail(text, pos, self.published).filter(|t| t.area.is_some())?;
        let unit = capitalize_first(&words.join(" "));
        let head = format!("{name} {unit}");
        let span = self.span(start, pos, head.clone(), Kind::Government);
        Some(self.with_tail(span, Some(tail), &head))
    }

    /// "Cục Xúc tiến thương mại (Bộ Công Thương)", "lãnh đạo Cục Xúc tiến thương mại trong
    /// …": a national agency written with no place, its name a capitalized word and the
    /// words after it up to where the phrase ends (punctuation, a stop word or a verb),
    /// within six words; a name that runs on is not read.
    pub(super) fn agency_to_phrase_end(
        &self,
        start: usize,
        head_end: usize,
        name: &str,
    ) -> Option<OrgSpan> {
        let text = self.text;
        let mut pos = head_end;
        let mut words: Vec<String> = Vec::new();
        for _ in 0..MAX_AGENCY_NAME_WORDS {
            let (word, _, end) = next_word(text, pos)?;
            let numeric = word.starts_with(|c: char| c.is_ascii_digit());
            if numeric
                || RULES.name_stops.contains(&word)
                || (words.is_empty() && !is_capitalized(word))
            {
                return None;
            }
            // "Phó Tổng cục trưởng Tổng cục Hải quan Nguyễn Công Bình": the name ends before
            // a person's.
            if !words.is_empty() && self.person_at(word, end) {
                let unit = capitalize_first(&words.join(" "));
                return Some(self.span(start, pos, format!("{name} {unit}"), Kind::Government));
            }
            words.push(self.expand(word));
            pos = end;
            // "Cục Cứu hộ - Cứu nạn": a dash between two parts of the name.
            if text
                .get(pos..)
                .is_some_and(|r| r.starts_with(" - ") && self.capital_after(pos + 2))
            {
                return None;
            }
            // "Cục Quan hệ lao động và Tiền lương": a name that goes on after "và"
            // (agency_names.rs), else no mention; a capitalized word goes on with the name
            // ("Cục Quản lý Lao động Ngoài nước").
            let ends = match next_word(text, pos) {
                None => true,
                Some(("và", _, _)) => {
                    let (more, end) = super::agency_names::after_va(text, pos, &words)?;
                    words.extend(more);
                    pos = end;
                    true
                }
                Some((next, q, _)) => {
                    !is_capitalized(next)
                        && (RULES.name_stops.contains(&next) || role_stop_at(text, q))
                }
            };
            if ends {
                let unit = capitalize_first(&words.join(" "));
                return Some(self.span(start, pos, format!("{name} {unit}"), Kind::Government));
            }
        }
        None
    }

    /// "Công ty có khoảng 2.000 công nhân", "nhân viên Cty.": a type word of
    /// `back_reference` alone, capitalized, with no name after it, refers back to the
    /// article's organization of that type (resolved in [`super::resolution`] when the
    /// article names one organization of that type, else dropped). Not after a plural or distributive determiner ("các
    /// Trung tâm", "một Công ty"), and only where the phrase ends after it.
    pub(super) fn back_reference(&self, start: usize, head_end: usize) -> Option<OrgSpan> {
        let text = self.text;
        let surface = text.get(start..head_end)?;
        if !RULES.back_references.contains(&surface) || super::after_determiner(text, start) {
            return None;
        }
        // Only where the phrase ends: punctuation, a stop word or a verb after it ("Công ty
        // có", "Trung tâm cho biết"); a lower-case word is a description ("Công ty mẹ",
        // "Bệnh viện đa khoa thành phố" is another one), a capitalized one a name. "một
        // Công ty", "30 Chi cục": one of many.
        let counted = word_before(text, start)
            .is_some_and(|(_, w)| w == "một" || w.starts_with(|c: char| c.is_ascii_digit()));
        if counted || !phrase_ends_at(text, head_end) {
            return None;
        }
        let kind = match surface {
            "Cty" | "Công ty" | "Tổng công ty" => Kind::Enterprise,
            "Chi cục" => Kind::Government,
            _ => Kind::Other,
        };
        let type_word = self.expand(surface);
        let mut span = self.span(start, head_end, type_word.clone(), kind);
        span.need = Need::Referent(type_word);
        Some(span)
    }

    /// Whether `word`, ending at byte `end`, starts a person's name: a family name with a
    /// capitalized word after it ("Tổng cục Hải quan Nguyễn Công Bình").
    fn person_at(&self, word: &str, end: usize) -> bool {
        LEXICON.surnames.iter().any(|s| s == word)
            && self.capital_after(end)
            && LEXICON.place_at(self.text, end - word.len()).is_none()
    }

    /// A unit of a parent organization: "Cơ quan CSĐT Công an TP.HCM" → "Cơ quan Cảnh sát
    /// điều tra Công an Thành phố Hồ Chí Minh" (the parent written after the name, one
    /// mention); "Phòng CSGT (PC67, Công an TP.Đà Nẵng)" → "Phòng Cảnh sát giao thông
    /// (PC67), Công an thành phố Đà Nẵng" (a code and the parent in parentheses; the parent
    /// stays a mention of its own). The name starts with a capitalized word or an
    /// abbreviation, up to five words; without a parent it is not an organization.
    pub(super) fn subunit(&self, start: usize, head_end: usize, name: &str) -> Option<OrgSpan> {
        let text = self.text;
        let mut pos = head_end;
        let mut words: Vec<String> = Vec::new();
        // "khoa bỏng, Bệnh viện …": a lower-case name is a unit only before its parent after
        // a comma.
        let mut lower = false;
        // "Phòng khám đa khoa Hòe Nhai, Bệnh viện …": "đa khoa" (general) starts no unit.
        let before = text.get(..start)?;
        if before.ends_with("đa ") || before.ends_with("Đa ") {
            return None;
        }
        let mut read = 0;
        while read < subunit_name_limit(&words) {
            read += 1;
            let q = after_space(text, pos)?;
            if !words.is_empty() && !lower {
                if let Some((q, code)) = self.police_parent_start(pos) {
                    let code = code.map(|c| format!(" ({c}),")).unwrap_or_default();
                    if let Some(parent) = self.parent_at(q) {
                        let canonical = format!(
                            "{name} {}{code} {}",
                            words.join(" "),
                            parent.full_canonical()
                        );
                        return Some(self.unit_span(start, parent.end, canonical, parent));
                    }
                }
                if let Some(parent) = self.parent_at(q).or_else(|| self.police_place(&words, pos)) {
                    let canonical =
                        format!("{name} {} {}", words.join(" "), parent.full_canonical());
                    return Some(self.unit_span(start, parent.end, canonical, parent));
                }
            }
            let (word, end) = word_at(text, q)?;
            // "Đội CSGT số 6 - Công an Hà Nội": a police team's number is part of its name.
            if let Some(number_end) = self.team_number(name, &words, word, end) {
                words.push(word.to_string());
                words.push(text.get(end..number_end)?.trim_start().to_string());
                pos = number_end;
                if let Some(parent) = self.bracketed_parent(pos) {
                    let canonical =
                        format!("{name} {}, {}", words.join(" "), parent.full_canonical());
                    return Some(self.unit_span(start, pos, canonical, parent));
                }
                continue;
            }
            let numeric = word.starts_with(|c: char| c.is_ascii_digit());
            // "tội phạm về ma túy": "về" after "tội phạm" goes on with the crime.
            let crime_ve = word == "về"
                && words.last().is_some_and(|w| w == "phạm")
                && subunit_name_limit(&words) == MAX_CRIME_UNIT_NAME_WORDS;
            // "Đội Cảnh sát điều tra tội phạm về ma túy thuộc Công an quận Bình Thạnh":
            // "thuộc" (part of) ends the unit's name; the parent stays a mention alone.
            if numeric || word == "thuộc" || (RULES.name_stops.contains(&word) && !crime_ve) {
                return None;
            }
            if words.is_empty() && !is_capitalized(word) {
                // Only a hospital's or a faculty's department is written lower-case ("khoa
                // bỏng"), under a capitalized head ("khoa học, …" is no unit); "Bộ trưởng
                // Nguyễn …, Bộ Y tế" is a role.
                if name != KHOA || !is_capitalized(text.get(start..head_end)?) {
                    return None;
                }
                lower = true;
            }
            words.push(self.expand(word));
            pos = end;
            if let Some(parent) = self.comma_parent(pos) {
                // "khoa bỏng" → "Khoa Bỏng" (Decree 30/2020, Appendix II: the first syllable
                // of the unit's own name is capitalized).
                let unit = format!("{name} {}", capitalize_first(&words.join(" ")));
                let canonical = format!("{unit}, {}", parent.full_canonical());
                return Some(self.unit_span(start, parent.end, canonical, parent));
            }
            if lower {
                continue;
            }
            // "Phòng CSGT (Công an tỉnh Hòa Bình)": the police in parentheses after the
            // unit's name; the mention is the unit, the parent a mention of its own (as
            // after a team's number).
            if let Some(parent) = self.bracketed_police(pos) {
                // "Cơ quan Cảnh sát điều tra PC45 (Công an tỉnh …)": a code as the last word
                // is written as `coded_parent` writes it.
                let code = words
                    .split_last()
                    .filter(|(last, rest)| !rest.is_empty() && is_unit_code(last));
                let unit = match code {
                    Some((code, rest)) => format!("{name} {} ({code})", rest.join(" ")),
                    None => format!("{name} {}", words.join(" ")),
                };
                let canonical = format!("{unit}, {}", parent.full_canonical());
                let mut span = self.unit_span(start, pos, canonical, parent);
                span.code = code.map(|(code, _)| code.clone());
                return Some(span);
            }
            if let Some((code, parent)) = self.coded_parent(pos) {
                let canonical = format!(
                    "{name} {} ({code}), {}",
                    words.join(" "),
                    parent.full_canonical()
                );
                let mut span = self.unit_span(start, pos, canonical, parent);
                span.code = Some(code.to_string());
                return Some(span);
            }
        }
        None
    }

    /// A bare place written after a police unit's name ending at byte `pos` (`words`, one
    /// of them "Cảnh sát …" as its abbreviation expands): the police of that place, the
    /// unit's parent ("Phòng CSGT Hà Nội" → "Phòng Cảnh sát giao thông Công an thành phố Hà
    /// Nội", "Cơ quan CSĐT tỉnh Đắk Nông"; stop 24: 25 in corpus-real, none read before).
    /// Only a place the gazetteer knows: "Phòng Cảnh sát Los Angeles" has none.
    fn police_place(&self, words: &[String], pos: usize) -> Option<OrgSpan> {
        if !words.iter().any(|w| w.starts_with("Cảnh sát")) {
            return None;
        }
        let tail = place_tail(self.text, pos, self.published).filter(|t| t.area.is_some())?;
        let q = after_space(self.text, pos)?;
        let police = self.span(q, q, POLICE.to_string(), Kind::Government);
        Some(self.with_tail(police, Some(tail), POLICE))
    }

    /// A unit's span from `start` to `end`, a government body at its parent's level and
    /// area.
    fn unit_span(&self, start: usize, end: usize, canonical: String, parent: OrgSpan) -> OrgSpan {
        let mut span = self.span(start, end, canonical, Kind::Government);
        span.level = parent.level;
        span.area = parent.area;
        span
    }

    /// "phóng viên Báo Đầu tư Bất động sản, …": a newspaper's name, starting with a
    /// capitalized word, up to five words, ending at punctuation or, with a capitalized last
    /// word, at a stop word ("Báo Tuổi Trẻ cho biết"). A name running on into the sentence
    /// ("Báo Lao Động đưa tin về …") is not read; "Báo cáo" is no name. Written lower case,
    /// "báo" names a newspaper only right after a `press_lead` of `org_words.tsv` ("theo tin
    /// tức trên báo Lao Động" → "Báo Lao Động"; never "nhà báo", a journalist).
    pub(super) fn press(&self, start: usize, head_end: usize) -> Option<OrgSpan> {
        let text = self.text;
        let lower = text.get(start..).is_some_and(|h| h.starts_with('b'));
        if lower && !super::after_word_of(text, start, &RULES.press_leads) {
            return None;
        }
        // After a lead, a medium of `media.tsv` is read whole, with its canonical name
        // ("báo Pháp Luật TP.HCM", "báo Zing.vn", "báo VOV").
        if let Some((end, canonical)) = after_space(text, head_end)
            .filter(|_| lower)
            .and_then(|p| super::media::newspaper_at(text, p))
        {
            return Some(self.span(start, end, canonical.to_string(), Kind::Other));
        }
        let mut pos = head_end;
        let mut words = 0;
        let mut last_capitalized = false;
        let mut at_stop = false;
        // "Báo Giao thông Cũng …": a sentence opener after the name is a missing full stop,
        // the name's end as punctuation is.
        let mut at_opener = false;
        // Lower-case words since the last capitalized one.
        let mut lower_run = 0;
        while let Some((word, word_start, end)) = next_word(text, pos) {
            if words > 0 && RULES.openers.contains(&word) {
                at_opener = true;
                break;
            }
            // "Báo Lao Động tổ chức": a verb after the name (`role_stops.tsv`) ends it.
            if RULES.name_stops.contains(&word)
                || (!is_capitalized(word) && role_stop_at(text, word_start))
            {
                at_stop = true;
                break;
            }
            let numeric = word.starts_with(|c: char| c.is_ascii_digit());
            if words == MAX_PRESS_NAME_WORDS || numeric || (words == 0 && !is_capitalized(word)) {
                return None;
            }
            words += 1;
            last_capitalized = is_capitalized(word);
            // "báo PL TP. HCM": a name cut inside its city's abbreviation names none.
            if lower
                && word.eq_ignore_ascii_case("TP")
                && text.get(end..).is_some_and(|r| r.starts_with('.'))
            {
                return None;
            }
            lower_run = if last_capitalized { 0 } else { lower_run + 1 };
            pos = end;
        }
        // Before a stop word the name must end capitalized ("Báo Tuổi Trẻ cho biết"), else
        // it has run into the sentence; before punctuation it may not ("Bất động sản,").
        // Before an opener, a name's last capitalized word may have its second syllable
        // ("Báo Giao thông Cũng …"), no more ("Báo Uber xem lại hành trình Trong …").
        let ends = if at_opener {
            lower_run <= 1
        } else if at_stop {
            last_capitalized
        } else {
            text.get(pos..)
                .and_then(|r| r.chars().next())
                .is_none_or(|c| {
                    matches!(
                        c,
                        ',' | '.' | ';' | ':' | ')' | '(' | '"' | '!' | '?' | '\n'
                    )
                })
        };
        // "Theo báo Anh, …": a country's press, no one newspaper.
        let country =
            || after_space(text, head_end).and_then(|p| super::country::country_at(text, p));
        if words == 0 || !ends || (lower && country() == Some(pos)) {
            return None;
        }
        let surface = text.get(start..pos)?;
        let canonical = match surface.strip_prefix('b') {
            Some(rest) if lower => format!("B{rest}"),
            _ => surface.to_string(),
        };
        Some(self.span(start, pos, canonical, Kind::Other))
    }

    /// A complete organization starting at byte `pos` that can be a unit's parent (police,
    /// courts, procuracies, people's committees, ministries and departments, agencies).
    pub(super) fn parent_at(&self, pos: usize) -> Option<OrgSpan> {
        let (head_end, head) = RULES.head_at(self.text, pos)?;
        if !matches!(
            head,
            Head::Justice(_) | Head::PeopleCommittee | Head::Office(_) | Head::Agency(_)
        ) {
            return None;
        }
        self.parse(head, pos, head_end)
            .filter(|p| p.need == Need::Nothing)
    }

    /// ", Bệnh viện Đa khoa Đà Nẵng" at `pos`: the parent a unit's name is written with,
    /// after a comma ("Khoa Cấp cứu, Bệnh viện Nguyễn Đình Chiểu", "Phòng Tổ chức cán bộ,
    /// Trường Đại học Bách khoa Hà Nội", "Cục Hợp tác quốc tế, Bộ GD&ĐT"). Only a body that
    /// holds units of another type: a hospital, a school, a ministry or department, the
    /// police, a people's committee — not a sibling ("Phòng A, Phòng B" is a list).
    pub(super) fn comma_parent(&self, pos: usize) -> Option<OrgSpan> {
        let q = pos.checked_add(2)?;
        if !self.text.get(pos..)?.starts_with(", ") {
            return None;
        }
        let (head_end, head) = RULES.head_at(self.text, q)?;
        let holds_units = match head {
            Head::Justice(_) | Head::PeopleCommittee => true,
            Head::Office(office) => matches!(office, "Bộ" | "Sở"),
            Head::Named(name) => {
                matches!(name, "Bệnh viện" | "Học viện" | "Đại học") || name.starts_with("Trường")
            }
            _ => false,
        };
        if !holds_units {
            return None;
        }
        self.parse(head, q, head_end)
            .filter(|p| p.need == Need::Nothing)
    }

    /// " - Công an tỉnh Đồng Nai" (or an en or em dash), " (PC45) Công an tỉnh Bắc Giang" at `pos`: where the
    /// parent of a unit starts after a dash or after the unit's code in parentheses (then
    /// also with a comma or dash: "(PC45), Công an …", "(PC45) - Công an …"), and
    /// the code ("Cơ quan CSĐT - Công an tỉnh Đồng Nai" → "Cơ quan Cảnh sát điều tra Công
    /// an tỉnh Đồng Nai", the dash a join; "Cơ quan CSĐT (PC45) Công an tỉnh Bắc Giang" →
    /// "Cơ quan Cảnh sát điều tra (PC45), Công an tỉnh Bắc Giang", as `coded_parent`
    /// writes a code). Only the police is such a parent (checked by the caller through
    /// `parent_at` and here by "Công an"/"Bộ Công an" after it).
    fn police_parent_start(&self, pos: usize) -> Option<(usize, Option<&str>)> {
        let rest = self.text.get(pos..)?;
        let dash = [" - ", " – ", " — "]
            .into_iter()
            .find(|d| rest.starts_with(d));
        let (q, code) = if let Some(dash) = dash {
            (pos + dash.len(), None)
        } else {
            let inner = rest.strip_prefix(" (")?;
            let close = inner.find(')').filter(|c| *c <= MAX_UNIT_CODE)?;
            let code = inner.get(..close)?;
            if !is_unit_code(code) {
                return None;
            }
            // "(PC45) Công an …", and (stop 23, second round) "(PC45), Công an …" and
            // "(PC45) - Công an …": the comma or dash after the code is a join too.
            let after_code = inner.get(close + 1..)?;
            let join = [", ", " - ", " – ", " — ", " "]
                .into_iter()
                .find(|j| after_code.starts_with(j))?;
            (pos + 2 + close + 1 + join.len(), Some(code))
        };
        let after = self.text.get(q..)?;
        (after.starts_with("Công an ") || after.starts_with("Bộ Công an")).then_some((q, code))
    }

    /// The end of a team's number after "số" (`word`, ending at byte `end`): "Đội CSGT số
    /// 14", "Đội Cảnh sát giao thông số 7" (general-10k 60, labour 1 "Đội" + name + "số" +
    /// a number, stop-22 second round); at most [`MAX_TEAM_NUMBER_DIGITS`] digits that do
    /// not go on as an amount ("số 1,5"). Only for "Đội" after its first word.
    fn team_number(&self, name: &str, words: &[String], word: &str, end: usize) -> Option<usize> {
        if name != TEAM || words.is_empty() || word != "số" {
            return None;
        }
        let (number, _, number_end) = next_word(self.text, end)?;
        let digits = !number.is_empty()
            && number.len() <= MAX_TEAM_NUMBER_DIGITS
            && number.chars().all(|c| c.is_ascii_digit());
        (digits && !number_goes_on(self.text, number_end)).then_some(number_end)
    }

    /// " (Công an Quảng Nam)" or " (Phòng CSGT, Công an TP Hà Nội)" at `pos`, after a
    /// team's number: its parent, the police or a police department of it, in parentheses
    /// that close right after it ("Đội CSGT số 14 (Phòng CSGT, Công an TP Hà Nội)"). The
    /// parent stays a mention of its own, as after a unit's code.
    fn bracketed_parent(&self, pos: usize) -> Option<OrgSpan> {
        let q = pos + self.text.get(pos..)?.strip_prefix(" (").map(|_| 2)?;
        let parent = match self.parent_at(q) {
            Some(parent) => parent,
            None => {
                let head_end = q + self
                    .text
                    .get(q..)?
                    .strip_prefix(OFFICE)
                    .map(|_| OFFICE.len())?;
                self.subunit(q, head_end, OFFICE)?
            }
        };
        self.text
            .get(parent.end..)?
            .starts_with(')')
            .then_some(parent)
    }

    /// " (Công an tỉnh Phú Yên)" at `pos`, after a unit's name: its parent, the police
    /// ("Công an …", "CATP …", "Bộ Công an"), in parentheses that close right after it
    /// (stop 23, second round: "Phòng Cảnh sát môi trường (Công an tỉnh Phú Yên)").
    fn bracketed_police(&self, pos: usize) -> Option<OrgSpan> {
        let q = pos + self.text.get(pos..)?.strip_prefix(" (").map(|_| 2)?;
        let inner = self.text.get(q..)?;
        if !["Công an ", "CATP ", "CA ", "Bộ Công an"]
            .into_iter()
            .any(|p| inner.starts_with(p))
        {
            return None;
        }
        let parent = self.parent_at(q)?;
        self.text
            .get(parent.end..)?
            .starts_with(')')
            .then_some(parent)
    }

    /// " (PC67, Công an TP.Đà Nẵng)" at `pos`: the unit's code and its parent.
    fn coded_parent(&self, pos: usize) -> Option<(&str, OrgSpan)> {
        let text = self.text;
        let inner = text.get(pos..)?.strip_prefix(" (")?;
        // The code ends at its first character that is no letter or digit; a comma or (stop
        // 23, second round) a dash joins it to the parent: "(PC45 - CATP Hà Nội)".
        let comma = inner
            .find(|c: char| !c.is_ascii_alphanumeric())
            .filter(|c| *c <= MAX_UNIT_CODE)?;
        let code = inner.get(..comma)?;
        if !is_unit_code(code) {
            return None;
        }
        let join = [", ", " - ", " – "]
            .into_iter()
            .find(|j| inner.get(comma..).is_some_and(|r| r.starts_with(j)))?;
        let parent_start = pos + 2 + comma + join.len();
        let parent = self.parent_at(parent_start)?;
        text.get(parent.end..)?
            .starts_with(')')
            .then_some((code, parent))
    }
}

/// A police unit's code: ASCII letters and digits, with an upper-case letter and a digit
/// ("PC45", "PC67").
fn is_unit_code(word: &str) -> bool {
    word.chars().all(|c| c.is_ascii_alphanumeric())
        && word.chars().any(|c| c.is_ascii_uppercase())
        && word.chars().any(|c| c.is_ascii_digit())
}

/// How many words of a unit's name `subunit` reads: more for a police unit named by the
/// crime it fights ([`MAX_CRIME_UNIT_NAME_WORDS`]).
fn subunit_name_limit(words: &[String]) -> usize {
    // "tội" starts the crime ("tội phạm về …"), so the limit grows from the fifth word on.
    let crime = words.iter().any(|w| w.to_lowercase() == "tội");
    if crime {
        MAX_CRIME_UNIT_NAME_WORDS
    } else {
        MAX_SUBUNIT_NAME_WORDS
    }
}

/// Whether an inner organization read by `head` that still `need`s its place may be a
/// body's organization, completed as the organization would be: one whose level word is
/// written ("Đảng ủy cơ quan LĐLĐ thành phố"), or a department named without its place
/// ("Thanh tra Sở Y tế", stop 28).
pub(super) fn completable(head: Head, need: &Need) -> bool {
    match need {
        Need::Place(level) => level.is_some() || matches!(head, Head::Office("Sở")),
        _ => false,
    }
}
