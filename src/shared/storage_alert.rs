//! Says when the browser refuses to keep bookmarks and notes, and how not to lose them.

use leptos::prelude::*;

use crate::i18n::Ui;
use crate::personal;
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
                    // A download from this very page: what is kept lives only in this
                    // page's memory, which opening another page would lose.
                    <a href=move || mine.export_href() download=personal::file_name(lang)>
                        {Ui::ExportNow.text(lang)}
                    </a>
                </p>
            }
        })
    }
}
