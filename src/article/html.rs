//! HTML → article: decode the bytes, read the page's metadata, find the main text.
//!
//! 1. `charset`: a BOM, the HTTP charset, `<meta charset>` or UTF-8 (UTF-8 bytes overrule a
//!    declared single-byte charset, with a warning); Windows-1258 is composed to NFC;
//!    undecodable bytes become a warning, never silent loss.
//! 2. `meta`: title (`og:title`, `<h1>`, `<title>` minus the site name), publication date
//!    (meta tags, JSON-LD, `<time>`, visible "Cập nhật: …" lines), byline, section, canonical URL.
//! 3. `body`: generic readability-style scoring of containers by their paragraphs, link
//!    density and class names, with a per-site rule table (`rules`, `rules/sites.tsv`)
//!    where the generic result is not enough. When an attempt finds too little text, it is
//!    retried with one heuristic switched off and the best attempt is kept. Image captions
//!    are paragraphs; the site footer (`footer`: licence, copyright, masthead) never is.
//! 4. A page that is a listing (home page, category page) gives an empty body and a
//!    `"not an article page: …"` warning.

mod body;
mod charset;
mod classes;
mod dom;
mod footer;
#[cfg(test)]
mod layout_tests;
mod limits;
mod meta;
mod rules;

use std::collections::HashSet;

use ego_tree::NodeId;
use scraper::{ElementRef, Html, Selector};

use super::{Article, Config};
use crate::article::config::{Listing, Tidy};
use body::Heuristics;
use dom::{Dom, Prune};
use meta::{LinkedData, Metas};
pub(crate) use rules::{SiteRule, SITES};

/// Extracts the article from an HTML page. `url` is where the page came from and
/// `content_type` the HTTP `Content-Type` it was served with (its charset wins over the
/// page's own declaration), when known.
///
/// Never panics. A page that is not an article (a home or listing page) gives an article with
/// an empty body and a `"not an article page: …"` warning; bytes that could not be decoded
/// are counted in a warning.
///
/// # Example
/// ```
/// use union_news::article::html::from_html;
/// let page = "<html><head><meta property=\"og:title\" content=\"Hội nghị công đoàn - Báo Lao Động\">\
///     <meta property=\"article:published_time\" content=\"2024-01-17T08:30:00+07:00\"></head>\
///     <body><nav><a href=\"/\">Trang chủ</a></nav><article><p>Sáng 17/1, Liên đoàn Lao động \
///     quận tổ chức hội nghị tổng kết công tác công đoàn năm 2023, với 150 đại biểu.</p></article>\
///     </body></html>";
/// let article = from_html(page.as_bytes(), Some("https://laodong.vn/a-1.ldo"), None).unwrap();
/// assert_eq!(article.title.as_deref(), Some("Hội nghị công đoàn"));
/// assert_eq!(article.published.as_deref(), Some("2024-01-17T08:30:00+07:00"));
/// assert!(article.body.starts_with("Sáng 17/1, Liên đoàn Lao động quận"));
/// assert!(!article.body.contains("Trang chủ"));
/// ```
///
/// # Errors
/// When the input is empty (nothing but whitespace).
pub fn from_html(
    html: &[u8],
    url: Option<&str>,
    content_type: Option<&str>,
) -> Result<Article, crate::Error> {
    from_html_with(html, url, content_type, &Config::DEFAULT)
}

