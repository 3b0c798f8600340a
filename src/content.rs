//! The roadmap content: its model, and the one reader that turns a JSON file into a
//! checked [`Roadmap`] or the list of what is wrong with it. The app and the native tests
//! both go through [`parse`].

pub(crate) mod json;
mod model;
mod path;
mod problem;
mod read;
#[cfg(not(target_arch = "wasm32"))]
mod schema;
mod validate;

pub use model::{
    Area, Case, CreditSection, Credits, Facet, GlossaryEntry, Item, Level, Part, Roadmap, Section,
    Source, Step, Support, SupportLevel, Tag, Text, TextList,
};
pub use problem::{problem_count, JsonKind, Problem, ProblemKind};
#[cfg(not(target_arch = "wasm32"))]
pub use schema::schema;
pub use validate::{
    is_slug, validate, MAX_FILE_BYTES, MAX_FORMS, MAX_GLOSSARY, MAX_ITEMS, MAX_STEPS, MAX_TEXT,
    MAX_TITLE,
};

use read::{FromJson, Reader};

/// Reads and checks a content file. Every problem found is returned, so an editor can
/// fix them in one pass; a file that is not JSON at all stops at its first error.
pub fn parse(json: &str) -> Result<Roadmap, Vec<Problem>> {
    if json.trim().is_empty() {
        return Err(vec![Problem::new("", ProblemKind::Empty)]);
    }
    if json.len() > MAX_FILE_BYTES {
        let kind = ProblemKind::FileTooLarge { bytes: json.len() };
        return Err(vec![Problem::new("", kind)]);
    }
    let root = json::parse(json).map_err(|error| {
        let kind = if error.too_deep {
            ProblemKind::TooDeep
        } else if error.truncated {
            ProblemKind::Truncated
        } else {
            ProblemKind::Syntax
        };
        let mut problem = Problem::new("", kind);
        problem.position = Some((error.line, error.column));
        vec![problem]
    })?;
    let mut reader = Reader::default();
    let roadmap = Roadmap::read(&root, &path::Path::Root, &mut reader);
    match roadmap {
        Some(roadmap) if reader.problems.is_empty() => {
            let mut problems = validate(&roadmap);
            for problem in &mut problems {
                problem.position = read::locate(&root, &problem.path);
            }
            if problems.is_empty() {
                Ok(roadmap)
            } else {
                Err(problems)
            }
        }
        _ => Err(reader.problems),
    }
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
