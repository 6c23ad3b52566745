//! HTML → article (issue 4). Until it lands, HTML input is reported as unsupported.

use super::Article;

/// Extracts the article from an HTML page. `url` is where the page came from and
/// `content_type` the HTTP `Content-Type` it was served with (its charset wins over the
/// page's own declaration), when known.
///
/// # Errors
/// Always, for now: HTML extraction is not built yet.
pub fn from_html(
    _html: &[u8],
    _url: Option<&str>,
    _content_type: Option<&str>,
) -> Result<Article, crate::Error> {
    Err(crate::Error::input(
        "html",
        "html input is not supported yet",
    ))
}
