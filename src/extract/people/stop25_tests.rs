//! Stop 25: "châu Âu" read as a family name, names run on into the next sentence, the
//! police and border posts' role words, and the syllables of a place name that are also
//! titles. Each on a real sentence of corpus-real (labour.jsonl or general-10k, none from
//! the gold files' texts).

use super::stop19b_tests::roles_of;
use super::*;
use crate::extract::Document;

/// The names of the people found in `text`.
fn names_of(text: &str) -> Vec<String> {
    let orgs = crate::extract::orgs::find(&Document::from_text(text));
    find(text, &orgs).0.into_iter().map(|p| p.name).collect()
}

#[test]
fn europe_starts_no_name() {
    // general-10k, baomoi-22382105: the person was "Âu Donald Tusk", the role "Chủ tịch Hội
    // đồng châu".
    let text = "(Nguồn: AFP/TTXVN) Ngày 26/5, Chủ tịch Hội đồng châu Âu Donald Tusk cho rằng lãnh đạo Nhóm các nước công nghiệp phát triển (G7) cần duy trì các lệnh trừng phạt chống Nga liên quan đến cuộc xung đột tại Ukraine.";
    assert_eq!(names_of(text), ["Donald Tusk"]);
    assert_eq!(roles_of(text, "Donald Tusk"), ["Chủ tịch Hội đồng châu Âu"]);
}

#[test]
fn a_name_run_on_into_the_next_sentence_is_the_person_named_elsewhere() {
    // labour.jsonl, baomoi-22383405: a caption without its full stop; "Bùi Sỹ Lợi Xác" was
    // a second person with the role.
    let text = "“Cần phân biệt rõ viên chức làm việc theo hợp đồng làm việc và người lao động làm việc theo hợp đồng hoàn toàn khác nhau cả về căn cứ tuyển dụng, hình thức tuyển dụng, tiền lương…”, ĐB Bùi Sỹ Lợi nhấn mạnh. Phó chủ nhiệm UB Các vấn đề xã hội của QH Bùi Sỹ Lợi Xác định rõ chủ thể có quyền ký hợp đồng với giáo viên  Khi Bộ GD-ĐT phát đi chủ trương chấm dứt biên chế đối với giáo viên - tâm lý chung rất lo lắng vì nếu kiểm soát không tốt sẽ gây nên tình trạng bất ổn trong giáo dục.";
    assert_eq!(names_of(text), ["Bùi Sỹ Lợi"]);
    assert_eq!(
        roles_of(text, "Bùi Sỹ Lợi"),
        ["Phó chủ nhiệm UB Các vấn đề xã hội của QH"]
    );
    // general-10k, baomoi-22386317: the run-on name first, the person later; the person's
    // first mention is the cut one.
    let text = "Thủ tướng Chính phủ Nguyễn Xuân Phúc Ngày 26/5, Bộ Ngoại giao ra Thông cáo cho biết, nhận lời mời của Thủ tướng Nhật Bản Shinzo Abe, Thủ tướng Chính phủ Nguyễn Xuân Phúc và Phu nhân sẽ thăm chính thức Nhật Bản.";
    let orgs = crate::extract::orgs::find(&Document::from_text(text));
    let (people, mentions) = find(text, &orgs);
    let phuc: Vec<_> = people
        .iter()
        .filter(|p| p.name.starts_with("Nguyễn Xuân Phúc"))
        .collect();
    assert_eq!(phuc.len(), 1);
    assert_eq!(phuc[0].text, "Nguyễn Xuân Phúc");
    assert_eq!(
        phuc[0].span.start,
        text.find("Nguyễn").unwrap_or(usize::MAX)
    );
    assert!(mentions
        .iter()
        .all(|m| !m.span.slice(text).ends_with("Ngày")));
}

#[test]
fn a_four_word_name_is_kept_whole_when_its_first_words_are_no_one_elses() {
    // labour.jsonl, baomoi-22529591.
    let text = "Hiện Bộ đang phối hợp với BHXH để xem xét phương thức thanh toán BHXH Chủ tịch Quốc hội Nguyễn Thị Kim Ngân đã đề nghị BHXH VN phải trả lời bằng văn bản về vấn đề các đại biểu chất vấn.";
    assert_eq!(names_of(text), ["Nguyễn Thị Kim Ngân"]);
}

#[test]
fn police_and_border_posts_are_roles() {
    // labour.jsonl, baomoi-21472439.
    let text = "Trung tá Lã Tiến Dũng, Đội phó Đội CSGT Công an TP Lào Cai cho biết, suốt dịp nghỉ Tết Nguyên đán vừa qua, đơn vị đã tập trung 100% quân số tăng cường TTKS 24/24h hàng ngày và đẩy mạnh xử lý vi phạm nồng độ cồn, vi phạm xe khách.";
    assert_eq!(
        roles_of(text, "Lã Tiến Dũng"),
        ["Trung tá", "Đội phó Đội CSGT Công an TP Lào Cai"]
    );
    // labour.jsonl, baomoi-22553588: "CA", the police written short.
    let text = "Đại tá Hà Mạnh Hùng – Trưởng CA quận Hoàn Kiếm, Hà Nội trao đổi trên ANTĐ, ngay sau khi tiếp nhận thông tin báo cáo sự việc 1 nữ công nhân môi trường đô thị bị hành hung, Ban chỉ huy CA quận đã yêu cầu CQĐT lập tức vào cuộc.";
    assert_eq!(
        roles_of(text, "Hà Mạnh Hùng"),
        ["Đại tá", "Trưởng CA quận Hoàn Kiếm, Hà Nội"]
    );
    // general-10k, dantri-news_business_142.
    let text = "Báo cáo với đoàn công tác, Thiếu tá Nguyễn Văn Khởi, Đồn trưởng Đồn Biên phòng Hòn Khoai cho biết, đơn vị đóng quân xa đất liền, tuy đời sống sinh hoạt của bộ đội còn gặp nhiều khó khăn.";
    assert_eq!(
        roles_of(text, "Nguyễn Văn Khởi"),
        ["Thiếu tá", "Đồn trưởng Đồn Biên phòng Hòn Khoai"]
    );
}

#[test]
fn a_title_inside_a_place_name_does_not_end_the_role() {
    // general-10k, baomoi-22628542: the role was cut to "… Quận Hai".
    let text = "Ảnh: PV Liên quan đến vụ tai nạn liên hoàn trên phố Bà Triệu vào ngày 22.6 vừa qua, trao đổi với PV, Thượng tá Nguyễn Thành Tín - Phó trưởng Công an Quận Hai Bà Trưng - cho biết, vụ tai nạn nghiêm trọng khiến 2 người thương vong hiện đang trong quá trình thụ lý điều tra.";
    assert_eq!(
        roles_of(text, "Nguyễn Thành Tín"),
        ["Thượng tá", "Phó trưởng Công an Quận Hai Bà Trưng"]
    );
    // general-10k, baomoi-22273708: "huyện Đông Anh".
    let text = "Theo bà Dương Thị Sáu - Trưởng phòng GDĐT huyện Đông Anh - đây là hoạt động thực hiện Quyết định của Thủ tướng Chính phủ về phê duyệt chương trình phòng chống tai nạn thương tích trẻ em giai đoạn 2016 – 2020.";
    assert_eq!(
        roles_of(text, "Dương Thị Sáu"),
        ["Trưởng phòng GDĐT huyện Đông Anh"]
    );
}
