//! A mutation fuzzer that runs on the stable toolchain: `cargo run --release --example fuzz --
//! TARGET|--all --seconds N [--seed S] [--corpus DIR]`. See docs/FUZZING.md.
//!
//! Each target (in `targets/`, shared with the cargo-fuzz crate and the regression tests)
//! starts from the seed corpus `fuzz/corpus/<target>/`, mutates inputs (`mutate.rs`) and runs
//! each under `catch_unwind` with its invariant checks. No coverage instrumentation is
//! available on stable, so the feedback is the target's output shape: an input whose output
//! shows a feature not seen before (a new kind of mention, a new warning) joins the pool of
//! inputs to mutate.
//!
//! `session.rs` fuzzes one target; this file parses the arguments, runs inputs safely (the
//! panic hook, `catch_unwind`, the watchdog thread) and saves what they find.
//!
//! - A panic or a broken invariant: the input (minimized within a few seconds) is saved as
//!   `fuzz/artifacts/<target>/crash-<hash>` with the message in `crash-<hash>.txt`; the run
//!   goes on and the exit status is 1.
//! - An input that runs longer than `--timeout` seconds: saved as `timeout-<hash>`, exit 3.
//! - An input of at least 10 KB whose cost per byte is over `--slow-factor` times the seeds'
//!   median: saved as `slow-<hash>` and listed as a warning (the machine is shared and noisy,
//!   so this does not fail the run).
//!
//! The inputs tried are a function of `--seed` alone; with `--runs N` instead of `--seconds`
//! a run is reproducible exactly.

mod mutate;
mod session;
mod targets;

use std::fs;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use clap::Parser;

use targets::{Target, TARGETS};

#[derive(Parser, Debug)]
#[command(about = "Stable-toolchain mutation fuzzer for union-news (docs/FUZZING.md)")]
struct Args {
    /// Targets to run, one after another (see --list).
    targets: Vec<String>,
    /// Run every target.
    #[arg(long)]
    all: bool,
    /// List the targets and exit.
    #[arg(long)]
    list: bool,
    /// Fuzzing time per target.
    #[arg(long, default_value_t = 60)]
    seconds: u64,
    /// Stop after this many mutated inputs per target (exactly reproducible; overrides
    /// --seconds).
    #[arg(long)]
    runs: Option<u64>,
    /// Random seed: the same seed tries the same inputs.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Seed corpus directory (one subdirectory per target).
    #[arg(long, default_value = concat!(env!("CARGO_MANIFEST_DIR"), "/fuzz/corpus"))]
    corpus: PathBuf,
    /// Where crashes, timeouts and slow inputs are written (one subdirectory per target).
    #[arg(long, default_value = concat!(env!("CARGO_MANIFEST_DIR"), "/fuzz/artifacts"))]
    artifacts: PathBuf,
    /// Largest input tried, in bytes.
    #[arg(long, default_value_t = 512 * 1024)]
    max_len: usize,
    /// An input running longer than this many seconds is a failure (a hang).
    #[arg(long, default_value_t = 60)]
    timeout: u64,
    /// Cost per byte over this many times the seeds' median makes an input "slow".
    #[arg(long, default_value_t = 50.0)]
    slow_factor: f64,
    /// Time spent shrinking each crashing input, in seconds.
    #[arg(long, default_value_t = 10)]
    minimize_seconds: u64,
    /// Write each input to ARTIFACTS/TARGET/last-input before running it (slow; finds the
    /// input of an abort that cannot be caught, such as a stack overflow).
    #[arg(long)]
    trace: bool,
    /// Run these files through the target(s) once and report (no fuzzing).
    #[arg(long, num_args = 1..)]
    replay: Vec<PathBuf>,
}

/// What the watchdog needs to see: the input running and since when.
struct Running {
    input: Mutex<Vec<u8>>,
    /// Milliseconds since `epoch` when the current input started, plus one; 0 when idle.
    since: AtomicU64,
    epoch: Instant,
    target: Mutex<&'static str>,
}

/// How one input ended.
enum Verdict {
    Ok(targets::Features),
    /// A broken invariant or a panic, with a key that tells distinct failures apart.
    Fail {
        message: String,
        key: String,
    },
}

thread_local! {
    static PANIC: std::cell::RefCell<Option<(String, String)>> = const { std::cell::RefCell::new(None) };
}

fn main() {
    match run() {
        Ok(code) => std::process::exit(code),
        Err(err) => {
            eprintln!("fuzz: {err:#}");
            std::process::exit(2);
        }
    }
}

