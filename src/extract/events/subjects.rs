//! The acting subject of a sentence: the organization a verb follows ("Bộ Lao động -
//! Thương binh và Xã hội tổ chức …"), read as the organizer of what the sentence reports.

use super::words::WORDS;
use super::{Sentence, SUBJECT_LEAD};
use crate::extract::caseless::with_lower;
use crate::extract::orgs::OrgSpan;
use crate::extract::text::word_before;

impl Sentence<'_> {
    /// The subject of the sentence before byte `limit`: the last organization (not an
    /// object) followed by a verb, else the first one when it opens the sentence.
    pub(super) fn subject(&self, text: &str, limit: usize) -> Option<String> {
        self.subject_span(text, limit, true)
            .map(|o| o.full_canonical())
    }

    /// The sentence's acting subject before byte `limit` when a verb follows it ("Công
    /// đoàn … đã tổ chức"): the only kind of subject later sentences may take as their
    /// organizer. An organization that merely opens the sentence (a list item after "như:",
    /// "UBND tỉnh; đoạt Giải Ba …") acts in nothing the next sentences report.
    pub(super) fn acting_subject(&self, text: &str, limit: usize) -> Option<String> {
        self.subject_span(text, limit, false)
            .map(|o| o.full_canonical())
    }

    /// The organization [`Self::subject`] reads; `opening` also takes the first one when it
    /// opens the sentence and no verb follows any.
    fn subject_span(&self, text: &str, limit: usize, opening: bool) -> Option<&OrgSpan> {
        // The organizations before `limit` that no object word precedes, read lazily: from
        // the last for one a verb follows (the cheaper test first), then from the first
        // (stop 25: every one was tested for an object word, collected, then read).
        let candidate = |o: &&OrgSpan| {
            o.start < limit
                && word_before(text, o.start).is_none_or(|(_, w)| {
                    !with_lower(w, |w| WORDS.object_words.iter().any(|ob| ob == w))
                })
        };
        let verb_follows = |o: &&OrgSpan| {
            text.get(o.end..).is_some_and(|r| {
                let r = skip_aside(r);
                WORDS
                    .subject_verbs
                    .iter()
                    .any(|v| r.starts_with(v.as_str()))
            })
        };
        let acting = self
            .orgs
            .iter()
            .rev()
            .find(|o| verb_follows(o) && candidate(o));
        if acting.is_some() || !opening {
            return acting;
        }
        self.orgs
            .iter()
            .find(candidate)
            .filter(|o| o.start <= self.span.start + SUBJECT_LEAD)
    }
}

/// How long, in bytes, an aside in parentheses after an organization may be for the verb
/// after it to still make the organization the subject.
const ASIDE_MAX: usize = 64;

/// The text after an aside in parentheses that opens `rest` (" (Trung tâm) đã tổ chức" →
/// " đã tổ chức"): an abbreviation or a place between a subject and its verb ("Chi đoàn
/// Trung tâm … (Trung tâm) đã tổ chức Đại hội", "Công ty Pouchen VN (xã Hóa An, TP.Biên
/// Hòa) đã đi vào hoạt động"). `rest` itself when it opens with none.
fn skip_aside(rest: &str) -> &str {
    rest.strip_prefix(" (")
        .and_then(|r| {
            r.char_indices()
                .take_while(|(i, _)| *i < ASIDE_MAX)
                .find(|(_, c)| *c == ')')
                .and_then(|(i, _)| r.get(i + 1..))
        })
        .unwrap_or(rest)
}
