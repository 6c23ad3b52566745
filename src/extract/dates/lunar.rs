//! The year of the Tết an article is about ("Tết Đinh Dậu", "Xuân Đinh Dậu"), when it has no
//! publication date: the year its days without a year are in.
//!
//! # The rule
//! A lunar year name (heavenly stem + earthly branch) after "Tết" or "Xuân" names the Tết
//! the article is written around ("Ngày 3.2 (tức mùng 7 Tết Đinh Dậu)": 3 February 2017).
//! A name followed by its year ("Tết Mậu Thân 1968", "Tết Đinh Dậu 2017") is left to the
//! written year: it may be history, and a year written is read as such anyway. The name
//! repeats every 60 years; the year taken is the one in 1984–2027, the Tết of the news
//! collections' era up to the Tết after the year this rule was written (2026). The 16 names
//! whose year in the cycle falls in 2028–2043 (last seen 1968–1983) name history, not the
//! article's present ("Tết Mậu Thân" alone is the 1968 offensive, 6 of 6 times in
//! general-10k), and give no year. A Tết year before the article's present year (`present`)
//! is history too and is not used (`infer`). Tết falls in late January or February, and
//! articles about it are written from about autumn to spring: a month from July to December
//! is of the year before (`infer`).
//!
//! In the real collections (`../shared/corpus-real/`), "Tết/Xuân [Nguyên đán] Đinh Dậu" is
//! written 122 times in general-10k and 27 times in labour.jsonl (the 2017 Tết); "Tết Mậu
//! Thân" 6 times, all the 1968 offensive.

#[cfg(test)]
use aho_corasick::{AhoCorasick, MatchKind};
#[cfg(test)]
use std::sync::LazyLock;

use crate::normalize::chars::is_alpha;

/// What may stand between a date and the "âm lịch" (lunar calendar) written after it: "ngày
/// 5/5 Âm lịch", "hôm qua (9/1 Âm lịch)", "phiên ngày 10/1(âm lịch)", "ngày 14/6 - âm lịch".
const LUNAR_GAPS: [&str; 4] = [" ", "(", " (", " - "];

/// Whether the date that ends at byte `end` of `text` is a day or month of the lunar
/// calendar: "âm lịch" follows it ("ngày 23/5 âm lịch năm 1885", "mùng 10 tháng 3 Âm lịch").
/// It has no solar value the extractor can give (the dev gold converts lunar days to solar
/// ones, "mùng 6 Tết" → 2017-02-02; only Tết's days are converted, `new_year`), and read as
/// solar it is a wrong day (stop 24: 51 mentions of corpus-real, none right: "Tết Đoan
/// Ngọ … ngày 5/5 Âm lịch" → `--05-05`), nor the article's present ("hôm qua (9/1 Âm
/// lịch)" gave lunar 10 January as the day "hôm nay" was, general-10k baomoi-21473826).
pub(super) fn lunar_marked(text: &str, end: usize) -> bool {
    let Some(rest) = text.get(end..) else {
        return false;
    };
    LUNAR_GAPS.iter().any(|gap| {
        rest.strip_prefix(gap)
            .and_then(|r| r.get(.."âm lịch".len()))
            .is_some_and(|w| crate::extract::caseless::eq_lower(w, "âm lịch"))
    })
}

/// The heavenly stems in cycle order (Giáp is the stem of years ≡ 4 mod 10).
const STEMS: [&str; 10] = [
    "giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý",
];

/// The earthly branches in cycle order (Tý is the branch of years ≡ 4 mod 12); "tị" and
/// "tỵ" are two spellings of one branch.
const BRANCHES: [&[&str]; 12] = [
    &["tý"],
    &["sửu"],
    &["dần"],
    &["mão"],
    &["thìn"],
    &["tị", "tỵ"],
    &["ngọ"],
    &["mùi"],
    &["thân"],
    &["dậu"],
    &["tuất"],
    &["hợi"],
];

/// The first year a Tết name is taken for (Giáp Tý, the first name of the cycle).
const GIAP_TY: i32 = 1984;

/// The last year a Tết name is taken for: the Tết after the year this rule was written.
const LATEST_TET: i32 = 2027;

