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

use super::continuations::continuation_at;
use super::rules::RULES;
use super::OrgSpan;
use crate::extract::people::role_stop_at;
use crate::extract::text::{is_capitalized, next_word, word_before};
use crate::rules::{Line, Row, RuleError, Table};

/// `org_compounds.tsv`: compounds whose first syllable a name may end on by mistake.
pub static ORG_COMPOUNDS: Table = Table::new(
    "extract/rules/org_compounds.tsv",
    include_str!("../rules/org_compounds.tsv"),
    &["first", "second", "not_after", "corpus", "example"],
    &["first", "second"],
);

/// A row of `org_compounds.tsv`.
#[derive(Debug, Clone, Copy)]
pub struct CompoundRow {
    first: &'static str,
    second: &'static str,
    not_after: &'static str,
}

impl Row for CompoundRow {
    fn from_line(line: &Line<'_>) -> Result<Self, RuleError> {
        Ok(Self {
            first: line.get("first")?,
            second: line.get("second")?,
            not_after: line.get("not_after")?,
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
/// second: its second syllable and end.
fn compound_end(text: &str, start: usize, end: usize) -> Option<(&'static str, usize)> {
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
    Some((row.second, next_end))
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

/// Reads on each mention whose canonical name is its written text (no place or parent was
/// resolved into it) over a compound's second syllable or a continuation of its name, where
/// the name then ends ([`name_ends_at`]); mentions inside the extension are dropped.
pub(super) fn extend(text: &str, spans: &mut Vec<OrgSpan>) {
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
        let tail = compound_end(text, span.start, span.end)
            .map(|(second, end)| (second.to_string(), end))
            .or_else(|| {
                continuation_at(text, span.end, written).map(|(words, end)| (words.join(" "), end))
            });
        if let Some((tail, end)) = tail.filter(|(_, end)| name_ends_at(text, *end)) {
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
            compound_end(text, start, end),
            Some(("gia", end + " gia".len()))
        );
        // general-10k: "Không loại trừ Trung Quốc gia tăng quân sự đối đầu với Mỹ …": "Quốc"
        // ends the country's name.
        let text = "Không loại trừ Trung Quốc gia tăng quân sự đối đầu với Mỹ";
        let start = text.find("Trung").unwrap_or_default();
        let end = text.find(" gia").unwrap_or_default();
        assert_eq!(compound_end(text, start, end), None);
    }
}
