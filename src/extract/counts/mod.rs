//! Member counts: đoàn viên, CNVCLĐ, người lao động, cán bộ công đoàn, công đoàn cơ sở …
//!
//! A count is a number (digits, or words: "hai mươi đoàn viên", "hàng nghìn công nhân")
//! followed by a unit from `rules/count_units.tsv`: an optional prefix ("lượt", "trường
//! hợp"), a head noun with its kind (member, worker, official, union), noun modifiers
//! ("CĐCS doanh nghiệp", "đoàn viên Công đoàn") and a second person noun joined by ", " or
//! " và " ("đoàn viên, người lao động"). Everything else after a number is not a count: gifts
//! and vouchers ("950 suất quà"), initiatives, sessions ("gần 2.000 cuộc"), "6 đơn vị",
//! percentages ("100% CĐCS").
//!
//! The category comes from the count's clause (`rules/count_categories.tsv`): the nearest cue
//! before the number, else the nearest after the unit, fitted to the unit kind (a membership
//! total stated in CNVCLĐ is a workforce: "167.009 đoàn viên/190.567 CNVCLĐ" gives
//! total_members and workers). With no cue: workers for worker nouns, officials for cán bộ
//! (a bare "cán bộ" or "đồng chí" only in a sentence about the union), and a size for members
//! and unions (total_members, unions_total: "LĐLĐ TP hiện quản lý 19.260 CĐ cơ sở … và
//! 1.292.184 đoàn viên"). Categories go by what happened (GUIDELINES.md decisions
//! 15–16): the unemployed and casualties (killed, injured, poisoned, hospitalized, treated,
//! missing: workers too, unless support is given them) are no counts, nor people in general
//! who are detained (detained workers are workers); union members admitted
//! to the Party are `other`; a threshold ("từ 50 lao động trở lên") is no count; honorees
//! ("77 cá nhân") count as `other` where an award is given in an article about union activity
//! (`activity`); a part introduced by "trong đó" takes the category of its whole.
//!
//! A lone number word that is also a common word ("một" is "a", "năm" "year";
//! `rules/count_weak_alone.tsv`) counts nothing. Number reading and qualifiers are shared with
//! money in [`super::quantity`]; here are the unit phrases (`units`) and the category
//! (`category`).

mod activity;
mod category;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_corpus;
mod units;

use std::sync::LazyLock;

use super::candidates::{Candidates, KeywordSet};
use super::quantity::clause::covered;
use super::quantity::qualifiers::qualifier_before;
use super::quantity::reading::{first_in_text_order, number_word_starts, read_words, Quantity};
use super::quantity::runs::from_digit_runs;
use super::quantity::table::Word;
use super::quantity::words::{suffix_ci, word_ci, word_end, word_start};
use super::spans::{into_records, Spanned};
use super::text::ByteSpan;
use super::Document;
use crate::normalize::CharOffsets;
use crate::record::{CountCategory, MemberCountMention, Qualifier};
use crate::rules::Table;
use activity::Activity;
use category::{
    clause_cues, fit, head_in_clause_before, union_named_in_sentence, workers_named_before,
};
use units::{unit_at, Kind, UNITS};

pub(crate) use activity::COUNT_UNION_ACTIVITY_TSV;
pub(crate) use category::{CategoryCue, COUNT_CATEGORIES_TSV};
pub(crate) use units::{UnitPhrase, COUNT_UNITS_TSV};

/// Number words too ambiguous to count alone.
pub(crate) static COUNT_WEAK_ALONE_TSV: Table = Table::new(
    "extract/rules/count_weak_alone.tsv",
    include_str!("../rules/count_weak_alone.tsv"),
    &["word"],
    &["word"],
);

/// A count in bytes, before conversion.
#[derive(Debug, Clone, PartialEq)]
struct Candidate {
    /// Byte where the surface starts (the qualifier, or the number).
    start: usize,
    /// Byte just past the unit.
    end: usize,
    /// The number counted.
    count: u64,
    /// Byte where the unit starts.
    unit_start: usize,
    /// What is counted.
    category: CountCategory,
    /// The qualifier written before the number.
    qualifier: Qualifier,
    /// What the unit names.
    kind: Kind,
    /// Whether a cue of its own clause set the category (not a default).
    cued: bool,
}

