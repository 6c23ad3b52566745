//! The digit runs of a document, read once: where each starts and ends, and the quantity
//! that starts there ([`read_digits`], when [`starts_quantity`] lets it). The money and the
//! member-count rules both walk them ([`from_digit_runs`]); before, each walked the text and
//! read every run itself.

use super::reading::{next_digit, read_digits, starts_quantity, Quantity};

/// A maximal run of ASCII digits, dots and commas that starts with a digit, as a walk from
/// the start of the text finds it.
#[derive(Debug, Clone, Copy, PartialEq)]
struct DigitRun {
    /// Byte of its first digit.
    start: usize,
    /// Byte just past its last digit, dot or comma.
    end: usize,
    /// The quantity that starts at `start`, when the run starts a quantity token.
    quantity: Option<Quantity>,
}

/// The digit runs of one text, in text order, each with the quantity it starts: built once
/// per document ([`crate::extract::Document::digit_runs`]).
#[derive(Debug, Clone, Default)]
pub(crate) struct DigitRuns {
    runs: Vec<DigitRun>,
}

/// The byte just past the run of digits, dots and commas at `at`.
fn run_end(bytes: &[u8], mut at: usize) -> usize {
    while at < bytes.len() && (bytes[at].is_ascii_digit() || matches!(bytes[at], b'.' | b',')) {
        at += 1;
    }
    at
}

/// The quantity that a digit run starting at `start` starts, if any.
fn quantity_at(text: &str, start: usize) -> Option<Quantity> {
    if starts_quantity(text, start) {
        read_digits(text, start)
    } else {
        None
    }
}

impl DigitRuns {
    /// Every digit run of `text` and the quantity each starts.
    pub(crate) fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut runs = Vec::new();
        let mut at = 0;
        loop {
            at = next_digit(bytes, at);
            if at >= bytes.len() {
                break;
            }
            let start = at;
            at = run_end(bytes, at);
            runs.push(DigitRun {
                start,
                end: at,
                quantity: quantity_at(text, start),
            });
        }
        DigitRuns { runs }
    }
}

/// The quantities read from the digit runs of `text` (whose runs `runs` holds) that start a
/// quantity token, each turned into a mention by `mention` (or dropped); the scan goes on
/// after each mention's end, which `end_of` gives.
///
/// This is the walk over the text that each rule made before the runs were shared: from the
/// next digit, over its run, then on from the run's end or the mention's end when that is
/// farther. A mention that ends inside a later run makes the walk go on from the next digit
/// inside that run, which is read afresh (it is no run start of `runs`).
pub(crate) fn from_digit_runs<C>(
    text: &str,
    runs: &DigitRuns,
    mention: impl Fn(Quantity) -> Option<C>,
    end_of: impl Fn(&C) -> usize,
) -> Vec<C> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut at = 0;
    for run in &runs.runs {
        let quantity = if run.start >= at {
            run.quantity
        } else if at >= run.end {
            continue;
        } else {
            let start = next_digit(bytes, at);
            if start >= run.end {
                continue;
            }
            quantity_at(text, start)
        };
        at = run.end;
        if let Some(c) = quantity.and_then(&mention) {
            at = at.max(end_of(&c));
            found.push(c);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The walk each rule made over the text before the runs were shared.
    fn walked<C>(
        text: &str,
        mention: impl Fn(Quantity) -> Option<C>,
        end_of: impl Fn(&C) -> usize,
    ) -> Vec<C> {
        let mut found = Vec::new();
        let bytes = text.as_bytes();
        let mut i = 0;
        loop {
            i = next_digit(bytes, i);
            if i >= bytes.len() {
                break;
            }
            let start = i;
            i = run_end(bytes, i);
            if !starts_quantity(text, start) {
                continue;
            }
            if let Some(c) = read_digits(text, start).and_then(&mention) {
                i = i.max(end_of(&c));
                found.push(c);
            }
        }
        found
    }

    /// Mentions that end before, at, inside and past the runs after them (by the quantity's
    /// digits), or are dropped, over texts of numbers, separators and scale and date words.
    fn compare(text: &str) {
        let runs = DigitRuns::new(text);
        for shift in [0usize, 1, 2, 3, 5, 8, 13] {
            let mention = |q: Quantity| {
                let pick = (q.start + shift) % 7;
                (pick != 3).then_some((q.start, q.end, q.end + (q.start * shift) % 11))
            };
            let end_of = |c: &(usize, usize, usize)| c.2;
            assert_eq!(
                from_digit_runs(text, &runs, mention, end_of),
                walked(text, mention, end_of),
                "{text:?} shift {shift}"
            );
        }
    }

    #[test]
    fn the_shared_runs_give_what_the_walk_gave() {
        let mut rng = crate::test_rng::FixedLcg::new();
        let pieces = [
            "1",
            "23",
            "4.5",
            "6,7",
            ".",
            ",",
            "..",
            " ",
            " ",
            "/",
            "-",
            "%",
            "a",
            "tỷ",
            " tỷ ",
            " triệu ",
            " đồng",
            "năm ",
            "Số ",
            "tổng số ",
            "ngày ",
            "x",
            "\n",
            "rưỡi ",
            "12/12",
        ];
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..rng.below(30) {
                text.push_str(pieces[rng.below(pieces.len())]);
            }
            compare(&text);
        }
        for entry in std::fs::read_dir("corpus").expect("corpus/") {
            let path = entry.expect("entry").path();
            if let Ok(text) = std::fs::read_to_string(&path) {
                compare(&text);
            }
        }
    }
}
