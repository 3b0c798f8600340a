//! What shows while the content file downloads.

use leptos::prelude::*;

use crate::i18n::Ui;
use crate::state::use_app_state;

#[component]
pub fn Loading() -> impl IntoView {
    let lang = use_app_state().lang;
    view! {
        <p class="loading" role="status">{move || Ui::Loading.text(lang.get())}</p>
    }
}
