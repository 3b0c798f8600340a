//! A role, winning condition or challenge: its title, text, tags and sources.

use leptos::prelude::*;

use crate::components::{BookmarkButton, RichText, SourceLinks};
use crate::content::Item;
use crate::i18n::{tag_name, Lang, Ui};
use crate::state::use_app_state;

#[component]
pub fn ItemCard(
    /// The language of the texts.
    lang: Lang,
    /// The item shown.
    item: &'static Item,
) -> impl IntoView {
    let lens = use_app_state().lens;
    // With a lens, matching items stand out and say so; the others stay, quieter.
    let matched = Memo::new(move |_| lens.with(|lens| (!lens.is_empty()).then(|| lens.matches(item))));
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
            <SourceLinks lang keys=&item.sources/>
            <BookmarkButton lang item/>
        </li>
    }
}
