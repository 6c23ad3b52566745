//! The word lists the date extractor reads around numerals, from `rules/date_words.tsv`.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use crate::normalize::fold;
use crate::rules::{cell_enum, FromCell, Line, Row, RuleError, Table};

/// The rule table: the words the date extractor reads and their kinds, lower case.
pub(crate) static DATE_WORDS_TSV: Table = Table::new(
    "extract/rules/date_words.tsv",
    include_str!("../rules/date_words.tsv"),
    &["kind", "word"],
    &["kind", "word"],
);

cell_enum! {
    /// The kinds of words in [`DATE_WORDS_TSV`].
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub(crate) enum Kind {
        /// Words that may follow a date without a head word ("từ 15/2, …", "hôm 7.2 ở Sochi",
        /// "Sochi 2014 và …"); any other lower-case word makes the numeral a count or a ratio
        /// ("5/5 thành phố").
        DateFollower = "date_follower",
        /// "ngày", "mùng", "hôm": the head word of a day.
        DayHead = "day_head",
        /// Words right before a day and month that make it a date without a head word: a
        /// trading session ("Chốt phiên 7/7", "phiên giao dịch 6/2") or a holiday named with
        /// its day ("dịp lễ 30/4", "Quốc khánh 2.9"); read by `leads`.
        DayLead = "day_lead",
        /// Prepositions of time before a day and month without a head word ("từ 15/2",
        /// "trước 30/3"): the date then needs a [`Kind::DateFollower`] after it.
        DayPreposition = "day_preposition",
        /// "thập niên", "thập kỷ": heads of a decade ("thập niên 90").
        DecadeHead = "decade_head",
        /// "luật", "hiến pháp": a legal document whose name may end in "năm YYYY".
        DocName = "doc_name",
        /// "số", "nghị quyết": words before a document number such as "02/2023".
        DocNumber = "doc_number",
        /// Earthly branches of lunar year names ("Thìn").
        LunarBranch = "lunar_branch",
        /// Heavenly stems of lunar year names ("Giáp").
        LunarStem = "lunar_stem",
        /// "đầu", "cuối", "giữa", "trung tuần": a part of the month before "tháng N", which
        /// makes the month a date whatever word follows ("hồi cuối tháng 3 khiến …").
        MonthPart = "month_part",
        /// Words after a weekday that make it a day of another week ("thứ Năm tuần trước", "thứ
        /// Hai tới"); matched in lower case only.
        OtherWeek = "other_week",
        /// Counting words before "năm" that make it a duration or a plural ("những năm trước").
        Quantifier = "quantifier",
        /// Heads of a relative day ("hôm qua", "sáng nay") and of a weekday ("hôm thứ Tư").
        RelativeDayHead = "relative_day_head",
        /// Heads of terms and periods ("nhiệm kỳ", "khóa", "giai đoạn").
        TermHead = "term_head",
        /// Parts of the day ("sáng", "chiều").
        TimeOfDay = "time_of_day",
        /// "chiến lược", "quy hoạch", "đề án": a plan whose name ends in its target year
        /// ("Chiến lược phát triển nhà ở quốc gia đến năm 2020").
        PlanName = "plan_name",
        /// Words between a plan and "đến năm" that make the year its target, not its name's
        /// ("Quy hoạch ngành cà phê đặt mục tiêu đến năm 2020").
        PlanStop = "plan_stop",
        /// Function words that end the walk back over a document name.
        WalkStop = "walk_stop",
        /// "đầu", "cuối", "giữa" before "năm".
        YearModifier = "year_modifier",
        /// Words before a name that make the four digits after the name no year ("Chỉ số
        /// Russell 2000", "phiên bản 2020", "ISO 14001:2015").
        YearNameBlock = "year_name_block",
        /// Nouns after which four digits are the year of the named event or report
        /// ("thường niên 2012", "Báo cáo tài chính 2012", "Olympic 2014").
        YearNoun = "year_noun",
        /// Prepositions that make a bare four-digit year a time reference ("trong 2021",
        /// "đến 2030").
        YearPreposition = "year_preposition",
    }
}

impl Kind {
    /// The kind's bit in a word's set of kinds.
    fn bit(self) -> u32 {
        1 << (self as u32)
    }
}

/// A row of [`DATE_WORDS_TSV`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DateWord {
    /// What the word does.
    pub kind: Kind,
    /// The word, lower case.
    pub word: &'static str,
}

impl Row for DateWord {
    fn from_line(line: &Line<'_>) -> Result<Self, RuleError> {
        Ok(DateWord {
            kind: line.get("kind")?,
            word: line.get("word")?,
        })
    }
}

