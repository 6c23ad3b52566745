//! Tests of agencies written with no place and of bare type words that refer back to the
//! article's organization of that type. Every sentence is a real one from
//! `../shared/corpus-real` (its article id given), none from a gold file.

use super::named_tests::{canonicals, pairs};

#[test]
fn agency_with_six_name_words_takes_its_place() {
    // baomoi-22738617
    let text = "Chiều 12/7, ông Nguyễn Chí Công, Chi cục trưởng Chi cục An toàn vệ sinh thực phẩm tỉnh An Giang, ký báo cáo gửi UBND tỉnh này.";
    assert!(canonicals(text).contains(&(
        "Chi cục An toàn vệ sinh thực phẩm tỉnh An Giang".to_string(),
        "Chi cục An toàn vệ sinh thực phẩm tỉnh An Giang".to_string()
    )));
}

#[test]
fn national_agency_without_place_ends_where_its_phrase_ends() {
    // baomoi-21493606
    let text = "Theo đó, Cục Xúc tiến thương mại (Bộ Công Thương) đã có báo cáo nhanh về việc một số cán bộ thuộc Trung tâm Hỗ trợ xuất khẩu đi lễ.";
    assert_eq!(
        canonicals(text)[..2],
        pairs(&[
            ("Cục Xúc tiến thương mại", "Cục Xúc tiến thương mại"),
            ("Bộ Công Thương", "Bộ Công Thương"),
        ])
    );
    // baomoi-22676854: a person's name after the agency is not part of it.
    let text = "Phát biểu chỉ đạo tại hội thảo, Phó Tổng cục trưởng Tổng cục Hải quan Nguyễn Công Bình cho biết, việc triển khai Đề án.";
    assert_eq!(
        canonicals(text),
        pairs(&[("Tổng cục Hải quan", "Tổng cục Hải quan")])
    );
}
