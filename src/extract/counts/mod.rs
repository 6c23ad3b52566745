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
//! total_members and workers). With no cue: workers for worker nouns, officials for cán bộ,
//! other for members and unions.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

use super::money::{
    at_word_end, at_word_start, build_ac, clause_bounds, covered, number_word_starts,
    qualifier_before, read_digits, read_words, rule_rows, starts_quantity, word_ci, Quantity,
};
use super::Document;
use crate::normalize::CharOffsets;
use crate::record::{CountCategory, MemberCountMention, Qualifier};

/// Units: columns phrase, role, kind.
pub(super) const COUNT_UNITS_TSV: &str = include_str!("../rules/count_units.tsv");
/// Category cues: columns keyword, category.
pub(super) const COUNT_CATEGORIES_TSV: &str = include_str!("../rules/count_categories.tsv");

/// What a unit noun names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Union members (đoàn viên).
    Member,
    /// Workers (CNVCLĐ, người lao động, công nhân).
    Worker,
    /// Union officials (cán bộ công đoàn).
    Official,
    /// Unions (công đoàn cơ sở, CĐCS).
    Union,
    /// People in general ("người", "học sinh", "cảnh sát"): counted only when the clause
    /// says they receive support (beneficiaries).
    Person,
    /// Any kind (prefixes).
    Any,
}

impl Kind {
    fn named(name: &str) -> Option<Self> {
        Some(match name {
            "member" => Self::Member,
            "worker" => Self::Worker,
            "official" => Self::Official,
            "union" => Self::Union,
            "person" => Self::Person,
            "any" => Self::Any,
            _ => return None,
        })
    }
}

