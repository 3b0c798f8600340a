//! The embedded explorer (`index.html?embed`, options in [`crate::embed`]): the page's
//! layout, colours and first address, set before the app starts.
//!
//! What an embed does while it runs (reporting its height, announcing steps, taking the
//! host's `lhs-roadmap:set` requests, following a system's dark mode) is in src/frame.js,
//! which index.html loads only for embeds: the explorer's own visitors never download it.
//! An embed never takes the focus or scrolls unless the reader works in it (see
//! `browser::may_move`).

use crate::browser;
use crate::embed::{
    self, readable_accent, CycleView, EmbedOptions, LangChoice, DARK_BACKGROUND, LIGHT_BACKGROUND,
};
use crate::route::Page;
use crate::state::Initial;

/// Sets the page up as an embed if its address asks for one (`?embed`): layout, theme,
/// the host's accent made readable on light and on dark. Gives the language and first
/// page the embed's options ask for, for an address that names none.
pub fn prepare() -> Initial {
    match embed::parse_query(&browser::location_search()) {
        Some(options) => prepare_embed(&options),
        None => Initial::default(),
    }
}

fn prepare_embed(options: &EmbedOptions) -> Initial {
    browser::set_embedded();
    browser::set_root_data("embed", "");
    if options.view != CycleView::Auto {
        browser::set_root_data("view", options.view.code());
    }
    if let Some(accent) = &options.accent {
        browser::set_root_data("accent", "");
        // A host's colour, checked: the one value the style sheets cannot know.
        browser::set_root_property("--accent-light", &readable_accent(accent, LIGHT_BACKGROUND));
        browser::set_root_property("--accent-dark", &readable_accent(accent, DARK_BACKGROUND));
    }
    let lang = match options.lang {
        LangChoice::Fixed(lang) => Some(lang),
        LangChoice::Auto => None,
    };
    let page = match &options.step {
        Some(id) => Page::step(id.clone(), None),
        None => Page::HOME,
    };
    Initial { lang, page }
}
