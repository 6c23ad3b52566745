//! Names cut short before their lower-case rest, read on after the mention is found (stop
//! 28, issue 12):
//!
//! - a compound whose first syllable is capitalized and whose second is written lower case
//!   (`org_compounds.tsv`): "Ủy ban ATGT Quốc" + "gia", "Bệnh viện Nhi Trung" + "ương",
//!   "Công ty TNHH Thương" + "mại" ended on the first syllable, inside a word;
//! - a continuation of `org_continuations.tsv` after a name the grammar read whole but did
//!   not go on from ("Hiệp hội BV" + "tư nhân", "Ban Chỉ đạo Nhà nước" + "về đổi mới doanh
//!   nghiệp"): the grammar reads a continuation only after a lone capitalized compound.
//!
//! GUIDELINES.md takes the maximal span. Both tables come from the lower-case words after
//! the base build's mentions over ../shared/corpus-real (`scripts/lexicon/org_stats.py
//! cuts`), reviewed by hand.

use std::sync::LazyLock;

use chrono::NaiveDate;

use super::continuations::continuation_at;
use super::place::place_tail;
use super::rules::RULES;
use super::OrgSpan;
use crate::extract::lexicon::LEXICON;
use crate::extract::people::role_stop_at;
use crate::extract::text::{is_capitalized, next_word, word_before};
use crate::rules::{Line, Row, RuleError, Table};

/// `org_compounds.tsv`: compounds whose first syllable a name may end on by mistake.
pub static ORG_COMPOUNDS: Table = Table::new(
    "extract/rules/org_compounds.tsv",
    include_str!("../rules/org_compounds.tsv"),
    &[
        "first",
        "second",
        "not_after",
        "read_on",
        "corpus",
        "example",
    ],
    &["first", "second"],
);

/// A row of `org_compounds.tsv`.
#[derive(Debug, Clone, Copy)]
pub struct CompoundRow {
    first: &'static str,
    second: &'static str,
    not_after: &'static str,
    read_on: bool,
}

impl Row for CompoundRow {
    fn from_line(line: &Line<'_>) -> Result<Self, RuleError> {
        Ok(Self {
            first: line.get("first")?,
            second: line.get("second")?,
            not_after: line.get("not_after")?,
            read_on: line.get::<&str>("read_on")? == "yes",
        })
    }
}

/// The compounds of the table.
static COMPOUNDS: LazyLock<Vec<CompoundRow>> = LazyLock::new(|| {
    ORG_COMPOUNDS
        .load::<CompoundRow>()
        .expect("the embedded compound table parses (tested)")
});

/// The end of the compound's second syllable when the mention `start..end` ends on the
/// first syllable of a compound of `org_compounds.tsv` and the text goes on with the
/// second: its row and the second syllable's end.
fn compound_end(text: &str, start: usize, end: usize) -> Option<(&'static CompoundRow, usize)> {
    let (w_start, last) = last_word(text, start, end)?;
    if !is_capitalized(last) {
        return None;
    }
    let (next, _, next_end) = next_word(text, end)?;
    let row = COMPOUNDS
        .iter()
        .find(|row| row.first == last && row.second == next)?;
    let before = word_before(text, w_start)
        .filter(|(s, _)| *s >= start)
        .map(|(_, w)| w);
    if before.is_some_and(|b| row.not_after.split(' ').any(|n| n == b)) {
        return None;
    }
    Some((row, next_end))
}

/// The most words read after a compound's second syllable ("và phát triển đường cao tốc
/// Việt Nam" has seven).
const MAX_REST_WORDS: usize = 10;

/// The most lower-case words that punctuation after them ends as a name ("Kinh doanh vốn
/// nhà nước (SCIC)").
const MAX_LOWER_RUN: usize = 5;

/// Where the name's rest after a compound's second syllable at `pos` ends: at a written
/// place ("Thiết kế và xây dựng Việt Nam"), after "số" and a number and its place if one
/// follows ("Xây dựng số 3"),
/// after a run of capitalized words ("Dự án Hồ Tràm", "Mía đường Hoàng Anh Gia Lai"), or
/// before punctuation after at most five lower-case words ("Phát triển công nghiệp
/// (Becamex)"). None where a stop word or verb, a new organization's head ("Môi trường đô
/// thị Chi nhánh …"), a long lower-case run or a bare number comes first.
fn rest_end(text: &str, pos: usize, published: Option<NaiveDate>) -> Option<usize> {
    let mut p = pos;
    let mut lower = 0;
    let mut capitals = None;
    let mut previous = "";
    for _ in 0..MAX_REST_WORDS {
        if let Some(tail) = place_tail(text, p, published).filter(|t| t.area.is_some()) {
            return Some(tail.end);
        }
        let Some((word, q, end)) = next_word(text, p) else {
            return capitals.or((lower > 0 && lower <= MAX_LOWER_RUN).then_some(p));
        };
        if word.starts_with(|c: char| c.is_ascii_digit()) {
            // "Chi nhánh DNTN Xây dựng số 1 tỉnh Điện Biên": a place may follow the number.
            let place = place_tail(text, end, published).filter(|t| t.area.is_some());
            let with_place = place.map_or(end, |t| t.end);
            return (previous == "số" && word.len() <= 3).then_some(with_place);
        }
        if is_capitalized(word) {
            if lower > MAX_LOWER_RUN || RULES.head_at(text, q).is_some() {
                return capitals;
            }
            capitals = Some(end);
        } else if capitals.is_some() {
            // "Công ty TNHH Dự án Hồ Tràm làm chủ đầu tư": the capitalized run ends it.
            return capitals;
        } else if word != "và"
            && (RULES.name_stops.contains(&word)
                || RULES.determiners.contains(&word)
                || role_stop_at(text, q)
                || RULES.level_at(text, q).is_some()
                || word == "không")
        {
            return None;
        } else {
            lower += 1;
        }
        previous = word;
        p = end;
    }
    None
}

