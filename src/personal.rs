//! The personal roadmap: bookmarked items, private notes per step and the step last
//! opened. It stays on the device (`localStorage`) and travels as a JSON file of its own
//! that can be imported again; nothing is sent anywhere.
//!
//! The file names its format and version, so that a later version of the app can still
//! read what an earlier one saved, and refuses a file it cannot read instead of guessing.
//! serde_json writes and reads it; reading takes each field as its raw text first, so that
//! the format is checked before anything else and a refusal names the field at fault.
//!
//! ## Several pages, one storage
//!
//! Tabs, windows and embeds of the site share one stored file, and each page holds its own
//! copy, which may be older than the file (another page wrote since). So a page never
//! writes its copy over the file: it merges the two first ([`Personal::sync`]), and it
//! merges again whenever another page writes (the `storage` event). The merge is built so
//! that nothing kept is lost, whatever the order of the writes:
//!
//! * Every change is stamped with the time it was saved ([`Personal::stamp`]: a clock that
//!   never goes back past a time it has seen). A change not yet saved is newer than any.
//! * A kept item and a removed one are both entries: a removal leaves its id and time (a
//!   tombstone). For each item the later change wins, a keep on a tie; so a stale copy can
//!   neither undo a later removal nor drop a later keep.
//! * A note's version knows the stored version it was written over (`from`). A version
//!   written over another replaces it; two written apart (in two places at once) are both
//!   kept, one after the other, unless one already holds the other. Text is never lost.
//! * The step last opened is one entry like the others: it never overwrites anything else.
//!
//! The stored file carries those times in a `changes` member, which earlier versions of
//! the app leave aside (they still read the file); the exported file does not (an import
//! only adds), and a file without them reads as if every entry were very old.

use serde::ser::SerializeMap;
use serde::{Deserialize, Serialize, Serializer};
use serde_json::error::Category;
use serde_json::value::RawValue;

use crate::lang::Lang;
use crate::ordered;

/// Names the file's format, so that any other JSON file is recognized as not ours.
pub const FORMAT: &str = "lhs-roadmap-personal";
/// The version this app writes; it reads this one and every earlier one.
pub const VERSION: u64 = 1;

/// The name an export is saved under.
pub fn file_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "ma-feuille-de-route.json",
        Lang::En => "my-roadmap.json",
    }
}

/// The name a copy of stored data that could not be read is downloaded under (`number`
/// counts from 1).
pub fn unread_file_name(lang: Lang, number: usize) -> String {
    match lang {
        Lang::Fr => format!("ma-feuille-de-route-illisible-{number}.json"),
        Lang::En => format!("my-roadmap-unread-{number}.json"),
    }
}

/// Characters in one note: pages of text, far more than a workshop needs. An import cuts a
/// longer note and says so; typing stops there. Two notes joined by a merge may be longer:
/// a merge never cuts.
pub const MAX_NOTE: usize = 20_000;
/// Bytes of an imported file.
pub const MAX_FILE: usize = 1_000_000;
/// Bookmarks or notes in one imported file.
const MAX_ENTRIES: usize = 2_000;

/// When a change was saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Stamp {
    /// Saved at this time (milliseconds, see [`Personal::stamp`]). A file without times
    /// gives its entries [`OLD`].
    Saved(u64),
    /// Made in this page and not saved yet: newer than anything saved.
    Unsaved,
}

/// The time of an entry read from a file that gives none: older than any saved change.
const OLD: u64 = 1;

impl Default for Stamp {
    fn default() -> Stamp {
        Stamp::Saved(0)
    }
}

/// An item kept, or let go (a tombstone, so that the removal travels too).
#[derive(Clone, Debug, PartialEq, Eq)]
struct Keep {
    id: String,
    kept: bool,
    at: Stamp,
}

/// A step's note; an empty text is a note deleted.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Note {
    step: String,
    text: String,
    at: Stamp,
    /// The time of the saved version this text was written over (0: none). It replaces
    /// that version and every one saved before it.
    from: u64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Personal {
    /// Every item kept or let go, in the order first kept.
    keeps: Vec<Keep>,
    /// Every step written about, in the order first written about.
    notes: Vec<Note>,
    /// The id of the step last opened, to resume there. Change it with
    /// [`Personal::set_last`], which dates the change.
    pub last: Option<String>,
    last_at: Stamp,
}

