//! Many inputs to records, in parallel and in input order: the loop of `union-news extract`.
//!
//! Inputs are cut into [`Unit`]s (a whole file, or one line of a JSONL file), extracted in
//! parallel batches ([`process`], on rayon's threads), and handed on as [`Outcome`]s in
//! input order, whatever the order they finished in:
//!
//! - [`extract_files`]: files and directories; while one batch is written (by a [`Deliver`]
//!   on a thread of its own), the next is extracted;
//! - [`extract_stream`]: a JSONL stream (standard input), answered line by line: the lines
//!   already read when one is taken are extracted together, so a stream that sends one line
//!   and waits gets its answer at once, and a bulk stream uses every core.
//!
//! Every unit runs under [`guard`]: a bug that panics on one input becomes that input's
//! error, and the run goes on.

mod files;
mod stream;

pub use files::{extract_files, Deliver, WriterPanicked, BATCH};
pub use stream::{extract_stream, extract_stream_chunks, LineAnswer, LineFailure};

use crate::dedup::{mark_duplicate, BodyRegistry, CompactIds, DuplicateCounts};
use crate::guard::guard;
use crate::input::warc::{page_input, Skipped, WarcPage};
use crate::input::{parse_jsonl_line, read_file_input, InputFile};
use crate::record::{article_record, Record, SourceKind};
use crate::sink::RecordSink;

/// One unit of work: a whole file, one JSONL line or one WARC record.
#[derive(Debug)]
pub enum Unit {
    /// A `.txt` or `.html` file, one input.
    File(InputFile),
    /// One line of a JSONL file.
    Line {
        /// The file, as shown in messages.
        origin: String,
        /// The line's number (1-based).
        line_no: usize,
        /// The line's bytes.
        bytes: Vec<u8>,
    },
    /// An HTML response of a WARC file.
    Warc(Box<WarcPage>),
    /// A WARC record that is not an article: counted, not extracted.
    Skipped(Skipped),
    /// An input that already failed (it could not be listed or read).
    Failed {
        /// The input's name.
        input: String,
        /// Its error message.
        error: String,
    },
}

/// What became of one unit; `input` names it (a path, `FILE:LINE`).
#[derive(Debug)]
pub enum Outcome {
    /// Its record.
    Record {
        /// The record.
        record: Box<Record>,
        /// The input's name.
        input: String,
    },
    /// Its error.
    Failed {
        /// The input's name.
        input: String,
        /// The error message.
        error: String,
    },
    /// A WARC record that is not an article (not an input: the summary counts them).
    Skipped(Skipped),
}

/// Reads and extracts one unit, under [`guard`].
pub fn process(unit: Unit) -> Outcome {
    let (input, result) = match unit {
        Unit::File(file) => {
            let input = file.path.display().to_string();
            let result = guard(&input, || {
                read_file_input(&file).map(|article| article_record(&article))
            });
            (input, result)
        }
        Unit::Line {
            origin,
            line_no,
            bytes,
        } => {
            let input = format!("{origin}:{line_no}");
            let result = guard(&input, || {
                parse_jsonl_line(&origin, SourceKind::File, Some(&origin), line_no, &bytes)
                    .map(|article| article_record(&article))
            });
            (input, result)
        }
        Unit::Warc(page) => {
            let input = page.input_name();
            let result = guard(&input, || {
                page_input(*page).map(|article| article_record(&article))
            });
            (input, result)
        }
        Unit::Skipped(skipped) => return Outcome::Skipped(skipped),
        Unit::Failed { input, error } => return Outcome::Failed { input, error },
    };
    match result {
        Ok(record) => Outcome::Record {
            record: Box::new(record),
            input,
        },
        Err(err) => Outcome::Failed {
            input,
            error: err.to_string(),
        },
    }
}

/// What a run remembers from one batch to the next, in fixed-size entries: the ids claimed and
/// the bodies of its originals (see [`crate::dedup`]).
#[derive(Debug, Default)]
pub struct RunMemory {
    /// Ids claimed so far.
    pub ids: CompactIds,
    /// Bodies seen so far.
    pub bodies: BodyRegistry,
    /// Records marked as duplicates so far.
    pub duplicates: DuplicateCounts,
}

impl RunMemory {
    /// Claims each record's id ([`claim_ids`]), then marks each record that is left whose body
    /// repeats an earlier record's, in input order.
    pub fn check(&mut self, outcomes: &mut [Outcome]) {
        claim_ids(&mut self.ids, outcomes);
        for outcome in outcomes.iter_mut() {
            if let Outcome::Record { record, .. } = outcome {
                mark_duplicate(&mut self.bodies, &mut self.duplicates, record);
            }
        }
    }

    /// Claims the id of one record and marks it when its body repeats an earlier one's.
    ///
    /// # Errors
    /// When an earlier record has its id (then it is not marked).
    pub fn check_one(&mut self, record: &mut Record, input: &str) -> Result<(), crate::Error> {
        self.ids.claim(&record.id, input)?;
        mark_duplicate(&mut self.bodies, &mut self.duplicates, record);
        Ok(())
    }
}

/// Claims each record's id in `ids`; a record whose id an earlier input has becomes an error
/// (a database keeps one article per id: the second would silently replace the first).
pub fn claim_ids(ids: &mut CompactIds, outcomes: &mut [Outcome]) {
    for outcome in outcomes.iter_mut() {
        if let Outcome::Record { record, input } = outcome {
            if let Err(err) = ids.claim(&record.id, input) {
                *outcome = Outcome::Failed {
                    input: std::mem::take(input),
                    error: err.to_string(),
                };
            }
        }
    }
}

/// Loads the records of a batch in one transaction; when the database refuses the batch, loads
/// them one by one so that only the records it rejects become errors (an article is either
/// fully loaded or not at all, and a record that is not loaded is not written out either).
pub fn load_outcomes(sink: &mut dyn RecordSink, outcomes: &mut [Outcome]) {
    let records: Vec<Record> = outcomes
        .iter()
        .filter_map(|o| match o {
            Outcome::Record { record, .. } => Some((**record).clone()),
            Outcome::Failed { .. } | Outcome::Skipped(_) => None,
        })
        .collect();
    if records.is_empty() || sink.write_batch(&records).is_ok() {
        return;
    }
    for outcome in outcomes.iter_mut() {
        if let Outcome::Record { record, input } = outcome {
            if let Err(err) = sink.write_batch(std::slice::from_ref(&**record)) {
                *outcome = Outcome::Failed {
                    input: std::mem::take(input),
                    error: format!("{}: {err}", record.id),
                };
            }
        }
    }
}
