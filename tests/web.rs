//! Components in a real browser (headless Chromium): the diagram mounts, choosing a step
//! shows its details, the keyboard moves around the cycle, switching language keeps the
//! selection, bad content shows the error panel, the presenter moves through its deck
//! with the keys, and printing builds the handout.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use lhs_roadmap::content::{parse, Problem, ProblemKind};
use lhs_roadmap::present::Presenter;
use lhs_roadmap::route::{ExplorerPage, Site};
use lhs_roadmap::shared::shell::shell;
use lhs_roadmap::shared::ContentError;
use lhs_roadmap::source::LoadError;
use lhs_roadmap::state::{AppState, Content, Initial};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{
    Element, HtmlElement, KeyboardEvent, KeyboardEventInit, MouseEvent, MouseEventInit, SvgElement,
};

wasm_bindgen_test_configure!(run_in_browser);

fn content() -> Content {
    match parse(include_str!("../content/roadmap.json")) {
        Ok(roadmap) => Content::new(roadmap),
        Err(problems) => panic!("shipped content invalid: {problems:?}"),
    }
}

/// Lets the browser run pending tasks (hashchange, effects, animation frames).
async fn settle() {
    for _ in 0..3 {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            window()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
                .expect("setTimeout");
        });
        wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .expect("timeout");
    }
}

/// Sets the address to `hash` and gives a fresh container in the page.
fn fresh_container(hash: &str) -> HtmlElement {
    window().location().set_hash(hash).expect("set hash");
    let container: HtmlElement = document()
        .create_element("div")
        .expect("div")
        .unchecked_into();
    document()
        .body()
        .expect("body")
        .append_child(&container)
        .expect("append");
    container
}

/// Mounts the explorer at `hash` into a fresh container, as the app does after loading.
fn mount_at(hash: &str) -> (HtmlElement, impl Drop) {
    let container = fresh_container(hash);
    let content = content();
    let handle = leptos::mount::mount_to(container.clone(), move || {
        provide_context(AppState::start(Site::Explorer, Initial::default()));
        shell::<ExplorerPage>(RwSignal::new(Some(Ok(content))))
    });
    (container, handle)
}

fn query(root: &HtmlElement, selector: &str) -> Option<Element> {
    root.query_selector(selector).ok().flatten()
}

/// Clicks an HTML or SVG element, as a pointer would.
fn click(element: &Element) {
    let event = MouseEvent::new_with_mouse_event_init_dict("click", &{
        let init = MouseEventInit::new();
        init.set_bubbles(true);
        init.set_cancelable(true);
        init.set_detail(1);
        init
    })
    .expect("click");
    element.dispatch_event(&event).expect("dispatch");
}

fn focus(element: &Element) {
    if let Some(svg) = element.dyn_ref::<SvgElement>() {
        svg.focus().expect("focus");
    } else if let Some(html) = element.dyn_ref::<HtmlElement>() {
        html.focus().expect("focus");
    }
}

fn text(root: &HtmlElement, selector: &str) -> String {
    query(root, selector)
        .and_then(|element| element.text_content())
        .unwrap_or_default()
}

fn press(target: &Element, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
    target.dispatch_event(&event).expect("dispatch");
}

