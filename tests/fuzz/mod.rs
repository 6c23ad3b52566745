//! Fuzzing in the test suite: the targets of `examples/fuzz` (the same file the fuzzers run)
//! on every seed of the committed corpus, the mutator's determinism, and one named regression
//! test per failure the fuzzers found (docs/FUZZING.md says how a crash becomes one).

// The fuzzers' own files, included as they are: a regression replays exactly what the
// fuzzer ran. The drivers use items the tests do not (features, dictionaries).
#[allow(dead_code)]
#[path = "../../examples/fuzz/mutate.rs"]
mod mutate;
#[allow(dead_code)]
#[path = "../../examples/fuzz/targets/mod.rs"]
mod targets;

use std::path::PathBuf;

fn corpus() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus")
}

/// Runs `data` through the target called `name` and fails the test with the invariant's
/// message if it breaks one (a panic fails the test by itself).
fn replay(name: &str, data: &[u8]) {
    let target = targets::find(name).unwrap_or_else(|| panic!("no target {name}"));
    if let Err(message) = (target.run)(data) {
        panic!("{name}: {message}");
    }
}

#[test]
fn every_fuzz_target_has_seeds_and_every_seed_passes_its_target() {
    for target in targets::TARGETS {
        let dir = corpus().join(target.name);
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        assert!(!files.is_empty(), "no seeds for {}", target.name);
        for file in files {
            let data = std::fs::read(&file).unwrap();
            if let Err(message) = (target.run)(&data) {
                panic!("{}: {message}", file.display());
            }
        }
    }
}

#[test]
fn the_seed_corpus_stays_small() {
    let total: u64 = walk(&corpus())
        .iter()
        .map(|p| p.metadata().unwrap().len())
        .sum();
    // Seeds are for mutating, not for coverage by volume; a big corpus slows every CI run.
    assert!(total < 2 * 1024 * 1024, "fuzz/corpus is {total} bytes");
}

fn walk(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

#[test]
fn the_same_fuzz_seed_gives_the_same_mutations() {
    let run = |seed| {
        let mut rng = mutate::Rng::new(seed);
        let mut data = b"Ngay 17/1/2024".to_vec();
        for _ in 0..200 {
            mutate::mutate(
                &mut rng,
                &mut data,
                &[b"pool".to_vec()],
                &["x", "\u{301}"],
                4096,
            );
        }
        data
    };
    assert_eq!(run(7), run(7));
    assert_ne!(run(7), run(8));
}

#[test]
fn the_robots_reference_matcher_agrees_on_the_rfc_examples() {
    // The reference in the robots target is itself checked against RFC 9309's examples, so a
    // disagreement it reports is the library's.
    for (pattern, path, disallowed) in [
        ("/fish", "/fish.html", true),
        ("/fish", "/Fish.asp", false),
        ("/fish*", "/fishheads/yummy.html", true),
        ("/*.php", "/folder/filename.php?parameters", true),
        ("/*.php$", "/filename.php", true),
        ("/*.php$", "/filename.php?parameters", false),
        ("/fish*.php", "/fishheads/catfish.php?parameters", true),
        ("/fish*.php", "/Fish.PHP", false),
    ] {
        let data = format!("{pattern}\n{path}");
        replay("robots", data.as_bytes());
        let robots = union_news::fetch::Robots::parse(
            &format!("User-agent: *\nDisallow: {pattern}\n"),
            "union-news",
        );
        assert_eq!(!robots.allows(path), disallowed, "{pattern} on {path}");
    }
}

// ---------------------------------------------------------------------------------------
// Regressions: one test per failure the fuzzers found, named after it.

/// CPU time this thread has run, from Linux's `/proc/thread-self/schedstat` (nanoseconds on
/// a CPU: unlike wall-clock time, it does not grow while other jobs have the cores). `None`
/// where it is not available.
fn thread_cpu_ns() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok()
}

/// The CPU time of one run of `target` on `data`: runs are repeated until they add up to
/// 100 ms at least (the kernel updates the figure at scheduler ticks, so single short runs
/// read as 0), and the least mean of three such rounds is kept.
fn cpu_cost(target: &targets::Target, data: &[u8]) -> Option<u64> {
    (0..3)
        .map(|_| {
            let before = thread_cpu_ns()?;
            let mut runs = 0u64;
            loop {
                assert!((target.run)(data).is_ok());
                runs += 1;
                let spent = thread_cpu_ns()?.saturating_sub(before);
                if spent >= 100_000_000 {
                    return Some(spent / runs);
                }
            }
        })
        .min()
        .flatten()
}

/// Asserts that `target` costs at most `bound` times more on `big` than on `small` (the
/// growth of a linear scan is `big.len() / small.len()`; a quadratic one's is its square).
fn assert_scales(name: &str, small: &str, big: &str, bound: f64) {
    let target = targets::find(name).unwrap_or_else(|| panic!("no target {name}"));
    let _ = (target.run)(small.as_bytes()); // lazy rule tables load on the first call
    let costs = (
        cpu_cost(target, small.as_bytes()),
        cpu_cost(target, big.as_bytes()),
    );
    let (Some(a), Some(b)) = costs else {
        eprintln!("no per-thread CPU time here: {name} scaling not measured");
        return;
    };
    let ratio = b as f64 / a.max(1) as f64;
    let linear = big.len() as f64 / small.len() as f64;
    assert!(
        ratio <= bound,
        "{name}: {}× the input cost {ratio:.1}× the CPU time (linear: {linear:.0}×)",
        linear.round()
    );
}

// Found by the `counts` fuzz target (a slow input: 12 KB, 67× the seeds' cost per byte):
// every "N người/dân" in a sentence without a full stop lower-cased the whole text before
// it to look for a workers noun, so a long sentence of counts was quadratic.
#[test]
fn a_long_sentence_of_counts_of_people_is_linear_in_its_length() {
    let sentence = |k: usize| format!("Chương trình hỗ trợ {}", "54 dân trên cả nước, ".repeat(k));
    // Linear growth is 8×; it was 40–50× before the fix. 20× leaves room for a noisy
    // machine.
    assert_scales("counts", &sentence(100), &sentence(800), 20.0);
}

// Found by the `pagetext` fuzz target (seed 42): "Ngày" then a multi-byte character (here a
// lone 0xA0 byte, read as U+FFFD) panicked slicing the dateline inside the character
// (src/article/pagetext.rs). The label is now a capture group, never a byte cut.
#[test]
fn a_page_line_of_ngay_then_a_multibyte_character_does_not_panic() {
    replay("pagetext", b"Ng\xc3\xa0y\xa01/2/2024");
    replay(
        "pagetext",
        "Ngày\u{a0}01/02/2024, Liên đoàn Lao động tỉnh".as_bytes(),
    );
}
