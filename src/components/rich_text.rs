//! A content text, with the glossary terms in it explained where they appear.

use leptos::prelude::*;

use crate::components::GlossaryTerm;
use crate::glossary::{mark, Segment};
use crate::i18n::Lang;
use crate::state::use_content;

#[component]
pub fn RichText(
    /// The language of the text, which chooses the glossary's forms.
    lang: Lang,
    /// The text, from the content.
    text: &'static str,
) -> impl IntoView {
    let content = use_content();
    mark(text, content.0.forms(lang))
        .into_iter()
        .map(|segment| match segment {
            Segment::Plain(plain) => plain.into_any(),
            Segment::Term { entry, text } => view! { <GlossaryTerm lang entry text/> }.into_any(),
        })
        .collect_view()
}
