//! Starts the presenter and speaker views in present.html.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    lhs_roadmap::present::mount();
}

// Lets `cargo test` build the crate natively, where there is no page to start.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
