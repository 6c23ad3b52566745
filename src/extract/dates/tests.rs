//! Unit tests on real sentences of the seeds and the news-extra passages, and the seed score.

use chrono::NaiveDate;

use super::*;
use crate::normalize::normalize;
use crate::record::{Granularity, TimeOfDay};

fn dates_of(text: &str, published: Option<&str>) -> Vec<DateMention> {
    let published = published.and_then(|p| NaiveDate::parse_from_str(p, "%Y-%m-%d").ok());
    extract_dates(&Document::new(None, &normalize(text), published))
}

/// (surface, value) pairs.
fn pairs(text: &str, published: Option<&str>) -> Vec<(String, String)> {
    dates_of(text, published)
        .into_iter()
        .map(|d| (d.text, d.value))
        .collect()
}

fn p(surface: &str, value: &str) -> (String, String) {
    (surface.to_string(), value.to_string())
}

#[test]
fn full_dates_with_head_words() {
    // 004
    let got = dates_of(
        "Ngày 01/02/2024, Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức Hội nghị gặp mặt.",
        None,
    );
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].text, "Ngày 01/02/2024");
    assert_eq!(got[0].value, "2024-02-01");
    assert_eq!(got[0].granularity, Granularity::Day);
    assert!(!got[0].year_inferred);
    // x041, x035
    assert_eq!(
        pairs("Theo hồ sơ, giấy bán xe lập ngày 4-4-2013.", None),
        [p("ngày 4-4-2013", "2013-04-04")]
    );
    assert_eq!(
        pairs("Bản án số 85/DSST ngày 20/7/2004 tuyên buộc vợ chồng", None),
        [p("ngày 20/7/2004", "2004-07-20")]
    );
    assert_eq!(
        pairs("Hội nghị diễn ra ngày 12/3 năm 2024 tại Hà Nội", None),
        [p("ngày 12/3 năm 2024", "2024-03-12")]
    );
    assert_eq!(
        pairs("từ 20/12 đến 5/1/2024", None),
        [p("từ 20/12 đến 5/1/2024", "2023-12-20/2024-01-05")]
    );
    assert_eq!(
        pairs("ký ngày 12 tháng 3 năm 2024 tại Hà Nội", None),
        [p("ngày 12 tháng 3 năm 2024", "2024-03-12")]
    );
}

#[test]
fn months_with_and_without_head() {
    // x031, x036
    assert_eq!(
        pairs("Theo hồ sơ, tháng 4-2016, bà NTMP mua của dì ruột", None),
        [p("tháng 4-2016", "2016-04")]
    );
    assert_eq!(
        pairs("có hiệu lực thi hành trong tháng 2/2018.", None),
        [p("tháng 2/2018", "2018-02")]
    );
    assert_eq!(
        pairs("trong tháng 12 năm 2023, hội nghị", None),
        [p("tháng 12 năm 2023", "2023-12")]
    );
    // x035: a quarter is a range of months.
    let got = dates_of("trong báo cáo tài chính quý III/2017 của Công ty", None);
    assert_eq!(got[0].text, "quý III/2017");
    assert_eq!(got[0].value, "2017-07/2017-09");
    assert_eq!(got[0].granularity, Granularity::Range);
    // cafebiz-1 (corpus-html): "quý 4/2021" is the fourth quarter, not April.
    let got = dates_of(
        "chịu lỗ 163 tỷ đồng trong quý 4/2021, lớn nhất lịch sử.",
        None,
    );
    assert_eq!(got[0].text, "quý 4/2021");
    assert_eq!(got[0].value, "2021-10/2021-12");
}

