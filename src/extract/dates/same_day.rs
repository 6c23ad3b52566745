//! "cùng ngày" (the same day): the day of the latest day date written before it.
//!
//! News tells a second event of the day it has just dated: "xảy ra vào chiều 9-7 … khoảng
//! 8h30 sáng cùng ngày, một nhóm công nhân" (real3-dev baomoi-22713292), "Chiều ngày 8/2 …
//! Cùng ngày, giấy triệu tập" (real2-dev baomoi-21495378); the dev gold gives it that
//! day's value (8 such mentions over the five dev sets). Without a day date before it
//! ("Tháng 10/2015 … chiều cùng ngày", real-dev baomoi-22322349) it is no date.
//!
//! The day must be one the story tells (`is_story_day`): a day that opens a clause or has
//! an hour of the day, not in brackets, not planned.
//!
//! Left out: "Cuối cùng ngày đó" ("cuối cùng" is "finally"), a "cùng ngày" followed by its
//! own date ("Cùng ngày 13/5,": the date is the mention), "cùng ngày sinh" (the same
//! birthday) and "cùng ngày với" (the same day as something named after it).

use super::relative::Relative;
use super::same_period::Resolved;
use super::{letter_word_before, Found, Meaning};
use crate::extract::caseless::{eq_lower, lower_in};
use crate::normalize::chars::{is_alnum, is_whole_word};
use crate::record::{Granularity, TimeOfDay};

/// Words after "cùng ngày" that make it no day of the story: "cùng ngày sinh" (the same
/// birthday), "cùng ngày với" (the same day as what follows), "cùng ngày xảy ra vụ việc"
/// (the day of another event; general-10k baomoi-22633137).
const NOT_AFTER: [&str; 3] = ["sinh", "với", "xảy"];

/// Finds "cùng ngày" in `text`, widened over a time-of-day word before it ("sáng cùng
/// ngày"). `starts` are where the lower-case copy of `text` (same offsets) has it, not
/// overlapping (`memmem::find_iter`): the candidate pass finds them (a scan of their own
/// before stop 28).
pub(crate) fn find(text: &str, starts: impl IntoIterator<Item = usize>) -> Vec<Found> {
    let mut out = Vec::new();
    for p in starts {
        let end = p + "cùng ngày".len();
        let bounded = is_whole_word(text, p, end);
        if !bounded {
            continue;
        }
        let after = &text[end..];
        let rest = after.strip_prefix(' ').unwrap_or(after);
        let next: String = rest.chars().take_while(|c| is_alnum(*c)).collect();
        if rest.starts_with(|c: char| c.is_ascii_digit()) || lower_in(&next, &NOT_AFTER) {
            continue;
        }
        let before = letter_word_before(text, p);
        if before.is_some_and(|(_, w)| eq_lower(w, "cuối")) {
            continue;
        }
        let time_of_day = before.and_then(|(_, w)| TimeOfDay::from_word(w));
        let start = match (before, time_of_day) {
            (Some((s, _)), Some(_)) => s,
            _ => p,
        };
        out.push(Found {
            start,
            end,
            meaning: Meaning::Relative(Relative::SameDay),
            time_of_day,
        });
    }
    out
}

/// Gives each "cùng ngày" among `found` (dates of `text`, resolved as `resolved`, index by
/// index) the value of the latest day date resolved before it, when that day is the story's
/// ([`is_story_day`]); otherwise it stays unresolved (no date).
pub(super) fn apply(text: &str, found: &[Found], resolved: &mut [Option<Resolved>]) {
    let mut last_day: Option<String> = None;
    for (f, r) in found.iter().zip(resolved.iter_mut()) {
        if matches!(f.meaning, Meaning::Relative(Relative::SameDay)) {
            *r = last_day
                .clone()
                .map(|value| (value, Granularity::Day, true));
        } else if let Some((value, Granularity::Day, _)) = r {
            last_day = is_story_day(text, f).then(|| value.clone());
        }
    }
}

/// Words in the few bytes before a day that make it a plan, not a day of the story ("Kết
/// quả chính thức sẽ được công bố ngày 25-6. Ủy ban Bầu cử … cùng ngày xác nhận",
/// general-10k baomoi-22464152).
const PLANNED: [&str; 2] = ["sẽ", "dự kiến"];

/// How many bytes before a day are read for [`PLANNED`].
const PLANNED_REACH: usize = 40;

