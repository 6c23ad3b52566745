//! A line reader that holds one line at a time and refuses lines over a limit: how JSONL is
//! read, from files, standard input, and record files (`load`).

use std::io::{BufRead, BufReader, Read};

use super::MAX_ARTICLE_BYTES;

/// Reads lines from `reader` without holding more than one line in memory, refusing lines
/// longer than [`MAX_ARTICLE_BYTES`] (or the limit given to [`LineReader::with_limit`]; the
/// rest of such a line is skipped).
#[derive(Debug)]
pub struct LineReader<R> {
    reader: BufReader<R>,
    line_no: usize,
    /// The longest line returned, in bytes.
    limit: usize,
}

/// One line read by [`LineReader`].
#[derive(Debug)]
pub enum Line {
    /// A line's bytes, without the line break.
    Bytes(Vec<u8>),
    /// A line over the reader's limit; its length in bytes.
    TooLong(usize),
}

impl<R: Read> LineReader<R> {
    /// Wraps a reader; lines over [`MAX_ARTICLE_BYTES`] are refused.
    pub fn new(reader: R) -> Self {
        Self::with_limit(reader, MAX_ARTICLE_BYTES)
    }

    /// Wraps a reader; lines over `limit` bytes are refused ([`Line::TooLong`]).
    pub fn with_limit(reader: R, limit: usize) -> Self {
        Self {
            reader: BufReader::with_capacity(1 << 16, reader),
            line_no: 0,
            limit,
        }
    }

    /// The bytes at the start of what is left to read (up to 64 KiB, fewer from a pipe),
    /// without consuming them: for a look at a file's head before reading its lines.
    ///
    /// # Errors
    /// When reading fails.
    pub fn peek(&mut self) -> std::io::Result<&[u8]> {
        self.reader.fill_buf()
    }

    /// How many lines have been returned so far (the number of the last one).
    pub fn lines_read(&self) -> usize {
        self.line_no
    }

    /// The next line with its 1-based number, or `None` at the end.
    ///
    /// # Errors
    /// When reading fails.
    pub fn next_line(&mut self) -> std::io::Result<Option<(usize, Line)>> {
        let mut buf = Vec::new();
        let mut total = 0usize;
        let mut too_long = false;
        loop {
            let available = self.reader.fill_buf()?;
            if available.is_empty() {
                if total == 0 {
                    return Ok(None);
                }
                break;
            }
            let (chunk, found) = match memchr::memchr(b'\n', available) {
                Some(i) => (&available[..i], Some(i)),
                None => (available, None),
            };
            total += chunk.len();
            if !too_long {
                if buf.len() + chunk.len() > self.limit {
                    too_long = true;
                    buf = Vec::new();
                } else {
                    buf.extend_from_slice(chunk);
                }
            }
            let consumed = found.map_or(chunk.len(), |i| i + 1);
            self.reader.consume(consumed);
            if found.is_some() {
                total += 1;
                break;
            }
        }
        self.line_no += 1;
        if too_long {
            return Ok(Some((self.line_no, Line::TooLong(total))));
        }
        if buf.last() == Some(&b'\r') {
            buf.pop();
        }
        Ok(Some((self.line_no, Line::Bytes(buf))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_are_refused_and_skipped() {
        let mut data = vec![b'a'; MAX_ARTICLE_BYTES + 10];
        data.extend_from_slice(b"\n{\"id\":\"b\"}\n");
        let mut reader = LineReader::new(&data[..]);
        assert!(matches!(
            reader.next_line().unwrap(),
            Some((1, Line::TooLong(_)))
        ));
        match reader.next_line().unwrap() {
            Some((2, Line::Bytes(b))) => assert_eq!(b, br#"{"id":"b"}"#),
            other => panic!("{other:?}"),
        }
        assert!(reader.next_line().unwrap().is_none());
    }
}
