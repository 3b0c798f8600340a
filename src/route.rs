//! Hash routes (`#/fr/step/collect-data/roles`): what an address shows, on which page of
//! the site, and the address of what is shown.
//!
//! The hash is the source of truth for everything shareable, so any static host and any
//! sub-path work without server rewrites. The site has three HTML pages, each with a wasm
//! of its own so that the explorer's first load carries only the explorer; [`Page`] says
//! which one shows an address, and each page's own enum lists its screens.

use crate::content::{is_slug, Facet, Part, Roadmap, Tag};
use crate::lang::Lang;
use crate::lens::Lens;
use crate::query;

/// The site's HTML pages, each with a wasm of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Site {
    /// The cycle and its steps, with the introduction, glossary, sources and credits.
    Explorer,
    /// Presenting, the speaker's view, sharing and previewing.
    Present,
    /// Finding one's place: search, getting involved, where to start, my roadmap.
    Find,
}

impl Site {
    /// The file of this page, relative to the site's root.
    pub const fn file(self) -> &'static str {
        match self {
            Site::Explorer => "index.html",
            Site::Present => "present.html",
            Site::Find => "find.html",
        }
    }
}

/// The screens of the explorer (index.html).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExplorerPage {
    /// The cycle with nothing selected.
    Home,
    /// A step, optionally scrolled to one of its parts.
    Step {
        id: String,
        part: Option<Part>,
    },
    Intro,
    /// The glossary, optionally scrolled to one of its entries.
    Glossary {
        term: Option<String>,
    },
    /// The sources, optionally scrolled to one of them.
    Sources {
        key: Option<String>,
    },
    Credits,
    /// For trainers and organizations: presenting, printing, sharing and embedding,
    /// adapting the content, gathered away from the patients' way through the steps.
    Trainers,
    /// Anything we cannot read; shown as a friendly "not found".
    NotFound,
}

/// The screens of find.html: finding one's place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FindPage {
    /// Search results for what the reader typed (`#/fr/search?q=défi`).
    Search { query: String },
    /// The personal roadmap: bookmarks and notes kept on this device.
    Mine,
    /// "Where could I start?": a few questions, and roles that fit the answers.
    Start,
    /// The areas of involvement, optionally scrolled to one.
    Areas { area: Option<Tag> },
    /// The continuum of engagement, optionally with one level open.
    Continuum { level: Option<Tag> },
    /// The engagement supports, optionally scrolled to one.
    Supports { id: Option<String> },
}

/// The screens of present.html: workshops, sharing and previewing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PresentPage {
    /// A slide of the presenter view, counted from 1.
    Present { slide: u32 },
    /// The speaker's window that follows a presentation, at a slide.
    Speaker { slide: u32 },
    /// Sharing and embedding, starting from a step or the cycle.
    Share { step: Option<String> },
    /// Checking and previewing an adapted content file.
    Preview,
}

/// What an address shows: a screen of one of the site's pages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    Explorer(ExplorerPage),
    Find(FindPage),
    Present(PresentPage),
}

impl From<ExplorerPage> for Page {
    fn from(page: ExplorerPage) -> Page {
        Page::Explorer(page)
    }
}

impl From<FindPage> for Page {
    fn from(page: FindPage) -> Page {
        Page::Find(page)
    }
}

impl From<PresentPage> for Page {
    fn from(page: PresentPage) -> Page {
        Page::Present(page)
    }
}

/// The screens one page of the site shows, as the shell around them needs to know them.
pub trait Screens: Clone + PartialEq + Send + Sync + Sized + 'static {
    /// The page of the site these screens are on.
    const SITE: Site;

    /// This page's screen in `page`, or `None` when another page of the site shows it.
    fn of(page: &Page) -> Option<&Self>;

    /// The screen without what may change while it stays on screen (the step chosen, the
    /// entry pointed at, the words searched, the slide): moving to another screen moves
    /// the focus to its heading, moving within one does not.
    fn screen(&self) -> Self;

    /// Whether the content has what the address names; an address naming a step or a
    /// source the content lacks is "not found", like any unreadable address.
    fn exists(&self, roadmap: &Roadmap) -> bool;

    /// Whether the screen shows the site's content (the preview page checks a file of
    /// its own, and works whatever the site's content is).
    fn needs_content(&self) -> bool {
        true
    }
}

impl Screens for ExplorerPage {
    const SITE: Site = Site::Explorer;

    fn of(page: &Page) -> Option<&Self> {
        match page {
            Page::Explorer(page) => Some(page),
            Page::Find(_) | Page::Present(_) => None,
        }
    }

