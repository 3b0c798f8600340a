//! How a page of the site starts: it checks that the address is its own, sets up the
//! state, loads the content file, and shows the shell around its screens.

use leptos::prelude::*;

use crate::browser;
use crate::content::{self, Roadmap};
use crate::lang::Lang;
use crate::route::{Route, Screens, Site};
use crate::shared::shell::shell;
use crate::source::{LoadError, Refused, Source};
use crate::state::{AppState, Content, Initial};

/// One HTML page of the site, as its shell sees it: beyond its addresses (`Screens`), the
/// component and the title of each screen.
pub trait SitePage: Screens {
    /// Whether the header and footer surround the screens (the presenter and speaker
    /// views fill the window, and their pages lead back to the explorer themselves).
    const CHROME: bool;

    /// The component that shows `screen`, as [`Screens::screen`] gives it; it reads what
    /// changes within the screen (a step, an entry, a slide) from the route itself.
    fn view(screen: Self) -> AnyView;

    /// What the document's title calls this address; `roadmap` is `None` until the
    /// content is loaded (only screens that need no content show before).
    fn title(&self, lang: Lang, roadmap: Option<&Roadmap>) -> String;
}

/// The loaded content, or why it could not be (`None` while it loads).
pub type ContentLoad = RwSignal<Option<Result<Content, LoadError>>>;

/// Starts the page of the site whose screens are `P`, in place of its static loading
/// shell; an address of another page of the site opens there instead.
pub fn mount<P: SitePage>(initial: Initial) {
    if stays(P::SITE) {
        mount_with::<P>(initial, None);
    }
}

/// Starts the page in place of what `#app` holds, with its content already read if
/// `loaded` says so (the explorer read it to decide whether to hydrate).
pub fn mount_with<P: SitePage>(initial: Initial, loaded: Option<Result<Content, LoadError>>) {
    let root = browser::html_element("app").or_else(|| document().body());
    let Some(parent) = root else {
        return;
    };
    parent.set_inner_html("");
    leptos::mount::mount_to(parent, move || app::<P>(initial, loaded)).forget();
}

/// Makes the prerendered view in `root` the live page: the same components, given the
/// same content, the same address and the same language as the build rendered it with,
/// take over its elements. Only for a view checked to be exactly what they render
/// (`explorer::mount`): Leptos cannot recover from a difference.
#[cfg(feature = "hydrate")]
pub fn hydrate<P: SitePage>(root: web_sys::HtmlElement, initial: Initial, content: Content) {
    leptos::mount::hydrate_from(root, move || app::<P>(initial, Some(Ok(content)))).forget();
}

/// The root of every page: the state, the content, the shell.
fn app<P: SitePage>(
    initial: Initial,
    loaded: Option<Result<Content, LoadError>>,
) -> impl IntoView {
    let state = AppState::start(P::SITE, initial);
    let loaded = match loaded {
        Some(loaded) => RwSignal::new(Some(loaded)),
        None => content_loader(state),
    };
    page::<P>(state, loaded)
}

/// The tree of a page: one function for the browser and the build's prerender, so that
/// what `hydrate` takes over is what `render` wrote.
fn page<P: SitePage>(state: AppState, loaded: ContentLoad) -> impl IntoView {
    provide_context(state);
    shell::<P>(loaded)
}

/// The HTML of the page of the site whose screens are `P` as `state` shows it with
/// `content`, for the build's prerender: the tree that `hydrate` takes over. Its effects
/// are paused for good: a render to HTML has no page for them to act on.
#[cfg(feature = "ssr")]
pub fn render<P: SitePage>(state: impl FnOnce() -> AppState, content: Content) -> String {
    let owner = Owner::new();
    owner.pause();
    owner.with(move || page::<P>(state(), RwSignal::new(Some(Ok(content)))).to_html())
}

/// Whether `site` is the page that shows the address's route. If not, the address opens
/// in the page that does, in place of this one (a link shared or typed by hand: the app's
/// own links lead to the right page). Checked at start and on every change of address.
pub fn stays(site: Site) -> bool {
    let hash = browser::location_hash();
    let wanted = Route::parse(&hash).page.site();
    if wanted != site {
        let query = Source::from_query(&browser::location_search())
            .map(|source| source.query())
            .unwrap_or_default();
        browser::replace_location(&format!("{}{query}{hash}", wanted.file()));
    }
    wanted == site
}

/// The content file the page's address asks for, read and checked.
async fn load(source: &Result<Source, Refused>) -> Result<Content, LoadError> {
    let roadmap = match source {
        Err(Refused(value)) => return Err(LoadError::Refused(value.clone())),
        // Kept as text by the preview page, once its bytes were read as the file's.
        Ok(Source::Preview) => {
            content::parse(&browser::preview_text().ok_or(LoadError::NoPreview)?)
        }
        // Bytes, so that the reader decides their encoding as the preview page does.
        Ok(source) => content::read(&browser::fetch_bytes(source.url().unwrap_or_default()).await?),
    };
    roadmap.map(Content::new).map_err(LoadError::Invalid)
}

/// The content once loaded. A plain signal and one task rather than a `LocalResource`:
/// a page loads one file once, and the resource's async machinery would cost the
/// explorer's first load about 3 KB.
fn content_loader(state: AppState) -> ContentLoad {
    let loaded = RwSignal::new(None);
    reload(state, loaded);
    loaded
}

/// Loads the content (again), showing "loading" meanwhile.
pub fn reload(state: AppState, loaded: ContentLoad) {
    loaded.set(None);
    leptos::task::spawn_local(async move { loaded.set(Some(load(state.source).await)) });
}
