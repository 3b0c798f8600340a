//! Says when the browser refuses to keep bookmarks and notes, when stored data could not
//! be read (it is set aside, and can be downloaded), when a newer version of the explorer
//! saved them, and when a note changed in two places at once keeps both texts; each time
//! with a way not to lose anything.

use leptos::prelude::*;

use crate::browser;
use crate::i18n::{unread_download, unread_delete, Ui};
use crate::personal;
use crate::state::{use_app_state, use_mine};

#[component]
pub fn StorageAlert() -> impl IntoView {
    let state = use_app_state();
    let mine = use_mine();
    let lang = state.lang;
    // The copy whose deletion waits for a yes.
    let confirm = RwSignal::new(None::<String>);
    // A note joined is told until the person moves on.
    Effect::watch(
        move || state.hash(),
        move |_, _, _| {
            if mine.joined.with_untracked(|joined| !joined.is_empty()) {
                mine.joined.set(Vec::new());
            }
        },
        false,
    );

    let refused = move || {
        (!mine.saved.get()).then(|| {
            let lang = lang.get();
            view! {
                <p class="storage-alert" role="alert">
                    {Ui::StorageRefused.text(lang)} " "
                    // A download from this very page: what is kept lives only in this
                    // page's memory, which opening another page would lose.
                    <a href=move || mine.export_href() download=personal::file_name(lang)>
                        {Ui::ExportNow.text(lang)}
                    </a>
                </p>
            }
        })
    };
    let newer = move || {
        mine.newer.get().then(|| {
            let lang = lang.get();
            // The newer file as it is, should that version not come back (a site moved
            // back to an older version); reloading is the way to see it otherwise.
            let as_saved = mine.stored_href().map(|href| view! {
                <a class="button button--quiet" href=href download=personal::file_name(lang)>
                    {Ui::DownloadAsSaved.text(lang)}
                </a>
            });
            // What this page holds is only what was changed here: the newer file is left
            // as it is, so nothing else needs saving.
            let changed_here = move || {
                (!mine.data.with(personal::Personal::is_empty)).then(|| view! {
                    <a class="button button--quiet" href=move || mine.export_href() download=personal::file_name(lang)>
                        {Ui::ExportChangedHere.text(lang)}
                    </a>
                })
            };
            view! {
                <div class="storage-alert" role="alert">
                    <p>{Ui::NewerSaved.text(lang)}</p>
                    <p class="storage-alert__actions">
                        <button type="button" class="button" on:click=move |_| browser::reload()>
                            {Ui::ReloadPage.text(lang)}
                        </button>
                        {as_saved}
                        {changed_here}
                    </p>
                </div>
            }
        })
    };
    let unread = move || {
        let copies = mine.unread.get();
        (!copies.is_empty()).then(|| {
            let lang = lang.get();
            let count = copies.len();
            let rows = copies
                .into_iter()
                .map(|copy| {
                    let number = copy.number;
                    let key = copy.key.clone();
                    let asking = {
                        let key = key.clone();
                        move || confirm.with(|asked| asked.as_deref() == Some(key.as_str()))
                    };
                    // The focus follows the question and its answer, since the button
                    // pressed goes away.
                    let (delete_id, keep_id) = (format!("unread-delete-{number}"), format!("unread-keep-{number}"));
                    let ask = {
                        let (key, keep_id) = (key.clone(), keep_id.clone());
                        move |_| {
                            confirm.set(Some(key.clone()));
                            let keep_id = keep_id.clone();
                            request_animation_frame(move || browser::focus_id(&keep_id));
                        }
                    };
                    let not_now = {
                        let delete_id = delete_id.clone();
                        move |_| {
                            confirm.set(None);
                            let delete_id = delete_id.clone();
                            request_animation_frame(move || browser::focus_id(&delete_id));
                        }
                    };
                    let delete = move |_| {
                        confirm.set(None);
                        mine.forget_unread(&key);
                        // To the message if copies remain, else to the page.
                        request_animation_frame(|| {
                            browser::focus_id("main");
                            browser::focus_id("unread-title");
                        });
                    };
                    view! {
                        <li class="storage-alert__copy">
                            <a class="button" href=browser::data_url("application/json", &copy.text)
                                download=personal::unread_file_name(lang, number as usize)>
                                {unread_download(lang, number, count)}
                            </a>
                            {move || if asking() {
                                view! {
                                    <span class="storage-alert__confirm">
                                        <span>{Ui::UnreadDeleteSure.text(lang)}</span> " "
                                        <button type="button" class="button button--quiet" on:click=delete.clone()>
                                            {Ui::UnreadDeleteYes.text(lang)}
                                        </button> " "
                                        <button type="button" id=keep_id.clone() class="button button--quiet" on:click=not_now.clone()>
                                            {Ui::UnreadDeleteNo.text(lang)}
                                        </button>
                                    </span>
                                }.into_any()
                            } else {
                                view! {
                                    <button type="button" id=delete_id.clone() class="storage-alert__delete" on:click=ask.clone()>
                                        {unread_delete(lang, number, count)}
                                    </button>
                                }.into_any()
                            }}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="storage-alert" role="alert">
                    <p id="unread-title" class="storage-alert__lead" tabindex="-1">{Ui::UnreadTold.text(lang)}</p>
                    <p>{Ui::UnreadAside.text(lang)}</p>
                    <ul class="storage-alert__copies">{rows}</ul>
                </div>
            }
        })
    };
    // Shown where the person is looking (they were typing further down the page), until
    // they close it or move on.
    let joined = move || {
        (!mine.joined.with(Vec::is_empty)).then(|| {
            let lang = lang.get();
            view! {
                <p class="storage-alert storage-alert--toast">
                    <span>{Ui::NoteJoined.text(lang)}</span>
                    <button type="button" class="button button--quiet" on:click=move |_| mine.joined.set(Vec::new())>
                        {Ui::NoteJoinedOk.text(lang)}
                    </button>
                </p>
            }
        })
    };
    view! {
        {refused}
        {newer}
        {unread}
        // Always there, so that what appears in it is announced.
        <div role="status">{joined}</div>
    }
}
