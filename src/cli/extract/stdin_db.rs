//! `extract - --db`: the loading and writing of the stdin lines in a thread of their own, so
//! that the next lines are extracted while the database takes the last ones.
//!
//! Lines are handed over in the chunks extracted together. When the database falls behind,
//! the chunks that wait are loaded together, in one transaction of up to [`MAX_LINES`] lines
//! (each transaction costs its set-up, merge statements and commit whatever its size: 64
//! lines per transaction made the database several times slower than `load`). Every line is
//! still written after its record is stored, in input order, and flushed; at most
//! [`QUEUED_CHUNKS`] chunks wait, which bounds memory.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::Arc;
use std::thread::JoinHandle;

use super::{answer_lines, Claimed, Outputs, Totals};

/// Chunks extracted but not yet taken by the loading thread (a chunk is at most 64 lines or
/// 16 MiB of input: this bounds what waits for the database).
const QUEUED_CHUNKS: usize = 4;

/// The most lines the loading thread takes into one transaction (a chunk and those that wait
/// are at most 320).
const MAX_LINES: usize = 1024;

/// The lines of one chunk, claimed, in input order.
type Lines = Vec<Claimed>;

/// The loading thread and the way to it.
pub(super) struct Loader {
    sender: Option<SyncSender<Lines>>,
    /// Set by the loading thread when standard output was found closed.
    closed: Arc<AtomicBool>,
    thread: JoinHandle<anyhow::Result<(Outputs, Totals)>>,
}

impl Loader {
    /// Starts the loading thread, which owns the outputs until [`finish`](Self::finish).
    pub(super) fn start(outputs: Outputs) -> Self {
        let (sender, receiver) = sync_channel::<Lines>(QUEUED_CHUNKS);
        let closed = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&closed);
        let thread = std::thread::spawn(move || answer_chunks(&receiver, outputs, &flag));
        Self {
            sender: Some(sender),
            closed,
            thread,
        }
    }

    /// Hands over the lines of one chunk (waiting while [`QUEUED_CHUNKS`] wait); false once
    /// standard output is closed or the loading thread has stopped (its error is returned by
    /// [`finish`](Self::finish)).
    pub(super) fn send(&self, lines: Lines) -> bool {
        !self.closed.load(Ordering::Acquire)
            && self
                .sender
                .as_ref()
                .is_some_and(|sender| sender.send(lines).is_ok())
    }

    /// Waits until every line handed over is loaded and written; returns the outputs and the
    /// totals of the lines answered.
    ///
    /// # Errors
    /// Writing the records or error lines failed, or the thread panicked.
    pub(super) fn finish(mut self) -> anyhow::Result<(Outputs, Totals)> {
        drop(self.sender.take());
        self.thread
            .join()
            .map_err(|_| anyhow::anyhow!("the loading thread panicked"))?
    }
}

/// The loading thread: takes the chunks as they come, each with those already waiting (up to
/// [`MAX_LINES`] lines), loads and answers them; stops when the chunks end or standard output
/// is closed (setting `closed`).
fn answer_chunks(
    receiver: &Receiver<Lines>,
    mut outputs: Outputs,
    closed: &AtomicBool,
) -> anyhow::Result<(Outputs, Totals)> {
    let mut totals = Totals::default();
    while let Ok(mut lines) = receiver.recv() {
        while lines.len() < MAX_LINES {
            match receiver.try_recv() {
                Ok(more) => lines.extend(more),
                Err(_) => break,
            }
        }
        if !answer_lines(lines, &mut outputs, &mut totals)? {
            closed.store(true, Ordering::Release);
            break;
        }
    }
    Ok((outputs, totals))
}
