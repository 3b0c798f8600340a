//! The little reactive state a page of the site has: the URL hash (what is shown, in
//! which language, through which lens) and the addresses it writes; the loaded content,
//! which never changes once read; and the personal roadmap kept on this device.

use leptos::prelude::*;

use gloo_timers::callback::Timeout;

use crate::browser::{self, StorageKey, Unread};
use crate::content::Roadmap;
use crate::glossary;
use crate::lang::{initial_lang, Lang};
use crate::lens::Lens;
use crate::personal::{ImportError, Personal, Synced};
use crate::route::{Links, Page, Route, Site};
use crate::source::{Refused, Source};

/// How a page starts when its address names no language or page: an embed's options may
/// fix both (see `shared::frame`); a page of the site's own has neither.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Initial {
    pub lang: Option<Lang>,
    pub page: Page,
}

impl Default for Initial {
    fn default() -> Initial {
        Initial {
            lang: None,
            page: Page::HOME,
        }
    }
}

/// The language for an address that names none: the one the reader chose on an earlier
/// visit, else the browser's (see `initial_lang`). The explorer's first view is chosen by
/// it too (`explorer::mount`, and src/boot.js in the same way).
pub fn device_lang() -> Lang {
    let saved = browser::storage_get(StorageKey::Lang);
    let languages = browser::browser_languages();
    initial_lang(None, saved.as_deref(), languages.iter().map(String::as_str))
}

/// What every component may read: the route and the language, both derived from the hash.
#[derive(Clone, Copy)]
pub struct AppState {
    hash: RwSignal<String>,
    pub route: Memo<Route>,
    pub lang: Memo<Lang>,
    /// The lens on the cycle, which links between the explorer's pages keep.
    pub lens: Memo<Lens>,
    /// The page of the site this state runs in; links to the others' pages load them.
    pub site: Site,
    /// The content this page's address asks for (`?content=`, `?preview`), read once:
    /// links to the site's other pages keep it.
    pub source: &'static Result<Source, Refused>,
}

impl AppState {
    /// Reads the page's hash, settles the language, and follows back/forward, in the
    /// page `site`.
    pub fn start(site: Site, initial: Initial) -> AppState {
        let first = Route::parse(&browser::location_hash());
        let fallback = match initial.lang.filter(|_| first.lang.is_none()) {
            Some(lang) => lang,
            None => first.lang.unwrap_or_else(device_lang),
        };
        // A link without a language gets one, so that what the reader shares says it.
        if first.lang.is_none() && first.page == Page::HOME {
            browser::set_first_hash(&initial.page.href(fallback));
        }
        let state = AppState {
            site,
            ..AppState::with_hash(browser::location_hash(), fallback)
        };
        let follow = move || state.hash.set(browser::location_hash());
        let on_hash = window_event_listener(leptos::ev::hashchange, move |_| follow());
        let on_pop = window_event_listener(leptos::ev::popstate, move |_| follow());
        on_cleanup(move || {
            on_hash.remove();
            on_pop.remove();
        });
        Effect::new(move |_| browser::set_document_lang(state.lang.get().code()));
        state
    }

    /// A state for `hash`, with `fallback` as the language where the hash names none.
    pub fn with_hash(hash: String, fallback: Lang) -> AppState {
        // Read once per page load, and kept as long as the page.
        let source = Source::from_query(&browser::location_search());
        AppState::with_source(hash, fallback, source)
    }

    /// The state of the explorer's first view as the build prerenders it: its home in
    /// `lang`, showing the published content.
    pub fn prerendered(lang: Lang) -> AppState {
        AppState::with_source(Page::HOME.href(lang), lang, Ok(Source::Published))
    }

    fn with_source(hash: String, fallback: Lang, source: Result<Source, Refused>) -> AppState {
        let hash = RwSignal::new(hash);
        let route = Memo::new(move |_| Route::parse(&hash.get()));
        let lang = Memo::new(move |_| route.with(|route| route.lang).unwrap_or(fallback));
        let lens = Memo::new(move |_| route.with(|route| route.lens));
        let source = Box::leak(Box::new(source));
        AppState {
            hash,
            route,
            lang,
            lens,
            site: Site::Explorer,
            source,
        }
    }

    /// The hash as the app last read or wrote it.
    pub fn hash(self) -> String {
        self.hash.get()
    }

    /// The query that keeps this page's content on links to the site's other pages.
    fn source_query(self) -> String {
        self.source.as_ref().map(Source::query).unwrap_or_default()
    }

