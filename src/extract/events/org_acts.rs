//! Acts an organization is reported to have done: a sentence without dates that opens with
//! an organization (after at most a `subject_lead` word, "Mới đây", "Hiện"), the
//! organization followed at once by a done word ("đã" / "vừa", "cũng" allowed between) and
//! a verb of an act ("Bộ Tài chính vừa ban hành Thông tư 329", "Chi cục Vệ sinh An toàn thực
//! phẩm An Giang đã đề nghị công ty ngưng hợp đồng …", "Bệnh viện đã làm các xét nghiệm
//! máu") reports an occurrence (GUIDELINES decision 17) of type `other`, undated since no
//! date of its clause dates it (GUIDELINES, Events: "Otherwise the value is null"); in an
//! article reviewing a period under a dated meeting it takes the year under review, like
//! every activity of a review.
//!
//! The organization as the subject is what makes the done word an act: a done word after
//! any subject is as often a state ("Người lao động đã ý thức được …"), a relative clause
//! ("những người đã biết thêu") or a subordinate one ("Khi vừa lên cầu …", "Nếu … đã khẳng
//! định …"): stop 19 left those out (docs/RULES.md). The verb after the done word must not
//! be a `not_act` row: a state, a possession or a passive ("đã có", "đã được", "đã gây",
//! "đã xác định"). Read, like the other reports, only in articles about unions or labour;
//! not in quoted speech, a plan, "vừa … vừa" ("both … and"), nor where a trigger of the
//! clause already names the event.
//!
//! A leader's title before the organization, or before the leader's name, opens the same
//! kind of act (`org_acts/leader_acts.rs`, read here with the same filters).

use super::reported::continuing;
use super::reports::{by_reporter, speech_or_plan};
use super::sequels::act_name;
use super::words::WORDS;
use super::{Article, Found, FoundEvent, Reading, Sentence};
use crate::extract::orgs::OrgSpan;
use crate::extract::text::{word_end, ByteSpan};
use crate::record::EventType;
use leader_acts::leader_act;

mod leader_acts;

/// What may stand between two organizations of one subject ("Bảo hiểm xã hội Việt Nam và
/// Hiệp hội Bệnh viện tư nhân Việt Nam đã ký …", "Cơ quan Cảnh sát điều tra Công an quận
/// Hoàn Kiếm đã …").
const SUBJECT_JOINS: [&str; 3] = [" ", " và ", " của "];

/// Where the verb after an organization's done word starts, in the lower-cased text
/// `lower`, when the organizations `orgs` (byte spans, sorted by start) open sentence
/// `span` as its subject: the first starts the sentence or follows a `subject_lead` word,
/// each next one follows the one before after a [`SUBJECT_JOINS`] word, and the last is
/// followed by "[cũng] đã|vừa" and a word that is no `not_act` row nor a negation.
pub(super) fn org_act_verb(lower: &str, span: ByteSpan, orgs: &[ByteSpan]) -> Option<usize> {
    let first = orgs.first()?;
    if !subject_opens(lower.get(span.start..first.start)?) {
        return None;
    }
    let mut end = first.end;
    for o in orgs.iter().skip(1) {
        let gap = lower.get(end..o.start).unwrap_or("x");
        if o.start < end || !SUBJECT_JOINS.contains(&gap) {
            break;
        }
        end = o.end;
    }
    done_act_verb(lower, end, span.end)
}

/// Whether `written` (lower case, from the sentence's start to its subject) lets the
/// subject open the sentence: nothing, a `subject_lead` word, or a phrase of response or
/// cause ([`opened`]).
pub(super) fn subject_opens(written: &str) -> bool {
    let lead = written.trim_end_matches([' ', ',']);
    lead.is_empty() || WORDS.subject_leads.iter().any(|w| w == lead) || opened(written)
}

