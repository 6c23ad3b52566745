//! Bylines that close a report with the writer's name and the organization they write for:
//! "Hoàng Tuyết/Báo Tin Tức", "Phương Thoa/VOV-Trung tâm Tin". GUIDELINES.md leaves bylines
//! out of the article ("bylines and 'Nguồn: laodong.vn'"), so an organization named only as
//! the credit of a byline is no mention.
//!
//! Corpus-real (stop 20, labour and general-10k): 97 organization mentions stood right
//! after a "/" at the end of their line, 94 of them byline credits; the rule drops 70 (all
//! credits: "Báo Tin Tức" 35, "Trung tâm Tin" 32, "Công an TP.HCM" 4 as "Theo Minh
//! Thắng/Công an TP.HCM"). It leaves the credits whose writer part it does not read: initials
//! after a sentence end ("độ C. H.V/"), two writers joined by "-", a space after the slash or
//! around the prefix's dash ("VOV - Trung tâm Tin"), and a source line before the writer.

use super::OrgSpan;

/// The most words a writer's name (or initials) has before the slash: "Nguyễn Thị Thu Hà".
const MAX_NAME_WORDS: usize = 4;

/// The most letters of a medium's prefix between the slash and the organization ("VOV-").
const MAX_PREFIX: usize = 6;

/// How far before the slash the writer's name is looked for, in bytes: four words of a
/// Vietnamese name and the sentence end before them fit well within it.
const NAME_LOOKBACK: usize = 80;

/// Whether the span `start..end` of `text` is the credit of a byline: the rest of its line
/// is empty (or a full stop), and the text before it is "/" or "/" + an upper-case prefix and
/// "-" ("/VOV-"), after one to [`MAX_NAME_WORDS`] capitalized words that start the line or
/// follow a sentence's end. Each test looks at a bounded window around the span.
pub(super) fn is_credit(text: &str, start: usize, end: usize) -> bool {
    let Some(before) = text.get(..start) else {
        return false;
    };
    let Some(before) = strip_prefix_word(before).strip_suffix('/') else {
        return false;
    };
    let rest = text.get(end..).unwrap_or_default();
    let rest = rest.trim_start_matches([' ', '\t', '.', '\u{a0}']);
    if !(rest.is_empty() || rest.starts_with(['\n', '\r'])) {
        return false;
    }
    let mut from = before.len().saturating_sub(NAME_LOOKBACK);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    let window = before.get(from..).unwrap_or_default();
    let line = match window.rfind('\n') {
        Some(i) => window.get(i + 1..).unwrap_or_default(),
        None => window,
    };
    // The writer's part: after the last sentence end on the line ("… đúng hẹn./. Phương
    // Thoa"), or the whole line when it starts in the window.
    let sentence_end = line
        .rfind(['.', '!', '?', '"', '”', ')'])
        .filter(|&i| line.get(i + 1..).is_some_and(|r| r.starts_with(' ')));
    let starts_here = sentence_end.is_some() || from == 0 || window.contains('\n');
    if !starts_here {
        return false;
    }
    let name = sentence_end
        .map_or(line, |i| line.get(i + 1..).unwrap_or_default())
        .trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= MAX_NAME_WORDS
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// `before` without a trailing medium prefix ("…/VOV-" → "…/"): upper-case letters and a
/// "-" right after the slash.
fn strip_prefix_word(before: &str) -> &str {
    let Some(head) = before.strip_suffix('-') else {
        return before;
    };
    let letters = head
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_uppercase())
        .count();
    if letters == 0 || letters > MAX_PREFIX {
        return before;
    }
    let rest = &head[..head.len() - letters];
    if rest.ends_with('/') {
        rest
    } else {
        before
    }
}

/// Drops the organization mentions that are the credit of a byline ([`is_credit`]).
pub(super) fn drop_credits(text: &str, spans: &mut Vec<OrgSpan>) {
    spans.retain(|s| !is_credit(text, s.start, s.end));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn credit(text: &str, org: &str) -> bool {
        let start = text.rfind(org).unwrap_or_default();
        is_credit(text, start, start + org.len())
    }

    #[test]
    fn a_byline_credit_is_no_mention() {
        // labour: "… ảnh hưởng tới sức khỏe người lao động", ông Phạm Minh Huân cho biết.
        // XC/Báo Tin Tức"
        let text = "ông Phạm Minh Huân cho biết. XC/Báo Tin Tức";
        assert!(credit(text, "Báo Tin Tức"));
        // labour: "… trở lại làm việc đúng hẹn./. Phương Thoa/VOV-Trung tâm Tin"
        let text = "làm việc đúng hẹn./. Phương Thoa/VOV-Trung tâm Tin\n";
        assert!(credit(text, "Trung tâm Tin"));
        let text = "Hoàng Tuyết/Báo Tin Tức";
        assert!(credit(text, "Báo Tin Tức"));
    }

    #[test]
    fn a_mention_in_a_sentence_is_kept() {
        // general-10k: "… vào khoảng 0h ngày 22/6, tại Công ty TNHH United Motor Việt Nam …"
        let text = "xảy ra vào khoảng 0h ngày 22/6, tại Công ty TNHH United Motor";
        assert!(!credit(text, "Công ty TNHH United Motor"));
        // The line goes on after the organization: a source, not a byline's end.
        let text = "Minh Long/VOV-Trung tâm Tin Theo Reuters";
        assert!(!credit(text, "Trung tâm Tin"));
        // Lower-case words before the slash: no writer's name.
        let text = "mua bán cổ phần/Báo Tin Tức";
        assert!(!credit(text, "Báo Tin Tức"));
    }
}
