//! What the details pane shows before a step is chosen: where the reader left off, the
//! introduction's first section, and the way to the trainers' page.

use leptos::prelude::*;

use crate::shared::rich_text::paragraphs;

use crate::i18n::explorer::Say;
use crate::i18n::{colon, Ui};
use crate::lang::Lang;
use crate::route::{ExplorerPage, Page};
use crate::state::{use_app_state, use_content, use_mine};

#[component]
pub fn Welcome(
    /// The language of the texts.
    lang: Lang,
) -> impl IntoView {
    let roadmap = use_content().roadmap();
    let state = use_app_state();
    let mine = use_mine();
    // Read as it changes: a prerendered page shows the welcome before it reads what this
    // device kept.
    let resume = move || {
        mine.data
            .with(|data| data.last.clone())
            .and_then(|id| roadmap.step(&id))
            .map(|step| {
                let page = Page::Explorer(ExplorerPage::Step {
                    id: step.id.clone(),
                    part: None,
                });
                view! {
                    <p>
                        <a class="button welcome__resume" href=state.href(page, lang)>
                            {format!("{}{} {}", Ui::Resume.text(lang), colon(lang), step.title.get(lang))}
                        </a>
                    </p>
                }
            })
    };
    let intro = roadmap.introduction.first().map(|section| {
        view! {
            <h3>{section.heading.get(lang).to_string()}</h3>
            {section
                .paragraphs
                .iter()
                .flat_map(|paragraph| paragraphs(lang, paragraph.get(lang), ""))
                .collect_view()}
            <p><a href=state.href(ExplorerPage::Intro, lang)>{Ui::Introduction.text(lang)} " →"</a></p>
        }
    });
    view! {
        <section class="welcome" aria-labelledby="welcome-title">
            <h2 id="welcome-title">{Ui::ChooseStep.text(lang)}</h2>
            {resume}
            {intro}
            <p class="welcome__trainers">
                <a href=state.href(ExplorerPage::Trainers, lang)>{Say::ForTrainers.text(lang)} " →"</a>
            </p>
        </section>
    }
}
