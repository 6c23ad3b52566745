//! A dash between two capitalized words of a name read after its type word: "Ban Thi đua -
//! Khen thưởng", and (stop 24) written without a space on one side or both: "Vụ Lao
//! động-Tiền lương", "Viện Sốt rét- Ký sinh trùng", "Trung tâm Văn hóa -Thể thao". The
//! canonical name writes the dash spaced, as the gold sets do ("Vụ Lao động - Tiền lương").
//!
//! Corpus-real (labour.jsonl and general-10k, stop 24): a type word, capitalized words and
//! an unspaced or half-spaced dash before a capitalized word 24 times, each cut at the dash
//! before ("Vụ Lao động", "Tổng cục Thể dục", "Trung tâm Phát thanh", "Ủy ban Quốc phòng").

use std::sync::LazyLock;

use super::NameRun;
use crate::extract::lexicon::LEXICON;
use crate::extract::orgs::grammar::Parser;
use crate::extract::orgs::rules::RULES;
use crate::extract::people::country_at;
use crate::extract::text::{is_capitalized, word_at, word_end};
use crate::legacy::is_vietnamese_syllable;

impl Parser<'_> {
    /// Reads a dash after the name word that ends at byte `end` and goes on with the name:
    /// the position to read on from (`end` itself when no dash follows), or `None` where
    /// the name stops at the word after the dash.
    pub(super) fn take_dash(&self, run: &mut NameRun, end: usize, body: bool) -> Option<usize> {
        let text = self.text;
        let spaced = text
            .get(end..)
            .and_then(|r| r.strip_prefix(" -"))
            .is_some_and(|r| r.starts_with(' ') && self.capital_after(end + 2));
        if spaced {
            run.words.push("-".to_string());
            return Some(end + 2);
        }
        let Some(after) = self.dash_unspaced(end) else {
            return Some(end);
        };
        run.words.push("-".to_string());
        if text.get(after..).is_some_and(|r| r.starts_with(' ')) {
            return Some(after);
        }
        // No space before the word after the dash: read it here.
        let (next, next_end) = word_at(text, after)?;
        self.take_name_word(run, next, next_end, body)
            .then_some(next_end)
    }

    /// A dash written without a space on one side or both at byte `pos`, between the name
    /// word that ends there and a capitalized word, both Vietnamese syllables: the byte after the
    /// dash. Not before an organization's head ("Trung tâm Chống độc-Bệnh viện Bạch Mai" is
    /// a unit and its parent), a role ("Chủ tịch Hội đồng Trường -Ủy viên Ban thường vụ")
    /// or a country, and not after one: a pair of countries is written as it stands
    /// ("Liên doanh Việt-Nga", real-dev; "Hội Hữu nghị Nhật-Việt"), and so are foreign
    /// names and abbreviations ("Tập đoàn E-United", "Viện Kỹ thuật PK-KQ").
    fn dash_unspaced(&self, pos: usize) -> Option<usize> {
        let text = self.text;
        let rest = text.get(pos..)?;
        let (dash, spaced_after) = if rest.starts_with('-') {
            (1, rest.get(1..).is_some_and(|r| r.starts_with(' ')))
        } else if rest.starts_with(" -") && !rest.starts_with(" - ") {
            (2, false)
        } else {
            return None;
        };
        let after = pos + dash;
        let word_pos = if spaced_after { after + 1 } else { after };
        let (word, _) = word_at(text, word_pos)?;
        let vietnamese = |w: &str| {
            w.chars().count() > 1 && !w.chars().all(char::is_uppercase) && is_vietnamese_syllable(w)
        };
        let head = text.get(..pos)?;
        let before_start = head
            .char_indices()
            .rev()
            .find(|(_, c)| !c.is_alphanumeric())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let before = head.get(before_start..)?;
        let lower_word = self.lower.get(word_pos..)?;
        let role = || {
            LOWER_ROLES.iter().any(|r| {
                lower_word.starts_with(r.as_str()) && word_end(self.lower, word_pos + r.len())
            })
        };
        let ok = is_capitalized(word)
            && vietnamese(before)
            && vietnamese(word)
            && !role()
            && RULES.head_at(text, word_pos).is_none()
            && country_at(text, word_pos).is_none()
            && country_at(text, before_start).is_none();
        ok.then_some(after)
    }
}

/// The role words of `roles.tsv`, lower-cased once for every dash read (a role word right
/// after the dash ends the name).
static LOWER_ROLES: LazyLock<Vec<String>> =
    LazyLock::new(|| LEXICON.roles.iter().map(|r| r.to_lowercase()).collect());

#[cfg(test)]
mod tests {
    use crate::extract::orgs::named_tests::{assert_mention, canonical_names};

    #[test]
    fn an_unspaced_dash_between_two_vietnamese_name_words_goes_on_with_the_name() {
        // labour.jsonl baomoi-22412313 (real6-dev's article; the same class below)
        assert_mention(
            "bà Tống Thị Minh nguyên là Vụ trưởng Vụ Lao động-Tiền lương đã được Bộ trưởng",
            "Vụ Lao động-Tiền lương",
            "Vụ Lao động - Tiền lương",
        );
        // general-10k baomoi-22572992
        assert_mention(
            "Chủ nhiệm Ủy ban Quốc phòng- An ninh Võ Trọng Việt cho biết",
            "Ủy ban Quốc phòng- An ninh",
            "Ủy ban Quốc phòng - An ninh",
        );
        // general-10k baomoi-22236213
        assert_mention(
            "Ban Thi đua-Khen thưởng Trung ương lưu ý công tác thi đua",
            "Ban Thi đua-Khen thưởng Trung ương",
            "Ban Thi đua - Khen thưởng Trung ương",
        );
    }

    #[test]
    fn a_dash_before_a_parent_a_role_or_a_country_ends_the_name() {
        // general-10k: a unit and its parent.
        let found = canonical_names("Trung tâm Chống độc-Bệnh viện Bạch Mai cho biết");
        assert!(
            found.iter().any(|c| c == "Trung tâm Chống độc"),
            "{found:?}"
        );
        // general-10k dantri-news_education_113: a role after the dash.
        let found =
            canonical_names("GS. Lê Anh Tuấn Chủ tịch Hội đồng Trường -Ủy viên Ban thường vụ");
        assert!(found.iter().all(|c| !c.contains("Ủy")), "{found:?}");
        // general-10k baomoi-22486061: a pair of countries is left as it was read.
        let found = canonical_names("Chủ tịch Hội Hữu nghị Nhật-Việt tỉnh Osaka, cảm ơn");
        assert!(found.iter().all(|c| !c.contains(" - ")), "{found:?}");
        // general-10k baomoi-21474761: a foreign name.
        let found = canonical_names("Sau đó, Tập đoàn E-United hợp tác với Tycoons");
        assert!(found.iter().all(|c| !c.contains(" - ")), "{found:?}");
    }
}
