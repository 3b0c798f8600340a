//! The personal roadmap's file: what is exported reads back the same, an import adds to
//! what is there without losing anything, and a bad file is refused with a reason.

use lhs_roadmap::lang::Lang;
use lhs_roadmap::personal::{ImportError, Personal, MAX_FILE, MAX_NOTE};

fn sample() -> Personal {
    let mut personal = Personal::default();
    personal.toggle("collect-data-guardian");
    personal.toggle("foundation-co-lead");
    personal.set_note(
        "collect-data",
        "Ask about \"consent\" \\ privacy.\nLine two\tand a tab, «\u{a0}guillemets\u{a0}», 日本, \u{1}",
    );
    personal.set_note("foundation", "Écrire au comité.");
    personal.last = Some("analyze-data".into());
    personal
}

#[test]
fn an_export_reads_back_the_same() {
    let personal = sample();
    let file = personal.to_json();
    assert_eq!(Personal::from_json(&file), Ok(personal));
    assert_eq!(
        Personal::from_json(&Personal::default().to_json()),
        Ok(Personal::default())
    );
    // The export is JSON any tool reads.
    let value: serde_json::Value = serde_json::from_str(&file).expect("valid JSON");
    assert_eq!(value["format"], "lhs-roadmap-personal");
    assert_eq!(value["bookmarks"][0], "collect-data-guardian");
}

#[test]
fn bookmarks_toggle_and_blank_notes_disappear() {
    let mut personal = sample();
    personal.toggle("collect-data-guardian");
    assert!(!personal.is_bookmarked("collect-data-guardian"));
    assert!(personal.is_bookmarked("foundation-co-lead"));
    personal.set_note("foundation", "   \n");
    assert_eq!(personal.note("foundation"), "");
    assert_eq!(personal.notes.len(), 1);
    personal.set_note("x", &"a".repeat(MAX_NOTE + 10));
    assert_eq!(personal.note("x").chars().count(), MAX_NOTE);
}

#[test]
fn an_import_adds_without_losing_anything() {
    let mut mine = Personal::default();
    mine.toggle("a");
    mine.set_note("step-one", "mine");
    mine.set_note("step-two", "same");
    let mut theirs = Personal::default();
    theirs.toggle("b");
    theirs.toggle("a");
    theirs.set_note("step-one", "theirs");
    theirs.set_note("step-two", "same");
    theirs.set_note("step-three", "new");
    theirs.last = Some("step-three".into());
    mine.merge(theirs);
    assert_eq!(mine.bookmarks, ["a", "b"]);
    assert_eq!(mine.note("step-one"), "mine\n\ntheirs");
    assert_eq!(mine.note("step-two"), "same");
    assert_eq!(mine.note("step-three"), "new");
    assert_eq!(mine.last.as_deref(), Some("step-three"));
}

#[test]
fn a_file_from_an_earlier_or_later_app_with_the_same_format_opens() {
    let file = r#"{"format":"lhs-roadmap-personal","version":1,"bookmarks":["a"],"colour":"red"}"#;
    let personal = Personal::from_json(file).expect("extra fields are left aside");
    assert_eq!(personal.bookmarks, ["a"]);
    assert!(personal.notes.is_empty());
    let bom = format!("\u{feff}{}", sample().to_json());
    assert_eq!(Personal::from_json(&bom), Ok(sample()));
}

