//! The panel shown instead of the explorer when the content file cannot be used:
//! what is wrong and where, in the reader's language, and a way to try again.

use leptos::prelude::*;

use crate::app::{source, EXPLORER_PAGE, PRESENT_PAGE};
use crate::components::problem_list::problem_list;
use crate::i18n::{content_error_intro, Ui};
use crate::route::Page;
use crate::source::LoadError;
use crate::source::PUBLISHED;
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
    // A refused address or a missing preview will not mend by trying again: a way out
    // instead.
    let retry = !matches!(
        error,
        LoadError::Invalid(_) | LoadError::Refused(_) | LoadError::NoPreview
    );
    let help = retry || matches!(error, LoadError::Invalid(_));
    let file = match source() {
        Ok(source) => source.url().unwrap_or(PUBLISHED).to_string(),
        Err(_) => PUBLISHED.to_string(),
    };
    move || {
        let lang = lang.get();
        let way_out = match &error {
            LoadError::Refused(_) => Some((
                format!("{EXPLORER_PAGE}{}", Page::Home.href(lang)),
                Ui::OpenPublished,
            )),
            LoadError::NoPreview => Some((
                format!("{PRESENT_PAGE}{}", Page::Preview.href(lang)),
                Ui::OpenPreviewPage,
            )),
            _ => None,
        }
        .map(|(href, label)| view! { <p><a class="button" href=href>{label.text(lang)}</a></p> });
        view! {
            <main id="main" class="main" tabindex="-1">
                <section class="content-error" aria-labelledby="page-title">
                    <h1 id="page-title" tabindex="-1">{Ui::ContentErrorTitle.text(lang)}</h1>
                    <p class="content-error__summary">{error.summary(lang, &file)}</p>
                    {(!problems.is_empty()).then(|| view! {
                        <p>{content_error_intro(lang, &file)}</p>
                        {problem_list(lang, &problems[..problems.len().min(SHOWN)])}
                    })}
                    {help.then(|| view! { <p>{Ui::ContentErrorHelp.text(lang)}</p> })}
                    {way_out}
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
