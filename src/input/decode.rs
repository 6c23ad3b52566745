//! Bytes to text: UTF-8, UTF-16 behind a byte-order mark, legacy Vietnamese encodings; and the
//! checks that refuse empty and binary inputs before they are read as text.

use std::borrow::Cow;

use crate::record::Warning;
use crate::Error;

/// Refuses bytes that are empty, whitespace only, or binary (NUL bytes, or many control
/// characters in the first 8 KiB).
fn check_not_binary(input: &str, bytes: &[u8]) -> std::result::Result<(), Error> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(Error::input(input, "empty input"));
    }
    let sample = &bytes[..bytes.len().min(8192)];
    let controls = control_count(sample);
    if sample.contains(&0) || controls * 20 > sample.len() {
        return Err(Error::input(input, "binary data, not text"));
    }
    Ok(())
}

/// The control characters of `sample` but line breaks, tabs and form feeds (NUL is one): a
/// branch-free sum, which the compiler vectorizes, in byte-wide counters over 255 bytes at a
/// time (a counter per byte of a vector register instead of one per eight: `usize` counters
/// took 6.5 instructions a byte of a JSONL line, whose bytes are all checked).
fn control_count(sample: &[u8]) -> usize {
    sample
        .chunks(255)
        .map(|chunk| {
            let in_chunk = chunk
                .iter()
                .fold(0u8, |sum, &b| sum.wrapping_add(u8::from(is_control(b))));
            usize::from(in_chunk)
        })
        .sum()
}

/// A control character but a line break, a tab or a form feed.
fn is_control(b: u8) -> bool {
    b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)
}

/// [`check_not_binary`] for HTML: a page with a byte-order mark is checked as the text the
/// BOM names (UTF-16 is full of NUL bytes, and the HTML decoder reads it by its BOM).
pub(super) fn check_html_not_binary(input: &str, bytes: &[u8]) -> std::result::Result<(), Error> {
    let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes) else {
        return check_not_binary(input, bytes);
    };
    let sample = &bytes[bom_len..bytes.len().min(bom_len + 8192)];
    let (text, _) = encoding.decode_without_bom_handling(sample);
    check_not_binary(input, text.as_bytes())
}

/// Checks the first bytes of a file of many inputs (a `.jsonl`) before it is read line by
/// line, so that a binary file gives one error instead of one per line. Empty or blank
/// `head`s pass: whether a file holds any line is for the reader to tell.
///
/// # Errors
/// When `head` looks like binary data (NUL bytes, or many control characters).
pub fn check_text_head(input: &str, head: &[u8]) -> std::result::Result<(), Error> {
    if head.iter().all(u8::is_ascii_whitespace) {
        return Ok(());
    }
    if let Some(name) = utf16_bom(head) {
        // Its lines cannot be split on bytes; saying what it is beats "binary data".
        return Err(Error::input(
            input,
            format!(
                "{name} text (byte-order mark): JSONL must be UTF-8; convert it first \
                 (iconv -f UTF-16 -t UTF-8)"
            ),
        ));
    }
    check_not_binary(input, head)
}

/// The name of the UTF-16 encoding whose byte-order mark starts `bytes`, if one does.
fn utf16_bom(bytes: &[u8]) -> Option<&'static str> {
    match encoding_rs::Encoding::for_bom(bytes) {
        Some((encoding, _)) if encoding != encoding_rs::UTF_8 => Some(encoding.name()),
        _ => None,
    }
}

/// Decodes a text file: behind a UTF-16 byte-order mark (LE or BE, as Windows tools write
/// text) as UTF-16, else as [`decode_text`] does. Unpaired surrogates become U+FFFD with a
/// warning.
///
/// # Errors
/// When the text is empty, whitespace only, or binary.
pub fn decode_text_file(
    input: &str,
    bytes: &[u8],
    warnings: &mut Vec<Warning>,
) -> std::result::Result<String, Error> {
    let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes) else {
        return decode_text(input, bytes, warnings);
    };
    if encoding == encoding_rs::UTF_8 {
        return decode_text(input, bytes, warnings);
    }
    let body = &bytes[bom_len..];
    let (text, had_errors) = encoding.decode_without_bom_handling(body);
    check_not_binary(input, text.as_bytes())?;
    if had_errors {
        let bad = text.matches('\u{fffd}').count();
        warnings.push(Warning::InvalidUtf16 {
            encoding: encoding.name(),
            replaced: bad,
        });
    }
    Ok(text.into_owned())
}

/// Decodes text bytes: UTF-8 (a BOM is dropped); bytes that are not UTF-8 but clearly in a
/// legacy Vietnamese encoding ([`crate::legacy::detect`]) from it, with a warning naming
/// it; else invalid sequences replaced with U+FFFD and a warning naming the first bad byte
/// (in `warnings`: the library does not print; the caller reports them).
///
/// # Errors
/// When the bytes are empty, whitespace only, or binary.
pub fn decode_text(
    input: &str,
    bytes: &[u8],
    warnings: &mut Vec<Warning>,
) -> std::result::Result<String, Error> {
    decode_text_borrowed(input, bytes, warnings).map(Cow::into_owned)
}

