//! Resolution of partial organization mentions within the article: the nearest full mention
//! of the same kind, a full mention of the same level, the article's province or only
//! district; numbered districts completed with their province; short company, office and
//! university names with their full name; later mentions of a unit's code ("PC67").

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;

use super::aliases;
use super::place::{concat, level_word, place_phrase};
use super::rules::RULES;
use super::{Need, OrgSpan};
use crate::extract::lexicon::{Place, LEXICON};
use crate::extract::text::{after_space, word_end, word_start};
use crate::normalize::fold;
use crate::record::{AdminLevel, OrganizationKind as Kind};

/// The most distinct unit codes whose later mentions are looked for: each costs a pass over
/// the text, and an article names a few coded units ("PC67", "PA05"), not hundreds.
const MAX_UNIT_CODES: usize = 64;

/// Later mentions of a unit's own code: "PC67 gửi …", "PC67 Đà Nẵng" (its area after it),
/// "PC67 Công an TP.Đà Nẵng" (its parent after it: one mention).
///
/// Linear in the text per distinct code (at most [`MAX_UNIT_CODES`]): a code already looked
/// for is not looked for again (its first pass covered every occurrence), and overlaps and
/// parents are found through indexes by start (spans never overlap), not by scanning all
/// spans per occurrence.
pub(super) fn add_code_mentions(text: &str, spans: &mut Vec<OrgSpan>) {
    let units: Vec<OrgSpan> = spans.iter().filter(|s| s.code.is_some()).cloned().collect();
    // start → end of every span, and start → index into `spans` (removed parents dropped).
    let mut taken: BTreeMap<usize, usize> = spans.iter().map(|s| (s.start, s.end)).collect();
    let mut by_start: HashMap<usize, usize> = spans
        .iter()
        .enumerate()
        .map(|(i, s)| (s.start, i))
        .collect();
    let mut removed = vec![false; spans.len()];
    let mut codes_seen: Vec<&str> = Vec::new();
    for unit in &units {
        let Some(code) = unit.code.as_deref() else {
            continue;
        };
        if codes_seen.contains(&code) {
            continue;
        }
        if codes_seen.len() == MAX_UNIT_CODES {
            break;
        }
        codes_seen.push(code);
        let is_alias = !unit.canonical.contains(&format!("({code})"));
        let parent_suffix = unit
            .canonical
            .split_once(", ")
            .map(|(_, parent)| parent.to_string());
        for (pos, _) in text.match_indices(code) {
            let end = pos + code.len();
            let before = taken.range(..end).next_back();
            let overlaps = before.is_some_and(|(_, &span_end)| pos < span_end);
            // A short name's own parentheses (an alias; a unit's code stays a mention:
            // "Phòng CSGT (PC67, …)").
            let defined = is_alias
                && before.is_some_and(|(_, &span_end)| aliases::defined_at(text, span_end, pos));
            if !word_start(text, pos) || !word_end(text, end) || overlaps || defined {
                continue;
            }
            let mut mention = unit.clone();
            mention.start = pos;
            mention.end = end;
            mention.code = None;
            let parent = by_start.get(&(end + 1)).copied().filter(|&i| {
                spans
                    .get(i)
                    .is_some_and(|s| parent_suffix.as_deref() == Some(s.full_canonical().as_str()))
            });
            if let Some(i) = parent {
                mention.end = spans[i].end;
                removed[i] = true;
                by_start.remove(&(end + 1));
                taken.remove(&(end + 1));
            } else if let Some((place_end, places)) =
                after_space(text, end).and_then(|q| LEXICON.place_at(text, q))
            {
                if LEXICON.place_name(places) == unit.area {
                    mention.end = place_end;
                }
            }
            taken.insert(mention.start, mention.end);
            by_start.insert(mention.start, spans.len());
            removed.push(false);
            spans.push(mention);
        }
    }
    let mut keep = removed.into_iter().map(|r| !r);
    spans.retain(|_| keep.next().unwrap_or(true));
    spans.sort_by_key(|s| s.start);
}

/// Place counts of the article: the province it is about and its most named district.
struct ArticlePlaces {
    /// The province the article is about, if one is named at least twice as often as any
    /// other.
    province: Option<String>,
    /// Each district named: its name, level and count.
    districts: Vec<(String, AdminLevel, usize)>,
}

