//! The main text: score containers by the paragraphs they hold, pick the best, clean it.
//!
//! The readability approach: every paragraph of 25+ characters scores
//! `1 + commas + min(len / 100, 3)` for its parent (full), grandparent (half) and
//! great-grandparent (a sixth). A container's score gets its tag's and class name's weight and
//! is scaled by `1 - link density`. The best container, plus siblings that score close to it
//! or are plain paragraphs, is the body; inside it, link lists, boilerplate-named boxes and
//! headings are dropped and the rest becomes paragraphs. The numbers are the defaults of
//! [`Scoring`], [`Choice`] and [`Cleaning`].

use std::collections::{HashMap, HashSet};

use super::classes;
use super::dom::{is_block, Dom, NO_PARENT};
use crate::article::config::{Choice, Cleaning, Scoring};

/// Switches of one extraction attempt; each retry turns one heuristic off.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Heuristics {
    /// Weigh containers by class/id names.
    pub weigh_classes: bool,
    /// Drop link-heavy and boilerplate-named boxes inside the chosen container.
    pub clean: bool,
}

/// Elements whose subtree is a paragraph when they hold no block-level child ("div as p").
fn is_paragraph_like(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "pre"
            | "td"
            | "div"
            | "section"
            | "article"
            | "blockquote"
            | "center"
            | "font"
            | "figcaption"
    )
}

/// Readability's initial score by tag.
fn tag_weight(tag: &str, cfg: &Scoring) -> f64 {
    match tag {
        "div" | "article" | "section" | "main" => cfg.container_tag_weight,
        "pre" | "td" | "blockquote" => cfg.text_block_tag_weight,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => cfg.list_tag_weight,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => cfg.heading_tag_weight,
        _ => 0.0,
    }
}

/// Containers scored, best first: `(node, score)`.
pub(crate) fn score(dom: &Dom<'_>, h: Heuristics, cfg: &Scoring) -> Vec<(usize, f64)> {
    let mut content = vec![0.0_f64; dom.nodes.len()];
    let mut scored = vec![false; dom.nodes.len()];
    for (i, node) in dom.nodes.iter().enumerate() {
        // The site footer is never article text, in any attempt.
        if !node.is_element() || node.in_link || dom.in_footer(i) {
            continue;
        }
        let (len, commas, first) = if is_paragraph_like(node.tag) && !node.has_block_child {
            (node.text_len - node.link_len, node.commas, node.parent)
        } else if matches!(
            node.tag,
            "div" | "section" | "article" | "td" | "main" | "body"
        ) {
            // Text directly inside a container with block children: readability wraps each
            // run in a <p> whose parent is this container.
            let (len, commas) = node
                .children
                .iter()
                .map(|&c| &dom.nodes[c])
                .filter(|c| !c.is_element() || !is_block(c.tag))
                .fold((0, 0), |(l, k), c| {
                    (l + c.text_len - c.link_len, k + c.commas)
                });
            (len, commas, i)
        } else {
            continue;
        };
        if len < cfg.min_paragraph_chars {
            continue;
        }
        let length_points = (len as f64 / cfg.chars_per_point).min(cfg.max_length_points);
        let points = 1.0 + commas as f64 + length_points;
        let mut ancestor = first;
        for &divider in cfg.ancestor_dividers {
            if ancestor == NO_PARENT || ancestor == 0 {
                break;
            }
            content[ancestor] += points / divider;
            scored[ancestor] = true;
            ancestor = dom.nodes[ancestor].parent;
        }
    }
    let mut candidates: Vec<(usize, f64)> = scored
        .iter()
        .enumerate()
        .filter(|&(i, &s)| s && !dom.in_footer(i))
        .map(|(i, _)| {
            let node = &dom.nodes[i];
            let mut base = tag_weight(node.tag, cfg);
            if h.weigh_classes {
                base += classes::weight(&node.key, cfg.class_weight);
            }
            (i, (content[i] + base) * (1.0 - node.link_density()))
        })
        .collect();
    candidates.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    candidates
}