/// Whether the day found at `f` is a day the story tells, which "cùng ngày" can take: not
/// in brackets ("ngày đầu tiên của năm Đinh Dậu (ngày 28/1)"), not planned ([`PLANNED`]),
/// and either opening a clause ("Chiều 22/5, ông …") or an hour of the day ("khoảng 1h
/// sáng ngày 1/7 anh", "vào chiều 1/7 trên địa bàn"). A bare day in running text is too
/// often a report's or a source's day ("Tờ Korea Times ngày 28-6 dẫn thông tin").
pub(super) fn is_story_day(text: &str, f: &Found) -> bool {
    let before = &text[..f.start];
    if before.ends_with('(') {
        return false;
    }
    let mut from = f.start.saturating_sub(PLANNED_REACH);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let near = text[from..f.start].to_lowercase();
    if PLANNED.iter().any(|w| near.contains(w)) {
        return false;
    }
    // An hour among the three words before it: "14h30 ngày 7/6", "16h, ngày 6/2", "16 giờ
    // ngày 17/6".
    let hour_before = before.rsplit(' ').take(3).any(|w| {
        let w = w.trim_end_matches([',', '\'']);
        lower_in(w, &["giờ", "phút"])
            || (w.starts_with(|c: char| c.is_ascii_digit())
                && w.trim_start_matches(|c: char| c.is_ascii_digit())
                    .starts_with('h'))
    });
    text[f.end..].starts_with(',') || f.time_of_day.is_some() || hour_before
}

#[cfg(test)]
mod tests {
    use crate::extract::dates::text_values as values;

    #[test]
    fn same_day_takes_the_day_before_it() {
        // general-10k baomoi-22742153.
        let text = "19 giờ ngày 12/7, tàu SAR 274 rời cầu cảng để đi cứu nạn, cùng đi trên tàu \
                    có một bác sỹ. Đến 21 giờ 50 phút cùng ngày, tàu SAR 274 đã tiếp cận được \
                    tàu bị nạn.";
        let v = values(text);
        assert_eq!(v.len(), 2, "{v:?}");
        assert_eq!(v[1], ("cùng ngày".to_string(), v[0].1.clone()));
        assert_eq!(v[1].1, "--07-12");
        // labour.jsonl baomoi-22713292: "sáng cùng ngày" keeps its time of day.
        let text = "Đến chiều 9-7, lực lượng chức năng điều tra. Theo thông tin ban đầu, \
                    khoảng 8h30 sáng cùng ngày, một nhóm công nhân đang tiến hành tháo dỡ.";
        let v = values(text);
        assert_eq!(v[1], ("sáng cùng ngày".to_string(), "--07-09".to_string()));
    }

    #[test]
    fn same_day_needs_a_story_day_before_it() {
        // general-10k baomoi-22633137: a source's day, then "cùng ngày xảy ra vụ việc".
        let text = "Tờ Korea Times ngày 28-6 dẫn thông tin từ văn phòng công tố viên quận \
                    Seongbuk-gu. Chồng nạn nhân, 48 tuổi, phát hiện thi thể vợ cùng ngày xảy \
                    ra vụ việc.";
        assert_eq!(values(text).len(), 1);
        // general-10k baomoi-22464152: a planned day.
        let text = "Kết quả chính thức sẽ được công bố ngày 25-6. Ủy ban Bầu cử quốc gia \
                    Campuchia (NEC) cùng ngày xác nhận đảng CPP dẫn đầu.";
        assert_eq!(values(text).len(), 1);
    }

    #[test]
    fn same_day_needs_a_day_before_it() {
        // labour.jsonl baomoi-22322349: only a month before.
        let text = "Tháng 10/2015, bà Phương hẹn chiều cùng ngày sẽ trả lại số tiền đã thu.";
        assert_eq!(values(text), [("Tháng 10/2015".into(), "2015-10".into())]);
        // general-10k: "cuối cùng" is "finally"; a date after "Cùng ngày" is the mention.
        let text = "đối với tôi và một số anh em bạn bè nữa. Cuối cùng ngày đó cũng tới.";
        assert!(
            super::find(text, super::super::scan(&text.to_lowercase(), "cùng ngày")).is_empty()
        );
        let text = "Sáng ngày 13/5, UBND TP.Hải Phòng cũng tổ chức cuộc họp báo khẩn để \
                    thông tin về vụ việc. Cùng ngày 13/5, một doanh nghiệp đã";
        assert!(
            super::find(text, super::super::scan(&text.to_lowercase(), "cùng ngày")).is_empty()
        );
    }
}
