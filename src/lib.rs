//! LHS Roadmap Explorer: the roadmap for partnering with patients, families and caregivers
//! in a learning health system, as a bilingual, accessible web app.
//!
//! The pure modules (content, routes, geometry, glossary, strings) build and test natively;
//! the browser modules build only for `wasm32`.

pub mod content;
pub mod deck;
pub mod embed;
pub mod first_view;
pub mod geometry;
pub mod glossary;
pub mod i18n;
pub mod keyboard;
pub mod lang;
pub mod lens;
pub mod markup;
mod ordered;
pub mod personal;
pub mod query;
pub mod route;
pub mod search;
mod sort;
pub mod source;
pub mod start;

// The browser side: glue over the browser's APIs, the reactive state, the cycle drawing
// that several pages use, what the three pages share, and one module per page of the
// site (each page is a wasm of its own: src/main.rs, src/bin/present.rs, src/bin/find.rs).
// They build with the feature `hydrate` for the browser, or `ssr` for the prerender.
#[cfg(feature = "ui")]
mod browser;
#[cfg(feature = "ui")]
pub mod cycle;
#[cfg(feature = "ui")]
pub mod explorer;
#[cfg(feature = "ui")]
pub mod find;
#[cfg(feature = "ui")]
pub mod present;
#[cfg(feature = "ui")]
pub mod shared;
#[cfg(feature = "ui")]
pub mod state;
