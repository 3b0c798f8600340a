//! Search: one box over the whole roadmap in the current language, results grouped by
//! step as links, the words found marked. The query lives in the URL (`?q=`), so a search
//! can be shared and Back returns to it.

use leptos::prelude::*;

use crate::i18n::find::Say;
use crate::i18n::{search_count, step_place, Ui};
use crate::route::{ExplorerPage, FindPage, Page};
use crate::search::{search, Group, Marked, Target, MIN_QUERY};
use crate::shared::PageArticle;
use crate::state::{use_app_state, use_content};

/// The search box's id, focused when the page opens from the navigation.
pub const SEARCH_INPUT_ID: &str = "search-input";

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
    let status = move || {
        let lang = lang.get();
        query.with(|query| {
            if query.chars().count() < MIN_QUERY {
                Say::SearchHint.text(lang).to_string()
            } else {
                search_count(lang, results.with(|results| results.count()), query)
            }
        })
    };
    let group_title = move |group: Group| {
        let lang = lang.get();
        match group {
            Group::Step(index) => roadmap
                .all_steps()
                .nth(index)
                .map_or_else(String::new, |step| {
                    let place = step_place(lang, step, roadmap.steps.len());
                    format!("{place} · {}", step.title.get(lang))
                }),
            Group::Glossary => Ui::Glossary.text(lang).to_string(),
            Group::Areas => Ui::Areas.text(lang).to_string(),
            Group::Continuum => Ui::Continuum.text(lang).to_string(),
            Group::Supports => Ui::Supports.text(lang).to_string(),
        }
    };
    let href = move |target: &Target| {
        let lang = lang.get_untracked();
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
        results.with(|results| {
            results
                .groups
                .iter()
                .map(|(group, hits)| {
                    let hits = hits
                        .iter()
                        .map(|hit| {
                            view! {
                                <li class="search__hit">
                                    <a class="search__link" href=href(&hit.target)>{marked(&hit.title)}</a>
                                    <p class="search__excerpt">{marked(&hit.excerpt)}</p>
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <section class="search__group">
                            <h2 class="search__group-title">{group_title(*group)}</h2>
                            <ul class="search__hits">{hits}</ul>
                        </section>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <PageArticle name="search" title=move || Ui::Search.text(lang.get()).to_string()>
            <form class="search__form" role="search" on:submit=|event| event.prevent_default()>
                <label class="search__label" for=SEARCH_INPUT_ID>{move || Say::SearchLabel.text(lang.get())}</label>
                <input
                    id=SEARCH_INPUT_ID
                    class="search__input"
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    prop:value=move || query.get()
                    on:input=on_input
                />
            </form>
            <p class="search__status" role="status">{status}</p>
            <div class="search__results">{list}</div>
        </PageArticle>
    }
}
