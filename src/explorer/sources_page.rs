//! The sources the content rests on, with links; `#/…/sources/<key>` scrolls to one.

use leptos::prelude::*;

use crate::markup::plain;

use crate::i18n::Ui;
use crate::route::{ExplorerPage, Page};
use crate::shared::PageArticle;
use crate::state::{use_app_state, use_content};

#[component]
pub fn SourcesPage() -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang;
    let roadmap = use_content().roadmap();
    let target = Memo::new(move |_| {
        state.route.with(|route| match &route.page {
            Page::Explorer(ExplorerPage::Sources { key }) => key.clone(),
            _ => None,
        })
    });
    move || {
        let lang = lang.get();
        let entries = roadmap
            .sources
            .iter()
            .map(|source| {
                let key = source.key.clone();
                let class = move || {
                    if target.with(|target| target.as_deref() == Some(key.as_str())) {
                        "sources__entry sources__entry--target"
                    } else {
                        "sources__entry"
                    }
                };
                let link = source.url.as_ref().map(|url| {
                    view! {
                        " "
                        <a class="sources__link" href=url.clone() target="_blank" rel="noopener noreferrer">
                            {Ui::ViewSource.text(lang)}
                            <span class="visually-hidden">" " {Ui::OpensInNewTab.text(lang)}</span>
                        </a>
                    }
                });
                view! {
                    <li id=format!("source-{}", source.key) class=class>
                        <span class="sources__label">{source.label.get(lang).to_string()}</span>
                        " — "
                        <span class="sources__citation">{plain(source.citation.get(lang))}</span>
                        {link}
                    </li>
                }
            })
            .collect_view();
        view! {
            <PageArticle name="sources" title=Ui::Sources.text(lang).to_string()
                target=Signal::derive(move || target.get().map(|key| format!("source-{key}")))>
                <p class="notice">{roadmap.notice.get(lang).to_string()}</p>
                <ol class="sources">{entries}</ol>
            </PageArticle>
        }
    }
}