    /// The address of `page` in `lang` with the current lens, for every link of the site:
    /// a hash on this page, else the other page's file (keeping the content shown) and
    /// the hash.
    pub fn href(self, page: impl Into<Page>, lang: Lang) -> String {
        let query = self.source_query();
        let links = Links {
            from: Some(self.site),
            query: &query,
        };
        self.lens.with(|lens| links.href(&page.into(), lang, lens))
    }

    /// The address of `page` with its file, for a link that opens in another tab or
    /// window (from an embed, whose own address says `?embed`, or a speaker's window).
    pub fn href_elsewhere(self, page: impl Into<Page>, lang: Lang) -> String {
        let query = self.source_query();
        let links = Links {
            from: None,
            query: &query,
        };
        self.lens.with(|lens| links.href(&page.into(), lang, lens))
    }

    /// The address of `page` showing `source`'s content rather than the one this page
    /// shows (the published content, as a way out of a refused file; a previewed file),
    /// always with its file.
    pub fn href_showing(self, source: &Source, page: impl Into<Page>, lang: Lang) -> String {
        let query = source.query();
        let links = Links {
            from: None,
            query: &query,
        };
        self.lens.with(|lens| links.href(&page.into(), lang, lens))
    }

    /// Shows the current page through `lens`, as a new history entry.
    pub fn set_lens(self, lens: Lens) {
        let (page, lang) = (
            self.route.with_untracked(|route| route.page.clone()),
            self.lang.get_untracked(),
        );
        let href = page.href_with(lang, &lens);
        if href != self.hash.get_untracked() {
            browser::push_hash(&href);
            self.hash.set(href);
        }
    }

    /// Shows `page` in the current language and lens, as a new history entry.
    pub fn go(self, page: impl Into<Page>) {
        let page = page.into();
        let site = page.site();
        let href = self.href(page, self.lang.get_untracked());
        if site != self.site {
            browser::assign_location(&href);
        } else if href != self.hash.get_untracked() {
            browser::push_hash(&href);
            self.hash.set(href);
        }
    }

    /// Shows `page` in place of the current history entry (a presentation's slides, so
    /// that Back leaves the presentation instead of stepping through it).
    pub fn replace(self, page: impl Into<Page>) {
        let page = page.into();
        let href = self
            .lens
            .with_untracked(|lens| page.href_with(self.lang.get_untracked(), lens));
        if href != self.hash.get_untracked() {
            browser::replace_hash(&href);
            self.hash.set(href);
        }
    }

    /// Remembers a language the reader chose for their next visit.
    pub fn remember_lang(lang: Lang) {
        // Where storage is refused the choice still holds for this visit, through the URL.
        browser::storage_set(StorageKey::Lang, lang.code());
    }
}

/// The personal roadmap of this device, saved on every change. The reader's own data,
/// not content: it changes as they work, so it is a signal.
///
/// Other tabs, windows and embeds of the site share the stored file. Every save merges
/// what is stored now into this page's copy before writing (see `personal`), and the
/// page hears the others' writes (the `storage` event) and shows them.
#[derive(Clone, Copy)]
pub struct Mine {
    pub data: RwSignal<Personal>,
    /// False once the browser refused to save (blocked or full storage): the person is
    /// told, and can still export what is on screen.
    pub saved: RwSignal<bool>,
    /// Stored data that could not be read, each copy kept aside under a key of its own:
    /// the person is told and can download it.
    pub unread: RwSignal<Vec<Unread>>,
    /// A newer version of the explorer (open in another tab) wrote the stored file: this
    /// page cannot read it, and does not write over it.
    pub newer: RwSignal<bool>,
    /// Steps whose note was changed here and in another tab or window at once: both texts
    /// are in it now, which the person is told.
    pub joined: RwSignal<Vec<String>>,
    /// A save waiting for the person to pause typing (see [`Mine::update_soon`]).
    pending: StoredValue<Option<Timeout>, LocalStorage>,
    /// The step this page remembered last (see [`Mine::visit`]).
    visited: StoredValue<Option<String>>,
}

/// How long typing pauses before a note is saved: a note's whole file is written at once,
/// which costs too much to do on every keystroke.
const SAVE_AFTER: u32 = 700;

/// What the storage holds.
enum Stored {
    Nothing,
    Read(Personal),
    /// Written by a newer version of the explorer: left as it is.
    Newer,
    /// Not a file this app can read (damaged, edited by hand): to be put aside.
    Unreadable(String),
}

impl Stored {
    fn of(text: Option<String>) -> Stored {
        let Some(text) = text else {
            return Stored::Nothing;
        };
        match Personal::from_stored(&text) {
            Ok(personal) => Stored::Read(personal),
            Err(ImportError::Newer(_)) => Stored::Newer,
            Err(_) => Stored::Unreadable(text),
        }
    }

