//! Printing: whatever page is on screen, the browser prints a handout of the whole roadmap
//! in the current language (introduction, the cycle, every step with its three parts and
//! discussion questions, glossary, sources), or of one step after "Print this step".
//!
//! The handout is built on `beforeprint`, which the browser dispatches synchronously
//! before laying out the pages, and when the print media query starts to match (print
//! previews and PDF tools that emulate print). It lives in `#handout`, outside the app,
//! hidden on screen by style/print.css.
//!
//! It is built with plain DOM calls rather than `view!`: nothing in it reacts to anything,
//! and this way it costs the explorer's first load a third of the bytes. Texts go in as
//! text nodes only, their light formatting (`crate::markup`) as elements made here, so
//! content can never inject markup. Web addresses are written out, since paper cannot
//! follow a link.

use std::any::Any;
use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::browser;
use crate::content::{Part, Roadmap, Step};
use crate::cycle::CycleFigure;
use crate::i18n::{cycle_name, part_label, step_place, Ui};
use crate::lang::Lang;
use crate::markup::{blocks, Inline};
use crate::personal::Personal;
use crate::route::{FindPage, Page};
use crate::state::{AppState, Content, Mine};

const CONTAINER_ID: &str = "handout";

#[derive(Default)]
struct Printer {
    /// The page's state and content, once loaded.
    source: Option<(AppState, Content)>,
    /// The step that "Print this step" asked for, until the print is over.
    step: Option<&'static Step>,
    /// The handout's diagram; dropping it takes it out.
    figure: Option<Box<dyn Any>>,
    listening: bool,
    /// The personal roadmap, printed instead of the handout from its own page, and
    /// what writes it (held here so that only find.html's wasm carries it).
    mine: Option<(Mine, MineWriter)>,
}

thread_local! {
    static PRINTER: RefCell<Printer> = RefCell::new(Printer::default());
}

/// Prepares printing for `content`. Called once the content is loaded, and again if
/// it is loaded anew.
pub fn install(state: AppState, content: Content) {
    let listen = PRINTER.with(|printer| {
        let mut printer = printer.borrow_mut();
        printer.source = Some((state, content));
        !std::mem::replace(&mut printer.listening, true)
    });
    if !listen {
        return;
    }
    window_event_listener_untyped("beforeprint", |_| build());
    window_event_listener_untyped("afterprint", |_| {
        PRINTER.with(|printer| printer.borrow_mut().step = None);
    });
    if let Ok(Some(query)) = window().match_media("print") {
        // The listener lives as long as the page.
        gloo_events::EventListener::new(&query, "change", |_| {
            if browser::matches_media("print") {
                build();
            }
        })
        .forget();
    }
}

type MineWriter = fn(&Element, &Roadmap, Lang, &Personal) -> Option<()>;

/// Lets "My roadmap" print the person's items and notes rather than the handout.
pub fn install_mine(mine: Mine) {
    PRINTER.with(|printer| printer.borrow_mut().mine = Some((mine, write_mine)));
}

/// Prints the whole roadmap.
pub fn print_all() {
    PRINTER.with(|printer| printer.borrow_mut().step = None);
    build();
    browser::print();
}

/// Prints only `step`.
pub fn print_step(step: &'static Step) {
    PRINTER.with(|printer| printer.borrow_mut().step = Some(step));
    build();
    browser::print();
}

/// (Re)builds the handout in the current language.
fn build() {
    let Some(((state, content), step, mine)) = PRINTER.with(|printer| {
        let printer = printer.borrow();
        printer
            .source
            .map(|source| (source, printer.step, printer.mine))
    }) else {
        return;
    };
    let Some(container) = container() else {
        return;
    };
    // The old handout goes first, so the page never holds two.
    PRINTER.with(|printer| printer.borrow_mut().figure = None);
    container.set_text_content(None);
    let lang = state.lang.get_untracked();
    let roadmap = content.roadmap();
    let on_mine = state
        .route
        .with_untracked(|route| route.page == Page::Find(FindPage::Mine));
    if let Some((mine, write_mine)) = mine.filter(|_| on_mine && step.is_none()) {
        mine.data
            .with_untracked(|data| write_mine(&container, roadmap, lang, data));
        return;
    }
    let figure = write(&container, roadmap, lang, step).and_then(|place| {
        let place = place.dyn_into::<web_sys::HtmlElement>().ok()?;
        let highlight = step.and_then(|step| roadmap.step_index(&step.id));
        let figure = leptos::mount::mount_to(place, move || {
            provide_context(content);
            view! { <CycleFigure lang highlight/> }
        });
        Some(Box::new(figure) as Box<dyn Any>)
    });
    PRINTER.with(|printer| printer.borrow_mut().figure = figure);
}

