//! Steps told in sequence: a sentence without dates that opens with a connective of
//! sequence (`sequel_opener` rows of `event_words.tsv`: "Sau khi …,", "Sau đó,", "Trước
//! đó,", "Ngay sau đó,"), alone or after an attribution ("Theo anh X, sau khi …, nhóm anh đã
//! đến Công an quận …", "Ông Minh cho biết thêm, sau khi xảy ra vụ việc, công an xã đã …"),
//! and whose next clause reports an act done by its subject (a done word, "đã" / "vừa",
//! among its first words: "Sau khi xảy ra sự việc, cặp vợ chồng đã trình diện cơ quan chức
//! năng") tells one step of the story the article reports: an occurrence (GUIDELINES
//! decision 17), of type `other`, undated since no date of its clause dates it.
//!
//! The connective places the act on the story's time line, which a done word alone does
//! not: "Người lao động đã ý thức được …" states a condition (the undated done acts tried
//! and left out at stop 15, docs/RULES.md). Read, like the dated reports, only in articles
//! about unions or labour; not in quoted speech, a plan, "vừa … vừa" ("both … and"), nor
//! where a trigger of the clause already names the event.

use super::reported::continuing;
use super::reports::{by_reporter, speech_or_plan};
use super::words::WORDS;
use super::{Article, Found, FoundEvent, Reading, Sentence};
use crate::extract::text::{floor_boundary, word_end, ByteSpan};
use crate::record::EventType;

/// The longest attribution before the connective, in bytes ("Theo anh Đinh Văn Dũng, …",
/// "Ông Trần Anh Tuấn, Phó giám đốc Trung tâm cho biết, …").
const ATTRIBUTION_REACH: usize = 120;

/// The longest subordinate phrase after "sau khi" / "trước khi", in bytes, up to its comma
/// ("Sau khi không thể liên hệ với bà Phương, …").
const PHRASE_REACH: usize = 120;

/// How many words the subject of the act may have before its done word ("một nhân viên đô
/// thị đã …", "đại diện doanh nghiệp đã …").
const SUBJECT_WORDS: usize = 8;

/// The longest name of a step or act, in bytes, cut at a word boundary.
const NAME_MAX: usize = 160;

/// The name of an act written as `written`: without its closing punctuation, and at most
/// [`NAME_MAX`] bytes, cut at the last word boundary before it.
pub(super) fn act_name(written: &str) -> &str {
    let name = written.trim_end_matches(['.', ' ', ',', ';', ':', '…']);
    if name.len() <= NAME_MAX {
        return name;
    }
    let head = name
        .get(..floor_boundary(name, NAME_MAX))
        .unwrap_or_default();
    head.rfind(' ').and_then(|i| head.get(..i)).unwrap_or(head)
}

/// The clause of sentence `span` (`lower` the lower-cased text) that a connective of
/// sequence opens: from the first word after the connective's comma to the clause's end
/// `clause_end(start)`, when a done word stands among its first [`SUBJECT_WORDS`] + 1
/// words, in its first phrase, not denied ("đã không") nor paired ("vừa … vừa").
pub(super) fn sequel_act(
    lower: &str,
    span: ByteSpan,
    clause_end: impl Fn(usize) -> usize,
) -> Option<ByteSpan> {
    let sentence = lower.get(span.start..span.end)?;
    let opener_at = if opens_with_connective(sentence) {
        0
    } else {
        // After an attribution: "Theo X, …" or a speech verb and its comma, the speaker
        // possibly in apposition ("Ông X, Phó giám đốc Trung tâm cho biết, trước khi …").
        let head_end = floor_boundary(sentence, ATTRIBUTION_REACH.min(sentence.len()));
        let head = sentence.get(..head_end)?;
        // `memchr`: a `str` searcher set up per sentence cost more than the rule's reading.
        memchr::memchr_iter(b',', head.as_bytes()).find(|&comma| {
            let said = head.get(..comma).unwrap_or_default();
            let said = said.strip_suffix(" thêm").unwrap_or(said);
            head.as_bytes().get(comma + 1) == Some(&b' ')
                && sentence
                    .get(comma + ", ".len()..)
                    .is_some_and(opens_with_connective)
                && (said.starts_with("theo ")
                    || WORDS
                        .speech_verbs
                        .iter()
                        .any(|v| said.ends_with(v.as_str())))
        })? + ", ".len()
    };
    let rest = sentence.get(opener_at..)?;
    let opener = WORDS
        .sequel_openers
        .iter()
        .filter(|o| rest.starts_with(o.as_str()))
        .max_by_key(|o| o.len())?;
    // "sau khi …," runs to its comma; "sau đó," is followed by it at once.
    let comma = if opener.ends_with(" khi") {
        let reach = floor_boundary(rest, PHRASE_REACH.min(rest.len()));
        rest.get(..reach)?.find(", ")?
    } else {
        opener.len()
    };
    if !rest.get(comma..)?.starts_with(", ") {
        return None;
    }
    let start = span.start + opener_at + comma + ", ".len();
    let end = clause_end(start).min(span.end);
    let act = lower.get(start..end)?;
    let phrase = act.split([',', ';', ':']).next().unwrap_or_default();
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let done = words
        .iter()
        .take(SUBJECT_WORDS + 1)
        .position(|w| WORDS.done_words.iter().any(|d| d == w))?;
    let next = words.get(done + 1)?;
    let denied = WORDS.negations.iter().any(|n| n == next);
    let paired = words.get(done).is_some_and(|w| *w == "vừa")
        && words.get(done + 2..).unwrap_or_default().contains(&"vừa");
    (!denied && !paired && end > start).then(|| ByteSpan::new(start, end))
}

