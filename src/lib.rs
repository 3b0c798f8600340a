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
pub mod route;
pub mod search;
mod sort;
pub mod source;
pub mod start;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod find_app;
#[cfg(target_arch = "wasm32")]
mod frame;
#[cfg(target_arch = "wasm32")]
pub mod present_app;
#[cfg(target_arch = "wasm32")]
mod print;
#[cfg(target_arch = "wasm32")]
pub mod state;
#[cfg(target_arch = "wasm32")]
mod workshop;

#[cfg(target_arch = "wasm32")]
pub use app::App;
