//! The problems of a content file, each with its place (JSON path, line, column) and what
//! to do, in the reader's language: the explorer's error panel and the preview page
//! show the same list.

use leptos::prelude::*;

use crate::content::{Problem, MAX_LISTED};
use crate::i18n::{more_problems, Ui};
use crate::lang::Lang;

/// An ordered list of the first [`MAX_LISTED`] of `problems` (the ones the reader placed),
/// and how many more there are: a hostile or badly broken file can have a hundred
/// thousand, which no one reads and which would freeze the page.
pub fn problem_list(lang: Lang, problems: &[Problem]) -> impl IntoView {
    let items = problems
        .iter()
        .take(MAX_LISTED)
        .map(|problem| {
            view! {
                <li class="problem-list__item">
                    <span class="problem-list__where">
                        {Ui::ContentErrorWhere.text(lang)} " "
                        <code>{problem.location(lang)}</code>
                    </span>
                    <span class="problem-list__what">{problem.message(lang)}</span>
                </li>
            }
        })
        .collect_view();
    let more = problems.len().saturating_sub(MAX_LISTED);
    view! {
        <ol class="problem-list">{items}</ol>
        {(more > 0).then(|| view! { <p class="problem-list__more">{more_problems(lang, more)}</p> })}
    }
}
