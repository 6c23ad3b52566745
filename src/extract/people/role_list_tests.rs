//! Stop 20: a list of roles each before its holder's name ("ROLE NAME, ROLE NAME"): the
//! role read after one name ends before the next name, also when the organization part
//! before that name ends with a capitalized unit noun ("Chính phủ", "Quốc hội") or a
//! capitalized word's lower-case second syllable ("Thương mại"), each on a real sentence
//! of corpus-real (general-10k or labour.jsonl, none from the gold files' texts).

use super::stop19b_tests::roles_of;

#[test]
fn a_name_after_a_unit_noun_is_the_next_persons() {
    // general-10k, baomoi-22305153: Nguyễn Phú Trọng held "Thủ tướng Chính phủ Nguyễn
    // Xuân Phúc" and "Chủ tịch Quốc hội Nguyễn Thị Kim Ngân".
    let text = "Dự lễ viếng Chủ tịch Hồ Chí Minh có: Tổng Bí thư Nguyễn Phú Trọng, Thủ tướng Chính phủ Nguyễn Xuân Phúc; Chủ tịch Quốc hội Nguyễn Thị Kim Ngân, Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam Nguyễn Thiện Nhân.";
    assert_eq!(roles_of(text, "Nguyễn Phú Trọng"), ["Tổng Bí thư"]);
    assert_eq!(roles_of(text, "Nguyễn Xuân Phúc"), ["Thủ tướng Chính phủ"]);
    assert_eq!(roles_of(text, "Nguyễn Thị Kim Ngân"), ["Chủ tịch Quốc hội"]);
    // general-10k, baomoi-22539250.
    let text = "Chiều 15/6, tại Nhà Quốc hội, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân, Thủ tướng Chính phủ Nguyễn Xuân Phúc, Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam Nguyễn Thiện Nhân đã ký Nghị quyết liên tịch của Ủy ban Thường vụ Quốc hội, Chính phủ, Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam quy định chi tiết các hình thức giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam.";
    assert_eq!(
        roles_of(text, "Nguyễn Thiện Nhân"),
        ["Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"]
    );
    assert_eq!(roles_of(text, "Nguyễn Thị Kim Ngân"), ["Chủ tịch Quốc hội"]);
}

#[test]
fn a_name_after_a_second_syllable_is_the_next_persons() {
    // labour.jsonl, baomoi-22425333: Rex Tillerson held "Bộ trưởng Thương mại Wilbur
    // Ross..".
    let text = "Cuộc họp mở rộng có sự tham gia của các lãnh đạo hàng đầu như Phó tổng thống Mike Pence, Ngoại trưởng Rex Tillerson, Bộ trưởng Thương mại Wilbur Ross...";
    assert_eq!(roles_of(text, "Rex Tillerson"), ["Ngoại trưởng"]);
}

#[test]
fn a_foreign_name_after_a_second_syllable_or_an_abbreviation_has_its_role() {
    // general-10k, baomoi-22550719: Jeff Sessions was kept only by the next person's role
    // ("Thứ trưởng Tư pháp Rod Rosenstein"); a foreign name written alone needs a role
    // before it that ends where a name may start (`ends_before_a_name`).
    let text = "Theo đó, cuộc điều tra theo hướng mới này sẽ cho phép các điều tra viên thẩm vấn nhiều quan chức cấp cao trong chính quyền mới, trong đó có Bộ trưởng Tư pháp Jeff Sessions, Thứ trưởng Tư pháp Rod Rosenstein và có thể cả Tổng thống Trump.";
    assert_eq!(roles_of(text, "Jeff Sessions"), ["Bộ trưởng Tư pháp"]);
    assert_eq!(roles_of(text, "Rod Rosenstein"), ["Thứ trưởng Tư pháp"]);
    // general-10k, dantri-news_world_168: an abbreviation in parentheses.
    let text = "Những người bị Nga đưa vào danh sách cấm gồm Giám đốc Cục Điều tra Liên bang (FBI) Christopher Wray, Giám đốc Tình báo Quốc gia Avril Haines, Bộ trưởng Tư pháp Mỹ Merrick Garland, và Bộ trưởng An ninh Nội địa Alejandro Mayorkas.";
    assert_eq!(
        roles_of(text, "Christopher Wray"),
        ["Giám đốc Cục Điều tra Liên bang (FBI)"]
    );
}

#[test]
fn stop20_role_words_read_the_whole_post() {
    // general-10k, baomoi-22582223: "Phó Tổng Thư ký" (roles.tsv, stop 20) keeps its "Phó",
    // which the shorter row "Tổng Thư ký" lost.
    let text = "- Phó Tổng Thư ký Quốc hội Hoàng Thanh Tùng trình bày dự thảo Nghị quyết về thí điểm xử lý nợ xấu của các tổ chức tín dụng.";
    assert_eq!(
        roles_of(text, "Hoàng Thanh Tùng"),
        ["Phó Tổng Thư ký Quốc hội"]
    );
    // labour.jsonl, baomoi-22704869: "trưởng thôn" (roles.tsv, stop 20) in a parenthesis.
    let text = "Theo số liệu mà ông Trần Văn Toán (trưởng thôn Phương La 2) cung cấp, Phương La có gần 5.000 nhân khẩu mà lại chỉ có hơn 100ha đất nông nghiệp.";
    assert_eq!(roles_of(text, "Trần Văn Toán"), ["trưởng thôn Phương La 2"]);
}