/// [`from_html`] with other thresholds than the defaults (see [`Config`]).
///
/// # Errors
/// When the input is empty (nothing but whitespace).
pub fn from_html_with(
    html: &[u8],
    url: Option<&str>,
    content_type: Option<&str>,
    cfg: &Config,
) -> Result<Article, crate::Error> {
    let input = url.unwrap_or("html");
    if html.iter().all(u8::is_ascii_whitespace) {
        return Err(crate::Error::input(input, "empty html page"));
    }
    let decoded = charset::decode(html, content_type, cfg.input.charset_prescan_bytes);
    let mut warnings = decoded.warnings;
    let mut text = decoded.text;
    let max_bytes = cfg.input.max_page_bytes;
    if text.len() > max_bytes {
        let mut cut = max_bytes;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text.truncate(cut);
        warnings.push(format!("html: page cut at {max_bytes} bytes"));
    }
    // Nesting and attributes the parser would spend quadratic time on (see `limits`).
    if let Some(cut) = limits::cut_point(&text) {
        text.truncate(cut.at);
        warnings.push(format!("html: page cut at byte {}: {}", cut.at, cut.reason));
    }
    let doc = Html::parse_document(&text);
    let metas = Metas::of(&doc);
    let m = &cfg.meta;
    let ld = LinkedData::of(&doc);
    let canonical_url = meta::canonical(&doc, &metas, url);
    let host = url
        .or(canonical_url.as_deref())
        .and_then(|u| url::Url::parse(u).ok())
        .and_then(|u| u.host_str().map(str::to_lowercase));
    let label = host.as_deref().and_then(meta::site_label);
    let rule = host.as_deref().and_then(rules::for_host);

    let title = rule
        .and_then(|r| first_text(&doc, r.title.as_ref()))
        .or_else(|| meta::title(&doc, &metas, &ld, label.as_deref(), m));
    let published = rule
        .and_then(|r| rule_date(&doc, r.date.as_ref()))
        .or_else(|| meta::published(&doc, &metas, &ld, m));
    let byline = rule
        .and_then(|r| first_text(&doc, r.byline.as_ref()))
        .or_else(|| meta::byline(&doc, &metas, &ld, label.as_deref(), m));
    let section = meta::section(&doc, &metas, &ld, m);

    let extraction = extract_body(&doc, rule, cfg);
    let mut paragraphs = tidy(
        extraction.paragraphs,
        title.as_deref(),
        byline.as_deref(),
        &cfg.tidy,
    );
    if let Some(first) = paragraphs.first_mut() {
        *first = strip_site_label(first, label.as_deref(), cfg);
    }
    let mut body = paragraphs.join("\n\n");

    if let Some(reason) = listing_reason(
        &extraction.page,
        extraction.teasers,
        &metas,
        &ld,
        canonical_url.as_deref().or(url),
        &body,
        &cfg.listing,
    ) {
        warnings.push(format!("not an article page: {reason}"));
        body.clear();
    } else if body.is_empty() {
        warnings.push("no body found in html".to_string());
    }
    Ok(Article {
        title,
        published,
        byline,
        section,
        canonical_url,
        body,
        warnings,
    })
}

/// What one page looks like as a whole, for the article/listing decision.
#[derive(Debug, Default)]
struct PageShape {
    /// Links whose text is long enough to be a headline.
    headline_links: usize,
    /// Share of the page's text that is link text.
    link_density: f64,
}

/// The result of the body extraction.
struct Extraction {
    paragraphs: Vec<String>,
    page: PageShape,
    /// Headline-length links inside the chosen body containers (a listing's teasers).
    teasers: usize,
}

