//! Tests of the organization grammar and resolution.

use super::rules::rule_rows_read;
use super::*;
use crate::rules::Table;

fn canonicals(text: &str) -> Vec<(String, String)> {
    find(&Document::from_text(text))
        .into_iter()
        .map(|s| (text[s.start..s.end].to_string(), s.full_canonical()))
        .collect()
}

#[test]
fn definitions_spell_initials() {
    let defs = definitions("Sáng 17/1, Liên đoàn Lao động (LĐLĐ) quận Thanh Khê tổ chức hội nghị tổng kết phong trào công nhân viên chức lao động (CNVCLĐ) và");
    assert_eq!(
        defs.get("LĐLĐ").map(String::as_str),
        Some("Liên đoàn Lao động")
    );
    assert_eq!(
        defs.get("CNVCLĐ").map(String::as_str),
        Some("công nhân viên chức lao động")
    );
}

#[test]
fn seed_000_cluster_and_party_bodies() {
    let text = "Chiều 12/12, tại thành phố Hải Phòng, Cụm thi đua Liên đoàn Lao động (LĐLĐ) 5 thành phố trực thuộc Trung ương tổ chức hội nghị tổng kết phong trào CNVCLĐ và hoạt động Công đoàn năm 2023. Đến dự và chỉ đạo hội nghị có đồng chí Nguyễn Đình Khang, Ủy viên Ban Chấp hành Trung ương Đảng, Chủ tịch Tổng LĐLĐ Việt Nam.";
    assert_eq!(
        canonicals(text),
        [
            (
                "Cụm thi đua Liên đoàn Lao động (LĐLĐ) 5 thành phố trực thuộc Trung ương"
                    .to_string(),
                "Cụm thi đua Liên đoàn Lao động 5 thành phố trực thuộc Trung ương".to_string()
            ),
            (
                "Ban Chấp hành Trung ương Đảng".to_string(),
                "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam".to_string()
            ),
            (
                "Tổng LĐLĐ Việt Nam".to_string(),
                "Tổng Liên đoàn Lao động Việt Nam".to_string()
            ),
        ]
    );
}

#[test]
fn generic_plurals_are_not_organizations() {
    // 000 / 002 / 004: các cấp Công đoàn, tổ chức Công đoàn, LĐLĐ các huyện, Công đoàn cơ sở.
    let text = "Tuyên truyền đến các cấp Công đoàn; thực hiện tốt chủ đề năm 2024 của tổ chức Công đoàn. Đại diện lãnh đạo LĐLĐ các huyện trong cụm thi đua đã nêu. Vận động thành lập Công đoàn cơ sở đạt chỉ tiêu. Các cấp công đoàn tỉnh và năng lực.";
    let found = canonicals(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "cụm thi đua");
}

#[test]
fn grassroots_union_of_a_named_unit() {
    // 002 related news.
    let text = "Thời gian qua, Công đoàn Trung tâm Nghiên cứu Vịt Đại Xuyên (huyện Phú Xuyên, Hà Nội) đã chú trọng vào các phong trào thi đua.";
    assert_eq!(
        canonicals(text)[0].1,
        "Công đoàn Trung tâm Nghiên cứu Vịt Đại Xuyên"
    );
}

#[test]
fn enterprise_name_ends_at_last_capitalized_word() {
    let text = "LĐLĐ huyện Ứng Hòa đã ký thỏa thuận thực hiện chế độ ưu đãi với Công ty Cổ phần hệ thống bệnh viện gia đình Việt Nam tặng 300 phiếu khám bệnh";
    let found = canonicals(text);
    assert_eq!(
        found[1].1,
        "Công ty Cổ phần hệ thống bệnh viện gia đình Việt Nam"
    );
    assert_eq!(found[0].1, "Liên đoàn Lao động huyện Ứng Hòa");
}