    fn screen(&self) -> Self {
        match self {
            ExplorerPage::Home | ExplorerPage::Step { .. } => ExplorerPage::Home,
            ExplorerPage::Glossary { .. } => ExplorerPage::Glossary { term: None },
            ExplorerPage::Sources { .. } => ExplorerPage::Sources { key: None },
            ExplorerPage::Intro
            | ExplorerPage::Credits
            | ExplorerPage::Trainers
            | ExplorerPage::NotFound => self.clone(),
        }
    }

    fn exists(&self, roadmap: &Roadmap) -> bool {
        match self {
            ExplorerPage::Step { id, .. } => roadmap.step(id).is_some(),
            ExplorerPage::Glossary { term: Some(id) } => {
                roadmap.glossary.iter().any(|entry| entry.id == *id)
            }
            ExplorerPage::Sources { key: Some(key) } => roadmap.source(key).is_some(),
            ExplorerPage::NotFound => false,
            ExplorerPage::Home
            | ExplorerPage::Intro
            | ExplorerPage::Glossary { term: None }
            | ExplorerPage::Sources { key: None }
            | ExplorerPage::Credits
            | ExplorerPage::Trainers => true,
        }
    }
}

impl Screens for FindPage {
    const SITE: Site = Site::Find;

    fn of(page: &Page) -> Option<&Self> {
        match page {
            Page::Find(page) => Some(page),
            Page::Explorer(_) | Page::Present(_) => None,
        }
    }

    fn screen(&self) -> Self {
        match self {
            FindPage::Search { .. } => FindPage::Search {
                query: String::new(),
            },
            FindPage::Areas { .. } => FindPage::Areas { area: None },
            FindPage::Continuum { .. } => FindPage::Continuum { level: None },
            FindPage::Supports { .. } => FindPage::Supports { id: None },
            FindPage::Mine | FindPage::Start => self.clone(),
        }
    }

    fn exists(&self, roadmap: &Roadmap) -> bool {
        match self {
            FindPage::Supports { id: Some(id) } => roadmap.supports.iter().any(|s| s.id == *id),
            FindPage::Search { .. }
            | FindPage::Mine
            | FindPage::Start
            | FindPage::Areas { .. }
            | FindPage::Continuum { .. }
            | FindPage::Supports { id: None } => true,
        }
    }
}

impl Screens for PresentPage {
    const SITE: Site = Site::Present;

    fn of(page: &Page) -> Option<&Self> {
        match page {
            Page::Present(page) => Some(page),
            Page::Explorer(_) | Page::Find(_) => None,
        }
    }

    fn screen(&self) -> Self {
        match self {
            PresentPage::Present { .. } => PresentPage::Present { slide: 1 },
            PresentPage::Speaker { .. } => PresentPage::Speaker { slide: 1 },
            PresentPage::Share { .. } => PresentPage::Share { step: None },
            PresentPage::Preview => PresentPage::Preview,
        }
    }

    /// A slide past the last one is the presenter's to settle, and a step to share that
    /// the content lacks starts from the whole cycle: nothing here is "not found".
    fn exists(&self, _roadmap: &Roadmap) -> bool {
        true
    }

    fn needs_content(&self) -> bool {
        *self != PresentPage::Preview
    }
}

/// What a hash asks for. `lang` is `None` when the hash names no language of ours.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route {
    pub lang: Option<Lang>,
    pub page: Page,
    /// The lens on the cycle, from the hash's parameters (`?who=family`).
    pub lens: Lens,
}

impl Route {
    /// Reads `location.hash` (with or without its `#`). Never fails: what cannot be read
    /// is the explorer's "not found".
    pub fn parse(hash: &str) -> Route {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
        let params = query::pairs(query);
        let lens = Lens::from_params(params.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        let path = path.strip_prefix('/').unwrap_or(path);
        let path = path.strip_suffix('/').unwrap_or(path);
        let mut segments = path.split('/').filter(|_| !path.is_empty());
        let lang = match segments.next() {
            None => None,
            Some(code) => match Lang::from_code(code) {
                Some(lang) => Some(lang),
                None => {
                    return Route {
                        lang: None,
                        page: ExplorerPage::NotFound.into(),
                        lens,
                    }
                }
            },
        };
        let rest: Vec<&str> = segments.collect();
        let page = Page::read(&rest, &params).unwrap_or(Page::Explorer(ExplorerPage::NotFound));
        Route { lang, page, lens }
    }

    /// The hash of this page in `lang`, keeping the lens on the pages that take one.
    pub fn href(&self, lang: Lang) -> String {
        self.page.href_with(lang, &self.lens)
    }
}

impl Page {
    /// The explorer's home: the cycle with no step chosen.
    pub const HOME: Page = Page::Explorer(ExplorerPage::Home);