/// What [`Personal::sync`] did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Synced {
    /// The page's copy changed in what it shows (kept items, notes, the last step).
    pub changed: bool,
    /// The copy now holds something the stored file lacks, which is not waiting for a
    /// save already: it should be written (another page wrote over it unseen).
    pub differs: bool,
    /// Steps whose note was also changed elsewhere while it was changed here: both texts
    /// are now in it, one after the other.
    pub joined: Vec<String>,
}

/// What an import changed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Items kept that were not.
    pub kept_added: usize,
    /// Items the file keeps that were kept already.
    pub kept_already: usize,
    /// Notes on steps that had none.
    pub notes_added: usize,
    /// Notes added to a different note of the same step (both texts kept).
    pub notes_joined: usize,
    /// Notes already there, word for word.
    pub notes_already: usize,
    /// Steps whose note in the file was longer than [`MAX_NOTE`] and was cut to it.
    pub shortened: Vec<String>,
}

impl ImportReport {
    /// Whether the import changed nothing.
    pub fn is_nothing(&self) -> bool {
        self.kept_added == 0 && self.notes_added == 0 && self.notes_joined == 0
    }
}

/// Why an imported file was refused. Nothing is changed when it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    TooLarge,
    NotJson,
    /// JSON, but not a file this app exported.
    NotOurs,
    /// Exported by a later version of the app.
    Newer(u64),
    /// A field that is missing or of the wrong kind, by name.
    Bad(String),
}

impl ImportError {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (ImportError::TooLarge, Lang::Fr) => "Ce fichier est trop gros pour être un export de vos notes (plus de 1 Mo).".into(),
            (ImportError::TooLarge, Lang::En) => "This file is too large to be an export of your notes (over 1 MB).".into(),
            (ImportError::NotJson, Lang::Fr) => "Ce fichier n’est pas un export de vos notes : il n’est pas au format JSON.".into(),
            (ImportError::NotJson, Lang::En) => "This file is not an export of your notes: it is not JSON.".into(),
            (ImportError::NotOurs, Lang::Fr) => "Ce fichier JSON ne vient pas de « Ma feuille de route » : choisissez le fichier téléchargé avec « Exporter ».".into(),
            (ImportError::NotOurs, Lang::En) => "This JSON file does not come from “My roadmap”: choose the file downloaded with “Export”.".into(),
            (ImportError::Newer(version), Lang::Fr) => format!("Ce fichier vient d’une version plus récente de l’explorateur (format {version}). Rechargez la page pour obtenir la dernière version, puis réessayez."),
            (ImportError::Newer(version), Lang::En) => format!("This file comes from a newer version of the explorer (format {version}). Reload the page to get the latest version, then try again."),
            (ImportError::Bad(field), Lang::Fr) => format!("Ce fichier est abîmé : le champ « {field} » manque ou n’a pas la bonne forme."),
            (ImportError::Bad(field), Lang::En) => format!("This file is damaged: the field “{field}” is missing or has the wrong shape."),
        }
    }
}

/// Two texts as one, losing neither: one alone if it already holds the other, else both,
/// `first` first.
fn join(first: &str, second: &str) -> String {
    if first.contains(second) {
        first.to_string()
    } else if second.contains(first) {
        second.to_string()
    } else {
        format!("{first}\n\n{second}")
    }
}

/// How two versions of a step's note meet.
enum Met {
    /// The stored one stands.
    Theirs,
    /// This page's one stands.
    Mine,
    /// Both texts, as a new version not saved yet.
    Joined(Note),
}

