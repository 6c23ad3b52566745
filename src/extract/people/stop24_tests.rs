//! Stop 24: where the holder works, written after "tại", as a part of the role; wards,
//! communes and a province's Youth Union committee that a role before them read as a
//! person; company names read as foreign people. Each on a real sentence of corpus-real
//! (labour.jsonl or general-10k, none from the gold files' texts).

use super::stop19b_tests::roles_of;
use super::*;
use crate::extract::Document;

/// The names of the people found in `text`.
fn names_of(text: &str) -> Vec<String> {
    let orgs = crate::extract::orgs::find(&Document::from_text(text));
    find(text, &orgs).0.into_iter().map(|p| p.name).collect()
}

#[test]
fn a_workplace_after_tai_is_part_of_the_role() {
    // general-10k, baomoi-22636604: an organization mention after "tại".
    let text = "Cũng viết trên tờ National Interest, Richard Sokolsky, chuyên gia tại Viện Hòa bình quốc tế Carnegie Endowment, từng có 37 năm làm việc trong Bộ Ngoại giao Mỹ, đánh giá rằng tham vọng kiềm chế ảnh hưởng Iran ở Syria là \"nói dễ hơn làm\".";
    assert_eq!(
        roles_of(text, "Richard Sokolsky"),
        ["chuyên gia tại Viện Hòa bình quốc tế Carnegie Endowment"]
    );
    // general-10k, baomoi-22304936: a province of provinces.tsv, then the abbreviation.
    let text = "Chiều 17/5, bà Phạm Thúy Chinh, Giám đốc Nhà khách Quốc hội tại Đà Nẵng (NALOD) cho hay, vào ngày 19/5, NALOD sẽ chính thức mở cửa.";
    assert_eq!(
        roles_of(text, "Phạm Thúy Chinh"),
        ["Giám đốc Nhà khách Quốc hội tại Đà Nẵng (NALOD)"]
    );
    // general-10k, baomoi-22619619: a country before the name; the role was cut at "tại",
    // which no role before a name ends with, and the person was lost.
    let text = "Đó là trả đũa một tuyên bố trước đó của người phát ngôn Taliban tại Afghanistan Zabihullah Mujahid rằng nhóm này sẵn sàng nhắm đến các thành viên IS.";
    assert_eq!(
        roles_of(text, "Zabihullah Mujahid"),
        ["người phát ngôn Taliban tại Afghanistan"]
    );
}

#[test]
fn a_venue_or_a_meeting_after_tai_ends_the_role() {
    // general-10k, baomoi-22538523: the meeting the instruction was given at.
    let text = "Đây là chỉ đạo của ông Võ Văn Chánh - Phó Chủ tịch UBND tỉnh Đồng Nai tại buổi làm việc với Ban Chỉ đạo xử lý di dời cơ sở gây ô nhiễm môi trường của tỉnh ngày 15/6.";
    assert_eq!(
        roles_of(text, "Võ Văn Chánh"),
        ["Phó Chủ tịch UBND tỉnh Đồng Nai"]
    );
    // general-10k, baomoi-22302537 (shortened): a building, no organization mention.
    let text = "Tổng thống Mỹ Donald Trump cùng Ngoại trưởng Nga Sergei Lavrov trong cuộc gặp tại Nhà Trắng ngày 10-5, ông Sergei Lavrov, Ngoại trưởng Nga tại Nhà Trắng.";
    assert!(roles_of(text, "Sergei Lavrov")
        .iter()
        .all(|r| !r.contains("tại")));
}

#[test]
fn a_sentence_opener_after_a_parenthesis_ends_the_role() {
    // general-10k, baomoi-22541890: "Phát biểu" opens the next sentence, its full stop
    // missing.
    let text = "Ông Hiroshi Karashima, Chủ tịch Hiệp hội doanh nghiệp Nhật Bản tại Việt Nam (JBAV) Phát biểu tại VBF giữa kỳ năm 2017, ông chủ tịch JBAV đã nhắc tới lo ngại về tốc độ tăng lương tối thiểu hàng năm tại Việt Nam.";
    assert_eq!(
        roles_of(text, "Hiroshi Karashima"),
        ["Chủ tịch Hiệp hội doanh nghiệp Nhật Bản tại Việt Nam (JBAV)"]
    );
}

#[test]
fn a_ward_or_a_commune_after_a_role_is_no_person() {
    // general-10k, baomoi-22317115: the ward is named after a scholar.
    let text = "Tại địa bàn nhu cầu đỗ xe rất lớn, ông Dương Tuấn Anh, Chủ tịch UBND phường Phạm Đình Hổ cho biết, hiện nay lực lượng công an liên tục phải dẹp.";
    assert_eq!(names_of(text), ["Dương Tuấn Anh"]);
    assert_eq!(
        roles_of(text, "Dương Tuấn Anh"),
        ["Chủ tịch UBND phường Phạm Đình Hổ"]
    );
    // general-10k, baomoi-22558608.
    let text = "Ông Trương Minh Nghĩa - Chủ tịch xã Ninh Xá xác nhận sự việc và cho biết, sau khi nhận được thông tin vụ việc ông Nghĩa cùng cán bộ xã đã có mặt tại gia đình ông H.";
    assert!(!names_of(text).contains(&"Ninh Xá".to_string()));
    // general-10k, baomoi-22600080: "ông xã" (husband), a person after it.
    let text = "Chị và ông xã Hoàng Công Phước gặp nhau khi chị được mời làm MC cho chương trình mà anh làm giám đốc sản xuất.";
    assert_eq!(names_of(text), ["Hoàng Công Phước"]);
}

