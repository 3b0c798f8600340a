//! The personal roadmap's file: what is exported reads back the same, an import adds to
//! what is there without losing anything, and a bad file is refused with a reason.

use lhs_roadmap::lang::Lang;
use lhs_roadmap::personal::{ImportError, ImportReport, Personal, MAX_FILE, MAX_NOTE};

fn sample() -> Personal {
    let mut personal = Personal::default();
    personal.toggle("collect-data-guardian");
    personal.toggle("foundation-co-lead");
    personal.set_note(
        "collect-data",
        "Ask about \"consent\" \\ privacy.\nLine two\tand a tab, «\u{a0}guillemets\u{a0}», 日本, \u{1}",
    );
    personal.set_note("foundation", "Écrire au comité.");
    personal.set_last(Some("analyze-data"));
    personal
}

/// What a person sees of a copy: the kept items, the notes and the step last opened.
fn shown(personal: &Personal) -> (Vec<String>, Vec<(String, String)>, Option<String>) {
    (
        personal.bookmarks().map(str::to_string).collect(),
        personal
            .notes()
            .map(|(step, text)| (step.to_string(), text.to_string()))
            .collect(),
        personal.last.clone(),
    )
}

#[test]
fn an_export_reads_back_the_same() {
    let personal = sample();
    let file = personal.to_json();
    let read = Personal::from_json(&file).expect("reads back");
    assert_eq!(shown(&read), shown(&personal));
    assert_eq!(read.to_json(), file);
    let empty = Personal::from_json(&Personal::default().to_json()).expect("reads back");
    assert!(empty.is_empty() && empty.last.is_none());
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
    assert_eq!(personal.notes().count(), 1);
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
    theirs.set_last(Some("step-three"));
    let report = mine.merge(theirs);
    assert_eq!(mine.bookmarks().collect::<Vec<_>>(), ["a", "b"]);
    assert_eq!(mine.note("step-one"), "mine\n\ntheirs");
    assert_eq!(mine.note("step-two"), "same");
    assert_eq!(mine.note("step-three"), "new");
    assert_eq!(mine.last.as_deref(), Some("step-three"));
    assert_eq!(
        report,
        ImportReport {
            kept_added: 1,
            kept_already: 1,
            notes_added: 1,
            notes_joined: 1,
            notes_already: 1,
            shortened: vec![],
        }
    );
}

#[test]
fn a_file_from_an_earlier_or_later_app_with_the_same_format_opens() {
    let file = r#"{"format":"lhs-roadmap-personal","version":1,"bookmarks":["a"],"colour":"red"}"#;
    let personal = Personal::from_json(file).expect("extra fields are left aside");
    assert_eq!(personal.bookmarks().collect::<Vec<_>>(), ["a"]);
    assert!(personal.notes().next().is_none());
    let bom = format!("\u{feff}{}", sample().to_json());
    assert_eq!(Personal::from_json(&bom).map(|read| shown(&read)), Ok(shown(&sample())));
}

