//! How an occurrence that no trigger names (`reports.rs`, `sequels.rs`) is read beyond its
//! date (stop 20; the rows of `event_words.tsv` named below, counts in docs/RULES.md):
//!
//! - a continuing state is no occurrence: a clause fronted by its day date whose head says
//!   that something still holds ("Đến 22h ngày 8/6, công nhân vệ sinh của Công ty thoát
//!   nước Hà Nội vẫn đang vớt xác cá chết ở hồ Hoàng Cầu", "sáng 9.6, tại hiện trường …
//!   luôn có lực lượng công an P.15 túc trực bảo vệ") describes the state of things that
//!   day, not an occurrence the article reports (GUIDELINES decision 17; `state_word` rows);
//! - a meeting reported by its clause is typed: a name opening with a meeting noun ("Đại
//!   hội Công đoàn (CĐ) Công ty CP Bách Hưng Sinh … đã diễn ra ngày 9-7") or holding one
//!   just after "tổ chức" ("Sáng 23/6, thành phố Hà Nội tổ chức hội nghị giao ban trực tuyến
//!   …") reports a conference or a congress, not `other` (GUIDELINES, Events: the type set;
//!   `conference_noun`, `congress_noun` rows);
//! - a day date set off by commas with lead words before it fronts what follows, after an
//!   attribution of any length ("Theo thông tin từ Phòng y tế thị xã Thái Hòa, tỉnh Nghệ
//!   An, vào khoảng 14h chiều nay (22/5), nhiều nữ công nhân … có hiện tượng nôn mửa"),
//!   and an organization named only in that attribution is its source, not its organizer.

use super::dating::DateSpan;
use super::reports::without_lead;
use super::words::WORDS;
use crate::extract::orgs::OrgSpan;
use crate::extract::text::{floor_boundary, word_end, word_start, ByteSpan};
use crate::record::EventType;

/// How many bytes of a reported occurrence's name are read for a state word: the head,
/// where its subject and predicate stand ("lực lượng chức năng quận Bình Tân, TP Hồ Chí
/// Minh vẫn đang phối hợp …").
const STATE_HEAD: usize = 120;

/// Whether the name at `name` of the lower-cased text `lower` states a continuing state: a
/// `state_word` in its first [`STATE_HEAD`] bytes with no done word ("đã", "vừa") before
/// it. A done word first reports the act, and the state is what followed it ("… đã nhập
/// viện, hiện vẫn đang điều trị").
pub(super) fn continuing(lower: &str, name: ByteSpan) -> bool {
    let end = floor_boundary(lower, name.end.min(name.start + STATE_HEAD));
    let head = lower.get(name.start..end).unwrap_or_default();
    let Some(at) = WORDS
        .state_words
        .iter()
        .filter_map(|w| {
            head.match_indices(w.as_str())
                .find(|&(i, _)| word_start(head, i) && word_end(head, i + w.len()))
                .map(|(i, _)| i)
        })
        .min()
    else {
        return false;
    };
    let before = head.get(..at).unwrap_or_default();
    !before
        .split([' ', ','])
        .any(|w| WORDS.done_words.iter().any(|d| d == w))
}

/// The verb of organizing just before a meeting noun, with its space.
const ORGANIZE: &str = "tổ chức ";

/// How many bytes of a reported occurrence's name are read for its meeting noun: a
/// subject and its verb.
const KIND_HEAD: usize = 120;

/// The type of the reported occurrence named at `name` of the lower-cased text `lower`:
/// `conference` or `congress` when a meeting noun opens the name or follows "tổ chức" in
/// its head (the first [`KIND_HEAD`] bytes, before any comma), else `other`.
pub(super) fn report_kind(lower: &str, name: ByteSpan) -> EventType {
    let end = floor_boundary(lower, name.end.min(name.start + KIND_HEAD));
    let head = lower.get(name.start..end).unwrap_or_default();
    let head = head.split(", ").next().unwrap_or(head);
    // Conferences first: "đại hội đồng cổ đông" (a shareholders' meeting) is one.
    let kinds = [
        (&WORDS.conference_nouns, EventType::Conference),
        (&WORDS.congress_nouns, EventType::Congress),
    ];
    for (nouns, kind) in kinds {
        let named = nouns.iter().any(|n| {
            let at_start = head.starts_with(n.as_str()) && word_end(head, n.len());
            let organized = head.match_indices(n.as_str()).any(|(i, _)| {
                head.get(..i).is_some_and(|b| b.ends_with(ORGANIZE)) && word_end(head, i + n.len())
            });
            at_start || organized
        });
        if named {
            return kind;
        }
    }
    EventType::Other
}

