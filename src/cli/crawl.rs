//! `union-news crawl`: seeds in, a page store that `extract` reads out.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use union_news::fetch::{self, CrawlSummary, Crawler};

/// Arguments of `union-news crawl`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Each failed URL gets a line on stderr (`failed URL: reason (detail)`), \
and a summary ends the run. Exit status: 0; 1 when URLs were processed but none was fetched \
(every seed down, refused, forbidden by robots.txt, ...); 2 on a usage or store error; 130 \
when stopped by Ctrl-C or SIGTERM. See docs/CRAWL.md."
)]
pub struct Args {
    /// Seed URLs (pages, RSS/Atom feeds, sitemaps) or files of them, one a line.
    #[arg(long, required = true, num_args = 1..)]
    seeds: Vec<String>,
    /// The store directory (pages, sidecars, crawl state); an earlier crawl in it goes on.
    #[arg(long)]
    out: PathBuf,
    /// The most documents requested in this run (robots.txt, retries, redirects not counted).
    #[arg(long)]
    max_pages: Option<usize>,
    /// The most links followed away from a seed.
    #[arg(long)]
    max_depth: Option<u32>,
    /// Seconds between two requests to one host (a larger robots.txt Crawl-delay wins).
    #[arg(long, default_value_t = 1.0)]
    delay: f64,
    /// Hosts to crawl (each with its subdomains); default: the seeds' hosts.
    #[arg(long = "allow-host")]
    allow_host: Vec<String>,
    /// The largest response body read, in bytes.
    #[arg(long, default_value_t = 5 * 1024 * 1024)]
    max_bytes: u64,
    /// Seconds allowed for each whole request (each try): connecting (at most 10), the
    /// response head and the body. A server still sending at the deadline is cut off
    /// (`timeout`).
    #[arg(long, default_value_t = 30.0)]
    timeout: f64,
    /// Fetch stored pages again, conditionally (304 keeps the stored copy).
    #[arg(long)]
    recrawl: bool,
    /// Fetch the seeds and feeds again (conditionally) to find new articles.
    #[arg(long)]
    refresh_seeds: bool,
    /// Try again the URLs that failed in an earlier run.
    #[arg(long)]
    retry_failed: bool,
    /// The User-Agent to send, naming how to reach you: an http(s):// URL or an email address
    /// (e.g. "mybot/1.0 (+https://example.org/crawler; ops@example.org)"). Default:
    /// union-news's own, pointing at the project.
    #[arg(long, value_name = "UA")]
    user_agent: Option<String>,
    /// Also write every document fetched (pages, feeds, sitemaps, robots.txt) as WARC/1.1
    /// request and response records to FILE (FILE.warc.gz: a gzip member per record); an
    /// existing file is appended to.
    #[arg(long, value_name = "FILE")]
    warc: Option<PathBuf>,
    /// No progress bar (a line for each failed URL is still printed).
    #[arg(long, short)]
    quiet: bool,
}