#[test]
fn a_provinces_youth_union_committee_is_no_person() {
    // labour.jsonl, baomoi-22336442: "Đoàn Quảng Ninh" took the role.
    let text = "Trao đổi với Tiền Phong, chị Nguyễn Thị Thu Hà, cựu Bí thư Tỉnh Đoàn Quảng Ninh (vừa chuyển về làm Bí thư Huyện ủy Đầm Hà), nói: \"Với Vương hay Hoàn đều là những tấm gương\".";
    assert_eq!(names_of(text), ["Nguyễn Thị Thu Hà"]);
    assert!(roles_of(text, "Nguyễn Thị Thu Hà")
        .contains(&"cựu Bí thư Tỉnh Đoàn Quảng Ninh".to_string()));
}

#[test]
fn a_company_after_a_role_is_no_foreign_person() {
    // general-10k, dantri-news_tech_020.
    let text = "Ông Nguyễn Thành Nhương, Phó Tổng giám đốc Viettel Telecom cho biết: \"Kỷ nguyên máy tính đã qua rồi, tất cả phải di động hóa\".";
    assert_eq!(names_of(text), ["Nguyễn Thành Nhương"]);
    assert_eq!(
        roles_of(text, "Nguyễn Thành Nhương"),
        ["Phó Tổng giám đốc Viettel Telecom"]
    );
    // general-10k, baomoi-21490963.
    let text = "Ông Dominic Scriven, chủ tịch Dragon Capital, quỹ đầu tư thành lập từ năm 1994 tại Việt Nam, đi xuyên qua các cơn sóng kinh tế.";
    assert_eq!(
        roles_of(text, "Dominic Scriven"),
        ["chủ tịch Dragon Capital"]
    );
}

#[test]
fn a_district_after_its_level_word_is_no_person() {
    // general-10k, baomoi-22523805: a district named after a hero.
    let text = "Các chuyên gia hải dương học đã xác định nguyên nhân khiến cá bớp nuôi lồng bị chết hàng loạt ở Hòn Chuối, thị trấn Sông Đốc, huyện Trần Văn Thời, trong hai ngày qua.";
    assert!(names_of(text).is_empty());
    // A longer name is a person's: the district's name is not all of it.
    let text = "Sự việc xảy ra ở huyện Trần Văn Thời.";
    let start = text.find("Trần").unwrap_or_default();
    assert!(names::district_after_level(
        text,
        start,
        start + "Trần Văn Thời".len()
    ));
    assert!(!names::district_after_level(
        text,
        start,
        start + "Trần Văn".len()
    ));
}

#[test]
fn the_leaders_word_after_a_name_is_its_role() {
    // labour.jsonl, baomoi-22557537.
    let text = "Chia sẻ với PV, ông Lương Văn Quý - lãnh đạo Cty Điện lực Hai Bà Trưng - cho biết, sự việc trên xảy ra tại văn phòng đội Quản lý điện 3.";
    assert_eq!(
        roles_of(text, "Lương Văn Quý"),
        ["lãnh đạo Cty Điện lực Hai Bà Trưng"]
    );
    // general-10k, baomoi-22693367 (shortened).
    let text = "Sắc lệnh còn sa thải ông Sergei Kadalov, lãnh đạo phòng giám sát và ngăn ngừa thuộc Bộ Tình trạng Khẩn cấp.";
    assert_eq!(
        roles_of(text, "Sergei Kadalov"),
        ["lãnh đạo phòng giám sát và ngăn ngừa thuộc Bộ Tình trạng Khẩn cấp"]
    );
}

#[test]
fn the_leaders_word_of_a_list_a_group_or_a_place_is_no_role() {
    // general-10k, baomoi-22651398: the next item of a list of "ROLE NAME".
    let text = "Thủ tướng Nguyễn Xuân Phúc, Phó Thủ tướng Vũ Đức Đam, lãnh đạo một số bộ, ban, ngành và thành phố Hà Nội; đại diện Sở Y tế đã tham dự.";
    assert_eq!(roles_of(text, "Vũ Đức Đam"), ["Phó Thủ tướng"]);
    // general-10k, baomoi-22751081: the leadership of several bodies.
    let text = "Theo ông Trần Đức Phấn, lãnh đạo các đơn vị Hà Nội, TP.HCM đóng góp nhiều quân, nên cần có lãnh đạo đôn đốc, động viên.";
    assert!(roles_of(text, "Trần Đức Phấn").is_empty());
    // general-10k, baomoi-22565385: no role of the name after it.
    let text = "Thay mặt Ban cán sự Đảng, Lãnh đạo Bộ Tài chính, Thứ trưởng Vũ Thị Mai đã gửi lời chúc mừng nồng nhiệt nhất.";
    assert_eq!(roles_of(text, "Vũ Thị Mai"), ["Thứ trưởng"]);
    // general-10k, baomoi-22687565: a building's name, no person.
    let text = "Về sự cố cháy khi đó tại CT4 Xa La, lãnh đạo Sở Cảnh sát Phòng cháy chữa cháy Hà Nội cho biết, chủ đầu tư phớt lờ nhiều yêu cầu phòng cháy.";
    assert!(names_of(text).is_empty());
}
