//! Issue 12 classes of people and roles added at stop 15, each on a real sentence of
//! corpus-real general-10k (none from the gold files' texts).

use super::*;
use crate::extract::Document;
use crate::normalize::CharOffsets;

/// The people of `text` with their roles, as the records write them (shared with
/// `given_tests`).
pub(super) fn names_and_roles(text: &str) -> Vec<(String, Vec<String>)> {
    let orgs = crate::extract::orgs::find(&Document::from_text(text));
    let found = find(text, &orgs)
        .0
        .into_iter()
        .map(FoundPerson::into_record);
    crate::extract::spans::into_records(found.collect(), &CharOffsets::new(text))
        .into_iter()
        .map(|p| (p.name, p.roles))
        .collect()
}

/// One expected person with roles.
pub(super) fn person(name: &str, roles: &[&str]) -> (String, Vec<String>) {
    (
        name.to_string(),
        roles.iter().map(ToString::to_string).collect(),
    )
}

#[test]
fn a_bare_role_joined_by_kiem_after_the_name() {
    // baomoi-22634544: "Chủ tịch HĐQT" is a role word of its own (roles.tsv).
    let text = "Ảnh minh họa Đại diện cơ sở y tế tư nhân, ông Phạm Văn Học, Chủ tịch HĐQT kiêm Tổng giám đốc Bệnh viện Hùng Vương (Phú Thọ) thừa nhận bệnh viện tư nhân vẫn còn tồn tại nhiều vấn đề.";
    assert_eq!(
        names_and_roles(text),
        [person(
            "Phạm Văn Học",
            &["Chủ tịch HĐQT kiêm Tổng giám đốc Bệnh viện Hùng Vương (Phú Thọ)"]
        )]
    );
    // baomoi-22722510: a bare role word, then the role kiêm names the body of.
    let text = "Ngày 10.7, ông Ngô Quang Thảo, Bí thư kiêm Chủ tịch UBND P.Hương Xuân (TX.Hương Trà, Thừa Thiên-Huế) xác nhận tại địa bàn xuất hiện.";
    assert_eq!(
        names_and_roles(text),
        [person(
            "Ngô Quang Thảo",
            &["Bí thư kiêm Chủ tịch UBND P.Hương Xuân (TX.Hương Trà, Thừa Thiên-Huế)"]
        )]
    );
}

#[test]
fn a_role_with_its_own_organization_before_kiem_is_a_role_of_its_own() {
    // general-10k.
    let text = "Liên quan vụ việc, ông Dương Tất Thắng, Phó Chủ tịch tỉnh Hà Tĩnh kiêm Trưởng ban Quản lý khu kinh tế Hà Tĩnh cho biết, ngay sau khi vụ nổ xảy ra, các cơ quan chức năng của tỉnh cũng đã có mặt tại hiện trường, phối hợp với lãnh đạo FHS kiểm tra, làm rõ nguyên nhân, thiệt hại của vụ nổ.";
    assert_eq!(
        names_and_roles(text),
        [person(
            "Dương Tất Thắng",
            &[
                "Phó Chủ tịch tỉnh Hà Tĩnh",
                "Trưởng ban Quản lý khu kinh tế Hà Tĩnh"
            ]
        )]
    );
}

#[test]
fn a_bare_role_joined_by_kiem_before_the_name() {
    // baomoi-21487661.
    let text = "Phát biểu trong chuyến thăm thủ đô Ottawa (Canada) ngày 6/2, Chủ tịch kiêm Giám đốc điều hành Phòng Thương mại Mỹ Thomas Donohue cho biết xé bỏ Hiệp định Thương mại Tự do Bắc Mỹ sẽ khiến người dân cả ba nước thành viên đều mất việc.";
    assert_eq!(
        names_and_roles(text),
        [person(
            "Thomas Donohue",
            &["Chủ tịch kiêm Giám đốc điều hành Phòng Thương mại Mỹ"]
        )]
    );
}

