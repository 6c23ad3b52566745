//! The site footer: the box at the bottom of every page of a site (licence number, copyright,
//! publisher, editor-in-chief, newsroom address) and its lines. Neither is ever article text.
//!
//! A footer box is known by its tag (`<footer>`) or its class/id (`footer`, `copyright`,
//! `ban-quyen`); a footer line by how it starts (`© …`, `Copyright …`, `Bản quyền thuộc …`,
//! `Giấy phép số …`, `Cơ quan chủ quản: …`, `Tổng biên tập: …`, `Tòa soạn: …`) or by
//! `All rights reserved` anywhere. The line patterns are anchored at the start because a
//! caption may end with a photo credit and news text speaks of copyright (`… (Bản quyền thuộc
//! VTV)`, `xin bản quyền`); on the real corpus (`../shared/corpus-real`: 10,637 articles,
//! 224,235 sentences) they match no sentence at all.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use regex::Regex;

use super::dom::{Dom, NO_PARENT};

/// Longest line (in characters) still read as a footer line; footer lines are short, a
/// paragraph that merely starts like one and goes on is prose.
const MAX_LINE_CHARS: usize = 300;

/// The starts of licence, copyright and masthead lines (anchored: only the start is tried);
/// `Copyright` as a word is [`starts_with_copyright`]. No Unicode word boundary (`\b`) here:
/// the regex crate's lazy DFA gives up on one at the first non-ASCII byte, and every
/// Vietnamese line then went to a slower engine (about 25,000 instructions a line).
static LINE_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:©|\(c\)\s*\d{4}|(?:toàn bộ )?bản quyền (?:thuộc|©)|giấy phép (?:số|hoạt động|thiết lập|xuất bản|tạp chí|mxh)|cơ quan chủ quản|(?:phó )?tổng biên tập\s*:|t(?:òa|oà|oa)\s+soạn\s*:|ghi rõ nguồn|chịu trách nhiệm xuất bản\s*:|all rights reserved)",
    )
    .unwrap_or_else(|err| unreachable!("static regex: {err}"))
});

/// `All rights reserved`, anywhere in the line.
static RESERVED: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(["all rights reserved"])
        .unwrap_or_else(|err| unreachable!("static patterns: {err}"))
});

/// Whether a paragraph is a licence, copyright or masthead line of a site footer.
pub(crate) fn is_footer_line(paragraph: &str) -> bool {
    paragraph.len() <= 4 * MAX_LINE_CHARS
        && paragraph.chars().count() <= MAX_LINE_CHARS
        && (LINE_START.is_match(paragraph)
            || starts_with_copyright(paragraph)
            || RESERVED.is_match(paragraph))
}

/// Whether a line starts (after white space) with the word `Copyright`, in any case: what
/// `(?i)^\s*copyright\b` matches. After the final `t`, a word character, `\b` holds exactly
/// when the next character is not a word character (Unicode `\w`) or the line ends; no other
/// character folds to a letter of `copyright`, so an ASCII case-blind compare is the `(?i)`.
fn starts_with_copyright(line: &str) -> bool {
    let rest = line.trim_start();
    rest.get(..COPYRIGHT.len())
        .is_some_and(|word| word.eq_ignore_ascii_case(COPYRIGHT))
        && rest
            .get(COPYRIGHT.len()..)
            .and_then(|after| after.chars().next())
            .is_none_or(|c| !regex_syntax::is_word_character(c))
}

/// The word [`starts_with_copyright`] looks for.
const COPYRIGHT: &str = "copyright";

/// Whether a lowercase class/id names a site footer or copyright box.
pub(crate) fn is_footer_key(key: &str) -> bool {
    ["footer", "copyright", "ban-quyen", "banquyen"]
        .iter()
        .any(|name| key.contains(name))
}

