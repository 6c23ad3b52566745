//! The canonical name of a type word and the words of its name, and the letter case of
//! the lower-case words that lead from the type word to the proper name
//! (`org_lead_case.tsv`).
//!
//! GUIDELINES.md keeps a canonical name in the case the article writes: "Trung tâm **dạy
//! nghề** Minh Trang", "Nhà máy **may** Hitexvinam" are canonical as written. The grammar
//! capitalized the first lead word ("Trung tâm Dạy nghề Minh Trang"), which matches no
//! name the article writes. A few generic unit types are written capitalized as often as
//! not ("Bệnh viện Đa khoa" 251 times in the corpus, "Bệnh viện đa khoa" 166): their
//! official spelling is the capitalized one, so the table keeps their first syllable
//! capitalized.

use std::collections::HashSet;
use std::sync::LazyLock;

use super::grammar::{capitalize_first, Parser};
use crate::rules::{Line, Row, RuleError, Table};

/// `org_lead_case.tsv`: the lead words whose first syllable a canonical name capitalizes.
pub static ORG_LEAD_CASE: Table = Table::new(
    "extract/rules/org_lead_case.tsv",
    include_str!("../rules/org_lead_case.tsv"),
    &["name", "lead", "corpus"],
    &["name", "lead"],
);

/// A row of `org_lead_case.tsv`: a type word's canonical spelling and its lead words.
#[derive(Debug, Clone, Copy)]
pub struct LeadCaseRow {
    name: &'static str,
    lead: &'static str,
}

impl Row for LeadCaseRow {
    fn from_line(line: &Line<'_>) -> Result<Self, RuleError> {
        Ok(Self {
            name: line.get("name")?,
            lead: line.get("lead")?,
        })
    }
}

/// The rows as (name, lead) pairs.
static CAPITALIZED: LazyLock<HashSet<(&'static str, &'static str)>> = LazyLock::new(|| {
    ORG_LEAD_CASE
        .load::<LeadCaseRow>()
        .expect("the embedded lead case table parses (tested)")
        .into_iter()
        .map(|row| (row.name, row.lead))
        .collect()
});

/// The most lead words the table keys on: a compound's two syllables.
const LEAD_KEY_WORDS: usize = 2;

/// Whether the lower-case words that start `words` (at most [`LEAD_KEY_WORDS`]) are a lead
/// of `name` that the canonical name capitalizes ("Bệnh viện" + "đa khoa").
fn capitalized_lead(name: &str, words: &[String]) -> bool {
    let lead: Vec<&str> = words
        .iter()
        .take(LEAD_KEY_WORDS)
        .take_while(|w| w.starts_with(char::is_lowercase))
        .map(String::as_str)
        .collect();
    !lead.is_empty() && CAPITALIZED.contains(&(name, lead.join(" ").as_str()))
}

impl Parser<'_> {
    /// The canonical name of a type word and its name words, the first word capitalized.
    pub(super) fn name_of(&self, name: &str, words: &[String]) -> String {
        self.cased_name(name, words, true)
    }

    /// The canonical name of a type word and the words read after it; `lead`: they start
    /// with lower-case lead words, kept as written ("Trung tâm dạy nghề Minh Trang") unless
    /// `org_lead_case.tsv` capitalizes them ("Bệnh viện Đa khoa tỉnh Thái Bình").
    pub(super) fn run_name(&self, name: &str, words: &[String], lead: bool) -> String {
        self.cased_name(name, words, !lead || capitalized_lead(name, words))
    }

    /// The canonical name of a type word and its name words, the first word capitalized or
    /// as written.
    fn cased_name(&self, name: &str, words: &[String], capitalize: bool) -> String {
        // "Tập đoàn Điện lực Việt nam": the country's name has one spelling.
        let joined = words.join(" ").replace("Việt nam", "Việt Nam");
        // "Hội đồng Trường ĐH Bách khoa Hà Nội": the board of a university is named
        // "hội đồng trường" (Law on Higher Education 2012, art. 16), the school's own
        // "Trường" written once: "Hội đồng trường Đại học Bách khoa Hà Nội".
        if name == "Hội đồng" {
            if let Some(rest) = ["Trường ", "trường "]
                .iter()
                .find_map(|t| joined.strip_prefix(t))
            {
                return format!("Hội đồng trường {rest}");
            }
        }
        if joined.is_empty() {
            name.to_string()
        } else if capitalize {
            format!("{name} {}", capitalize_first(&joined))
        } else {
            format!("{name} {joined}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_parses() {
        assert!(ORG_LEAD_CASE.load::<LeadCaseRow>().is_ok());
    }

    #[test]
    fn a_lead_is_capitalized_only_when_the_table_lists_it() {
        let words = |s: &str| s.split(' ').map(str::to_string).collect::<Vec<_>>();
        assert!(capitalized_lead(
            "Bệnh viện",
            &words("đa khoa tỉnh Thái Bình")
        ));
        assert!(!capitalized_lead(
            "Trung tâm",
            &words("dạy nghề Minh Trang")
        ));
        assert!(!capitalized_lead("Nhà máy", &words("may Hitexvinam")));
        assert!(!capitalized_lead("Bệnh viện", &words("Bạch Mai")));
    }
}
