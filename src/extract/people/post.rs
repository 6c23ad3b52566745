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

/// `rest` (the text right after a name) past a phrase of [`POST_VERBS`], if it starts with
/// one.
pub(super) fn after_post_verb(rest: &str) -> Option<&str> {
    // Every phrase starts " g" or " đ": a byte check spares the list most names.
    if !rest.starts_with(" g") && !rest.starts_with(" đ") {
        return None;
    }
    POST_VERBS.iter().find_map(|verb| rest.strip_prefix(verb))
}
