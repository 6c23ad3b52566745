//! Dates: full, partial with the year inferred, years as time references, ranges, terms.
//!
//! # How it works
//! 1. `scan` splits the text into numeral tokens with one byte loop ("12/12", "28.7.1929",
//!    "2023"); counts, thousands ("424.830") and fractions ("898/994") get no date shape.
//! 2. Each token is built into a date point (`build`, one function per token shape) by looking at the words just before it (head
//!    words "Ngày", "tháng", "năm", "năm mới", time-of-day words, lunar year names, terms
//!    "nhiệm kỳ", "khóa", "giai đoạn", prepositions of time before a bare year) and just
//!    after it (a range continues with " - ", " đến " or " tới "). A bare day/month or a bare
//!    year needs a head word; a year that ends a legal document's name ("Luật Công đoàn năm
//!    2012") is not a time reference, nor is a month/year after a document word ("Thông tư
//!    liên tịch 01/2017"), nor the target year of a plan's name ("Chiến lược … đến năm 2020"). The head words are read in `heads`, quarters and decades in
//!    `periods`, and `assemble` joins points into ranges. The words are data:
//!    `rules/date_words.tsv` (`lexicon`); how plausible a year is, `point`.
//! 3. Relative expressions ("Trong năm", "Năm vừa qua", "Từ đầu năm tới nay", "năm nay",
//!    "năm trước", "năm ngoái") are found from the word "năm", relative days and weekdays
//!    ("hôm qua", "sáng nay", "hôm thứ Tư") from their day words (`relative`; the words that
//!    count days, years and weekdays are in `rules/date_offsets.tsv`). Days of the lunar
//!    new year ("mùng 6 Tết") are found from "Tết" (`new_year`, `rules/tet_days.tsv`) and
//!    resolved like relative expressions, against the year written, named or inferred.
//!    Months written by name ("hồi tháng Tư vừa qua", `named_months`) take their year
//!    only from the publication date or a day written with its year, else `--MM`.
//!    "cùng kỳ năm trước" takes the period the article reports on, a year earlier
//!    (`same_period`: "Quý I/2017 … cùng kỳ năm trước" is `2016-01/2016-03`); "cùng ngày"
//!    takes the latest day date before it (`same_day`).
//!    Without a publication date, relative days and spans back count from the article's
//!    own days (`today`: a day dated by "hôm nay (3/6)", a day of the title, a day that
//!    opens a clause, "Chiều 26-6, …"), "hôm qua" only from the day of writing.
//! 4. Years that are not written are inferred (`infer`):
//!    - from the publication date `P` (without one, a byline's time stamp gives it: "Thể
//!      Thao Việt Nam | 10:30 07/02/2017", `stamp`): the year of `P`, or the year before when the day
//!      would fall more than 62 days after `P`;
//!    - else from the reviewed year `R` of a year-end review ("tổng kết … năm R" in one
//!      sentence): months July–December are in `R`, January–June in `R + 1`;
//!    - else from the Tết the article is about ("Tết Đinh Dậu" → 2017; `lunar`): months
//!      January–June in that year, July–December in the year before;
//!    - else from a day the article writes with its year at most a month away (the story's
//!      own calendar; days of a life, an anniversary or a year ago left out);
//!    - else from the article's present year: the latest year it writes as a time reference
//!      (`present`; birth years, target years and months it starts from left out; none when
//!      a later dated day or "từ năm X cho đến nay" shows that year is history), or a year
//!      its own text gives by arithmetic or comparison (`anniversary`: "kỷ niệm 70 năm Ngày
//!      Thương binh - Liệt sĩ" → 2017; "so với cuối năm 2016" → 2017), whichever is later;
//!    - else from the nearest written date of the same month ("tháng 2/2018" … "ngày 12/2");
//!    - else the value is `--MM-DD` with `year_inferred: false`.
//!
//! No regex starts on an optional word: the scan starts on digits (or the literal "ăm" for
//! relative expressions) and only then looks at the neighbourhood.

mod ago;
mod anniversary;
mod assemble;
mod build;
mod cues;
mod day_ranges;
mod days_after;
mod effective;
mod heads;
mod infer;
mod leads;
mod lexicon;
mod listed_years;
mod lunar;
mod named_months;
mod new_year;
mod next_day;
mod periods;
mod point;
mod present;
mod quarters;
mod relative;
mod same_day;
mod same_period;
mod scan;
#[cfg(test)]
mod spaced;
mod stamp;
mod this_month;
mod today;
mod until_now;
mod weekdays;
mod words;

use super::candidates::KeywordSet;
use super::spans::{into_records, Spanned};
use super::text::ByteSpan;
use super::Document;
use crate::normalize::CharOffsets;
use crate::record::DateMention;
use lexicon::LEXICON;

pub(crate) use anniversary::{Observance, OBSERVANCE_YEARS_TSV};
pub(crate) use assemble::find_numeric;
pub(crate) use lexicon::{DateWord, OffsetWord, DATE_OFFSETS_TSV, DATE_WORDS_TSV};
pub(crate) use new_year::{TetDay, TET_DAYS_TSV};
pub(crate) use point::{Found, Meaning, Point};
pub(crate) use words::letter_word_before;

