//! Lower-case continuations of a name cut after a generic capitalized compound
//! (`org_continuations.tsv`): "Trung tâm Chăm sóc" goes on with "khách hàng", "Ngân hàng
//! Chính sách" with "xã hội". The grammar of named organizations reads at most a few
//! lower-case words after such a compound and only up to a phrase's end, so before a verb
//! ("Ngân hàng Chính sách xã hội vừa …") it cut the name back to the compound; a
//! continuation the corpus writes after the compound again and again is read whole instead.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::grammar::Parser;
use super::named::NameRun;
use crate::extract::lexicon::LEXICON;
use crate::extract::text::{after_space, literal_at, word_end};
use crate::rules::{Line, Row, RuleError, Table};

/// `org_continuations.tsv`: a name cut after a generic compound and the lower-case words
/// that go on with it.
pub static ORG_CONTINUATIONS: Table = Table::new(
    "extract/rules/org_continuations.tsv",
    include_str!("../rules/org_continuations.tsv"),
    &["name", "continuation", "corpus"],
    &["name", "continuation"],
);

/// A row of `org_continuations.tsv`: the name as the grammar has read it (canonical type
/// word and compound) and a continuation.
#[derive(Debug, Clone, Copy)]
pub struct ContinuationRow {
    name: &'static str,
    continuation: &'static str,
}

impl Row for ContinuationRow {
    fn from_line(line: &Line<'_>) -> Result<Self, RuleError> {
        Ok(Self {
            name: line.get("name")?,
            continuation: line.get("continuation")?,
        })
    }
}

/// The continuations of each name, longest first.
static TABLE: LazyLock<HashMap<&'static str, Vec<&'static str>>> = LazyLock::new(|| {
    let rows = ORG_CONTINUATIONS
        .load::<ContinuationRow>()
        .expect("the embedded continuation table parses (tested)");
    let mut table: HashMap<&'static str, Vec<&'static str>> = HashMap::new();
    for row in rows {
        table.entry(row.name).or_default().push(row.continuation);
    }
    for continuations in table.values_mut() {
        continuations.sort_by_key(|c| std::cmp::Reverse(c.len()));
    }
    table
});

/// Every continuation of the table, whatever its name, once each: the cheap test that no
/// continuation is written at a position ([`Parser::take_continuation`]).
static ANY_CONTINUATION: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut all: Vec<&'static str> = TABLE.values().flatten().copied().collect();
    all.sort_unstable();
    all.dedup();
    all
});

/// The continuation of `name` (the name read so far) written after byte `pos` of `text`,
/// one space between, and ending at a word's end: its words and end.
///
/// # Example
/// "Trung tâm Chăm sóc" + " khách hàng." → `(["khách", "hàng"], end)`.
pub(super) fn continuation_at(text: &str, pos: usize, name: &str) -> Option<(Vec<String>, usize)> {
    let continuations = TABLE.get(name)?;
    let q = after_space(text, pos)?;
    continuations.iter().find_map(|c| {
        literal_at(text, q, c)
            .filter(|end| word_end(text, *end))
            .map(|end| (c.split(' ').map(str::to_string).collect(), end))
    })
}

impl Parser<'_> {
    /// The lower-case words after a lone capitalized compound that `org_continuations.tsv`
    /// gives for the name read so far ("Ngân hàng Chính sách" + "xã hội"), at byte `pos`
    /// right after the compound: taken whole into the name, which may end after them. Their
    /// end. The name goes on after them as after the compound's second syllable: with a
    /// capitalized part ("Trung tâm Dự báo khí tượng thủy văn Trung ương") or a written
    /// place, not with another organization's head.
    pub(super) fn take_continuation(
        &self,
        name: &str,
        run: &mut NameRun,
        pos: usize,
    ) -> Option<usize> {
        if !run.lone || run.lower_run != 1 || run.last_capitalized.is_none_or(|(e, _)| e != pos) {
            return None;
        }
        // No continuation of any name written here: the canonical name (a join and a
        // replace) is not worth building (stop 19: 0.6 M instructions on 300 lines).
        let q = after_space(self.text, pos)?;
        if !ANY_CONTINUATION
            .iter()
            .any(|c| literal_at(self.text, q, c).is_some())
        {
            return None;
        }
        let read = self.name_of(name, &run.words);
        let (words, end) = continuation_at(self.text, pos, &read)?;
        run.words.extend(words);
        run.last_capitalized = Some((end, run.words.len()));
        Some(end)
    }
}

