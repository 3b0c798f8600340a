//! The roadmap content: its model, and the one way a content file becomes a checked
//! [`Roadmap`] or the list of what is wrong with it. The pages and the native tests all go
//! through [`read`] (bytes, as fetched or dropped) or [`parse`] (text already decoded).
//!
//! serde_json reads the file into the model; the validator (validate.rs) then checks every
//! rule at once. A problem gives its JSON path and, for the first [`MAX_LISTED`], its line
//! and column, found only then (place.rs), so that a valid file costs one pass and a
//! hostile one with a hundred thousand problems still answers at once.

mod encoding;
mod model;
mod path;
mod place;
mod problem;
mod refusal;
#[cfg(not(target_arch = "wasm32"))]
mod schema;
mod validate;

pub use encoding::decode;
pub use model::{
    Area, Case, CreditSection, Credits, Facet, GlossaryEntry, Item, Level, Part, Roadmap,
    SchemaLine, Section, Source, Step, Support, SupportLevel, Synonym, Synonyms, Tag, Text,
    TextList,
};
pub use problem::{problem_count, JsonKind, Problem, ProblemKind};
#[cfg(not(target_arch = "wasm32"))]
pub use schema::schema;
pub use validate::{
    is_one_word, is_slug, validate, MAX_FILE_BYTES, MAX_FORMS, MAX_GLOSSARY, MAX_ITEMS, MAX_STEPS,
    MAX_SYNONYMS, MAX_TEXT, MAX_TITLE, MAX_WORD,
};

/// Problems that get a line and column, and that a page lists; it says how many more
/// there are. Finding a place costs a walk of the file, and a list of thousands helps
/// nobody: the editor fixes these and checks again.
pub const MAX_LISTED: usize = 100;

/// Reads and checks a content file as its bytes: UTF-8 (with or without a byte order
/// mark) or UTF-16 is read; anything else is refused with the place of the first byte
/// that is not UTF-8 (see [`decode`]). The preview page and the published explorer both
/// read files this way, so that they agree on every file.
pub fn read(bytes: &[u8]) -> Result<Roadmap, Vec<Problem>> {
    // A file many times the limit is refused before it is decoded.
    if bytes.len() > 2 * MAX_FILE_BYTES {
        let kind = ProblemKind::FileTooLarge { bytes: bytes.len() };
        return Err(vec![Problem::new("", kind)]);
    }
    let text = decode(bytes).map_err(|problem| vec![problem])?;
    parse(&text)
}

/// Reads and checks a content file already decoded. Every rule broken is returned, so an
/// editor can fix them in one pass; a file that serde cannot read into the model (not
/// JSON, a missing field, a value of the wrong type) stops at its first such problem.
pub fn parse(json: &str) -> Result<Roadmap, Vec<Problem>> {
    // An editor does not count a byte order mark as a column, so neither do we.
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    if json.trim().is_empty() {
        return Err(vec![Problem::new("", ProblemKind::Empty)]);
    }
    if json.len() > MAX_FILE_BYTES {
        let kind = ProblemKind::FileTooLarge { bytes: json.len() };
        return Err(vec![Problem::new("", kind)]);
    }
    if let Some(at) = place::too_deep(json) {
        let mut problem = Problem::new("", ProblemKind::TooDeep);
        problem.position = place::positions(json, &[at]).first().copied();
        return Err(vec![problem]);
    }
    let roadmap = refusal::deserialize(json).map_err(|problem| vec![*problem])?;
    let mut problems = validate(&roadmap);
    if problems.is_empty() {
        return Ok(roadmap);
    }
    let listed = problems.len().min(MAX_LISTED);
    place::locate(json, &mut problems[..listed]);
    Err(problems)
}

impl Roadmap {
    /// The foundation, then the steps of the cycle: the order of keyboard and
    /// previous/next navigation.
    pub fn all_steps(&self) -> impl Iterator<Item = &Step> {
        std::iter::once(&self.foundation).chain(self.steps.iter())
    }

    pub fn step(&self, id: &str) -> Option<&Step> {
        self.all_steps().find(|step| step.id == id)
    }

    /// The place of a step in [`Roadmap::all_steps`].
    pub fn step_index(&self, id: &str) -> Option<usize> {
        self.all_steps().position(|step| step.id == id)
    }

    /// The winning condition with this id, in whichever step it is.
    pub fn condition(&self, id: &str) -> Option<&Item> {
        self.all_steps()
            .flat_map(|step| step.conditions.iter())
            .find(|item| item.id == id)
    }

    pub fn source(&self, key: &str) -> Option<&Source> {
        self.sources.iter().find(|source| source.key == key)
    }
}
