//! Acts reported as done: a document issued ("Bộ Y tế vừa có Công văn số 2959/BYT-BH …"),
//! an arrest, a trial, a work session. Their trigger rows (`done` in `event_triggers.tsv`)
//! name acts that are as often requested, planned or described as duties ("đề nghị … có
//! văn bản hướng dẫn", "cho đến khi có văn bản khác"); the act is an occurrence the article
//! reports (GUIDELINES decision 17) when a done word stands before it or a date dates it.

use super::words::WORDS;
use super::Sentence;
use crate::extract::text::floor_boundary;

/// Whether the `done` trigger at byte `pos` of sentence `s` (`lower` the lower-cased text)
/// reports an act: a done word before it ([`done_before`]), or the day or month date that
/// dates it standing in its phrase, no comma between ("UBND tỉnh Bắc Ninh … ra Quyết định
/// xử phạt … ngày 10/5"). A date set off by a comma dates the clause's main act ("Chiều
/// 10.2, Thứ trưởng … cho biết, Bộ vừa công bố hỗ trợ … 3 thuyền viên bị cướp biển Somali
/// bắt giữ": the seizure is a description, not the day's act); a clause fronted by its day
/// is reported by `reports.rs` anyway.
pub(super) fn done(s: &Sentence, lower: &str, pos: usize) -> bool {
    done_before(s.text, lower, pos)
        || s.day_for(pos).is_some_and(|d| {
            let (from, to) = if d.span.end <= pos {
                (d.span.end, pos)
            } else {
                (pos, d.span.start)
            };
            to - from <= DATE_REACH
                && lower
                    .get(from..to)
                    .is_some_and(|between| !between.contains([',', ';', ':']))
        })
}

/// How far, in bytes, the date that dates a `done` trigger may stand from it: a phrase's
/// length; a bound keeps a sentence of many triggers linear.
const DATE_REACH: usize = 256;

/// How many words before a `done` trigger a done word may stand ("đã mở phiên tòa sơ thẩm
/// xét xử": five words between).
const DONE_WORDS: usize = 6;

/// How many bytes before a trigger are read for its done word: [`DONE_WORDS`] words of
/// Vietnamese at most.
const DONE_REACH: usize = 96;

/// Whether a done word (`done_word` of `event_words.tsv`: "đã", "vừa") stands among the
/// [`DONE_WORDS`] words before byte `pos` of the lower-cased text `lower`, in the same
/// phrase (no punctuation between), with no negation (`negation`: "không", "chưa") nor
/// request verb ([`requested`]) between it and the trigger: "đã có văn bản yêu cầu …" reports the act done, "đã không
/// khởi tố" denies it. A word written capitalized in `text` (byte-aligned with `lower`) is
/// part of a name and is not counted: a name is one part of the phrase however many
/// syllables it has ("Công an xã … đã phối hợp với Công an huyện Ba Vì khám nghiệm hiện
/// trường": four words between, not eight).
pub(super) fn done_before(text: &str, lower: &str, pos: usize) -> bool {
    let from = floor_boundary(lower, pos.saturating_sub(DONE_REACH));
    let (Some(head), Some(written)) = (lower.get(from..pos), text.get(from..pos)) else {
        return false;
    };
    let cut = head
        .rfind(|c: char| {
            matches!(
                c,
                ',' | ';' | ':' | '.' | '(' | ')' | '"' | '“' | '”' | '\n'
            )
        })
        .and_then(|i| {
            head.get(i..)
                .and_then(|r| r.chars().next())
                .map(|c| i + c.len_utf8())
        })
        .unwrap_or(0);
    let (Some(phrase), Some(written)) = (head.get(cut..), written.get(cut..)) else {
        return false;
    };
    let words: Vec<&str> = phrase
        .split_whitespace()
        .zip(written.split_whitespace())
        .filter(|(w, t)| {
            !t.chars().next().is_some_and(char::is_uppercase)
                || WORDS.done_words.iter().any(|d| d == w)
        })
        .map(|(w, _)| w)
        .collect();
    let last = words
        .get(words.len().saturating_sub(DONE_WORDS)..)
        .unwrap_or_default();
    last.iter().enumerate().any(|(i, w)| {
        let after = last.get(i + 1..).unwrap_or_default();
        WORDS.done_words.iter().any(|d| d == w)
            && !after.iter().any(|x| WORDS.negations.iter().any(|n| n == x))
            && !requested(after)
    })
}

