//! Vietnamese number parsing: "27.152" is 27152, "60,8" is 60.8, "1.500.000" is 1500000,
//! scale words (nghìn/ngàn, triệu, tỷ/tỉ, trăm) and number words (một, hai, … mười, mươi,
//! lăm, mốt).
//!
//! Parsers return [`Parsed`]: the value and how many bytes of the input it used.

use std::sync::LazyLock;

use super::table::Word;
use crate::extract::caseless;
use crate::normalize::chars::{is_alpha, lower_aligned_char};
use crate::rules::Table;

/// A parsed value and the number of bytes of input it consumed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Parsed<T> {
    /// The value.
    pub value: T,
    /// Bytes of the input consumed.
    pub len: usize,
}

/// Parses a numeral written with digits at the start of `input`, Vietnamese style: `.` groups
/// thousands when every group after it has three digits ("27.152", "1.500.000"), `,` marks
/// decimals ("60,8"). A `.` followed by a group that is not three digits is a decimal point
/// ("1.5 triệu"), and several `,`-separated three-digit groups are English thousands
/// ("1,500,000").
///
/// # Example
/// ```
/// use union_news::extract::quantity::numbers::parse_numeral;
/// assert_eq!(parse_numeral("27.152 đoàn viên").unwrap().value, 27152.0);
/// assert_eq!(parse_numeral("60,8 tỷ").unwrap().value, 60.8);
/// assert_eq!(parse_numeral("1.500.000đ").unwrap().len, 9);
/// ```
pub fn parse_numeral(input: &str) -> Option<Parsed<f64>> {
    let bytes = input.as_bytes();
    let digits_at = |i: usize| bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
    let first = digits_at(0);
    if first == 0 {
        return None;
    }
    // Collect groups separated by a single '.' or ',' followed by digits.
    let mut groups: Vec<(u8, usize, usize)> = Vec::new(); // (separator, start, len)
    let mut pos = first;
    while pos + 1 < bytes.len() && matches!(bytes[pos], b'.' | b',') {
        let n = digits_at(pos + 1);
        if n == 0 {
            break;
        }
        groups.push((bytes[pos], pos + 1, n));
        pos += 1 + n;
    }
    let int_part = &input[..first];
    let all_dots_thousands =
        !groups.is_empty() && groups.iter().all(|&(sep, _, n)| sep == b'.' && n == 3);
    let all_commas_thousands =
        groups.len() >= 2 && groups.iter().all(|&(sep, _, n)| sep == b',' && n == 3);
    if first > 3 && (all_dots_thousands || all_commas_thousands) {
        // "1234.567" is not a thousands grouping; fall back to the integer part.
        return Some(Parsed {
            value: int_part.parse().ok()?,
            len: first,
        });
    }
    if all_dots_thousands || all_commas_thousands {
        let mut s = int_part.to_string();
        for &(_, start, n) in &groups {
            s.push_str(&input[start..start + n]);
        }
        return Some(Parsed {
            value: s.parse().ok()?,
            len: pos,
        });
    }
    // Thousands groups with '.', then a decimal ',' ("1.234,5").
    let dot_groups = groups
        .iter()
        .take_while(|&&(sep, _, n)| sep == b'.' && n == 3)
        .count();
    if dot_groups < groups.len() && groups[dot_groups].0 == b',' && first <= 3 {
        let mut s = int_part.to_string();
        for &(_, start, n) in &groups[..dot_groups] {
            s.push_str(&input[start..start + n]);
        }
        let (_, start, n) = groups[dot_groups];
        s.push('.');
        s.push_str(&input[start..start + n]);
        return Some(Parsed {
            value: s.parse().ok()?,
            len: start + n,
        });
    }
    if let Some(&(_, start, n)) = groups.first() {
        // One decimal separator: "60,8", "1.5".
        let s = format!("{int_part}.{}", &input[start..start + n]);
        return Some(Parsed {
            value: s.parse().ok()?,
            len: start + n,
        });
    }
    Some(Parsed {
        value: int_part.parse().ok()?,
        len: first,
    })
}