fn run() -> Result<i32> {
    let args = Args::parse();
    if args.list {
        for t in TARGETS {
            println!("{:<12} {}", t.name, t.about);
        }
        return Ok(0);
    }
    let chosen: Vec<&'static Target> = if args.all {
        TARGETS.iter().collect()
    } else {
        let mut v = Vec::new();
        for name in &args.targets {
            match targets::find(name) {
                Some(t) => v.push(t),
                None => bail!("unknown target {name:?} (--list shows them)"),
            }
        }
        v
    };
    if chosen.is_empty() {
        bail!("name a target or give --all (--list shows them)");
    }
    // Panics are caught and reported by the fuzzer; the default hook would print each one.
    panic::set_hook(Box::new(|info| {
        let message = match info.payload().downcast_ref::<&str>() {
            Some(s) => s.to_string(),
            None => info
                .payload()
                .downcast_ref::<String>()
                .cloned()
                .unwrap_or_else(|| "panic".into()),
        };
        let location = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        PANIC.with(|p| *p.borrow_mut() = Some((message, location)));
    }));
    if !args.replay.is_empty() {
        return replay(&chosen, &args.replay);
    }
    let running = Arc::new(Running {
        input: Mutex::new(Vec::new()),
        since: AtomicU64::new(0),
        epoch: Instant::now(),
        target: Mutex::new(""),
    });
    spawn_watchdog(Arc::clone(&running), &args);
    let mut code = 0;
    for target in chosen {
        let failed = session::fuzz(target, &args, &running)?;
        if failed {
            code = 1;
        }
    }
    Ok(code)
}

/// Runs `data` through `target`, catching a panic.
fn execute(target: &Target, data: &[u8]) -> Verdict {
    match panic::catch_unwind(AssertUnwindSafe(|| (target.run)(data))) {
        Ok(Ok(features)) => Verdict::Ok(features),
        Ok(Err(message)) => {
            // Values in the message vary with the input; its words name the invariant.
            let key: String = message
                .chars()
                .take_while(|c| *c != '"')
                .filter(|c| !c.is_ascii_digit())
                .collect();
            Verdict::Fail {
                message: format!("invariant: {message}"),
                key,
            }
        }
        Err(_) => {
            let (message, location) = PANIC
                .with(|p| p.borrow_mut().take())
                .unwrap_or_else(|| ("panic".into(), String::new()));
            Verdict::Fail {
                message: format!("panic at {location}: {message}"),
                key: location,
            }
        }
    }
}

fn replay(chosen: &[&'static Target], files: &[PathBuf]) -> Result<i32> {
    let mut code = 0;
    for target in chosen {
        for file in files {
            let data = fs::read(file).with_context(|| format!("reading {}", file.display()))?;
            let start = Instant::now();
            let verdict = execute(target, &data);
            let took = start.elapsed();
            match verdict {
                Verdict::Ok(f) => println!(
                    "{} {}: ok ({} bytes, {:.1} ms, {} features)",
                    target.name,
                    file.display(),
                    data.len(),
                    took.as_secs_f64() * 1e3,
                    f.0.len()
                ),
                Verdict::Fail { message, .. } => {
                    println!("{} {}: FAIL {message}", target.name, file.display());
                    code = 1;
                }
            }
        }
    }
    Ok(code)
}

fn spawn_watchdog(running: Arc<Running>, args: &Args) {
    let timeout = Duration::from_secs(args.timeout);
    let artifacts = args.artifacts.clone();
    std::thread::spawn(move || loop {
        std::thread::sleep(Duration::from_millis(200));
        let since = running.since.load(Ordering::SeqCst);
        if since == 0 {
            continue;
        }
        let now = running.epoch.elapsed().as_millis() as u64 + 1;
        if now.saturating_sub(since) < timeout.as_millis() as u64 {
            continue;
        }
        let input = running.input.lock().map(|i| i.clone()).unwrap_or_default();
        let target = running.target.lock().map(|t| *t).unwrap_or("unknown");
        let message = format!("timeout: one input ran over {} s", timeout.as_secs());
        let path = save(&artifacts, target, "timeout", &input, &message);
        eprintln!(
            "[{target}] TIMEOUT ({} bytes) saved to {}",
            input.len(),
            path.display()
        );
        std::process::exit(3);
    });
}

/// Writes `data` as `ARTIFACTS/TARGET/KIND-HASH` with the message beside it; returns the path.
fn save(artifacts: &Path, target: &str, kind: &str, data: &[u8], message: &str) -> PathBuf {
    let dir = artifacts.join(target);
    let hash = &union_news::digest::sha256_hex(data)[..16];
    let path = dir.join(format!("{kind}-{hash}"));
    let written = fs::create_dir_all(&dir)
        .and_then(|()| fs::write(&path, data))
        .and_then(|()| fs::write(path.with_extension("txt"), format!("{message}\n")));
    if let Err(err) = written {
        eprintln!("[{target}] could not save {}: {err}", path.display());
    }
    path
}

/// Shrinks a failing input while it fails the same way: chunks removed, halves first, for at
/// most `budget`.
fn minimize(target: &Target, data: &[u8], key: &str, budget: Duration) -> Vec<u8> {
    let start = Instant::now();
    let mut best = data.to_vec();
    let mut chunk = best.len() / 2;
    while chunk > 0 && start.elapsed() < budget {
        let mut at = 0;
        let mut shrunk = false;
        while at < best.len() && start.elapsed() < budget {
            let end = (at + chunk).min(best.len());
            let mut candidate = best[..at].to_vec();
            candidate.extend_from_slice(&best[end..]);
            match execute(target, &candidate) {
                Verdict::Fail { key: k, .. } if k == key => {
                    best = candidate;
                    shrunk = true;
                }
                _ => at += chunk,
            }
        }
        if !shrunk {
            chunk /= 2;
        }
    }
    best
}
