//! A name that goes on after "&": the grammars end a name at the "&" of "Tập đoàn T&T Group",
//! "Bệnh viện Thẩm mỹ Kim Cương A&B", "Công ty TNHH Ernst & Young Việt Nam", "Học viện Báo
//! chí & Tuyên truyền" (read "Tập đoàn T", "… Kim Cương A", "Công ty TNHH Ernst").
//!
//! Corpus (labour.jsonl and general-10k, stop 21): 82 mentions end right before "&" or " &";
//! the name goes on in all but the channel list "VTV6 & VTV6HD" and "HĐND&UBND" (two bodies),
//! both one-word mentions, which are left alone. The part after "&" is read as a name's
//! words: a glued acronym ("&T", "&NV"), then capitalized words ("Group", "Việt Nam", "Gates
//! Foundation"), and after a capitalized Vietnamese syllable at most two lower-case ones
//! that are no stop word or verb ("& Tuyên truyền", "& Nước giải khát Việt Nam"); a family name starts a
//! person, not the name ("Công ty Phạm & Partners Phạm Quang Vinh").

use super::words::phrase_ends_at;
use super::{Need, OrgSpan};
use crate::extract::lexicon::LEXICON;
use crate::extract::text::{is_capitalized, next_word, word_at};
use crate::legacy::is_vietnamese_syllable;

/// The most words read after "&" (a name's tail: "& Melinda Gates Foundation").
const MAX_WORDS: usize = 6;

/// The most lower-case syllables read after one capitalized word ("& Nước giải khát").
const MAX_LOWER_RUN: usize = 2;

/// Extends each whole mention that stops right before "&" over the name's part after it,
/// and drops the mentions that part covers.
pub(super) fn extend(text: &str, spans: &mut Vec<OrgSpan>) {
    let mut covered_to = 0;
    let mut keep = vec![true; spans.len()];
    for (i, span) in spans.iter_mut().enumerate() {
        if span.start < covered_to {
            keep[i] = false;
            continue;
        }
        if let Some(end) = tail_end(text, span) {
            if let Some(tail) = text.get(span.end..end) {
                span.canonical.push_str(&canonical_tail(tail));
            }
            span.end = end;
        }
        covered_to = span.end;
    }
    let mut keep = keep.into_iter();
    spans.retain(|_| keep.next().unwrap_or(true));
}

/// Where the name of `span` ends when it goes on after "&", or `None`.
fn tail_end(text: &str, span: &OrgSpan) -> Option<usize> {
    let written = text.get(span.start..span.end)?;
    let last_word = written.rsplit(' ').next()?;
    // One-word mentions ("VTV6", "HĐND") are bodies of a list; a partial or completed
    // mention's canonical name does not end with its written words.
    if !written.contains(' ') || span.need != Need::Nothing || !span.canonical.ends_with(last_word)
    {
        return None;
    }
    let rest = text.get(span.end..)?;
    let after_amp = if rest.starts_with(" & ") {
        span.end + " & ".len()
    } else if rest.starts_with('&') {
        span.end + 1
    } else {
        return None;
    };
    let (first, first_end) = word_at(text, after_amp)?;
    if !is_capitalized(first) && !first.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    if LEXICON.surnames.iter().any(|s| s == first) {
        return None;
    }
    let mut end = first_end;
    let mut lower_run = 0;
    for words in 1..MAX_WORDS {
        let Some((word, _, word_end)) = next_word(text, end) else {
            break;
        };
        let goes_on = if is_capitalized(word) {
            !LEXICON.surnames.iter().any(|s| s == word)
        } else {
            lower_goes_on(text, first, words, lower_run, end, word_end)
        };
        if !goes_on {
            break;
        }
        lower_run = if is_capitalized(word) {
            0
        } else {
            lower_run + 1
        };
        end = word_end;
    }
    Some(end)
}

/// Whether the lower-case word `end..word_end` goes on with the name: only in the compound
/// of the first word after "&" when that is a capitalized Vietnamese syllable ("& Tuyên
/// truyền", "& Kinh doanh"), never after an acronym ("PCTT & TKCN thường xuyên"), a brand
/// ("Koyu & Unitek đăng ký") or a later word ("TM&DV Chuỗi Giá Trị làm chủ"); a second
/// syllable only when a capitalized word follows it ("& Nước giải khát Việt Nam", not "&
/// Tuyên truyền không kìm nén"); and no stop word or verb.
fn lower_goes_on(
    text: &str,
    first: &str,
    words: usize,
    lower_run: usize,
    end: usize,
    word_end: usize,
) -> bool {
    if words != 1 + lower_run
        || !is_vietnamese_syllable(first)
        || first.chars().skip(1).all(|c| !c.is_lowercase())
        || phrase_ends_at(text, end)
    {
        return false;
    }
    match lower_run {
        0 => true,
        n if n < MAX_LOWER_RUN => {
            next_word(text, word_end).is_some_and(|(w, _, _)| is_capitalized(w))
        }
        _ => false,
    }
}

/// The tail as the canonical name writes it: " & " before a Vietnamese word is "và" ("Học
/// viện Báo chí & Tuyên truyền" → "Học viện Báo chí và Tuyên truyền", as the institutions
/// name themselves); a foreign or glued name keeps its "&" ("Ernst & Young", "T&T").
fn canonical_tail(tail: &str) -> String {
    match tail.strip_prefix(" & ") {
        Some(rest)
            if rest.split(' ').next().is_some_and(|w| {
                is_vietnamese_syllable(w) && w.chars().any(char::is_lowercase)
            }) =>
        {
            format!(" và {rest}")
        }
        _ => tail.to_string(),
    }
}