/// `mine` (this page's version) and `theirs` (the stored one) of the same step's note.
/// `saving`: the page is about to write, so a version not saved yet meets what was saved
/// since it was begun; otherwise it waits for that save, untouched (it is being typed).
fn meet(mine: &Note, theirs: &Note, saving: bool) -> Met {
    if mine.text == theirs.text {
        return if (mine.at, mine.from) > (theirs.at, theirs.from) {
            Met::Mine
        } else {
            Met::Theirs
        };
    }
    // One written over the other (or over a later version) replaces it.
    if theirs.at <= Stamp::Saved(mine.from) {
        return Met::Mine;
    }
    if mine.at <= Stamp::Saved(theirs.from) {
        return Met::Theirs;
    }
    match (mine.at, theirs.at) {
        (Stamp::Unsaved, _) if !saving => Met::Mine,
        (Stamp::Unsaved, Stamp::Saved(since)) => Met::Joined(Note {
            step: mine.step.clone(),
            text: join(&theirs.text, &mine.text),
            at: Stamp::Unsaved,
            from: since,
        }),
        // Both saved, neither over the other: written at the same moment in two places
        // (the browser had not yet passed one page's write to the other). The same
        // result whichever page meets them: the older first.
        (Stamp::Saved(m), Stamp::Saved(t)) => {
            let (older, newer) = if (mine.at, &mine.text) < (theirs.at, &theirs.text) {
                (mine, theirs)
            } else {
                (theirs, mine)
            };
            Met::Joined(Note {
                step: mine.step.clone(),
                text: join(&older.text, &newer.text),
                at: Stamp::Unsaved,
                from: m.max(t),
            })
        }
        // A stored version is always saved; should one not be, this page's stands.
        (_, Stamp::Unsaved) => Met::Mine,
    }
}

impl Personal {
    pub fn is_empty(&self) -> bool {
        self.bookmarks().next().is_none() && self.notes().next().is_none()
    }

    /// The ids of the kept items, in the order first kept.
    pub fn bookmarks(&self) -> impl Iterator<Item = &str> {
        self.keeps
            .iter()
            .filter(|keep| keep.kept)
            .map(|keep| keep.id.as_str())
    }

    /// The notes, `(step id, text)`, in the order the steps were first written about.
    pub fn notes(&self) -> impl Iterator<Item = (&str, &str)> {
        self.notes
            .iter()
            .filter(|note| !note.text.is_empty())
            .map(|note| (note.step.as_str(), note.text.as_str()))
    }

    pub fn is_bookmarked(&self, id: &str) -> bool {
        self.keeps.iter().any(|keep| keep.kept && keep.id == id)
    }

    /// Saves or unsaves an item.
    pub fn toggle(&mut self, id: &str) {
        let kept = !self.is_bookmarked(id);
        self.set_kept(id, kept);
    }

    /// Keeps an item, or lets it go.
    pub fn set_kept(&mut self, id: &str, kept: bool) {
        match self.keeps.iter_mut().find(|keep| keep.id == id) {
            Some(keep) if keep.kept == kept => {}
            Some(keep) => {
                keep.kept = kept;
                keep.at = Stamp::Unsaved;
            }
            None if !kept => {}
            None => self.keeps.push(Keep {
                id: id.to_string(),
                kept,
                at: Stamp::Unsaved,
            }),
        }
    }

    pub fn note(&self, step: &str) -> &str {
        self.notes
            .iter()
            .find(|note| note.step == step)
            .map_or("", |note| note.text.as_str())
    }

    /// Writes the note of `step`; a blank note is deleted. A new text longer than
    /// [`MAX_NOTE`] is cut there, but never below the text already there (a note joined
    /// by a merge may be longer, and editing it must not lose its end).
    pub fn set_note(&mut self, step: &str, text: &str) {
        let limit = self.note(step).chars().count().max(MAX_NOTE);
        let text: String = text.chars().take(limit).collect();
        self.put_note(step, text);
    }

