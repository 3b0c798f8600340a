//! The root of find.html: search, getting involved (areas, continuum, supports), "Where
//! could I start?" and the personal roadmap. They are pages of their own, with a wasm of
//! their own, so that the explorer's first load does not carry them; the explorer's
//! links lead here, and these pages' links lead back (see `route::Site`).

use leptos::prelude::*;

use crate::app::{mount_app, stays, App};
use crate::components::{
    AreasPage, ContinuumPage, MyRoadmapPage, NotFound, SearchPage, StartPage, SupportsPage,
};
use crate::route::{Site, View};

pub fn mount() {
    if stays(Site::Find) {
        mount_app(|| view! { <App site=Site::Find screen=find_screen/> });
    }
}

/// The screens of find.html.
fn find_screen(view: View) -> AnyView {
    match view {
        View::Search => view! { <SearchPage/> }.into_any(),
        View::Mine => view! { <MyRoadmapPage/> }.into_any(),
        View::Start => view! { <StartPage/> }.into_any(),
        View::Areas => view! { <AreasPage/> }.into_any(),
        View::Continuum => view! { <ContinuumPage/> }.into_any(),
        View::Supports => view! { <SupportsPage/> }.into_any(),
        _ => view! { <NotFound/> }.into_any(),
    }
}
