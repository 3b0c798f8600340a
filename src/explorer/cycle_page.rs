//! The explorer's main screen: what the roadmap is for and a way to begin, then the cycle
//! (a diagram, or a list on narrow screens) beside the details of the selected step; on a
//! phone, a bar to change step at any moment.

use leptos::prelude::*;

use super::lens_bar::LensBar;
use super::step_bar::StepBar;
use super::step_list::StepList;
use super::step_panels::StepPanels;
use crate::cycle::CycleDiagram;
use crate::i18n::explorer::Say;
use crate::i18n::{begin_with, Ui};
use crate::route::{FindPage, Page};
use crate::shared::PAGE_TITLE_ID;
use crate::state::{use_app_state, use_content};

#[component]
pub fn CyclePage() -> impl IntoView {
    let state = use_app_state();
    let roadmap = use_content().roadmap();
    let lang = state.lang;
    // Changes only when another step is chosen, not when its section does.
    let selected = Memo::new(move |_| {
        state
            .route
            .with(|route| route.page.step_id().map(str::to_string))
    });
    let home = Memo::new(move |_| selected.with(Option::is_none));
    // The first pointer over the explorer or focus in it: a sign that the reader is about
    // to choose a step, and the moment to prepare the other steps' details.
    let in_use = RwSignal::new(false);
    let start_using = move || {
        if !in_use.get_untracked() {
            in_use.set(true);
        }
    };
    // Two ways to begin, on the first screen: questions that suggest roles, or step 1.
    let begin = move || {
        let lang = lang.get();
        let first = roadmap.steps.first().map(|step| {
            view! {
                <a class="button button--quiet" href=state.href(Page::step(step.id.clone(), None), lang)>
                    {begin_with(lang, step.title.get(lang))}
                </a>
            }
        });
        view! {
            <p class="explorer__begin">
                <a class="button" href=state.href(FindPage::Start, lang)>{Ui::WhereStart.text(lang)}</a>
                {first}
            </p>
        }
    };
    view! {
        <div class="explorer" on:pointerover=move |_| start_using() on:focusin=move |_| start_using()>
            <div class="explorer__intro">
                <h1 id=PAGE_TITLE_ID class="explorer__title" tabindex="-1">
                    {move || roadmap.title.get(lang.get()).to_string()}
                </h1>
                <p class="explorer__lead">{move || Say::Promise.text(lang.get())}</p>
                <Show when=move || home.get()>{begin}</Show>
            </div>
            <div class="explorer__map">
                {move || {
                    let lang = lang.get();
                    view! {
                        <LensBar lang/>
                        <CycleDiagram lang selected/>
                        <StepList lang selected/>
                    }
                }}
            </div>
            <div class="explorer__detail">
                {move || {
                    let lang = lang.get();
                    view! { <StepPanels lang selected in_use/> }
                }}
            </div>
            {move || {
                let lang = lang.get();
                view! { <StepBar lang selected/> }
            }}
        </div>
    }
}
