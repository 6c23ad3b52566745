//! The word lists the date extractor reads around numerals, from `rules/date_words.tsv`.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::normalize::fold;

/// The rule file: `kind<TAB>word`, sorted, with `#` comment lines and a header row.
pub(crate) const DATE_WORDS_TSV: &str = include_str!("../rules/date_words.tsv");

/// The kinds of words in [`DATE_WORDS_TSV`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Kind {
    /// Words that may follow a date without a head word ("từ 15/2, …", "hôm 7.2 ở Sochi",
    /// "Sochi 2014 và …"); any other lower-case word makes the numeral a count or a ratio
    /// ("5/5 thành phố").
    DateFollower,
    /// "ngày", "mùng", "hôm": the head word of a day.
    DayHead,
    /// Prepositions of time before a day and month without a head word ("từ 15/2",
    /// "trước 30/3"): the date then needs a [`Kind::DateFollower`] after it.
    DayPreposition,
    /// "thập niên", "thập kỷ": heads of a decade ("thập niên 90").
    DecadeHead,
    /// "luật", "hiến pháp": a legal document whose name may end in "năm YYYY".
    DocName,
    /// "số", "nghị quyết": words before a document number such as "02/2023".
    DocNumber,
    /// Earthly branches of lunar year names ("Thìn").
    LunarBranch,
    /// Heavenly stems of lunar year names ("Giáp").
    LunarStem,
    /// Words after a weekday that make it a day of another week ("thứ Năm tuần trước", "thứ
    /// Hai tới"); matched in lower case only.
    OtherWeek,
    /// Counting words before "năm" that make it a duration or a plural ("những năm trước").
    Quantifier,
    /// Heads of a relative day ("hôm qua", "sáng nay") and of a weekday ("hôm thứ Tư").
    RelativeDayHead,
    /// Heads of terms and periods ("nhiệm kỳ", "khóa", "giai đoạn").
    TermHead,
    /// Parts of the day ("sáng", "chiều").
    TimeOfDay,
    /// Function words that end the walk back over a document name.
    WalkStop,
    /// "đầu", "cuối", "giữa" before "năm".
    YearModifier,
    /// Words before a name that make the four digits after the name no year ("Chỉ số
    /// Russell 2000", "phiên bản 2020", "ISO 14001:2015").
    YearNameBlock,
    /// Nouns after which four digits are the year of the named event or report
    /// ("thường niên 2012", "Báo cáo tài chính 2012", "Olympic 2014").
    YearNoun,
    /// Prepositions that make a bare four-digit year a time reference ("trong 2021",
    /// "đến 2030").
    YearPreposition,
}

impl Kind {
    fn bit(self) -> u32 {
        1 << (self as u32)
    }

    fn parse(name: &str) -> Option<Self> {
        Some(match name {
            "date_follower" => Self::DateFollower,
            "day_head" => Self::DayHead,
            "day_preposition" => Self::DayPreposition,
            "decade_head" => Self::DecadeHead,
            "doc_name" => Self::DocName,
            "doc_number" => Self::DocNumber,
            "lunar_branch" => Self::LunarBranch,
            "lunar_stem" => Self::LunarStem,
            "other_week" => Self::OtherWeek,
            "quantifier" => Self::Quantifier,
            "relative_day_head" => Self::RelativeDayHead,
            "term_head" => Self::TermHead,
            "time_of_day" => Self::TimeOfDay,
            "walk_stop" => Self::WalkStop,
            "year_modifier" => Self::YearModifier,
            "year_name_block" => Self::YearNameBlock,
            "year_noun" => Self::YearNoun,
            "year_preposition" => Self::YearPreposition,
            _ => return None,
        })
    }
}

/// The parsed word lists: each folded word with the set of its kinds.
#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    words: HashMap<String, u32>,
}

impl Lexicon {
    /// True when `word` (any case) is listed under `kind`.
    pub(crate) fn is(&self, kind: Kind, word: &str) -> bool {
        let kinds = if word.chars().any(char::is_uppercase) {
            self.words.get(word.to_lowercase().as_str())
        } else {
            self.words.get(word)
        };
        kinds.is_some_and(|k| k & kind.bit() != 0)
    }
}