/// The most lead words between a comma and the date it sets off ("…, vào khoảng 14h chiều
/// nay (22/5), …").
const SET_OFF_LEADS: usize = 6;

/// Whether the day date `d` of `lower` (the lower-cased text) is set off by commas with
/// only lead words (`date_lead` rows, clock times) between the comma before it and the date
/// (`before` is its clause up to the date): a time adverbial for what follows it, after an
/// attribution of any length ("Theo thông tin từ Phòng y tế thị xã Thái Hòa, tỉnh Nghệ
/// An, vào khoảng 14h chiều nay (22/5), nhiều nữ công nhân … có hiện tượng nôn mửa") or a
/// phrase of the clause, like a date set off with nothing between (`reports.rs` `set_off`).
pub(super) fn set_off_led(lower: &str, before: &str, d: &DateSpan) -> bool {
    let mut rest = before.trim_end();
    let mut by = false;
    for _ in 0..SET_OFF_LEADS {
        if rest.ends_with(',') {
            break;
        }
        by |= rest.ends_with(TALLY_LEAD) && word_start(rest, rest.len() - TALLY_LEAD.len());
        match without_lead(rest) {
            Some(shorter) => rest = shorter,
            None => return false,
        }
    }
    // "đến" ("by that day") leads a tally or a state reached as often as an occurrence:
    // "Sau khi tiếp nhận hồ sơ, đến ngày 3/12/2018, …, Đại sứ quán Hàn Quốc đã cấp visa
    // cho 53 cá nhân", "Qua quá trình điều trị, đến 14 giờ ngày 16/6, chị Thanh đã qua cơn
    // nguy kịch" (`reports.rs` reads it only with its own tally check, at a clause's start).
    rest.ends_with(',')
        && rest.len() < before.trim_end().len()
        && !by
        && lower.get(d.span.end..).is_some_and(|r| r.starts_with(", "))
}

/// The lead word "by" ("đến ngày 3/12/2018, …"), with no space.
const TALLY_LEAD: &str = "đến";

/// The attribution word opening a sentence ("Theo thông tin từ Phòng y tế …, …"), with
/// its space.
const ATTRIBUTION: &str = "theo ";

