//! Build script: turns on the `pg_tests` cfg when `UNION_NEWS_TEST_PG` names a PostgreSQL
//! server, so that the PostgreSQL tests run then and are listed as ignored (by name, with the
//! reason) otherwise; writes the character table of `src/normalize/chars.rs`
//! ([`chars_table`]).

use std::fmt::Write as _;

/// Characters below this code point are in the table: `TABLE_END` of `src/normalize/chars.rs`
/// (the table's type there has this length, so a difference does not compile).
const TABLE_END: u32 = 0x2000;
/// The class bits of `src/normalize/chars.rs`: alphabetic, numeric, and "the aligned lower
/// case is the whole lower case".
const ALPHABETIC: u8 = 1;
const NUMERIC: u8 = 2;
const LOWER_EXACT: u8 = 4;

/// The lower case of `c` when it is one character of the same UTF-8 length, else `c`
/// (`aligned_lower_slow` of `src/normalize/chars.rs`).
fn aligned_lower(c: char) -> char {
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
        _ => c,
    }
}

/// The table of `src/normalize/chars.rs` as a Rust array expression: per character below
/// [`TABLE_END`], its class bits and its aligned lower case, from the standard library of the
/// compiler that builds the crate. Built here, it costs nothing at start-up (it took about
/// 11 M instructions, a ninth of a process's fixed cost, as a lazy static); the crate's tests
/// compare every entry with the standard library.
fn chars_table() -> String {
    let mut out = String::from("[");
    for u in 0..TABLE_END {
        let c = char::from_u32(u).unwrap_or('\u{fffd}');
        let lower = aligned_lower(c);
        let mut full = c.to_lowercase();
        let exact = full.next() == Some(lower) && full.next().is_none();
        let class = if c.is_alphabetic() { ALPHABETIC } else { 0 }
            | if c.is_numeric() { NUMERIC } else { 0 }
            | if exact { LOWER_EXACT } else { 0 };
        let _ = write!(out, "({class},'\\u{{{:x}}}'),", u32::from(lower));
    }
    out.push(']');
    out
}

fn main() {
    if let Some(dir) = std::env::var_os("OUT_DIR") {
        let path = std::path::Path::new(&dir).join("chars_table.rs");
        if let Err(e) = std::fs::write(&path, chars_table()) {
            panic!("cannot write {}: {e}", path.display());
        }
    }
    println!("cargo::rustc-check-cfg=cfg(pg_tests)");
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-env-changed=UNION_NEWS_TEST_PG");
    if std::env::var_os("UNION_NEWS_TEST_PG").is_some_and(|v| !v.is_empty()) {
        println!("cargo::rustc-cfg=pg_tests");
    }
}
