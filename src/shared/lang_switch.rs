//! The FR/EN switch: a link to the same page in each language, so the step and section stay.

use leptos::prelude::*;

use crate::i18n::Ui;
use crate::lang::Lang;
use crate::state::{use_app_state, AppState};

#[component]
pub fn LangSwitch() -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang;
    let option = move |target: Lang| {
        let href = move || state.route.with(|route| route.href(target));
        let current = move || (lang.get() == target).then_some("true");
        view! {
            <li>
                <a
                    class="lang-switch__link"
                    href=href
                    hreflang=target.code()
                    lang=target.code()
                    aria-current=current
                    on:click=move |_| AppState::remember_lang(target)
                >
                    {target.autonym()}
                </a>
            </li>
        }
    };
    view! {
        <nav class="lang-switch" aria-label=move || Ui::LanguageSwitchLabel.text(lang.get())>
            <ul class="lang-switch__list">{Lang::ALL.map(option)}</ul>
        </nav>
    }
}
