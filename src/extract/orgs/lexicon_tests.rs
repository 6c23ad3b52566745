//! Tests of the organization rules of 2026-12-06 (session 13, issue 12): abbreviated level
//! words, the heads "Tổ chức", "Văn phòng", "Xí nghiệp", "ĐH" and "Đại sứ quán", a company's
//! trade before its name, other countries' parties, a unit's number, "Thành ủy TP.HCM" and
//! short names completed from the article. Every sentence is a real one from
//! `../shared/corpus-real` (its article id given), none from a gold file.

use super::named_tests::{canonicals, pairs};

#[test]
fn abbreviated_district_level_words_run_into_their_place() {
    // baomoi-22669441
    let text = "Ngày 3.7, Cơ quan CSĐT Công an H.Bình Chánh (TP.HCM) cho biết đơn vị này vẫn đang tiến hành điều tra nguyên nhân tử vong.";
    assert_eq!(
        canonicals(text),
        pairs(&[(
            "Cơ quan CSĐT Công an H.Bình Chánh",
            "Cơ quan Cảnh sát điều tra Công an huyện Bình Chánh"
        )])
    );
    // baomoi-21492993
    let text = "phối hợp với UBND Q.8 thực hiện công tác giải phóng mặt bằng các hộ dân sống ở trên và ven bờ nam kênh Đôi theo phương thức PPP";
    assert_eq!(
        canonicals(text),
        pairs(&[("UBND Q.8", "Ủy ban nhân dân quận 8")])
    );
}

#[test]
fn to_chuc_with_a_capitalized_name_is_an_organization() {
    // baomoi-22241159
    let text = "các tổ chức quốc tế và phát triển như : Tổ chức Lao động quốc tế ( ILO ) , Ngân hàng Thế giới (WB)";
    assert_eq!(
        canonicals(text),
        pairs(&[
            ("Tổ chức Lao động quốc tế", "Tổ chức Lao động quốc tế"),
            ("Ngân hàng Thế giới", "Ngân hàng Thế giới"),
        ])
    );
    // baomoi-22669758
    let text = "Cương lĩnh giữ nguyên mức đóng góp 2% Tổng sản phẩm quốc nội (GDP) cho ngân sách quốc phòng theo như cam kết giữa các thành viên Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO).";
    assert_eq!(
        canonicals(text),
        pairs(&[(
            "Tổ chức Hiệp ước Bắc Đại Tây Dương",
            "Tổ chức Hiệp ước Bắc Đại Tây Dương"
        )])
    );
}

#[test]
fn an_embassy_is_named_with_its_host_country_and_the_government_office_is_one() {
    // baomoi-22454709
    let text = "Cũng nhân dịp này, thừa ủy quyền của Thủ tướng, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Mai Tiến Dũng đã trân trọng trao Bằng khen của Thủ tướng Chính phủ tặng Đại sứ quán Việt Nam tại Nhật Bản và Đại sứ Nguyễn Quốc Cường.";
    assert_eq!(
        canonicals(text),
        pairs(&[
            ("Văn phòng Chính phủ", "Văn phòng Chính phủ"),
            ("Chính phủ", "Chính phủ Việt Nam"),
            (
                "Đại sứ quán Việt Nam tại Nhật Bản",
                "Đại sứ quán Việt Nam tại Nhật Bản"
            ),
        ])
    );
}

#[test]
fn an_enterprise_unit_keeps_its_number() {
    // baomoi-22552252
    let text = "chị Trần Thị Th. (SN 1985, công nhân Xí nghiệp Môi trường Đô thị số 2 - Urenco 2) chia sẻ, chị làm công nhân môi trường đô thị đến nay đã được 7 năm";
    assert_eq!(
        canonicals(text),
        pairs(&[(
            "Xí nghiệp Môi trường Đô thị số 2",
            "Xí nghiệp Môi trường Đô thị số 2"
        )])
    );
}

