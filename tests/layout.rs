//! The shape of the source tree, checked: no source file over [`MAX_FILE_LINES`] lines (test
//! modules and `tests.rs` files aside) and no function over [`MAX_FUNCTION_LINES`] lines, so a
//! newcomer can read any piece of the pipeline in one sitting (issue 11, docs/ARCHITECTURE.md).
//!
//! The scan relies on `cargo fmt` layout, which CI enforces: a function's closing brace is the
//! first line after its signature that is exactly its indentation followed by `}`.

use std::fs;
use std::path::{Path, PathBuf};

/// Longest source file allowed, in lines, not counting `#[cfg(test)]` modules.
const MAX_FILE_LINES: usize = 800;

/// Longest function allowed, in lines from `fn` to its closing brace.
const MAX_FUNCTION_LINES: usize = 120;

/// Every `.rs` file under `dir`, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).expect("readable source directory") {
            let path = entry.expect("directory entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// The indentation of `line` when it opens a function body (`fn name…` not ending in `;`).
fn function_start(line: &str) -> Option<&str> {
    let trimmed = line.trim_start();
    let indent = &line[..line.len() - trimmed.len()];
    let mut rest = trimmed;
    for prefix in [
        "pub(crate) ",
        "pub(super) ",
        "pub ",
        "const ",
        "async ",
        "unsafe ",
    ] {
        rest = rest.strip_prefix(prefix).unwrap_or(rest);
    }
    let is_fn = rest.starts_with("fn ") && !trimmed.ends_with(';');
    is_fn.then_some(indent)
}

/// Lines of `text` outside `#[cfg(test)]` modules (a `#[cfg(test)]` line followed by a
/// `mod … {` line at the same indentation, up to its closing brace).
fn non_test_lines(text: &str) -> usize {
    let lines: Vec<&str> = text.lines().collect();
    let mut count = 0;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let next = lines.get(i + 1).map(|l| l.trim_start());
        let opens_test_module = line.trim_start() == "#[cfg(test)]"
            && next.is_some_and(|n| {
                (n.starts_with("mod ") || n.starts_with("pub mod ")) && n.ends_with('{')
            });
        if opens_test_module {
            let indent = &line[..line.len() - line.trim_start().len()];
            let close = format!("{indent}}}");
            let end = lines[i + 2..]
                .iter()
                .position(|l| *l == close)
                .map_or(lines.len(), |p| i + 2 + p);
            i = end + 1;
            continue;
        }
        count += 1;
        i += 1;
    }
    count
}

/// Functions in `text` longer than `max` lines, as `(first line number, name, length)`.
fn long_functions(text: &str, max: usize) -> Vec<(usize, String, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Some(indent) = function_start(line) else {
            continue;
        };
        let close = format!("{indent}}}");
        let Some(len) = lines[i + 1..]
            .iter()
            .position(|l| *l == close)
            .map(|p| p + 2)
        else {
            continue;
        };
        if len > max {
            let name = line.trim().split("fn ").nth(1).unwrap_or("");
            let name = name.split(['(', '<']).next().unwrap_or("");
            found.push((i + 1, name.to_string(), len));
        }
    }
    found
}

/// Checks every source file of the crate (`src/`, `tests/`, `benches/`, `examples/`).
#[test]
fn no_source_file_or_function_is_too_long() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut problems = Vec::new();
    for dir in ["src", "tests", "benches", "examples"] {
        for path in rust_files(&root.join(dir)) {
            let text = fs::read_to_string(&path).expect("readable source file");
            let shown = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .display()
                .to_string();
            let is_test_file = path.file_name().is_some_and(|n| n == "tests.rs") || dir == "tests";
            let lines = non_test_lines(&text);
            if !is_test_file && lines > MAX_FILE_LINES {
                problems.push(format!("{shown}: {lines} lines (at most {MAX_FILE_LINES})"));
            }
            for (line, name, len) in long_functions(&text, MAX_FUNCTION_LINES) {
                problems.push(format!(
                    "{shown}:{line}: fn {name} is {len} lines (at most {MAX_FUNCTION_LINES})"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "too long:\n{}", problems.join("\n"));
}

/// The scanner itself: a long function, a short one, a test module not counted.
#[test]
fn the_scanner_finds_long_functions_and_skips_test_modules() {
    let body = "    let x = 1;\n".repeat(130);
    let text = format!(
        "fn short() {{\n}}\n\npub(crate) fn long() {{\n{body}}}\n\n#[cfg(test)]\nmod tests {{\n{body}}}\n"
    );
    let long = long_functions(&text, MAX_FUNCTION_LINES);
    assert_eq!(long, vec![(4, "long".to_string(), 132)]);
    assert_eq!(non_test_lines(&text), 2 + 1 + 132 + 1);
}
