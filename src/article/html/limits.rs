//! Bounds on what the HTML parser is given.
//!
//! html5ever's tree builder walks the stack of open elements for many start tags ("close a
//! `<p>` in button scope" for every `<div>`, `<p>`, `<ul>` …) and checks every attribute
//! against the tag's earlier ones. Both are quadratic on pathological pages: 100 000 nested
//! `<div>`s took a minute, one tag of 50 000 attributes as long. It also copies every
//! formatting element left open (`<b>`, `<font>` …) into each new paragraph: 1 000 of them
//! made a 159 KB page ask for 3 GB. Real pages nest a few dozen elements deep, carry a few
//! attributes per tag and leave a handful of formatting elements open, so a page is cut
//! before the first tag that would open more than [`MAX_DEPTH`] elements, that has more
//! than [`MAX_ATTRIBUTES`] attributes, or that would leave more than [`MAX_FORMATTING`]
//! formatting elements open: the parser's work is then at most a constant per tag and per
//! attribute, i.e. linear in the page.
//!
//! The parser's state is estimated in one pass over the raw text, following the HTML
//! tokenizer (comments, including the empty `<!-->`, doctypes, bogus comments, raw-text
//! elements, escaped `<!--` parts of scripts) and, roughly, the tree builder: a stack of the
//! open elements that need an end tag (void elements, and elements whose end tag may be left
//! out (`p`, `li`, `td` …), are not on it; `<x/>` closes itself only in SVG and MathML), where
//! an end tag closes the innermost element of its name and is ignored when there is none or
//! when an element that stops it comes first, as the parser does; and the list of active
//! formatting elements, cleared at table cells, with the parser's limit of three identical
//! ones. The estimate errs on the high side: it does not close elements the parser closes
//! implicitly (a `<div>` left open in a table cell).

use memchr::{memchr, memmem};

/// The deepest nesting kept: far above real pages (a few dozen levels, a few hundred with
/// unclosed inline tags), low enough to keep the parser's scope walks short.
pub(crate) const MAX_DEPTH: usize = 1024;

/// The most attributes a tag may have before the page is cut there.
pub(crate) const MAX_ATTRIBUTES: usize = 512;

/// The most formatting elements (`b`, `font`, `a` …) left open at once. The parser copies
/// every one of them again into each new block of text ("reconstruct the active formatting
/// elements"), so 1 000 of them made a 159 KB page ask for 3 GB. Real pages leave a handful
/// open; identical ones beyond three are dropped by the parser itself and not counted.
pub(crate) const MAX_FORMATTING: usize = 64;

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
    b"area",
    b"base",
    b"basefont",
    b"bgsound",
    b"br",
    b"col",
    b"embed",
    b"frame",
    b"hr",
    b"img",
    b"image",
    b"input",
    b"keygen",
    b"link",
    b"meta",
    b"param",
    b"source",
    b"track",
    b"wbr",
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

/// Elements whose content is text up to their end tag (outside SVG and MathML).
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

/// The formatting elements the parser keeps in its list of active formatting elements.
const FORMATTING: &[&[u8]] = &[
    b"a", b"b", b"big", b"code", b"em", b"font", b"i", b"nobr", b"s", b"small", b"strike",
    b"strong", b"tt", b"u",
];

/// Elements that open a new list of active formatting elements (the parser's "markers").
const MARKER: &[&[u8]] = &[
    b"applet",
    b"caption",
    b"marquee",
    b"object",
    b"td",
    b"template",
    b"th",
];

