//! Hash routes (`#/fr/step/collect-data/roles`): what a URL shows, and the URL of what is shown.
//!
//! The hash is the source of truth for everything shareable, so any static host and any
//! sub-path work without server rewrites.

use crate::content::{is_slug, Facet, Part, Roadmap, Tag};
use crate::lang::Lang;
use crate::lens::Lens;

/// A page of the explorer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
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
    /// The personal roadmap: bookmarks and notes kept on this device.
    Mine,
    /// "Where could I start?": a few questions, and roles that fit the answers.
    Start,
    /// The areas of involvement, optionally scrolled to one.
    Areas {
        area: Option<Tag>,
    },
    /// The continuum of engagement, optionally with one level open.
    Continuum {
        level: Option<Tag>,
    },
    /// The engagement supports, optionally scrolled to one.
    Supports {
        id: Option<String>,
    },
    /// Search results for what the reader typed (`#/fr/search?q=défi`).
    Search {
        query: String,
    },
    /// A slide of the presenter view, counted from 1 (served by present.html).
    Present {
        slide: u32,
    },
    /// The speaker's window that follows a presentation, at a slide (present.html).
    Speaker {
        slide: u32,
    },
    /// Sharing and embedding, starting from a step or the cycle (present.html).
    Share {
        step: Option<String>,
    },
    /// Checking and previewing an adapted content file (present.html).
    Preview,
    /// Anything we cannot read; shown as a friendly "not found".
    NotFound,
}

/// The site's HTML pages, each with a wasm of its own, so that the explorer's first load
/// carries only the explorer. A link to a page of another one is an ordinary link to that
/// file with the same hash.
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

/// The screens of the explorer; moving between them moves the focus to their heading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Explorer,
    Intro,
    Glossary,
    Sources,
    Credits,
    Search,
    Mine,
    Start,
    Areas,
    Continuum,
    Supports,
    /// The presenter or speaker view, which live in their own page (present.html).
    Workshop,
    NotFound,
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
    /// is [`Page::NotFound`].
    pub fn parse(hash: &str) -> Route {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
        let params = params(query);
        let lens = Lens::from_params(params.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        let path = path.strip_prefix('/').unwrap_or(path);
        let path = path.strip_suffix('/').unwrap_or(path);
        if path.is_empty() {
            return Route {
                lang: None,
                page: Page::Home,
                lens,
            };
        }
        let mut segments = path.split('/');
        let Some(lang) = segments.next().and_then(Lang::from_code) else {
            return Route {
                lang: None,
                page: Page::NotFound,
                lens,
            };
        };
        let rest: Vec<&str> = segments.collect();
        let page = match rest.as_slice() {
            [] => Page::Home,
            ["step", id] if is_slug(id) => Page::Step {
                id: (*id).to_string(),
                part: None,
            },
            ["step", id, part] if is_slug(id) => match Part::from_slug(part) {
                Some(part) => Page::Step {
                    id: (*id).to_string(),
                    part: Some(part),
                },
                None => Page::NotFound,
            },
            ["intro"] => Page::Intro,
            ["glossary"] => Page::Glossary { term: None },
            ["glossary", id] if is_slug(id) => Page::Glossary {
                term: Some((*id).to_string()),
            },
            ["sources"] => Page::Sources { key: None },
            ["sources", key] if is_slug(key) => Page::Sources {
                key: Some((*key).to_string()),
            },
            ["credits"] => Page::Credits,
            ["mine"] => Page::Mine,
            ["start"] => Page::Start,
            ["areas"] => Page::Areas { area: None },
            ["areas", code] => facet_tag(code, Facet::Area)
                .map_or(Page::NotFound, |tag| Page::Areas { area: Some(tag) }),
            ["continuum"] => Page::Continuum { level: None },
            ["continuum", code] => facet_tag(code, Facet::Level)
                .map_or(Page::NotFound, |tag| Page::Continuum { level: Some(tag) }),
            ["supports"] => Page::Supports { id: None },
            ["supports", id] if is_slug(id) => Page::Supports {
                id: Some((*id).to_string()),
            },
            ["search"] => Page::Search {
                query: params
                    .iter()
                    .find(|(key, _)| key == "q")
                    .map(|(_, value)| value.clone())
                    .unwrap_or_default(),
            },
            ["present"] => Page::Present { slide: 1 },
            ["present", n] => {
                slide_number(n).map_or(Page::NotFound, |slide| Page::Present { slide })
            }
            ["speaker", n] => {
                slide_number(n).map_or(Page::NotFound, |slide| Page::Speaker { slide })
            }
            ["preview"] => Page::Preview,
            ["share"] => Page::Share { step: None },
            ["share", id] if is_slug(id) => Page::Share {
                step: Some((*id).to_string()),
            },
            _ => Page::NotFound,
        };
        Route {
            lang: Some(lang),
            page,
            lens,
        }
    }

    /// The hash of this page in `lang`, keeping the lens on the explorer's pages.
    pub fn href(&self, lang: Lang) -> String {
        self.page.href_with(lang, &self.lens)
    }
}

