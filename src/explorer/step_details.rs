//! The selected step: its place in the cycle, summary, roles, winning conditions and
//! challenges, and links to the previous and next steps.

use leptos::prelude::*;

use super::part_section::PartSection;
use super::step_note::StepNote;
use crate::content::{Part, Step};
use crate::deck::Deck;
use crate::i18n::explorer::Say;
use crate::i18n::{part_label, step_place, Ui};
use crate::lang::Lang;
use crate::route::{ExplorerPage, Page, PresentPage};
use crate::shared::print;
use crate::shared::RichText;
use crate::state::{use_app_state, use_content};

/// The DOM id of the step's heading, which names the details region.
pub const STEP_TITLE_ID: &str = "step-title";

/// The DOM id of a part's heading, the target of `#/…/step/<id>/<part>`.
pub fn part_heading_id(part: Part) -> String {
    format!("part-{}", part.slug())
}

#[component]
pub fn StepDetails(
    /// The language of the texts.
    lang: Lang,
    /// The step shown.
    step: &'static Step,
    /// Whether this step's panel is the one on screen. Only that one carries the ids that
    /// routes, labels and tests point at, so that they stay unique in the page.
    #[prop(into)]
    shown: Signal<bool>,
) -> impl IntoView {
    let roadmap = use_content().roadmap();
    let state = use_app_state();
    let steps: Vec<_> = roadmap.all_steps().collect();
    let index = steps
        .iter()
        .position(|other| other.id == step.id)
        .unwrap_or_default();
    let total = steps.len();
    let previous = steps[(index + total - 1) % total];
    let next = steps[(index + 1) % total];
    let count = roadmap.steps.len();
    // The presentation starts at this step's summary slide.
    let first_slide = Deck::new(total).first_of_step(index);
    let place = step_place(lang, step, count);
    let title_id = move || shown.get().then_some(STEP_TITLE_ID);
    // One part at a time, one tap apart: the part the address names, else the roles.
    let open_part = Memo::new(move |_| {
        state.route.with(|route| match &route.page {
            Page::Explorer(ExplorerPage::Step { part, .. }) => part.unwrap_or(Part::Roles),
            _ => Part::Roles,
        })
    });

    let step_href = move |target: &str, part: Option<Part>| {
        let page = Page::Explorer(ExplorerPage::Step {
            id: target.to_string(),
            part,
        });
        move || state.href(page.clone(), lang)
    };
    let dots = (0..count)
        .map(|i| {
            let class = if i + 1 == step.number as usize {
                "step__dot step__dot--current"
            } else {
                "step__dot"
            };
            view! { <span class=class></span> }
        })
        .collect_view();
    let part_links = Part::ALL
        .map(|part| {
            view! {
                <li>
                    <a
                        class="step__part-link"
                        href=step_href(&step.id, Some(part))
                        aria-current=move || (open_part.get() == part).then_some("true")
                    >
                        {part_label(part, lang)}
                        <span class="step__part-count">{move || {
                            let total = step.items(part).len();
                            state.lens.with(|lens| {
                                if lens.is_empty() {
                                    format!("({total})")
                                } else {
                                    format!("({}/{total})", lens.count_in(step, part))
                                }
                            })
                        }}</span>
                    </a>
                </li>
            }
        })
        .into_iter()
        .collect_view();

    view! {
        <section class="step" aria-labelledby=title_id>
            <p class="step__place">
                <span class="step__dots" aria-hidden="true">{dots}</span>
                <span>{place}</span>
            </p>
            <h2 id=title_id class="step__title" tabindex="-1">{step.title.get(lang).to_string()}</h2>
            <RichText lang text=step.summary.get(lang) class="step__summary"/>
            <nav class="step__parts" aria-label=Ui::InThisStep.text(lang)>
                <ul class="step__part-links">{part_links}</ul>
            </nav>
            {Part::ALL
                .map(|part| {
                    let open = Signal::derive(move || open_part.get() == part);
                    view! { <PartSection lang step part shown open/> }
                })
                .into_iter()
                .collect_view()}
            <StepNote lang step/>
            // Tools for sharing this step and for trainers, after the step's content.
            <p class="step__tools">
                <button type="button" class="button button--quiet" on:click=move |_| print::print_step(step)>
                    {Ui::PrintStep.text(lang)}
                </button>
                <a class="button button--quiet" href=state.href(PresentPage::Share { step: Some(step.id.clone()) }, lang)>
                    {Say::ShareStep.text(lang)}
                </a>
                <a class="button button--quiet" href=state.href(PresentPage::Present { slide: first_slide }, lang)>
                    {Say::PresentStep.text(lang)}
                </a>
            </p>
            <nav class="step__pager" aria-label=format!("{} / {}", Ui::PreviousStep.text(lang), Ui::NextStep.text(lang))>
                <a class="step__pager-link step__pager-link--previous" href=step_href(&previous.id, None) rel="prev">
                    <span class="step__pager-label">{Ui::PreviousStep.text(lang)}</span>
                    <span class="step__pager-title">{previous.title.get(lang).to_string()}</span>
                </a>
                <a class="step__pager-link step__pager-link--next" href=step_href(&next.id, None) rel="next">
                    <span class="step__pager-label">{Ui::NextStep.text(lang)}</span>
                    <span class="step__pager-title">{next.title.get(lang).to_string()}</span>
                </a>
            </nav>
        </section>
    }
}
