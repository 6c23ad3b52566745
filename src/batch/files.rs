//! Files and directories: units in batches, extracted in parallel while the batch before is
//! written.

use std::io::Read;
use std::sync::mpsc::{sync_channel, SyncSender};

use rayon::prelude::*;

use super::{process, Outcome, Unit};
use crate::input::warc::{WarcItem, WarcReader};
use crate::input::{
    check_text_head, open_decompressed, Compression, FileKind, InputFile, Line, LineReader,
    MAX_ARTICLE_BYTES,
};
use crate::Error;

/// How many inputs are processed per parallel batch: bounds memory whatever the corpus size.
pub const BATCH: usize = 256;

/// Where [`extract_files`] hands its outcomes: the writing end of a run (database, records,
/// error lines), on a thread of its own.
pub trait Deliver: Send + 'static {
    /// What the writing end gives back at the end (e.g. its totals).
    type Done: Send + 'static;
    /// Its error.
    type Error: Send + 'static;

    /// Takes the outcomes of one batch, in input order. `Ok(false)` stops the run (the output
    /// was closed): the units not yet extracted are dropped.
    ///
    /// # Errors
    /// When writing fails; the run stops.
    fn deliver(&mut self, outcomes: Vec<Outcome>) -> Result<bool, Self::Error>;

    /// Ends the writing (flushes), after the last batch.
    ///
    /// # Errors
    /// When writing fails.
    fn finish(self) -> Result<Self::Done, Self::Error>;
}

/// The thread of the writing end panicked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the writer thread panicked")]
pub struct WriterPanicked;

/// Extracts `files` (the listing of [`crate::input::list_inputs`], errors included, each an
/// input) in parallel batches of [`BATCH`] units, a JSONL file giving one unit per line, and
/// hands each batch's outcomes in input order to `deliver`. `progress` is told the bytes of
/// each unit as it is queued.
///
/// Extraction (all cores) and writing (one thread) overlap: while batch N is written, batch
/// N+1 is extracted.
///
/// # Errors
/// [`WriterPanicked`] when the writing end panicked; else its own result.
pub fn extract_files<D: Deliver>(
    files: Vec<Result<InputFile, Error>>,
    progress: &dyn Fn(u64),
    mut deliver: D,
) -> Result<Result<D::Done, D::Error>, WriterPanicked> {
    let (sender, receiver) = sync_channel::<Vec<Outcome>>(2);
    let writer = std::thread::spawn(move || -> Result<D::Done, D::Error> {
        for outcomes in receiver {
            if !deliver.deliver(outcomes)? {
                break; // output closed: dropping the receiver stops the producer
            }
        }
        deliver.finish()
    });
    let mut batches = Batches {
        batch: Vec::with_capacity(BATCH),
        sender,
    };
    for file in files {
        let going_on = match file {
            Ok(file) => queue_file(file, progress, &mut batches),
            Err(err) => batches.push(Unit::Failed {
                input: err.input_name().unwrap_or_default(),
                error: err.to_string(),
            }),
        };
        if !going_on {
            break;
        }
    }
    if !batches.batch.is_empty() {
        batches.flush();
    }
    drop(batches); // closes the channel: the writer finishes
    writer.join().map_err(|_| WriterPanicked)
}

/// Units waiting to be extracted, and where their outcomes go.
struct Batches {
    batch: Vec<Unit>,
    sender: SyncSender<Vec<Outcome>>,
}

impl Batches {
    /// Queues a unit, extracting the batch once it is full; false once the writer has stopped
    /// (output closed, or an error that join reports).
    fn push(&mut self, unit: Unit) -> bool {
        self.batch.push(unit);
        self.batch.len() < BATCH || self.flush()
    }

    /// Extracts the batch in parallel and hands its outcomes to the writer.
    fn flush(&mut self) -> bool {
        let outcomes: Vec<Outcome> = self.batch.par_drain(..).map(process).collect();
        self.sender.send(outcomes).is_ok()
    }
}

/// Queues one listed file: a whole file, a JSONL file line by line, a WARC file record by
/// record. False once the writer has stopped.
fn queue_file(file: InputFile, progress: &dyn Fn(u64), batches: &mut Batches) -> bool {
    let size = std::fs::metadata(&file.path).map(|m| m.len()).unwrap_or(0);
    match FileKind::of(&file.path) {
        Some(FileKind::Jsonl) => {}
        Some(FileKind::Warc) => return queue_warc(&file, progress, batches),
        _ => {
            progress(size);
            return batches.push(Unit::File(file));
        }
    }
    let origin = file.path.display().to_string();
    let handle = match open_decompressed(&file.path) {
        Ok(handle) => handle,
        Err(err) => {
            return batches.push(Unit::Failed {
                input: origin.clone(),
                error: format!("{origin}: cannot read: {err}"),
            })
        }
    };
    let mut reader = LineReader::new(handle);
    // A binary file is one error, not one per junk line.
    let head = reader
        .peek()
        .map_err(|err| format!("{origin}: cannot read: {err}"))
        .and_then(|head| check_text_head(&origin, head).map_err(|e| e.to_string()));
    if let Err(error) = head {
        progress(size);
        return batches.push(Unit::Failed {
            input: origin,
            error,
        });
    }
    if Compression::of(&file.path) != Compression::None {
        // Lines are counted in uncompressed bytes, the total in file sizes: the file is
        // counted whole at its start.
        progress(size);
        return queue_lines(&origin, &mut reader, &|_| {}, batches);
    }
    queue_lines(&origin, &mut reader, progress, batches)
}