/// Whether the place at `start..end` is a unit named after a person written bare, without
/// a level word before it ("tư tưởng Hồ Chí Minh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"):
/// that is the person, not the place. The unit is a place only after its level word
/// ("thành phố Hồ Chí Minh", "TP Hồ Chí Minh") or in a short form that includes it
/// ("TP.HCM"). Units named after a person are those with a `full_name` in `provinces.tsv`
/// (Decree 30/2020/NĐ-CP, Appendix II).
fn person_named_without_level(text: &str, start: usize, end: usize, places: &[Place]) -> bool {
    let Some(name) = LEXICON.place_name(places) else {
        return false;
    };
    if LEXICON.province_full_name(&name).is_none() || text.get(start..end) != Some(name.as_str()) {
        return false;
    }
    !RULES.level_word_before(text, start)
}

fn article_places(text: &str) -> ArticlePlaces {
    let mut provinces: Vec<(String, usize)> = Vec::new();
    let mut districts: Vec<(String, AdminLevel, usize)> = Vec::new();
    let bump = |list: &mut Vec<(String, usize)>, name: String| match list
        .iter_mut()
        .find(|(n, _)| *n == name)
    {
        Some(entry) => entry.1 += 1,
        None => list.push((name, 1)),
    };
    for (start, end, places) in LEXICON.places_in(text) {
        // "làng thêu Văn Lâm" (a village named like Hưng Yên's district): a district's name
        // places the article only after its level word ("huyện Văn Lâm").
        let bare_district = !LEXICON.is_province(places) && !RULES.level_word_before(text, start);
        if bare_district || person_named_without_level(text, start, end, places) {
            continue;
        }
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
                            None => districts.push((d.name.clone(), d.level, 1)),
                        }
                    }
                }
            }
        }
    }
    // The article's province must be named at least twice as often as any other: with two
    // provinces named about equally, a partial "LĐLĐ tỉnh" stays unresolved.
    let best = provinces
        .iter()
        .enumerate()
        .max_by_key(|(i, (_, c))| (*c, std::cmp::Reverse(*i)));
    let province = best.and_then(|(i, (name, count))| {
        let second = provinces
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .map(|(_, (_, c))| *c)
            .max()
            .unwrap_or(0);
        (*count >= 2 * second).then(|| name.clone())
    });
    ArticlePlaces {
        province,
        districts,
    }
}

/// Completes the partial mentions of `spans` from the article; drops those that may refer to
/// several districts.
pub(super) fn resolve(text: &str, published: Option<NaiveDate>, spans: &mut Vec<OrgSpan>) {
    // The article's places cost a pass over the text: counted only when a partial mention
    // needs them.
    let mut places: Option<ArticlePlaces> = None;
    let mut ambiguous = vec![false; spans.len()];
    let mut referents: HashMap<String, Option<usize>> = HashMap::new();
    for i in 0..spans.len() {
        let need = spans[i].need.clone();
        let resolved: Option<Resolved> = match &need {
            Need::Nothing => continue,
            Need::Place(level) => match resolve_place(
                text,
                spans,
                i,
                *level,
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
                s.kind == Kind::LabourFederation
                    && s.need == Need::Nothing
                    && s.prefix.is_none()
                    && s.canonical.starts_with("Liên đoàn Lao động ")
            })
            .map(|j| {
                (
                    spans[j].canonical.clone(),
                    spans[j].level,
                    spans[j].area.clone(),
                )
            }),
            Need::Cluster(numbers) => nearest(spans, i, |s| {
                s.kind == Kind::Cluster
                    && s.need == Need::Nothing
                    && numbers
                        .iter()
                        .all(|n| s.canonical.split(' ').any(|w| w == n))
            })
            .map(|j| {
                (
                    spans[j].canonical.clone(),
                    spans[j].level,
                    spans[j].area.clone(),
                )
            }),
            Need::Referent(type_word) => {
                // Found once per type word: the other spans' needs do not change here.
                let found = *referents
                    .entry(type_word.clone())
                    .or_insert_with(|| unique_referent(spans, type_word));
                // No organization of that type in the article, or two: the word is none.
                let Some(j) = found else {
                    ambiguous[i] = true;
                    continue;
                };
                Some((
                    spans[j].canonical.clone(),
                    spans[j].level,
                    spans[j].area.clone(),
                ))
            }
            Need::Unit(unit) => {
                let fits = |s: &OrgSpan| {
                    s.need == Need::Nothing
                        && unit_named_in(&school_of_board(s.full_canonical()), unit).is_some()
                };
                nearest(spans, i, fits).or_else(|| later_in_sentence(text, spans, i, fits))
            }
            .and_then(|j| {
                let head = spans[i].canonical.strip_suffix(unit.as_str())?;
                let full = school_of_board(spans[j].full_canonical());
                let named = unit_named_in(&full, unit)?;
                // "Hội đồng Trường" → "Hội đồng trường Đại học …" (see `name_of`).
                let canonical = match (head, named.strip_prefix("Trường ")) {
                    ("Hội đồng ", Some(school)) => format!("Hội đồng trường {school}"),
                    _ => format!("{head}{named}"),
                };
                Some((canonical, spans[j].level, spans[j].area.clone()))
            }),
        };
        let span = &mut spans[i];
        match resolved {
            Some((canonical, level, area)) => {
                span.canonical = canonical;
                span.level = level;
                span.area = area;
            }
            None if span.drop_unresolved => ambiguous[i] = true,
            None => span.resolved = false,
        }
    }
    complete_numbered_districts(spans);
    complete_enterprises(spans);
    complete_short_names(spans);
    super::hospitals::complete_hospitals(spans);
    let mut keep = ambiguous.into_iter().map(|a| !a);
    spans.retain(|_| keep.next().unwrap_or(true));
}

