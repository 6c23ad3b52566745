//! Verdicts read at a trial: an undated verdict ("Kết thúc phiên tòa, HĐXX đã quyết định
//! tuyên phạt …") was read at the trial the article reported before it ("Ngày 6/6, TAND
//! TP Hà Nội đã mở phiên tòa sơ thẩm xét xử 4 bị cáo …") and takes that trial's date
//! (GUIDELINES decision 17: the date of the meeting it happened at).

use super::words::WORDS;
use super::FoundEvent;
use crate::extract::caseless::lower_into;
use crate::record::EventType;

/// Dates each undated verdict of `events` (in text order; its name starts with a
/// `verdict_word` of `event_words.tsv`) by the last dated event before it whose name holds
/// a `trial_word` ("xét xử", "phiên tòa").
pub(super) fn date_by_trial(events: &mut [FoundEvent]) {
    let mut trial: Option<(String, Option<crate::record::TimeOfDay>)> = None;
    // The lower-cased name, in one buffer for all events (stop 25: a new copy per event by
    // `str::to_lowercase`, also for events that neither test reads).
    let mut name = String::new();
    for e in events.iter_mut() {
        if let Some(date) = &e.date {
            lower_into(&mut name, &e.name);
            if WORDS.trial_words.iter().any(|w| name.contains(w.as_str())) {
                trial = Some((date.clone(), e.time_of_day));
            }
        } else if e.event_type == EventType::Other && trial.is_some() && {
            lower_into(&mut name, &e.name);
            WORDS
                .verdict_words
                .iter()
                .any(|w| name.starts_with(w.as_str()))
        } {
            if let Some((date, time)) = &trial {
                e.date = Some(date.clone());
                e.time_of_day = *time;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(name: &str, date: Option<&str>) -> FoundEvent {
        super::super::restated::tests::event(EventType::Other, name.to_string(), date)
    }

    #[test]
    fn an_undated_verdict_takes_the_day_of_the_trial_before_it() {
        // corpus-real labour.jsonl (baomoi-22470670): "Ngày 6/6, TAND TP Hà Nội đã mở phiên
        // tòa sơ thẩm xét xử 4 bị cáo …", then "Kết thúc phiên tòa, HĐXX đã quyết định
        // tuyên phạt bị cáo Vũ Thị Hồng Vân 14 năm tù …".
        let mut events = vec![
            event("xét xử 4 bị cáo Vũ Thị Hồng Vân", Some("2015-06-06")),
            event(
                "tuyên phạt bị cáo Vũ Thị Hồng Vân 14 năm tù và Nguyễn Hữu Hồng 11 năm tù",
                None,
            ),
        ];
        date_by_trial(&mut events);
        assert_eq!(events[1].date.as_deref(), Some("2015-06-06"));
    }

    #[test]
    fn a_verdict_without_a_dated_trial_before_it_stays_undated() {
        // corpus-real general-10k (baomoi-22364017): no trial dated before the verdict.
        let mut events = vec![event(
            "tuyên phạt bị cáo Trang 20 năm tù, bị cáo Phương 8 năm tù",
            None,
        )];
        date_by_trial(&mut events);
        assert_eq!(events[0].date, None);
        // A dated event that names no trial dates no verdict.
        let mut events = vec![
            event("bắt giữ Trần Văn Trung", Some("2015-05")),
            event("tuyên phạt bị cáo Trang 20 năm tù", None),
        ];
        date_by_trial(&mut events);
        assert_eq!(events[1].date, None);
    }
}