/// Words after a count's unit that make it a threshold or a condition, not a count
/// ("doanh nghiệp có từ 50 lao động trở lên"; GUIDELINES.md decision 16).
const THRESHOLD_AFTER: [&str; 2] = ["trở lên", "trở xuống"];

/// Words after a count's unit and a slash that make it a rate, not a count ("tiếp nhận 18 lao
/// động/năm", "trước mắt 100 người/năm"; corpus-real, base build of stop 23: 2 such rates were
/// counted, labour.jsonl baomoi-22517245 and general-10k baomoi-22671521). A slash before a
/// number joins two counts ("167.009 đoàn viên/190.567 CNVCLĐ") and stays.
const RATE_AFTER: [&str; 6] = ["năm", "tháng", "tuần", "ngày", "ca", "lớp"];

/// Qualifiers that make a number a limit, a condition, not a count ("số lao động tham gia bảo
/// hiểm xã hội (không quá 200 người) là tiêu chí bắt buộc", general-10k baomoi-22739743;
/// GUIDELINES.md decision 16).
const LIMIT_BEFORE: [&str; 2] = ["không quá", "tối đa"];

/// Whether the count whose unit ends at byte `end` is a rate: "/" and a [`RATE_AFTER`] word.
fn rate_after(text: &str, end: usize) -> bool {
    text[end..]
        .strip_prefix('/')
        .map(|r| r.trim_start_matches(' '))
        .is_some_and(|r| RATE_AFTER.iter().any(|w| word_ci(r, w).is_some()))
}

/// Words just before a number (a qualifier may stand between) that make it what a vehicle or
/// a place holds, not a count of people: "đây là loại pick-up có mái che, có thể chở được 20
/// người" (general-10k baomoi-22510267, workers named in the sentence before).
const CAPACITY_LEADS: [&str; 5] = ["chở", "chở được", "chứa", "chứa được", "sức chứa"];

/// Words of time after "mỗi" that make "mỗi năm có N người" a figure of each period (a count
/// of people all the same), not the size of each unit.
const EACH_TIME_WORDS: [&str; 14] = [
    "năm", "tháng", "tuần", "ngày", "quý", "đợt", "lần", "kỳ", "giờ", "ca", "buổi", "khóa", "vụ",
    "mùa",
];

/// Whether the number at byte `start` is the size of each unit or a capacity: "mỗi" and one
/// or two words before it ("500.000 doanh nghiệp, mỗi doanh nghiệp 10 lao động", labour.jsonl
/// baomoi-21511760: an assumed average size; not a period: "mỗi năm có gần 1 triệu người"),
/// or a [`CAPACITY_LEADS`] word. GUIDELINES.md counts people, not sizes per unit.
fn size_before(text: &str, start: usize) -> bool {
    let at = qualifier_before(text, start).map_or(start, |(at, _)| at);
    let Some(before) = text.get(..at).map(|b| b.trim_end_matches(' ')) else {
        return false;
    };
    if CAPACITY_LEADS
        .iter()
        .any(|w| suffix_ci(before, w).is_some())
    {
        return true;
    }
    let mut from = before.len().saturating_sub(60);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    let tail = before[from..].to_lowercase();
    let words: Vec<&str> = tail.split_whitespace().rev().take(3).collect();
    // "mỗi" two or three words back, the words after it a noun, not a period or a number.
    words.iter().enumerate().skip(1).any(|(i, w)| {
        *w == "mỗi"
            && words[..i]
                .iter()
                .all(|x| x.chars().all(char::is_alphabetic))
            && !EACH_TIME_WORDS.contains(&words[i - 1])
    })
}

/// Whether the number at byte `start` is a limit: a [`LIMIT_BEFORE`] qualifier before it.
fn limit_before(text: &str, start: usize) -> bool {
    let Some(before) = text.get(..start).map(|b| b.trim_end_matches(' ')) else {
        return false;
    };
    LIMIT_BEFORE.iter().any(|w| suffix_ci(before, w).is_some())
}

