//! "My roadmap": the items a person kept and the notes they wrote, step by step, with
//! export to a file, import of such a file, printing and clearing. Everything stays on
//! this device.

use leptos::prelude::*;

use crate::browser;
use crate::content::{Item, Part, Roadmap, Step};
use crate::i18n::find::{import_lines, import_shortened, Say};
use crate::i18n::{colon, kept_elsewhere, part_label, Ui};
use crate::personal::{self, ImportError, ImportReport, Personal, MAX_FILE};
use crate::route::{ExplorerPage, Page};
use crate::shared::print;
use crate::shared::PageArticle;
use crate::state::{use_app_state, use_content, use_mine};

/// The kept items of `step`, with their part, in the step's order.
fn kept_in<'r>(step: &'r Step, data: &Personal) -> Vec<(Part, &'r Item)> {
    Part::ALL
        .into_iter()
        .flat_map(|part| step.items(part).iter().map(move |item| (part, item)))
        .filter(|(_, item)| data.is_bookmarked(&item.id))
        .collect()
}

/// How many kept items or notes point at nothing in this version of the content.
fn unknown(roadmap: &Roadmap, data: &Personal) -> usize {
    let known_item = |id: &str| {
        roadmap.all_steps().any(|step| {
            Part::ALL
                .into_iter()
                .any(|part| step.items(part).iter().any(|item| item.id == id))
        })
    };
    let items = data.bookmarks().filter(|id| !known_item(id)).count();
    let notes = data
        .notes()
        .filter(|(step, _)| roadmap.step(step).is_none())
        .count();
    items + notes
}

#[derive(Clone, PartialEq)]
enum Imported {
    Nothing,
    Done(ImportReport),
    Refused(ImportError),
    Unreadable,
}

