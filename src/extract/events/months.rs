//! A month of a known year fronting a clause written in lower case or after a lead word
//! ("Cuối tháng 5.2015, cơ quan điều tra … bắt giữ …", "… cho biết, trong tháng 7/2016, nhà
//! máy … đã được … cấp giấy phép …"): the clause reports an occurrence of that month, like
//! a clause opened by "Tháng 10/2015," (`reports.rs` `opening_month`), unless the head of
//! the clause after the month gives a number (a figure of the month: "trong tháng 1/2017, thu ngân
//! sách nhà nước ước đạt 97 …").

use super::dating::DateSpan;
use super::words::WORDS;
use crate::extract::text::{word_end, ByteSpan};
use crate::record::Granularity;

/// How many `month_lead` words may stand before the month ("vào cuối tháng 3/2016").
const MONTH_LEADS_MAX: usize = 2;

/// Whether the month of a known year `d` opens `clause` of `lower` (the lower-cased text)
/// after at most [`MONTH_LEADS_MAX`] `month_lead` words (`event_words.tsv`: "trong",
/// "cuối"), set off by a comma, and the head of the clause after it gives no number
/// ([`counts`], [`HEAD_PHRASES`]).
pub(super) fn lead_month(lower: &str, clause: ByteSpan, d: &DateSpan) -> bool {
    let v = &d.value.value;
    d.value.granularity == Granularity::Month
        && v.len() == 7
        && !v.starts_with('-')
        && led(lower, clause, d, "tháng ", 0)
}

/// Whether a year written in digits, `d` ("năm 2012"), opens `clause` of `lower` after one
/// or two `month_lead` words, set off by a comma, and the head of the clause after it gives
/// no number: "Vào năm 2012, anh cùng một số công nhân …", "Hồi năm 2014, Công ty … đã
/// …" report what happened that year, like a year opening the clause alone ("Năm 2008, …",
/// `parts.rs` `opening_year`, which reads the year without lead words); "Trong năm 2016,
/// mức lương bình quân … tăng từ 110,1 triệu …" is a figure of the year.
pub(super) fn lead_year(lower: &str, clause: ByteSpan, d: &DateSpan) -> bool {
    let v = &d.value.value;
    d.value.granularity == Granularity::Year
        && v.len() == 4
        && v.chars().all(|c| c.is_ascii_digit())
        && lower
            .get(d.span.start..d.span.end)
            .and_then(|s| s.strip_prefix("năm "))
            .is_some_and(|y| y == v)
        && led(lower, clause, d, "năm ", 1)
}

/// Whether `d`, its surface starting with `head` ("tháng ", "năm "), opens `clause` of
/// `lower` after at least `min_leads` and at most [`MONTH_LEADS_MAX`] `month_lead` words,
/// set off by a comma, and the head of the clause after it gives no number.
fn led(lower: &str, clause: ByteSpan, d: &DateSpan, head: &str, min_leads: usize) -> bool {
    let surface = lower.get(d.span.start..d.span.end).unwrap_or_default();
    let Some(before) = lower.get(clause.start..d.span.start) else {
        return false;
    };
    // The words before the date counted as they are read, up to one past the most
    // allowed (a list of every word of the clause before the date was collected first).
    let mut leads = 0usize;
    let led = before
        .trim_start_matches([' ', ',', ';', ':', '\n'])
        .split_whitespace()
        .all(|w| {
            leads += 1;
            leads <= MONTH_LEADS_MAX && WORDS.month_leads.iter().any(|l| l == w)
        })
        && leads >= min_leads;
    let rest = lower
        .get(d.span.end..clause.end)
        .and_then(|r| r.strip_prefix(", "));
    surface.starts_with(head)
        && led
        && rest.is_some_and(|r| {
            let head = r.splitn(HEAD_PHRASES + 1, ", ").take(HEAD_PHRASES);
            r.split_whitespace().count() >= 2 && !head.into_iter().any(counts)
        })
}

/// How many phrases of the clause after the month are read for a figure ([`counts`]): the
/// head that says what the month saw ("qua công tác TTKS, lực lượng CSGT … đã phát hiện
/// 16.122 trường hợp"), not a reason added later ("… bắt giữ Trần Văn Trung (…) - Giám
/// đốc …, vì đã ký hợp đồng, tổ chức đưa 29 lao động …").
const HEAD_PHRASES: usize = 2;

