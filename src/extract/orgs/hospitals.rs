//! A hospital named short takes the article's full name of it (stop 26, organizations
//! audit): "bệnh viện Thanh Nhàn" after "Bệnh viện Đa khoa Thanh Nhàn", "bệnh viện Châu
//! Thành" with "Bệnh viện Đa khoa huyện Châu Thành". The full name differs only by the
//! words that lead to the proper name ("Đa khoa", lower-case words and level words), and
//! the article gives one such full name (two, "Bệnh viện Đa khoa huyện Châu Thành" and
//! "Bệnh viện Đa khoa tỉnh Châu Thành", leave the short one as written). GUIDELINES.md:
//! `canonical` resolves incomplete mentions.

use std::collections::HashMap;

use super::{Need, OrgSpan};
use crate::normalize::fold;

/// The type word of a hospital's canonical name.
const HOSPITAL: &str = "Bệnh viện ";

/// Whether a word between "Bệnh viện" and the proper name only leads to it: lower case
/// ("đa khoa", "huyện") or the capitalized "Đa khoa" of a general hospital.
fn lead_word(word: &str) -> bool {
    word.starts_with(char::is_lowercase) || matches!(fold(word).as_str(), "đa" | "khoa")
}

/// Each short hospital name (folded, without "Bệnh viện") completed with the article's
/// one full name that ends with it after lead words.
pub(super) fn complete_hospitals(spans: &mut [OrgSpan]) {
    let plain = |s: &OrgSpan| s.need == Need::Nothing && s.prefix.is_none();
    // Short name → the index of its one full name (`None`: two differ).
    let mut full: HashMap<String, Option<usize>> = HashMap::new();
    for (i, s) in spans.iter().enumerate().filter(|(_, s)| plain(s)) {
        let Some(name) = s.canonical.strip_prefix(HOSPITAL) else {
            continue;
        };
        let words: Vec<&str> = name.split(' ').collect();
        // Every suffix after one or more lead words: "Đa khoa Thanh Nhàn" → "Thanh Nhàn".
        let leads = words.iter().take_while(|w| lead_word(w)).count();
        for k in 1..=leads.min(words.len().saturating_sub(1)) {
            let key = fold(&words[k..].join(" "));
            full.entry(key)
                .and_modify(|v| {
                    if v.is_some_and(|j| spans[j].canonical != s.canonical) {
                        *v = None;
                    }
                })
                .or_insert(Some(i));
        }
    }
    if full.is_empty() {
        return;
    }
    for i in 0..spans.len() {
        let Some(name) = spans[i].canonical.strip_prefix(HOSPITAL) else {
            continue;
        };
        if !plain(&spans[i]) || name.split(' ').next().is_some_and(lead_word) {
            continue;
        }
        if let Some(&Some(j)) = full.get(&fold(name)) {
            let canonical = spans[j].canonical.clone();
            spans[i].canonical = canonical;
        }
    }
}
