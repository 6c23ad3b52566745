//! Scaling checks (issue 10, item 3): every scanner and tree walk stays linear on
//! pathological inputs.
//!
//! Each test builds one pathological input at two sizes, N and 2N, and compares the CPU time
//! of the calling thread (not wall-clock: the machine is shared and noisy). A linear (or
//! `n log n`) stage costs about 2× at 2N; a quadratic one 4×. The bound, [`MAX_RATIO`], sits
//! between the two with room for noise. Each size is the minimum of a few runs.
//!
//! The short tests (run by `cargo test`) start small and double N until one run costs at
//! least [`SHORT_TARGET`], so they stay fast in a debug build and still measure well above
//! the clock's noise. The `long::` tests (`#[ignore]`d) use fixed sizes big enough for
//! release-build figures:
//! `cargo test --release --test scaling -- --ignored --test-threads=1 --nocapture long::`.

use std::time::Duration;

use union_news::article::{from_page_text, html::from_html};
use union_news::extract::{self, Document};
use union_news::normalize::normalize;

/// The largest accepted cost ratio between 2N and N: linear is 2, quadratic 4.
const MAX_RATIO: f64 = 3.0;

/// The short tests grow N until one run costs this much CPU time.
const SHORT_TARGET: Duration = Duration::from_millis(80);

/// Runs per size; the minimum is kept.
const RUNS: usize = 3;

/// CPU time consumed so far by the calling thread.
fn thread_cpu() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec; the clock id is a constant.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    assert_eq!(rc, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID)");
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

/// The stage of the pipeline a pathological input is fed to.
#[derive(Clone, Copy)]
enum Stage {
    /// `normalize`.
    Normalize,
    /// `from_page_text`.
    PageText,
    /// `from_html`.
    Html,
    /// All extractors on a document of the text (the pipeline's `extract_all`).
    Extract,
    /// Organizations, people and events only.
    Entities,
    /// Dates only.
    Dates,
    /// Money only.
    Money,
    /// Member counts only.
    Counts,
}

fn run(stage: Stage, input: &str) -> usize {
    match stage {
        Stage::Normalize => normalize(input).len(),
        Stage::PageText => from_page_text(input).body.len(),
        Stage::Html => from_html(input.as_bytes(), None, None)
            .map(|a| a.body.len())
            .unwrap_or_default(),
        Stage::Extract => {
            let doc = Document::new(None, input, None);
            let found = extract::extract_all(&doc).into_record_mentions(&doc.text);
            found.dates.len() + found.money.len() + found.entities.people.len()
        }
        Stage::Entities => {
            let doc = Document::new(None, input, None);
            let found = extract::entities::extract_entities(&doc, &[]);
            found.organizations.len() + found.people.len() + found.events.len()
        }
        Stage::Dates => extract::dates::extract_dates(&Document::new(None, input, None)).len(),
        Stage::Money => extract::money::extract_money(&Document::new(None, input, None)).len(),
        Stage::Counts => {
            extract::counts::extract_member_counts(&Document::new(None, input, None)).len()
        }
    }
}

/// CPU time of one run.
fn once(stage: Stage, input: &str) -> Duration {
    let start = thread_cpu();
    std::hint::black_box(run(stage, std::hint::black_box(input)));
    thread_cpu().saturating_sub(start)
}

/// The minimum CPU time over a few runs (one run when that one is already long).
fn cost(stage: Stage, input: &str) -> Duration {
    let first = once(stage, input);
    if first > Duration::from_secs(2) {
        return first;
    }
    (1..RUNS)
        .map(|_| once(stage, input))
        .fold(first, Duration::min)
}

/// How many times a comparison over the bound is measured again before failing: noise
/// (another process thrashing the caches) rarely strikes every time, a quadratic cost does.
const ATTEMPTS: usize = 3;

/// Measures N and 2N, prints the figures and checks the ratio (the best of up to
/// [`ATTEMPTS`] measurements).
fn compare(name: &str, stage: Stage, make: fn(usize) -> String, n: usize) {
    let small = make(n);
    let big = make(2 * n);
    let mut ratio = f64::INFINITY;
    for _ in 0..ATTEMPTS {
        let (a, b) = (cost(stage, &small), cost(stage, &big));
        ratio = ratio.min(b.as_secs_f64() / a.as_secs_f64().max(1e-9));
        eprintln!(
            "{name}: N = {} bytes {:.3} s, 2N = {} bytes {:.3} s, ratio {:.2}",
            small.len(),
            a.as_secs_f64(),
            big.len(),
            b.as_secs_f64(),
            b.as_secs_f64() / a.as_secs_f64().max(1e-9)
        );
        if ratio <= MAX_RATIO {
            break;
        }
    }
    assert!(
        ratio <= MAX_RATIO,
        "{name}: doubling the input multiplied the cost by {ratio:.2} (> {MAX_RATIO}): superlinear"
    );
}

