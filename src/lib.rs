//! LHS Roadmap Explorer: the roadmap for partnering with patients, families and caregivers
//! in a learning health system, as a bilingual, accessible web app.
//!
//! The pure modules (content, routes, geometry, glossary, strings) build and test natively;
//! the browser modules build only for `wasm32`.

pub mod content;
pub mod deck;
pub mod embed;
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
#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
pub mod cycle;
#[cfg(target_arch = "wasm32")]
pub mod explorer;
#[cfg(target_arch = "wasm32")]
pub mod find;
#[cfg(target_arch = "wasm32")]
pub mod present;
#[cfg(target_arch = "wasm32")]
pub mod shared;
#[cfg(target_arch = "wasm32")]
pub mod state;
