//! A content text: its paragraphs, emphasis and links (`crate::markup`) as elements, and
//! the glossary terms in it explained where they appear.

use leptos::attr;
use leptos::html::custom;
use leptos::prelude::*;

use crate::browser;
use crate::glossary::{mark, Segment};
use crate::i18n::Ui;
use crate::lang::Lang;
use crate::markup::{blocks, Inline};
use crate::shared::GlossaryTerm;
use crate::state::use_content;

/// Renders each paragraph as a `<p>`, so callers place a `RichText` where paragraphs
/// may go, never inside a `<p>`.
#[component]
pub fn RichText(
    /// The language of the text, which chooses the glossary's forms.
    lang: Lang,
    /// The text, from the content.
    text: &'static str,
    /// The class of each paragraph.
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    let forms = use_content().0.forms(lang);
    // Each entry is explained once per text, where it first appears, whichever
    // paragraph or emphasis that is.
    let mut used = Vec::new();
    write(lang, text, class, move |text| {
        let mut views = Vec::new();
        for segment in mark(text, forms) {
            views.push(match segment {
                Segment::Term { entry, text } if !used.contains(&entry) => {
                    used.push(entry);
                    view! { <GlossaryTerm lang entry text/> }.into_any()
                }
                Segment::Term { text, .. } | Segment::Plain(text) => text.into_any(),
            });
        }
        views.into_any()
    })
}

/// The paragraphs of a content text without the glossary's buttons, for slides and the
/// speaker's notes: they are read from afar, not explored. A function apart from
/// `RichText` so that the presenter's wasm does not carry the glossary.
pub fn paragraphs(lang: Lang, text: &'static str, class: &'static str) -> Vec<AnyView> {
    write(lang, text, class, |text| text.into_any())
}

/// The paragraphs of `text`, its words written by `words`.
fn write(
    lang: Lang,
    text: &'static str,
    class: &'static str,
    words: impl FnMut(&'static str) -> AnyView,
) -> Vec<AnyView> {
    let mut writer = Writer { lang, words };
    blocks(text)
        .iter()
        .map(|block| {
            let runs = writer.runs(block, false);
            element("p", class, None, runs)
        })
        .collect()
}

struct Writer<F> {
    lang: Lang,
    words: F,
}

impl<F: FnMut(&'static str) -> AnyView> Writer<F> {
    /// The views of `nodes`, which are inside a link if `in_link`.
    fn runs(&mut self, nodes: &[Inline<'static>], in_link: bool) -> Vec<AnyView> {
        let mut views = Vec::with_capacity(nodes.len());
        for node in nodes {
            views.push(match node {
                // A button inside a link would be a control inside a control.
                Inline::Text(text) if in_link => text.into_any(),
                Inline::Text(text) => (self.words)(text),
                Inline::Emphasis(inner) => element("em", "", None, self.runs(inner, in_link)),
                Inline::Strong(inner) => element("strong", "", None, self.runs(inner, in_link)),
                Inline::Link { href, label } => {
                    let mut label = self.runs(label, true);
                    // Embedded in another site's page, a link opens a new tab rather than
                    // replacing the page the reader came to, and says so.
                    let new_tab = browser::is_embedded();
                    if new_tab {
                        let note = Ui::OpensInNewTab.text(self.lang);
                        label.push(element(
                            "span",
                            "visually-hidden",
                            None,
                            vec![" ".into_any(), note.into_any()],
                        ));
                    }
                    element("a", "", Some((href, new_tab)), label)
                }
            });
        }
        views
    }
}

/// Builds every element of a text, whatever its tag, as one element type whose
/// attributes have the types that other links already use: the wasm then carries the
/// code to render them only once. (An optional class would be a second type, about
/// 200 bytes more: `em`, `strong` and `a` carry an empty one instead.)
fn element(
    tag: &'static str,
    class: &'static str,
    link: Option<(&'static str, bool)>,
    children: Vec<AnyView>,
) -> AnyView {
    let element = custom(tag).class(class);
    match link {
        Some((href, new_tab)) => element
            .add_any_attr(attr::href(href.to_string()))
            .add_any_attr(attr::target(if new_tab { "_blank" } else { "_self" }))
            .add_any_attr(attr::rel("noopener noreferrer"))
            .child(children)
            .into_any(),
        None => element.child(children).into_any(),
    }
}
