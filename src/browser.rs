//! Thin, non-panicking wrappers over the browser APIs the pages use, on gloo where a gloo
//! crate does the job (fetching, reading files). Each one degrades to doing nothing (or
//! `None`) where the API is missing or refuses, as in a sandboxed iframe without storage.

use leptos::prelude::{document, window};
use wasm_bindgen::{JsCast, JsValue};

use crate::source::LoadError;

/// Keys the explorer keeps in `localStorage`.
#[derive(Clone, Copy)]
pub enum StorageKey {
    Lang,
    /// The content file being previewed (the preview page and `?preview`).
    Preview,
    /// The personal roadmap: bookmarks, notes, the step last opened (`personal.rs`).
    Personal,
    /// The answers to "Where could I start?".
    Start,
}

impl StorageKey {
    pub fn as_str(self) -> &'static str {
        match self {
            StorageKey::Lang => "lhs-roadmap.lang",
            StorageKey::Preview => "lhs-roadmap.preview",
            StorageKey::Personal => "lhs-roadmap.personal",
            StorageKey::Start => "lhs-roadmap.start",
        }
    }
}

/// Our own rather than gloo-storage's: its `LocalStorage::raw()` throws (a panic in the
/// wasm) where the browser blocks storage, in a sandboxed embed or with cookies off, and
/// the explorer promises to keep working there. Reading the property itself throws.
fn local_storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

pub fn storage_get(key: StorageKey) -> Option<String> {
    local_storage()?.get_item(key.as_str()).ok().flatten()
}

/// Saves a preference; returns false when the browser refuses (private mode, full, sandbox).
pub fn storage_set(key: StorageKey, value: &str) -> bool {
    local_storage().is_some_and(|storage| storage.set_item(key.as_str(), value).is_ok())
}

pub fn storage_remove(key: StorageKey) {
    if let Some(storage) = local_storage() {
        storage.remove_item(key.as_str()).ok();
    }
}

/// Where a stored personal roadmap that could not be read is kept aside: this key for the
/// first copy, then `….2`, `….3`…, so that no copy is ever written over another.
const UNREAD: &str = "lhs-roadmap.personal.unread";

/// A copy of stored data that could not be read, kept aside under a key of its own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unread {
    pub key: String,
    /// 1 for the first copy put aside, then 2…
    pub number: u32,
    pub text: String,
}

/// The copies put aside on this device, oldest first.
pub fn unread_copies() -> Vec<Unread> {
    let Some(storage) = local_storage() else {
        return Vec::new();
    };
    let count = storage.length().unwrap_or(0);
    let mut copies: Vec<Unread> = (0..count)
        .filter_map(|index| storage.key(index).ok().flatten())
        .filter_map(|key| {
            let number = match key.strip_prefix(UNREAD)? {
                "" => 1,
                rest => rest.strip_prefix('.')?.parse().ok().filter(|n| *n > 1)?,
            };
            let text = storage.get_item(&key).ok().flatten()?;
            Some(Unread { key, number, text })
        })
        .collect();
    copies.sort_by_key(|copy| copy.number);
    copies
}

/// Keeps `text` aside under a key no other copy uses; true once it is there (or the
/// same text is there already), false where storage refuses (then nothing may be written
/// over the original either).
pub fn put_aside(text: &str) -> bool {
    let Some(storage) = local_storage() else {
        return false;
    };
    let copies = unread_copies();
    if copies.iter().any(|copy| copy.text == text) {
        return true;
    }
    let number = copies.last().map_or(1, |copy| copy.number + 1);
    let key = match number {
        1 => UNREAD.to_string(),
        n => format!("{UNREAD}.{n}"),
    };
    storage.set_item(&key, text).is_ok()
        && storage.get_item(&key).ok().flatten().as_deref() == Some(text)
}

/// Deletes a copy put aside (the person asked to).
pub fn remove_unread(key: &str) {
    if key.starts_with(UNREAD) {
        if let Some(storage) = local_storage() {
            storage.remove_item(key).ok();
        }
    }
}

/// Whether a key of storage is one of the copies put aside.
pub fn is_unread_key(key: &str) -> bool {
    key.starts_with(UNREAD)
}

/// The time now, in milliseconds since 1970 (the personal roadmap dates its changes).
pub fn now_ms() -> u64 {
    // A time in milliseconds fits a u64 exactly: the cast only drops the fraction.
    js_sys::Date::now().max(0.0) as u64
}

