//! Starts the explorer in the page.

// No panic hook here, unlike present.html: its message formatting costs the first load
// about 1 KB, and a panic still shows in the console as a wasm `unreachable` error.
fn main() {
    lhs_roadmap::explorer::mount();
}
