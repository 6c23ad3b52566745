//! One target's fuzzing session: the seeds run and timed for a cost-per-byte baseline, then
//! mutated inputs until the time or run budget is spent, keeping those that reach a new
//! feature, saving failures and slow inputs, and a status line every ten seconds.

use std::collections::HashSet;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};

use crate::mutate::{mutate, Rng};
use crate::targets::{Target, SHARED_DICT};
use crate::{execute, minimize, save, Args, Running, Verdict};

/// Inputs smaller than this are not judged for slowness: their time is mostly fixed cost.
const SLOW_MIN_BYTES: usize = 10 * 1024;

/// At most this many inputs are kept to mutate; above it a random non-seed one is replaced
/// (bounds memory on hour-long runs).
const MAX_POOL: usize = 4096;

/// At most this many slow inputs are saved per target (one superlinear scan makes many).
const MAX_SLOW_SAVED: usize = 10;

/// Fuzzes one target; returns whether it found a failure.
pub fn fuzz(target: &'static Target, args: &Args, running: &Running) -> Result<bool> {
    let mut session = Session::new(target, args, running)?;
    session.run_seeds();
    session.run_mutations();
    session.print_done();
    Ok(!session.failures.is_empty())
}

/// The state of one target's run: what it mutates, what it has seen, and its counters.
struct Session<'a> {
    target: &'static Target,
    args: &'a Args,
    /// What the watchdog sees: the input running and since when.
    running: &'a Running,
    /// The shared dictionary and the target's own tokens.
    dict: Vec<&'static str>,
    /// The inputs to mutate: the seeds first, then inputs that reached a new feature.
    pool: Vec<Vec<u8>>,
    /// How many of `pool`'s first inputs are seeds (never replaced).
    seed_count: usize,
    /// Inputs above this size are tried but not kept to mutate: repetitions would otherwise
    /// compound until every input is `--max-len` bytes and each run is slow.
    pool_max: usize,
    /// Every feature an input has reached so far.
    features: HashSet<u64>,
    /// The keys of the failures found (one report per distinct failure).
    failures: HashSet<String>,
    /// The seeds' median cost per byte, in nanoseconds (0 before the seeds ran).
    baseline: f64,
    /// The input stream, a function of `--seed` and the target's name.
    rng: Rng,
    /// When the mutation phase started.
    start: Instant,
    /// Mutated inputs run.
    execs: u64,
    /// Bytes of the mutated inputs run, for the mean input size.
    bytes_run: u64,
    /// Slow inputs found, and how many of them were saved.
    slow_seen: usize,
    slow_saved: usize,
}

impl<'a> Session<'a> {
    /// A session on `target`, its pool the seed corpus.
    fn new(target: &'static Target, args: &'a Args, running: &'a Running) -> Result<Self> {
        if let Ok(mut t) = running.target.lock() {
            *t = target.name;
        }
        let dict: Vec<&str> = SHARED_DICT.iter().chain(target.dict).copied().collect();
        let pool = seeds(&args.corpus, target)?;
        let pool_max = pool.iter().map(Vec::len).max().unwrap_or(0).max(16 * 1024);
        Ok(Session {
            target,
            args,
            running,
            dict,
            seed_count: pool.len(),
            pool,
            pool_max,
            features: HashSet::new(),
            failures: HashSet::new(),
            baseline: 0.0,
            rng: Rng::new(args.seed ^ fnv(target.name)),
            start: Instant::now(),
            execs: 0,
            bytes_run: 0,
            slow_seen: 0,
            slow_saved: 0,
        })
    }

    /// Runs one input under the watchdog; returns how it ended and how long it took.
    fn timed(&self, data: &[u8]) -> (Verdict, Duration) {
        let running = self.running;
        if let Ok(mut i) = running.input.lock() {
            i.clear();
            i.extend_from_slice(data);
        }
        if self.args.trace {
            let dir = self.args.artifacts.join(self.target.name);
            let _ = fs::create_dir_all(&dir).and_then(|()| fs::write(dir.join("last-input"), data));
        }
        running.since.store(
            running.epoch.elapsed().as_millis() as u64 + 1,
            Ordering::SeqCst,
        );
        let start = Instant::now();
        let verdict = execute(self.target, data);
        let took = start.elapsed();
        running.since.store(0, Ordering::SeqCst);
        (verdict, took)
    }

