//! A post named after the verb that says a person holds it: "ông Đặng Trung Bình giữ chức
//! Giám đốc Bệnh viện Đa khoa huyện Gia Viễn", "nhà báo Lại Văn Sâm đảm nhận chức vụ
//! Trưởng ban VTV3" (real4-dev). Corpus-real (labour.jsonl and general-10k), the phrases
//! of [`POST_VERBS`]: giữ chức 114, giữ chức vụ 44, đảm nhiệm chức 13, giữ cương vị 7,
//! đảm nhiệm chức vụ 6, đảm nhận cương vị 3, đảm nhận chức 3, đảm nhiệm cương vị 3, đảm
//! nhận chức vụ 1. What follows is read as a role after the name is (`roles_after`): only a
//! role word starts one ("giữ chức vụ trên" gives none).

/// The phrases, right after a name, that introduce the post the person holds; the longer
/// of two that share a start comes first.
const POST_VERBS: [&str; 9] = [
    " giữ chức vụ ",
    " giữ chức ",
    " giữ cương vị ",
    " đảm nhận chức vụ ",
    " đảm nhận chức ",
    " đảm nhận cương vị ",
    " đảm nhiệm chức vụ ",
    " đảm nhiệm chức ",
    " đảm nhiệm cương vị ",
];

/// " là " (is) with the word before it that dates the post, right after a name: "bà Tống
/// Thị Minh nguyên là Vụ trưởng Vụ Lao động-Tiền lương" (real6-dev writes the role
/// "Vụ trưởng Vụ Lao động-Tiền lương"), "hiện là Trưởng Khoa"; the bare " là " is read
/// with the separators of `roles_after`. Corpus-real (labour.jsonl and general-10k), right
/// after a person's name: từng là 22, cũng là 20, đang là 12, hiện là 10, vốn là 6, hiện
/// đang là 2, nguyên là 1; only a role word after one starts a role ("cũng là người cho
/// biết" gives none). The longer of two that share a start comes first.
const COPULAS: [&str; 7] = [
    " cũng là ",
    " hiện đang là ",
    " hiện là ",
    " nguyên là ",
    " đang là ",
    " từng là ",
    " vốn là ",
];

/// `rest` (the text right after a name) past a phrase of [`POST_VERBS`] or [`COPULAS`], if
/// it starts with one.
pub(super) fn after_post_verb(rest: &str) -> Option<&str> {
    // Every post verb starts " g" or " đ": a byte check spares the list most names.
    if rest.starts_with(" g") || rest.starts_with(" đ") {
        if let Some(after) = POST_VERBS.iter().find_map(|verb| rest.strip_prefix(verb)) {
            return Some(after);
        }
    }
    COPULAS.iter().find_map(|copula| rest.strip_prefix(copula))
}
