//! Unit tests of the member-count extractor.

use super::*;
use crate::extract::Document;

fn counts(text: &str) -> Vec<(String, u64, &'static str, &'static str)> {
    extract_member_counts(&Document::from_text(text))
        .into_iter()
        .map(|c| (c.text, c.count, c.category.as_str(), c.qualifier.as_str()))
        .collect()
}

fn owned(
    expected: &[(&str, u64, &'static str, &'static str)],
) -> Vec<(String, u64, &'static str, &'static str)> {
    expected
        .iter()
        .map(|(t, n, c, q)| (t.to_string(), *n, *c, *q))
        .collect()
}

#[test]
fn seed_004_membership_sentence() {
    let text = "Toàn tỉnh thành lập mới được 62 công đoàn cơ sở, phát triển được 27.152 đoàn viên Công đoàn, nâng tổng số đoàn viên công đoàn lên 167.009 đoàn viên/190.567 CNVCLĐ, tham gia sinh hoạt tại 1.625 công đoàn cơ sở.";
    assert_eq!(
        counts(text),
        owned(&[
            ("62 công đoàn cơ sở", 62, "unions_new", "exact"),
            ("27.152 đoàn viên Công đoàn", 27152, "new_members", "exact"),
            ("167.009 đoàn viên", 167009, "total_members", "exact"),
            ("190.567 CNVCLĐ", 190567, "workers", "exact"),
            ("1.625 công đoàn cơ sở", 1625, "unions_total", "exact"),
        ])
    );
}

#[test]
fn seed_004_workers_reached_with_qualifier() {
    let text = "tuyên truyền về đại hội công đoàn các cấp, đặc biệt Đại hội XIII Công đoàn Việt Nam...cho trên 190.000 lượt CNVCLĐ. Các cấp công đoàn trong tỉnh đã tổ chức được gần 2.000 cuộc tuyên truyền";
    assert_eq!(
        counts(text),
        owned(&[("trên 190.000 lượt CNVCLĐ", 190000, "workers", "more_than")])
    );
}

#[test]
fn seed_001_unions_members_beneficiaries_other() {
    let text = "Tháng Công nhân được tổ chức sôi nổi với nhiều hoạt động thiết thực; 55 trường hợp đoàn viên có hoàn cảnh khó khăn đột xuất được nhận hỗ trợ với tổng số tiền hơn 40 triệu đồng. 100% công đoàn cơ sở (CĐCS) khối hành chính sự nghiệp Nhà nước tổ chức hội nghị cán bộ, công chức, viên chức; có 14 CĐCS doanh nghiệp ký mới, sửa đổi bổ sung thỏa ước lao động tập thể, vượt 75% chỉ tiêu giao. Trong năm, LĐLĐ quận đã thành lập được 24 CĐCS, kết nạp được 1.199 đoàn viên.";
    assert_eq!(
        counts(text),
        owned(&[
            ("55 trường hợp đoàn viên", 55, "beneficiaries", "exact"),
            ("14 CĐCS doanh nghiệp", 14, "other", "exact"),
            ("24 CĐCS", 24, "unions_new", "exact"),
            ("1.199 đoàn viên", 1199, "new_members", "exact"),
        ])
    );
}

#[test]
fn seed_002_checkup_vouchers_are_not_counted_their_recipients_are() {
    let text = "LĐLĐ huyện Ứng Hòa đã ký thỏa thuận thực hiện chế độ ưu đãi với Công ty Cổ phần hệ thống bệnh viện gia đình Việt Nam tặng 300 phiếu khám bệnh cho 300 đoàn viên, người lao động với tổng trị giá 273 triệu đồng; Trao tặng 20 chiếc xe đạp trị giá 30 triệu đồng. LĐLĐ huyện đã tiến hành chi 898/994 suất quà Tết và hỗ trợ tiền vé xe cho công nhân lao động";
    assert_eq!(
        counts(text),
        owned(&[(
            "300 đoàn viên, người lao động",
            300,
            "beneficiaries",
            "exact"
        )])
    );
}

