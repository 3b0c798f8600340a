//! A content file's encoding: UTF-8 with or without its mark and UTF-16 (either byte order,
//! with or without its mark) read the same as the published file; Latin-1 and
//! Windows-1252 are refused at their first accent, with a message that says how to save
//! the file again. `content::read` and `content::decode` are what every page uses.
#![cfg(not(target_arch = "wasm32"))]

use lhs_roadmap::content::{decode, parse, read, ProblemKind, Roadmap};
use lhs_roadmap::lang::Lang;

const SHIPPED: &str = include_str!("../content/roadmap.json");

fn shipped() -> Roadmap {
    parse(SHIPPED).expect("the shipped content is valid")
}

fn utf16(text: &str, little_endian: bool, mark: bool) -> Vec<u8> {
    let mut bytes = Vec::new();
    let units = mark
        .then_some(0xFEFF)
        .into_iter()
        .chain(text.encode_utf16());
    for unit in units {
        bytes.extend_from_slice(&if little_endian {
            unit.to_le_bytes()
        } else {
            unit.to_be_bytes()
        });
    }
    bytes
}

/// The shipped file as Windows-1252 would save it (every character of it has a byte there).
fn windows_1252(text: &str) -> Vec<u8> {
    const HIGH: [(char, u8); 9] = [
        ('’', 0x92),
        ('‘', 0x91),
        ('“', 0x93),
        ('”', 0x94),
        ('…', 0x85),
        ('–', 0x96),
        ('—', 0x97),
        ('œ', 0x9C),
        ('Œ', 0x8C),
    ];
    text.chars()
        .map(|c| match HIGH.iter().find(|(high, _)| *high == c) {
            Some((_, byte)) => *byte,
            None => u8::try_from(u32::from(c)).expect("a Windows-1252 character"),
        })
        .collect()
}

#[test]
fn utf8_with_its_mark_reads_as_without() {
    let bytes = [b"\xEF\xBB\xBF".as_slice(), SHIPPED.as_bytes()].concat();
    assert_eq!(read(&bytes), Ok(shipped()));
    assert_eq!(read(SHIPPED.as_bytes()), Ok(shipped()));
}

#[test]
fn utf16_reads_the_same_in_either_byte_order_with_or_without_its_mark() {
    for little_endian in [true, false] {
        for mark in [true, false] {
            let bytes = utf16(SHIPPED, little_endian, mark);
            assert_eq!(
                read(&bytes),
                Ok(shipped()),
                "little-endian {little_endian}, mark {mark}"
            );
        }
    }
}

#[test]
fn problems_in_a_utf16_file_are_placed_in_its_characters() {
    let text = SHIPPED.replacen("\"number\": 3", "\"number\": \"3\"", 1);
    let at = text.find("\"number\": \"3\"").expect("edited");
    let line = text[..at].matches('\n').count() + 1;
    let utf8 = parse(&text).expect_err("a text for a number");
    let utf16 = read(&utf16(&text, true, true)).expect_err("a text for a number");
    assert_eq!(utf16, utf8);
    assert_eq!(utf16[0].position.map(|(l, _)| l), Some(line));
}

#[test]
fn latin1_is_refused_at_its_first_accent_with_the_way_to_fix_it() {
    // Latin-1 has no ’ or “”: the shipped file with straight quotes instead.
    let plain: String = SHIPPED
        .chars()
        .map(|c| match c {
            '’' | '‘' => '\'',
            '“' | '”' => '"',
            '…' | '–' | '—' | 'œ' | 'Œ' => '-',
            c => c,
        })
        .collect();
    let bytes: Vec<u8> = plain
        .chars()
        .map(|c| u8::try_from(u32::from(c)).expect("a Latin-1 character"))
        .collect();
    let first = plain.find(|c: char| !c.is_ascii()).expect("an accent");
    let line = plain[..first].matches('\n').count() + 1;
    let column = plain[..first]
        .rsplit('\n')
        .next()
        .map_or(0, |l| l.chars().count())
        + 1;

    let problems = read(&bytes).expect_err("Latin-1");
    assert_eq!(problems.len(), 1);
    let problem = &problems[0];
    assert_eq!(problem.kind, ProblemKind::NotUtf8 { byte: 0xE8 });
    assert_eq!(problem.position, Some((line, column)));
    assert_eq!(problem.path, "");
    let (fr, en) = (problem.message(Lang::Fr), problem.message(Lang::En));
    assert!(
        en.contains("not saved as UTF-8") && en.contains("“è”"),
        "{en}"
    );
    assert!(en.contains("Save it again as UTF-8"), "{en}");
    assert!(
        fr.contains("pas enregistré en UTF-8") && fr.contains("« è »"),
        "{fr}"
    );
    assert!(fr.contains("Enregistrez-le de nouveau en UTF-8"), "{fr}");
    assert_eq!(decode(&bytes), Err(problem.clone()));
}

#[test]
fn windows_1252_is_refused_and_its_own_characters_are_named() {
    let bytes = windows_1252(SHIPPED);
    let problems = read(&bytes).expect_err("Windows-1252");
    assert_eq!(problems[0].kind, ProblemKind::NotUtf8 { byte: 0xE8 });
    assert!(problems[0].position.is_some());
    // A file whose first character outside ASCII is Windows-1252's apostrophe.
    let problems = read(b"{\"title\": {\"fr\": \"l\x92\xE9t\xE9\"}}").expect_err("Windows-1252");
    assert_eq!(problems[0].kind, ProblemKind::NotUtf8 { byte: 0x92 });
    assert_eq!(problems[0].position, Some((1, 20)));
    assert!(problems[0].message(Lang::En).contains("“’”"));
}

#[test]
fn the_text_is_decoded_once_for_every_page() {
    let bytes = utf16(SHIPPED, false, false);
    assert_eq!(decode(&bytes).as_deref(), Ok(SHIPPED));
    assert_eq!(decode(SHIPPED.as_bytes()).as_deref(), Ok(SHIPPED));
}

/// A file many times the limit is refused before it is decoded, whatever its encoding.
#[test]
fn a_huge_file_is_refused_before_it_is_decoded() {
    use lhs_roadmap::content::MAX_FILE_BYTES;
    let bytes = vec![0xE9; 2 * MAX_FILE_BYTES + 1];
    let problems = read(&bytes).expect_err("too large");
    assert_eq!(
        problems[0].kind,
        ProblemKind::FileTooLarge {
            bytes: 2 * MAX_FILE_BYTES + 1
        }
    );
    // Under that, the limit is on the text: UTF-16 takes about twice the bytes.
    let mut text = SHIPPED.to_string();
    text.push_str(&" ".repeat(MAX_FILE_BYTES - 10_000 - SHIPPED.len()));
    assert!(read(&utf16(&text, true, true)).is_ok());
}
