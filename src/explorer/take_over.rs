//! How the explorer starts in index.html: it takes over the first view the build
//! prerendered (src/bin/prerender.rs) when that view is exactly what it would show, and
//! renders in its place otherwise (another address, an embed, another content file).

use crate::browser;
use crate::content;
use crate::first_view::{fingerprint, prerendered_lang, view_id, META_NAME};
use crate::lang::Lang;
use crate::route::{ExplorerPage, Site};
use crate::shared::{app, frame};
use crate::source::{LoadError, Source, PUBLISHED};
use crate::state::{device_lang, Content, Initial};

/// Starts the explorer in index.html (embedded or not): it takes over the view the build
/// prerendered if that view is exactly what it would show, else renders in its place.
pub fn mount() {
    let initial = frame::prepare();
    if !app::stays(Site::Explorer) {
        return;
    }
    match first_view_lang() {
        // Not Leptos's spawner: it starts with the first mount, which comes after.
        Some(lang) => wasm_bindgen_futures::spawn_local(take_over(initial, lang)),
        None => start_here(initial, None),
    }
}

/// The language of the prerendered view the page's address shows, if the page holds one
/// and shows it: the home of the published content, not embedded.
fn first_view_lang() -> Option<Lang> {
    let unrendered = browser::meta_content(META_NAME).is_none_or(|value| value == "unrendered");
    let published = Source::from_query(&browser::location_search()) == Ok(Source::Published);
    if unrendered || !published || browser::is_embedded() {
        return None;
    }
    prerendered_lang(&browser::location_hash(), device_lang())
        .filter(|lang| browser::html_element(view_id(*lang)).is_some())
}

/// Reads the content file, then hydrates the prerendered view in `lang` if it was
/// rendered from these very bytes and the address still shows it (a link followed before
/// the wasm arrived changes it); otherwise renders on the client, from the same bytes.
async fn take_over(initial: Initial, lang: Lang) {
    let bytes = browser::boot_content(PUBLISHED).await;
    let same = bytes.as_ref().is_ok_and(|bytes| {
        browser::meta_content(META_NAME).as_deref() == Some(fingerprint(bytes).as_str())
    });
    let loaded = bytes.and_then(|bytes| {
        content::read(&bytes)
            .map(Content::new)
            .map_err(LoadError::Invalid)
    });
    let root = browser::html_element(view_id(lang));
    match (loaded, root) {
        (Ok(content), Some(root)) if same && first_view_lang() == Some(lang) => {
            // The other language's view and the waiting shell go; the view's own
            // language is the document's now, and follows the reader's choice from here.
            if let Some(app) = browser::html_element("app") {
                let children = app.children();
                let others: Vec<_> = (0..children.length())
                    .filter_map(|index| children.item(index))
                    .filter(|child| child.id() != root.id())
                    .collect();
                others.iter().for_each(web_sys::Element::remove);
            }
            root.remove_attribute("lang").ok();
            browser::set_root_data("first", "live");
            app::hydrate::<ExplorerPage>(root, initial, content);
        }
        (loaded, _) => start_here(initial, Some(loaded)),
    }
}

/// Renders the explorer on the client, in place of whatever the page held.
fn start_here(initial: Initial, loaded: Option<Result<Content, LoadError>>) {
    browser::set_root_data("first", "live");
    app::mount_with::<ExplorerPage>(initial, loaded);
}
