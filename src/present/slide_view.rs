//! One slide of a presentation, drawn in `em` so that the same slide fills a projector
//! or fits a speaker's preview.

use leptos::prelude::*;

use crate::browser;
use crate::content::{Part, Step};
use crate::cycle::CycleFigure;
use crate::deck::{Deck, Slide, Stage};
use crate::i18n::workshop::Say;
use crate::i18n::{part_label, step_position, Ui};
use crate::lang::Lang;
use crate::shared::rich_text;
use crate::state::use_content;

/// The DOM id of the heading of the slide on screen.
pub const SLIDE_TITLE_ID: &str = "slide-title";

#[component]
pub fn SlideView(
    /// The language of the slide.
    lang: Lang,
    /// The deck the slide belongs to.
    deck: Deck,
    /// Its number, from 1.
    number: u32,
    /// Whether this is the slide on screen (a level-1 heading with an id), rather than a
    /// preview in the speaker view.
    #[prop(default = true)]
    primary: bool,
) -> impl IntoView {
    let roadmap = use_content().roadmap();
    let count = roadmap.steps.len();
    let heading = move |text: String| {
        if primary {
            view! { <h1 id=SLIDE_TITLE_ID class="slide__title" tabindex="-1">{text}</h1> }
                .into_any()
        } else {
            view! { <h3 class="slide__title">{text}</h3> }.into_any()
        }
    };
    let place = move |step: &Step| {
        if step.is_foundation() {
            Ui::Foundation.text(lang).to_string()
        } else {
            step_position(lang, step.number, count)
        }
    };
    // Above a part: the step's place and title ("Step 2 of 7 · Collect data"); the
    // foundation's title already says what it is.
    let part_place = move |step: &Step| {
        let title = step.title.get(lang);
        if step.is_foundation() {
            title.to_string()
        } else {
            format!("{} · {title}", place(step))
        }
    };
    let labelled = primary.then_some(SLIDE_TITLE_ID);
    let slide = deck.slide(number).unwrap_or(Slide::Opening);
    let step = slide
        .step()
        .and_then(|index| roadmap.all_steps().nth(index));
    match (slide, step) {
        (
            Slide::Step {
                index,
                stage: Stage::Summary,
            },
            Some(step),
        ) => view! {
            <section class="slide slide--summary" aria-labelledby=labelled>
                <p class="slide__place">{place(step)}</p>
                {heading(step.title.get(lang).to_string())}
                <div class="slide__columns">
                    <CycleFigure lang highlight=Some(index) labels=false/>
                    // One grid cell, however many paragraphs.
                    <div class="slide__summary">
                        {rich_text::paragraphs(lang, step.summary.get(lang), "")}
                    </div>
                </div>
                {tracker(lang, None)}
            </section>
        }
        .into_any(),
        (
            Slide::Step {
                stage: Stage::Part(part),
                ..
            },
            Some(step),
        ) => {
            let items = step
                .items(part)
                .iter()
                .map(|item| {
                    view! {
                        <li class="slide__item">
                            <strong class="slide__item-title">{item.title.get(lang).to_string()}</strong>
                            {rich_text::paragraphs(lang, item.text.get(lang), "slide__item-text")}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class=format!("slide slide--part slide--{}", part.slug()) aria-labelledby=labelled>
                    <p class="slide__place">{part_place(step)}</p>
                    {heading(part_label(part, lang).to_string())}
                    <ul class="slide__items">{items}</ul>
                    {tracker(lang, Some(part))}
                </section>
            }
            .into_any()
        }
        (Slide::Closing, _) => view! {
            <section class="slide slide--closing" aria-labelledby=labelled>
                <p class="slide__place">{roadmap.title.get(lang).to_string()}</p>
                {heading(Say::ClosingTitle.text(lang).to_string())}
                <p>{Say::ClosingText.text(lang)}</p>
                <p class="slide__url">{browser::site_url()}</p>
                <p class="slide__notice">
                    <strong>{Ui::FooterNotice.text(lang)}</strong>
                    " · "
                    {roadmap.notice.get(lang).to_string()}
                </p>
            </section>
        }
        .into_any(),
        _ => {
            // The figure's numbers, with the titles in large type.
            let steps = roadmap
                .all_steps()
                .map(|step| {
                    let number = if step.is_foundation() {
                        "●".to_string()
                    } else {
                        step.number.to_string()
                    };
                    view! {
                        <li>
                            <span class="slide__number" aria-hidden="true">{number}</span>
                            " "
                            {step.title.get(lang).to_string()}
                        </li>
                    }
                })
                .collect_view();
            view! {
            <section class="slide slide--opening" aria-labelledby=labelled>
                <p class="slide__place">{Ui::AppName.text(lang)}</p>
                {heading(roadmap.title.get(lang).to_string())}
                <div class="slide__columns">
                    <CycleFigure lang highlight=None labels=false/>
                    <div>
                        <p class="slide__lead">{Say::OpeningLead.text(lang)}</p>
                        <ol class="slide__steps">{steps}</ol>
                    </div>
                </div>
            </section>
            }
            .into_any()
        }
    }
}

/// Where the step's slides are: its three parts, the one on screen marked.
fn tracker(lang: Lang, current: Option<Part>) -> impl IntoView {
    let parts = Part::ALL
        .map(|part| {
            let here = current == Some(part);
            view! {
                <li
                    class=if here { "slide__stage slide__stage--current" } else { "slide__stage" }
                    aria-current=here.then_some("step")
                >
                    {part_label(part, lang)}
                </li>
            }
        })
        .into_iter()
        .collect_view();
    view! { <ol class="slide__tracker" aria-label=Say::StepSections.text(lang)>{parts}</ol> }
}