/// Words naming a class of employers or a size (`from_holder`): "từ N" or "dưới N" after one
/// of them, within [`HOLDER_REACH`] words, is a threshold or a condition, not a count
/// ("các DN từ 10 công nhân", "Công ty nhỏ dưới 10 người", "quy mô lao động dưới 10
/// người"; GUIDELINES.md decision 16). Corpus-real (labour.jsonl and general-10k, outside
/// the gold sets): of the 32 "từ/trên/dưới N lao động|công nhân|người" without "trở lên" or
/// a range, 4 are sizes of employers; the 2 with "từ" or "dưới" after one of these words are
/// caught ("Một DN có trên 500 lao động thì …" is not), and none of the 28 real counts is
/// ("hiện có trên 3.000 công nhân", "giảm từ 50.650 người").
const THRESHOLD_HOLDERS: [&str; 8] = [
    "doanh nghiệp",
    "dn",
    "công ty",
    "cty",
    "đơn vị",
    "cơ sở",
    "nhà máy",
    "quy mô",
];

/// How many words may stand between a holder and "từ"/"dưới" ("Công ty nhỏ dưới 10
/// người", "quy mô lao động dưới 10 người", "doanh nghiệp có sử dụng từ 10 lao động").
const HOLDER_REACH: usize = 3;

/// Whether the number at byte `start` is a threshold: "từ" or "dưới" before it (no range
/// follows: "từ 6 - 10 lao động" counts) and a holder word ([`THRESHOLD_HOLDERS`]) shortly
/// before that.
fn threshold_before(text: &str, start: usize, number_end: usize) -> bool {
    let Some(before) = text.get(..start).and_then(|b| b.strip_suffix(' ')) else {
        return false;
    };
    let Some(qualified) = suffix_ci(before, "từ").or_else(|| suffix_ci(before, "dưới")) else {
        return false;
    };
    let after = text[number_end..].trim_start_matches(' ');
    if after.starts_with('-') || after.starts_with('–') || word_ci(after, "đến").is_some() {
        return false;
    }
    let mut from = qualified.saturating_sub(80);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let lead = text[from..qualified].to_lowercase();
    let words: Vec<&str> = lead.split_whitespace().collect();
    let tail = words.len().saturating_sub(HOLDER_REACH + 2);
    let near = words[tail..].join(" ");
    THRESHOLD_HOLDERS.iter().any(|h| {
        near.match_indices(h).any(|(at, m)| {
            word_start(&near, at)
                && word_end(&near, at + m.len())
                && near[at + m.len()..].split_whitespace().count() <= HOLDER_REACH
        })
    })
}

/// Words just before the number (a qualifier may stand between) that state the size of an
/// employer's staff in "nhân viên" (employees, workers in GUIDELINES.md decision 15): "công
/// ty này đã có tới 9.000 nhân viên", "Nestlé điều hành 6 nhà máy với hơn 2000 nhân viên",
/// "hiện đang tuyển dụng khoảng 202.000 nhân viên", "cơ quan BHXH đã ký với gần 9.900 tổ
/// chức gồm 33.000 nhân viên" (corpus-real, stop 24).
const STAFF_LEADS: [&str; 9] = [
    "có",
    "với",
    "gồm",
    "tuyển dụng",
    "tuyển",
    "thuê",
    "sa thải",
    "cắt giảm",
    "sử dụng",
];

/// Words that may follow such a "nhân viên" (no modifier naming another kind of staff:
/// "8 nhân viên an ninh", "41 nhân viên y tế", "3 nhân viên ngoại giao" are police, medics
/// and diplomats, most of them casualties or expelled in the news; decision 15).
const STAFF_AFTER: [&str; 14] = [
    "trên", "tại", "ở", "làm", "đang", "và", "của", "trong", "nhưng", "thì", "là", "đã", "sẽ",
    "sau",
];