#[test]
fn partial_dates_take_time_of_day_and_inferred_year() {
    // 003, published 2023-12-20.
    let got = dates_of(
        "Tại Hội nghị Đoàn Chủ tịch lần thứ nhất, khóa 2023 - 2024 diễn ra sáng 20.12, Chủ tịch",
        Some("2023-12-20"),
    );
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].text, "khóa 2023 - 2024");
    assert_eq!(got[0].value, "2023/2024");
    assert_eq!(got[1].text, "sáng 20.12");
    assert_eq!(got[1].value, "2023-12-20");
    assert!(got[1].year_inferred);
    assert_eq!(got[1].time_of_day, Some(TimeOfDay::Sang));
    // 002 boilerplate: "Sáng nay (17/7)".
    let got = dates_of("Sáng nay (17/7), Ủy ban Mặt trận", Some("2025-07-20"));
    assert_eq!(got[0].text, "Sáng nay (17/7)");
    assert_eq!(got[0].value, "2025-07-17");
    let got = dates_of("Chiều ngày 9/7, đoàn công tác", Some("2025-07-10"));
    assert_eq!(got[0].text, "Chiều ngày 9/7");
    assert_eq!(got[0].time_of_day, Some(TimeOfDay::Chieu));
    // x041: no year anywhere for January.
    let got = dates_of("Sáng 30-1, TAND quận 2, TP.HCM đã mở lại phiên tòa", None);
    assert_eq!(got[0].value, "--01-30");
    assert!(!got[0].year_inferred);
}

#[test]
fn review_year_decides_partial_dates() {
    // 000 and 001: the year-end review of 2023.
    let got = pairs(
        "Chiều 12/12, tại thành phố Hải Phòng, Cụm thi đua tổ chức hội nghị tổng kết phong trào CNVCLĐ và hoạt động Công đoàn năm 2023.",
        None,
    );
    assert_eq!(got[0], p("Chiều 12/12", "2023-12-12"));
    let got = pairs(
        "Sáng 17/1, Liên đoàn Lao động (LĐLĐ) quận Thanh Khê tổ chức hội nghị tổng kết phong trào công nhân viên chức lao động (CNVCLĐ) và hoạt động công đoàn năm 2023, triển khai phương hướng, nhiệm vụ năm 2024.",
        None,
    );
    assert_eq!(got[0], p("Sáng 17/1", "2024-01-17"));
    // x036: the same month written with its year.
    let got = pairs(
        "có hiệu lực thi hành trong tháng 2/2018. Thông tư quy định về đăng ký xe có hiệu lực từ ngày 12/2, ô tô",
        None,
    );
    assert_eq!(got[1], p("ngày 12/2", "2018-02-12"));
}

#[test]
fn ranges_are_one_entry() {
    // 003
    assert_eq!(
        pairs(
            "kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam (28.7.1929 - 28.7.2024) do",
            None
        ),
        [p("28.7.1929 - 28.7.2024", "1929-07-28/2024-07-28")]
    );
    assert_eq!(
        pairs("Đợt 1 (từ tháng 1.2024 đến 31.7.2024): Thi đua. Đợt 2 (Từ 1.8.2024 đến 31.12.2024): Thi đua", None),
        [
            p("từ tháng 1.2024 đến 31.7.2024", "2024-01/2024-07-31"),
            p("Từ 1.8.2024 đến 31.12.2024", "2024-08-01/2024-12-31")
        ]
    );
    // 000, 001 (no spaces), x032
    assert_eq!(
        pairs(
            "Nghị quyết Đại hội XIII Công đoàn Việt Nam, nhiệm kỳ 2023 – 2028 đến các cấp",
            None
        ),
        [p("nhiệm kỳ 2023 - 2028", "2023/2028")]
    );
    assert_eq!(
        pairs("Đại hội Công đoàn các cấp nhiệm kỳ 2023-2028.", None),
        [p("nhiệm kỳ 2023-2028", "2023/2028")]
    );
    assert_eq!(
        pairs(
            "từ ngày 1.1.2016 đến hết tháng 1.2018, PC67 gửi 13.479 lượt thông báo",
            None
        ),
        [p(
            "từ ngày 1.1.2016 đến hết tháng 1.2018",
            "2016-01-01/2018-01"
        )]
    );
    assert_eq!(
        pairs(
            "Hội nghị diễn ra trong 2 ngày 20-22/11/2023 tại Hà Nội",
            None
        ),
        [p("ngày 20-22/11/2023", "2023-11-20/2023-11-22")]
    );
    assert_eq!(
        pairs("diễn ra ngày 20-22/11", Some("2023-11-25")),
        [p("ngày 20-22/11", "2023-11-20/2023-11-22")]
    );
    assert!(pairs("tỷ số 20-22/11 lần", None).is_empty());
    assert_eq!(
        pairs("giai đoạn 2025 - 2027 và từ tháng 1 đến tháng 3/2024", None),
        [
            p("giai đoạn 2025 - 2027", "2025/2027"),
            p("từ tháng 1 đến tháng 3/2024", "2024-01/2024-03")
        ]
    );
}

