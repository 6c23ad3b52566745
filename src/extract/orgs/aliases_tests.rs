//! Tests of the short names in parentheses (`aliases.rs`). Every sentence is a real one from
//! `../shared/corpus-real` (its article id given), none from a gold file.

use super::named_tests::{canonicals, pairs};

#[test]
fn a_short_name_in_parentheses_names_the_organization_wherever_the_article_uses_it() {
    // baomoi-22554005
    let text = "Theo Đề án tổng thể sắp xếp, tái cơ cấu doanh nghiệp thuộc Tập đoàn Điện lực Việt Nam (EVN) giai đoạn 2017 - 2020 vừa được Thủ tướng Chính phủ phê duyệt. Cụ thể theo đề án, EVN vẫn sẽ tiếp tục là công ty trách nhiệm hữu hạn một thành viên do Nhà nước nắm giữ 100% vốn điều lệ.";
    assert_eq!(
        canonicals(text),
        pairs(&[
            ("Tập đoàn Điện lực Việt Nam", "Tập đoàn Điện lực Việt Nam"),
            ("Chính phủ", "Chính phủ Việt Nam"),
            ("EVN", "Tập đoàn Điện lực Việt Nam"),
        ])
    );
}

#[test]
fn a_brand_of_a_corporation_counts_before_its_definition_too() {
    // baomoi-22569775: its lead, then the sentence that gives the full name
    let text = "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ yêu cầu Vinatex tháo gỡ 6 nội dung theo chỉ đạo của Thủ tướng.\nSáng 20-6, Tổ công tác của Thủ tướng do Bộ trưởng, Chủ nhiệm VPCP Mai Tiến Dũng làm trưởng đoàn đã kiểm tra Tập đoàn Dệt may Việt Nam (Vinatex) về tình hình thực hiện các nhiệm vụ do Chính phủ, Thủ tướng giao và giải pháp đẩy mạnh sản xuất, kinh doanh.";
    let found = canonicals(text);
    assert!(found.contains(&(
        "Vinatex".to_string(),
        "Tập đoàn Dệt may Việt Nam".to_string()
    )));
    assert!(found.contains(&(
        "Tập đoàn Dệt may Việt Nam".to_string(),
        "Tập đoàn Dệt may Việt Nam".to_string()
    )));
    assert_eq!(found.iter().filter(|(s, _)| s == "Vinatex").count(), 1);
}

#[test]
fn a_country_a_term_or_an_abbreviation_of_other_words_is_no_short_name() {
    // baomoi-21480156: a country after a corporation (three letters: no brand)
    let text = "Tập đoàn HSBC (Anh) đang tham gia cố vấn Chính phủ UAE trong các cuộc đàm phán và thỏa thuận tài chính này dự kiến được ký trong vài tuần tới, Bloomberg dẫn nguồn tin giấu tên cho biết.";
    assert_eq!(
        canonicals(text).first(),
        Some(&("Tập đoàn HSBC".to_string(), "Tập đoàn HSBC".to_string()))
    );
    // baomoi-22370802: a term's number
    let text = "Tại Hội nghị, Thượng tướng Lê Quý Vương, Thứ trưởng Bộ Công an quán triệt Chỉ thị số 12, ngày 5/1/2017 của Bộ Chính trị (Khóa XII) về \"Tăng cường sự lãnh đạo của Đảng đối với công tác đảm bảo an ninh kinh tế\".";
    assert!(canonicals(text).contains(&("Bộ Chính trị".to_string(), "Bộ Chính trị".to_string())));
    // baomoi-22533420: "ĐBQH" abbreviates the delegates, not the National Assembly
    let text = "Có đến gần 60 đại biểu Quốc hội (ĐBQH) đăng ký chất vấn Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến tại phiên chất vấn của QH ngày 14-6.";
    assert!(canonicals(text)
        .iter()
        .all(|(surface, _)| !surface.contains("ĐBQH")));
}

#[test]
fn an_abbreviation_of_a_type_of_organization_before_a_place_is_no_short_name() {
    // baomoi-22487200
    let text = "Một sự thật vừa được hé lộ, hệ thống lọc nước chạy thận RO số 2 của Bệnh viện Đa khoa (BVĐK) tỉnh Hòa Bình sau khi Công ty Thiên Sơn sửa chữa chưa hề được kiểm định chất lượng nguồn nước song đã đem vào sử dụng lọc máu cho bệnh nhân. Ngày 8.6, ông Trần Quang Khánh - Giám đốc Sở Y tế tỉnh Hòa Bình cho biết, khi tham gia đấu thầu, Công ty Thiết bị Y tế Thiên Sơn (Công ty Thiên Sơn) trúng thầu dịch lọc và vật tư tiêu hao, cung cấp cho BVĐK tỉnh Hòa Bình, BVĐK thành phố Hòa Bình và BVĐK Mai Châu.";
    let found = canonicals(text);
    assert!(found
        .iter()
        .all(|(surface, _)| !surface.starts_with("BVĐK")));
}