/// A box holding this many footer lines as its own paragraphs is a footer box, whatever its
/// name. Two, not one: a site footer gives its licence, copyright, editor and address
/// together (the footer boxes of dantri-1/-2, giadinh-1/-2, vietnamnet-1 and vneconomy-1 in
/// `fixtures/html` hold 2 to 5 such lines each), while a lone `© …` line may be a photo
/// credit inside the article; a lone line is dropped by [`is_footer_line`] all the same.
const FOOTER_LINES_IN_A_BOX: u8 = 2;

/// Most nodes read to get the text of an element that may hold footer lines: a few lines
/// with a handful of inline elements each; the cap keeps the pass linear on hostile nesting.
const MAX_LINE_NODES: usize = 64;

/// Longest element (in characters) read for footer lines: a few lines split by `<br>`.
const MAX_LINES_CHARS: usize = 4 * MAX_LINE_CHARS;

/// For every node, whether it is or lies inside the site footer: a `<footer>`, a box named
/// like a footer (`footer`, `copyright`, `ban-quyen`), or a box whose own lines include
/// [`FOOTER_LINES_IN_A_BOX`] footer lines and no line of prose (none longer than
/// [`MAX_LINE_CHARS`] characters: the footer boxes of the fixtures have lines of at most 157,
/// an article's container has paragraphs longer than that). Two passes in document order
/// (a parent's index is always smaller than its children's), each node's text read once at
/// most [`MAX_LINE_NODES`] deep.
pub(crate) fn inside_footer(dom: &Dom<'_>) -> Vec<bool> {
    let mut lines = vec![0_u8; dom.nodes.len()];
    let mut prose = vec![false; dom.nodes.len()];
    // One buffer for every element's text.
    let mut text = String::new();
    for (i, node) in dom.nodes.iter().enumerate() {
        if !node.is_element() || node.has_block_child || node.text_len == 0 {
            continue;
        }
        // A line element's box is its parent; a div or cell holding lines split by <br> is
        // the box itself.
        let holder = match node.tag {
            "p" | "li" => node.parent,
            "div" | "td" | "center" | "section" => i,
            _ => continue,
        };
        // A paragraph or list item is one line: if it cannot start like a footer line, only
        // its length counts (is it prose?), and its text is not copied.
        if holder != i && !may_start_a_footer_line(dom, i) {
            if node.text_len > MAX_LINE_CHARS {
                if let Some(p) = prose.get_mut(holder) {
                    *p = true;
                }
            }
            continue;
        }
        if node.text_len > MAX_LINES_CHARS || !line_text(dom, i, &mut text) {
            if let Some(p) = prose.get_mut(holder) {
                *p = true;
            }
            continue;
        }
        let mut found = 0_u8;
        for line in text.lines() {
            if line.chars().filter(|c| !c.is_whitespace()).count() > MAX_LINE_CHARS {
                if let Some(p) = prose.get_mut(holder) {
                    *p = true;
                }
            } else if is_footer_line(line) {
                found = found.saturating_add(1);
            }
        }
        if let Some(count) = lines.get_mut(holder) {
            *count = count.saturating_add(found);
        }
    }
    let mut inside = vec![false; dom.nodes.len()];
    for (i, node) in dom.nodes.iter().enumerate() {
        let parent = node.parent != NO_PARENT && inside.get(node.parent).copied().unwrap_or(false);
        inside[i] = parent
            || node.tag == "footer"
            || is_footer_key(&node.key)
            || (lines[i] >= FOOTER_LINES_IN_A_BOX && !prose[i]);
    }
    inside
}

/// Whether the first letter of an element's text is one a footer line starts with (`©`,
/// `(c)`, `Copyright`, `Bản quyền`, `Toàn bộ`, `Tổng biên tập`, `Tòa soạn`, `Giấy phép`,
/// `Cơ quan`, `Chịu trách nhiệm`, `Ghi rõ`, `Phó tổng biên tập`, `All rights`).
fn may_start_a_footer_line(dom: &Dom<'_>, i: usize) -> bool {
    let end = dom.subtree_end(i).min(i.saturating_add(MAX_LINE_NODES));
    let first = dom
        .nodes
        .get(i..end)
        .into_iter()
        .flatten()
        .filter(|n| !n.is_element())
        .find_map(|n| n.text.trim_start().chars().next());
    matches!(
        first,
        Some('©' | '(' | 'c' | 'C' | 'b' | 'B' | 't' | 'T' | 'g' | 'G' | 'p' | 'P' | 'a' | 'A')
    )
}

