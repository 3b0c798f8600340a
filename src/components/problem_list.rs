//! The problems of a content file, each with its place (JSON path, line, column) and what
//! to do, in the reader's language: the explorer's error panel and the preview page
//! show the same list.

use leptos::prelude::*;

use crate::content::Problem;
use crate::i18n::Ui;
use crate::lang::Lang;

/// An ordered list of `problems`.
pub fn problem_list(lang: Lang, problems: &[Problem]) -> impl IntoView {
    let items = problems
        .iter()
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
    view! { <ol class="problem-list">{items}</ol> }
}
