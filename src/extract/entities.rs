//! Organizations, people and events of one document (issue 3): the three rules run in
//! order, each reading what the one before found; [`find`] returns them at byte spans
//! (converted with every other mention in [`super::Extractions::into_record_mentions`]).
//!
//! - [`orgs`]: head words ("LĐLĐ", "Cụm thi đua", "UBND", "Công ty" …) found in one
//!   Aho-Corasick pass, a small grammar per head, then partial mentions resolved within the
//!   article (nearest full mention, the article's district or province from the gazetteer).
//! - [`people`]: names anchored on a family name, kept only with a title or a role, roles as
//!   written with the organization they name.
//! - [`events`]: trigger phrases per sentence, dated from the date mentions of the sentence,
//!   the main event ("Dịp này") or the reviewed year.
//!
//! Rule data lives in `src/extract/rules/*.tsv` ([`super::lexicon`] and each rule's own
//! tables).

use super::spans::{into_records, Spanned};
use super::text::ByteSpan;
use super::{events, orgs, people, Document};
use crate::normalize::{ByteOffsets, CharOffsets};
use crate::record::{DateMention, Event, OrganizationMention, Person};

/// Organizations, people and events of one document, at byte spans of its text.
#[derive(Debug, Clone, Default)]
pub struct FoundEntities {
    /// Organization mentions in text order.
    pub organizations: Vec<Spanned<OrganizationMention>>,
    /// People in order of first mention (the span of the first mention).
    pub people: Vec<Spanned<Person>>,
    /// Events in text order (the span of the evidence sentence).
    pub events: Vec<Spanned<Event>>,
}

/// Organizations, people and events of one document, with code point offsets.
#[derive(Debug, Clone, Default)]
pub struct Entities {
    /// Organization mentions in text order.
    pub organizations: Vec<OrganizationMention>,
    /// People in order of first mention.
    pub people: Vec<Person>,
    /// Events in text order.
    pub events: Vec<Event>,
}

/// Finds organizations, people and events in `doc`, at byte spans. `dates` are the
/// document's date mentions as the dates extractor finds them (byte spans), used to date
/// events.
pub fn find(doc: &Document, dates: &[Spanned<DateMention>]) -> FoundEntities {
    let text = doc.text.as_str();
    let orgs = orgs::find(doc);
    let (people, mentions) = people::find_with(text, &doc.lower, doc.candidates(), &orgs);
    let events = events::find(doc, dates, &orgs, &people, &mentions);
    FoundEntities {
        organizations: orgs
            .into_iter()
            .map(|o| Spanned::new(o.bytes(), o.into_record(text)))
            .collect(),
        people: people
            .into_iter()
            .map(people::FoundPerson::into_record)
            .collect(),
        events: events.into_iter().map(|e| e.into_record(text)).collect(),
    }
}

