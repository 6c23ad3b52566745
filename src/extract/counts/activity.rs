//! Whether an article is about union activity (`rules/count_union_activity.tsv`): honorees
//! given an award ("biểu dương … 77 cá nhân") count as `other` only there (GUIDELINES.md
//! decision 15: `other` is for people in union activity that no category fits; a ministry's,
//! a province's or the police's award to "06 cá nhân" is no union activity).

use std::cell::OnceCell;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

use crate::extract::quantity::table::Word;
use crate::extract::text::{word_end, word_start};
use crate::rules::Table;

/// The words that name the trade union or the Youth Union in an article.
pub(crate) static COUNT_UNION_ACTIVITY_TSV: Table = Table::new(
    "extract/rules/count_union_activity.tsv",
    include_str!("../rules/count_union_activity.tsv"),
    &["word"],
    &["word"],
);

/// The words of [`COUNT_UNION_ACTIVITY_TSV`] in one automaton; `None` when the table is
/// malformed (caught by the tests) or empty.
static UNION_WORDS: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    let rows: Vec<Word> = COUNT_UNION_ACTIVITY_TSV.load().unwrap_or_default();
    if rows.is_empty() {
        return None;
    }
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(rows.iter().map(|Word(w)| *w))
        .ok()
});

/// Whether the lower-cased text `lower` names the union or the Youth Union as a word.
fn names_union(lower: &str) -> bool {
    UNION_WORDS.as_ref().is_some_and(|words| {
        words
            .find_iter(lower)
            .any(|m| word_start(lower, m.start()) && word_end(lower, m.end()))
    })
}

/// An article's lower-cased text and, read on first use, whether it names the union: one
/// pass over the article at most, however many honorees it has.
pub(super) struct Activity<'a> {
    /// The article's text, lower-cased with the same byte offsets.
    lower: &'a str,
    /// Whether [`Self::lower`] names the union, once read.
    union: OnceCell<bool>,
}

impl<'a> Activity<'a> {
    /// The activity of the article whose lower-cased text is `lower`.
    pub(super) fn new(lower: &'a str) -> Self {
        Self {
            lower,
            union: OnceCell::new(),
        }
    }

    /// Whether the article is about union activity: it names the trade union or the Youth
    /// Union (a word of [`COUNT_UNION_ACTIVITY_TSV`]).
    pub(super) fn is_union(&self) -> bool {
        *self.union.get_or_init(|| names_union(self.lower))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::lower_aligned;

    #[test]
    fn the_table_is_well_formed_and_lower_case() {
        COUNT_UNION_ACTIVITY_TSV
            .lint()
            .unwrap_or_else(|e| panic!("{e}"));
        let rows: Vec<Word> = COUNT_UNION_ACTIVITY_TSV
            .load()
            .unwrap_or_else(|e| panic!("{e}"));
        for Word(w) in rows {
            assert_eq!(w, w.to_lowercase());
        }
    }

    #[test]
    fn union_words_are_whole_words() {
        // labour.jsonl baomoi-22328795 (union activity) and baomoi-22565385 (none).
        let union = "Đây là lần thứ 13 chương trình \"Vinh quang Việt Nam\" được Tổng Liên đoàn \
                     Lao động Việt Nam tổ chức";
        assert!(Activity::new(&lower_aligned(union)).is_union());
        let ministry = "Bộ trưởng Bộ Tài chính đã quyết định trao tặng Bằng khen của Bộ trưởng \
                        Bộ Tài chính cho 07 tập thể và 06 cá nhân";
        assert!(!Activity::new(&lower_aligned(ministry)).is_union());
        // "LĐLĐ" is no word inside a longer one; "Tổng LĐLĐVN" names it (real-dev baomoi-22327756).
        assert!(!Activity::new("xlđlđx").is_union());
        assert!(Activity::new(&lower_aligned("do Tổng LĐLĐVN và Báo Lao Động tổ chức")).is_union());
    }
}
