//! What reading an input or building its record could not do, as typed values: code decides
//! on the variant, and the record carries each one's text ([`Record::warnings`]).
//!
//! [`Record::warnings`]: super::Record::warnings

use std::fmt;

/// One warning of a record. Its [`Display`](fmt::Display) text is what the record's
/// `warnings` hold (a contract: the texts do not change).
///
/// # Example
/// ```
/// use union_news::record::Warning;
/// assert_eq!(Warning::NoBody.to_string(), "no body found");
/// assert_eq!(
///     Warning::CharRefsDecoded(3).to_string(),
///     "3 HTML character reference(s) (&#NNN;, &#xHH;, &name;) decoded in the text"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    /// Text that is not UTF-8 was read with its bad sequences replaced by U+FFFD.
    InvalidUtf8 {
        /// The byte offset of the first bad sequence.
        at: usize,
        /// How many U+FFFD the text now holds.
        replaced: usize,
    },
    /// Text behind a UTF-16 byte-order mark had unpaired surrogates, replaced by U+FFFD.
    InvalidUtf16 {
        /// The encoding's name (`UTF-16LE`, `UTF-16BE`).
        encoding: &'static str,
        /// How many U+FFFD the text now holds.
        replaced: usize,
    },
    /// Text that is not UTF-8 was decoded from a legacy Vietnamese encoding; the detector's
    /// account of it ([`crate::legacy::Detection::warning`]).
    LegacyEncoding(String),
    /// A page's crawl sidecar exists but cannot be read; it was ignored.
    SidecarUnreadable {
        /// The sidecar's file name.
        name: String,
        /// Why.
        error: String,
    },
    /// A page's crawl sidecar is not valid JSON of the sidecar's shape; it was ignored.
    SidecarInvalid {
        /// The sidecar's file name.
        name: String,
        /// The parser's message.
        error: String,
    },
    /// The HTML extractor refused the page (its error's text).
    HtmlRefused(String),
    /// HTML character references in a text input were decoded (how many).
    CharRefsDecoded(usize),
    /// A warning of the article stage ([`crate::article::Article::warnings`]), as it wrote it.
    Article(String),
    /// The article has no body, and nothing before said why.
    NoBody,
    /// A publication date that is not an ISO date was skipped.
    PublishedNotIso {
        /// The value as written.
        value: String,
        /// Where it came from.
        origin: DateOrigin,
    },
    /// NUL characters in the named fields were replaced by U+FFFD.
    NulReplaced(Vec<&'static str>),
    /// A JSONL line's `text` was read as a page's text on one line of page furniture alone
    /// (see [`crate::article::furniture_lines`]): the detection is uncertain, and the line
    /// can say which it is with `"format"`.
    PageTextOnOneLine {
        /// The furniture line's 1-based number in the text.
        line: usize,
        /// The line, trimmed.
        text: String,
    },
    /// The WARC record says it was cut short (its `WARC-Truncated` reason, e.g. `length`):
    /// the page may be incomplete.
    WarcTruncated(String),
}

/// Where a publication date came from, in the order they are tried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateOrigin {
    /// The input's own (`published` of a JSONL line).
    Input,
    /// The page's metadata.
    Page,
    /// The crawl metadata (the page's sidecar: a feed's or sitemap's date).
    Crawl,
}

