//! Build script: turns on the `pg_tests` cfg when `UNION_NEWS_TEST_PG` names a PostgreSQL
//! server, so that the PostgreSQL tests run then and are listed as ignored (by name, with the
//! reason) otherwise.

fn main() {
    println!("cargo::rustc-check-cfg=cfg(pg_tests)");
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-env-changed=UNION_NEWS_TEST_PG");
    if std::env::var_os("UNION_NEWS_TEST_PG").is_some_and(|v| !v.is_empty()) {
        println!("cargo::rustc-cfg=pg_tests");
    }
}
