//! Says when the browser refuses to keep bookmarks and notes, and how not to lose them.

use leptos::prelude::*;

use crate::i18n::Ui;
use crate::route::Page;
use crate::state::{use_app_state, use_mine};

#[component]
pub fn StorageAlert() -> impl IntoView {
    let state = use_app_state();
    let mine = use_mine();
    move || {
        (!mine.saved.get()).then(|| {
            let lang = state.lang.get();
            view! {
                <p class="storage-alert" role="alert">
                    {Ui::StorageRefused.text(lang)} " "
                    <a href=state.href(&Page::Mine, lang)>{Ui::ExportNow.text(lang)}</a>
                </p>
            }
        })
    }
}
