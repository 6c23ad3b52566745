//! Tests of stop 23's police written short (`org_heads.tsv` rows "CA" and "CATP",
//! `place.rs` `police_tail`). Every sentence is a real one from `../shared/corpus-real`
//! (its article id given), none from a gold file.

use super::named_tests::{assert_mention, canonical_names};

#[test]
fn ca_with_a_level_word_and_place_is_the_police() {
    // general-10k baomoi-22222294
    let text = "CA tỉnh Gia Lai đang tiếp tục lấy máu của tài xế xe tải Võ Ngọc Quý (SN 1990, trú xã Cát Trinh, huyện Phù Cát, Bình Định) xét nghiệm.";
    assert_mention(text, "CA tỉnh Gia Lai", "Công an tỉnh Gia Lai");
}

#[test]
fn catp_glues_the_city_level_to_the_police() {
    // general-10k baomoi-22738277
    let text = "Ngày 12-7, Cơ quan CSĐT CATP Việt Trì, Phú Thọ đã triệu tập Cao Thái Dương (24 tuổi, HKTT tại TP Việt Trì) để làm rõ hành vi tung tin đồn thất thiệt.";
    assert_mention(
        text,
        "Cơ quan CSĐT CATP Việt Trì",
        "Cơ quan Cảnh sát điều tra Công an thành phố Việt Trì",
    );
    // general-10k baomoi-22527575
    let text = "PV: CQĐT CATP Hà Nội đã ra quyết định khởi tố vụ án hình sự xảy ra tại xã Đồng Tâm, huyện Mỹ Đức.";
    assert!(canonical_names(text)
        .iter()
        .any(|n| n.ends_with("Công an thành phố Hà Nội")));
}

#[test]
fn catp_alone_is_the_articles_city_police() {
    // general-10k baomoi-22443382
    let text = "Chiều 2.6, lãnh đạo Thành ủy, UBND TP.HCM đến Công an TP.HCM (CATP) thăm, động viên tập thể. Đại diện CATP hứa sẽ phát huy kết quả đã đạt được.";
    assert_mention(text, "CATP", "Công an Thành phố Hồ Chí Minh");
}
