//! The personal roadmap: bookmarked items, private notes per step and the step last
//! opened. It stays on the device (`localStorage`) and travels as a JSON file of its own
//! that can be imported again; nothing is sent anywhere.
//!
//! The file names its format and version, so that a later version of the app can still
//! read what an earlier one saved, and refuses a file it cannot read instead of guessing.
//! serde_json writes and reads it; reading takes each field as its raw text first, so that
//! the format is checked before anything else and a refusal names the field at fault.

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
/// Characters in one note: pages of text, far more than a workshop needs.
pub const MAX_NOTE: usize = 20_000;
/// Bytes of an imported file.
pub const MAX_FILE: usize = 1_000_000;
/// Bookmarks or notes in one file.
const MAX_ENTRIES: usize = 2_000;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Personal {
    /// Ids of bookmarked items, in the order they were saved.
    pub bookmarks: Vec<String>,
    /// A note per step id, in the order the steps were first written about.
    pub notes: Vec<(String, String)>,
    /// The id of the step last opened, to resume there.
    pub last: Option<String>,
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

impl Personal {
    pub fn is_empty(&self) -> bool {
        self.bookmarks.is_empty() && self.notes.is_empty()
    }

    pub fn is_bookmarked(&self, id: &str) -> bool {
        self.bookmarks.iter().any(|saved| saved == id)
    }

    /// Saves or unsaves an item.
    pub fn toggle(&mut self, id: &str) {
        if self.is_bookmarked(id) {
            self.bookmarks.retain(|saved| saved != id);
        } else {
            self.bookmarks.push(id.to_string());
        }
    }

    pub fn note(&self, step: &str) -> &str {
        self.notes
            .iter()
            .find(|(id, _)| id == step)
            .map_or("", |(_, note)| note)
    }

    /// Writes the note of `step`, cut to [`MAX_NOTE`]; a blank note is removed.
    pub fn set_note(&mut self, step: &str, text: &str) {
        let text: String = text.chars().take(MAX_NOTE).collect();
        let blank = text.trim().is_empty();
        match self.notes.iter().position(|(id, _)| id == step) {
            Some(at) if blank => {
                self.notes.remove(at);
            }
            Some(at) => self.notes[at].1 = text,
            None if blank => {}
            None => self.notes.push((step.to_string(), text)),
        }
    }

    /// Adds what `other` holds: its bookmarks after ours, and its notes; where both have
    /// a different note for a step, both are kept, ours first, so nothing is lost.
    pub fn merge(&mut self, other: Personal) {
        for id in other.bookmarks {
            if !self.is_bookmarked(&id) {
                self.bookmarks.push(id);
            }
        }
        for (step, note) in other.notes {
            let mine = self.note(&step);
            if mine.is_empty() {
                self.set_note(&step, &note);
            } else if mine != note && !mine.contains(note.as_str()) {
                let joined = format!("{mine}\n\n{note}");
                self.set_note(&step, &joined);
            }
        }
        if self.last.is_none() {
            self.last = other.last;
        }
    }

    /// The file that [`Personal::from_json`] reads back, indented for a person to read.
    pub fn to_json(&self) -> String {
        let file = FileOut {
            format: FORMAT,
            version: VERSION,
            bookmarks: &self.bookmarks,
            notes: Notes(&self.notes),
            last: self.last.as_deref(),
        };
        // Texts, numbers and lists of texts always print: this cannot fail.
        let text = serde_json::to_string_pretty(&file).unwrap_or_default();
        text + "\n"
    }

    /// Reads a file written by [`Personal::to_json`], by this version or an earlier one.
    /// Fields it does not know are left aside, so that files from a later version with
    /// the same format number still open.
    pub fn from_json(text: &str) -> Result<Personal, ImportError> {
        if text.len() > MAX_FILE {
            return Err(ImportError::TooLarge);
        }
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
        let format = field("format").and_then(|raw| read::<String>(raw).ok());
        if format.as_deref() != Some(FORMAT) {
            return Err(ImportError::NotOurs);
        }
        let bad = |name: &str| ImportError::Bad(name.to_string());
        let version = field("version")
            .and_then(|raw| read::<u64>(raw).ok())
            .ok_or_else(|| bad("version"))?;
        if version > VERSION {
            return Err(ImportError::Newer(version));
        }
        let mut personal = Personal::default();
        if let Some(raw) = field("bookmarks") {
            let ids = read::<Vec<String>>(raw).map_err(|_| bad("bookmarks"))?;
            if ids.len() > MAX_ENTRIES || !ids.iter().all(|id| is_id(id)) {
                return Err(bad("bookmarks"));
            }
            for id in ids {
                if !personal.is_bookmarked(&id) {
                    personal.bookmarks.push(id);
                }
            }
        }
        if let Some(raw) = field("notes") {
            let mut deserializer = serde_json::Deserializer::from_str(raw.get());
            let notes =
                ordered::members::<_, String>(&mut deserializer).map_err(|_| bad("notes"))?;
            if notes.len() > MAX_ENTRIES || !notes.iter().all(|(step, _)| is_id(step)) {
                return Err(bad("notes"));
            }
            for (step, note) in notes {
                personal.set_note(&step, &note);
            }
        }
        if let Some(raw) = field("last") {
            personal.last = read::<Option<String>>(raw)
                .ok()
                .filter(|last| last.as_deref().is_none_or(is_id))
                .ok_or_else(|| bad("last"))?;
        }
        Ok(personal)
    }
}

/// The file as [`Personal::to_json`] writes it, fields in this order.
#[derive(Serialize)]
struct FileOut<'a> {
    format: &'a str,
    version: u64,
    bookmarks: &'a [String],
    notes: Notes<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    last: Option<&'a str>,
}

/// The notes as an object whose members keep their order.
struct Notes<'a>(&'a [(String, String)]);

impl Serialize for Notes<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (step, note) in self.0 {
            map.serialize_entry(step, note)?;
        }
        map.end()
    }
}

/// One field's value, from its raw text.
fn read<'a, T: Deserialize<'a>>(raw: &'a RawValue) -> serde_json::Result<T> {
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