/// Finds the dates of `doc`, in text order, with code point offsets: a convenience for tests
/// and single-extractor use over [`find`] (the pipeline runs [`super::extract_all`]).
///
/// # Example
/// ```
/// use union_news::extract::{dates::extract_dates, Document};
/// let doc = Document::from_text("Ngày 01/02/2024, LĐLĐ tỉnh tổ chức hội nghị nhiệm kỳ 2023 - 2028.");
/// let values: Vec<String> = extract_dates(&doc).into_iter().map(|d| d.value).collect();
/// assert_eq!(values, ["2024-02-01", "2023/2028"]);
/// ```
pub fn extract_dates(doc: &Document) -> Vec<DateMention> {
    into_records(find(doc), &CharOffsets::new(&doc.text))
}

/// Finds the dates of `doc`, in text order, at byte spans of its text.
pub fn find(doc: &Document) -> Vec<Spanned<DateMention>> {
    let text = doc.text.as_str();
    let mut found = with_relatives(find_numeric(text, &LEXICON), doc);
    // A day or month of the lunar calendar ("ngày 5/5 Âm lịch") has no solar value here;
    // Tết's own days ("mùng 4 Tết (âm lịch)") are converted and kept.
    found
        .retain(|f| matches!(f.meaning, Meaning::Relative(_)) || !lunar::lunar_marked(text, f.end));
    relative::since_now(text, &mut found);
    if found.is_empty() {
        return Vec::new();
    }
    let context = infer::Context::new(doc, &found);
    mentions(text, &found, &context)
}

/// The mentions of the dates `found` (in text order, not overlapping), their years inferred
/// in `context`, at their byte spans.
fn mentions(text: &str, found: &[Found], context: &infer::Context) -> Vec<Spanned<DateMention>> {
    let mut found = found.to_vec();
    let mut resolved: Vec<_> = found.iter().map(|f| context.resolve(f)).collect();
    same_period::apply(text, &mut found, &mut resolved);
    next_day::apply(text, &found, &mut resolved);
    same_day::apply(text, &found, &mut resolved);
    until_now::apply(text, &mut found, &mut resolved, context.published_year());
    found
        .iter()
        .zip(resolved)
        .filter_map(|(f, resolved)| {
            let (value, granularity, year_inferred) = resolved?;
            let span = ByteSpan::new(f.start, f.end);
            let mention = DateMention {
                text: span.slice(text).to_string(),
                start: 0,
                end: 0,
                value,
                granularity,
                year_inferred,
                time_of_day: f.time_of_day,
            };
            Some(Spanned::new(span, mention))
        })
        .collect()
}

/// The months said by a word after "tháng", found in one scan of `lower` (the lower-case
/// copy of `text`, same offsets) for both readers: the month of writing and the month before
/// it ("trong tháng này", `this_month`) and months written by name ("hồi tháng Tư vừa qua",
/// `named_months`), in text order. `starts` are where `lower` has "tháng ", not overlapping.
fn month_words(text: &str, lower: &str, starts: impl IntoIterator<Item = usize>) -> Vec<Found> {
    starts
        .into_iter()
        .filter_map(|p| this_month::at(text, lower, p).or_else(|| named_months::at(text, p)))
        .collect()
}

/// The numeric dates `found` with the relative expressions of `doc` among them, in text
/// order; of overlapping mentions the one that starts first (the longer at one start) is kept.
fn with_relatives(mut found: Vec<Found>, doc: &Document) -> Vec<Found> {
    let text = doc.text.as_str();
    let mut relatives = relative::find(text, &LEXICON);
    // The scan words' places, from the candidate pass.
    let candidates = doc.candidates();
    let days = spaced_hits(candidates, KeywordSet::DayWords);
    let weekdays = weekday_starts(candidates);
    relatives.extend(relative::find_days(
        text, &doc.lower, &LEXICON, days, weekdays,
    ));
    let starts = |word: ScanWord| candidates.starts_of(KeywordSet::DateWords, word as u32);
    relatives.extend(new_year::find(&doc.lower, starts(ScanWord::Tet)));
    let units = spaced_hits(candidates, KeywordSet::AgoUnits);
    relatives.extend(ago::find(text, &doc.lower, &LEXICON, units));
    relatives.extend(same_day::find(text, starts(ScanWord::CungNgay)));
    relatives.extend(next_day::find(text, &doc.lower, starts(ScanWord::HomSau)));
    relatives.extend(days_after::find(text, &doc.lower));
    relatives.extend(quarters::find(text, starts(ScanWord::Quy)));
    relatives.extend(month_words(text, &doc.lower, starts(ScanWord::Thang)));
    if relatives.is_empty() {
        return found;
    }
    found.extend(relatives);
    found.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
    let mut kept: Vec<Found> = Vec::with_capacity(found.len());
    for f in found {
        if kept.last().is_none_or(|last| f.start >= last.end) {
            kept.push(f);
        }
    }
    kept
}