#[test]
fn years_as_time_references() {
    // 001, 003, 004, x033
    assert_eq!(
        pairs(
            "Nhân dịp Tết Nguyên đán Quý Mão 2023, cùng với nguồn hỗ trợ",
            None
        ),
        [p("Quý Mão 2023", "2023")]
    );
    assert_eq!(
        pairs("nhân dịp Tết Nguyên đán Giáp Thìn 2024; Thi đua", None),
        [p("Giáp Thìn 2024", "2024")]
    );
    assert_eq!(
        pairs(
            "gửi lời chúc mừng tốt đẹp nhất đến các cán bộ công đoàn nhân dịp năm mới 2024, chúc",
            None
        ),
        [p("năm mới 2024", "2024")]
    );
    assert_eq!(
        pairs(
            "Đưa người vào nhà lấy xe của con Đầu năm 2014, bị cáo Hoa đến",
            None
        ),
        [p("Đầu năm 2014", "2014")]
    );
}

#[test]
fn bare_years_after_prepositions_of_time() {
    // corpus-html cafebiz-1.
    assert_eq!(
        pairs(
            "Google Play tăng doanh thu gấp 2 trong 2021. Năm 2022, họ dự định",
            None
        ),
        [p("2021", "2021"), p("Năm 2022", "2022")]
    );
    assert_eq!(
        pairs("kế hoạch từ 2021 đến 2025 và tầm nhìn đến 2030", None),
        [p("từ 2021 đến 2025", "2021/2025"), p("2030", "2030")]
    );
    // A bare number that is not a plausible year stays a number.
    assert!(pairs("tăng gấp 2 trong 3000 lần thử", None).is_empty());
    assert!(pairs("trao 2021 suất quà", None).is_empty());
}

#[test]
fn years_in_document_names_and_durations_are_not_dates() {
    // 004
    let text = "tuyên truyền Hiến pháp năm 2013, Bộ luật Lao động năm 2019, Luật Công đoàn năm 2012; tuyên truyền về đại hội công đoàn các cấp, nhiệm kỳ 2023 - 2028";
    assert_eq!(pairs(text, None), [p("nhiệm kỳ 2023 - 2028", "2023/2028")]);
    // 003, 002 boilerplate
    assert!(pairs(
        "chào mừng kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam",
        None
    )
    .is_empty());
    assert!(pairs("nhân kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ", None).is_empty());
    // A year after "trong" is still a date.
    assert_eq!(
        pairs("thi hành Luật Công đoàn trong năm 2023", None),
        [p("năm 2023", "2023")]
    );
}

#[test]
fn counts_fractions_and_numbers_are_not_dates() {
    // 000, 002, 004
    assert!(pairs("Covid-19” khi 5/5 thành phố đều hoàn thành vượt chỉ tiêu Tổng LĐLĐ giao với 424.830 sáng kiến", None).is_empty());
    assert!(pairs("LĐLĐ huyện đã tiến hành chi 898/994 suất quà Tết", None).is_empty());
    assert!(pairs("nâng tổng số đoàn viên công đoàn lên 167.009 đoàn viên/190.567 CNVCLĐ, phát triển được 27.152 đoàn viên", None).is_empty());
    assert!(pairs(
        "hiện thực hóa Nghị quyết 02 của Bộ chính trị; Chỉ thị 05",
        None
    )
    .is_empty());
    assert!(pairs("đội nhà thắng 2-1 trước đội khách", None).is_empty());
    assert!(pairs("gọi số 0912.345.678 hoặc 1900-1234", None).is_empty());
    assert!(pairs("Ngày 31/2/2024 không có", None).is_empty());
    assert!(pairs("Thông tư 5/2018/TT-BLĐTBXH quy định", None).is_empty());
    // x036: a document number that looks like month/year.
    assert!(pairs(
        "trong vụ án kinh tế Thông tư liên tịch 01/2017 của Liên Bộ Tư Pháp",
        None
    )
    .is_empty());
}

