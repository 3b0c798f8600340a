//! Search: one box over the whole roadmap in the current language, results grouped by
//! step as links that say what each one is and where, the words found marked. The query
//! lives in the URL (`?q=`), so a search can be shared and Back returns to it. The box
//! has the focus on arrival; the count is announced once the person pauses typing.

use gloo_timers::callback::Timeout;
use leptos::prelude::*;

use crate::browser;
use crate::i18n::find::{self as say, Say};
use crate::i18n::{step_place, Ui};
use crate::lang::Lang;
use crate::route::{ExplorerPage, FindPage, Page};
use crate::search::{search, Group, Hit, Marked, Target};
use crate::shared::PageArticle;
use crate::state::{use_app_state, use_content};

/// The search box's id.
pub const SEARCH_INPUT_ID: &str = "search-input";
/// The id of the hint under the box, which describes it.
const SEARCH_HINT_ID: &str = "search-hint";
/// How long typing pauses before the count is announced: long enough that someone
/// typing slowly on a phone hears it once, not after every letter.
const ANNOUNCE_AFTER: u32 = 1_200;

fn marked(text: &Marked) -> impl IntoView {
    text.runs
        .iter()
        .map(|(run, found)| {
            if *found {
                view! { <mark class="search__mark">{run.clone()}</mark> }.into_any()
            } else {
                run.clone().into_any()
            }
        })
        .collect_view()
}