/// The article's one full mention of an organization whose canonical name starts with
/// `type_word` ("Trung tâm", "Công ty"): None when it names none or two different ones
/// ("Bệnh viện Nguyễn Đình Chiểu" and "Bệnh viện Đa khoa huyện Châu Thành").
fn unique_referent(spans: &[OrgSpan], type_word: &str) -> Option<usize> {
    let prefix = format!("{type_word} ");
    let mut named = spans.iter().enumerate().filter(|(_, s)| {
        s.need == Need::Nothing && s.prefix.is_none() && s.canonical.starts_with(&prefix)
    });
    let (j, first) = named.next()?;
    (!named.any(|(_, s)| s.canonical != first.canonical)).then_some(j)
}

/// "Hội đồng trường Đại học X" names the school "Trường Đại học X" too: the canonical
/// with the school written in full, for finding the article's school; others unchanged.
fn school_of_board(canonical: String) -> String {
    match canonical.strip_prefix("Hội đồng trường ") {
        Some(school) => format!("Trường {school}"),
        None => canonical,
    }
}

/// The full name of a unit of type `unit` in `canonical`, from its type word to the end
/// ("Trường Đại học Bách khoa Hà Nội" in "Đảng ủy Trường Đại học Bách khoa Hà Nội"), when
/// the type word is followed by a name.
fn unit_named_in<'c>(canonical: &'c str, unit: &str) -> Option<&'c str> {
    let prefix = format!("{unit} ");
    if canonical.starts_with(&prefix) {
        return Some(canonical);
    }
    let at = canonical.find(&format!(" {prefix}"))?;
    canonical.get(at + 1..)
}

/// "Công an quận 2" after "TAND quận 2, TP.HCM": a numbered district takes the province the
/// article writes with it, when the article writes only one.
fn complete_numbered_districts(spans: &mut [OrgSpan]) {
    let numbered = |s: &OrgSpan| {
        s.area
            .as_deref()
            .is_some_and(|a| !a.is_empty() && a.chars().all(|c| c.is_ascii_digit()))
    };
    // (level, area) → the province first written with it, and whether every other one is
    // the same: one hash look-up per span instead of a scan of all known spans.
    let mut known: HashMap<(AdminLevel, String), (String, bool)> = HashMap::new();
    for s in spans.iter().filter(|s| numbered(s)) {
        let (Some(level), Some(area), Some(province)) = (&s.level, &s.area, &s.province) else {
            continue;
        };
        known
            .entry((*level, area.clone()))
            .and_modify(|(first, same)| *same &= first == province)
            .or_insert_with(|| (province.clone(), true));
    }
    if known.is_empty() {
        return;
    }
    for span in spans
        .iter_mut()
        .filter(|s| numbered(s) && s.province.is_none())
    {
        let (Some(level), Some(area)) = (span.level, span.area.clone()) else {
            continue;
        };
        let Some((first, true)) = known.get(&(level, area)) else {
            continue;
        };
        span.canonical = format!("{}, {first}", span.canonical);
        span.province = Some(first.clone());
    }
}

