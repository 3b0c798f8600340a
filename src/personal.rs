//! The personal roadmap: bookmarked items, private notes per step and the step last
//! opened. It stays on the device (`localStorage`) and travels as a JSON file of its own
//! that can be imported again; nothing is sent anywhere.
//!
//! The file names its format and version, so that a later version of the app can still
//! read what an earlier one saved, and refuses a file it cannot read instead of guessing.

use crate::content::json::{self, Json, Node};
use crate::lang::Lang;

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
        let mut out = format!("{{\n  \"format\": \"{FORMAT}\",\n  \"version\": {VERSION},\n");
        out.push_str("  \"bookmarks\": [");
        for (i, id) in self.bookmarks.iter().enumerate() {
            out.push_str(if i == 0 { "\n    " } else { ",\n    " });
            json::write_string(&mut out, id);
        }
        out.push_str(if self.bookmarks.is_empty() {
            "],\n"
        } else {
            "\n  ],\n"
        });
        out.push_str("  \"notes\": {");
        for (i, (step, note)) in self.notes.iter().enumerate() {
            out.push_str(if i == 0 { "\n    " } else { ",\n    " });
            json::write_string(&mut out, step);
            out.push_str(": ");
            json::write_string(&mut out, note);
        }
        out.push_str(if self.notes.is_empty() { "}" } else { "\n  }" });
        if let Some(last) = &self.last {
            out.push_str(",\n  \"last\": ");
            json::write_string(&mut out, last);
        }
        out.push_str("\n}\n");
        out
    }

    /// Reads a file written by [`Personal::to_json`], by this version or an earlier one.
    /// Fields it does not know are left aside, so that files from a later version with
    /// the same format number still open.
    pub fn from_json(text: &str) -> Result<Personal, ImportError> {
        if text.len() > MAX_FILE {
            return Err(ImportError::TooLarge);
        }
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let root = json::parse(text).map_err(|_| ImportError::NotJson)?;
        let Json::Object(members) = &root.value else {
            return Err(ImportError::NotOurs);
        };
        let field = |name: &str| {
            members
                .iter()
                .find(|(key, _)| key == name)
                .map(|(_, node)| node)
        };
        match field("format").map(|node| &node.value) {
            Some(Json::String(format)) if format == FORMAT => {}
            _ => return Err(ImportError::NotOurs),
        }
        let bad = |name: &str| ImportError::Bad(name.to_string());
        let version = field("version")
            .and_then(Node::as_u64)
            .ok_or_else(|| bad("version"))?;
        if version > VERSION {
            return Err(ImportError::Newer(version));
        }
        let mut personal = Personal::default();
        if let Some(node) = field("bookmarks") {
            let Json::Array(values) = &node.value else {
                return Err(bad("bookmarks"));
            };
            if values.len() > MAX_ENTRIES {
                return Err(bad("bookmarks"));
            }
            for value in values {
                match &value.value {
                    Json::String(id) if is_id(id) => {
                        if !personal.is_bookmarked(id) {
                            personal.bookmarks.push(id.clone());
                        }
                    }
                    _ => return Err(bad("bookmarks")),
                }
            }
        }
        if let Some(node) = field("notes") {
            let Json::Object(notes) = &node.value else {
                return Err(bad("notes"));
            };
            if notes.len() > MAX_ENTRIES {
                return Err(bad("notes"));
            }
            for (step, value) in notes {
                match &value.value {
                    Json::String(note) if is_id(step) => personal.set_note(step, note),
                    _ => return Err(bad("notes")),
                }
            }
        }
        match field("last").map(|node| &node.value) {
            None | Some(Json::Null) => {}
            Some(Json::String(step)) if is_id(step) => personal.last = Some(step.clone()),
            Some(_) => return Err(bad("last")),
        }
        Ok(personal)
    }
}

/// What an id of ours may look like: short, with no characters that could mean markup.
fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 200
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}