#[test]
fn relative_expressions_resolve_against_the_article() {
    // 004: published 2024-02-01.
    let got = dates_of(
        "các sự kiện nổi bật trong năm 2023. Năm vừa qua, Công đoàn tỉnh đã đạt được nhiều kết quả",
        Some("2024-02-01"),
    );
    assert_eq!(got[1].text, "Năm vừa qua");
    assert_eq!(got[1].value, "2023");
    assert!(got[1].year_inferred);
    // 002: from January to the conference day.
    let got = pairs(
        "Ngày 22/11, Cụm thi đua số 5 đã tổ chức hội nghị tổng kết hoạt động công đoàn và phong trào công nhân, viên chức, lao động (CNVCLĐ) năm 2023; phương hướng, nhiệm vụ năm 2024. Từ đầu năm tới nay, dưới sự lãnh đạo",
        None,
    );
    assert_eq!(got[0], p("Ngày 22/11", "2023-11-22"));
    assert_eq!(got[3], p("Từ đầu năm tới nay", "2023-01/2023-11-22"));
}

#[test]
fn output_is_ordered_with_char_offsets() {
    let text = "Hội nghị năm 2023 và Ngày 01/02/2024";
    let got = dates_of(text, None);
    let chars: Vec<char> = text.chars().collect();
    for d in &got {
        assert_eq!(chars[d.start..d.end].iter().collect::<String>(), d.text);
    }
    assert!(got.windows(2).all(|w| w[0].end <= w[1].start));
}

#[test]
fn no_panic_on_odd_input() {
    for text in [
        "",
        "(",
        "năm",
        "ngày 1",
        "2023-",
        "-2023",
        "quý IV/",
        "từ đầu năm tới nay",
        "99/99/9999",
        "Sáng nay (",
        "1.1.1.1.1",
        "Năm 2024",
    ] {
        let _ = dates_of(text, None);
        let _ = dates_of(text, Some("2024-01-01"));
    }
}

mod properties {
    use proptest::prelude::*;

    use super::super::extract_dates;
    use crate::extract::Document;

    fn piece() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            " ",
            "năm",
            "Năm",
            "Ngày",
            "ngày",
            "tháng",
            "Sáng",
            "chiều",
            "nay",
            "mai",
            "từ",
            "Từ",
            "đến",
            "đến hết",
            "tới",
            "quý",
            "III",
            "đầu",
            "Trong",
            "vừa qua",
            "trước",
            "những",
            "Luật",
            "số",
            "Giáp",
            "Thìn",
            "nhiệm kỳ",
            "khóa",
            "tổng kết",
            "12",
            "1",
            "31",
            "2",
            "2024",
            "1929",
            "99999",
            "/",
            ".",
            "-",
            ",",
            "(",
            ")",
            "\n",
            "ă",
            "m",
            "n",
            "T",
            "é",
        ])
    }

    proptest! {
        #[test]
        fn spans_slice_the_text_in_order(pieces in prop::collection::vec(piece(), 0..40), pub_day in 0u32..800) {
            let text: String = pieces.concat();
            let published = chrono::NaiveDate::from_ymd_opt(2023, 1, 1)
                .and_then(|d| d.checked_add_days(chrono::Days::new(u64::from(pub_day))));
            for published in [None, published] {
                let doc = Document::new(None, &text, published);
                let got = extract_dates(&doc);
                let chars: Vec<char> = text.chars().collect();
                let mut last_end = 0;
                for d in &got {
                    prop_assert!(d.start >= last_end && d.start < d.end && d.end <= chars.len());
                    prop_assert_eq!(chars[d.start..d.end].iter().collect::<String>(), d.text.clone());
                    last_end = d.end;
                }
            }
        }
    }
}

#[test]
fn days_after_prepositions_and_hom() {
    // corpus-html vnexpress-3, vnexpress-2, cafef-1.
    assert_eq!(
        pairs(
            "Việt Nam mở lại toàn bộ đường bay quốc tế từ 15/2. Từ 1/1, ngành hàng không đã mở lại đường bay.",
            Some("2022-02-13")
        ),
        [p("15/2", "2022-02-15"), p("1/1", "2022-01-01")]
    );
    assert_eq!(
        pairs(
            "mở cửa du lịch quốc tế trước 30/3, ngành hàng không",
            Some("2022-02-13")
        ),
        [p("30/3", "2022-03-30")]
    );
    assert_eq!(
        pairs(
            "sửa soạn tiệc tất niên với xóm trọ hôm 22/1. Ảnh: Lê Tuyết",
            Some("2022-01-25")
        ),
        [p("hôm 22/1", "2022-01-22")]
    );
    assert_eq!(
        pairs(
            "đã khai mạc hoành tráng hôm 7.2 ở thành phố nghỉ dưỡng Sochi.",
            Some("2014-02-15")
        ),
        [p("hôm 7.2", "2014-02-07")]
    );
    // A ratio or a count after a preposition is no date.
    assert!(pairs("có từ 5/5 thành phố tham gia", Some("2024-01-18")).is_empty());
    assert!(pairs("tăng từ 3/4 lên 4/5 số đơn vị", Some("2024-01-18")).is_empty());
}

