//! The panel shown instead of the explorer when the content file cannot be used:
//! what is wrong and where, in the reader's language, and a way to try again.

use leptos::prelude::*;

use crate::content::LoadError;
use crate::i18n::Ui;
use crate::state::use_app_state;

/// How many problems the panel lists; the count above says how many there are in all.
const SHOWN: usize = 50;

#[component]
pub fn ContentError(
    /// What went wrong.
    error: LoadError,
    /// Downloads the file again.
    #[prop(into)]
    on_retry: Callback<()>,
) -> impl IntoView {
    let lang = use_app_state().lang;
    let problems = match &error {
        LoadError::Invalid(problems) => problems.clone(),
        _ => Vec::new(),
    };
    let retry = !matches!(error, LoadError::Invalid(_));
    move || {
        let lang = lang.get();
        let items = problems
            .iter()
            .take(SHOWN)
            .map(|problem| {
                view! {
                    <li class="content-error__problem">
                        <span class="content-error__where">
                            {Ui::ContentErrorWhere.text(lang)} " "
                            <code>{problem.location(lang)}</code>
                        </span>
                        <span class="content-error__what">{problem.message(lang)}</span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <main id="main" class="main" tabindex="-1">
                <section class="content-error" aria-labelledby="page-title">
                    <h1 id="page-title" tabindex="-1">{Ui::ContentErrorTitle.text(lang)}</h1>
                    <p class="content-error__summary">{error.summary(lang)}</p>
                    {(!problems.is_empty()).then(|| view! {
                        <p>{Ui::ContentErrorIntro.text(lang)}</p>
                        <ol class="content-error__list">{items}</ol>
                    })}
                    <p>{Ui::ContentErrorHelp.text(lang)}</p>
                    {retry.then(|| view! {
                        <button type="button" class="button" on:click=move |_| on_retry.run(())>
                            {Ui::Retry.text(lang)}
                        </button>
                    })}
                </section>
            </main>
        }
    }
}
