//! The toggle that keeps an item in the personal roadmap.

use leptos::prelude::*;

use crate::content::Item;
use crate::i18n::{colon, Ui};
use crate::lang::Lang;
use crate::state::use_mine;

#[component]
pub fn BookmarkButton(
    /// The language of the label.
    lang: Lang,
    /// The item kept or let go.
    item: &'static Item,
) -> impl IntoView {
    let mine = use_mine();
    let kept = Memo::new(move |_| mine.data.with(|data| data.is_bookmarked(&item.id)));
    view! {
        <button
            type="button"
            class="button button--quiet bookmark"
            aria-pressed=move || if kept.get() { "true" } else { "false" }
            aria-label=format!("{}{} {}", Ui::Keep.text(lang), colon(lang), item.title.get(lang))
            on:click=move |_| mine.update(|data| data.toggle(&item.id))
        >
            <span class="bookmark__icon" aria-hidden="true">{move || if kept.get() { "★" } else { "☆" }}</span>
            {Ui::Keep.text(lang)}
        </button>
    }
}
