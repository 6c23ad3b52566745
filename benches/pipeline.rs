//! Criterion benchmarks, one group per stage and one for the whole pipeline, over seed
//! article text of a few sizes (ids carry the byte size).

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use union_news::article::from_page_text;
use union_news::extract::{counts, dates, extract_all, money, Document};
use union_news::input::{Content, InputArticle};
use union_news::normalize::normalize;
use union_news::record::article_record;

const SEED_002: &str = include_str!("../corpus/002_4d6429880cf3b8be.txt");
const SEED_004: &str = include_str!("../corpus/004_b1920f945a03011b.txt");

fn sizes() -> Vec<(String, String)> {
    let small = SEED_004.to_string();
    let medium = SEED_002.to_string();
    let large = SEED_002.repeat(10);
    [small, medium, large]
        .into_iter()
        .map(|t| (format!("{}B", t.len()), t))
        .collect()
}

fn stages(c: &mut Criterion) {
    for (id, page) in sizes() {
        let mut group = c.benchmark_group("stages");
        group.throughput(Throughput::Bytes(page.len() as u64));
        group.bench_with_input(BenchmarkId::new("page_text", &id), &page, |b, p| {
            b.iter(|| from_page_text(p))
        });
        group.bench_with_input(BenchmarkId::new("normalize", &id), &page, |b, p| {
            b.iter(|| normalize(p))
        });
        let doc = Document::new(None, &normalize(&page), None);
        group.bench_with_input(BenchmarkId::new("dates", &id), &doc, |b, d| {
            b.iter(|| dates::extract_dates(d))
        });
        group.bench_with_input(BenchmarkId::new("money", &id), &doc, |b, d| {
            b.iter(|| money::extract_money(d))
        });
        group.bench_with_input(BenchmarkId::new("member_counts", &id), &doc, |b, d| {
            b.iter(|| counts::extract_member_counts(d))
        });
        group.bench_with_input(BenchmarkId::new("all_extractors", &id), &doc, |b, d| {
            b.iter(|| extract_all(d))
        });
        group.finish();
    }
}

fn whole(c: &mut Criterion) {
    let mut group = c.benchmark_group("pipeline");
    for (id, page) in sizes() {
        let mut input = InputArticle::plain("bench", "");
        input.content = Content::PageText(page.clone());
        group.throughput(Throughput::Bytes(page.len() as u64));
        group.bench_with_input(BenchmarkId::new("article_record", &id), &input, |b, i| {
            b.iter(|| article_record(i))
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().warm_up_time(std::time::Duration::from_millis(500))
        .measurement_time(std::time::Duration::from_secs(2)).sample_size(20);
    targets = stages, whole
}
criterion_main!(benches);
