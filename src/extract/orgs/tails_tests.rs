//! Tests of stop 22's lower-case name tails: lead words kept as written in the canonical
//! name (`org_lead_case.tsv`), lower-case "Ban quản lý" and school heads (`org_heads.tsv`)
//! and "Khu kinh" + "tế" (`org_continuations.tsv`). Every sentence is a real one from
//! `../shared/corpus-real` (its article id given), none from a gold file.

use super::named_tests::{assert_mention, canonicals, pairs};

#[test]
fn lower_case_lead_words_stay_as_written() {
    // labour baomoi-22257763
    let text = "Qua 9 năm hoạt động, Trung tâm dạy nghề Minh Trang đã tổ chức được 35 lớp thêu và khâu chăn bông xuất khẩu.";
    assert_eq!(
        canonicals(text),
        pairs(&[(
            "Trung tâm dạy nghề Minh Trang",
            "Trung tâm dạy nghề Minh Trang"
        )])
    );
    // general-10k baomoi-22330175
    let text = "Năm 1910, Công ty Rượu Đông Dương thành lập năm nhà máy, trong đó Nhà máy rượu Bình Tây là nhà máy có công suất lớn nhất.";
    assert_mention(text, "Nhà máy rượu Bình Tây", "Nhà máy rượu Bình Tây");
}

#[test]
fn a_lead_the_corpus_writes_capitalized_is_capitalized() {
    // labour baomoi-21471117
    let text = "Định nhóm máy ABO đề nghị thanh toán quá số lần quy định 564 triệu đồng (tại Bệnh viện Nhi và Bệnh viện đa khoa tỉnh Thái Bình).";
    assert_mention(
        text,
        "Bệnh viện đa khoa tỉnh Thái Bình",
        "Bệnh viện Đa khoa tỉnh Thái Bình",
    );
}

#[test]
fn lower_case_school_and_management_board_heads_read_their_names() {
    // general-10k baomoi-21493077
    let text = "Bà Nguyễn Thanh Tịnh, Phó trưởng phòng Giáo dục Đào tạo quận Cầu Giấy, đơn vị quản lý trực tiếp Trường tiểu học Nam Trung Yên (nơi xảy ra vụ tai nạn), cho biết.";
    assert_mention(
        text,
        "Trường tiểu học Nam Trung Yên",
        "Trường tiểu học Nam Trung Yên",
    );
    // general-10k baomoi-22471469
    let text = "TAND H.Nhơn Trạch đã đưa ra xét xử vụ án đối với 5 bảo vệ thuộc Ban quản lý rừng phòng hộ Long Thành có hành vi phá hủy chòi nuôi tôm.";
    assert_mention(
        text,
        "Ban quản lý rừng phòng hộ Long Thành",
        "Ban quản lý rừng phòng hộ Long Thành",
    );
    // A lower-case head before no name is no mention.
    let text = "Ban quản lý cho biết sẽ kiểm tra lại.";
    assert!(canonicals(text).is_empty());
}

#[test]
fn an_economic_zone_board_is_not_cut_after_khu_kinh() {
    // general-10k baomoi-22284322
    let text = "Dự án Cảng Tổng hợp quốc tế Nghi Sơn trên cơ sở Giấy chứng nhận đầu tư số: 4584006853 do Ban quản lý Khu kinh tế Nghi Sơn cấp ngày 4/9/2015.";
    assert_mention(
        text,
        "Ban quản lý Khu kinh tế Nghi Sơn",
        "Ban quản lý Khu kinh tế Nghi Sơn",
    );
}

#[test]
fn a_lead_may_end_at_the_units_number() {
    // general-10k baomoi-22708608
    let text = "Công ty cổ phần Licogi 14 là đơn vị thành viên của Tổng Công ty cơ giới Licogi, tiền thân là Xí nghiệp thi công cơ giới số 14 được thành lập năm 1982.";
    assert_mention(
        text,
        "Xí nghiệp thi công cơ giới số 14",
        "Xí nghiệp thi công cơ giới số 14",
    );
    // "chuyển đổi số" is no unit number: no name without a capitalized word or a number.
    let text = "Trung tâm chuyển đổi số cho biết sẽ mở rộng.";
    assert!(canonicals(text).is_empty());
}

#[test]
fn du_phong_goes_on_with_a_lead() {
    // general-10k baomoi-22300320
    let text = "Hiện, Sở Y tế TP.HCM và Trung tâm y tế dự phòng huyện Hóc Môn đã vào cuộc làm rõ nguyên nhân vụ việc.";
    assert_mention(
        text,
        "Trung tâm y tế dự phòng huyện Hóc Môn",
        "Trung tâm Y tế dự phòng huyện Hóc Môn",
    );
}
