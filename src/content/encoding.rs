//! The text of a content file from its bytes, by one rule for every page: UTF-8, with or
//! without a byte order mark, or UTF-16 (little- or big-endian, with its byte order mark
//! or recognized by the zero bytes between its letters). Anything else, such as a file
//! saved as Latin-1 or Windows-1252, is refused at the first byte that is not UTF-8: read
//! anyway, its accented letters would silently become "�".

use std::borrow::Cow;

use super::place::positions;
use super::problem::{Problem, ProblemKind};

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";
const UTF16_LE_BOM: &[u8] = b"\xFF\xFE";
const UTF16_BE_BOM: &[u8] = b"\xFE\xFF";

#[derive(Clone, Copy)]
enum Endian {
    Little,
    Big,
}

/// The text of a content file, or the encoding problem that keeps it from being read,
/// with its place.
pub fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, Problem> {
    if let Some(rest) = bytes.strip_prefix(UTF8_BOM) {
        return utf8(rest);
    }
    if let Some(rest) = bytes.strip_prefix(UTF16_LE_BOM) {
        return utf16(rest, Endian::Little).map(Cow::Owned);
    }
    if let Some(rest) = bytes.strip_prefix(UTF16_BE_BOM) {
        return utf16(rest, Endian::Big).map(Cow::Owned);
    }
    // JSON starts with an ASCII character ({, a space…), which UTF-16 writes beside a
    // zero byte; UTF-8 JSON has no zero byte at all.
    match bytes {
        [0, second, ..] if *second != 0 => utf16(bytes, Endian::Big).map(Cow::Owned),
        [first, 0, ..] if *first != 0 => utf16(bytes, Endian::Little).map(Cow::Owned),
        _ => utf8(bytes),
    }
}

fn utf8(bytes: &[u8]) -> Result<Cow<'_, str>, Problem> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Cow::Borrowed(text)),
        Err(error) => {
            let valid = error.valid_up_to();
            let byte = bytes.get(valid).copied().unwrap_or_default();
            // What comes before the bad byte is UTF-8: it gives the line and column.
            let before = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
            Err(at_end_of(before, ProblemKind::NotUtf8 { byte }))
        }
    }
}

fn utf16(bytes: &[u8], endian: Endian) -> Result<String, Problem> {
    let units = bytes.chunks(2).map(|pair| match (pair, endian) {
        ([low, high], Endian::Little) => Ok(u16::from_le_bytes([*low, *high])),
        ([high, low], Endian::Big) => Ok(u16::from_be_bytes([*high, *low])),
        // An odd number of bytes: the last character is cut.
        _ => Err(()),
    });
    let mut text = String::with_capacity(bytes.len() / 2);
    let mut pending = Vec::new();
    for unit in units {
        match unit {
            Ok(unit) => pending.push(unit),
            Err(()) => {
                decode_units(&mut text, &pending)?;
                return Err(at_end_of(&text, ProblemKind::BadUtf16));
            }
        }
        // Characters are decoded a line at a time, so that a broken one is placed.
        if pending.last() == Some(&u16::from(b'\n')) {
            decode_units(&mut text, &pending)?;
            pending.clear();
        }
    }
    decode_units(&mut text, &pending)?;
    Ok(text)
}

/// Appends the characters of `units` to `text`, or the problem of a broken one.
fn decode_units(text: &mut String, units: &[u16]) -> Result<(), Problem> {
    for c in char::decode_utf16(units.iter().copied()) {
        match c {
            Ok(c) => text.push(c),
            Err(_) => return Err(at_end_of(text, ProblemKind::BadUtf16)),
        }
    }
    Ok(())
}

/// A problem placed just after `before`, the text read so far.
fn at_end_of(before: &str, kind: ProblemKind) -> Problem {
    let mut problem = Problem::new("", kind);
    problem.position = positions(before, &[before.len()]).first().copied();
    problem
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16_bytes(text: &str, endian: Endian, bom: bool) -> Vec<u8> {
        let mut bytes = Vec::new();
        if bom {
            bytes.extend_from_slice(match endian {
                Endian::Little => UTF16_LE_BOM,
                Endian::Big => UTF16_BE_BOM,
            });
        }
        for unit in text.encode_utf16() {
            bytes.extend_from_slice(&match endian {
                Endian::Little => unit.to_le_bytes(),
                Endian::Big => unit.to_be_bytes(),
            });
        }
        bytes
    }

    #[test]
    fn utf16_is_read_with_or_without_its_mark() {
        let text = "{\"é\": \"😀 l’été\"}\n";
        for endian in [Endian::Little, Endian::Big] {
            for bom in [true, false] {
                let bytes = utf16_bytes(text, endian, bom);
                assert_eq!(decode(&bytes).as_deref(), Ok(text));
            }
        }
    }

    #[test]
    fn broken_utf16_is_refused_at_its_place() {
        let mut bytes = utf16_bytes("{\n\"a\": 1}", Endian::Little, true);
        bytes.pop();
        let problem = decode(&bytes).expect_err("odd length");
        assert_eq!(problem.kind, ProblemKind::BadUtf16);
        assert_eq!(problem.position, Some((2, 7)));
        // A lone high surrogate on line 2.
        let mut bytes = utf16_bytes("{\n\"", Endian::Big, true);
        bytes.extend_from_slice(&[0xD8, 0x00, 0x00, b'"', 0x00, b'}']);
        let problem = decode(&bytes).expect_err("lone surrogate");
        assert_eq!(problem.kind, ProblemKind::BadUtf16);
        assert_eq!(problem.position, Some((2, 2)));
    }

    #[test]
    fn latin1_is_refused_at_its_first_accent() {
        let bytes = b"{\n  \"title\": \"\xC9t\xE9\"}";
        let problem = decode(bytes).expect_err("Latin-1");
        assert_eq!(problem.kind, ProblemKind::NotUtf8 { byte: 0xC9 });
        assert_eq!(problem.position, Some((2, 13)));
    }

    #[test]
    fn a_utf8_mark_is_left_out() {
        assert_eq!(decode(b"\xEF\xBB\xBF{}").as_deref(), Ok("{}"));
        assert!(matches!(decode(b"{}"), Ok(Cow::Borrowed("{}"))));
    }
}
