//! The embedded explorer (`index.html?embed`, options in [`crate::embed`]): the page's
//! layout, colours and first address, set before the app starts.
//!
//! What an embed does while it runs (reporting its height, announcing steps, taking the
//! host's `lhs-roadmap:set` requests, following a system's dark mode) is in src/frame.js,
//! which index.html loads only for embeds: the explorer's own visitors never download it.
//! An embed never takes the focus or scrolls unless the reader works in it (see
//! `browser::may_move`).

use std::cell::RefCell;

use leptos::prelude::document;

use crate::app::{page_href, EXPLORER_PAGE};
use crate::browser;
use crate::embed::{
    readable_accent, CycleView, EmbedOptions, LangChoice, DARK_BACKGROUND, LIGHT_BACKGROUND,
};
use crate::lang::Lang;
use crate::route::Page;

/// Marks, in the context, that the explorer runs embedded.
#[derive(Clone, Copy)]
pub struct Embedded;

thread_local! {
    static INITIAL: RefCell<Option<(Option<Lang>, Page)>> = const { RefCell::new(None) };
}

/// Sets the page up as an embed: layout, theme, the host's accent made readable on
/// light and on dark, and the first address for a URL that names none.
pub fn prepare(options: &EmbedOptions) {
    browser::set_embedded();
    if let Some(root) = document().document_element() {
        root.set_attribute("data-embed", "").ok();
        if options.view != CycleView::Auto {
            root.set_attribute("data-view", options.view.code()).ok();
        }
        if let Some(accent) = &options.accent {
            root.set_attribute("data-accent", "").ok();
            // A host's colour, checked: the one value the style sheets cannot know.
            browser::set_root_property(
                "--accent-light",
                &readable_accent(accent, LIGHT_BACKGROUND),
            );
            browser::set_root_property("--accent-dark", &readable_accent(accent, DARK_BACKGROUND));
        }
    }
    let lang = match options.lang {
        LangChoice::Fixed(lang) => Some(lang),
        LangChoice::Auto => None,
    };
    let page = match &options.step {
        Some(id) => Page::Step {
            id: id.clone(),
            part: None,
        },
        None => Page::Home,
    };
    INITIAL.with(|initial| *initial.borrow_mut() = Some((lang, page)));
}

/// The language and first page an embed's options ask for, for an address that names
/// none; the explorer's own page has neither.
pub fn initial() -> (Option<Lang>, Page) {
    INITIAL
        .with(|initial| initial.borrow().clone())
        .unwrap_or((None, Page::Home))
}

/// The full explorer's address for what the embed shows.
pub fn full_explorer_href(lang: Lang, hash: &str) -> String {
    let hash = if hash.is_empty() {
        Page::Home.href(lang)
    } else {
        hash.to_string()
    };
    format!("{}{hash}", page_href(EXPLORER_PAGE))
}