/// How many "Tết"/"Xuân" words are read: the first few are enough, and the cap keeps the
/// scan short on odd input.
const CUES_MAX: usize = 32;

/// The cue words a Tết's lunar year name follows: the candidate pass's
/// [`KeywordSet::TetCues`](crate::extract::candidates::KeywordSet::TetCues), as written.
pub(crate) const CUES: [&str; 6] = ["Tết ", "tết ", "TẾT ", "Xuân ", "xuân ", "XUÂN "];

/// One automaton for [`CUES`], in its order: the rule's own search from stop 21 to stop 28,
/// now the tests' reference. The cues end with a space and have none before it, so no two
/// matches overlap and one pass finds what a `memmem` search per cue found (before stop 21),
/// and what the candidate pass finds of them.
#[cfg(test)]
static CUE_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostFirst)
        .build(CUES)
        .expect("the Tết cues build an automaton")
});

/// The year of the first Tết named with a lunar year (and no written year) in `text`, when
/// that year is in 1984–2027, by [`CUE_WORDS`]' places.
#[cfg(test)]
pub(super) fn tet_year(text: &str) -> Option<i32> {
    let cues = CUE_WORDS
        .find_iter(text.as_bytes())
        .map(|m| (m.pattern().as_usize(), m.start(), m.end()));
    tet_year_at(text, cues)
}

/// The year of the first Tết named with a lunar year (and no written year) in `text`, when
/// that year is in 1984–2027. `cues` are where `text` has a cue of [`CUES`], in text order:
/// its row, start and end (the candidate pass's `KeywordSet::TetCues`).
pub(super) fn tet_year_at(
    text: &str,
    cues: impl IntoIterator<Item = (usize, usize, usize)>,
) -> Option<i32> {
    // The first [`CUES_MAX`] places of each cue are read, in text order: the first that
    // names a cycle is the first of all the cues' first (what the per-cue searches took).
    let mut seen = [0usize; CUES.len()];
    for (row, p, end) in cues {
        if seen.iter().all(|&n| n >= CUES_MAX) {
            break;
        }
        let Some(n) = seen.get_mut(row) else {
            continue;
        };
        if *n >= CUES_MAX {
            continue;
        }
        *n += 1;
        if text[..p].chars().next_back().is_some_and(is_alpha) || in_apposition(text, p) {
            continue;
        }
        if let Some(cycle) = cycle_after(&text[end..]) {
            return year_in_cycle(cycle);
        }
    }
    None
}

/// How many bytes before a cue are read for an apposition's "(tức".
const APPOSITION_REACH: usize = 40;

/// Whether the cue at `p` stands in an apposition that restates a written date in the lunar
/// calendar ("vào ngày 2/2/2014 (tức ngày mùng 3 tết Giáp Ngọ)": the Tết of that date, which
/// may be history, not the article's).
fn in_apposition(text: &str, p: usize) -> bool {
    let mut from = p.saturating_sub(APPOSITION_REACH);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let window = &text[from..p];
    window
        .rfind("(tức ")
        .is_some_and(|i| !window[i..].contains(')'))
}

/// The cycle index (0 = Giáp Tý) of the lunar year named at the start of `rest` (after an
/// optional "Nguyên đán"), unless its year is written after it ("Tết Mậu Thân 1968",
/// "Tết Mậu Thân năm 1968").
fn cycle_after(rest: &str) -> Option<usize> {
    let mut rest = rest;
    for filler in ["Nguyên đán ", "nguyên đán ", "Nguyên Đán "] {
        if let Some(r) = rest.strip_prefix(filler) {
            rest = r;
        }
    }
    let mut words = rest.splitn(3, ' ');
    let stem = words.next()?.to_lowercase();
    let branch_word = words.next()?;
    let after = words.next().unwrap_or_default();
    let after = after.strip_prefix("năm ").unwrap_or(after);
    let year_written = branch_word.chars().all(is_alpha)
        && after.len() >= 4
        && after.as_bytes()[..4].iter().all(u8::is_ascii_digit);
    if year_written {
        return None;
    }
    let branch = branch_word
        .chars()
        .take_while(|c| is_alpha(*c))
        .collect::<String>()
        .to_lowercase();
    let s = STEMS.iter().position(|&x| x == stem)?;
    let b = BRANCHES
        .iter()
        .position(|names| names.contains(&branch.as_str()))?;
    // The cycle index n has n ≡ s (mod 10) and n ≡ b (mod 12); stem and branch have the
    // same parity in every real name.
    (0..60).find(|n| n % 10 == s && n % 12 == b)
}