    fn now() -> Stored {
        Stored::of(browser::storage_get(StorageKey::Personal))
    }
}

impl Mine {
    /// What this device saved earlier. A saved file that no longer reads (edited by
    /// hand, say) is set aside under a key of its own rather than overwritten, and the
    /// person is told.
    ///
    /// Storage is read once the page is on screen (an effect, which the build's prerender
    /// never runs): a prerendered view hydrates as it was rendered, with nothing kept, and
    /// shows what this device kept a moment later, as a page rendered in the browser does
    /// before its first paint.
    pub fn load() -> Mine {
        let mine = Mine {
            data: RwSignal::new(Personal::default()),
            saved: RwSignal::new(true),
            unread: RwSignal::new(Vec::new()),
            newer: RwSignal::new(false),
            joined: RwSignal::new(Vec::new()),
            pending: StoredValue::new_local(None),
            visited: StoredValue::new(None),
        };
        Effect::new(move |_| untrack(move || mine.read_and_listen()));
        mine
    }

    fn read_and_listen(self) {
        let mine = self;
        match Stored::now() {
            Stored::Nothing => {}
            Stored::Read(personal) => mine.data.set(personal),
            Stored::Newer => mine.newer.set(true),
            // Where it cannot be put aside, saving refuses to write over it (see `save`).
            Stored::Unreadable(text) => {
                browser::put_aside(&text);
            }
        }
        mine.unread.set(browser::unread_copies());
        // Whatever waits is saved before the page goes away or into the background, the
        // last moments a browser reliably gives a page (a phone may end it unseen after).
        let on_hide = window_event_listener_untyped("pagehide", move |_| mine.flush());
        let on_hidden =
            gloo_events::EventListener::new(&document(), "visibilitychange", move |_| {
                if document().hidden() {
                    mine.flush();
                }
            });
        // Another tab, window or embed of the site wrote.
        let on_storage = window_event_listener(leptos::ev::storage, move |event| {
            match event.key() {
                Some(key) if key == StorageKey::Personal.as_str() => {
                    mine.hear(event.new_value());
                }
                Some(key) if browser::is_unread_key(&key) => {
                    mine.unread.set(browser::unread_copies());
                }
                // The whole storage was cleared.
                None => mine.hear(None),
                Some(_) => {}
            }
        });
        // The listeners go with the page's owner: the second is dropped with the value
        // that holds it.
        StoredValue::new_local(on_hidden);
        on_cleanup(move || {
            on_hide.remove();
            on_storage.remove();
        });
    }

    /// Changes the personal roadmap and saves it.
    pub fn update(self, change: impl FnOnce(&mut Personal)) {
        self.data.update(change);
        self.save(false);
    }

    /// Changes the personal roadmap at once, and saves it once the person pauses (a note
    /// as it is typed); [`Mine::flush`] saves it sooner.
    pub fn update_soon(self, change: impl FnOnce(&mut Personal)) {
        self.data.update(change);
        self.save_soon();
    }

    fn save_soon(self) {
        let timeout = Timeout::new(SAVE_AFTER, move || self.flush());
        // Replacing the waiting save cancels it (a `Timeout` dropped never fires).
        self.pending
            .update_value(|pending| *pending = Some(timeout));
    }

    /// Saves now what waits to be saved, if anything (leaving a note, hiding the page).
    pub fn flush(self) {
        let waiting = self
            .pending
            .try_update_value(|pending| pending.take().map(Timeout::cancel))
            .flatten();
        if waiting.is_some() {
            self.save(false);
        }
    }

    /// Merges what storage holds now into this page's copy and writes the result. A
    /// `quiet` save (the step last opened) does not say when the browser refuses it.
    fn save(self, quiet: bool) {
        let stored = match Stored::now() {
            Stored::Nothing => Personal::default(),
            Stored::Read(stored) => stored,
            Stored::Newer => {
                // Written over, it would lose what the newer version keeps.
                self.newer.set(true);
                return;
            }
            Stored::Unreadable(text) => {
                let aside = browser::put_aside(&text);
                self.unread.set(browser::unread_copies());
                if !aside {
                    if !quiet {
                        self.set_saved(false);
                    }
                    return;
                }
                Personal::default()
            }
        };
        if self.newer.get_untracked() {
            self.newer.set(false);
        }
        let now = browser::now_ms();
        let Some((synced, text)) = self.data.try_update_untracked(|data| {
            let synced = data.sync(&stored, true);
            data.stamp(now);
            (synced, data.to_stored())
        }) else {
            return;
        };
        self.heard(synced);
        let saved = browser::storage_set(StorageKey::Personal, &text);
        if saved || !quiet {
            self.set_saved(saved);
        }
    }

