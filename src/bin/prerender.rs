//! Writes the explorer's first view into the built index.html: its home in each language,
//! rendered from the site's content file by the same components as the wasm, which then
//! hydrates it (see src/first_view.rs and `explorer::mount`).
//!
//! Usage: lhs-prerender <site folder>   (the Makefile's `build`, after Trunk; reads
//! <folder>/content/roadmap.json, rewrites <folder>/index.html)

use std::path::Path;
use std::process::ExitCode;

use lhs_roadmap::explorer::{self, PrerenderError};
use lhs_roadmap::first_view::fingerprint;

fn main() -> ExitCode {
    let Some(site) = std::env::args().nth(1) else {
        eprintln!("usage: lhs-prerender <site folder>");
        return ExitCode::from(2);
    };
    match prerender(Path::new(&site)) {
        Ok(summary) => {
            println!("prerender: {summary}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("prerender: {error}");
            ExitCode::FAILURE
        }
    }
}

fn prerender(site: &Path) -> Result<String, String> {
    let page_path = site.join("index.html");
    let content_path = site.join("content").join("roadmap.json");
    let page = std::fs::read_to_string(&page_path)
        .map_err(|error| format!("cannot read {}: {error}", page_path.display()))?;
    let bytes = std::fs::read(&content_path)
        .map_err(|error| format!("cannot read {}: {error}", content_path.display()))?;
    let html = explorer::prerender(&page, &bytes).map_err(|error| match error {
        PrerenderError::Content(_) => format!("{}: {error} (`cargo test` lists them)", content_path.display()),
        PrerenderError::Page(_) => format!("{}: {error}", page_path.display()),
    })?;
    std::fs::write(&page_path, &html)
        .map_err(|error| format!("cannot write {}: {error}", page_path.display()))?;
    Ok(format!(
        "{} holds the first views ({} bytes, was {}), content {}",
        page_path.display(),
        html.len(),
        page.len(),
        fingerprint(&bytes)
    ))
}
