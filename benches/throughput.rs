//! Throughput benchmark: the whole pure pipeline (page text → record) over a corpus made by
//! repeating and varying the seed articles, at least 50 MB by default.
//!
//! `cargo bench --bench throughput` (set `UNION_NEWS_BENCH_MB` for another size). Articles are
//! generated on the fly, one at a time, so the peak memory printed is the pipeline's own and
//! must not grow with the corpus size. Prints MB/s and articles/s on one core and on all
//! cores (rayon), and the peak resident memory (VmHWM). Then a per-stage breakdown on one
//! core over a sample of the same articles (page text, normalization, each extractor, JSON
//! serialization), so that a slowdown can be traced to its stage (`UNION_NEWS_BENCH_SAMPLE`
//! articles, default 1000).

use std::time::Instant;

use rayon::prelude::*;
use union_news::article::from_page_text;
use union_news::extract::{counts, dates, money, Document};
use union_news::extract::{events, orgs, people};
use union_news::input::{Content, InputArticle};
use union_news::normalize::normalize;
use union_news::record::article_record;

#[path = "common/seeds.rs"]
mod seeds;
use seeds::SEEDS;

/// A small deterministic generator (xorshift), so every run sees the same corpus.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// Variant `n` of a seed: digits changed, middle paragraphs rotated.
fn variant(n: u64) -> String {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ n.wrapping_mul(0x2545_f491_4f6c_dd1d));
    let seed = SEEDS[(n % 5) as usize];
    let mut paragraphs: Vec<&str> = seed.split("\n\n").collect();
    if paragraphs.len() > 4 {
        let k = (rng.next() % (paragraphs.len() as u64 - 3)) as usize;
        let len = paragraphs.len();
        paragraphs[2..len - 1].rotate_left(k % (len - 3));
    }
    let mut text = paragraphs.join("\n\n");
    // Change every third digit so numbers and dates vary.
    let mut count = 0;
    text = text
        .chars()
        .map(|c| {
            if c.is_ascii_digit() {
                count += 1;
                if count % 3 == 0 {
                    return char::from(b'0' + (rng.next() % 10) as u8);
                }
            }
            c
        })
        .collect();
    text
}

fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|v| v.parse().ok()))
        })
        .unwrap_or(0)
}

fn run(target_bytes: usize, parallel: bool) -> (usize, u64, f64) {
    let start = Instant::now();
    let mut bytes = 0usize;
    let mut articles = 0u64;
    let mut checksum = 0usize;
    let batch = 256u64;
    while bytes < target_bytes {
        let inputs: Vec<InputArticle> = (articles..articles + batch)
            .map(|n| {
                let mut input = InputArticle::plain(&format!("v{n}"), "");
                input.content = Content::PageText(variant(n));
                input
            })
            .collect();
        bytes += inputs
            .iter()
            .map(|i| match &i.content {
                Content::PageText(t) => t.len(),
                _ => 0,
            })
            .sum::<usize>();
        let found: usize = if parallel {
            inputs
                .par_iter()
                .map(|i| {
                    let r = article_record(i);
                    r.dates.len() + r.money.len() + r.member_counts.len() + r.organizations.len()
                })
                .sum()
        } else {
            inputs
                .iter()
                .map(|i| {
                    let r = article_record(i);
                    r.dates.len() + r.money.len() + r.member_counts.len() + r.organizations.len()
                })
                .sum()
        };
        checksum += found;
        articles += batch;
    }
    let secs = start.elapsed().as_secs_f64();
    std::hint::black_box(checksum);
    (bytes, articles, secs)
}

