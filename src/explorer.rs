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

/// The explorer's home in `lang` as the build prerenders it into index.html, from
/// `content` (src/bin/prerender.rs).
#[cfg(feature = "ssr")]
pub fn first_view(lang: Lang, content: crate::state::Content) -> String {
    let state = move || crate::state::AppState::prerendered(lang);
    crate::shared::app::render::<ExplorerPage>(state, content)
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