/// The words the date rules read from in the lower-cased text, in [`ScanWord`]'s order: the
/// candidate pass's [`KeywordSet::DateWords`] (each was a `memmem` scan of its own before
/// stop 28: 4–5 M instructions of the 300 first lines of general-10k and of the seeds).
pub(crate) const SCAN_WORDS: [&str; 5] = ["tết", "cùng ngày", "hôm sau", "quý ", "tháng "];

/// The units of a span back from the present (`date_offsets.tsv`'s `ago_unit` rows) after
/// their space (" tháng"), in the table's order: the candidate pass's
/// [`KeywordSet::AgoUnits`] (an automaton's search of the whole text before stop 28).
pub(crate) fn ago_unit_keywords() -> Vec<String> {
    spaced(lexicon::OFFSETS.ago_units.iter().map(|(w, _)| w))
}

/// The day words of the relative days (`date_offsets.tsv`'s day rows) after their space
/// (" qua"), in the table's order: the candidate pass's [`KeywordSet::DayWords`].
pub(crate) fn day_keywords() -> Vec<String> {
    spaced(lexicon::OFFSETS.days.iter().map(|(w, _)| w))
}

/// Each word with a space before it.
fn spaced<'w>(words: impl Iterator<Item = &'w String>) -> Vec<String> {
    words.map(|w| format!(" {w}")).collect()
}

/// Where the text has a word of `table` ([`KeywordSet::AgoUnits`] or
/// [`KeywordSet::DayWords`]) after a space, in text order: the word's row, the byte of its
/// space and the word's end. The words have no space inside and none is a prefix of another
/// (`spaced::may_share`), so these are every place of every word after a space: what the
/// automaton of the words alone (`spaced::SpacedWords`) found.
fn spaced_hits(
    candidates: &super::candidates::Candidates,
    table: KeywordSet,
) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
    candidates
        .hits(table)
        .iter()
        .map(|h| (h.pattern as usize, h.start, h.end))
}

/// The cue words a Tết's lunar year name follows ("Tết ", "XUÂN "), as written, in
/// `lunar::CUES`' order: the candidate pass's [`KeywordSet::TetCues`] (an automaton's
/// search of the whole text before stop 28).
pub(crate) fn tet_cue_keywords() -> Vec<String> {
    lunar::CUES.iter().map(|c| c.to_string()).collect()
}

/// Where the text has a Tết cue, in text order: its row in `lunar::CUES`, start and end.
/// The cues end with their only space, so no two overlap: these are the places the
/// automaton of the cues alone found.
fn cue_hits(
    candidates: &super::candidates::Candidates,
) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
    candidates
        .hits(KeywordSet::TetCues)
        .iter()
        .map(|h| (h.pattern as usize, h.start, h.end))
}

/// The words the weekdays are read from ("thứ ", "chủ nhật"), lower case, in
/// `relative::WEEKDAY_WORDS`' order: the candidate pass's [`KeywordSet::Weekdays`] (a
/// `memmem` search each before stop 28).
pub(crate) fn weekday_keywords() -> Vec<String> {
    relative::WEEKDAY_WORDS
        .iter()
        .map(|(w, _)| w.clone())
        .collect()
}

/// Where the text has a word of [`weekday_keywords`]: its row and start, row after row, each
/// row's places in text order and not overlapping (what `memmem::find_iter` of each found).
fn weekday_starts(
    candidates: &super::candidates::Candidates,
) -> impl Iterator<Item = (usize, usize)> + '_ {
    (0..relative::WEEKDAY_WORDS.len()).flat_map(move |row| {
        let pattern = u32::try_from(row).unwrap_or(u32::MAX);
        candidates
            .starts_of(KeywordSet::Weekdays, pattern)
            .map(move |p| (row, p))
    })
}

/// A word of [`SCAN_WORDS`], by its index.
#[derive(Debug, Clone, Copy)]
enum ScanWord {
    /// "tết" (`new_year`).
    Tet,
    /// "cùng ngày" (`same_day`).
    CungNgay,
    /// "hôm sau" (`next_day`).
    HomSau,
    /// "quý " (`quarters`).
    Quy,
    /// "tháng " (`this_month`, `named_months`).
    Thang,
}

/// Where `lower` has `word`, not overlapping: the places the candidate pass gives the date
/// rules, for the tests of one rule.
#[cfg(test)]
pub(super) fn scan(lower: &str, word: &str) -> Vec<usize> {
    memchr::memmem::find_iter(lower.as_bytes(), word.as_bytes()).collect()
}

/// The dates of `text` as (surface, value) pairs, for the tests of this module's files.
#[cfg(test)]
pub(super) fn text_values(text: &str) -> Vec<(String, String)> {
    extract_dates(&Document::from_text(text))
        .into_iter()
        .map(|d| (d.text, d.value))
        .collect()
}

#[cfg(test)]
mod tests;
