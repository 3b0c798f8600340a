//! The glossary: every term with its definition and sources.

use leptos::prelude::*;

use crate::components::rich_text::paragraphs;

use crate::components::shell::PAGE_TITLE_ID;
use crate::components::SourceLinks;
use crate::i18n::Ui;
use crate::state::{use_app_state, use_content};

#[component]
pub fn GlossaryPage() -> impl IntoView {
    let lang = use_app_state().lang;
    let roadmap = use_content().roadmap();
    move || {
        let lang = lang.get();
        let entries = roadmap
            .glossary
            .iter()
            .map(|entry| {
                view! {
                    <div class="glossary__entry">
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
            <article class="page page--glossary">
                <h1 id=PAGE_TITLE_ID tabindex="-1">{Ui::Glossary.text(lang)}</h1>
                <dl class="glossary">{entries}</dl>
            </article>
        }
    }
}
