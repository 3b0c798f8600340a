//! The friendly page for an address we cannot show, with a way back.

use leptos::prelude::*;

use crate::i18n::{switch_to, Ui};
use crate::route::{ExplorerPage, Page};
use crate::shared::PageArticle;
use crate::state::use_app_state;

#[component]
pub fn NotFound() -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang;
    move || {
        let lang = lang.get();
        let other = lang.other();
        view! {
            <PageArticle name="not-found" title=Ui::NotFoundTitle.text(lang).to_string()>
                <p>{Ui::NotFoundText.text(lang)}</p>
                <p>
                    <a class="button" href=state.href(Page::Explorer(ExplorerPage::Home), lang)>{Ui::BackHome.text(lang)}</a>
                </p>
                <p lang=other.code()>
                    <a href=state.href(Page::Explorer(ExplorerPage::Home), other)>{switch_to(other)}</a>
                </p>
            </PageArticle>
        }
    }
}
