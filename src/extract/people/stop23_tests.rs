//! Stop 23: the leaders' word without "nhà" ("lãnh đạo") as a role word before a country
//! only (`roles.tsv`, `inside_name.rs`), each on a real sentence of general-10k (none from
//! the gold files' texts).

use super::stop19b_tests::roles_of;
use crate::extract::text::lower_aligned;

/// Whether the first "lãnh đạo" of `text` is no role word.
fn leadership_dropped(text: &str) -> bool {
    let lower = lower_aligned(text);
    let start = lower.find("lãnh đạo").unwrap_or_default();
    let end = start + "lãnh đạo".len();
    super::inside_name::leadership_not_of_a_country(text, &lower, start, end)
}

#[test]
fn a_leader_before_a_country_is_a_role() {
    // general-10k, baomoi-22710726: Kim Jong Un kept no role before.
    let text = "Hành động của lãnh đạo Triều Tiên Kim Jong Un cho thấy thời kì trật tự thế giới đơn cực sau Chiến tranh Lạnh đã kết thúc.";
    assert_eq!(roles_of(text, "Kim Jong Un"), ["lãnh đạo Triều Tiên"]);
    // general-10k, baomoi-22363908: "cựu" (former) and a place of foreign_places.tsv.
    let text = "Hắn sinh ra tại Manchester trong một gia đình tị nạn trốn chạy chế độ của cựu lãnh đạo Libya Muammar Gaddafi.";
    assert_eq!(roles_of(text, "Muammar Gaddafi"), ["cựu lãnh đạo Libya"]);
}

#[test]
fn a_bodys_leadership_is_no_role() {
    // general-10k, baomoi-22627458: the ministry's leadership, not Phạm Sỹ Quý's post.
    let text = "Theo lãnh đạo Bộ Nội vụ, ông Phạm Sỹ Quý được bổ nhiệm làm Giám đốc Sở Tài nguyên và Môi trường tỉnh Yên Bái.";
    assert!(leadership_dropped(text));
    assert!(roles_of(text, "Phạm Sỹ Quý").is_empty());
    // labour.jsonl, baomoi-21469538.
    assert!(leadership_dropped(
        "Lãnh đạo TP.HCM bày tỏ mong muốn học tập Bình Dương."
    ));
    // general-10k, baomoi-22705640: two leaders, after a plural word.
    assert!(leadership_dropped(
        "Màn bắt tay của hai lãnh đạo Mỹ và Nga có cử chỉ khác hẳn."
    ));
    assert!(!leadership_dropped(
        "Tổng thống Nga Vladimir Putin và lãnh đạo Mỹ Donald Trump sẽ gặp nhau."
    ));
}

#[test]
fn a_role_in_a_parenthesis_that_goes_on_is_the_persons() {
    // general-10k, baomoi-22626739: the role, then "vào" (a particle of role_stops.tsv).
    let text = "Bà Phạm Thị Thanh Trà (Chủ tịch UBND tỉnh Yên Bái vào thời điểm đó) đã ký quyết định bổ nhiệm.";
    assert_eq!(
        roles_of(text, "Phạm Thị Thanh Trà"),
        ["Chủ tịch UBND tỉnh Yên Bái"]
    );
    // general-10k, baomoi-22730057: the role, then a description after " - ".
    let text = "Tại buổi khảo sát, PGS.TS Hồ Thanh Phong (Hiệu trưởng Đại học Quốc tế, Đại học Quốc gia TP.HCM - đơn vị nghiên cứu giải pháp tích hợp vận trù học và công nghệ giao thông thông minh) báo cáo với Bí thư Nguyễn Thiện Nhân kết quả.";
    assert_eq!(
        roles_of(text, "Hồ Thanh Phong"),
        ["Hiệu trưởng Đại học Quốc tế, Đại học Quốc gia TP.HCM"]
    );
}

#[test]
fn a_bare_role_word_or_a_verb_in_a_parenthesis_is_no_role() {
    // general-10k, baomoi-22601593: "bảo vệ cho" (defends).
    let text = "Luật sư Phạm Công Hùng (bảo vệ cho Phương Nga) đặt ra nhiều câu hỏi.";
    assert!(!roles_of(text, "Phạm Công Hùng").contains(&"bảo vệ".to_string()));
    // general-10k, baomoi-22644816: "bảo vệ quyền lợi" (defends the rights of).
    let text = "Luật sư Trần Thu Nam (bảo vệ quyền lợi cho ông Cao Toàn Mỹ) chia sẻ, việc HĐXX cho bị cáo tại ngoại là đúng.";
    assert!(roles_of(text, "Trần Thu Nam")
        .iter()
        .all(|r| !r.starts_with("bảo vệ")));
}
