//! Browser glue for the presentation views: the slide the URL shows, the keys, leaving
//! for the explorer, and keeping the audience and speaker windows on the same slide.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{BroadcastChannel, KeyboardEvent, MessageEvent};

use crate::browser;
use crate::deck::{command_for_key, Command, Deck, Slide};
use crate::route::{Page, PresentPage};
use crate::state::AppState;

/// The slide the URL shows, brought inside the deck.
pub fn current_slide(state: AppState, deck: Deck) -> Memo<u32> {
    Memo::new(move |_| {
        state.route.with(|route| match route.page {
            Page::Present(PresentPage::Present { slide })
            | Page::Present(PresentPage::Speaker { slide }) => deck.clamp(slide),
            _ => 1,
        })
    })
}

/// Shows slide `number` in the view on screen (presenter or speaker).
pub fn show_slide(state: AppState, number: u32) {
    let page = state.route.with_untracked(|route| match route.page {
        Page::Present(PresentPage::Speaker { .. }) => {
            Page::Present(PresentPage::Speaker { slide: number })
        }
        _ => Page::Present(PresentPage::Present { slide: number }),
    });
    state.replace(page);
}

/// Brings an address past the last slide back to the slide shown (the last one).
pub fn keep_address_inside(state: AppState, number: Memo<u32>) {
    Effect::new(move |_| {
        let asked = state.route.with(|route| match route.page {
            Page::Present(PresentPage::Present { slide })
            | Page::Present(PresentPage::Speaker { slide }) => Some(slide),
            _ => None,
        });
        if asked.is_some_and(|asked| asked != number.get()) {
            show_slide(state, number.get_untracked());
        }
    });
}

/// Keeps this window in step with the other windows of the presentation: joins on the
/// first run, then announces every slide change.
pub fn follow_presentation(state: AppState, deck: Deck, number: Memo<u32>) -> bool {
    let sync = SlideSync::open(
        move |slide| show_slide(state, deck.clamp(slide)),
        move || number.get_untracked(),
    );
    let synced = sync.is_some();
    Effect::new(move |joined: Option<()>| {
        let number = number.get();
        if let Some(sync) = &sync {
            if joined.is_none() {
                sync.join(number);
            } else {
                sync.announce(number);
            }
        }
    });
    synced
}

/// The address of slide `number` in the other view, for the link that opens it.
pub fn speaker_href(state: AppState, number: u32) -> String {
    state.href(PresentPage::Speaker { slide: number }, state.lang.get())
}

/// Goes back to the explorer, at the step the slide belongs to.
pub fn leave(state: AppState, deck: Deck, number: u32, step_id: impl Fn(usize) -> Option<String>) {
    let page = match deck.slide(number).and_then(Slide::step).and_then(step_id) {
        Some(id) => Page::step(id, None),
        None => Page::HOME,
    };
    state.go(page);
}

/// The presentation command of a key press, or `None` where the key is not the
/// presentation's: a dialog is open, or Enter or Space is about to press a button.
pub fn key_command(event: &KeyboardEvent) -> Option<Command> {
    if event.default_prevented()
        || document()
            .query_selector("dialog[open]")
            .ok()
            .flatten()
            .is_some()
    {
        return None;
    }
    let modifier = event.ctrl_key() || event.alt_key() || event.meta_key();
    let command = command_for_key(&event.key(), modifier)?;
    let presses = matches!(event.key().as_str(), "Enter" | " " | "Spacebar");
    let on_control = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .and_then(|element| {
            element
                .closest("a, button, input, select, textarea, summary")
                .ok()
                .flatten()
        })
        .is_some();
    (!(presses && on_control)).then_some(command)
}

/// Keeps the windows of one presentation (audience and speaker views) on the same slide,
/// both ways. Only moves made in this window are announced, so two windows never echo a
/// slide back and forth. A window that opens asks where the others are instead of moving
/// them to its own slide: the room's screen never jumps because a speaker view opened.
pub struct SlideSync {
    channel: BroadcastChannel,
    /// The last slide announced or received.
    last: Rc<Cell<u32>>,
    _on_message: gloo_events::EventListener,
}

impl SlideSync {
    /// Joins the presentation's channel; `None` where the browser has no BroadcastChannel.
    /// `on_slide` shows a slide another window moved to; `current` is this window's.
    pub fn open(
        on_slide: impl Fn(u32) + 'static,
        current: impl Fn() -> u32 + 'static,
    ) -> Option<SlideSync> {
        // One channel per copy of the site, so two sites on one origin stay apart.
        let name = format!("lhs-roadmap:{}", browser::site_url());
        let channel = BroadcastChannel::new(&name).ok()?;
        let last = Rc::new(Cell::new(0));
        let seen = last.clone();
        let replies = channel.clone();
        let on_message = gloo_events::EventListener::new(&channel, "message", move |event| {
            let Some(event) = event.dyn_ref::<MessageEvent>() else {
                return;
            };
            let data = event.data();
            if data.as_string().as_deref() == Some(WHERE_ARE_WE) {
                replies.post_message(&JsValue::from(current())).ok();
                return;
            }
            let Some(slide) = data.as_f64().and_then(slide_from) else {
                return;
            };
            seen.set(slide);
            on_slide(slide);
        });
        Some(SlideSync {
            channel,
            last,
            _on_message: on_message,
        })
    }

    /// Starts at `slide` and asks the other windows, if any, which slide they show.
    pub fn join(&self, slide: u32) {
        self.last.set(slide);
        self.channel.post_message(&JsValue::from(WHERE_ARE_WE)).ok();
    }

    /// Tells the other windows that this one now shows `slide`.
    pub fn announce(&self, slide: u32) {
        if self.last.replace(slide) != slide {
            self.channel.post_message(&JsValue::from(slide)).ok();
        }
    }
}

impl Drop for SlideSync {
    // The listener goes with the struct; the channel is closed so the browser forgets it.
    fn drop(&mut self) {
        self.channel.close();
    }
}

/// The message a window sends when it opens; the others answer with their slide.
const WHERE_ARE_WE: &str = "where";

/// A slide number from a message, which may come from any page of the origin.
fn slide_from(value: f64) -> Option<u32> {
    (value.fract() == 0.0 && (1.0..=9999.0).contains(&value)).then_some(value as u32)
}

/// Keeps the height of `frame`, an embed of the explorer shown on this page (the share
/// and preview pages), equal to its content's, as host pages do with src/embed.js.
pub fn follow_height(frame: NodeRef<leptos::html::Iframe>) {
    let on_message = window_event_listener_untyped("message", move |event| {
        let Ok(event) = event.dyn_into::<MessageEvent>() else {
            return;
        };
        let Some(frame) = frame.get_untracked() else {
            return;
        };
        let from_frame = match (event.source(), frame.content_window()) {
            (Some(source), Some(window)) => js_sys::Object::is(&source, &window),
            _ => false,
        };
        let data = event.data();
        let field = |name: &str| js_sys::Reflect::get(&data, &name.into()).ok();
        let is_resize = field("type").and_then(|kind| kind.as_string()).as_deref()
            == Some("lhs-roadmap:resize");
        if let Some(height) = field("height").and_then(|height| height.as_f64()) {
            if from_frame && is_resize && height > 0.0 && height < 100_000.0 {
                let height = format!("{}px", height.ceil() as u32);
                web_sys::HtmlElement::style(&frame)
                    .set_property("height", &height)
                    .ok();
            }
        }
    });
    on_cleanup(move || on_message.remove());
}
