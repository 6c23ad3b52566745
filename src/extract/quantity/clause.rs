//! The clause a quantity stands in, and which bytes earlier mentions cover.

/// How far, in bytes, a clause is read each way from a quantity at most (some 70 words of
/// Vietnamese): the bound keeps each read short on text without punctuation.
pub(crate) const CLAUSE_REACH: usize = 400;

/// The clause around bytes `start..end`: it runs back and forward to the nearest `;`, `!`,
/// `?`, bracket, line break, or `,` `.` `:` that is not inside a number (at most
/// [`CLAUSE_REACH`] bytes each way).
pub(crate) fn clause_bounds(text: &str, start: usize, end: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let is_break = |i: usize| -> bool {
        match bytes[i] {
            b';' | b'!' | b'?' | b'\n' | b'(' | b')' => true,
            b',' | b'.' | b':' => !bytes.get(i + 1).is_some_and(|b| b.is_ascii_digit()),
            _ => false,
        }
    };
    let mut left = start;
    while left > 0 && start - left < CLAUSE_REACH && !is_break(left - 1) {
        left -= 1;
    }
    let mut right = end;
    while right < bytes.len() && right - end < CLAUSE_REACH && !is_break(right) {
        right += 1;
    }
    while !text.is_char_boundary(left) {
        left += 1;
    }
    while !text.is_char_boundary(right) {
        right -= 1;
    }
    (left, right.max(end))
}

/// Whether byte `pos` falls inside one of `spans` (sorted by start, not overlapping).
pub(crate) fn covered(spans: &[(usize, usize)], pos: usize) -> bool {
    let i = spans.partition_point(|&(start, _)| start <= pos);
    i > 0 && pos < spans[i - 1].1
}