/// The parsed word lists: each folded word with the set of its kinds.
#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    words: HashMap<String, u32, BuildHasherDefault<WordHasher>>,
}

/// FNV-1a over a key's bytes, mixed once at the end: the lexicon's keys are its few hundred
/// rule words, looked up with short words of the text tens of thousands of times an article
/// batch. SipHash guards a table against keys chosen to collide; this one's keys are fixed,
/// and a text word that collides costs one comparison.
struct WordHasher(u64);

impl Default for WordHasher {
    fn default() -> Self {
        WordHasher(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        let h = self.0 ^ (self.0 >> 32);
        let h = h.wrapping_mul(0x9e37_79b9_7f4a_7c15);
        h ^ (h >> 29)
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}

impl Lexicon {
    /// True when `word` (any case) is listed under `kind`.
    pub(crate) fn is(&self, kind: Kind, word: &str) -> bool {
        self.kinds(word).has(kind)
    }

    /// The kinds `word` (any case) is listed under: one lookup for a word tested for several.
    pub(crate) fn kinds(&self, word: &str) -> Kinds {
        // A word that is its own lower case (most words of the text) is the key either way
        // below, without the Unicode tables' upper-case test (stop 28).
        if crate::extract::caseless::is_own_lower(word) {
            return Kinds(self.words.get(word).copied().unwrap_or(0));
        }
        // ASCII words answered from their bytes; others by the Unicode tables.
        let capitalized = if word.is_ascii() {
            word.bytes().any(|b| b.is_ascii_uppercase())
        } else {
            word.chars().any(char::is_uppercase)
        };
        let kinds = if capitalized {
            crate::extract::caseless::with_lower(word, |lower| self.words.get(lower).copied())
        } else {
            self.words.get(word).copied()
        };
        Kinds(kinds.unwrap_or(0))
    }
}

/// The set of kinds of a word ([`Lexicon::kinds`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Kinds(u32);

impl Kinds {
    /// Whether `kind` is in the set.
    pub(crate) fn has(self, kind: Kind) -> bool {
        self.0 & kind.bit() != 0
    }
}

impl Lexicon {
    /// The lexicon of `rows`.
    fn of(rows: &[DateWord]) -> Self {
        let mut lexicon = Lexicon::default();
        for row in rows {
            *lexicon.words.entry(fold(row.word)).or_default() |= row.kind.bit();
        }
        lexicon
    }
}

/// The lexicon, parsed once; a malformed table (caught by the tests) gives an empty one.
pub(crate) static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let rows: Vec<DateWord> = DATE_WORDS_TSV.load().unwrap_or_default();
    Lexicon::of(&rows)
});

/// The rule table of words that count from the date of writing, with their offsets.
pub(crate) static DATE_OFFSETS_TSV: Table = Table::new(
    "extract/rules/date_offsets.tsv",
    include_str!("../rules/date_offsets.tsv"),
    &["kind", "word", "offset"],
    &["kind", "word"],
);

cell_enum! {
    /// What a row of [`DATE_OFFSETS_TSV`] counts.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub(crate) enum OffsetKind {
        /// Days from the publication date.
        Day = "day",
        /// The day of the week, 0 for Monday.
        Weekday = "weekday",
        /// Years from the year of writing.
        Year = "year",
        /// A unit of days after the number of a span back from the present ("hai hôm
        /// trước"); the offset is how many days one unit is ("tuần": 7).
        AgoDay = "ago_day",
        /// A unit of months after the number of a span back ("cách đây 5 tháng").
        AgoMonth = "ago_month",
        /// A unit of years after the number of a span back ("3 năm trước").
        AgoYear = "ago_year",
        /// The words before the number of a span back ("cách đây").
        AgoLead = "ago_lead",
        /// The words after the unit of a span back ("trước", "về trước").
        AgoAfter = "ago_after",
        /// A word after [`OffsetKind::AgoAfter`] that makes the span count from another
        /// event ("3 năm trước khi", "2 ngày trước đó").
        AgoStop = "ago_stop",
        /// A word before the number that makes a span back a duration ("trong 3 năm
        /// trước").
        AgoBlock = "ago_block",
    }
}

/// An offset of at most a few days, years or weekdays: a small signed number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Offset(pub i8);

/// A decimal number from -128 to 127.
impl FromCell for Offset {
    fn from_cell(cell: &'static str) -> Result<Self, String> {
        cell.parse().map(Offset).map_err(|err| format!("{err}"))
    }
}

/// A row of [`DATE_OFFSETS_TSV`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct OffsetWord {
    /// What it counts.
    pub kind: OffsetKind,
    /// The word, lower case.
    pub word: &'static str,
    /// How many.
    pub offset: Offset,
}