/// The parser's "special" elements: an end tag of an ordinary element (`</span>`, `</b>`)
/// does not close past one of them, it is ignored instead.
const SPECIAL: &[&[u8]] = &[
    b"address",
    b"script",
    b"style",
    b"iframe",
    b"noembed",
    b"noframes",
    b"noscript",
    b"plaintext",
    b"textarea",
    b"xmp",
    b"applet",
    b"article",
    b"aside",
    b"blockquote",
    b"button",
    b"center",
    b"details",
    b"dir",
    b"div",
    b"dl",
    b"fieldset",
    b"figcaption",
    b"figure",
    b"footer",
    b"form",
    b"frameset",
    b"h1",
    b"h2",
    b"h3",
    b"h4",
    b"h5",
    b"h6",
    b"header",
    b"hgroup",
    b"listing",
    b"main",
    b"marquee",
    b"menu",
    b"nav",
    b"object",
    b"ol",
    b"pre",
    b"search",
    b"section",
    b"select",
    b"summary",
    b"table",
    b"template",
    b"ul",
    b"foreignobject",
    b"desc",
    b"mi",
    b"mo",
    b"mn",
    b"ms",
    b"mtext",
    b"annotation-xml",
];

/// Elements an end tag of a special element does not close past ("in scope").
const SCOPE: &[&[u8]] = &[
    b"applet",
    b"marquee",
    b"object",
    b"table",
    b"template",
    b"foreignobject",
    b"desc",
    b"title",
    b"mi",
    b"mo",
    b"mn",
    b"ms",
    b"mtext",
    b"annotation-xml",
];

/// The parts of a table: their start and end tags close what was left open in the table.
const TABLE_PARTS: &[&[u8]] = &[
    b"caption", b"tbody", b"td", b"tfoot", b"th", b"thead", b"tr",
];

/// Points inside SVG or MathML whose content is HTML again.
const INTEGRATION: &[&[u8]] = &[
    b"foreignobject",
    b"desc",
    b"title",
    b"mi",
    b"mo",
    b"mn",
    b"ms",
    b"mtext",
    b"annotation-xml",
];

/// HTML elements that end SVG or MathML content where they start.
const BREAKOUT: &[&[u8]] = &[
    b"b",
    b"big",
    b"blockquote",
    b"body",
    b"br",
    b"center",
    b"code",
    b"dd",
    b"div",
    b"dl",
    b"dt",
    b"em",
    b"embed",
    b"font",
    b"h1",
    b"h2",
    b"h3",
    b"h4",
    b"h5",
    b"h6",
    b"head",
    b"hr",
    b"i",
    b"img",
    b"li",
    b"listing",
    b"menu",
    b"meta",
    b"nobr",
    b"ol",
    b"p",
    b"pre",
    b"ruby",
    b"s",
    b"small",
    b"span",
    b"strike",
    b"strong",
    b"sub",
    b"sup",
    b"table",
    b"tt",
    b"u",
    b"ul",
    b"var",
];

fn is_in(list: &[&[u8]], name: &[u8]) -> bool {
    list.iter().any(|n| n.eq_ignore_ascii_case(name))
}

/// An element on the estimated stack of open elements.
struct Open<'a> {
    name: &'a [u8],
    /// Whether its content is SVG or MathML (where `<x/>` closes itself).
    foreign: bool,
    /// Whether it is in [`SPECIAL`] or [`SCOPE`]: it stops end tags of ordinary elements.
    /// Worked out once when it opens, so that an end tag's walk down the stack (at most
    /// [`MAX_DEPTH`] steps, as the parser's own walk) costs a comparison per step.
    stops_any: bool,
    /// Whether it is in [`SCOPE`]: it stops end tags of special elements.
    stops_special: bool,
}

/// What opened a part of the estimated list of active formatting elements.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Marker {
    /// The start of the page.
    Page,
    /// A table: not a marker to the parser, but it tells a nested cell from the next one.
    Table,
    /// A table cell or caption: the next one closes it.
    Cell,
    /// An `applet`, `marquee`, `object` or `template`.
    Other,
}

/// Formatting elements (name, raw text of the attributes) opened after one marker.
struct Segment<'a> {
    marker: Marker,
    elements: Vec<(&'a [u8], &'a [u8])>,
}

/// The estimated state of the parser: its stack of open elements (only elements that need
/// an end tag) and its list of active formatting elements, cut in segments at markers.
struct Estimate<'a> {
    open: Vec<Open<'a>>,
    active: Vec<Segment<'a>>,
    /// Formatting elements in all segments.
    formatting: usize,
}