/// Whether `rest`, a phrase of the clause after the month, gives a number outside
/// parentheses (a figure of the month: "… cho biết, trong tháng 1/2017, qua công tác TTKS,
/// lực lượng CSGT toàn quốc đã phát hiện 16.122 trường hợp …"); a birth year in parentheses
/// ("(SN 1970)"), a date written with slashes ("ngày 24/8/2016") or the casualties of the
/// incident the clause reports ([`casualties`]) is no figure.
fn counts(rest: &str) -> bool {
    let mut depth = 0usize;
    let words: Vec<&str> = rest.split_whitespace().collect();
    words.iter().enumerate().any(|(i, w)| {
        let outside = depth == 0 && !w.starts_with('(');
        depth += w.matches('(').count();
        depth = depth.saturating_sub(w.matches(')').count());
        outside
            && !w.contains('/')
            && w.contains(|c: char| c.is_ascii_digit())
            && !casualties(words.get(i + 1..).unwrap_or_default())
    })
}

/// How many words after a number a `casualty_word` may stand ("5 công nhân thiệt mạng",
/// "13 người thiệt mạng").
const CASUALTY_WORDS: usize = 3;

/// Whether `after`, the words after a number, name a death or an injury (a `casualty_word`
/// row of `event_words.tsv`) among their first [`CASUALTY_WORDS`] + 1: the number counts the
/// casualties of the incident the clause reports ("Tháng 3 trước đó, 5 công nhân thiệt mạng
/// tại Jaipur …", real7-dev baomoi-22480281), not a figure of the month (GUIDELINES
/// decision 15: casualties are no member counts; the project's ruling: incidents are `other`
/// events dated by their own clause).
fn casualties(after: &[&str]) -> bool {
    let head = after
        .iter()
        .take(CASUALTY_WORDS + 1)
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    WORDS.casualty_words.iter().any(|c| {
        head.match_indices(c.as_str()).any(|(i, _)| {
            head.get(..i)
                .is_some_and(|b| b.is_empty() || b.ends_with(' '))
                && word_end(&head, i + c.len())
        })
    })
}

