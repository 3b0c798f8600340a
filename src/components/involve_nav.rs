//! The links between the three pages on getting involved: areas, continuum, supports.

use leptos::prelude::*;

use crate::i18n::Ui;
use crate::lang::Lang;
use crate::route::{Page, View};
use crate::state::use_app_state;

#[component]
pub fn InvolveNav(
    /// The language of the labels.
    lang: Lang,
    /// The page this nav sits on, marked as current.
    here: View,
) -> impl IntoView {
    let state = use_app_state();
    let link = move |page: Page, view: View, label: Ui| {
        view! {
            <li>
                <a class="involve-nav__link" href=state.href(&page, lang)
                    aria-current=(view == here).then_some("page")>{label.text(lang)}</a>
            </li>
        }
    };
    view! {
        <nav class="involve-nav" aria-label=Ui::Involve.text(lang)>
            <ul class="involve-nav__links">
                {link(Page::Areas { area: None }, View::Areas, Ui::Areas)}
                {link(Page::Continuum { level: None }, View::Continuum, Ui::Continuum)}
                {link(Page::Supports { id: None }, View::Supports, Ui::Supports)}
            </ul>
        </nav>
    }
}
