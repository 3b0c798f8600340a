//! One step in the cycle diagram: a focusable control named by its number and title.
//! The foundation is drawn as the hub at the centre.

use leptos::ev::MouseEvent;
use leptos::prelude::*;

use super::cycle_diagram::node_id;
use crate::content::Step;
use crate::geometry::{
    coord, hub_baselines, label, node_centre, node_radius, wrap_at_most, CENTRE, HUB_RADIUS,
    LABEL_CHARS, LABEL_LINES,
};
use crate::i18n::{match_count, step_control_name, without_label, Ui};
use crate::lang::Lang;
use crate::state::{use_app_state, use_content};

/// Characters per line of the hub's title, and its type size and line height.
const HUB_CHARS: usize = 14;
/// Lines of the hub's title under its heading, all inside the hub's disc.
const HUB_LINES: usize = 5;
const HUB_FONT: f64 = 26.0;
const HUB_LINE: f64 = 30.0;
/// The type size of the hub's heading when it stands alone (style/present.css).
const BARE_HUB_FONT: f64 = 44.0;
/// How far outside a node its focus ring is drawn.
const FOCUS_GAP: f64 = 10.0;

#[component]
pub fn StepNode(
    /// The step drawn.
    step: &'static Step,
    /// The language of its name and label.
    lang: Lang,
    /// Whether it is the step shown in the details.
    #[prop(into)]
    selected: Signal<bool>,
    /// Whether it is the diagram's one Tab stop.
    #[prop(into)]
    tab_stop: Signal<bool>,
    /// Opens the step.
    on_select: Callback<()>,
    /// Tells the diagram that the node took the focus (by a click or Tab).
    on_focus: Callback<()>,
) -> impl IntoView {
    let roadmap = use_content().roadmap();
    let lens = use_app_state().lens;
    let count = roadmap.steps.len();
    let title = step.title.get(lang);
    let base_name = step_control_name(lang, step.number, count, title);
    // With a lens, each node says how many of its items match, in its badge and its name.
    let matches =
        Memo::new(move |_| lens.with(|lens| (!lens.is_empty()).then(|| lens.count(step))));
    let name = move || match matches.get() {
        Some(found) => format!("{base_name}, {}", match_count(lang, found)),
        None => base_name.clone(),
    };
    let (badge_x, badge_y) = if step.is_foundation() {
        (CENTRE.x + HUB_RADIUS * 0.72, CENTRE.y - HUB_RADIUS * 0.72)
    } else {
        let centre = node_centre(step.number as usize - 1, count);
        let radius = node_radius(count);
        (centre.x + radius * 0.78, centre.y - radius * 0.78)
    };
    let badge = move || {
        matches.get().map(|found| {
            let class = if found == 0 {
                "cycle__count cycle__count--none"
            } else {
                "cycle__count"
            };
            view! {
                <g class=class aria-hidden="true">
                    <circle cx=coord(badge_x) cy=coord(badge_y) r="26"/>
                    <text x=coord(badge_x) y=coord(badge_y + 10.0) text-anchor="middle">{found}</text>
                </g>
            }
        })
    };
    let class = move || {
        if selected.get() {
            "cycle__node cycle__node--selected"
        } else {
            "cycle__node"
        }
    };
    let on_click = move |_: MouseEvent| on_select.run(());

    let drawing = node_drawing(step, lang, count, true);

    view! {
        <g
            id=node_id(&step.id)
            class=class
            role="button"
            tabindex=move || if tab_stop.get() { "0" } else { "-1" }
            aria-label=name
            aria-current=move || selected.get().then_some("step")
            on:click=on_click
            on:focus=move |_| on_focus.run(())
        >
            {drawing}
            {badge}
        </g>
    }
}

/// The drawing of a step's node (disc, number, label) or of the hub, without any
/// behaviour: the interactive diagram and the static figures share it. Without `labels`,
/// nodes keep their numbers and the hub its heading (slides, where the titles are
/// written out in large type beside the figure).
pub fn node_drawing(step: &Step, lang: Lang, count: usize, labels: bool) -> AnyView {
    let title = step.title.get(lang);
    if step.is_foundation() {
        let mut lines = vec![Ui::Foundation.text(lang).to_string()];
        // The title usually repeats the word "Foundation:", which the first line already says.
        if labels {
            lines.extend(wrap_at_most(&without_label(title), HUB_CHARS, HUB_LINES));
        }
        let font = if labels { HUB_FONT } else { BARE_HUB_FONT };
        let baselines = hub_baselines(lines.len(), HUB_LINE, font);
        let text = lines
            .into_iter()
            .zip(baselines)
            .enumerate()
            .map(|(i, (line, y))| {
                let class = if i == 0 {
                    "cycle__hub-heading"
                } else {
                    "cycle__hub-line"
                };
                view! { <tspan class=class x=coord(CENTRE.x) y=coord(y)>{line}</tspan> }
            })
            .collect_view();
        view! {
            <circle class="cycle__focus" cx=coord(CENTRE.x) cy=coord(CENTRE.y) r=coord(HUB_RADIUS + FOCUS_GAP)/>
            <circle class="cycle__disc cycle__disc--hub" cx=coord(CENTRE.x) cy=coord(CENTRE.y) r=coord(HUB_RADIUS)/>
            <circle class="cycle__mark" cx=coord(CENTRE.x) cy=coord(CENTRE.y) r=coord(HUB_RADIUS - 8.0)/>
            <text class="cycle__hub-text" text-anchor="middle" aria-hidden="true">{text}</text>
        }
        .into_any()
    } else {
        let index = step.number as usize - 1;
        let centre = node_centre(index, count);
        let radius = node_radius(count);
        let lines = if labels {
            wrap_at_most(title, LABEL_CHARS, LABEL_LINES)
        } else {
            Vec::new()
        };
        let place = label(index, count, lines.len());
        let label_text = lines
            .into_iter()
            .zip(place.baselines)
            .map(|(line, y)| view! { <tspan x=coord(place.x) y=coord(y)>{line}</tspan> })
            .collect_view();
        view! {
            <circle class="cycle__focus" cx=coord(centre.x) cy=coord(centre.y) r=coord(radius + FOCUS_GAP)/>
            <circle class="cycle__disc" cx=coord(centre.x) cy=coord(centre.y) r=coord(radius)/>
            <circle class="cycle__mark" cx=coord(centre.x) cy=coord(centre.y) r=coord(radius - 7.0)/>
            <text
                class="cycle__number"
                x=coord(centre.x)
                y=coord(centre.y + 14.0)
                text-anchor="middle"
                aria-hidden="true"
            >
                {step.number}
            </text>
            {labels.then(|| view! {
                <text class="cycle__label" text-anchor=place.anchor.as_str() aria-hidden="true">
                    {label_text}
                </text>
            })}
        }
        .into_any()
    }
}

/// The arrowhead drawn at the end of the cycle's arrows, as a marker with `id`.
pub fn arrowhead(id: String) -> impl IntoView {
    view! {
        <defs>
            <marker
                id=id
                viewBox="0 0 10 10"
                refX="6"
                refY="5"
                markerWidth="5"
                markerHeight="5"
                orient="auto-start-reverse"
            >
                <path class="cycle__arrowhead" d="M 0 0 L 10 5 L 0 10 z"/>
            </marker>
        </defs>
    }
}
