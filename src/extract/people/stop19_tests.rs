//! Stop 19 classes of roles, each on a real sentence of corpus-real (labour.jsonl or
//! general-10k, none from the gold files' texts): a bare role after "làm", "cựu", roles in
//! a parenthesis that goes on after them, dashes glued to the name, a role written once in
//! the plural before a list of names.

use super::*;
use crate::extract::Document;

fn names_and_roles(text: &str) -> Vec<(String, Vec<String>)> {
    let orgs = crate::extract::orgs::find(&Document::from_text(text));
    find(text, &orgs)
        .0
        .into_iter()
        .map(|p| (p.name, p.roles.into_iter().map(|r| r.0).collect()))
        .collect()
}

fn roles_of(text: &str, name: &str) -> Vec<String> {
    names_and_roles(text)
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, roles)| roles)
        .unwrap_or_default()
}

#[test]
fn a_bare_role_after_lam_is_a_role() {
    // labour.jsonl, baomoi-21493814 (decision 18: the role as the sentence gives it).
    let text = "Bộ đã quyết định thành lập Hội đồng kỷ luật do Thứ trưởng Trần Quốc Khánh làm Chủ tịch để xem xét, quyết định hình thức kỷ luật đối với công chức Bùi Quang Hưng.";
    assert_eq!(
        roles_of(text, "Trần Quốc Khánh"),
        ["Thứ trưởng", "Chủ tịch"]
    );
}

#[test]
fn cuu_belongs_to_the_role() {
    // labour.jsonl, baomoi-21476085.
    let text = "Lần gần nhất hai chương trình trên được xem xét, chỉnh sửa là dưới thời cựu Tổng thống Mỹ Barack Obama.";
    assert_eq!(roles_of(text, "Barack Obama"), ["cựu Tổng thống Mỹ"]);
}

#[test]
fn a_role_in_parentheses_before_a_residence() {
    // general-10k, baomoi-22600025.
    let text = "HĐXX TAND TP.HCM và đại diện Viện KSND cùng cấp tiếp tục tập trung thẩm vấn 2 bị cáo và người bị hại là ông Cao Toàn Mỹ (40 tuổi, Giám đốc Công ty Vina Cyber, ngụ Q.3, TP.HCM) xoay quanh 16,5 tỉ đồng, về mối quan hệ giữa bị cáo Nga và ông Mỹ.";
    assert_eq!(
        roles_of(text, "Cao Toàn Mỹ"),
        ["Giám đốc Công ty Vina Cyber"]
    );
}

#[test]
fn a_dash_glued_to_the_name_joins_its_role() {
    // general-10k, baomoi-22424441.
    let text = "Ông Nguyễn Vy Hồng-Giám đốc Sở Y tế tỉnh Thái Nguyên cho biết sáng 31-5 ông đã ký công văn khẩn gửi các đơn vị trên.";
    assert_eq!(
        roles_of(text, "Nguyễn Vy Hồng"),
        ["Giám đốc Sở Y tế tỉnh Thái Nguyên"]
    );
    // general-10k, baomoi-22412379: a capitalized "Có" opens the next sentence.
    let text = "Ông Vũ Thế Bình- Phó Chủ tịch Hiệp hội Du lịch Việt Nam Có cùng quan điểm với phía Hội kiến trúc sư, ông Vũ Thế Bình cũng cho rằng đây chỉ là bản quy hoạch tổng thể.";
    assert_eq!(
        roles_of(text, "Vũ Thế Bình"),
        ["Phó Chủ tịch Hiệp hội Du lịch Việt Nam"]
    );
}

#[test]
fn a_plural_role_before_a_list_of_names_is_each_ones() {
    // general-10k, baomoi-22683167: after a colon, the items in parentheses.
    let text = "Liên quan đến vụ án này, TAND huyện Xuân Lộc cũng xét xử về tội trộm cắp tài sản đối với hai bị cáo: Võ Đình Huân (32 tuổi, ngụ phường Xuân Hòa, thị Long Khánh) và Võ Nguyễn Thế Anh (29 tuổi, ngụ xã Đông Hòa, huyện Trảng Bom).";
    assert_eq!(roles_of(text, "Võ Đình Huân"), ["bị cáo"]);
    assert_eq!(roles_of(text, "Võ Nguyễn Thế Anh"), ["bị cáo"]);
    // labour.jsonl, baomoi-22470670: four items, the role right before the first.
    let text = "Ngày 6/6, TAND TP Hà Nội đã mở phiên tòa sơ thẩm xét xử 4 bị cáo Vũ Thị Hồng Vân (Sinh năm 1977, ở phường Bồ Đề, quận Long Biên), Đặng Hoàng Lan Hương (Sinh năm 1964, ở huyện Lệ Thủy, tỉnh Quảng Bình), Nguyễn Hữu Hồng (Sinh năm 1982, ở huyện Nam Sách, tỉnh Hải Dương) và Đỗ Khắc Phê (Sinh năm 1960, ở huyện Ứng Hòa, Hà Nội) về hai tội “Lừa đảo chiếm đoạt tài sản”.";
    let found = names_and_roles(text);
    assert_eq!(found.len(), 4);
    assert!(found.iter().all(|(_, roles)| roles == &["bị cáo"]));
    // A singular role word before a pair is the first one's only (`role_no_end.tsv`).
    let text = "Cô giáo Nguyễn Thị Huyền Trang và Nguyễn Thị Duyên đến lớp.";
    assert_eq!(roles_of(text, "Nguyễn Thị Duyên"), Vec::<String>::new());
}

#[test]
fn a_list_of_full_names_is_a_list_of_people() {
    // labour.jsonl, baomoi-21510848: no title, no role, two full names and a third.
    let text = "3 thuyền viên Việt Nam trên tàu cá này là Nguyễn Văn Hạ, Nguyễn Văn Xuân (cùng 35 tuổi, ở Hà Tĩnh) và Phan Xuân Phương (27 tuổi, ở Nghệ An).";
    let names: Vec<String> = names_and_roles(text).into_iter().map(|p| p.0).collect();
    assert_eq!(
        names,
        ["Nguyễn Văn Hạ", "Nguyễn Văn Xuân", "Phan Xuân Phương"]
    );
    // A full name alone, or before a two-word name, stays no one's without a cue.
    assert!(names_and_roles("Bài viết của Nguyễn Thái An.").is_empty());
    assert!(names_and_roles("Đường Nguyễn Văn Cừ, Lê Duẩn thông xe.").is_empty());
}