#[test]
fn role_word_tinh_uy_vien_is_not_an_organization() {
    let text = "Lê Quang Toản - Tỉnh ủy viên, Ủy viên Ban Chấp hành Tổng LĐLĐ Việt Nam, Chủ tịch LĐLĐ tỉnh; Hưng Yên";
    let found = canonicals(text);
    assert_eq!(found[0].1, "Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam");
    assert_eq!(found[1].1, "Liên đoàn Lao động tỉnh Hưng Yên");
    assert_eq!(found.len(), 2);
}

#[test]
fn partial_mentions_resolve_from_district_gazetteer() {
    // 001: the city is never named; quận Thanh Khê lies in Đà Nẵng.
    let text = "Năm 2023, dưới sự lãnh đạo, chỉ đạo của LĐLĐ thành phố, quận ủy và sự phối hợp, các doanh nghiệp trên địa bàn quận Thanh Khê; LĐLĐ quận đã lãnh đạo. LĐLĐ quận Thanh Khê đã trao quà.";
    let found = canonicals(text);
    let canon: Vec<&str> = found.iter().map(|(_, c)| c.as_str()).collect();
    assert_eq!(
        canon,
        [
            "Liên đoàn Lao động thành phố Đà Nẵng",
            "Quận ủy Thanh Khê",
            "Liên đoàn Lao động quận Thanh Khê",
            "Liên đoàn Lao động quận Thanh Khê"
        ]
    );
}

#[test]
fn bare_lien_doan_and_office_take_the_last_district() {
    // 002.
    let text = "LĐLĐ huyện Mỹ Đức ký kết chương trình phối hợp giữa LĐLĐ với Phòng Giáo dục và đào tạo huyện về cán bộ Công đoàn, nhà giáo tâm huyết.";
    let canon: Vec<String> = canonicals(text).into_iter().map(|(_, c)| c).collect();
    assert_eq!(
        canon,
        [
            "Liên đoàn Lao động huyện Mỹ Đức",
            "Liên đoàn Lao động huyện Mỹ Đức",
            "Phòng Giáo dục và Đào tạo huyện Mỹ Đức"
        ]
    );
}

#[test]
fn seed_002_huyen_uy_of_all_six_districts_is_not_emitted() {
    // GUIDELINES hard case 10: "của Huyện ủy" refers to the six districts at once.
    let text = "Dự có đồng chí Nguyễn Văn Cương - Phó Bí thư thường trực Huyện ủy Phú Xuyên...\n\nCụm thi đua số 5 LĐLĐ thành phố Hà Nội gồm 6 đơn vị: LĐLĐ huyện Phú Xuyên, LĐLĐ huyện Thường Tín, LĐLĐ huyện Thanh Oai, LĐLĐ huyện Chương Mỹ, LĐLĐ huyện Ứng Hòa, LĐLĐ huyện Mỹ Đức.\n\nTập trung làm tốt công tác tuyên truyền, phổ biến Nghị quyết của Thành ủy, UBND, LĐLĐ Thành phố, của Huyện ủy, đặc biệt công tác tuyên truyền trước, trong và sau đại hội các cấp.";
    let found = canonicals(text);
    assert_eq!(
        found
            .iter()
            .filter(|(t, _)| t.starts_with("Huyện ủy"))
            .count(),
        1,
        "{found:?}"
    );
    assert!(found
        .iter()
        .any(|(t, c)| t == "Thành ủy" && c == "Thành ủy Hà Nội"));
    // Within one paragraph the nearest district is meant ("LĐLĐ huyện đã tiến hành chi").
    let text = "LĐLĐ huyện Phú Xuyên báo cáo. LĐLĐ huyện Chương Mỹ chỉ đạo Công đoàn cơ sở triển khai gắn biển công trình. LĐLĐ huyện đã tiến hành chi 898/994 suất quà Tết.";
    let found = canonicals(text);
    assert_eq!(found[2].1, "Liên đoàn Lao động huyện Chương Mỹ");
}

