//! The tables round-trip every letter with every tone; decoding never panics and is NFC;
//! detection finds each encoding in real-looking text and leaves other text alone.

use proptest::prelude::*;
use unicode_normalization::{is_nfc, UnicodeNormalization};

use super::*;

/// Every letter of the Vietnamese alphabet, with every tone where it takes one, both cases.
fn alphabet() -> Vec<String> {
    let vowels = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"];
    let tones = ["", "\u{300}", "\u{301}", "\u{309}", "\u{303}", "\u{323}"];
    let mut letters = Vec::new();
    for vowel in vowels {
        for tone in tones {
            let lower: String = format!("{vowel}{tone}").nfc().collect();
            letters.push(lower.to_uppercase());
            letters.push(lower);
        }
    }
    for consonant in "bcdđghklmnpqrstvx".chars() {
        letters.push(consonant.to_string());
        letters.extend(std::iter::once(consonant.to_uppercase().collect()));
    }
    letters
}

const NEWS: &str = "Liên đoàn Lao động tỉnh Nghệ An tổ chức hội nghị ngày 20/12/2023, kết nạp \
    1.199 đoàn viên công đoàn. Chủ tịch Công đoàn cơ sở cho biết người lao động được hỗ trợ \
    2 triệu đồng mỗi người dịp Tết; Đoàn kiểm tra của Tổng Liên đoàn ghi nhận những khó khăn \
    về việc làm, tiền lương và nhà ở của công nhân.";

#[test]
fn every_letter_with_every_tone_round_trips_through_each_table() {
    let letters = alphabet();
    // 12 vowels × 6 tones × 2 cases + 17 consonants × 2 cases: the 134 accented letters of
    // VISCII's count plus the plain ones.
    assert_eq!(letters.len(), 12 * 6 * 2 + 17 * 2);
    for encoding in ALL {
        for letter in &letters {
            let bytes = encoding
                .encode(letter)
                .unwrap_or_else(|err| panic!("{}: {err}", encoding.name()));
            assert_eq!(
                &encoding.decode(&bytes),
                letter,
                "{} {letter} as {bytes:02X?}",
                encoding.name()
            );
        }
        let all = letters.join(" ");
        assert_eq!(encoding.decode(&encoding.encode(&all).unwrap()), all);
    }
}

/// Byte values from the published tables, checked by hand, so that a table shifted by one
/// cannot round-trip with itself unnoticed.
#[test]
fn published_byte_values_decode_as_the_tables_say() {
    // VNI: "Vieät Nam" (e + ä = circumflex + dot below), "ñoaøn" (đ; a + ø = grave).
    assert_eq!(
        LegacyEncoding::Vni.decode(b"Vie\xE4t Nam \xF1oa\xF8n"),
        "Việt Nam đoàn"
    );
    assert_eq!(LegacyEncoding::Vni.decode(b"NG\xD6\xD4\xD8I"), "NGƯỜI");
    // TCVN3: "c«ng ®oµn" (ô = 0xAB, đ = 0xAE, à = 0xB5), capitals Ă 0xA1 … Đ 0xA7.
    assert_eq!(
        LegacyEncoding::Tcvn3.decode(b"c\xABng \xAEo\xB5n"),
        "công đoàn"
    );
    assert_eq!(
        LegacyEncoding::Tcvn3.decode(b"\xA1\xA2\xA3\xA4\xA5\xA6\xA7"),
        "ĂÂÊÔƠƯĐ"
    );
    // TCVN3 leaves 0x80–0x9F to windows-1252: Word's curly quotes survive.
    assert_eq!(
        LegacyEncoding::Tcvn3.decode(b"\x93x\x94"),
        "\u{201C}x\u{201D}"
    );
    // VISCII (RFC 1456): ệ = 0xAE, ư = 0xDF, Ẳ = 0x02.
    assert_eq!(
        LegacyEncoding::Viscii.decode(b"Vi\xAEt \xDF \x02"),
        "Việt ư Ẳ"
    );
    // windows-1258: tones are combining marks after the letter; the result is composed.
    assert_eq!(LegacyEncoding::Windows1258.decode(b"\xF0oa\xCCn"), "đoàn");
}

#[test]
fn characters_outside_a_table_are_an_error_naming_them() {
    let err = LegacyEncoding::Tcvn3.encode("Công đoàn 工").unwrap_err();
    assert_eq!(err.ch, '工');
    assert!(err.to_string().contains("TCVN3"), "{err}");
}