#[test]
fn months_alone_and_with_a_relative_year() {
    // corpus-html cafef-1, vneconomy-1, vnexpress-2, dantri-3.
    assert_eq!(
        pairs(
            "Những vụ đánh bom tự sát hồi tháng 12 vào một nhà ga",
            Some("2014-02-15")
        ),
        [p("tháng 12", "2013-12")]
    );
    assert_eq!(
        pairs(
            "nghiêng về dự báo Fed sẽ nâng lãi suất từ tháng 3 và có 4 lần nâng",
            Some("2022-01-21")
        ),
        [p("tháng 3", "2022-03")]
    );
    assert_eq!(
        pairs(
            "Khi thành phố \"mở cửa\" hồi tháng 10 năm trước, song con gái",
            Some("2022-01-25")
        ),
        [p("tháng 10 năm trước", "2021-10")]
    );
    assert_eq!(
        pairs(
            "liên quan đến các chiến dịch của VNCB, hồi tháng 7 năm ngoái, ngân hàng",
            Some("2014-03-28")
        ),
        [p("tháng 7 năm ngoái", "2013-07")]
    );
    assert_eq!(
        pairs(
            "có thể dư cung trong quý 1 năm nay, nhưng lượng dầu tồn kho",
            Some("2022-01-21")
        ),
        [p("quý 1 năm nay", "2022-01/2022-03")]
    );
    // Durations and frequencies are no months.
    assert!(pairs("sau 3 tháng 5 ngày điều trị", Some("2024-01-18")).is_empty());
    assert!(pairs("mỗi tháng 1 lần họp giao ban", Some("2024-01-18")).is_empty());
}

#[test]
fn relative_days_and_weekdays_need_the_publication_date() {
    // corpus-html vnexpress-2, vneconomy-1 (published Friday 2022-01-21).
    assert_eq!(
        pairs(
            "khó khăn đến thế\". Hôm qua, nỗi lo của chị được trút bỏ",
            Some("2022-01-25")
        ),
        [p("Hôm qua", "2022-01-24")]
    );
    assert_eq!(
        pairs(
            "giảm điểm trong phiên giao dịch ngày thứ Năm (20/1), đảo ngược xu hướng. Hôm thứ Tư, Nasdaq đã rơi",
            Some("2022-01-21")
        ),
        [p("ngày thứ Năm (20/1)", "2022-01-20"), p("Hôm thứ Tư", "2022-01-19")]
    );
    let got = dates_of("Sáng nay, LĐLĐ tỉnh tổ chức hội nghị.", Some("2024-01-18"));
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].value, "2024-01-18");
    assert_eq!(got[0].time_of_day, Some(TimeOfDay::Sang));
    assert!(got[0].year_inferred);
    // Without a publication date there is nothing to count from; vague and other-week
    // references and the ordinal "thứ năm" are no dates.
    assert!(pairs("Hôm qua, nỗi lo của chị được trút bỏ", None).is_empty());
    assert!(pairs("mấy hôm nay trời rét", Some("2024-01-18")).is_empty());
    assert!(pairs("họp vào thứ Năm tuần trước", Some("2024-01-18")).is_empty());
    assert!(pairs("đây là lần thứ năm đơn vị được khen", Some("2024-01-18")).is_empty());
}

