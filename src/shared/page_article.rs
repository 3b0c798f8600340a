//! The frame of a page of the site that is not the cycle (introduction, glossary, search,
//! my roadmap…): an article headed by the screen's title, which takes the focus when the
//! screen changes (see `shell`), and which scrolls to the entry an address points at
//! (`#/en/glossary/caregiver`, `#/en/sources/boivin-2018`…).

use leptos::prelude::*;

use crate::browser;
use crate::shared::PAGE_TITLE_ID;

#[component]
pub fn PageArticle(
    /// The page's name, which its style hangs on (`page--glossary`).
    name: &'static str,
    /// The page's main heading.
    #[prop(into)]
    title: Signal<String>,
    /// The DOM id of the entry the address points at, if any: scrolled to once drawn,
    /// and again whenever it changes.
    #[prop(optional, into)]
    target: Option<Signal<Option<String>>>,
    children: Children,
) -> impl IntoView {
    if let Some(target) = target {
        Effect::new(move |_| {
            if let Some(id) = target.get() {
                request_animation_frame(move || browser::scroll_to_id(&id));
            }
        });
    }
    view! {
        <article class=format!("page page--{name}")>
            <h1 id=PAGE_TITLE_ID tabindex="-1">{title}</h1>
            {children()}
        </article>
    }
}
