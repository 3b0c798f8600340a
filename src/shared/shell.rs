//! The page around its screens: the header (or an embed's bar), the screen the route asks
//! for once the content is loaded, and the footer; the document's title, the focus on a
//! new screen, printing and the personal roadmap, the same on every page of the site.

use std::time::Duration;

use leptos::prelude::*;

use crate::browser;
use crate::i18n::{page_title, Ui};
use crate::route::PresentPage;
use crate::shared::app::{reload, stays, ContentLoad, SitePage};
use crate::shared::{print, ContentError, Footer, Header, Loading, NotFound, StorageAlert};
use crate::source::Source;
use crate::state::{use_app_state, Content, Mine};

/// The id of each screen's main heading, which receives focus when the screen changes.
pub const PAGE_TITLE_ID: &str = "page-title";

/// The shell of the page whose screens are `P`, around the content file `loaded`. A
/// function rather than a component: it is built once per page, and its type parameter
/// is all it takes besides the content.
pub fn shell<P: SitePage>(loaded: ContentLoad) -> impl IntoView {
    let state = use_app_state();
    // `None` for an address another page of the site shows.
    let screen = Memo::new(move |_| state.route.with(|route| P::of(&route.page).map(P::screen)));
    // A screen the address names but the content lacks (a step, a source) is "not found".
    let exists = Memo::new(move |_| {
        let Some(Ok(content)) = loaded.get() else {
            return true;
        };
        state
            .route
            .with(|route| P::of(&route.page).is_none_or(|page| page.exists(content.roadmap())))
    });

    // A new screen is announced by moving the focus to its heading, as a page load would;
    // the first screen keeps the focus where the browser put it.
    Effect::watch(
        move || (screen.get(), exists.get()),
        move |_, _, _| request_animation_frame(|| browser::focus_id(PAGE_TITLE_ID)),
        false,
    );
    Effect::new(move |_| {
        let lang = state.lang.get();
        let roadmap = match loaded.get() {
            Some(Ok(content)) => Some(content.roadmap()),
            _ => None,
        };
        let name = state.route.with(|route| match P::of(&route.page) {
            Some(page) if exists.get() => page.title(lang, roadmap),
            Some(_) => Ui::NotFoundTitle.text(lang).to_string(),
            None => Ui::OpeningPage.text(lang).to_string(),
        });
        // Setting the title costs the browser a couple of milliseconds; done after the
        // frame that shows the new page, it stays off the path of a click.
        let title = page_title(lang, &name);
        set_timeout(move || browser::set_document_title(&title), Duration::ZERO);
    });

    // What this device keeps (Keep, notes, the step last opened), on every page.
    let mine = Mine::load();
    provide_context(mine);
    // The step on screen is where "Resume where I left off" leads next time.
    Effect::new(move |_| {
        let Some(Ok(content)) = loaded.get() else {
            return;
        };
        let step = state
            .route
            .with(|route| route.page.step_id().map(str::to_string));
        if let Some(step) = step.filter(|id| content.roadmap().step(id).is_some()) {
            // Saving is the browser's synchronous storage: after the frame that shows
            // the step, not on the path of the click.
            set_timeout(move || mine.visit(&step), Duration::ZERO);
        }
    });

    let embedded = browser::is_embedded();
    if embedded {
        // A step the content lacks (from the options or the host) is ignored, as any
        // invalid option is.
        Effect::new(move |_| {
            if !exists.get() && state.route.with(|route| route.page.step_id().is_some()) {
                state.replace(crate::route::Page::HOME);
            }
        });
    }
    // Built once: whether the page is embedded never changes.
    let top = if embedded {
        Some(embed_bar().into_any())
    } else if P::CHROME {
        Some(view! { <Header/> }.into_any())
    } else {
        None
    };
    let chrome = P::CHROME && !embedded;
    // A previewed file is not what the site publishes: say so on every screen that shows
    // it (a preview that could not be read says so in its own way).
    let previewing = chrome && *state.source == Ok(Source::Preview);
    let preview_bar = move || {
        let shown = previewing && loaded.with(|loaded| matches!(loaded, Some(Ok(_))));
        shown.then(|| {
            let lang = state.lang;
            view! {
                <p class="preview-bar" role="note">
                    {move || Ui::PreviewBar.text(lang.get())} " "
                    <a href=move || state.href(PresentPage::Preview, lang.get())>
                        {move || Ui::OpenPreviewPage.text(lang.get())}
                    </a>
                </p>
            }
        })
    };

    let body = move || {
        let Some(screen) = screen.get() else {
            // An address of another page of the site (typed, or from an old link): it
            // opens there.
            stays(P::SITE);
            let lang = state.lang.get_untracked();
            return view! { <p class="loading" role="status">{Ui::OpeningPage.text(lang)}</p> }
                .into_any();
        };
        if !screen.needs_content() {
            return P::view(screen);
        }
        match loaded.get() {
            None => view! { <Loading/> }.into_any(),
            Some(Err(error)) => {
                let panel = view! { <ContentError error on_retry=move || reload(state, loaded)/> };
                if P::CHROME {
                    panel.into_any()
                } else {
                    view! { <main id="main" class="main" tabindex="-1">{panel}</main> }.into_any()
                }
            }
            Some(Ok(content)) => {
                provide_context::<Content>(content);
                // Printing is the browser's: set up once the page is on screen (the
                // build's prerender runs no effect).
                Effect::new(move |_| print::install(state, content));
                (move || {
                    if exists.get() {
                        P::view(screen.clone())
                    } else {
                        view! { <NotFound/> }.into_any()
                    }
                })
                .into_any()
            }
        }
    };
    let footer = move || {
        chrome
            .then(|| loaded.get())
            .flatten()
            .and_then(Result::ok)
            .map(|content| {
                provide_context::<Content>(content);
                view! { <Footer/> }
            })
    };
    view! {
        {top}
        {preview_bar}
        {chrome.then(|| view! { <StorageAlert/> })}
        // Pages without the header and footer give each screen its own `<main>`.
        {if P::CHROME {
            view! { <main id="main" class="main" tabindex="-1">{body}</main> }.into_any()
        } else {
            body.into_any()
        }}
        {footer}
    }
}

/// In a host's page, no header or footer: a link that opens the full explorer, in a new
/// tab, at the same place.
fn embed_bar() -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang;
    let href = move || {
        let lang = lang.get();
        state
            .route
            .with(|route| state.href_elsewhere(route.page.clone(), lang))
    };
    let label = move || {
        let lang = lang.get();
        format!(
            "{} ({})",
            Ui::OpenFullExplorer.text(lang),
            Ui::OpensInNewTab.text(lang)
        )
    };
    view! {
        <p class="embed-bar">
            <a href=href target="_blank" rel="noopener" aria-label=label>
                {move || Ui::OpenFullExplorer.text(lang.get())}
                " ↗"
            </a>
        </p>
    }
}
