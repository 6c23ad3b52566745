//! Tests of stop 20's organization recall rules (national bodies before a person's name,
//! organizations named alone); sentences from ../shared/corpus-real, no gold article.

use super::named_tests::{canonicals, pairs};

/// Whether the mentions of `text` include `surface` read as `canonical`.
fn has(text: &str, surface: &str, canonical: &str) -> bool {
    canonicals(text)
        .iter()
        .any(|(t, c)| t == surface && c == canonical)
}

#[test]
fn a_national_body_before_a_person_is_the_role_body() {
    // baomoi-22527807
    let text = "Chủ tịch Quốc hội Nguyễn Thị Kim Ngân nhấn mạnh, văn hóa, thể thao, du lịch là lĩnh vực có ý nghĩa quan trọng đối với kinh tế - xã hội.";
    assert_eq!(
        canonicals(text),
        pairs(&[("Quốc hội", "Quốc hội Việt Nam")])
    );
    // baomoi-22701581
    let text = "Thủ tướng Chính phủ Nguyễn Xuân Phúc đã nhấn mạnh việc khẩn trương hoàn thiện cơ chế quản lý, mua sắm sử dụng thuốc và vật tư y tế.";
    assert_eq!(
        canonicals(text),
        pairs(&[("Chính phủ", "Chính phủ Việt Nam")])
    );
}

#[test]
fn another_countrys_body_or_the_inspectorate_stays_out() {
    // baomoi-22729968: "Hà" is a family name, "Hà Lan" a country.
    let text = "Thủ tướng đề nghị Quốc hội Hà Lan ủng hộ thúc đẩy hợp tác thương mại - đầu tư song phương.";
    assert!(!canonicals(text).iter().any(|(t, _)| t == "Quốc hội"));
    // baomoi-22546908: the body is "Thanh tra Chính phủ".
    let text =
        "Tổng thanh tra Chính phủ Phan Văn Sáu giải trình làm rõ các vấn đề Đại biểu Quốc hội nêu.";
    assert!(!canonicals(text).iter().any(|(t, _)| t == "Chính phủ"));
}

#[test]
fn an_organization_named_alone_is_a_mention() {
    // baomoi-21478251
    let text = "Kiểm toán Nhà nước vừa công bố báo cáo kiểm toán niên độ 2015 đối với Bảo hiểm xã hội Việt Nam.";
    assert!(has(text, "Kiểm toán Nhà nước", "Kiểm toán Nhà nước"));
    // baomoi-21512464
    let text = "Thiếu việc làm bền vững Báo cáo của ILO đề cập đến mức tăng trưởng kinh tế không khả quan.";
    assert_eq!(
        canonicals(text),
        pairs(&[("ILO", "Tổ chức Lao động Quốc tế")])
    );
    // baomoi-22472698
    let text = "Về chính sách đối ngoại, Séc chủ trương tăng cường hội nhập EU và chú trọng phát triển quan hệ với các nước láng giềng.";
    assert_eq!(canonicals(text), pairs(&[("EU", "Liên minh châu Âu")]));
    // baomoi-22261529: inside a role phrase.
    let text = "Giám đốc FBI James Comey đã được triệu tập tới Nhà Trắng dự một bữa tối.";
    assert!(has(text, "FBI", "Cục Điều tra Liên bang Mỹ"));
}

#[test]
fn credits_codes_and_longer_names_are_no_mentions() {
    // baomoi-21481484: a byline.
    let text = "Lượng khách tăng mạnh.\n Phạm Cường (TTXVN)";
    assert_eq!(canonicals(text), pairs(&[]));
    // baomoi-22619579: a dateline.
    let text = "TTXVN - Chiều 26-6, Chủ tịch nước Trần Đại Quang đã tới thủ đô Min-xcơ.";
    assert!(!canonicals(text).iter().any(|(t, _)| t == "TTXVN"));
    // baomoi-22739883: a document's number.
    let text = "Thời hạn tính lãi tại Khoản 3, điều 13 thông tư 39/2016/TT-NHNN là 365 ngày.";
    assert_eq!(canonicals(text), pairs(&[]));
    // baomoi-22425333: part of a longer name.
    let text = "Việt Nam mong muốn xây dựng quan hệ tốt vì cả lợi ích của Cộng đồng ASEAN, của hòa bình, an ninh.";
    assert!(!canonicals(text).iter().any(|(t, _)| t == "ASEAN"));
    // baomoi-22664386: a company's name.
    let text = "Anh Trần Vũ Hồng Tâm (43 tuổi, nhân viên công ty AFC) cho biết camera của công ty có nhiều đầu ghi.";
    assert!(!canonicals(text).iter().any(|(t, _)| t == "AFC"));
}