/// [`decode_text`] without a copy of UTF-8 input: the text borrowed from `bytes` when they
/// are UTF-8 (a JSONL line is parsed from it and needs no copy of its own: one allocation
/// and copy of every line saved), owned when decoded from something else.
///
/// # Errors
/// As [`decode_text`].
pub(crate) fn decode_text_borrowed<'a>(
    input: &str,
    bytes: &'a [u8],
    warnings: &mut Vec<Warning>,
) -> std::result::Result<Cow<'a, str>, Error> {
    check_not_binary(input, bytes)?;
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    // The fast check for the common case; std's tells where invalid input goes wrong.
    if let Ok(text) = simdutf8::basic::from_utf8(bytes) {
        return Ok(Cow::Borrowed(text));
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Cow::Borrowed(s)),
        Err(err) => {
            // Not UTF-8: text from before Unicode may be in a legacy Vietnamese encoding.
            if let Some(found) = crate::legacy::detect(bytes) {
                warnings.push(Warning::LegacyEncoding(found.warning()));
                return Ok(Cow::Owned(found.text));
            }
            let at = err.valid_up_to();
            let text = String::from_utf8_lossy(bytes).into_owned();
            let bad = text.matches('\u{fffd}').count();
            warnings.push(Warning::InvalidUtf8 { at, replaced: bad });
            Ok(Cow::Owned(text))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::{Line, LineReader};

    /// The warnings' texts, as records hold them.
    fn texts(warnings: &[Warning]) -> Vec<String> {
        warnings.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn utf16_text_files_are_decoded_by_their_byte_order_mark() {
        let sentence = "Sáng 17/1, LĐLĐ quận Thanh Khê tổ chức hội nghị.";
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(sentence.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain(sentence.encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        for bytes in [&le, &be] {
            let mut w = Vec::new();
            assert_eq!(decode_text_file("f.txt", bytes, &mut w).unwrap(), sentence);
            assert!(w.is_empty(), "{w:?}");
        }
        // An unpaired surrogate: replaced, with a warning.
        let mut broken = le.clone();
        broken.extend([0x00, 0xD8]);
        let mut w = Vec::new();
        let text = decode_text_file("f.txt", &broken, &mut w).unwrap();
        assert!(text.ends_with('\u{fffd}'));
        assert_eq!(texts(&w), ["invalid UTF-16LE replaced (1 replacement(s))"]);
        // A BOM and nothing, or NULs behind it: refused as before.
        assert!(decode_text_file("f.txt", &[0xFF, 0xFE], &mut w).is_err());
        assert!(decode_text_file("f.txt", &[0xFF, 0xFE, 0, 0, 0, 0], &mut w).is_err());
        // UTF-8 files are unchanged.
        assert_eq!(
            decode_text_file("f.txt", sentence.as_bytes(), &mut w).unwrap(),
            sentence
        );
        // A UTF-16 .jsonl is refused with what it is and what to do.
        let err = check_text_head("f.jsonl", &le).unwrap_err().to_string();
        assert!(err.contains("UTF-16LE") && err.contains("iconv"), "{err}");
    }

    #[test]
    fn controls_counted_in_byte_counters_are_all_counted() {
        let mut rng = crate::test_rng::FixedLcg::new();
        let bytes = [0u8, 1, 9, 10, 12, 13, 27, 31, 32, b'a', 0xc3, 0xff];
        for len in [0, 1, 254, 255, 256, 509, 510, 511, 1000, 8192] {
            for _ in 0..20 {
                let sample: Vec<u8> = (0..len).map(|_| bytes[rng.below(bytes.len())]).collect();
                let expected = sample.iter().filter(|&&b| is_control(b)).count();
                assert_eq!(control_count(&sample), expected, "{len}");
            }
            let all = vec![1u8; len];
            assert_eq!(control_count(&all), len);
        }
    }

    #[test]
    fn binary_and_empty_inputs_are_refused() {
        let mut w = Vec::new();
        assert!(decode_text("f", b"\x00\x01\x02abc", &mut w).is_err());
        assert!(decode_text("f", b"  \n ", &mut w).is_err());
        let text = decode_text("f", b"Ng\xe0y 1", &mut w).unwrap();
        assert_eq!(text, "Ng\u{fffd}y 1");
        assert_eq!(
            texts(&w),
            ["invalid UTF-8 replaced at byte 2 (1 replacement(s))"]
        );
    }

    #[test]
    fn html_with_a_bom_is_checked_as_the_text_it_names() {
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("<p>Công đoàn</p>".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert!(check_not_binary("f", &utf16).is_err());
        assert!(check_html_not_binary("f", &utf16).is_ok());
        // NUL characters behind a UTF-16 BOM are still binary; a BOM alone is empty.
        assert!(check_html_not_binary("f", &[0xFF, 0xFE, 0, 0, 0, 0, 1, 0]).is_err());
        assert!(check_html_not_binary("f", &[0xFE, 0xFF]).is_err());
        assert!(check_html_not_binary("f", b"\xEF\xBB\xBF<p>x</p>").is_ok());
        assert!(check_html_not_binary("f", b"\x00\x01<p>").is_err());
    }

    #[test]
    fn a_binary_head_is_refused_and_text_or_blank_heads_pass() {
        assert!(check_text_head("f.jsonl", b"\x7fELF\x02\x01\x01\x00\x00\x00").is_err());
        assert!(check_text_head("f.jsonl", br#"{"id":"a","text":"x"}"#).is_ok());
        assert!(check_text_head("f.jsonl", b"").is_ok());
        assert!(check_text_head("f.jsonl", b"\n\n").is_ok());
        let mut reader = LineReader::new(&b"{}\n"[..]);
        assert_eq!(reader.peek().unwrap(), b"{}\n");
        assert!(matches!(
            reader.next_line().unwrap(),
            Some((1, Line::Bytes(_)))
        ));
        assert_eq!(reader.lines_read(), 1);
    }
}
