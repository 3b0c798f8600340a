//! Writes the explorer's first view into the built index.html: its home in each language,
//! rendered from the site's content file by the same components as the wasm, which then
//! hydrates it (see src/first_view.rs and `explorer::mount`).
//!
//! Usage: lhs-prerender <site folder>   (the Makefile's `build`, after Trunk; reads
//! <folder>/content/roadmap.json, rewrites <folder>/index.html)

use std::path::Path;
use std::process::ExitCode;

use lhs_roadmap::content;
use lhs_roadmap::explorer::first_view;
use lhs_roadmap::first_view::{fingerprint, noscript_notice, splice};
use lhs_roadmap::i18n::explorer::Say;
use lhs_roadmap::lang::Lang;
use lhs_roadmap::state::Content;

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
    let roadmap = content::read(&bytes).map_err(|problems| {
        format!(
            "{} is not a valid content file ({} problems; `cargo test` lists them)",
            content_path.display(),
            problems.len()
        )
    })?;
    let content = Content::new(roadmap);
    let views: Vec<(Lang, String)> = Lang::ALL
        .into_iter()
        .map(|lang| (lang, first_view(lang, content)))
        .collect();
    let print = fingerprint(&bytes);
    let notice = noscript_notice(|lang| (Say::NoScript.text(lang), Say::OtherLanguageView.text(lang)));
    let html = splice(&page, &notice, &views, &print).map_err(|error| error.to_string())?;
    std::fs::write(&page_path, &html)
        .map_err(|error| format!("cannot write {}: {error}", page_path.display()))?;
    let sizes: Vec<String> = views
        .iter()
        .map(|(lang, view)| format!("{} {} bytes", lang.code(), view.len()))
        .collect();
    Ok(format!(
        "{} first views ({}), content {print}",
        page_path.display(),
        sizes.join(", ")
    ))
}
