//! Property tests of the personal roadmap shared by two pages (two tabs, or a tab and an
//! embed) through one storage: whatever the order in which they keep, let go, write,
//! save, hear each other and race, nothing kept is lost and both end up showing the same.
#![cfg(not(target_arch = "wasm32"))]

use lhs_roadmap::personal::Personal;
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

const ITEMS: [&str; 3] = ["item-a", "item-b", "item-c"];
const STEPS: [&str; 2] = ["step-one", "step-two"];

#[derive(Clone, Debug)]
enum Op {
    /// A page toggles Keep on an item, which saves at once.
    Toggle(usize, usize),
    /// A page adds a word to a note as it is typed (saved later).
    Type(usize, usize),
    /// A page saves what waits (typing paused, the field left, the page hidden).
    Save(usize),
    /// A page hears the `storage` event of the other's write.
    Hear(usize),
    /// A page opens a step, which saves its last step.
    Visit(usize, usize),
    /// A page saves having read the storage as it was before the other's last write (the
    /// browser passed that write along late).
    Race(usize),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => (0..2usize, 0..ITEMS.len()).prop_map(|(page, item)| Op::Toggle(page, item)),
        3 => (0..2usize, 0..STEPS.len()).prop_map(|(page, step)| Op::Type(page, step)),
        2 => (0..2usize).prop_map(Op::Save),
        2 => (0..2usize).prop_map(Op::Hear),
        1 => (0..2usize, 0..STEPS.len()).prop_map(|(page, step)| Op::Visit(page, step)),
        1 => (0..2usize).prop_map(Op::Race),
    ]
}

/// The storage, with every file written and which page wrote it.
#[derive(Default)]
struct Storage {
    files: Vec<(usize, String)>,
}

impl Storage {
    fn read_at(&self, at: usize) -> Personal {
        self.files
            .get(at)
            .map(|(_, text)| Personal::from_stored(text).expect("a stored file reads"))
            .unwrap_or_default()
    }

    fn read(&self) -> Personal {
        match self.files.len() {
            0 => Personal::default(),
            len => self.read_at(len - 1),
        }
    }

    fn write_from(&mut self, page: usize, copy: &mut Personal, stored: Personal, now: u64) {
        copy.sync(&stored, true);
        copy.stamp(now);
        self.files.push((page, copy.to_stored()));
    }

    fn save(&mut self, page: usize, copy: &mut Personal, now: u64) {
        let stored = self.read();
        self.write_from(page, copy, stored, now);
    }
}

/// What a person sees in a copy.
fn shown(copy: &Personal) -> (Vec<String>, Vec<(String, String)>, Option<String>) {
    let mut kept: Vec<String> = copy.bookmarks().map(str::to_string).collect();
    kept.sort();
    let mut notes: Vec<(String, String)> = copy
        .notes()
        .map(|(step, text)| (step.to_string(), text.to_string()))
        .collect();
    notes.sort();
    (kept, notes, copy.last.clone())
}

/// A page hears the `storage` events of the other page's writes since it last did, one
/// by one, as the browser passes them (each with the file that write left); it writes back
/// what a file lost.
fn hear(storage: &mut Storage, copy: &mut Personal, page: usize, heard: &mut usize, now: u64) {
    while *heard < storage.files.len() {
        let at = *heard;
        *heard += 1;
        if storage.files[at].0 == page {
            continue;
        }
        copy.sync(&storage.read_at(at), false);
        // What the storage holds now may be newer than that write: written back only if
        // it lacks something.
        let synced = copy.sync(&storage.read(), false);
        if synced.differs || copy.has_unsaved() {
            storage.save(page, copy, now);
        }
    }
}

