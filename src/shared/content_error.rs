//! The panel shown instead of the explorer when the content file cannot be used:
//! what is wrong and where, in the reader's language, and a way to try again.

use leptos::prelude::*;

use crate::i18n::{content_error_intro, Ui};
use crate::route::{Page, PresentPage};
use crate::shared::problem_list;
use crate::source::{LoadError, Source, PUBLISHED};
use crate::state::use_app_state;

#[component]
pub fn ContentError(
    /// What went wrong.
    error: LoadError,
    /// Downloads the file again.
    #[prop(into)]
    on_retry: Callback<()>,
) -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang;
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
    let file = match state.source {
        Ok(source) => source.url().unwrap_or(PUBLISHED).to_string(),
        Err(_) => PUBLISHED.to_string(),
    };
    move || {
        let lang = lang.get();
        let way_out = match &error {
            // The published content, whatever this address asked for.
            LoadError::Refused(_) => Some((
                state.href_showing(&Source::Published, Page::HOME, lang),
                Ui::OpenPublished,
            )),
            LoadError::NoPreview => {
                Some((state.href(PresentPage::Preview, lang), Ui::OpenPreviewPage))
            }
            _ => None,
        }
        .map(|(href, label)| view! { <p><a class="button" href=href>{label.text(lang)}</a></p> });
        view! {
            <section class="content-error" aria-labelledby="page-title">
                    <h1 id="page-title" tabindex="-1">{Ui::ContentErrorTitle.text(lang)}</h1>
                    <p class="content-error__summary">{error.summary(lang, &file)}</p>
                    {(!problems.is_empty()).then(|| view! {
                        <p>{content_error_intro(lang, &file)}</p>
                        {problem_list(lang, &problems)}
                    })}
                    {help.then(|| view! { <p>{Ui::ContentErrorHelp.text(lang)}</p> })}
                    {way_out}
                    {retry.then(|| view! {
                        <button type="button" class="button" on:click=move |_| on_retry.run(())>
                            {Ui::Retry.text(lang)}
                        </button>
                    })}
            </section>
        }
    }
}