#[test]
fn unresolved_partial_keeps_expanded_surface() {
    let text = "Chủ tịch LĐLĐ tỉnh phát biểu.";
    let spans = find(&Document::from_text(text));
    assert_eq!(spans.len(), 1);
    assert_eq!(spans[0].canonical, "Liên đoàn Lao động tỉnh");
    assert!(!spans[0].resolved);
}

#[test]
fn party_and_generic_party_organization() {
    // 004 and 002: "của Đảng" counts, "tổ chức Đảng" does not.
    let text = "các chủ trương, đường lối của Đảng, chính sách pháp luật của Nhà nước; nơi có tổ chức Đảng...";
    let canon: Vec<String> = canonicals(text).into_iter().map(|(_, c)| c).collect();
    assert_eq!(canon, ["Đảng Cộng sản Việt Nam"]);
}

#[test]
fn mass_organizations_with_their_places() {
    // 002 related news lines.
    let text = "Sáng nay (17/7), Ủy ban Mặt trận Tổ quốc (MTTQ) Việt Nam phường Phúc Lợi tổ chức Hội nghị. Ngày 16/7, Hội Cựu chiến binh phường Việt Hưng tổ chức Hội nghị. Chiều 11/7, Ban Thường vụ Đoàn TNCS Hồ Chí Minh tổ chức.";
    let canon: Vec<String> = canonicals(text).into_iter().map(|(_, c)| c).collect();
    assert_eq!(
        canon,
        [
            "Ủy ban Mặt trận Tổ quốc Việt Nam phường Phúc Lợi",
            "Hội Cựu chiến binh phường Việt Hưng",
            "Ban Thường vụ Đoàn Thanh niên Cộng sản Hồ Chí Minh"
        ]
    );
}

#[test]
fn news_extra_courts_and_police_with_their_places() {
    // news-extra x031, x041, x036 (general news, same annotation rules).
    let text = "TAND TP.HCM vừa xử phúc thẩm, tuyên giữ nguyên bản án sơ thẩm của TAND quận Gò Vấp. Xác minh biết chiếc xe đã bị mất trộm tại tỉnh Đắk Nông nên Công an quận 2 bàn giao chiếc xe. Thông tư liên tịch 01/2017 của Liên Bộ Tư Pháp, Bộ Công an, Viện kiểm sát nhân dân tối cao, Tòa án nhân dân tối cao.";
    let canon: Vec<String> = canonicals(text).into_iter().map(|(_, c)| c).collect();
    assert_eq!(
        canon,
        [
            "Tòa án nhân dân Thành phố Hồ Chí Minh",
            "Tòa án nhân dân quận Gò Vấp",
            "Công an quận 2",
            "Bộ Tư pháp",
            "Bộ Công an",
            "Viện kiểm sát nhân dân tối cao",
            "Tòa án nhân dân tối cao"
        ]
    );
    // "cơ quan công an" and a bare "Công an" with no place are not one organization.
    assert!(
        canonicals("phải thông báo với cơ quan công an theo quy định. Công an vào cuộc.")
            .is_empty()
    );
}

#[test]
fn news_extra_short_company_names_take_the_full_name() {
    // news-extra x035.
    let text = "Công ty cổ phần Đầu tư xây dựng Nhuệ Giang được thành lập. Theo giấy chứng nhận đăng ký kinh doanh ban đầu, Công ty Nhuệ Giang có vốn điều lệ 55 tỷ đồng. Do đó, Công ty Xuân Hòa tiếp tục được tạm sử dụng khu đất. Công ty này mới góp vào.";
    let canon: Vec<String> = canonicals(text).into_iter().map(|(_, c)| c).collect();
    assert_eq!(
        canon,
        [
            "Công ty cổ phần Đầu tư xây dựng Nhuệ Giang",
            "Công ty cổ phần Đầu tư xây dựng Nhuệ Giang",
            "Công ty Xuân Hòa"
        ]
    );
}

