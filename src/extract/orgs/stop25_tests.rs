//! Tests of stop 25's organization classes (docs/RULES.md, "Stop 25 — organizations: an
//! audit of the corpus"): an issuer's code in a document's number, a body before a list of
//! levels, a sector's dash spaced on one side. Every sentence is a real one from
//! `../shared/corpus-real` (its article id given; a clause of the longest ones), none from a
//! gold file.

use super::named_tests::{assert_mention, canonicals};
use super::stop24_tests::assert_no_mention_from;

#[test]
fn an_issuer_in_a_document_number_is_no_mention() {
    // labour.jsonl baomoi-22248624
    let text = "UBND tỉnh Thừa Thiên - Huế vừa ban hành Quyết định số 942/QĐ-UBND công bố danh mục các dự án kêu gọi đầu tư của tỉnh Thừa Thiên - Huế giai đoạn 2017 - 2018.";
    let found = canonicals(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_mention(
        text,
        "UBND tỉnh Thừa Thiên - Huế",
        "Ủy ban nhân dân tỉnh Thừa Thiên Huế",
    );
}

#[test]
fn a_body_before_a_list_of_levels_is_no_mention() {
    // general-10k dantri-news_society_047
    let text = "Ông Võ Văn Thưởng nhấn mạnh yêu cầu, Bí thư tỉnh ủy, thành ủy, người đứng đầu cấp ủy trực tiếp chỉ đạo thực hiện công tác bầu cử.";
    assert_no_mention_from(text, "tỉnh ủy");
}

#[test]
fn a_sector_with_a_dash_spaced_on_one_side_is_read() {
    // labour.jsonl baomoi-22303104
    let text = "Bộ Lao động –Thương binh và Xã hội vừa đưa ra dự thảo “Nghị định đóng bảo hiểm xã hội bắt buộc”.";
    assert_mention(
        text,
        "Bộ Lao động –Thương binh và Xã hội",
        "Bộ Lao động - Thương binh và Xã hội",
    );
    // general-10k baomoi-22362264
    let text = "Chiều 24-5, Sở Tài nguyên- Môi trường tỉnh Đồng Nai cho biết liên quan đến hiện tượng nước tại một số giếng trên địa bàn có thể châm lửa đốt cháy.";
    assert_mention(
        text,
        "Sở Tài nguyên- Môi trường tỉnh Đồng Nai",
        "Sở Tài nguyên và Môi trường tỉnh Đồng Nai",
    );
}

#[test]
fn a_lower_case_company_head_before_a_proper_name_is_read() {
    // general-10k baomoi-22682136
    let text = "Trong quá trình làm đại lý cho công ty PC, kể từ ngày 14/06/2016, công ty Hoàng Gia liên tục lợi dụng chính sách kinh doanh.";
    assert_mention(text, "công ty PC", "Công ty PC");
    assert_mention(text, "công ty Hoàng Gia", "Công ty Hoàng Gia");
    // labour.jsonl baomoi-22712426
    let text = "Được biết, đây là nhà máy chế biến bã mía của công ty Tân Nhật Minh thuê lại kho bãi sản xuất.";
    assert_mention(text, "công ty Tân Nhật Minh", "Công ty Tân Nhật Minh");
    // general-10k baomoi-22487261: companies of a country.
    let text = "Trung Quốc có thể trừng phạt các công ty Hàn Quốc đang làm ăn tại Trung Quốc.";
    assert_no_mention_from(text, "công ty");
}

#[test]
fn a_company_head_before_the_short_name_the_article_defines_is_that_company() {
    // general-10k baomoi-22418065 (clauses)
    let text = "Công ty TNHH Gang thép Hưng Nghiệp Formosa Hà Tĩnh (FHS) cho biết. Ngay trong đêm 30/5, phía công ty FHS đã hội ý kỹ thuật.";
    let found = canonicals(text);
    assert!(
        found.iter().all(|(_, c)| c.starts_with("Công ty TNHH")),
        "{found:?}"
    );
    assert!(found.len() >= 2, "{found:?}");
}
