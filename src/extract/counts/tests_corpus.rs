//! Unit tests of the member-count extractor on corpus-real sentences, from stop 25 on
//! (`tests.rs` holds the earlier ones).

use super::*;
use crate::extract::Document;

/// The counts of `text`: surface, count, category, qualifier.
fn counts(text: &str) -> Vec<(String, u64, &'static str, &'static str)> {
    extract_member_counts(&Document::from_text(text))
        .into_iter()
        .map(|c| (c.text, c.count, c.category.as_str(), c.qualifier.as_str()))
        .collect()
}

#[test]
fn lđ_written_short_is_a_worker_head() {
    // labour.jsonl baomoi-21476341.
    let text =
        "Trong đó, Đài Loan dẫn đầu với 68.244 LĐ, kế đến Nhật Bản 39.938 LĐ và Hàn Quốc 8.482 LĐ.";
    let found: Vec<(String, u64, &str)> = counts(text)
        .into_iter()
        .map(|(t, n, c, _)| (t, n, c))
        .collect();
    assert_eq!(
        found,
        vec![
            ("68.244 LĐ".to_string(), 68244, "workers"),
            ("39.938 LĐ".to_string(), 39938, "workers"),
            ("8.482 LĐ".to_string(), 8482, "workers"),
        ]
    );
    // The same article: a rate and a threshold stay no counts.
    let text = "xuất khẩu LĐ của Việt Nam vượt mức cung ứng 100.000 LĐ/năm";
    assert!(counts(text).is_empty());
    let text = "chỉ có 6 thị trường tiếp nhận từ 1.000 LĐ trở lên";
    assert!(counts(text).is_empty());
}

#[test]
fn worker_nouns_in_names_name_no_workers() {
    // labour.jsonl baomoi-22235021: "Bộ Lao động" is a ministry.
    let text = "Theo bà Su Chao Ju, Giám đốc Bộ phận hỗ trợ việc làm cho người khuyết tật và người có hoàn cảnh khó khăn thuộc Văn phòng Phát triển nguồn nhân lực, Bộ Lao động Đài Loan (Trung Quốc), vùng lãnh thổ này có hơn 1 triệu người khuyết tật.";
    assert!(counts(text).is_empty());
    // labour.jsonl dantri-news_education_157: "Bộ LĐ-TB&XH" is a ministry.
    let text = "Theo Bộ LĐ-TB&XH, trong 4 năm (2016-2020), cả nước đã có khoảng 2.472.000 người học các ngành, nghề đào tạo trình độ trung cấp, cao đẳng theo quy định của Luật GDNN.";
    assert!(counts(text).is_empty());
}

#[test]
fn lucky_money_handed_is_support() {
    // labour.jsonl baomoi-21476249.
    let text = "Ban giám đốc đã đến từng phòng, ban, xưởng lì xì cho 2.100 NLĐ.";
    assert_eq!(
        counts(text),
        vec![("2.100 NLĐ".to_string(), 2100, "beneficiaries", "exact")]
    );
}

#[test]
fn another_years_figure_and_its_change_go_on_with_the_statement() {
    // labour.jsonl baomoi-22588687: the people working of 2011, of 2016 and the change.
    let text = "Số lượng người làm việc trong các đơn vị sự nghiệp công lập năm 2011 là 1.812.259 người, năm 2016 là 1.978.086 người, tăng 165.827 người.";
    assert_eq!(
        counts(text),
        vec![
            ("1.812.259 người".to_string(), 1_812_259, "workers", "exact"),
            ("1.978.086 người".to_string(), 1_978_086, "workers", "exact"),
            ("165.827 người".to_string(), 165_827, "workers", "exact"),
        ]
    );
}

#[test]
fn individuals_described_by_sex_or_kinship_are_no_counts() {
    // general-10k baomoi-22562460: a man helped in the street.
    let text = "Hội đồng Hồi giáo London dẫn lời các nhân chứng và đoạn băng ghi hình tại hiện trường cho biết 1 người đàn ông da trắng đã \"cố tình\" lái chiếc xe tải lao vào nhóm người đang giúp đỡ 1 người đàn ông bị mệt và ngã trên đường sau khi tham dự buổi cầu nguyện tối tại đền thờ Finsbury Park trong tháng lễ Ramadan.";
    assert!(counts(text).is_empty());
    // general-10k baomoi-22657547: a family's children.
    let text = "Qua đây đại diện cho chính quyền và nhân dân trong thôn mong các nhà hảo tâm, các mạnh thường quân quan tâm giúp gia đình bà Mỳ có thêm chi phí để thuốc men chữa trị cho 3 người con tật nguyền qua cơn bĩ cực ”.";
    assert!(counts(text).is_empty());
    // general-10k baomoi-21481182: girls in a film's story.
    let text = "Anh chỉ muốn sống, mà muốn sống, anh chỉ còn cách phải đi cùng Furiosa giúp 5 cô gái kia, cho đến khi anh tìm thấy nhân tính của mình.";
    assert!(counts(text).is_empty());
}

