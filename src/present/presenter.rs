//! The presenter view: one slide at a time, for a projector, driven by the keyboard or a
//! presentation clicker, with fullscreen, a blank screen, the shortcuts, and a speaker
//! view in a second window that follows along (and leads, both ways).

use leptos::ev;
use leptos::html::Dialog;
use leptos::prelude::*;

use super::shortcuts_dialog::ShortcutsDialog;
use super::slide_view::SlideView;
use super::workshop::{self, current_slide, key_command, show_slide};
use crate::browser;
use crate::deck::{Command, Deck, Slide, Stage};
use crate::i18n::workshop::{slide_of, Say};
use crate::i18n::{colon, part_label, switch_to};
use crate::route::{Page, PresentPage};
use crate::state::{use_app_state, use_content, AppState};

#[component]
pub fn Presenter() -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang;
    let roadmap = use_content().roadmap();
    let deck = Deck::new(roadmap.all_steps().count());
    let number = current_slide(state, deck);
    let blank = RwSignal::new(false);
    let fullscreen = RwSignal::new(browser::is_fullscreen());
    let help = NodeRef::<Dialog>::new();
    let step_id = move |index: usize| roadmap.all_steps().nth(index).map(|step| step.id.clone());

    workshop::follow_presentation(state, deck, number);
    workshop::keep_address_inside(state, number);

    let go = move |command: Command| {
        if let Some(target) = deck.go(number.get_untracked(), command) {
            show_slide(state, target);
        }
    };
    let open_help = move || {
        if let Some(dialog) = help.get_untracked() {
            dialog.show_modal().ok();
        }
    };
    let on_key = window_event_listener(ev::keydown, move |event| {
        let Some(command) = key_command(&event) else {
            return;
        };
        match command {
            Command::Blank => blank.update(|blank| *blank = !*blank),
            Command::Fullscreen => browser::toggle_fullscreen(),
            Command::Help => open_help(),
            Command::Leave if blank.get_untracked() => blank.set(false),
            Command::Leave if browser::is_fullscreen() => browser::toggle_fullscreen(),
            Command::Leave => workshop::leave(state, deck, number.get_untracked(), step_id),
            // Moving brings a blanked screen back, so the room sees where it is.
            _ => {
                blank.set(false);
                go(command);
            }
        }
        event.prevent_default();
    });
    let on_fullscreen = window_event_listener(ev::fullscreenchange, move |_| {
        fullscreen.set(browser::is_fullscreen());
    });
    on_cleanup(move || {
        on_key.remove();
        on_fullscreen.remove();
    });

    // Where the room is now, for screen readers: "Slide 3 of 34: Roles, Foundation: …".
    let announcement = move || {
        let lang = lang.get();
        let number = number.get();
        let place = slide_of(lang, number, deck.count());
        let step = deck
            .slide(number)
            .and_then(Slide::step)
            .and_then(|index| roadmap.all_steps().nth(index));
        let name = match (deck.slide(number), step) {
            (
                Some(Slide::Step {
                    stage: Stage::Part(part),
                    ..
                }),
                Some(step),
            ) => {
                format!("{}, {}", part_label(part, lang), step.title.get(lang))
            }
            (_, Some(step)) => step.title.get(lang).to_string(),
            (Some(Slide::Closing), _) => Say::ClosingTitle.text(lang).to_string(),
            _ => roadmap.title.get(lang).to_string(),
        };
        format!("{place}{} {name}", colon(lang))
    };
    view! {
        <div class="presenter">
            <main id="main" class="presenter__stage">
                {move || {
                    let lang = lang.get();
                    let number = number.get();
                    view! { <SlideView lang deck number/> }
                }}
            </main>
            {move || {
                let lang = lang.get();
                let other = lang.other();
                view! {
                    <nav class="presenter__bar" aria-label=Say::Controls.text(lang)>
                        <button type="button" class="button button--quiet" on:click=move |_| go(Command::Previous)
                            disabled=move || number.get() == 1>
                            <span aria-hidden="true">"←"</span>{Say::PreviousSlide.text(lang)}
                        </button>
                        <p class="presenter__progress">
                            <span>{move || slide_of(lang, number.get(), deck.count())}</span>
                            <progress max=deck.count() value=move || number.get() aria-hidden="true"></progress>
                        </p>
                        <button type="button" class="button button--quiet" on:click=move |_| go(Command::Next)
                            disabled=move || number.get() == deck.count()>
                            {Say::NextSlide.text(lang)}<span aria-hidden="true">"→"</span>
                        </button>
                        <span class="presenter__spacer"></span>
                        <button type="button" class="button button--quiet" aria-pressed=move || fullscreen.get().to_string()
                            on:click=move |_| browser::toggle_fullscreen()>
                            {Say::Fullscreen.text(lang)}
                        </button>
                        <a class="button button--quiet" href=move || workshop::speaker_href(state, number.get())
                            target="lhs-roadmap-speaker">
                            {Say::OpenSpeakerView.text(lang)}
                        </a>
                        <button type="button" class="button button--quiet" aria-haspopup="dialog" on:click=move |_| open_help()>
                            {Say::Shortcuts.text(lang)}
                        </button>
                        <a class="button button--quiet" href=move || Page::Present(PresentPage::Present { slide: number.get() }).href(other)
                            lang=other.code() hreflang=other.code() on:click=move |_| AppState::remember_lang(other)>
                            {switch_to(other)}
                        </a>
                        <button type="button" class="button button--quiet"
                            on:click=move |_| workshop::leave(state, deck, number.get_untracked(), step_id)>
                            {Say::Leave.text(lang)}
                        </button>
                    </nav>
                    <ShortcutsDialog lang node_ref=help/>
                }
            }}
            <div class="presenter__blank" hidden=move || !blank.get()>
                <p class="visually-hidden">{move || Say::Blanked.text(lang.get())}</p>
            </div>
            <p class="visually-hidden" aria-live="polite">{announcement}</p>
        </div>
    }
}
