//! What helps partnership work, at the individual, organizational and systemic levels,
//! each element linked to the winning conditions it supports.

use leptos::prelude::*;

use super::involve_nav::InvolveNav;
use crate::content::{Part, SupportLevel};
use crate::i18n::find::Say;
use crate::i18n::{support_level_name, Ui};
use crate::route::{ExplorerPage, FindPage, Page};
use crate::shared::{PageArticle, RichText, SourceLinks};
use crate::state::{use_app_state, use_content};

#[component]
pub fn SupportsPage() -> impl IntoView {
    let state = use_app_state();
    let roadmap = use_content().roadmap();
    let target = Signal::derive(move || {
        state.route.with(|route| match &route.page {
            Page::Find(FindPage::Supports { id: Some(id) }) => Some(format!("support-{id}")),
            _ => None,
        })
    });
    move || {
        let lang = state.lang.get();
        let levels = SupportLevel::ALL
            .into_iter()
            .filter(|level| roadmap.supports.iter().any(|support| support.level == *level))
            .map(|level| {
                let supports = roadmap
                    .supports
                    .iter()
                    .filter(|support| support.level == level)
                    .map(|support| {
                        let conditions = support
                            .conditions
                            .iter()
                            .filter_map(|id| {
                                let step = roadmap.all_steps().find(|step| step.conditions.iter().any(|item| item.id == *id))?;
                                let item = roadmap.condition(id)?;
                                let page = Page::Explorer(ExplorerPage::Step { id: step.id.clone(), part: Some(Part::Conditions) });
                                Some(view! {
                                    <li>
                                        <a href=state.href(page, lang)>{item.title.get(lang).to_string()}</a>
                                        <span class="supports__where">" · " {step.title.get(lang).to_string()}</span>
                                    </li>
                                })
                            })
                            .collect_view();
                        view! {
                            <li class="supports__item" id=format!("support-{}", support.id)>
                                <h3 class="supports__title">{support.title.get(lang).to_string()}</h3>
                                <RichText lang text=support.text.get(lang)/>
                                <p class="supports__label">{Say::SupportsConditions.text(lang)}</p>
                                <ul>{conditions}</ul>
                                <SourceLinks lang keys=&support.sources/>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <section class="supports__level">
                        <h2>{support_level_name(level, lang)}</h2>
                        <ul class="supports__items">{supports}</ul>
                    </section>
                }
            })
            .collect_view();
        view! {
            <PageArticle name="supports" title=Ui::Supports.text(lang).to_string() target>
                <InvolveNav lang here=FindPage::Supports { id: None }/>
                <p class="page__lead">{Say::SupportsLead.text(lang)}</p>
                {roadmap.supports.is_empty().then(|| view! { <p>{Say::NotInThisRoadmap.text(lang)}</p> })}
                {levels}
            </PageArticle>
        }
    }
}