#[test]
fn workers_who_are_no_casualties_stay_counted() {
    // labour.jsonl baomoi-21491490: workers back at work after a plant's restart.
    let text = "Gần 1.000 công nhân phấn khởi trở lại làm việc, ngay cả thời khắc giao thừa.";
    assert_eq!(
        counts(text),
        vec![("Gần 1.000 công nhân".to_string(), 1000, "workers", "about")]
    );
    // labour.jsonl baomoi-21491491: workers given gifts.
    let text = "Kết quả, có 135 công nhân đã được nhận các phần quà may mắn đầu xuân.";
    assert_eq!(
        counts(text),
        vec![("135 công nhân".to_string(), 135, "beneficiaries", "exact")]
    );
    // labour.jsonl baomoi-22700128: workers who died in an accident are casualties
    // (GUIDELINES.md decision 15), "tử nạn" as "tử vong".
    let text = "21 lao động tử nạn vì chìm tàu: Đau xót sang TQ nhận thi thể con!";
    assert!(counts(text).is_empty(), "{:?}", counts(text));
}

#[test]
fn a_community_of_people_is_a_population() {
    // general-10k baomoi-22508254: the community living and working in Qatar is a
    // population (decision 15); the workers of the aside are workers.
    let text = "Đại sứ Nguyễn Hoằng cho biết cộng đồng người Việt Nam đang sinh sống và làm việc tại Qatar có gần 2.000 người, trong đó chủ yếu là lao động phổ thông (khoảng 1.800 người) làm việc tại các công trường xây dựng.";
    let found = counts(text);
    assert!(found.iter().all(|c| c.1 != 2000), "{found:?}");
    // labour.jsonl baomoi-22714265: workers living abroad stay workers.
    let text = "Đến nay, cơ quan chức năng phối hợp Cục Lao động ngoài nước đã vận động, đưa được 1.251 lao động người Nghệ An cư trú bất hợp pháp tại Hàn Quốc về nước.";
    assert_eq!(
        counts(text),
        vec![("1.251 lao động".to_string(), 1251, "workers", "exact")]
    );
}

#[test]
fn sizes_per_unit_and_capacities_are_no_counts() {
    // labour.jsonl baomoi-21511760: an assumed size of each firm.
    let text = "Vì nếu không nhanh, dự kiến đến năm 2020 TP có 500.000 doanh nghiệp, mỗi doanh nghiệp 10 lao động, một nửa trong số đó có nhu cầu nhà ở.";
    assert!(counts(text).is_empty(), "{:?}", counts(text));
    // general-10k baomoi-22510267: what a pick-up holds.
    let text = "Các công nhân Malaysia được chuyển trên các thùng xe bán tải, đây là loại pick-up có mái che, có thể chở được 20 người.";
    assert!(counts(text).is_empty(), "{:?}", counts(text));
    // labour.jsonl baomoi-21487513: "mỗi người" after the count is no size of the count.
    let text =
        "40.000 công nhân của Fiat Chrysler nhận được khoản tiền trung bình 5.000 USD mỗi người";
    assert_eq!(counts(text).len(), 1, "{:?}", counts(text));
}

#[test]
fn vạn_is_ten_thousand() {
    // labour.jsonl baomoi-22322953, baomoi-22571475; general-10k baomoi-22669368 (stop 28).
    let text = "Buổi đối thoại có sự tham dự của gần 1.000 CNLĐ, đại diện 15 vạn CNLĐ trong các KCN Hà Nội.";
    assert_eq!(
        counts(text),
        vec![
            ("gần 1.000 CNLĐ".to_string(), 1000, "workers", "about"),
            ("15 vạn CNLĐ".to_string(), 150_000, "workers", "exact"),
        ]
    );
    let text = "Tập đoàn đã có nhiều đổi mới, có bước phát triển rất tốt về thị trường, công nghệ, quản lý, giải quyết việc làm cho 80 vạn lao động.";
    assert_eq!(
        counts(text),
        vec![("80 vạn lao động".to_string(), 800_000, "workers", "exact")]
    );
    let text = "Điều này không những gây ảnh hưởng tới tình hình tài chính các DN mà còn ảnh hưởng tới đời sống của khoảng 10 vạn công nhân mỏ.";
    assert_eq!(
        counts(text),
        vec![(
            "khoảng 10 vạn công nhân".to_string(),
            100_000,
            "workers",
            "about"
        )]
    );
}
