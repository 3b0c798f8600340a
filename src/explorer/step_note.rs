//! The private note a person writes about a step, kept on this device.

use leptos::prelude::*;

use crate::content::Step;
use crate::i18n::Ui;
use crate::lang::Lang;
use crate::personal::MAX_NOTE;
use crate::state::use_mine;

#[component]
pub fn StepNote(
    /// The language of the labels.
    lang: Lang,
    /// The step the note is about.
    step: &'static Step,
) -> impl IntoView {
    let mine = use_mine();
    let id = format!("note-{}", step.id);
    let hint = format!("note-hint-{}", step.id);
    // Kept in the page as typed, saved on the device once typing pauses or the field
    // is left.
    let on_input = move |event: leptos::ev::Event| {
        let text = event_target_value(&event);
        mine.update_soon(|data| data.set_note(&step.id, &text));
    };
    view! {
        <div class="note">
            <label class="note__label" for=id.clone()>{Ui::NoteLabel.text(lang)}</label>
            <p id=hint.clone() class="note__hint">{Ui::NoteHint.text(lang)}</p>
            <textarea
                id=id
                class="note__text"
                rows="4"
                maxlength=MAX_NOTE.to_string()
                aria-describedby=hint
                prop:value=move || mine.data.with(|data| data.note(&step.id).to_string())
                on:input=on_input
                on:blur=move |_| mine.flush()
            ></textarea>
        </div>
    }
}