/// Where the verb of a done act starts when the subject ending at byte `end` of `lower` is
/// followed by "[cũng] đã|vừa" and a word that is no `not_act` row nor a negation, before
/// byte `limit`; never a pair "vừa … vừa" nor an aggregate ([`aggregate`]).
pub(super) fn done_act_verb(lower: &str, end: usize, limit: usize) -> Option<usize> {
    let rest = lower.get(end..limit)?.strip_prefix(' ')?;
    let rest = rest.strip_prefix("cũng ").unwrap_or(rest);
    let done = WORDS.done_words.iter().find(|d| {
        rest.starts_with(d.as_str()) && rest.get(d.len()..).is_some_and(|r| r.starts_with(' '))
    })?;
    let after = rest.get(done.len() + 1..)?;
    let stated = |w: &String| after.starts_with(w.as_str()) && word_end(after, w.len());
    if WORDS.not_acts.iter().any(stated) || WORDS.negations.iter().any(stated) {
        return None;
    }
    let phrase = after.split([',', ';', ':']).next().unwrap_or_default();
    if (done == "vừa" && phrase.split_whitespace().any(|w| w == "vừa")) || aggregate(phrase, after)
    {
        return None;
    }
    Some(limit - after.len())
}

/// The longest phrase of response or cause before the organization, in bytes ("Ngay khi
/// nhận được tin báo từ giáo viên chủ nhiệm, …").
const OPENER_REACH: usize = 150;

/// Whether `lead` (lower case, the sentence up to the organization) is a phrase of response
/// set off by its comma (an `act_opener` row first, no other comma: "tiếp nhận thông tin, ",
/// "ngay khi sự việc xảy ra, ") or a cause that "nên" closes (a `cause_opener` row first, no
/// comma: "thấy việc bỏ không như vậy lãng phí nên "): the organization after it opens the
/// main clause as its subject. Never with a quotation mark or a colon (someone's words).
fn opened(lead: &str) -> bool {
    let starts = |rows: &[String]| {
        rows.iter()
            .any(|w| lead.starts_with(w.as_str()) && word_end(lead, w.len()))
    };
    if lead.len() > OPENER_REACH || lead.contains(['"', '“', '”', ':']) {
        return false;
    }
    if let Some(phrase) = lead.strip_suffix(", ") {
        return !phrase.contains(',') && starts(&WORDS.act_openers);
    }
    lead.strip_suffix(" nên ")
        .is_some_and(|cause| !cause.contains(',') && starts(&WORDS.cause_openers))
}

/// How many words of an act may stand before the number that counts its object: the verb's
/// words ("ban hành 50 nghị định", "cổ phần hóa 61 doanh nghiệp"), not a noun's ("thống nhất
/// xây dựng mô hình 3 đơn vị hành chính", one decision).
const OBJECT_COUNT_WORDS: usize = 3;

/// Whether an act sums many up, an aggregate statistic (GUIDELINES 14): a percentage in
/// its clause up to a semicolon (`after`, lower case, from the verb: "đã rà soát, hoàn
/// thành đơn giản hóa đạt tỷ lệ 95%, 85%; …"), or a number among the first
/// [`OBJECT_COUNT_WORDS`] + 1 words of its first phrase `phrase`, followed by an
/// `aggregate_unit` row ("ban hành 50 nghị định").
fn aggregate(phrase: &str, after: &str) -> bool {
    if after
        .split(['.', ';'])
        .next()
        .is_some_and(|c| c.contains('%'))
    {
        return true;
    }
    let words: Vec<&str> = phrase.split_whitespace().collect();
    words
        .iter()
        .take(OBJECT_COUNT_WORDS + 1)
        .enumerate()
        .any(|(i, w)| {
            let rest = words.get(i + 1..).unwrap_or_default().join(" ");
            w.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                && w.bytes().next().is_some_and(|b| b.is_ascii_digit())
                && WORDS
                    .aggregate_units
                    .iter()
                    .any(|u| rest.starts_with(u.as_str()) && word_end(&rest, u.len()))
        })
}

/// How many words after "trao" / "tặng" a gift noun may stand in a handed gift ("chuyển
/// trao những suất quà").
const GIFT_WORDS: usize = 3;

/// Whether an act's name `name` (lower case) hands over a gift in its first phrase: "trao" or
/// "tặng" with a `gift_noun` among the [`GIFT_WORDS`] words after it ("đã kịp thời chuyển
/// trao những suất quà hỗ trợ của LĐLĐ tỉnh …"): support, like the "trao"/"tặng" + gift
/// trigger rows that a determiner between kept from matching.
fn handed_gift(name: &str) -> bool {
    let phrase = name.split([',', ';', ':']).next().unwrap_or_default();
    let words: Vec<&str> = phrase.split_whitespace().collect();
    words.iter().enumerate().any(|(i, w)| {
        (*w == "trao" || *w == "tặng")
            && words
                .iter()
                .skip(i + 1)
                .take(GIFT_WORDS)
                .any(|g| WORDS.gift_nouns.iter().any(|n| n == g))
    })
}

