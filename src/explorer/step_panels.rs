//! The details pane: one panel per step, of which only the selected one is shown.
//!
//! A panel is built the first time its step is shown. Once the reader starts using the
//! explorer (a pointer over it, or the focus in it), the others are built ahead of time
//! while the browser is idle. Switching steps then only hides one panel and shows
//! another, which keeps a click-to-details switch within one frame. Waiting for that
//! first sign of use keeps the extra work out of the page's loading.

use leptos::prelude::*;

use super::step_details::{part_heading_id, StepDetails, STEP_TITLE_ID};
use super::welcome::Welcome;
use crate::browser;
use crate::content::Part;
use crate::lang::Lang;
use crate::route::{ExplorerPage, Page};
use crate::state::{use_app_state, use_content};

#[component]
pub fn StepPanels(
    /// The language of the texts.
    lang: Lang,
    /// The id of the step shown, if any.
    selected: Memo<Option<String>>,
    /// Becomes true when the reader starts using the explorer.
    #[prop(into)]
    in_use: Signal<bool>,
) -> impl IntoView {
    let state = use_app_state();
    let roadmap = use_content().roadmap();
    let count = roadmap.all_steps().count();
    let selected_index = Memo::new(move |_| selected.get().and_then(|id| roadmap.step_index(&id)));
    let built = RwSignal::new(vec![false; count]);
    Effect::new(move |_| {
        if let Some(index) = selected_index.get() {
            if built.with_untracked(|built| !built[index]) {
                built.update(|built| built[index] = true);
            }
        }
    });
    Effect::new(move |started: Option<bool>| {
        let start = in_use.get() && started != Some(true);
        if start {
            build_when_idle(built);
        }
        started == Some(true) || start
    });

    // A step change lands the reader on the step: its title at the top of the view and
    // the focus on it, whatever chose it (the cycle, the list, the pager, the step bar, a
    // link from another page, Back). The screen reader hears the title once, from the
    // focus. A part chosen within the step lands on the part instead; the first screen
    // of a step opened from another page lands on the step.
    let part = Memo::new(move |_| {
        state.route.with(|route| match &route.page {
            Page::Explorer(ExplorerPage::Step { part, .. }) => *part,
            _ => None,
        })
    });
    Effect::new(move |previous: Option<(Option<usize>, Option<Part>)>| {
        let current = (selected_index.get(), part.get());
        let step_changed = previous.is_none_or(|(step, _)| step != current.0);
        match current {
            (Some(_), Some(target)) if previous.is_some() && !step_changed => {
                request_animation_frame(move || browser::land_on_id(&part_heading_id(target)));
            }
            (Some(_), _) if step_changed => {
                request_animation_frame(|| browser::land_on_id(STEP_TITLE_ID));
            }
            _ => {}
        }
        current
    });

    let panels = roadmap
        .all_steps()
        .enumerate()
        .map(|(index, step)| {
            let shown = Memo::new(move |_| selected_index.get() == Some(index));
            let ready = Memo::new(move |_| shown.get() || built.with(|built| built[index]));
            view! {
                <div class="step-panel" hidden=move || !shown.get()>
                    {move || ready.get().then(|| view! { <StepDetails lang step shown/> })}
                </div>
            }
        })
        .collect_view();
    view! {
        <Show when=move || selected_index.get().is_none()>
            <Welcome lang/>
        </Show>
        {panels}
    }
}

/// Builds one not-yet-built panel each time the browser is idle, until all are built.
/// Stops quietly once the panels are gone (the language changed or the page did).
fn build_when_idle(built: RwSignal<Vec<bool>>) {
    let build_next = move || {
        let next = built
            .try_with_untracked(|built| built.iter().position(|done| !done))
            .flatten();
        if let Some(index) = next {
            if built.try_update(|built| built[index] = true).is_some() {
                build_when_idle(built);
            }
        }
    };
    // Safari before 17 has no requestIdleCallback: a short timeout does the same job.
    if request_idle_callback_with_handle(build_next).is_err() {
        set_timeout(build_next, std::time::Duration::from_millis(50));
    }
}