fn container() -> Option<Element> {
    let document = document();
    if let Some(existing) = document.get_element_by_id(CONTAINER_ID) {
        return Some(existing);
    }
    let element = document.create_element("div").ok()?;
    element.set_id(CONTAINER_ID);
    document.body()?.append_child(&element).ok()?;
    Some(element)
}

/// Adds a `tag` element with `class` and `text` (either may be empty) to `parent`.
fn add(parent: &Element, tag: &str, class: &str, text: &str) -> Option<Element> {
    let element = document().create_element(tag).ok()?;
    if !class.is_empty() {
        element.set_class_name(class);
    }
    if !text.is_empty() {
        element.set_text_content(Some(text));
    }
    parent.append_child(&element).ok()?;
    Some(element)
}

/// Adds a content text to `parent`: each paragraph as a `tag` element with `class`, or,
/// without a tag, where paragraphs cannot go (a list entry's line), as running text
/// parted by line breaks.
fn add_text(parent: &Element, tag: &str, class: &str, text: &str) {
    for (index, block) in blocks(text).iter().enumerate() {
        if tag.is_empty() {
            if index > 0 {
                add(parent, "br", "", "");
            }
            add_runs(parent, block);
        } else if let Some(element) = add(parent, tag, class, "") {
            add_runs(&element, block);
        }
    }
}

fn add_runs(parent: &Element, nodes: &[Inline]) {
    for node in nodes {
        let (tag, inner, href) = match node {
            Inline::Text(text) => {
                parent.append_with_str_1(text).ok();
                continue;
            }
            Inline::Emphasis(inner) => ("em", inner, ""),
            Inline::Strong(inner) => ("strong", inner, ""),
            Inline::Link { href, label } => ("a", label, *href),
        };
        let Some(element) = add(parent, tag, "", "") else {
            continue;
        };
        add_runs(&element, inner);
        if !href.is_empty() {
            element.set_attribute("href", href).ok();
            add(parent, "span", "handout__url", &format!(" ({href})"));
        }
    }
}

/// Writes the handout into `container`; returns the place of its diagram.
fn write(
    container: &Element,
    roadmap: &'static Roadmap,
    lang: Lang,
    step: Option<&'static Step>,
) -> Option<Element> {
    let handout = add(container, "article", "handout", "")?;
    handout.set_attribute("lang", lang.code()).ok();
    let head = add(&handout, "header", "handout__head", "")?;
    add(&head, "p", "handout__brand", Ui::AppName.text(lang));
    add(&head, "h1", "", roadmap.title.get(lang));
    add(
        &head,
        "p",
        "",
        &format!(
            "{} · {}",
            Ui::FooterNotice.text(lang),
            roadmap.notice.get(lang)
        ),
    );
    add(&head, "p", "handout__url", &browser::site_url());

    if step.is_none() {
        let intro = add(&handout, "section", "handout__intro", "")?;
        add(&intro, "h2", "", Ui::Introduction.text(lang));
        for section in &roadmap.introduction {
            add(&intro, "h3", "", section.heading.get(lang));
            for paragraph in &section.paragraphs {
                add_text(&intro, "p", "", paragraph.get(lang));
            }
        }
    }
    let figure = add(&handout, "figure", "handout__figure", "")?;
    let drawing = add(&figure, "div", "", "");
    add(
        &figure,
        "figcaption",
        "",
        &cycle_name(lang, roadmap.steps.len()),
    );

    let steps: Vec<&Step> = match step {
        Some(step) => vec![step],
        None => roadmap.all_steps().collect(),
    };
    for step in steps {
        write_step(&handout, roadmap, lang, step);
    }

    if step.is_none() {
        let glossary = add(&handout, "section", "handout__glossary", "")?;
        add(&glossary, "h2", "", Ui::Glossary.text(lang));
        let list = add(&glossary, "dl", "", "")?;
        for entry in &roadmap.glossary {
            add(&list, "dt", "", entry.term.get(lang));
            // A definition of several paragraphs is several `dd`s for one term.
            add_text(&list, "dd", "", entry.definition.get(lang));
        }
    }
    // One step lists only the sources its items cite.
    let cited = |key: &str| {
        step.is_none_or(|step| {
            Part::ALL.iter().any(|part| {
                step.items(*part)
                    .iter()
                    .any(|item| item.sources.iter().any(|cited| cited == key))
            })
        })
    };
    let sources = add(&handout, "section", "handout__sources", "")?;
    add(&sources, "h2", "", Ui::Sources.text(lang));
    let list = add(&sources, "ol", "", "")?;
    for source in roadmap.sources.iter().filter(|source| cited(&source.key)) {
        let entry = add(&list, "li", "", "")?;
        add(&entry, "strong", "", source.label.get(lang));
        if let Some(citation) = add(&entry, "span", "", " — ") {
            add_text(&citation, "", "", source.citation.get(lang));
        }
        if let Some(url) = &source.url {
            add(&entry, "span", "handout__url", &format!(" {url}"));
        }
    }
    drawing
}

