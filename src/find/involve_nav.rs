//! The links between the three pages on getting involved: areas, continuum, supports.

use leptos::prelude::*;

use crate::i18n::Ui;
use crate::lang::Lang;
use crate::route::FindPage;
use crate::state::use_app_state;

#[component]
pub fn InvolveNav(
    /// The language of the labels.
    lang: Lang,
    /// The page this nav sits on, marked as current.
    here: FindPage,
) -> impl IntoView {
    let state = use_app_state();
    let link = move |page: FindPage, label: Ui| {
        let current = (page == here).then_some("page");
        view! {
            <li>
                <a class="involve-nav__link" href=state.href(page, lang)
                    aria-current=current>{label.text(lang)}</a>
            </li>
        }
    };
    view! {
        <nav class="involve-nav" aria-label=Ui::Involve.text(lang)>
            <ul class="involve-nav__links">
                {link(FindPage::Areas { area: None }, Ui::Areas)}
                {link(FindPage::Continuum { level: None }, Ui::Continuum)}
                {link(FindPage::Supports { id: None }, Ui::Supports)}
            </ul>
        </nav>
    }
}
