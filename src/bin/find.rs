//! Starts search, getting involved, "Where could I start?" and my roadmap in find.html.

// No panic hook, as in the explorer: these pages are opened from it, on the same phones.
fn main() {
    lhs_roadmap::find::mount();
}
