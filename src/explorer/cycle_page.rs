//! The explorer's main screen: the cycle (a diagram, or a list on narrow screens) beside the
//! details of the selected step.

use leptos::prelude::*;

use super::lens_bar::LensBar;
use super::step_list::StepList;
use super::step_panels::StepPanels;
use crate::cycle::CycleDiagram;
use crate::deck::Deck;
use crate::i18n::{step_control_name, Ui};
use crate::route::PresentPage;
use crate::shared::print;
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
    // The first pointer over the explorer or focus in it: a sign that the reader is about
    // to choose a step, and the moment to prepare the other steps' details.
    let in_use = RwSignal::new(false);
    let start_using = move || {
        if !in_use.get_untracked() {
            in_use.set(true);
        }
    };
    // The presentation starts at the step on screen, else at its opening slide.
    let present_href = move || {
        let deck = Deck::new(roadmap.all_steps().count());
        let slide = selected
            .with(|id| id.as_deref().and_then(|id| roadmap.step_index(id)))
            .map_or(1, |index| deck.first_of_step(index));
        state.href(PresentPage::Present { slide }, lang.get())
    };
    let share_href = move || {
        let step = selected.get();
        state.href(PresentPage::Share { step }, lang.get())
    };
    let announcement = move || {
        let lang = lang.get();
        selected.get().and_then(|id| roadmap.step(&id)).map(|step| {
            step_control_name(lang, step.number, roadmap.steps.len(), step.title.get(lang))
        })
    };
    view! {
        <div class="explorer" on:pointerover=move |_| start_using() on:focusin=move |_| start_using()>
            <div class="explorer__map">
                <h1 id=PAGE_TITLE_ID class="explorer__title" tabindex="-1">
                    {move || roadmap.title.get(lang.get()).to_string()}
                </h1>
                <p class="explorer__lead">{move || Ui::ChooseStepHelp.text(lang.get())}</p>
                <p class="explorer__tools">
                    <a class="button button--quiet" href=present_href>{move || Ui::Present.text(lang.get())}</a>
                    <a class="button button--quiet" href=share_href>{move || Ui::Share.text(lang.get())}</a>
                    <button type="button" class="button button--quiet" on:click=move |_| print::print_all()>
                        {move || Ui::PrintRoadmap.text(lang.get())}
                    </button>
                </p>
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
            <p class="visually-hidden" aria-live="polite">{announcement}</p>
        </div>
    }
}
