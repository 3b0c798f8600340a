//! The introduction: what a learning health system is, what the roadmap is for, who made
//! it, and what this adaptation is.

use leptos::prelude::*;

use crate::i18n::Ui;
use crate::shared::{PageArticle, RichText};
use crate::state::{use_app_state, use_content};

#[component]
pub fn IntroPage() -> impl IntoView {
    let lang = use_app_state().lang;
    let roadmap = use_content().roadmap();
    move || {
        let lang = lang.get();
        let sections = roadmap
            .introduction
            .iter()
            .map(|section| {
                view! {
                    <section class="page__section">
                        <h2>{section.heading.get(lang).to_string()}</h2>
                        {section
                            .paragraphs
                            .iter()
                            .map(|paragraph| view! { <RichText lang text=paragraph.get(lang)/> })
                            .collect_view()}
                    </section>
                }
            })
            .collect_view();
        view! {
            <PageArticle name="intro" title=Ui::Introduction.text(lang).to_string()>
                <p class="page__lead">{roadmap.title.get(lang).to_string()}</p>
                <p class="notice">{roadmap.notice.get(lang).to_string()}</p>
                {sections}
            </PageArticle>
        }
    }
}