/// How many mentions resolution looks back or ahead (keeps long inputs linear).
const RESOLUTION_WINDOW: usize = 400;

/// "Công ty Xuân Hòa" → "Công ty cổ phần Xuân Hòa" when the article names it in full.
fn complete_enterprises(spans: &mut [OrgSpan]) {
    let bare = |canonical: &str| -> String {
        let mut name = canonical
            .strip_prefix("Công ty ")
            .unwrap_or(canonical)
            .to_string();
        for t in &RULES.company_types {
            if let Some(rest) = name.strip_prefix(&format!("{t} ")) {
                name = rest.to_string();
            }
        }
        fold(&name)
    };
    let full: Vec<(String, String)> = spans
        .iter()
        .filter(|s| {
            s.kind == Kind::Enterprise
                && bare(&s.canonical)
                    != fold(s.canonical.strip_prefix("Công ty ").unwrap_or_default())
        })
        .map(|s| (bare(&s.canonical), s.canonical.clone()))
        .collect();
    // The first full name with a given bare name, and the first whose bare name ends with
    // " " + a given one (every word-start suffix indexed): hash look-ups, linear in the
    // names' words, where a scan of `full` per span was quadratic in the enterprises.
    let mut exact: HashMap<&str, usize> = HashMap::new();
    let mut by_suffix: HashMap<&str, usize> = HashMap::new();
    for (i, (k, _)) in full.iter().enumerate() {
        exact.entry(k.as_str()).or_insert(i);
        for (space, _) in k.match_indices(' ') {
            if let Some(suffix) = k.get(space + 1..) {
                by_suffix.entry(suffix).or_insert(i);
            }
        }
    }
    for span in spans.iter_mut().filter(|s| s.kind == Kind::Enterprise) {
        let key = bare(&span.canonical);
        let found = exact
            .get(key.as_str())
            .or_else(|| by_suffix.get(key.as_str()))
            .and_then(|&i| full.get(i));
        if let Some((_, canonical)) = found {
            span.canonical = canonical.clone();
        }
    }
}

/// Short names that take the full name the article gives: an office without its place
/// ("Giám đốc Sở Xây dựng Trần Trọng Tuấn" before "Sở Xây dựng TP HCM" → "Sở Xây dựng
/// Thành phố Hồ Chí Minh") and a university without "Trường" ("ĐH Bách khoa Hà Nội" after
/// "Trường ĐH Bách khoa Hà Nội"; general-10k 456, labour 34 "ĐH" + a capitalized name). Only
/// when the article gives one full name for it: "Sở Y tế" before "Sở Y tế Hà Nội" and "Sở
/// Y tế Hải Phòng" stays as written. Stop 23: the inspectorate of an office likewise ("Thanh
/// tra Sở Y tế" after "Thanh tra Sở Y tế TP.HCM").
fn complete_short_names(spans: &mut [OrgSpan]) {
    const OFFICES: [&str; 3] = ["Sở ", "Phòng ", "Thanh tra Sở "];
    const SCHOOL: &str = "Trường Đại học ";
    let short = |s: &OrgSpan| {
        s.need == Need::Nothing
            && s.prefix.is_none()
            && ((s.area.is_none() && OFFICES.iter().any(|o| s.canonical.starts_with(o)))
                || s.canonical.starts_with("Đại học "))
    };
    if !spans.iter().any(short) {
        return;
    }
    // Each full mention under the short names it may be written as (its index); `None`
    // when two full names differ.
    let mut full: HashMap<String, Option<usize>> = HashMap::new();
    for (i, s) in spans.iter().enumerate() {
        if s.need != Need::Nothing || s.prefix.is_some() {
            continue;
        }
        let canonical = s.canonical.as_str();
        let mut keys = Vec::new();
        if let Some(rest) = canonical.strip_prefix(SCHOOL) {
            keys.push(format!("Đại học {rest}"));
        } else if s.area.is_some() && OFFICES.iter().any(|o| canonical.starts_with(o)) {
            keys.extend(
                canonical
                    .match_indices(' ')
                    .skip(1)
                    .filter_map(|(space, _)| canonical.get(..space))
                    .map(str::to_string),
            );
        }
        for key in keys {
            full.entry(key)
                .and_modify(|v| {
                    if v.is_some_and(|j| spans[j].canonical != canonical) {
                        *v = None;
                    }
                })
                .or_insert(Some(i));
        }
    }
    for i in 0..spans.len() {
        if !short(&spans[i]) {
            continue;
        }
        if let Some(&Some(j)) = full.get(&spans[i].canonical) {
            let (canonical, level, area) = (
                spans[j].canonical.clone(),
                spans[j].level,
                spans[j].area.clone(),
            );
            let span = &mut spans[i];
            span.canonical = canonical;
            span.level = level;
            span.area = area;
        }
    }
}