/// Whether a name may end at byte `pos`: punctuation or the text's end follows, or a stop
/// word or verb of the sentence (`role_stops.tsv`, the name stops and determiners of
/// `org_words.tsv`, "không"), "và" and "&" excepted. A lower-case word, a number or a capitalized word after it
/// may go on with the name ("Công ty Môi trường đô thị …", "Công ty TNHH Mía đường Hoàng Anh
/// Gia Lai", "Công ty cổ phần Xây dựng số 3"), which this reading does not follow: the
/// mention is left as the grammar cut it.
fn name_ends_at(text: &str, pos: usize) -> bool {
    // "Tổng Công ty Đầu tư & Phát triển …", "Công ty CPĐT Thiết kế và xây dựng …": a name
    // goes on after "&" and "và".
    if text.get(pos..).is_some_and(|rest| rest.starts_with(" & ")) {
        return false;
    }
    let Some((word, q, _)) = next_word(text, pos) else {
        return true;
    };
    word != "và"
        && !is_capitalized(word)
        && !word.starts_with(|c: char| c.is_ascii_digit())
        && (RULES.name_stops.contains(&word)
            || RULES.determiners.contains(&word)
            || role_stop_at(text, q)
            || word == "không")
}

/// The last word of the mention `start..end`: its start and the word.
fn last_word(text: &str, start: usize, end: usize) -> Option<(usize, &str)> {
    let written = text.get(start..end)?;
    let from = written.rfind(' ').map_or(0, |i| i + 1);
    Some((start + from, written.get(from..)?))
}

/// The tail read on after the mention ending at `end`: a compound's second syllable where
/// the name then ends; else, past the compound, the name's lower-case or capitalized rest as
/// a board's is read ([`board_name_end`]: "Công ty CP Xây" + "dựng và lắp đặt viễn thông",
/// "Công ty TNHH Mía" + "đường Hoàng Anh Gia Lai") unless that rest ends on a person's name
/// ([`ends_on_person`]); else a continuation of `org_continuations.tsv`.
fn tail_after(
    text: &str,
    start: usize,
    end: usize,
    published: Option<NaiveDate>,
) -> Option<(String, usize)> {
    let written = text.get(start..end)?;
    if let Some((row, c_end)) = compound_end(text, start, end) {
        if name_ends_at(text, c_end) {
            return Some((row.second.to_string(), c_end));
        }
        let rest_end = row
            .read_on
            .then(|| rest_end(text, c_end, published))
            .flatten()?;
        let tail = text.get(end..rest_end)?.trim();
        return (!ends_on_person(tail)).then(|| (tail.to_string(), rest_end));
    }
    continuation_at(text, end, written)
        .map(|(words, c_end)| (words.join(" "), c_end))
        .filter(|(_, c_end)| name_ends_at(text, *c_end))
}

/// Whether `tail` ends on a run of two or three capitalized words opening with a family
/// name: a person named after the organization ("Ủy ban ATGT Quốc gia Trương Quang
/// Nghĩa"), not its name ("… Mía đường Hoàng Anh Gia Lai", four words).
fn ends_on_person(tail: &str) -> bool {
    let words: Vec<&str> = tail.split(' ').collect();
    let run = words.iter().rev().take_while(|w| is_capitalized(w)).count();
    let first = words.len().checked_sub(run).and_then(|i| words.get(i));
    (2..=3).contains(&run) && first.is_some_and(|f| LEXICON.surnames.iter().any(|s| s == f))
}