    fn set_saved(self, saved: bool) {
        if saved != self.saved.get_untracked() {
            self.saved.set(saved);
        }
    }

    /// Another page wrote `written` (`None`: it deleted the file, or all storage was
    /// cleared): this page shows it, and writes back whatever that write lost.
    fn hear(self, written: Option<String>) {
        let file = match Stored::of(written) {
            Stored::Read(file) => Some(file),
            Stored::Nothing | Stored::Unreadable(_) => None,
            Stored::Newer => {
                self.newer.set(true);
                return;
            }
        };
        // That write's file first (it may hold a change made at the same moment as one of
        // this page's), then what is stored now, which may be newer.
        let now = Stored::now();
        let Some((synced, differs)) = self.data.try_update_untracked(|data| {
            let mut synced = file.map(|file| data.sync(&file, false)).unwrap_or_default();
            let differs = match &now {
                Stored::Read(stored) => {
                    let latest = data.sync(stored, false);
                    synced.changed |= latest.changed;
                    synced.joined.extend(latest.joined);
                    latest.differs
                }
                // Put aside on the next save, which writes this page's copy.
                Stored::Unreadable(_) => true,
                Stored::Nothing | Stored::Newer => false,
            };
            (synced, differs || data.has_unsaved())
        }) else {
            return;
        };
        if matches!(now, Stored::Read(_)) && self.newer.get_untracked() {
            self.newer.set(false);
        }
        self.heard(synced);
        if differs {
            self.save_soon();
        }
    }

    /// Shows what a merge brought in.
    fn heard(self, synced: Synced) {
        if synced.changed {
            self.data.notify();
        }
        if !synced.joined.is_empty() {
            self.joined.update(|joined| {
                for step in synced.joined {
                    if !joined.contains(&step) {
                        joined.push(step);
                    }
                }
            });
        }
    }

    /// The personal roadmap as a file to download (a `data:` address), for an export
    /// that needs no storage and no other page.
    pub fn export_href(self) -> String {
        browser::data_url("application/json", &self.data.with(Personal::to_json))
    }

    /// Whether the storage alert says something the person must see before the page
    /// (data set aside, a newer version's file, storage refused): a page that would land
    /// further down stays at the top instead.
    pub fn must_tell(self) -> bool {
        !self.saved.get_untracked()
            || self.newer.get_untracked()
            || self.unread.with_untracked(|unread| !unread.is_empty())
    }

    /// The stored file exactly as it is, as a file to download: what a newer version of
    /// the explorer saved, which this page cannot read but the person may need (should
    /// that version not come back).
    pub fn stored_href(self) -> Option<String> {
        browser::storage_get(StorageKey::Personal)
            .map(|text| browser::data_url("application/json", &text))
    }

    /// Remembers the step on screen, to resume there; saved quietly, since failing to
    /// keep it loses nothing the person wrote. Opening another part of the same step
    /// writes nothing.
    pub fn visit(self, step: &str) {
        let again = self
            .visited
            .with_value(|visited| visited.as_deref() == Some(step));
        if again {
            return;
        }
        self.visited.set_value(Some(step.to_string()));
        self.data.update_untracked(|data| data.set_last(Some(step)));
        self.save(true);
    }

    /// Deletes a copy of unreadable data put aside (the person downloaded it, or does not
    /// need it).
    pub fn forget_unread(self, key: &str) {
        browser::remove_unread(key);
        self.unread.set(browser::unread_copies());
    }
}

pub fn use_mine() -> Mine {
    expect_context::<Mine>()
}

pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}

/// The loaded content and what is derived from it once.
pub struct Loaded {
    pub roadmap: Roadmap,
    /// Glossary forms per language, in the order `glossary::mark` reads them.
    forms: [Vec<(usize, String)>; 2],
}

impl Loaded {
    pub fn new(roadmap: Roadmap) -> Loaded {
        let forms = Lang::ALL.map(|lang| glossary::forms(&roadmap.glossary, lang));
        Loaded { roadmap, forms }
    }

    pub fn forms(&self, lang: Lang) -> &[(usize, String)] {
        match lang {
            Lang::Fr => &self.forms[0],
            Lang::En => &self.forms[1],
        }
    }
}

/// The content, shared by reference: it lives as long as the page, so it is leaked once
/// on load instead of being cloned into every closure.
#[derive(Clone, Copy)]
pub struct Content(pub &'static Loaded);

impl Content {
    pub fn new(roadmap: Roadmap) -> Content {
        Content(Box::leak(Box::new(Loaded::new(roadmap))))
    }

    pub fn roadmap(self) -> &'static Roadmap {
        &self.0.roadmap
    }
}

pub fn use_content() -> Content {
    expect_context::<Content>()
}
