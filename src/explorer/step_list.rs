//! The steps as a plain list of links: the cycle on narrow screens, where the diagram
//! would be too small to read or touch.

use leptos::prelude::*;

use crate::i18n::{match_count, without_label, Ui};
use crate::lang::Lang;
use crate::route::{ExplorerPage, Page};
use crate::state::{use_app_state, use_content};

#[component]
pub fn StepList(
    /// The language of the titles.
    lang: Lang,
    /// The id of the step shown in the details, if any.
    selected: Memo<Option<String>>,
) -> impl IntoView {
    let state = use_app_state();
    let roadmap = use_content().roadmap();
    let items = roadmap
        .all_steps()
        .map(|step| {
            let id = step.id.as_str();
            let page = Page::Explorer(ExplorerPage::Step {
                id: id.to_string(),
                part: None,
            });
            let href = {
                let page = page.clone();
                move || state.href(page.clone(), lang)
            };
            let count = move || {
                state.lens.with(|lens| {
                    (!lens.is_empty()).then(|| {
                        let count = lens.count(step);
                        let class = if count == 0 {
                            "step-list__count step-list__count--none"
                        } else {
                            "step-list__count"
                        };
                        view! { <span class=class>{match_count(lang, count)}</span> }
                    })
                })
            };
            // On a phone the details are below the list: the step's panel lands the reader
            // there (see `StepPanels`).
            let open = move |event: leptos::ev::MouseEvent| {
                event.prevent_default();
                state.go(page.clone());
            };
            let current = move || {
                selected
                    .with(|s| s.as_deref() == Some(id))
                    .then_some("step")
            };
            let (badge, title) = if step.is_foundation() {
                (
                    Ui::Foundation.text(lang).to_string(),
                    without_label(step.title.get(lang)),
                )
            } else {
                (step.number.to_string(), step.title.get(lang).to_string())
            };
            let class = if step.is_foundation() {
                "step-list__item step-list__item--foundation"
            } else {
                "step-list__item"
            };
            view! {
                <li class=class>
                    <a class="step-list__link" href=href aria-current=current on:click=open>
                        <span class="step-list__badge">{badge}</span>
                        <span class="step-list__title">{title}</span>
                        {count}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="step-list" aria-label=Ui::StepListLabel.text(lang)>
            <ol class="step-list__items">{items}</ol>
        </nav>
    }
}
