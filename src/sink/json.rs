//! Compact JSON into a byte buffer, byte for byte what `serde_json::to_writer` writes, with a
//! faster string escape: a record's strings (its whole `text` first of all) are scanned eight
//! bytes at a time for the bytes JSON requires escaped (`"`, `\`, the controls below U+0020),
//! where `serde_json` looks each byte up in a table and branches on it.
//!
//! Everything but strings, map keys and the punctuation of arrays and objects is handed to
//! `serde_json` itself (numbers through `itoa`/`ryu`, `null` for a float that is not finite),
//! so only the string escape is ours; `tests` checks it against `serde_json` on random
//! strings, and `scripts/compare-builds.sh` on every corpus's records.

use serde::ser::{self, Serialize};

/// The error of a serialization: a `Serialize` implementation's own, or a map key that is
/// not a string (`serde_json` accepts numbers and booleans there too; no record has one).
pub type Error = serde_json::Error;

/// Appends `value` to `out` as compact JSON, as `serde_json::to_writer(out, value)` would.
///
/// # Errors
/// When `value`'s `Serialize` fails, or a map key is not a string (then `out` holds part of
/// the value).
///
/// # Example
/// ```
/// let mut out = Vec::new();
/// union_news::sink::json::write(&mut out, &serde_json::json!({"a": "x\ny", "b": [1, 2.5]})).unwrap();
/// assert_eq!(out, br#"{"a":"x\ny","b":[1,2.5]}"#);
/// ```
pub fn write<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) -> Result<(), Error> {
    value.serialize(Compact { out })
}

/// Appends `text` to `out` as a JSON string: quoted, with `"`, `\` and the control characters
/// escaped as `serde_json` escapes them (`\n`, `\t`, `\u001f`, …), everything else as is.
pub fn write_str(out: &mut Vec<u8>, text: &str) {
    write_quoted(out, text, b"\"");
}

/// Whether a string this short is checked byte by byte (no word scan), and written with one
/// copy when it needs no escape: keys and most values but the texts.
const SHORT: usize = 24;

/// Writes `text` quoted and escaped, then `close` (the closing quote, with the `:` of a key).
#[inline]
fn write_quoted(out: &mut Vec<u8>, text: &str, close: &[u8]) {
    let bytes = text.as_bytes();
    if bytes.len() <= SHORT && bytes.iter().all(|&b| ESCAPE[usize::from(b)] == 0) {
        out.reserve(bytes.len() + 1 + close.len());
        out.push(b'"');
        out.extend_from_slice(bytes);
        out.extend_from_slice(close);
        return;
    }
    out.reserve(bytes.len() + 1 + close.len());
    out.push(b'"');
    // `bytes[start..at]` needs no escape and is not written yet.
    let (mut start, mut at) = (0, 0);
    while at < bytes.len() {
        at += clean_words(bytes.get(at..).unwrap_or_default());
        // The next eight bytes (or the tail) hold a byte to escape, or end the string.
        let end = (at + 8).min(bytes.len());
        for (offset, &byte) in bytes.get(at..end).unwrap_or_default().iter().enumerate() {
            let escape = ESCAPE[usize::from(byte)];
            if escape != 0 {
                let here = at + offset;
                out.extend_from_slice(bytes.get(start..here).unwrap_or_default());
                push_escape(out, byte, escape);
                start = here + 1;
            }
        }
        at = end;
    }
    out.extend_from_slice(bytes.get(start..).unwrap_or_default());
    out.extend_from_slice(close);
}

/// The bytes of the whole eight-byte words at the start of `bytes` that need no escape,
/// sixteen bytes (one test) at a time while there are that many.
fn clean_words(bytes: &[u8]) -> usize {
    let word = |chunk: &[u8]| u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
    let mut clean = 0;
    let mut pairs = bytes.chunks_exact(16);
    for pair in pairs.by_ref() {
        let (a, b) = pair.split_at(8);
        if may_need_escape(word(a)) | may_need_escape(word(b)) {
            break;
        }
        clean += 16;
    }
    for chunk in bytes.get(clean..).unwrap_or_default().chunks_exact(8) {
        if may_need_escape(word(chunk)) {
            break;
        }
        clean += 8;
    }
    clean
}

/// Each byte's copy in all eight bytes of a word.
const fn repeated(byte: u8) -> u64 {
    u64::from_ne_bytes([byte; 8])
}