/// The multiplier of a scale word: chục 1e1, trăm 1e2, nghìn/ngàn 1e3, vạn 1e4, triệu 1e6,
/// tỷ/tỉ 1e9.
///
/// # Example
/// ```
/// use union_news::extract::quantity::numbers::scale_of;
/// assert_eq!(scale_of("tỷ"), Some(1e9));
/// ```
pub fn scale_of(word: &str) -> Option<f64> {
    // Compared letter by letter, case-insensitively: most words after a number ("đoàn viên",
    // "đồng", "người") fail on their first letter, without a lower-cased copy.
    SCALE_WORDS
        .iter()
        .find(|(scale, _)| {
            word.len() == scale.len() && word.chars().map(lower_aligned_char).eq(scale.chars())
        })
        .map(|&(_, multiplier)| multiplier)
}

/// The scale words, lower case, with their multipliers. "vạn" (ten thousand) is the older
/// word the news still writes before people: "đại diện 15 vạn CNLĐ trong các KCN Hà Nội",
/// "giải quyết việc làm cho 80 vạn lao động", "khoảng 10 vạn công nhân mỏ" (corpus-real
/// labour.jsonl baomoi-22322953, baomoi-22571475, baomoi-22669368; stop 28).
const SCALE_WORDS: [(&str, f64); 9] = [
    ("chục", 1e1),
    ("trăm", 1e2),
    ("nghìn", 1e3),
    ("ngàn", 1e3),
    ("ngàn.", 1e3),
    ("vạn", 1e4),
    ("triệu", 1e6),
    ("tỷ", 1e9),
    ("tỉ", 1e9),
];

/// The scale words, lower case: "chục", "trăm", "nghìn", "ngàn", "vạn", "triệu", "tỷ", "tỉ".
pub(crate) fn scale_words() -> impl Iterator<Item = &'static str> {
    SCALE_WORDS
        .iter()
        .map(|&(word, _)| word)
        .filter(|word| word.chars().all(is_alpha))
}

/// Parses a scale phrase ("nghìn tỷ", "triệu", "trăm nghìn") at the start of `input`, after
/// optional spaces: the product of consecutive scale words. A scale word that starts a
/// compound noun is not a scale: "tỷ lệ" (ratio), "tỷ trọng" (share), "tỷ phú"
/// (billionaire), "triệu tập" (summon), "triệu chứng" (symptom).
///
/// # Example
/// ```
/// use union_news::extract::quantity::numbers::parse_scale;
/// let p = parse_scale(" nghìn tỷ đồng").unwrap();
/// assert_eq!((p.value, &" nghìn tỷ đồng"[p.len..]), (1e12, " đồng"));
/// ```
pub fn parse_scale(input: &str) -> Option<Parsed<f64>> {
    let mut total = 1.0;
    let mut len = 0;
    let mut found = false;
    loop {
        let rest = &input[len..];
        let trimmed = rest.trim_start_matches(' ');
        let skipped = rest.len() - trimmed.len();
        let word_len = trimmed
            .find(|c: char| !is_alpha(c))
            .unwrap_or(trimmed.len());
        let after = trimmed[word_len..].strip_prefix(' ').unwrap_or("");
        match scale_of(&trimmed[..word_len]) {
            Some(_) if starts_compound_noun(after) => break,
            Some(m) => {
                total *= m;
                len += skipped + word_len;
                found = true;
            }
            None => break,
        }
    }
    found.then_some(Parsed { value: total, len })
}

/// The rule table of second syllables that make a scale word the start of a compound noun.
pub(crate) static SCALE_COMPOUNDS_TSV: Table = Table::new(
    "extract/rules/scale_compounds.tsv",
    include_str!("../rules/scale_compounds.tsv"),
    &["second"],
    &["second"],
);

/// Second syllables of compound nouns that begin with a scale word's syllable ("tỷ lệ",
/// "triệu tập"); a malformed table (caught by the tests) yields none.
static SCALE_COMPOUND_SECONDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let rows: Vec<Word> = SCALE_COMPOUNDS_TSV.load().unwrap_or_default();
    rows.into_iter().map(|Word(w)| w).collect()
});

/// Whether `rest` (the text after a scale word and one space) starts with the second syllable
/// of a compound noun that begins with the scale word's syllable ("tỷ lệ", "triệu tập").
fn starts_compound_noun(rest: &str) -> bool {
    let word_len = rest.find(|c: char| !is_alpha(c)).unwrap_or(rest.len());
    SCALE_COMPOUND_SECONDS.contains(&&rest[..word_len])
}