impl<'a> Estimate<'a> {
    fn new() -> Self {
        Estimate {
            open: Vec::new(),
            active: vec![Segment {
                marker: Marker::Page,
                elements: Vec::new(),
            }],
            formatting: 0,
        }
    }

    fn foreign(&self) -> bool {
        self.open.last().is_some_and(|o| o.foreign)
    }

    fn last_marker(&self) -> Marker {
        self.active.last().map_or(Marker::Page, |s| s.marker)
    }

    /// Adds a formatting element, dropping the earliest of three identical ones after the
    /// last marker as the parser does ("Noah's Ark").
    fn push_formatting(&mut self, name: &'a [u8], attributes: &'a [u8]) {
        let Some(segment) = self.active.last_mut() else {
            return;
        };
        let same = |e: &&(&[u8], &[u8])| e.0.eq_ignore_ascii_case(name) && e.1 == attributes;
        if segment.elements.iter().filter(same).count() >= 3 {
            if let Some(first) = segment.elements.iter().position(|e| same(&e)) {
                segment.elements.remove(first);
                self.formatting -= 1;
            }
        }
        segment.elements.push((name, attributes));
        self.formatting += 1;
    }

    /// The end tag of a formatting element: its last entry after the last marker goes.
    fn end_formatting(&mut self, name: &[u8]) {
        let Some(segment) = self.active.last_mut() else {
            return;
        };
        if let Some(k) = segment
            .elements
            .iter()
            .rposition(|e| e.0.eq_ignore_ascii_case(name))
        {
            segment.elements.remove(k);
            self.formatting -= 1;
        }
    }

    fn push_marker(&mut self, marker: Marker) {
        self.active.push(Segment {
            marker,
            elements: Vec::new(),
        });
    }

    /// Removes the entries up to and including the last marker of one of `kinds`, when it
    /// is the last marker.
    fn clear_to_marker(&mut self, kinds: &[Marker]) {
        if self.active.len() > 1 && kinds.contains(&self.last_marker()) {
            if let Some(segment) = self.active.pop() {
                self.formatting -= segment.elements.len();
            }
        }
    }

    /// An end tag: it closes the innermost open element of its name, unless an element
    /// that stops it comes first (then the parser ignores it, and so does the estimate).
    fn close(&mut self, name: &[u8]) {
        let special = is_in(SPECIAL, name);
        for k in (0..self.open.len()).rev() {
            let Some(o) = self.open.get(k) else { break };
            if o.name.eq_ignore_ascii_case(name) {
                self.open.truncate(k);
                return;
            }
            let stops = if special {
                o.stops_special
            } else {
                o.stops_any
            };
            if stops {
                return;
            }
        }
    }

    /// A table's part (cell, row …) starts or ends: what was left open since its table
    /// started is closed, as the parser does ("clear the stack back to a table context").
    fn back_to_table(&mut self) {
        if let Some(k) = self
            .open
            .iter()
            .rposition(|o| o.name.eq_ignore_ascii_case(b"table"))
        {
            self.open.truncate(k + 1);
        }
    }

    /// An HTML element that ends SVG or MathML content: the foreign elements are closed.
    fn break_out(&mut self) {
        while self.foreign() {
            match self.open.pop() {
                Some(o)
                    if o.name.eq_ignore_ascii_case(b"svg")
                        || o.name.eq_ignore_ascii_case(b"math") =>
                {
                    break
                }
                Some(_) => {}
                None => break,
            }
        }
    }
}

