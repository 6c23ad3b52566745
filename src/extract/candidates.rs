//! The one candidate pass (issue 13, item 1): one automaton over the keywords of every
//! keyword-triggered rule, run once per document over its lower-cased view, instead of one
//! scan of the same bytes per rule.
//!
//! The automaton reports every occurrence of every keyword (overlapping, standard
//! semantics), each tagged with the table it comes from ([`KeywordSet`]) and its index in that
//! table's own pattern list. [`Candidates`] keeps each table's occurrences sorted by start,
//! longest first, and gives each rule what its own automaton gave it: the leftmost-longest
//! non-overlapping matches ([`Candidates::leftmost_longest`]: organization heads, event
//! triggers, count and scale words, news media, organizations named alone), the longest keyword starting at a place
//! ([`Candidates::longest_at`]: role words), or the next place a keyword starts
//! ([`Candidates::next_start`]: family names).
//!
//! Tables matched with their case (organization heads, family names, count and scale words)
//! are matched lower-cased and kept only where the text has the keyword exactly as written:
//! the lower-cased view keeps every byte offset and lower-cases character by character
//! ([`super::text::lower_aligned`]), so each place the text has a keyword is a place the view
//! has it lower-cased. The tests check every table's answers against its own automaton.

use std::cell::Cell;
use std::sync::LazyLock;

use aho_corasick::{Match, PatternID};

use dfa::{KeywordDfa, State};

use super::events::triggers::TRIGGERS;
use super::lexicon::LEXICON;
use super::text::{lower_aligned, ByteSpan};

/// The keyword tables the candidate pass finds, one per rule that reads keywords.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum KeywordSet {
    /// Organization heads (`org_heads.tsv`), as written.
    OrgHeads,
    /// Event triggers (`event_triggers.tsv`), lower case.
    Triggers,
    /// Role words (`roles.tsv`), lower-cased.
    RoleWords,
    /// Family names (`surnames.tsv`), as written.
    Surnames,
    /// The unit nouns that anchor counts written in words (`count_units.tsv`), as written
    /// in lower case, capitalized and upper case.
    CountWords,
    /// The scale words that anchor amounts written in words, as the count words.
    ScaleWords,
    /// The kinship titles before a given name written alone ("anh ", "Ông "), as written.
    KinshipTitles,
    /// The occupation cues before a two-word name ("hlv ", "nghệ sĩ "), lower-cased.
    NameCues,
    /// The news media named as a report's source (`media.tsv`), as written.
    Media,
    /// The organizations named alone (`org_names.tsv`'s names), as written.
    OrgNames,
    /// The clause boundaries of the event rules ("; ", ", và ", " khi ", " để "), lower case.
    ClauseBreaks,
    /// The recurrence words of the event rules ("mỗi tháng", "định kỳ"), lower case.
    Recurrence,
    /// The document words of the event rules ("nghị định", "công văn"), lower case.
    DocumentWords,
    /// The words the date rules read from ("tết", "tháng "), lower case.
    DateWords,
    /// The units of a span back from the present after their space (" tháng", " năm"),
    /// lower case, in `date_offsets.tsv`'s order.
    AgoUnits,
    /// The day words of the relative days after their space (" qua", " nay"), lower case, in
    /// `date_offsets.tsv`'s order.
    DayWords,
    /// The cue words a Tết's lunar year name follows ("Tết ", "XUÂN "), as written.
    TetCues,
    /// The words the weekdays are read from ("thứ ", "chủ nhật"), lower case.
    Weekdays,
}

/// How many tables there are.
const SETS: usize = 18;

impl KeywordSet {
    /// Every table, in index order.
    const ALL: [KeywordSet; SETS] = [
        KeywordSet::OrgHeads,
        KeywordSet::Triggers,
        KeywordSet::RoleWords,
        KeywordSet::Surnames,
        KeywordSet::CountWords,
        KeywordSet::ScaleWords,
        KeywordSet::KinshipTitles,
        KeywordSet::NameCues,
        KeywordSet::Media,
        KeywordSet::OrgNames,
        KeywordSet::ClauseBreaks,
        KeywordSet::Recurrence,
        KeywordSet::DocumentWords,
        KeywordSet::DateWords,
        KeywordSet::AgoUnits,
        KeywordSet::DayWords,
        KeywordSet::TetCues,
        KeywordSet::Weekdays,
    ];

