//! Where the explorer takes its content from: the published `content/roadmap.json`,
//! another file of the same site named by `?content=`, or a file being previewed on this
//! device (`?preview`, from the "Preview your roadmap" page).
//!
//! A link to an organization's site must never show someone else's content, so a
//! `content=` value is read as a relative path inside the site, or refused.

use crate::content::{problem_count, Problem};
use crate::lang::Lang;
use crate::query;

/// The published content, relative to the page so that any sub-path works.
pub const PUBLISHED: &str = "content/roadmap.json";

/// The longest `content=` path accepted; a real one is a few dozen characters.
const MAX_PATH: usize = 200;

/// The content a page shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    Published,
    /// A file of the site, as a normalized relative path (`adapted/roadmap.json`).
    File(String),
    /// The file chosen on the preview page, kept on this device.
    Preview,
}

/// A `content=` value that is not a relative path inside the site, as it was written
/// (decoded), for the message that refuses it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refused(pub String);

impl Source {
    /// The source a page's query string asks for. `preview` wins over `content=`, which
    /// is refused rather than ignored when it is not a path inside the site: showing the
    /// published content instead would hide that the link is wrong.
    pub fn from_query(search: &str) -> Result<Source, Refused> {
        let pairs = query::pairs(search);
        if query::has(&pairs, "preview") {
            return Ok(Source::Preview);
        }
        match query::get(&pairs, "content") {
            None => Ok(Source::Published),
            Some(value) => match relative_path(value) {
                Some(path) if path == PUBLISHED => Ok(Source::Published),
                Some(path) => Ok(Source::File(path)),
                None => Err(Refused(value.to_string())),
            },
        }
    }

    /// The address to fetch, relative to the page; `None` for a preview, which is not
    /// fetched.
    pub fn url(&self) -> Option<&str> {
        match self {
            Source::Published => Some(PUBLISHED),
            Source::File(path) => Some(path),
            Source::Preview => None,
        }
    }

    /// The query that keeps this source on a link to the site's other page: `""`,
    /// `?content=adapted/roadmap.json` or `?preview`.
    pub fn query(&self) -> String {
        match self {
            Source::Published => String::new(),
            Source::File(path) => format!("?content={path}"),
            Source::Preview => "?preview".to_string(),
        }
    }

    /// The query to give a link or embed that other people open: a preview lives on this
    /// device only, so what they get is the site's own content.
    pub fn shared_query(&self) -> String {
        match self {
            Source::File(_) => self.query(),
            Source::Published | Source::Preview => String::new(),
        }
    }
}

/// `value` as a normalized relative path inside the site, ending in `.json`, or `None`.
///
/// Only letters, digits and `-_./` are allowed: no scheme (`:`), no query or fragment,
/// no backslash (which browsers read as `/`), no percent sign (a browser would decode
/// `%2e%2e` into `..` after this check). No leading `/`, no empty segment (`//`), and
/// `..` may not climb above the page's folder.
pub fn relative_path(value: &str) -> Option<String> {
    let allowed = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'/');
    if value.is_empty() || value.len() > MAX_PATH || !value.bytes().all(allowed) {
        return None;
    }
    let mut segments: Vec<&str> = Vec::new();
    for segment in value.split('/') {
        match segment {
            "" => return None,
            "." => {}
            ".." => {
                segments.pop()?;
            }
            _ => segments.push(segment),
        }
    }
    let path = segments.join("/");
    let name = segments.last()?;
    (name.len() > ".json".len() && name.ends_with(".json")).then_some(path)
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
    pub fn summary(&self, lang: Lang, file: &str) -> String {
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
            (LoadError::Invalid(problems), lang) => problem_count(lang, problems.len()),
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