#[test]
fn place_names_alone_are_not_organizations() {
    let text = "Chiều 12/12, tại thành phố Hải Phòng, bộ luật mới; Bộ luật Lao động năm 2019.";
    assert!(canonicals(text).is_empty());
}

fn spans(text: &str) -> Vec<OrgSpan> {
    find(&Document::from_text(text))
}

#[test]
fn city_level_words_tp_dot_tp_and_lower_case_keep_their_place() {
    // news-extra x035 (real): "UBND TP. Hà Nội"; x032 (real): "Công an TP.Đà Nẵng".
    let text = "Công ty cổ phần Đầu tư xây dựng Nhuệ Giang có trách nhiệm thanh toán cho Công ty Xuân Hòa khi có biên bản bàn giao chính thức mặt bằng theo quyết định thu hồi đất của UBND TP. Hà Nội. Từ ngày 22.9.2017, trang thông tin điện tử Công an TP.Đà Nẵng cũng có chuyên mục tra cứu vi phạm giao thông.";
    let canon: Vec<String> = canonicals(text).into_iter().map(|(_, c)| c).collect();
    assert!(
        canon.contains(&"Ủy ban nhân dân thành phố Hà Nội".to_string()),
        "{canon:?}"
    );
    assert!(
        canon.contains(&"Công an thành phố Đà Nẵng".to_string()),
        "{canon:?}"
    );
    // Adapted from seed 002 (the spellings "TP. Hồ Chí Minh", "Tp", "tp" do not occur in
    // the corpus): an article about Hà Nội naming other cities' federations. Each keeps
    // its written city; none is cut to "LĐLĐ TP." and completed with Hà Nội.
    let text = "Cụm thi đua số 5 LĐLĐ thành phố Hà Nội làm việc với LĐLĐ TP. Hồ Chí Minh, LĐLĐ Tp Hồ Chí Minh, LĐLĐ Tp. Đà Nẵng và LĐLĐ tp Đà Nẵng tại Hà Nội.";
    let found = canonicals(text);
    let written: Vec<(&str, &str)> = found
        .iter()
        .map(|(t, c)| (t.as_str(), c.as_str()))
        .collect();
    assert_eq!(
        written,
        [
            (
                "Cụm thi đua số 5 LĐLĐ thành phố Hà Nội",
                "Cụm thi đua số 5 Liên đoàn Lao động thành phố Hà Nội"
            ),
            (
                "LĐLĐ TP. Hồ Chí Minh",
                "Liên đoàn Lao động Thành phố Hồ Chí Minh"
            ),
            (
                "LĐLĐ Tp Hồ Chí Minh",
                "Liên đoàn Lao động Thành phố Hồ Chí Minh"
            ),
            ("LĐLĐ Tp. Đà Nẵng", "Liên đoàn Lao động thành phố Đà Nẵng"),
            ("LĐLĐ tp Đà Nẵng", "Liên đoàn Lao động thành phố Đà Nẵng"),
        ]
    );
    // A bare lower-case "tp" is no level word.
    assert!(spans("LĐLĐ tp và").iter().all(|s| s.level.is_none()));
}

#[test]
fn partial_stays_unresolved_when_two_provinces_are_named_equally() {
    // Adapted from seed 004 (its article names only Hưng Yên): with Hưng Yên and Bắc
    // Ninh named once each, "LĐLĐ tỉnh" is not guessed.
    let text = "Dự có toàn bộ cán bộ công đoàn chuyên trách toàn tỉnh Hưng Yên và tỉnh Bắc Ninh. Đ/c Chủ tịch LĐLĐ tỉnh phát biểu tại Hội nghị.";
    let found = spans(text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].canonical, "Liên đoàn Lao động tỉnh");
    assert!(!found[0].resolved);
    // Named twice as often, the article's province completes it (seed 004).
    let text = "Toàn tỉnh Hưng Yên có 1.625 công đoàn cơ sở. Tỉnh Hưng Yên và tỉnh Bắc Ninh. Đ/c Chủ tịch LĐLĐ tỉnh phát biểu.";
    let found = spans(text);
    assert_eq!(found[0].canonical, "Liên đoàn Lao động tỉnh Hưng Yên");
    assert!(found[0].resolved);
}