/// The first place where `html` goes past [`MAX_DEPTH`], [`MAX_ATTRIBUTES`] or
/// [`MAX_FORMATTING`], if any. One pass: every byte is looked at a bounded number of times,
/// every tag costs at most a walk of the bounded stack.
pub(crate) fn cut_point(html: &str) -> Option<Cut> {
    let bytes = html.as_bytes();
    let mut state = Estimate::new();
    let mut i = 0;
    while let Some(offset) = bytes.get(i..).and_then(|r| memchr(b'<', r)) {
        let lt = i + offset;
        let rest = bytes.get(lt + 1..).unwrap_or_default();
        if rest.starts_with(b"!--") {
            i = comment_end(bytes, lt + 4);
            continue;
        }
        let closing = rest.first() == Some(&b'/');
        let name_start = lt + 1 + usize::from(closing);
        let first = bytes.get(name_start).copied().unwrap_or_default();
        if !first.is_ascii_alphabetic() {
            i = if first == b'!' || first == b'?' || closing {
                // "<!doctype", "<!x>", "<![CDATA[" (a bogus comment outside SVG and
                // MathML), "<?xml", "</ x>": up to the next ">". "</>" is dropped.
                memchr(b'>', rest).map_or(bytes.len(), |e| lt + 1 + e + 1)
            } else {
                // A "<" that starts no tag is text.
                lt + 1
            };
            continue;
        }
        // The tag name runs to a space, "/" or ">".
        let name_len = bytes
            .get(name_start..)
            .unwrap_or_default()
            .iter()
            .take_while(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>'))
            .count();
        let name = bytes
            .get(name_start..name_start + name_len)
            .unwrap_or_default();
        let attributes_start = name_start + name_len;
        let (end, attributes, self_closing) = scan_tag(bytes, attributes_start);
        if attributes > MAX_ATTRIBUTES {
            return Some(Cut {
                at: lt,
                reason: "a tag with too many attributes",
            });
        }
        i = end;
        if closing {
            end_tag(&mut state, name);
            continue;
        }
        match start_tag(
            &mut state,
            bytes,
            lt,
            name,
            attributes_start,
            end,
            self_closing,
        ) {
            Ok(next) => i = next,
            Err(cut) => return Some(cut),
        }
    }
    None
}

/// A start tag `name` at `lt` (its attributes from `attributes_start`, the tag ending before
/// `end`): the estimate opens what the parser would open. `Ok` holds where the scan goes on
/// (after a raw-text element's content, else `end`); `Err` the cut when a bound is passed.
fn start_tag<'a>(
    state: &mut Estimate<'a>,
    bytes: &'a [u8],
    lt: usize,
    name: &'a [u8],
    attributes_start: usize,
    end: usize,
    self_closing: bool,
) -> Result<usize, Cut> {
    if state.foreign() && is_in(BREAKOUT, name) {
        state.break_out();
    }
    let foreign = state.foreign();
    if !foreign && is_in(RAW_TEXT, name) {
        return Ok(raw_text_end(bytes, end, name));
    }
    if (foreign && self_closing) || is_in(VOID, name) {
        return Ok(end);
    }
    if !foreign && is_in(TABLE_PARTS, name) {
        state.back_to_table();
    }
    if name.eq_ignore_ascii_case(b"td")
        || name.eq_ignore_ascii_case(b"th")
        || name.eq_ignore_ascii_case(b"caption")
    {
        // The next cell closes the one before (and its formatting elements).
        state.clear_to_marker(&[Marker::Cell]);
        state.push_marker(Marker::Cell);
    } else if name.eq_ignore_ascii_case(b"table") {
        state.push_marker(Marker::Table);
    } else if is_in(MARKER, name) {
        state.push_marker(Marker::Other);
    }
    if !foreign && is_in(FORMATTING, name) {
        let attributes = bytes
            .get(attributes_start..end.saturating_sub(1))
            .unwrap_or_default();
        state.push_formatting(name, attributes);
        if state.formatting > MAX_FORMATTING {
            return Err(Cut {
                at: lt,
                reason: "too many formatting elements left open",
            });
        }
    }
    if is_in(OPTIONAL_END, name) {
        return Ok(end);
    }
    let foreign_inside = if name.eq_ignore_ascii_case(b"svg") || name.eq_ignore_ascii_case(b"math")
    {
        true
    } else {
        foreign && !is_in(INTEGRATION, name)
    };
    let stops_special = is_in(SCOPE, name);
    state.open.push(Open {
        name,
        foreign: foreign_inside,
        stops_any: stops_special || is_in(SPECIAL, name),
        stops_special,
    });
    if state.open.len() > MAX_DEPTH {
        return Err(Cut {
            at: lt,
            reason: "elements nested too deep",
        });
    }
    Ok(end)
}