/// Finds the body: the site rule's container if it has one and it holds text, else the best
/// of the generic attempts.
fn extract_body(doc: &Html, rule: Option<&SiteRule>, cfg: &Config) -> Extraction {
    let removed: HashSet<NodeId> = rule
        .and_then(|r| r.remove.as_ref())
        .map(|sel| doc.select(sel).map(|el| el.id()).collect())
        .unwrap_or_default();
    let full = Dom::build(
        doc,
        Prune {
            unlikely: false,
            removed: &removed,
        },
    );
    let page = shape(&full, &cfg.listing);
    let strict = Heuristics {
        weigh_classes: true,
        clean: true,
    };

    if let Some(sel) = rule.and_then(|r| r.body.as_ref()) {
        let ids: HashSet<NodeId> = doc.select(sel).map(|el| el.id()).collect();
        let roots: Vec<usize> = full
            .nodes
            .iter()
            .enumerate()
            .filter(|(_, n)| ids.contains(&n.id))
            .map(|(i, _)| i)
            .collect();
        let paragraphs =
            without_footer_lines(body::paragraphs(&full, &roots, strict, &cfg.cleaning));
        let paragraphs = with_lead(&full, &roots, paragraphs, cfg);
        if length(&paragraphs) >= cfg.choice.enough_text / 2 {
            let teasers = headline_links_within(&full, &roots, &cfg.listing);
            return Extraction {
                paragraphs,
                page,
                teasers,
            };
        }
    }

    let attempts = [
        (true, strict),
        (false, strict),
        (
            false,
            Heuristics {
                weigh_classes: false,
                clean: true,
            },
        ),
        (
            false,
            Heuristics {
                weigh_classes: false,
                clean: false,
            },
        ),
    ];
    let mut best: Vec<String> = Vec::new();
    let mut teasers = 0;
    for (unlikely, h) in attempts {
        let pruned;
        let dom = if unlikely {
            pruned = Dom::build(
                doc,
                Prune {
                    unlikely,
                    removed: &removed,
                },
            );
            &pruned
        } else {
            &full
        };
        let candidates = body::score(dom, h, &cfg.scoring);
        let chosen = body::choose(dom, &candidates, h, &cfg.choice);
        let paragraphs = without_footer_lines(body::paragraphs(dom, &chosen, h, &cfg.cleaning));
        let paragraphs = with_lead(dom, &chosen, paragraphs, cfg);
        if length(&paragraphs) > length(&best) || best.is_empty() {
            best = paragraphs;
            teasers = headline_links_within(dom, &chosen, &cfg.listing);
        }
        if length(&best) >= cfg.choice.enough_text {
            break;
        }
    }
    Extraction {
        paragraphs: best,
        page,
        teasers,
    }
}

/// The paragraphs without the site footer's licence, copyright and masthead lines, which are
/// never article text wherever they stand (before the attempts are compared, so a footer's
/// lines do not make an attempt look long).
fn without_footer_lines(mut paragraphs: Vec<String>) -> Vec<String> {
    paragraphs.retain(|p| !footer::is_footer_line(p));
    paragraphs
}

/// Whether a link's text is as long as a headline.
fn is_headline_link(node: &dom::DomNode<'_>, cfg: &Listing) -> bool {
    node.tag == "a"
        && (cfg.headline_link_min_chars..=cfg.headline_link_max_chars).contains(&node.text_len)
}

/// Headline-length links inside the subtrees of `roots`.
fn headline_links_within(dom: &Dom<'_>, roots: &[usize], cfg: &Listing) -> usize {
    let mut count = 0;
    for &root in roots {
        // A subtree is the run of nodes after its root that descend from it.
        let end = dom.subtree_end(root);
        for node in dom.nodes.get(root..end).unwrap_or_default() {
            count += usize::from(is_headline_link(node, cfg));
        }
    }
    count
}

/// Characters in the paragraphs.
fn length(paragraphs: &[String]) -> usize {
    paragraphs.iter().map(|p| p.chars().count()).sum()
}

/// Puts the lead paragraph (sapo) first when it stands outside the chosen body.
fn with_lead(
    dom: &Dom<'_>,
    chosen: &[usize],
    mut paragraphs: Vec<String>,
    cfg: &Config,
) -> Vec<String> {
    let c = &cfg.choice;
    let Some(&first) = chosen.first() else {
        return paragraphs;
    };
    let lead = dom.nodes.iter().enumerate().take(first).find(|(i, n)| {
        n.is_element()
            && !matches!(n.tag, "h1" | "meta" | "a")
            && classes::is_lead(&n.key)
            && (c.lead_min_chars..=c.lead_max_chars).contains(&n.text_len)
            && n.link_density() < c.lead_max_density
            && !dom.is_within(first, *i)
    });
    if let Some((i, _)) = lead {
        let text = body::text_of(dom, i);
        if !paragraphs.iter().any(|p| p.contains(&text)) {
            paragraphs.insert(0, text);
        }
    }
    paragraphs
}

