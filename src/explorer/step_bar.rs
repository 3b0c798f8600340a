//! On a phone, a bar at the bottom of the window while a step is shown: the previous
//! step, every step (a list that opens above the bar), the next step. Any step can then be
//! chosen at any moment while reading another, without scrolling back up. Wide screens
//! keep the cycle in view instead, and hide the bar (style/step.css).

use leptos::html::Details;
use leptos::prelude::*;

use crate::i18n::explorer::Say;
use crate::i18n::{colon, without_label, Ui};
use crate::lang::Lang;
use crate::route::Page;
use crate::state::{use_app_state, use_content};

#[component]
pub fn StepBar(
    /// The language of the labels.
    lang: Lang,
    /// The id of the step shown, if any: the bar shows only with a step.
    selected: Memo<Option<String>>,
) -> impl IntoView {
    let state = use_app_state();
    let roadmap = use_content().roadmap();
    let steps: Vec<_> = roadmap.all_steps().collect();
    let total = steps.len();
    let index =
        Memo::new(move |_| selected.with(|id| id.as_deref().and_then(|id| roadmap.step_index(id))));
    let all = NodeRef::<Details>::new();
    // Choosing a step closes the list, as leaving a menu does.
    let close = move || {
        if let Some(all) = all.get_untracked() {
            all.set_open(false);
        }
    };
    let link_to = move |offset: usize, rel: &'static str, label: Ui, arrow: &'static str| {
        let target = move || {
            index
                .get()
                .map(|at| steps_at(roadmap, (at + offset) % total))
        };
        let href = move || {
            target()
                .map(|step| state.href(Page::step(step.id.clone(), None), lang))
                .unwrap_or_default()
        };
        let name = move || {
            target().map(|step| {
                format!(
                    "{}{} {}",
                    label.text(lang),
                    colon(lang),
                    step.title.get(lang)
                )
            })
        };
        view! {
            <a class=format!("step-bar__link step-bar__link--{rel}") href=href rel=rel aria-label=name>
                <span aria-hidden="true">{arrow}</span>
            </a>
        }
    };
    let items = steps
        .iter()
        .map(|step| {
            let id = step.id.clone();
            let href = state.href(Page::step(id.clone(), None), lang);
            let current = move || selected.with(|s| s.as_deref() == Some(id.as_str())).then_some("step");
            let (badge, title) = if step.is_foundation() {
                (Ui::Foundation.text(lang).to_string(), without_label(step.title.get(lang)))
            } else {
                (step.number.to_string(), step.title.get(lang).to_string())
            };
            view! {
                <li>
                    <a class="step-bar__step" href=href aria-current=current on:click=move |_| close()>
                        <span class="step-bar__badge">{badge}</span>
                        <span>{title}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    let place = move || {
        index
            .get()
            .map(|at| format!("{}/{}", at, total - 1))
            .unwrap_or_default()
    };
    view! {
        <nav class="step-bar" hidden=move || index.get().is_none() aria-label=Say::StepBar.text(lang)>
            {link_to(total - 1, "prev", Ui::PreviousStep, "←")}
            <details class="step-bar__all" node_ref=all>
                <summary class="step-bar__summary">
                    {Say::AllSteps.text(lang)}
                    " "
                    <span class="step-bar__place">{place}</span>
                </summary>
                <ol class="step-bar__list">{items}</ol>
            </details>
            {link_to(1, "next", Ui::NextStep, "→")}
        </nav>
    }
}

/// The step at `index` in the order of [`Roadmap::all_steps`](crate::content::Roadmap).
fn steps_at(
    roadmap: &'static crate::content::Roadmap,
    index: usize,
) -> &'static crate::content::Step {
    roadmap
        .all_steps()
        .nth(index)
        .unwrap_or(&roadmap.foundation)
}