#[test]
fn years_of_named_events_decades_and_courses() {
    // corpus-html cafef-1, dantri-3, giadinh-1.
    assert_eq!(
        pairs(
            "gấp ba lần Olympic London 2012. Olympic Vancouver 2010 cũng chỉ tốn 7,4 tỉ USD.",
            None
        ),
        [p("2012", "2012"), p("2010", "2010")]
    );
    assert_eq!(
        pairs(
            "Đại hội đồng cổ đông thường niên 2012 được tổ chức hồi năm ngoái",
            Some("2014-03-28")
        ),
        [p("2012", "2012"), p("năm ngoái", "2013")]
    );
    assert_eq!(
        pairs(
            "Huyện Mường Tè những năm 90, mọi con đường đến với bản",
            None
        ),
        [p("những năm 90", "1990/1999")]
    );
    assert_eq!(
        pairs(
            "Phân viện Báo chí và Tuyên truyền khóa học 2005 – 2009. Đó là",
            None
        ),
        [p("khóa học 2005 - 2009", "2005/2009")]
    );
    // corpus-html vneconomy-1: an index name, not a year; amounts after a name.
    assert!(pairs(
        "kỷ lục thiết lập. Chỉ số Russell 2000 của cổ phiếu vốn hóa nhỏ",
        None
    )
    .is_empty());
    assert!(pairs("Tập đoàn Vingroup 2000 tỷ đồng", None).is_empty());
}

#[test]
fn first_months_of_a_year_and_half_years() {
    // corpus-real labour.jsonl baomoi-21474336.
    let text = "Theo báo cáo của BHXH thì 6 tháng đầu năm 2016 có 37 tỉnh có số chi vượt quỹ KCB";
    assert_eq!(
        pairs(text, None),
        [p("6 tháng đầu năm 2016", "2016-01/2016-06")]
    );
    // issue 12's class: "9 tháng đầu năm 2019"; a single first month; a half-year; the year
    // of writing.
    assert_eq!(
        pairs(
            "Trong 9 tháng đầu năm 2019, tháng đầu năm 2017 và nửa cuối năm 2024.",
            None
        ),
        [
            p("9 tháng đầu năm 2019", "2019-01/2019-09"),
            p("tháng đầu năm 2017", "2017-01"),
            p("nửa cuối năm 2024", "2024-07/2024-12"),
        ]
    );
    assert_eq!(
        pairs("6 tháng đầu năm nay, doanh thu tăng", Some("2017-07-20")),
        [p("6 tháng đầu năm nay", "2017-01/2017-06")]
    );
}

#[test]
fn coordinated_days_are_two_dates() {
    // corpus-real labour.jsonl baomoi-22275688, baomoi-22360269.
    assert_eq!(
        pairs(
            "vào ngày 13 và 14/5, các đại biểu Nhóm Công tác",
            Some("2017-05-10")
        ),
        [p("ngày 13", "2017-05-13"), p("14/5", "2017-05-14")]
    );
    assert_eq!(
        pairs("trong 2 ngày 15 và 17/5/2017 vừa qua", None),
        [p("ngày 15", "2017-05-15"), p("17/5/2017", "2017-05-17")]
    );
}

#[test]
fn the_article_year_completes_partial_dates_without_publication() {
    // real-dev baomoi-22497748 (issue 12: the year from the article's own context).
    let text =
        "Lễ tuyên dương 377 điển hình tiên tiến toàn quốc năm 2017 sẽ diễn ra vào sáng 10.6 \
                tại Hà Nội. Kỷ niệm 69 năm (11.6.1948 - 11.6.2017).";
    assert_eq!(
        pairs(text, None),
        [
            p("năm 2017", "2017"),
            p("sáng 10.6", "2017-06-10"),
            p("11.6.1948 - 11.6.2017", "1948-06-11/2017-06-11"),
        ]
    );
    // corpus-real labour.jsonl baomoi-21472698: a birth year tells no present.
    let text = "Chiều 26-6, ông Phạm Văn Báu (SN 1964), trú xã Ninh Sơn, bảo vệ nhà";
    assert_eq!(pairs(text, None)[0], p("Chiều 26-6", "--06-26"));
}

#[test]
fn dash_ranges_with_odd_spacing() {
    // real-dev dantri-news_education_113 "nhiệm kỳ 2020- 2025".
    assert_eq!(
        pairs("Hội đồng trường nhiệm kỳ 2020- 2025 đã", None),
        [p("nhiệm kỳ 2020- 2025", "2020/2025")]
    );
}

