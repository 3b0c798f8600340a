//! "Preview your roadmap" (present.html#/<lang>/preview): an editor opens or drops an
//! adapted content file; it is checked here, in the browser, and either every problem is
//! listed with its place, or the file is kept on this device for the explorer and the
//! presenter to run on (`?preview`). Nothing is uploaded.

use leptos::html::Iframe;
use leptos::prelude::*;

use super::workshop::follow_height;
use crate::browser::{self, StorageKey};
use crate::content::{self, Problem, ProblemKind, Roadmap, MAX_FILE_BYTES};
use crate::i18n::workshop::{invalid_file, valid_file, Say};
use crate::i18n::Ui;
use crate::lang::Lang;
use crate::route::{Page, PresentPage, Site};
use crate::shared::problem_list;
use crate::source::{Source, PUBLISHED};
use crate::state::{use_app_state, AppState};

/// Where the page is with the file the editor gave.
#[derive(Clone)]
enum Check {
    Nothing,
    Reading,
    ReadFailed,
    /// The file cannot be shown: its name and every problem.
    Problems(String, Vec<Problem>),
    /// The file is valid and kept; `version` reloads the live preview for a new file.
    Kept {
        name: String,
        roadmap: Box<Roadmap>,
        version: u32,
    },
    /// Valid, but the browser refused to keep it (storage blocked or full).
    NotKept(String, Box<Roadmap>),
    Stopped,
}

#[component]
pub fn PreviewPage() -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang;
    // A file kept from an earlier visit is checked again: the app may have changed.
    let earlier = browser::preview_text().and_then(|text| content::parse(&text).ok());
    let check = RwSignal::new(match earlier {
        Some(roadmap) => Check::Kept {
            name: String::new(),
            roadmap: Box::new(roadmap),
            version: 0,
        },
        None => Check::Nothing,
    });
    let version = StoredValue::new(0u32);
    let dragging = RwSignal::new(false);

    let take = move |file: web_sys::File| {
        let name = file.name();
        let size = file.size();
        if size > MAX_FILE_BYTES as f64 {
            let bytes = size as usize;
            let problem = Problem::new("", ProblemKind::FileTooLarge { bytes });
            check.set(Check::Problems(name, vec![problem]));
            return;
        }
        check.set(Check::Reading);
        leptos::task::spawn_local(async move {
            let Some(bytes) = browser::file_bytes(&file).await else {
                check.set(Check::ReadFailed);
                return;
            };
            // The same reading as the published explorer's: the file's encoding decided
            // from its bytes, then kept as text for `?preview`.
            let text = match content::decode(&bytes) {
                Ok(text) => text.into_owned(),
                Err(problem) => {
                    check.set(Check::Problems(name, vec![problem]));
                    return;
                }
            };
            check.set(match content::parse(&text) {
                Err(problems) => Check::Problems(name, problems),
                Ok(roadmap) if browser::storage_set(StorageKey::Preview, &text) => {
                    version.update_value(|version| *version += 1);
                    Check::Kept {
                        name,
                        roadmap: Box::new(roadmap),
                        version: version.get_value(),
                    }
                }
                Ok(roadmap) => Check::NotKept(name, Box::new(roadmap)),
            });
        });
    };
    let on_change = move |event: web_sys::Event| {
        if let Some(file) = browser::chosen_file(&event) {
            take(file);
        }
    };
    let on_drop = move |event: web_sys::DragEvent| {
        event.prevent_default();
        dragging.set(false);
        let file = event
            .data_transfer()
            .and_then(|data| data.files())
            .and_then(|files| files.get(0));
        if let Some(file) = file {
            take(file);
        }
    };
    let stop = move |_| {
        browser::storage_remove(StorageKey::Preview);
        check.set(Check::Stopped);
    };
    let frame = NodeRef::<Iframe>::new();
    follow_height(frame);
    // The content this site shows now: a starting file for an adaptation.
    let current = state
        .source
        .as_ref()
        .ok()
        .and_then(|source| source.url().map(str::to_string))
        .unwrap_or_else(|| PUBLISHED.to_string());

    move || {
        let lang = lang.get();
        let say = move |text: Say| text.text(lang);
        let result = match check.get() {
            Check::Nothing => ().into_any(),
            Check::Reading => view! { <p>{say(Say::Reading)}</p> }.into_any(),
            Check::ReadFailed => {
                view! { <p class="preview__bad">{say(Say::ReadFailed)}</p> }.into_any()
            }
            Check::Stopped => view! { <p>{say(Say::PreviewStopped)}</p> }.into_any(),
            Check::Problems(name, problems) => problems_view(lang, &name, &problems),
            Check::NotKept(name, roadmap) => view! {
                <p>{summary(lang, &name, &roadmap)}</p>
                <p class="preview__bad">{say(Say::NotKept)}</p>
            }
            .into_any(),
            Check::Kept {
                name,
                roadmap,
                version,
            } => kept_view(state, &name, &roadmap, version, frame, stop),
        };
        view! {
            <main id="main" class="preview">
                <p><a href=state.href_showing(&Source::Published, Page::HOME, lang)>"← " {say(Say::BackToExplorer)}</a></p>
                <h1>{Ui::PreviewYourRoadmap.text(lang)}</h1>
                <p class="preview__lead">{say(Say::PreviewLead)}</p>
                <div
                    class="preview__drop"
                    class:preview__drop--over=move || dragging.get()
                    on:dragover=move |event: web_sys::DragEvent| {
                        event.prevent_default();
                        dragging.set(true);
                    }
                    on:dragleave=move |_| dragging.set(false)
                    on:drop=on_drop
                >
                    <label class="button" for="preview-file">{say(Say::ChooseFile)}</label>
                    <input id="preview-file" class="preview__input" type="file"
                        accept=".json,application/json" on:change=on_change/>
                    " " {say(Say::DropHere)}
                </div>
                <p>
                    {say(Say::StartingPoint)} " "
                    <a href=current.clone() download="roadmap.json">{say(Say::DownloadCurrent)}</a>
                    " · "
                    <a href="content/README.md">{say(Say::EditorsGuide)}</a>
                </p>
                <section class="preview__result" role="status">{result}</section>
            </main>
        }
    }
}