/// The nearest span before `i` that `fits`; else the first one after it, but only when
/// every fitting span after it names the same organization (the article has one referent:
/// a headline's "Cụm thi đua số 5" before the body's full name). Within
/// [`RESOLUTION_WINDOW`] mentions.
fn nearest(spans: &[OrgSpan], i: usize, fits: impl Fn(&OrgSpan) -> bool) -> Option<usize> {
    let back = i.saturating_sub(RESOLUTION_WINDOW);
    if let Some(j) = (back..i).rev().find(|j| fits(&spans[*j])) {
        return Some(j);
    }
    let ahead = (i + 1 + RESOLUTION_WINDOW).min(spans.len());
    let mut later = (i + 1..ahead).filter(|j| fits(&spans[*j]));
    let first = later.next()?;
    let canonical = spans[first].full_canonical();
    later
        .all(|j| spans[j].full_canonical() == canonical)
        .then_some(first)
}

/// The first span after `i` that `fits`, in the same sentence ("Bí thư Đảng ủy Viện, Viện
/// trưởng Viện Cơ khí Động lực": the unit the sentence names next), within
/// [`RESOLUTION_WINDOW`] mentions.
fn later_in_sentence(
    text: &str,
    spans: &[OrgSpan],
    i: usize,
    fits: impl Fn(&OrgSpan) -> bool,
) -> Option<usize> {
    let ahead = (i + 1 + RESOLUTION_WINDOW).min(spans.len());
    let j = (i + 1..ahead).find(|j| fits(&spans[*j]))?;
    let between = text.get(spans[i].end..spans[j].start)?;
    (!between.contains(['.', '!', '?', '\n'])).then_some(j)
}

/// A district-level partial mention that may refer to several of the article's districts
/// ("của Huyện ủy" in an article about six districts): not emitted (GUIDELINES, hard case 10).
struct Ambiguous;

/// A resolved partial mention: its canonical name, level and area.
type Resolved = (String, Option<AdminLevel>, Option<String>);

fn resolve_place(
    text: &str,
    spans: &[OrgSpan],
    i: usize,
    level: Option<AdminLevel>,
    places: &ArticlePlaces,
    published: Option<NaiveDate>,
) -> Result<Option<Resolved>, Ambiguous> {
    let partial = spans[i].canonical.clone();
    let kind = spans[i].kind;
    let prefix = format!("{partial} ");
    let several_districts = level.is_some_and(AdminLevel::is_district)
        && places
            .districts
            .iter()
            .filter(|(_, l, _)| Some(*l) == level)
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
            && !issuer_of_papers(text, s.start)
    }) {
        let j = of_article_province(text, spans, i, j, places).unwrap_or(j);
        if several_districts && !same_paragraph(j) {
            return Err(Ambiguous);
        }
        return Ok(Some((
            spans[j].canonical.clone(),
            spans[j].level,
            spans[j].area.clone(),
        )));
    }
    if let Some(level) = level {
        let same_level = (i.saturating_sub(RESOLUTION_WINDOW)..i).rev().find(|j| {
            let s = &spans[*j];
            s.need == Need::Nothing
                && s.level == Some(level)
                && s.area.is_some()
                && !issuer_of_papers(text, s.start)
        });
        if let Some(j) = same_level {
            if several_districts && !same_paragraph(j) {
                return Err(Ambiguous);
            }
            if let Some(area) = spans[j].area.clone() {
                return Ok(Some((
                    complete_partial(&partial, level, &area),
                    Some(level),
                    Some(area),
                )));
            }
        }
    }
    Ok(from_article(&partial, level, places, published))
}

