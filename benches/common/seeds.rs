//! The five seed articles of `corpus/`, compiled into the benchmarks that read them.

/// The seed articles' text, in file order.
pub const SEEDS: [&str; 5] = [
    include_str!("../../corpus/000_a6a4ef2cc09a7cba.txt"),
    include_str!("../../corpus/001_2422e51105c7a8e3.txt"),
    include_str!("../../corpus/002_4d6429880cf3b8be.txt"),
    include_str!("../../corpus/003_d30b86f0a1941a6f.txt"),
    include_str!("../../corpus/004_b1920f945a03011b.txt"),
];
