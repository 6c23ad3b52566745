//! Loading throughput (records/s) into SQLite and PostgreSQL, in batches of 500 records of a
//! typical size (3 KB of text, ~45 mention rows). PostgreSQL runs only when
//! `UNION_NEWS_TEST_PG` names a server (`host=127.0.0.1 user=postgres dbname=test`); it
//! loads into a schema `un_bench_<pid>`, dropped at the end.
//!
//! Each iteration loads fresh ids (inserts), then the `reload` benches load the same batch
//! again (all unchanged: the skip path) and a changed copy (all replaced).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use union_news::record::*;
use union_news::sink::{PostgresSink, RecordSink, SqliteSink};

const BATCH: usize = 500;

static NEXT_ID: AtomicUsize = AtomicUsize::new(0);

const SENTENCE: &str = "Năm 2023, Liên đoàn Lao động tỉnh Hưng Yên đã trao 950 suất quà với tổng \
    kinh phí 500 triệu đồng, kết nạp được 1.199 đoàn viên. ";

/// A record shaped like a real article: 12 sentences, each with a date, an organization
/// (from a pool of 300), and alternately an amount or a count; 2 people; 4 events.
fn record(n: usize, variant: u32) -> Record {
    let mut text = String::new();
    let mut r = Record {
        schema_version: SCHEMA_VERSION,
        id: format!("bench-{n}"),
        source: Source {
            kind: SourceKind::File,
            path: Some(format!("corpus/bench-{n}.txt")),
            url: None,
            fetched_at: None,
            content_sha256: format!("{n:032x}{variant:032x}"),
        },
        title: Some("Hội nghị tổng kết công tác công đoàn năm 2023".into()),
        published: Some(format!("2024-{:02}-15", 1 + n % 12)),
        byline: None,
        section: None,
        canonical_url: None,
        text: String::new(),
        dates: vec![],
        money: vec![],
        member_counts: vec![],
        organizations: vec![],
        people: vec![],
        events: vec![],
        warnings: vec![],
        duplicate: None,
    };
    let at = |text: &str, needle: &str, from: usize| -> (usize, usize) {
        let byte = from + text[from..].find(needle).unwrap_or(0);
        let start = text[..byte].chars().count();
        (start, start + needle.chars().count())
    };
    for i in 0..12 {
        let from = text.len();
        text.push_str(SENTENCE);
        let (s, e) = at(&text, "Năm 2023", from);
        r.dates.push(DateMention {
            text: "Năm 2023".into(),
            start: s,
            end: e,
            value: "2023".into(),
            granularity: Granularity::Year,
            year_inferred: false,
            time_of_day: None,
        });
        let (s, e) = at(&text, "Liên đoàn Lao động tỉnh Hưng Yên", from);
        r.organizations.push(OrganizationMention {
            text: "Liên đoàn Lao động tỉnh Hưng Yên".into(),
            start: s,
            end: e,
            canonical: format!("Liên đoàn Lao động tỉnh {}", (n * 7 + i) % 300),
            kind: OrganizationKind::LabourFederation,
            admin_level: Some(AdminLevel::Tinh),
            area: Some("Hưng Yên".into()),
            resolved: true,
        });
        if i % 2 == 0 {
            let (s, e) = at(&text, "500 triệu đồng", from);
            r.money.push(MoneyMention {
                text: "500 triệu đồng".into(),
                start: s,
                end: e,
                amount: 5e8 + f64::from(variant),
                amount_max: None,
                currency: "VND".into(),
                qualifier: Qualifier::Exact,
            });
        } else {
            let (s, e) = at(&text, "1.199 đoàn viên", from);
            r.member_counts.push(MemberCountMention {
                text: "1.199 đoàn viên".into(),
                start: s,
                end: e,
                count: 1199,
                unit: "đoàn viên".into(),
                category: CountCategory::NewMembers,
                qualifier: Qualifier::Exact,
            });
        }
        if i % 3 == 0 {
            let len = text.chars().count();
            r.events.push(Event {
                event_type: EventType::Support,
                name: "trao 950 suất quà".into(),
                date: Some("2023".into()),
                time_of_day: None,
                location: None,
                organizer: Some(format!("Liên đoàn Lao động tỉnh {}", (n * 7 + i) % 300)),
                participants: vec!["Lê Quang Toản".into()],
                text: SENTENCE.trim_end().into(),
                start: len - SENTENCE.chars().count(),
                end: len - 1,
            });
        }
    }
    for name in ["Lê Quang Toản", "Hoàng Xuân Hào"] {
        let from = text.len();
        text.push_str(name);
        text.push_str(" phát biểu. ");
        let (s, e) = at(&text, name, from);
        r.people.push(Person {
            text: name.into(),
            name: name.into(),
            roles: vec!["Chủ tịch LĐLĐ tỉnh".into(), "Tỉnh ủy viên".into()],
            role_organizations: vec![Some(format!("Liên đoàn Lao động tỉnh {}", n % 300)), None],
            start: s,
            end: e,
        });
    }
    r.text = text;
    r
}

fn fresh_batch() -> Vec<Record> {
    let first = NEXT_ID.fetch_add(BATCH, Ordering::SeqCst);
    (first..first + BATCH).map(|n| record(n, 0)).collect()
}

fn bench_sink(c: &mut Criterion, name: &str, sink: &mut dyn RecordSink) {
    let mut group = c.benchmark_group("load");
    group.throughput(Throughput::Elements(BATCH as u64));
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    group.bench_function(BenchmarkId::new("insert", name), |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let batch = fresh_batch();
                let start = Instant::now();
                sink.write_batch(&batch).expect("load");
                total += start.elapsed();
            }
            total
        })
    });
    let batch = fresh_batch();
    sink.write_batch(&batch).expect("load");
    group.bench_function(BenchmarkId::new("reload_unchanged", name), |b| {
        b.iter(|| sink.write_batch(&batch).expect("reload"))
    });
    let mut variant = 0;
    group.bench_function(BenchmarkId::new("replace_changed", name), |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                variant += 1;
                let changed: Vec<Record> = batch
                    .iter()
                    .map(|r| {
                        let n = r.id.trim_start_matches("bench-").parse().unwrap_or(0);
                        record(n, variant)
                    })
                    .collect();
                let start = Instant::now();
                sink.write_batch(&changed).expect("replace");
                total += start.elapsed();
            }
            total
        })
    });
    group.finish();
}

fn sqlite(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("bench.db");
    let mut sink = SqliteSink::open(path.to_str().unwrap_or("bench.db")).expect("open");
    bench_sink(c, "sqlite", &mut sink);
}

fn postgres(c: &mut Criterion) {
    let Ok(config) = std::env::var("UNION_NEWS_TEST_PG") else {
        eprintln!("skipped: postgres load bench (set UNION_NEWS_TEST_PG)");
        return;
    };
    let schema = format!("un_bench_{}", std::process::id());
    let mut sink = PostgresSink::connect(&config, Some(&schema)).expect("connect");
    bench_sink(c, "postgres", &mut sink);
    let _ = sink
        .client()
        .batch_execute(&format!("DROP SCHEMA {schema} CASCADE"));
}

criterion_group!(benches, sqlite, postgres);
criterion_main!(benches);