#[test]
fn an_age_between_commas_makes_a_person() {
    // baomoi-22566878: a foreign name written alone, with no role.
    let text = "Thế rồi khi nhìn bức ảnh trên bản tin, tôi phải thốt lên, chính là ông ấy\", Dave Ashford, 52 tuổi, cho biết.";
    assert_eq!(names_and_roles(text), [person("Dave Ashford", &[])]);
    // general-10k: "bị cáo buộc" (is accused) after the age is no role "bị cáo".
    let text = "Nghi phạm người Indonesia Siti Aisyah, 25 tuổi, và nghi phạm người Việt Nam Đoàn Thị Hương, 28 tuổi, bị cáo buộc sát hại người được cho là ông Kim Jong-nam, anh trai của nhà lãnh đạo Triều Tiên Kim Jong-un, tại sân bay quốc tế Kuala Lumpur vào giữa tháng 2 năm nay.";
    let found = names_and_roles(text);
    assert_eq!(found[0], person("Siti Aisyah", &[]));
    assert_eq!(found[1], person("Đoàn Thị Hương", &[]));
}

#[test]
fn a_name_after_thanh_pho_is_no_street() {
    // general-10k: "phố" (street) in name_not_after.tsv is "thành phố" (city) here.
    let text = "Chiều 2017, tại cuộc họp của UBND thành phố Hà Nội, Chủ tịch UBND thành phố Nguyễn Đức Chung cho rằng cô Tạ Thị Bích Ngọc đã bưng bít việc cháu K.";
    let found = names_and_roles(text);
    assert_eq!(
        found.first(),
        Some(&person("Nguyễn Đức Chung", &["Chủ tịch UBND thành phố"]))
    );
}

#[test]
fn a_year_of_the_sexagenary_cycle_is_no_person() {
    // baomoi-21510605: "Đinh Dậu" read with the role before it.
    let text = "Nhân dịp đầu năm mới Đinh Dậu 2017, thay mặt 55 triệu người dân Quảng Tây, Bí thư Bành Thanh Hoa đã gửi đến Thủ tướng những lời chúc tốt đẹp nhất.";
    assert!(names_and_roles(text)
        .iter()
        .all(|(name, _)| name != "Đinh Dậu"));
}

#[test]
fn a_place_after_a_comma_follows_a_commune_not_a_district() {
    // general-10k: a commune's district is part of the role; "tết Nguyên đán Đinh Dậu" is
    // a year.
    let text = "Ông Nguyễn Duy Hưng, Chủ tịch UBND xã Châu Lộc, huyện Quỳ Hợp cho biết, sự việc xảy ra trên địa bàn, vào ngày mùng 3 tết Nguyên đán Đinh Dậu.";
    assert_eq!(
        names_and_roles(text),
        [person(
            "Nguyễn Duy Hưng",
            &["Chủ tịch UBND xã Châu Lộc, huyện Quỳ Hợp"]
        )]
    );
    // baomoi-22329271: a district's province is not.
    let text = "Ông Đàm Quang Hưng, Chủ tịch UBND quận Liên Chiểu, TP Đà Nẵng, xác nhận: Hiện nay quần thể biệt thự xây dựng trái phép đã được tháo dỡ hoàn toàn.";
    assert_eq!(
        names_and_roles(text),
        [person("Đàm Quang Hưng", &["Chủ tịch UBND quận Liên Chiểu"])]
    );
    // baomoi-21469660: after a district written short ("Q.1") the city is read.
    let text =
        "Trương Thị Bích Thủy (Hiệu trưởng Trường THPT Trưng Vương, Q.1, TP.HCM) Áp lực rất lớn.";
    assert_eq!(
        names_and_roles(text),
        [person(
            "Trương Thị Bích Thủy",
            &["Hiệu trưởng Trường THPT Trưng Vương, Q.1, TP.HCM"]
        )]
    );
}