    /// Minimizes and saves a failing input, unless a failure with the same key was reported.
    fn report_failure(&mut self, data: &[u8], message: &str, key: &str) {
        if !self.failures.insert(key.to_string()) {
            return;
        }
        let name = self.target.name;
        let budget = Duration::from_secs(self.args.minimize_seconds);
        let small = minimize(self.target, data, key, budget);
        let path = save(&self.args.artifacts, name, "crash", &small, message);
        eprintln!(
            "[{name}] CRASH {message}\n[{name}]   input ({} bytes, {} before minimizing) saved to {}",
            small.len(),
            data.len(),
            path.display()
        );
    }

    /// The seeds: run once to warm up (lazy rule tables load on the first call), then timed
    /// three times, the fastest kept, for the cost-per-byte baseline (one timing on a busy
    /// machine can be several times too slow, and would hide slow inputs).
    fn run_seeds(&mut self) {
        let name = self.target.name;
        let mut per_byte = Vec::new();
        for (i, seed) in self.pool.clone().iter().enumerate() {
            let _ = self.timed(seed);
            let (verdict, mut took) = self.timed(seed);
            for _ in 0..2 {
                took = took.min(self.timed(seed).1);
            }
            match verdict {
                Verdict::Ok(f) => self.features.extend(f.0),
                Verdict::Fail { message, key } => {
                    eprintln!("[{name}] seed {i} fails:");
                    self.report_failure(seed, &message, &key);
                }
            }
            if !seed.is_empty() {
                per_byte.push((seed.len(), took.as_nanos() as f64 / seed.len() as f64));
            }
        }
        self.baseline = baseline(&per_byte);
        eprintln!(
            "[{name}] {} seeds, {} features, median {:.0} ns/byte; fuzzing for {}",
            self.seed_count,
            self.features.len(),
            self.baseline,
            match self.args.runs {
                Some(n) => format!("{n} runs"),
                None => format!("{} s", self.args.seconds),
            }
        );
    }

    /// Mutates and runs inputs until `--runs` inputs or `--seconds` seconds.
    fn run_mutations(&mut self) {
        self.start = Instant::now();
        let deadline = Duration::from_secs(self.args.seconds);
        let mut next_status = Duration::from_secs(10);
        loop {
            match self.args.runs {
                Some(n) if self.execs >= n => break,
                None if self.start.elapsed() >= deadline => break,
                _ => {}
            }
            self.step(deadline);
            if self.start.elapsed() >= next_status {
                next_status += Duration::from_secs(10);
                self.print_status();
            }
        }
    }

    /// One mutated input: run, kept in the pool if it reached a new feature, reported if it
    /// failed, judged for slowness.
    fn step(&mut self, deadline: Duration) {
        let parent = self.rng.below(self.pool.len());
        let mut data = self.pool[parent].clone();
        mutate(
            &mut self.rng,
            &mut data,
            &self.pool,
            &self.dict,
            self.args.max_len,
        );
        self.execs += 1;
        self.bytes_run += data.len() as u64;
        let (verdict, took) = self.timed(&data);
        match verdict {
            Verdict::Ok(f) => {
                let before = self.features.len();
                self.features.extend(f.0);
                if self.features.len() > before && data.len() <= self.pool_max {
                    self.keep(&data);
                }
            }
            Verdict::Fail { message, key } => self.report_failure(&data, &message, &key),
        }
        if data.len() >= SLOW_MIN_BYTES && self.baseline > 0.0 {
            self.check_slow(&data, took, deadline);
        }
    }

    /// Adds `data` to the pool, or when it is full puts it in place of a random non-seed.
    fn keep(&mut self, data: &[u8]) {
        if self.pool.len() < MAX_POOL {
            self.pool.push(data.to_vec());
        } else {
            let replace = self.seed_count + self.rng.below(self.pool.len() - self.seed_count);
            self.pool[replace] = data.to_vec();
        }
    }

