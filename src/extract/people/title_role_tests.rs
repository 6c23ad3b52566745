//! Stop 20: a role joined to the title before the name by a dash or a space
//! (`title_role.rs`), each on a real sentence of corpus-real (labour.jsonl or general-10k,
//! none from the gold files' texts).

use super::stop19b_tests::roles_of;

#[test]
fn a_role_before_a_dash_and_a_title_is_the_names() {
    // general-10k, baomoi-21478126: the person had no role.
    let text = "Tổng Giám đốc Cty TNHH Thông Thuận - ông Trương Hữu Thông - cho rằng cần có quy hoạch nuôi tôm công nghệ cao trên ao bạt phù hợp cho nuôi tôm trên bãi cát, bởi hiện nay tiềm năng còn rất lớn.";
    assert_eq!(
        roles_of(text, "Trương Hữu Thông"),
        ["Tổng Giám đốc Cty TNHH Thông Thuận"]
    );
}

#[test]
fn a_role_before_a_title_and_the_name_is_the_names() {
    // general-10k, baomoi-22476925: the role was cut to "Thứ trưởng" (read elsewhere).
    let text = "Đánh giá về tình hình xuất khẩu sản phẩm chăn nuôi, Thứ trưởng Bộ NNPTNT ông Vũ Văn Tám cho rằng: \"Các sản phẩm chăn nuôi của chúng ta chưa đáp ứng được yêu cầu\".";
    assert_eq!(roles_of(text, "Vũ Văn Tám"), ["Thứ trưởng Bộ NNPTNT"]);
    // general-10k, baomoi-22222294: a military rank for a title, after a dash.
    let text = "Lúc 11h ngày 9.5, Trưởng phòng Tham mưu Công an tỉnh Gia Lai - trung tá Trần Ngọc Anh cho biết, cơ quan Cảnh sát điều tra đã chính thức khởi tố vụ án trong vụ tai nạn làm 13 người tử vong, 32 người bị thương tại Gia Lai.";
    assert_eq!(
        roles_of(text, "Trần Ngọc Anh"),
        ["Trưởng phòng Tham mưu Công an tỉnh Gia Lai", "trung tá"]
    );
    // labour.jsonl, baomoi-21487299: two titles, "PGS - TS", between the role and the name.
    let text = "Về công khai, minh bạch Quỹ BHXH, chuyên gia kinh tế PGS - TS Ngô Trí Long cho rằng người lao động phải có quyền được biết thông tin về BHXH.";
    assert_eq!(roles_of(text, "Ngô Trí Long"), ["chuyên gia kinh tế"]);
}

#[test]
fn inside_a_clause_the_role_must_end_with_a_name() {
    // general-10k, baomoi-22668311: after "với", a role that ends with a name.
    let text = "\"Tôi đã trao đổi với Tổng thư ký Liên đoàn bóng đá Malaysia - ông Dato Hamidin.";
    assert_eq!(
        roles_of(text, "Dato Hamidin"),
        ["Tổng thư ký Liên đoàn bóng đá Malaysia"]
    );
    // general-10k, baomoi-21494990: "và" before the role makes it one of two ("chủ tịch và
    // giám đốc điều hành"); baomoi-22349648: a lower-case tail is no name.
    let text = "Cho biết \"trên 104 triệu du khách đã có cơ hội ngắm Bố già và tìm hiểu về giống loài đặc trưng này trong tám thập kỷ\", chủ tịch và giám đốc điều hành của Shedd bà Bridget Coughlin nói thêm, Bố già đã khiến du khách ở các độ tuổi khác nhau thấy tò mò, phấn khích và kinh ngạc.";
    assert!(roles_of(text, "Bridget Coughlin").is_empty());
    let text = "Tối 23/5 (theo giờ Việt Nam), 194 thành viên của Tổ chức Y tế thế giới (WHO) sẽ tiến hành bỏ phiếu chọn Tổng Giám đốc mới thay thế bà Margaret Chan.";
    assert!(roles_of(text, "Margaret Chan").is_empty());
}

#[test]
fn a_role_that_stops_before_the_title_is_no_role_of_the_name() {
    // labour.jsonl, baomoi-22655498: "này" ends the organization part before the title.
    let text = "Cụ thể, 90 nhân viên Cục Nhập cư Malaysia do đích thân Tổng giám đốc Cục này ông Mustafar Ali đã đột kích vào nơi ở của công nhân thuộc hai nhà máy tại Kapar, quận Klang, bang Selangor.";
    assert!(roles_of(text, "Mustafar Ali").is_empty());
    // general-10k, baomoi-22626651: a name read before in the clause holds the role; the
    // rank before the name is his (stop 27).
    let text = "Giáo sư Nguyễn Gia Bình - Chủ tịch hội Hồi sức- Cấp cứu và Chống độc Việt Nam đã có ý kiến lên Bộ trưởng Bộ Công an Thượng tướng Tô Lâm về vụ việc bác sĩ Hoàng Công Lương bị bắt tạm giam.";
    assert_eq!(roles_of(text, "Tô Lâm"), ["Thượng tướng"]);
}