/// Whether the people counted "nhân viên" (number at byte `start`, unit at
/// `unit_start..end`) are an employer's staff: a [`STAFF_LEADS`] word before the number
/// and no modifier after the unit ([`STAFF_AFTER`], or the clause ends). Elsewhere
/// "nhân viên" stays people in general, counted only as recipients of support: in
/// general-10k most are security staff, diplomats and rescuers (stop 23).
fn staff_of_employer(text: &str, start: usize, unit_start: usize, end: usize) -> bool {
    if text[unit_start..end].to_lowercase() != "nhân viên" {
        return false;
    }
    let at = qualifier_before(text, start).map_or(start, |(at, _)| at);
    let Some(before) = text.get(..at).and_then(|b| b.strip_suffix(' ')) else {
        return false;
    };
    let led = STAFF_LEADS.iter().any(|w| suffix_ci(before, w).is_some());
    let rest = &text[end..];
    let plain = match rest.strip_prefix(' ') {
        Some(r) => STAFF_AFTER.iter().any(|w| word_ci(r, w).is_some()),
        None => !rest.starts_with(|c: char| c.is_alphanumeric()),
    };
    led && plain
}

/// The value of a number of people written with commas between groups of three digits
/// ("Nestlé … với 328,000 nhân viên", "VNG có 2,000 nhân viên": corpus-real, stop 24), read
/// as a decimal before (328 and 2): a count of people has no fraction, and nobody writes
/// 328 as "328,000". `None` for anything else ("53,36 triệu người" is a decimal).
fn comma_grouped(written: &str) -> Option<f64> {
    let mut groups = written.split(',');
    let first = groups.next()?;
    let well_formed = (1..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_digit())
        && written.contains(',')
        && groups.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()));
    if !well_formed {
        return None;
    }
    written.replace(',', "").parse().ok()
}

/// Number words too ambiguous to count alone: "một" is also "a", "năm" "year", "tư"
/// "private".
static WEAK_ALONE: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let rows: Vec<Word> = COUNT_WEAK_ALONE_TSV.load().unwrap_or_default();
    rows.into_iter().map(|Word(w)| w).collect()
});

