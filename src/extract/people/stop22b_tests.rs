//! Stop 22, second round: the role word "Nhà lãnh đạo" (`roles.tsv`), not after a plural
//! word (`inside_name.rs`), and three-word Korean names after a country (`foreign.rs`),
//! each on a real sentence of general-10k (none from the gold files' texts).

use super::stop19b_tests::roles_of;
use super::*;
use crate::extract::Document;

/// The names of the people found in `text`.
fn names_of(text: &str) -> Vec<String> {
    let orgs = crate::extract::orgs::find(&Document::from_text(text));
    find(text, &orgs).0.into_iter().map(|p| p.name).collect()
}

#[test]
fn a_leader_before_a_country_and_a_korean_name_is_a_role() {
    // general-10k, baomoi-22322324: the name was cut to "Jong Un" and "Kim" read into the role.
    let text = "Người đứng đầu Nhà Trắng cũng cho biết ông rất vinh dự nếu được gặp nhà lãnh đạo Triều Tiên Kim Jong Un, với điều kiện nhất định.";
    assert_eq!(names_of(text), ["Kim Jong Un"]);
    assert_eq!(roles_of(text, "Kim Jong Un"), ["nhà lãnh đạo Triều Tiên"]);
}

#[test]
fn a_three_word_korean_name_after_a_country_keeps_its_family_name() {
    // general-10k, baomoi-22333711: "Tổng thống Hàn Quốc Moon" held "Jae In" before.
    let text = "Korean Times cũng dẫn thông tin từ Nhà Xanh cho biết, Tổng thống Hàn Quốc Moon Jae In đã tổ chức một cuộc họp an ninh quốc gia khẩn cấp.";
    assert_eq!(names_of(text), ["Moon Jae In"]);
    assert_eq!(roles_of(text, "Moon Jae In"), ["Tổng thống Hàn Quốc"]);
}

#[test]
fn leaders_after_a_plural_word_are_no_role() {
    // general-10k, baomoi-22327408: "các nhà lãnh đạo" are several people.
    let text = "Chuyến công du này là dịp để Trump gặp gỡ các nhà lãnh đạo Saudi Arabia, Israel và châu Âu.";
    assert!(names_of(text).iter().all(|n| n != "Saudi Arabia"));
    let lower = text.to_lowercase();
    let start = lower.find("nhà lãnh đạo").unwrap_or_default();
    let end = start + "nhà lãnh đạo".len();
    assert!(super::inside_name::leaders_after_a_plural(
        &lower, start, end
    ));
}
