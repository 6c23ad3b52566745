//! The order in which one host's queued URLs are fetched: starting points and feeds first,
//! then article pages, then the other pages (section and listing pages, which lead to more
//! articles). A crawl bounded by `--max-pages` thus spends its budget on articles rather
//! than on the section, tag and pagination pages a news site links from every page.
//!
//! Whether a page link is an article is read from its URL ([`looks_like_article`]) or from
//! where it was found (an item of a feed or a sitemap is an article).

use std::collections::VecDeque;

use url::Url;

/// Path segments that mark a listing, not an article: tag, topic, search and author pages.
const LISTING_SEGMENTS: [&str; 12] = [
    "author",
    "chu-de",
    "dang-nhap",
    "login",
    "search",
    "tac-gia",
    "tag",
    "tags",
    "tim-kiem",
    "topic",
    "topics",
    "trang",
];

/// Query parameters that carry an article id on older sites (`?newsid=123456`).
const ID_PARAMS: [&str; 5] = ["articleid", "id", "itemid", "newsid", "news_id"];

/// True when `url` looks like the address of a single article, as Vietnamese news sites
/// write them: the last path segment carries a numeric id of six or more digits
/// (`…-4420519.html`, `news-20160314083511309.htm`, `…-20220120123728536.chn`) or is a slug
/// of six or more words (`dow-jones-bay-them-300-diem-gia-dau-tut-khoi-dinh-bitcoin-giam.htm`),
/// or a query parameter such as `newsid` holds a number of four or more digits. Section pages
/// (`/kinh-doanh.htm`, `/tinh-yeu-hon-nhan/`), date archives (`/2024/02/01/`), pagination
/// (`/trang-2.htm`) and tag, topic, search and author pages are not.
///
/// # Example
/// ```
/// use union_news::fetch::frontier::looks_like_article;
/// let url = |s: &str| url::Url::parse(s).unwrap();
/// assert!(looks_like_article(&url("https://vnexpress.net/cong-nhan-mat-viec-chat-vat-lo-tet-4420519.html")));
/// assert!(!looks_like_article(&url("https://dantri.com.vn/kinh-doanh.htm")));
/// ```
pub fn looks_like_article(url: &Url) -> bool {
    let segments: Vec<&str> = url
        .path_segments()
        .map(|s| s.filter(|seg| !seg.is_empty()).collect())
        .unwrap_or_default();
    if segments
        .iter()
        .any(|seg| LISTING_SEGMENTS.contains(&seg.to_ascii_lowercase().as_str()))
    {
        return false;
    }
    let id_in_query = url.query_pairs().any(|(key, value)| {
        ID_PARAMS.contains(&key.to_ascii_lowercase().as_str())
            && value.len() >= 4
            && value.bytes().all(|b| b.is_ascii_digit())
    });
    if id_in_query {
        return true;
    }
    let Some(last) = segments.last() else {
        return false;
    };
    let stem = match last.rsplit_once('.') {
        Some((stem, ext)) if !ext.is_empty() && ext.len() <= 5 => stem,
        _ => last,
    };
    let longest_digits = stem
        .split(|c: char| !c.is_ascii_digit())
        .map(str::len)
        .max()
        .unwrap_or(0);
    let words = stem
        .split(['-', '_'])
        .filter(|word| !word.is_empty())
        .count();
    longest_digits >= 6 || words >= 6
}

/// Which of a host's queues an entry waits in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    /// Seeds, feeds and sitemaps: fetched first.
    Start,
    /// Article pages.
    Article,
    /// Every other page.
    Other,
}

/// One host's queued entries, in three FIFO queues taken in [`Class`] order.
#[derive(Debug)]
pub(crate) struct Frontier<T> {
    start: VecDeque<T>,
    articles: VecDeque<T>,
    others: VecDeque<T>,
}

impl<T> Default for Frontier<T> {
    fn default() -> Self {
        Self {
            start: VecDeque::new(),
            articles: VecDeque::new(),
            others: VecDeque::new(),
        }
    }
}

impl<T> Frontier<T> {
    fn queue(&mut self, class: Class) -> &mut VecDeque<T> {
        match class {
            Class::Start => &mut self.start,
            Class::Article => &mut self.articles,
            Class::Other => &mut self.others,
        }
    }

    /// Queues `item` last of its class.
    pub(crate) fn push_back(&mut self, class: Class, item: T) {
        self.queue(class).push_back(item);
    }

    /// Queues `item` first of its class (a retry, or an entry put back unfetched).
    pub(crate) fn push_front(&mut self, class: Class, item: T) {
        self.queue(class).push_front(item);
    }