#[test]
fn a_total_after_tổng_số() {
    assert_eq!(
        counts("Toàn huyện có tổng số 1.200 đoàn viên."),
        owned(&[("1.200 đoàn viên", 1200, "total_members", "exact")])
    );
}

#[test]
fn officials_and_about() {
    assert_eq!(
        counts("Gần 900 cán bộ Công đoàn huyện Thường Tín được tập huấn nghiệp vụ"),
        owned(&[("Gần 900 cán bộ Công đoàn", 900, "officials", "about")])
    );
}

#[test]
fn number_words_and_vague_counts() {
    assert_eq!(
        counts("Công đoàn đã kết nạp hai mươi đoàn viên mới"),
        owned(&[("hai mươi đoàn viên", 20, "new_members", "exact")])
    );
    assert_eq!(
        counts("thu hút hàng nghìn công nhân lao động tham gia"),
        owned(&[("hàng nghìn công nhân lao động", 1000, "workers", "vague")])
    );
    // "một" and "năm" alone are an article and a year, not counts.
    assert!(counts("hỗ trợ một đoàn viên bị tai nạn; trong năm đoàn viên tăng").is_empty());
}

#[test]
fn things_that_are_not_counted() {
    for text in [
        "LĐLĐ quận Thanh Khê đã trao 950 suất quà cho đoàn viên, CNLĐ có hoàn cảnh khó khăn",
        "tặng 4.000 phiếu mua hàng trị giá 375 triệu đồng cho đoàn viên, người lao động",
        "100% công đoàn cơ sở (CĐCS) khối hành chính sự nghiệp",
        "Cụm thi đua số 5 LĐLĐ thành phố Hà Nội gồm 6 đơn vị: LĐLĐ huyện Phú Xuyên",
        "khi 5/5 thành phố đều hoàn thành vượt chỉ tiêu Tổng LĐLĐ giao với 424.830 sáng kiến",
        "Năm 2023 công đoàn tỉnh đạt nhiều kết quả",
        "thực hiện Chỉ thị 05 công đoàn các cấp",
        "đến 31.12.2024 công nhân",
    ] {
        assert!(counts(text).is_empty(), "{text}: {:?}", counts(text));
    }
}

#[test]
fn no_panic_on_odd_input() {
    for text in [
        "",
        "1",
        "đoàn viên",
        "hàng đoàn viên",
        "1 lượt",
        "99999999999999999 đoàn viên",
        "hai",
    ] {
        let _ = counts(text);
    }
}

#[test]
fn every_window_of_the_seeds_gives_valid_spans() {
    // Cuts through numbers, units and multi-byte letters at every 5th code point: no
    // panic, and every span slices its own surface out of the text.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let gold = std::fs::read_to_string(root.join("fixtures/gold/seeds.jsonl"))
        .expect("fixtures/gold/seeds.jsonl is readable");
    let gold = crate::eval::parse_gold(&gold).expect("seed gold parses");
    let records = crate::eval::sets::gold_records(&gold, &[root.join("corpus")])
        .expect("seed articles are readable");
    for record in records {
        let chars: Vec<char> = record.text.chars().collect();
        for start in (0..chars.len()).step_by(5) {
            let window: String = chars[start..(start + 90).min(chars.len())].iter().collect();
            let doc = Document::from_text(&window);
            let wchars: Vec<char> = window.chars().collect();
            let slice = |s: usize, e: usize| wchars[s..e].iter().collect::<String>();
            for m in crate::extract::money::extract_money(&doc) {
                assert_eq!(slice(m.start, m.end), m.text);
            }
            let mut last_end = 0;
            for c in extract_member_counts(&doc) {
                assert_eq!(slice(c.start, c.end), c.text);
                assert!(c.start >= last_end && c.text.ends_with(&c.unit));
                last_end = c.end;
            }
        }
    }
}

