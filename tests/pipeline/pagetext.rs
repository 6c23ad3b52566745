//! Page-text inputs built from the seed files with the page furniture moved around: a
//! trailer marker ("Liên kết website", "Chia sẻ", "Bình luận", "Đọc nhiều", …) in the header
//! menu or between the headline and the body must not end the article.

use union_news::article::{from_page_text, Article};

use super::root;

fn seed(name: &str) -> String {
    std::fs::read_to_string(root().join("corpus").join(name)).unwrap()
}

/// The article of `page` is the seed's own: same headline, date, byline and body.
fn assert_same_article(page: &str, original: &Article, case: &str) -> Article {
    let article = from_page_text(page);
    assert_eq!(article.title, original.title, "{case}: title");
    assert_eq!(article.published, original.published, "{case}: published");
    assert_eq!(article.byline, original.byline, "{case}: byline");
    assert_eq!(article.body, original.body, "{case}: body");
    article
}

#[test]
fn regression_a_marker_in_the_header_menu_does_not_end_the_article() {
    // Seed 000 with the footer's "Liên kết website" also in the header menu.
    let page = seed("000_a6a4ef2cc09a7cba.txt");
    let original = from_page_text(&page);
    assert!(original.body.len() > 2000);
    let moved = page.replacen("Danh mục\n", "Danh mục\n\nLiên kết website\n", 1);
    let article = assert_same_article(&moved, &original, "000, marker in the header");
    assert!(article.warnings.is_empty(), "{:?}", article.warnings);

    // Seed 001 under a site menu: "Tin tức" alone used to be the whole body.
    let page = seed("001_2422e51105c7a8e3.txt");
    let original = from_page_text(&page);
    let moved = page.replacen(
        "Danh mục\n",
        "Trang chủ\nTin tức\nĐọc nhiều\nBình luận\n\nDanh mục\n",
        1,
    );
    let article = assert_same_article(&moved, &original, "001, menu with markers");
    assert_ne!(article.body, "Tin tức");
}

#[test]
fn regression_a_most_read_list_above_the_headline_is_not_the_article() {
    // Seed 004 with a "Đọc nhiều" box of teaser headlines (from seed 002's related news)
    // above the headline: the dateline still finds the headline, the box is not the body.
    let page = seed("004_b1920f945a03011b.txt");
    let original = from_page_text(&page);
    let header = "Trang chủ\nĐọc nhiều\n\
        Phường Tây Tựu tặng quà gia đình chính sách, người có công với cách mạng\n\
        Đảng bộ phường Hoàn Kiếm tổ chức Đại hội lần thứ I\n\
        Lực đẩy dòng vốn mới cho thị trường chứng khoán\n\n";
    let article = assert_same_article(&format!("{header}{page}"), &original, "004, most read");
    assert!(!article.body.contains("Hoàn Kiếm"));
}

#[test]
fn regression_sharing_bars_between_headline_and_body_are_dropped() {
    // Seed 003 with sharing and comment bars under the headline and under the dateline.
    let page = seed("003_d30b86f0a1941a6f.txt");
    let original = from_page_text(&page);
    assert_eq!(original.published.as_deref(), Some("2023-12-20"));
    let moved = page
        .replacen(
            "Ngày đăng: 20/12/2023",
            "Chia sẻ\nBình luận (0)\n\nNgày đăng: 20/12/2023\n\nChia sẻ bài viết:",
            1,
        )
        .replacen("Bình luận (0)", "Bình luận", 1);
    let article = assert_same_article(&moved, &original, "003, sharing bars");
    assert!(!article.body.contains("Chia sẻ") && !article.body.contains("Bình luận"));
    assert!(article.warnings.is_empty(), "{:?}", article.warnings);
}

#[test]
fn regression_a_cut_that_leaves_no_body_is_retried_without_the_marker() {
    // Seed 003 under a headline written as a long sentence (prose, so the body seems to start
    // there) with a sharing bar below the dateline: the cut at "Chia sẻ" leaves no body, so
    // the article is read again up to the next marker, with a warning.
    let page = seed("003_d30b86f0a1941a6f.txt");
    let original = from_page_text(&page);
    let long_title = "Tổng Liên đoàn Lao động Việt Nam phát động phong trào thi đua năm 2024 với 5 nội dung, chào mừng 95 năm Ngày thành lập Công đoàn Việt Nam.";
    let moved = page
        .replacen("5 nội dung của phong trào thi đua năm 2024", long_title, 1)
        .replacen(
            "Ngày đăng: 20/12/2023",
            "Ngày đăng: 20/12/2023\n\nChia sẻ",
            1,
        );
    let article = from_page_text(&moved);
    assert_eq!(article.title.as_deref(), Some(long_title));
    assert_eq!(article.published, original.published);
    assert_eq!(article.body, original.body);
    assert_eq!(article.warnings.len(), 1, "{:?}", article.warnings);
    assert!(
        article.warnings[0].starts_with("ignored the marker \"Chia sẻ\" on line"),
        "{:?}",
        article.warnings
    );
}

#[test]
fn markers_after_the_body_still_end_it() {
    // The related news of seed 002 (after "Có thể bạn quan tâm") stays out, and a marker
    // added inside that list changes nothing.
    let page = seed("002_4d6429880cf3b8be.txt");
    let original = from_page_text(&page);
    assert!(!original.body.contains("Phường Tây Tựu"));
    let moved = page.replacen("Tin khác", "Đọc nhiều\n\nTin khác", 1);
    assert_same_article(&moved, &original, "002, more markers in the trailer");
}

#[test]
fn a_one_line_txt_file_is_a_body_without_a_headline() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("one.txt");
    std::fs::write(
        &path,
        "Sáng 17/1, LĐLĐ quận kết nạp được 1.199 đoàn viên.\n",
    )
    .unwrap();
    let (code, records, stderr) = super::extract(&[path.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    let r = &records[0];
    assert_eq!(r["title"], serde_json::Value::Null);
    assert_eq!(
        r["text"],
        "Sáng 17/1, LĐLĐ quận kết nạp được 1.199 đoàn viên."
    );
    assert_eq!(r["warnings"], serde_json::json!([]));
    assert_eq!(r["member_counts"][0]["count"], 1199);
}
