//! Criterion benchmarks over the three benchmark corpora of docs/PERFORMANCE.md: one group per
//! corpus, one function per stage and one for the whole line end to end.
//!
//! `cargo bench --bench corpora` (a filter selects groups or stages:
//! `cargo bench --bench corpora -- general/json`). Corpora:
//!
//! - **seeds**: the five seed articles of `corpus/` as JSONL lines (always present);
//! - **general**: the first lines of `../shared/corpus-real/general-10k.jsonl.gz`;
//! - **labour**: the first lines of `../shared/corpus-real/labour.jsonl`.
//!
//! A corpus whose file is missing is skipped with a message. `UNION_NEWS_BENCH_LINES` sets how
//! many lines of the two real corpora are read (default 300: about 1 MB each). Stages, each
//! over every article of the sample (throughput in bytes of JSONL input; the ids carry the
//! sample's size):
//!
//! - `parse`: JSONL line → input article (JSON, UTF-8 and binary checks, content hash);
//! - `article`: page text → article (boilerplate, headline, dateline), or the body as given;
//! - `normalize`: the headline and body normalized;
//! - `document`: the headline and body joined, with the lower-cased view;
//! - `extract`: every extractor over the document;
//! - `record`: the whole pure pipeline, input article → record (the four stages above and
//!   the byte → code point conversion);
//! - `fingerprint`: the body's duplicate fingerprint (sha256 of its words and SimHash);
//! - `json`: the record as a JSON line;
//! - `end_to_end`: parse, record, fingerprint and JSON, as `extract -` does for each line
//!   (without the duplicate registry and the output's I/O).

use std::hint::black_box;
use std::io::BufRead;
use std::path::Path;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use union_news::article::{from_page_text, Article};
use union_news::dedup::record_fingerprint;
use union_news::extract::{extract_all, Document};
use union_news::input::{parse_jsonl_line, Content, InputArticle};
use union_news::normalize::normalize;
use union_news::record::{article_record, SourceKind};

#[path = "common/seeds.rs"]
mod seeds;
use seeds::SEEDS;

/// Where the shared corpora are, from the crate's root.
const SHARED: &str = "../shared/corpus-real";

/// Lines read from each real corpus.
fn sample_lines() -> usize {
    std::env::var("UNION_NEWS_BENCH_LINES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(300)
}

/// The JSONL lines of each corpus present: (name, lines).
fn corpora() -> Vec<(&'static str, Vec<String>)> {
    let mut found = Vec::new();
    let seeds = SEEDS
        .iter()
        .enumerate()
        .map(|(n, text)| serde_json::json!({"id": format!("seed{n}"), "text": text}).to_string())
        .collect();
    found.push(("seeds", seeds));
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(SHARED);
    let general = root.join("general-10k.jsonl.gz");
    match std::fs::File::open(&general) {
        Ok(file) => {
            let reader = std::io::BufReader::new(flate2::read::GzDecoder::new(file));
            found.push(("general", head(reader)));
        }
        Err(_) => eprintln!("general: skipped ({} not found)", general.display()),
    }
    let labour = root.join("labour.jsonl");
    match std::fs::File::open(&labour) {
        Ok(file) => found.push(("labour", head(std::io::BufReader::new(file)))),
        Err(_) => eprintln!("labour: skipped ({} not found)", labour.display()),
    }
    found
}

/// The first [`sample_lines`] non-empty lines of `reader`.
fn head(reader: impl BufRead) -> Vec<String> {
    reader
        .lines()
        .map_while(Result::ok)
        .filter(|l| !l.trim().is_empty())
        .take(sample_lines())
        .collect()
}

fn parse(line_no: usize, line: &str) -> Option<InputArticle> {
    parse_jsonl_line("bench", SourceKind::Stdin, None, line_no, line.as_bytes()).ok()
}

/// The article of an input as the record builder reads it, without decoding HTML character
/// references (HTML inputs are not in these corpora: empty).
fn article(input: &InputArticle) -> Article {
    match &input.content {
        Content::PageText(text) | Content::TitledPageText { text, .. } => from_page_text(text),
        Content::Plain { title, text } => Article {
            title: title.clone(),
            body: text.clone(),
            ..Article::default()
        },
        Content::Html(_) => Article::default(),
    }
}

/// The normalized headline and body.
fn normalized(article: &Article) -> (Option<String>, String) {
    let title = article.title.as_deref().map(normalize);
    (title, normalize(&article.body))
}

fn corpus_stages(c: &mut Criterion) {
    for (name, lines) in corpora() {
        let bytes: usize = lines.iter().map(|l| l.len() + 1).sum();
        let id = format!("{}lines-{bytes}B", lines.len());
        let inputs: Vec<InputArticle> = lines
            .iter()
            .enumerate()
            .filter_map(|(n, l)| parse(n + 1, l))
            .collect();
        let articles: Vec<Article> = inputs.iter().map(article).collect();
        let texts: Vec<(Option<String>, String)> = articles.iter().map(normalized).collect();
        let documents: Vec<Document> = texts
            .iter()
            .map(|(title, body)| Document::new(title.as_deref(), body, None))
            .collect();
        let records: Vec<_> = inputs.iter().map(article_record).collect();

        let mut group = c.benchmark_group(name);
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function(BenchmarkId::new("parse", &id), |b| {
            b.iter(|| {
                for (n, line) in lines.iter().enumerate() {
                    black_box(parse(n + 1, line));
                }
            })
        });
        group.bench_function(BenchmarkId::new("article", &id), |b| {
            b.iter(|| {
                inputs.iter().for_each(|i| {
                    black_box(article(i));
                })
            })
        });
        group.bench_function(BenchmarkId::new("normalize", &id), |b| {
            b.iter(|| {
                articles.iter().for_each(|a| {
                    black_box(normalized(a));
                })
            })
        });
        group.bench_function(BenchmarkId::new("document", &id), |b| {
            b.iter(|| {
                for (title, body) in &texts {
                    black_box(Document::new(title.as_deref(), body, None));
                }
            })
        });
        group.bench_function(BenchmarkId::new("extract", &id), |b| {
            b.iter(|| {
                documents.iter().for_each(|d| {
                    black_box(extract_all(d));
                })
            })
        });
        group.bench_function(BenchmarkId::new("record", &id), |b| {
            b.iter(|| {
                inputs.iter().for_each(|i| {
                    black_box(article_record(i));
                })
            })
        });
        group.bench_function(BenchmarkId::new("fingerprint", &id), |b| {
            b.iter(|| {
                records.iter().for_each(|r| {
                    black_box(record_fingerprint(r));
                })
            })
        });
        let mut out = Vec::with_capacity(bytes * 2);
        group.bench_function(BenchmarkId::new("json", &id), |b| {
            b.iter(|| {
                out.clear();
                for record in &records {
                    serde_json::to_writer(&mut out, record).ok();
                    out.push(b'\n');
                }
                out.len()
            })
        });
        group.bench_function(BenchmarkId::new("end_to_end", &id), |b| {
            b.iter(|| {
                out.clear();
                for (n, line) in lines.iter().enumerate() {
                    if let Some(input) = parse(n + 1, line) {
                        let record = article_record(&input);
                        black_box(record_fingerprint(&record));
                        serde_json::to_writer(&mut out, &record).ok();
                        out.push(b'\n');
                    }
                }
                out.len()
            })
        });
        group.finish();
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().warm_up_time(std::time::Duration::from_millis(500))
        .measurement_time(std::time::Duration::from_secs(2)).sample_size(10);
    targets = corpus_stages
}
criterion_main!(benches);