/// `text` as the address of a file to download, for an `<a download>`.
pub fn data_url(mime: &str, text: &str) -> String {
    format!(
        "data:{mime};charset=utf-8,{}",
        js_sys::encode_uri_component(text)
    )
}

/// The content file the preview page keeps on this device, if any.
pub fn preview_text() -> Option<String> {
    storage_get(StorageKey::Preview)
}

/// The browser's preferred languages, most preferred first.
pub fn browser_languages() -> Vec<String> {
    let navigator = window().navigator();
    let mut languages: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|value| value.as_string())
        .collect();
    if let Some(language) = navigator.language() {
        languages.push(language);
    }
    languages
}

/// The query string, with its `?`.
pub fn location_search() -> String {
    window().location().search().unwrap_or_default()
}

/// The current hash, with its `#`.
pub fn location_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// Adds a history entry for `href` (a `#/…` hash) without a `hashchange` round trip.
pub fn push_hash(href: &str) {
    if let Ok(history) = window().history() {
        if history
            .push_state_with_url(&JsValue::NULL, "", Some(href))
            .is_err()
        {
            window().location().set_hash(href).ok();
        }
    }
    route_changed();
}

/// Gives the address its first hash, before the app shows anything (not a change of
/// step an embed's host should hear of).
pub fn set_first_hash(href: &str) {
    if let Ok(history) = window().history() {
        history
            .replace_state_with_url(&JsValue::NULL, "", Some(href))
            .ok();
    }
}

/// Rewrites the current history entry's hash (no new entry).
pub fn replace_hash(href: &str) {
    set_first_hash(href);
    route_changed();
}

/// In an embed, tells src/frame.js that the app changed its address itself (history API
/// changes fire no `hashchange`), so that it can announce a new step to the host.
fn route_changed() {
    if is_embedded() {
        if let Ok(event) = web_sys::Event::new("lhs-roadmap:route") {
            window().dispatch_event(&event).ok();
        }
    }
}

pub fn set_document_lang(code: &str) {
    if let Some(root) = document().document_element() {
        root.set_attribute("lang", code).ok();
    }
}

pub fn set_document_title(title: &str) {
    document().set_title(title);
}

thread_local! {
    static EMBEDDED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Notes that the page runs inside a host's page (see `frame`).
pub fn set_embedded() {
    EMBEDDED.with(|embedded| embedded.set(true));
}

pub fn is_embedded() -> bool {
    EMBEDDED.with(|embedded| embedded.get())
}

/// Whether the app may move the focus or scroll: always on its own page; in an embed,
/// only while the reader works in it, so that the host page never jumps.
pub fn may_move() -> bool {
    !is_embedded() || document().has_focus().unwrap_or(false)
}

/// Sets a custom property on the root element (an embed's accent colour).
pub fn set_root_property(name: &str, value: &str) {
    if let Some(root) = document().document_element() {
        if let Some(root) = root.dyn_ref::<web_sys::HtmlElement>() {
            root.style().set_property(name, value).ok();
        }
    }
}

/// Moves keyboard focus to the element with `id`, if it exists.
pub fn focus_id(id: &str) {
    if !may_move() {
        return;
    }
    let Some(element) = document().get_element_by_id(id) else {
        return;
    };
    if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
        element.focus().ok();
    } else if let Some(element) = element.dyn_ref::<web_sys::SvgElement>() {
        element.focus().ok();
    }
}

/// Lands the reader on the element with `id`: the focus on it, and the element at the top
/// of the view. The focus moves first without scrolling, since a focus that scrolls would
/// cut the smooth scroll short and leave the element mid-screen. An element already in
/// the top third of the view stays where it is (a laptop's step title beside the cycle):
/// the page does not jump, and a step switch does not pay for a scroll.
pub fn land_on_id(id: &str) {
    if !may_move() {
        return;
    }
    let Some(element) = document().get_element_by_id(id) else {
        return;
    };
    if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        element.focus_with_options(&options).ok();
    }
    let top = element.get_bounding_client_rect().top();
    let height = web_sys::window()
        .and_then(|window| window.inner_height().ok())
        .and_then(|height| height.as_f64())
        .unwrap_or(0.0);
    if top >= 0.0 && top <= height / 3.0 {
        return;
    }
    scroll_to_top(&element);
}

/// Scrolls the element with `id` to the top of the view, smoothly unless the reader
/// asked for reduced motion.
pub fn scroll_to_id(id: &str) {
    if !may_move() {
        return;
    }
    if let Some(element) = document().get_element_by_id(id) {
        scroll_to_top(&element);
    }
}