/// The cycle index (0 = Giáp Tý) of the lunar year named by `stem` and `branch`, both lower
/// case ("đinh", "dậu" → 33).
pub(super) fn cycle_of(stem: &str, branch: &str) -> Option<usize> {
    let s = STEMS.iter().position(|&x| x == stem)?;
    let b = BRANCHES.iter().position(|names| names.contains(&branch))?;
    (0..60).find(|n| n % 10 == s && n % 12 == b)
}

/// The year of cycle index `cycle` in 1984–2027, if it falls there.
pub(super) fn year_in_cycle(cycle: usize) -> Option<i32> {
    // `cycle` < 60, so the cast is lossless.
    let year = GIAP_TY + cycle as i32;
    (year <= LATEST_TET).then_some(year)
}

#[cfg(test)]
mod tests {
    use super::super::text_values;
    use super::*;

    #[test]
    fn days_of_the_lunar_calendar_are_no_solar_dates() {
        // general-10k baomoi-22407471, baomoi-21494739, baomoi-22702407.
        for text in [
            "Vậy tại sao, Tết Đoan Ngọ lại được tổ chức vào ngày 5/5 Âm lịch?",
            "sự sôi động mua vàng cầu may ngày vía thần tài ở phiên ngày 10/1(âm lịch).",
            "Wanbi đã ra đi vào ngày 21/7/2013 (ngày 14/6 - âm lịch).",
        ] {
            let got = text_values(text);
            assert!(
                got.iter()
                    .all(|(_, v)| !v.ends_with("-05") && !v.ends_with("01-10")),
                "{text}: {got:?}"
            );
        }
        let got = text_values("Wanbi đã ra đi vào ngày 21/7/2013 (ngày 14/6 - âm lịch).");
        assert_eq!(
            got,
            [("ngày 21/7/2013".to_string(), "2013-07-21".to_string())]
        );
        // Nor the day of writing: "hôm qua (9/1 Âm lịch)" (general-10k baomoi-21473826).
        let got = text_values(
            "Vé số cháy hàng từ ngày hôm qua (9/1 Âm lịch). \"Sáng sớm nay, cửa hàng đông\".",
        );
        assert!(got.is_empty(), "{got:?}");
        // Tết's own days are converted: they stay ("nhập viện hôm mùng 4 Tết (âm lịch)").
        assert!(lunar_marked("mùng 4 Tết (âm lịch)", "mùng 4 Tết".len()));
        assert!(!lunar_marked("ngày 5/5 tới", "ngày 5/5".len()));
    }

    /// The per-cue searches one pass replaced (stop 21).
    fn per_cue(text: &str) -> Option<i32> {
        let (_, cycle) = CUES
            .iter()
            .filter_map(|cue| {
                memchr::memmem::find_iter(text.as_bytes(), cue.as_bytes())
                    .take(CUES_MAX)
                    .filter(|&p| !text[..p].chars().next_back().is_some_and(is_alpha))
                    .filter(|&p| !in_apposition(text, p))
                    .find_map(|p| Some((p, cycle_after(&text[p + cue.len()..])?)))
            })
            .min_by_key(|&(p, _)| p)?;
        year_in_cycle(cycle)
    }

    #[test]
    fn one_pass_finds_what_the_per_cue_searches_found() {
        let many_tet = "Tết sum vầy. ".repeat(40);
        let texts = [
            "chăm lo Tết Nguyên đán Đinh Dậu, công nhân".to_string(),
            "Xuân Mậu Thân 1968, rồi Tết Đinh Dậu và XUÂN Giáp Ngọ".to_string(),
            "Tết Mậu Thân, sau đó xuân Đinh Dậu".to_string(),
            format!("{many_tet}Tết Đinh Dậu, xuân Giáp Ngọ"),
            format!("xuân Giáp Ngọ {many_tet}Tết Đinh Dậu"),
            "(tức mùng 3 tết Giáp Ngọ) và Tết Đinh Dậu".to_string(),
            "MộtTết Đinh Dậu".to_string(),
            String::new(),
        ];
        for text in &texts {
            assert_eq!(tet_year(text), per_cue(text), "{text}");
        }
    }

