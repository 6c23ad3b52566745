//! Records read back from JSONL (what `extract` wrote), for loading into a database: one
//! record per line, each failed line an error naming it (`FILE:LINE`).

use std::io::Read;

use super::{Line, LineReader};
use crate::record::Record;
use crate::Error;

/// The longest record line read: a record of an article at the input limit (8 MiB of text)
/// with its mentions and evidence fits several times over; a longer line is not a record of
/// this tool, and is refused without being held in memory.
pub const MAX_RECORD_BYTES: usize = 64 << 20;

/// One line of a records file that is not blank.
#[derive(Debug)]
pub enum RecordLine {
    /// A record, and where it came from (`FILE:LINE`).
    Record {
        /// The record.
        record: Box<Record>,
        /// `FILE:LINE`.
        at: String,
    },
    /// A line that is not a record (or could not be read: then the last), and why.
    Failed(String),
}

/// The records of one JSONL stream, line by line: an iterator of [`RecordLine`]s (blank lines
/// skipped), ending after the stream's end or a line that cannot be read.
///
/// # Example
/// ```
/// use union_news::input::{RecordLine, RecordReader};
/// let lines: Vec<RecordLine> = RecordReader::new("r.jsonl", &b"\n{not json\n"[..]).collect();
/// assert!(matches!(&lines[..], [RecordLine::Failed(e)] if e.starts_with("r.jsonl:2: ")));
/// ```
#[derive(Debug)]
pub struct RecordReader<R> {
    name: String,
    lines: LineReader<R>,
    done: bool,
}

impl<R: Read> RecordReader<R> {
    /// Reads records from `reader`; `name` names it in messages. A line is held in memory
    /// only up to [`MAX_RECORD_BYTES`]: a file without line breaks cannot exhaust memory.
    pub fn new(name: &str, reader: R) -> Self {
        Self {
            name: name.to_string(),
            lines: LineReader::with_limit(reader, MAX_RECORD_BYTES),
            done: false,
        }
    }
}

impl<R: Read> Iterator for RecordReader<R> {
    type Item = RecordLine;

    fn next(&mut self) -> Option<RecordLine> {
        let name = &self.name;
        while !self.done {
            let (n, line) = match self.lines.next_line() {
                Ok(Some(line)) => line,
                Ok(None) => break,
                Err(err) => {
                    self.done = true;
                    let n = self.lines.lines_read() + 1;
                    return Some(RecordLine::Failed(format!(
                        "{name}:{n}: cannot read: {err}"
                    )));
                }
            };
            let line = match line {
                Line::Bytes(bytes) => bytes,
                Line::TooLong(len) => {
                    return Some(RecordLine::Failed(format!(
                        "{name}:{n}: line of {len} bytes is larger than {} MiB: not a record",
                        MAX_RECORD_BYTES >> 20
                    )))
                }
            };
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            // serde_json checks UTF-8 as it parses: no separate pass over the line.
            let at = format!("{name}:{n}");
            return Some(match serde_json::from_slice::<Record>(&line) {
                Ok(record) => RecordLine::Record {
                    record: Box::new(record),
                    at,
                },
                Err(err) => RecordLine::Failed(Error::json(at, err).to_string()),
            });
        }
        self.done = true;
        None
    }
}
