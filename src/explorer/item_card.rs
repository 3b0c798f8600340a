//! A role, winning condition or challenge: its title, text, tags and sources.

use leptos::prelude::*;

use super::bookmark_button::BookmarkButton;
use crate::content::Item;
use crate::i18n::{tag_name, Ui};
use crate::lang::Lang;
use crate::route::{FindPage, Page};
use crate::shared::{RichText, SourceLinks};
use crate::state::{use_app_state, use_content};

#[component]
pub fn ItemCard(
    /// The language of the texts.
    lang: Lang,
    /// The item shown.
    item: &'static Item,
) -> impl IntoView {
    let lens = use_app_state().lens;
    // With a lens, matching items stand out and say so; the others stay, quieter.
    let matched =
        Memo::new(move |_| lens.with(|lens| (!lens.is_empty()).then(|| lens.matches(item))));
    let tags = item
        .tags
        .iter()
        .map(|tag| {
            view! { <li class=format!("tag tag--{}", tag.code())>{tag_name(*tag, lang)}</li> }
        })
        .collect_view();
    view! {
        <li
            class="item"
            class:item--match=move || matched.get() == Some(true)
            class:item--other=move || matched.get() == Some(false)
            id=format!("item-{}", item.id)
        >
            {move || (matched.get() == Some(true)).then(|| view! {
                <p class="item__match">{Ui::LensMatch.text(lang)}</p>
            })}
            <h4 class="item__title">{item.title.get(lang).to_string()}</h4>
            <RichText lang text=item.text.get(lang) class="item__text"/>
            {(!item.tags.is_empty()).then(|| view! { <ul class="item__tags">{tags}</ul> })}
            {helped_by(lang, item)}
            <SourceLinks lang keys=&item.sources/>
            <BookmarkButton lang item/>
        </li>
    }
}

/// For a winning condition, the engagement supports that help it, as links.
fn helped_by(lang: Lang, item: &'static Item) -> Option<impl IntoView> {
    let roadmap = use_content().roadmap();
    let state = use_app_state();
    let links: Vec<_> = roadmap
        .supports
        .iter()
        .filter(|support| support.conditions.contains(&item.id))
        .map(|support| {
            let page = Page::Find(FindPage::Supports {
                id: Some(support.id.clone()),
            });
            view! { <li><a href=state.href(page, lang)>{support.title.get(lang).to_string()}</a></li> }
        })
        .collect();
    (!links.is_empty()).then(|| {
        view! {
            <div class="item__helped">
                <span class="item__helped-label">{Ui::HelpedBy.text(lang)}</span>
                " "
                <ul class="item__helped-list">{links}</ul>
            </div>
        }
    })
}
