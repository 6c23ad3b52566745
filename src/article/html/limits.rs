//! Bounds on what the HTML parser is given.
//!
//! html5ever's tree builder walks the stack of open elements for many start tags ("close a
//! `<p>` in button scope" for every `<div>`, `<p>`, `<ul>` …) and checks every attribute
//! against the tag's earlier ones. Both are quadratic on pathological pages: 100 000 nested
//! `<div>`s took a minute, one tag of 50 000 attributes as long. Real pages nest a few dozen
//! elements deep and carry a few attributes per tag, so a page is cut before the first tag
//! that would open more than [`MAX_DEPTH`] elements, or that has more than
//! [`MAX_ATTRIBUTES`] attributes: the parser's work is then at most a constant per tag and
//! per attribute, i.e. linear in the page.
//!
//! The depth is estimated in one pass over the raw text, without building a tree: start tags
//! of elements that need an end tag count one level, their end tags one level less; void
//! elements, elements whose end tag may be left out (`p`, `li`, `td` …), self-closing tags,
//! comments and the content of raw-text elements (`script`, `style` …) do not count. The
//! estimate errs on the high side only for unclosed elements that need an end tag.

use memchr::{memchr, memmem};

/// The deepest nesting kept: far above real pages (a few dozen levels, a few hundred with
/// unclosed inline tags), low enough to keep the parser's scope walks short.
pub(crate) const MAX_DEPTH: usize = 1024;

/// The most attributes a tag may have before the page is cut there.
pub(crate) const MAX_ATTRIBUTES: usize = 512;

/// Where and why a page is cut.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Cut {
    /// Byte offset of the `<` of the first tag left out.
    pub at: usize,
    /// What the warning says.
    pub reason: &'static str,
}

/// Elements without content or end tag.
const VOID: &[&[u8]] = &[
    b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"keygen", b"link",
    b"meta", b"param", b"source", b"track", b"wbr",
];

/// Elements whose end tag may be left out (closed by the parser when a sibling starts).
const OPTIONAL_END: &[&[u8]] = &[
    b"body",
    b"caption",
    b"colgroup",
    b"dd",
    b"dt",
    b"head",
    b"html",
    b"li",
    b"optgroup",
    b"option",
    b"p",
    b"rb",
    b"rp",
    b"rt",
    b"rtc",
    b"tbody",
    b"td",
    b"tfoot",
    b"th",
    b"thead",
    b"tr",
];

/// Elements whose content is text up to their end tag.
const RAW_TEXT: &[&[u8]] = &[
    b"iframe",
    b"noembed",
    b"noframes",
    b"noscript",
    b"plaintext",
    b"script",
    b"style",
    b"textarea",
    b"title",
    b"xmp",
];

fn is_in(list: &[&[u8]], name: &[u8]) -> bool {
    list.iter().any(|n| n.eq_ignore_ascii_case(name))
}

/// The first place where `html` goes past [`MAX_DEPTH`] or [`MAX_ATTRIBUTES`], if any.
/// One pass: every byte is looked at a bounded number of times.
pub(crate) fn cut_point(html: &str) -> Option<Cut> {
    let bytes = html.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(offset) = bytes.get(i..).and_then(|r| memchr(b'<', r)) {
        let lt = i + offset;
        let rest = bytes.get(lt + 1..).unwrap_or_default();
        if rest.starts_with(b"!--") {
            i = memmem::find(rest.get(3..).unwrap_or_default(), b"-->")
                .map_or(bytes.len(), |e| lt + 4 + e + 3);
            continue;
        }
        let closing = rest.first() == Some(&b'/');
        let name_start = lt + 1 + usize::from(closing);
        let name_len = bytes
            .get(name_start..)
            .unwrap_or_default()
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-')
            .count();
        if name_len == 0 || !bytes[name_start].is_ascii_alphabetic() {
            // "<!doctype", "<?xml", a lone "<": skip past the next ">".
            i = memchr(b'>', rest).map_or(bytes.len(), |e| lt + 1 + e + 1);
            continue;
        }
        let name = &bytes[name_start..name_start + name_len];
        let (end, attributes, self_closing) = scan_tag(bytes, name_start + name_len);
        if attributes > MAX_ATTRIBUTES {
            return Some(Cut {
                at: lt,
                reason: "a tag with too many attributes",
            });
        }
        i = end;
        if closing {
            if !is_in(VOID, name) && !is_in(OPTIONAL_END, name) {
                depth = depth.saturating_sub(1);
            }
            continue;
        }
        if is_in(RAW_TEXT, name) {
            i = raw_text_end(bytes, end, name);
            continue;
        }
        if self_closing || is_in(VOID, name) || is_in(OPTIONAL_END, name) {
            continue;
        }
        depth += 1;
        if depth > MAX_DEPTH {
            return Some(Cut {
                at: lt,
                reason: "elements nested too deep",
            });
        }
    }
    None
}