    /// The explorer at step `id`, optionally at one of its parts.
    pub fn step(id: impl Into<String>, part: Option<Part>) -> Page {
        Page::Explorer(ExplorerPage::Step {
            id: id.into(),
            part,
        })
    }

    /// The page the path segments after the language name, with the hash's parameters.
    fn read(segments: &[&str], params: &[(String, String)]) -> Option<Page> {
        use ExplorerPage as E;
        use FindPage as F;
        use PresentPage as P;
        let slug = |segment: &str| is_slug(segment).then(|| segment.to_string());
        let page: Page = match segments {
            [] => E::Home.into(),
            ["step", id] => E::Step {
                id: slug(id)?,
                part: None,
            }
            .into(),
            ["step", id, part] => E::Step {
                id: slug(id)?,
                part: Some(Part::from_slug(part)?),
            }
            .into(),
            ["intro"] => E::Intro.into(),
            ["glossary"] => E::Glossary { term: None }.into(),
            ["glossary", id] => E::Glossary {
                term: Some(slug(id)?),
            }
            .into(),
            ["sources"] => E::Sources { key: None }.into(),
            ["sources", key] => E::Sources {
                key: Some(slug(key)?),
            }
            .into(),
            ["credits"] => E::Credits.into(),
            ["trainers"] => E::Trainers.into(),
            ["search"] => F::Search {
                query: query::get(params, "q").unwrap_or_default().to_string(),
            }
            .into(),
            ["mine"] => F::Mine.into(),
            ["start"] => F::Start.into(),
            ["areas"] => F::Areas { area: None }.into(),
            ["areas", code] => F::Areas {
                area: Some(facet_tag(code, Facet::Area)?),
            }
            .into(),
            ["continuum"] => F::Continuum { level: None }.into(),
            ["continuum", code] => F::Continuum {
                level: Some(facet_tag(code, Facet::Level)?),
            }
            .into(),
            ["supports"] => F::Supports { id: None }.into(),
            ["supports", id] => F::Supports {
                id: Some(slug(id)?),
            }
            .into(),
            ["present"] => P::Present { slide: 1 }.into(),
            ["present", n] => P::Present {
                slide: slide_number(n)?,
            }
            .into(),
            ["speaker", n] => P::Speaker {
                slide: slide_number(n)?,
            }
            .into(),
            ["share"] => P::Share { step: None }.into(),
            ["share", id] => P::Share {
                step: Some(slug(id)?),
            }
            .into(),
            ["preview"] => P::Preview.into(),
            _ => return None,
        };
        Some(page)
    }

    /// The hash that shows this page in `lang`, e.g. `#/en/step/collect-data/roles`.
    pub fn href(&self, lang: Lang) -> String {
        use ExplorerPage as E;
        use FindPage as F;
        use PresentPage as P;
        let lang = lang.code();
        match self {
            Page::Explorer(page) => match page {
                // A not-found page has no address of its own; its language switch leads home.
                E::Home | E::NotFound => format!("#/{lang}"),
                E::Step { id, part: None } => format!("#/{lang}/step/{id}"),
                E::Step {
                    id,
                    part: Some(part),
                } => format!("#/{lang}/step/{id}/{}", part.slug()),
                E::Intro => format!("#/{lang}/intro"),
                E::Glossary { term: None } => format!("#/{lang}/glossary"),
                E::Glossary { term: Some(id) } => format!("#/{lang}/glossary/{id}"),
                E::Sources { key: None } => format!("#/{lang}/sources"),
                E::Sources { key: Some(key) } => format!("#/{lang}/sources/{key}"),
                E::Credits => format!("#/{lang}/credits"),
                E::Trainers => format!("#/{lang}/trainers"),
            },
            Page::Find(page) => match page {
                F::Search { query } if query.is_empty() => format!("#/{lang}/search"),
                F::Search { query } => format!("#/{lang}/search?q={}", query::encode(query)),
                F::Mine => format!("#/{lang}/mine"),
                F::Start => format!("#/{lang}/start"),
                F::Areas { area: None } => format!("#/{lang}/areas"),
                F::Areas { area: Some(tag) } => format!("#/{lang}/areas/{}", tag.code()),
                F::Continuum { level: None } => format!("#/{lang}/continuum"),
                F::Continuum { level: Some(tag) } => {
                    format!("#/{lang}/continuum/{}", tag.code())
                }
                F::Supports { id: None } => format!("#/{lang}/supports"),
                F::Supports { id: Some(id) } => format!("#/{lang}/supports/{id}"),
            },
            Page::Present(page) => match page {
                P::Present { slide } => format!("#/{lang}/present/{slide}"),
                P::Speaker { slide } => format!("#/{lang}/speaker/{slide}"),
                P::Share { step: None } => format!("#/{lang}/share"),
                P::Share { step: Some(id) } => format!("#/{lang}/share/{id}"),
                P::Preview => format!("#/{lang}/preview"),
            },
        }
    }

