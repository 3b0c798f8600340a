//! A role, winning condition or challenge: its title, text, tags and sources.

use leptos::prelude::*;

use crate::components::{RichText, SourceLinks};
use crate::content::{Item, Tag};
use crate::i18n::{Lang, Ui};

#[component]
pub fn ItemCard(
    /// The language of the texts.
    lang: Lang,
    /// The item shown.
    item: &'static Item,
) -> impl IntoView {
    let tags = item
        .tags
        .iter()
        .map(|tag| {
            view! { <li class=format!("tag tag--{}", tag.code())>{tag_label(*tag, lang)}</li> }
        })
        .collect_view();
    view! {
        <li class="item" id=format!("item-{}", item.id)>
            <h4 class="item__title">{item.title.get(lang).to_string()}</h4>
            <RichText lang text=item.text.get(lang) class="item__text"/>
            {(!item.tags.is_empty()).then(|| view! { <ul class="item__tags">{tags}</ul> })}
            <SourceLinks lang keys=&item.sources/>
        </li>
    }
}

pub fn tag_label(tag: Tag, lang: Lang) -> &'static str {
    match tag {
        Tag::Individual => Ui::TagIndividual.text(lang),
        Tag::Collective => Ui::TagCollective.text(lang),
        Tag::Governance => Ui::TagGovernance.text(lang),
        Tag::Care => Ui::TagCare.text(lang),
        Tag::Research => Ui::TagResearch.text(lang),
        Tag::Teaching => Ui::TagTeaching.text(lang),
        Tag::Policy => Ui::TagPolicy.text(lang),
    }
}
