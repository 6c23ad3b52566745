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

/// Where the predicate after the people counted at byte `end` ends: the clause's end
/// ([`clause_bounds`]), except that an aside in brackets ("khoảng 400 công nhân của Công ty
/// TNHH An Giang SamHo (100% vốn Hàn Quốc, …) có trụ sở … đã lần lượt nhập viện") and a full
/// stop inside a name ("Công ty T.O.P Outdoor Vina", "TP.HCM") do not end it: what the
/// sentence says happened to them comes after both. Reads at most [`CLAUSE_REACH`] bytes,
/// an aside included; an aside left open ends the predicate.
pub(crate) fn predicate_end(text: &str, end: usize) -> usize {
    let bytes = text.as_bytes();
    let limit = end.saturating_add(CLAUSE_REACH).min(bytes.len());
    let mut i = end;
    while i < limit {
        match bytes[i] {
            b'(' => match bytes[i + 1..limit]
                .iter()
                .position(|&b| b == b')' || b == b'(')
            {
                Some(at) if bytes[i + 1 + at] == b')' => i += at + 2,
                _ => break,
            },
            b';' | b'!' | b'?' | b'\n' | b')' => break,
            b'.' if bytes.get(i + 1).is_none_or(u8::is_ascii_whitespace) => break,
            b',' | b':' if !bytes.get(i + 1).is_some_and(u8::is_ascii_digit) => break,
            _ => i += 1,
        }
    }
    let mut right = i.min(limit);
    while !text.is_char_boundary(right) {
        right -= 1;
    }
    right.max(end)
}

/// Whether byte `pos` falls inside one of `spans` (sorted by start, not overlapping).
pub(crate) fn covered(spans: &[(usize, usize)], pos: usize) -> bool {
    let i = spans.partition_point(|&(start, _)| start <= pos);
    i > 0 && pos < spans[i - 1].1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_predicate_runs_past_asides_and_dotted_names() {
        // corpus-real labour.jsonl baomoi-22660531 and baomoi-22635733.
        let text = "hàng trăm công nhân của Công ty (Khu công nghiệp Bình Hòa, H.Châu Thành) đã bị nôn ói, đau bụng";
        let end = "hàng trăm công nhân".len();
        assert!(text[end..predicate_end(text, end)].ends_with("đã bị nôn ói"));
        let text = "Gần 200 công nhân Công ty T.O.P Outdoor Vina phải nhập viện. Sau đó";
        let end = "Gần 200 công nhân".len();
        assert!(text[end..predicate_end(text, end)].ends_with("phải nhập viện"));
        // An aside left open, and one longer than the reach, end it.
        let text = "30 công nhân (khu A, nhập viện";
        assert_eq!(predicate_end(text, 2), "30 công nhân ".len());
        let long = format!("30 công nhân ({}) nhập viện", "x".repeat(CLAUSE_REACH));
        assert!(predicate_end(&long, 2) <= 2 + CLAUSE_REACH);
    }
}