    /// The hash of this page in `lang` with `lens` in its parameters, on the pages that
    /// take a lens (the workshop pages and "not found" do not).
    pub fn href_with(&self, lang: Lang, lens: &Lens) -> String {
        let mut href = self.href(lang);
        if !lens.is_empty() && self.takes_lens() {
            href.push(if href.contains('?') { '&' } else { '?' });
            href.push_str(&lens.query());
        }
        href
    }

    fn takes_lens(&self) -> bool {
        match self {
            Page::Explorer(ExplorerPage::NotFound) | Page::Present(_) => false,
            Page::Explorer(_) | Page::Find(_) => true,
        }
    }

    /// Whether present.html shows this page (a presentation, its speaker view, sharing,
    /// previewing).
    pub fn is_workshop(&self) -> bool {
        self.site() == Site::Present
    }

    /// Which of the site's pages shows this one.
    pub fn site(&self) -> Site {
        match self {
            Page::Explorer(_) => Site::Explorer,
            Page::Find(_) => Site::Find,
            Page::Present(_) => Site::Present,
        }
    }

    /// Whether the content has what the address names (see [`Screens::exists`]).
    pub fn exists(&self, roadmap: &Roadmap) -> bool {
        match self {
            Page::Explorer(page) => page.exists(roadmap),
            Page::Find(page) => page.exists(roadmap),
            Page::Present(page) => page.exists(roadmap),
        }
    }

    /// The step shown, if any.
    pub fn step_id(&self) -> Option<&str> {
        match self {
            Page::Explorer(ExplorerPage::Step { id, .. }) => Some(id),
            _ => None,
        }
    }
}

/// Where links are written from, so that one function writes every address of the site:
/// a hash for a page of the same file, else the other file, with the query that keeps the
/// content this page shows (`?content=…`, `?preview`), and the hash.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Links<'a> {
    /// The page of the site the link is on; `None` writes every link with its file (a
    /// link that opens elsewhere: a new tab from an embed, another window).
    pub from: Option<Site>,
    /// The query that keeps the content shown, with its `?`, or empty.
    pub query: &'a str,
}

impl Links<'_> {
    /// The address of `page` in `lang`, seen through `lens` where the page takes one.
    pub fn href(&self, page: &Page, lang: Lang, lens: &Lens) -> String {
        let hash = page.href_with(lang, lens);
        if self.from == Some(page.site()) {
            hash
        } else {
            format!("{}{}{hash}", page.site().file(), self.query)
        }
    }
}

/// The tag of `facet` a URL segment names, if it names one.
fn facet_tag(code: &str, facet: Facet) -> Option<Tag> {
    Tag::from_code(code).filter(|tag| tag.facet() == facet)
}

/// A slide number as a URL writes it: 1 to 9999, digits only, no leading zero. Numbers past
/// the last slide are the presenter's to settle, since only it knows the deck.
fn slide_number(segment: &str) -> Option<u32> {
    let digits = segment.bytes().all(|byte| byte.is_ascii_digit());
    if !digits || segment.is_empty() || segment.len() > 4 || segment.starts_with('0') {
        return None;
    }
    segment.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_hash_is_home_without_language() {
        for hash in ["", "#", "#/"] {
            assert_eq!(
                Route::parse(hash),
                Route {
                    lang: None,
                    page: Page::HOME,
                    lens: Lens::default(),
                }
            );
        }
    }

    #[test]
    fn a_trailing_slash_is_forgiven() {
        assert_eq!(Route::parse("#/fr/"), Route::parse("#/fr"));
    }

    #[test]
    fn links_name_the_other_file_and_keep_the_content() {
        let links = Links {
            from: Some(Site::Explorer),
            query: "?content=a/b.json",
        };
        let lens = Lens::default();
        assert_eq!(links.href(&Page::HOME, Lang::Fr, &lens), "#/fr");
        assert_eq!(
            links.href(&FindPage::Mine.into(), Lang::En, &lens),
            "find.html?content=a/b.json#/en/mine"
        );
        let anywhere = Links {
            from: None,
            query: "",
        };
        assert_eq!(
            anywhere.href(&Page::step("x", None), Lang::En, &lens),
            "index.html#/en/step/x"
        );
    }
}
