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
pub use problem::{JsonKind, Problem, ProblemKind};
#[cfg(not(target_arch = "wasm32"))]
pub use schema::schema;
pub use validate::{is_slug, validate, MAX_FILE_BYTES, MAX_ITEMS, MAX_STEPS, MAX_TEXT, MAX_TITLE};

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

/// Why the explorer could not show a content file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The request did not reach the server (offline, blocked).
    Network,
    /// The server answered with an error status, such as 404.
    Status(u16),
    /// The file arrived but is not a valid roadmap.
    Invalid(Vec<Problem>),
    /// The address names a content file outside the site (its `content=` value).
    Refused(String),
    /// The address asks for a preview, but this device keeps no previewed file.
    NoPreview,
}

impl LoadError {
    /// The sentence that heads the error panel; `file` is the content file's address.
    pub fn summary(&self, lang: crate::i18n::Lang, file: &str) -> String {
        use crate::i18n::Lang;
        match (self, lang) {
            (LoadError::Network, Lang::Fr) => {
                "Le fichier de contenu n’a pas pu être téléchargé. Vérifiez votre connexion, puis réessayez.".into()
            }
            (LoadError::Network, Lang::En) => {
                "The content file could not be downloaded. Check your connection, then try again.".into()
            }
            (LoadError::Status(404), Lang::Fr) => {
                format!("Le fichier {file} est introuvable sur le serveur (erreur 404).")
            }
            (LoadError::Status(404), Lang::En) => {
                format!("The file {file} is not on the server (error 404).")
            }
            (LoadError::Status(status), Lang::Fr) => {
                format!("Le serveur a refusé de fournir le fichier de contenu (erreur {status}).")
            }
            (LoadError::Status(status), Lang::En) => {
                format!("The server did not provide the content file (error {status}).")
            }
            (LoadError::Invalid(problems), lang) => crate::i18n::problem_count(lang, problems.len()),
            (LoadError::Refused(value), Lang::Fr) => format!(
                "Ce lien demande d’afficher le contenu « {value} », qui n’est pas un fichier de ce site. L’explorateur n’affiche que des fichiers de son propre site, désignés par un chemin relatif comme adapte/roadmap.json."
            ),
            (LoadError::Refused(value), Lang::En) => format!(
                "This link asks to show the content “{value}”, which is not a file of this site. The explorer shows only files of its own site, named by a relative path such as adapted/roadmap.json."
            ),
            (LoadError::NoPreview, Lang::Fr) => {
                "Aucune feuille de route à prévisualiser n’est gardée sur cet appareil. Choisissez un fichier sur la page « Prévisualiser votre feuille de route ».".into()
            }
            (LoadError::NoPreview, Lang::En) => {
                "No roadmap to preview is kept on this device. Choose a file on the “Preview your roadmap” page.".into()
            }
        }
    }
}
