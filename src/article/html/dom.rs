//! A compact, index-based copy of the parsed page that the extraction heuristics walk.
//!
//! Built iteratively (no recursion, so deeply nested input cannot overflow the stack), in
//! document order: a child's index is always greater than its parent's, so one backwards pass
//! sums text lengths bottom-up. Subtrees that are never content (scripts, styles, iframes,
//! videos, forms, hidden elements) and, when asked, "unlikely" boilerplate containers are left
//! out at build time.

use std::collections::HashSet;

use ego_tree::NodeId;
use scraper::{Html, Node};

use super::classes;
use super::footer;

/// Sentinel parent of the root.
pub(crate) const NO_PARENT: usize = usize::MAX;

/// Elements never read as text.
const ALWAYS_SKIPPED: &[&str] = &[
    "audio", "button", "canvas", "embed", "head", "iframe", "input", "link", "map", "meta",
    "noscript", "object", "option", "script", "select", "source", "style", "svg", "template",
    "textarea", "title", "track", "video",
];

/// Elements that are boilerplate by their very tag.
const BOILERPLATE_TAGS: &[&str] = &["aside", "footer", "nav"];

/// Block-level elements: text on either side of one belongs to different paragraphs.
const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "html",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

/// Whether `tag` starts a new paragraph.
pub(crate) fn is_block(tag: &str) -> bool {
    BLOCK_TAGS.contains(&tag)
}

/// One node of the copy.
#[derive(Debug)]
pub(crate) struct DomNode<'a> {
    /// The node in the scraper tree.
    pub id: NodeId,
    /// Index of the parent, [`NO_PARENT`] for the root.
    pub parent: usize,
    /// Children, in document order.
    pub children: Vec<usize>,
    /// Lowercase tag name; empty for text.
    pub tag: &'a str,
    /// Raw text of a text node.
    pub text: &'a str,
    /// `class` and `id` attributes, lowercase, space-separated.
    pub key: String,
    /// Inside an `<a>`.
    pub in_link: bool,
    /// Has a block-level child element.
    pub has_block_child: bool,
    /// Non-whitespace characters of text in the subtree.
    pub text_len: usize,
    /// Of those, characters inside links.
    pub link_len: usize,
    /// Commas in the subtree's text.
    pub commas: usize,
}

impl DomNode<'_> {
    /// Share of the text that is link text, 0 for an empty node.
    pub fn link_density(&self) -> f64 {
        if self.text_len == 0 {
            0.0
        } else {
            self.link_len as f64 / self.text_len as f64
        }
    }

    /// Whether this is an element (not text).
    pub fn is_element(&self) -> bool {
        !self.tag.is_empty()
    }
}

/// The copy of one page, as seen by one extraction attempt.
#[derive(Debug)]
pub(crate) struct Dom<'a> {
    /// All kept nodes, in document order; index 0 is the document root.
    pub nodes: Vec<DomNode<'a>>,
    /// For each node, the index just past its subtree: in document order a subtree is the
    /// run `i..subtree_end[i]`, so "is inside" is two comparisons, not a walk up the
    /// ancestors (which made deeply nested pages quadratic).
    subtree_end: Vec<usize>,
    /// For each node, whether it is or lies inside the site footer (see [`footer`]).
    footer: Vec<bool>,
}

/// What to leave out when building.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Prune<'r> {
    /// Leave out containers whose class/id name them as boilerplate (comments, share bars,
    /// related news, menus, ads) and `<nav>`/`<aside>`/`<footer>`.
    pub unlikely: bool,
    /// Nodes a site rule removes.
    pub removed: &'r HashSet<NodeId>,
}

