//! A linear scanner of the start tags of an HTML page, for the crawler's links (`<a>`,
//! `<base>`, `<link>`, `<meta>`) without building a document tree.
//!
//! Why not the HTML5 parser: its tree builder walks the stack of open elements for every
//! tag, so a page of nested `<div>`s takes time quadratic in their number (40,000 took 79 s
//! in a debug build; the 1,000,000 that fit in the 5 MiB body cap, hours), and its tokenizer
//! checks every attribute against the tag's earlier ones (quadratic in a tag's attributes).
//! Here every byte is looked at a bounded number of times and a tag keeps only the few
//! attributes asked for, so the time is linear in the page whatever it holds.
//!
//! It follows the HTML5 tokenizer where links depend on it: comments, `<!…>` and `<?…>` are
//! skipped, attribute values may be double-, single- or unquoted, the first of two
//! attributes of one name wins, and the content of `script`, `style`, `noscript` (as with
//! scripting on, as the HTML5 parser the crate uses elsewhere does), `textarea`, `title`,
//! `xmp`, `iframe`, `noembed` and `noframes` is text, not tags; `plaintext` ends the markup.

/// A start tag: its lowercase name and the values of the attributes asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Tag {
    /// The tag name, ASCII-lowercased.
    pub name: String,
    /// The value of each attribute asked for, in the order asked (`None` when absent),
    /// character references decoded.
    pub attrs: Vec<Option<String>>,
}

/// Elements whose content is text up to their end tag.
const TEXT_ELEMENTS: [&str; 10] = [
    "iframe",
    "noembed",
    "noframes",
    "noscript",
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "plaintext",
];

/// The start tags of `html` named in `names` (lowercase), in document order, each with the
/// values of the attributes `wanted` (lowercase names).
pub(crate) fn start_tags(html: &str, names: &[&str], wanted: &[&str]) -> Vec<Tag> {
    let bytes = html.as_bytes();
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(offset) = memchr::memchr(b'<', bytes.get(at..).unwrap_or_default()) {
        let lt = at + offset;
        let rest = bytes.get(lt + 1..).unwrap_or_default();
        at = match rest.first() {
            Some(b'!') if rest.starts_with(b"!--") => skip_comment(bytes, lt + 4),
            Some(b'!' | b'?') => skip_past(bytes, lt + 1, b'>'),
            Some(b'/') => skip_past(bytes, lt + 2, b'>'),
            Some(c) if c.is_ascii_alphabetic() => {
                let (tag, end) = read_tag(html, lt + 1, wanted);
                if tag.name == "plaintext" {
                    if names.contains(&"plaintext") {
                        out.push(tag);
                    }
                    break;
                }
                let after = if TEXT_ELEMENTS.contains(&tag.name.as_str()) {
                    skip_text_element(bytes, end, &tag.name)
                } else {
                    end
                };
                if names.contains(&tag.name.as_str()) {
                    out.push(tag);
                }
                after
            }
            _ => lt + 1,
        };
    }
    out
}

/// The index after the `-->` that ends a comment whose text starts at `from` (the end of
/// the input when there is none).
fn skip_comment(bytes: &[u8], from: usize) -> usize {
    // `<!-->` and `<!--->` are whole (empty) comments.
    for empty in [&b">"[..], &b"->"[..]] {
        if bytes.get(from..).is_some_and(|r| r.starts_with(empty)) {
            return from + empty.len();
        }
    }
    memchr::memmem::find(bytes.get(from..).unwrap_or_default(), b"-->")
        .map_or(bytes.len(), |i| from + i + 3)
}

/// The index after the next `byte` at or after `from` (the end of the input when none).
fn skip_past(bytes: &[u8], from: usize, byte: u8) -> usize {
    memchr::memchr(byte, bytes.get(from..).unwrap_or_default())
        .map_or(bytes.len(), |i| from + i + 1)
}

/// The index after the end tag `</name…>` of a text element whose content starts at `from`.
fn skip_text_element(bytes: &[u8], from: usize, name: &str) -> usize {
    let mut at = from;
    while let Some(i) = memchr::memmem::find(bytes.get(at..).unwrap_or_default(), b"</") {
        let start = at + i + 2;
        let end = start + name.len();
        let matches = bytes
            .get(start..end)
            .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()));
        let closed = matches!(bytes.get(end), None | Some(b'>' | b'/'))
            || bytes.get(end).is_some_and(u8::is_ascii_whitespace);
        if matches && closed {
            return skip_past(bytes, end, b'>');
        }
        at = start;
    }
    bytes.len()
}

