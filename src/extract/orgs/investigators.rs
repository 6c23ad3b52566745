//! A police force's investigation agency written in lower case before it: "cơ quan CSĐT
//! Công an tỉnh Nghệ An", "cơ quan cảnh sát điều tra Công an quận Hoàn Kiếm". The grammar
//! reads "Cơ quan" only capitalized, so only the police force was the mention; the agency is
//! one organization with the force as its parent, and GUIDELINES.md takes the maximal span,
//! its canonical name written in full ("Cơ quan Cảnh sát điều tra Công an tỉnh Nghệ An", as
//! the grammar gives it for the capitalized "Cơ quan CSĐT Công an …"). Stop 28: corpus-real
//! writes "cơ quan CSĐT Công an" 28 times (general-10k and labour), every one the agency.

use super::OrgSpan;
use crate::extract::text::word_start;

/// The lower-case leads of the agency, each with the space before the force's name.
const LEADS: &[&str] = &[
    "cơ quan CSĐT ",
    "cơ quan Cảnh sát điều tra ",
    "cơ quan cảnh sát điều tra ",
];

/// The agency's canonical type word, put before the force's canonical name.
const AGENCY: &str = "Cơ quan Cảnh sát điều tra";

/// Extends each police force's mention ("Công an …") back over a lower-case agency lead
/// written right before it.
pub(super) fn extend(text: &str, spans: &mut [OrgSpan]) {
    for span in spans.iter_mut() {
        if !span.canonical.starts_with("Công an ") {
            continue;
        }
        let Some(before) = text.get(..span.start) else {
            continue;
        };
        let Some(lead) = LEADS.iter().find(|lead| before.ends_with(*lead)) else {
            continue;
        };
        let start = span.start - lead.len();
        if !word_start(text, start) {
            continue;
        }
        span.start = start;
        span.canonical = format!("{AGENCY} {}", span.canonical);
    }
}
