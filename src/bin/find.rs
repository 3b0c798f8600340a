//! Starts search, getting involved, "Where could I start?" and my roadmap in find.html.

// No panic hook, as in the explorer: these pages are opened from it, on the same phones.
#[cfg(target_arch = "wasm32")]
fn main() {
    lhs_roadmap::find::mount();
}

// Lets `cargo test` build the crate natively, where there is no page to start.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