fn scroll_to_top(element: &web_sys::Element) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Start);
    let behavior = if prefers_reduced_motion() {
        web_sys::ScrollBehavior::Instant
    } else {
        web_sys::ScrollBehavior::Smooth
    };
    options.set_behavior(behavior);
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

pub fn prefers_reduced_motion() -> bool {
    matches_media("(prefers-reduced-motion: reduce)")
}

/// Downloads a file relative to the page, as bytes: the content reader decides how they
/// are encoded, the same way for a file fetched and a file chosen on the preview page.
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, LoadError> {
    let response = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|_| LoadError::Network)?;
    if !response.ok() {
        return Err(LoadError::Status(response.status()));
    }
    response.binary().await.map_err(|_| LoadError::Network)
}

/// The published content file's bytes as the boot script (src/boot.js) fetched them to
/// check the prerendered first view, so that the app reads the same response rather than
/// asking again (a failed request is reported once, with its status); fetched now if the
/// script kept none.
#[cfg(feature = "hydrate")]
pub async fn boot_content(url: &str) -> Result<Vec<u8>, LoadError> {
    let kept = js_sys::Reflect::get(&window(), &JsValue::from_str("lhsContent"))
        .ok()
        .and_then(|value| value.dyn_into::<js_sys::Promise>().ok());
    let Some(promise) = kept else {
        return fetch_bytes(url).await;
    };
    let answer = wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()
        .filter(|answer| answer.is_object())
        .ok_or(LoadError::Network)?;
    let field = |name: &str| js_sys::Reflect::get(&answer, &JsValue::from_str(name)).ok();
    if let Some(bytes) = field("bytes").filter(|bytes| bytes.is_instance_of::<js_sys::ArrayBuffer>()) {
        return Ok(js_sys::Uint8Array::new(&bytes).to_vec());
    }
    match field("status").and_then(|status| status.as_f64()) {
        Some(status) => Err(LoadError::Status(status as u16)),
        None => Err(LoadError::Network),
    }
}

/// The `content` of the page's `<meta name=…>`, if it has one.
#[cfg(feature = "hydrate")]
pub fn meta_content(name: &str) -> Option<String> {
    document()
        .query_selector(&format!("meta[name=\"{name}\"]"))
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
}

/// Sets a `data-` attribute on the root element, which the style sheets read.
pub fn set_root_data(name: &str, value: &str) {
    if let Some(root) = document().document_element() {
        root.set_attribute(&format!("data-{name}"), value).ok();
    }
}

/// The element with `id`, as an HTML element.
pub fn html_element(id: &str) -> Option<web_sys::HtmlElement> {
    document()
        .get_element_by_id(id)
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
}

/// Loads another page of the site, replacing the current history entry.
pub fn replace_location(url: &str) {
    window().location().replace(url).ok();
}

/// Loads the page again (to get a newer version of the explorer).
pub fn reload() {
    window().location().reload().ok();
}

/// Loads another page of the site as a new history entry.
pub fn assign_location(url: &str) {
    window().location().assign(url).ok();
}

/// The address of the explorer's page (the site's folder), for people to write down.
pub fn site_url() -> String {
    let location = window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    let folder = path.rfind('/').map_or(path.as_str(), |end| &path[..=end]);
    format!("{origin}{folder}")
}

pub fn is_fullscreen() -> bool {
    document().fullscreen_element().is_some()
}

/// Enters fullscreen, or leaves it. The browser may refuse (an iframe without
/// `allowfullscreen`, no user gesture); the presentation goes on in the window.
pub fn toggle_fullscreen() {
    let document = document();
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
    } else if let Some(root) = document.document_element() {
        root.request_fullscreen().ok();
    }
}

/// Opens the browser's print dialog.
pub fn print() {
    window().print().ok();
}

pub fn matches_media(query: &str) -> bool {
    window()
        .match_media(query)
        .ok()
        .flatten()
        .is_some_and(|list| list.matches())
}

/// The file chosen in the `<input type="file">` that fired `event`. The input is emptied,
/// so that choosing the same file again (after fixing it) reads it again.
pub fn chosen_file(event: &web_sys::Event) -> Option<web_sys::File> {
    let input = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())?;
    let file = input.files().and_then(|files| files.get(0));
    input.set_value("");
    file
}

/// The bytes of a file the reader chose or dropped; `None` when the browser cannot read
/// it (removed meanwhile, no permission).
pub async fn file_bytes(file: &web_sys::File) -> Option<Vec<u8>> {
    let blob = gloo_file::Blob::from(file.clone());
    gloo_file::futures::read_as_bytes(&blob).await.ok()
}
