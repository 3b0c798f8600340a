//! The cycle as a still picture, with one step highlighted or none: for slides and printed
//! handouts, where nothing in it is clickable.

use std::cell::Cell;

use leptos::prelude::*;

use super::step_node::{arrowhead, node_drawing};
use crate::geometry::{arrow_path, view_box};
use crate::i18n::{cycle_name, step_control_name};
use crate::lang::Lang;
use crate::state::use_content;

thread_local! {
    /// Numbers the figures' arrowhead markers: a speaker view shows several figures at
    /// once, and ids must stay unique in the page.
    static FIGURES: Cell<u32> = const { Cell::new(0) };
}

#[component]
pub fn CycleFigure(
    /// The language of the labels.
    lang: Lang,
    /// The index (among all steps, the foundation first) of the step to highlight.
    highlight: Option<usize>,
    /// Whether the steps' titles are drawn beside them (in print); slides write them out
    /// in large type instead, and the figure keeps the numbers.
    #[prop(default = true)]
    labels: bool,
) -> impl IntoView {
    let roadmap = use_content().roadmap();
    let count = roadmap.steps.len();
    let marker = FIGURES.with(|figures| {
        figures.set(figures.get() + 1);
        format!("figure-arrowhead-{}", figures.get())
    });
    let highlighted = highlight.and_then(|index| roadmap.all_steps().nth(index));
    let name = match highlighted {
        Some(step) => format!(
            "{} — {}",
            cycle_name(lang, count),
            step_control_name(lang, step.number, count, step.title.get(lang))
        ),
        None => cycle_name(lang, count),
    };
    let arrows = (0..count)
        .map(|index| view! { <path class="cycle__arrow" d=arrow_path(index, count)/> })
        .collect_view();
    let nodes = roadmap
        .all_steps()
        .enumerate()
        .map(|(index, step)| {
            let class = if highlight == Some(index) {
                "cycle__node cycle__node--selected"
            } else {
                "cycle__node"
            };
            view! { <g class=class>{node_drawing(step, lang, count, labels)}</g> }
        })
        .collect_view();
    view! {
        <svg class=if labels { "cycle__svg figure" } else { "cycle__svg figure figure--bare" } viewBox=view_box() role="img" aria-label=name>
            {arrowhead(marker.clone())}
            <g class="cycle__arrows" marker-end=format!("url(#{marker})")>{arrows}</g>
            {nodes}
        </svg>
    }
}
