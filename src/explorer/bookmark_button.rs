//! Keeping an item in the personal roadmap, and saying so: once kept, the item says it is
//! in my roadmap (a link there, one tap away on a phone) and the button offers to remove it.

use leptos::prelude::*;

use crate::content::Item;
use crate::i18n::explorer::Say;
use crate::i18n::{colon, Ui};
use crate::lang::Lang;
use crate::route::FindPage;
use crate::state::{use_app_state, use_mine};

#[component]
pub fn BookmarkButton(
    /// The language of the label.
    lang: Lang,
    /// The item kept or let go.
    item: &'static Item,
) -> impl IntoView {
    let state = use_app_state();
    let mine = use_mine();
    let kept = Memo::new(move |_| mine.data.with(|data| data.is_bookmarked(&item.id)));
    let title = item.title.get(lang);
    // The same button keeps and removes, so the focus stays on it; its name says what it
    // will do now, and the link beside it says where the item went.
    let name = move || {
        let action = if kept.get() {
            Say::Remove.text(lang)
        } else {
            Ui::Keep.text(lang)
        };
        format!("{action}{} {title}", colon(lang))
    };
    view! {
        <div class="bookmark">
            <button
                type="button"
                class="button button--quiet bookmark__button"
                class:bookmark__button--kept=move || kept.get()
                aria-label=name
                on:click=move |_| mine.update(|data| data.toggle(&item.id))
            >
                <span class="bookmark__icon" aria-hidden="true">{move || if kept.get() { "★" } else { "☆" }}</span>
                {move || if kept.get() { Say::Remove.text(lang) } else { Ui::Keep.text(lang) }}
            </button>
            <Show when=move || kept.get()>
                <a class="bookmark__kept" href=state.href(FindPage::Mine, lang)>
                    <span aria-hidden="true">"✓ "</span>
                    {Say::InMyRoadmap.text(lang)}
                </a>
            </Show>
        </div>
    }
}
