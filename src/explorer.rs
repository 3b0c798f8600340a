//! The explorer (index.html): the cycle and its steps, with the introduction, glossary,
//! sources and credits. Its screens are `route::ExplorerPage`; the wasm of this page
//! carries only what they show.

mod bookmark_button;
mod credits_page;
mod cycle_page;
mod glossary_page;
mod intro_page;
mod item_card;
mod lens_bar;
mod part_section;
mod sources_page;
mod step_bar;
mod step_details;
mod step_list;
mod step_note;
mod step_panels;
#[cfg(feature = "hydrate")]
mod take_over;
mod trainers_page;
mod welcome;

use leptos::prelude::*;

use crate::content::Roadmap;
use crate::i18n::explorer::Say;
use crate::i18n::Ui;
use crate::lang::Lang;
use crate::route::ExplorerPage;
use crate::shared::app::SitePage;
use crate::shared::NotFound;

pub use credits_page::CreditsPage;
pub use cycle_page::CyclePage;
pub use glossary_page::GlossaryPage;
pub use intro_page::IntroPage;
pub use sources_page::SourcesPage;
#[cfg(feature = "hydrate")]
pub use take_over::mount;
pub use trainers_page::TrainersPage;

/// index.html (`page`, as built) with the explorer's home in both languages rendered
/// from the content file `bytes`, which the page then checks before it shows them (see
/// `first_view`): the build runs it on the published file (src/bin/prerender.rs).
#[cfg(feature = "ssr")]
pub fn prerender(page: &str, bytes: &[u8]) -> Result<String, PrerenderError> {
    use crate::first_view::{fingerprint, noscript_notice, splice};
    let roadmap = crate::content::read(bytes).map_err(|problems| PrerenderError::Content(problems.len()))?;
    let content = crate::state::Content::new(roadmap);
    let views: Vec<(Lang, String)> = Lang::ALL
        .into_iter()
        .map(|lang| {
            let state = move || crate::state::AppState::prerendered(lang);
            (lang, crate::shared::app::render::<ExplorerPage>(state, content))
        })
        .collect();
    let notice = noscript_notice(|lang| (Say::NoScript.text(lang), Say::OtherLanguageView.text(lang)));
    splice(page, &notice, &views, &fingerprint(bytes)).map_err(PrerenderError::Page)
}

/// Why the first view could not be written.
#[cfg(feature = "ssr")]
#[derive(Debug)]
pub enum PrerenderError {
    /// The content file has this many problems.
    Content(usize),
    /// The page is not the explorer's index.html.
    Page(crate::first_view::SpliceError),
}

#[cfg(feature = "ssr")]
impl std::fmt::Display for PrerenderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PrerenderError::Content(count) => write!(f, "the content file has {count} problems"),
            PrerenderError::Page(error) => write!(f, "{error}"),
        }
    }
}

impl SitePage for ExplorerPage {
    const CHROME: bool = true;

    fn view(screen: Self) -> AnyView {
        match screen {
            ExplorerPage::Home | ExplorerPage::Step { .. } => view! { <CyclePage/> }.into_any(),
            ExplorerPage::Intro => view! { <IntroPage/> }.into_any(),
            ExplorerPage::Glossary { .. } => view! { <GlossaryPage/> }.into_any(),
            ExplorerPage::Sources { .. } => view! { <SourcesPage/> }.into_any(),
            ExplorerPage::Credits => view! { <CreditsPage/> }.into_any(),
            ExplorerPage::Trainers => view! { <TrainersPage/> }.into_any(),
            ExplorerPage::NotFound => view! { <NotFound/> }.into_any(),
        }
    }

    fn title(&self, lang: Lang, roadmap: Option<&Roadmap>) -> String {
        let label = match self {
            ExplorerPage::Step { id, .. } => {
                if let Some(step) = roadmap.and_then(|roadmap| roadmap.step(id)) {
                    return step.title.get(lang).to_string();
                }
                Ui::AppName
            }
            ExplorerPage::Home => match roadmap {
                Some(roadmap) => return roadmap.title.get(lang).to_string(),
                None => Ui::AppName,
            },
            ExplorerPage::Intro => Ui::Introduction,
            ExplorerPage::Glossary { .. } => Ui::Glossary,
            ExplorerPage::Sources { .. } => Ui::Sources,
            ExplorerPage::Credits => Ui::Credits,
            ExplorerPage::Trainers => return Say::ForTrainers.text(lang).to_string(),
            ExplorerPage::NotFound => Ui::NotFoundTitle,
        };
        label.text(lang).to_string()
    }
}