    /// The candidate pass's cues give what the automaton's gave, on these texts and the
    /// corpus articles.
    #[test]
    fn the_candidate_pass_finds_the_cues_the_automaton_found() {
        use crate::extract::Document;
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let mut texts: Vec<String> = std::fs::read_dir(corpus)
            .expect("corpus/")
            .map(|e| std::fs::read_to_string(e.expect("entry").path()).expect("text"))
            .collect();
        texts.extend(
            [
                "Xuân Mậu Thân 1968, rồi Tết Đinh Dậu và XUÂN Giáp Ngọ",
                "TẾT Đinh Dậu, tẾt Giáp Ngọ, xUÂN Ất Mùi, MộtTết Đinh Dậu, Tết  Tết Tết",
                "(tức mùng 3 tết Giáp Ngọ) và Tết Đinh Dậu",
            ]
            .map(String::from),
        );
        texts.push(format!("{}Tết Đinh Dậu", "Tết sum vầy. ".repeat(40)));
        for text in &texts {
            let doc = Document::from_text(text);
            let found: Vec<_> = super::super::cue_hits(doc.candidates()).collect();
            let own: Vec<_> = CUE_WORDS
                .find_iter(text.as_bytes())
                .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
                .collect();
            assert_eq!(found, own, "{text}");
            assert_eq!(tet_year_at(text, found), tet_year(text), "{text}");
        }
    }

    #[test]
    fn the_tet_of_a_labour_article_names_its_year() {
        // labour.jsonl: "Ngày 3.2 (tức mùng 7 Tết Nguyên đán), … Tết Đinh Dậu".
        let text = "Lao động trở lại làm việc sau Tết Đinh Dậu. Ngày 3.2 (tức mùng 7 Tết \
                    Nguyên đán), Công ty Pouchen VN đã có 25.500 lao động.";
        assert_eq!(tet_year(text), Some(2017));
        assert_eq!(
            tet_year("chăm lo Tết Nguyên đán Đinh Dậu, công nhân"),
            Some(2017)
        );
        assert_eq!(tet_year("đón xuân Đinh Dậu"), Some(2017));
        assert_eq!(tet_year("Tết Giáp Ngọ sắp đến"), Some(2014));
        assert_eq!(tet_year("Tết Đinh Mùi"), Some(2027));
    }

    #[test]
    fn a_tet_of_history_names_no_present() {
        // general-10k: "sân bay Tân Sơn Nhất- Tết Mậu Thân 1968": the year is written.
        assert_eq!(
            tet_year("Tân Sơn Nhất- Tết Mậu Thân 1968. Khu vực này"),
            None
        );
        assert_eq!(tet_year("sân bay Tân Sơn Nhất Tết Mậu Thân năm 1968"), None);
        // "cuộc Tổng tiến công và nổi dậy Tết Mậu Thân": 2028 is after 2027.
        assert_eq!(tet_year("cuộc Tổng tiến công Tết Mậu Thân"), None);
        // general-10k: a written date restated in the lunar calendar.
        let text = "giết vợ vào ngày 2/2/2014 (tức ngày mùng 3 tết Giáp Ngọ). Vụ án";
        assert_eq!(tet_year(text), None);
    }

    #[test]
    fn words_that_are_not_a_tet_with_a_year_name_nothing() {
        assert_eq!(tet_year("Tết Nguyên đán sắp đến"), None);
        assert_eq!(tet_year("mùa xuân mới"), None);
        assert_eq!(tet_year("Tết"), None);
        assert_eq!(tet_year("Xuân Quý"), None);
        assert_eq!(tet_year("biết Đinh Dậu"), None);
        // A stem and branch of different parity name no year.
        assert_eq!(tet_year("Tết Giáp Sửu"), None);
    }

    #[test]
    fn cycle_years() {
        assert_eq!(year_in_cycle(0), Some(1984));
        assert_eq!(year_in_cycle(33), Some(2017));
        assert_eq!(year_in_cycle(43), Some(2027));
        assert_eq!(year_in_cycle(44), None);
    }
}