/// Runs `ops`, then lets both pages save and hear each other until nothing changes; returns
/// the storage and the two copies.
fn run(ops: &[Op], expected: &mut Expected) -> (Storage, [Personal; 2]) {
    let mut storage = Storage::default();
    let mut pages = [Personal::default(), Personal::default()];
    let mut heard = [0, 0];
    let mut now = 1_000;
    for (n, op) in ops.iter().enumerate() {
        now += 10;
        match *op {
            Op::Toggle(page, item) => {
                pages[page].toggle(ITEMS[item]);
                expected.kept[item] = pages[page].is_bookmarked(ITEMS[item]);
                storage.save(page, &mut pages[page], now);
            }
            Op::Type(page, step) => {
                let word = format!("w{n}w");
                let text = format!("{} {word}", pages[page].note(STEPS[step]));
                pages[page].set_note(STEPS[step], text.trim());
                expected.words[step].push(word);
            }
            Op::Save(page) => {
                if pages[page].has_unsaved() {
                    storage.save(page, &mut pages[page], now);
                }
            }
            Op::Hear(page) => hear(&mut storage, &mut pages[page], page, &mut heard[page], now),
            Op::Visit(page, step) => {
                pages[page].set_last(Some(STEPS[step]));
                expected.last = Some(STEPS[step].to_string());
                storage.save(page, &mut pages[page], now);
            }
            Op::Race(page) => {
                // Only the other page's write can arrive late.
                let len = storage.files.len();
                if len >= 1 && storage.files[len - 1].0 != page {
                    let before = if len >= 2 {
                        storage.read_at(len - 2)
                    } else {
                        Personal::default()
                    };
                    storage.write_from(page, &mut pages[page], before, now);
                    // Two writes crossed: each reaches the other page a moment later,
                    // before anything else happens there.
                    let other = 1 - page;
                    now += 1;
                    hear(&mut storage, &mut pages[other], other, &mut heard[other], now);
                }
            }
        }
    }
    // Both pages save what waits, then hear every write, until the storage is quiet.
    for (page, copy) in pages.iter_mut().enumerate() {
        now += 10;
        if copy.has_unsaved() {
            storage.save(page, copy, now);
        }
    }
    for _round in 0..4 {
        let written = storage.files.len();
        for page in 0..2 {
            now += 10;
            hear(&mut storage, &mut pages[page], page, &mut heard[page], now);
        }
        if storage.files.len() == written {
            break;
        }
    }
    (storage, pages)
}

#[derive(Default)]
struct Expected {
    /// Per item, as the last toggle left it.
    kept: [bool; ITEMS.len()],
    /// Per step, every word typed.
    words: [Vec<String>; STEPS.len()],
    last: Option<String>,
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 512,
        failure_persistence: Some(Box::new(FileFailurePersistence::Off)),
        ..ProptestConfig::default()
    })]

    /// Keeps and removals: the last toggle of each item stands. Notes: no word typed is
    /// lost. The step last opened is the last one opened. Both pages show what is stored.
    #[test]
    fn two_pages_in_any_order_lose_nothing(ops in prop::collection::vec(op(), 0..40)) {
        let mut expected = Expected::default();
        let (storage, pages) = run(&ops, &mut expected);
        let stored = storage.read();
        for (item, kept) in ITEMS.iter().zip(expected.kept) {
            prop_assert_eq!(stored.is_bookmarked(item), kept, "{}", item);
        }
        for (step, words) in STEPS.iter().zip(&expected.words) {
            let note = stored.note(step);
            for word in words {
                let found = note.split_whitespace().any(|typed| typed == word);
                prop_assert!(found, "{} lost from {:?}", word, note);
            }
        }
        prop_assert_eq!(&stored.last, &expected.last);
        // Quiet: hearing the storage again changes nothing, and both show it.
        for page in &pages {
            let mut copy = page.clone();
            let synced = copy.sync(&stored, false);
            prop_assert!(!synced.differs && !synced.changed);
            prop_assert_eq!(shown(page), shown(&stored));
        }
    }

    /// Pages that hear every write at once (the usual case): a note is exactly what was
    /// last written in it, deletions and shortenings included; nothing is joined.
    #[test]
    fn pages_that_hear_each_other_keep_exactly_the_last_text(
        edits in prop::collection::vec((0..2usize, 0..STEPS.len(), prop_oneof![
            Just(String::new()),
            Just("short".to_string()),
            Just("short and longer".to_string()),
            "[a-z ]{0,12}",
        ]), 0..24),
    ) {
        let mut storage = Storage::default();
        let mut pages = [Personal::default(), Personal::default()];
        let mut last = [String::new(), String::new()];
        let mut now = 1_000;
        for (page, step, text) in edits {
            now += 10;
            pages[page].set_note(STEPS[step], &text);
            storage.save(page, &mut pages[page], now);
            let other = 1 - page;
            let synced = pages[other].sync(&storage.read(), false);
            prop_assert!(!synced.differs && synced.joined.is_empty());
            last[step] = if text.trim().is_empty() { String::new() } else { text };
        }
        let stored = storage.read();
        for (step, text) in STEPS.iter().zip(&last) {
            prop_assert_eq!(stored.note(step), text.as_str());
        }
    }

    /// Merging is the same whichever page meets which: two saved files merged either way
    /// round show the same.
    #[test]
    fn merging_two_files_either_way_round_shows_the_same(ops in prop::collection::vec(op(), 0..30)) {
        let mut expected = Expected::default();
        let (storage, _) = run(&ops, &mut expected);
        let files = &storage.files;
        if files.len() >= 2 {
            let (a, b) = (storage.read_at(0), storage.read_at(files.len() / 2));
            let mut ab = a.clone();
            ab.sync(&b, false);
            let mut ba = b.clone();
            ba.sync(&a, false);
            prop_assert_eq!(shown(&ab), shown(&ba));
        }
    }
}
