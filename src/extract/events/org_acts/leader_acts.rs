//! Acts a leader is reported to have done: a sentence without dates whose subject is a
//! leader's title (`leader_title` rows of `event_words.tsv`: "Thủ tướng", "Bộ trưởng",
//! "Phó Chủ tịch") with the organization the leader heads and or the leader's name after it,
//! followed at once by a done word ("đã" / "vừa") and a verb of an act: "Bộ trưởng Bộ Văn
//! hóa, Thể thao và Du lịch đã gửi đến các vị đại biểu Quốc hội báo cáo …", "Thủ tướng Chính
//! phủ vừa đồng ý điều chỉnh quy hoạch …" (labour.jsonl baomoi-22527807, baomoi-22719679),
//! or by a verb of a leader's act without a done word (`leader_verb` rows: "Chủ tịch UBND TP
//! Hà Nội Nguyễn Đức Chung thăm hỏi, động viên công nhân Trần Thị Thanh", baomoi-22556391;
//! "Phó Chủ tịch UBND tỉnh An Giang Nguyễn Thanh Bình, đến bệnh viện thăm hỏi các công nhân
//! …", real2-dev baomoi-22656400). Such a sentence reports a
//! step the article tells (GUIDELINES decision 17) as surely as one whose subject is the
//! organization itself (`org_acts.rs`, its parent, which reads it with the same filters: no speech, plan,
//! state, aggregate or movement), so it is read there, type `other` (support for a gift
//! handed), undated since no date of its clause dates it.
//!
//! The title is what makes the person an actor the news reports on: a bare name before a
//! done word is as often a life's state ("Anh Tuấn đã làm việc ở công ty 5 năm"), which
//! stop 22 left out with the other subjects (docs/RULES.md).

use super::super::words::WORDS;
use super::super::Article;
use super::{done_act_verb, subject_opens};
use crate::extract::text::{floor_boundary, word_end, ByteSpan};
use std::sync::LazyLock;

/// How far into its sentence, in bytes, a leader's title may start: after a lead word or a
/// phrase of response at most ("Ngay sau khi nhận được tin báo, Chủ tịch UBND huyện …").
const TITLE_REACH: usize = 150;

/// The longest subject from the title to the done word, in bytes: a title, the body it
/// heads and a name, or two such in apposition.
const SUBJECT_REACH: usize = 200;

/// What may stand between two parts of a leader's subject (title, organization, name):
/// "Bộ trưởng Bộ …", "Phó Chủ tịch UBND tỉnh An Giang Nguyễn Thanh Bình", "…, Chủ tịch
/// Công đoàn Ngành …", "… - Giám đốc …".
const PART_JOINS: [&str; 4] = [", ", " - ", " – ", " "];

