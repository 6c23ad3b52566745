//! Which legacy encoding are these bytes in? Each candidate reading (the four Vietnamese
//! encodings, and windows-1252 as the non-Vietnamese fallback) decodes a sample, and scores
//! the words with a letter outside ASCII that are well-formed Vietnamese syllables. A
//! Vietnamese encoding is chosen only when it clearly wins; otherwise the caller keeps what
//! it did before (replacement characters and a generic warning, or the declared charset).
//!
//! The byte patterns are distinctive: in the right table nearly every such word is a
//! syllable ("Việt"), in a wrong one nearly none is ("Vieät", "ViÖt", "Vi£t").

use unicode_normalization::char::is_combining_mark;

use super::{is_vietnamese_syllable, LegacyEncoding, ALL};

/// How much of the input is scored: some 2,500 words, far more than a decision needs (the
/// tests decide on one sentence), and a bound on the work (five decodes of 16 KiB however
/// large the file).
const SAMPLE_BYTES: usize = 16 * 1024;

/// Fewest syllables a winner needs: one word could be chance ("là" is also French).
const MIN_SYLLABLES: usize = 2;

/// A way of reading the bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// One of the Vietnamese encodings.
    Legacy(LegacyEncoding),
    /// windows-1252 (what `iso-8859-1` means on the web): text that is not Vietnamese.
    Windows1252,
}

impl Reading {
    /// The name used in warnings.
    pub fn name(self) -> &'static str {
        match self {
            Self::Legacy(encoding) => encoding.name(),
            Self::Windows1252 => "windows-1252",
        }
    }

    fn decode(self, bytes: &[u8]) -> String {
        match self {
            Self::Legacy(encoding) => encoding.decode(bytes),
            Self::Windows1252 => encoding_rs::WINDOWS_1252
                .decode_without_bom_handling(bytes)
                .0
                .into_owned(),
        }
    }
}

/// How well one reading reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Score {
    /// The reading scored.
    pub reading: Reading,
    /// Words with a letter outside ASCII that are Vietnamese syllables.
    pub syllables: usize,
    /// Words with a letter outside ASCII.
    pub words: usize,
}

impl Score {
    /// Syllables less the other non-ASCII words.
    fn net(self) -> i64 {
        let syllables = i64::try_from(self.syllables).unwrap_or(i64::MAX);
        let words = i64::try_from(self.words).unwrap_or(i64::MAX);
        syllables.saturating_mul(2).saturating_sub(words)
    }
}

/// Bytes found to be in a legacy Vietnamese encoding.
#[derive(Debug, Clone)]
pub struct Detection {
    /// The encoding.
    pub encoding: LegacyEncoding,
    /// All the bytes, decoded (NFC).
    pub text: String,
    /// The encoding's score on the sample.
    pub score: Score,
    /// The best score of the other readings.
    pub runner_up: Score,
}

impl Detection {
    /// The warning for a text input decoded this way: "decoded as TCVN3 (legacy Vietnamese
    /// encoding); not valid UTF-8", then the evidence.
    pub fn warning(&self) -> String {
        format!(
            "decoded as {} (legacy Vietnamese encoding); not valid UTF-8 ({})",
            self.encoding.name(),
            self.evidence()
        )
    }

    /// Why it was chosen, for a warning: "41 of 42 words read as Vietnamese syllables,
    /// against 3 of 40 in windows-1252".
    pub fn evidence(&self) -> String {
        format!(
            "{} of {} words read as Vietnamese syllables, against {} of {} in {}",
            self.score.syllables,
            self.score.words,
            self.runner_up.syllables,
            self.runner_up.words,
            self.runner_up.reading.name()
        )
    }
}

/// Bytes that are not UTF-8 → the legacy Vietnamese encoding they are in, when one clearly
/// wins (see `winner`). `None` for valid UTF-8, for UTF-8 with a few damaged bytes (more
/// valid multi-byte sequences than invalid ones: decoding it as a legacy table would turn
/// the good part into mojibake), and for text that reads best as windows-1252.
pub fn detect(bytes: &[u8]) -> Option<Detection> {
    if std::str::from_utf8(bytes).is_ok() {
        return None;
    }
    let sample = bytes.get(..SAMPLE_BYTES).unwrap_or(bytes);
    if looks_like_damaged_utf8(sample) {
        return None;
    }
    let (best, runner_up) = winner(&scores(sample))?;
    detection(bytes, best, runner_up)
}