#[test]
fn partial_resolves_forward_only_to_a_single_referent() {
    // Seed 002: the headline's "Cụm thi đua số 5" is completed from the body.
    let text = "Cụm thi đua số 5 tổng kết năm 2023\n\nCụm thi đua số 5 Liên đoàn Lao động (LĐLĐ) thành phố Hà Nội đã tổ chức hội nghị.";
    assert_eq!(
        spans(text)[0].canonical,
        "Cụm thi đua số 5 Liên đoàn Lao động thành phố Hà Nội"
    );
    // Adapted from seed 000: two later city federations, so the earlier bare "LĐLĐ" has
    // no single referent.
    let text = "Dịp này, LĐLĐ giữ vai trò Cụm trưởng. LĐLĐ thành phố Đà Nẵng, LĐLĐ thành phố Cần Thơ Cụm phó.";
    let found = spans(text);
    assert_eq!(found[0].canonical, "Liên đoàn Lao động");
    assert!(!found[0].resolved);
}

#[test]
fn a_province_outside_the_gazetteer_of_today_keeps_its_written_name() {
    // Adapted from seed 004: Hà Tây (merged into Hà Nội on 1 August 2008) is in the
    // gazetteer with its validity; an unknown one (Sông Bé, split in 1997) is kept as written, not dropped.
    let text = "Năm 2007, Liên đoàn Lao động (LĐLĐ) tỉnh Hà Tây tổ chức Hội nghị gặp mặt cán bộ chuyên trách công đoàn; LĐLĐ tỉnh Sông Bé dự.";
    let found = spans(text);
    assert_eq!(found[0].canonical, "Liên đoàn Lao động tỉnh Hà Tây");
    assert_eq!(found[0].area.as_deref(), Some("Hà Tây"));
    assert_eq!(found[0].level.map(|l| l.as_str()), Some("tinh"));
    assert_eq!(found[1].area.as_deref(), Some("Sông Bé"));
    // A family name after "tỉnh" is a person (seed 004 caption typo "Lê Quang toản").
    let found = spans("Đ/c Chủ tịch LĐLĐ tỉnh Lê Quang toản phát biểu.");
    assert_eq!(found[0].canonical, "Liên đoàn Lao động tỉnh");
}

#[test]
fn generic_plurals_of_levels_are_not_organizations() {
    // Seed 002 related news (real): the Fronts of all provinces.
    let text = "Chiều ngày 9/7, tại Hà Nội, Ủy ban Trung ương Mặt trận Tổ quốc (MTTQ) Việt Nam tổ chức Hội nghị Chủ tịch Ủy ban MTTQ Việt Nam các tỉnh, thành phố (mở rộng).";
    let canon: Vec<String> = canonicals(text).into_iter().map(|(_, c)| c).collect();
    assert_eq!(canon, ["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"]);
    // Adapted from seed 004 ("Các cấp công đoàn trong tỉnh đã tổ chức …").
    let text = "Các LĐLĐ tỉnh, thành phố đã tổ chức được gần 2.000 cuộc tuyên truyền; những LĐLĐ tỉnh, thành đã tổ chức tốt; mỗi UBND đã tham gia. LĐLĐ tỉnh, thành lập mới được 62 công đoàn cơ sở.";
    let found = canonicals(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "LĐLĐ tỉnh");
}