    /// Writes the note of `step` whole; a blank note is deleted.
    fn put_note(&mut self, step: &str, text: String) {
        let existing = self.notes.iter().position(|note| note.step == step);
        let text = if text.trim().is_empty() {
            String::new()
        } else {
            text
        };
        match existing {
            Some(at) => {
                let note = &mut self.notes[at];
                if note.text != text {
                    if let Stamp::Saved(saved) = note.at {
                        note.from = saved;
                    }
                    note.text = text;
                    note.at = Stamp::Unsaved;
                }
            }
            None if text.is_empty() => {}
            None => self.notes.push(Note {
                step: step.to_string(),
                text,
                at: Stamp::Unsaved,
                from: 0,
            }),
        }
    }

    /// Remembers the step opened just now (even if this copy already names it: another
    /// page may have opened another since).
    pub fn set_last(&mut self, step: Option<&str>) {
        self.last = step.map(str::to_string);
        self.last_at = Stamp::Unsaved;
    }

    /// Lets every kept item go and deletes every note, as changes like any other: what
    /// another page keeps or writes afterwards, or wrote unseen by this one, stays.
    pub fn clear(&mut self) {
        let kept: Vec<String> = self.bookmarks().map(str::to_string).collect();
        for id in kept {
            self.set_kept(&id, false);
        }
        let steps: Vec<String> = self.notes().map(|(step, _)| step.to_string()).collect();
        for step in steps {
            self.set_note(&step, "");
        }
        if self.last.is_some() {
            self.set_last(None);
        }
    }

    /// Whether some change waits to be saved.
    pub fn has_unsaved(&self) -> bool {
        self.keeps.iter().any(|keep| keep.at == Stamp::Unsaved)
            || self.notes.iter().any(|note| note.at == Stamp::Unsaved)
            || self.last_at == Stamp::Unsaved
    }

    /// Dates every change not saved yet, just before it is written: `now` (milliseconds
    /// since 1970), or just after the latest time this copy has seen if that is later, so
    /// that a change made after reading another one always comes after it.
    pub fn stamp(&mut self, now: u64) {
        let seen = self
            .keeps
            .iter()
            .map(|keep| keep.at)
            .chain(self.notes.iter().map(|note| note.at))
            .chain(std::iter::once(self.last_at))
            .filter_map(|at| match at {
                Stamp::Saved(at) => Some(at),
                Stamp::Unsaved => None,
            })
            .max()
            .unwrap_or(0);
        let at = Stamp::Saved(now.max(seen.saturating_add(1)));
        let stamps = self
            .keeps
            .iter_mut()
            .map(|keep| &mut keep.at)
            .chain(self.notes.iter_mut().map(|note| &mut note.at))
            .chain(std::iter::once(&mut self.last_at));
        for stamp in stamps {
            if *stamp == Stamp::Unsaved {
                *stamp = at;
            }
        }
    }

    /// Merges what storage holds (`stored`, read just now) into this page's copy: per
    /// item, the later change; per note, the version written over the other, or both
    /// texts; the later step opened. Changes this page has not saved are newer than any
    /// stored; when `saving`, a note not saved yet is also joined to a version saved
    /// elsewhere since it was begun. The copy takes the stored file's order, then its own
    /// entries the file lacks.
    pub fn sync(&mut self, stored: &Personal, saving: bool) -> Synced {
        let mut out = Synced::default();

        let mut keeps = Vec::with_capacity(stored.keeps.len().max(self.keeps.len()));
        let mut used = vec![false; self.keeps.len()];
        for theirs in &stored.keeps {
            let mine = self.keeps.iter().position(|keep| keep.id == theirs.id);
            match mine {
                None => {
                    out.changed |= theirs.kept;
                    keeps.push(theirs.clone());
                }
                Some(at) => {
                    used[at] = true;
                    let mine = &self.keeps[at];
                    if (mine.at, mine.kept) > (theirs.at, theirs.kept) {
                        out.differs = true;
                        keeps.push(mine.clone());
                    } else {
                        out.changed |= mine.kept != theirs.kept;
                        keeps.push(theirs.clone());
                    }
                }
            }
        }
        for (keep, used) in self.keeps.iter().zip(used) {
            if !used {
                out.differs = true;
                keeps.push(keep.clone());
            }
        }
        self.keeps = keeps;

        let mut notes = Vec::with_capacity(stored.notes.len().max(self.notes.len()));
        let mut used = vec![false; self.notes.len()];
        for theirs in &stored.notes {
            let mine = self.notes.iter().position(|note| note.step == theirs.step);
            match mine {
                None => {
                    out.changed |= !theirs.text.is_empty();
                    notes.push(theirs.clone());
                }
                Some(at) => {
                    used[at] = true;
                    let mine = &self.notes[at];
                    match meet(mine, theirs, saving) {
                        Met::Theirs => {
                            out.changed |= mine.text != theirs.text;
                            notes.push(theirs.clone());
                        }
                        Met::Mine => {
                            // A note being typed waits for its own save.
                            out.differs |= saving || mine.at != Stamp::Unsaved;
                            notes.push(mine.clone());
                        }
                        Met::Joined(joined) => {
                            out.differs = true;
                            if joined.text != mine.text {
                                out.changed = true;
                                out.joined.push(joined.step.clone());
                            }
                            notes.push(joined);
                        }
                    }
                }
            }
        }
        for (note, used) in self.notes.iter().zip(used) {
            if !used {
                out.differs |= saving || note.at != Stamp::Unsaved;
                notes.push(note.clone());
            }
        }
        self.notes = notes;

        if (self.last_at, &self.last) > (stored.last_at, &stored.last) {
            out.differs = true;
        } else {
            out.changed |= self.last != stored.last;
            self.last.clone_from(&stored.last);
            self.last_at = stored.last_at;
        }
        out
    }

