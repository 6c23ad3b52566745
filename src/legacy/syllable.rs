//! Is a word a well-formed Vietnamese syllable? Onset + vowel cluster + coda, with at most
//! one tone. Detection counts such words in each candidate decoding: text in the right
//! encoding is almost all syllables, a wrong table gives letter soup.
//!
//! The inventory follows the standard description of Vietnamese orthography (onsets, the
//! rhymes' vowel clusters, the eight final consonants); it is deliberately a little loose
//! (it does not pair each cluster with the codas it admits), since it has to tell Vietnamese
//! from mojibake, not judge spelling.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// The five marked tones (the sixth, ngang, has no mark).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tone {
    Grave,
    Acute,
    Hook,
    Tilde,
    Dot,
}

impl Tone {
    /// The tone a combining mark writes, if it writes one.
    pub(crate) fn from_mark(mark: char) -> Option<Self> {
        match mark {
            '\u{0300}' => Some(Self::Grave),
            '\u{0301}' => Some(Self::Acute),
            '\u{0309}' => Some(Self::Hook),
            '\u{0303}' => Some(Self::Tilde),
            '\u{0323}' => Some(Self::Dot),
            _ => None,
        }
    }

    /// The combining mark that writes this tone.
    pub(crate) fn combining_mark(self) -> char {
        match self {
            Self::Grave => '\u{0300}',
            Self::Acute => '\u{0301}',
            Self::Hook => '\u{0309}',
            Self::Tilde => '\u{0303}',
            Self::Dot => '\u{0323}',
        }
    }
}

/// A letter with a tone → (the letter without it, the tone); `None` for a letter without a
/// tone, or one whose toneless form is not a single character.
pub(crate) fn split_tone(letter: char) -> Option<(char, Tone)> {
    let mut tone = None;
    let mut rest = String::new();
    for c in std::iter::once(letter).nfd() {
        match Tone::from_mark(c) {
            Some(t) if tone.is_none() => tone = Some(t),
            Some(_) => return None,
            None => rest.push(c),
        }
    }
    let tone = tone?;
    let mut base = rest.nfc();
    let first = base.next()?;
    base.next().is_none().then_some((first, tone))
}

/// Onsets, longest first so that the first match is the longest ("ngh" before "ng").
const ONSETS: [&str; 27] = [
    "ngh", "ng", "gh", "gi", "kh", "ch", "nh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g",
    "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
];

/// Final consonants, longest first ("ng" before "n").
const CODAS: [&str; 8] = ["ng", "nh", "ch", "c", "m", "n", "p", "t"];

/// Vowel clusters of a rhyme without its tone: medial glide + nucleus + final glide.
const VOWELS: [&str; 54] = [
    "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", // nuclei
    "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "oo",
    "ôi", "ơi", "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê", "iêu",
    "yêu", "oai", "oay", "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu",
];

/// True when `word` is one well-formed Vietnamese syllable (any case, any normalization
/// form, cased as a word is): an onset from `ONSETS` (or none), a vowel cluster, a final
/// consonant (or none), and at most one tone mark, on a vowel.
pub fn is_vietnamese_syllable(word: &str) -> bool {
    if !is_cased_as_a_word(word) {
        return false;
    }
    let mut tones = 0;
    let mut base = None;
    let mut letters = String::with_capacity(word.len());
    for c in word.nfd() {
        if Tone::from_mark(c).is_some() {
            // A tone sits on a vowel (in NFD, after the vowel and its other marks).
            if !base.is_some_and(|b: char| "aeiouyAEIOUY".contains(b)) {
                return false;
            }
            tones += 1;
        } else {
            if !is_combining_mark(c) {
                base = Some(c);
            }
            letters.extend(c.to_lowercase());
        }
    }
    if tones > 1 || letters.is_empty() {
        return false;
    }
    let letters: String = letters.nfc().collect();
    let rest = ONSETS
        .iter()
        .find_map(|onset| letters.strip_prefix(onset))
        .unwrap_or(&letters);
    if is_rhyme(rest) {
        return true;
    }
    // "gi" before a vowel is an onset ("giữ"), alone it is g + the vowel i ("gì", "gìn").
    letters
        .strip_prefix('g')
        .is_some_and(|rest| rest.starts_with('i') && is_rhyme(rest))
}

/// Lower case, upper case, or capitalized: mojibake mixes cases inside a word ("đoaÌn").
fn is_cased_as_a_word(word: &str) -> bool {
    let mut letters = word.chars().filter(|c| !is_combining_mark(*c));
    let Some(first) = letters.next() else {
        return false;
    };
    let rest: Vec<char> = letters.collect();
    let all_lower = rest.iter().all(|c| c.is_lowercase());
    let all_upper = rest.iter().all(|c| c.is_uppercase());
    all_lower || (first.is_uppercase() && all_upper)
}

/// A vowel cluster followed by an optional final consonant.
fn is_rhyme(rest: &str) -> bool {
    let vowels = CODAS
        .iter()
        .find_map(|coda| rest.strip_suffix(coda))
        .unwrap_or(rest);
    VOWELS.contains(&vowels)
}
