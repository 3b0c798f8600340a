//! "Where could I start?": four plain questions, and the roles across the cycle that fit
//! the answers, each linked to its step with the reasons it was suggested. The answers
//! stay on this device (`localStorage`), never in the address. While the person answers,
//! a bar stays in view at the bottom of the questions with a short status ("3 roles
//! suggested", the only thing a screen reader announces) and a button to the roles; on a
//! wide screen, the roles are beside the questions.

use leptos::prelude::*;

use crate::browser::{self, StorageKey};
use crate::content::{Facet, Part};
use crate::i18n::find::{area_choice, at_step, reason_text, roles_suggested, start_choice, Say};
use crate::i18n::Ui;
use crate::lang::Lang;
use crate::route::{ExplorerPage, Page};
use crate::shared::PageArticle;
use crate::start::{suggest, Answers, Experience, Groups, Time};
use crate::state::{use_app_state, use_content};

/// The heading of the suggestions, where the bar's button leads.
const RESULTS_TITLE_ID: &str = "start-results-title";

/// A question answered by one choice among several: its name in the form, its legend,
/// the choices, and how the answer is read and written.
struct Question<T: 'static> {
    name: &'static str,
    legend: Say,
    choices: &'static [T],
    code: fn(T) -> &'static str,
    get: fn(&Answers) -> Option<T>,
    set: fn(&mut Answers, T),
}

