//! Tests of the stop 20 precision rules through the whole organization pass (real sentences
//! of corpus-real).

use super::*;

fn canonicals(text: &str) -> Vec<(String, String)> {
    find(&Document::from_text(text))
        .into_iter()
        .map(|s| (text[s.start..s.end].to_string(), s.full_canonical()))
        .collect()
}

#[test]
fn a_caption_label_is_no_city() {
    // labour: "… phối hợp sớm xây dựng đề án nhà ở xã hội trình UBND TP. Ảnh: H.B. Nghe báo
    // cáo …" (the photo credit after the sentence's missing full stop).
    let text = "Liên đoàn lao động TP.HCM phối hợp sớm xây dựng đề án nhà ở xã hội trình UBND TP. Ảnh: H.B. Nghe báo cáo từ lãnh đạo Sở";
    let found = canonicals(text);
    assert!(found.iter().all(|(_, c)| !c.contains("Ảnh")), "{found:?}");
}

#[test]
fn a_byline_credit_is_dropped_a_mention_kept() {
    // labour: "… tình hình sản xuất kinh doanh còn khó khăn. Hoàng Tuyết/Báo Tin Tức"
    let text = "Bộ Công Thương cho biết tình hình sản xuất kinh doanh còn khó khăn.\nHoàng Tuyết/Báo Tin Tức";
    let found = canonicals(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "Bộ Công Thương");
}

#[test]
fn festivals_and_generic_plurals_are_no_mentions() {
    // general-10k: "Cấm triệt để liền anh, liền chị hát xin tiền tại Hội Lim"
    assert!(canonicals("Cấm triệt để liền anh, liền chị hát xin tiền tại Hội Lim").is_empty());
    // general-10k: "Bộ Y tế vừa có văn bản khẩn chỉ đạo Sở Y tế các tỉnh và các đơn vị trực
    // thuộc làm rõ thông tin"
    let found =
        canonicals("Bộ Y tế vừa có văn bản khẩn chỉ đạo Sở Y tế các tỉnh và các đơn vị trực thuộc");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "Bộ Y tế");
}

#[test]
fn the_security_council_is_read_whole() {
    // general-10k: "… vi phạm các nghị quyết của Hội đồng bảo an Liên hợp quốc và làm gia
    // tăng căng thẳng trong khu vực."
    let text =
        "vi phạm các nghị quyết của Hội đồng bảo an Liên hợp quốc và làm gia tăng căng thẳng";
    let found = canonicals(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "Hội đồng bảo an Liên hợp quốc");
}