/// Reads the start tag whose name starts at `from`; returns it and the index after its `>`.
fn read_tag(html: &str, from: usize, wanted: &[&str]) -> (Tag, usize) {
    let bytes = html.as_bytes();
    let is_space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c');
    let mut at = from;
    while bytes
        .get(at)
        .is_some_and(|&b| !is_space(b) && b != b'/' && b != b'>')
    {
        at += 1;
    }
    let mut tag = Tag {
        name: html.get(from..at).unwrap_or_default().to_ascii_lowercase(),
        attrs: vec![None; wanted.len()],
    };
    loop {
        while bytes.get(at).is_some_and(|&b| is_space(b) || b == b'/') {
            at += 1;
        }
        match bytes.get(at) {
            None => return (tag, bytes.len()),
            Some(b'>') => return (tag, at + 1),
            Some(_) => {}
        }
        // The attribute name: a leading `=` is part of it, as in HTML5.
        let name_start = at;
        at += 1;
        while bytes
            .get(at)
            .is_some_and(|&b| !is_space(b) && !matches!(b, b'/' | b'>' | b'='))
        {
            at += 1;
        }
        let name_end = at;
        while bytes.get(at).copied().is_some_and(is_space) {
            at += 1;
        }
        let mut value = None;
        if bytes.get(at) == Some(&b'=') {
            at += 1;
            while bytes.get(at).copied().is_some_and(is_space) {
                at += 1;
            }
            let (start, end, next) = match bytes.get(at) {
                Some(&q @ (b'"' | b'\'')) => {
                    let end = memchr::memchr(q, bytes.get(at + 1..).unwrap_or_default())
                        .map_or(bytes.len(), |i| at + 1 + i);
                    (at + 1, end, (end + 1).min(bytes.len()))
                }
                _ => {
                    let mut end = at;
                    while bytes.get(end).is_some_and(|&b| !is_space(b) && b != b'>') {
                        end += 1;
                    }
                    (at, end, end)
                }
            };
            value = Some((start, end));
            at = next;
        }
        let name = html.get(name_start..name_end).unwrap_or_default();
        if let Some(slot) = wanted
            .iter()
            .position(|w| w.eq_ignore_ascii_case(name))
            .and_then(|i| tag.attrs.get_mut(i))
        {
            // The first of two attributes of one name wins.
            if slot.is_none() {
                let raw = value.map_or("", |(s, e)| html.get(s..e).unwrap_or_default());
                *slot = Some(decode_references(raw));
            }
        }
    }
}