#[component]
pub fn SearchPage() -> impl IntoView {
    let state = use_app_state();
    let roadmap = use_content().roadmap();
    let lang = state.lang;
    let query = Memo::new(move |_| {
        state.route.with(|route| match &route.page {
            Page::Find(FindPage::Search { query }) => query.clone(),
            _ => String::new(),
        })
    });
    let results = Memo::new(move |_| query.with(|query| search(roadmap, lang.get(), query)));
    // Each keystroke replaces the address rather than adding to the history, so that
    // Back leaves the search instead of undoing it letter by letter.
    let on_input = move |event: leptos::ev::Event| {
        state.replace(Page::Find(FindPage::Search {
            query: event_target_value(&event),
        }));
    };
    // On a phone, the keyboard's Search key closes the keyboard, so that the results
    // come into view; with a real keyboard, the focus stays in the box.
    let input = NodeRef::<leptos::html::Input>::new();
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if browser::matches_media("(pointer: coarse)") {
            if let Some(input) = input.get() {
                input.blur().ok();
            }
        }
    };
    let summary = Memo::new(move |_| {
        let lang = lang.get();
        query.with(|query| results.with(|results| results.summary(lang, query)))
    });
    // What the live region says: the summary once typing has paused, so that a screen
    // reader hears the count once rather than after every letter.
    let announced = RwSignal::new(summary.get_untracked());
    let pending: StoredValue<Option<Timeout>, LocalStorage> = StoredValue::new_local(None);
    Effect::watch(
        move || summary.get(),
        move |summary, _, _| {
            let summary = summary.clone();
            let timeout = Timeout::new(ANNOUNCE_AFTER, move || announced.set(summary));
            // Replacing the waiting announcement cancels it.
            pending.update_value(|pending| *pending = Some(timeout));
        },
        false,
    );
    // The box has the focus on arrival, after the shell has moved it to the heading (a
    // frame later), so that the person can type at once. Only then: never again while
    // they read the results.
    request_animation_frame(|| request_animation_frame(|| browser::focus_id(SEARCH_INPUT_ID)));

    let group_title = move |group: Group, lang: Lang| match group {
        Group::Step(index) => roadmap
            .all_steps()
            .nth(index)
            .map_or_else(String::new, |step| {
                // The foundation's title says what it is.
                if step.is_foundation() {
                    return step.title.get(lang).to_string();
                }
                let place = step_place(lang, step, roadmap.steps.len());
                format!("{place} · {}", step.title.get(lang))
            }),
        Group::Glossary => Say::GroupGlossary.text(lang).to_string(),
        // The names of the pages they lead to.
        Group::Areas => Ui::Areas.text(lang).to_string(),
        Group::Continuum => Ui::Continuum.text(lang).to_string(),
        Group::Supports => Ui::Supports.text(lang).to_string(),
    };
    // Where a result is, said at the end of its link for those who hear the links
    // alone: its step, or a real example's area.
    let place = move |hit: &Hit, group: Group, lang: Lang| {
        let step = match group {
            Group::Step(index) => roadmap.all_steps().nth(index),
            _ => None,
        };
        match (&hit.target, step) {
            (Target::Step(_), Some(step)) => say::step_of(lang, step.number, roadmap.steps.len()),
            (Target::Item { .. }, Some(step)) => {
                say::in_step(lang, step.number, step.title.get(lang))
            }
            (Target::Case { area, .. }, _) => say::in_area(lang, *area),
            _ => String::new(),
        }
    };
    let href = move |target: &Target, lang: Lang| {
        let page = match target {
            Target::Step(id) => Page::Explorer(ExplorerPage::Step {
                id: id.clone(),
                part: None,
            }),
            Target::Item { step, part, .. } => Page::Explorer(ExplorerPage::Step {
                id: step.clone(),
                part: Some(*part),
            }),
            Target::Glossary(id) => Page::Explorer(ExplorerPage::Glossary {
                term: Some(id.clone()),
            }),
            Target::Area(area) | Target::Case { area, .. } => {
                Page::Find(FindPage::Areas { area: Some(*area) })
            }
            Target::Level(level) => Page::Find(FindPage::Continuum {
                level: Some(*level),
            }),
            Target::Support(id) => Page::Find(FindPage::Supports {
                id: Some(id.clone()),
            }),
        };
        state.href(page, lang)
    };
    let list = move || {
        let lang = lang.get();
        results.with(|results| {
            results
                .groups
                .iter()
                .map(|(group, hits)| {
                    let hits = hits
                        .iter()
                        .map(|hit| {
                            let kind = hit.target.kind();
                            // Its name says what it is, its title and where it is: "Challenge:
                            // Partner fatigue over repeated cycles, in step 7: Evaluate…".
                            let name = format!(
                                "{}{}{}{}",
                                kind.name(lang),
                                say::colon_space(lang),
                                hit.title.text(),
                                place(hit, *group, lang)
                            );
                            view! {
                                <li class="search__hit">
                                    <a class="search__link" href=href(&hit.target, lang) aria-label=name>
                                        <span class=format!("search__kind search__kind--{}", kind.slug())>
                                            {marked(&hit.kind)}
                                        </span>
                                        <span class="search__title">{marked(&hit.title)}</span>
                                    </a>
                                    <p class="search__excerpt">{marked(&hit.excerpt)}</p>
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <section class="search__group">
                            <h2 class="search__group-title">{group_title(*group, lang)}</h2>
                            <ul class="search__hits">{hits}</ul>
                        </section>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <PageArticle name="search" title=move || Ui::Search.text(lang.get()).to_string()>
            <form class="search__form" role="search" on:submit=on_submit>
                <label class="search__label" for=SEARCH_INPUT_ID>{move || Say::SearchLabel.text(lang.get())}</label>
                <input
                    node_ref=input
                    id=SEARCH_INPUT_ID
                    class="search__input"
                    type="search"
                    autocomplete="off"
                    autocapitalize="none"
                    spellcheck="false"
                    enterkeyhint="search"
                    aria-describedby=SEARCH_HINT_ID
                    prop:value=move || query.get()
                    on:input=on_input
                />
                <p id=SEARCH_HINT_ID class="search__hint">{move || Say::SearchHint.text(lang.get())}</p>
            </form>
            // The count as it is now, for the eyes; the live region below says it to a
            // screen reader once typing pauses.
            <p class="search__status" aria-hidden="true">{move || summary.get()}</p>
            <p class="visually-hidden" role="status">{move || announced.get()}</p>
            <div class="search__results">{list}</div>
        </PageArticle>
    }
}
