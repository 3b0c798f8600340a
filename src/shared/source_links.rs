//! The sources an item rests on, as links to their entries on the Sources page.

use leptos::prelude::*;

use crate::i18n::Ui;
use crate::lang::Lang;
use crate::route::{ExplorerPage, Page};
use crate::state::{use_app_state, use_content};

#[component]
pub fn SourceLinks(
    /// The language of the labels.
    lang: Lang,
    /// Keys into the content's sources list.
    keys: &'static [String],
) -> impl IntoView {
    let roadmap = use_content().roadmap();
    let state = use_app_state();
    let links = keys
        .iter()
        .filter_map(|key| roadmap.source(key))
        .map(|source| {
            let href = state.href(
                Page::Explorer(ExplorerPage::Sources {
                    key: Some(source.key.clone()),
                }),
                lang,
            );
            view! { <li><a href=href>{source.label.get(lang).to_string()}</a></li> }
        })
        .collect_view();
    (!keys.is_empty()).then(|| {
        view! {
            <div class="sources-inline">
                <span class="sources-inline__label">{Ui::SourcesOfItem.text(lang)}</span>
                " "
                <ul class="sources-inline__list">{links}</ul>
            </div>
        }
    })
}
