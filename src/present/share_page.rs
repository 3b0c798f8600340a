//! Sharing and embedding (present.html#/<lang>/share[/<step>]): a link to the step,
//! and an embed code built from the options chosen, with a live preview and a plain
//! iframe for sites that strip scripts. Built from `EmbedOptions`, so the code asks for
//! exactly what the preview shows.

use leptos::html::Iframe;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::workshop::follow_height;
use crate::browser;
use crate::embed::{CycleView, EmbedOptions, LangChoice, Theme};
use crate::i18n::workshop::Say;
use crate::lang::Lang;
use crate::lens::Lens;
use crate::route::{Links, Page, PresentPage, Site};
use crate::source::Source;
use crate::state::{use_app_state, use_content};

#[component]
pub fn SharePage() -> impl IntoView {
    let state = use_app_state();
    let roadmap = use_content().roadmap();
    let from = state.route.with_untracked(|route| match &route.page {
        Page::Present(PresentPage::Share { step }) => {
            step.clone().filter(|id| roadmap.step(id).is_some())
        }
        _ => None,
    });
    let lang_choice = RwSignal::new(LangChoice::Fixed(state.lang.get_untracked()));
    let step = RwSignal::new(from.clone());
    let theme = RwSignal::new(Theme::Auto);
    let use_accent = RwSignal::new(false);
    let accent = RwSignal::new("#005a6e".to_string());
    let view = RwSignal::new(CycleView::Auto);
    let status = RwSignal::new(None::<Say>);
    // An adapted content file (`content=`) is shared with the link and the embeds; a
    // preview stays on this device.
    let content = match state.source {
        Ok(Source::File(path)) => Some(path.clone()),
        _ => None,
    };
    let shared_query = content
        .as_ref()
        .map(|path| format!("?content={path}"))
        .unwrap_or_default();
    let options = Memo::new(move |_| EmbedOptions {
        lang: lang_choice.get(),
        step: step.get(),
        theme: theme.get(),
        accent: use_accent.get().then(|| accent.get()),
        view: view.get(),
        content: content.clone(),
    });
    let site = browser::site_url();
    let explorer_page = match &from {
        Some(id) => Page::step(id.clone(), None),
        None => Page::HOME,
    };
    let back = explorer_page.clone();
    let back_href = move || state.href(back.clone(), state.lang.get());
    // The link people are given: the site's address, then what a link opened elsewhere
    // says, with only the content that others can see (never a preview).
    let link_site = site.clone();
    let link = move || {
        let shared = Links {
            from: None,
            query: &shared_query,
        };
        let href = shared.href(&explorer_page, state.lang.get(), &Lens::default());
        format!("{link_site}{href}")
    };
    let script_site = site.clone();
    let script = move || options.with(|options| options.script_snippet(&script_site));
    let iframe_site = site;
    let iframe = move || {
        let title = roadmap.title.get(state.lang.get()).to_string();
        options.with(|options| options.iframe_snippet(&iframe_site, &title))
    };

    // The preview is an embed like any other: it tells its height, this page follows it.
    let preview = NodeRef::<Iframe>::new();
    follow_height(preview);

    let copy = move |id: &'static str, text: String| {
        let promise = window().navigator().clipboard().write_text(&text);
        leptos::task::spawn_local(async move {
            let copied = JsFuture::from(promise).await.is_ok();
            if !copied {
                select(id);
            }
            status.set(Some(if copied {
                Say::Copied
            } else {
                Say::CopyBlocked
            }));
        });
    };

    move || {
        let lang = state.lang.get();
        let say = move |text: Say| text.text(lang);
        let steps = roadmap
            .all_steps()
            .map(|item| {
                let id = item.id.clone();
                let selected = step.with_untracked(|step| step.as_deref() == Some(id.as_str()));
                view! { <option value=id selected=selected>{item.title.get(lang).to_string()}</option> }
            })
            .collect_view();
        let lang_value = move || match lang_choice.get() {
            LangChoice::Fixed(lang) => lang.code(),
            LangChoice::Auto => "auto",
        };
        view! {
            <main id="main" class="share">
                <p><a href=back_href.clone()>"← " {say(Say::BackToExplorer)}</a></p>
                <h1>{say(Say::ShareTitle)}</h1>
                <p class="share__lead">{say(Say::ShareLead)}</p>

                <section class="share__section" aria-labelledby="share-link-title">
                    <h2 id="share-link-title">{say(Say::LinkHeading)}</h2>
                    <label for="share-link">{say(Say::LinkLabel)}</label>
                    <div class="share__row">
                        <input id="share-link" class="share__field" type="text" readonly value=link.clone()/>
                        <button type="button" class="button button--quiet" on:click={
                            let link = link.clone();
                            move |_| copy("share-link", link())
                        }>{say(Say::CopyLink)}</button>
                    </div>
                </section>

                <section class="share__section" aria-labelledby="share-embed-title">
                    <h2 id="share-embed-title">{say(Say::EmbedHeading)}</h2>
                    <p>{say(Say::EmbedLead)}</p>
                    <div class="share__options">
                        <div class="share__option">
                            <label for="share-lang">{say(Say::OptionLang)}</label>
                            <select id="share-lang" prop:value=lang_value on:change=move |event| {
                                let value = event_target_value(&event);
                                lang_choice.set(Lang::from_code(&value).map_or(LangChoice::Auto, LangChoice::Fixed));
                            }>
                                <option value="fr">{Lang::Fr.autonym()}</option>
                                <option value="en">{Lang::En.autonym()}</option>
                                <option value="auto">{say(Say::Automatic)}</option>
                            </select>
                        </div>
                        <div class="share__option">
                            <label for="share-step">{say(Say::OptionStep)}</label>
                            <select id="share-step" on:change=move |event| {
                                let value = event_target_value(&event);
                                step.set((!value.is_empty()).then_some(value));
                            }>
                                <option value="" selected=from.is_none()>{say(Say::WholeCycle)}</option>
                                {steps}
                            </select>
                        </div>
                        <div class="share__option">
                            <label for="share-theme">{say(Say::OptionTheme)}</label>
                            <select id="share-theme" on:change=move |event| {
                                theme.set(Theme::from_code(&event_target_value(&event)).unwrap_or(Theme::Auto));
                            }>
                                <option value="auto">{say(Say::Automatic)}</option>
                                <option value="light">{say(Say::ThemeLight)}</option>
                                <option value="dark">{say(Say::ThemeDark)}</option>
                            </select>
                        </div>
                        <div class="share__option">
                            <label for="share-view">{say(Say::OptionView)}</label>
                            <select id="share-view" on:change=move |event| {
                                view.set(CycleView::from_code(&event_target_value(&event)).unwrap_or(CycleView::Auto));
                            }>
                                <option value="auto">{say(Say::Automatic)}</option>
                                <option value="diagram">{say(Say::ViewDiagram)}</option>
                                <option value="list">{say(Say::ViewList)}</option>
                            </select>
                        </div>
                        <div class="share__accent">
                            <label class="share__check">
                                <input type="checkbox" prop:checked=move || use_accent.get()
                                    on:change=move |event| use_accent.set(event_target_checked(&event))/>
                                {say(Say::UseAccent)}
                            </label>
                            <div class="share__option">
                                <label for="share-accent">{say(Say::OptionAccent)}</label>
                                <input id="share-accent" type="color" prop:value=move || accent.get()
                                    on:input=move |event| accent.set(event_target_value(&event))/>
                            </div>
                        </div>
                    </div>

                    <h3 id="share-script-title">{say(Say::ScriptHeading)}</h3>
                    <p id="share-script-help">{say(Say::ScriptHelp)}</p>
                    <textarea id="share-script" class="share__code" readonly rows="3"
                        aria-labelledby="share-script-title" aria-describedby="share-script-help"
                        prop:value=script.clone()></textarea>
                    <button type="button" class="button button--quiet" on:click={
                        let script = script.clone();
                        move |_| copy("share-script", script())
                    }>{say(Say::CopySnippet)}</button>

                    <h3 id="share-iframe-title">{say(Say::IframeHeading)}</h3>
                    <p id="share-iframe-help">{say(Say::IframeHelp)}</p>
                    <textarea id="share-iframe" class="share__code" readonly rows="3"
                        aria-labelledby="share-iframe-title" aria-describedby="share-iframe-help"
                        prop:value=iframe.clone()></textarea>
                    <button type="button" class="button button--quiet" on:click={
                        let iframe = iframe.clone();
                        move |_| copy("share-iframe", iframe())
                    }>{say(Say::CopySnippet)}</button>

                    <h3 id="share-preview-title">{say(Say::Preview)}</h3>
                    <iframe class="share__preview" node_ref=preview title=say(Say::Preview)
                        src=move || format!("{}?{}", Site::Explorer.file(), options.with(|options| options.query()))></iframe>
                </section>
                <p class="share__status" role="status">{move || status.get().map(|text| text.text(lang))}</p>
            </main>
        }
    }
}

/// Selects the text of the field `id`, so that the reader can copy it by hand.
fn select(id: &str) {
    let Some(element) = document().get_element_by_id(id) else {
        return;
    };
    if let Some(field) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        field.select();
    } else if let Some(field) = element.dyn_ref::<web_sys::HtmlInputElement>() {
        field.select();
    }
}