#[test]
fn a_company_may_name_its_trade_before_its_name() {
    // baomoi-21474347
    let text = "đơn vị này đã có văn bản báo cáo lên Văn phòng Bộ Công an đính chính lại thông tin Ninh Bình không xảy ra tai nạn giao thông";
    assert_eq!(
        canonicals(text),
        pairs(&[("Văn phòng Bộ Công an", "Văn phòng Bộ Công an")])
    );
    // baomoi-22685706
    let text = "Trước mắt Công ty than Dương Huy hỗ trợ gia đình nạn nhân 100 triệu để lo hậu sự. Ông Nguyễn Hải Phi, Chánh Văn phòng Công ty than Dương Huy xác nhận: nạn nhân là Phạm Văn Dân.";
    assert_eq!(
        canonicals(text),
        pairs(&[
            ("Công ty than Dương Huy", "Công ty than Dương Huy"),
            (
                "Văn phòng Công ty than Dương Huy",
                "Văn phòng Công ty than Dương Huy"
            ),
        ])
    );
    // baomoi-22322349 (a subheading run into its paragraph): a sentence opener is no name.
    let text = "Công ty mất tích Sau nhiều lần liên lạc với bà Lê Thị Bình Phương và chỉ nhận về hứa hẹn, chờ đợi.";
    assert!(canonicals(text).is_empty());
}

#[test]
fn another_countrys_party_is_not_the_communist_party_of_vietnam() {
    // baomoi-22669758
    let text = "Trong khi đó, tỷ lệ ủng hộ đảng Dân chủ Xã hội (SPD) đối lập là 23%, không thay đổi so với cuộc thăm dò trước và tỷ lệ ủng hộ dành cho đảng Xanh bảo vệ môi trường tăng thêm 1% lên mức 9%.";
    // ("đảng Xanh bảo vệ môi trường" is read "Đảng Xanh bảo": a syllable after a
    // capitalized word is taken as its compound's, as "Bảo thủ", "Lao động".)
    let found = canonicals(text);
    assert!(found.contains(&(
        "đảng Dân chủ Xã hội".to_string(),
        "Đảng Dân chủ Xã hội".to_string()
    )));
    assert!(found.iter().all(|(_, c)| c != "Đảng Cộng sản Việt Nam"));
    // baomoi-21479217, baomoi-22443114
    let text = "Tháng 1/2016, tại Đại hội lần thứ X Đảng Nhân Dân Cách mạng Lào, đồng chí Thongloun Sisoulith được bầu. Tại Anh, khảo sát cho thấy Đảng Bảo thủ của bà May không còn áp đảo Đảng Lao động của ứng cử viên đối lập.";
    assert_eq!(
        canonicals(text),
        pairs(&[
            ("Đảng Nhân Dân Cách mạng Lào", "Đảng Nhân Dân Cách mạng Lào"),
            ("Đảng Bảo thủ", "Đảng Bảo thủ"),
            ("Đảng Lao động", "Đảng Lao động"),
        ])
    );
    let text = "tỷ lệ ủng hộ đảng Cánh tả (Linke) giảm 1% xuống còn 9% và đảng Dân chủ Tự do (FDP) giảm 1% xuống 7%.";
    assert_eq!(
        canonicals(text),
        pairs(&[
            ("đảng Cánh tả", "Đảng Cánh tả"),
            ("đảng Dân chủ Tự do", "Đảng Dân chủ Tự do"),
        ])
    );
    let text = "[Đảng bảo thủ của Thủ tướng Merkel nhận được sự ủng hộ cao nhất]";
    assert!(canonicals(text).is_empty());
    // baomoi-22454709: the Party of Vietnam stays.
    let text = "Bà con kỳ vọng, dưới sự lãnh đạo của Đảng, Nhà nước, đất nước ta sẽ tiếp tục có bước phát triển vượt bậc.";
    assert_eq!(
        canonicals(text),
        pairs(&[("Đảng", "Đảng Cộng sản Việt Nam")])
    );
}

#[test]
fn a_party_name_ends_before_a_foreign_persons_name() {
    // dantri-news_world_020
    let text = "Trên thực tế, cả Tổng thống Trump và ứng viên đảng Dân chủ Joe Biden đều tổ chức các sự kiện ở Florida hôm 29/10.";
    assert_eq!(canonicals(text), pairs(&[("đảng Dân chủ", "Đảng Dân chủ")]));
}

#[test]
fn the_city_committee_of_ho_chi_minh_city_is_written_with_its_level_word() {
    // baomoi-21492701
    let text = "Xuống làm việc với tỉnh Bình Dương hôm 5/2, Bí thư Thành ủy TP HCM Đinh La Thăng đánh giá cao mô hình nhà ở 100 triệu.";
    assert_eq!(
        canonicals(text),
        pairs(&[("Thành ủy TP HCM", "Thành ủy Thành phố Hồ Chí Minh")])
    );
}