/// Runs `union-news crawl`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let seeds = fetch::read_seeds(&args.seeds)?;
    if seeds.is_empty() {
        anyhow::bail!("no seed URLs given");
    }
    let delay = seconds("--delay", args.delay)?;
    let timeout = seconds("--timeout", args.timeout)?;
    if timeout.is_zero() {
        anyhow::bail!("--timeout: 0 would end every request at once; give a number of seconds");
    }
    let mut builder = Crawler::builder()
        .delay(delay)
        .timeout(timeout)
        .connect_timeout(timeout.min(Duration::from_secs(10)))
        .max_bytes(args.max_bytes)
        .recrawl(args.recrawl)
        .refresh_seeds(args.refresh_seeds)
        .retry_failed(args.retry_failed);
    if let Some(max) = args.max_pages {
        builder = builder.max_pages(max);
    }
    if let Some(depth) = args.max_depth {
        builder = builder.max_depth(depth);
    }
    for host in &args.allow_host {
        builder = builder.allow_host(host);
    }
    if let Some(agent) = &args.user_agent {
        builder = builder.user_agent(agent);
    }
    if let Some(path) = &args.warc {
        builder = builder.warc(path);
    }
    let stop = stop_on_signals()?;
    let crawler = builder
        .stop_flag(Arc::clone(&stop))
        .build()
        .context("--user-agent")?;
    let bar = if !args.quiet && std::io::stderr().is_terminal() {
        let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template("{spinner} [{elapsed_precise}] {pos}/{len} {wide_msg}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar.enable_steady_tick(Duration::from_millis(200));
        Some(bar)
    } else {
        None
    };
    let summary = crawler
        .run_with(&seeds, &args.out, &mut |p| {
            if p.outcome == "failed" {
                let line = failure_line(p.url, p.reason, p.detail);
                // The detail can quote what a server sent: no control character reaches
                // the terminal.
                let line = union_news::printable::for_terminal(&line).into_owned();
                match &bar {
                    Some(bar) => bar.println(line),
                    None => super::say(format_args!("{line}")),
                }
            }
            if let Some(bar) = &bar {
                bar.set_length((p.processed + p.pending) as u64);
                bar.set_position(p.processed as u64);
                bar.set_message(format!("{} {}", p.outcome, p.url));
            }
        })
        .with_context(|| format!("crawl into {}", args.out.display()))?;
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    eprint!("{}", render_summary(&summary));
    if let Some(path) = &args.warc {
        eprintln!(
            "WARC: {} records appended to {}",
            summary.warc_records,
            path.display()
        );
    }
    Ok(if summary.interrupted {
        ExitCode::from(INTERRUPTED)
    } else if nothing_fetched(&summary) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// True when the run processed URLs but none gave a page (fetched, not modified, or found
/// stored): every seed down, refused, forbidden by robots.txt, …. A script must not take
/// that for success. A run with nothing left to do (an earlier run finished) is not this.
fn nothing_fetched(s: &CrawlSummary) -> bool {
    let done = s.fetched + s.not_modified + s.from_store;
    let lost: usize = s.failed.values().sum::<usize>() + s.skipped.values().sum::<usize>();
    done == 0 && lost > 0
}

/// The line printed for a URL that failed: `failed URL: reason (detail)`.
fn failure_line(url: &str, reason: &str, detail: &str) -> String {
    if detail.is_empty() {
        format!("failed {url}: {reason}")
    } else {
        format!("failed {url}: {reason} ({detail})")
    }
}

/// The exit code of a crawl stopped by Ctrl-C or SIGTERM (128 + SIGINT, as shells report it).
const INTERRUPTED: u8 = 130;

/// A flag that the first SIGINT (Ctrl-C) or SIGTERM sets, so the crawl stops after the
/// request in flight; a second one ends the process at once (the store survives that too).
fn stop_on_signals() -> anyhow::Result<Arc<AtomicBool>> {
    use signal_hook::consts::{SIGINT, SIGTERM};
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [SIGINT, SIGTERM] {
        // The shutdown goes first: it fires only once the flag is already set.
        signal_hook::flag::register_conditional_shutdown(
            signal,
            i32::from(INTERRUPTED),
            Arc::clone(&stop),
        )
        .context("install the signal handler")?;
        signal_hook::flag::register(signal, Arc::clone(&stop))
            .context("install the signal handler")?;
    }
    Ok(stop)
}

fn seconds(flag: &str, value: f64) -> anyhow::Result<Duration> {
    Duration::try_from_secs_f64(value)
        .map_err(|_| anyhow::anyhow!("{flag}: {value} is not a number of seconds"))
}

fn render_summary(s: &CrawlSummary) -> String {
    let mut out = format!(
        "fetched {} ({} pages), not modified {}, already stored {}, {} requests, {} retries\n",
        s.fetched, s.pages, s.not_modified, s.from_store, s.requests, s.retries
    );
    let by_reason = |map: &std::collections::BTreeMap<String, usize>| {
        map.iter()
            .map(|(k, v)| format!("{k} {v}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let skipped: usize = s.skipped.values().sum();
    out.push_str(&format!("skipped {skipped}"));
    if skipped > 0 {
        out.push_str(&format!(" ({})", by_reason(&s.skipped)));
    }
    let failed: usize = s.failed.values().sum();
    out.push_str(&format!(", failed {failed}"));
    if failed > 0 {
        out.push_str(&format!(" ({})", by_reason(&s.failed)));
    }
    out.push_str(&format!(
        "\nlinks off the allowed hosts not followed: {}\n",
        s.off_host_links
    ));
    if s.interrupted {
        out.push_str("interrupted: stopped after the request in flight; the store is whole\n");
    }
    if s.pending > 0 {
        out.push_str(&format!(
            "{} URLs still queued: run the same command again to go on\n",
            s.pending
        ));
    }
    out
}
