//! The five areas of involvement: where partners take part, what they do there, real
//! cases, and a link to the roles of that area across the cycle.

use leptos::prelude::*;

use super::involve_nav::InvolveNav;
use crate::content::Facet;
use crate::i18n::find::Say;
use crate::i18n::{tag_name, Ui};
use crate::lens::Lens;
use crate::route::{ExplorerPage, FindPage, Page};
use crate::shared::{PageArticle, RichText, SourceLinks};
use crate::state::{use_app_state, use_content};

#[component]
pub fn AreasPage() -> impl IntoView {
    let state = use_app_state();
    let roadmap = use_content().roadmap();
    let target = Signal::derive(move || {
        state.route.with(|route| match route.page {
            Page::Find(FindPage::Areas { area: Some(area) }) => {
                Some(format!("area-{}", area.code()))
            }
            _ => None,
        })
    });
    move || {
        let lang = state.lang.get();
        let areas = roadmap
            .areas
            .iter()
            .map(|area| {
                let id = format!("area-{}", area.id.code());
                let heading = format!("{id}-title");
                let lens = Lens::default().with(Facet::Area, Some(area.id));
                let roles_href = Page::Explorer(ExplorerPage::Home).href_with(lang, &lens);
                let activities = area
                    .activities
                    .iter()
                    .map(|activity| view! { <li><RichText lang text=activity.get(lang)/></li> })
                    .collect_view();
                let cases = area
                    .cases
                    .iter()
                    .map(|case| {
                        view! {
                            <li class="areas__case" id=format!("case-{}", case.id)>
                                <h4 class="areas__case-title">{case.title.get(lang).to_string()}</h4>
                                <RichText lang text=case.text.get(lang)/>
                                <SourceLinks lang keys=&case.sources/>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <section class="areas__area" id=id aria-labelledby=heading.clone()>
                        <h2 id=heading.clone()>{tag_name(area.id, lang)}</h2>
                        <RichText lang text=area.summary.get(lang)/>
                        <h3>{Say::WhatPartnersDo.text(lang)}</h3>
                        <ul>{activities}</ul>
                        {(!area.cases.is_empty()).then(|| view! {
                            <h3>{Say::RealCases.text(lang)}</h3>
                            <ul class="areas__cases">{cases}</ul>
                        })}
                        <p><a href=roles_href>{Say::SeeOnTheCycle.text(lang)} " →"</a></p>
                        <SourceLinks lang keys=&area.sources/>
                    </section>
                }
            })
            .collect_view();
        view! {
            <PageArticle name="areas" title=Ui::Areas.text(lang).to_string() target>
                <InvolveNav lang here=FindPage::Areas { area: None }/>
                <p class="page__lead">{Say::AreasLead.text(lang)}</p>
                {roadmap.areas.is_empty().then(|| view! { <p>{Say::NotInThisRoadmap.text(lang)}</p> })}
                {areas}
            </PageArticle>
        }
    }
}
