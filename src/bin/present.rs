//! Starts the presenter and speaker views in present.html.

fn main() {
    console_error_panic_hook::set_once();
    lhs_roadmap::present::mount();
}
