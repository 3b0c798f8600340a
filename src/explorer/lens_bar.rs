//! The lenses: one menu per facet (who, alone or together, area, level), a count of what
//! matches, and one button that clears them all. The choice lives in the URL.

use leptos::prelude::*;

use crate::browser;
use crate::content::Facet;
use crate::i18n::{facet_name, lens_summary, tag_name, Ui};
use crate::lang::Lang;
use crate::lens::Lens;
use crate::state::{use_app_state, use_content};

#[component]
pub fn LensBar(
    /// The language of the labels.
    lang: Lang,
) -> impl IntoView {
    let state = use_app_state();
    let roadmap = use_content().roadmap();
    let lens = state.lens;
    let menus = Facet::ALL
        .map(|facet| {
            let id = format!("lens-{}", facet.key());
            let options = facet
                .tags()
                .iter()
                .map(|tag| {
                    let selected = move || lens.with(|lens| lens.get(facet) == Some(*tag));
                    view! {
                        <option value=tag.code() selected=selected>{tag_name(*tag, lang)}</option>
                    }
                })
                .collect_view();
            let on_change = move |event: leptos::ev::Event| {
                let code = event_target_value(&event);
                let tag = crate::content::Tag::from_code(&code);
                state.set_lens(lens.get_untracked().with(facet, tag));
            };
            view! {
                <div class="lens__field">
                    <label class="lens__label" for=id.clone()>{facet_name(facet, lang)}</label>
                    <select
                        id=id
                        class="lens__select"
                        class:lens__select--set=move || lens.with(|lens| lens.get(facet).is_some())
                        on:change=on_change
                    >
                        <option value="" selected=move || lens.with(|lens| lens.get(facet).is_none())>
                            {Ui::LensAll.text(lang)}
                        </option>
                        {options}
                    </select>
                </div>
            }
        })
        .into_iter()
        .collect_view();
    let summary = move || {
        lens.with(|lens| {
            (!lens.is_empty()).then(|| {
                let steps: Vec<usize> = roadmap.all_steps().map(|step| lens.count(step)).collect();
                let items = steps.iter().sum();
                let in_steps = steps.iter().filter(|count| **count > 0).count();
                lens_summary(lang, items, in_steps)
            })
        })
    };
    view! {
        // Folded until used, so that the cycle stays in view; open while a lens is on.
        <details class="lens" open=!lens.with_untracked(Lens::is_empty)>
            <summary id="lens-title" class="lens__title">{Ui::LensTitle.text(lang)}</summary>
            <div class="lens__fields">{menus}</div>
            <p class="lens__status" role="status">
                {summary}
                {move || (!lens.with(Lens::is_empty)).then(|| view! {
                    " "
                    <button type="button" class="button button--quiet lens__clear" on:click=move |_| {
                        state.set_lens(Lens::default());
                        // The button goes away with the lens: the focus goes back to the top.
                        request_animation_frame(|| browser::focus_id("lens-title"));
                    }>
                        {Ui::LensClear.text(lang)}
                    </button>
                })}
            </p>
        </details>
    }
}