impl Article<'_> {
    /// Adds to `reading` the act that the organization opening sentence `s` is reported to
    /// have done ([`org_act_verb`]), when the sentence has no dates and no event yet, and its
    /// clause holds no trigger of `found`, is no speech or plan and leads no movement
    /// (`movement_word`: "LĐLĐ quận đã lãnh đạo, chỉ đạo phong trào CNVCLĐ …", a review's
    /// summary, GUIDELINES 14).
    pub(super) fn read_org_act(&self, s: &Sentence, found: &[Found], reading: &mut Reading) {
        if s.generic
            || !self.labour
            || !s.dates.is_empty()
            || reading.events.last().is_some_and(|e| e.sentence == s.span)
        {
            return;
        }
        let spans: Vec<ByteSpan> = s
            .orgs
            .iter()
            .filter(|o| o.start >= s.span.start)
            .map(OrgSpan::bytes)
            .collect();
        // The subject's start and the act's verb: organizations opening the sentence, else
        // a leader's title before them or a name (`leader_acts.rs`).
        let Some((subject, verb)) = spans
            .first()
            .zip(org_act_verb(self.lower, s.span, &spans))
            .map(|(o, v)| (o.start, v))
            .or_else(|| leader_act(self.lower, s.span, &spans, &self.names_in(s.span)))
        else {
            return;
        };
        let act = ByteSpan::new(subject, s.clauses().clause_of(verb).end.min(s.span.end));
        if act.end <= verb
            || found
                .iter()
                .any(|f| f.start >= act.start && f.start < act.end)
            || s.clauses().in_speech(verb)
            || speech_or_plan(self.text, self.lower, act, act.start)
            || (subject > s.span.start
                && speech_or_plan(
                    self.text,
                    self.lower,
                    ByteSpan::new(s.span.start, subject),
                    s.span.start,
                ))
            || by_reporter(self.lower, act)
            || continuing(self.lower, act)
            || self
                .lower
                .get(verb..act.end)
                .is_some_and(|c| WORDS.movement_words.iter().any(|w| c.contains(w.as_str())))
        {
            return;
        }
        let Some(written) = self.text.get(verb..act.end) else {
            return;
        };
        let name = act_name(written);
        // A review's activities take the year under review (GUIDELINES, Events).
        let date = super::dating::reviewed_year_bound(
            reading.main.as_ref().and_then(|m| m.date.as_deref()),
        )
        .and_then(|b| self.year_before(s, b))
        .map(|d| d.value.value.clone());
        reading.events.push(FoundEvent {
            event_type: if handed_gift(&name.to_lowercase()) {
                EventType::Support
            } else {
                EventType::Other
            },
            name: name.to_string(),
            date,
            time_of_day: None,
            location: None,
            organizer: s.subject(self.text, verb),
            participants: Vec::new(),
            sentence: s.span,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::lower_aligned;

    /// The byte spans of `parts` (phrases of `text`, each at its first occurrence): the
    /// organizations and names the act tests here and in `leader_acts` give.
    pub(in crate::extract::events::org_acts) fn spans_of(
        text: &str,
        parts: &[&str],
    ) -> Vec<ByteSpan> {
        parts
            .iter()
            .filter_map(|o| text.find(o).map(|i| ByteSpan::new(i, i + o.len())))
            .collect()
    }

    /// The verb's text onwards when `subject` (a phrase of `text`) is the only organization.
    fn act_of(text: &str, subjects: &[&str]) -> Option<String> {
        let lower = lower_aligned(text);
        let spans = spans_of(text, subjects);
        org_act_verb(&lower, ByteSpan::new(0, lower.len()), &spans)
            .and_then(|v| text.get(v..).map(str::to_string))
    }

    #[test]
    fn an_organization_opening_a_sentence_with_a_done_word_reports_its_act() {
        // corpus-real labour.jsonl (baomoi-21478251).
        assert_eq!(
            act_of(
                "Kiểm toán Nhà nước vừa công bố báo cáo kiểm toán niên độ 2015 đối với Bảo hiểm xã hội Việt Nam.",
                &["Kiểm toán Nhà nước"]
            )
            .as_deref(),
            Some("công bố báo cáo kiểm toán niên độ 2015 đối với Bảo hiểm xã hội Việt Nam.")
        );
        // corpus-real labour.jsonl (baomoi-22655530): after a lead word.
        assert!(act_of(
            "Hiện Công an phường Tân Đông Hiệp đã lập hồ sơ điều tra vụ việc.",
            &["Công an phường Tân Đông Hiệp"]
        )
        .is_some());
        // corpus-real labour.jsonl (baomoi-22331819): "cũng" before the done word.
        assert!(act_of(
            "Ủy ban Nhân dân tỉnh cũng đã phê duyệt dự án xây dựng, quản lý và phát triển nhãn hiệu tập thể.",
            &["Ủy ban Nhân dân tỉnh"]
        )
        .is_some());
        // corpus-real labour.jsonl (baomoi-22639864): two organizations as one subject.
        assert!(act_of(
            "Bảo hiểm xã hội Việt Nam và Hiệp hội Bệnh viện tư nhân Việt Nam đã ký quy chế phối hợp.",
            &["Bảo hiểm xã hội Việt Nam", "Hiệp hội Bệnh viện tư nhân Việt Nam"]
        )
        .is_some());
    }

    #[test]
    fn an_undated_act_of_an_organization_is_an_event_without_a_date() {
        use crate::extract::entities::extract_entities;
        use crate::extract::Document;
        // corpus-real labour.jsonl (baomoi-22575424): an article about unions.
        let text = "Vụ việc của LĐLĐ quận 3 kiện Cty CP Nahi là tình trạng chung của hầu hết các vụ CĐ kiện DN nợ BHXH hiện nay. BHXH huyện Củ Chi cũng đã chuyển 15 hồ sơ qua LĐLĐ quận.";
        let events = extract_entities(&Document::from_text(text), &[]).events;
        let act: Vec<(&str, Option<&str>, &str)> = events
            .iter()
            .map(|e| (e.event_type.as_str(), e.date.as_deref(), e.name.as_str()))
            .collect();
        assert_eq!(act, [("other", None, "chuyển 15 hồ sơ qua LĐLĐ quận")]);
    }

    #[test]
    fn leading_a_movement_is_no_occurrence() {
        use crate::extract::entities::extract_entities;
        use crate::extract::Document;
        // corpus-real labour.jsonl (baomoi-21494854): the review of an education union.
        let text = "Năm học 2015-2016, CĐ Giáo dục huyện Chợ Đồn có 610 đoàn viên công đoàn. CĐ Giáo dục huyện Chợ Đồn đã chủ động phối hợp với lãnh đạo Phòng GDĐT huyện phát động, triển khai tổ chức các phong trào thi đua gắn với việc chăm lo cải thiện điều kiện làm việc.";
        let events = extract_entities(&Document::from_text(text), &[]).events;
        assert!(events.is_empty(), "{events:?}");
    }

    #[test]
    fn a_gift_handed_is_support() {
        // corpus-real labour.jsonl (baomoi-21494854).
        assert!(handed_gift(
            "kịp thời chuyển trao những suất quà hỗ trợ của lđlđ tỉnh"
        ));
        // corpus-real labour.jsonl (baomoi-22575424): no gift handed.
        assert!(!handed_gift("chuyển 15 hồ sơ qua lđlđ quận"));
    }

    #[test]
    fn a_state_a_subordinate_clause_or_another_subject_is_no_act() {
        // corpus-real labour.jsonl (baomoi-21511660): the organization is no subject.
        assert!(act_of(
            "Đây là con số mà Cục Thống kê Séc vừa công bố, thể hiện sự tiến bộ của nền kinh tế nước này.",
            &["Cục Thống kê Séc"]
        )
        .is_none());
        // corpus-real labour.jsonl (baomoi-22567073): a condition.
        assert!(act_of(
            "Nếu Chủ tịch Vinacomin đã khẳng định có thể cạnh tranh về giá thì Bộ Công thương cần chủ trì.",
            &["Vinacomin"]
        )
        .is_none());
        // corpus-real labour.jsonl (baomoi-22241159): a policy stated, no act.
        assert!(act_of(
            "Chính phủ Việt Nam đã xác định nhiệm vụ phải đổi mới mô hình tăng trưởng.",
            &["Chính phủ Việt Nam"]
        )
        .is_none());
        // corpus-real labour.jsonl (baomoi-22289000): many acts summed up (GUIDELINES 14).
        assert!(act_of(
            "Chính phủ đã ban hành 50 nghị định về điều kiện đầu tư kinh doanh theo Luật Đầu tư và Luật Doanh nghiệp.",
            &["Chính phủ"]
        )
        .is_none());
        // corpus-real labour.jsonl (baomoi-21472698): a count inside the object's name is
        // no aggregate.
        assert!(act_of(
            "Mới đây Chính phủ cũng vừa thống nhất xây dựng mô hình 3 đơn vị hành chính - kinh tế đặc biệt.",
            &["Chính phủ"]
        )
        .is_some());
        // corpus-real labour.jsonl (baomoi-21470407): a possession is a `not_act` ("có
        // Chỉ thị" is a `done` trigger row of its own).
        assert!(act_of(
            "Thủ tướng Chính phủ vừa có Chỉ thị số 03/CT-TTg yêu cầu các bộ ngành.",
            &["Thủ tướng Chính phủ"]
        )
        .is_none());
    }
    #[test]
    fn an_organization_after_a_phrase_of_response_or_a_connective_reports_its_act() {
        for (text, organization) in [
            // corpus-real labour.jsonl (baomoi-22571287): a phrase of response.
            ("Tiếp nhận thông tin, Công an huyện Ba Vì đã tới hiện trường, phối hợp với lực lượng chức năng địa phương.", "Công an huyện Ba Vì"),
            // corpus-real labour.jsonl (baomoi-22656559).
            ("Ngay khi sự việc xảy ra, Sở Y tế An Giang đã huy động trên 100 y, bác sĩ của huyện Châu Thành.", "Sở Y tế An Giang"),
            // corpus-real labour.jsonl (baomoi-22732363).
            ("Trước tình trạng trên, BHXH TP Hà Nội đã thực hiện chuyển 230 hồ sơ doanh nghiệp nợ BHXH đề nghị Liên đoàn Lao động khởi kiện.", "BHXH TP Hà Nội"),
            // corpus-real labour.jsonl (baomoi-21510917): a connective.
            ("Vừa qua, LĐLĐ Thành phố đã ban hành kế hoạch tổ chức đại hội, hội nghị Công đoàn các cấp.", "LĐLĐ Thành phố"),
            // real-dev baomoi-22678143 (the shape): a cause that "nên" closes.
            ("Thấy việc bỏ không như vậy lãng phí nên Công đoàn Chi cục đã đề xuất cho công ty mượn để làm nhà nghỉ.", "Công đoàn Chi cục"),
        ] {
            assert!(act_of(text, &[organization]).is_some(), "{text}");
        }
    }

    #[test]
    fn other_phrases_before_an_organization_are_no_response() {
        for (text, organization) in [
            // corpus-real labour.jsonl (baomoi-21491881): an aim, no response.
            ("Trong hoàn cảnh giá dầu thấp, PVN đã có những biện pháp phù hợp để chăm lo đời sống cho người lao động.", "PVN"),
            // corpus-real labour.jsonl (baomoi-21512369): two commas, a sequence of steps.
            ("Tại Cao Bằng, trong dịp Tết vừa qua, Công an tỉnh đã thành lập những Tổ tuần tra đặc nhiệm.", "Công an tỉnh"),
        ] {
            assert!(act_of(text, &[organization]).is_none(), "{text}");
        }
        // The cause opener needs its "nên"; a response opener its comma.
        assert!(!opened("thấy việc bỏ không như vậy lãng phí, "));
        assert!(!opened("tiếp nhận thông tin nên "));
        // A quotation in the phrase is someone's words.
        assert!(!opened("nhận được tin “khẩn”, "));
    }

    #[test]
    fn speech_before_the_organization_is_no_act() {
        use crate::extract::entities::extract_entities;
        use crate::extract::Document;
        // corpus-real labour.jsonl (baomoi-22557706): what someone said.
        let text = "Công nhân và người lao động của công ty. Đồng thời cho biết, UBND TP đã giao cho CATP Hà Nội điều tra, xử lý nghiêm đối tượng vi phạm trong vụ việc này.";
        let events = extract_entities(&Document::from_text(text), &[]).events;
        assert!(events.is_empty(), "{events:?}");
    }
}