/// A lead without the site's dateline label: "Dân trí Sau khi …" → "Sau khi …",
/// "(Dân trí) - Nhiều ngân hàng …" → "Nhiều ngân hàng …".
fn strip_site_label(lead: &str, label: Option<&str>, cfg: &Config) -> String {
    let Some(label) = label.filter(|l| l.len() >= cfg.meta.site_label_min_len) else {
        return lead.to_string();
    };
    let mut consumed = 0;
    let mut skeleton = String::new();
    for word in lead.split(' ').take(cfg.tidy.label_max_words) {
        consumed += word.len() + 1;
        skeleton.push_str(&meta::skeleton(word));
        if skeleton == label {
            let rest = lead.get(consumed.min(lead.len())..).unwrap_or_default();
            let rest = rest.trim_start_matches(|c: char| c == '-' || c == '–' || c.is_whitespace());
            let bracketed =
                lead.starts_with('(') && lead.get(..consumed - 1).is_some_and(|h| h.ends_with(')'));
            let bare = !lead.starts_with('(') && !word.ends_with(')');
            if (bracketed || bare) && rest.chars().next().is_some_and(char::is_uppercase) {
                return rest.to_string();
            }
            break;
        }
        if skeleton.len() > label.len() {
            break;
        }
    }
    lead.to_string()
}

/// Drops paragraphs that repeat the title or the byline and date lines at the edges.
fn tidy(
    paragraphs: Vec<String>,
    title: Option<&str>,
    byline: Option<&str>,
    cfg: &Tidy,
) -> Vec<String> {
    let title = title.map(meta::skeleton).unwrap_or_default();
    let byline = byline.map(meta::skeleton).unwrap_or_default();
    let count = paragraphs.len();
    let teaser = |i: usize, p: &str| {
        // A cut-off summary ("… (20/1)...") repeated in full by the next paragraph.
        p.strip_suffix("...").is_some_and(|head| {
            paragraphs.get(i + 1).is_some_and(|next| {
                head.len() > cfg.teaser_head_min_bytes && next.starts_with(head)
            })
        })
    };
    let teasers: Vec<bool> = paragraphs
        .iter()
        .enumerate()
        .map(|(i, p)| teaser(i, p))
        .collect();
    paragraphs
        .into_iter()
        .enumerate()
        .filter(|(i, _)| !teasers[*i])
        .filter(|(i, p)| {
            let skel = meta::skeleton(p);
            let edge = *i == 0 || *i + 1 == count;
            !(skel.is_empty()
                || (!title.is_empty() && skel == title)
                || (edge && !byline.is_empty() && skel == byline)
                || (edge
                    && p.chars().count() < cfg.date_line_max_chars
                    && meta::parse_labelled(p).is_some()))
        })
        .map(|(_, p)| p)
        .collect()
}

/// Measures the page's links.
fn shape(dom: &Dom<'_>, cfg: &Listing) -> PageShape {
    let root = dom.body();
    let headline_links = dom
        .nodes
        .iter()
        .filter(|n| is_headline_link(n, cfg))
        .count();
    PageShape {
        headline_links,
        link_density: dom.nodes.get(root).map_or(0.0, dom::DomNode::link_density),
    }
}

/// Why the page is a listing rather than an article, if it is one. `page_url` is the
/// canonical URL, else the URL the page came from.
fn listing_reason(
    page: &PageShape,
    teasers: usize,
    metas: &Metas,
    ld: &LinkedData,
    page_url: Option<&str>,
    body: &str,
    cfg: &Listing,
) -> Option<String> {
    let has_article_meta = metas
        .first(&["article:published_time", "datepublished", "pubdate"])
        .is_some()
        || ld.date_published.is_some();
    let home = page_url
        .and_then(|c| url::Url::parse(c).ok())
        .is_some_and(|u| matches!(u.path(), "" | "/" | "/index.html" | "/index.htm"));
    let longest = body
        .split("\n\n")
        .map(|p| p.chars().count())
        .max()
        .unwrap_or(0);
    if home && !has_article_meta {
        return Some(format!(
            "the page is the site's home page; {} headline links",
            page.headline_links
        ));
    }
    if !has_article_meta && teasers >= cfg.teaser_links {
        return Some(format!(
            "the main block is a list of {teasers} headline links, no article date"
        ));
    }
    if !has_article_meta
        && page.headline_links >= cfg.page_headline_links
        && page.link_density > cfg.page_link_density
        && longest < cfg.longest_paragraph_chars
    {
        return Some(format!(
            "{} headline links, link density {:.2}, no article date, longest paragraph {longest} chars",
            page.headline_links, page.link_density
        ));
    }
    None
}

