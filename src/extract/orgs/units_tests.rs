//! Tests of agencies written with no place and of bare type words that refer back to the
//! article's organization of that type. Every sentence is a real one from
//! `../shared/corpus-real` (its article id given), none from a gold file.

use super::named_tests::{assert_mention, canonicals, pairs};

#[test]
fn agency_with_six_name_words_takes_its_place() {
    // baomoi-22738617
    let text = "Chiều 12/7, ông Nguyễn Chí Công, Chi cục trưởng Chi cục An toàn vệ sinh thực phẩm tỉnh An Giang, ký báo cáo gửi UBND tỉnh này.";
    assert_mention(
        text,
        "Chi cục An toàn vệ sinh thực phẩm tỉnh An Giang",
        "Chi cục An toàn vệ sinh thực phẩm tỉnh An Giang",
    );
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

#[test]
fn bare_type_word_refers_back_to_the_one_organization_of_its_type() {
    // baomoi-21491491
    let text = "Cty TNHH điện tử Foster (100% vốn Nhật Bản, chuyên sản xuất loa ôtô, tai nghe điện thoại tại KCN VSIP Bắc Ninh, TX.Từ Sơn, Bắc Ninh) hiện có trên 3.000 công nhân. Đích thân Tổng giám đốc của Cty đã lên trao quà cho các công nhân may mắn.";
    let found = canonicals(text);
    assert!(found.contains(&("Cty".to_string(), "Công ty TNHH điện tử Foster".to_string())));
}

#[test]
fn bare_type_word_before_a_description_or_without_referent_is_none() {
    // baomoi-22404472: "Bệnh viện đa khoa thành phố" is another hospital.
    let text =
        "Bệnh viện Bạch Mai đã gửi 8 bệnh nhân sang Bệnh viện đa khoa thành phố để chạy thận.";
    assert!(canonicals(text)
        .iter()
        .all(|(surface, _)| surface != "Bệnh viện"));
    // baomoi-22259955: "một Công ty" is one of many, and the article names none.
    let text =
        "Sinh viên chưa tốt nghiệp đã được nhận vào làm tại một Công ty của Nhật Bản ở Việt Nam.";
    assert!(canonicals(text).is_empty());
}

#[test]
fn lower_case_police_names_a_force_only_with_its_place() {
    // baomoi-22625799
    let text = "Thấy vợ chảy nhiều máu và nằm gục tại chỗ, tưởng nạn nhân đã chết nên Phúc khóa cửa nhà rồi đến công an phường Thống Nhất tự thú.";
    assert_eq!(
        canonicals(text),
        pairs(&[("công an phường Thống Nhất", "Công an phường Thống Nhất")])
    );
    // baomoi-22291218: a force with no place written is none.
    let text = "Ban đầu, lực lượng công an phường đã giải thích, yêu cầu nhóm đối tượng giải tán.";
    assert!(canonicals(text).is_empty());
}

#[test]
fn a_capitalized_police_head_and_a_bare_level_word_is_completed() {
    // baomoi-21491101, baomoi-22618070 (corpus-real general-10k)
    let text = "Thượng tá Nguyễn Văn Bội - Phó Trưởng Công an huyện Ứng Hòa cho biết, thời gian tới Công an huyện sẽ tiếp tục phối hợp cùng các cơ quan chức năng đẩy mạnh công tác tuyên truyền.";
    assert_eq!(
        canonicals(text),
        pairs(&[
            ("Công an huyện Ứng Hòa", "Công an huyện Ứng Hòa"),
            ("Công an huyện", "Công an huyện Ứng Hòa"),
        ])
    );
    let text = "Phó Chủ tịch UBND tỉnh Bình Định Trần Châu yêu cầu Công an tỉnh truy tìm, lập sơ báo cáo vụ việc lên Bộ Công an để điều tra.";
    assert_mention(text, "Công an tỉnh", "Công an tỉnh Bình Định");
}

#[test]
fn a_bare_police_level_is_none_when_generic_listed_unresolved_or_its_place_unread() {
    // dantri-news_society_182, baomoi-21494795 and a general-10k ward named after a person
    let text = "Theo Nghị định số 42/2021 của Chính phủ quy định việc xây dựng Công an xã, thị trấn chính quy (có hiệu lực từ ngày 16/5).";
    assert!(!canonicals(text)
        .iter()
        .any(|(s, _)| s.starts_with("Công an")));
    let text = "Cơ quan giải quyết là Công an quận nơi bạn đăng ký thường trú.";
    assert!(canonicals(text).is_empty());
    let text = "Công an phường Lê Đại Hành (quận Hai Bà Trưng) đã đưa tài xế xe bán tải về trụ sở để làm rõ vụ việc.";
    assert!(!canonicals(text).iter().any(|(s, _)| s == "Công an phường"));
}

#[test]
fn a_bare_police_level_is_not_completed_from_the_issuer_of_an_id_card() {
    // corpus-real general-10k, line 304 (an article of Công an tỉnh Hà Tĩnh)
    let text = "Sau khi xác minh không biết bị can đang ở đâu, Công an tỉnh Hà Tĩnh ra quyết định truy nã toàn quốc Bạch Hồng Quyền, quê Thôn Cói, xã An Đỗ, huyện Lục Bình, tỉnh Hà Nam về tội Gây rối trật tự công cộng; nghề nghiệp lao động tự do, quốc tịch: Việt Nam, dân tộc kinh. Số CMND 168301068, nơi cấp: Công an tỉnh Hà Nam. Công an tỉnh thông báo để mọi cơ quan, tổ chức biết, phát hiện và bắt giữ đối tượng Bạch Hồng Quyền.";
    assert_mention(text, "Công an tỉnh", "Công an tỉnh Hà Tĩnh");
}

#[test]
fn a_bare_police_level_prefers_the_article_province_to_one_named_in_passing() {
    // corpus-real general-10k, baomoi-22533278 (a trial in Thái Nguyên)
    let text = "Bích biết rõ đó là nhà ông Nguyễn Như Tuấn, Giám đốc Công an tỉnh Thái Nguyên. Cáo trạng của VKSND tỉnh Thái Nguyên thể hiện, sau khi vụ án xảy ra, Hòa biết Bích nằm trong diện bị nghi vấn. Sau khi được chuyển về trại tạm giam Công an tỉnh Phú Thọ, Bích viết đơn khai nhận toàn bộ hành vi phạm tội. Theo cáo trạng, sau khi có ý định gài mìn nhà Giám đốc Công an tỉnh, cuối tháng 11/2011, Hòa đến khách sạn ở phường Tân Thành (TP Thái Nguyên) gặp bạn cũ.";
    assert_mention(text, "Công an tỉnh", "Công an tỉnh Thái Nguyên");
}

#[test]
fn police_unit_named_by_its_crime_takes_its_parent() {
    // baomoi-22262928
    let text = "Trưa 13/5, tại km90 quốc lộ 1A đoạn huyện Hữu Lũng, Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Lạng Sơn phối hợp các đơn vị chức năng địa phương bắt quả tang một nghi phạm.";
    assert_mention(
        text,
        "Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Lạng Sơn",
        "Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Lạng Sơn",
    );
}

#[test]
fn police_unit_with_a_code_or_a_dash_before_its_parent() {
    // baomoi-21494245
    let text = "Theo Cơ quan CSĐT (PC45) Công an tỉnh Đồng Nai, đây là một vụ án giết người.";
    assert_mention(
        text,
        "Cơ quan CSĐT (PC45) Công an tỉnh Đồng Nai",
        "Cơ quan Cảnh sát điều tra (PC45), Công an tỉnh Đồng Nai",
    );
    // baomoi-22243923
    let text =
        "Cơ quan Cảnh sát điều tra - Công an tỉnh Cà Mau đã tiến hành thu thập tài liệu, chứng cứ có liên quan trong vụ án.";
    assert_mention(
        text,
        "Cơ quan Cảnh sát điều tra - Công an tỉnh Cà Mau",
        "Cơ quan Cảnh sát điều tra Công an tỉnh Cà Mau",
    );
}

#[test]
fn fire_police_with_its_place() {
    // baomoi-22458901
    let text = "Hiện, Cảnh sát PCCC tỉnh Quảng Ngãi tiếp tục huy động xe chữa cháy xuống hiện trường tiếp viện.";
    assert_eq!(
        canonicals(text),
        pairs(&[(
            "Cảnh sát PCCC tỉnh Quảng Ngãi",
            "Cảnh sát Phòng cháy chữa cháy tỉnh Quảng Ngãi"
        )])
    );
}

#[test]
fn military_commands_and_border_guards_with_their_place() {
    // baomoi-22251980, dantri-news_society_063, baomoi-22267708
    let text = "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Nghệ An chỉ đạo Đồn Biên phòng Quỳnh Phương tuần tra. Từ những sai phạm trên, Bộ CHQS tỉnh Thanh Hóa đề nghị xử lý nghiêm. Ngày 14/5, Đồn Biên phòng Tri Lễ (Bộ đội Biên phòng Nghệ An) đã bàn giao 2 đối tượng.";
    let found = canonicals(text);
    for (surface, canonical) in [
        (
            "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Nghệ An",
            "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Nghệ An",
        ),
        (
            "Bộ CHQS tỉnh Thanh Hóa",
            "Bộ Chỉ huy Quân sự tỉnh Thanh Hóa",
        ),
        (
            "Bộ đội Biên phòng Nghệ An",
            "Bộ đội Biên phòng tỉnh Nghệ An",
        ),
    ] {
        assert!(
            found.contains(&(surface.to_string(), canonical.to_string())),
            "{found:?}"
        );
    }
}

#[test]
fn another_countrys_command_or_the_national_force_names_none_here() {
    // baomoi-22266927: "Bộ Chỉ huy Thái Bình Dương Mỹ cho biết …", another country's
    // command, read as written with its country since stop 24 (country.rs,
    // `foreign_ministry`), no Vietnamese command; the force with no place names none.
    let text = "Trong khi đó, Bộ Chỉ huy Thái Bình Dương Mỹ cho biết đang xác định loại tên lửa. Bộ đội Biên phòng đã bắt giữ.";
    assert_eq!(
        canonicals(text),
        vec![(
            "Bộ Chỉ huy Thái Bình Dương Mỹ".to_string(),
            "Bộ Chỉ huy Thái Bình Dương Mỹ".to_string()
        )]
    );
}

#[test]
fn police_unit_with_its_parent_after_a_code_and_a_comma_or_dash() {
    // baomoi-22241863
    let text = "Thượng tá Trương Đức Đương, Phó Phòng Cảnh sát hình sự (PC45), Công an tỉnh Gia Lai, cho hay: xe tải do tài xế điều khiển.";
    assert_mention(
        text,
        "Phòng Cảnh sát hình sự (PC45), Công an tỉnh Gia Lai",
        "Phòng Cảnh sát hình sự (PC45), Công an tỉnh Gia Lai",
    );
    // baomoi-22381596
    let text = "Ngày 26/5, Phòng Cảnh sát hình sự (PC45) - Công an tỉnh Quảng Nam đã phối hợp với Công an thị xã Điện Bàn.";
    assert_mention(
        text,
        "Phòng Cảnh sát hình sự (PC45) - Công an tỉnh Quảng Nam",
        "Phòng Cảnh sát hình sự (PC45), Công an tỉnh Quảng Nam",
    );
    // baomoi-22421071: the dash inside the parentheses, the parent a mention of its own.
    let text = "Ngày 31/5, Phòng Cảnh sát hình sự (PC45 - CATP Hà Nội) đang phối hợp với Công an quận Cầu Giấy làm rõ vụ việc.";
    assert_mention(
        text,
        "Phòng Cảnh sát hình sự",
        "Phòng Cảnh sát hình sự (PC45), Công an thành phố Hà Nội",
    );
    // baomoi-21481602: the full crime name (eleven words) reaches its parent.
    let text = "Ngày 20.5.2016, Phòng Cảnh sát điều tra tội phạm về trật tự xã hội, Công an tỉnh Nghệ An cho biết đã bắt khẩn cấp nghi phạm.";
    assert_mention(
        text,
        "Phòng Cảnh sát điều tra tội phạm về trật tự xã hội, Công an tỉnh Nghệ An",
        "Phòng Cảnh sát điều tra tội phạm về trật tự xã hội, Công an tỉnh Nghệ An",
    );
}

#[test]
fn police_unit_with_its_parent_in_parentheses() {
    // baomoi-21471328: the unit the mention, the police a mention of its own.
    let text = "Lãnh đạo Phòng CSGT (Công an tỉnh Hòa Bình) cho biết, chiếc xe khách 50 chỗ chạy tuyến Hòa Bình.";
    assert_eq!(
        canonicals(text),
        pairs(&[
            (
                "Phòng CSGT",
                "Phòng Cảnh sát giao thông, Công an tỉnh Hòa Bình"
            ),
            ("Công an tỉnh Hòa Bình", "Công an tỉnh Hòa Bình"),
        ])
    );
    // baomoi-22258256: a code as the name's last word is written in parentheses.
    let text = "Ngày 12/5, Cơ quan Cảnh sát điều tra PC45 (Công an tỉnh Bà Rịa - Vũng Tàu) và các đơn vị nghiệp vụ đã hoàn tất công tác khám nghiệm.";
    assert_mention(
        text,
        "Cơ quan Cảnh sát điều tra PC45",
        "Cơ quan Cảnh sát điều tra (PC45), Công an tỉnh Bà Rịa - Vũng Tàu",
    );
}

#[test]
fn police_unit_part_of_its_parent_or_without_one_is_no_unit_mention() {
    // baomoi-22448422: "thuộc" ends the unit's name; only the police is read.
    let text = "Chiến công này có đóng góp chính của Đội Cảnh sát điều tra tội phạm về ma túy thuộc Công an quận Bình Thạnh. Ông Hà nói.";
    assert_eq!(
        canonicals(text),
        pairs(&[("Công an quận Bình Thạnh", "Công an quận Bình Thạnh")])
    );
    // baomoi-22254580: no parent in the sentence.
    let text = "Từ chứng cứ thu thập được, ngày 18/4, Cơ quan CSĐT ra quyết định khởi tố bị can.";
    assert!(canonicals(text).is_empty(), "{:?}", canonicals(text));
}
