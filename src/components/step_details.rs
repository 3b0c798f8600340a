//! The selected step: its place in the cycle, summary, roles, winning conditions and
//! challenges, and links to the previous and next steps.

use leptos::prelude::*;

use crate::browser;
use crate::components::{PartSection, RichText};
use crate::content::Part;
use crate::i18n::{foundation_position, step_position, Lang, Ui};
use crate::route::Page;
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
    /// The step shown; the route has already checked that it exists.
    id: String,
) -> impl IntoView {
    let state = use_app_state();
    let roadmap = use_content().roadmap();
    let Some(index) = roadmap.step_index(&id) else {
        return ().into_any();
    };
    let steps: Vec<_> = roadmap.all_steps().collect();
    let step = steps[index];
    let total = steps.len();
    let previous = steps[(index + total - 1) % total];
    let next = steps[(index + 1) % total];
    let count = roadmap.steps.len();
    let place = if step.is_foundation() {
        foundation_position(lang).to_string()
    } else {
        step_position(lang, step.number, count)
    };

    // A deep link to a part scrolls to it; a part chosen later also takes the focus,
    // so keyboard and screen-reader users land where they asked to go.
    let part = Memo::new(move |_| {
        state.route.with(|route| match &route.page {
            Page::Step { part, .. } => *part,
            _ => None,
        })
    });
    Effect::new(move |previous: Option<Option<Part>>| {
        let current = part.get();
        if let Some(target) = current {
            let first = previous.is_none();
            request_animation_frame(move || {
                let id = part_heading_id(target);
                browser::scroll_to_id(&id);
                if !first {
                    browser::focus_id(&id);
                }
            });
        }
        current
    });

    let step_href = move |target: &str, part: Option<Part>| {
        Page::Step {
            id: target.to_string(),
            part,
        }
        .href(lang)
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
                    <a class="step__part-link" href=step_href(&step.id, Some(part))>
                        {part_label(part, lang)}
                        <span class="step__part-count">{format!("({})", step.items(part).len())}</span>
                    </a>
                </li>
            }
        })
        .into_iter()
        .collect_view();

    view! {
        <section class="step" aria-labelledby=STEP_TITLE_ID>
            <p class="step__place">
                <span class="step__dots" aria-hidden="true">{dots}</span>
                <span>{place}</span>
            </p>
            <h2 id=STEP_TITLE_ID class="step__title" tabindex="-1">{step.title.get(lang).to_string()}</h2>
            <p class="step__summary">
                <RichText lang text=step.summary.get(lang)/>
            </p>
            <nav class="step__parts" aria-label=Ui::InThisStep.text(lang)>
                <ul class="step__part-links">{part_links}</ul>
            </nav>
            {Part::ALL.map(|part| view! { <PartSection lang step part/> }).into_iter().collect_view()}
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
    .into_any()
}

/// The heading of a part: Roles / Winning conditions / Challenges.
pub fn part_label(part: Part, lang: Lang) -> &'static str {
    match part {
        Part::Roles => Ui::Roles.text(lang),
        Part::Conditions => Ui::Conditions.text(lang),
        Part::Challenges => Ui::Challenges.text(lang),
    }
}
