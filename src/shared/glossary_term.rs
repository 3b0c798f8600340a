//! A glossary term inside a text: a button that opens its definition when asked (a tap, a
//! click, Enter or Space), in a sheet at the bottom of the window, so that the sentence
//! around the term never moves. Escape, the sheet's close button or pressing the term
//! again close it, and the focus goes back to the term; leaving the term closes it too.

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::ev::{FocusEvent, KeyboardEvent};
use leptos::html::Button;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::explorer::Say;
use crate::lang::Lang;
use crate::markup::plain;
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
    let word = NodeRef::<Button>::new();
    let close = move || {
        open.set(false);
        if let Some(word) = word.get_untracked() {
            word.focus().ok();
        }
    };
    let on_keydown = move |event: KeyboardEvent| {
        if event.key() == "Escape" && open.get_untracked() {
            event.stop_propagation();
            close();
        }
    };
    // The focus leaving the term and its sheet (a tap elsewhere, Tab past the sheet)
    // closes it, without taking the focus back.
    let on_focusout = move |event: FocusEvent| {
        let inside = event
            .related_target()
            .and_then(|target| target.dyn_into::<web_sys::Node>().ok())
            .zip(
                event
                    .current_target()
                    .and_then(|here| here.dyn_into::<web_sys::Node>().ok()),
            )
            .is_some_and(|(target, here)| here.contains(Some(&target)));
        if !inside {
            open.set(false);
        }
    };
    view! {
        <span class="term" on:keydown=on_keydown on:focusout=on_focusout>
            <button
                type="button"
                class="term__word"
                node_ref=word
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-controls=id.clone()
                on:click=move |_| open.update(|open| *open = !*open)
            >
                {text}
            </button>
            <span id=id class="term__sheet" hidden=move || !open.get()>
                <span class="term__definition">
                    <strong class="term__name">{entry.term.get(lang).to_string()}</strong>
                    " "
                    {plain(entry.definition.get(lang))}
                </span>
                <button
                    type="button"
                    class="button button--quiet term__close"
                    aria-label=Say::CloseDefinition.text(lang)
                    on:click=move |_| close()
                >
                    <span aria-hidden="true">"×"</span>
                </button>
            </span>
        </span>
    }
    .into_any()
}