/// The short check: grows N from `start` until a run costs [`SHORT_TARGET`], then compares.
fn short(name: &str, stage: Stage, make: fn(usize) -> String, start: usize) {
    let mut n = start;
    // Warm up lazily built tables (regexes, lexicons) before anything is measured.
    once(stage, &make(1));
    while n < start << 16 && once(stage, &make(n)) < SHORT_TARGET {
        n *= 2;
    }
    compare(name, stage, make, n);
}

/// Defines one short test and one long (`#[ignore]`d) test per pathological input.
/// `$short` is the first N of the short test, `$long` the N of the long one.
macro_rules! scaling {
    ($($name:ident: $stage:ident, $short:expr, $long:expr, $make:expr;)*) => {
        $(
            #[test]
            fn $name() {
                short(stringify!($name), Stage::$stage, $make, $short);
            }
        )*
        /// Release-build figures at fixed sizes.
        mod long {
            use super::*;
            $(
                #[test]
                #[ignore]
                fn $name() {
                    once(Stage::$stage, &($make)(1));
                    compare(stringify!($name), Stage::$stage, $make, $long);
                }
            )*
        }
    };
}

fn repeat(unit: &str, n: usize) -> String {
    unit.repeat(n)
}

/// Distinct Vietnamese-looking names: a family name and three given names from a list.
fn distinct_name(i: usize) -> String {
    const GIVEN: &[&str] = &[
        "An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hạnh", "Hiếu", "Hòa", "Hùng", "Khang",
        "Khánh", "Lan", "Linh", "Lộc", "Mai", "Minh", "Nam", "Nga", "Ngọc", "Phong", "Phúc",
        "Quang", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vân", "Yến",
    ];
    let g = GIVEN.len();
    format!(
        "Lê {} {} {}",
        GIVEN[i % g],
        GIVEN[(i / g) % g],
        GIVEN[(i / g / g) % g]
    )
}

fn html_page(body: &str) -> String {
    format!("<html><head><title>Tin</title></head><body>{body}</body></html>")
}

