//! Workshops and sharing (present.html): the presenter view (`#/<lang>/present/<n>`), the
//! speaker view (`#/<lang>/speaker/<n>`), sharing and embedding (`#/<lang>/share`) and
//! previewing an adapted file (`#/<lang>/preview`). A page with a wasm of its own, so that
//! the explorer's first load stays small; its screens are `route::PresentPage`.

mod presenter;
mod preview_page;
mod share_page;
mod shortcuts_dialog;
mod slide_view;
mod speaker_timer;
mod speaker_view;
pub mod workshop;

use leptos::prelude::*;

use crate::content::Roadmap;
use crate::i18n::workshop::Say;
use crate::lang::Lang;
use crate::route::PresentPage;
use crate::shared::app::{self, SitePage};
use crate::state::Initial;

pub use presenter::Presenter;
pub use preview_page::PreviewPage;
pub use share_page::SharePage;
pub use speaker_view::SpeakerView;

/// Starts present.html.
pub fn mount() {
    app::mount::<PresentPage>(Initial::default());
}

impl SitePage for PresentPage {
    // The slides fill the window; the other screens lead back to the explorer themselves.
    const CHROME: bool = false;

    fn view(screen: Self) -> AnyView {
        match screen {
            PresentPage::Present { .. } => view! { <Presenter/> }.into_any(),
            PresentPage::Speaker { .. } => view! { <SpeakerView/> }.into_any(),
            PresentPage::Share { .. } => view! { <SharePage/> }.into_any(),
            PresentPage::Preview => view! { <PreviewPage/> }.into_any(),
        }
    }

    fn title(&self, lang: Lang, _roadmap: Option<&Roadmap>) -> String {
        let name = match self {
            PresentPage::Present { .. } => Say::PresenterTitle,
            PresentPage::Speaker { .. } => Say::SpeakerTitle,
            PresentPage::Share { .. } => Say::ShareTitle,
            PresentPage::Preview => Say::PreviewTitle,
        };
        name.text(lang).to_string()
    }
}