impl Row for OffsetWord {
    fn from_line(line: &Line<'_>) -> Result<Self, RuleError> {
        Ok(OffsetWord {
            kind: line.get("kind")?,
            word: line.get("word")?,
            offset: line.get("offset")?,
        })
    }
}

/// Words that count from the date of writing, with their offsets, in file order.
#[derive(Debug, Default)]
pub(crate) struct Offsets {
    /// Words after a day head and the days they count from the publication date ("qua": -1).
    pub days: Vec<(String, i8)>,
    /// Words after "năm" and the years they count from the year of writing ("ngoái": -1).
    pub years: Vec<(String, i32)>,
    /// The days of the week, 0 for Monday ("thứ hai": 0, "chủ nhật": 6).
    pub weekdays: Vec<(String, u8)>,
    /// The units of a span back from the present, with what one unit is ("tuần": 7 days).
    pub ago_units: Vec<(String, AgoUnit)>,
    /// The words before the number of a span back ("cách đây").
    pub ago_leads: Vec<String>,
    /// The words after the unit of a span back ("trước", "về trước").
    pub ago_after: Vec<String>,
    /// Words after [`Offsets::ago_after`] that make the span count from another event.
    pub ago_stops: Vec<String>,
    /// Words before the number that make a span back a duration ("trong", "suốt").
    pub ago_blocks: Vec<String>,
}

/// The unit of a span back from the present, with its size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AgoUnit {
    /// So many days.
    Days(i32),
    /// So many months.
    Months(i32),
    /// So many years.
    Years(i32),
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

impl Offsets {
    /// The offsets of `rows`, in table order; a weekday outside 0–6 is left out (the tests
    /// catch it).
    fn of(rows: &[OffsetWord]) -> Self {
        let mut offsets = Offsets::default();
        for row in rows {
            let word = fold(row.word);
            let Offset(n) = row.offset;
            match row.kind {
                OffsetKind::Day => offsets.days.push((word, n)),
                OffsetKind::Year => offsets.years.push((word, i32::from(n))),
                OffsetKind::AgoDay => offsets.ago_units.push((word, AgoUnit::Days(i32::from(n)))),
                OffsetKind::AgoMonth => offsets
                    .ago_units
                    .push((word, AgoUnit::Months(i32::from(n)))),
                OffsetKind::AgoYear => offsets.ago_units.push((word, AgoUnit::Years(i32::from(n)))),
                OffsetKind::AgoLead => offsets.ago_leads.push(word),
                OffsetKind::AgoAfter => offsets.ago_after.push(word),
                OffsetKind::AgoStop => offsets.ago_stops.push(word),
                OffsetKind::AgoBlock => offsets.ago_blocks.push(word),
                OffsetKind::Weekday => {
                    if let Some(day) = u8::try_from(n).ok().filter(|&d| d < 7) {
                        offsets.weekdays.push((word, day));
                    }
                }
            }
        }
        offsets
    }
}

/// The offsets, parsed once; a malformed table (caught by the tests) gives none.
pub(crate) static OFFSETS: LazyLock<Offsets> = LazyLock::new(|| {
    let rows: Vec<OffsetWord> = DATE_OFFSETS_TSV.load().unwrap_or_default();
    Offsets::of(&rows)
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_folded_and_kinds_read() {
        let rows: Vec<DateWord> = DATE_WORDS_TSV.load().unwrap_or_else(|e| panic!("{e}"));
        for row in &rows {
            assert_eq!(
                fold(row.word),
                row.word,
                "not folded NFC lower case: {row:?}"
            );
        }
        let lexicon = Lexicon::of(&rows);
        assert!(lexicon.is(Kind::LunarStem, "Giáp"));
        assert!(lexicon.is(Kind::TermHead, "nhiệm kỳ"));
        assert!(!lexicon.is(Kind::TimeOfDay, "ngày"));
    }

    #[test]
    fn offsets_are_folded_and_weekdays_a_week() {
        let rows: Vec<OffsetWord> = DATE_OFFSETS_TSV.load().unwrap_or_else(|e| panic!("{e}"));
        for row in &rows {
            assert_eq!(
                fold(row.word),
                row.word,
                "not folded NFC lower case: {row:?}"
            );
        }
        let offsets = Offsets::of(&rows);
        let count = |kind: OffsetKind| rows.iter().filter(|r| r.kind == kind).count();
        assert_eq!(offsets.weekdays.len(), count(OffsetKind::Weekday));
        assert_eq!(offsets.weekdays.len(), 7);
        assert_eq!(offsets.weekday("chủ nhật"), Some(6));
    }
}
