//! An organization span cut at a full stop inside a glued abbreviation: "Công ty TNHH MTV
//! Môi trường đô thị TP" + ".HCM", "Công ty PVC" + ".KBC" (general-10k, labour.jsonl; stop
//! 26). The organizations' grammar ends some company names at "TP" or at a short name's
//! first part, and the role read after the span stopped at the full stop, so the role lost
//! the rest of the word the sentence wrote ("công nhân … Công ty TNHH MTV Môi trường đô thị
//! TP"). A full stop with no space after it, between an upper-case letter or digit and
//! another upper-case letter or digit, is no sentence end but a word's dot (GUIDELINES.md
//! decision 18: roles as the sentence gives them).

/// Where the glued abbreviation that an organization span ending at `end` cuts ends (`end`
/// when it cuts none), no further than `limit`: each part after a dot is upper-case letters
/// or digits only ("TP.HCM", "PVC.KBC", "L.I.F.E"), so a missing space after a sentence's
/// full stop ("… Công ty PVC.Ông …") is not taken.
pub(super) fn glued_end(text: &str, end: usize, limit: usize) -> usize {
    let ends_upper = text
        .get(..end)
        .and_then(|h| h.chars().next_back())
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    if !ends_upper {
        return end;
    }
    let mut pos = end;
    loop {
        let rest = text.get(pos..limit).unwrap_or_default();
        let Some(after) = rest.strip_prefix('.') else {
            return pos;
        };
        let part = after
            .find(|c: char| !(c.is_uppercase() || c.is_ascii_digit()))
            .unwrap_or(after.len());
        let next = after[part..].chars().next();
        // A part that runs on into a lower-case letter is a word, not an abbreviation.
        if part == 0 || next.is_some_and(char::is_alphanumeric) {
            return pos;
        }
        pos += 1 + part;
    }
}
