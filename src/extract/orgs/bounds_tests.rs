//! Tests of the stop 21 boundary and place rules through the whole organization pass (real
//! sentences of corpus-real).

use crate::extract::lexicon::LEXICON;

use super::named_tests::canonicals;

#[test]
fn a_district_of_district_units_is_read_after_its_level_word() {
    // general-10k: "Tháng 3/2017, Công an huyện Nam Trà My đã bắt giữ một loạt đối tượng
    // nhổ trộm hơn 500 gốc sâm" (read "Công an huyện Nam Trà" before).
    let found = canonicals("Tháng 3/2017, Công an huyện Nam Trà My đã bắt giữ một loạt đối tượng");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "Công an huyện Nam Trà My");
    // general-10k: "Ngày 14/6, thông tin từ Huyện ủy Gia Viễn, tỉnh Ninh Bình, cho biết …"
    let found = canonicals("Ngày 14/6, thông tin từ Huyện ủy Gia Viễn, tỉnh Ninh Bình, cho biết");
    assert_eq!(found[0].0, "Huyện ủy Gia Viễn", "{found:?}");
}

#[test]
fn a_district_of_district_units_is_no_place_bare() {
    // general-10k: "… giám đốc kênh VTC3 của Đài truyền hình kỹ thuật số VTC - Vũ Quang Huy
    // dự đoán": "Vũ Quang" (a district of Hà Tĩnh) is here a person's name.
    assert!(LEXICON.place_at("Vũ Quang Huy", 0).is_none());
    assert!(LEXICON.place_after_level_at("Vũ Quang Huy", 0).is_some());
    let found =
        canonicals("giám đốc kênh VTC3 của Đài truyền hình kỹ thuật số VTC - Vũ Quang Huy dự đoán");
    assert!(
        found.iter().all(|(t, _)| !t.contains("Vũ Quang")),
        "{found:?}"
    );
}

#[test]
fn a_commune_named_like_a_city_goes_on() {
    // general-10k: "UBND xã Vinh Quang, thành phố Kon Tum (tỉnh Kon Tum) xác nhận"
    let found = canonicals("UBND xã Vinh Quang, thành phố Kon Tum (tỉnh Kon Tum) xác nhận");
    assert_eq!(found[0].0, "UBND xã Vinh Quang", "{found:?}");
}

#[test]
fn a_province_written_with_odd_dash_spacing_is_whole() {
    // general-10k: "Chiều 12-5, Cơ quan CSĐT (PC45) Công an tỉnh Bà Rịa- Vũng Tàu đã tạm giữ
    // hình sự …"
    let found = canonicals("Chiều 12-5, Công an tỉnh Bà Rịa- Vũng Tàu đã tạm giữ hình sự");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "Công an tỉnh Bà Rịa - Vũng Tàu");
}

#[test]
fn a_unit_written_before_its_body_is_one_mention() {
    // general-10k: "… nhóm phóng viên Ban Thời sự Đài Truyền hình Việt Nam đến UBND xã Phù Lỗ
    // lấy thông tin …"
    let found =
        canonicals("nhóm phóng viên Ban Thời sự Đài Truyền hình Việt Nam đến UBND xã Phù Lỗ");
    assert_eq!(
        found[0].0, "Ban Thời sự Đài Truyền hình Việt Nam",
        "{found:?}"
    );
    assert_eq!(found[0].1, "Ban Thời sự Đài Truyền hình Việt Nam");
    // general-10k: "Sáng 12/6, Ủy viên Bộ Chính trị Đảng Cộng sản Cuba, Chủ tịch Quốc hội …"
    let found = canonicals("Sáng 12/6, Ủy viên Bộ Chính trị Đảng Cộng sản Cuba, Chủ tịch Quốc hội");
    assert_eq!(found[0].0, "Bộ Chính trị Đảng Cộng sản Cuba", "{found:?}");
}

#[test]
fn two_companies_in_a_row_stay_apart() {
    // general-10k: "… Dự án Khu đô thị Golden Hills của Công ty Cổ phần Trung Nam Công ty Cổ
    // phần Tập đoàn Đức Long Gia Lai có dự án …" (a list that lost its comma).
    let found = canonicals(
        "Dự án Khu đô thị Golden Hills của Công ty Cổ phần Trung Nam Công ty Cổ phần Tập đoàn Đức Long Gia Lai có dự án",
    );
    assert!(found.len() >= 2, "{found:?}");
    assert_eq!(found[0].0, "Công ty Cổ phần Trung Nam");
}

#[test]
fn a_short_name_before_the_full_one_is_named_once() {
    // general-10k: "… được truyền hình trực tiếp trên kênh VTV Đài truyền hình VN, kênh VOV1 …"
    let found =
        canonicals("được truyền hình trực tiếp trên kênh VTV Đài truyền hình VN, kênh VOV1");
    assert_eq!(found[0].1, "Đài Truyền hình Việt Nam", "{found:?}");
}

#[test]
fn a_name_goes_on_after_an_ampersand() {
    // general-10k: "Thi công sai phép, Tập đoàn T&T nói gì?"
    let found = canonicals("Thi công sai phép, Tập đoàn T&T nói gì?");
    assert_eq!(found[0].0, "Tập đoàn T&T", "{found:?}");
    // general-10k: "PGS.TS. Lưu Văn An, Phó Bí thư Đảng ủy, Phó Giám đốc Học viện Báo chí &
    // Tuyên truyền không kìm được xúc động" (shortened): the compound ends before "không".
    let found = canonicals("Phó Giám đốc Học viện Báo chí & Tuyên truyền không kìm được xúc động");
    assert_eq!(found[0].0, "Học viện Báo chí & Tuyên truyền", "{found:?}");
    assert_eq!(found[0].1, "Học viện Báo chí và Tuyên truyền");
    // general-10k: "… bà đã từng đảm nhiệm chức vụ … tại Công ty TNHH Ernst & Young Việt Nam;"
    let found = canonicals("tại Công ty TNHH Ernst & Young Việt Nam; Phó tổng giám đốc");
    assert_eq!(
        found[0].1, "Công ty TNHH Ernst & Young Việt Nam",
        "{found:?}"
    );
}

#[test]
fn a_one_word_body_before_an_ampersand_is_a_list() {
    // general-10k: "… trực tiếp trên kênh VTV6 & VTV6HD. Ở trận ra quân …"
    let found = canonicals("trực tiếp trên kênh VTV6 & VTV6HD. Ở trận ra quân");
    assert!(found.iter().all(|(t, _)| !t.contains('&')), "{found:?}");
}