#[test]
fn short_office_and_university_names_take_the_articles_full_name() {
    // baomoi-21492701
    let text = "Giám đốc Sở Xây dựng Trần Trọng Tuấn nói rằng, thành phố chỉ có thể xây nhà giá 100 triệu đồng ở KCN Hiệp Phước. Ngày 8/2, họp về kế hoạch trong năm, Giám đốc Sở Xây dựng TP HCM Trần Trọng Tuấn cho biết.";
    let found = canonicals(text);
    assert_eq!(
        found,
        pairs(&[
            ("Sở Xây dựng", "Sở Xây dựng Thành phố Hồ Chí Minh"),
            ("Sở Xây dựng TP HCM", "Sở Xây dựng Thành phố Hồ Chí Minh"),
        ])
    );
    // baomoi-22721879 (two sentences of the article)
    let text = "Phải đưa ra tiêu chí phụ Là một trong những trường hàng năm luôn có lượng hồ sơ xét tuyển “khủng” nhất cả nước, ĐH Bách khoa Hà Nội năm nay cũng dự phòng phương án. Ông Tớp phân tích, từ số liệu của Trường ĐH Bách khoa Hà Nội cho thấy, thí sinh có mức điểm từ 26 điểm trở lên rất nhiều.";
    assert_eq!(
        canonicals(text),
        pairs(&[
            ("ĐH Bách khoa Hà Nội", "Trường Đại học Bách khoa Hà Nội"),
            (
                "Trường ĐH Bách khoa Hà Nội",
                "Trường Đại học Bách khoa Hà Nội"
            ),
        ])
    );
}

#[test]
fn a_department_name_runs_to_the_end_of_its_phrase() {
    // baomoi-22245863
    let text = "Phát biểu khai mạc Hội thảo, Phó Vụ trưởng Vụ Hợp tác quốc tế, Bộ Giáo dục và Đào tạo Phạm Chí Cường cho biết tại Hội thảo lần này.";
    let found = canonicals(text);
    assert!(found.contains(&(
        "Vụ Hợp tác quốc tế".to_string(),
        "Vụ Hợp tác quốc tế".to_string()
    )));
}

#[test]
fn the_next_sentence_or_a_photo_credit_is_no_city_after_tp() {
    // baomoi-21512269: "TP." ends the sentence; "Việc" opens the next one.
    let text =
        "là đúng quy định của UBND TP. Việc bà Hòa đề nghị tiếp tục được hỗ trợ bằng 3,5 lần";
    assert!(canonicals(text).iter().all(|(_, c)| !c.contains("Việc")));
    // baomoi-21511079: a photo credit after "TP".
    let text = "báo cáo với Thường trực Thành ủy về hoạt động Công đoàn TP Ảnh: Hồng Đào Trong dịp Tết Đinh Dậu";
    assert!(canonicals(text).iter().all(|(_, c)| !c.contains("Ảnh")));
    // general-10k baomoi-22647023: a city the gazetteer lacks, before a bracket, stays.
    let text = "hiện đã được đưa về Công an TP. Vinh (Nghệ An). Thái đang có con điều trị";
    assert!(canonicals(text)
        .iter()
        .any(|(_, c)| c == "Công an thành phố Vinh"));
    // general-10k baomoi-22225573: a quoted official's district before a colon stays.
    let text = "Ông Phạm Đăng Nhật - Chủ tịch UBND huyện Cẩm Xuyên: Một số chỉ tiêu, số liệu trong báo cáo không phù hợp";
    assert!(canonicals(text)
        .iter()
        .any(|(_, c)| c == "Ủy ban nhân dân huyện Cẩm Xuyên"));
}

#[test]
fn an_apostrophe_inside_a_place_name_does_not_end_it() {
    // general-10k baomoi-22740949
    let text =
        "Ngày 12/7, VKSND huyện Cư M’gar, tỉnh Đắk Lắk đã phê chuẩn quyết định khởi tố bị can.";
    assert!(canonicals(text)
        .iter()
        .any(|(_, c)| c == "Viện kiểm sát nhân dân huyện Cư M’gar"));
}