/// The unit table, longest phrases first.
struct Units {
    heads: Vec<(&'static str, Kind)>,
    /// Phrases that start like a head but name no counted people ("54 dân tộc").
    blocks: Vec<&'static str>,
    /// The lower-case first letters of heads, prefixes and blocks: a word starting with
    /// another letter is no unit, without trying each phrase.
    first_chars: Vec<char>,
    prefixes: Vec<&'static str>,
    modifiers: Vec<(&'static str, Kind)>,
    /// Heads and prefixes: the anchors of counts written in words.
    anchors: AhoCorasick,
}

static UNITS: LazyLock<Units> = LazyLock::new(|| {
    let mut rows: Vec<(&str, &str, Kind)> = rule_rows(COUNT_UNITS_TSV)
        .filter_map(|r| Some((*r.first()?, *r.get(1)?, Kind::named(r.get(2)?)?)))
        .collect();
    rows.sort_by_key(|(p, _, _)| std::cmp::Reverse(p.len()));
    let pick = |role: &str| -> Vec<(&'static str, Kind)> {
        rows.iter()
            .filter(|(_, r, _)| *r == role)
            .map(|(p, _, k)| (*p, *k))
            .collect()
    };
    let heads = pick("head");
    let prefixes: Vec<&str> = pick("prefix").into_iter().map(|(p, _)| p).collect();
    // Counts of people in general written in words ("hai cháu") are left out: their short
    // heads ("em", "cô", "người") stand everywhere and would make this pass slow.
    let words: Vec<&str> = heads
        .iter()
        .filter(|(_, k)| *k != Kind::Person)
        .map(|(p, _)| *p)
        .chain(prefixes.iter().copied())
        .collect();
    let mut first_chars: Vec<char> = rows
        .iter()
        .filter_map(|(p, role, _)| (*role != "modifier").then(|| p.chars().next()).flatten())
        .collect();
    first_chars.sort_unstable();
    first_chars.dedup();
    Units {
        first_chars,
        anchors: build_ac(&words, true),
        heads,
        prefixes,
        modifiers: pick("modifier"),
        blocks: pick("block").into_iter().map(|(p, _)| p).collect(),
    }
});

/// Category cues: an automaton over the lower-case keywords and each keyword's category
/// (`None` for masks such as "tổng số tiền").
struct Categories {
    keywords: AhoCorasick,
    categories: Vec<Option<CountCategory>>,
}

static CATEGORIES: LazyLock<Categories> = LazyLock::new(|| {
    let rows: Vec<(&str, Option<CountCategory>)> = rule_rows(COUNT_CATEGORIES_TSV)
        .filter_map(|r| Some((*r.first()?, category_named(r.get(1)?)?)))
        .collect();
    Categories {
        keywords: AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(rows.iter().map(|(k, _)| k))
            .expect("category keyword automaton builds"),
        categories: rows.into_iter().map(|(_, c)| c).collect(),
    }
});

/// The category of its snake_case name; `Some(None)` for "none" (a mask).
fn category_named(name: &str) -> Option<Option<CountCategory>> {
    Some(Some(match name {
        "new_members" => CountCategory::NewMembers,
        "total_members" => CountCategory::TotalMembers,
        "workers" => CountCategory::Workers,
        "officials" => CountCategory::Officials,
        "unions_new" => CountCategory::UnionsNew,
        "unions_total" => CountCategory::UnionsTotal,
        "beneficiaries" => CountCategory::Beneficiaries,
        "other" => CountCategory::Other,
        "none" => return Some(None),
        _ => return None,
    }))
}

/// The head noun at byte `pos`: its end and kind.
fn head_at(text: &str, pos: usize) -> Option<(usize, Kind)> {
    let rest = text.get(pos..)?;
    let first = crate::normalize::chars::lower_aligned_char(rest.chars().next()?);
    if UNITS
        .blocks
        .iter()
        .filter(|b| b.starts_with(first))
        .any(|b| word_ci(rest, b).is_some())
    {
        return None;
    }
    UNITS
        .heads
        .iter()
        .filter(|(h, _)| h.starts_with(first))
        .find_map(|(h, k)| Some((pos + word_ci(rest, h)?, *k)))
}

/// Whether `rest` starts with a letter some head, prefix or block starts with.
fn may_start_unit(rest: &str) -> bool {
    rest.chars().next().is_some_and(|c| {
        UNITS
            .first_chars
            .binary_search(&crate::normalize::chars::lower_aligned_char(c))
            .is_ok()
    })
}

/// The unit after a number ending at byte `pos` (one optional space): where it starts and
/// ends, and its kind.
fn unit_at(text: &str, pos: usize) -> Option<(usize, usize, Kind)> {
    let rest = text.get(pos..)?;
    let start = pos + usize::from(rest.starts_with(' '));
    if !may_start_unit(&text[start..]) {
        return None;
    }
    let mut head = start;
    for prefix in &UNITS.prefixes {
        if let Some(n) = word_ci(&text[start..], prefix) {
            if text[start + n..].starts_with(' ') {
                head = start + n + 1;
                break;
            }
        }
    }
    let (mut end, kind) = head_at(text, head)?;
    while let Some(r) = text[end..].strip_prefix(' ') {
        let modifier = UNITS
            .modifiers
            .iter()
            .filter(|(_, k)| *k == kind || *k == Kind::Any)
            .find_map(|(m, _)| word_ci(r, m));
        match modifier {
            Some(n) => end += 1 + n,
            None => break,
        }
    }
    if matches!(kind, Kind::Member | Kind::Worker | Kind::Person) {
        for conj in [", ", " và "] {
            if text[end..].starts_with(conj) {
                if let Some((second_end, Kind::Member | Kind::Worker | Kind::Person)) =
                    head_at(text, end + conj.len())
                {
                    end = second_end;
                }
                break;
            }
        }
    }
    Some((start, end, kind))
}

/// The category cue nearest to the count in its clause: before the number first, else after
/// the unit.
fn cue(text: &str, start: usize, end: usize) -> Option<CountCategory> {
    let (left, right) = clause_bounds(text, start, end);
    let find = |part: &str| -> Vec<(usize, CountCategory)> {
        CATEGORIES
            .keywords
            .find_iter(part)
            .filter(|m| at_word_start(part, m.start()) && at_word_end(part, m.end()))
            .filter_map(|m| Some((m.start(), CATEGORIES.categories[m.pattern().as_usize()]?)))
            .collect()
    };
    let before = text[left..start].to_lowercase();
    if let Some(&(_, c)) = find(&before).last() {
        return Some(c);
    }
    let after = text[end..right].to_lowercase();
    find(&after).first().map(|&(_, c)| c)
}

/// The category of a count of `kind` nouns with the cue `cue`.
fn fit(kind: Kind, cue: Option<CountCategory>) -> CountCategory {
    use CountCategory as C;
    match (kind, cue) {
        (Kind::Official, _) => C::Officials,
        (Kind::Union, Some(C::NewMembers | C::UnionsNew)) => C::UnionsNew,
        (Kind::Union, Some(C::TotalMembers | C::UnionsTotal)) => C::UnionsTotal,
        (Kind::Union, _) => C::Other,
        (Kind::Member | Kind::Any, Some(C::UnionsNew)) => C::NewMembers,
        (Kind::Member | Kind::Any, Some(C::UnionsTotal)) => C::TotalMembers,
        (Kind::Member | Kind::Any, Some(C::Officials) | None) => C::Other,
        (Kind::Member | Kind::Any, Some(c)) => c,
        (Kind::Worker, Some(c @ (C::NewMembers | C::Beneficiaries | C::Other))) => c,
        (Kind::Worker, _) => C::Workers,
        (Kind::Person, Some(C::Beneficiaries)) => C::Beneficiaries,
        (Kind::Person, _) => C::Other,
    }
}

/// A count in bytes, before conversion.
#[derive(Debug, Clone, PartialEq)]
struct Candidate {
    start: usize,
    end: usize,
    count: u64,
    unit_start: usize,
    category: CountCategory,
    qualifier: Qualifier,
}

/// Number words too ambiguous to count alone: "một" is also "a", "năm" "year", "tư"
/// "private".
const WEAK_ALONE: &[&str] = &["một", "năm", "tư", "lăm", "mốt", "linh", "lẻ", "chục"];

/// How far back, in bytes, the sentence of a count is read for a workers noun: some 400
/// words, longer than any sentence of the corpus and gold texts (the longest is 935 bytes),
/// and what keeps a run of counts without a full stop linear (each reads at most this much;
/// found by fuzzing).
const SENTENCE_LOOKBACK: usize = 2000;

/// Whether the sentence before byte `pos` names workers (a `worker` head of
/// `count_units.tsv`: "công nhân", "người lao động", …) as a word.
fn workers_named_before(text: &str, pos: usize) -> bool {
    let mut from = pos.saturating_sub(SENTENCE_LOOKBACK);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..pos];
    let start = [". ", "! ", "? ", "\n"]
        .iter()
        .filter_map(|end| before.rfind(end).map(|at| at + end.len()))
        .max()
        .unwrap_or(0);
    let sentence = before[start..].to_lowercase();
    UNITS
        .heads
        .iter()
        .filter(|(_, kind)| *kind == Kind::Worker)
        .any(|(head, _)| {
            sentence
                .match_indices(head)
                .any(|(at, m)| at_word_start(&sentence, at) && at_word_end(&sentence, at + m.len()))
        })
}

/// A count from the quantity `q` if a unit follows it.
fn count_from(text: &str, q: Quantity) -> Option<Candidate> {
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
    let found_cue = cue(text, q.start, end);
    let mut category = fit(kind, found_cue);
    // People in general are counted only as the recipients of support ("giúp 25.000 người
    // khó khăn"), or as workers where their sentence has named workers before them and no cue
    // says otherwise ("công nhân không về quê đông như … khu công nghiệp hơn 98.000 người"); a
    // population or a crowd ("từ 2,250 người xuống 1.300 người") is no member count
    // (news-extra x034).
    if kind == Kind::Person && category != CountCategory::Beneficiaries {
        if found_cue.is_none() && workers_named_before(text, q.start) {
            category = CountCategory::Workers;
        } else {
            return None;
        }
    }
    let (start, qualifier) = if q.vague {
        (q.start, Qualifier::Vague)
    } else {
        qualifier_before(text, q.start).unwrap_or((q.start, Qualifier::Exact))
    };
    Some(Candidate {
        start,
        end,
        count: q.value as u64,
        unit_start,
        category,
        qualifier,
    })
}

/// Finds the member counts of `doc`, in text order.
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
    let text = doc.text.as_str();
    let mut found: Vec<Candidate> = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && (bytes[i].is_ascii_digit() || matches!(bytes[i], b'.' | b',')) {
            i += 1;
        }
        if !starts_quantity(text, start) {
            continue;
        }
        if let Some(c) = read_digits(text, start).and_then(|q| count_from(text, q)) {
            i = i.max(c.end);
            found.push(c);
        }
    }
    let mut spans: Vec<(usize, usize)> = found.iter().map(|c| (c.start, c.end)).collect();
    spans.sort_unstable();
    let mut from_words = Vec::new();
    let mut covered_to = 0;
    for m in UNITS.anchors.find_iter(text) {
        let h = m.start();
        if h < covered_to || !at_word_start(text, h) || covered(&spans, h) {
            continue;
        }
        let candidate = number_word_starts(text, h)
            .into_iter()
            .filter(|&s| !covered(&spans, s))
            .filter_map(|s| read_words(text, s))
            .find(|q| q.end + 1 == h)
            .and_then(|q| count_from(text, q));
        if let Some(c) = candidate {
            covered_to = c.end;
            from_words.push(c);
        }
    }
    found.extend(from_words);
    found.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
    let offsets = CharOffsets::new(text);
    let mut out = Vec::new();
    let mut last_end = 0;
    for c in found {
        if c.start < last_end {
            continue;
        }
        last_end = c.end;
        out.push(MemberCountMention {
            text: text[c.start..c.end].to_string(),
            start: offsets.char_offset(c.start),
            end: offsets.char_offset(c.end),
            count: c.count,
            unit: text[c.unit_start..c.end].to_string(),
            category: c.category,
            qualifier: c.qualifier,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::money::gold;
    use super::*;
    use crate::extract::Document;

    fn counts(text: &str) -> Vec<(String, u64, &'static str, &'static str)> {
        extract_member_counts(&Document::from_text(text))
            .into_iter()
            .map(|c| (c.text, c.count, c.category.as_str(), c.qualifier.as_str()))
            .collect()
    }

    fn owned(
        expected: &[(&str, u64, &'static str, &'static str)],
    ) -> Vec<(String, u64, &'static str, &'static str)> {
        expected
            .iter()
            .map(|(t, n, c, q)| (t.to_string(), *n, *c, *q))
            .collect()
    }

    #[test]
    fn seed_004_membership_sentence() {
        let text = "Toàn tỉnh thành lập mới được 62 công đoàn cơ sở, phát triển được 27.152 đoàn viên Công đoàn, nâng tổng số đoàn viên công đoàn lên 167.009 đoàn viên/190.567 CNVCLĐ, tham gia sinh hoạt tại 1.625 công đoàn cơ sở.";
        assert_eq!(
            counts(text),
            owned(&[
                ("62 công đoàn cơ sở", 62, "unions_new", "exact"),
                ("27.152 đoàn viên Công đoàn", 27152, "new_members", "exact"),
                ("167.009 đoàn viên", 167009, "total_members", "exact"),
                ("190.567 CNVCLĐ", 190567, "workers", "exact"),
                ("1.625 công đoàn cơ sở", 1625, "unions_total", "exact"),
            ])
        );
    }

    #[test]
    fn seed_004_workers_reached_with_qualifier() {
        let text = "tuyên truyền về đại hội công đoàn các cấp, đặc biệt Đại hội XIII Công đoàn Việt Nam...cho trên 190.000 lượt CNVCLĐ. Các cấp công đoàn trong tỉnh đã tổ chức được gần 2.000 cuộc tuyên truyền";
        assert_eq!(
            counts(text),
            owned(&[("trên 190.000 lượt CNVCLĐ", 190000, "workers", "more_than")])
        );
    }

    #[test]
    fn seed_001_unions_members_beneficiaries_other() {
        let text = "Tháng Công nhân được tổ chức sôi nổi với nhiều hoạt động thiết thực; 55 trường hợp đoàn viên có hoàn cảnh khó khăn đột xuất được nhận hỗ trợ với tổng số tiền hơn 40 triệu đồng. 100% công đoàn cơ sở (CĐCS) khối hành chính sự nghiệp Nhà nước tổ chức hội nghị cán bộ, công chức, viên chức; có 14 CĐCS doanh nghiệp ký mới, sửa đổi bổ sung thỏa ước lao động tập thể, vượt 75% chỉ tiêu giao. Trong năm, LĐLĐ quận đã thành lập được 24 CĐCS, kết nạp được 1.199 đoàn viên.";
        assert_eq!(
            counts(text),
            owned(&[
                ("55 trường hợp đoàn viên", 55, "beneficiaries", "exact"),
                ("14 CĐCS doanh nghiệp", 14, "other", "exact"),
                ("24 CĐCS", 24, "unions_new", "exact"),
                ("1.199 đoàn viên", 1199, "new_members", "exact"),
            ])
        );
    }

    #[test]
    fn seed_002_checkup_vouchers_are_not_counted_their_recipients_are() {
        let text = "LĐLĐ huyện Ứng Hòa đã ký thỏa thuận thực hiện chế độ ưu đãi với Công ty Cổ phần hệ thống bệnh viện gia đình Việt Nam tặng 300 phiếu khám bệnh cho 300 đoàn viên, người lao động với tổng trị giá 273 triệu đồng; Trao tặng 20 chiếc xe đạp trị giá 30 triệu đồng. LĐLĐ huyện đã tiến hành chi 898/994 suất quà Tết và hỗ trợ tiền vé xe cho công nhân lao động";
        assert_eq!(
            counts(text),
            owned(&[(
                "300 đoàn viên, người lao động",
                300,
                "beneficiaries",
                "exact"
            )])
        );
    }

    #[test]
    fn a_total_after_tổng_số() {
        assert_eq!(
            counts("Toàn huyện có tổng số 1.200 đoàn viên."),
            owned(&[("1.200 đoàn viên", 1200, "total_members", "exact")])
        );
    }

    #[test]
    fn officials_and_about() {
        assert_eq!(
            counts("Gần 900 cán bộ Công đoàn huyện Thường Tín được tập huấn nghiệp vụ"),
            owned(&[("Gần 900 cán bộ Công đoàn", 900, "officials", "about")])
        );
    }

    #[test]
    fn number_words_and_vague_counts() {
        assert_eq!(
            counts("Công đoàn đã kết nạp hai mươi đoàn viên mới"),
            owned(&[("hai mươi đoàn viên", 20, "new_members", "exact")])
        );
        assert_eq!(
            counts("thu hút hàng nghìn công nhân lao động tham gia"),
            owned(&[("hàng nghìn công nhân lao động", 1000, "workers", "vague")])
        );
        // "một" and "năm" alone are an article and a year, not counts.
        assert!(counts("hỗ trợ một đoàn viên bị tai nạn; trong năm đoàn viên tăng").is_empty());
    }

    #[test]
    fn things_that_are_not_counted() {
        for text in [
            "LĐLĐ quận Thanh Khê đã trao 950 suất quà cho đoàn viên, CNLĐ có hoàn cảnh khó khăn",
            "tặng 4.000 phiếu mua hàng trị giá 375 triệu đồng cho đoàn viên, người lao động",
            "100% công đoàn cơ sở (CĐCS) khối hành chính sự nghiệp",
            "Cụm thi đua số 5 LĐLĐ thành phố Hà Nội gồm 6 đơn vị: LĐLĐ huyện Phú Xuyên",
            "khi 5/5 thành phố đều hoàn thành vượt chỉ tiêu Tổng LĐLĐ giao với 424.830 sáng kiến",
            "Năm 2023 công đoàn tỉnh đạt nhiều kết quả",
            "thực hiện Chỉ thị 05 công đoàn các cấp",
            "đến 31.12.2024 công nhân",
        ] {
            assert!(counts(text).is_empty(), "{text}: {:?}", counts(text));
        }
    }

    #[test]
    fn no_panic_on_odd_input() {
        for text in [
            "",
            "1",
            "đoàn viên",
            "hàng đoàn viên",
            "1 lượt",
            "99999999999999999 đoàn viên",
            "hai",
        ] {
            let _ = counts(text);
        }
    }

    #[test]
    fn every_window_of_the_seeds_gives_valid_spans() {
        // Cuts through numbers, units and multi-byte letters at every 5th code point: no
        // panic, and every span slices its own surface out of the text.
        for (record, _) in gold::seeds() {
            let chars: Vec<char> = record.text.chars().collect();
            for start in (0..chars.len()).step_by(5) {
                let window: String = chars[start..(start + 90).min(chars.len())].iter().collect();
                let doc = Document::from_text(&window);
                let wchars: Vec<char> = window.chars().collect();
                let slice = |s: usize, e: usize| wchars[s..e].iter().collect::<String>();
                for m in super::super::money::extract_money(&doc) {
                    assert_eq!(slice(m.start, m.end), m.text);
                }
                let mut last_end = 0;
                for c in extract_member_counts(&doc) {
                    assert_eq!(slice(c.start, c.end), c.text);
                    assert!(c.start >= last_end && c.text.ends_with(&c.unit));
                    last_end = c.end;
                }
            }
        }
    }

    fn seed_count_score(strict: bool) -> gold::Score {
        let mut score = gold::Score::default();
        for (record, entry) in gold::seeds() {
            let key = |count: u64, category: &str, q: &str| {
                if strict {
                    format!("{count} {category} {q}")
                } else {
                    format!("{count} {category}")
                }
            };
            let expected = gold::locate(&record.text, &entry["gold"]["member_counts"], |e| {
                key(
                    e["count"].as_u64().unwrap_or(u64::MAX),
                    e["category"].as_str().unwrap_or_default(),
                    e["qualifier"].as_str().unwrap_or_default(),
                )
            });
            let predicted: Vec<gold::Scored> = record
                .member_counts
                .iter()
                .map(|c| gold::Scored {
                    start: c.start,
                    end: c.end,
                    key: key(c.count, c.category.as_str(), c.qualifier.as_str()),
                    text: c.text.clone(),
                })
                .collect();
            score.add(&predicted, &expected);
        }
        score
    }

    #[test]
    fn seeds_member_counts_f1_at_least_095() {
        let score = seed_count_score(false);
        eprintln!("{}", score.report("seeds member counts (count+category)"));
        assert!(
            score.f1() >= 0.95,
            "{}",
            score.report("seeds member counts")
        );
        let strict = seed_count_score(true);
        eprintln!("{}", strict.report("seeds member counts (with qualifier)"));
        assert!(
            strict.f1() >= 0.95,
            "{}",
            strict.report("seeds counts, strict")
        );
    }

    #[test]
    fn news_extra_has_no_member_counts() {
        // The general-news passages annotate no member counts ("5.199 trường hợp chưa đến
        // giải quyết", "2,250 người" are not union counts).
        for (record, entry) in gold::news_extra() {
            let expected = entry["gold"]["member_counts"]
                .as_array()
                .map_or(0, Vec::len);
            assert_eq!(
                record.member_counts.len(),
                expected,
                "{:?}",
                record.member_counts
            );
        }
    }
}