#[test]
fn the_past_year_and_spans_from_now() {
    // real-dev baomoi-21511578 "trong năm qua"; heldout h-vnexpress-2 "thất nghiệp gần năm
    // qua" is a duration.
    assert_eq!(
        pairs("Trong năm qua, LĐLĐ đã tổ chức", Some("2017-02-10")),
        [p("Trong năm qua", "2016")]
    );
    assert!(pairs(
        "nhưng thất nghiệp gần năm qua do nhà máy đóng cửa",
        Some("2021-09-01")
    )
    .is_empty());
    // real-dev baomoi-22534190 (issue 12 periods): from the article's present to a target.
    assert_eq!(
        pairs(
            "dự kiến tháng 6.2017 tuyển 25.000 lao động; từ nay đến năm 2020 sẽ",
            None
        ),
        [
            p("tháng 6.2017", "2017-06"),
            p("từ nay đến năm 2020", "2017/2020")
        ]
    );
    // corpus-real labour.jsonl: "Ngày truyền thống thi đua yêu nước (11/6)".
    assert_eq!(
        pairs(
            "kỷ niệm Ngày truyền thống thi đua yêu nước (11/6), Hội đồng",
            Some("2017-06-10")
        ),
        [p("11/6", "2017-06-11")]
    );
}

#[test]
fn years_of_documents_named_with_commas_numbers_and_charters() {
    // labour.jsonl baomoi-22651998: a law whose name lists two nouns.
    assert_eq!(
        pairs(
            "quy định tại khoản 1 và khoản 2, Điều 4, luật Cán bộ, công chức năm 2008. - Cán bộ",
            None
        ),
        []
    );
    // labour.jsonl baomoi-22593354: a numbered decision's year of issue; the Union's charter.
    assert_eq!(
        pairs(
            "(Căn cứ Điều 2 Nghị định 105/2014/NĐ-CP,Khoản 1 Điều 18 Quyết định 959/QĐ-BHXH năm 2015)",
            None
        ),
        []
    );
    assert_eq!(
        pairs(
            "Mức đóng = 1% tiền lương (Căn cứ Khoản 1 Điều 37 Điều lệ Công đoàn Việt Nam 2013) Công nhân",
            None
        ),
        []
    );
    // general-10k: a bill's name ends in its year.
    assert_eq!(
        pairs(
            "kiến nghị “Dự luật giảm nhẹ trừng phạt Nga 2017”. Các thành viên",
            None
        ),
        []
    );
    // The year of a time reference after a comma stays: the walk crosses a comma only inside
    // a name it has started reading.
    assert_eq!(
        pairs("Theo Luật, năm 2008 công ty được thành lập.", None),
        [p("năm 2008", "2008")]
    );
    assert_eq!(
        pairs("Năm 2008, công ty được thành lập.", None),
        [p("Năm 2008", "2008")]
    );
}

#[test]
fn day_ranges_written_with_spaces() {
    // labour.jsonl baomoi-22472009.
    assert_eq!(
        pairs(
            "Trong những ngày nắng nóng cao điểm vừa qua (từ ngày 2 - 5/6/2017), các tổ chức",
            None
        ),
        [p("từ ngày 2 - 5/6/2017", "2017-06-02/2017-06-05")]
    );
    // general-10k: "diễn ra từ ngày 22 đến 24/6".
    assert_eq!(
        pairs("Hội thi diễn ra từ ngày 22 đến 24/6/2018 tại Hà Nội", None),
        [p("từ ngày 22 đến 24/6/2018", "2018-06-22/2018-06-24")]
    );
    // No day head: "2 - 5/6" may be counts.
    assert_eq!(pairs("tăng 2 - 5/6 lần", None), []);
    // The first day must come first.
    assert!(pairs("ngày 9 - 5/6/2017", None)
        .iter()
        .all(|(_, v)| !v.contains('/')));
}

#[test]
fn days_listed_after_a_day_are_dates() {
    // labour.jsonl baomoi-21494854.
    assert_eq!(
        pairs(
            "tặng quà cho nữ đoàn viên nhân dịp kỷ niệm ngày 20.10, 8.3… Qua đó kịp thời",
            None
        ),
        [p("ngày 20.10", "--10-20"), p("8.3", "--03-08")]
    );
    // general-10k baomoi-22224447: "vào ngày 23/6 và 24/6 tại Cung Văn hóa".
    assert_eq!(
        pairs(
            "tổ chức 2 đêm nhạc vào ngày 23/6 và 24/6 tại Cung Văn hóa",
            Some("2017-06-01")
        ),
        [p("ngày 23/6", "2017-06-23"), p("24/6", "2017-06-24")]
    );
    // A number after the day is not a listed day: "Ngày 8.3, 8.5 triệu người".
    assert_eq!(
        pairs("Ngày 8.3, 8.5 triệu người", None),
        [p("Ngày 8.3", "--03-08")]
    );
    // Another separator is another kind of number.
    assert_eq!(
        pairs("Ngày 8/3, 8.5 triệu người", None),
        [p("Ngày 8/3", "--03-08")]
    );
}

