//! Text from inputs made safe to print: on a terminal (no control sequences) and in a
//! spreadsheet (no formulas).
//!
//! Inputs are hostile: a file name, an id or a quoted piece of text can hold ESC sequences
//! that move the cursor, recolour or retitle a terminal, or hide what precedes them (a
//! carriage return, bidirectional overrides). Everything printed for people goes through
//! [`for_terminal`]; CSV cells that a spreadsheet would run as a formula go through
//! [`csv_text_cell`].

use std::borrow::Cow;

/// Whether `c` must not reach a terminal as it is: C0 and C1 control characters (ESC, CR, NUL,
/// BEL, …; a line break too, since every message is one line), DEL, and the bidirectional
/// embedding, override and isolate characters that reorder what is shown.
fn is_unsafe(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` with every control character written as a visible escape (`\u{1b}`, `\n`, `\r`,
/// `\t`), so that a message about an input is one line on a terminal and cannot drive it.
/// Text without such characters is returned as it is, without a copy.
///
/// # Example
/// ```
/// use union_news::printable::for_terminal;
/// assert_eq!(for_terminal("a.txt: ok"), "a.txt: ok");
/// assert_eq!(for_terminal("x\u{1b}[2Jy\n"), "x\\u{1b}[2Jy\\n");
/// ```
pub fn for_terminal(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if is_unsafe(c) => out.extend(c.escape_unicode()),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Multi-line text for a terminal: each line through [`for_terminal`], line breaks kept.
///
/// # Example
/// ```
/// use union_news::printable::for_terminal_lines;
/// assert_eq!(for_terminal_lines("a\u{1b}[2J\nb\n"), "a\\u{1b}[2J\nb\n");
/// ```
pub fn for_terminal_lines(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c != '\n' && is_unsafe(c)) {
        return Cow::Borrowed(text);
    }
    let lines: Vec<Cow<'_, str>> = text.split('\n').map(for_terminal).collect();
    Cow::Owned(lines.join("\n"))
}

/// A text cell for CSV that a spreadsheet will not run as a formula: a cell that begins with
/// `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'` (OWASP, "CSV
/// Injection"), which spreadsheets show as text. Numbers are not text cells and are written
/// as they are, so negative numbers stay numbers.
///
/// # Example
/// ```
/// use union_news::printable::csv_text_cell;
/// assert_eq!(csv_text_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
/// assert_eq!(csv_text_cell("Công đoàn"), "Công đoàn");
/// ```
pub fn csv_text_cell(text: &str) -> Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_and_escape_sequences_are_written_as_escapes() {
        assert_eq!(for_terminal("a\u{0}b"), "a\\u{0}b");
        assert_eq!(for_terminal("\u{1b}]0;title\u{7}"), "\\u{1b}]0;title\\u{7}");
        assert_eq!(for_terminal("ok\rFAKE"), "ok\\rFAKE");
        assert_eq!(for_terminal("\u{9b}31m"), "\\u{9b}31m");
        assert_eq!(for_terminal("abc\u{202e}txt.exe"), "abc\\u{202e}txt.exe");
        assert_eq!(for_terminal("\u{7f}"), "\\u{7f}");
        // Vietnamese text, no-break spaces and emoji pass untouched, without a copy.
        let clean = "Liên đoàn Lao động\u{a0}tỉnh 😀";
        assert!(matches!(for_terminal(clean), Cow::Borrowed(_)));
    }

    #[test]
    fn formula_cells_are_neutralized() {
        for cell in ["=1+2", "+1", "-1+2", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(csv_text_cell(cell), format!("'{cell}"));
        }
        assert_eq!(csv_text_cell("1-2"), "1-2");
        assert_eq!(csv_text_cell(""), "");
    }
}
