//! The root of present.html: the presenter view (`#/<lang>/present/<n>`), the speaker
//! view (`#/<lang>/speaker/<n>`) and sharing (`#/<lang>/share[/<step>]`), in a wasm of
//! their own so that the explorer's first load stays small. Any other address belongs to
//! another page of the site, and goes there.

use leptos::prelude::*;

use crate::app::{content_loader, mount_app, reload, stays};
use crate::browser;
use crate::components::{ContentError, Loading, Presenter, PreviewPage, SharePage, SpeakerView};
use crate::i18n::page_title;
use crate::i18n::workshop::Say;
use crate::print;
use crate::route::{Page, Site};
use crate::state::AppState;

pub fn mount() {
    if stays(Site::Present) {
        mount_app(PresentApp);
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Screen {
    Presenter,
    Speaker,
    Share,
    Preview,
    Elsewhere,
}

#[component]
fn PresentApp() -> impl IntoView {
    let state = AppState::start(Site::Present);
    provide_context(state);
    let screen = Memo::new(move |_| {
        state.route.with(|route| match route.page {
            Page::Present { .. } => Screen::Presenter,
            Page::Speaker { .. } => Screen::Speaker,
            Page::Share { .. } => Screen::Share,
            Page::Preview => Screen::Preview,
            _ => Screen::Elsewhere,
        })
    });
    Effect::new(move |_| {
        let lang = state.lang.get();
        let name = match screen.get() {
            Screen::Speaker => Say::SpeakerTitle,
            Screen::Share => Say::ShareTitle,
            Screen::Preview => Say::PreviewTitle,
            Screen::Presenter | Screen::Elsewhere => Say::PresenterTitle,
        };
        browser::set_document_title(&page_title(lang, name.text(lang)));
        if screen.get() == Screen::Elsewhere {
            stays(Site::Present);
        }
    });
    let loaded = content_loader();
    // The preview page checks a file of its own: it works whatever the site's content.
    let previewing = Memo::new(move |_| screen.get() == Screen::Preview);
    move || {
        if previewing.get() {
            return view! { <PreviewPage/> }.into_any();
        }
        content_view(loaded, screen)
    }
}

fn content_view(
    loaded: RwSignal<Option<Result<crate::state::Content, crate::source::LoadError>>>,
    screen: Memo<Screen>,
) -> AnyView {
    let state = crate::state::use_app_state();
    (move || match loaded.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Ok(content)) => {
            provide_context(content);
            print::install(state, content);
            (move || match screen.get() {
                Screen::Presenter => view! { <Presenter/> }.into_any(),
                Screen::Speaker => view! { <SpeakerView/> }.into_any(),
                Screen::Share => view! { <SharePage/> }.into_any(),
                Screen::Preview | Screen::Elsewhere => ().into_any(),
            })
            .into_any()
        }
        Some(Err(error)) => view! {
            <main id="main" class="main">
                <ContentError error on_retry=move || reload(loaded)/>
            </main>
        }
        .into_any(),
    })
    .into_any()
}
