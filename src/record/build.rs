//! The record builder: one [`InputArticle`] in, one [`Record`] out. Pure and infallible: the
//! article stage, normalization and every extractor run here, and what cannot be done
//! becomes a [`Warning`] in the record.

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::{DateOrigin, Record, Warning, SCHEMA_VERSION};
use crate::article::{self, Article};
use crate::extract::{self, Document};
use crate::input::{Content, InputArticle};
use crate::normalize::normalize;

/// Vietnam's time zone (UTC+07:00 all year, no daylight saving time).
const VIETNAM_OFFSET_SECONDS: i32 = 7 * 3600;

/// The calendar day of a publication date as a Vietnamese reader saw it, the day that year
/// inference counts from: an ISO date as written ("2024-02-01"); an RFC 3339 timestamp with a
/// zone converted to Vietnam time first, so that a feed's UTC stamp
/// "2014-01-16T23:30:00+00:00" is 2014-01-17 (its first ten characters are the day in London,
/// not in Hanoi); a timestamp without a zone ("2024-02-01T08:30:00") by its date as written.
///
/// # Example
/// ```
/// use union_news::record::parse_published;
/// let day = |s| parse_published(s).map(|d| d.to_string());
/// assert_eq!(day("2024-02-01").as_deref(), Some("2024-02-01"));
/// assert_eq!(day("2024-02-01T08:30:00+07:00").as_deref(), Some("2024-02-01"));
/// assert_eq!(day("2014-01-16T23:30:00+00:00").as_deref(), Some("2014-01-17"));
/// assert_eq!(day("13/02/2022"), None);
/// ```
pub fn parse_published(value: &str) -> Option<NaiveDate> {
    let value = value.trim();
    if let Ok(instant) = DateTime::parse_from_rfc3339(value) {
        let vietnam = FixedOffset::east_opt(VIETNAM_OFFSET_SECONDS)?;
        return Some(instant.with_timezone(&vietnam).date_naive());
    }
    let head = value.get(..10)?;
    NaiveDate::parse_from_str(head, "%Y-%m-%d").ok()
}

/// Chooses the publication date among the input's own (`declared`), the page's and the crawl
/// metadata's, in that order, skipping values that are not ISO dates (each skipped value is a
/// warning). Returns the value kept as written and its Vietnamese calendar day.
fn choose_published(
    declared: Option<&str>,
    page: Option<&str>,
    crawl: Option<&str>,
    warnings: &mut Vec<Warning>,
) -> Option<(String, NaiveDate)> {
    let candidates = [
        (declared, DateOrigin::Input),
        (page, DateOrigin::Page),
        (crawl, DateOrigin::Crawl),
    ];
    for (value, origin) in candidates {
        let Some(value) = value else {
            continue;
        };
        match parse_published(value) {
            Some(day) => return Some((value.to_string(), day)),
            None => warnings.push(Warning::PublishedNotIso {
                value: value.to_string(),
                origin,
            }),
        }
    }
    None
}

/// Runs the whole pure pipeline on one input: article extraction, normalization, extractors.
///
/// # Example
/// ```
/// use union_news::input::InputArticle;
/// use union_news::record::article_record;
/// let record = article_record(&InputArticle::plain("x", "Ngày 01/02/2024, hội nghị."));
/// assert_eq!(record.schema_version, 1);
/// ```
pub fn article_record(input: &InputArticle) -> Record {
    crate::guard::inject_panic_for_tests(&input.id);
    let mut warnings = input.warnings.clone();
    let read = read_article(input, &mut warnings);
    let article = read.article;
    warnings.extend(article.warnings.iter().cloned().map(Warning::Article));
    let title = article
        .title
        .as_deref()
        .map(normalize)
        .filter(|t| !t.is_empty());
    let body = normalize(&article.body);
    // The article stage says why it found no body ("no body found", "not an article page");
    // an input it did not read, or a body that normalizing emptied, is said here.
    let explained = read.by_article_stage && article.body.is_empty();
    if body.is_empty() && !explained {
        warnings.push(Warning::NoBody);
    }
    let chosen = choose_published(
        input.published.as_deref(),
        article.published.as_deref(),
        input.crawl_published.as_deref(),
        &mut warnings,
    );
    let (published_value, published) = chosen.unzip();
    let doc = Document::new(title.as_deref(), &body, published);
    let found = extract::extract_all(&doc).into_record_mentions(&doc.text);
    let mut record = Record {
        schema_version: SCHEMA_VERSION,
        id: input.id.clone(),
        source: input.source.clone(),
        title,
        published: published_value,
        byline: article.byline.as_deref().map(normalize),
        section: article
            .section
            .as_deref()
            .map(normalize)
            .filter(|s| !s.is_empty()),
        canonical_url: article.canonical_url.clone(),
        dates: found.dates,
        money: found.money,
        member_counts: found.member_counts,
        organizations: found.entities.organizations,
        people: found.entities.people,
        events: found.entities.events,
        text: doc.text,
        warnings: warnings.iter().map(ToString::to_string).collect(),
        duplicate: None,
    };
    replace_nul_characters(&mut record);
    record
}

