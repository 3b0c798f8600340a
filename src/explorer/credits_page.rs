//! Who made the original roadmap, and the people who co-designed it.

use leptos::prelude::*;

use crate::shared::rich_text::paragraphs;

use crate::i18n::Ui;
use crate::shared::PageArticle;
use crate::state::{use_app_state, use_content};

#[component]
pub fn CreditsPage() -> impl IntoView {
    let lang = use_app_state().lang;
    let roadmap = use_content().roadmap();
    move || {
        let lang = lang.get();
        let sections = roadmap
            .credits
            .sections
            .iter()
            .map(|section| {
                view! {
                    <section class="page__section">
                        <h2>{section.heading.get(lang).to_string()}</h2>
                        <ul class="credits__names">
                            {section.names.iter().map(|name| view! { <li>{name.clone()}</li> }).collect_view()}
                        </ul>
                    </section>
                }
            })
            .collect_view();
        view! {
            <PageArticle name="credits" title=Ui::Credits.text(lang).to_string()>
                {paragraphs(lang, roadmap.credits.note.get(lang), "notice")}
                {sections}
            </PageArticle>
        }
    }
}
