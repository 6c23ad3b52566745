//! "quyền" (acting) before a role word, a prefix of [`super::roles::ROLE_PREFIXES`], but
//! not as the second syllable of "chính quyền" (administration): "Chính quyền Tổng thống
//! Donald Trump đang xem xét lại thỏa thuận" names Trump's role "Tổng thống", not "quyền
//! Tổng thống" (stop 26: in corpus-real, labour.jsonl and general-10k, 46 people had a role
//! starting "quyền" right after "chính"; none was an acting holder).

use crate::extract::text::is_word_char;

/// The prefix of an acting holder.
const ACTING: &str = "quyền ";

/// Whether the role prefix `prefix` at byte `pos` of the lower-cased text is the "quyền" of
/// "chính quyền": "chính" written right before it as a word of its own.
pub(super) fn of_chinh_quyen(lower: &str, pos: usize, prefix: &str) -> bool {
    prefix == ACTING
        && lower.get(..pos).is_some_and(|h| {
            h.strip_suffix("chính ")
                .is_some_and(|b| b.chars().next_back().is_none_or(|c| !is_word_char(c)))
        })
}