#[test]
fn sector_unions_and_branch_unions_with_their_places() {
    // Adapted from seed 004 (Công đoàn Viên chức and Công đoàn ngành … tỉnh … do not
    // occur in the corpus).
    let text = "Ngày 01/02/2024, Công đoàn Viên chức Việt Nam, Công đoàn Viên chức tỉnh Hưng Yên và Công đoàn ngành Giáo dục tỉnh Nam Định tổ chức Hội nghị gặp mặt cán bộ chuyên trách công đoàn. Công đoàn Viên chức đã trao quà.";
    let found = spans(text);
    let summary: Vec<(&str, Option<&str>, Option<&str>)> = found
        .iter()
        .map(|s| {
            (
                s.canonical.as_str(),
                s.level.map(|l| l.as_str()),
                s.area.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("Công đoàn Viên chức Việt Nam", Some("trung_uong"), None),
            (
                "Công đoàn Viên chức tỉnh Hưng Yên",
                Some("tinh"),
                Some("Hưng Yên")
            ),
            (
                "Công đoàn ngành Giáo dục tỉnh Nam Định",
                Some("tinh"),
                Some("Nam Định")
            ),
            (
                "Công đoàn Viên chức tỉnh Hưng Yên",
                Some("tinh"),
                Some("Hưng Yên")
            ),
        ]
    );
    assert!(found.iter().all(|s| s.kind == OrganizationKind::Union));
    // "Công đoàn viên" (a member) is no union.
    assert!(spans("Các công đoàn viên chức đã tham gia.").is_empty());
}

#[test]
fn news_extra_units_agencies_and_standing_bodies() {
    // news-extra x032, x033, x037, x035 (real sentences).
    let text = "Theo thống kê của Phòng CSGT (PC67, Công an TP.Đà Nẵng), từ ngày 1.1.2016 đến hết tháng 1.2018, PC67 gửi 13.479 lượt thông báo. Hiện PC67 Đà Nẵng có nhiều kênh để thông báo đến chủ xe. Tháng 3-2015, Cơ quan CSĐT Công an TP.HCM khởi tố vụ án trộm cắp tài sản. Ngày 26/8/2004, Chi Cục Thi hành án dân sự (THADS) huyện Lâm Hà ra Quyết định thi hành án số 113/QĐ-THA. Ông Kính đem tiền đến Chi cục THADS huyện Lâm Hà để thi hành án. Công ty phải tiến hành nộp tiền thuê đất theo thông báo của Chi cục thuế quận Nam Từ Liêm (trước đây là huyện Từ Liêm). Đến ngày 25/1/2017, Thường trực Thành ủy Hà Nội cũng đã có Công văn số 532 - TB/TU đồng ý đề xuất của Ban cán sự Đảng UBND TP. Hà Nội.";
    let found = canonicals(text);
    let written: Vec<(&str, &str)> = found
        .iter()
        .map(|(t, c)| (t.as_str(), c.as_str()))
        .collect();
    let pc67 = "Phòng Cảnh sát giao thông (PC67), Công an thành phố Đà Nẵng";
    let lam_ha = "Chi cục Thi hành án dân sự huyện Lâm Hà";
    assert_eq!(
        written,
        [
            ("Phòng CSGT", pc67),
            ("PC67", pc67),
            ("Công an TP.Đà Nẵng", "Công an thành phố Đà Nẵng"),
            ("PC67", pc67),
            ("PC67 Đà Nẵng", pc67),
            (
                "Cơ quan CSĐT Công an TP.HCM",
                "Cơ quan Cảnh sát điều tra Công an Thành phố Hồ Chí Minh"
            ),
            ("Chi Cục Thi hành án dân sự (THADS) huyện Lâm Hà", lam_ha),
            ("Chi cục THADS huyện Lâm Hà", lam_ha),
            (
                "Chi cục thuế quận Nam Từ Liêm",
                "Chi cục Thuế quận Nam Từ Liêm"
            ),
            ("Thường trực Thành ủy Hà Nội", "Thường trực Thành ủy Hà Nội"),
            (
                "Ban cán sự Đảng UBND TP. Hà Nội",
                "Ban cán sự Đảng Ủy ban nhân dân thành phố Hà Nội"
            ),
        ]
    );
    // A role's "Thường trực" is no body (seed 004); "Cục trưởng" is no agency; a unit
    // without a parent is not read.
    let text = "Hoàng Xuân Hào - Phó Chủ tịch Thường trực LĐLĐ tỉnh Hưng Yên; Cục trưởng Cục Thuế tỉnh Hưng Yên; các cơ quan chức năng; Phòng CSGT cho hay.";
    let canon: Vec<String> = canonicals(text).into_iter().map(|(_, c)| c).collect();
    assert_eq!(
        canon,
        ["Liên đoàn Lao động tỉnh Hưng Yên", "Cục Thuế tỉnh Hưng Yên"]
    );
}

#[test]
fn news_extra_newspaper_names() {
    // news-extra x035 (real).
    let text = "Theo tìm hiểu của phóng viên Báo Đầu tư Bất động sản, dự án có tổng vốn đầu tư 1.480,9 tỷ đồng.";
    let canon: Vec<String> = canonicals(text).into_iter().map(|(_, c)| c).collect();
    assert_eq!(canon, ["Báo Đầu tư Bất động sản"]);
    // Seed 002 (real): "Báo cáo" is a report; a name never runs into the sentence: it ends
    // at the verb after it (`role_stops.tsv`, 2026-12-06; before, the whole name was left
    // out because its end could not be told).
    let text = "Báo cáo tại chương trình, Cụm trưởng cho biết. Báo Lao Động đưa tin về hội nghị.";
    let canon: Vec<String> = canonicals(text).into_iter().map(|(_, c)| c).collect();
    assert_eq!(canon, ["Báo Lao Động"]);
}

#[test]
fn news_extra_numbered_district_takes_the_province_written_with_it() {
    // news-extra x041 (real): "quận 2" names a unit in many cities.
    let text = "Sáng 30-1, TAND quận 2, TP.HCM tiếp tục đưa vụ án ra xét xử sơ thẩm lần hai. Xác minh biết chiếc xe đã bị mất trộm tại tỉnh Đắk Nông nên Công an quận 2 bàn giao chiếc xe để công an tỉnh này xử lý.";
    let canon: Vec<String> = canonicals(text).into_iter().map(|(_, c)| c).collect();
    assert_eq!(
        canon,
        [
            "Tòa án nhân dân quận 2, Thành phố Hồ Chí Minh",
            "Công an quận 2, Thành phố Hồ Chí Minh"
        ]
    );
}

/// A leaked table with the columns and key of `like`, over `rows` after a test header.
fn table_like(like: &Table, rows: &str) -> &'static Table {
    let text: &'static str = format!("# test\n{}\n{rows}", like.columns.join("\t")).leak();
    Box::leak(Box::new(Table::new("t.tsv", text, like.columns, like.key)))
}