/// The chosen body: the best container and the siblings that belong with it.
pub(crate) fn choose(
    dom: &Dom<'_>,
    candidates: &[(usize, f64)],
    h: Heuristics,
    cfg: &Choice,
) -> Vec<usize> {
    let Some(&(mut top, top_score)) = candidates.first() else {
        return vec![dom.body()];
    };
    top = join_split_body(dom, candidates, top, top_score, cfg);
    let parent = dom.nodes[top].parent;
    if parent == NO_PARENT {
        return vec![top];
    }
    let threshold = (top_score * cfg.sibling_share).max(cfg.sibling_min_score);
    let top_class = dom.nodes[top].key.as_str();
    // Candidate scores by node: one look-up per sibling, not a scan of all candidates.
    let scores: HashMap<usize, f64> = candidates.iter().map(|&(i, s)| (i, s)).collect();
    let mut chosen = Vec::new();
    for &sibling in &dom.nodes[parent].children {
        let node = &dom.nodes[sibling];
        if sibling == top {
            chosen.push(sibling);
            continue;
        }
        if !node.is_element() || node.text_len == 0 || dom.in_footer(sibling) {
            continue;
        }
        if h.weigh_classes && classes::is_negative(&node.key) && !classes::is_positive(&node.key) {
            continue;
        }
        let mut score = scores.get(&sibling).copied().unwrap_or(0.0);
        if !top_class.is_empty() && node.key == top_class {
            score += top_score * cfg.same_class_bonus;
        }
        let density = node.link_density();
        let own = node.text_len - node.link_len;
        let paragraph = matches!(node.tag, "p" | "div" | "blockquote") && !node.has_block_child;
        if score >= threshold
            || (paragraph
                && own > cfg.plain_paragraph_chars
                && density < cfg.plain_paragraph_max_density)
            || (paragraph && own > 0 && density == 0.0 && ends_sentence(dom, sibling))
        {
            chosen.push(sibling);
        }
    }
    with_repeated_parts(dom, top, chosen, cfg)
}

/// The body with the other parts of a body that the page splits into repeated containers
/// (one per stretch of text between ad slots, as WIRED does: five `div.body__inner-container`
/// under five wrappers): every other element of the best container's tag and exact class/id,
/// outside the chosen nodes and the footer, with at least
/// [`Choice::repeated_part_min_chars`] of own text and the link density of a plain paragraph,
/// in document order.
fn with_repeated_parts(
    dom: &Dom<'_>,
    top: usize,
    mut chosen: Vec<usize>,
    cfg: &Choice,
) -> Vec<usize> {
    let best = &dom.nodes[top];
    if best.key.is_empty() {
        return chosen;
    }
    let related = |a: usize, b: usize| dom.is_within(a, b) || dom.is_within(b, a);
    let mut parts: Vec<usize> = Vec::new();
    for (i, node) in dom.nodes.iter().enumerate() {
        if i == top
            || node.tag != best.tag
            || node.key != best.key
            || dom.in_footer(i)
            || node.text_len - node.link_len < cfg.repeated_part_min_chars
            || node.link_density() >= cfg.plain_paragraph_max_density
            || chosen.iter().chain(&parts).any(|&c| related(i, c))
        {
            continue;
        }
        parts.push(i);
    }
    if parts.is_empty() {
        return chosen;
    }
    chosen.extend(parts);
    chosen.sort_unstable();
    chosen
}

/// When the body is split in two containers (an ad slot or a page break inserted in the
/// middle), the nearest common ancestor of the best two, if it holds little else.
fn join_split_body(
    dom: &Dom<'_>,
    candidates: &[(usize, f64)],
    top: usize,
    top_score: f64,
    cfg: &Choice,
) -> usize {
    let related = |a: usize, b: usize| dom.is_within(a, b) || dom.is_within(b, a);
    let Some(&(second, _)) = candidates
        .iter()
        .skip(1)
        .take(cfg.split_candidates)
        .find(|&&(c, s)| s >= top_score * cfg.split_second_share && !related(c, top))
    else {
        return top;
    };
    let mut ancestor = dom.nodes[top].parent;
    for _ in 0..cfg.split_levels {
        if ancestor == NO_PARENT {
            return top;
        }
        if dom.is_within(second, ancestor) {
            let own = |i: usize| dom.nodes[i].text_len - dom.nodes[i].link_len;
            let joined = own(ancestor) as f64;
            let parts = (own(top) + own(second)) as f64;
            let small = joined <= parts * cfg.split_growth + cfg.split_slack_chars;
            return if small && dom.nodes[ancestor].link_density() < cfg.split_max_density {
                ancestor
            } else {
                top
            };
        }
        ancestor = dom.nodes[ancestor].parent;
    }
    top
}