/// Whether `word` (one syllable, any case of its first letter) can be part of a number
/// written in words: the digits một … chín with their variants (mốt, lăm, tư, bẩy), mười,
/// mươi, linh, lẻ and the scale words chục, trăm, nghìn/ngàn, triệu, tỷ/tỉ.
///
/// # Example
/// ```
/// use union_news::extract::quantity::numbers::is_number_word;
/// assert!(is_number_word("Hai") && is_number_word("mươi") && is_number_word("tỷ"));
/// assert!(!is_number_word("đoàn"));
/// ```
pub fn is_number_word(word: &str) -> bool {
    caseless::with_lower(word, |lower| {
        unit_word(lower).is_some()
            || scale_of(lower).is_some()
            || matches!(lower, "mười" | "mươi" | "linh" | "lẻ")
    })
}

/// The value of a Vietnamese number word, as it stands alone.
fn unit_word(word: &str) -> Option<u64> {
    Some(match word {
        "không" => 0,
        "một" | "mốt" => 1,
        "hai" => 2,
        "ba" => 3,
        "bốn" | "tư" => 4,
        "năm" | "lăm" => 5,
        "sáu" => 6,
        "bảy" | "bẩy" => 7,
        "tám" => 8,
        "chín" => 9,
        _ => return None,
    })
}

/// Parses a number written in words at the start of `input` ("hai mươi lăm", "một trăm",
/// "mười hai", "ba nghìn"), case-insensitively. Scale words above a hundred (nghìn, triệu, tỷ)
/// are consumed too. Returns `None` unless at least one word is a number word.
///
/// A lone "năm" is also the word for year; callers decide from the following word whether a
/// number is meant.
///
/// # Example
/// ```
/// use union_news::extract::quantity::numbers::parse_number_words;
/// assert_eq!(parse_number_words("hai mươi lăm đoàn viên").unwrap().value, 25.0);
/// assert_eq!(parse_number_words("Một trăm hai mươi mốt người").unwrap().value, 121.0);
/// assert_eq!(parse_number_words("ba tỷ đồng").unwrap().value, 3e9);
/// ```
pub fn parse_number_words(input: &str) -> Option<Parsed<f64>> {
    let mut sum = WordSum::default();
    let mut any = false;
    let mut len = 0;
    let mut consumed_end = 0;
    loop {
        let rest = &input[len..];
        let trimmed = rest.trim_start_matches(' ');
        let skipped = rest.len() - trimmed.len();
        let word_len = trimmed
            .find(|c: char| !is_alpha(c))
            .unwrap_or(trimmed.len());
        if word_len == 0 {
            break;
        }
        let word = trimmed[..word_len].to_lowercase();
        let next_len = len + skipped + word_len;
        let after = trimmed[word_len..].strip_prefix(' ').unwrap_or("");
        if scale_of(&word).is_some() && starts_compound_noun(after) {
            break;
        }
        if !sum.add(&word, any) {
            break;
        }
        any = true;
        len = next_len;
        consumed_end = len;
    }
    if !any {
        return None;
    }
    let value = sum.value();
    (value > 0.0).then_some(Parsed {
        value,
        len: consumed_end,
    })
}

/// The running sum of a number in words.
#[derive(Debug, Default)]
struct WordSum {
    /// Completed groups (above a thousand).
    total: f64,
    /// The current group below a thousand.
    group: f64,
    /// The last unit word not yet placed.
    current: Option<u64>,
    /// A ten was read in the current group ("mốt", "lăm" may follow).
    tens_seen: bool,
}

impl WordSum {
    /// Adds the lower-case `word`, after other number words when `any`; false when the word
    /// is no part of the number, which then ends before it.
    fn add(&mut self, word: &str, any: bool) -> bool {
        match word {
            "mười" => {
                self.group += 10.0;
                self.tens_seen = true;
            }
            // "hai mươi" = 20; "hai chục" = 20, "chục" alone = 10.
            "mươi" | "chục" => {
                let tens = self.current.take().unwrap_or(1) as f64;
                self.group += tens * 10.0;
                self.tens_seen = true;
            }
            "linh" | "lẻ" if self.group > 0.0 && self.current.is_none() => {}
            "trăm" => {
                let h = self.current.take().unwrap_or(1) as f64;
                self.group += h * 100.0;
                self.tens_seen = false;
            }
            "nghìn" | "ngàn" | "triệu" | "tỷ" | "tỉ" => {
                if !any {
                    return false;
                }
                self.close_group(scale_of(word).unwrap_or(1.0));
            }
            w => match unit_word(w) {
                Some(v) => {
                    if self.current.is_some() {
                        // Two units in a row: "hai ba" is not a number; stop before this one.
                        return false;
                    }
                    // "mốt", "lăm", "tư" only follow a ten; "linh"/"lẻ" only follow a hundred.
                    if matches!(w, "mốt" | "lăm") && !self.tens_seen {
                        return false;
                    }
                    self.current = Some(v);
                }
                None => return false,
            },
        }
        true
    }

