//! A role, winning condition or challenge: its title, text, whom it concerns, what helps
//! it (winning conditions), its sources, and a way to keep it.

use leptos::prelude::*;

use super::bookmark_button::BookmarkButton;
use crate::content::{Facet, Item};
use crate::i18n::explorer::Say;
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
    // Who the item concerns, said as such; the other lenses (alone or together, area,
    // level) serve the filter, not a patient reading the card.
    let who: Vec<String> = item
        .tags
        .iter()
        .filter(|tag| tag.facet() == Facet::Who)
        .map(|tag| tag_name(*tag, lang).to_lowercase())
        .collect();
    let for_whom = (!who.is_empty()).then(|| {
        view! {
            <p class="item__for">
                <span class="item__for-label">{Say::For.text(lang)}</span>
                " "
                {who.join(", ")}
            </p>
        }
    });
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
            {for_whom}
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