/// A count from the quantity `q` if a unit follows it; `activity` says whether the article
/// is about union activity (honorees count only there).
fn count_from(text: &str, activity: &Activity<'_>, mut q: Quantity) -> Option<Candidate> {
    q.value = comma_grouped(&text[q.start..q.end]).unwrap_or(q.value);
    if q.value < 1.0 || q.value >= 1e12 || q.value.fract() != 0.0 {
        return None;
    }
    if q.words && !q.vague {
        let written = &text[q.start..q.end];
        if !written.contains(' ') && WEAK_ALONE.contains(&written.to_lowercase().as_str()) {
            return None;
        }
    }
    let (unit_start, end, kind) = unit_at(text, q.end)?;
    // "doanh nghiệp có từ 50 lao động trở lên": a threshold, no count (decision 16).
    if THRESHOLD_AFTER.iter().any(|t| {
        text[end..]
            .strip_prefix(' ')
            .and_then(|r| word_ci(r, t))
            .is_some()
    }) {
        return None;
    }
    if threshold_before(text, q.start, q.end)
        || rate_after(text, end)
        || limit_before(text, q.start)
        || size_before(text, q.start)
    {
        return None;
    }
    let cues = clause_cues(text, q.start, end, kind);
    if cues.not_counted {
        return None;
    }
    let mut category = if cues.party {
        CountCategory::Other
    } else {
        let weak = cues.weak_total.then_some(CountCategory::TotalMembers);
        fit(kind, cues.nearest.or(weak))
    };
    match kind {
        // Honorees count where an award is given them ("biểu dương 55 tập thể và 77 cá
        // nhân"), not where they merely appear, and only in an article about union activity
        // (decision 15: a ministry's or the police's award to "06 cá nhân" is none).
        Kind::Honoree if !cues.award || !activity.is_union() => return None,
        // People in general are counted only as the recipients of support ("giúp 25.000
        // người khó khăn"; the support given them, not a support word describing them:
        // "gần 3.000 người đi khám bệnh" are patients), as the employed ("số người có việc
        // làm khoảng 53,47 triệu người"), or as workers where their sentence has named
        // workers before them and no cue says otherwise ("công nhân không về quê đông như …
        // khu công nghiệp hơn 98.000 người"); a population or a crowd ("từ 2,250 người
        // xuống 1.300 người") is no member count (news-extra x034).
        Kind::Person if !(category == CountCategory::Beneficiaries && cues.supported) => {
            // Only the generic "người": students, victims and patients with jobs in their
            // clause are still no workers ("Gần 300 sinh viên … 'khó' có việc làm"), and a
            // woman or a child in a sentence about workers is not one of them ("nhắc nhở
            // người dân … bất ngờ bị 1 phụ nữ to tiếng").
            let generic = text[unit_start..end].to_lowercase() == "người";
            let employed = cues.employed && generic && !cues.party;
            let named = generic && cues.nearest.is_none() && workers_named_before(text, q.start);
            let staff = staff_of_employer(text, q.start, unit_start, end);
            // A statement of size counts the people its clause names before the number:
            // "tổng số lao động của hãng này là 6.199 người" is a workforce, "cán bộ chuyên
            // trách CĐ hiện có 422 người" are officials (labour.jsonl baomoi-22527373,
            // baomoi-21511079); "bao gồm 53.425 người" in a study names none.
            let size = matches!(
                cues.nearest,
                Some(CountCategory::TotalMembers | CountCategory::UnionsTotal)
            );
            let sized = (generic && size && !cues.party)
                .then(|| head_in_clause_before(text, q.start))
                .flatten()
                .filter(|(kind, head)| {
                    *kind != Kind::Official
                        || *head != "cán bộ"
                        || union_named_in_sentence(text, q.start, end)
                });
            category = match sized {
                Some((kind, _)) => fit(kind, cues.nearest),
                None if employed || named || staff => CountCategory::Workers,
                None => return None,
            };
        }
        // Comrades ("đồng chí") are union members only in a sentence about the union ("Số
        // đoàn viên của Chi đoàn hiện nay là 25 đồng chí") or where an award or the Party
        // says what happened to them ("01 đồng chí được … tặng Bằng khen"); elsewhere they
        // are officers or officials ("tổ công tác gồm 3 đồng chí: Trung tá …", general-10k).
        Kind::Member
            if text[unit_start..end].to_lowercase() == "đồng chí"
                && !(cues.award || cues.party || union_named_in_sentence(text, q.start, end)) =>
        {
            return None;
        }
        // "cán bộ" alone is a union official only in a sentence about the union ("tập huấn
        // cho 200 cán bộ" in a union report); elsewhere it is a civil servant, a police
        // officer or an insurance inspector ("đình chỉ 2 cán bộ giám định"), no member count
        // (GUIDELINES.md decision 15: union officials).
        Kind::Official
            if text[unit_start..end].to_lowercase() == "cán bộ"
                && !union_named_in_sentence(text, q.start, end) =>
        {
            return None;
        }
        _ => {}
    }
    let (start, qualifier) = if q.vague {
        (q.start, Qualifier::Vague)
    } else {
        qualifier_before(text, q.start).unwrap_or((q.start, Qualifier::Exact))
    };
    Some(Candidate {
        cued: cues.nearest.is_some() || cues.weak_total || cues.party,
        start,
        end,
        count: q.value as u64,
        unit_start,
        category,
        qualifier,
        kind,
    })
}

/// Finds the member counts of `doc`, in text order, with code point offsets: a convenience for
/// tests and single-extractor use over [`find`] (the pipeline runs [`super::extract_all`]).
///
/// # Example
/// ```
/// use union_news::extract::{counts::extract_member_counts, Document};
/// let doc = Document::from_text("LĐLĐ quận đã thành lập được 24 CĐCS, kết nạp được 1.199 đoàn viên.");
/// let counts = extract_member_counts(&doc);
/// assert_eq!(counts[1].text, "1.199 đoàn viên");
/// assert_eq!(counts[1].count, 1199);
/// assert_eq!(counts[1].category.as_str(), "new_members");
/// ```
pub fn extract_member_counts(doc: &Document) -> Vec<MemberCountMention> {
    into_records(find(doc), &CharOffsets::new(&doc.text))
}

/// Finds the member counts of `doc`, in text order, at byte spans of its text.
pub fn find(doc: &Document) -> Vec<Spanned<MemberCountMention>> {
    let text = doc.text.as_str();
    let activity = Activity::new(&doc.lower);
    let count = |q| count_from(text, &activity, q);
    let mut found = from_digit_runs(text, doc.digit_runs(), count, |c| c.end);
    let from_words = counts_in_words(text, doc.candidates(), &found, &activity);
    found.extend(from_words);
    found.sort_by_key(|c| c.start);
    parts_take_the_whole(text, &mut found);
    lists_take_what_happened(text, &mut found);
    first_in_text_order(
        found,
        |c| ByteSpan::new(c.start, c.end),
        |c| mention(text, c),
    )
}

