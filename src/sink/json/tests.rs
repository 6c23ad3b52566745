use serde_json::json;

use super::{write, write_str};
use crate::test_rng::FixedLcg;

/// What `serde_json` writes for `value`.
fn reference<T: serde::Serialize + ?Sized>(value: &T) -> Vec<u8> {
    serde_json::to_vec(value).expect("serializable")
}

/// What [`write`] writes for `value`.
fn ours<T: serde::Serialize + ?Sized>(value: &T) -> Vec<u8> {
    let mut out = Vec::new();
    write(&mut out, value).expect("serializable");
    out
}

#[test]
fn random_strings_are_escaped_as_serde_json_escapes_them() {
    // Every byte JSON escapes, the bytes next to them, and characters of two, three and four
    // bytes, in runs long enough to cross the eight-byte words in every alignment.
    let mut pieces: Vec<String> = (0u8..0x20).map(|b| char::from(b).to_string()).collect();
    pieces.extend(
        [
            "\"",
            "\\",
            "/",
            " ",
            "!",
            "#",
            "[",
            "]",
            "\u{7f}",
            "a",
            "Z",
            "0",
            "đ",
            "ư",
            "ố",
            "\u{a0}",
            "\u{2028}",
            "\u{2029}",
            "€",
            "–",
            "😀",
            "\u{ffff}",
            "\u{10ffff}",
        ]
        .map(String::from),
    );
    let mut rng = FixedLcg::new();
    for _ in 0..20_000 {
        let len = rng.below(40);
        let mut text = String::new();
        for _ in 0..len {
            // Mostly plain letters, as in an article, so that whole words pass unescaped.
            if rng.below(3) == 0 {
                text.push_str(&pieces[rng.below(pieces.len())]);
            } else {
                text.push(char::from(b'a' + u8::try_from(rng.below(26)).unwrap_or(0)));
            }
        }
        let mut out = Vec::new();
        write_str(&mut out, &text);
        assert_eq!(out, reference(&text), "{text:?}");
    }
}

#[test]
fn every_single_character_below_u0100_is_escaped_as_serde_json_escapes_it() {
    for code in 0u32..0x100 {
        let text: String = char::from_u32(code).into_iter().collect();
        for padded in [text.clone(), format!("{text}abcdefghijklmnop{text}")] {
            assert_eq!(ours(&padded), reference(&padded), "U+{code:04X}");
        }
    }
}

#[test]
fn values_are_written_as_serde_json_writes_them() {
    let values = [
        json!(null),
        json!(true),
        json!([]),
        json!({}),
        json!({"line": 3, "error": "stdin:3: bad \"id\"\n", "id": "a\\b"}),
        json!([
            1,
            -2,
            2.5,
            1e300,
            -0.0,
            0.1,
            u64::MAX,
            i64::MIN,
            [],
            {},
            [[null]]
        ]),
        json!({"a": {"b": [{"c": "đ\u{1f}"}], "d": {}}, "e": ""}),
    ];
    for value in &values {
        assert_eq!(ours(value), reference(value), "{value}");
    }
}

#[test]
fn enums_options_and_floats_are_written_as_serde_json_writes_them() {
    #[derive(serde::Serialize)]
    enum Kind {
        Unit,
        Newtype(u8),
        Tuple(u8, &'static str),
        Empty(),
        Struct { a: Option<f64>, b: char },
    }
    #[derive(serde::Serialize)]
    struct Wrapper(&'static str);
    let kinds = [
        Kind::Unit,
        Kind::Newtype(7),
        Kind::Tuple(1, "x"),
        Kind::Empty(),
        Kind::Struct { a: None, b: '"' },
        Kind::Struct {
            a: Some(f64::NAN),
            b: 'đ',
        },
        Kind::Struct {
            a: Some(f64::INFINITY),
            b: '\n',
        },
        Kind::Struct {
            a: Some(1.0),
            b: 'a',
        },
    ];
    assert_eq!(ours(&kinds[..]), reference(&kinds[..]));
    let keyed = std::collections::BTreeMap::from([('k', Wrapper("v")), ('\t', Wrapper("w"))]);
    assert_eq!(ours(&keyed), reference(&keyed));
    assert_eq!(
        ours(&(1u8, b"ab".as_slice())),
        reference(&(1u8, b"ab".as_slice()))
    );
}

#[test]
fn a_map_key_that_is_not_a_string_is_an_error() {
    let numbered = std::collections::BTreeMap::from([(1, 2)]);
    assert!(write(&mut Vec::new(), &numbered).is_err());
}

#[test]
fn the_seed_articles_records_are_written_as_serde_json_writes_them() {
    use crate::input::InputArticle;
    use crate::record::article_record;
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut read = 0;
    for entry in std::fs::read_dir(dir).expect("corpus/ is there").flatten() {
        let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
        let record = article_record(&InputArticle::plain("seed \"1\"", &text));
        assert_eq!(ours(&record), reference(&record));
        read += 1;
    }
    assert!(read >= 5);
}