impl Page {
    /// The hash that shows this page in `lang`, e.g. `#/en/step/collect-data/roles`.
    pub fn href(&self, lang: Lang) -> String {
        let lang = lang.code();
        match self {
            Page::Home => format!("#/{lang}"),
            Page::Step { id, part: None } => format!("#/{lang}/step/{id}"),
            Page::Step {
                id,
                part: Some(part),
            } => format!("#/{lang}/step/{id}/{}", part.slug()),
            Page::Intro => format!("#/{lang}/intro"),
            Page::Glossary { term: None } => format!("#/{lang}/glossary"),
            Page::Glossary { term: Some(id) } => format!("#/{lang}/glossary/{id}"),
            Page::Sources { key: None } => format!("#/{lang}/sources"),
            Page::Sources { key: Some(key) } => format!("#/{lang}/sources/{key}"),
            Page::Credits => format!("#/{lang}/credits"),
            Page::Mine => format!("#/{lang}/mine"),
            Page::Start => format!("#/{lang}/start"),
            Page::Areas { area: None } => format!("#/{lang}/areas"),
            Page::Areas { area: Some(tag) } => format!("#/{lang}/areas/{}", tag.code()),
            Page::Continuum { level: None } => format!("#/{lang}/continuum"),
            Page::Continuum { level: Some(tag) } => format!("#/{lang}/continuum/{}", tag.code()),
            Page::Supports { id: None } => format!("#/{lang}/supports"),
            Page::Supports { id: Some(id) } => format!("#/{lang}/supports/{id}"),
            Page::Search { query } if query.is_empty() => format!("#/{lang}/search"),
            Page::Search { query } => format!("#/{lang}/search?q={}", encode(query)),
            Page::Present { slide } => format!("#/{lang}/present/{slide}"),
            Page::Speaker { slide } => format!("#/{lang}/speaker/{slide}"),
            Page::Share { step: None } => format!("#/{lang}/share"),
            Page::Share { step: Some(id) } => format!("#/{lang}/share/{id}"),
            Page::Preview => format!("#/{lang}/preview"),
            // A not-found page has no address of its own; its language switch leads home.
            Page::NotFound => format!("#/{lang}"),
        }
    }

    /// The hash of this page in `lang` with `lens` in its parameters, on the explorer's
    /// pages (the workshop pages have no lens).
    pub fn href_with(&self, lang: Lang, lens: &Lens) -> String {
        let mut href = self.href(lang);
        if !lens.is_empty() && !self.is_workshop() && *self != Page::NotFound {
            href.push(if href.contains('?') { '&' } else { '?' });
            href.push_str(&lens.query());
        }
        href
    }

    /// Which screen shows this page of `roadmap`: a step or source the content does
    /// not have is "not found", like any unreadable address.
    pub fn view(&self, roadmap: &Roadmap) -> View {
        match self {
            Page::Home => View::Explorer,
            Page::Step { id, .. } if roadmap.step(id).is_some() => View::Explorer,
            Page::Intro => View::Intro,
            Page::Glossary { term: None } => View::Glossary,
            Page::Glossary { term: Some(id) } if roadmap.glossary.iter().any(|e| e.id == *id) => {
                View::Glossary
            }
            Page::Sources { key: None } => View::Sources,
            Page::Sources { key: Some(key) } if roadmap.source(key).is_some() => View::Sources,
            Page::Credits => View::Credits,
            Page::Search { .. } => View::Search,
            Page::Mine => View::Mine,
            Page::Start => View::Start,
            Page::Areas { .. } => View::Areas,
            Page::Continuum { .. } => View::Continuum,
            Page::Supports { id: None } => View::Supports,
            Page::Supports { id: Some(id) } if roadmap.supports.iter().any(|s| s.id == *id) => {
                View::Supports
            }
            Page::Present { .. } | Page::Speaker { .. } | Page::Share { .. } | Page::Preview => {
                View::Workshop
            }
            Page::Step { .. }
            | Page::Glossary { .. }
            | Page::Sources { .. }
            | Page::Supports { .. }
            | Page::NotFound => View::NotFound,
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
            Page::Present { .. } | Page::Speaker { .. } | Page::Share { .. } | Page::Preview => {
                Site::Present
            }
            Page::Search { .. }
            | Page::Mine
            | Page::Start
            | Page::Areas { .. }
            | Page::Continuum { .. }
            | Page::Supports { .. } => Site::Find,
            Page::Home
            | Page::Step { .. }
            | Page::Intro
            | Page::Glossary { .. }
            | Page::Sources { .. }
            | Page::Credits
            | Page::NotFound => Site::Explorer,
        }
    }

    /// The step shown, if any.
    pub fn step_id(&self) -> Option<&str> {
        match self {
            Page::Step { id, .. } => Some(id),
            _ => None,
        }
    }
}

/// The tag of `facet` a URL segment names, if it names one.
fn facet_tag(code: &str, facet: Facet) -> Option<Tag> {
    Tag::from_code(code).filter(|tag| tag.facet() == facet)
}

/// The `key=value` pairs of a query, decoded; pairs that do not decode are left out.
pub fn params(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .filter_map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            Some((decode(key)?, decode(value)?))
        })
        .collect()
}

/// Percent-decodes a query value, `+` being a space, as forms write it. `None` when the
/// bytes are not UTF-8 or an escape is broken.
pub fn decode(value: &str) -> Option<String> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = value.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 2;
            }
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

/// Percent-encodes a query value: letters, digits and `-_.~` stay, anything else is
/// escaped byte by byte.
pub fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push('%');
            out.push(char::from(b"0123456789ABCDEF"[usize::from(byte >> 4)]));
            out.push(char::from(b"0123456789ABCDEF"[usize::from(byte & 15)]));
        }
    }
    out
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
                    page: Page::Home,
                    lens: Lens::default(),
                }
            );
        }
    }

    #[test]
    fn a_trailing_slash_is_forgiven() {
        assert_eq!(Route::parse("#/fr/"), Route::parse("#/fr"));
    }
}