/// The nearest earlier full mention of the article's own province that completes the
/// partial mention `i` as `j` (its nearest full mention, of another province) does: a bare
/// "Công an tỉnh" after "trại tạm giam Công an tỉnh Phú Thọ" in an article about Thái
/// Nguyên's police is Công an tỉnh Thái Nguyên, a bare "UBND TP" in a Hà Nội article is
/// Hà Nội's (corpus-real general-10k: 11/11 changes right). The other province's body is
/// named in passing; the article's own is the default referent. None when `j` is of the
/// article's province, the article has none, or no such mention is within the window.
fn of_article_province(
    text: &str,
    spans: &[OrgSpan],
    i: usize,
    j: usize,
    places: &ArticlePlaces,
) -> Option<usize> {
    let province = places.province.as_deref()?;
    let nearest = &spans[j];
    if nearest.area.as_deref()? == province {
        return None;
    }
    let prefix = format!("{} ", spans[i].canonical);
    (i.saturating_sub(RESOLUTION_WINDOW)..i).rev().find(|&k| {
        let s = &spans[k];
        s.kind == nearest.kind
            && s.need == Need::Nothing
            && s.prefix.is_none()
            && s.level == nearest.level
            && s.area.as_deref() == Some(province)
            && s.canonical.starts_with(&prefix)
            && !issuer_of_papers(text, s.start)
    })
}

/// Whether the mention at `start` is the issuer of someone's papers: "Số CMND 168301068, nơi
/// cấp: Công an tỉnh Hà Nam", "CMND … cấp tại Công an tỉnh X". It names where a person's
/// card was issued, not the body the article is about, so it completes no later partial
/// mention ("Công an tỉnh thông báo" in that Hà Tĩnh article is Công an tỉnh Hà Tĩnh;
/// corpus-real general-10k, line 304).
fn issuer_of_papers(text: &str, start: usize) -> bool {
    let mut from = start.saturating_sub(16);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = text
        .get(from..start)
        .unwrap_or_default()
        .trim_end_matches([' ', ':']);
    ["nơi cấp", "Nơi cấp", "cấp tại"]
        .iter()
        .any(|phrase| before.ends_with(phrase))
}

/// Completes a partial mention from the article's province or its only district.
fn from_article(
    partial: &str,
    level: Option<AdminLevel>,
    places: &ArticlePlaces,
    published: Option<NaiveDate>,
) -> Option<Resolved> {
    match level {
        None => {
            let province = places.province.clone()?;
            let province_level = LEXICON.province_level(&province, published)?;
            Some((
                format!("{partial} {}", place_phrase(province_level, &province)),
                Some(province_level),
                Some(province),
            ))
        }
        Some(level @ (AdminLevel::Tinh | AdminLevel::ThanhPho)) => {
            let province = places.province.clone()?;
            let province_level = LEXICON.province_level(&province, published)?;
            (province_level == level).then(|| {
                (
                    complete_partial(partial, level, &province),
                    Some(level),
                    Some(province),
                )
            })
        }
        Some(level) => {
            let mut fitting = places.districts.iter().filter(|(_, l, _)| *l == level);
            let (name, _, _) = fitting.next()?;
            if fitting.next().is_some() {
                return None;
            }
            Some((
                complete_partial(partial, level, name),
                Some(level),
                Some(name.clone()),
            ))
        }
    }
}

/// A partial canonical ending in its level word, completed with `area`: "Liên đoàn Lao
/// động thành phố" + "Đà Nẵng"; the level word as the gazetteer writes the place ("Thành phố
/// Hồ Chí Minh"). A partial without its level word ("Quận ủy") takes the bare name, or the
/// full name where the level word is part of it ("Thành ủy" → "Thành ủy Thành phố Hồ Chí
/// Minh", as the grammar writes "Thành ủy TP.HCM").
fn complete_partial(partial: &str, level: AdminLevel, area: &str) -> String {
    let word = level_word(Some(level));
    match partial.strip_suffix(word) {
        Some(head) if !word.is_empty() && head.ends_with(' ') => {
            concat(&[head, &place_phrase(level, area)])
        }
        _ => {
            let place = LEXICON.province_full_name(area).unwrap_or(area);
            concat(&[partial, " ", place])
        }
    }
}