#[test]
fn every_head_and_level_row_parses_and_a_misspelling_is_an_error() {
    let (heads, levels) = rule_rows_read();
    assert_eq!(Ok(heads), ORG_HEADS.lines().map(|l| l.len()));
    assert_eq!(Ok(levels), ADMIN_LEVELS.lines().map(|l| l.len()));
    assert!(ORG_WORDS.load::<WordRow>().is_ok());
    let bad_grammar = table_like(&ORG_HEADS, "UBND\tpeople_comittee\t-\t-\n");
    assert!(bad_grammar.load::<HeadRow>().is_err());
    let bad_level = table_like(&ORG_HEADS, "Tỉnh ủy\tcommittee\tTỉnh ủy\ttinhh\n");
    assert!(bad_level.load::<HeadRow>().is_err());
    let no_level = table_like(&ORG_HEADS, "Tỉnh ủy\tcommittee\tTỉnh ủy\t-\n");
    assert!(no_level.load::<HeadRow>().is_err());
    let bad_use = table_like(&ORG_WORDS, "Các\tdeterminer_\n");
    assert!(bad_use.load::<WordRow>().is_err());
    let bad_place = table_like(&ADMIN_LEVELS, "tỉnh\ttinh\ttỉnh\tmaybe\n");
    assert!(bad_place.load::<LevelRow>().is_err());
}