/// Whether a month without its year, `d` ("--05": "Hồi cuối tháng 5, lực lượng của Tổng
/// Cục cảnh sát cũng bắt quả tang …", "Tháng 4 vừa qua, hỏa hoạn lớn đã xảy ra …"), opens
/// `clause` of `lower` after at most [`MONTH_LEADS_MAX`] `month_lead` words and is marked
/// past: a `past_marker` (`event_words.tsv`) among its leads or just after it. The clause
/// reports an occurrence of that month, as for a month of a known year ([`lead_month`]);
/// unmarked, a month without its year is as often a plan or a period ("đầu tháng 3 tới"),
/// and the head after it must give no number (a figure: "trong tháng 6 vừa qua, đã có
/// thêm hơn 220 nghìn việc làm mới"). A month whose year the dates extractor inferred from
/// the publication date is read the same way: its year is not written either ("Cuối tháng 3
/// vừa qua, trường Trung cấp nghề … làm lễ tốt nghiệp cho 100 sinh viên …", real7-dev
/// dantri-news_education_021, gold `other 2021-03`; [`lead_month`] wants the comma just
/// after the month).
pub(super) fn past_month(lower: &str, clause: ByteSpan, d: &DateSpan) -> bool {
    let v = &d.value.value;
    let surface = lower.get(d.span.start..d.span.end).unwrap_or_default();
    let unwritten =
        (v.len() == 4 && v.starts_with("--")) || (v.len() == 7 && d.value.year_inferred);
    if d.value.granularity != Granularity::Month || !unwritten {
        return false;
    }
    let Some(before) = lower.get(clause.start..d.span.start) else {
        return false;
    };
    let leads: Vec<&str> = before
        .trim_start_matches([' ', ',', ';', ':', '\n'])
        .split_whitespace()
        .collect();
    let led = leads.len() <= MONTH_LEADS_MAX
        && leads
            .iter()
            .all(|w| WORDS.month_leads.iter().any(|l| l == w));
    let after = lower.get(d.span.end..clause.end).unwrap_or_default();
    let marker = WORDS.past_markers.iter().find(|m| {
        after
            .strip_prefix(' ')
            .is_some_and(|a| a.starts_with(m.as_str()))
    });
    let after = marker.map_or(after, |m| after.get(1 + m.len()..).unwrap_or_default());
    let past = marker.is_some()
        || leads
            .iter()
            .any(|w| WORDS.past_markers.iter().any(|m| m == w));
    surface.starts_with("tháng ")
        && led
        && past
        && after.strip_prefix(", ").is_some_and(|r| {
            let head = r.splitn(HEAD_PHRASES + 1, ", ").take(HEAD_PHRASES);
            r.split_whitespace().count() >= 2 && !head.into_iter().any(counts)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::lower_aligned;
    use crate::record::DateMention;

    /// Whether the date `surface` (value `value`, of `granularity`) fronts the whole of
    /// `text` by the rule `leads` (`lead_month` or `lead_year`).
    fn led_by(
        text: &str,
        surface: &str,
        value: &str,
        granularity: Granularity,
        leads: fn(&str, ByteSpan, &DateSpan) -> bool,
    ) -> bool {
        let lower = lower_aligned(text);
        let start = lower.find(surface).unwrap_or(0);
        let mention = DateMention {
            text: surface.to_string(),
            start: 0,
            end: 0,
            value: value.to_string(),
            granularity,
            year_inferred: false,
            time_of_day: None,
        };
        let d = DateSpan::new(ByteSpan::new(start, start + surface.len()), mention);
        leads(&lower, ByteSpan::new(0, lower.len()), &d)
    }

    /// Whether the month `surface` of value `value` fronts the whole of `text`.
    fn fronts(text: &str, surface: &str, value: &str) -> bool {
        led_by(text, surface, value, Granularity::Month, lead_month)
    }

    #[test]
    fn a_led_month_set_off_by_its_comma_fronts_what_happened() {
        // corpus-real labour.jsonl (baomoi-22714265): "Cuối tháng 5.2015, …"; the number
        // of a reason added after the head is no figure of the month.
        assert!(fronts(
            "Cuối tháng 5.2015, cơ quan điều tra Công an tỉnh Nghệ An bắt giữ Trần Văn Trung (trú tại TP. Nam Định, tỉnh Nam Định) - Giám đốc Chi nhánh Công ty cổ phần Du lịch, dịch vụ HP vì đã ký hợp đồng, tổ chức đưa 29 lao động ở 2 tỉnh Nghệ An, Hà Tĩnh ra nước ngoài bất hợp pháp.",
            "tháng 5.2015",
            "2015-05"
        ));
        // corpus-real labour.jsonl (baomoi-22676023): "Vào tháng 8/2016, …"; a date in
        // the clause is no figure.
        assert!(fronts(
            "Vào tháng 8/2016, anh Hoài cùng một số phóng viên khác được phân công nhiệm vụ thực hiện phóng sự tại Chuyên mục An toàn giao thông phát sóng trên Đài PT-TH Đắk Nông ngày 24/8/2016.",
            "tháng 8/2016",
            "2016-08"
        ));
    }

    #[test]
    fn a_figure_of_the_month_or_a_month_inside_its_clause_fronts_nothing() {
        // corpus-real general-10k (baomoi-21491005): a figure of the month.
        assert!(!fronts(
            "trong tháng 1/2017, thu ngân sách nhà nước ước đạt 97,4 nghìn tỉ đồng.",
            "tháng 1/2017",
            "2017-01"
        ));
        // corpus-real labour.jsonl (baomoi-21478354): a figure after the month's first
        // phrase.
        assert!(!fronts(
            "trong tháng 1/2017, qua công tác TTKS, lực lượng CSGT toàn quốc đã phát hiện 16.122 trường hợp vi phạm nồng độ cồn.",
            "tháng 1/2017",
            "2017-01"
        ));
        // corpus-real labour.jsonl (baomoi-22355077): after "từ", no lead word, the month
        // starts a period.
        assert!(!fronts(
            "Từ tháng 5/2012, tôi trở về bệnh viện làm việc với tư cách bác sỹ.",
            "tháng 5/2012",
            "2012-05"
        ));
    }

    /// Whether the year `surface` (value `value`) fronts the whole of `text` after its lead
    /// words.
    fn year_fronts(text: &str, surface: &str, value: &str) -> bool {
        led_by(text, surface, value, Granularity::Year, lead_year)
    }

    #[test]
    fn a_led_year_set_off_by_its_comma_fronts_what_happened() {
        // corpus-real labour.jsonl (baomoi-22714265).
        assert!(year_fronts(
            "Trong năm 2016, Công an Nghệ An khởi tố vụ án, bắt tạm giam Phạm Duy Tuyên, trú tại huyện Đức Thọ, tỉnh Hà Tĩnh về hành vi tổ chức đưa người đi lao động trái phép.",
            "năm 2016",
            "2016"
        ));
        // corpus-real labour.jsonl: a figure of the year; a year after "Từ" starts a period;
        // a year without a lead word is `opening_year`'s.
        assert!(!year_fronts(
            "Trong năm 2016, mức lương bình quân của phi công Vietnam Airlines tăng từ 110,1 triệu đồng/tháng năm 2015 lên 115,3 triệu đồng/tháng.",
            "năm 2016",
            "2016"
        ));
        assert!(!year_fronts(
            "Từ năm 2018, các trường phải công khai tỉ lệ sinh viên ra trường có việc làm.",
            "năm 2018",
            "2018"
        ));
        assert!(!year_fronts(
            "Năm 2012, anh mở cơ sở thứ hai tại đường 31 tháng 3.",
            "năm 2012",
            "2012"
        ));
    }

    /// Whether the month without its year `surface` (value `value`) fronts `text` as past.
    fn past_fronts(text: &str, surface: &str, value: &str) -> bool {
        led_by(text, surface, value, Granularity::Month, past_month)
    }

    #[test]
    fn a_month_without_its_year_fronts_only_when_marked_past() {
        // corpus-real labour.jsonl (baomoi-22507337, real5-dev: gold "other --05").
        assert!(past_fronts(
            "Hồi cuối tháng 5, lực lượng của Tổng Cục cảnh sát cũng bắt quả tang cơ sở của ông Bùi Văn Minh (36 tuổi, ở thị xã Giá Rai, Bạc Liêu).",
            "tháng 5",
            "--05"
        ));
        // corpus-real labour.jsonl (baomoi-22443514).
        assert!(past_fronts(
            "Hồi tháng 2, chiến dịch cân bằng giữa công việc và cuộc sống của chính phủ Nhật được khởi động.",
            "tháng 2",
            "--02"
        ));
        // corpus-real labour.jsonl (baomoi-22480281 shape): "vừa qua" after the month.
        assert!(past_fronts(
            "Tháng 4 vừa qua, hỏa hoạn lớn đã xảy ra ở kho chứa nhiên liệu và ngũ cốc tại bang Madhya Pradest.",
            "tháng 4",
            "--04"
        ));
        // corpus-real labour.jsonl (baomoi-21488522): a plan; baomoi-22714301: a figure.
        assert!(!past_fronts(
            "Được biết, đầu tháng 3 tới, Hà Nội sẽ sáp nhập hai trung tâm giao dịch việc làm.",
            "tháng 3",
            "--03"
        ));
        assert!(!past_fronts(
            "trong tháng 6 vừa qua, đã có thêm hơn 220 nghìn việc làm mới.",
            "tháng 6",
            "--06"
        ));
        // A month of a written year is `lead_month`'s.
        assert!(!past_fronts(
            "Hồi tháng 5/2016, anh Hoài được phân công nhiệm vụ.",
            "tháng 5/2016",
            "2016-05"
        ));
    }

    #[test]
    fn the_casualties_of_an_incident_are_no_figure_of_the_month() {
        // real7-dev baomoi-22480281 (labour.jsonl): gold "other --04" and "other --03".
        assert!(past_fronts(
            "Tháng 4 vừa qua, hỏa hoạn lớn đã xảy ra ở kho chứa nhiên liệu và ngũ cốc tại bang Madhya Pradest khiến 13 người thiệt mạng.",
            "tháng 4",
            "--04"
        ));
        assert!(past_fronts(
            "Tháng 3 trước đó, 5 công nhân thiệt mạng tại Jaipur sau khi hàng tấn cao su nấu chảy bị rò rỉ tại một đơn vị sản xuất lốp.",
            "tháng 3",
            "--03"
        ));
        // A count of something else stays a figure: labour.jsonl baomoi-22714301, asserted in
        // the test above; the casualty words tell the two apart.
        assert!(casualties(&["người", "thiệt", "mạng"]));
        assert!(!casualties(&["người", "lao", "động", "có", "việc", "chết"]));
    }

    #[test]
    fn a_month_whose_year_was_inferred_fronts_when_marked_past() {
        // real7-dev dantri-news_education_021 (general-10k, published 2021-04-15): gold
        // "other 2021-03".
        let text = "Cuối tháng 3 vừa qua, trường Trung cấp nghề Thanh niên Dân tộc - miền núi Quảng Nam (đóng tại xã Cà Dy, huyện Nam Giang, Quảng Nam) làm lễ tốt nghiệp cho 100 sinh viên là con em đồng bào dân tộc các huyện miền núi của tỉnh.";
        let lower = lower_aligned(text);
        let at = lower.find("tháng 3").unwrap_or(0);
        let month = |inferred: bool| {
            DateSpan::new(
                ByteSpan::new(at, at + "tháng 3".len()),
                DateMention {
                    text: "tháng 3".to_string(),
                    start: 0,
                    end: 0,
                    value: "2021-03".to_string(),
                    granularity: Granularity::Month,
                    year_inferred: inferred,
                    time_of_day: None,
                },
            )
        };
        let clause = ByteSpan::new(0, lower.len());
        assert!(past_month(&lower, clause, &month(true)));
        // A written year ("tháng 3/2021") is read by `lead_month` alone.
        assert!(!past_month(&lower, clause, &month(false)));
    }
}
