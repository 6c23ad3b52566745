//! Where a parenthesis after a name ends its roles (`roles.rs`, `roles_after`): the
//! roles read inside it are the person's when the apposition ends with them or goes on
//! after them with more of itself, a residence, a verb or a description.

use super::roles::{RoleSpan, RoleText};

/// Whether the roles read inside a parenthesis after a name (`chain`, its first at the
/// parenthesis's start or after an age) are the person's: they end at the closing
/// parenthesis `close`, or before a comma that goes on with more of the apposition, a
/// residence or a sentence ("Cao Toàn Mỹ (40 tuổi, Giám đốc Công ty Vina Cyber, ngụ Q.3,
/// TP.HCM)", "Phạm Văn Dân (thợ lò bậc 5/6, quê xã Đào Dương, …)"; stop 19: 8 such roles
/// in labour.jsonl, 40 in general-10k were lost whole).
///
/// A role with an organization part that the clause inside goes on from is the person's
/// too: before a verb or particle of `role_stops.tsv` ("Phạm Thị Thanh Trà (Chủ tịch UBND
/// tỉnh Yên Bái vào thời điểm đó)") or a description after " - " ("Hồ Thanh Phong (Hiệu
/// trưởng Đại học Quốc tế, Đại học Quốc gia TP.HCM - đơn vị nghiên cứu …)"; stop 23: such
/// roles were lost whole). Not a bare role word ("Phạm Công Hùng (bảo vệ cho Phương Nga)":
/// the verb, to defend), nor before "tại" (at), whose place the role may go on with
/// ("giảng viên Đại học tại Hà Lan").
/// "tại" (at), after a space: a stop word that does not end a role inside a parenthesis.
const AT: &str = " tại ";

pub(super) fn ends_apposition(rt: &RoleText<'_>, chain: &[RoleSpan], close: usize) -> bool {
    let text = rt.text;
    chain.last().is_some_and(|r| {
        let has_org_part = rt.role_word_at(r.0).is_some_and(|word_end| word_end < r.1);
        r.1 == close
            || r.1 < close
                && text.get(r.1..).is_some_and(|rest| {
                    rest.starts_with(", ")
                        || has_org_part
                            && (rest
                                .strip_prefix(" - ")
                                .is_some_and(|d| d.starts_with(char::is_lowercase))
                                || rest.starts_with(' ')
                                    && !rest.starts_with(AT)
                                    && super::chain::is_stop_at(text, r.1 + 1))
                })
    })
}