    /// Adds what an imported file holds: its kept items, and its notes; where both have
    /// a different note for a step, both are kept, ours first, so nothing is lost. The
    /// step last opened is taken only if there is none.
    pub fn merge(&mut self, other: Personal) -> ImportReport {
        let mut report = ImportReport::default();
        for id in other.bookmarks() {
            if self.is_bookmarked(id) {
                report.kept_already += 1;
            } else {
                self.set_kept(id, true);
                report.kept_added += 1;
            }
        }
        for (step, theirs) in other.notes() {
            let mine = self.note(step);
            if mine.is_empty() {
                report.notes_added += 1;
                self.put_note(step, theirs.to_string());
            } else if mine.contains(theirs) {
                report.notes_already += 1;
            } else {
                report.notes_joined += 1;
                let joined = join(mine, theirs);
                self.put_note(step, joined);
            }
        }
        if self.last.is_none() {
            self.set_last(other.last.as_deref());
        }
        report
    }

    /// The file that [`Personal::from_json`] reads back, indented for a person to read:
    /// what an export downloads. It carries no times.
    pub fn to_json(&self) -> String {
        self.write(false)
    }

    /// The file as stored on the device: the export's, with the time of every change
    /// (`changes`), which [`Personal::from_stored`] reads back. Call [`Personal::stamp`]
    /// first: a change not saved yet is written as very old.
    pub fn to_stored(&self) -> String {
        self.write(true)
    }

    fn write(&self, with_times: bool) -> String {
        let bookmarks: Vec<&str> = self.bookmarks().collect();
        let changes = with_times.then_some(Changes(self));
        let file = FileOut {
            format: FORMAT,
            version: VERSION,
            bookmarks: &bookmarks,
            notes: Notes(self),
            last: self.last.as_deref(),
            changes,
        };
        // Texts, numbers and lists of texts always print: this cannot fail.
        let text = if with_times {
            serde_json::to_string(&file).unwrap_or_default()
        } else {
            serde_json::to_string_pretty(&file).unwrap_or_default()
        };
        text + "\n"
    }

    /// Reads a file written by [`Personal::to_json`], by this version or an earlier one.
    /// Fields it does not know are left aside, so that files from a later version with
    /// the same format number still open. A note longer than [`MAX_NOTE`] is cut.
    pub fn from_json(text: &str) -> Result<Personal, ImportError> {
        Personal::read_export(text).map(|(personal, _)| personal)
    }

