//! A threshold other than its default changes the extraction the way its doc says: the
//! config is what the heuristics read, not a copy of their numbers.

use super::*;
use crate::article::html::from_html_with;
use crate::article::{from_page_text_with, Article};

fn html(page: &str, url: Option<&str>, cfg: &Config) -> Article {
    from_html_with(page.as_bytes(), url, None, cfg).unwrap_or_else(|e| panic!("{e}"))
}

/// Sentences long enough to be paragraphs, none of them links.
const SENTENCES: [&str; 2] = [
    "Sáng 17/1, Liên đoàn Lao động quận Thanh Khê tổ chức hội nghị tổng kết phong trào \
     công nhân viên chức lao động năm 2023, với hơn 150 đại biểu tham dự.",
    "Trong năm, Liên đoàn Lao động quận đã thành lập được 24 công đoàn cơ sở mới, kết nạp \
     1.199 đoàn viên và trao hàng trăm suất quà cho công nhân có hoàn cảnh khó khăn.",
];

/// `listing.teaser_links`: a body of 12 headline links is a category page by default (8);
/// with the bound raised to 13 the same page is an article.
#[test]
fn teaser_links_decide_a_category_page() {
    let items: String = (0..12)
        .map(|i| {
            format!(
                "<div class=\"item\"><a href=\"/n-{i}.htm\">Tin số {i}: công nhân khu công \
                 nghiệp nhận quà Tết</a><p>{}</p></div>",
                SENTENCES[i % 2]
            )
        })
        .collect();
    let page = format!("<html><body><div class=\"list\">{items}</div></body></html>");
    let url = Some("https://dantri.com.vn/xa-hoi.htm");
    let listing = |a: &Article| {
        a.warnings
            .iter()
            .any(|w| w.starts_with("not an article page"))
    };

    let default = html(&page, url, &Config::DEFAULT);
    assert!(listing(&default), "{:?}", default.warnings);
    assert!(default.body.is_empty());

    let mut cfg = Config::default();
    cfg.listing.teaser_links = 13;
    let raised = html(&page, url, &cfg);
    assert!(!listing(&raised), "{:?}", raised.warnings);
    assert!(raised.body.contains(SENTENCES[0]), "{}", raised.body);
}

/// `cleaning.link_paragraph_share`: a "read more" line that is 70 % link text stays under the
/// default share (4/5) and goes under 1/2.
#[test]
fn link_paragraph_share_decides_a_read_more_line() {
    let read_more = "Đọc thêm bài viết: Công nhân mất việc chật vật lo Tết năm nay";
    let page = format!(
        "<html><body><div class=\"detail\"><p>{}</p><p>{}<br>Đọc thêm bài viết: \
         <a href=\"/b\">Công nhân mất việc chật vật lo Tết năm nay</a></p></div></body></html>",
        SENTENCES[0], SENTENCES[1]
    );
    let default = html(&page, None, &Config::DEFAULT);
    assert!(default.body.contains(read_more), "{}", default.body);
    assert!(default.body.contains(SENTENCES[1]), "{}", default.body);

    let mut cfg = Config::default();
    cfg.cleaning.link_paragraph_share = Fraction {
        numerator: 1,
        denominator: 2,
    };
    let strict = html(&page, None, &cfg);
    assert!(!strict.body.contains("Đọc thêm"), "{}", strict.body);
    assert!(strict.body.contains(SENTENCES[1]), "{}", strict.body);
}

/// `page_text.byline_max_words`: a five-word name line closing the body is text by default
/// (at most 4 words) and the byline when 5 are allowed.
#[test]
fn byline_max_words_decides_a_name_line() {
    let page = format!(
        "Tổng kết phong trào công nhân năm 2023\n\n{}\n\n{}\n\nNguyễn Văn An Bình Minh",
        SENTENCES[0], SENTENCES[1]
    );
    let default = from_page_text_with(&page, &Config::DEFAULT);
    assert_eq!(default.byline, None);
    assert!(
        default.body.ends_with("Nguyễn Văn An Bình Minh"),
        "{}",
        default.body
    );

    let mut cfg = Config::default();
    cfg.page_text.byline_max_words = 5;
    let raised = from_page_text_with(&page, &cfg);
    assert_eq!(raised.byline.as_deref(), Some("Nguyễn Văn An Bình Minh"));
    assert!(raised.body.ends_with(SENTENCES[1]), "{}", raised.body);
}

/// The default is the one `Default` gives, and the plain entry points use it.
#[test]
fn default_is_the_default() {
    assert_eq!(Config::default(), Config::DEFAULT);
    let page = format!("Tiêu đề bài báo hôm nay\n\n{}", SENTENCES[0]);
    assert_eq!(
        crate::article::from_page_text(&page),
        from_page_text_with(&page, &Config::DEFAULT)
    );
}