#[test]
fn casualties_are_no_member_counts() {
    // corpus-real labour.jsonl baomoi-22754435; GUIDELINES.md decision 15.
    let text = "Một vụ tai nạn lao động làm 4 công nhân bị thương xảy ra ngày 14/7";
    assert_eq!(counts(text), owned(&[]));
    // Support given to them still counts them.
    assert_eq!(
        counts("hỗ trợ 4 công nhân bị thương"),
        owned(&[("4 công nhân", 4, "beneficiaries", "exact")])
    );
}

#[test]
fn the_unemployed_are_no_workers() {
    // corpus-real labour.jsonl baomoi-22413969.
    let text = "trong khi số người thất nghiệp tăng 1,1% lên 1,86 triệu người";
    assert_eq!(counts(text), owned(&[]));
}

#[test]
fn thresholds_are_no_counts() {
    // corpus-real labour.jsonl baomoi-22319122; GUIDELINES.md decision 16.
    let text = "từ năm 2013, TP đã quy định với các DN từ 10 công nhân trở lên, nếu có nhu cầu";
    assert_eq!(counts(text), owned(&[]));
}

#[test]
fn honorees_count_where_an_award_is_given() {
    // corpus-real labour.jsonl baomoi-22565385: the 6 people, not the 7 collectives.
    let text = "trao tặng Bằng khen của Bộ trưởng Bộ Tài chính cho 07 tập thể và 06 cá nhân có \
                thành tích xuất sắc";
    assert_eq!(counts(text), owned(&[("06 cá nhân", 6, "other", "exact")]));
    assert_eq!(counts("Xử phạt 2 cá nhân vi phạm"), owned(&[]));
}

#[test]
fn people_given_jobs_are_workers() {
    // corpus-real labour.jsonl baomoi-22563142.
    let text = "việc đầu tư xây dựng Cảng hàng không quốc tế Long Thành sẽ tạo công ăn việc làm \
                cho khoảng 200.000 người trong dự án";
    assert_eq!(
        counts(text),
        owned(&[("khoảng 200.000 người", 200000, "workers", "about")])
    );
}

#[test]
fn party_admission_and_membership_statements() {
    // GUIDELINES.md decision 16 (its examples).
    assert_eq!(
        counts("Kết nạp 3.208 đoàn viên ưu tú được kết nạp vào Đảng."),
        owned(&[("3.208 đoàn viên", 3208, "other", "exact")])
    );
    assert_eq!(
        counts("Công đoàn ngành có 90.000 CNVCLĐ, trong đó có 60.435 đoàn viên."),
        owned(&[
            ("90.000 CNVCLĐ", 90000, "workers", "exact"),
            ("60.435 đoàn viên", 60435, "total_members", "exact"),
        ])
    );
    // A part of a count of new members is new members.
    assert_eq!(
        counts("kết nạp 5.000 đoàn viên, trong đó có 2.000 đoàn viên nữ"),
        owned(&[
            ("5.000 đoàn viên", 5000, "new_members", "exact"),
            ("2.000 đoàn viên", 2000, "new_members", "exact"),
        ])
    );
}

#[test]
fn a_part_of_people_in_general_is_still_read_from_its_sentence() {
    // corpus-real labour.jsonl: "đào tạo 12,8 triệu lao động, trong đó trình độ Cao đẳng -
    // Trung cấp là 3,2 triệu người" ("trong đó" gives no total to people in general).
    let text =
        "đào tạo 12,8 triệu lao động, trong đó trình độ Cao đẳng - Trung cấp là 3,2 triệu người";
    assert_eq!(
        counts(text),
        owned(&[
            ("12,8 triệu lao động", 12800000, "workers", "exact"),
            ("3,2 triệu người", 3200000, "workers", "exact"),
        ])
    );
}