/// Bytes decoded as `declared` (a page's charset) → the legacy Vietnamese encoding that
/// clearly reads better, if one does: pages of the 2000s said `iso-8859-1` and used VNI
/// or TCVN3 fonts. `None` when the declared reading wins or nothing clearly does.
pub fn prefer_over_declared(bytes: &[u8], declared: Reading) -> Option<Detection> {
    let sample = bytes.get(..SAMPLE_BYTES).unwrap_or(bytes);
    // ASCII reads the same in every candidate.
    if sample.is_ascii() {
        return None;
    }
    let (best, runner_up) = winner(&scores(sample))?;
    if best.reading == declared {
        return None;
    }
    detection(bytes, best, runner_up)
}

fn detection(bytes: &[u8], best: Score, runner_up: Score) -> Option<Detection> {
    let Reading::Legacy(encoding) = best.reading else {
        return None;
    };
    Some(Detection {
        encoding,
        text: encoding.decode(bytes),
        score: best,
        runner_up,
    })
}

/// Every reading's score on `sample`.
fn scores(sample: &[u8]) -> Vec<Score> {
    ALL.iter()
        .map(|&encoding| Reading::Legacy(encoding))
        .chain([Reading::Windows1252])
        .map(|reading| score(reading, sample))
        .collect()
}

fn score(reading: Reading, sample: &[u8]) -> Score {
    let text = reading.decode(sample);
    let mut score = Score {
        reading,
        syllables: 0,
        words: 0,
    };
    for word in text.split(|c: char| !(c.is_alphabetic() || is_combining_mark(c))) {
        // ASCII words read the same in every candidate: they decide nothing.
        if word.is_ascii() {
            continue;
        }
        score.words += 1;
        if is_vietnamese_syllable(word) {
            score.syllables += 1;
        }
    }
    score
}

/// The best reading and the runner-up, when the best clearly wins. Readings are ranked by
/// their net score (syllables less other non-ASCII words): a wrong table still reads some
/// words right (windows-1252 reads the "ê" of windows-1258's "Liên", VNI's "chí") but turns
/// most into non-syllables. The best clearly wins with at least [`MIN_SYLLABLES`]
/// syllables, two thirds of its non-ASCII words syllables (real text in the right table
/// scores near 100%, foreign names aside), and twice the runner-up's net score.
fn winner(scores: &[Score]) -> Option<(Score, Score)> {
    // Ties go to the earlier reading; a tie is not a clear win anyway.
    let best = scores
        .iter()
        .copied()
        .reduce(|best, s| if s.net() > best.net() { s } else { best })?;
    let runner_up = scores
        .iter()
        .copied()
        .filter(|s| s.reading != best.reading)
        .reduce(|best, s| if s.net() > best.net() { s } else { best })?;
    let clear = best.syllables >= MIN_SYLLABLES
        && best.syllables * 3 >= best.words * 2
        && best.net() >= 2 * runner_up.net().max(0);
    clear.then_some((best, runner_up))
}

/// True when `bytes` hold at least as many valid multi-byte UTF-8 sequences as invalid
/// ones: UTF-8 with damage, not a legacy encoding (whose letters almost never form valid
/// UTF-8 sequences: lead bytes followed by continuation bytes).
fn looks_like_damaged_utf8(mut bytes: &[u8]) -> bool {
    let multibyte = |valid: &[u8]| {
        std::str::from_utf8(valid)
            .map(|s| s.chars().filter(|c| c.len_utf8() > 1).count())
            .unwrap_or(0)
    };
    let (mut good, mut bad) = (0usize, 0usize);
    loop {
        match std::str::from_utf8(bytes) {
            Ok(text) => {
                good += multibyte(text.as_bytes());
                break;
            }
            Err(err) => {
                let Some((valid, rest)) = bytes.split_at_checked(err.valid_up_to()) else {
                    break;
                };
                good += multibyte(valid);
                bad += 1;
                match err.error_len() {
                    Some(len) => bytes = rest.get(len..).unwrap_or_default(),
                    None => break,
                }
            }
        }
    }
    good >= bad
}
