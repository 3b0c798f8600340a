//! For trainers and organizations: presenting in a workshop, printing the handout,
//! sharing and embedding, adapting the content. Gathered here, linked from the header and
//! the footer, so that none of it stands between a patient and the steps.

use leptos::prelude::*;

use crate::i18n::explorer::Say;
use crate::i18n::Ui;
use crate::route::PresentPage;
use crate::shared::{print, PageArticle};
use crate::state::use_app_state;

#[component]
pub fn TrainersPage() -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang;
    move || {
        let lang = lang.get();
        let say = move |text: Say| text.text(lang);
        view! {
            <PageArticle name="trainers" title=say(Say::ForTrainers).to_string()>
                <p class="page__lead">{say(Say::TrainersLead)}</p>
                <section class="page__section trainers__tool" aria-labelledby="trainers-present">
                    <h2 id="trainers-present">{say(Say::PresentHeading)}</h2>
                    <p>{say(Say::PresentText)}</p>
                    <p>
                        <a class="button" href=state.href(PresentPage::Present { slide: 1 }, lang)>
                            {say(Say::StartPresenting)}
                        </a>
                    </p>
                </section>
                <section class="page__section trainers__tool" aria-labelledby="trainers-print">
                    <h2 id="trainers-print">{say(Say::PrintHeading)}</h2>
                    <p>{say(Say::PrintText)}</p>
                    <p>
                        <button type="button" class="button" on:click=move |_| print::print_all()>
                            {Ui::PrintRoadmap.text(lang)}
                        </button>
                    </p>
                    <p class="trainers__hint">{say(Say::PrintOneStep)}</p>
                </section>
                <section class="page__section trainers__tool" aria-labelledby="trainers-share">
                    <h2 id="trainers-share">{say(Say::ShareHeading)}</h2>
                    <p>{say(Say::ShareText)}</p>
                    <p>
                        <a class="button" href=state.href(PresentPage::Share { step: None }, lang)>
                            {Ui::Share.text(lang)}
                        </a>
                    </p>
                </section>
                <section class="page__section trainers__tool" aria-labelledby="trainers-adapt">
                    <h2 id="trainers-adapt">{say(Say::AdaptHeading)}</h2>
                    <p>{say(Say::AdaptText)}</p>
                    <p>
                        <a class="button" href=state.href(PresentPage::Preview, lang)>
                            {Ui::PreviewYourRoadmap.text(lang)}
                        </a>
                        " "
                        <a href="content/README.md">{say(Say::EditorsGuide)}</a>
                    </p>
                </section>
            </PageArticle>
        }
    }
}
