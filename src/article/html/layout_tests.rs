//! Layouts of the pages nobody tuned for (issue 12, item 5; the dev half of the newspaper4k
//! pages in `fixtures/html`): a body split into repeated containers, a social title that
//! shortens the headline, a date whose zone only a later source gives, a page that names its
//! address only in `twitter:url`. Text from the fixture vnexpress-2 (real sentences).

use super::{from_html, from_html_with};
use crate::article::Config;

const SENTENCES: [&str; 3] = [
    "Chị Nguyễn Thị Huyền, 36 tuổi, thuê trọ trên đường TL16, phường Thạnh Lộc (quận 12) vốn là \
     công nhân công ty chuyên về đồ nhựa nhưng thất nghiệp gần năm qua do nhà máy đóng cửa.",
    "Mất việc đúng lúc mang bầu nên chị không thể tìm việc mới, nữ công nhân nói rằng lúc đó \
     chồng còn việc làm, có thu nhập nên gia đình vẫn xoay xở được.",
    "Ông Hồ Xuân Lâm, Phó chủ tịch Liên đoàn lao động TP HCM, cho hay ngoài sự hỗ trợ của chính \
     quyền và đoàn thể, rất nhiều chủ nhà trọ đã tổ chức tiệc tất niên.",
];

/// WIRED's markup (fixture np4k-wired-001): each stretch of text between two ad slots is a
/// `div.body__inner-container` under its own four wrappers, too far apart for the split-body
/// ancestor rule. A short box of the same class (a caption) stays out.
fn chunked_page() -> String {
    let part = |s: &str| {
        format!(
            "<div class=\"chunks\"><div class=\"grid\"><div class=\"grid-item\">\
             <div class=\"body body__container\"><div class=\"body__inner-container\">\
             <p>{s}</p><p>{s}</p></div></div></div></div></div>\
             <div class=\"ad\"><a href=\"/ad\">Quảng cáo</a></div>"
        )
    };
    let parts: String = SENTENCES.iter().map(|s| part(s)).collect();
    format!(
        "<html><body><nav><a href=\"/\">Trang chủ</a></nav><main>{parts}\
         <div class=\"body__inner-container\"><p>Ảnh: Quỳnh Trần.</p></div></main>\
         <footer>© 2022 Báo mẫu. All rights reserved.</footer></body></html>"
    )
}

#[test]
fn a_body_split_into_repeated_containers_is_joined_in_order() {
    let page = chunked_page();
    let article = from_html(page.as_bytes(), None, None).expect("article");
    let at: Vec<usize> = SENTENCES
        .iter()
        .map(|s| {
            article
                .body
                .find(s)
                .unwrap_or_else(|| panic!("{s}: {}", article.body))
        })
        .collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{}", article.body);
    assert!(!article.body.contains("Quỳnh Trần"), "{}", article.body);
    assert!(!article.body.contains("Quảng cáo"), "{}", article.body);
    // Without the rule the body is the best part alone.
    let mut cfg = Config::default();
    cfg.choice.repeated_part_min_chars = usize::MAX;
    let one = from_html_with(page.as_bytes(), None, None, &cfg).expect("article");
    assert_eq!(
        SENTENCES.iter().filter(|s| one.body.contains(*s)).count(),
        1,
        "{}",
        one.body
    );
}

fn titled(og: &str, h1: &str) -> Option<String> {
    let page = format!(
        "<html><head><meta property=\"og:title\" content=\"{og}\"></head><body><h1>{h1}</h1>\
         <p>{}</p><p>{}</p></body></html>",
        SENTENCES[0], SENTENCES[1]
    );
    from_html(page.as_bytes(), None, None)
        .expect("article")
        .title
}

