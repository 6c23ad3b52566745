//! Tests of the inspectorates ("Thanh tra") and the full names of stop 23 (`inspectorate.rs`,
//! `org_heads.tsv`, `org_names.tsv`). Every sentence is a real one from
//! `../shared/corpus-real` (its article id given), none from a gold file.

use super::named_tests::{assert_mention, canonicals};

#[test]
fn inspectorate_of_an_office_with_its_place() {
    // baomoi-22489990
    let text = "trao đổi với báo Đất Việt, ông Nguyễn Đình Hạnh - Chánh Thanh tra Sở Y tế Thanh Hóa khẳng định cả Phó giám đốc và nữ điều dưỡng đều bị xử lý.";
    assert_mention(
        text,
        "Thanh tra Sở Y tế Thanh Hóa",
        "Thanh tra Sở Y tế tỉnh Thanh Hóa",
    );
    // baomoi-21485905: an abbreviated ministry.
    let text = "Theo kết luận của Thanh tra Bộ GD-ĐT, năm 2015, Trường ĐH Tân Tạo đã tự xác định 500 chỉ tiêu tuyển sinh hệ ĐH chính quy.";
    assert_mention(
        text,
        "Thanh tra Bộ GD-ĐT",
        "Thanh tra Bộ Giáo dục và Đào tạo",
    );
}

#[test]
fn inspectorate_of_a_place_and_of_the_government() {
    // baomoi-22536379
    let text = "Đây là kết luận số 06/KL-TTr của Thanh tra tỉnh Gia Lai. Ngoài ra, Thanh tra tỉnh còn phát hiện gần 2,5 tỷ đồng nguồn kinh phí phục vụ công tác trồng,";
    assert_mention(text, "Thanh tra tỉnh Gia Lai", "Thanh tra tỉnh Gia Lai");
    assert_mention(text, "Thanh tra tỉnh", "Thanh tra tỉnh Gia Lai");
    // baomoi-22574078: not "Chính phủ Việt Nam".
    let text = "Thanh tra Chính phủ khẳng định HĐQT và tổng giám đốc PVTEX đã phê duyệt dự án,";
    assert_eq!(
        canonicals(text),
        vec![(
            "Thanh tra Chính phủ".to_string(),
            "Thanh tra Chính phủ".to_string()
        )]
    );
}

#[test]
fn bare_inspectorate_takes_the_full_name_the_article_gives() {
    // baomoi-21766374 (two of its sentences)
    let text = "Thanh tra Sở Y tế TP.HCM cho biết mức độ vi phạm trong các phòng khám Trung Quốc rất nhiều. Thanh tra Sở Y tế cũng sẽ xem xét trách nhiệm chuyên môn của từng bác sĩ trong PKTQ";
    assert_mention(
        text,
        "Thanh tra Sở Y tế",
        "Thanh tra Sở Y tế Thành phố Hồ Chí Minh",
    );
}

#[test]
fn thanh_tra_before_no_inspectorate_name_is_none() {
    for text in [
        // baomoi-22577042: inspectors, a group of people.
        "Nhóm Thanh tra giao thông Cần Thơ bị cáo buộc móc nối với \"cò\" nhận 4,1 tỷ đồng trong đường dây bảo kê xe tải lớn nhất miền Tây.",
        // baomoi-21469908: the post and a person's name.
        "Tuy nhiên, theo Chánh Thanh tra Nguyễn Văn Dương, trên thực tế, hoạt động xây dựng tại Thái Nguyên vẫn còn nhiều bất cập,",
        // baomoi-22565645: which ministry's is not written.
        "Thanh tra Bộ đã phát hiện nhiều vụ việc đăng ký thông tin giả và kích hoạt sẵn SIM,",
        // baomoi-22698096: a level word with no place.
        "Thanh tra TP cho biết, việc tháng 2/2017, một số công dân tự ý tổ chức đo đạc, phân lô trên phần diện tích đất",
    ] {
        assert!(
            !canonicals(text).iter().any(|(s, _)| s.starts_with("Thanh tra")),
            "{text}: {:?}",
            canonicals(text)
        );
    }
}

#[test]
fn full_names_of_the_chamber_of_commerce_and_the_news_agency() {
    // baomoi-22280912
    let text = "Ngày 15/5, Phòng Thương mại và Công nghiệp Việt Nam (VCCI) vừa có văn bản báo cáo Chính phủ việc thực hiện Nghị quyết 35/NQ-CP";
    assert_mention(
        text,
        "Phòng Thương mại và Công nghiệp Việt Nam",
        "Phòng Thương mại và Công nghiệp Việt Nam",
    );
    // baomoi-22738267
    let text = "Theo đó, Báo Nhân dân, Thông tấn xã Việt Nam, Đài Tiếng nói Việt Nam, Đài Truyền hình Việt Nam sẽ phối hợp với tỉnh Quảng Ninh";
    assert_mention(text, "Thông tấn xã Việt Nam", "Thông tấn xã Việt Nam");
}

#[test]
fn vietnamese_military_commands_by_their_name() {
    // baomoi-22736736
    let text = "Trước đó, từ ngày 6-7 đến nay, Bộ Tư lệnh Quân khu 7 và Bộ Tư lệnh TP HCM đã phối hợp tìm kiếm hài cốt các liệt sĩ";
    assert_mention(text, "Bộ Tư lệnh Quân khu 7", "Bộ Tư lệnh Quân khu 7");
    assert_mention(
        text,
        "Bộ Tư lệnh TP HCM",
        "Bộ Tư lệnh Thành phố Hồ Chí Minh",
    );
    // baomoi-22334250: another country's command is no Vietnamese one; since stop 24
    // (country.rs, `foreign_ministry`) it is read as written with its country.
    let text = "Bộ Tư lệnh Thái Bình Dương của Mỹ cho biết, loại tên lửa Triều Tiên vừa phóng";
    assert_eq!(
        canonicals(text),
        vec![(
            "Bộ Tư lệnh Thái Bình Dương của Mỹ".to_string(),
            "Bộ Tư lệnh Thái Bình Dương của Mỹ".to_string()
        )]
    );
}
