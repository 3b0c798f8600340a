//! The explorer's first view, prerendered into index.html at build time: which addresses
//! show it, how the page knows that it was rendered from the content file it is about to
//! read, and where the build writes it into the page. Pure, so that the build's program,
//! the wasm and the native tests agree.
//!
//! The page's boot script (src/boot.js) mirrors [`fingerprint`] and [`prerendered_lang`]
//! to choose, before the first paint, which view to show; the end-to-end tests check that
//! the two agree.

use crate::lang::Lang;
use crate::lens::Lens;
use crate::route::{Page, Route};

/// The `<meta name>` that carries the fingerprint of the content file the first views
/// were rendered from.
pub const META_NAME: &str = "lhs-content";

/// The id of the element holding the first view in `lang`.
pub fn view_id(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "first-fr",
        Lang::En => "first-en",
    }
}

/// A short fingerprint of a content file's bytes: its length and its 32-bit FNV-1a hash,
/// in hexadecimal. Not a defence against anyone, only a way to notice that the file
/// changed since the build, cheap enough for the boot script to compute in JavaScript
/// (where `crypto.subtle` is missing on a plain-http host).
pub fn fingerprint(bytes: &[u8]) -> String {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in bytes {
        hash ^= u32::from(*byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    format!("{:x}-{hash:08x}", bytes.len())
}

/// The language of the first view an address shows, if it shows one: the explorer's home
/// in either language, with no lens. `None` for every other address (a step, a lens, a
/// page of its own), which the app renders itself. An address without a language shows
/// the view in `fallback`, the language the app would choose.
pub fn prerendered_lang(hash: &str, fallback: Lang) -> Option<Lang> {
    let route = Route::parse(hash);
    (route.page == Page::HOME && route.lens == Lens::default())
        .then(|| route.lang.unwrap_or(fallback))
}

/// What a reader without JavaScript is told, in both languages, above the first views:
/// what the page shows them, what needs JavaScript, and a link to the view in the other
/// language (shown by the style sheets when it is the address's target).
pub fn noscript_notice(text: impl Fn(Lang) -> (&'static str, &'static str)) -> String {
    let mut html = String::from("<noscript>");
    for lang in Lang::ALL {
        let other = lang.other();
        let (notice, link) = text(lang);
        html.push_str(&format!(
            "<p class=\"noscript-note\" lang=\"{}\">{} <a href=\"#{}\" hreflang=\"{}\" lang=\"{}\">{}</a></p>",
            lang.code(),
            escape(notice),
            view_id(other),
            other.code(),
            other.code(),
            escape(link),
        ));
    }
    html.push_str("</noscript>");
    html
}

/// Text as HTML.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// Why the first views could not be written into the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SpliceError {
    /// The page has no `<div id="app">` to write them into.
    NoRoot,
    /// The page has no `<div class="first-wait">` (the "loading" shell) after it.
    NoShell,
    /// The page has no `<meta name="lhs-content">` to carry the fingerprint.
    NoMeta,
}

impl std::fmt::Display for SpliceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            SpliceError::NoRoot => "the page has no <div id=\"app\">",
            SpliceError::NoShell => "the page has no <div class=\"first-wait\"> in its app",
            SpliceError::NoMeta => "the page has no <meta name=\"lhs-content\">",
        })
    }
}

/// `page` (index.html as Trunk wrote it, minified or not, or as a build already wrote
/// views into it) with, at the start of its `<div id="app">`, the `notice` for readers
/// without JavaScript, then the first `views` (each language's rendered HTML), each in an
/// element of its own with its language; and the content's `fingerprint` in the page's
/// meta. Whatever stood before the "loading" shell (views of another file) goes.
pub fn splice(
    page: &str,
    notice: &str,
    views: &[(Lang, String)],
    fingerprint: &str,
) -> Result<String, SpliceError> {
    let root = ["<div id=\"app\">", "<div id=app>"]
        .iter()
        .find_map(|tag| page.find(tag).map(|at| at + tag.len()))
        .ok_or(SpliceError::NoRoot)?;
    let shell = ["<div class=\"first-wait\"", "<div class=first-wait"]
        .iter()
        .find_map(|tag| page[root..].find(tag).map(|at| root + at))
        .ok_or(SpliceError::NoShell)?;
    let meta = meta_content_at(page).ok_or(SpliceError::NoMeta)?;
    if meta.start > root {
        return Err(SpliceError::NoMeta);
    }
    let mut html = String::with_capacity(page.len() + views.iter().map(|(_, v)| v.len() + 64).sum::<usize>());
    html.push_str(&page[..meta.start]);
    html.push_str(fingerprint);
    html.push_str(&page[meta.end..root]);
    html.push_str(notice);
    for (lang, view) in views {
        html.push_str(&format!(
            "<div id=\"{}\" class=\"first\" lang=\"{}\">",
            view_id(*lang),
            lang.code()
        ));
        html.push_str(view);
        html.push_str("</div>");
    }
    html.push_str(&page[shell..]);
    Ok(html)
}

/// Where the value of the page's `<meta name="lhs-content" content="…">` is, whatever
/// the order of its attributes and their quotes (a minifier sorts the one and drops the
/// other: `<meta content=unrendered name=lhs-content>`).
fn meta_content_at(page: &str) -> Option<std::ops::Range<usize>> {
    let mut from = 0;
    while let Some(found) = page[from..].find("<meta") {
        let start = from + found;
        let end = start + page[start..].find('>')?;
        let tag = &page[start..end];
        let named = tag.contains(&format!("name=\"{META_NAME}\""))
            || tag.contains(&format!("name={META_NAME}"));
        if named {
            return content_value(page, start, end);
        }
        from = end;
    }
    None
}

/// The range of the `content` attribute's value in the tag `page[start..end]`, quoted or
/// not (index.html gives it a placeholder value, so that no minifier drops it).
fn content_value(page: &str, start: usize, end: usize) -> Option<std::ops::Range<usize>> {
    let tag = &page[start..end];
    let at = tag.find("content=")? + "content=".len();
    let rest = &tag[at..];
    let (from, len) = match rest.strip_prefix('"') {
        Some(value) => (start + at + 1, value.find('"')?),
        None => (start + at, rest.find([' ', '/']).unwrap_or(rest.len())),
    };
    Some(from..from + len)
}
