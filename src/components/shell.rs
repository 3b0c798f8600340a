//! The page around the loaded content: header, the screen the route asks for, footer.

use std::time::Duration;

use leptos::prelude::*;

use crate::app::{source, stays, PRESENT_PAGE};
use crate::browser;
use crate::components::{Footer, Header, StorageAlert};
use crate::frame::{self, Embedded};
use crate::i18n::{page_title, Ui};
use crate::print;
use crate::route::{Page, View};
use crate::source::Source;
use crate::state::{use_app_state, Content, Mine};

/// The id of each screen's main heading, which receives focus when the screen changes.
pub const PAGE_TITLE_ID: &str = "page-title";

#[component]
pub fn Shell(
    /// The checked content to show.
    content: Content,
    /// The screen for each view of this page of the site.
    screen: fn(View) -> AnyView,
) -> impl IntoView {
    provide_context(content);
    let state = use_app_state();
    print::install(state, content);
    let roadmap = content.roadmap();
    // `None` for a page another file of the site shows (see `Site`).
    let view = Memo::new(move |_| {
        state
            .route
            .with(|route| (route.page.site() == state.site).then(|| route.page.view(roadmap)))
    });

    // A new screen is announced by moving the focus to its heading, as a page load would;
    // the first screen keeps the focus where the browser put it.
    Effect::watch(
        move || view.get(),
        move |_, _, _| request_animation_frame(|| browser::focus_id(PAGE_TITLE_ID)),
        false,
    );
    Effect::new(move |_| {
        let lang = state.lang.get();
        let page = state.route.with(|route| route.page.clone());
        let Some(shown) = view.get() else {
            return;
        };
        let name = match (&page, shown) {
            (Page::Step { id, .. }, View::Explorer) => roadmap
                .step(id)
                .map_or_else(String::new, |step| step.title.get(lang).to_string()),
            (_, View::Explorer) => roadmap.title.get(lang).to_string(),
            (_, View::Intro) => Ui::Introduction.text(lang).to_string(),
            (_, View::Glossary) => Ui::Glossary.text(lang).to_string(),
            (_, View::Sources) => Ui::Sources.text(lang).to_string(),
            (_, View::Credits) => Ui::Credits.text(lang).to_string(),
            (_, View::Search) => Ui::Search.text(lang).to_string(),
            (_, View::Mine) => Ui::MyRoadmap.text(lang).to_string(),
            (_, View::Start) => Ui::WhereStart.text(lang).to_string(),
            (_, View::Areas) => Ui::Areas.text(lang).to_string(),
            (_, View::Continuum) => Ui::Continuum.text(lang).to_string(),
            (_, View::Supports) => Ui::Supports.text(lang).to_string(),
            (_, View::NotFound) => Ui::NotFoundTitle.text(lang).to_string(),
            (_, View::Workshop) => Ui::OpeningPage.text(lang).to_string(),
        };
        // Setting the title costs the browser a couple of milliseconds; done after the
        // frame that shows the new page, it stays off the path of a click.
        let title = page_title(lang, &name);
        set_timeout(move || browser::set_document_title(&title), Duration::ZERO);
    });

    // The step on screen is where "Resume where I left off" leads next time.
    let mine = Mine::load();
    provide_context(mine);
    Effect::new(move |_| {
        let step = state
            .route
            .with(|route| route.page.step_id().map(str::to_string));
        if let Some(step) = step.filter(|id| roadmap.step(id).is_some()) {
            // Saving is the browser's synchronous storage: after the frame that shows
            // the step, not on the path of the click.
            set_timeout(move || mine.visit(&step), Duration::ZERO);
        }
    });

    // Embedded in a host's page: no header or footer, a link to the full explorer instead.
    let embedded = use_context::<Embedded>().is_some();
    if embedded {
        // A step the content lacks (from the options or the host) is ignored, as any
        // invalid option is.
        Effect::new(move |_| {
            let unknown = state.route.with(|route| {
                route
                    .page
                    .step_id()
                    .is_some_and(|id| roadmap.step(id).is_none())
            });
            if unknown {
                state.replace(&Page::Home);
            }
        });
    }
    // Built once: whether the page is embedded never changes.
    let top = if embedded {
        let lang = state.lang;
        let href = move || frame::full_explorer_href(lang.get(), &state.hash());
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
        .into_any()
    } else {
        view! { <Header/> }.into_any()
    };
    // A previewed file is not what the site publishes: say so on every screen.
    let preview_bar = (source() == Ok(Source::Preview)).then(|| {
        let lang = state.lang;
        view! {
            <p class="preview-bar" role="note">
                {move || Ui::PreviewBar.text(lang.get())} " "
                <a href=move || format!("{PRESENT_PAGE}{}", Page::Preview.href(lang.get()))>
                    {move || Ui::OpenPreviewPage.text(lang.get())}
                </a>
            </p>
        }
    });
    view! {
        {top}
        {preview_bar}
        <StorageAlert/>
        <main id="main" class="main" tabindex="-1">
            {move || match view.get() {
                Some(shown) => screen(shown),
                None => {
                    // An address of another page of the site (typed, or from an old
                    // link): it opens there.
                    stays(state.site);
                    view! { <p class="loading" role="status">{Ui::OpeningPage.text(state.lang.get_untracked())}</p> }.into_any()
                }
            }}
        </main>
        {(!embedded).then(|| view! { <Footer/> })}
    }
}