    /// [`Personal::from_json`], with the steps whose note was cut to [`MAX_NOTE`].
    pub fn read_export(text: &str) -> Result<(Personal, Vec<String>), ImportError> {
        if text.len() > MAX_FILE {
            return Err(ImportError::TooLarge);
        }
        let mut shortened = Vec::new();
        let personal = read(text, Some(&mut shortened))?;
        Ok((personal, shortened))
    }

    /// Reads the file as stored on this device, times included: nothing is cut and there
    /// is no limit of size (the browser's own is the limit), since this is the person's
    /// data itself. It refuses what an import would (not ours, newer, damaged).
    pub fn from_stored(text: &str) -> Result<Personal, ImportError> {
        read(text, None)
    }
}

/// Reads a file, with the import's limits when `shortened` is given (where the steps
/// whose note was cut are listed), or as stored, with its times.
fn read(text: &str, mut shortened: Option<&mut Vec<String>>) -> Result<Personal, ImportError> {
    let import = shortened.is_some();
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // The file's members as raw texts, in order: each field is read in turn, so that a
    // bad one is named, and the first of a repeated name counts.
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let members = ordered::members::<_, &RawValue>(&mut deserializer)
        .and_then(|members| deserializer.end().map(|()| members))
        .map_err(|error| match error.classify() {
            // JSON, but not an object.
            Category::Data => ImportError::NotOurs,
            _ => ImportError::NotJson,
        })?;
    let field = |name: &str| {
        members
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, raw)| *raw)
    };
    let format = field("format").and_then(|raw| value::<String>(raw).ok());
    if format.as_deref() != Some(FORMAT) {
        return Err(ImportError::NotOurs);
    }
    let bad = |name: &str| ImportError::Bad(name.to_string());
    let version = field("version")
        .and_then(|raw| value::<u64>(raw).ok())
        .ok_or_else(|| bad("version"))?;
    if version > VERSION {
        return Err(ImportError::Newer(version));
    }
    let changes = if import {
        ChangesIn::default()
    } else {
        field("changes")
            .and_then(|raw| value::<ChangesIn>(raw).ok())
            .unwrap_or_default()
    };
    let too_many = |count: usize| import && count > MAX_ENTRIES;
    let mut personal = Personal::default();
    if let Some(raw) = field("bookmarks") {
        let ids = value::<Vec<String>>(raw).map_err(|_| bad("bookmarks"))?;
        if too_many(ids.len()) || !ids.iter().all(|id| is_id(id)) {
            return Err(bad("bookmarks"));
        }
        for id in ids {
            if !personal.keeps.iter().any(|keep| keep.id == id) {
                let at = changes.time_of_keep(&id);
                personal.keeps.push(Keep { id, kept: true, at });
            }
        }
    }
    // Items let go: in the times, not in the list.
    for (id, at) in &changes.bookmarks {
        if is_id(id) && !personal.keeps.iter().any(|keep| &keep.id == id) {
            personal.keeps.push(Keep {
                id: id.clone(),
                kept: false,
                at: Stamp::Saved(*at),
            });
        }
    }
    if let Some(raw) = field("notes") {
        let mut deserializer = serde_json::Deserializer::from_str(raw.get());
        let notes = ordered::members::<_, String>(&mut deserializer).map_err(|_| bad("notes"))?;
        if too_many(notes.len()) || !notes.iter().all(|(step, _)| is_id(step)) {
            return Err(bad("notes"));
        }
        for (step, text) in notes {
            let text = match shortened.as_deref_mut() {
                Some(shortened) if text.chars().nth(MAX_NOTE).is_some() => {
                    if !shortened.contains(&step) {
                        shortened.push(step.clone());
                    }
                    text.chars().take(MAX_NOTE).collect()
                }
                _ => text,
            };
            if text.trim().is_empty() {
                continue;
            }
            let (at, from) = changes.time_of_note(&step);
            match personal.notes.iter_mut().find(|note| note.step == step) {
                // A step named twice: the last text counts, as it always did.
                Some(note) => note.text = text,
                None => personal.notes.push(Note { step, text, at, from }),
            }
        }
    }
    // Notes deleted: in the times, not in the notes.
    for (step, time) in &changes.notes {
        if is_id(step) && !personal.notes.iter().any(|note| &note.step == step) {
            personal.notes.push(Note {
                step: step.clone(),
                text: String::new(),
                at: Stamp::Saved(time.at),
                from: time.from,
            });
        }
    }
    if let Some(raw) = field("last") {
        personal.last = value::<Option<String>>(raw)
            .ok()
            .filter(|last| last.as_deref().is_none_or(is_id))
            .ok_or_else(|| bad("last"))?;
    }
    personal.last_at = Stamp::Saved(changes.last.unwrap_or(OLD));
    Ok(personal)
}

