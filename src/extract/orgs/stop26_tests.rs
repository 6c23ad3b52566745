//! Tests of stop 26's organization classes (docs/RULES.md, "Stop 26 — organizations: a
//! recall audit of corpus sentences"): names and brands alone, "TCty", lower-case "bệnh
//! viện", a hospital named short. Every sentence is a real one from `../shared/corpus-real`
//! (its article id given), none from a gold file.

use super::named_tests::{assert_mention, canonicals};
use super::stop24_tests::assert_no_mention_from;

#[test]
fn the_assembly_and_its_standing_committee_written_short() {
    // labour.jsonl baomoi-22354076
    let text = "Tại cuộc họp báo chiều nay, trả lời báo chí về việc QH chưa thông qua việc tăng tuổi hưu liệu có ảnh hưởng đến việc mất cân đối quỹ BHXH, ông Nguyễn Duy Cường, Phó vụ trưởng Vụ BHXH, Bộ LĐ-TB-XH cho biết, vừa qua UB Thường vụ QH có nghị quyết chưa thông qua một số nội dung trong 2017.";
    assert_mention(text, "QH", "Quốc hội Việt Nam");
    assert_mention(
        text,
        "UB Thường vụ QH",
        "Ủy ban Thường vụ Quốc hội Việt Nam",
    );
}

#[test]
fn another_countrys_assembly_written_short_is_not_vietnams() {
    // general-10k baomoi-22603486
    let text = "Chủ tịch QH Campuchia bày tỏ.";
    assert_no_mention_from(text, "QH");
    // general-10k: Vietnam itself after a Vietnamese body's short name.
    assert_mention(
        "Giải trình ý kiến của các ĐBQH, Thống đốc NHNN Việt Nam Lê Minh Hưng nêu ra.",
        "NHNN",
        "Ngân hàng Nhà nước Việt Nam",
    );
}

#[test]
fn a_brand_or_the_fed_alone_is_a_mention() {
    // general-10k baomoi-22324000, baomoi-22355211
    assert_mention(
        "Tại Vietcombank, mỗi USD được mua bán quanh 22.660-22.730 đồng.",
        "Vietcombank",
        "Ngân hàng Thương mại Cổ phần Ngoại thương Việt Nam",
    );
    assert_mention(
        "Họ cho rằng, Fed sẽ đẩy nhanh tốc độ tăng lãi suất và nền kinh tế Mỹ sẽ tăng trưởng nhanh hơn.",
        "Fed",
        "Cục Dự trữ Liên bang Mỹ",
    );
}

#[test]
fn a_brand_before_a_capitalized_word_is_a_branch_not_the_company() {
    // labour.jsonl baomoi-21474294
    let text = "Năm 2015, Agribank Nghệ An đã chi trả 82.204 món kiều hối với doanh số chi trả đạt 98,9 triệu USD.";
    assert_no_mention_from(text, "Agribank");
}

#[test]
fn tcty_is_a_general_corporation() {
    // labour.jsonl baomoi-22627907
    let text = "Vào thời điểm nước rút có lúc Cty phải huy động trên 1.000 CBCNV bao gồm cả các đơn vị trong TCty LICOGI.";
    assert_mention(text, "TCty LICOGI", "Tổng công ty LICOGI");
}

#[test]
fn lower_case_benh_vien_names_a_hospital_before_a_proper_name() {
    // labour.jsonl baomoi-22551749
    assert_mention(
        "Khi tỉnh dậy thì thấy mình đang nằm cấp cứu tại bệnh viện Thanh Nhàn.",
        "bệnh viện Thanh Nhàn",
        "Bệnh viện Thanh Nhàn",
    );
    // labour.jsonl baomoi-22661824: a missing full stop, the next sentence's opener.
    let text = "Vì quá tải, nhiều công nhân phải nằm ở hành lang bệnh viện Chiều 2.7, ông Nguyễn Thanh Bình, Phó chủ tịch UBND tỉnh An Giang, cho biết.";
    assert_no_mention_from(text, "bệnh viện");
}

#[test]
fn a_hospital_named_short_takes_the_articles_full_name() {
    // general-10k baomoi-22531075 (two sentences of the article)
    let text = "Ngoài bị cách chức Phó giám đốc bệnh viện Thường Xuân (Thanh Hóa), ông Minh còn bị cách hết các chức vụ trong Đảng. Ngày 14/6, Huyện ủy Thường Xuân (Thanh Hóa) cho biết đã kỷ luật ông Trần Văn Minh, Phó giám đốc Bệnh viện Đa khoa huyện Thường Xuân.";
    let found = canonicals(text);
    let hospitals: Vec<&str> = found
        .iter()
        .filter(|(s, _)| s.to_lowercase().starts_with("bệnh viện"))
        .map(|(_, c)| c.as_str())
        .collect();
    assert_eq!(
        hospitals,
        [
            "Bệnh viện Đa khoa huyện Thường Xuân",
            "Bệnh viện Đa khoa huyện Thường Xuân"
        ],
        "{found:?}"
    );
}