    /// The next entry: the first of the first class that has one.
    pub(crate) fn pop_front(&mut self) -> Option<T> {
        self.start
            .pop_front()
            .or_else(|| self.articles.pop_front())
            .or_else(|| self.others.pop_front())
    }

    /// Entries queued.
    pub(crate) fn len(&self) -> usize {
        self.start.len() + self.articles.len() + self.others.len()
    }

    /// True when nothing is queued.
    pub(crate) fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    #[test]
    fn the_corpus_article_urls_look_like_articles() {
        // Every article URL of ../shared/corpus-html/SOURCES.md.
        for article in [
            "https://vnexpress.net/dau-bung-keo-dai-phat-hien-ung-thu-lymphoma-ruot-non-4954454.html",
            "https://vnexpress.net/viet-nam-du-kien-mo-lai-toan-bo-duong-bay-quoc-te-tu-15-2-4426992.html",
            "https://cafebiz.vn/cha-de-phan-mem-quoc-dan-viet-nam-unikey-lo-dien-roi-bo-vi-tri-giam-doc-zalo-ai-sau-8-nam-gan-bo-va-dau-quan-sang-momo-20220120123728536.chn",
            "https://vneconomy.vn/dow-jones-bay-them-300-diem-gia-dau-tut-khoi-dinh-bitcoin-giam.htm",
            "http://dantri.com.vn/news-20160314083511309.htm",
            "http://dantri.com.vn/kinh-doanh/goi-50000-ty-cuu-bds-chuyen-that-hay-dua-855374.htm",
            "http://cafef.vn/tai-chinh-quoc-te/choang-voi-chi-phi-va-an-ninh-cho-olympic-sochi-2014-2014021509250334717ca32.chn",
            "http://m.giadinh.net.vn/xa-hoi/tai-sao-hoc-sinh-mien-n250i-phai-t236m-moi-c225ch-vuot-s244ng-20140320020251890.htm",
            "http://kenh14.vn/star/ngam-anh-qua-khu-gian-di-cua-vo-thanh-bui-20140102113357263.chn",
            "http://afamily.vn/tinh-yeu-hon-nhan/4-bieu-hien-gai-e-buoc-vao-giai-doan-bao-dong-do-2014030404595969.chn",
            "https://vietnamnet.vn/doi-dac-nhiem-ngay-dem-thiet-lap-diem-cau-truc-tuyen-cho-nguyen-thu-2307418.html",
            "https://laodong.vn/cong-doan/trao-qua-tet-cho-doan-vien-1297521.ldo",
            "http://www.congdoan.vn/tin-tuc/newsdetail.aspx?newsid=123456",
        ] {
            assert!(looks_like_article(&url(article)), "{article}");
        }
    }

    #[test]
    fn section_archive_tag_and_search_pages_do_not() {
        for listing in [
            "https://dantri.com.vn/",
            "https://dantri.com.vn/kinh-doanh.htm",
            "http://afamily.vn/tinh-yeu-hon-nhan/",
            "http://cafebiz.vn/thuong-hieu-quang-cao.chn",
            "https://laodong.vn/cong-doan/",
            "https://dantri.com.vn/xa-hoi/trang-2.htm",
            "https://vnexpress.net/thoi-su/2024/02/01/",
            "https://vnexpress.net/tag/cong-doan-viet-nam-nguoi-lao-dong-ky-ket-1234567",
            "https://vnexpress.net/tim-kiem?q=cong-doan-viet-nam-nguoi-lao-dong-ky-ket",
            "https://dantri.com.vn/tac-gia/nguyen-van-a-123456.htm",
            "https://dantri.com.vn/rss.xml",
            "http://www.congdoan.vn/tin-tuc/list.aspx?page=123456",
        ] {
            assert!(!looks_like_article(&url(listing)), "{listing}");
        }
    }

    #[test]
    fn frontier_takes_starts_then_articles_then_others_each_in_order() {
        let mut f = Frontier::default();
        f.push_back(Class::Other, "section-1");
        f.push_back(Class::Article, "article-1");
        f.push_back(Class::Start, "feed");
        f.push_back(Class::Other, "section-2");
        f.push_back(Class::Article, "article-2");
        f.push_front(Class::Article, "retried");
        assert_eq!(f.len(), 6);
        let order: Vec<_> = std::iter::from_fn(|| f.pop_front()).collect();
        assert_eq!(
            order,
            [
                "feed",
                "retried",
                "article-1",
                "article-2",
                "section-1",
                "section-2"
            ]
        );
        assert!(f.is_empty());
    }
}