/// Whether the organizer `canonical` of a reported occurrence in `sentence` of `lower` is
/// named there only inside the attribution that opens it, up to its first comma ("Theo
/// thông tin từ Phòng y tế thị xã Thái Hòa, tỉnh Nghệ An, vào khoảng 14h chiều nay (22/5),
/// nhiều nữ công nhân … có hiện tượng nôn mửa", "Theo Guardian, Daw Myo Aye bị lực lượng
/// quân đội kéo ra …"): the source of the report, not who acted.
pub(super) fn source_only(
    lower: &str,
    sentence: ByteSpan,
    orgs: &[OrgSpan],
    canonical: &str,
) -> bool {
    let Some(head) = lower.get(sentence.start..sentence.end) else {
        return false;
    };
    let Some(end) = head
        .strip_prefix(ATTRIBUTION)
        .and_then(|_| head.find(", "))
        .map(|i| sentence.start + i)
    else {
        return false;
    };
    let named = orgs.iter().filter(|o| o.full_canonical() == canonical);
    let mut named = named.peekable();
    named.peek().is_some() && named.all(|o| o.end <= end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::lower_aligned;

    fn states(text: &str, from: &str) -> bool {
        let lower = lower_aligned(text);
        let start = lower.find(from).unwrap_or(0);
        continuing(&lower, ByteSpan::new(start, lower.len()))
    }

    #[test]
    fn a_state_on_its_day_is_no_occurrence() {
        // corpus-real labour.jsonl (baomoi-22489043).
        let text = "Đến 22h ngày 8/6, công nhân vệ sinh của Công ty thoát nước Hà Nội vẫn đang vớt xác cá chết ở hồ Hoàng Cầu.";
        assert!(states(text, "công nhân vệ sinh"));
        // corpus-real labour.jsonl (baomoi-22493052).
        let text = "Theo ghi nhận của Thanh Niên, sáng 9.6, tại hiện trường khu vực phát hiện vụ việc luôn có lực lượng công an P.15 túc trực bảo vệ.";
        assert!(states(text, "tại hiện trường"));
        // corpus-real labour.jsonl (baomoi-22713292): a comma inside the subject.
        let text = "Đến chiều cùng ngày, lực lượng chức năng quận Bình Tân, TP Hồ Chí Minh vẫn đang phối hợp với các đơn vị liên quan điều tra nguyên nhân vụ sập tường.";
        assert!(states(text, "lực lượng"));
        // corpus-real labour.jsonl (baomoi-22300320).
        let text = "Sau khi được sơ cứu, sức khỏe các bệnh nhân đã dần ổn định và được theo dõi tại khoa Nội.";
        assert!(states(text, "sức khỏe"));
    }

    #[test]
    fn an_act_before_the_state_is_an_occurrence() {
        // corpus-real labour.jsonl (baomoi-22411012 shape).
        let text = "4 giờ ngày 30/5, Công ty đã chuyển 30 công nhân có biểu hiện nặng đến Bệnh viện đa khoa huyện An Dương, hiện vẫn đang điều trị.";
        assert!(!states(text, "công ty"));
        // corpus-real labour.jsonl (baomoi-22263843): "đang … thì" narrates an accident.
        let text = "Khoảng 10h ngày 12/5, ông Đ. đang thực hiện công việc cho bao bì vào máy nghiền thì bất ngờ bị rơi vào máy.";
        assert!(!states(text, "ông đ."));
    }

    fn kind(text: &str, from: &str) -> EventType {
        let lower = lower_aligned(text);
        let start = lower.find(from).unwrap_or(0);
        report_kind(&lower, ByteSpan::new(start, lower.len()))
    }

    #[test]
    fn a_meeting_reported_by_its_day_is_typed() {
        // corpus-real labour.jsonl (baomoi-22593420).
        let text = "Sáng 23/6, thành phố Hà Nội tổ chức hội nghị giao ban trực tuyến thường trực Thành ủy - HĐND - UBND thành phố với lãnh đạo các quận, huyện, thị xã quý II/2017.";
        assert_eq!(kind(text, "thành phố hà nội"), EventType::Conference);
        // corpus-real labour.jsonl (baomoi-22713621).
        let text = "Đại hội Công đoàn (CĐ) Công ty CP Bách Hưng Sinh (quận Bình Thạnh, TP HCM) lần thứ nhất (nhiệm kỳ 2017-2022) đã diễn ra ngày 9-7 với 120 đoàn viên tham gia.";
        assert_eq!(kind(text, "đại hội"), EventType::Congress);
    }

    #[test]
    fn other_clauses_stay_other() {
        // corpus-real labour.jsonl (dantri-news_world_217): the festival is not the subject.
        let text = "Ngày 25/4, tại Moscow đã diễn ra Đại hội thể thao cụm 5 hè 2021 với sự tham gia của các trường đại học.";
        assert_eq!(kind(text, "tại moscow"), EventType::Other);
        // corpus-real labour.jsonl (baomoi-22549570): a meeting noun after the head's comma.
        let text = "Ngày 15/6, Công an phường đã mời chị Diệp lên làm việc, tại cuộc họp chị thừa nhận hành vi.";
        assert_eq!(kind(text, "công an"), EventType::Other);
    }

    fn day_at(text: &str, surface: &str) -> (String, DateSpan) {
        let lower = lower_aligned(text);
        let start = lower.find(&surface.to_lowercase()).unwrap_or(0);
        let mention = crate::record::DateMention {
            text: surface.to_string(),
            start: 0,
            end: 0,
            value: "--05-22".to_string(),
            granularity: crate::record::Granularity::Day,
            year_inferred: true,
            time_of_day: None,
        };
        let span = ByteSpan::new(start, start + surface.len());
        (lower, crate::extract::spans::Spanned::new(span, mention))
    }

    fn led_off(text: &str, surface: &str) -> bool {
        let (lower, d) = day_at(text, surface);
        let before = lower.get(..d.span.start).unwrap_or_default();
        set_off_led(&lower, before, &d)
    }

    #[test]
    fn a_day_set_off_after_lead_words_fronts_what_follows() {
        // corpus-real labour.jsonl (baomoi-22344437): an attribution longer than 40 bytes.
        let text = "Theo thông tin từ Phòng y tế thị xã Thái Hòa, tỉnh Nghệ An, vào khoảng 14h chiều nay (22/5), nhiều nữ công nhân đang làm việc tại Nhà máy may Hitexvinam có hiện tượng nôn mửa, đau bụng, đau đầu.";
        assert!(led_off(text, "chiều nay (22/5)"));
        // corpus-real labour.jsonl (baomoi-22551749).
        let text = "Theo tài liệu thu thập, khoảng 19h20 ngày 15-6, tại trước cửa số nhà 7 Nguyễn Hữu Huân, phường Lý Thái Tổ, chị Trần Thị Thanh bị hành hung.";
        assert!(led_off(text, "ngày 15-6"));
        // corpus-real labour.jsonl (baomoi-22546116): "đến", a state reached by that day.
        let text = "Qua quá trình điều trị, đến 14 giờ ngày 16/6, chị Thanh đã qua cơn nguy kịch.";
        assert!(!led_off(text, "ngày 16/6"));
        // corpus-real labour.jsonl (baomoi-22738617): by that day a count, a tally.
        let text = "Tuy nhiên, đến ngày 3/7, Công ty An Giang Samho có 124 công nhân nhập viện nhưng không phải ngộ độc thực phẩm.";
        assert!(!led_off(text, "ngày 3/7"));
        // No comma after the date: not set off.
        let text = "Theo thông tin từ Phòng y tế thị xã Thái Hòa, vào chiều 22/5 nhiều công nhân nhập viện.";
        assert!(!led_off(text, "chiều 22/5"));
    }

    #[test]
    fn verbs_of_taking_place_date_the_clause() {
        use super::super::reports::after_occurrence_verb;
        // corpus-real labour.jsonl (baomoi-22713621).
        assert!(after_occurrence_verb(
            "đại hội công đoàn (cđ) công ty cp bách hưng sinh lần thứ nhất đã diễn ra"
        ));
        // corpus-real labour.jsonl (baomoi-22412313).
        assert!(after_occurrence_verb(
            "đây là thông tin được đưa ra tại buổi lễ ra mắt cục quan hệ lao động và tiền lương do bộ lao động-thương binh và xã hội tổ chức"
        ));
    }

    #[test]
    fn an_aside_is_no_speech() {
        use super::super::clues::speech_noun;
        // corpus-real labour.jsonl (baomoi-22300320).
        let part = "bệnh viện tiếp nhận 33 công nhân cấp cứu nghi bị ngộ độc khí, điều đáng nói, trước đó 2 ngày";
        let at = part.find("nói").unwrap_or(0);
        assert!(speech_noun(part, at, "nói".len()));
    }

    /// The events of `text` with the day `surface` of value `value` as its only date.
    fn events_with_day(text: &str, surface: &str, value: &str) -> Vec<crate::record::Event> {
        let start = text.find(surface).unwrap_or(0);
        let mention = crate::record::DateMention {
            text: surface.to_string(),
            start: text[..start].chars().count(),
            end: text[..start].chars().count() + surface.chars().count(),
            value: value.to_string(),
            granularity: crate::record::Granularity::Day,
            year_inferred: true,
            time_of_day: None,
        };
        let doc = crate::extract::Document::from_text(text);
        crate::extract::entities::extract_entities(&doc, &[mention]).events
    }

    #[test]
    fn a_congress_reported_by_its_day_in_a_union_article() {
        // corpus-real labour.jsonl (baomoi-22713621): "diễn ra" dates the clause, and the
        // meeting noun opening it types it.
        let text = "Đại hội Công đoàn (CĐ) Công ty CP Bách Hưng Sinh (quận Bình Thạnh, TP HCM) lần thứ nhất (nhiệm kỳ 2017-2022) đã diễn ra ngày 9-7 với 120 đoàn viên tham gia. Công đoàn cơ sở có 120 đoàn viên.";
        let found = events_with_day(text, "ngày 9-7", "--07-09");
        assert!(found
            .iter()
            .any(|e| e.event_type == EventType::Congress && e.date.as_deref() == Some("--07-09")));
        // corpus-real labour.jsonl (baomoi-22489043): a state on its day reports nothing.
        let text = "Đến 22h ngày 8/6, công nhân vệ sinh của Công ty thoát nước Hà Nội vẫn đang vớt xác cá chết ở hồ Hoàng Cầu. Công đoàn công ty thăm hỏi công nhân, người lao động.";
        let found = events_with_day(text, "ngày 8/6", "--06-08");
        assert!(found.iter().all(|e| e.date.as_deref() != Some("--06-08")));
    }

    #[test]
    fn the_source_of_a_report_is_not_its_organizer() {
        // corpus-real labour.jsonl (baomoi-22344437, real5-dev: gold organizer null).
        let text = "Theo thông tin từ Phòng y tế thị xã Thái Hòa, tỉnh Nghệ An, vào khoảng 14h chiều nay (22/5), nhiều nữ công nhân đang làm việc tại Nhà máy may Hitexvinam có hiện tượng nôn mửa. Công nhân, người lao động được đưa đi cấp cứu.";
        let found = events_with_day(text, "chiều nay (22/5)", "--05-22");
        let event = found.iter().find(|e| e.date.as_deref() == Some("--05-22"));
        assert!(event.is_some_and(|e| e.organizer.is_none()), "{found:?}");
    }
}