#[component]
pub fn MyRoadmapPage() -> impl IntoView {
    let state = use_app_state();
    let roadmap = use_content().roadmap();
    let mine = use_mine();
    // Printing from this page prints the person's roadmap rather than the handout.
    print::install_mine(mine);
    let lang = state.lang;
    let imported = RwSignal::new(Imported::Nothing);
    let confirm_clear = RwSignal::new(false);

    let on_import = move |event: web_sys::Event| {
        let Some(file) = browser::chosen_file(&event) else {
            return;
        };
        if file.size() > MAX_FILE as f64 {
            imported.set(Imported::Refused(ImportError::TooLarge));
            return;
        }
        leptos::task::spawn_local(async move {
            let Some(bytes) = browser::file_bytes(&file).await else {
                imported.set(Imported::Unreadable);
                return;
            };
            match Personal::read_export(&String::from_utf8_lossy(&bytes)) {
                Ok((other, shortened)) => {
                    let mut report = ImportReport::default();
                    mine.update(|data| report = data.merge(other));
                    report.shortened = shortened;
                    imported.set(Imported::Done(report));
                }
                Err(error) => imported.set(Imported::Refused(error)),
            }
        });
    };
    let export_href = move || mine.export_href();
    let file_name = move || personal::file_name(lang.get());

    let steps = move || {
        let lang = lang.get();
        mine.data.with(|data| {
            roadmap
                .all_steps()
                .filter_map(|step| {
                    let kept = kept_in(step, data);
                    let note = data.note(&step.id).to_string();
                    if kept.is_empty() && note.is_empty() {
                        return None;
                    }
                    let step_href = state.href(Page::Explorer(ExplorerPage::Step { id: step.id.clone(), part: None }), lang);
                    let items = kept
                        .into_iter()
                        .map(|(part, item)| {
                            let href = state.href(Page::Explorer(ExplorerPage::Step { id: step.id.clone(), part: Some(part) }), lang);
                            view! {
                                <li class="mine__item">
                                    <a href=href>{item.title.get(lang).to_string()}</a>
                                    <span class="mine__part">{part_label(part, lang)}</span>
                                    <button type="button" class="button button--quiet mine__remove"
                                        aria-label=format!("{}{} {}", Say::Remove.text(lang), colon(lang), item.title.get(lang))
                                        on:click=move |_| mine.update(|data| data.toggle(&item.id))>
                                        {Say::Remove.text(lang)}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view();
                    Some(view! {
                        <section class="mine__step">
                            <h2 class="mine__step-title"><a href=step_href>{step.title.get(lang).to_string()}</a></h2>
                            <ul class="mine__items">{items}</ul>
                            {(!note.is_empty()).then(|| view! {
                                <h3 class="mine__note-title">{Ui::MyNote.text(lang)}</h3>
                                <p class="mine__note">{note}</p>
                            })}
                        </section>
                    })
                })
                .collect_view()
        })
    };
    let resume = move || {
        let lang = lang.get();
        mine.data.with(|data| data.last.clone()).and_then(|id| roadmap.step(&id)).map(|step| {
            let href = state.href(Page::Explorer(ExplorerPage::Step { id: step.id.clone(), part: None }), lang);
            view! {
                <p><a class="button" href=href>{format!("{}{} {}", Ui::Resume.text(lang), colon(lang), step.title.get(lang))}</a></p>
            }
        })
    };
    let status = move || {
        let lang = lang.get();
        match imported.get() {
            Imported::Nothing => None,
            Imported::Done(report) => {
                let lines = import_lines(lang, &report)
                    .into_iter()
                    .map(|line| view! { <li>{line}</li> })
                    .collect_view();
                let shortened = report
                    .shortened
                    .iter()
                    .map(|id| {
                        let title = roadmap.step(id).map_or(id.as_str(), |step| step.title.get(lang));
                        view! { <p class="mine__shortened">{import_shortened(lang, title)}</p> }
                    })
                    .collect_view();
                // Something cut is said at once; the rest as news.
                let role = if report.shortened.is_empty() { "status" } else { "alert" };
                Some(view! {
                    <div class="mine__status" role=role>
                        <p>{Say::ImportDone.text(lang)}</p>
                        <ul class="mine__report">{lines}</ul>
                        {shortened}
                    </div>
                }.into_any())
            }
            Imported::Refused(error) => Some(view! { <p class="mine__status mine__status--error" role="alert">{error.message(lang)} " " {Say::NothingChanged.text(lang)}</p> }.into_any()),
            Imported::Unreadable => Some(view! { <p class="mine__status mine__status--error" role="alert">{ImportError::NotJson.message(lang)} " " {Say::NothingChanged.text(lang)}</p> }.into_any()),
        }
    };
    view! {
        <PageArticle name="mine" title=move || Ui::MyRoadmap.text(lang.get()).to_string()>
            <p class="mine__privacy">{move || Say::MinePrivacy.text(lang.get())}</p>
            {resume}
            {move || mine.data.with(Personal::is_empty).then(|| view! {
                <p class="mine__empty">{Ui::MineEmpty.text(lang.get())}</p>
            })}
            {steps}
            {move || {
                let count = mine.data.with(|data| unknown(roadmap, data));
                (count > 0).then(|| view! { <p class="mine__unknown">{kept_elsewhere(lang.get(), count)}</p> })
            }}
            <section class="mine__tools" aria-labelledby="mine-tools-title">
                <h2 id="mine-tools-title">{move || Say::KeepACopy.text(lang.get())}</h2>
                <p class="mine__actions">
                    <a class="button" href=export_href download=file_name>{move || Say::Export.text(lang.get())}</a>
                    <button type="button" class="button button--quiet" on:click=move |_| browser::print()>
                        {move || Say::PrintMine.text(lang.get())}
                    </button>
                    <label class="button button--quiet" for="mine-import">{move || Say::Import.text(lang.get())}</label>
                    <input id="mine-import" class="mine__input" type="file" accept=".json,application/json" on:change=on_import/>
                </p>
                {status}
                <p>
                    {move || if confirm_clear.get() {
                        view! {
                            <span role="alert">{Say::ClearSure.text(lang.get())}</span> " "
                            <button type="button" class="button" on:click=move |_| {
                                mine.update(Personal::clear);
                                confirm_clear.set(false);
                            }>{Say::ClearYes.text(lang.get())}</button> " "
                            <button type="button" class="button button--quiet" on:click=move |_| confirm_clear.set(false)>
                                {Say::ClearNo.text(lang.get())}
                            </button>
                        }.into_any()
                    } else {
                        view! {
                            <button type="button" class="button button--quiet" disabled=move || mine.data.with(Personal::is_empty)
                                on:click=move |_| confirm_clear.set(true)>
                                {Say::ClearAll.text(lang.get())}
                            </button>
                        }.into_any()
                    }}
                </p>
            </section>
        </PageArticle>
    }
}
