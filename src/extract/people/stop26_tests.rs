//! Stop 26: a corpus audit of people and roles. Each test on a real sentence of corpus-real
//! (labour.jsonl or general-10k, none from the gold files' texts).

use super::stop19b_tests::roles_of;

#[test]
fn a_role_takes_the_glued_abbreviation_its_organization_cuts() {
    // labour.jsonl, baomoi-22600147: the role ended "… Môi trường đô thị TP" (the company's
    // span stops at "TP").
    let text = "“Sau vụ bị một ông say xỉn móc dao dọa đâm, tôi vừa quét rác vừa phập phồng lo sợ” - anh Lê Hoàng Vững (49 tuổi), công nhân Xí nghiệp Vận chuyển số 1 thuộc Công ty TNHH MTV Môi trường đô thị TP.HCM, kể.";
    assert_eq!(
        roles_of(text, "Lê Hoàng Vững"),
        ["công nhân Xí nghiệp Vận chuyển số 1 thuộc Công ty TNHH MTV Môi trường đô thị TP.HCM"]
    );
}

#[test]
fn a_sentence_after_a_glued_full_stop_is_not_taken() {
    // The same sentence with the space after a full stop left out (a typo the corpus has
    // elsewhere): "TP.Ông" is no abbreviation, the role takes no "Ông".
    let text = "“Sau vụ bị một ông say xỉn móc dao dọa đâm, tôi vừa quét rác vừa phập phồng lo sợ” - anh Lê Hoàng Vững (49 tuổi), công nhân Xí nghiệp Vận chuyển số 1 thuộc Công ty TNHH MTV Môi trường đô thị TP.Ông kể.";
    assert!(roles_of(text, "Lê Hoàng Vững")
        .iter()
        .all(|r| !r.contains("Ông")));
}

#[test]
fn a_glued_abbreviation_ends_the_organization() {
    // general-10k, baomoi-22581643: a caption without its full stop; the role read on into
    // "Người" of the next sentence once it took ".HCM".
    let text = "Bác sĩ Dương Bích Thủy, Phó trưởng khoa Cấp cứu - Hồi sức tích cực - Chống độc người lớn, Bệnh viện Bệnh Nhiệt đới TP.HCM Người nhà bệnh nhân cho biết: Khoảng một tháng trước, bệnh nhân bị một con chó con do nhà nuôi cào xước chân.";
    // "Bác sĩ" before the name is her other role (read so before stop 26 too).
    assert_eq!(
        roles_of(text, "Dương Bích Thủy"),
        ["Bác sĩ", "Phó trưởng khoa Cấp cứu - Hồi sức tích cực - Chống độc người lớn, Bệnh viện Bệnh Nhiệt đới TP.HCM"]
    );
}

#[test]
fn quyen_of_chinh_quyen_is_no_acting_holder() {
    // general-10k, baomoi-22645120: the role was "quyền Tổng thống" (acting president);
    // "chính quyền" is the administration.
    let text = "Chính quyền Tổng thống Donald Trump đang xem xét lại thỏa thuận hạt nhân, ký dưới thời ông Barack Obama.";
    assert_eq!(roles_of(text, "Donald Trump"), ["Tổng thống"]);
}

#[test]
fn the_dash_before_the_name_is_no_word_of_the_role() {
    // general-10k, baomoi-21508960: the role was "Chủ tịch UBND TP Hà Nội -".
    let text = "Ngày 9/1, Chủ tịch UBND TP Hà Nội - Nguyễn Đức Chung cho rằng, loa phường đã hoàn thành sứ mệnh.";
    assert_eq!(
        roles_of(text, "Nguyễn Đức Chung"),
        ["Chủ tịch UBND TP Hà Nội"]
    );
}

#[test]
fn a_role_ends_before_and_and_the_next_persons_name() {
    // labour.jsonl, baomoi-22540513: Đỗ's role was "Phó chủ tịch UBND xã và Phạm Hữu Toán".
    let text = "Do có sự quen biết nên khi Giang nhờ công chứng và chứng thực cho các bản giấy khai sinh, Phạm Hữu Đỗ, Phó chủ tịch UBND xã và Phạm Hữu Toán, cán bộ tư pháp xã Phượng Hoàng (huyện Thanh Hà) đã không thẩm tra, bỏ qua các nguyên tắc như: Không đối chiếu bản sao giấy khai sinh với bản chính, không lưu trữ, không vào sổ, không thu lệ phí..., nên giúp các đối tượng chứng thực 32 giấy khai sinh khống.";
    assert_eq!(roles_of(text, "Phạm Hữu Đỗ"), ["Phó chủ tịch UBND xã"]);
    // general-10k, baomoi-22342870: a bare role before "và" and the next name.
    let text = "Trong số 9 bị can bị truy tố có các ông Hoàng Thế Trung, nguyên Giám đốc và Nguyễn Văn Khải, nguyên Phó giám đốc Ban quản lý dự án đầu tư xây dựng hệ thống cấp nước Sông Đà – Hà Nội (Ban QLDA); Trần Cao Bằng, nguyên Giám đốc và Vũ Thanh Hải, nguyên Phó giám đốc Công ty cổ phần ống sợi thủy tinh Vinaconex; Đỗ Đình Trì, nguyên Trưởng đoàn tư vấn giám sát của Công ty cổ phần nước và môi trường Việt Nam – Bộ Xây dựng.";
    assert_eq!(roles_of(text, "Hoàng Thế Trung"), ["nguyên Giám đốc"]);
}

#[test]
fn the_lower_case_words_before_and_a_name_are_the_roles() {
    // general-10k, baomoi-22512495: the role ran on to "… hạ lưu và Trần".
    let text = "Trong quá trình làm ăn, Phương quen biết với anh Ngô Thành Sơn (SN 1980), Chủ tịch HĐQT Công ty Trục vớt luồng hạ lưu và Trần Anh Thuận, Phó giám đốc Công ty CP Xuất nhập khẩu và vận tải Khánh Nguyên.";
    assert_eq!(
        roles_of(text, "Ngô Thành Sơn"),
        ["Chủ tịch HĐQT Công ty Trục vớt luồng hạ lưu"]
    );
}