/// How many bytes may separate a count from a part of it introduced by "trong đó".
const PART_GAP_MAX: usize = 120;

/// A count introduced by "trong đó" ("of which") is part of the count before it in its
/// sentence; of the same kind, it takes that count's category ("kết nạp 5.000 đoàn viên,
/// trong đó có 2.000 đoàn viên nữ": both are new members). `found` is in text order.
fn parts_take_the_whole(text: &str, found: &mut [Candidate]) {
    for i in 1..found.len() {
        let (whole, part) = (&found[i - 1], &found[i]);
        let Some(gap) = text.get(whole.end..part.start) else {
            continue;
        };
        let is_part = whole.kind == part.kind
            && gap.len() <= PART_GAP_MAX
            && !gap.contains(". ")
            && gap.to_lowercase().contains("trong đó");
        if is_part {
            found[i].category = found[i - 1].category;
        }
    }
}

/// How many bytes may separate two counts of one list.
const LIST_GAP_MAX: usize = 80;

/// A count with no cue of its own, next in a list after a count of the same kind whose cue
/// says what happened to the people (support, admission), had the same happen to it: "nâng
/// lương trước thời hạn cho 101 người, thâm niên vượt khung cho 117 người, thâm niên nhà
/// giáo 638 người" (real2-dev baomoi-21494854: all beneficiaries). `found` is in text order;
/// a list runs within a sentence, its items at most [`LIST_GAP_MAX`] bytes apart.
fn lists_take_what_happened(text: &str, found: &mut [Candidate]) {
    for i in 1..found.len() {
        let (prev, item) = (&found[i - 1], &found[i]);
        let Some(gap) = text.get(prev.end..item.start) else {
            continue;
        };
        let in_list = !item.cued
            && prev.kind == item.kind
            && matches!(
                prev.category,
                CountCategory::Beneficiaries | CountCategory::NewMembers
            )
            && gap.len() <= LIST_GAP_MAX
            && !gap.contains(". ")
            && !gap.contains('\n');
        if in_list {
            found[i].category = found[i - 1].category;
        }
    }
}

/// The anchors of counts written in words (unit nouns and prefixes, as they may be written):
/// keywords of the one candidate pass ([`crate::extract::candidates`]).
pub(crate) fn anchor_keywords() -> &'static [String] {
    &UNITS.anchors
}

/// The counts written in words ("hai mươi đoàn viên", "hàng nghìn công nhân"), anchored on
/// their unit nouns, outside the counts `found` with digits; `candidates` are the keywords
/// of `text`, `activity` its article's (see [`count_from`]).
fn counts_in_words(
    text: &str,
    candidates: &Candidates,
    found: &[Candidate],
    activity: &Activity<'_>,
) -> Vec<Candidate> {
    let mut spans: Vec<(usize, usize)> = found.iter().map(|c| (c.start, c.end)).collect();
    spans.sort_unstable();
    let mut from_words = Vec::new();
    let mut covered_to = 0;
    for m in candidates.leftmost_longest(KeywordSet::CountWords, 0) {
        let h = m.start();
        if h < covered_to || !word_start(text, h) || covered(&spans, h) {
            continue;
        }
        let candidate = number_word_starts(text, h)
            .into_iter()
            .filter(|&s| !covered(&spans, s))
            .filter_map(|s| read_words(text, s))
            .find(|q| q.end + 1 == h)
            .and_then(|q| count_from(text, activity, q));
        if let Some(c) = candidate {
            covered_to = c.end;
            from_words.push(c);
        }
    }
    from_words
}

/// The member-count mention of candidate `c` (its position is set when the record is built).
fn mention(text: &str, c: Candidate) -> MemberCountMention {
    MemberCountMention {
        text: text[c.start..c.end].to_string(),
        start: 0,
        end: 0,
        count: c.count,
        unit: text[c.unit_start..c.end].to_string(),
        category: c.category,
        qualifier: c.qualifier,
    }
}