/// The file as [`Personal::to_json`] writes it, fields in this order.
#[derive(Serialize)]
struct FileOut<'a> {
    format: &'a str,
    version: u64,
    bookmarks: &'a [&'a str],
    notes: Notes<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    last: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    changes: Option<Changes<'a>>,
}

/// The notes as an object whose members keep their order.
struct Notes<'a>(&'a Personal);

impl Serialize for Notes<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        for (step, note) in self.0.notes() {
            map.serialize_entry(step, note)?;
        }
        map.end()
    }
}

/// The times of the stored file: `{"bookmarks": {id: time}, "notes": {step: {"at": time,
/// "from": time}}, "last": time}`. An id here but not in the bookmarks was let go at that
/// time; a step here but not in the notes had its note deleted.
struct Changes<'a>(&'a Personal);

fn saved(at: Stamp) -> u64 {
    match at {
        Stamp::Saved(at) => at,
        Stamp::Unsaved => OLD,
    }
}

impl Serialize for Changes<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct Keeps<'a>(&'a [Keep]);
        impl Serialize for Keeps<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut map = serializer.serialize_map(Some(self.0.len()))?;
                for keep in self.0 {
                    map.serialize_entry(&keep.id, &saved(keep.at))?;
                }
                map.end()
            }
        }
        struct NoteTimes<'a>(&'a [Note]);
        impl Serialize for NoteTimes<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut map = serializer.serialize_map(Some(self.0.len()))?;
                for note in self.0 {
                    let time = NoteTime {
                        at: saved(note.at),
                        from: note.from,
                    };
                    map.serialize_entry(&note.step, &time)?;
                }
                map.end()
            }
        }
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("bookmarks", &Keeps(&self.0.keeps))?;
        map.serialize_entry("notes", &NoteTimes(&self.0.notes))?;
        map.serialize_entry("last", &saved(self.0.last_at))?;
        map.end()
    }
}

#[derive(Serialize, Deserialize, Clone, Copy)]
struct NoteTime {
    at: u64,
    #[serde(default)]
    from: u64,
}

/// The times as read; anything missing or of the wrong shape reads as very old.
#[derive(Deserialize, Default)]
struct ChangesIn {
    #[serde(default, deserialize_with = "ordered_times")]
    bookmarks: Vec<(String, u64)>,
    #[serde(default, deserialize_with = "ordered_times")]
    notes: Vec<(String, NoteTime)>,
    #[serde(default)]
    last: Option<u64>,
}

fn ordered_times<'de, D, V>(deserializer: D) -> Result<Vec<(String, V)>, D::Error>
where
    D: serde::Deserializer<'de>,
    V: Deserialize<'de>,
{
    ordered::members(deserializer)
}

impl ChangesIn {
    fn time_of_keep(&self, id: &str) -> Stamp {
        let at = self.bookmarks.iter().find(|(key, _)| key == id);
        Stamp::Saved(at.map_or(OLD, |(_, at)| *at))
    }

    fn time_of_note(&self, step: &str) -> (Stamp, u64) {
        match self.notes.iter().find(|(key, _)| key == step) {
            Some((_, time)) => (Stamp::Saved(time.at), time.from),
            None => (Stamp::Saved(OLD), 0),
        }
    }
}

/// One field's value, from its raw text.
fn value<'a, T: Deserialize<'a>>(raw: &'a RawValue) -> serde_json::Result<T> {
    serde_json::from_str(raw.get())
}

/// What an id of ours may look like: short, with no characters that could mean markup.
fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 200
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}
