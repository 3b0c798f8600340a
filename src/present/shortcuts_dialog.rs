//! The list of the presentation's keyboard shortcuts, in a modal dialog (opened with `?`).

use leptos::html::Dialog;
use leptos::prelude::*;

use crate::i18n::workshop::Say;
use crate::lang::Lang;
use crate::state::use_content;

#[component]
pub fn ShortcutsDialog(
    /// The language of the list.
    lang: Lang,
    /// The dialog element, which the presenter opens.
    node_ref: NodeRef<Dialog>,
) -> impl IntoView {
    // The step keys go as far as the content's last step.
    let last_step = use_content().roadmap().steps.len().to_string();
    let rows = Say::SHORTCUTS
        .map(|shortcut| {
            let keys: Vec<String> = match shortcut {
                Say::KeysStep => vec!["0".into(), "…".into(), last_step.clone()],
                _ => shortcut
                    .keys(lang)
                    .iter()
                    .map(|key| key.to_string())
                    .collect(),
            };
            let keys = keys
                .into_iter()
                .map(|key| view! { <kbd>{key}</kbd> " " })
                .collect_view();
            view! {
                <div class="shortcuts__row">
                    <dt class="shortcuts__keys">{keys}</dt>
                    <dd>{shortcut.text(lang)}</dd>
                </div>
            }
        })
        .into_iter()
        .collect_view();
    view! {
        <dialog class="shortcuts" node_ref=node_ref aria-labelledby="shortcuts-title">
            <h2 id="shortcuts-title">{Say::Shortcuts.text(lang)}</h2>
            <dl class="shortcuts__list">{rows}</dl>
            <form method="dialog">
                <button class="button" autofocus>{Say::Close.text(lang)}</button>
            </form>
        </dialog>
    }
}