/// Reads a tag's attributes from `from` to its `>`: the offset after the tag, the number of
/// attributes (runs of non-space characters outside quoted values, counted generously) and
/// whether it ends with `/>`.
fn scan_tag(bytes: &[u8], from: usize) -> (usize, usize, bool) {
    let mut attributes = 0;
    let mut quote: Option<u8> = None;
    let mut after_equals = false;
    let mut in_word = false;
    let mut previous = 0u8;
    for (k, &b) in bytes.iter().enumerate().skip(from) {
        if let Some(q) = quote {
            if b == q {
                quote = None;
            }
            continue;
        }
        match b {
            b'>' => return (k + 1, attributes, previous == b'/'),
            b'"' | b'\'' if after_equals => {
                quote = Some(b);
                after_equals = false;
            }
            b'=' => {
                after_equals = true;
                in_word = true;
            }
            b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' => in_word = false,
            _ => {
                if !in_word && !after_equals && b != b'/' {
                    attributes += 1;
                }
                after_equals = false;
                in_word = true;
            }
        }
        if !b.is_ascii_whitespace() {
            previous = b;
        }
    }
    (bytes.len(), attributes, false)
}

/// The offset after the end tag `</name` of a raw-text element whose content starts at
/// `from` (the end of the page when it is not closed).
fn raw_text_end(bytes: &[u8], from: usize, name: &[u8]) -> usize {
    let mut at = from;
    while let Some(offset) = bytes.get(at..).and_then(|r| memmem::find(r, b"</")) {
        let start = at + offset + 2;
        if bytes
            .get(start..start + name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name))
        {
            return start;
        }
        at = start;
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_pages_are_not_cut() {
        let page = "<!doctype html><html><head><title>a <div></title><script>var s = '<div><div>';</script></head>\
            <body><!-- <div> --><div class=\"a\" data-x='>'><p>Một<br>hai<p>ba<img src=x /></div></body></html>";
        assert_eq!(cut_point(page), None);
    }

    #[test]
    fn nesting_deeper_than_the_bound_is_cut_at_the_first_tag_too_deep() {
        let page = "<div>".repeat(MAX_DEPTH + 5);
        assert_eq!(
            cut_point(&page),
            Some(Cut {
                at: 5 * MAX_DEPTH,
                reason: "elements nested too deep"
            })
        );
        // Closed elements do not add up.
        assert_eq!(cut_point(&"<div>x</div>".repeat(3 * MAX_DEPTH)), None);
        // Nor do paragraphs and list items left open.
        assert_eq!(cut_point(&"<p>x<li>y".repeat(3 * MAX_DEPTH)), None);
    }

    #[test]
    fn a_tag_with_too_many_attributes_is_cut() {
        let attributes: String = (0..=MAX_ATTRIBUTES)
            .map(|i| format!(" a{i}=\"x y\""))
            .collect();
        let page = format!("<p>x</p><div{attributes}>y</div>");
        assert_eq!(cut_point(&page).map(|c| c.at), Some(8));
        let fewer: String = (0..MAX_ATTRIBUTES)
            .map(|i| format!(" a{i}=\"x y\""))
            .collect();
        assert_eq!(cut_point(&format!("<div{fewer}>y</div>")), None);
    }
}