impl<'a> Dom<'a> {
    /// Copies `html`, leaving out what `prune` says.
    pub fn build(html: &'a Html, prune: Prune<'_>) -> Self {
        let mut nodes: Vec<DomNode<'a>> = Vec::new();
        // (node, parent index, inside a link)
        let mut stack = vec![(html.tree.root(), NO_PARENT, false)];
        while let Some((node, parent, in_link)) = stack.pop() {
            let mut link_here = in_link;
            let (tag, text, key) = match node.value() {
                Node::Document | Node::Fragment => ("#root", "", String::new()),
                Node::Text(text) => ("", &**text, String::new()),
                Node::Element(el) => {
                    let tag = el.name();
                    if ALWAYS_SKIPPED.contains(&tag) || prune.removed.contains(&node.id()) {
                        continue;
                    }
                    if el.attr("hidden").is_some()
                        || el.attr("style").is_some_and(classes::hides)
                        || el.attr("aria-hidden") == Some("true")
                    {
                        continue;
                    }
                    let key = classes::key(el.attr("class"), el.attr("id"));
                    if prune.unlikely
                        && (BOILERPLATE_TAGS.contains(&tag)
                            || (!matches!(tag, "body" | "html" | "a" | "article" | "main")
                                && classes::is_unlikely(&key)))
                    {
                        continue;
                    }
                    link_here |= tag == "a";
                    (tag, "", key)
                }
                _ => continue,
            };
            let index = nodes.len();
            if parent != NO_PARENT {
                if let Some(p) = nodes.get_mut(parent) {
                    p.children.push(index);
                    if !tag.is_empty() && is_block(tag) {
                        p.has_block_child = true;
                    }
                }
            }
            let (text_len, commas) = if tag.is_empty() {
                (
                    text.chars().filter(|c| !c.is_whitespace()).count(),
                    text.chars().filter(|&c| c == ',' || c == '，').count(),
                )
            } else {
                (0, 0)
            };
            nodes.push(DomNode {
                id: node.id(),
                parent,
                children: Vec::new(),
                tag,
                text,
                key,
                in_link: link_here,
                has_block_child: false,
                text_len,
                link_len: if link_here { text_len } else { 0 },
                commas,
            });
            let children: Vec<_> = node.children().collect();
            for child in children.into_iter().rev() {
                stack.push((child, index, link_here));
            }
        }
        // Children come after parents: sum bottom-up in one backwards pass. A subtree ends
        // where its last descendant's subtree ends.
        let mut subtree_end: Vec<usize> = (1..=nodes.len()).collect();
        for i in (1..nodes.len()).rev() {
            if let Some(&end) = subtree_end.get(i) {
                let parent = nodes[i].parent;
                if let Some(parent_end) = subtree_end.get_mut(parent) {
                    *parent_end = (*parent_end).max(end);
                }
            }
            let (text_len, link_len, commas, parent) = {
                let n = &nodes[i];
                (n.text_len, n.link_len, n.commas, n.parent)
            };
            if let Some(p) = nodes.get_mut(parent) {
                p.text_len += text_len;
                p.link_len += link_len;
                p.commas += commas;
            }
        }
        let mut dom = Self {
            nodes,
            subtree_end,
            footer: Vec::new(),
        };
        dom.footer = footer::inside_footer(&dom);
        dom
    }

    /// Whether `node` is or lies inside the site footer, which is never article text.
    pub fn in_footer(&self, node: usize) -> bool {
        self.footer.get(node).copied().unwrap_or(false)
    }

    /// Index of the `<body>` element, else the root.
    pub fn body(&self) -> usize {
        self.nodes.iter().position(|n| n.tag == "body").unwrap_or(0)
    }

    /// Whether `node` lies inside `ancestor` (or is it). Constant time: the subtree of
    /// `ancestor` is the run of indices `ancestor..subtree_end[ancestor]` (document order).
    pub fn is_within(&self, node: usize, ancestor: usize) -> bool {
        self.subtree_end
            .get(ancestor)
            .is_some_and(|&end| ancestor <= node && node < end)
    }

    /// The index just past the subtree of `node` (its descendants are `node + 1..` that).
    pub fn subtree_end(&self, node: usize) -> usize {
        self.subtree_end.get(node).copied().unwrap_or(node)
    }
}