/// `raw` with its character references decoded: the named ones URLs and the attributes
/// read here hold (`&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&nbsp;`), with or without
/// the `;` where HTML5 allows that in attributes (not before a letter, digit or `=`), and
/// numeric ones (`&#38;`, `&#x26;`). Anything else is kept as written.
fn decode_references(raw: &str) -> String {
    if !raw.contains('&') {
        return raw.to_string();
    }
    const NAMED: [(&str, char); 6] = [
        ("amp", '&'),
        ("lt", '<'),
        ("gt", '>'),
        ("quot", '"'),
        ("apos", '\''),
        ("nbsp", '\u{a0}'),
    ];
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(i) = rest.find('&') {
        out.push_str(rest.get(..i).unwrap_or_default());
        let after = rest.get(i + 1..).unwrap_or_default();
        if let Some(num) = after.strip_prefix('#') {
            let (digits, radix) = match num.strip_prefix(['x', 'X']) {
                Some(hex) => (hex, 16),
                None => (num, 10),
            };
            let len = digits
                .bytes()
                .take_while(|b| b.is_ascii_digit() || (radix == 16 && b.is_ascii_hexdigit()))
                .count();
            let value = digits
                .get(..len.min(8))
                .filter(|_| len > 0 && len <= 8)
                .and_then(|d| u32::from_str_radix(d, radix).ok());
            if let Some(value) = value {
                let c = char::from_u32(value)
                    .filter(|&c| c != '\0')
                    .unwrap_or('\u{fffd}');
                out.push(c);
                let used = num.len() - digits.len() + len;
                let tail = num.get(used..).unwrap_or_default();
                rest = tail.strip_prefix(';').unwrap_or(tail);
                continue;
            }
        } else if let Some((name, c)) = NAMED.iter().find(|(n, _)| after.starts_with(n)) {
            let tail = after.get(name.len()..).unwrap_or_default();
            if let Some(tail) = tail.strip_prefix(';') {
                out.push(*c);
                rest = tail;
                continue;
            }
            let next = tail.bytes().next();
            if !next.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'=') {
                out.push(*c);
                rest = tail;
                continue;
            }
        }
        out.push('&');
        rest = after;
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hrefs(html: &str) -> Vec<String> {
        start_tags(html, &["a"], &["href"])
            .into_iter()
            .filter_map(|t| t.attrs.into_iter().next().flatten())
            .collect()
    }

    #[test]
    fn quoting_comments_and_text_elements() {
        let html = r#"<a href="/1">x</a><A HREF='/2'><a href=/3>
            <!-- <a href="/no1"> --><!--><a href=/4><script>"<a href='/no2'>"</script >
            <a title="x>y" href="/5"><noscript><a href=/no3></noscript><style></style><a
            href = "/6" href="/no4"><textarea><a href=/no5></textarea><a data-x href>
            <svg><a href="/7"/></svg><a href="/8?a=1&amp;b=2&#38;c=3&ampd&amp=e&lt;">"#;
        assert_eq!(
            hrefs(html),
            [
                "/1",
                "/2",
                "/3",
                "/4",
                "/5",
                "/6",
                "",
                "/7",
                "/8?a=1&b=2&c=3&ampd&amp=e<"
            ]
        );
    }

    #[test]
    fn plaintext_ends_the_markup_and_cut_input_is_safe() {
        assert_eq!(hrefs("<a href=/1><plaintext><a href=/2>"), ["/1"]);
        for cut in [
            "<a href=\"/1",
            "<a href=",
            "<a",
            "<!--",
            "<script>",
            "<a href=/1 x='",
        ] {
            let _ = hrefs(cut);
        }
        assert_eq!(hrefs("<a href=\"/1"), ["/1"]);
    }

    /// The class of the failure: every byte is looked at a bounded number of times. 200,000
    /// nested `<div>`s and a tag of 200,000 attributes take time in proportion to their size
    /// (measured as a ratio to a plain page of the same size, so the machine's speed and load
    /// do not matter).
    #[test]
    fn nested_tags_and_attribute_floods_no_longer_take_quadratic_time() {
        let n = 200_000;
        let nested = "<div>".repeat(n);
        let attrs: String = (0..n).map(|i| format!(" a{i}")).collect();
        let flood = format!("<a{attrs} href=/x>");
        let plain = "<p>x</p>".repeat(n);
        let time = |html: &str| {
            let start = thread_cpu_ms();
            let links = hrefs(html);
            (start.zip(thread_cpu_ms()).map(|(a, b)| b - a), links.len())
        };
        let (base, _) = time(&plain);
        let (deep, none) = time(&nested);
        let (wide, found) = time(&flood);
        assert_eq!((none, found), (0, 1));
        // Quadratic work here is minutes; linear, a few times the plain page. The floor of
        // 50 ms covers the 10 ms clock tick.
        if let (Some(base), Some(deep), Some(wide)) = (base, deep, wide) {
            let bound = base.max(50) * 20;
            assert!(deep < bound, "nested: {deep} ms, plain {base} ms");
            assert!(wide < bound, "attributes: {wide} ms, plain {base} ms");
        }
    }

    /// This thread's CPU time in milliseconds (Linux: `/proc/thread-self/stat`, in 10 ms
    /// ticks); `None` elsewhere.
    fn thread_cpu_ms() -> Option<u64> {
        let text = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
        // The fields after the command name (which may hold spaces): utime, stime are the
        // 12th and 13th.
        let fields: Vec<&str> = text.rsplit_once(')')?.1.split_whitespace().collect();
        let ticks = |i: usize| fields.get(i).and_then(|f| f.parse::<u64>().ok());
        Some((ticks(11)? + ticks(12)?) * 10)
    }
}