/// An end tag: closes open elements and formatting elements as the parser would.
fn end_tag(state: &mut Estimate<'_>, name: &[u8]) {
    if is_in(FORMATTING, name) {
        state.end_formatting(name);
    }
    if is_in(
        &[
            b"td", b"th", b"caption", b"tr", b"tbody", b"thead", b"tfoot",
        ],
        name,
    ) {
        state.clear_to_marker(&[Marker::Cell]);
    } else if name.eq_ignore_ascii_case(b"table") {
        state.clear_to_marker(&[Marker::Cell]);
        state.clear_to_marker(&[Marker::Table]);
    } else if is_in(MARKER, name) {
        state.clear_to_marker(&[Marker::Other]);
    }
    if !is_in(VOID, name) && !is_in(OPTIONAL_END, name) {
        state.close(name);
    }
}

/// The offset after a comment whose text starts at `from` (after `<!--`): `<!-->` and
/// `<!--->` are whole (empty) comments, and `--!>` ends one as `-->` does.
fn comment_end(bytes: &[u8], from: usize) -> usize {
    let rest = bytes.get(from..).unwrap_or_default();
    if rest.starts_with(b">") {
        return from + 1;
    }
    if rest.starts_with(b"->") {
        return from + 2;
    }
    let mut at = from;
    while let Some(offset) = bytes.get(at..).and_then(|r| memmem::find(r, b"--")) {
        let dashes = at + offset + 2;
        let after = bytes.get(dashes..).unwrap_or_default();
        if after.starts_with(b">") {
            return dashes + 1;
        }
        if after.starts_with(b"!>") {
            return dashes + 2;
        }
        at = at + offset + 1;
    }
    bytes.len()
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

/// Whether `</name` at `at` (the offset of `<`) is an end tag of `name`: followed by a
/// space, `/` or `>`.
fn is_end_tag_of(bytes: &[u8], at: usize, name: &[u8]) -> bool {
    let start = at + 2;
    bytes.get(at..start) == Some(b"</")
        && bytes
            .get(start..start + name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name))
        && bytes
            .get(start + name.len())
            .is_some_and(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>'))
}

/// The offset of the end tag `</name` of a raw-text element whose content starts at
/// `from` (the end of the page when it is not closed). `plaintext` never ends; in a
/// `script`, `<!--` starts an escaped part where `<script>…</script>` does not end it.
fn raw_text_end(bytes: &[u8], from: usize, name: &[u8]) -> usize {
    if name.eq_ignore_ascii_case(b"plaintext") {
        return bytes.len();
    }
    let script = name.eq_ignore_ascii_case(b"script");
    // 0: script data, 1: escaped (after "<!--"), 2: double escaped (after "<script").
    let mut escape = 0u8;
    let mut at = from;
    while let Some(offset) = bytes.get(at..).and_then(|r| memchr::memchr2(b'<', b'-', r)) {
        let k = at + offset;
        at = k + 1;
        if !script {
            if bytes.get(k) == Some(&b'<') && is_end_tag_of(bytes, k, name) {
                return k;
            }
            continue;
        }
        let rest = bytes.get(k..).unwrap_or_default();
        if rest.starts_with(b"-->") {
            if escape > 0 {
                escape = 0;
            }
            continue;
        }
        if escape == 0 && rest.starts_with(b"<!--") {
            escape = 1;
            // "<!-->" ends the escape at once: its dashes are shared.
            at = k + 2;
            continue;
        }
        if is_end_tag_of(bytes, k, name) {
            if escape == 2 {
                escape = 1;
                continue;
            }
            return k;
        }
        if escape == 1
            && rest
                .get(1..7)
                .is_some_and(|n| n.eq_ignore_ascii_case(b"script"))
            && rest
                .get(7)
                .is_some_and(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>'))
        {
            escape = 2;
        }
    }
    bytes.len()
}

#[cfg(test)]
mod tests;