#[test]
fn bad_files_are_refused_with_a_reason() {
    let bad = |field: &str| Err(ImportError::Bad(field.into()));
    let cases: Vec<(String, Result<(), ImportError>)> = vec![
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
        assert_eq!(Personal::from_json(&file).map(|_| ()), expected, "{shown}");
        // The stored file is refused for the same reasons (but for its size).
        if file.len() <= MAX_FILE {
            assert_eq!(Personal::from_stored(&file).map(|_| ()), expected, "{shown}");
        }
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
    assert_eq!(Personal::from_json(file).map(|read| shown(&read)), Ok(shown(&sample())));
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
    let order: Vec<&str> = read.notes().map(|(step, _)| step).collect();
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

// ---------------------------------------------------------------------------
// Several pages, one storage: every write merges with what is stored now.
// ---------------------------------------------------------------------------

/// The device's storage and a page's copy, as `state::Mine` uses them.
#[derive(Default)]
struct Storage(Option<String>);

impl Storage {
    fn read(&self) -> Personal {
        self.0
            .as_deref()
            .map(|text| Personal::from_stored(text).expect("the stored file reads"))
            .unwrap_or_default()
    }

    /// A page saves: it merges what is stored now, dates its changes, writes.
    fn save(&mut self, page: &mut Personal, now: u64) {
        let stored = self.read();
        page.sync(&stored, true);
        page.stamp(now);
        self.0 = Some(page.to_stored());
    }

    /// A page hears that another wrote: it merges, and writes back only what the file
    /// lost.
    fn hear(&mut self, page: &mut Personal, now: u64) -> lhs_roadmap::personal::Synced {
        let synced = page.sync(&self.read(), false);
        if synced.differs {
            self.save(page, now);
        }
        synced
    }
}

/// The issue's case: in tab B keep an item and write a note, then click "Next step" in
/// tab A, which had read the storage before.
#[test]
fn a_stale_tab_saving_its_last_step_loses_nothing() {
    let mut storage = Storage::default();
    let mut a = storage.read();
    let mut b = storage.read();
    b.toggle("collect-data-guardian");
    storage.save(&mut b, 10);
    b.set_note("collect-data", "Ask about consent");
    storage.save(&mut b, 20);
    a.set_last(Some("analyze-data"));
    storage.save(&mut a, 30);
    let stored = storage.read();
    assert!(stored.is_bookmarked("collect-data-guardian"));
    assert_eq!(stored.note("collect-data"), "Ask about consent");
    assert_eq!(stored.last.as_deref(), Some("analyze-data"));
    // And tab A now shows them.
    assert!(a.is_bookmarked("collect-data-guardian"));
    assert_eq!(a.note("collect-data"), "Ask about consent");
}

#[test]
fn a_removal_is_not_undone_by_a_stale_copy_and_a_keep_is_not_dropped() {
    let mut storage = Storage::default();
    let mut a = storage.read();
    a.toggle("x");
    a.toggle("y");
    storage.save(&mut a, 10);
    let mut b = storage.read();
    // B lets x go; A, which still shows x kept, keeps z.
    b.toggle("x");
    storage.save(&mut b, 20);
    a.toggle("z");
    storage.save(&mut a, 30);
    let stored = storage.read();
    assert_eq!(stored.bookmarks().collect::<Vec<_>>(), ["y", "z"]);
    // B keeps x again later: the keep wins over the older removal.
    b.toggle("x");
    storage.save(&mut b, 40);
    assert!(storage.read().is_bookmarked("x"));
    // The same moment in two places: a keep wins.
    let mut c = storage.read();
    let mut d = storage.read();
    c.toggle("w");
    d.toggle("w");
    d.toggle("w");
    c.stamp(50);
    d.stamp(50);
    let mut e = Personal::from_stored(&d.to_stored()).expect("reads");
    e.sync(&Personal::from_stored(&c.to_stored()).expect("reads"), false);
    assert!(e.is_bookmarked("w"));
}

#[test]
fn a_note_changed_in_two_places_keeps_both_texts() {
    let mut storage = Storage::default();
    let mut a = storage.read();
    a.set_note("s", "Shared start.");
    storage.save(&mut a, 10);
    let mut b = storage.read();
    a.set_note("s", "Shared start. From A.");
    b.set_note("s", "Shared start. From B.");
    storage.save(&mut a, 20);
    // B was typing: hearing A's write leaves B's text alone until B saves.
    let heard = b.sync(&storage.read(), false);
    assert!(!heard.differs && heard.joined.is_empty());
    assert_eq!(b.note("s"), "Shared start. From B.");
    let stored = storage.read();
    let synced = b.sync(&stored, true);
    assert_eq!(synced.joined, ["s"]);
    b.stamp(30);
    storage.0 = Some(b.to_stored());
    assert_eq!(storage.read().note("s"), "Shared start. From A.\n\nShared start. From B.");
    // A hears it and shows both.
    storage.hear(&mut a, 40);
    assert_eq!(a.note("s"), "Shared start. From A.\n\nShared start. From B.");
}

#[test]
fn a_note_written_over_another_replaces_it_even_shorter_or_deleted() {
    let mut storage = Storage::default();
    let mut a = storage.read();
    a.set_note("s", "One. Two.");
    storage.save(&mut a, 10);
    let mut b = storage.read();
    b.set_note("s", "One.");
    storage.save(&mut b, 20);
    // A saves something else with its old copy of the note: the note stays "One.".
    a.toggle("x");
    storage.save(&mut a, 30);
    assert_eq!(storage.read().note("s"), "One.");
    assert_eq!(a.note("s"), "One.");
    // Deleted in A (which now has "One."), not brought back by B's old copy.
    a.set_note("s", "  ");
    storage.save(&mut a, 40);
    b.set_last(Some("t"));
    storage.save(&mut b, 50);
    assert_eq!(storage.read().note("s"), "");
    assert!(storage.read().is_bookmarked("x"));
}

/// The browser may pass one page's write to another a moment late: the second page then
/// writes over the first's change unseen. The first page hears that write and puts its
/// change back.
#[test]
fn a_write_lost_to_a_race_is_put_back_by_the_page_that_made_it() {
    let mut storage = Storage::default();
    let mut a = storage.read();
    let mut b = storage.read();
    let before = storage.0.clone();
    a.toggle("x");
    a.set_note("s", "A's note");
    storage.save(&mut a, 10);
    // B read the storage as it was before A's write.
    b.toggle("y");
    b.set_note("s", "B's note");
    let mut racing = Storage(before);
    racing.save(&mut b, 11);
    storage.0 = racing.0;
    assert!(!storage.read().is_bookmarked("x"));
    let heard = storage.hear(&mut a, 12);
    assert!(heard.differs);
    let stored = storage.read();
    assert!(stored.is_bookmarked("x") && stored.is_bookmarked("y"));
    assert_eq!(stored.note("s"), "A's note\n\nB's note");
    // B hears it: both pages now agree, and nothing more is written.
    let heard = storage.hear(&mut b, 13);
    assert!(!heard.differs);
    assert_eq!(b.to_stored(), a.to_stored());
}

#[test]
fn hearing_the_same_file_twice_changes_nothing() {
    let mut storage = Storage::default();
    let mut a = storage.read();
    a.toggle("x");
    a.set_note("s", "text");
    storage.save(&mut a, 10);
    let mut b = Personal::default();
    let first = b.sync(&storage.read(), false);
    assert!(first.changed && !first.differs);
    let second = b.sync(&storage.read(), false);
    assert!(!second.changed && !second.differs);
}

#[test]
fn delete_everything_keeps_what_another_page_kept_unseen() {
    let mut storage = Storage::default();
    let mut a = storage.read();
    a.toggle("x");
    a.set_note("s", "text");
    storage.save(&mut a, 10);
    let mut b = storage.read();
    b.toggle("y");
    storage.save(&mut b, 20);
    a.clear();
    storage.save(&mut a, 30);
    let stored = storage.read();
    assert_eq!(stored.bookmarks().collect::<Vec<_>>(), ["y"]);
    assert_eq!(stored.note("s"), "");
}

#[test]
fn the_stored_file_keeps_its_times_and_an_earlier_app_still_reads_it() {
    let mut personal = sample();
    personal.toggle("removed-item");
    personal.toggle("removed-item");
    personal.set_note("deleted", "gone");
    personal.stamp(1_000);
    personal.set_note("deleted", "");
    personal.stamp(2_000);
    let stored = personal.to_stored();
    let value: serde_json::Value = serde_json::from_str(&stored).expect("JSON");
    assert_eq!(value["version"], 1);
    assert_eq!(value["bookmarks"][0], "collect-data-guardian");
    assert_eq!(value["changes"]["bookmarks"]["removed-item"], 1_000);
    assert_eq!(value["changes"]["notes"]["deleted"]["at"], 2_000);
    assert_eq!(value["changes"]["notes"]["deleted"]["from"], 1_000);
    assert!(value["notes"].get("deleted").is_none());
    let read = Personal::from_stored(&stored).expect("reads back");
    assert_eq!(read.to_stored(), stored);
    assert_eq!(shown(&read), shown(&personal));
    // An earlier version of the app reads the same file, leaving the times aside (the
    // import reader is the earlier app's reader).
    assert_eq!(shown(&Personal::from_json(&stored).expect("reads")), shown(&personal));
    // A file stored by an earlier version (no times) reads, every entry very old: any
    // change saved since wins over it.
    let old = sample().to_json();
    let mut page = Personal::from_stored(&old).expect("reads");
    assert_eq!(shown(&page), shown(&sample()));
    let mut storage = Storage(Some(old));
    page.toggle("collect-data-guardian");
    storage.save(&mut page, 5);
    let mut stale = Personal::from_stored(&sample().to_json()).expect("reads");
    stale.set_last(Some("foundation"));
    storage.save(&mut stale, 6);
    assert!(!storage.read().is_bookmarked("collect-data-guardian"));
}

#[test]
fn an_import_says_what_it_shortened_and_a_merge_never_cuts() {
    let long = "é".repeat(MAX_NOTE + 5);
    let file = format!(
        r#"{{"format":"lhs-roadmap-personal","version":1,"bookmarks":["a"],"notes":{{"s":"{long}","t":"short"}}}}"#
    );
    let (imported, shortened) = Personal::read_export(&file).expect("reads");
    assert_eq!(shortened, ["s"]);
    assert_eq!(imported.note("s").chars().count(), MAX_NOTE);
    assert_eq!(imported.note("t"), "short");
    // The stored file is the person's own data: never cut.
    let stored = format!(r#"{{"format":"lhs-roadmap-personal","version":1,"notes":{{"s":"{long}"}}}}"#);
    assert_eq!(Personal::from_stored(&stored).expect("reads").note("s"), long);
    // Two long notes joined stay whole, and editing the joined note does not cut it.
    let mut mine = Personal::default();
    let half = "a".repeat(MAX_NOTE - 10);
    mine.set_note("s", &half);
    let report = mine.merge(imported);
    assert_eq!(report.notes_joined, 1);
    assert_eq!(report.kept_added, 1);
    let joined = mine.note("s").to_string();
    assert_eq!(joined.chars().count(), 2 * MAX_NOTE - 8);
    mine.set_note("s", &format!("{joined}!"));
    assert_eq!(mine.note("s").chars().count(), 2 * MAX_NOTE - 8);
}
