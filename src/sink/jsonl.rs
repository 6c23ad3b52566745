//! JSONL: records as JSON lines, to a file or standard output (`-o -`), beside the database
//! sinks. Also writes the error objects of `--errors`.
//!
//! Unlike a database, the output is a stream someone may stop reading (`extract … | head`):
//! a write or flush that finds the pipe closed reports it ([`Written::Closed`]) instead of
//! failing, so the run can stop quietly and say so.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use serde::Serialize;

/// What became of a write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    /// The line was written (or flushed).
    Done,
    /// The reader of the output went away (a closed pipe): nothing more can be written.
    Closed,
}

/// JSON lines to a file or standard output, buffered.
///
/// # Example
/// ```
/// use union_news::sink::jsonl::{JsonlSink, Written};
///
/// let dir = tempfile::tempdir().unwrap();
/// let path = dir.path().join("records.jsonl");
/// let mut sink = JsonlSink::create(Some(&path)).unwrap();
/// assert_eq!(sink.write(&serde_json::json!({"id": "a"})).unwrap(), Written::Done);
/// assert_eq!(sink.flush().unwrap(), Written::Done);
/// drop(sink);
/// assert_eq!(std::fs::read_to_string(&path).unwrap(), "{\"id\":\"a\"}\n");
/// ```
pub struct JsonlSink {
    out: BufWriter<Box<dyn Write + Send>>,
    /// The line being written, kept from one write to the next (its allocation reused).
    line: Vec<u8>,
}

impl std::fmt::Debug for JsonlSink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JsonlSink").finish_non_exhaustive()
    }
}

impl JsonlSink {
    /// The records' output: the file at `path`, created or truncated; `None` or `-` is
    /// standard output.
    ///
    /// # Errors
    /// When the file cannot be created.
    pub fn create(path: Option<&Path>) -> io::Result<Self> {
        match path {
            Some(path) if !is_stdout(path) => Self::to_file(path),
            _ => Ok(Self::to_stdout()),
        }
    }

    /// The file at `path`, created or truncated (`-` is a file of that name here).
    ///
    /// # Errors
    /// When the file cannot be created.
    pub fn to_file(path: &Path) -> io::Result<Self> {
        Ok(Self::over(Box::new(File::create(path)?)))
    }

    /// Standard output.
    pub fn to_stdout() -> Self {
        Self::over(Box::new(io::stdout()))
    }

    fn over(out: Box<dyn Write + Send>) -> Self {
        Self {
            out: BufWriter::new(out),
            line: Vec::new(),
        }
    }

    /// Writes `value` as one JSON line.
    ///
    /// # Errors
    /// When writing fails for another reason than a closed pipe.
    pub fn write(&mut self, value: &impl Serialize) -> io::Result<Written> {
        self.line.clear();
        super::json::write(&mut self.line, value)?;
        self.line.push(b'\n');
        quiet_when_closed(self.out.write_all(&self.line))
    }

    /// Writes out what is buffered.
    ///
    /// # Errors
    /// When writing fails for another reason than a closed pipe.
    pub fn flush(&mut self) -> io::Result<Written> {
        quiet_when_closed(self.out.flush())
    }
}

/// Whether `path` names standard output (`-`).
pub fn is_stdout(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// A write's result, with a closed pipe as [`Written::Closed`].
fn quiet_when_closed(result: io::Result<()>) -> io::Result<Written> {
    match result {
        Ok(()) => Ok(Written::Done),
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => Ok(Written::Closed),
        Err(err) => Err(err),
    }
}
