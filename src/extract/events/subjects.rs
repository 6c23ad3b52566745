//! The acting subject of a sentence: the organization a verb follows ("Bộ Lao động -
//! Thương binh và Xã hội tổ chức …"), read as the organizer of what the sentence reports.

use super::words::WORDS;
use super::{Sentence, SUBJECT_LEAD};
use crate::extract::caseless::with_lower;
use crate::extract::orgs::OrgSpan;
use crate::extract::text::{word_before, word_end, word_start};

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
                && !in_source_lead(self.lower, o.start.saturating_sub(self.span.start))
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

/// Where a clause starts, as matched: after one of these, the words before an organization
/// are read for a source lead.
const CLAUSE_ENDS: [&str; 3] = [", ", "; ", ": "];

/// Whether the organization at byte `at` of the lower-cased sentence `lower` names the
/// source of the news, not an actor: its clause opens with a `source_lead` ("Theo tin tức
/// trên báo Dân trí, Đoàn kiểm tra … vừa có văn bản …", "Thông tin trên báo Tuổi Trẻ cho
/// biết, …", "Theo phóng viên TTXVN tại Rome, …"), not "theo" before a `not_source`
/// ("Theo đó UBND tỉnh …", "Theo kế hoạch của LĐLĐ …"), and no verb of saying stands
/// between the lead and the organization ("nguồn tin của Thanh Niên cho biết Cơ quan CSĐT
/// Bộ Công an đã …": the organization after it is what the source reports).
fn in_source_lead(lower: &str, at: usize) -> bool {
    let before = lower.get(..at).unwrap_or_default();
    let start = CLAUSE_ENDS
        .iter()
        .filter_map(|e| before.rfind(e).map(|i| i + e.len()))
        .max()
        .unwrap_or(0);
    let head = before.get(start..).unwrap_or_default().trim_start();
    let Some(rest) = WORDS
        .source_leads
        .iter()
        .find_map(|l| head.strip_prefix(l.as_str()))
    else {
        return false;
    };
    if WORDS
        .not_sources
        .iter()
        .any(|w| rest.starts_with(w.as_str()))
    {
        return false;
    }
    !WORDS.speech_verbs.iter().any(|v| {
        rest.match_indices(v.as_str())
            .any(|(i, _)| word_start(rest, i) && word_end(rest, i + v.len()))
    })
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::entities::extract_entities;
    use crate::extract::Document;
    use crate::record::{DateMention, Event, Granularity};

    fn events(text: &str, day: Option<(&str, &str)>) -> Vec<Event> {
        let mentions: Vec<DateMention> = day
            .map(|(surface, value)| {
                let start = text.find(surface).unwrap_or(0);
                let chars = text.get(..start).unwrap_or_default().chars().count();
                DateMention {
                    text: surface.to_string(),
                    start: chars,
                    end: chars + surface.chars().count(),
                    value: value.to_string(),
                    granularity: Granularity::Day,
                    year_inferred: true,
                    time_of_day: None,
                }
            })
            .into_iter()
            .collect();
        extract_entities(&Document::from_text(text), &mentions).events
    }

    #[test]
    fn the_source_of_the_news_is_no_organizer() {
        // corpus-real general-10k (baomoi-21491521): the newspaper only reports the act.
        let text = "Theo tin tức trên báo Dân trí, Đoàn kiểm tra công vụ của Sở Nội vụ vừa có văn bản báo cáo kết quả kiểm tra, xác minh với Chủ tịch UBND TP Hà Nội về thông tin phản ánh những chiếc xe ô tô gắn biển xanh (biển 31A) đi lễ hội đầu năm.";
        let found = events(text, None);
        assert!(!found.is_empty(), "{found:?}");
        assert!(found.iter().all(|e| e.organizer.is_none()), "{found:?}");
        // corpus-real general-10k (baomoi-22625136).
        let text = "Thông tin trên báo Tuổi Trẻ cho biết, phiên tòa xét xử Trương Hồ Phương Nga (Hoa hậu người Việt tại Nga) chiều 27/6 có sự xuất hiện của nhân chứng \"bí ẩn\" Nguyễn Mai Phương - người mà Hoa hậu Phương Nga liên tục nhắc tên khi trả lời thẩm vấn trước tòa.";
        let found = events(text, Some(("chiều 27/6", "2012-06-27")));
        assert!(found.iter().all(|e| e.organizer.is_none()), "{found:?}");
    }

    #[test]
    fn a_source_before_the_actor_is_no_organizer() {
        // corpus-real general-10k (baomoi-21495164): TTXVN reports what the ministry did (in
        // the article the ministry, named as the subject before, is the organizer).
        let text = "Theo tin tức trên TTXVN, ngày 8/2, Bộ trưởng Bộ Công Thương Trần Tuấn Anh đã ban hành Quyết định số 376/QĐ-BCT thành lập Hội đồng kỷ luật do Thứ trưởng Trần Quốc Khánh làm Chủ tịch để xem xét, quyết định hình thức kỷ luật đối với công chức được xác định \" đi lễ chùa trong giờ làm việc\".";
        let found = events(text, Some(("ngày 8/2", "2017-02-08")));
        assert!(!found.is_empty(), "{found:?}");
        assert!(
            found
                .iter()
                .all(|e| e.organizer.as_deref() != Some("Thông tấn xã Việt Nam")),
            "{found:?}"
        );
    }

    #[test]
    fn a_plan_a_body_s_own_news_or_a_saying_is_no_source_lead() {
        // corpus-real general-10k (baomoi-22550869): news from a body about its own act.
        let lower =
            "ngày 17/6, tin từ công an huyện vũ quang, tỉnh hà tĩnh, đơn vị vừa ra lệnh khởi tố";
        assert!(!in_source_lead(lower, lower.find("công an").unwrap_or(0)));
        // corpus-real general-10k (baomoi-21486259).
        let lower = "theo tin từ phòng csđt tội phạm về trật tự xã hội công an tỉnh nghệ an cho biết đã ra quyết định khởi tố";
        assert!(!in_source_lead(lower, lower.find("phòng").unwrap_or(0)));
        // corpus-real general-10k (baomoi-22346279): the body after the saying acts.
        let lower = "ngày 22.5, nguồn tin của thanh niên cho biết cơ quan cảnh sát điều tra (csđt) bộ công an đã ra quyết định khởi tố bị can";
        assert!(!in_source_lead(lower, lower.find("cơ quan").unwrap_or(0)));
        // corpus-real labour.jsonl (baomoi-21486413): "theo đó" is a connective.
        let lower = "theo đó, ubnd thành phố hà nội đã đề xuất với bộ tài nguyên và môi trường";
        assert!(!in_source_lead(lower, lower.find("ubnd").unwrap_or(0)));
        // corpus-real general-10k (baomoi-22502617).
        let lower =
            "theo phóng viên ttxvn tại rome, giới chính trị gia, các học giả và báo chí italy";
        assert!(in_source_lead(lower, lower.find("ttxvn").unwrap_or(0)));
    }
}
