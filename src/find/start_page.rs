//! "Where could I start?": four plain questions, and the roles across the cycle that fit
//! the answers, each linked to its step with the reasons it was suggested. The answers
//! stay on this device (`localStorage`), never in the address.

use leptos::prelude::*;

use crate::browser::{self, StorageKey};
use crate::content::{Facet, Part};
use crate::i18n::find::Say;
use crate::i18n::{reason_text, start_choice, tag_name, Ui};
use crate::lang::Lang;
use crate::route::{ExplorerPage, Page};
use crate::shared::PageArticle;
use crate::start::{suggest, Answers, Experience, Groups, Time};
use crate::state::{use_app_state, use_content};

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
    let save = move || {
        browser::storage_set(StorageKey::Start, &answers.with_untracked(Answers::encode));
    };
    let answered = Memo::new(move |_| answers.with(|answers| *answers != Answers::default()));
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
                        <label for=id>{tag_name(area, lang)}</label>
                    </div>
                }
            })
            .collect_view();
        let results = move || {
            if !answered.get() {
                return view! { <p class="start__hint">{Say::StartHint.text(lang)}</p> }.into_any();
            }
            let suggestions = answers.with(|answers| suggest(roadmap, answers));
            if suggestions.is_empty() {
                return view! { <p class="start__hint">{Say::StartNothing.text(lang)}</p> }
                    .into_any();
            }
            let items = suggestions
                .into_iter()
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
                            <span class="start__step">{step.title.get(lang).to_string()}</span>
                            <ul class="start__reasons">{reasons}</ul>
                        </li>
                    })
                })
                .collect_view();
            view! { <ol class="start__results">{items}</ol> }.into_any()
        };
        view! {
            <PageArticle name="start" title=Ui::WhereStart.text(lang).to_string()>
                <p class="page__lead">{Say::StartLead.text(lang)}</p>
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
                <section class="start__answer" aria-labelledby="start-results-title">
                    <h2 id="start-results-title">{Say::StartResults.text(lang)}</h2>
                    <div aria-live="polite">{results}</div>
                    <p>
                        <button type="button" class="button button--quiet" disabled=move || !answered.get()
                            on:click=move |_| {
                                answers.set(Answers::default());
                                browser::storage_remove(StorageKey::Start);
                            }>
                            {Say::StartClear.text(lang)}
                        </button>
                    </p>
                </section>
            </PageArticle>
        }
    }
}