/// Writes the text of a short element into `text`, a line per `<br>`; `false` when its
/// subtree has more than [`MAX_LINE_NODES`] nodes (not a few lines).
fn line_text(dom: &Dom<'_>, i: usize, text: &mut String) -> bool {
    text.clear();
    let end = dom.subtree_end(i);
    let Some(nodes) = dom.nodes.get(i..end).filter(|n| n.len() <= MAX_LINE_NODES) else {
        return false;
    };
    for node in nodes {
        if node.tag == "br" {
            text.push('\n');
        } else if !node.is_element() {
            // Source line breaks inside a line are spaces; only <br> ends a line.
            text.extend(node.text.chars().map(|c| if c == '\n' { ' ' } else { c }));
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Footer lines of the saved pages in `fixtures/html` (cafebiz-1, giadinh-1, dantri-3,
    /// vietnamnet-1, vneconomy-1, vnexpress-2).
    #[test]
    fn real_footer_lines() {
        for line in [
            "© Copyright 2012 - 2022 - Công ty Cổ phần VCCorp.",
            "© Bản quyền thuộc về Giadinh.net.vn, Báo Gia đình và Xã hội, Tổng cục Dân số",
            "Giấy phép số: 79/GP-TTĐT ngày 20/4/2011 của Cục Quản lý PTTH & TTĐT, Bộ TT&TT",
            "Giấy phép số 378/GP - BTTTT Hà Nội, ngày 16-09-2013.",
            "© 1997 Báo VietNamNet. All rights reserved.",
            "Bản quyền thuộc về VnEconomy, Tạp chí điện tử của Hội Khoa học Kinh tế Việt Nam",
            "© 2021. Toàn bộ bản quyền thuộc VnExpress.",
            "Giấy phép thiết lập trang thông tin điện tử tổng hợp trên internet số 3321/GP-TTĐT",
        ] {
            assert!(is_footer_line(line), "{line}");
        }
    }

    /// Sentences of the real corpus (`../shared/corpus-real`) that speak of copyright, editors
    /// and licences are article text.
    #[test]
    fn article_text_is_not_a_footer_line() {
        for text in [
            // baomoi-22220691
            "Vì yêu thích bộ phim này nên Huỳnh Lập đã chủ động liên lạc với Ngô Thanh Vân để xin bản quyền được chuyển thể tác phẩm.",
            // baomoi-22713947
            "Video phóng sự về đội thể dục dụng cụ và sự thiếu vắng Hà Thanh (Bản quyền thuộc VTV): PL",
            // baomoi-22354604
            "Bản thảo được duyệt, ký bởi Biên tập viên, Tổng biên tập để bên Liên kết in, khác với khi sách được in ra.",
            // baomoi-21474761
            "Sau 5 lần điều chỉnh giấy phép, vốn đầu tư cũng được điều chỉnh từ 1 tỉ USD lên 4,5 tỉ USD.",
        ] {
            assert!(!is_footer_line(text), "{text}");
        }
        let long = format!("© {}", "Bài viết dài. ".repeat(30));
        assert!(!is_footer_line(&long), "a long paragraph is prose");
    }

    /// The start pattern before stop 27's second round, `copyright\b` in it: the reference
    /// the regex without it plus [`starts_with_copyright`] must agree with.
    const OLD_LINE_START: &str = r"(?i)^\s*(?:©|\(c\)\s*\d{4}|copyright\b|(?:toàn bộ )?bản quyền (?:thuộc|©)|giấy phép (?:số|hoạt động|thiết lập|xuất bản|tạp chí|mxh)|cơ quan chủ quản|(?:phó )?tổng biên tập\s*:|t(?:òa|oà|oa)\s+soạn\s*:|ghi rõ nguồn|chịu trách nhiệm xuất bản\s*:|all rights reserved)";

    /// Every scalar value below U+3000 (Latin, Vietnamese, combining marks, other scripts'
    /// digits and letters, every white space) and one in 61 above.
    fn sample_chars() -> impl Iterator<Item = char> {
        (0..0x3000_u32)
            .chain((0x3000..=0x10_FFFF).step_by(61))
            .filter_map(char::from_u32)
    }

    /// The new start test answers as the old pattern on real lines, Vietnamese text and every
    /// character after (and before) `copyright`.
    #[test]
    fn start_test_agrees_with_the_old_pattern() {
        let old = Regex::new(OLD_LINE_START).unwrap_or_else(|err| panic!("{err}"));
        let new = |line: &str| LINE_START.is_match(line) || starts_with_copyright(line);
        let mut lines: Vec<String> = [
            "copyright",
            "Copyright",
            "  COPYRIGHT ©",
            "\u{a0}Copyright 2024 Báo Lao Động",
            "copyrighted",
            "copyright2024",
            "copyright_",
            "copyrightđ",
            "Copyrightư",
            "Copyrightả",
            "copyright\u{301}",
            "copyright.",
            "copyright:",
            "copyright-2024",
            "copyright©",
            "copyrigh",
            "copyrigh t",
            "Ⅽopyright",
            "coрyright",
            "xcopyright",
            "(c)copyright",
            "Copyright\u{1ec7}",
            "Bản quyền thuộc Báo Người Lao Động",
            "Tòa soạn: 127 Võ Văn Tần",
            "Công đoàn cơ sở copyright",
            "",
        ]
        .into_iter()
        .map(String::from)
        .collect();
        for c in sample_chars() {
            lines.push(format!("copyright{c}"));
            lines.push(format!("Copyright{c}2024"));
            lines.push(format!("{c}COPYRIGHT {c}"));
        }
        // The text pieces of the saved pages, whole lines and between tags.
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/html");
        for entry in std::fs::read_dir(dir).unwrap_or_else(|err| panic!("{dir}: {err}")) {
            let path = entry.unwrap_or_else(|err| panic!("{err}")).path();
            let Ok(page) = std::fs::read_to_string(&path) else {
                continue;
            };
            for line in page.lines() {
                lines.push(line.to_owned());
                lines.extend(line.split(['<', '>']).map(String::from));
            }
        }
        assert!(lines.len() > 50_000, "{}", lines.len());
        let mut footer = 0;
        for line in &lines {
            let answer = old.is_match(line);
            assert_eq!(new(line), answer, "{line:?}");
            footer += usize::from(answer);
        }
        assert!(footer > 20, "{footer} footer lines");
    }

    /// No character but the ASCII letters themselves folds to a letter of `copyright`, so the
    /// ASCII case-blind compare is the pattern's `(?i)`.
    #[test]
    fn only_ascii_folds_to_copyright() {
        let letter = Regex::new("(?i)^[copyright]$").unwrap_or_else(|err| panic!("{err}"));
        for c in (0..=0x10_FFFF_u32).filter_map(char::from_u32) {
            let ascii = c.is_ascii() && "copyright".contains(c.to_ascii_lowercase());
            assert_eq!(letter.is_match(c.encode_utf8(&mut [0; 4])), ascii, "{c:?}");
        }
    }

    #[test]
    fn footer_names() {
        for key in [
            "footer",
            "site-footer",
            "copyright",
            "box-ban-quyen",
            "footer__info",
        ] {
            assert!(is_footer_key(key), "{key}");
        }
        for key in ["detail-content", "fck_detail", "foot-note", "sapo"] {
            assert!(!is_footer_key(key), "{key}");
        }
    }
}
