//! The friendly page for an address we cannot show, with a way back.

use leptos::prelude::*;

use crate::components::shell::PAGE_TITLE_ID;
use crate::i18n::{switch_to, Ui};
use crate::route::Page;
use crate::state::use_app_state;

#[component]
pub fn NotFound() -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang;
    move || {
        let lang = lang.get();
        let other = lang.other();
        view! {
            <article class="page page--not-found">
                <h1 id=PAGE_TITLE_ID tabindex="-1">{Ui::NotFoundTitle.text(lang)}</h1>
                <p>{Ui::NotFoundText.text(lang)}</p>
                <p>
                    <a class="button" href=state.href(&Page::Home, lang)>{Ui::BackHome.text(lang)}</a>
                </p>
                <p lang=other.code()>
                    <a href=state.href(&Page::Home, other)>{switch_to(other)}</a>
                </p>
            </article>
        }
    }
}
