//! The root component: starts the state, loads the content file, then shows the
//! explorer, or an error panel that says what is wrong with the file.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser;
use crate::components::{ContentError, Header, Loading, Shell};
use crate::content::{self, LoadError};
use crate::state::{AppState, Content};

/// Where the content file is, relative to the page so that any sub-path works.
pub const CONTENT_URL: &str = "content/roadmap.json";

/// Replaces the static loading shell of index.html with the explorer.
pub fn mount() {
    let document = document();
    let root = document
        .get_element_by_id("app")
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
        .or_else(|| document.body());
    let Some(root) = root else {
        return;
    };
    root.set_inner_html("");
    leptos::mount::mount_to(root, App).forget();
}

async fn load() -> Result<Content, LoadError> {
    let text = browser::fetch_text(CONTENT_URL).await?;
    content::parse(&text)
        .map(Content::new)
        .map_err(LoadError::Invalid)
}

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::start();
    provide_context(state);
    let loaded = LocalResource::new(load);
    move || match loaded.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Ok(content)) => view! { <Shell content/> }.into_any(),
        Some(Err(error)) => view! {
            <Header/>
            <ContentError error on_retry=move || loaded.refetch()/>
        }
        .into_any(),
    }
}