    /// Saves `data` as slow (a warning) if its cost per byte, confirmed, is over
    /// `--slow-factor` times the baseline.
    fn check_slow(&mut self, data: &[u8], took: Duration, deadline: Duration) {
        let ratio = took.as_nanos() as f64 / data.len() as f64 / self.baseline;
        if ratio <= self.args.slow_factor {
            return;
        }
        // Twice more, the fastest kept: a busy machine makes single timings lie. A run of over
        // a second is no scheduling accident, and re-running it would eat the time budget.
        let confirm = took < Duration::from_secs(1) && self.start.elapsed() < deadline;
        let best = if confirm {
            (0..2)
                .map(|_| self.timed(data).1)
                .min()
                .unwrap_or(took)
                .min(took)
        } else {
            took
        };
        let ratio = best.as_nanos() as f64 / data.len() as f64 / self.baseline;
        if ratio <= self.args.slow_factor {
            return;
        }
        self.slow_seen += 1;
        let message = format!(
            "slow: {} bytes in {:.1} ms, {:.0}× the seeds' median cost per byte",
            data.len(),
            best.as_secs_f64() * 1e3,
            ratio
        );
        if self.slow_saved < MAX_SLOW_SAVED {
            self.slow_saved += 1;
            let name = self.target.name;
            let path = save(&self.args.artifacts, name, "slow", data, &message);
            eprintln!("[{name}] WARNING {message}; saved to {}", path.display());
        }
    }

    /// The status line printed every ten seconds.
    fn print_status(&self) {
        let elapsed = self.start.elapsed().as_secs_f64();
        eprintln!(
            "[{}] {:.0} s: {} inputs ({:.0}/s, mean {} bytes), pool {}, {} features, {} failures, {} slow",
            self.target.name,
            elapsed,
            self.execs,
            self.execs as f64 / elapsed,
            self.bytes_run / self.execs.max(1),
            self.pool.len(),
            self.features.len(),
            self.failures.len(),
            self.slow_seen
        );
    }

    /// The summary line at the end of the session.
    fn print_done(&self) {
        let secs = self.start.elapsed().as_secs_f64().max(1e-9);
        let line = format!(
            "[{}] done: {} inputs in {secs:.0} s ({:.0}/s, mean {} bytes), pool {}, {} features, {} failures, {} slow\n",
            self.target.name,
            self.execs,
            self.execs as f64 / secs,
            self.bytes_run / self.execs.max(1),
            self.pool.len(),
            self.features.len(),
            self.failures.len(),
            self.slow_seen
        );
        let _ = std::io::stderr().write_all(line.as_bytes());
    }
}

/// The seed inputs of `target`: the files of `corpus/TARGET/`, sorted by name so that a run
/// is deterministic.
fn seeds(corpus: &Path, target: &Target) -> Result<Vec<Vec<u8>>> {
    let dir = corpus.join(target.name);
    let mut names: Vec<PathBuf> = match fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_file())
            .collect(),
        Err(_) => Vec::new(),
    };
    names.sort();
    let mut out = Vec::new();
    for name in names {
        out.push(fs::read(&name).with_context(|| format!("reading {}", name.display()))?);
    }
    if out.is_empty() {
        eprintln!(
            "[{}] no seeds in {}: starting from the dictionary",
            target.name,
            dir.display()
        );
        out.push(target.dict.concat().into_bytes());
    }
    Ok(out)
}

/// The cost-per-byte baseline of the seeds' `(length, ns per byte)`: the median over seeds of
/// 1 KB and more (below, fixed costs dominate), or over all of them when every seed is small
/// (robots.txt).
fn baseline(per_byte: &[(usize, f64)]) -> f64 {
    let large: Vec<f64> = per_byte
        .iter()
        .filter(|(n, _)| *n >= 1024)
        .map(|p| p.1)
        .collect();
    let mut per_byte: Vec<f64> = if large.is_empty() {
        per_byte.iter().map(|p| p.1).collect()
    } else {
        large
    };
    median(&mut per_byte)
}

/// Median of `values` (0 when empty).
fn median(values: &mut [f64]) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// FNV-1a of a name: each target gets its own random stream from one `--seed`.
fn fnv(name: &str) -> u64 {
    name.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}
