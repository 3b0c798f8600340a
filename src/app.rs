//! The root component: starts the state, loads the content file, then shows the
//! explorer, or an error panel that says what is wrong with the file.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser;
use crate::components::{
    ContentError, CreditsPage, Explorer, GlossaryPage, Header, IntroPage, Loading, NotFound, Shell,
    SourcesPage,
};
use crate::content;
use crate::embed;
use crate::frame::{self, Embedded};
use crate::route::{Route, Site, View};
use crate::source::LoadError;
use crate::source::{Refused, Source};
use crate::state::{AppState, Content};

/// The page of the presenter and speaker views, a wasm of their own.
pub const PRESENT_PAGE: &str = Site::Present.file();

/// The explorer's page, where the other page's links lead back.
pub const EXPLORER_PAGE: &str = Site::Explorer.file();

/// Replaces the static loading shell of index.html with the explorer.
pub fn mount() {
    if !stays(Site::Explorer) {
        return;
    }
    if let Some(options) = embed::parse_query(&browser::location_search()) {
        frame::prepare(&options);
    }
    mount_app(|| {
        view! { <App site=Site::Explorer screen=explorer_screen/> }
    });
}

/// The explorer's screens (index.html).
pub fn explorer_screen(view: View) -> AnyView {
    match view {
        View::Explorer => view! { <Explorer/> }.into_any(),
        View::Intro => view! { <IntroPage/> }.into_any(),
        View::Glossary => view! { <GlossaryPage/> }.into_any(),
        View::Sources => view! { <SourcesPage/> }.into_any(),
        View::Credits => view! { <CreditsPage/> }.into_any(),
        _ => view! { <NotFound/> }.into_any(),
    }
}

/// Whether `site` is the page that shows the address's route. If not, the address opens
/// in the page that does, in place of this one (a link shared or typed by hand: the app's
/// own links lead to the right page). Checked at start and on every change of address.
pub fn stays(site: Site) -> bool {
    let hash = browser::location_hash();
    let wanted = Route::parse(&hash).page.site();
    if wanted != site {
        browser::replace_location(&format!("{}{hash}", page_href(wanted.file())));
    }
    wanted == site
}

/// Mounts `app` in place of the page's static loading shell.
pub fn mount_app<F, N>(app: F)
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    let document = document();
    let root = document
        .get_element_by_id("app")
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
        .or_else(|| document.body());
    let Some(parent) = root else {
        return;
    };
    parent.set_inner_html("");
    leptos::mount::mount_to(parent, app).forget();
}

/// The content this page's address asks for (`?content=`, `?preview`).
pub fn source() -> Result<Source, Refused> {
    Source::from_query(&browser::location_search())
}

/// The address of one of the site's two pages, keeping the content this one shows.
pub fn page_href(page: &str) -> String {
    format!(
        "{page}{}",
        source().map(|source| source.query()).unwrap_or_default()
    )
}

pub async fn load() -> Result<Content, LoadError> {
    let text = match source() {
        Err(Refused(value)) => return Err(LoadError::Refused(value)),
        Ok(Source::Preview) => browser::preview_text().ok_or(LoadError::NoPreview)?,
        Ok(source) => browser::fetch_text(source.url().unwrap_or_default()).await?,
    };
    content::parse(&text)
        .map(Content::new)
        .map_err(LoadError::Invalid)
}

#[component]
pub fn App(
    /// The page of the site this is.
    site: Site,
    /// The screen this page shows for each view of its own.
    screen: fn(View) -> AnyView,
) -> impl IntoView {
    let state = AppState::start(site);
    provide_context(state);
    if browser::is_embedded() {
        provide_context(Embedded);
    }
    let loaded = content_loader();
    move || match loaded.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Ok(content)) => view! { <Shell content screen/> }.into_any(),
        Some(Err(error)) => view! {
            <Header/>
            <ContentError error on_retry=move || reload(loaded)/>
        }
        .into_any(),
    }
}

/// The content once loaded (`None` while it loads). A plain signal and one task rather
/// than a `LocalResource`: the explorer loads one file once, and the resource's async
/// machinery would cost its first load about 3 KB.
pub fn content_loader() -> RwSignal<Option<Result<Content, LoadError>>> {
    let loaded = RwSignal::new(None);
    reload(loaded);
    loaded
}

/// Loads the content (again), showing "loading" meanwhile.
pub fn reload(loaded: RwSignal<Option<Result<Content, LoadError>>>) {
    loaded.set(None);
    leptos::task::spawn_local(async move { loaded.set(Some(load().await)) });
}