/// The person's kept items (with their texts) and notes, step by step.
fn write_mine(container: &Element, roadmap: &Roadmap, lang: Lang, data: &Personal) -> Option<()> {
    let handout = add(container, "article", "handout", "")?;
    handout.set_attribute("lang", lang.code()).ok();
    let head = add(&handout, "header", "handout__head", "")?;
    add(&head, "p", "handout__brand", roadmap.title.get(lang));
    add(&head, "h1", "", Ui::MyRoadmap.text(lang));
    if data.is_empty() {
        add(&handout, "p", "", Ui::MineEmpty.text(lang));
    }
    for step in roadmap.all_steps() {
        let note = data.note(&step.id);
        let kept: Vec<_> = Part::ALL
            .into_iter()
            .flat_map(|part| step.items(part).iter().map(move |item| (part, item)))
            .filter(|(_, item)| data.is_bookmarked(&item.id))
            .collect();
        if kept.is_empty() && note.is_empty() {
            continue;
        }
        let section = add(&handout, "section", "handout__step", "")?;
        add(&section, "h2", "", step.title.get(lang));
        for (part, item) in kept {
            add(
                &section,
                "h3",
                "",
                &format!("{} · {}", part_label(part, lang), item.title.get(lang)),
            );
            add_text(&section, "p", "", item.text.get(lang));
        }
        if !note.is_empty() {
            add(&section, "h3", "", Ui::MyNote.text(lang));
            add(&section, "p", "handout__note", note);
        }
    }
    Some(())
}

fn write_step(handout: &Element, roadmap: &Roadmap, lang: Lang, step: &Step) -> Option<()> {
    let section = add(handout, "section", "handout__step", "")?;
    let place = step_place(lang, step, roadmap.steps.len());
    add(&section, "p", "handout__place", &place);
    add(&section, "h2", "", step.title.get(lang));
    add_text(&section, "p", "handout__summary", step.summary.get(lang));
    for part in Part::ALL {
        add(&section, "h3", "", part_label(part, lang));
        let list = add(&section, "ul", "", "")?;
        for item in step.items(part) {
            let entry = add(&list, "li", "", "")?;
            add(&entry, "strong", "", item.title.get(lang));
            let labels: Vec<&str> = item
                .sources
                .iter()
                .filter_map(|key| roadmap.source(key))
                .map(|source| source.label.get(lang))
                .collect();
            let cites = if labels.is_empty() {
                String::new()
            } else {
                let separator = match lang {
                    Lang::Fr => " ; ",
                    Lang::En => "; ",
                };
                format!(
                    " ({} {})",
                    Ui::SourcesOfItem.text(lang),
                    labels.join(separator)
                )
            };
            let text = add(&entry, "span", "", " — ")?;
            add_text(&text, "", "", item.text.get(lang));
            if !cites.is_empty() {
                text.append_with_str_1(&cites).ok();
            }
        }
    }
    add(&section, "h3", "", Ui::DiscussionQuestions.text(lang));
    let questions = add(&section, "ol", "handout__questions", "")?;
    for question in &step.questions {
        if let Some(entry) = add(&questions, "li", "", "") {
            add_text(&entry, "", "", question.get(lang));
        }
    }
    Some(())
}