/// The start of the leader's subject and where the verb of its done act starts, in the
/// lower-cased text `lower`, when sentence `span` opens (past at most what
/// [`subject_opens`] allows) with a `leader_title` row followed only by organizations
/// `orgs`, names `names` (byte spans, sorted by start) and titles, joined by
/// [`PART_JOINS`], if any, and then by "[cũng] đã|vừa" and a verb of an act
/// ([`done_act_verb`]) or by a `leader_verb` row, past an optional comma; never a verb whose
/// first phrase holds a quotation mark (speech), hands an honour ([`honour_handed`]) or is a
/// demand ([`demanded`]), nor a photo's caption ([`captioned`]).
pub(super) fn leader_act(
    lower: &str,
    span: ByteSpan,
    orgs: &[ByteSpan],
    names: &[ByteSpan],
) -> Option<(usize, usize)> {
    let sentence = lower.get(span.start..span.end)?;
    let reach = floor_boundary(sentence, TITLE_REACH.min(sentence.len()));
    let start = std::iter::once(0)
        .chain(
            (sentence.as_bytes().get(..reach)?.iter().enumerate())
                .filter_map(|(i, b)| (*b == b' ').then_some(i + 1)),
        )
        .find(|&i| {
            title_at(sentence, i).is_some() && sentence.get(..i).is_some_and(subject_opens)
        })?;
    let mut at = span.start + start + title_at(sentence, start)?;
    let limit = (span.start + start + SUBJECT_REACH).min(span.end);
    while let Some(rest) = lower.get(at..limit) {
        let Some(join) = PART_JOINS.iter().find(|j| rest.starts_with(*j)) else {
            break;
        };
        let part = at + join.len();
        let spanned = orgs
            .iter()
            .chain(names)
            .filter(|o| o.start == part)
            .map(|o| o.end)
            .max();
        if let Some(end) = spanned {
            at = end;
        } else if let Some(len) = lower.get(part..limit).and_then(|r| title_at(r, 0)) {
            at = part + len;
        } else {
            break;
        }
    }
    let verb = done_act_verb(lower, at, span.end).or_else(|| {
        // A verb of a leader's act right after the subject, past an optional comma ("Phó
        // Chủ tịch UBND tỉnh An Giang Nguyễn Thanh Bình, đến bệnh viện thăm hỏi …").
        let rest = lower.get(at..span.end)?;
        let verb = at + rest.len()
            - rest
                .strip_prefix(',')
                .unwrap_or(rest)
                .strip_prefix(' ')?
                .len();
        let after = lower.get(verb..span.end)?;
        WORDS
            .leader_verbs
            .iter()
            .any(|v| after.starts_with(v.as_str()) && word_end(after, v.len()))
            .then_some(verb)
    })?;
    let phrase = lower
        .get(verb..span.end)?
        .split([',', ';', ':', '.'])
        .next()
        .unwrap_or_default();
    if phrase.contains(['"', '“', '”'])
        || honour_handed(phrase)
        || demanded(phrase)
        || captioned(lower, span)
    {
        return None;
    }
    Some((span.start + start, verb))
}

/// Whether an act's first phrase `phrase` (lower case) opens with a `leader_demand` row
/// ("yêu cầu", "chỉ đạo yêu cầu"): what the leader said someone else should do, no
/// occurrence (GUIDELINES decision 17: what someone said is no event). The dev annotators
/// leave such demands out (real2-dev baomoi-22656400 "Phó Chủ tịch UBND tỉnh An Giang – ông
/// Nguyễn Thanh Bình, yêu cầu Sở Y tế tỉnh …", real7-dev baomoi-22593420, real3-dev
/// baomoi-21495119).
fn demanded(phrase: &str) -> bool {
    WORDS
        .leader_demands
        .iter()
        .any(|d| phrase.starts_with(d.as_str()) && word_end(phrase, d.len()))
}

/// How a photo credit is written, lower case: "Ảnh: TTO", "- Ảnh: Vnexpress".
const PHOTO_CREDIT: &str = "ảnh:";

/// Whether sentence `span` of `lower` is a photo's caption: the credit ([`PHOTO_CREDIT`],
/// maybe in parentheses) follows it ("Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung thăm hỏi, động viên công nhân Trần
/// Thị Thanh. Ảnh: Anh Quý", labour.jsonl baomoi-22556391) or stands in it ("Bí thư Thành ủy
/// TP HCM Đinh La Thăng thăm nhà ở của một gia đình công nhân tại Bình Dương - Ảnh:
/// Vnexpress", baomoi-21470348). A caption shows an act the article tells in its body with
/// the body's date (decision 17: the date of the clause that reports it), so it adds no
/// undated step.
fn captioned(lower: &str, span: ByteSpan) -> bool {
    lower
        .get(span.start..span.end)
        .is_some_and(|s| s.contains(PHOTO_CREDIT))
        || lower.get(span.end..).is_some_and(|rest| {
            rest.trim_start_matches([' ', '(', '-', '–'])
                .starts_with(PHOTO_CREDIT)
        })
}

/// How many words after "trao" / "tặng" an honour's noun may stand ("trao tặng Danh hiệu").
const HONOUR_WORDS: usize = 3;