    /// Its keywords, in its own pattern order, and whether they are matched as written
    /// (else on the lower-cased view as they are).
    fn keywords(self) -> (Vec<String>, bool) {
        match self {
            KeywordSet::OrgHeads => (
                super::orgs::head_surfaces()
                    .iter()
                    .map(|s| s.to_string())
                    .collect(),
                true,
            ),
            KeywordSet::Triggers => (
                TRIGGERS.triggers.iter().map(|t| t.phrase.clone()).collect(),
                false,
            ),
            KeywordSet::RoleWords => (super::people::role_keywords(), false),
            KeywordSet::Surnames => (LEXICON.surnames.clone(), true),
            KeywordSet::CountWords => (super::counts::anchor_keywords().to_vec(), true),
            KeywordSet::ScaleWords => (super::money::scale_keywords().to_vec(), true),
            KeywordSet::KinshipTitles => (super::people::kinship_titles(), true),
            KeywordSet::NameCues => (super::people::name_cue_keywords(), false),
            KeywordSet::Media => (super::orgs::media_surfaces(), true),
            KeywordSet::OrgNames => (super::orgs::name_surfaces(), true),
            KeywordSet::ClauseBreaks => (super::events::clauses::break_patterns(), false),
            KeywordSet::Recurrence => (super::events::words::WORDS.recurrence_words.clone(), false),
            KeywordSet::DocumentWords => {
                (super::events::words::WORDS.document_words.clone(), false)
            }
            KeywordSet::DateWords => (
                super::dates::SCAN_WORDS
                    .iter()
                    .map(|w| w.to_string())
                    .collect(),
                false,
            ),
            KeywordSet::AgoUnits => (super::dates::ago_unit_keywords(), false),
            KeywordSet::DayWords => (super::dates::day_keywords(), false),
            KeywordSet::TetCues => (super::dates::tet_cue_keywords(), true),
            KeywordSet::Weekdays => (super::dates::weekday_keywords(), false),
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// One table's keyword behind a pattern of the automaton.
#[derive(Debug)]
struct Owner {
    /// Its table.
    set: KeywordSet,
    /// Its index in the table's pattern list.
    pattern: u32,
    /// For a keyword matched as written, how it is written (the automaton holds it
    /// lower-cased).
    surface: Option<Box<str>>,
}

/// One table's keyword reported where the walk is in a match state: an [`Owner`] of a
/// pattern ending there, with the pattern's length.
#[derive(Debug)]
struct Report {
    /// The keyword's length in bytes.
    len: usize,
    /// Its table.
    set: KeywordSet,
    /// Its index in the table's pattern list.
    pattern: u32,
    /// For a keyword matched as written, how it is written.
    surface: Option<Box<str>>,
}

/// The automaton over every table's keywords (lower-cased), each pattern with the keywords
/// it stands for (keywords of several tables, or case variants, share a pattern).
struct Keywords {
    dfa: KeywordDfa,
    /// Per match state (by its place among the match states), where its reports start in `reports`; one more entry at
    /// the end.
    report_from: Vec<u32>,
    /// Every keyword each match state reports, state after state: the walk reads one flat
    /// list instead of the state's patterns and then each pattern's owners.
    reports: Vec<Report>,
    /// The length of the longest pattern, in bytes.
    longest: usize,
    /// The automaton's patterns.
    #[cfg(test)]
    patterns: Vec<String>,
}

impl Keywords {
    /// The keywords match state `state` reports.
    #[inline(always)]
    fn reports_at(&self, state: State) -> &[Report] {
        let row = self.dfa.match_index(state);
        let from = self.report_from.get(row).copied().unwrap_or(0) as usize;
        let to = self.report_from.get(row + 1).copied().unwrap_or(0) as usize;
        self.reports.get(from..to).unwrap_or_default()
    }
}

static KEYWORDS: LazyLock<Keywords> = LazyLock::new(|| {
    let mut patterns: Vec<String> = Vec::new();
    let mut owners: Vec<Vec<Owner>> = Vec::new();
    let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for table in KeywordSet::ALL {
        let (keywords, cased) = table.keywords();
        for (i, keyword) in keywords.into_iter().enumerate() {
            if keyword.is_empty() {
                continue;
            }
            let (pattern, surface) = if cased {
                (lower_aligned(&keyword), Some(keyword.into_boxed_str()))
            } else {
                (keyword, None)
            };
            let slot = *index.entry(pattern.clone()).or_insert_with(|| {
                patterns.push(pattern);
                owners.push(Vec::new());
                owners.len() - 1
            });
            if let Some(list) = owners.get_mut(slot) {
                list.push(Owner {
                    set: table,
                    pattern: u32::try_from(i).unwrap_or(u32::MAX),
                    surface,
                });
            }
        }
    }
    let dfa = KeywordDfa::new(&patterns);
    let longest = patterns.iter().map(String::len).max().unwrap_or(0);
    let mut report_from = Vec::new();
    let mut reports = Vec::new();
    for state in dfa.match_states() {
        report_from.push(u32::try_from(reports.len()).unwrap_or(u32::MAX));
        for (pattern, len) in dfa.matches(state) {
            for owner in owners.get(pattern as usize).into_iter().flatten() {
                reports.push(Report {
                    len,
                    set: owner.set,
                    pattern: owner.pattern,
                    surface: owner.surface.clone(),
                });
            }
        }
    }
    report_from.push(u32::try_from(reports.len()).unwrap_or(u32::MAX));
    Keywords {
        dfa,
        report_from,
        reports,
        longest,
        #[cfg(test)]
        patterns,
    }
});

/// A keyword found: its bytes and its index in its table's pattern list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    /// Byte offset of its first byte.
    pub start: usize,
    /// Byte offset just past it.
    pub end: usize,
    /// Its index in its table's pattern list.
    pub pattern: u32,
}

impl Hit {
    /// The hit as the match its table's own automaton would report.
    fn to_match(self) -> Match {
        Match::new(
            PatternID::new_unchecked(self.pattern as usize),
            self.start..self.end,
        )
    }
}

/// Records the keywords that match state `state` reports, ending just before byte `end` of
/// `text`. Out of line: inlined into the walk's loop, it made the loop keep its states in
/// memory (11% more instructions for the pass).
#[inline(never)]
fn record_reports(
    keywords: &Keywords,
    text: &[u8],
    hits: &mut [Vec<Hit>; SETS],
    state: State,
    end: usize,
) {
    for report in keywords.reports_at(state) {
        let start = end - report.len;
        if let Some(surface) = &report.surface {
            // The first byte tells most case variants apart without a `memcmp`.
            let surface = surface.as_bytes();
            if text.get(start) != surface.first() || text.get(start..end) != Some(surface) {
                continue;
            }
        }
        if let Some(list) = hits.get_mut(report.set.index()) {
            list.push(Hit {
                start,
                end,
                pattern: report.pattern,
            });
        }
    }
}

/// Every keyword of every table in one document, found in one pass: per table, every
/// occurrence (overlapping ones too), sorted by start, then longest first, then by pattern.
#[derive(Debug, Clone, Default)]
pub(crate) struct Candidates {
    hits: [Vec<Hit>; SETS],
}

/// Hit lists kept by a thread past a document's [`Candidates`] (more than this many hits'
/// room in all is let go: a long document's lists are not held for the run).
const SPARE_ROOM: usize = 1 << 15;

thread_local! {
    /// The hit lists of the thread's last [`Candidates`], emptied, for its next document:
    /// each list grew from nothing in every document (about 4% of the seeds' allocator work,
    /// `record_reports`'s `grow_one`).
    static SPARE_HITS: Cell<Option<[Vec<Hit>; SETS]>> = const { Cell::new(None) };
}

impl Drop for Candidates {
    fn drop(&mut self) {
        let mut hits = std::mem::take(&mut self.hits);
        if hits.iter().map(Vec::capacity).sum::<usize>() > SPARE_ROOM {
            return;
        }
        hits.iter_mut().for_each(Vec::clear);
        // A thread being torn down has no spare to keep: the lists are dropped.
        let _ = SPARE_HITS.try_with(|spare| spare.set(Some(hits)));
    }
}

impl Candidates {
    /// The keywords of `text`, found in its lower-cased view `lower`
    /// ([`super::text::lower_aligned`] of `text`, byte for byte).
    pub(crate) fn new(text: &str, lower: &str) -> Self {
        let keywords = &*KEYWORDS;
        let dfa = &keywords.dfa;
        let mut hits: [Vec<Hit>; SETS] = SPARE_HITS
            .try_with(Cell::take)
            .ok()
            .flatten()
            .unwrap_or_default();
        let text = text.as_bytes();
        // Every keyword ending just before byte `end`, in match state `state`.
        let mut record =
            |state: State, end: usize| record_reports(keywords, text, &mut hits, state, end);
        dfa.for_each_match(lower.as_bytes(), keywords.longest, &mut record);
        for list in &mut hits {
            list.sort_unstable_by_key(|h| (h.start, std::cmp::Reverse(h.end), h.pattern));
        }
        Self { hits }
    }

    /// Every occurrence of `table`'s keywords, by start, longest first.
    pub(crate) fn hits(&self, table: KeywordSet) -> &[Hit] {
        self.hits.get(table.index()).map_or(&[], Vec::as_slice)
    }

    /// What a leftmost-longest automaton over `table`'s keywords finds searching from byte
    /// `from` (`find_iter` over `Input::range(from..)`): the leftmost keyword, the longest
    /// there, then the same from its end. An iterator, not a list: most callers walk the
    /// matches once, and a list grown per call and per table was about 1% of the seeds'
    /// allocator work.
    pub(crate) fn leftmost_longest(
        &self,
        table: KeywordSet,
        from: usize,
    ) -> impl Iterator<Item = Match> + '_ {
        let hits = self.hits(table);
        let first = hits.partition_point(|h| h.start < from);
        let mut next = from;
        hits.get(first..)
            .unwrap_or_default()
            .iter()
            .filter_map(move |hit| {
                if hit.start < next {
                    return None;
                }
                next = hit.end;
                Some(hit.to_match())
            })
    }

    /// The longest of `table`'s keywords starting at byte `pos` (an anchored
    /// leftmost-longest search).
    pub(crate) fn longest_at(&self, table: KeywordSet, pos: usize) -> Option<Hit> {
        let hits = self.hits(table);
        let i = hits.partition_point(|h| h.start < pos);
        hits.get(i).copied().filter(|h| h.start == pos)
    }

    /// Every occurrence of `table`'s keywords inside `span` (starting and ending in it): what
    /// an overlapping search of the span's bytes alone finds, by start.
    pub(crate) fn within(&self, table: KeywordSet, span: ByteSpan) -> impl Iterator<Item = &Hit> {
        let hits = self.hits(table);
        let first = hits.partition_point(|h| h.start < span.start);
        hits.get(first..)
            .unwrap_or_default()
            .iter()
            .take_while(move |h| h.start < span.end)
            .filter(move |h| h.end <= span.end)
    }

    /// Where keyword `pattern` of `table` starts, each occurrence after the end of the one
    /// before (what `memchr::memmem::find_iter` of that keyword alone finds in the view).
    pub(crate) fn starts_of(
        &self,
        table: KeywordSet,
        pattern: u32,
    ) -> impl Iterator<Item = usize> + '_ {
        let mut next = 0;
        self.hits(table)
            .iter()
            .filter(move |h| h.pattern == pattern)
            .filter_map(move |h| {
                if h.start < next {
                    return None;
                }
                next = h.end;
                Some(h.start)
            })
    }

    /// The first byte at or after `from` where one of `table`'s keywords starts.
    pub(crate) fn next_start(&self, table: KeywordSet, from: usize) -> Option<usize> {
        let hits = self.hits(table);
        let i = hits.partition_point(|h| h.start < from);
        hits.get(i).map(|h| h.start)
    }
}

mod dfa;
#[cfg(test)]
mod tests;
