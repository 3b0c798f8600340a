//! The glossary: every term with its definition and sources; `#/…/glossary/<id>` scrolls
//! to one (search results lead there).

use leptos::prelude::*;

use crate::shared::rich_text::paragraphs;

use crate::i18n::Ui;
use crate::route::{ExplorerPage, Page};
use crate::shared::{PageArticle, SourceLinks};
use crate::state::{use_app_state, use_content};

#[component]
pub fn GlossaryPage() -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang;
    let roadmap = use_content().roadmap();
    let target = Memo::new(move |_| {
        state.route.with(|route| match &route.page {
            Page::Explorer(ExplorerPage::Glossary { term }) => term.clone(),
            _ => None,
        })
    });
    move || {
        let lang = lang.get();
        let entries = roadmap
            .glossary
            .iter()
            .map(|entry| {
                let id = entry.id.clone();
                let class = move || {
                    if target.with(|target| target.as_deref() == Some(id.as_str())) {
                        "glossary__entry glossary__entry--target"
                    } else {
                        "glossary__entry"
                    }
                };
                view! {
                    <div class=class>
                        <dt id=format!("glossary-{}", entry.id) class="glossary__term">
                            {entry.term.get(lang).to_string()}
                        </dt>
                        <dd class="glossary__definition">
                            {paragraphs(lang, entry.definition.get(lang), "")}
                            <SourceLinks lang keys=&entry.sources/>
                        </dd>
                    </div>
                }
            })
            .collect_view();
        view! {
            <PageArticle name="glossary" title=Ui::Glossary.text(lang).to_string()
                target=Signal::derive(move || target.get().map(|id| format!("glossary-{id}")))>
                <dl class="glossary">{entries}</dl>
            </PageArticle>
        }
    }
}
