//! Tests of news media named as a report's source, sector spellings and abbreviations, and
//! canonical names completed with a place's full name (session 15; sentences from
//! ../shared/corpus-real, no gold article).

use super::named_tests::{canonicals, pairs};

#[test]
fn a_medium_a_report_is_attributed_to() {
    // baomoi-22570519
    let text = "Theo Bloomberg, đất nước mặt trời mọc đang đẩy mạnh chiêu mộ sinh viên tới từ khu vực ASEAN nhằm tạo ra một “cây cầu nối” giữa Nhật Bản với các quốc gia Đông Nam Á trong tương lai.";
    assert_eq!(canonicals(text), pairs(&[("Bloomberg", "Bloomberg")]));
    // baomoi-22539694
    let text = "Trao đổi với VnExpress, ông Trần Kim Lân - Bí thư TP Tân An cho biết, sự việc khiến bà Vân bị thương ở tay.";
    assert_eq!(
        canonicals(text).first(),
        pairs(&[("VnExpress", "VnExpress")]).first()
    );
    // baomoi-22538453: a Vietnamese newspaper takes its type word.
    let text = "Như Tiền Phong đã thông tin trước đó, vụ việc xây dựng biệt phủ trái phép của ông Ngô Văn Quang diễn ra từ lâu tại khu vực núi Hải Vân nhưng đến năm 2014 mới bị phát hiện.";
    assert_eq!(canonicals(text), pairs(&[("Tiền Phong", "Báo Tiền Phong")]));
}

#[test]
fn a_source_line_closing_the_article_is_no_mention() {
    // dantri-news_business_196: the byline.
    let text = "Tuy nhiên, mảng kinh doanh cốt lõi của Tencent là trò chơi điện tử và WeChat có thể sẽ không bị tác động.\nNhật Linh\nTheo Reuters";
    assert_eq!(canonicals(text), pairs(&[]));
    // A medium's name without a lead word is none ("Thanh Niên" is also a word).
    let text = "Tiền Phong là một xã của huyện Mê Linh.";
    assert_eq!(canonicals(text), pairs(&[]));
}

#[test]
fn a_sector_written_with_other_separators() {
    // baomoi-22418933
    let text = "Ảnh PV Theo ông Đặng Quốc Khánh, ngay khi xảy ra sự cố đêm 30.5, lãnh đạo tỉnh Hà Tĩnh và Bộ Tài nguyên - Môi trường đã khẩn cấp vào Kỳ Anh để giám sát, đánh giá nguyên nhân sự cố tại Formosa.";
    assert_eq!(
        canonicals(text),
        pairs(&[("Bộ Tài nguyên - Môi trường", "Bộ Tài nguyên và Môi trường")])
    );
    // baomoi-22443112
    let text = "Theo thống kê của Bộ Lao động, Thương binh và Xã hội, tính đến hết tháng 12-2016, cả nước có hơn 2,31 triệu hộ nghèo.";
    assert_eq!(
        canonicals(text),
        pairs(&[(
            "Bộ Lao động, Thương binh và Xã hội",
            "Bộ Lao động - Thương binh và Xã hội"
        )])
    );
}

#[test]
fn a_sector_abbreviated_in_letters_alone() {
    // baomoi-21478063
    let text = "Để làm được điều này, Bộ GDĐT sẽ không phải là đơn vị kiểm tra và không can thiệp vào kết quả của người được giao kiểm tra.";
    assert_eq!(
        canonicals(text),
        pairs(&[("Bộ GDĐT", "Bộ Giáo dục và Đào tạo")])
    );
}

#[test]
fn a_committee_completed_with_the_full_name_of_its_city() {
    // baomoi-21511760
    let text = "Bí thư Thành ủy đề nghị phải tìm cách giảm giá nhà ở xã hội xuống còn khoảng 5 - 6 triệu đồng/mét vuông khi bàn hướng ra cho nhà ở xã hội, tại cuộc làm việc ở Liên đoàn Lao động TP.HCM chiều 10.2.";
    assert_eq!(
        canonicals(text),
        pairs(&[
            ("Thành ủy", "Thành ủy Thành phố Hồ Chí Minh"),
            (
                "Liên đoàn Lao động TP.HCM",
                "Liên đoàn Lao động Thành phố Hồ Chí Minh"
            ),
        ])
    );
}

#[test]
fn a_sentence_opener_after_a_name_is_a_missing_full_stop() {
    // baomoi-21471067: a caption without its full stop.
    let text = "TBM đầu tiên sẵn sàng để đưa vào hầm Dự án mở rộng Nhà máy Thủy điện Đa Nhim Sau thời gian làm việc gấp rút, hôm nay (6/2), công nhân đã hoàn thành.";
    assert_eq!(
        canonicals(text),
        pairs(&[("Nhà máy Thủy điện Đa Nhim", "Nhà máy Thủy điện Đa Nhim")])
    );
    // baomoi-22275151: a newspaper's name.
    let text = "Đoạn sông phát hiện thi thể nạn nhân - Ảnh: Báo Giao thông Cũng theo thông tin trên báo Tri thức trực tuyến, trong khi đó, gia đình đã trình báo.";
    assert_eq!(
        canonicals(text),
        pairs(&[
            ("Báo Giao thông", "Báo Giao thông"),
            // Stop 27: the newspaper after the lead "trên" (`press_lead`).
            ("báo Tri thức trực tuyến", "Báo Tri thức trực tuyến"),
        ])
    );
}
