//! Finding one's place (find.html): search, getting involved (areas, continuum,
//! supports), "Where could I start?" and the personal roadmap. A page with a wasm of its
//! own, so that the explorer's first load does not carry them; its screens are
//! `route::FindPage`.

mod areas_page;
mod continuum_page;
mod involve_nav;
mod my_roadmap_page;
mod search_page;
mod start_page;
mod supports_page;

use leptos::prelude::*;

use crate::content::Roadmap;
use crate::i18n::Ui;
use crate::lang::Lang;
use crate::route::FindPage;
use crate::shared::app::{self, SitePage};
use crate::state::Initial;

pub use areas_page::AreasPage;
pub use continuum_page::ContinuumPage;
pub use my_roadmap_page::MyRoadmapPage;
pub use search_page::SearchPage;
pub use start_page::StartPage;
pub use supports_page::SupportsPage;

/// Starts find.html.
pub fn mount() {
    app::mount::<FindPage>(Initial::default());
}

impl SitePage for FindPage {
    const CHROME: bool = true;

    fn view(screen: Self) -> AnyView {
        match screen {
            FindPage::Search { .. } => view! { <SearchPage/> }.into_any(),
            FindPage::Mine => view! { <MyRoadmapPage/> }.into_any(),
            FindPage::Start => view! { <StartPage/> }.into_any(),
            FindPage::Areas { .. } => view! { <AreasPage/> }.into_any(),
            FindPage::Continuum { .. } => view! { <ContinuumPage/> }.into_any(),
            FindPage::Supports { .. } => view! { <SupportsPage/> }.into_any(),
        }
    }

    fn title(&self, lang: Lang, _roadmap: Option<&Roadmap>) -> String {
        let label = match self {
            FindPage::Search { .. } => Ui::Search,
            FindPage::Mine => Ui::MyRoadmap,
            FindPage::Start => Ui::WhereStart,
            FindPage::Areas { .. } => Ui::Areas,
            FindPage::Continuum { .. } => Ui::Continuum,
            FindPage::Supports { .. } => Ui::Supports,
        };
        label.text(lang).to_string()
    }
}