/// Parses the rule file; lines that do not parse are reported by the tests, skipped here.
pub(crate) fn parse(tsv: &str) -> (Lexicon, Vec<String>) {
    let mut lexicon = Lexicon::default();
    let mut bad = Vec::new();
    for line in tsv.lines().filter(|l| !l.starts_with('#')).skip(1) {
        let mut fields = line.split('\t');
        match (
            fields.next().and_then(Kind::parse),
            fields.next(),
            fields.next(),
        ) {
            (Some(kind), Some(word), None) if !word.trim().is_empty() => {
                *lexicon.words.entry(fold(word)).or_default() |= kind.bit();
            }
            _ => bad.push(line.to_string()),
        }
    }
    (lexicon, bad)
}

/// The lexicon, parsed once.
pub(crate) static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| parse(DATE_WORDS_TSV).0);

/// The rule file of words that count from the date of writing: `kind<TAB>word<TAB>offset`.
pub(crate) const DATE_OFFSETS_TSV: &str = include_str!("../rules/date_offsets.tsv");

/// Words that count from the date of writing, with their offsets, in file order.
#[derive(Debug, Default)]
pub(crate) struct Offsets {
    /// Words after a day head and the days they count from the publication date ("qua": -1).
    pub days: Vec<(String, i8)>,
    /// Words after "năm" and the years they count from the year of writing ("ngoái": -1).
    pub years: Vec<(String, i32)>,
    /// The days of the week, 0 for Monday ("thứ hai": 0, "chủ nhật": 6).
    pub weekdays: Vec<(String, u8)>,
}

impl Offsets {
    /// The number of weekday `name` (lower case), 0 for Monday.
    pub(crate) fn weekday(&self, name: &str) -> Option<u8> {
        self.weekdays
            .iter()
            .find(|(w, _)| w == name)
            .map(|&(_, day)| day)
    }
}

/// Parses the offsets file; lines that do not parse are reported by the tests, skipped here.
pub(crate) fn parse_offsets(tsv: &str) -> (Offsets, Vec<String>) {
    let mut offsets = Offsets::default();
    let mut bad = Vec::new();
    for line in tsv.lines().filter(|l| !l.starts_with('#')).skip(1) {
        let fields: Vec<&str> = line.split('\t').collect();
        let parsed = match fields.as_slice() {
            ["day", word, n] => n.parse().ok().map(|n| offsets.days.push((fold(word), n))),
            ["year", word, n] => n.parse().ok().map(|n| offsets.years.push((fold(word), n))),
            ["weekday", word, n] => n
                .parse()
                .ok()
                .filter(|&n: &u8| n < 7)
                .map(|n| offsets.weekdays.push((fold(word), n))),
            _ => None,
        };
        if parsed.is_none() {
            bad.push(line.to_string());
        }
    }
    (offsets, bad)
}

/// The offsets, parsed once.
pub(crate) static OFFSETS: LazyLock<Offsets> = LazyLock::new(|| parse_offsets(DATE_OFFSETS_TSV).0);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_file_is_sorted_nfc_unique_and_parses() {
        let (lexicon, bad) = parse(DATE_WORDS_TSV);
        assert!(bad.is_empty(), "unparsed lines: {bad:?}");
        let rows: Vec<&str> = DATE_WORDS_TSV
            .lines()
            .filter(|l| !l.starts_with('#'))
            .skip(1)
            .collect();
        let mut sorted = rows.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(
            rows, sorted,
            "date_words.tsv must be sorted and duplicate-free"
        );
        for row in &rows {
            let word = row.split('\t').nth(1).unwrap_or_default();
            assert_eq!(fold(word), word, "not folded NFC lower case: {row:?}");
        }
        assert!(lexicon.is(Kind::LunarStem, "Giáp"));
        assert!(lexicon.is(Kind::TermHead, "nhiệm kỳ"));
        assert!(!lexicon.is(Kind::TimeOfDay, "ngày"));
    }

    #[test]
    fn offsets_file_is_sorted_nfc_unique_and_parses() {
        let (offsets, bad) = parse_offsets(DATE_OFFSETS_TSV);
        assert!(bad.is_empty(), "unparsed lines: {bad:?}");
        let rows: Vec<&str> = DATE_OFFSETS_TSV
            .lines()
            .filter(|l| !l.starts_with('#'))
            .skip(1)
            .collect();
        let mut sorted = rows.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(
            rows, sorted,
            "date_offsets.tsv must be sorted and duplicate-free"
        );
        for row in &rows {
            let word = row.split('\t').nth(1).unwrap_or_default();
            assert_eq!(fold(word), word, "not folded NFC lower case: {row:?}");
        }
        assert_eq!(offsets.weekday("chủ nhật"), Some(6));
        assert_eq!(offsets.weekdays.len(), 7);
    }
}
