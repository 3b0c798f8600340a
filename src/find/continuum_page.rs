//! The continuum of engagement as a scale to explore: the four levels from information
//! to partnership; choosing one shows what it means for a partner, an example, and the
//! roles at that level across the cycle, each linked to its step.

use leptos::prelude::*;

use super::involve_nav::InvolveNav;
use crate::content::{Facet, Part, Tag};
use crate::i18n::find::Say;
use crate::i18n::{tag_name, Ui};
use crate::lens::Lens;
use crate::route::{ExplorerPage, FindPage, Page};
use crate::shared::{PageArticle, RichText, SourceLinks};
use crate::state::{use_app_state, use_content};

#[component]
pub fn ContinuumPage() -> impl IntoView {
    let state = use_app_state();
    let roadmap = use_content().roadmap();
    let chosen = Memo::new(move |_| {
        state.route.with(|route| match route.page {
            Page::Find(FindPage::Continuum { level }) => level,
            _ => None,
        })
    });
    move || {
        let lang = state.lang.get();
        // The scale in its own order, whatever the file's.
        let levels: Vec<&'static crate::content::Level> = Facet::Level
            .tags()
            .iter()
            .filter_map(|tag| roadmap.continuum.iter().find(|level| level.id == *tag))
            .collect();
        let empty = levels.is_empty();
        let scale = levels
            .into_iter()
            .enumerate()
            .map(|(i, level)| {
                let href = state.href(
                    Page::Find(FindPage::Continuum {
                        level: Some(level.id),
                    }),
                    lang,
                );
                let current = move || (chosen.get() == Some(level.id)).then_some("page");
                view! {
                    <li class="scale__step">
                        <a class="scale__link" href=href aria-current=current>
                            <span class="scale__number" aria-hidden="true">{i + 1}</span>
                            {tag_name(level.id, lang)}
                        </a>
                    </li>
                }
            })
            .collect_view();
        let detail = move || {
            let tag: Tag = chosen.get()?;
            let level = roadmap.continuum.iter().find(|level| level.id == tag)?;
            let lens = Lens::default().with(Facet::Level, Some(tag));
            let roles = roadmap
                .all_steps()
                .flat_map(|step| step.roles.iter().filter(|role| lens.matches(role)).map(move |role| (step, role)))
                .map(|(step, role)| {
                    let page = Page::Explorer(ExplorerPage::Step { id: step.id.clone(), part: Some(Part::Roles) });
                    view! {
                        <li>
                            <a href=page.href_with(lang, &lens)>{role.title.get(lang).to_string()}</a>
                            <span class="scale__where">" · " {step.title.get(lang).to_string()}</span>
                        </li>
                    }
                })
                .collect_view();
            Some(view! {
                <section class="scale__detail" aria-labelledby="level-title">
                    <h2 id="level-title">{tag_name(tag, lang)}</h2>
                    <RichText lang text=level.summary.get(lang)/>
                    <h3>{Say::ForYou.text(lang)}</h3>
                    <RichText lang text=level.you.get(lang)/>
                    <h3>{Say::Example.text(lang)}</h3>
                    <RichText lang text=level.example.get(lang)/>
                    <h3>{Say::RolesAtLevel.text(lang)}</h3>
                    <ul>{roles}</ul>
                    <p><a href=Page::Explorer(ExplorerPage::Home).href_with(lang, &lens)>{Say::SeeOnTheCycle.text(lang)} " →"</a></p>
                    <SourceLinks lang keys=&level.sources/>
                </section>
            })
        };
        view! {
            <PageArticle name="continuum" title=Ui::Continuum.text(lang).to_string()>
                <InvolveNav lang here=FindPage::Continuum { level: None }/>
                <p class="page__lead">{Say::ContinuumLead.text(lang)}</p>
                {empty.then(|| view! { <p>{Say::NotInThisRoadmap.text(lang)}</p> })}
                <div class="scale">
                    <p class="scale__ends" aria-hidden="true">
                        <span>{Say::LessInfluence.text(lang)}</span>
                        <span>{Say::MoreInfluence.text(lang)}</span>
                    </p>
                    <ol class="scale__steps" aria-label=Say::ContinuumScale.text(lang)>{scale}</ol>
                </div>
                {move || if chosen.get().is_none() {
                    Some(view! { <p class="scale__hint">{Say::ChooseLevel.text(lang)}</p> })
                } else {
                    None
                }}
                {detail}
            </PageArticle>
        }
    }
}