/// The text of the first element `selector` matches.
fn first_text(doc: &Html, selector: Option<&Selector>) -> Option<String> {
    doc.select(selector?)
        .map(element_text)
        .find(|t| !t.is_empty())
}

fn element_text(el: ElementRef<'_>) -> String {
    body::collapse(&el.text().collect::<Vec<_>>().join(" "))
}

/// The date in the element a rule names: its `datetime`/`content` attribute or its text.
fn rule_date(doc: &Html, selector: Option<&Selector>) -> Option<String> {
    doc.select(selector?).find_map(|el| {
        let value = el.value();
        let raw = value
            .attr("datetime")
            .or_else(|| value.attr("content"))
            .map(str::to_string)
            .unwrap_or_else(|| element_text(el));
        meta::parse_iso(&raw)
            .or_else(|| meta::parse_labelled(&raw))
            .or_else(|| meta::parse_dmy(&raw))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sentences from fixtures/html/vnexpress-2.html.
    const SENTENCES: [&str; 3] = [
        "Chị Nguyễn Thị Huyền, 36 tuổi, thuê trọ trên đường TL16, phường Thạnh Lộc (quận 12) \
         vốn là công nhân công ty chuyên về đồ nhựa nhưng thất nghiệp gần năm qua do nhà máy \
         đóng cửa.",
        "Mất việc đúng lúc mang bầu nên chị không thể tìm việc mới, nữ công nhân nói rằng lúc \
         đó chồng còn việc làm, có thu nhập nên gia đình vẫn xoay xở được.",
        "Ông Hồ Xuân Lâm, Phó chủ tịch Liên đoàn lao động TP HCM, cho hay ngoài sự hỗ trợ của \
         chính quyền và đoàn thể, rất nhiều chủ nhà trọ đã tổ chức tiệc tất niên.",
    ];

    /// A body whose container is named like boilerplate ("box-share") is pruned by the first
    /// attempt; the retry without pruning recovers it.
    #[test]
    fn retry_without_pruning_keeps_the_text() {
        let paragraphs: String = SENTENCES.iter().map(|s| format!("<p>{s}</p>")).collect();
        let page = format!(
            "<html><body><ul class=\"menu\"><li><a href=\"/\">Trang chủ</a></li></ul>\
             <div class=\"box-share\">{paragraphs}</div></body></html>"
        );
        let article = from_html(page.as_bytes(), None, None).expect("article");
        for sentence in SENTENCES {
            assert!(article.body.contains(sentence), "{}", article.body);
        }
        assert!(!article.body.contains("Trang chủ"));
    }

    /// Related-news lists and share bars inside the chosen container are dropped; a link
    /// inside a sentence stays.
    #[test]
    fn cleaning_inside_the_body() {
        let page = format!(
            "<html><body><div class=\"detail\"><p>{}</p><p>{}</p>\
             <div class=\"box-tin-lien-quan\"><a href=\"/a\">TP HCM chi 700 tỷ đồng giúp lao \
             động khó khăn dịp Tết</a></div><p>Ông Hồ Xuân Lâm, Phó chủ tịch \
             <a href=\"/ldld\">Liên đoàn lao động TP HCM</a>, cho hay ngoài sự hỗ trợ của \
             chính quyền.</p><p><a href=\"/b\">&gt;&gt; Công nhân mất việc chật vật lo Tết</a></p>\
             </div></body></html>",
            SENTENCES[0], SENTENCES[1]
        );
        let article = from_html(page.as_bytes(), None, None).expect("article");
        assert!(article
            .body
            .contains("Phó chủ tịch Liên đoàn lao động TP HCM, cho hay"));
        assert!(!article.body.contains("700 tỷ"), "{}", article.body);
        assert!(!article.body.contains(">> Công nhân"), "{}", article.body);
        assert_eq!(article.body.split("\n\n").count(), 3, "{}", article.body);
    }

    /// A photo story's lead and captions (`../shared/corpus-real` labour.jsonl,
    /// baomoi-22488405, a photo story whose captions carry the story).
    const PHOTO_LEAD: &str = "Chiều 8/6, người dân đi tập thể dục quanh hồ Hoàng Cầu (quận Đống \
                              Đa – Hà Nội) đã phát hiện số lượng lớn cá chết nổi trên mặt hồ.";
    const CAPTIONS: [&str; 4] = [
        "Mỗi thuyền có từ 2 đến 3 người bơi quanh hồ để vớt cá chết nổi lên mặt hồ",
        "Cá chết chủ yếu là cá chép, cá trôi...nặng từ 1 đến 4kg 1 con",
        "Khi thành phố sáng đèn, công nhân công ty thoát nước Hà Nội vẫn miệt mài vớt cá chết \
         trên hồ",
        "Lực lượng chức năng đi vớt xác cá nằm rải khắp mặt hồ",
    ];
    /// Footer lines of fixtures/html/giadinh-1.html and vnexpress-2.html, and a newsroom
    /// address line.
    const FOOTER: [&str; 3] = [
        "© Bản quyền thuộc về Giadinh.net.vn, Báo Gia đình và Xã hội, Tổng cục Dân số",
        "Giấy phép số: 79/GP-TTĐT ngày 20/4/2011 của Cục Quản lý PTTH &amp; TTĐT, Bộ TT&amp;TT",
        "Tòa soạn: Số 8 ngõ 1 Phạm Văn Đồng, Cầu Giấy, Hà Nội. Điện thoại: 024 3755 7668, \
         Email: giadinhnet@suckhoedoisong.vn",
    ];

    /// A photo story: a lead, then captioned images, then a footer box named like nothing
    /// in particular. The captions are the body, in the three caption markups of the saved
    /// pages (VCCorp's `figcaption.PhotoCMS_Caption` and `div.PhotoCMS_Caption > p`, as in
    /// fixtures/html/cafebiz-1.html; `figure > figcaption > p`, as in vnexpress-2.html); the
    /// footer is not. Before captions were scored, the body was the lead and the footer.
    #[test]
    fn photo_story_body_is_its_captions() {
        let markups: [fn(&str) -> String; 3] = [
            |c| {
                format!(
                    "<figure class=\"VCSortableInPreviewMode\" type=\"Photo\"><div><img \
                     src=\"a.jpg\"></div><figcaption class=\"PhotoCMS_Caption\">{c}</figcaption>\
                     </figure>"
                )
            },
            |c| {
                format!(
                    "<div class=\"VCSortableInPreviewMode\" type=\"Photo\"><div><img \
                     src=\"a.jpg\"></div><div class=\"PhotoCMS_Caption\"><p \
                     data-placeholder=\"[nhập chú thích]\">{c}</p></div></div>"
                )
            },
            |c| {
                format!(
                    "<figure class=\"tplCaption\"><div class=\"fig-picture\"><img \
                     src=\"a.jpg\"></div><figcaption itemprop=\"description\"><p \
                     class=\"Image\">{c}</p></figcaption></figure>"
                )
            },
        ];
        for markup in markups {
            let figures: String = CAPTIONS.iter().map(|c| markup(c)).collect();
            let footer: String = FOOTER.iter().map(|l| format!("<p>{l}</p>")).collect();
            let page = format!(
                "<html><head><meta property=\"article:published_time\" \
                 content=\"2017-06-08T21:00:00+07:00\"></head><body><div class=\"header\"><ul \
                 class=\"menu-nav\"><li><a href=\"/thoi-su.htm\">Thời sự</a></li></ul></div>\
                 <div class=\"detail-container\"><h1>Hà Nội: Cá lại chết trắng hồ Hoàng Cầu</h1>\
                 <h2 class=\"detail-sapo\">{PHOTO_LEAD}</h2><div class=\"detail-cmain\">\
                 {figures}<p style=\"text-align:right\"><b>Phạm Trần</b></p></div></div>\
                 <div class=\"site-bottom\">{footer}</div></body></html>"
            );
            let article = from_html(page.as_bytes(), None, None).expect("article");
            assert!(article.body.starts_with("Chiều 8/6"), "{}", article.body);
            for caption in CAPTIONS {
                assert!(
                    article.body.contains(caption),
                    "{caption}\n{}",
                    article.body
                );
            }
            for line in ["Bản quyền", "Giấy phép", "Tòa soạn"] {
                assert!(!article.body.contains(line), "{line}\n{}", article.body);
            }
        }
    }

    /// A short item (under `enough_text`, so every retry runs, the last without cleaning):
    /// neither a `<footer>` nor a footer-named box becomes the body, and a licence line
    /// inside the article's own container is dropped.
    #[test]
    fn footer_is_never_body() {
        let footer: String = FOOTER.iter().map(|l| format!("<p>{l}</p>")).collect();
        for boxed in [
            format!("<footer>{footer}</footer>"),
            format!("<div class=\"footer\"><div class=\"container\">{footer}</div></div>"),
            format!(
                "<div id=\"copyright\">{}<br>{}<br>{}</div>",
                FOOTER[0], FOOTER[1], FOOTER[2]
            ),
            // Named like nothing: known by its lines.
            format!(
                "<div class=\"bottom-info\">{}<br>{}<br>{}</div>",
                FOOTER[0], FOOTER[1], FOOTER[2]
            ),
        ] {
            let page = format!(
                "<html><body><div class=\"detail\"><p>{PHOTO_LEAD}</p><p>© 2021. Toàn bộ bản \
                 quyền thuộc VnExpress.</p></div>{boxed}</body></html>"
            );
            let article = from_html(page.as_bytes(), None, None).expect("article");
            assert_eq!(article.body, PHOTO_LEAD, "{boxed}");
        }
    }

    /// Two footer lines inside the article's own container (a credit, an address) are
    /// dropped, but do not make the container a footer box: it holds prose (a paragraph
    /// longer than a footer line).
    #[test]
    fn footer_lines_inside_the_article_leave_it_an_article() {
        let prose = SENTENCES.join(" ");
        assert!(prose.chars().filter(|c| !c.is_whitespace()).count() > 300);
        let page = format!(
            "<html><body><div class=\"detail\"><p>{prose}</p><p>{}</p><p>{}</p>\
             </div></body></html>",
            FOOTER[0], FOOTER[2]
        );
        let article = from_html(page.as_bytes(), None, None).expect("article");
        assert_eq!(article.body, prose);
    }

    /// A category page: teasers (headline link + summary) in one list. Headlines and
    /// summaries from the related-news lists of fixtures/html/dantri-1.html and dantri-2.html.
    #[test]
    fn category_page_is_not_an_article() {
        const TEASERS: [(&str, &str); 4] = [
            (
                "Toàn cảnh sự kiện trận chiến Gạc Ma tháng 3/1988",
                "(Dân trí) - Trận chiến Gạc Ma hay còn gọi là hải chiến Trường Sa 1988 nổ ra \
                 vào ngày 14/3/1988.",
            ),
            (
                "Rùng mình cảnh bốn con chó Tây lao vào cắn chủ ở Hà Nội",
                "(Dân trí) - Bốn con chó, 2 thuộc giống Rottweiler và 2 thuộc giống Doberman, \
                 đã lao vào cắn chủ nhân của mình, khiến anh này bị thương.",
            ),
            (
                "Khu tưởng niệm Chiến sĩ Gạc Ma sau 365 ngày thi công",
                "(Dân trí) - Ngày 12/3/2016, tròn một năm sau ngày đặt viên đá đầu tiên khởi \
                 công, Khu tưởng niệm Chiến sĩ Gạc Ma (bắc bán đảo Cam Ranh, tỉnh Khánh Hòa).",
            ),
            (
                "Hai nữ sinh âm mưu tấn công nhà hát ở Paris",
                "(Dân trí) - Cảnh sát Paris hôm 9/3 đã bắt giữ 2 nữ sinh âm mưu tấn công một \
                 nhà hát ở thành phố tương tự vụ tấn công khủng bố.",
            ),
        ];
        let items: String = TEASERS
            .iter()
            .cycle()
            .take(12)
            .enumerate()
            .map(|(i, (head, sapo))| {
                format!("<div class=\"item\"><a href=\"/n-{i}.htm\">{head}</a><p>{sapo}</p></div>")
            })
            .collect();
        let page = format!(
            "<html><head><title>Xã hội | Báo Dân trí</title></head><body>\
             <div class=\"list\">{items}</div></body></html>"
        );
        let article = from_html(
            page.as_bytes(),
            Some("https://dantri.com.vn/xa-hoi.htm"),
            None,
        )
        .expect("article");
        assert!(article.body.is_empty(), "{}", article.body);
        assert!(
            article
                .warnings
                .iter()
                .any(|w| w.starts_with("not an article page: the main block")),
            "{:?}",
            article.warnings
        );
    }

    fn strip_site_label_default(lead: &str, label: Option<&str>) -> String {
        strip_site_label(lead, label, &Config::DEFAULT)
    }

    #[test]
    fn site_label_leaves_the_lead() {
        let label = Some("dantri");
        assert_eq!(
            strip_site_label_default("Dân trí Sau khi va chạm với xe máy phía trước", label),
            "Sau khi va chạm với xe máy phía trước"
        );
        assert_eq!(
            strip_site_label_default("(Dân trí) - Nhiều ngân hàng có tên trong danh sách", label),
            "Nhiều ngân hàng có tên trong danh sách"
        );
        // The site named inside a sentence stays.
        assert_eq!(
            strip_site_label_default("Dân trí đã liên hệ với ngân hàng", label),
            "Dân trí đã liên hệ với ngân hàng"
        );
        assert_eq!(
            strip_site_label_default("Trao đổi với PV Dân trí chiều 27/3", label),
            "Trao đổi với PV Dân trí chiều 27/3"
        );
    }

    #[test]
    fn empty_input_is_an_error() {
        assert!(from_html(b"", None, None).is_err());
        assert!(from_html(b" \n\t", None, None).is_err());
    }

    #[test]
    fn garbage_does_not_panic() {
        let article = from_html(b"\xff\xfe\x00<<<>>>&#xD800;&#99999999;<p", None, None);
        assert!(article.is_ok());
    }

    /// 5,000 levels would overflow the stack of any recursive walk; more only measures
    /// html5ever, whose tree builder is quadratic in the nesting depth.
    #[test]
    fn deep_nesting_does_not_overflow() {
        let page = "<div>".repeat(5_000) + "Công đoàn" + &"</div>".repeat(5_000);
        assert!(from_html(page.as_bytes(), None, None).is_ok());
    }

    #[test]
    fn a_page_leaving_1000_formatting_elements_open_is_cut_with_a_warning() {
        let opened: String = (0..1000).map(|i| format!("<b a={i}>")).collect();
        let page = format!(
            "<html><body><p>{opened}</p>{}</body></html>",
            "<p>Công đoàn".repeat(1000)
        );
        let article = from_html(page.as_bytes(), None, None);
        let warnings = article.map(|a| a.warnings).unwrap_or_default();
        assert!(
            warnings
                .iter()
                .any(|w| w.contains("cut") && w.contains("formatting elements")),
            "{warnings:?}"
        );
    }
}