/// Whether one of the eight bytes of `word` may need escaping: a byte below 0x20, a `"` or a
/// `\` (the "has a byte less than n" and "has a zero byte" tests of the bit-twiddling hacks,
/// exact for whether there is one). Bytes from 0x80 up (UTF-8 beyond ASCII) never count.
#[inline]
fn may_need_escape(word: u64) -> bool {
    const HIGH: u64 = repeated(0x80);
    let below = |w: u64, n: u8| w.wrapping_sub(repeated(n)) & !w & HIGH;
    let controls = below(word, 0x20);
    let quotes = below(word ^ repeated(b'"'), 1);
    let backslashes = below(word ^ repeated(b'\\'), 1);
    controls | quotes | backslashes != 0
}

/// Writes the escape of `byte`, whose [`ESCAPE`] entry is `escape`.
fn push_escape(out: &mut Vec<u8>, byte: u8, escape: u8) {
    if escape == b'u' {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        out.extend_from_slice(&[
            b'\\',
            b'u',
            b'0',
            b'0',
            HEX[usize::from(byte >> 4)],
            HEX[usize::from(byte & 0xF)],
        ]);
    } else {
        out.extend_from_slice(&[b'\\', escape]);
    }
}

/// For each byte, the letter of its escape (`\n` is `n`, `u` for `\u00XX`), or 0 when it is
/// written as is: `serde_json`'s table.
static ESCAPE: [u8; 256] = {
    let mut table = [0; 256];
    let mut byte = 0;
    while byte < 0x20 {
        table[byte] = b'u';
        byte += 1;
    }
    table[0x08] = b'b';
    table[0x09] = b't';
    table[0x0A] = b'n';
    table[0x0C] = b'f';
    table[0x0D] = b'r';
    table[b'"' as usize] = b'"';
    table[b'\\' as usize] = b'\\';
    table
};

/// Appends a scalar as `serde_json` writes it.
fn scalar<T: Serialize>(out: &mut Vec<u8>, value: T) -> Result<(), Error> {
    serde_json::to_writer(out, &value)
}

/// The serializer: writes into `out`.
struct Compact<'a> {
    out: &'a mut Vec<u8>,
}

/// An array or object being written: whether an element was written already (for the commas),
/// and the bytes that close it (`]`, `}`, or `]}`/`}}` for an enum variant's contents).
struct Compound<'a> {
    out: &'a mut Vec<u8>,
    first: bool,
    close: &'static [u8],
}

impl<'a> Compact<'a> {
    /// Opens an array or object with `open`.
    fn open(self, open: &[u8], close: &'static [u8]) -> Compound<'a> {
        self.out.extend_from_slice(open);
        Compound {
            out: self.out,
            first: true,
            close,
        }
    }

    /// Opens the object `{"variant":` that holds an enum variant's contents.
    fn variant(self, variant: &str) -> Self {
        self.out.push(b'{');
        write_str(self.out, variant);
        self.out.push(b':');
        self
    }
}

impl Compound<'_> {
    /// Writes the comma before every element but the first.
    fn comma(&mut self) {
        if !self.first {
            self.out.push(b',');
        }
        self.first = false;
    }

    /// Writes `"key":`.
    fn key(&mut self, key: &str) {
        self.comma();
        write_quoted(self.out, key, b"\":");
    }

    /// Writes an element.
    fn value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(Compact {
            out: &mut *self.out,
        })
    }

    /// Closes it.
    fn close(self) {
        self.out.extend_from_slice(self.close);
    }
}

