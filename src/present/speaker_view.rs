//! The speaker view, in a second window: the slide on screen, the next one, the step's
//! discussion questions and a timer. It follows the audience window and leads it: a
//! slide changed in either shows in both.

use leptos::ev;
use leptos::prelude::*;

use super::slide_view::SlideView;
use super::speaker_timer::SpeakerTimer;
use super::workshop::{self, current_slide, key_command, show_slide};
use crate::browser;
use crate::deck::{Command, Deck, Slide};
use crate::i18n::workshop::{slide_of, Say};
use crate::i18n::{switch_to, Ui};
use crate::route::{Page, PresentPage};
use crate::shared::rich_text;
use crate::state::{use_app_state, use_content, AppState};

#[component]
pub fn SpeakerView() -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang;
    let roadmap = use_content().roadmap();
    let deck = Deck::new(roadmap.all_steps().count());
    let number = current_slide(state, deck);

    let synced = workshop::follow_presentation(state, deck, number);
    workshop::keep_address_inside(state, number);
    let go = move |command: Command| {
        if let Some(target) = deck.go(number.get_untracked(), command) {
            show_slide(state, target);
        }
    };
    let on_key = window_event_listener(ev::keydown, move |event| {
        let Some(command) = key_command(&event) else {
            return;
        };
        match command {
            Command::Fullscreen => browser::toggle_fullscreen(),
            Command::Leave if browser::is_fullscreen() => browser::toggle_fullscreen(),
            // Blanking and leaving belong to the audience window.
            Command::Blank | Command::Help | Command::Leave => return,
            _ => go(command),
        }
        event.prevent_default();
    });
    on_cleanup(move || on_key.remove());

    let body = move || {
        let lang = lang.get();
        let other = lang.other();
        let questions = move || {
            let number = number.get();
            let step = deck
                .slide(number)
                .and_then(Slide::step)
                .and_then(|index| roadmap.all_steps().nth(index));
            match step {
                Some(step) if !step.questions.is_empty() => {
                    let items = step
                        .questions
                        .iter()
                        .map(|question| view! { <li>{rich_text::paragraphs(lang, question.get(lang), "")}</li> })
                        .collect_view();
                    view! {
                        <p class="speaker__step">{step.title.get(lang).to_string()}</p>
                        <ol class="speaker__question-list">{items}</ol>
                    }
                    .into_any()
                }
                _ => view! { <p>{Say::NoQuestions.text(lang)}</p> }.into_any(),
            }
        };
        view! {
                <main id="main" class="speaker__main">
                    <section class="speaker__current" aria-labelledby="speaker-current">
                        <h2 id="speaker-current" class="speaker__label">{Say::CurrentSlide.text(lang)}</h2>
                        <div class="speaker__slide">
                            {move || view! { <SlideView lang deck number=number.get() primary=false/> }}
                        </div>
                    </section>
                    <section class="speaker__next" aria-labelledby="speaker-next">
                        <h2 id="speaker-next" class="speaker__label">{Say::ComingUp.text(lang)}</h2>
                        <div class="speaker__slide speaker__slide--next">
                            {move || {
                                let next = number.get() + 1;
                                if next <= deck.count() {
                                    view! { <SlideView lang deck number=next primary=false/> }.into_any()
                                } else {
                                    view! { <p>{Say::EndOfDeck.text(lang)}</p> }.into_any()
                                }
                            }}
                        </div>
                    </section>
                    <section class="speaker__questions" aria-labelledby="speaker-questions">
                        <h2 id="speaker-questions" class="speaker__label">{Ui::DiscussionQuestions.text(lang)}</h2>
                        {questions}
                    </section>
                </main>
                <nav class="speaker__bar" aria-label=Say::Controls.text(lang)>
                    <button type="button" class="button button--quiet" on:click=move |_| go(Command::Previous)
                        disabled=move || number.get() == 1>
                        <span aria-hidden="true">"←"</span>{Say::PreviousSlide.text(lang)}
                    </button>
                    <button type="button" class="button button--quiet" on:click=move |_| go(Command::Next)
                        disabled=move || number.get() == deck.count()>
                        {Say::NextSlide.text(lang)}<span aria-hidden="true">"→"</span>
                    </button>
                    <a class="button button--quiet" href=move || Page::Present(PresentPage::Speaker { slide: number.get() }).href(other)
                        lang=other.code() hreflang=other.code() on:click=move |_| AppState::remember_lang(other)>
                        {switch_to(other)}
                    </a>
                </nav>
        }
    };
    // The timer stays outside the language's rebuilds, so switching does not reset it.
    view! {
        <div class="speaker">
            <header class="speaker__head">
                <h1 class="speaker__title">{move || Say::SpeakerTitle.text(lang.get())}</h1>
                <p class="speaker__progress">{move || slide_of(lang.get(), number.get(), deck.count())}</p>
                <SpeakerTimer lang/>
                {(!synced).then(|| view! { <p class="speaker__note">{move || Say::NoSync.text(lang.get())}</p> })}
            </header>
            {body}
        </div>
    }
}