/// Queues the lines of a JSONL file, one unit each (blank lines are not inputs; a file of
/// none is one failed input). False once the writer has stopped.
fn queue_lines(
    origin: &str,
    reader: &mut LineReader<Box<dyn Read + Send>>,
    progress: &dyn Fn(u64),
    batches: &mut Batches,
) -> bool {
    let mut lines = 0usize;
    loop {
        let unit = match reader.next_line() {
            Ok(Some((_, Line::Bytes(bytes)))) if bytes.iter().all(u8::is_ascii_whitespace) => {
                continue;
            }
            Ok(Some((line_no, Line::Bytes(bytes)))) => {
                lines += 1;
                progress(bytes.len() as u64 + 1);
                Unit::Line {
                    origin: origin.to_string(),
                    line_no,
                    bytes,
                }
            }
            Ok(Some((line_no, Line::TooLong(len)))) => {
                lines += 1;
                progress(len as u64);
                Unit::Failed {
                    input: format!("{origin}:{line_no}"),
                    error: format!(
                        "{origin}:{line_no}: line of {len} bytes is larger than {} MiB: not an article",
                        MAX_ARTICLE_BYTES >> 20
                    ),
                }
            }
            // Nothing but blank lines, or nothing: still one input.
            Ok(None) if lines == 0 => {
                return batches.push(Unit::Failed {
                    input: origin.to_string(),
                    error: format!("{origin}: empty file"),
                })
            }
            Ok(None) => return true,
            Err(err) => {
                let at = reader.lines_read() + 1;
                let unit = Unit::Failed {
                    input: format!("{origin}:{at}"),
                    error: format!("{origin}:{at}: read failed: {err}"),
                };
                return batches.push(unit);
            }
        };
        if !batches.push(unit) {
            return false;
        }
    }
}

/// Queues the records of a WARC file: a unit per HTML response, per skipped record and per
/// corrupt record. False once the writer has stopped.
fn queue_warc(file: &InputFile, progress: &dyn Fn(u64), batches: &mut Batches) -> bool {
    let mut reader = match WarcReader::open(&file.path) {
        Ok(reader) => reader,
        Err(err) => {
            return batches.push(Unit::Failed {
                input: file.path.display().to_string(),
                error: err.to_string(),
            })
        }
    };
    let mut read = 0u64;
    let mut records = 0usize;
    while let Some(item) = reader.next() {
        records += 1;
        let now = reader.bytes_read();
        progress(now.saturating_sub(read));
        read = read.max(now);
        let unit = match item {
            WarcItem::Page(page) => Unit::Warc(page),
            WarcItem::Skipped(skipped) => Unit::Skipped(skipped),
            WarcItem::Failed(err) => Unit::Failed {
                input: err.input_name(),
                error: err.to_string(),
            },
        };
        if !batches.push(unit) {
            return false;
        }
    }
    if records == 0 {
        // No record at all: still one input, as an empty JSONL file is.
        let origin = file.path.display().to_string();
        return batches.push(Unit::Failed {
            input: origin.clone(),
            error: format!("{origin}: empty file"),
        });
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::list_inputs;

    /// Collects what it is given.
    struct Collect(Vec<String>);

    impl Deliver for Collect {
        type Done = Vec<String>;
        type Error = std::convert::Infallible;

        fn deliver(&mut self, outcomes: Vec<Outcome>) -> Result<bool, Self::Error> {
            for outcome in outcomes {
                self.0.push(match outcome {
                    Outcome::Record { record, input } => format!("{input} -> {}", record.id),
                    Outcome::Failed { error, .. } => error,
                    Outcome::Skipped(skipped) => skipped.label().to_string(),
                });
            }
            Ok(true)
        }

        fn finish(self) -> Result<Self::Done, Self::Error> {
            Ok(self.0)
        }
    }

    #[test]
    fn outcomes_come_in_input_order_across_batches() {
        let dir = tempfile::tempdir().unwrap();
        let mut lines = String::new();
        for n in 0..(BATCH + 10) {
            lines.push_str(&format!(
                "{{\"id\":\"l{n}\",\"text\":\"Sáng {n}, hội nghị.\"}}\n"
            ));
        }
        lines.push_str("\n{bad\n");
        std::fs::write(dir.path().join("b.jsonl"), lines).unwrap();
        std::fs::write(dir.path().join("a.txt"), "Hội nghị\n\nSáng 17/1, hội nghị.").unwrap();
        std::fs::write(dir.path().join("c.jsonl"), "\n\n").unwrap();
        let files = list_inputs(&[dir.path().to_path_buf()]);
        let bytes = std::sync::atomic::AtomicU64::new(0);
        let progress = |n| {
            bytes.fetch_add(n, std::sync::atomic::Ordering::Relaxed);
        };
        let got = extract_files(files, &progress, Collect(Vec::new()))
            .unwrap()
            .unwrap();
        assert_eq!(got.len(), 1 + BATCH + 10 + 1 + 1, "{got:?}");
        assert!(got[0].ends_with("a.txt -> a"), "{}", got[0]);
        for (n, line) in got[1..=BATCH + 10].iter().enumerate() {
            assert!(
                line.ends_with(&format!("b.jsonl:{} -> l{n}", n + 1)),
                "{line}"
            );
        }
        assert!(got[BATCH + 11].contains("b.jsonl:") && got[BATCH + 11].contains("malformed JSON"));
        assert!(
            got[BATCH + 12].ends_with("c.jsonl: empty file"),
            "{}",
            got[BATCH + 12]
        );
        assert!(bytes.load(std::sync::atomic::Ordering::Relaxed) > 0);
    }
}