// Tests of the name grammar's session-14 rows (`named.rs`), kept here beside the other
// session-14 tests: the files of the older rows are near their size limit.

#[test]
fn va_between_two_capitalized_parts_keeps_the_name_going() {
    // labour baomoi-22251981
    let text = "Ông Đào Quang Vinh, Viện trưởng Viện Khoa học Lao động và Xã hội, Bộ Lao động, Thương binh và Xã hội cho rằng: An sinh xã hội là một khoản đầu tư vào con người và vào phát triển kinh tế - xã hội lâu dài.";
    assert!(canonicals(text)
        .iter()
        .any(|(s, _)| s.starts_with("Viện Khoa học Lao động và Xã hội")));
    // baomoi-22434578
    let text = "Buổi chiều cùng ngày, Chủ nhiệm Ủy ban Quốc phòng và An ninh của Quốc hội Võ Trọng Việt trình bày Báo cáo giải trình, tiếp thu, chỉnh lý dự án Luật Quản lý, sử dụng, vũ khí, vật liệu nổ và công cụ hỗ trợ.";
    assert!(canonicals(text)
        .iter()
        .any(|(s, _)| s.starts_with("Ủy ban Quốc phòng và An ninh")));
}

#[test]
fn vn_after_lower_case_words_is_the_country_of_the_name() {
    // baomoi-22644402 (a labour.jsonl article of the session's hand sample, in no gold file)
    let text = "Nhắc lại câu chuyện hàng loạt BV tư nhân xin xuống hạng thời gian qua, ông Nguyễn Văn Đệ, Chủ tịch Hiệp Hội Y tế tư nhân VN, Chủ tịch HĐQT BV Hợp Lực (Thanh Hóa) tâm tư: “Tôi không dám xin xuống hạng, chịu khổ đấy!”.";
    let found = canonicals(text);
    assert!(found.contains(&(
        "Hiệp Hội Y tế tư nhân VN".to_string(),
        "Hiệp hội Y tế tư nhân Việt Nam".to_string()
    )));
    assert!(found.contains(&("BV Hợp Lực".to_string(), "Bệnh viện Hợp Lực".to_string())));
}

#[test]
fn bv_is_a_hospital_with_its_lower_case_leading_words() {
    // baomoi-22596718, baomoi-22756534
    let text = "Ngày 23-6, BS CK1 Phạm Ngọc Anh, Khoa Ngoại lồng ngực mạch máu, BV Trưng Vương cho biết, BV vừa cấp cứu thành công cho nữ bệnh nhân N.T.K, 81 tuổi, ngụ tại Tân Bình, TP.HCM bị vỡ túi phình động mạch não nghiêm trọng. Đặc biệt, BV đa khoa Sài Gòn mới được bố trí trên khu đất có diện tích 10.000 m 2 tại giao lộ Nguyễn Trãi - Cống Quỳnh với tổng diện tích sàn 26.000 m 2 , có quy mô 300 giường bệnh.";
    let found = canonicals(text);
    assert!(found
        .iter()
        .any(|(s, c)| s.ends_with("BV Trưng Vương") && c.ends_with("Bệnh viện Trưng Vương")));
    assert!(found.contains(&(
        "BV đa khoa Sài Gòn".to_string(),
        "Bệnh viện Đa khoa Sài Gòn".to_string()
    )));
}

#[test]
fn a_proper_name_that_ends_the_phrase_after_lower_case_words_ends_the_name() {
    // labour baomoi-22289000: the name, then its short name in parentheses
    let text = "Theo khảo sát của Tổ chức Xúc tiến thương mại Nhật Bản (Jetro), Việt Nam tiếp tục là địa điểm đầu tư quan trọng của doanh nghiệp Nhật Bản đang hoạt động tại Việt Nam, với trên 66% doanh nghiệp có xu hướng “mở rộng hoạt động kinh doanh” tại Việt Nam.";
    assert_eq!(
        canonicals(text).first(),
        Some(&(
            "Tổ chức Xúc tiến thương mại Nhật Bản".to_string(),
            "Tổ chức Xúc tiến thương mại Nhật Bản".to_string()
        ))
    );
    // baomoi-22628299
    let text = "Tiến sĩ Parveen Bhatti, Trung tâm Nghiên cứu ung thư Fred Hutchinson (Seattle, Washington, Mỹ), cho biết nếu thức giấc vào ban đêm, cơ thể sẽ \"giảm khả năng sửa chữa những hư hại mô ADN\".";
    assert!(canonicals(text)
        .iter()
        .any(|(s, _)| s == "Trung tâm Nghiên cứu ung thư Fred Hutchinson"));
}
