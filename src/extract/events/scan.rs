//! Two helpers of the sentence reading kept out of `mod.rs`: which of the document scan's
//! trigger matches lie in a sentence, and whether an honour is dated by the meeting it was
//! handed at.

use aho_corasick::Match;

use super::triggers::Constraint;
use super::{Article, Candidate, Reading, Sentence};
use crate::extract::text::ByteSpan;

/// Whether candidate `c` is an honour handed over by its noun (a `handed` row: "trao tặng
/// Huân chương", "tặng Giấy khen") in a sentence the meeting's day dates
/// ([`Article::meeting_day`]): it takes that day, not the year the article reviews
/// ("Cũng tại buổi lễ, …", or a caption under the ceremony's report, "Ông Hồ Quang Lợi, …
/// trao Kỷ niệm chương … cho hội viên Liên Chi hội Nhà báo Ngành Tài chính", labour.jsonl
/// baomoi-22565385: the ceremony of 19/6/2017, not the "giai đoạn 2016-2017" named before).
pub(super) fn handed_at_meeting(
    article: &Article,
    s: &Sentence,
    c: &Candidate,
    reading: &Reading,
) -> bool {
    c.trigger.constraint == Some(Constraint::Handed) && article.meeting_day(s, c, reading).is_some()
}

/// The matches of a scan of the document (`doc_matches`, in text order) inside sentence
/// `span`: what a scan of the sentence alone finds, unless a match of the document scan
/// straddles one of the sentence's ends (then None, and the sentence is scanned alone).
/// Leftmost-longest matches that stay inside the sentence are the sentence's own: the scan
/// enters it at or before its start and, as long as no match crosses its end, picks the
/// same leftmost start and longest match in the sentence as in the whole text.
pub(super) fn sentence_matches(doc_matches: &[Match], span: ByteSpan) -> Option<&[Match]> {
    let from = doc_matches.partition_point(|m| m.start() < span.start);
    let to = doc_matches.partition_point(|m| m.start() < span.end);
    let straddles_start = from
        .checked_sub(1)
        .and_then(|i| doc_matches.get(i))
        .is_some_and(|m| m.end() > span.start);
    let inside = doc_matches.get(from..to)?;
    // Only the last can cross the end: the next starts after it.
    let straddles_end = inside.last().is_some_and(|m| m.end() > span.end);
    (!straddles_start && !straddles_end).then_some(inside)
}

#[cfg(test)]
mod tests {
    use crate::extract::{extract_all, Document};
    use crate::record::EventType;

    /// The awards of `text` as (date, name) pairs, with the dates extractor's dates.
    fn awards(text: &str) -> Vec<(Option<String>, String)> {
        extract_all(&Document::from_text(text))
            .entities
            .events
            .into_iter()
            .map(|e| e.value)
            .filter(|e| e.event_type == EventType::Award)
            .map(|e| (e.date, e.name))
            .collect()
    }

    #[test]
    fn an_honour_handed_by_its_noun_is_an_award_of_the_meeting_day() {
        // corpus-real labour.jsonl (baomoi-22565385), shortened: the medals handed at the
        // ceremony of 19/6/2017 ("Cũng tại buổi lễ" refers to it as "Tại buổi lễ" does; the
        // caption takes its day, not the 2017 of "giai đoạn 2016-2017" named before it).
        let text = "Ngày 19/6/2017, Bộ Tài chính đã tổ chức Lễ kỷ niệm 92 năm ngày Báo chí cách mạng Việt Nam (21/6/1925 - 21/6/2017) nhằm ghi nhận những đóng góp tích cực của các cơ quan báo chí ngành Tài chính.\n\nThứ trưởng Vũ Thị Mai thay mặt Ban cán sự Đảng, Lãnh đạo Bộ trao tặng Bằng khen của Bộ trưởng Bộ Tài chính cho các tập thể, cá nhân có thành tích xuất sắc trong công tác thông tin, tuyên truyền giai đoạn 2016-2017. Ông Hồ Quang Lợi, Phó Chủ tịch thường trực Hội Nhà báo Việt Nam trao Kỷ niệm chương “Vì sự nghiệp báo chí Việt Nam” cho hội viên Liên Chi hội Nhà báo Ngành Tài chính. Cũng tại buổi lễ, Hội Nhà báo Việt Nam đã trao tặng Kỷ niệm chương “Vì sự nghiệp báo chí Việt Nam” cho 30 hội viên thuộc Liên Chi hội Nhà báo ngành Tài chính.";
        let found = awards(text);
        let medals: Vec<_> = found
            .iter()
            .filter(|(_, name)| name.contains("Kỷ niệm chương"))
            .collect();
        assert_eq!(medals.len(), 2, "{found:?}");
        assert!(
            medals
                .iter()
                .all(|(date, _)| date.as_deref() == Some("2017-06-19")),
            "{found:?}"
        );
    }

    #[test]
    fn a_certificate_of_merit_handed_is_an_award_not_support() {
        // corpus-real general-10k (baomoi-22255660): "tặng giấy khen" honours, it gives no
        // gift; the ceremony's day dates it.
        let text = "Chiều 11/5, CA TP.Hà Nội và UBND quận Bắc Từ Liêm đã tổ chức biểu dương, khen thưởng các tập thể, cá nhân của Công an quận Bắc Từ Liêm có thành tích trong đấu tranh phòng chống ma túy.\n\nUBND quận Bắc Từ Liêm tặng giấy khen cho 13 cá nhân.";
        let all: Vec<_> = extract_all(&Document::from_text(text))
            .entities
            .events
            .into_iter()
            .map(|e| e.value)
            .collect();
        let handed: Vec<_> = all
            .iter()
            .filter(|e| e.name.starts_with("tặng giấy khen"))
            .collect();
        assert_eq!(handed.len(), 1, "{all:?}");
        assert_eq!(handed[0].event_type, EventType::Award);
        assert_eq!(handed[0].date.as_deref(), Some("--05-11"), "{all:?}");
    }
}