/// Whether the text of `node` ends like a sentence.
fn ends_sentence(dom: &Dom<'_>, node: usize) -> bool {
    let text = text_of(dom, node);
    text.trim_end().ends_with(['.', '!', '?', '"', '”'])
}

/// All text of a subtree, whitespace collapsed.
pub(crate) fn text_of(dom: &Dom<'_>, node: usize) -> String {
    let h = Heuristics {
        weigh_classes: false,
        clean: false,
    };
    // Nothing is cleaned, so the cleaning thresholds are not consulted.
    paragraphs(dom, &[node], h, &Cleaning::DEFAULT).join(" ")
}

/// Whitespace runs → one space, trimmed.
pub(crate) fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Whether a box inside the chosen body is boilerplate: headings that repeat the title,
/// boxes named like boilerplate, link lists and link-heavy boxes.
fn is_clutter(dom: &Dom<'_>, i: usize, h: Heuristics, cfg: &Cleaning) -> bool {
    let node = &dom.nodes[i];
    // The site footer is never body text, whatever the attempt.
    if node.tag == "h1" || dom.in_footer(i) {
        return true;
    }
    // Inline elements (a link inside a sentence) belong to their paragraph.
    if !h.clean || !is_block(node.tag) {
        return false;
    }
    let density = node.link_density();
    let own = node.text_len - node.link_len;
    if matches!(node.tag, "ul" | "ol") && density > cfg.list_max_density {
        return true;
    }
    // A teaser card of another article embedded in the text.
    if node.tag == "article" && node.link_len > 0 && own < cfg.teaser_card_max_chars {
        return true;
    }
    if h.weigh_classes
        && classes::is_negative(&node.key)
        && !classes::is_positive(&node.key)
        && own < cfg.named_boilerplate_max_chars
    {
        return true;
    }
    if node.text_len > 0 && density > cfg.link_heavy_density && own < cfg.link_heavy_max_chars {
        return true;
    }
    matches!(
        node.tag,
        "div" | "section" | "table" | "ul" | "ol" | "aside"
    ) && density > cfg.link_box_density
        && own < cfg.link_box_max_chars
}

/// The paragraphs of the chosen nodes, cleaned.
pub(crate) fn paragraphs(
    dom: &Dom<'_>,
    chosen: &[usize],
    h: Heuristics,
    cfg: &Cleaning,
) -> Vec<String> {
    let all_link = |link_chars: usize, all_chars: usize| {
        h.clean
            && all_chars > 0
            && cfg
                .link_paragraph_share
                .is_exceeded_by(link_chars, all_chars)
    };
    let mut out = Vec::new();
    let mut current = String::new();
    let (mut link_chars, mut all_chars) = (0_usize, 0_usize);
    // (node, entering); a block's exit flushes the paragraph.
    let mut stack: Vec<(usize, bool)> = chosen.iter().rev().map(|&c| (c, true)).collect();
    // Many chosen siblings (a body of many <p>): membership by hash, not by scanning.
    let chosen_set: HashSet<usize> = chosen.iter().copied().collect();
    while let Some((i, entering)) = stack.pop() {
        let node = &dom.nodes[i];
        if !node.is_element() {
            current.push_str(node.text);
            if node.in_link {
                link_chars += node.text_len;
            }
            all_chars += node.text_len;
            continue;
        }
        let block = is_block(node.tag) || node.tag == "br";
        if block {
            // A paragraph that is all link (">> Related headline") is not body text.
            if all_link(link_chars, all_chars) {
                current.clear();
            }
            flush(&mut current, &mut out);
            (link_chars, all_chars) = (0, 0);
        }
        if !entering {
            if !block {
                // A location stamp ("TP HCM") runs into the first sentence without a space.
                current.push(' ');
            }
            continue;
        }
        if node.tag == "br" {
            continue;
        }
        if !chosen_set.contains(&i) && is_clutter(dom, i, h, cfg) {
            continue;
        }
        if block || node.key.contains("location") {
            stack.push((i, false));
        }
        stack.extend(node.children.iter().rev().map(|&c| (c, true)));
    }
    if all_link(link_chars, all_chars) {
        current.clear();
    }
    flush(&mut current, &mut out);
    out
}

fn flush(current: &mut String, out: &mut Vec<String>) {
    let paragraph = collapse(current);
    current.clear();
    if !paragraph.is_empty() && out.last() != Some(&paragraph) {
        out.push(paragraph);
    }
}