#[test]
fn the_tet_an_article_is_about_gives_its_year() {
    // labour.jsonl baomoi-21472555 (no publication date).
    let text = "Công nhân trở lại làm việc sau Tết Đinh Dậu. Ngày 3.2 (tức mùng 7 Tết Nguyên \
                đán), Công ty Dona Pacific có mặt đủ. Nhu cầu tuyển dụng cao từ cuối năm \
                ngoái sang tới thời điểm hiện tại.";
    // The apposition's new-year day is a date of its own (real2-dev annotates both).
    assert_eq!(
        pairs(text, None),
        [
            p("Ngày 3.2", "2017-02-03"),
            p("mùng 7 Tết Nguyên đán", "2017-02-03"),
            p("năm ngoái", "2016")
        ]
    );
    // A month in the second half of the year is before the Tết.
    assert_eq!(
        pairs(
            "Chuẩn bị Tết Đinh Dậu, ngày 20/12 công ty thưởng Tết.",
            None
        ),
        [p("ngày 20/12", "2016-12-20")]
    );
    // The publication date goes first.
    assert_eq!(
        pairs(
            "Sau Tết Đinh Dậu, ngày 3/2 công nhân trở lại.",
            Some("2029-02-10")
        ),
        [p("ngày 3/2", "2029-02-03")]
    );
    // A Tết before the article's present year is history.
    assert_eq!(
        pairs(
            "Tết Giáp Ngọ đã qua. Năm 2017, ngày 3/2 công nhân trở lại.",
            None
        ),
        [p("Năm 2017", "2017"), p("ngày 3/2", "2017-02-03")]
    );
}

#[test]
fn months_with_their_year_after_a_spaced_dash() {
    // general-10k: "Tháng 5 - 2020 Quý bắt đầu xây", "từ tháng 10-2016 đến tháng 5 – 2017".
    assert_eq!(
        pairs(
            "hơn 800 triệu đồng. Tháng 5 - 2020 Quý bắt đầu xây nhà.",
            None
        ),
        [p("Tháng 5 - 2020", "2020-05")]
    );
    assert_eq!(
        pairs("từ tháng 10-2016 đến tháng 5 – 2017, Bộ liên tục", None),
        // The normalized text writes the en dash as "-".
        [p("từ tháng 10-2016 đến tháng 5 - 2017", "2016-10/2017-05")]
    );
}

#[test]
fn quarters_with_their_year_after_a_dash() {
    // corpus-real labour.jsonl baomoi-22495011.
    assert_eq!(
        pairs(
            "Hiện số người lao động thất nghiệp là 138.800 người, giảm 80.000 người so với quý IV-2016. Bản tin số 13, quý I-2017.",
            None
        ),
        [
            p("quý IV-2016", "2016-10/2016-12"),
            p("quý I-2017", "2017-01/2017-03")
        ]
    );
}

#[test]
fn last_year_dated_tells_the_present() {
    // corpus-real labour.jsonl baomoi-22488405: the year after "năm ngoái, ngày 9/6/2016".
    assert_eq!(
        pairs(
            "Chiều 8/6, người dân phát hiện cá chết. Cũng khoảng thời gian này năm ngoái, ngày 9/6/2016, cá hồ Hoàng Cầu đã chết trắng.",
            None
        ),
        [
            p("Chiều 8/6", "2017-06-08"),
            p("năm ngoái", "2016"),
            p("ngày 9/6/2016", "2016-06-09")
        ]
    );
    // general-10k baomoi-22698922: a list, not an apposition.
    assert_eq!(
        pairs(
            "trong khoảng cuối năm ngoái và đầu năm 2017, một thế cục khác",
            None
        ),
        [p("năm ngoái", "2016"), p("đầu năm 2017", "2017")]
    );
}