/// The title and size of a valid roadmap, named after its file.
fn summary(lang: Lang, name: &str, roadmap: &Roadmap) -> String {
    let name = if name.is_empty() {
        Say::KeptPreview.text(lang)
    } else {
        name
    };
    valid_file(lang, name, roadmap.title.get(lang), roadmap.steps.len())
}

fn problems_view(lang: Lang, name: &str, problems: &[Problem]) -> AnyView {
    view! {
        <p class="preview__bad">{invalid_file(lang, name, problems.len())}</p>
        <h2>{Say::ProblemsHeading.text(lang)}</h2>
        {problem_list(lang, problems)}
    }
    .into_any()
}

fn kept_view(
    state: AppState,
    name: &str,
    roadmap: &Roadmap,
    version: u32,
    frame: NodeRef<Iframe>,
    stop: impl Fn(web_sys::MouseEvent) + 'static,
) -> AnyView {
    let lang = state.lang.get_untracked();
    let say = move |text: Say| text.text(lang);
    let explore = state.href_showing(&Source::Preview, Page::HOME, lang);
    let present = state.href_showing(&Source::Preview, PresentPage::Present { slide: 1 }, lang);
    // An embed of the previewed file; `v` changes with each new file, so the frame
    // loads it.
    let live = format!(
        "{}?preview&embed&v={version}{}",
        Site::Explorer.file(),
        Page::HOME.href(lang)
    );
    view! {
        <p class="preview__good">{summary(lang, name, roadmap)}</p>
        <p class="preview__actions">
            <a class="button" href=explore>{say(Say::ExploreIt)}</a>
            <a class="button button--quiet" href=present>{say(Say::PresentIt)}</a>
            <button type="button" class="button button--quiet" on:click=stop>{say(Say::StopPreview)}</button>
        </p>
        <h2>{say(Say::Preview)}</h2>
        <iframe class="preview__frame" node_ref=frame title=say(Say::Preview) src=live></iframe>
    }
    .into_any()
}