scaling! {
    // People and roles.
    capitalized_name_run: Entities, 64, 20_000, |n| repeat("Lê Văn Hải ", n);
    family_name_run: Entities, 64, 100_000, |n| repeat("Nguyễn ", n);
    roles_and_names_without_punctuation: Entities, 64, 20_000, |n| repeat("Chủ tịch Lê Văn Hải ", n);
    many_distinct_titled_people: Entities, 64, 20_000,
        |n| (0..n).map(|i| format!("ông {}, ", distinct_name(i))).collect::<String>();
    long_role_chain_before_a_name: Entities, 64, 50_000,
        |n| repeat("Chủ tịch, ", n) + "Chủ tịch Lê Văn Hải phát biểu.";
    long_role_chain_after_a_name: Entities, 64, 50_000,
        |n| "Ông Lê Văn Hải".to_string() + &repeat(", Chủ tịch LĐLĐ tỉnh", n);
    // A role joined to the title by a dash (stop 20: each titled name copied the text before
    // it, quadratic).
    roles_dashed_before_titles: Entities, 64, 10_000,
        |n| repeat("Giám đốc Công ty An Phát - ông Nguyễn Văn An cho biết. ", n);
    // Organizations.
    nested_parens_after_org_heads: Entities, 64, 20_000, |n| repeat("Liên đoàn Lao động (", n);
    acronyms_in_unclosed_parens: Entities, 64, 20_000, |n| repeat("(LĐLĐ, ", n);
    org_heads_run: Entities, 64, 20_000, |n| repeat("LĐLĐ tỉnh Công đoàn Công ty Cụm thi đua ", n);
    full_and_partial_org_mentions: Entities, 64, 10_000,
        |n| repeat("Liên đoàn Lao động tỉnh Hà Nam (LĐLĐ) họp. LĐLĐ tỉnh tặng quà. ", n);
    // Events.
    event_triggers_in_one_sentence: Entities, 64, 20_000, |n| repeat("tặng quà ", n);
    event_triggers_in_many_sentences: Extract, 64, 10_000, |n| repeat("Dịp này, LĐLĐ tỉnh tặng quà ngày 1/2/2024. ", n);
    passive_triggers_in_one_sentence: Entities, 64, 5_000, |n| repeat("LĐLĐ tỉnh được nhận hỗ trợ ", n);
    amounts_with_support_in_one_clause: Entities, 64, 20_000, |n| repeat("chi 5 triệu đồng ", n) + "hỗ trợ.";
    // Dates.
    ngay_thang_run: Dates, 64, 50_000, |n| repeat("ngày tháng năm ", n);
    date_ranges_run: Extract, 64, 20_000, |n| repeat("từ ngày 1 đến ngày 2/3, từ tháng 4 đến tháng ", n);
    numeric_date_run: Dates, 64, 50_000, |n| repeat("ngày 1 tháng 1 năm 2024 từ 1/1/", n);
    slash_digit_run: Dates, 64, 100_000, |n| repeat("1/", n);
    // Money and numbers.
    digit_dot_run: Money, 64, 100_000, |n| repeat("1.", n);
    digit_run: Extract, 64, 200_000, |n| repeat("1", n);
    decimal_comma_money_run: Money, 64, 50_000, |n| repeat("1,5 tỷ đồng và ", n);
    money_scale_words_run: Money, 64, 50_000, |n| repeat("1 tỷ 2 triệu 300 nghìn đồng ", n);
    // Member counts.
    member_count_run: Counts, 64, 50_000, |n| repeat("1.000 đoàn viên, ", n);
    // Text without spaces, whole pipeline of extractors.
    long_word_without_spaces: Extract, 64, 200_000, |n| repeat("Đa", n);
    // Normalization.
    combining_marks_run: Normalize, 64, 200_000, |n| "a".to_string() + &repeat("\u{301}", n);
    whitespace_run: Normalize, 64, 200_000, |n| repeat(" \t\u{a0}", n) + "x";
    // Page text.
    many_trailer_markers: PageText, 64, 20_000, |n| repeat("Tin khác\n", n);
    many_short_lines: PageText, 64, 50_000, |n| repeat("Hội nghị tổng kết\n\n", n);
    // HTML.
    nested_divs: Html, 64, 20_000, |n| html_page(&(repeat("<div>", n) + "Nội dung." + &repeat("</div>", n)));
    unclosed_divs: Html, 64, 20_000, |n| html_page(&repeat("<div>Nội dung. ", n));
    nested_b_i: Html, 64, 10_000, |n| html_page(&(repeat("<b><i>", n) + "Nội dung."));
    nested_tables: Html, 64, 10_000, |n| html_page(&repeat("<table><tr><td>Ô. ", n));
    many_paragraphs: Html, 64, 20_000, |n| html_page(&repeat("<p>Câu văn, có dấu phẩy, và nữa.</p>", n));
    huge_attribute_list: Html, 64, 50_000,
        |n| html_page(&format!("<div {}>Nội dung.</div>", (0..n).map(|i| format!("a{i}=\"x\" ")).collect::<String>()));
    huge_class_list: Html, 64, 50_000,
        |n| html_page(&format!("<div class=\"{}\">Nội dung.</div>", repeat("comment share related ", n)));
    // Bypasses of the parser's bounds (`article::html::limits`).
    open_formatting_elements_then_paragraphs: Html, 64, 4_000,
        |n| html_page(&format!("<p>{}</p>{}", (0..n).map(|i| format!("<b a={i}>")).collect::<String>(), repeat("<p>Công đoàn", n)));
    self_closing_divs: Html, 64, 20_000, |n| html_page(&repeat("<div/>", n));
    divs_with_unmatched_span_end_tags: Html, 64, 20_000, |n| html_page(&repeat("<div></span>", n));
    spans_with_unmatched_form_end_tags: Html, 64, 20_000, |n| html_page(&repeat("<span></form>", n));
    empty_comment_then_divs: Html, 64, 20_000, |n| html_page(&("<!-->".to_string() + &repeat("<div>", n)));
    many_meta_tags: Html, 64, 20_000,
        |n| html_page(&repeat("<meta property=\"og:title\" content=\"Tin\"><time datetime=\"2024-01-01\">1/1/2024</time><h1>Tin</h1>", n));
}

