//! The footer: the notice that this is an adaptation, with links to learn more.

use leptos::prelude::*;

use crate::i18n::explorer::Say;
use crate::i18n::Ui;
use crate::route::{ExplorerPage, PresentPage};
use crate::state::{use_app_state, use_content};

#[component]
pub fn Footer() -> impl IntoView {
    let state = use_app_state();
    let roadmap = use_content().roadmap();
    let lang = state.lang;
    move || {
        let lang = lang.get();
        view! {
            <footer class="footer">
                <p class="footer__notice">
                    <strong>{Ui::FooterNotice.text(lang)}</strong>
                    " · "
                    {roadmap.notice.get(lang).to_string()}
                </p>
                <p class="footer__links">
                    <a href=state.href(ExplorerPage::Intro, lang)>{Ui::Introduction.text(lang)}</a>
                    " · "
                    <a href=state.href(ExplorerPage::Sources { key: None }, lang)>{Ui::Sources.text(lang)}</a>
                    " · "
                    <a href=state.href(ExplorerPage::Credits, lang)>{Ui::Credits.text(lang)}</a>
                    " · "
                    <a href=state.href(ExplorerPage::Trainers, lang)>{Say::ForTrainers.text(lang)}</a>
                    " · "
                    <a href=state.href(PresentPage::Preview, lang)>
                        {Ui::PreviewYourRoadmap.text(lang)}
                    </a>
                </p>
            </footer>
        }
    }
}