/// Reads on each mention whose canonical name is its written text (no place or parent was
/// resolved into it) over a compound's second syllable and the name's rest, or a
/// continuation of its name ([`tail_after`]); mentions inside the extension are dropped.
pub(super) fn extend(text: &str, published: Option<NaiveDate>, spans: &mut Vec<OrgSpan>) {
    let mut i = 0;
    while i < spans.len() {
        let Some(span) = spans.get(i) else {
            break;
        };
        let written = text.get(span.start..span.end).unwrap_or_default();
        // "các Công ty Điện lực": a generic plural, left as it was (GUIDELINES.md).
        if span.canonical != written || super::after_determiner(text, span.start) {
            i += 1;
            continue;
        }
        if let Some((tail, end)) = tail_after(text, span.start, span.end, published) {
            let start = span.start;
            if let Some(span) = spans.get_mut(i) {
                span.canonical = format!("{} {tail}", span.canonical);
                span.end = end;
            }
            let mut k = i + 1;
            while k < spans.len() {
                if spans
                    .get(k)
                    .is_some_and(|s| s.start >= start && s.start < end)
                {
                    spans.remove(k);
                } else {
                    k += 1;
                }
            }
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_parses() {
        assert!(ORG_COMPOUNDS.load::<CompoundRow>().is_ok());
    }

    #[test]
    fn a_compound_is_read_whole_unless_its_syllable_ends_a_country() {
        // baomoi-22495435 (general-10k): "… Phó Chủ tịch chuyên trách Ủy ban ATGT Quốc gia
        // nhấn mạnh: …"
        let text = "ông Khuất Việt Hùng - Phó Chủ tịch chuyên trách Ủy ban ATGT Quốc gia nhấn mạnh: ATGT không chỉ đòi hỏi";
        let start = text.find("Ủy ban").unwrap_or_default();
        let end = text.find(" gia").unwrap_or_default();
        assert_eq!(
            compound_end(text, start, end).map(|(row, e)| (row.second, e)),
            Some(("gia", end + " gia".len()))
        );
        // general-10k: "Không loại trừ Trung Quốc gia tăng quân sự đối đầu với Mỹ …": "Quốc"
        // ends the country's name.
        let text = "Không loại trừ Trung Quốc gia tăng quân sự đối đầu với Mỹ";
        let start = text.find("Trung").unwrap_or_default();
        let end = text.find(" gia").unwrap_or_default();
        assert!(compound_end(text, start, end).is_none());
    }

    /// The tail read after the mention `cut` of `text`, with its end.
    fn tail_of(text: &str, cut: &str) -> Option<String> {
        let start = text.find(cut)?;
        tail_after(text, start, start + cut.len(), None).map(|(tail, _)| tail)
    }

    #[test]
    fn a_company_cut_inside_its_trade_is_read_to_its_name_end() {
        // baomoi-22229643 (general-10k).
        let text = "Hội đồng quản trị Công ty cổ phần Xây dựng số 3 (VC3) vừa thông qua phương án chi trả cổ tức năm 2016";
        assert_eq!(
            tail_of(text, "Công ty cổ phần Xây").as_deref(),
            Some("dựng số 3")
        );
        // baomoi-22322927 (general-10k): a capitalized name after the compound.
        let text = "đầu tư chiến lược vào Công ty TNHH Mía đường Hoàng Anh Gia Lai (HAGL Sugar). Theo đó, BHS nhận chuyển nhượng";
        assert_eq!(
            tail_of(text, "Công ty TNHH Mía").as_deref(),
            Some("đường Hoàng Anh Gia Lai")
        );
        // baomoi-22460771 (labour): a lower-case rest before its short name.
        let text = "Nâng cao năng lực, hiệu quả hoạt động của Tổng Công ty Đầu tư và Kinh doanh vốn nhà nước (SCIC), Công ty Quản lý tài sản";
        assert_eq!(
            tail_of(text, "Tổng Công ty Đầu tư và Kinh").as_deref(),
            Some("doanh vốn nhà nước")
        );
        // baomoi-21486413 (labour): "và" and a place.
        let text =
            "Hà Nội với Công ty CPĐT Thiết kế và xây dựng Việt Nam (VIDEC) là chủ đầu tư dự án.";
        assert_eq!(
            tail_of(text, "Công ty CPĐT Thiết").as_deref(),
            Some("kế và xây dựng Việt Nam")
        );
    }

    #[test]
    fn a_rest_ending_on_a_family_name_run_is_left_as_cut() {
        // baomoi-21471165 (general-10k): "Hồ Tràm" reads as a person's name (a cost: the
        // company's name is left cut); "Hoàng Anh Gia Lai" has four words.
        let text =
            "giai đoạn 2 trị giá 1.800 tỷ đồng do Công ty TNHH Dự án Hồ Tràm làm chủ đầu tư.";
        assert_eq!(tail_of(text, "Công ty TNHH Dự"), None);
        assert!(!ends_on_person("đường Hoàng Anh Gia Lai"));
        // baomoi-22454467 (general-10k): "Trung ương" is no row read on, and "rất" does not
        // end a name: the mention stays as the grammar cut it (the first round's reading).
        let text =
            "tại Bệnh viện Nhi Trung ương rất nhiều bệnh nhân nhi đến khám dẫn đến BV quá tải.";
        assert_eq!(tail_of(text, "Bệnh viện Nhi Trung"), None);
    }
}