#[test]
fn bad_files_are_refused_with_a_reason() {
    let bad = |field: &str| Err(ImportError::Bad(field.into()));
    let cases: Vec<(String, Result<Personal, ImportError>)> = vec![
        ("".into(), Err(ImportError::NotJson)),
        ("{\"format\": ".into(), Err(ImportError::NotJson)),
        ("<html></html>".into(), Err(ImportError::NotJson)),
        ("[1, 2]".into(), Err(ImportError::NotOurs)),
        (
            "{\"title\": {\"fr\": \"x\"}}".into(),
            Err(ImportError::NotOurs),
        ),
        (
            "{\"format\": \"other\", \"version\": 1}".into(),
            Err(ImportError::NotOurs),
        ),
        (
            "{\"format\": \"lhs-roadmap-personal\"}".into(),
            bad("version"),
        ),
        (
            "{\"format\": \"lhs-roadmap-personal\", \"version\": \"1\"}".into(),
            bad("version"),
        ),
        (
            "{\"format\": \"lhs-roadmap-personal\", \"version\": 2}".into(),
            Err(ImportError::Newer(2)),
        ),
        (
            "{\"format\": \"lhs-roadmap-personal\", \"version\": 1, \"bookmarks\": \"a\"}".into(),
            bad("bookmarks"),
        ),
        (
            "{\"format\": \"lhs-roadmap-personal\", \"version\": 1, \"bookmarks\": [3]}".into(),
            bad("bookmarks"),
        ),
        (
            "{\"format\": \"lhs-roadmap-personal\", \"version\": 1, \"bookmarks\": [\"<script>\"]}"
                .into(),
            bad("bookmarks"),
        ),
        (
            "{\"format\": \"lhs-roadmap-personal\", \"version\": 1, \"notes\": [\"a\"]}".into(),
            bad("notes"),
        ),
        (
            "{\"format\": \"lhs-roadmap-personal\", \"version\": 1, \"notes\": {\"a\": 1}}".into(),
            bad("notes"),
        ),
        (
            "{\"format\": \"lhs-roadmap-personal\", \"version\": 1, \"last\": 7}".into(),
            bad("last"),
        ),
        (" ".repeat(MAX_FILE + 1), Err(ImportError::TooLarge)),
    ];
    for (file, expected) in cases {
        let shown: String = file.chars().take(80).collect();
        assert_eq!(Personal::from_json(&file), expected, "{shown}");
    }
}

#[test]
fn every_refusal_has_a_sentence_in_both_languages() {
    let errors = [
        ImportError::TooLarge,
        ImportError::NotJson,
        ImportError::NotOurs,
        ImportError::Newer(3),
        ImportError::Bad("notes".into()),
    ];
    for error in errors {
        let (fr, en) = (error.message(Lang::Fr), error.message(Lang::En));
        assert!(fr.len() > 20 && en.len() > 20 && fr != en, "{error:?}");
    }
}

/// Files exported before serde wrote them read the same, and serde writes them as they were
/// written then, byte for byte.
#[test]
fn the_export_is_written_as_before() {
    let file = concat!(
        "{\n",
        "  \"format\": \"lhs-roadmap-personal\",\n",
        "  \"version\": 1,\n",
        "  \"bookmarks\": [\n",
        "    \"collect-data-guardian\",\n",
        "    \"foundation-co-lead\"\n",
        "  ],\n",
        "  \"notes\": {\n",
        "    \"collect-data\": \"Ask about \\\"consent\\\" \\\\ privacy.\\nLine two\\tand a tab, «\u{a0}guillemets\u{a0}», 日本, \\u0001\",\n",
        "    \"foundation\": \"Écrire au comité.\"\n",
        "  },\n",
        "  \"last\": \"analyze-data\"\n",
        "}\n",
    );
    assert_eq!(sample().to_json(), file);
    assert_eq!(Personal::from_json(file), Ok(sample()));
    let empty = "{\n  \"format\": \"lhs-roadmap-personal\",\n  \"version\": 1,\n  \"bookmarks\": [],\n  \"notes\": {}\n}\n";
    assert_eq!(Personal::default().to_json(), empty);
}

/// The notes keep the order they were written in, which a map sorted by key would lose.
#[test]
fn notes_keep_their_order_through_a_file() {
    let mut personal = Personal::default();
    for step in ["zeta", "alpha", "mid"] {
        personal.set_note(step, step);
    }
    let read = Personal::from_json(&personal.to_json()).expect("reads back");
    let order: Vec<&str> = read.notes.iter().map(|(step, _)| step.as_str()).collect();
    assert_eq!(order, ["zeta", "alpha", "mid"]);
}

/// The file is an object: a list holding our fields in order is not ours, and where a
/// field is given twice the first counts, as before serde.
#[test]
fn only_an_object_is_our_file_and_a_repeated_field_s_first_counts() {
    let list = r#"["lhs-roadmap-personal", 1, ["a"]]"#;
    assert_eq!(Personal::from_json(list), Err(ImportError::NotOurs));
    let twice = r#"{"format": "lhs-roadmap-personal", "version": 1, "last": "a", "last": 3}"#;
    assert_eq!(
        Personal::from_json(twice).map(|personal| personal.last),
        Ok(Some("a".to_string()))
    );
}