impl<'a> ser::Serializer for Compact<'a> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        scalar(self.out, v)
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        scalar(self.out, v)
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        scalar(self.out, v)
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        scalar(self.out, v)
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        scalar(self.out, v)
    }
    fn serialize_i128(self, v: i128) -> Result<(), Error> {
        scalar(self.out, v)
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        scalar(self.out, v)
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        scalar(self.out, v)
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        scalar(self.out, v)
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        scalar(self.out, v)
    }
    fn serialize_u128(self, v: u128) -> Result<(), Error> {
        scalar(self.out, v)
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        scalar(self.out, v)
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        scalar(self.out, v)
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        write_str(self.out, v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        write_str(self.out, v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        scalar(self.out, v)
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.out.extend_from_slice(b"null");
        Ok(())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        let this = self.variant(variant);
        let out = &mut *this.out;
        value.serialize(Compact { out: &mut *out })?;
        out.push(b'}');
        Ok(())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'a>, Error> {
        Ok(self.open(b"[", b"]"))
    }
    fn serialize_tuple(self, _len: usize) -> Result<Compound<'a>, Error> {
        Ok(self.open(b"[", b"]"))
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Compound<'a>, Error> {
        Ok(self.open(b"[", b"]"))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a>, Error> {
        Ok(self.variant(variant).open(b"[", b"]}"))
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'a>, Error> {
        Ok(self.open(b"{", b"}"))
    }
    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Compound<'a>, Error> {
        Ok(self.open(b"{", b"}"))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a>, Error> {
        Ok(self.variant(variant).open(b"{", b"}}"))
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.comma();
        self.value(value)
    }
    fn end(self) -> Result<(), Error> {
        self.close();
        Ok(())
    }
}

impl ser::SerializeTuple for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Error> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeTupleStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Error> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeTupleVariant for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Error> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.comma();
        key.serialize(MapKey {
            out: &mut *self.out,
        })?;
        self.out.push(b':');
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.value(value)
    }
    fn end(self) -> Result<(), Error> {
        self.close();
        Ok(())
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.key(key);
        self.value(value)
    }
    fn end(self) -> Result<(), Error> {
        self.close();
        Ok(())
    }
}

impl ser::SerializeStructVariant for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        ser::SerializeStruct::serialize_field(self, key, value)
    }
    fn end(self) -> Result<(), Error> {
        ser::SerializeStruct::end(self)
    }
}

/// A map key: a string (a `char`, a unit variant and a newtype around a string are strings
/// too); anything else is an error.
struct MapKey<'a> {
    out: &'a mut Vec<u8>,
}

/// The error for a map key that is not a string.
fn key_not_string() -> Error {
    ser::Error::custom("a map key must be a string")
}

impl ser::Serializer for MapKey<'_> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = ser::Impossible<(), Error>;
    type SerializeTuple = ser::Impossible<(), Error>;
    type SerializeTupleStruct = ser::Impossible<(), Error>;
    type SerializeTupleVariant = ser::Impossible<(), Error>;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = ser::Impossible<(), Error>;
    type SerializeStructVariant = ser::Impossible<(), Error>;

    fn serialize_str(self, v: &str) -> Result<(), Error> {
        write_str(self.out, v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_bool(self, _v: bool) -> Result<(), Error> {
        Err(key_not_string())
    }
    fn serialize_i8(self, _v: i8) -> Result<(), Error> {
        Err(key_not_string())
    }
    fn serialize_i16(self, _v: i16) -> Result<(), Error> {
        Err(key_not_string())
    }
    fn serialize_i32(self, _v: i32) -> Result<(), Error> {
        Err(key_not_string())
    }
    fn serialize_i64(self, _v: i64) -> Result<(), Error> {
        Err(key_not_string())
    }
    fn serialize_u8(self, _v: u8) -> Result<(), Error> {
        Err(key_not_string())
    }
    fn serialize_u16(self, _v: u16) -> Result<(), Error> {
        Err(key_not_string())
    }
    fn serialize_u32(self, _v: u32) -> Result<(), Error> {
        Err(key_not_string())
    }
    fn serialize_u64(self, _v: u64) -> Result<(), Error> {
        Err(key_not_string())
    }
    fn serialize_f32(self, _v: f32) -> Result<(), Error> {
        Err(key_not_string())
    }
    fn serialize_f64(self, _v: f64) -> Result<(), Error> {
        Err(key_not_string())
    }
    fn serialize_bytes(self, _v: &[u8]) -> Result<(), Error> {
        Err(key_not_string())
    }
    fn serialize_none(self) -> Result<(), Error> {
        Err(key_not_string())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, _value: &T) -> Result<(), Error> {
        Err(key_not_string())
    }
    fn serialize_unit(self) -> Result<(), Error> {
        Err(key_not_string())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        Err(key_not_string())
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<(), Error> {
        Err(key_not_string())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        Err(key_not_string())
    }
    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple, Error> {
        Err(key_not_string())
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        Err(key_not_string())
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(key_not_string())
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(key_not_string())
    }
    fn serialize_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStruct, Error> {
        Err(key_not_string())
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(key_not_string())
    }
}

#[cfg(test)]
mod tests;
