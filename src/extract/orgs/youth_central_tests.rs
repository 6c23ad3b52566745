//! Tests of the State Treasury ("Kho bạc") and the Youth Union's Central Committee
//! ("Trung ương Đoàn") of stop 23's second round (`org_heads.tsv`, `youth_central.rs`).
//! Every sentence is a real one from `../shared/corpus-real` (its article id given), none
//! from a gold file.

use super::named_tests::{assert_mention, canonicals};

/// The canonical name of the Youth Union's Central Committee.
const CENTRAL: &str = "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh";

#[test]
fn treasury_national_and_with_its_place() {
    // baomoi-22359710: the national treasury.
    let text = "Bộ Tài chính đã yêu cầu Kho bạc Nhà nước không thanh toán tiếp vốn của dự án cho thành vì đã thanh toán vượt vốn ODA của năm 2016.";
    assert_mention(text, "Kho bạc Nhà nước", "Kho bạc Nhà nước");
    // baomoi-22300769: a city's branch.
    let text = "Sau đó, bà T cũng không nộp tiền phạt vào Kho bạc Nhà nước TP.HCM theo số tài khoản đã ghi rõ trong quyết định xử phạt.";
    assert_mention(
        text,
        "Kho bạc Nhà nước TP.HCM",
        "Kho bạc Nhà nước Thành phố Hồ Chí Minh",
    );
}

#[test]
fn treasury_of_a_bare_level_is_completed() {
    // baomoi-22516698
    let text = "Trước đó Phapluatplus.vn đã đưa tin, ngày 4/5 TAND tỉnh Bình Thuận thông qua Kho bạc Nhà nước tỉnh chuyển số tiền hơn 10 tỷ đồng vào tài khoản của người thân ông Huỳnh Văn Nén.";
    assert_mention(
        text,
        "Kho bạc Nhà nước tỉnh",
        "Kho bạc Nhà nước tỉnh Bình Thuận",
    );
}

#[test]
fn youth_central_committee_alone_and_with_the_full_name() {
    // baomoi-22263539
    let text = "Tối 13/5, tại Thành phố Hồ Chí Minh, Trung ương Đoàn TNCS Hồ Chí Minh tổ chức Lễ tuyên dương và trao giải thưởng Người thợ trẻ giỏi toàn quốc lần thứ VIII, tôn vinh 60 cá nhân tiêu biểu.";
    assert_mention(text, "Trung ương Đoàn TNCS Hồ Chí Minh", CENTRAL);
    // baomoi-22493930
    let text = "Hiện nay, Bộ GD-ĐT đang cùng Trung ương Đoàn thực hiện kế hoạch tăng cường môi trường an toàn cho học sinh trong phạm vi cả nhà nước.";
    assert_mention(text, "Trung ương Đoàn", CENTRAL);
}

#[test]
fn youth_central_committee_after_a_body_head() {
    // baomoi-22603624: an abbreviation between the body and the committee.
    let text = "Sáng 24/6, hội nghị Ban Chấp hành (BCH) Trung ương Đoàn lần thứ 11 (hội nghị 11) đã khai mạc tại TPHCM.";
    assert_mention(text, "Ban Chấp hành (BCH) Trung ương Đoàn", CENTRAL);
    // baomoi-22600362
    let text = "Đó là nhận xét của anh Lê Quốc Phong, Bí thư thứ nhất Trung ương Đoàn tại hội nghị Ban Thường vụ Trung ương Đoàn lần thứ 19 tổ chức ngày 23/6 tại TPHCM.";
    assert_mention(
        text,
        "Ban Thường vụ Trung ương Đoàn",
        "Ban Thường vụ Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    );
}

#[test]
fn youth_central_committee_as_a_parent_is_not_doubled() {
    // baomoi-22603624: not "Ban Bí thư Ban Chấp hành Trung ương Đoàn …".
    let text = "Ban Bí thư Trung ương Đoàn mong muốn các ý kiến góp ý cho dự thảo báo cáo chính trị tại Đại hội Đoàn toàn quốc lần thứ XI phải bám sát tình hình thanh niên,";
    assert!(canonicals(text).contains(&(
        "Ban Bí thư Trung ương Đoàn".to_string(),
        "Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh".to_string()
    )));
    // baomoi-22600362: the person's post "Bí thư Trung ương Đoàn" before it.
    let text = "Anh Nguyễn Long Hải, Bí thư Trung ương Đoàn, Chủ nhiệm Ủy ban Kiểm tra Trung ương Đoàn chủ trì.";
    assert_mention(
        text,
        "Ủy ban Kiểm tra Trung ương Đoàn",
        "Ủy ban Kiểm tra Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    );
}