    /// Closes the current group with a scale word of a thousand or more.
    fn close_group(&mut self, scale: f64) {
        self.group += self.current.take().unwrap_or(0) as f64;
        if self.group == 0.0 {
            self.group = 1.0;
        }
        if scale >= 1e9 && self.total > 0.0 {
            self.total = (self.total + self.group) * scale;
        } else {
            self.total += self.group * scale;
        }
        self.group = 0.0;
        self.tens_seen = false;
    }

    /// The value read so far.
    fn value(&self) -> f64 {
        self.total + self.group + self.current.unwrap_or(0) as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_and_decimals_from_the_seeds() {
        assert_eq!(parse_numeral("27.152").unwrap().value, 27152.0);
        assert_eq!(parse_numeral("167.009").unwrap().value, 167009.0);
        assert_eq!(parse_numeral("60,8").unwrap().value, 60.8);
        assert_eq!(parse_numeral("1.500.000").unwrap().value, 1_500_000.0);
        assert_eq!(parse_numeral("1.234,5").unwrap().value, 1234.5);
        assert_eq!(parse_numeral("1,500,000").unwrap().value, 1_500_000.0);
        assert_eq!(parse_numeral("2.5").unwrap().value, 2.5);
        assert_eq!(parse_numeral("424.830 sáng kiến").unwrap().len, 7);
    }

    #[test]
    fn a_trailing_separator_is_not_part_of_the_number() {
        let p = parse_numeral("2023. Năm").unwrap();
        assert_eq!((p.value, p.len), (2023.0, 4));
        let p = parse_numeral("12, tại").unwrap();
        assert_eq!((p.value, p.len), (12.0, 2));
    }

    #[test]
    fn no_digits_no_number() {
        assert!(parse_numeral("đồng").is_none());
        assert!(parse_numeral("").is_none());
        assert!(parse_numeral(".5").is_none());
    }

    #[test]
    fn number_words() {
        assert_eq!(parse_number_words("mười hai").unwrap().value, 12.0);
        assert_eq!(parse_number_words("hai mươi lăm").unwrap().value, 25.0);
        assert_eq!(
            parse_number_words("năm trăm nghìn").unwrap().value,
            500_000.0
        );
        assert_eq!(
            parse_number_words("một trăm linh năm").unwrap().value,
            105.0
        );
        assert_eq!(parse_number_words("hai tỷ rưỡi").unwrap().value, 2e9);
        assert!(parse_number_words("lăm").is_none());
        assert!(parse_number_words("đoàn viên").is_none());
    }

    #[test]
    fn chục_counts_tens() {
        assert_eq!(
            parse_number_words("hai chục đoàn viên").unwrap().value,
            20.0
        );
        assert_eq!(parse_scale(" chục triệu đồng").unwrap().value, 1e7);
    }

    #[test]
    fn compound_nouns_are_not_scales() {
        // "tỷ lệ" (ratio) and "tỷ trọng" (share) are never money.
        assert!(parse_scale(" tỷ lệ 95%").is_none());
        assert!(parse_scale(" tỷ trọng").is_none());
        assert!(parse_scale(" triệu tập").is_none());
        let p = parse_scale(" nghìn tỷ lệ").unwrap();
        assert_eq!((p.value, &" nghìn tỷ lệ"[p.len..]), (1e3, " tỷ lệ"));
        assert_eq!(parse_scale(" tỷ đồng").unwrap().value, 1e9);
    }

    #[test]
    fn number_words_are_recognised() {
        for w in [
            "một", "Hai", "mươi", "lăm", "trăm", "nghìn", "Triệu", "tỉ", "chục",
        ] {
            assert!(is_number_word(w), "{w}");
        }
        for w in ["đồng", "hàng", "người", ""] {
            assert!(!is_number_word(w), "{w}");
        }
    }

    #[test]
    fn scales() {
        assert_eq!(parse_scale(" triệu đồng").unwrap().value, 1e6);
        assert_eq!(parse_scale(" trăm nghìn tỷ").unwrap().value, 1e14);
        assert!(parse_scale(" đồng").is_none());
    }
}
