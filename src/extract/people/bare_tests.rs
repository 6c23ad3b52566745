//! Tests of `bare.rs`: full names written without a title, role or verb of saying
//! (sentences from corpus-real: labour.jsonl and general-10k.jsonl.gz).

use super::*;
use crate::extract::Document;

fn names(text: &str) -> Vec<String> {
    let orgs = crate::extract::orgs::find(&Document::from_text(text));
    find(text, &orgs).0.into_iter().map(|p| p.text).collect()
}

#[test]
fn a_middle_name_makes_a_bare_name_a_person() {
    // general-10k baomoi-22563516.
    let text =
        "Khi đi đến phố Nguyễn Hữu Huân, Diệp đã gọi chồng là Nguyễn Đức Cường đi tìm chị Thanh.";
    assert_eq!(names(text), ["Nguyễn Đức Cường", "Thanh"]);
    // general-10k baomoi-22414820.
    let text = "Số tiền có được từ heroin, các đối tượng này giao lại cho Nguyễn Thị Hương là người chung sống như vợ chồng.";
    assert_eq!(names(text), ["Nguyễn Thị Hương"]);
}

#[test]
fn a_noun_of_a_person_makes_a_bare_name_a_person() {
    // corpus-real: "Cử tri Phạm Thị Thư", "ĐBQH Lê Thu Hà (Lào Cai)".
    let text =
        "Cử tri Phạm Thị Thư phản ánh việc này. Theo ĐBQH Lê Thu Hà (Lào Cai), cần sửa luật.";
    assert_eq!(names(text), ["Phạm Thị Thư", "Lê Thu Hà"]);
    // A parenthesis after a name near the text's end is no byline's source.
    assert_eq!(
        names("Theo ĐBQH Lê Thu Hà (Lào Cai), cần sửa."),
        ["Lê Thu Hà"]
    );
    // general-10k: "nữ đại gia Trương Mỹ Lan".
    assert_eq!(
        names("Bà chủ là nữ đại gia Trương Mỹ Lan, chủ tịch tập đoàn."),
        ["Trương Mỹ Lan"]
    );
    // A place after the noun is no person ("cử tri Hà Nội").
    assert!(names("Cử tri Hà Nội kiến nghị.").is_empty());
    // Nor a country (general-10k baomoi-22755116).
    let found = names("Bị cáo tên là Stefan Struik, 54 tuổi, công dân Hà Lan, cũng bị xử.");
    assert_eq!(found, ["Stefan Struik"]);
}

#[test]
fn streets_bylines_and_credits_stay_out() {
    // general-10k baomoi-22322605: a junction of two streets.
    let text =
        "Ở bãi giữ xe tại góc đường Nguyễn Du - Tôn Đức Thắng (P.Bến Nghé) hàng trăm xe máy.";
    assert!(names(text).is_empty());
    // general-10k baomoi-22730057: streets of a list after "các tuyến đường", a credit.
    let text = "Dự án nối đến các tuyến đường Mai Chí Thọ, Đồng Văn Cống, Nguyễn Thị Định. Ảnh: Lê Văn Quân. Dịp này, Bí thư nói.";
    assert!(names(text).is_empty());
    // A byline alone on its line, and a line of names.
    assert!(names("Công nhân được hỗ trợ.\nNguyễn Văn Hải\nTrần Thị Hoa - Lê Văn Nam").is_empty());
    // A byline closing the text (general-10k baomoi-22559001).
    assert!(
        names("Điều này sẽ làm thay đổi cân bằng hạt nhân hiện nay. Đặng Phương Thảo -").is_empty()
    );
    // Bylines closing labour.jsonl articles, and a house number before a street.
    assert!(names("Các cụm thi đua đã ký giao ước. Chu Thanh Vân (TTXVN)").is_empty());
    assert!(names("Công nhân bầu cho Trump. Vũ Quang Việt/Thời báo Kinh tế Sài Gòn").is_empty());
    let text = "Bệnh nhân đã khai địa chỉ 13G Nguyễn Thị Tần, phường 2, quận 8, TPHCM.";
    assert!(names(text).is_empty());
    // A football club named with its province.
    assert!(names("Trận đấu giữa Hoàng Anh Gia Lai và Hà Nội kết thúc.").is_empty());
}

#[test]
fn a_role_after_a_dash_does_not_make_a_street() {
    // The dash rule stops streets, not "NAME- ROLE" (labour.jsonl, "Nguyễn Bá Châu- Chánh
    // văn phòng"): a middle-named name before a role word stays a person's.
    let found = names("Dự có Nguyễn Văn Châu - Chánh văn phòng UBND tỉnh.");
    assert_eq!(found, ["Nguyễn Văn Châu"]);
}

#[test]
fn a_shortened_name_of_a_person_found_is_no_new_person() {
    // real-dev baomoi-22322349's wording: the first words of a name already found.
    let text = "Họ gặp bà Lê Thị Bình Phương tại công ty. Kết luận chưa đủ căn cứ xác định Lê Thị Bình (tức bà Lê Thị Bình Phương - PV) có hành vi lừa đảo.";
    assert_eq!(names(text), ["Lê Thị Bình Phương"]);
}

#[test]
fn a_name_read_bare_ends_before_a_clause_opening_pair() {
    // labour.jsonl baomoi-22336442 and baomoi-21471018: captions run into the text.
    let text = "Có công ăn việc làm ổn định ngay tại quê nhà\". Bạn Phạm Văn Vương Trao đổi với Tiền Phong, chị Hoa cho biết.";
    assert_eq!(names(text)[0], "Phạm Văn Vương");
    let text = "Doanh nhân Phạm Minh Trí Cộng hòa Ghana được coi là cái nôi của xe.";
    assert_eq!(names(text), ["Phạm Minh Trí"]);
}