#[test]
fn syllables_and_non_syllables() {
    for word in [
        "Việt", "nghiêng", "quyết", "khuya", "gì", "gìn", "giữ", "được", "NGƯỜI", "Đoàn", "ở",
        "tỉnh", "chuyện", "oẳn", "tuổi",
    ] {
        assert!(is_vietnamese_syllable(word), "{word}");
    }
    for word in [
        "Vieät",
        "ViÖt",
        "café",
        "été",
        "très",
        "déjà",
        "ñoaøn",
        "cĕng",
        "Việtt",
        "ấá",
        "",
        "x",
        "façade",
        "Straße",
        "đoaÌn",
        "cÔng",
        "ñ\u{301}",
    ] {
        assert!(!is_vietnamese_syllable(word), "{word}");
    }
    // Two tones on one syllable: not a syllable.
    assert!(!is_vietnamese_syllable("vie\u{302}\u{323}\u{301}t"));
}

#[test]
fn union_news_in_each_encoding_is_detected_and_decoded() {
    for encoding in ALL {
        let bytes = encoding.encode(NEWS).unwrap();
        let found = detect(&bytes).unwrap_or_else(|| panic!("{} not detected", encoding.name()));
        assert_eq!(found.encoding, encoding, "{}", found.evidence());
        assert_eq!(found.text, NEWS);
        // Every non-ASCII word of the news is a syllable.
        assert_eq!(
            found.score.syllables,
            found.score.words,
            "{}",
            found.evidence()
        );
        println!("{}: {}", encoding.name(), found.evidence());
    }
}

/// A few sentences are enough: one line of a JSONL file or a short .txt.
#[test]
fn one_short_sentence_is_enough() {
    let sentence = "Công đoàn tỉnh Nghệ An kết nạp 1.199 đoàn viên.";
    for encoding in ALL {
        let found = detect(&encoding.encode(sentence).unwrap());
        assert_eq!(
            found.map(|d| d.encoding),
            Some(encoding),
            "{}",
            encoding.name()
        );
    }
}

#[test]
fn latin_1_text_and_random_bytes_are_not_taken_for_vietnamese() {
    let french = encoding_rs::WINDOWS_1252
        .encode("Le comité a décidé à l'unanimité: la grève continue. Où est le café? Très bien, déjà là.")
        .0;
    assert!(detect(&french).is_none());
    let german = encoding_rs::WINDOWS_1252
        .encode(
            "Die Gewerkschaft fordert höhere Löhne für die Arbeiter in der Fabrik; Straße, Größe.",
        )
        .0;
    assert!(detect(&german).is_none());
    // Pseudo-random printable latin-1 (a fixed linear congruential sequence).
    let mut state: u32 = 12345;
    for _ in 0..20 {
        let bytes: Vec<u8> = (0..2000)
            .map(|_| {
                state = state.wrapping_mul(1_103_515_245).wrapping_add(12345);
                let byte = (state >> 16) as u8;
                if byte < 0x20 {
                    b' '
                } else {
                    byte
                }
            })
            .collect();
        let found = detect(&bytes);
        assert!(found.is_none(), "{:?}", found.map(|d| d.evidence()));
    }
}

#[test]
fn ascii_utf8_and_damaged_utf8_are_left_alone() {
    assert!(detect(b"Cong doan tinh Nghe An").is_none());
    assert!(detect(NEWS.as_bytes()).is_none());
    // UTF-8 with one bad byte: the caller's replacement character, not a legacy table.
    let mut damaged = NEWS.as_bytes().to_vec();
    damaged.insert(10, 0xFF);
    assert!(detect(&damaged).is_none());
}

#[test]
fn a_declared_latin_1_page_in_vni_reads_as_vni() {
    let bytes = LegacyEncoding::Vni.encode(NEWS).unwrap();
    let found = prefer_over_declared(&bytes, Reading::Windows1252).unwrap();
    assert_eq!(found.encoding, LegacyEncoding::Vni);
    let french = encoding_rs::WINDOWS_1252
        .encode("Le comité a décidé à l'unanimité.")
        .0;
    assert!(prefer_over_declared(&french, Reading::Windows1252).is_none());
    // A true windows-1258 page keeps its charset.
    let bytes = LegacyEncoding::Windows1258.encode(NEWS).unwrap();
    let declared = Reading::Legacy(LegacyEncoding::Windows1258);
    assert!(prefer_over_declared(&bytes, declared).is_none());
}

proptest! {
    #[test]
    fn decoding_any_bytes_never_panics_and_is_nfc(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        for encoding in ALL {
            prop_assert!(is_nfc(&encoding.decode(&bytes)));
        }
        if let Some(found) = detect(&bytes) {
            prop_assert!(is_nfc(&found.text));
        }
    }

    /// The same bytes as a text input.
    #[test]
    fn text_inputs_of_any_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let mut warnings = Vec::new();
        if let Ok(text) = crate::input::decode_text("f.txt", &bytes, &mut warnings) {
            if warnings
                .iter()
                .any(|w| matches!(w, crate::record::Warning::LegacyEncoding(_)))
            {
                prop_assert!(is_nfc(&text));
            }
        }
    }
}