/// Seconds spent in each stage over `pages`, one core, stage by stage.
fn stage_breakdown(pages: &[String]) -> Vec<(&'static str, f64)> {
    let mut out = Vec::new();
    let mut timed = |name: &'static str, f: &mut dyn FnMut()| {
        let start = Instant::now();
        f();
        out.push((name, start.elapsed().as_secs_f64()));
    };
    let mut articles = Vec::new();
    timed("page text -> article", &mut || {
        articles = pages.iter().map(|p| from_page_text(p)).collect();
    });
    let mut bodies: Vec<(Option<String>, String)> = Vec::new();
    timed("normalize", &mut || {
        bodies = articles
            .iter()
            .map(|a| (a.title.as_deref().map(normalize), normalize(&a.body)))
            .collect();
    });
    let mut docs = Vec::new();
    timed("document (lower-case copy)", &mut || {
        docs = bodies
            .iter()
            .map(|(t, b)| Document::new(t.as_deref(), b, None))
            .collect();
    });
    let mut found_dates = Vec::new();
    timed("dates", &mut || {
        found_dates = docs.iter().map(dates::find).collect();
    });
    timed("money", &mut || {
        std::hint::black_box(docs.iter().map(money::find).count());
    });
    timed("member counts", &mut || {
        std::hint::black_box(docs.iter().map(counts::find).count());
    });
    let mut found_orgs = Vec::new();
    timed("organizations", &mut || {
        found_orgs = docs.iter().map(orgs::find).collect();
    });
    let mut found_people = Vec::new();
    timed("people", &mut || {
        found_people = docs
            .iter()
            .zip(&found_orgs)
            .map(|(d, o)| people::find(&d.text, o))
            .collect();
    });
    timed("events", &mut || {
        for (((d, ds), o), (p, m)) in docs
            .iter()
            .zip(&found_dates)
            .zip(&found_orgs)
            .zip(&found_people)
        {
            std::hint::black_box(events::find(d, ds, o, p, m));
        }
    });
    let records: Vec<_> = pages
        .iter()
        .map(|p| {
            let mut input = InputArticle::plain("v", "");
            input.content = Content::PageText(p.clone());
            article_record(&input)
        })
        .collect();
    timed("JSON serialization", &mut || {
        let bytes: usize = records
            .iter()
            .map(|r| serde_json::to_string(r).map_or(0, |s| s.len()))
            .sum();
        std::hint::black_box(bytes);
    });
    out
}

fn main() {
    // `cargo bench` passes `--bench`; a `cargo test --benches` run passes nothing and should
    // stay quick.
    let benching = std::env::args().any(|a| a == "--bench");
    let mb: usize = std::env::var("UNION_NEWS_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if benching { 50 } else { 1 });
    let target = mb * 1024 * 1024;
    let cores = rayon::current_num_threads();

    // Generation cost alone, to subtract from the pipeline figures.
    let start = Instant::now();
    let mut gen_bytes = 0usize;
    let mut n = 0u64;
    while gen_bytes < target {
        gen_bytes += std::hint::black_box(variant(n)).len();
        n += 1;
    }
    let gen_secs = start.elapsed().as_secs_f64();

    // The rule tables and automata are built on first use: once per process, timed apart.
    let start = Instant::now();
    let mut warm = InputArticle::plain("warm-up", "");
    warm.content = Content::PageText(variant(0));
    std::hint::black_box(article_record(&warm));
    let warm_secs = start.elapsed().as_secs_f64();

    let (bytes, articles, secs) = run(target, false);
    let pipeline_secs = (secs - gen_secs).max(1e-9);
    let mbs = |b: usize, s: f64| b as f64 / (1024.0 * 1024.0) / s;
    println!(
        "corpus: {:.1} MB, {articles} articles (5 seeds, varied), generation {:.2}s excluded",
        bytes as f64 / 1048576.0,
        gen_secs
    );
    println!(
        "rule tables built on first use: {:.0} ms (once per process, not in the figures below)",
        warm_secs * 1000.0
    );
    println!(
        "1 core : {:.1} MB/s, {:.0} articles/s ({:.2}s)",
        mbs(bytes, pipeline_secs),
        articles as f64 / pipeline_secs,
        pipeline_secs
    );
    let (pbytes, particles, psecs) = run(target, true);
    println!(
        "{cores} cores: {:.1} MB/s, {:.0} articles/s ({:.2}s, generation included)",
        mbs(pbytes, psecs),
        particles as f64 / psecs,
        psecs
    );
    println!(
        "peak memory (VmHWM): {:.1} MiB",
        peak_rss_kib() as f64 / 1024.0
    );

    let sample_size: u64 = std::env::var("UNION_NEWS_BENCH_SAMPLE")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000);
    let sample: Vec<String> = (0..sample_size).map(variant).collect();
    let sample_bytes: usize = sample.iter().map(String::len).sum();
    let stages = stage_breakdown(&sample);
    let total: f64 = stages.iter().map(|(_, s)| s).sum();
    println!(
        "per stage, 1 core, {} articles ({:.1} MB):",
        sample.len(),
        sample_bytes as f64 / 1048576.0
    );
    for (name, secs) in &stages {
        println!(
            "  {name:<28} {:>7.1} ms  {:>5.1}%  {:>8.1} MB/s",
            secs * 1000.0,
            100.0 * secs / total,
            mbs(sample_bytes, *secs)
        );
    }
}
