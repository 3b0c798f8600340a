//! The speaker view's clock: time elapsed since it opened, with pause and reset.

use std::time::Duration;

use leptos::prelude::*;

use crate::i18n::workshop::{clock, iso_duration, Say};
use crate::lang::Lang;

#[component]
pub fn SpeakerTimer(
    /// The language of the labels.
    #[prop(into)]
    lang: Signal<Lang>,
) -> impl IntoView {
    // Milliseconds counted before the current run, and when that run started (none
    // while paused). Reading the wall clock, not counting ticks, keeps it exact when
    // the browser slows timers in a background window.
    let banked = RwSignal::new(0.0_f64);
    let started = RwSignal::new(Some(js_sys::Date::now()));
    let now = RwSignal::new(js_sys::Date::now());
    if let Ok(interval) = set_interval_with_handle(
        move || now.set(js_sys::Date::now()),
        Duration::from_millis(500),
    ) {
        on_cleanup(move || interval.clear());
    }
    let seconds = move || {
        let running = started.get().map_or(0.0, |start| now.get() - start);
        ((banked.get() + running).max(0.0) / 1000.0) as u64
    };
    let toggle = move |_| match started.get_untracked() {
        Some(start) => {
            banked.update(|banked| *banked += js_sys::Date::now() - start);
            started.set(None);
        }
        None => started.set(Some(js_sys::Date::now())),
    };
    let reset = move |_| {
        banked.set(0.0);
        let now_ms = js_sys::Date::now();
        now.set(now_ms);
        started.update(|started| {
            if started.is_some() {
                *started = Some(now_ms);
            }
        });
    };
    view! {
        <div class="timer">
            <p class="timer__reading">
                <span id="timer-label" class="timer__label">{move || Say::Elapsed.text(lang.get())}</span>
                " "
                <time class="timer__clock" role="timer" aria-labelledby="timer-label"
                    datetime=move || iso_duration(seconds())>
                    {move || clock(seconds())}
                </time>
            </p>
            <button type="button" class="button button--quiet" aria-pressed=move || started.get().is_none().to_string() on:click=toggle>
                {move || Say::Pause.text(lang.get())}
            </button>
            <button type="button" class="button button--quiet" on:click=reset>{move || Say::Restart.text(lang.get())}</button>
        </div>
    }
}
