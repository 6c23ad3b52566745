//! A JSONL stream (standard input): one answer per line, in order, as soon as it is ready.

use std::io::{self, Read};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};

use rayon::prelude::*;

use crate::guard::guard;
use crate::input::{id_as_written, parse_jsonl_line, Line, LineReader, MAX_ARTICLE_BYTES};
use crate::record::{article_record, Record, SourceKind};

/// Lines read ahead of the one being answered, at most, and lines extracted together.
const STDIN_AHEAD: usize = 64;

/// Bytes of lines extracted together, at most (one line more may pass it): with
/// [`STDIN_AHEAD`], what bounds memory however long the lines.
const STDIN_CHUNK_BYTES: usize = 16 << 20;

/// Why a line of the stream gave no record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineFailure {
    /// The line's own `id`, when it has one that could be read.
    pub id: Option<String>,
    /// The error message (`stdin:N: …`).
    pub error: String,
}

/// The answer for one line of the stream.
#[derive(Debug)]
pub struct LineAnswer {
    /// The line's number (1-based).
    pub line_no: usize,
    /// Its record, or why there is none.
    pub result: Result<Record, LineFailure>,
}

/// A line of the stream as the reading thread sends it.
enum StreamLine {
    /// Line number and content.
    Line(usize, Line),
    /// The line that could not be read, and why: the last one sent.
    Failed(usize, io::Error),
}

impl StreamLine {
    /// The bytes it holds.
    fn len(&self) -> usize {
        match self {
            StreamLine::Line(_, Line::Bytes(bytes)) => bytes.len(),
            StreamLine::Line(_, Line::TooLong(_)) | StreamLine::Failed(..) => 0,
        }
    }
}

/// Reads `reader` (a JSONL stream) on a thread of its own and gives `answer` one
/// [`LineAnswer`] per line, in order, until the stream ends, a line cannot be read (that line
/// is answered, as the last), or `answer` returns `Ok(false)`. The lines already read when
/// one is taken are extracted together, in parallel.
///
/// # Errors
/// The first error of `answer`; the run stops there.
pub fn extract_stream<R, E>(
    reader: R,
    mut answer: impl FnMut(LineAnswer) -> Result<bool, E>,
) -> Result<(), E>
where
    R: Read + Send + 'static,
{
    extract_stream_chunks(reader, |answers| {
        for line_answer in answers {
            if !answer(line_answer)? {
                return Ok(false);
            }
        }
        Ok(true)
    })
}

/// [`extract_stream`], giving `answer` the answers of the lines extracted together (one line
/// waited for and those read meanwhile, in order) at once, so that it can load them into a
/// database in one transaction. The stream ends after a chunk whose last line could not be
/// read, or when `answer` returns `Ok(false)`.
///
/// # Errors
/// The first error of `answer`; the run stops there.
pub fn extract_stream_chunks<R, E>(
    reader: R,
    mut answer: impl FnMut(Vec<LineAnswer>) -> Result<bool, E>,
) -> Result<(), E>
where
    R: Read + Send + 'static,
{
    let (sender, receiver) = sync_channel::<StreamLine>(STDIN_AHEAD);
    std::thread::spawn(move || read_lines(reader, &sender));
    while let Some(chunk) = next_chunk(&receiver) {
        let answers: Vec<(LineAnswer, bool)> = chunk
            .into_par_iter()
            .map(|item| match item {
                StreamLine::Line(line_no, line) => {
                    let result = line_record(line_no, line);
                    (LineAnswer { line_no, result }, false)
                }
                // The line that could not be read is an input too, with its error line; then
                // the stream is over.
                StreamLine::Failed(line_no, err) => {
                    let result = Err(LineFailure {
                        id: None,
                        error: format!("stdin:{line_no}: read failed: {err}"),
                    });
                    (LineAnswer { line_no, result }, true)
                }
            })
            .collect();
        // A line that could not be read is the last one sent.
        let read_failed = answers.iter().any(|(_, failed)| *failed);
        let answers = answers.into_iter().map(|(line_answer, _)| line_answer);
        if !answer(answers.collect())? || read_failed {
            return Ok(());
        }
    }
    Ok(())
}

/// The next lines to extract together: one waited for, then those already read, up to
/// [`STDIN_AHEAD`] lines or [`STDIN_CHUNK_BYTES`]. `None` at the end of the stream.
fn next_chunk(receiver: &Receiver<StreamLine>) -> Option<Vec<StreamLine>> {
    let first = receiver.recv().ok()?;
    let mut bytes = first.len();
    let mut chunk = Vec::with_capacity(STDIN_AHEAD);
    chunk.push(first);
    while chunk.len() < STDIN_AHEAD && bytes < STDIN_CHUNK_BYTES {
        match receiver.try_recv() {
            Ok(line) => {
                bytes += line.len();
                chunk.push(line);
            }
            Err(_) => break,
        }
    }
    Some(chunk)
}

/// Reads `reader` line by line into `sender` until it ends, fails, or the receiver is gone.
fn read_lines(reader: impl Read, sender: &SyncSender<StreamLine>) {
    let mut reader = LineReader::new(reader);
    loop {
        let item = match reader.next_line() {
            Ok(Some((line_no, line))) => StreamLine::Line(line_no, line),
            Ok(None) => return,
            Err(err) => StreamLine::Failed(reader.lines_read() + 1, err),
        };
        let last = matches!(item, StreamLine::Failed(..));
        if sender.send(item).is_err() || last {
            return;
        }
    }
}

/// The record for one line of the stream, under [`guard`].
fn line_record(line_no: usize, line: Line) -> Result<Record, LineFailure> {
    let failure = |id, error| LineFailure { id, error };
    match line {
        Line::Bytes(bytes) if bytes.iter().all(u8::is_ascii_whitespace) => {
            Err(failure(None, format!("stdin:{line_no}: empty line")))
        }
        Line::Bytes(bytes) => {
            let result = guard(&format!("stdin:{line_no}"), || {
                parse_jsonl_line("stdin", SourceKind::Stdin, None, line_no, &bytes)
                    .map(|input| article_record(&input))
            });
            result.map_err(|err| failure(id_of(&bytes), err.to_string()))
        }
        Line::TooLong(len) => Err(failure(
            None,
            format!(
                "stdin:{line_no}: line of {len} bytes is larger than {} MiB: not an article",
                MAX_ARTICLE_BYTES >> 20
            ),
        )),
    }
}

/// The `id` of a JSON line that failed later than parsing, when it has one.
fn id_of(bytes: &[u8]) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct IdOnly {
        id: Option<Box<serde_json::value::RawValue>>,
    }
    let line: IdOnly = serde_json::from_slice(bytes).ok()?;
    id_as_written(line.id.as_deref()?).ok().flatten()
}
