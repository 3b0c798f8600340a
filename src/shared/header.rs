//! The header: skip link, the explorer's name, the main navigation and the language switch,
//! on one row from 1024 px. The introduction, sources, credits and the trainers' page are
//! in the footer. On a phone the navigation folds behind a "Menu" button, so that the page
//! starts on screen, with My roadmap beside it.

use leptos::prelude::*;

use crate::browser;
use crate::i18n::Ui;
use crate::route::{ExplorerPage, FindPage, Page, Screens};
use crate::shared::LangSwitch;
use crate::state::{use_app_state, AppState};

#[component]
pub fn Header() -> impl IntoView {
    let state = use_app_state();
    // Only narrow screens fold the menu (style/layout.css); wide ones ignore this.
    let open = RwSignal::new(false);
    // Rebuilt when the language changes; the language switch itself stays, so a keyboard
    // user who switches keeps the focus on it.
    let links = move || {
        let lang = state.lang.get();
        let link = move |page: Page, label: Ui| {
            let href = {
                let page = page.clone();
                move || state.href(page.clone(), lang)
            };
            let current = move || is_here(state, &page);
            view! {
                <li>
                    <a class="header__link" href=href aria-current=current>{label.text(lang)}</a>
                </li>
            }
        };
        view! {
            // The skip link moves focus itself: its `#main` would otherwise be read as a route.
            <a
                class="skip-link"
                href="#main"
                on:click=|event| {
                    event.prevent_default();
                    browser::focus_id("main");
                }
            >
                {Ui::SkipToContent.text(lang)}
            </a>
            <a class="header__brand" href=move || state.href(Page::Explorer(ExplorerPage::Home), lang)>
                <svg class="header__logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
                    <circle cx="16" cy="16" r="11" fill="none" stroke="currentColor" stroke-width="3"/>
                    <circle cx="16" cy="16" r="4" fill="currentColor"/>
                </svg>
                <span>{Ui::AppName.text(lang)}</span>
            </a>
            <nav class="header__nav" class:header__nav--open=open aria-label=Ui::MainNav.text(lang)>
                <button
                    type="button"
                    class="button button--quiet header__menu"
                    aria-expanded=move || if open.get() { "true" } else { "false" }
                    aria-controls="header-links"
                    on:click=move |_| open.update(|open| *open = !*open)
                >
                    <span class="header__menu-icon" aria-hidden="true">"☰"</span>
                    {Ui::Menu.text(lang)}
                </button>
                // A link followed on this page closes the menu behind it.
                <ul id="header-links" class="header__links" on:click=move |_| open.set(false)>
                    {link(Page::HOME, Ui::Home)}
                    {link(FindPage::Search { query: String::new() }.into(), Ui::Search)}
                    {link(FindPage::Areas { area: None }.into(), Ui::Involve)}
                    {link(ExplorerPage::Glossary { term: None }.into(), Ui::Glossary)}
                    {link(FindPage::Mine.into(), Ui::MyRoadmap)}
                </ul>
                // On a phone, My roadmap stays one tap away beside the closed menu: a person
                // who kept items comes back for them (style/layout.css shows it there only;
                // the open menu has its own).
                <a
                    class="header__mine"
                    href=move || state.href(FindPage::Mine, lang)
                    aria-current=move || is_here(state, &FindPage::Mine.into())
                >
                    <span class="header__mine-icon" aria-hidden="true">"★"</span>
                    {Ui::MyRoadmap.text(lang)}
                </a>
            </nav>
        }
    };
    view! {
        <header class="header">
            {links}
            <LangSwitch/>
        </header>
    }
}

/// `aria-current` of a header link to `page`: set when the page on screen is under it.
fn is_here(state: AppState, page: &Page) -> Option<&'static str> {
    state
        .route
        .with(|route| (nav_item(&route.page) == *page).then_some("page"))
}

/// The header's link for the page on screen: the link of its screen, the three pages on
/// getting involved sharing one.
fn nav_item(page: &Page) -> Page {
    match page {
        Page::Explorer(page) => page.screen().into(),
        Page::Find(FindPage::Continuum { .. } | FindPage::Supports { .. }) => {
            FindPage::Areas { area: None }.into()
        }
        Page::Find(page) => page.screen().into(),
        Page::Present(page) => page.screen().into(),
    }
}
