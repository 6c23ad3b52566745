//! Stop 21: the role reader's faults that kept "Đại sứ", "Người phát ngôn", "Phát ngôn
//! viên" and "Tư lệnh" out of `roles.tsv` (stop 20), each on a real sentence of
//! corpus-real (general-10k, none from the gold files' texts).

use super::stop19b_tests::roles_of;
use super::*;
use crate::extract::Document;

/// The names of the people found in `text`.
fn names_of(text: &str) -> Vec<String> {
    let orgs = crate::extract::orgs::find(&Document::from_text(text));
    find(text, &orgs).0.into_iter().map(|p| p.name).collect()
}

#[test]
fn an_envoys_post_goes_on_to_its_place() {
    // baomoi-22508254: read "Đại sứ" alone (stop 20 probe).
    let text = "Đại sứ Việt Nam tại Qatar Nguyễn Hoằng cho biết về cơ bản, đời sống và công việc của cộng đồng người Việt Nam ở quốc gia Vùng Vịnh này không có nhiều xáo trộn, tâm lý tương đối ổn định.";
    assert_eq!(
        roles_of(text, "Nguyễn Hoằng"),
        ["Đại sứ Việt Nam tại Qatar"]
    );
}

#[test]
fn a_role_word_after_của_is_a_word_of_the_role() {
    // baomoi-22625035: cut to "người phát ngôn" at the second role word.
    let text = "Ông Dmitry Peskov - người phát ngôn của Tổng thống Nga cho hay, dù chưa có bất kỳ một lịch trình cụ thể nào, nhưng Điện Kremlin luôn sẵn sàng cho các cuộc thảo luận cấp cao giữa Moscow và Washington bên lề Hội nghị thượng đỉnh G20.";
    assert_eq!(
        roles_of(text, "Dmitry Peskov"),
        ["người phát ngôn của Tổng thống Nga"]
    );
}

#[test]
fn the_name_after_a_linked_role_holds_the_second_role() {
    // baomoi-22531713: the spokeswoman's role is not Merkel's.
    let text = "Tại Đức, nữ phát ngôn viên của Thủ tướng Angela Merkel cũng cho biết bà Merkel thể hiện “sự buồn thương lớn lao” trước thông tin về vụ hỏa hoạn trên.";
    assert_eq!(roles_of(text, "Angela Merkel"), ["Thủ tướng"]);
}

#[test]
fn a_command_is_an_organization_not_a_second_role() {
    // baomoi-22259144.
    let text = "Bắt đầu hội nghị, ông Nguyễn Doãn Anh, Tư lệnh Bộ tư lệnh Thủ đô trao đổi về những nội dung dự kiến kỳ họp thứ 3, Quốc hội khóa XIV.";
    assert_eq!(
        roles_of(text, "Nguyễn Doãn Anh"),
        ["Tư lệnh Bộ tư lệnh Thủ đô"]
    );
}

#[test]
fn the_oceans_last_syllable_starts_no_name() {
    // baomoi-21472534: "Dương Mỹ Harry Harris" was a person.
    let text = "Tư lệnh Hạm đội Thái Bình Dương Mỹ Harry Harris vừa tuyên bố rằng khu trục hạm mới nhất Zumwalt của hải quân nước này có thể được điều tới Hàn Quốc để đối phó hành động “khiêu khích” từ CHDCND Triều Tiên.";
    assert!(names_of(text).iter().all(|n| !n.starts_with("Dương")));
}

#[test]
fn the_pentagon_is_read_whole() {
    // baomoi-22374259: cut to "Phát ngôn viên Lầu" at the sentence opener "Năm".
    let text = "Phát ngôn viên Lầu Năm Góc Jamie Davis đã từ chối xác nhận về hoạt động này, khẳng định các tóm tắt hoạt động tuần tra “tự do hàng hải” sẽ chỉ được công khai trong báo cáo thường niên của Lầu Năm Góc.";
    assert_eq!(
        roles_of(text, "Jamie Davis"),
        ["Phát ngôn viên Lầu Năm Góc"]
    );
}

#[test]
fn a_country_after_an_envoy_is_no_holder() {
    // baomoi-22708001: "Costa Rica" was a person with the role "Đại sứ".
    let text = "Đại sứ Costa Rica, Elayne Whyte Gomez, cho biết: \"Chúng tôi đã gieo hạt giống đầu tiên cho một thế giới không có vũ khí hạt nhân\".";
    assert!(!names_of(text).iter().any(|n| n == "Costa Rica"));
}

#[test]
fn a_list_after_gồm_holds_no_role() {
    // baomoi-21491514: "thẩm phán liên bang nghe tranh luận gồm" was Friedland's role.
    let text = "Ba thẩm phán liên bang nghe tranh luận gồm Michelle Friedland, chủ trì, William Canby và Richard Clifton.";
    assert!(roles_of(text, "Michelle Friedland").is_empty());
}

#[test]
fn a_verb_or_a_date_ends_the_role() {
    // baomoi-22723267 ("mô tả") and baomoi-22293815 ("hôm").
    let text = "Phát biểu tại lễ khai mạc tập trận hôm 10-7, phó Đô đốc Igor Voronchenko, Tư lệnh của hải quân Ukraine mô tả biển Đen là “khu vực khủng hoảng do Nga sáp nhập bán đảo Crimea và các sự kiện ở miền Đông Ukraine”.";
    assert_eq!(
        roles_of(text, "Igor Voronchenko"),
        ["Tư lệnh của hải quân Ukraine"]
    );
    let text = "Ông Elbio Rosselli, Đại sứ Uruguay, Chủ tịch Hội đồng Bảo an (HĐBA) hôm 16/5 cho biết \"rõ ràng các biện pháp trừng phạt Triều Tiên là một biện pháp\", nhưng nhấn mạnh việc ủng hộ giải pháp ngoại giao với Bình Nhưỡng, theo AFP.";
    assert_eq!(
        roles_of(text, "Elbio Rosselli"),
        ["Đại sứ Uruguay", "Chủ tịch Hội đồng Bảo an (HĐBA)"]
    );
}

#[test]
fn the_commander_in_chief_keeps_tổng() {
    // baomoi-22514816.
    let text = "Chủ tịch Quốc hội Cuba cho biết, năm 1963, Tổng tư lệnh Fidel Castro đã chỉ đạo thành lập Ủy ban Đoàn kết Cuba với miền Nam Việt Nam.";
    assert_eq!(roles_of(text, "Fidel Castro"), ["Tổng tư lệnh"]);
}