/// Whether a role word starts at byte `pos` in any letter case ("Phó bí thư", "Giám đốc",
/// "Chủ tịch"): after "và" it starts a person's role, not a second part of the name
/// ("Hội Toán học Việt Nam và Tổng biên tập tạp chí …", "Chi bộ khoa Sản và Phó bí thư …").
///
/// The role words are lower-cased once ([`LOWER_ROLES`]) and each head compared with them
/// char by char, without allocating: two `String`s per role word and call cost 1.6 M
/// instructions on 300 lines of general-10k (stop 19).
pub(super) fn role_starts_at(text: &str, pos: usize) -> bool {
    let Some(rest) = text.get(pos..) else {
        return false;
    };
    LOWER_ROLES.iter().any(|(len, lower_role)| {
        rest.get(..*len).is_some_and(|head| {
            head.chars()
                .flat_map(char::to_lowercase)
                .eq(lower_role.chars())
                && word_end(text, pos + len)
        })
    })
}

/// Nouns whose first syllable is a stop word of `role_stops.tsv` ("dự", attend) that lead
/// to a proper name right after a type word of two syllables ("Trung tâm **dự báo** khí
/// tượng thủy văn Trung ương"). Corpus-real, gold left out: "dự báo" after Trung tâm,
/// Viện, Ban, … 26 times (general-10k 24, labour 2), 25 of them names ("Trung tâm dự báo
/// nhu cầu nhân lực"; "Trung tâm dự báo khí hậu trên thế giới" leads to no name); only
/// first, since after a name it is the verb ("Trung tâm Khí tượng Thủy văn quốc gia dự
/// báo …"). Other "dự" leads are verbs ("Công ty dự kiến", "Ngân hàng dự tính") or no name
/// ("Quỹ dự phòng phải bù").
const LEAD_COMPOUNDS: &[&str] = &["dự báo"];

/// Nouns whose first syllable is a stop word that go on with lower-case lead words
/// before them ("Trung tâm **y tế dự phòng** huyện Hóc Môn"; stop 22: corpus-real has
/// "Trung tâm y tế dự phòng" + a place or name 9 times, general-10k, gold left out).
const INNER_LEAD_COMPOUNDS: &[&str] = &["dự phòng"];

/// Whether a lead noun starts at byte `pos`: of [`LEAD_COMPOUNDS`] when it is the `first`
/// lead word, of [`INNER_LEAD_COMPOUNDS`] after one.
pub(super) fn lead_compound_at(text: &str, pos: usize, first: bool) -> bool {
    let nouns = if first {
        LEAD_COMPOUNDS
    } else {
        INNER_LEAD_COMPOUNDS
    };
    nouns.iter().any(|c| literal_at(text, pos, c).is_some())
}

/// Each role word of the lexicon as its byte length and its lower case, in the lexicon's
/// order ([`role_starts_at`]).
static LOWER_ROLES: LazyLock<Vec<(usize, String)>> = LazyLock::new(|| {
    LEXICON
        .roles
        .iter()
        .map(|role| {
            (
                role.len(),
                role.chars().flat_map(char::to_lowercase).collect(),
            )
        })
        .collect()
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_parses() {
        assert!(ORG_CONTINUATIONS.load::<ContinuationRow>().is_ok());
    }

    #[test]
    fn a_continuation_is_read_only_whole_and_after_its_name() {
        // labour: "… tại Trung tâm Chăm sóc khách hàng. Cùng với …"
        let text = "tại Trung tâm Chăm sóc khách hàng. Cùng";
        let pos = text.find(" khách").unwrap_or_default();
        let (words, end) = continuation_at(text, pos, "Trung tâm Chăm sóc").unwrap_or_default();
        assert_eq!(words, ["khách", "hàng"]);
        assert_eq!(text.get(end..), Some(". Cùng"));
        assert!(continuation_at(text, pos, "Trung tâm Dịch vụ").is_none());
        let cut = "Trung tâm Chăm sóc khách hàngx";
        assert!(continuation_at(cut, "Trung tâm Chăm sóc".len(), "Trung tâm Chăm sóc").is_none());
    }

    #[test]
    fn a_role_after_va_is_found_in_any_case() {
        // general-10k: "… Phó Chủ tịch Hội Toán học Việt Nam và Tổng biên tập tạp chí …"
        let text = "Hội Toán học Việt Nam và Tổng biên tập tạp chí";
        let q = text.find("Tổng").unwrap_or_default();
        assert!(role_starts_at(text, q));
        assert!(!role_starts_at(text, text.find("Việt").unwrap_or_default()));
    }
}
