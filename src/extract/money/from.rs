//! "từ" before a single amount: the price or income starts there ("giá từ 100 triệu đồng",
//! at least 100 million; `rules/money_from_cues.tsv`).
//!
//! "từ" is also the first word of a range ("từ 5 đến 7 triệu", read as one mention before
//! this), of a change ("tăng từ 1.210.000 đồng lên 1.300.000 đồng": the old value, exact), and
//! of a source ("đến từ 14,5 tỷ USD quỹ hiện tại"). The lower bound needs a cue of price
//! or income before "từ" in its clause and none of the words of a range or a change after
//! the amount in its clause.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use crate::extract::quantity::clause::clause_bounds;
use crate::extract::quantity::table::longest_first;
use crate::extract::quantity::words::{build_ac, letters_at, suffix_ci, word_end, word_start};
use crate::rules::{Line, Row, RuleError, Table};

/// The rule table: the words of price and income before "từ".
pub(crate) static MONEY_FROM_CUES_TSV: Table = Table::new(
    "extract/rules/money_from_cues.tsv",
    include_str!("../rules/money_from_cues.tsv"),
    &["word", "corpus_count"],
    &["word"],
);

/// A row of [`MONEY_FROM_CUES_TSV`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FromCue {
    /// The word, lower case.
    pub word: &'static str,
}

impl Row for FromCue {
    fn from_line(line: &Line<'_>) -> Result<Self, RuleError> {
        Ok(FromCue {
            word: line.get("word")?,
        })
    }
}

/// The cue words as one automaton; a malformed table (caught by the tests) gives none.
static FROM_CUES: LazyLock<AhoCorasick> = LazyLock::new(|| {
    let rows: Vec<FromCue> = MONEY_FROM_CUES_TSV.load().unwrap_or_default();
    let words: Vec<&str> = longest_first(rows, |row| row.word)
        .into_iter()
        .map(|row| row.word)
        .collect();
    build_ac(&words, false)
});

/// Words after the amount that make "từ" the start of a range ("đến", "tới") or of a change
/// ("lên", "xuống", "thành", "còn", "sang"), or the lower end of "từ … trở xuống".
const RANGE_OR_CHANGE: [&str; 8] = ["đến", "tới", "lên", "xuống", "thành", "còn", "sang", "trở"];

/// How far, in bytes, the cue is looked for before "từ" (about six words).
const CUE_REACH: usize = 40;

/// How far, in bytes, the words of a range or change are looked for after the amount: a
/// range's upper end may come after a unit and an aside ("từ 448 triệu đồng (số sàn) đến 523
/// triệu đồng").
const AFTER_REACH: usize = 120;

/// Where "từ" starts when it makes the amount at `start..end` a lower bound ("giá từ 100
/// triệu đồng"); `None` when there is no "từ" right before it, no cue before "từ", or the
/// clause goes on into a range or a change.
pub(super) fn lower_bound_from(text: &str, start: usize, end: usize) -> Option<usize> {
    let before = text.get(..start)?.strip_suffix(' ')?;
    let from = suffix_ci(before, "từ")?;
    let (left, _) = clause_bounds(text, from, end);
    let mut reach = from.saturating_sub(CUE_REACH).max(left);
    while !text.is_char_boundary(reach) {
        reach += 1;
    }
    let cue_text = text.get(reach..from)?.to_lowercase();
    let cued = FROM_CUES
        .find_iter(&cue_text)
        .any(|m| word_start(&cue_text, m.start()) && word_end(&cue_text, m.end()));
    (cued && !range_or_change_after(text, end)).then_some(from)
}

/// Whether a word of [`RANGE_OR_CHANGE`] follows byte `end` before the sentence or clause
/// ends (brackets do not end it here).
fn range_or_change_after(text: &str, end: usize) -> bool {
    let bytes = text.as_bytes();
    let mut i = end;
    while i < bytes.len() && i - end < AFTER_REACH {
        match bytes[i] {
            b';' | b'!' | b'?' | b'\n' => return false,
            b',' | b'.' if !bytes.get(i + 1).is_some_and(|b| b.is_ascii_digit()) => return false,
            _ => {}
        }
        if text.is_char_boundary(i) && word_start(text, i) {
            let word = letters_at(text, i).to_lowercase();
            if RANGE_OR_CHANGE.contains(&word.as_str()) {
                return true;
            }
        }
        i += 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bound(text: &str, amount: &str) -> Option<String> {
        let start = text.find(amount).expect("amount in text");
        lower_bound_from(text, start, start + amount.len()).map(|at| text[at..].to_string())
    }

    #[test]
    fn a_price_from_an_amount_is_a_lower_bound() {
        // baomoi-21492701 (labour.jsonl)
        let text = "bán với giá từ 100 triệu đồng cho công nhân trên địa bàn.";
        assert_eq!(
            bound(text, "100 triệu đồng").as_deref(),
            Some("từ 100 triệu đồng cho công nhân trên địa bàn.")
        );
        // general-10k: an income
        let text = "cho phép người có thu nhập từ 10 triệu đồng được đánh bạc công khai";
        assert!(bound(text, "10 triệu đồng").is_some());
    }

    #[test]
    fn a_change_or_a_range_is_no_lower_bound() {
        // labour.jsonl: the old value of a change
        let text = "mức lương cơ sở tăng từ 1.210.000 đồng lên 1.300.000 đồng/tháng.";
        assert_eq!(bound(text, "1.210.000 đồng"), None);
        // general-10k: a range whose end comes after an aside
        let text = "Giá Mirage ở Việt Nam từ 448 triệu đồng (số sàn) đến 523 triệu đồng (số CVT).";
        assert_eq!(bound(text, "448 triệu đồng"), None);
        let text = "giá cổ phiếu BVH dao động từ 66.200 đồng/cổ phiếu tới 73.000 đồng/cổ phiếu.";
        assert_eq!(bound(text, "66.200 đồng"), None);
    }

    #[test]
    fn a_source_is_no_lower_bound() {
        // general-10k: "from" a fund, no price before it
        let text = "Nguồn tài chính này đến từ 14,5 tỷ USD quỹ hiện tại của sáng kiến.";
        assert_eq!(bound(text, "14,5 tỷ USD"), None);
        let text = "ta chỉ tiêu 3 đồng. Từ 3 đồng đó, ta tiếp tục làm ra được 10 đồng.";
        assert_eq!(bound(text, "3 đồng đó"), None);
    }
}