/// Whether an act's first phrase `phrase` (lower case) hands over an honour: "trao" or
/// "tặng" with an `honour_noun` row among the [`HONOUR_WORDS`] words after it ("Phó Thủ
/// tướng Vũ Đức Đam trao Danh hiệu Anh hùng Lao động …", general-10k dantri-news_health_172):
/// an award, which the award rows of `event_triggers.tsv` read and date by the ceremony it
/// was handed at, never an undated `other` step.
fn honour_handed(phrase: &str) -> bool {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    words.iter().enumerate().any(|(i, w)| {
        (*w == "trao" || *w == "tặng")
            && (i + 1..=i + HONOUR_WORDS).any(|k| {
                let rest = words.get(k..).unwrap_or_default().join(" ");
                WORDS
                    .honour_nouns
                    .iter()
                    .any(|n| rest.starts_with(n.as_str()) && word_end(&rest, n.len()))
            })
    })
}

/// How many bytes open a `leader_title` row in [`TITLES`]'s keys.
const OPENING: usize = 4;

/// The first [`OPENING`] bytes of `text` as a key, when it has that many.
fn opening(text: &[u8]) -> Option<u32> {
    Some(u32::from_be_bytes(text.get(..OPENING)?.try_into().ok()?))
}

/// The `leader_title` rows by their first [`OPENING`] bytes (`by_opening`, sorted by them
/// for a binary search) and the rows shorter than that (`short`, tried at every word). A
/// row matching at a word's end is a prefix of the text there, so only the rows of the
/// text's opening can match (stop 26's end looked them up by the text's first word, a hash
/// of every word of every sentence's start: stop 27, 28 M of labour.jsonl's first 300 lines'
/// 808 M instructions). `pairs` holds a bit for each first two bytes of the keys
/// (`b0 << 8 | b1`): most words open with no such pair and skip the search.
struct Titles {
    by_opening: Vec<(u32, Vec<&'static str>)>,
    short: Vec<&'static str>,
    pairs: Vec<u64>,
}

/// The `leader_title` rows for [`title_at`].
static TITLES: LazyLock<Titles> = LazyLock::new(|| {
    let mut titles = Titles {
        by_opening: Vec::new(),
        short: Vec::new(),
        pairs: vec![0; 1 << 10],
    };
    for title in &WORDS.leader_titles {
        let Some(key) = opening(title.as_bytes()) else {
            titles.short.push(title);
            continue;
        };
        if let Some(bits) = titles.pairs.get_mut(key as usize >> 22) {
            *bits |= 1 << ((key >> 16) & 63);
        }
        match titles.by_opening.binary_search_by_key(&key, |(k, _)| *k) {
            Ok(at) => (titles.by_opening.get_mut(at).into_iter()).for_each(|(_, r)| r.push(title)),
            Err(at) => titles.by_opening.insert(at, (key, vec![title.as_str()])),
        }
    }
    titles
});

/// The length of the longest `leader_title` row at byte `i` of `lower`, ending at a word's
/// end.
fn title_at(lower: &str, i: usize) -> Option<usize> {
    let rest = lower.get(i..)?;
    let titles = &*TITLES;
    let rows = opening(rest.as_bytes())
        .filter(|key| {
            (titles.pairs.get(*key as usize >> 22))
                .is_some_and(|b| b & (1 << ((key >> 16) & 63)) != 0)
        })
        .and_then(|key| {
            titles
                .by_opening
                .binary_search_by_key(&key, |(k, _)| *k)
                .ok()
        })
        .and_then(|at| titles.by_opening.get(at))
        .map(|(_, rows)| rows.as_slice())
        .unwrap_or_default();
    rows.iter()
        .chain(&titles.short)
        .filter(|t| rest.starts_with(**t) && word_end(rest, t.len()))
        .map(|t| t.len())
        .max()
}

impl Article<'_> {
    /// The byte spans of the names of people mentioned in `span`, in text order.
    pub(super) fn names_in(&self, span: ByteSpan) -> Vec<ByteSpan> {
        let from = self.mentions.partition_point(|m| m.span.start < span.start);
        self.mentions
            .get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(|m| m.span.start < span.end)
            .map(|m| m.span)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::lower_aligned;

    /// The verb's text onwards when `parts` (phrases of `text`) are its organizations and
    /// names.
    fn act_of(text: &str, parts: &[&str]) -> Option<String> {
        let lower = lower_aligned(text);
        let spans = super::super::tests::spans_of(text, parts);
        leader_act(&lower, ByteSpan::new(0, lower.len()), &spans, &[])
            .and_then(|(_, v)| text.get(v..).map(str::to_string))
    }

    #[test]
    fn a_leader_opening_a_sentence_with_a_done_word_reports_an_act() {
        // corpus-real labour.jsonl (baomoi-22719679).
        assert_eq!(
            act_of(
                "Thủ tướng Chính phủ vừa đồng ý điều chỉnh quy hoạch phát triển các khu công nghiệp tỉnh Long An đến năm 2020.",
                &["Chính phủ"]
            )
            .as_deref(),
            Some("đồng ý điều chỉnh quy hoạch phát triển các khu công nghiệp tỉnh Long An đến năm 2020.")
        );
        // corpus-real labour.jsonl (baomoi-22527807).
        assert!(act_of(
            "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch đã gửi đến các vị đại biểu Quốc hội báo cáo về 6 nhóm vấn đề.",
            &["Bộ Văn hóa, Thể thao và Du lịch"]
        )
        .is_some());
    }

    #[test]
    fn a_verb_of_a_leader_reports_an_act_without_a_done_word_but_an_honour_is_an_award() {
        // corpus-real labour.jsonl (baomoi-22556391).
        assert_eq!(
            act_of(
                "Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung thăm hỏi, động viên công nhân Trần Thị Thanh.",
                &["UBND TP Hà Nội", "Nguyễn Đức Chung"]
            )
            .as_deref(),
            Some("thăm hỏi, động viên công nhân Trần Thị Thanh.")
        );
        // corpus-real labour.jsonl (baomoi-22315582): a title alone before a done word.
        assert!(act_of(
            "Thủ tướng đã chỉ đạo yêu cầu Bộ khẩn trương, nghiên cứu đề xuất đề án cải cách chính sách với người có công.",
            &[]
        )
        .is_some());
        // corpus-real general-10k (dantri-news_health_172): an honour handed is an award.
        assert!(act_of(
            "Phó Thủ tướng Vũ Đức Đam trao Danh hiệu Anh hùng Lao động thời kỳ đổi mới cho Bệnh viện Trung ương Quân đội 108.",
            &["Vũ Đức Đam"]
        )
        .is_none());
        // corpus-real labour.jsonl (baomoi-22383405): a quotation after the verb is speech.
        assert!(act_of(
            "Bộ trưởng Phùng Xuân Nhạ đã nêu \"Để nâng cao chất lượng giáo dục phải bắt đầu từ đội ngũ giáo viên.",
            &["Phùng Xuân Nhạ"]
        )
        .is_none());
    }

    #[test]
    fn a_caption_or_a_demand_is_no_undated_step() {
        // corpus-real labour.jsonl (baomoi-22556391): the caption of a visit the body tells
        // with its day ("Sáng nay (18/6), Chủ tịch UBND TP Hà Nội … đã đến thăm hỏi …").
        let text = "Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung thăm hỏi, động viên công nhân Trần Thị Thanh. Ảnh: Anh Quý Chủ tịch UBND TP Nguyễn Đức Chung ân cần thăm hỏi tình trạng sức khỏe của chị Thanh.";
        let lower = lower_aligned(text);
        let end = text.find(" Ảnh").unwrap_or(text.len());
        let spans = super::super::tests::spans_of(text, &["UBND TP Hà Nội", "Nguyễn Đức Chung"]);
        assert!(leader_act(&lower, ByteSpan::new(0, end), &spans, &[]).is_none());
        // corpus-real general-10k (dantri-news_health_172): the credit in parentheses.
        let text = "Tổng Bí thư Nguyễn Phú Trọng, Bí thư Quân ủy Trung ương thăm Phòng truyền thống của Bệnh viện Trung ương Quân đội 108. (Ảnh: Trí Dũng/TTXVN)";
        let lower = lower_aligned(text);
        let end = text.find(" (Ảnh").unwrap_or(text.len());
        let spans = super::super::tests::spans_of(text, &["Nguyễn Phú Trọng"]);
        assert!(leader_act(&lower, ByteSpan::new(0, end), &spans, &[]).is_none());
        // corpus-real labour.jsonl (baomoi-21470348): the credit inside the caption.
        assert!(act_of(
            "Bí thư Thành ủy TP HCM Đinh La Thăng thăm nhà ở của một gia đình công nhân tại Bình Dương - Ảnh: Vnexpress Theo lãnh đạo tỉnh Bình Dương, địa phương này đã thu hút 85 dự án nhà ở xã hội.",
            &["Thành ủy TP HCM", "Đinh La Thăng"]
        )
        .is_none());
        // corpus-real labour.jsonl (baomoi-21493606; real3-dev baomoi-21495119 gives it no
        // event): a demand that others act.
        assert!(act_of(
            "Bộ trưởng cũng đã yêu cầu liên tịch Đảng ủy và lãnh đạo Cục Xúc tiến thương mại tổ chức kiểm điểm trách nhiệm của lãnh đạo Cục Xúc tiến thương mại.",
            &["Cục Xúc tiến thương mại"]
        )
        .is_none());
        // real2-dev baomoi-22656400 (no gold event): a demand without a done word.
        assert!(act_of(
            "Phó Chủ tịch UBND tỉnh An Giang Nguyễn Thanh Bình yêu cầu Sở Y tế tỉnh tích cực cấp cứu, điều trị tốt nhất.",
            &["UBND tỉnh An Giang", "Nguyễn Thanh Bình", "Sở Y tế tỉnh"]
        )
        .is_none());
    }

    #[test]
    fn the_titles_by_opening_are_every_row_tried() {
        // The rule's first definition: every row tried at every word start.
        let every_row = |lower: &str, i: usize| {
            let rest = lower.get(i..)?;
            WORDS
                .leader_titles
                .iter()
                .filter(|t| rest.starts_with(t.as_str()) && word_end(rest, t.len()))
                .map(String::len)
                .max()
        };
        let mut text = String::from("theo đó, phải phó");
        for (n, title) in WORDS.leader_titles.iter().enumerate() {
            text.push_str(title);
            text.push_str([" thăm ", ", ", " ubnd tỉnh ", "x ", " nước "][n % 5]);
        }
        text.push_str("phó chủ tịch");
        for i in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            assert_eq!(
                title_at(&text, i),
                every_row(&text, i),
                "{:?}",
                text.get(i..)
            );
        }
    }

    #[test]
    fn a_title_alone_a_state_or_a_title_inside_the_clause_is_no_act() {
        // A title with no body or name after it and no done word.
        assert!(act_of("Bộ trưởng phát biểu.", &[]).is_none());
        // corpus-real labour.jsonl (baomoi-22540549): a speaker in apposition before the
        // title is no leader opening the sentence.
        assert!(act_of(
            "Bà Nguyễn Thị Minh, Tổng Giám đốc Bảo hiểm xã hội Việt Nam, đã giải trình cho rằng việc trục lợi BHYT hiện nay khá phổ biến.",
            &["Nguyễn Thị Minh", "Bảo hiểm xã hội Việt Nam"]
        )
        .is_none());
        // The title does not open the sentence.
        assert!(act_of(
            "Theo báo cáo, Thủ tướng Chính phủ đã ký quyết định.",
            &["Chính phủ"]
        )
        .is_none());
    }
}