/// Whether a request verb (`request_word` of `event_words.tsv`: "đề nghị", "kiến nghị",
/// "tham mưu") stands among `words`, the words between a done word and its act: what was
/// done is the request, and the act is only asked for ("Bộ Nội vụ cũng đã kiến nghị UB
/// Thường vụ Quốc hội ban hành nghị quyết …").
fn requested(words: &[&str]) -> bool {
    WORDS.request_words.iter().any(|r| {
        let syllables: Vec<&str> = r.split_whitespace().collect();
        !syllables.is_empty()
            && words
                .windows(syllables.len())
                .any(|w| w == syllables.as_slice())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::lower_aligned;

    fn done_at(text: &str, trigger: &str) -> bool {
        let lower = lower_aligned(text);
        let pos = lower.find(trigger).unwrap_or(0);
        done_before(text, &lower, pos)
    }

    #[test]
    fn a_done_word_before_the_act_reports_it() {
        // corpus-real labour.jsonl (baomoi-22454050).
        assert!(done_at(
            "Bộ Y tế vừa có Công văn số 2959/BYT-BH gửi Sở Y tế các địa phương.",
            "có công văn"
        ));
        // corpus-real labour.jsonl (baomoi-21493606).
        assert!(done_at(
            "Bộ trưởng Bộ Công Thương đã ra Quyết định số 376 thành lập Hội đồng kỷ luật.",
            "ra quyết định"
        ));
    }

    #[test]
    fn an_act_requested_after_the_done_word_is_no_act() {
        // corpus-real labour.jsonl (baomoi-22305016).
        assert!(!done_at(
            "Đồng thời, Bộ Nội vụ cũng đã kiến nghị UB Thường vụ Quốc hội ban hành nghị quyết quy định về việc xử lý kỷ luật.",
            "ban hành nghị quyết"
        ));
        // corpus-real labour.jsonl (baomoi-21478932).
        assert!(done_at(
            "Bộ Tài chính vừa ban hành Thông tư 329, hướng dẫn thi hành Nghị định 119.",
            "ban hành thông tư"
        ));
    }

    #[test]
    fn a_request_a_duty_or_a_denial_is_no_act() {
        // corpus-real labour.jsonl (baomoi-21472639): a request.
        assert!(!done_at(
            "Chúng tôi đề nghị Bộ Tư pháp, Bộ Tài chính, UBND TP Hà Nội có văn bản hướng dẫn cụ thể.",
            "có văn bản"
        ));
        // corpus-real labour.jsonl (dantri-news_society_182): a condition.
        assert!(!done_at(
            "Được hưởng chế độ, chính sách theo quy định cho đến khi có văn bản khác.",
            "có văn bản"
        ));
        // corpus-real labour.jsonl (baomoi-22349971, baomoi-21484662): a denial.
        assert!(!done_at(
            "- Trước đây, cơ quan điều tra đã không khởi tố ông Phí Thái Bình, nhưng tại sao lần này lại có sự thay đổi như vậy?",
            "khởi tố"
        ));
        assert!(!done_at(
            "… đối với UBND TP Hà Nội đã không có văn bản chỉ đạo về việc nhà đầu tư tự ý lắp đặt các thiết bị.",
            "có văn bản"
        ));
        // corpus-real labour.jsonl (baomoi-22271544): no done word, no act of its own.
        assert!(!done_at(
            "Quá trình điều tra, CQĐT Công an quận 9 ra quyết định không khởi tố vụ án vì hành vi không cấu thành tội phạm.",
            "khởi tố"
        ));
    }
}