/// Scaling checks of stages after extraction (issue: loading and evaluating were quadratic
/// in the mentions of one article). The input of each size is prepared (extracted) outside
/// the measurement; only the stage itself is timed.
mod after_extraction {
    use super::*;
    use union_news::eval::{evaluate, parse_gold};
    use union_news::input::InputArticle;
    use union_news::record::article_record;
    use union_news::record::Record;
    use union_news::sink::derive_rows;

    /// CPU time of the stage on a prepared input, the minimum of [`RUNS`].
    fn cost<T>(work: fn(&T) -> usize, input: &T) -> Duration {
        let once = || {
            let start = thread_cpu();
            std::hint::black_box(work(std::hint::black_box(input)));
            thread_cpu().saturating_sub(start)
        };
        (1..RUNS).map(|_| once()).fold(once(), Duration::min)
    }

    /// Grows N from `start` until the stage costs [`SHORT_TARGET`] (or N reaches `max`),
    /// then checks the cost ratio of 2N to N, the best of [`ATTEMPTS`].
    fn check<T>(
        name: &str,
        prepare: fn(usize) -> T,
        work: fn(&T) -> usize,
        start: usize,
        max: usize,
    ) {
        let mut n = start;
        while n < max && cost(work, &prepare(n)) < SHORT_TARGET {
            n *= 2;
        }
        let (small, big) = (prepare(n), prepare(2 * n));
        let mut ratio = f64::INFINITY;
        for _ in 0..ATTEMPTS {
            let (a, b) = (cost(work, &small), cost(work, &big));
            let this = b.as_secs_f64() / a.as_secs_f64().max(1e-9);
            eprintln!(
                "{name}: N = {n} {:.3} s, 2N {:.3} s, ratio {this:.2}",
                a.as_secs_f64(),
                b.as_secs_f64()
            );
            ratio = ratio.min(this);
            if ratio <= MAX_RATIO {
                break;
            }
        }
        assert!(
            ratio <= MAX_RATIO,
            "{name}: doubling the input multiplied the cost by {ratio:.2} (> {MAX_RATIO}): superlinear"
        );
    }

    fn record_of(text: &str) -> Record {
        article_record(&InputArticle::plain("a", &format!("T\n\n{text}")))
    }

    fn rows(record: &Record) -> usize {
        derive_rows(record).unwrap_or_default()
    }

    /// N amounts of the same value: every pair used to be compared.
    fn repeated_amounts(n: usize) -> Record {
        let record = record_of(&repeat("Công đoàn chi 1.000.000 đồng. ", n));
        assert_eq!(record.money.len(), n);
        record
    }

    /// N counts and N dates in one sentence: each count used to look at every date.
    fn counts_with_dates(n: usize) -> Record {
        let text: String = (0..n)
            .map(|i| format!("Ngày 1/1/2024 kết nạp {} đoàn viên, ", i + 1))
            .collect();
        let record = record_of(&text);
        assert_eq!(record.member_counts.len(), n);
        record
    }

    /// A gold article of N dates in N sentences, and its record.
    fn gold_dates(n: usize) -> (Vec<union_news::eval::GoldArticle>, Vec<Record>) {
        let text = repeat("Ngày 1/1/2024 hội nghị. ", n);
        let dates: Vec<_> = (0..n)
            .map(|_| serde_json::json!({"text": "1/1/2024", "value": "2024-01-01"}))
            .collect();
        let line = serde_json::json!({"id": "a", "text": text, "gold": {"dates": dates}});
        let gold = parse_gold(&line.to_string()).unwrap_or_default();
        let record = article_record(&InputArticle::plain("a", &text));
        (gold, vec![record])
    }

    fn evaluate_gold(input: &(Vec<union_news::eval::GoldArticle>, Vec<Record>)) -> usize {
        evaluate(&input.0, &input.1).articles
    }

    #[test]
    fn repeated_amounts_in_one_article_load_in_linear_time() {
        check(
            "repeated_amounts_in_one_article_load_in_linear_time",
            repeated_amounts,
            rows,
            256,
            1 << 16,
        );
    }

    #[test]
    fn counts_and_dates_in_one_sentence_load_in_linear_time() {
        check(
            "counts_and_dates_in_one_sentence_load_in_linear_time",
            counts_with_dates,
            rows,
            256,
            1 << 16,
        );
    }

    #[test]
    fn many_gold_dates_in_one_article_are_located_in_linear_time() {
        check(
            "many_gold_dates_in_one_article_are_located_in_linear_time",
            gold_dates,
            evaluate_gold,
            256,
            1 << 16,
        );
    }
}
