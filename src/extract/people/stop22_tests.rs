//! Stop 22: names with no family name of `surnames.tsv` after an occupation cue
//! (`cued.rs`), the Chinese family name "Tập", Korean names written alone (`foreign.rs`),
//! each on a real sentence of corpus-real (labour.jsonl or general-10k, none from the gold
//! files' texts).

use super::stop19b_tests::roles_of;
use super::*;
use crate::extract::Document;

/// The names of the people found in `text`.
fn names_of(text: &str) -> Vec<String> {
    let orgs = crate::extract::orgs::find(&Document::from_text(text));
    find(text, &orgs).0.into_iter().map(|p| p.name).collect()
}

#[test]
fn a_two_word_name_after_an_occupation_cue_is_a_person() {
    // labour.jsonl, dantri-news_entertainment_008: "Lam" is no family name.
    let text = "Ca sĩ Lam Trường hạnh phúc gia đình bên cùng vợ và con gái Phoebe.";
    assert_eq!(names_of(text), ["Lam Trường"]);
    assert_eq!(roles_of(text, "Lam Trường"), ["Ca sĩ"]);
    // general-10k, baomoi-22302744: "nghệ sĩ" is no role word.
    let text = "Những ngày vừa qua, sự việc lùm xùm giữa Hương Giang Idol và nghệ sĩ Trung Dân đã trở thành tâm điểm bàn tán của dân mạng.";
    assert!(names_of(text).contains(&"Trung Dân".to_string()));
    // general-10k, baomoi-22520477: "HLV Hữu Thắng", 348 times in general-10k.
    let text = "Tất nhiên, như HLV Hữu Thắng khẳng định \"ĐT Việt Nam không thể lấy những vấn đề kể trên để biện hộ cho công tác chuẩn bị\".";
    assert_eq!(names_of(text), ["Hữu Thắng"]);
}

#[test]
fn a_foreign_name_after_a_sport_position_is_a_person() {
    // general-10k, baomoi-22708262: a position is no role, so neither name was kept.
    let text = "Được sát cánh cùng người đồng đội cũ ở Chelsea tại Old Trafford, tiền vệ Juan Mata vừa tỏ ra hổ hởi trước thông tin Man United chiêu mộ thành công tiền đạo Romelu Lukaku.";
    assert_eq!(names_of(text), ["Juan Mata", "Romelu Lukaku"]);
}

#[test]
fn a_contest_or_a_longer_foreign_name_after_a_cue_is_no_two_word_name() {
    // general-10k, baomoi-22267173 (`name_cue_not_names.tsv`).
    let text = "Khéo léo Vào thời điểm cuộc thi Hoa hậu Hoàn Vũ thế giới đang tổ chức tại Việt Nam, trong buổi dạ tiệc tối, con rể bà là ông Trương Công Ánh và cháu ngoại 16 tuổi (sống ở Canada) đã xảy ra xô xát.";
    assert_eq!(names_of(text), ["Trương Công Ánh"]);
    // general-10k, baomoi-22354699: a particle follows ("der").
    let text = "Thủ môn Edwin Van der Sar: Trận chung kết tại Wembley cũng là lần cuối cùng người hâm mộ được chứng kiến huyền thoại người Hà Lan bay nhảy trong khung gỗ.";
    assert!(names_of(text).is_empty());
}

#[test]
fn tap_is_a_chinese_family_name_and_tap_doan_no_name() {
    // labour.jsonl, baomoi-22705563.
    let text = "(Ảnh: GETTY) Chủ tịch Trung Quốc Tập Cận Bình (giữa) và Trưởng đặc khu hành chính Hong Kong, bà Carrie Lam, đến thị sát tiến độ thi công cây cầu.";
    assert_eq!(roles_of(text, "Tập Cận Bình"), ["Chủ tịch Trung Quốc"]);
    // labour.jsonl: "Tập đoàn" in lower case matches no name.
    let text = "Chủ tịch Tập đoàn Dầu khí Quốc gia Việt Nam (PVN) Phạm Quốc Khánh cho biết, PVN đã đi qua năm 2016 với nhiều cung bậc của cảm xúc.";
    assert_eq!(names_of(text), ["Phạm Quốc Khánh"]);
}

#[test]
fn ong_and_a_chinese_family_name_is_the_person_named_in_full() {
    // general-10k, baomoi-22677456 (its title, then a sentence): "ông Tập" is no second
    // person.
    let text = "Putin gặp Tập Cận Bình bàn về căng thẳng Triều Tiên\nChủ tịch Trung Quốc Tập Cận Bình đến Moscow. Ngày 3/7, ông Tập đã có cuộc gặp không chính thức với tổng thống Vladimir Putin trước cuộc họp thượng đỉnh chính thức ngày 4/7.";
    let names = names_of(text);
    assert!(names.contains(&"Tập Cận Bình".to_string()), "{names:?}");
    assert!(!names.contains(&"Tập".to_string()), "{names:?}");
}

#[test]
fn a_korean_name_written_alone_is_a_person() {
    // general-10k, baomoi-22267908: a caption, no role word.
    assert_eq!(
        names_of("Nhà lãnh đạo Triều Tiên Kim Jong-un."),
        ["Kim Jong-un"]
    );
    // labour.jsonl, baomoi-22218809.
    let text = "Tài phiệt công nghệ Ahn Cheol-soo - đối thủ chính của ông Moon trong cuộc bầu cử ngày 9/5 - muốn dùng sức mạnh quân sự để kéo Triều Tiên tới bàn đàm phán.";
    assert!(names_of(text).contains(&"Ahn Cheol-soo".to_string()));
    // general-10k: "An" is left out of `korean_surnames.tsv` (a place spelled in
    // Vietnamese).
    let text = "Các lực lượng Chính phủ Xy-ri tiếp tục giành được thắng lợi tại các khu vực ở tỉnh miền trung Hôm-xơ và Đây An Da-o, tiêu diệt hàng chục tay súng khủng bố.";
    assert!(names_of(text).is_empty());
}

#[test]
fn tham_phan_is_a_role_word() {
    // general-10k, baomoi-21510358: no title before the name, so it was lost.
    let text = "Hội đồng xét xử phiên tòa sơ thẩm gồm 5 người: hai thẩm phán và ba hội thẩm nhân dân, do thẩm phán Trần Nam Hà làm chủ tọa phiên tòa.";
    assert_eq!(roles_of(text, "Trần Nam Hà"), ["thẩm phán"]);
    // general-10k, baomoi-22562072: the rank is written with the role word.
    let text =
        "Ông Nguyễn Văn Tiến (SN 1966) - Thẩm phán cao cấp, Phó Chánh án TAND Cấp cao tại Hà Nội.";
    assert!(roles_of(text, "Nguyễn Văn Tiến").contains(&"Thẩm phán cao cấp".to_string()));
}