/// The article an input holds, and whether the article stage read it (page text, HTML): that
/// stage always says why when it finds no body.
struct ReadArticle {
    article: Article,
    by_article_stage: bool,
}

/// Reads the article of `input`, pushing what the reading could not do to `warnings`. Text
/// inputs may hold HTML character references ("&#273;o&#224;n"), decoded here; HTML is
/// decoded by its parser.
fn read_article(input: &InputArticle, warnings: &mut Vec<Warning>) -> ReadArticle {
    let mut references = 0;
    let (article, by_article_stage) = match &input.content {
        Content::PageText(text) => (page_article(text, None, &mut references), true),
        Content::TitledPageText { title, text } => {
            let title = title.as_deref().filter(|t| !t.trim().is_empty());
            (page_article(text, title, &mut references), true)
        }
        Content::Plain { title, text } => {
            let body = article::decode_char_refs(text);
            let title = title.as_deref().map(article::decode_char_refs);
            references += body.decoded + title.as_ref().map_or(0, |t| t.decoded);
            let article = Article {
                title: title.map(|t| t.text.into_owned()),
                body: body.text.into_owned(),
                ..Article::default()
            };
            (article, false)
        }
        Content::Html(bytes) => {
            let url = input.source.url.as_deref();
            match article::html::from_html(bytes, url, input.content_type.as_deref()) {
                Ok(article) => (article, true),
                Err(err) => {
                    warnings.push(Warning::HtmlRefused(err.to_string()));
                    (Article::default(), false)
                }
            }
        }
    };
    if references > 0 {
        warnings.push(Warning::CharRefsDecoded(references));
    }
    ReadArticle {
        article,
        by_article_stage,
    }
}

/// The article of a page's text, its headline replaced by `title` when the input gives one
/// (a JSONL line's own `title` wins over the page's, as its `published` does); HTML character
/// references in both are decoded and added to `references`.
fn page_article(text: &str, title: Option<&str>, references: &mut usize) -> Article {
    let refs = article::decode_char_refs(text);
    *references += refs.decoded;
    let mut article = article::from_page_text(&refs.text);
    if let Some(title) = title.map(article::decode_char_refs) {
        *references += title.decoded;
        article.title = Some(title.text.into_owned());
    }
    article
}

