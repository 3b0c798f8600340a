//! One part of a step (roles, winning conditions or challenges): its name from the
//! original roadmap, what it means in plain words, and its items.

use leptos::prelude::*;

use super::item_card::ItemCard;
use super::step_details::part_heading_id;
use crate::content::{Part, Step};
use crate::i18n::explorer::part_explained;
use crate::i18n::part_label;
use crate::lang::Lang;

#[component]
pub fn PartSection(
    /// The language of the texts.
    lang: Lang,
    /// The step the part belongs to.
    step: &'static Step,
    /// Which part.
    part: Part,
    /// Whether the step's panel is on screen (see `StepDetails`).
    shown: Signal<bool>,
    /// Whether this part is the one open (a step shows one part at a time).
    open: Signal<bool>,
) -> impl IntoView {
    let heading = move || shown.get().then(|| part_heading_id(part));
    let items = step
        .items(part)
        .iter()
        .map(|item| view! { <ItemCard lang item/> })
        .collect_view();
    view! {
        <section class=format!("part part--{}", part.slug()) aria-labelledby=heading hidden=move || !open.get()>
            <h3 id=heading class="part__title" tabindex="-1">
                <span class="part__icon" aria-hidden="true"></span>
                {part_label(part, lang)}
            </h3>
            <p class="part__explained">{part_explained(part, lang)}</p>
            <ul class="part__items">{items}</ul>
        </section>
    }
}