#[test]
fn the_headline_wins_over_a_social_title_that_shortens_it() {
    // The social title is the headline's second half (np4k-burmese-article).
    assert_eq!(
        titled(
            "Công nhân mất việc chật vật lo Tết",
            "Giữa dịch bệnh, công nhân mất việc chật vật lo Tết"
        )
        .as_deref(),
        Some("Giữa dịch bệnh, công nhân mất việc chật vật lo Tết")
    );
    // Same start, reworded tail (np4k-time-001).
    assert_eq!(
        titled(
            "Công nhân mất việc chật vật lo Tết ở TP HCM",
            "Công nhân mất việc chật vật lo Tết, chủ trọ giảm tiền nhà"
        )
        .as_deref(),
        Some("Công nhân mất việc chật vật lo Tết, chủ trọ giảm tiền nhà")
    );
    // The social title with a logo's text after it in the <h1>: the social title.
    assert_eq!(
        titled(
            "Công nhân mất việc chật vật lo Tết",
            "Công nhân mất việc chật vật lo Tết Báo Mẫu Online"
        )
        .as_deref(),
        Some("Công nhân mất việc chật vật lo Tết")
    );
    // An <h1> that is a section name: the social title.
    assert_eq!(
        titled("Công nhân mất việc chật vật lo Tết", "Thời sự").as_deref(),
        Some("Công nhân mất việc chật vật lo Tết")
    );
    // With more shared words required, the reworded tail leaves the social title.
    let mut cfg = Config::default();
    cfg.meta.headline_variant_words = 20;
    let page = "<html><head><meta property=\"og:title\" content=\"Công nhân mất việc chật vật lo \
                Tết ở TP HCM\"></head><body><h1>Công nhân mất việc chật vật lo Tết, chủ trọ giảm \
                tiền nhà</h1><p>x</p></body></html>";
    let article = from_html_with(page.as_bytes(), None, None, &cfg).expect("article");
    assert_eq!(
        article.title.as_deref(),
        Some("Công nhân mất việc chật vật lo Tết ở TP HCM")
    );
}

fn dated(head: &str) -> Option<String> {
    let page = format!(
        "<html><head>{head}</head><body><h1>Tựa</h1><p>{}</p><p>{}</p></body></html>",
        SENTENCES[0], SENTENCES[1]
    );
    from_html(page.as_bytes(), None, None)
        .expect("article")
        .published
}

#[test]
fn a_day_without_a_zone_takes_the_same_day_with_one_from_a_later_source() {
    let ld = |date: &str| {
        format!(
            "<script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\
             \"datePublished\":\"{date}\"}}</script>"
        )
    };
    // np4k-fox13now-001: the meta gives no zone, the JSON-LD the same day with one.
    let meta = "<meta property=\"article:published_time\" content=\"2022-01-25T06:00:00\">";
    assert_eq!(
        dated(&format!("{meta}{}", ld("2022-01-25T06:00:00+0700"))).as_deref(),
        Some("2022-01-25T06:00:00+07:00")
    );
    // Another day is another claim: the first source stands.
    assert_eq!(
        dated(&format!("{meta}{}", ld("2022-01-24T23:00:00-0700"))).as_deref(),
        Some("2022-01-25")
    );
    assert_eq!(dated(meta).as_deref(), Some("2022-01-25"));
    // A namespaced publication-time meta (np4k-japanese-article2's cXense tag).
    assert_eq!(
        dated("<meta name=\"cXenseParse:recs:publishtime\" content=\"2022-01-25T06:00:00+07:00\">")
            .as_deref(),
        Some("2022-01-25T06:00:00+07:00")
    );
}

#[test]
fn twitter_url_names_the_page_when_nothing_else_does() {
    let page = format!(
        "<html><head><meta name=\"twitter:url\" content=\"https://vnexpress.net/a-4420519.html\">\
         </head><body><h1>Tựa</h1><p>{}</p><p>{}</p></body></html>",
        SENTENCES[0], SENTENCES[1]
    );
    let article = from_html(page.as_bytes(), None, None).expect("article");
    assert_eq!(
        article.canonical_url.as_deref(),
        Some("https://vnexpress.net/a-4420519.html")
    );
}