/// The radio buttons of `question`; each choice saves the answers at once.
fn single<T: Copy + PartialEq + Send + Sync + 'static>(
    lang: Lang,
    question: Question<T>,
    answers: RwSignal<Answers>,
    save: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let Question {
        name,
        legend,
        choices,
        code,
        get,
        set,
    } = question;
    let options = choices
        .iter()
        .map(|&choice| {
            let id = format!("start-{name}-{}", code(choice));
            view! {
                <div class="start__choice">
                    <input type="radio" id=id.clone() name=name value=code(choice)
                        prop:checked=move || answers.with(|answers| get(answers) == Some(choice))
                        on:change=move |_| {
                            answers.update(|answers| set(answers, choice));
                            save();
                        }/>
                    <label for=id>{start_choice(code(choice), lang)}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="start__question">
            <legend class="start__legend">{legend.text(lang)}</legend>
            {options}
        </fieldset>
    }
}

#[component]
pub fn StartPage() -> impl IntoView {
    let state = use_app_state();
    let roadmap = use_content().roadmap();
    let stored = browser::storage_get(StorageKey::Start).unwrap_or_default();
    let answers = RwSignal::new(Answers::decode(&stored));
    // Each change of the answers, counted: the status says its sentence again after
    // each one, even when the count is the same, so that a tap is never met by silence.
    let changes = RwSignal::new(0_u32);
    let save = move || {
        browser::storage_set(StorageKey::Start, &answers.with_untracked(Answers::encode));
        changes.update(|changes| *changes = changes.wrapping_add(1));
    };
    let answered = Memo::new(move |_| answers.with(|answers| *answers != Answers::default()));
    let suggestions = Memo::new(move |_| answers.with(|answers| suggest(roadmap, answers)));
    move || {
        let lang = state.lang.get();
        let areas = Facet::Area
            .tags()
            .iter()
            .map(|&area| {
                let id = format!("start-area-{}", area.code());
                view! {
                    <div class="start__choice">
                        <input type="checkbox" id=id.clone() value=area.code()
                            prop:checked=move || answers.with(|answers| answers.areas.contains(&area))
                            on:change=move |_| {
                                answers.update(|answers| {
                                    if answers.areas.contains(&area) {
                                        answers.areas.retain(|other| *other != area);
                                    } else {
                                        answers.areas.push(area);
                                    }
                                });
                                save();
                            }/>
                        <label for=id>{area_choice(area, lang)}</label>
                    </div>
                }
            })
            .collect_view();
        let results = move || {
            if !answered.get() {
                return view! { <p class="start__hint">{Say::StartHint.text(lang)}</p> }.into_any();
            }
            let items = suggestions.with(|suggestions| {
                suggestions
                    .iter()
                    .filter_map(|suggestion| {
                        let step = roadmap.step(&suggestion.step)?;
                        let role = step.roles.iter().find(|role| role.id == suggestion.role)?;
                        let page = Page::Explorer(ExplorerPage::Step { id: step.id.clone(), part: Some(Part::Roles) });
                        let reasons = suggestion
                            .reasons
                            .iter()
                            .map(|reason| view! { <li>{reason_text(*reason, lang)}</li> })
                            .collect_view();
                        Some(view! {
                            <li class="start__result">
                                <a class="start__role" href=state.href(page, lang)>{role.title.get(lang).to_string()}</a>
                                <span class="start__step">{at_step(lang, step.number, step.title.get(lang))}</span>
                                <p class="start__why">{Say::StartWhy.text(lang)}</p>
                                <ul class="start__reasons">{reasons}</ul>
                            </li>
                        })
                    })
                    .collect::<Vec<_>>()
            });
            if items.is_empty() {
                return view! { <p class="start__hint">{Say::StartNothing.text(lang)}</p> }
                    .into_any();
            }
            view! { <ol class="start__results">{items}</ol> }.into_any()
        };
        // The short status, the page's only live region.
        let status = move || {
            let text = if answered.get() {
                roles_suggested(lang, suggestions.with(Vec::len))
            } else {
                Say::StartHint.text(lang).to_string()
            };
            // A no-break space every other change: the same count is said again.
            if changes.get() % 2 == 1 {
                text + "\u{a0}"
            } else {
                text
            }
        };
        let see = move || {
            answered.get().then(|| {
                let label = if suggestions.with(Vec::is_empty) {
                    Say::StartSeeWhy
                } else {
                    Say::StartSee
                };
                view! {
                    <button type="button" class="button start__see"
                        on:click=|_| {
                            browser::focus_id(RESULTS_TITLE_ID);
                            browser::scroll_to_id(RESULTS_TITLE_ID);
                        }>
                        {label.text(lang)}
                    </button>
                }
            })
        };
        view! {
            <PageArticle name="start" title=Ui::WhereStart.text(lang).to_string()>
                <p class="page__lead">{Say::StartLead.text(lang)}</p>
                <div class="start__layout">
                    <div class="start__ask">
                        <form class="start__form" on:submit=|event| event.prevent_default()>
                            {single(lang, Question {
                                name: "experience",
                                legend: Say::StartExperience,
                                choices: Experience::ALL,
                                code: Experience::code,
                                get: |a| a.experience,
                                set: |a, v| a.experience = Some(v),
                            }, answers, save)}
                            {single(lang, Question {
                                name: "time",
                                legend: Say::StartTime,
                                choices: Time::ALL,
                                code: Time::code,
                                get: |a| a.time,
                                set: |a, v| a.time = Some(v),
                            }, answers, save)}
                            <fieldset class="start__question">
                                <legend class="start__legend">{Say::StartInterests.text(lang)}</legend>
                                {areas}
                            </fieldset>
                            {single(lang, Question {
                                name: "groups",
                                legend: Say::StartGroups,
                                choices: Groups::ALL,
                                code: Groups::code,
                                get: |a| a.groups,
                                set: |a, v| a.groups = Some(v),
                            }, answers, save)}
                        </form>
                        <div class="start__tally">
                            <p class="start__count" role="status">{status}</p>
                            {see}
                        </div>
                    </div>
                    <section class="start__answer" aria-labelledby=RESULTS_TITLE_ID>
                        <h2 id=RESULTS_TITLE_ID tabindex="-1">{Say::StartResults.text(lang)}</h2>
                        {results}
                        <p>
                            <button type="button" class="button button--quiet" disabled=move || !answered.get()
                                on:click=move |_| {
                                    answers.set(Answers::default());
                                    browser::storage_remove(StorageKey::Start);
                                    changes.update(|changes| *changes = changes.wrapping_add(1));
                                }>
                                {Say::StartClear.text(lang)}
                            </button>
                        </p>
                    </section>
                </div>
            </PageArticle>
        }
    }
}