/// Finds organizations, people and events in `doc`, with code point offsets: a convenience
/// for tests and single-extractor use over [`find`] (the pipeline runs
/// [`super::extract_all`]). `dates` are date mentions with code point offsets, as records
/// and gold files hold them.
///
/// # Example
/// ```
/// use union_news::extract::{entities::extract_entities, Document};
/// let doc = Document::from_text("Sáng 17/1, Liên đoàn Lao động (LĐLĐ) quận Thanh Khê tổ chức hội nghị tổng kết.");
/// let found = extract_entities(&doc, &[]);
/// assert_eq!(found.organizations[0].canonical, "Liên đoàn Lao động quận Thanh Khê");
/// assert_eq!(found.organizations[0].area.as_deref(), Some("Thanh Khê"));
/// ```
pub fn extract_entities(doc: &Document, dates: &[DateMention]) -> Entities {
    let bytes = ByteOffsets::new(&doc.text);
    let dates: Vec<Spanned<DateMention>> = dates
        .iter()
        .filter_map(|d| {
            let span = ByteSpan::new(bytes.byte_offset(d.start)?, bytes.byte_offset(d.end)?);
            Some(Spanned::new(span, d.clone()))
        })
        .collect();
    let found = find(doc, &dates);
    let offsets = CharOffsets::new(&doc.text);
    Entities {
        organizations: into_records(found.organizations, &offsets),
        people: into_records(found.people, &offsets),
        events: into_records(found.events, &offsets),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn gazetteer_has_63_old_and_34_new_provincial_units() {
        let lex = &*crate::extract::lexicon::LEXICON;
        let on = |d: &str| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok();
        let count = |date| lex.provinces.iter().filter(|p| p.valid_on(date)).count();
        assert_eq!(count(on("2024-06-01")), 63);
        assert_eq!(count(on("2025-08-01")), 34);
        assert_eq!(
            lex.province_level("Hà Nội", None),
            Some(crate::record::AdminLevel::ThanhPho)
        );
        let (_, places) = lex.place_at("Thanh Khê", 0).unwrap_or((0, &[]));
        assert_eq!(lex.province_names(places), ["Đà Nẵng"]);
    }

    #[test]
    fn odd_inputs_do_not_panic() {
        for text in [
            "",
            "🌀0",
            "\u{301}9999999999999999999999",
            "(",
            "(LĐLĐ",
            "TP.",
            "Cụm",
            "LĐLĐ tỉnh (",
            "Đ/c Chủ tịch",
            "Nguyễn Văn",
            "; Tặng 5",
            "Dịp này, tặng quà",
            "Công ty",
            "Bộ",
            "Phòng CSGT (PC67, ",
            "Phòng CSGT (PC67, Công an TP.Đà Nẵng",
            "PC67 Phòng CSGT (PC67, Công an Tp.",
            "Chi cục",
            "Chi cục thuế quận",
            "Báo",
            "Báo Á,",
            "LĐLĐ Tp.",
            "Công đoàn Viên chức",
            "Các LĐLĐ tỉnh, thành",
            "TAND quận 2,",
            "Chiều cùng ngày",
            "\n\n",
        ] {
            let found = super::extract_entities(&super::Document::from_text(text), &[]);
            assert!(found
                .organizations
                .iter()
                .all(|o| o.end <= text.chars().count()));
        }
    }

    proptest::proptest! {
        #[test]
        fn never_panics_and_spans_slice_the_text(
            text in "(LĐLĐ|Liên đoàn Lao động|Cụm|Cụm thi đua|số|5|tỉnh|huyện|TP\\.|TP|HCM|Hà Nội|Phú Xuyên|Nguyễn|Văn|Lê|toản|\\(|\\)|, |; |\\. |\\.\\.\\.| |Đ/c |Chủ tịch|Ban Chấp hành|tặng|chi|hội nghị tổng kết|Dịp này|\\n|ế|Công đoàn|Việt Nam|Công ty|Phòng|Bộ|Đảng|UBND| - |Tp|tp\\.|Hà Tây|Viên chức|ngành|Chi cục|Cơ quan|CSGT|Báo|\\(PC67, |Công an|quận 2|Thường trực|các|Chiều cùng ngày|[a-zđ]{1,3}){0,40}"
        ) {
            let doc = super::Document::from_text(&text);
            let found = super::extract_entities(&doc, &[]);
            let chars: Vec<char> = text.chars().collect();
            for o in &found.organizations {
                proptest::prop_assert!(o.start <= o.end && o.end <= chars.len());
                proptest::prop_assert_eq!(chars[o.start..o.end].iter().collect::<String>(), o.text.clone());
            }
            for p in &found.people {
                proptest::prop_assert_eq!(chars[p.start..p.end].iter().collect::<String>(), p.text.clone());
            }
            for e in &found.events {
                proptest::prop_assert_eq!(chars[e.start..e.end].iter().collect::<String>(), e.text.clone());
            }
        }
    }
}