impl DateOrigin {
    /// How warnings name it.
    fn as_str(self) -> &'static str {
        match self {
            Self::Input => "input",
            Self::Page => "page",
            Self::Crawl => "crawl metadata",
        }
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::InvalidUtf8 { at, replaced } => write!(
                f,
                "invalid UTF-8 replaced at byte {at} ({replaced} replacement(s))"
            ),
            Self::InvalidUtf16 { encoding, replaced } => {
                write!(f, "invalid {encoding} replaced ({replaced} replacement(s))")
            }
            Self::LegacyEncoding(text) | Self::HtmlRefused(text) | Self::Article(text) => {
                f.write_str(text)
            }
            Self::SidecarUnreadable { name, error } => {
                write!(f, "crawl sidecar {name} cannot be read ({error}); ignored")
            }
            Self::SidecarInvalid { name, error } => {
                write!(
                    f,
                    "crawl sidecar {name} is not valid JSON ({error}); ignored"
                )
            }
            Self::CharRefsDecoded(count) => write!(
                f,
                "{count} HTML character reference(s) (&#NNN;, &#xHH;, &name;) decoded in the text"
            ),
            Self::NoBody => f.write_str("no body found"),
            Self::PublishedNotIso { value, origin } => write!(
                f,
                "published date {value:?} from the {} is not ISO; ignored",
                origin.as_str()
            ),
            Self::PageTextOnOneLine { line, text } => write!(
                f,
                "text read as a page's text (headline, menus and related news taken out) on \
                 one line of page furniture alone (line {line}: {text:?}); \"format\": \
                 \"article\" or \"page\" on the input line decides"
            ),
            Self::NulReplaced(fields) => write!(
                f,
                "NUL characters in {} replaced by U+FFFD (databases cannot store them)",
                fields.join(", ")
            ),
            Self::WarcTruncated(reason) => write!(
                f,
                "the WARC record was truncated by its crawler (WARC-Truncated: {reason}): \
                 the page may be incomplete"
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The texts are a contract (records hold them): each variant's, as records had them
    /// before warnings were typed.
    #[test]
    fn every_warning_keeps_its_text() {
        let cases = [
            (
                Warning::InvalidUtf8 { at: 2, replaced: 1 },
                "invalid UTF-8 replaced at byte 2 (1 replacement(s))",
            ),
            (
                Warning::InvalidUtf16 {
                    encoding: "UTF-16LE",
                    replaced: 3,
                },
                "invalid UTF-16LE replaced (3 replacement(s))",
            ),
            (
                Warning::SidecarUnreadable {
                    name: "a.html.meta.json".into(),
                    error: "not a regular file".into(),
                },
                "crawl sidecar a.html.meta.json cannot be read (not a regular file); ignored",
            ),
            (
                Warning::SidecarInvalid {
                    name: "a.html.meta.json".into(),
                    error: "EOF".into(),
                },
                "crawl sidecar a.html.meta.json is not valid JSON (EOF); ignored",
            ),
            (
                Warning::CharRefsDecoded(17),
                "17 HTML character reference(s) (&#NNN;, &#xHH;, &name;) decoded in the text",
            ),
            (Warning::NoBody, "no body found"),
            (
                Warning::PublishedNotIso {
                    value: "13/02/2022".into(),
                    origin: DateOrigin::Input,
                },
                "published date \"13/02/2022\" from the input is not ISO; ignored",
            ),
            (
                Warning::PublishedNotIso {
                    value: "x".into(),
                    origin: DateOrigin::Page,
                },
                "published date \"x\" from the page is not ISO; ignored",
            ),
            (
                Warning::PublishedNotIso {
                    value: "yesterday".into(),
                    origin: DateOrigin::Crawl,
                },
                "published date \"yesterday\" from the crawl metadata is not ISO; ignored",
            ),
            (
                Warning::NulReplaced(vec!["source.url", "title"]),
                "NUL characters in source.url, title replaced by U+FFFD (databases cannot \
                 store them)",
            ),
            (
                Warning::Article("no body found in html".into()),
                "no body found in html",
            ),
            (
                Warning::HtmlRefused("html: empty html page".into()),
                "html: empty html page",
            ),
            (
                Warning::LegacyEncoding("decoded as VNI".into()),
                "decoded as VNI",
            ),
            (
                Warning::PageTextOnOneLine {
                    line: 12,
                    text: "Xem thêm".into(),
                },
                "text read as a page's text (headline, menus and related news taken out) on \
                 one line of page furniture alone (line 12: \"Xem thêm\"); \"format\": \
                 \"article\" or \"page\" on the input line decides",
            ),
        ];
        for (warning, text) in cases {
            assert_eq!(warning.to_string(), text, "{warning:?}");
        }
    }
}