#[test]
fn a_unit_takes_its_parent_after_a_comma() {
    // general-10k baomoi-22462957, baomoi-22567243 (real sentences).
    let text = "Ngày 6, bác sĩ Đào Ngọc Việt, Trưởng khoa Cấp cứu, Bệnh viện đa khoa tỉnh Tuyên Quang cho biết, bệnh viện vừa tích cực điều trị cho bệnh nhân. Cục Quản lý Khám chữa bệnh, Bộ Y tế vừa có văn bản yêu cầu kiểm tra báo cáo.";
    let found = canonicals(text);
    let written: Vec<(&str, &str)> = found
        .iter()
        .map(|(t, c)| (t.as_str(), c.as_str()))
        .collect();
    assert_eq!(
        written,
        [
            (
                "khoa Cấp cứu, Bệnh viện đa khoa tỉnh Tuyên Quang",
                "Khoa Cấp cứu, Bệnh viện Đa khoa tỉnh Tuyên Quang"
            ),
            (
                "Cục Quản lý Khám chữa bệnh, Bộ Y tế",
                "Cục Quản lý Khám chữa bệnh, Bộ Y tế"
            ),
        ]
    );
    // A role and a name before the comma are no unit (baomoi-22529901); "Khoa học" inside
    // a name does not end it (baomoi-21495411); "đa khoa" starts no unit.
    let text = "Về tổ chức, theo Bộ trưởng Nguyễn Thị Kim Tiến, Bộ Y tế đã ra những quyết định đầu tư. Lễ trao giải Oscar của Viện Hàn lâm Khoa học và Nghệ thuật Mỹ diễn ra. Phòng khám đa khoa Hòe Nhai, Bệnh viện Bạch Mai tiếp nhận.";
    let found = canonicals(text);
    assert!(found.iter().any(|(_, c)| c == "Bộ Y tế"), "{found:?}");
    assert!(found.iter().all(|(_, c)| !c.starts_with("Bộ Trưởng")
        && c != "Viện Hàn lâm"
        && !c.starts_with("Khoa")));
}

#[test]
fn a_named_unit_with_a_bare_level_word_takes_the_article_place() {
    // general-10k dantri-news_society_211 (a real sentence).
    let text = "Tỉnh Quảng Nam yêu cầu Sở Y tế tỉnh Quảng Nam chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh lấy mẫu xét nghiệm SARS-CoV-2 ngẫu nhiên tại các cơ sở y tế.";
    let found = canonicals(text);
    assert!(
        found
            .iter()
            .any(|(t, c)| t == "Trung tâm Kiểm soát bệnh tật tỉnh"
                && c == "Trung tâm Kiểm soát bệnh tật tỉnh Quảng Nam"),
        "{found:?}"
    );
    // "xã hội" is a compound, "các tỉnh" a plural (general-10k baomoi-22316432).
    let text = "Tổng Giám đốc Ngân hàng Chính sách Xã hội vừa chỉ đạo Giám đốc Ngân hàng Chính sách các tỉnh, thành phố về việc tháo gỡ khó khăn.";
    let found = canonicals(text);
    assert!(
        found
            .iter()
            .all(|(_, c)| !c.ends_with(" xã") && !c.ends_with(" tỉnh")),
        "{found:?}"
    );
}

#[test]
fn a_level_of_government_is_no_organization() {
    // general-10k baomoi-22406726 (a real sentence): "UBND cấp tỉnh" is every province's
    // committee, not one body, even in an article about one province.
    let text = "UBND tỉnh Quảng Ninh họp. Bệnh viện hạng đặc biệt, hạng I thuộc các bộ, ngành quản lý; UBND cấp tỉnh trình HĐND cấp tỉnh quy định mức giá và thời điểm thực hiện.";
    let found = canonicals(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "Ủy ban nhân dân tỉnh Quảng Ninh");
}
