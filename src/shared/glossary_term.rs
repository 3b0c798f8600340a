//! A glossary term inside a text: a button that shows its definition on focus or tap,
//! and hides it on Escape or when the focus leaves.

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::ev::{KeyboardEvent, MouseEvent};
use leptos::prelude::*;

use crate::markup::plain;

use crate::lang::Lang;
use crate::state::use_content;

/// Numbers each term on the page, for its definition's DOM id.
static NEXT_ID: AtomicUsize = AtomicUsize::new(0);

#[component]
pub fn GlossaryTerm(
    /// The language of the definition.
    lang: Lang,
    /// The index of the entry in the glossary.
    entry: usize,
    /// The words as they stand in the text.
    text: &'static str,
) -> impl IntoView {
    let roadmap = use_content().roadmap();
    let Some(entry) = roadmap.glossary.get(entry) else {
        return text.into_any();
    };
    let id = format!("term-{}", NEXT_ID.fetch_add(1, Ordering::Relaxed));
    let open = RwSignal::new(false);
    // A mouse press focuses the button (which opens it) before its click; remember
    // whether it was open before, so that the click toggles from the state the reader saw.
    let open_before_press = StoredValue::new(false);
    let on_click = move |event: MouseEvent| {
        let was_open = if event.detail() == 0 {
            open.get_untracked()
        } else {
            open_before_press.get_value()
        };
        open.set(!was_open);
    };
    let on_keydown = move |event: KeyboardEvent| {
        if event.key() == "Escape" && open.get_untracked() {
            event.stop_propagation();
            open.set(false);
        }
    };
    view! {
        <span class="term">
            <button
                type="button"
                class="term__word"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-describedby=id.clone()
                on:pointerdown=move |_| open_before_press.set_value(open.get_untracked())
                on:focus=move |_| open.set(true)
                on:blur=move |_| open.set(false)
                on:click=on_click
                on:keydown=on_keydown
            >
                {text}
            </button>
            <span
                id=id
                role="tooltip"
                class=move || if open.get() { "term__definition term__definition--open" } else { "term__definition" }
            >
                <strong class="term__name">{entry.term.get(lang).to_string()}</strong>
                " "
                {plain(entry.definition.get(lang))}
            </span>
        </span>
    }
    .into_any()
}