fn active_id() -> String {
    document()
        .active_element()
        .map(|element| element.id())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_diagram_mounts_with_every_step_as_a_named_control() {
    let (root, _mounted) = mount_at("#/en");
    settle().await;
    let nodes = root
        .query_selector_all("svg[role=group] [role=button]")
        .expect("query");
    assert_eq!(nodes.length(), 8, "7 steps and the foundation");
    let first = query(&root, "#cycle-node-identify-needs").expect("step 1");
    assert_eq!(
        first.get_attribute("aria-label").as_deref(),
        Some("Step 1 of 7: Identify needs and priorities")
    );
    assert_eq!(
        first.get_attribute("tabindex").as_deref(),
        Some("0"),
        "the one Tab stop"
    );
    let tab_stops = root
        .query_selector_all("svg [role=button][tabindex='0']")
        .expect("query");
    assert_eq!(tab_stops.length(), 1);
    root.remove();
}

#[wasm_bindgen_test]
async fn choosing_a_step_shows_its_details() {
    let (root, _mounted) = mount_at("#/en");
    settle().await;
    assert_eq!(text(&root, ".welcome h2"), "Choose a step");
    click(&query(&root, "#cycle-node-analyze-data").expect("node"));
    settle().await;
    assert_eq!(text(&root, "#step-title"), "Analyze data");
    let headings: Vec<String> = (0..3)
        .map(|i| text(&root, &format!(".part:nth-of-type({}) h3", i + 1)))
        .collect();
    assert_eq!(headings, ["Roles", "Winning conditions", "Challenges"]);
    let node = query(&root, "#cycle-node-analyze-data").expect("node");
    assert_eq!(node.get_attribute("aria-current").as_deref(), Some("step"));
    assert_eq!(
        window().location().hash().ok().as_deref(),
        Some("#/en/step/analyze-data")
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn arrow_keys_move_the_focus_and_enter_opens() {
    let (root, _mounted) = mount_at("#/en");
    settle().await;
    let first = query(&root, "#cycle-node-identify-needs").expect("node");
    focus(&first);
    press(&first, "ArrowRight");
    assert_eq!(active_id(), "cycle-node-collect-data");
    press(&first, "ArrowLeft");
    press(&first, "ArrowLeft");
    assert_eq!(active_id(), "cycle-node-foundation", "wraps to the centre");
    press(&first, "End");
    assert_eq!(active_id(), "cycle-node-evaluate-share");
    press(&first, "Enter");
    settle().await;
    assert_eq!(text(&root, "#step-title"), "Evaluate, share and make it last");
    let stop = query(&root, "#cycle-node-evaluate-share").expect("node");
    assert_eq!(stop.get_attribute("tabindex").as_deref(), Some("0"));
    root.remove();
}

#[wasm_bindgen_test]
async fn switching_language_keeps_the_step_and_section() {
    let (root, _mounted) = mount_at("#/en/step/collect-data/conditions");
    settle().await;
    assert_eq!(text(&root, "#step-title"), "Collect data");
    click(&query(&root, "a[hreflang=fr]").expect("switch"));
    settle().await;
    assert_eq!(text(&root, "#step-title"), "Recueillir les données");
    assert_eq!(text(&root, "#part-conditions"), "Conditions gagnantes");
    assert_eq!(
        window().location().hash().ok().as_deref(),
        Some("#/fr/step/collect-data/conditions")
    );
    let lang = document()
        .document_element()
        .and_then(|html| html.get_attribute("lang"));
    assert_eq!(lang.as_deref(), Some("fr"));
    root.remove();
}

#[wasm_bindgen_test]
async fn an_unknown_step_is_not_found_and_offers_a_way_back() {
    let (root, _mounted) = mount_at("#/fr/step/nulle-part");
    settle().await;
    assert_eq!(text(&root, "#page-title"), "Page introuvable");
    click(&query(&root, ".page--not-found a.button").expect("back"));
    settle().await;
    assert!(query(&root, "svg[role=group]").is_some());
    root.remove();
}

#[wasm_bindgen_test]
async fn bad_content_shows_where_the_problem_is() {
    let container = fresh_container("#/en");
    let error = LoadError::Invalid(vec![Problem::new(
        "steps[2].challenges[0].text.fr",
        ProblemKind::EmptyText,
    )]);
    let _mounted = leptos::mount::mount_to(container.clone(), move || {
        provide_context(AppState::start(Site::Explorer, Initial::default()));
        view! { <ContentError error on_retry=|| ()/> }
    });
    settle().await;
    assert_eq!(
        text(&container, "h1"),
        "The roadmap content could not be shown"
    );
    assert_eq!(text(&container, "code"), "steps[2].challenges[0].text.fr");
    container.remove();
}

/// Mounts the presenter at `hash`, as present.html does after loading.
fn mount_presenter_at(hash: &str) -> (HtmlElement, impl Drop) {
    let container = fresh_container(hash);
    let content = content();
    let handle = leptos::mount::mount_to(container.clone(), move || {
        provide_context(AppState::start(Site::Present, Initial::default()));
        provide_context(content);
        view! { <Presenter/> }
    });
    (container, handle)
}

#[wasm_bindgen_test]
async fn the_presenter_shows_a_slide_and_keys_move_through_the_deck() {
    let (root, _app) = mount_presenter_at("#/en/present/2");
    settle().await;
    let roadmap = content().roadmap();
    assert_eq!(text(&root, "h1#slide-title"), roadmap.foundation.title.en);
    assert!(
        query(&root, "svg[role='img']").is_some(),
        "the cycle is on the summary slide"
    );

    let body: Element = document().body().expect("body").into();
    press(&body, "ArrowRight");
    settle().await;
    assert_eq!(window().location().hash().expect("hash"), "#/en/present/3");
    assert_eq!(text(&root, "h1#slide-title"), "Roles");
    assert_eq!(
        root.query_selector_all(".slide__item")
            .expect("items")
            .length() as usize,
        roadmap.foundation.roles.len()
    );

    // "3" jumps to step 3's summary (slide 2 + 4 × 3).
    press(&body, "3");
    settle().await;
    assert_eq!(window().location().hash().expect("hash"), "#/en/present/14");
    assert_eq!(text(&root, "h1#slide-title"), roadmap.steps[2].title.en);

    // B blanks the screen, and brings it back.
    let blank = query(&root, ".presenter__blank").expect("blank layer");
    assert!(blank.has_attribute("hidden"));
    press(&body, "b");
    settle().await;
    assert!(!blank.has_attribute("hidden"));
    press(&body, "b");
    settle().await;
    assert!(blank.has_attribute("hidden"));
}

#[wasm_bindgen_test]
async fn printing_builds_the_whole_handout_in_the_current_language() {
    let (_root, _app) = mount_at("#/fr/glossary");
    settle().await;
    window()
        .dispatch_event(&web_sys::Event::new("beforeprint").expect("event"))
        .expect("dispatch");
    let handout = document()
        .get_element_by_id("handout")
        .expect("the handout is built before printing");
    let roadmap = content().roadmap();
    let steps = handout
        .query_selector_all(".handout__step h2")
        .expect("steps");
    assert_eq!(steps.length() as usize, roadmap.steps.len() + 1);
    let first = steps.item(0).and_then(|node| node.text_content());
    assert_eq!(first.as_deref(), Some(roadmap.foundation.title.fr.as_str()));
    let article = handout
        .query_selector("article")
        .ok()
        .flatten()
        .expect("article");
    assert_eq!(article.get_attribute("lang").as_deref(), Some("fr"));
    assert!(handout
        .query_selector("svg[role='img']")
        .ok()
        .flatten()
        .is_some());
    // Built again, it replaces itself rather than adding a second copy.
    window()
        .dispatch_event(&web_sys::Event::new("beforeprint").expect("event"))
        .expect("dispatch");
    assert_eq!(
        handout
            .query_selector_all("article")
            .expect("articles")
            .length(),
        1
    );
}

#[wasm_bindgen_test]
async fn formatted_text_gives_elements_and_hostile_markup_stays_text() {
    use lhs_roadmap::lang::Lang;
    use lhs_roadmap::shared::RichText;

    const TEXT: &str = "Before <img src=x onerror=alert(1)> comes *this* and \
        [a link](https://example.org/x).\n\n<svg onload=alert(1)></svg> [bad](javascript:alert(1))";
    let container = fresh_container("#/en/");
    let content = content();
    let _handle = leptos::mount::mount_to(container.clone(), move || {
        provide_context(content);
        view! { <RichText lang=Lang::En text=TEXT/> }
    });
    settle().await;
    assert_eq!(
        container
            .query_selector_all(":scope > p")
            .expect("paragraphs")
            .length(),
        2
    );
    assert_eq!(text(&container, "p em"), "this");
    let link = query(&container, "a[href^='https://']").expect("the https link is a link");
    assert_eq!(link.text_content().as_deref(), Some("a link"));
    assert_eq!(
        link.get_attribute("rel").as_deref(),
        Some("noopener noreferrer")
    );
    for absent in [
        "img",
        "svg",
        "script",
        "a[href^='javascript']",
        "[onerror]",
        "[onload]",
    ] {
        assert!(query(&container, absent).is_none(), "{absent} in the page");
    }
    let shown = container.text_content().unwrap_or_default();
    assert!(shown.contains("<img src=x onerror=alert(1)>"), "{shown}");
    assert!(shown.contains("<svg onload=alert(1)></svg>"), "{shown}");
    assert!(shown.contains("[bad](javascript:alert(1))"), "{shown}");
}

#[wasm_bindgen_test]
async fn the_handout_prints_formatting_and_writes_link_addresses_out() {
    let mut json: serde_json::Value =
        serde_json::from_str(include_str!("../content/roadmap.json")).expect("shipped JSON");
    json["foundation"]["summary"]["fr"] = serde_json::Value::from(
        "Un *début* <img src=x onerror=alert(1)> avec [un lien](https://example.org/a).\n\nSuite.",
    );
    let content = match parse(&json.to_string()) {
        Ok(roadmap) => Content::new(roadmap),
        Err(problems) => panic!("edited content invalid: {problems:?}"),
    };
    let container = fresh_container("#/fr/glossary");
    let _app = leptos::mount::mount_to(container, move || {
        provide_context(AppState::start(Site::Explorer, Initial::default()));
        shell::<ExplorerPage>(RwSignal::new(Some(Ok(content))))
    });
    settle().await;
    window()
        .dispatch_event(&web_sys::Event::new("beforeprint").expect("event"))
        .expect("dispatch");
    let handout = document().get_element_by_id("handout").expect("handout");
    let summaries = handout
        .query_selector_all(".handout__summary")
        .expect("summaries");
    let first = summaries
        .item(0)
        .and_then(|node| node.dyn_into::<Element>().ok())
        .expect("the foundation's summary");
    assert!(first.query_selector("em").ok().flatten().is_some());
    assert!(first.query_selector("img").ok().flatten().is_none());
    let shown = first.text_content().unwrap_or_default();
    assert!(shown.contains("<img src=x onerror=alert(1)>"), "{shown}");
    assert!(shown.contains("un lien (https://example.org/a)"), "{shown}");
    // The second paragraph is a paragraph of its own.
    let second = summaries.item(1).and_then(|node| node.text_content());
    assert_eq!(second.as_deref(), Some("Suite."));
}
