//! A management board ("Ban Quản lý") whose name goes on in lower case: "Ban Quản lý dự
//! án đường sắt đô thị Hà Nội", "Ban Quản lý dự án 2", "Ban Quản lý các Khu công nghiệp
//! tỉnh Hà Nam". The named grammar cut these back to the bare "Ban Quản lý" (its compound's
//! last capitalized word), which names no board; GUIDELINES.md takes the maximal span.
//! Stop 28: labour.jsonl 10 and general-10k 28 bare "Ban Quản lý" mentions, nearly all cut
//! names; dev real5, real8, real9 (two articles).

use chrono::NaiveDate;

use super::place::place_tail;
use super::rules::RULES;
use super::OrgSpan;
use crate::extract::people::role_stop_at;
use crate::extract::text::{is_capitalized, next_word};

/// The most words read after "Ban Quản lý": "dự án đầu tư xây dựng công trình giao thông
/// tỉnh" has nine before its place; longer runs are the sentence.
const MAX_BOARD_WORDS: usize = 10;

/// The most lower-case words in a row that punctuation after them ends as a name ("dự án
/// nhà ở xã hội,"); a longer run before a comma is mostly the sentence's clause.
const MAX_PHRASE_RUN: usize = 5;

/// Extends each bare "Ban Quản lý" over the name written after it, where that name ends
/// where a name can end ([`board_name_end`]); spans inside the extension are dropped.
pub(super) fn extend(text: &str, published: Option<NaiveDate>, spans: &mut Vec<OrgSpan>) {
    let mut i = 0;
    while i < spans.len() {
        let span = &spans[i];
        let bare = matches!(
            text.get(span.start..span.end),
            Some("Ban Quản lý" | "Ban quản lý")
        ) && span.canonical == text.get(span.start..span.end).unwrap_or_default();
        if let Some(end) = bare
            .then(|| board_name_end(text, span.end, published))
            .flatten()
        {
            let Some(written) = text.get(span.start..end) else {
                i += 1;
                continue;
            };
            let span = &mut spans[i];
            span.canonical = written.to_string();
            span.end = end;
            let start = span.start;
            let mut k = i + 1;
            while k < spans.len() {
                if spans[k].start >= start && spans[k].start < end {
                    spans.remove(k);
                } else {
                    k += 1;
                }
            }
        }
        i += 1;
    }
}

/// Where the board's name written after byte `pos` ends: at a written place ("… đô thị Hà
/// Nội", "… tỉnh Hà Nam"), after a number ("dự án 2"), after a capitalized word or its
/// compound's second syllable ("dự án Đường sắt"), or before punctuation ("dự án nhà ở xã
/// hội,"). None where the words run into a stop word or verb first ("Ban Quản lý sẽ …",
/// "Ban Quản lý di tích chốt tại …"): the bare mention stays as it was.
fn board_name_end(text: &str, pos: usize, published: Option<NaiveDate>) -> Option<usize> {
    let mut p = pos;
    let mut accepted = None;
    let mut words = 0;
    // Lower-case words in a row: past [`MAX_PHRASE_RUN`], punctuation no longer ends a name.
    let mut lower_run = 0;
    // The previous word was capitalized after a lower-case one: the next lower-case syllable
    // is its compound's second ("Quốc gia", "Đường sắt").
    let mut lone_capital = false;
    let mut previous_capital = false;
    for _ in 0..MAX_BOARD_WORDS {
        if words > 0 {
            if let Some(tail) = place_tail(text, p, published).filter(|t| t.area.is_some()) {
                return Some(tail.end);
            }
        }
        let Some((word, q, end)) = next_word(text, p) else {
            // Punctuation or the text's end: a short run of words so far is the name.
            let run_ends = words > 0 && lower_run <= MAX_PHRASE_RUN;
            return run_ends.then_some(p).or(accepted);
        };
        if word.starts_with(|c: char| c.is_ascii_digit()) {
            return (words > 0 && word.len() <= 3).then_some(end).or(accepted);
        }
        if words == 0 && word.to_lowercase() == "các" {
            p = end;
            continue;
        }
        words += 1;
        if is_capitalized(word) {
            if words > 1 && RULES.head_at(text, q).is_some() {
                return accepted;
            }
            // "… dự án đường sắt mở cửa nhà ga La Khê": a capitalized name after a long
            // lower-case run is the sentence's, not the board's.
            if lower_run > MAX_PHRASE_RUN {
                return accepted;
            }
            lone_capital = !previous_capital;
            previous_capital = true;
            lower_run = 0;
            accepted = Some(end);
            p = end;
            continue;
        }
        if word != "và"
            && (RULES.name_stops.contains(&word)
                || RULES.determiners.contains(&word)
                || role_stop_at(text, q)
                || RULES.level_at(text, q).is_some()
                || word == "không"
                // "do Ban Quản lý các khu công nghiệp quản lý,": the verb "manage".
                || word == "quản")
        {
            return accepted;
        }
        if previous_capital && lone_capital {
            accepted = Some(end);
        }
        previous_capital = false;
        lone_capital = false;
        lower_run += 1;
        p = end;
    }
    accepted
}