/// Whether `rest` opens with a connective of sequence followed by a space or a comma.
fn opens_with_connective(rest: &str) -> bool {
    WORDS
        .sequel_openers
        .iter()
        .any(|o| rest.starts_with(o.as_str()) && word_end(rest, o.len()) && rest.len() > o.len())
}

impl Article<'_> {
    /// Adds to `reading` the step that a connective of sequence opens in sentence `s`
    /// ([`sequel_act`]), when the sentence has no dates, its act clause holds no trigger
    /// of `found` and is no speech or plan.
    pub(super) fn read_sequel(&self, s: &Sentence, found: &[Found], reading: &mut Reading) {
        if s.generic || !self.labour || !s.dates.is_empty() {
            return;
        }
        let Some(act) = sequel_act(self.lower, s.span, |at| s.clauses().clause_of(at).end) else {
            return;
        };
        if found
            .iter()
            .any(|f| f.start >= act.start && f.start < act.end)
            || s.clauses().in_speech(act.start)
            || speech_or_plan(self.text, self.lower, act, act.start)
            || by_reporter(self.lower, act)
            || continuing(self.lower, act)
        {
            return;
        }
        let Some(written) = self.text.get(act.start..act.end) else {
            return;
        };
        let name = act_name(written);
        reading.events.push(FoundEvent {
            event_type: EventType::Other,
            name: name.to_string(),
            date: None,
            time_of_day: None,
            location: None,
            organizer: s.subject(self.text, act.end),
            participants: Vec::new(),
            sentence: s.span,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::lower_aligned;

    /// The act clause's text, the clause running to the sentence's end.
    fn act_of(text: &str) -> Option<String> {
        let lower = lower_aligned(text);
        let span = ByteSpan::new(0, lower.len());
        sequel_act(&lower, span, |_| lower.len())
            .and_then(|a| text.get(a.start..a.end).map(str::to_string))
    }

    #[test]
    fn a_connective_of_sequence_opens_a_step_done() {
        // corpus-real labour.jsonl (baomoi-22547185).
        assert_eq!(
            act_of("Sau khi xảy ra sự việc, cặp vợ chồng đã trình diện cơ quan chức năng.")
                .as_deref(),
            Some("cặp vợ chồng đã trình diện cơ quan chức năng.")
        );
        // corpus-real labour.jsonl (baomoi-22547285).
        assert!(act_of("Sau đó, 2 đối tượng này đã nhanh chóng bỏ đi khỏi hiện trường.").is_some());
        // corpus-real labour.jsonl (baomoi-22322349): after an attribution.
        assert!(act_of("Theo anh Đinh Văn Dũng, sau khi không thể liên hệ với bà Phương, nhóm anh đã đến Công an quận Nam Từ Liêm để trình báo sự việc.").is_some());
        // corpus-real labour.jsonl (baomoi-21488184): after a speaker in apposition.
        assert!(act_of("Ông Trần Anh Tuấn, Phó giám đốc Trung tâm cho biết, trước khi nghỉ Tết, Trung tâm đã khảo sát gần 1.800 doanh nghiệp tại TP.HCM.").is_some());
        // corpus-real labour.jsonl (baomoi-22713735): after a speech verb.
        assert!(act_of(
            "Một số công nhân cho biết, trước đó, nhà máy đã thuê thợ hàn về sửa chữa."
        )
        .is_some());
    }

    #[test]
    fn no_done_word_a_pair_or_no_connective_is_no_step() {
        // corpus-real labour.jsonl (dantri-news_education_072): "vừa … vừa" is "both … and".
        assert!(
            act_of("Sau khi học nghề, học sinh vừa có bằng nghề vừa có bằng văn hóa.").is_none()
        );
        // corpus-real labour.jsonl (baomoi-22516469): no done word in the clause's first words.
        assert!(act_of("Sau khi được truyền thuốc bé Hân lại tươi tỉnh.").is_none());
        // A done word without a connective of sequence: a state, not a step.
        assert!(act_of("Người lao động đã ý thức được việc bảo vệ sức khỏe.").is_none());
    }
}
