//! The learning cycle as an SVG: steps around a ring with arrows showing the direction of
//! the loop, the foundation at the centre. One Tab stop; arrows, Home and End move the
//! focus (roving tabindex); Enter, Space or a click opens a step.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use super::step_node::{arrowhead, StepNode};
use crate::browser;
use crate::geometry::{arrow_path, view_box};
use crate::i18n::{cycle_name, Ui};
use crate::keyboard::{cycle_key, KeyAction};
use crate::lang::Lang;
use crate::route::{ExplorerPage, Page};
use crate::state::{use_app_state, use_content};

/// The DOM id of a step's node, for moving the focus to it.
pub fn node_id(step_id: &str) -> String {
    format!("cycle-node-{step_id}")
}

#[component]
pub fn CycleDiagram(
    /// The language of the labels.
    lang: Lang,
    /// The id of the step shown in the details, if any.
    selected: Memo<Option<String>>,
) -> impl IntoView {
    let state = use_app_state();
    let roadmap = use_content().roadmap();
    // The content is 'static, so these closures stay `Copy` for every handler.
    let id_at = move |index: usize| roadmap.all_steps().nth(index).map(|step| step.id.as_str());
    let total = roadmap.all_steps().count();
    let count = roadmap.steps.len();
    let selected_index =
        Memo::new(move |_| selected.with(|id| id.as_deref().and_then(|id| roadmap.step_index(id))));
    // The Tab stop: the selected step, else step 1 (the foundation is index 0).
    let tab_stop = RwSignal::new(
        selected_index
            .get_untracked()
            .unwrap_or(1.min(total.saturating_sub(1))),
    );
    Effect::new(move |_| {
        if let Some(index) = selected_index.get() {
            tab_stop.set(index);
        }
    });
    let open = move |index: usize| {
        if let Some(id) = id_at(index) {
            tab_stop.set(index);
            state.go(Page::Explorer(ExplorerPage::Step {
                id: id.to_string(),
                part: None,
            }));
        }
    };
    let on_keydown = move |event: KeyboardEvent| {
        match cycle_key(&event.key(), tab_stop.get_untracked(), total) {
            Some(KeyAction::Focus(index)) => {
                tab_stop.set(index);
                if let Some(id) = id_at(index) {
                    browser::focus_id(&node_id(id));
                }
            }
            Some(KeyAction::Select) => open(tab_stop.get_untracked()),
            None => return,
        }
        event.prevent_default();
    };

    let arrows = (0..count)
        .map(|index| {
            view! { <path class="cycle__arrow" d=arrow_path(index, count) marker-end="url(#cycle-arrowhead)"/> }
        })
        .collect_view();
    let nodes = roadmap
        .all_steps()
        .enumerate()
        .map(|(index, step)| {
            // Memos, so that a switch re-renders only the two nodes whose state changed.
            let is_selected = Memo::new(move |_| selected_index.get() == Some(index));
            let is_tab_stop = Memo::new(move |_| tab_stop.get() == index);
            view! {
                <StepNode
                    step
                    lang
                    selected=is_selected
                    tab_stop=is_tab_stop
                    on_select=Callback::new(move |()| open(index))
                    on_focus=Callback::new(move |()| tab_stop.set(index))
                />
            }
        })
        .collect_view();

    view! {
        <div class="cycle">
            <svg
                class="cycle__svg"
                viewBox=view_box()
                role="group"
                aria-label=cycle_name(lang, count)
                aria-describedby="cycle-help"
                on:keydown=on_keydown
            >
                {arrowhead("cycle-arrowhead".to_string())}
                <g class="cycle__arrows" aria-hidden="true">{arrows}</g>
                {nodes}
            </svg>
            <p id="cycle-help" class="cycle__help">{Ui::CycleHelp.text(lang)}</p>
        </div>
    }
}