/// Replaces NUL characters in the record's fields that come from the input as it is (the
/// source URL and path, dates and names given by the input or the page's metadata, warnings
/// that quote the input) by U+FFFD, with a warning: PostgreSQL cannot store NUL in text, so a
/// record holding one would be lost there while SQLite and JSONL kept it. The text and every
/// mention are normalized and hold none; ids with NUL are refused where they are read.
fn replace_nul_characters(record: &mut Record) {
    let mut replaced: Vec<&'static str> = Vec::new();
    let mut fix = |name: &'static str, value: &mut String| {
        if value.contains('\0') {
            *value = value.replace('\0', "\u{fffd}");
            if !replaced.contains(&name) {
                replaced.push(name);
            }
        }
    };
    let source = &mut record.source;
    for (name, value) in [
        ("source.path", &mut source.path),
        ("source.url", &mut source.url),
        ("source.fetched_at", &mut source.fetched_at),
        ("title", &mut record.title),
        ("published", &mut record.published),
        ("byline", &mut record.byline),
        ("section", &mut record.section),
        ("canonical_url", &mut record.canonical_url),
    ] {
        if let Some(value) = value.as_mut() {
            fix(name, value);
        }
    }
    for warning in &mut record.warnings {
        fix("warnings", warning);
    }
    if !replaced.is_empty() {
        record
            .warnings
            .push(Warning::NulReplaced(replaced).to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::parse_jsonl_line;
    use crate::record::SourceKind;

    /// A page giving its own date with a zone, as dantri and vnexpress pages do.
    const DATED_PAGE: &str = "<html><head><meta property=\"article:published_time\" \
        content=\"2014-01-17T06:30:00+07:00\"></head><body><article><p>Sáng 1/1, Liên đoàn \
        Lao động tỉnh tổ chức hội nghị tổng kết công tác công đoàn năm 2013.</p></article>\
        </body></html>";

    fn html_input(published: Option<&str>, crawl_published: Option<&str>) -> InputArticle {
        let mut input = InputArticle::plain("p", "");
        input.content = Content::Html(DATED_PAGE.as_bytes().to_vec());
        input.published = published.map(str::to_string);
        input.crawl_published = crawl_published.map(str::to_string);
        input
    }

    #[test]
    fn an_invalid_input_date_falls_back_to_the_page_date() {
        let record = article_record(&html_input(Some("13/02/2022"), None));
        assert_eq!(
            record.published.as_deref(),
            Some("2014-01-17T06:30:00+07:00")
        );
        assert_eq!(
            record.warnings,
            ["published date \"13/02/2022\" from the input is not ISO; ignored"]
        );
        // A valid input date still wins over the page's.
        let record = article_record(&html_input(Some("2014-01-18"), None));
        assert_eq!(record.published.as_deref(), Some("2014-01-18"));
        assert!(record.warnings.is_empty(), "{:?}", record.warnings);
    }

    #[test]
    fn the_page_date_wins_over_a_feed_date_in_utc() {
        let record = article_record(&html_input(None, Some("2014-01-16T23:30:00+00:00")));
        assert_eq!(
            record.published.as_deref(),
            Some("2014-01-17T06:30:00+07:00")
        );
        assert!(record.warnings.is_empty(), "{:?}", record.warnings);
    }

    /// With only a UTC feed stamp, year inference counts from the day in Vietnam:
    /// 2013-12-31T18:00Z is 1 January 2014 in Hanoi, so "Sáng 1/1" is 2014-01-01.
    #[test]
    fn a_feed_date_alone_is_read_as_a_vietnamese_day() {
        let mut input = InputArticle::plain("p", "Sáng 1/1, LĐLĐ tỉnh tổ chức hội nghị.");
        input.crawl_published = Some("2013-12-31T18:00:00+00:00".into());
        let record = article_record(&input);
        assert_eq!(
            record.published.as_deref(),
            Some("2013-12-31T18:00:00+00:00")
        );
        assert_eq!(record.dates[0].value, "2014-01-01", "{:?}", record.dates);
        input.crawl_published = Some("yesterday".into());
        let record = article_record(&input);
        assert_eq!(record.published, None);
        assert_eq!(
            record.warnings,
            ["published date \"yesterday\" from the crawl metadata is not ISO; ignored"]
        );
    }

    #[test]
    fn publication_days_in_vietnam() {
        let day = |s: &str| parse_published(s).map(|d| d.to_string());
        assert_eq!(day(" 2024-02-01 ").as_deref(), Some("2024-02-01"));
        assert_eq!(
            day("2024-02-01T23:59:00+07:00").as_deref(),
            Some("2024-02-01")
        );
        assert_eq!(day("2024-02-01T17:00:00Z").as_deref(), Some("2024-02-02"));
        assert_eq!(day("2024-02-01T16:59:59Z").as_deref(), Some("2024-02-01"));
        assert_eq!(
            day("2024-02-01T20:00:00-05:00").as_deref(),
            Some("2024-02-02")
        );
        // No zone: the date as written (we do not guess one).
        assert_eq!(day("2024-02-01T23:30:00").as_deref(), Some("2024-02-01"));
        assert_eq!(day("2024-02-30"), None);
        assert_eq!(day("13/02/2022"), None);
        assert_eq!(day(""), None);
        assert_eq!(day("2024-02-0"), None);
    }

    /// Text copied from an old page with its letters as numeric references: decoded before
    /// normalizing, so the extractors see Vietnamese, and said so in a warning.
    #[test]
    fn character_references_in_text_inputs_are_decoded() {
        let line = r#"{"id":"r","title":"H&#7897;i ngh&#7883; c&ocirc;ng &#273;o&#224;n","text":"S&#225;ng 17/1, LĐLĐ qu&#7853;n &#273;&#227; k&#7871;t n&#7841;p &#273;&#432;&#7907;c 1.199 &#273;o&#224;n vi&#234;n.","published":"2024-01-18"}"#;
        let input = parse_jsonl_line("stdin", SourceKind::Stdin, None, 1, line.as_bytes()).unwrap();
        let record = article_record(&input);
        assert_eq!(record.title.as_deref(), Some("Hội nghị công đoàn"));
        assert!(
            record
                .text
                .ends_with("Sáng 17/1, LĐLĐ quận đã kết nạp được 1.199 đoàn viên."),
            "{}",
            record.text
        );
        assert_eq!(record.member_counts.len(), 1, "{:?}", record.member_counts);
        assert_eq!(record.member_counts[0].count, 1199);
        assert_eq!(record.dates[0].value, "2024-01-17");
        assert_eq!(
            record.warnings,
            ["17 HTML character reference(s) (&#NNN;, &#xHH;, &name;) decoded in the text"]
        );
        // Page text (.txt) too.
        let mut page = InputArticle::plain("t", "");
        page.content = Content::PageText(
            "H&#7897;i ngh&#7883;\n\nS&#225;ng 17/1, LĐLĐ qu&#7853;n k&#7871;t n&#7841;p \
             1.199 &#273;o&#224;n vi&#234;n."
                .into(),
        );
        let record = article_record(&page);
        assert!(
            record.text.contains("kết nạp 1.199 đoàn viên"),
            "{}",
            record.text
        );
        assert_eq!(record.member_counts.len(), 1, "{:?}", record.member_counts);
        assert!(record.warnings[0].starts_with("9 HTML character reference(s)"));
        // Nothing to decode, nothing to say.
        let record = article_record(&InputArticle::plain("p", "AT&T, Sáng 17/1."));
        assert!(record.warnings.is_empty(), "{:?}", record.warnings);
    }

    /// A JSONL line's page text is read like a `.txt` file: the page's headline, dateline and
    /// body, related news cut; the line's own `title` and `published` still win.
    #[test]
    fn jsonl_page_text_gives_the_pages_article_under_the_lines_own_fields() {
        let page = "Trang chủ\n\nHội nghị tổng kết công đoàn\n\nNgày đăng: 20/12/2023\n\n\
            Sáng 20/12, LĐLĐ tỉnh tổ chức hội nghị, kết nạp 1.199 đo&#224;n viên.\n\n\
            Tin liên quan:\nHội nghị ngày 1/1/2020";
        let record = |fields: serde_json::Value| {
            let mut line = serde_json::json!({"id": "p", "text": page});
            for (key, value) in fields.as_object().unwrap() {
                line[key] = value.clone();
            }
            let line = line.to_string();
            article_record(
                &parse_jsonl_line("stdin", SourceKind::Stdin, None, 1, line.as_bytes()).unwrap(),
            )
        };
        let own = record(serde_json::json!({}));
        assert_eq!(own.title.as_deref(), Some("Hội nghị tổng kết công đoàn"));
        assert_eq!(own.published.as_deref(), Some("2023-12-20"));
        assert!(!own.text.contains("Tin liên quan"), "{}", own.text);
        assert!(!own.text.contains("Trang chủ"), "{}", own.text);
        assert_eq!(own.dates.len(), 1, "{:?}", own.dates);
        assert_eq!(own.member_counts[0].count, 1199);
        let given = record(serde_json::json!({
            "title": "H&#7897;i ngh&#7883;", "published": "2023-12-21"
        }));
        assert_eq!(given.title.as_deref(), Some("Hội nghị"));
        assert_eq!(given.published.as_deref(), Some("2023-12-21"));
        assert!(!given.text.contains("tổng kết công đoàn"), "{}", given.text);
        assert_eq!(
            given.warnings,
            ["3 HTML character reference(s) (&#NNN;, &#xHH;, &name;) decoded in the text"]
        );
        // A blank title is no title: the page's headline stays.
        let blank = record(serde_json::json!({"title": " "}));
        assert_eq!(blank.title, own.title);
        // Read as an article body, the related news stay.
        let whole = record(serde_json::json!({"format": "article"}));
        assert!(whole.text.contains("Tin liên quan"), "{}", whole.text);
        assert_eq!(whole.title, None);
    }

    /// JSONL `html` is a JSON string, so UTF-8: a `<meta>` naming a legacy charset (the page
    /// as it was saved) must not turn it into mojibake, nor into a warning.
    #[test]
    fn jsonl_html_is_utf8_whatever_its_meta_says() {
        let line = serde_json::json!({
            "id": "h",
            "html": "<html><head><meta charset=\"windows-1258\"></head><body><article><p>Sáng \
                     17/1, Liên đoàn Lao động quận kết nạp được 1.199 đoàn viên công đoàn cơ sở \
                     trong năm 2023.</p></article></body></html>",
        })
        .to_string();
        let input = parse_jsonl_line("stdin", SourceKind::Stdin, None, 1, line.as_bytes()).unwrap();
        let record = article_record(&input);
        assert!(
            record.text.contains("kết nạp được 1.199 đoàn viên"),
            "{}",
            record.text
        );
        assert!(record.warnings.is_empty(), "{:?}", record.warnings);
    }
}
