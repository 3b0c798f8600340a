//! Where the explorer takes its content from: the published `content/roadmap.json`,
//! another file of the same site named by `?content=`, or a file being previewed on this
//! device (`?preview`, from the "Preview your roadmap" page).
//!
//! A link to an organization's site must never show someone else's content, so a
//! `content=` value is read as a relative path inside the site, or refused.

/// The published content, relative to the page so that any sub-path works.
pub const PUBLISHED: &str = "content/roadmap.json";

/// The longest `content=` path accepted; a real one is a few dozen characters.
const MAX_PATH: usize = 200;

/// The content a page shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    Published,
    /// A file of the site, as a normalized relative path (`adapted/roadmap.json`).
    File(String),
    /// The file chosen on the preview page, kept on this device.
    Preview,
}

/// A `content=` value that is not a relative path inside the site, as it was written
/// (decoded), for the message that refuses it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refused(pub String);

impl Source {
    /// The source a page's query string asks for. `preview` wins over `content=`, which
    /// is refused rather than ignored when it is not a path inside the site: showing the
    /// published content instead would hide that the link is wrong.
    pub fn from_query(search: &str) -> Result<Source, Refused> {
        let query = search.strip_prefix('?').unwrap_or(search);
        let mut source = Source::Published;
        for pair in query.split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            match key {
                "preview" => return Ok(Source::Preview),
                "content" if source == Source::Published => {
                    let value = decode(value).unwrap_or_default();
                    source = match relative_path(&value) {
                        Some(path) if path == PUBLISHED => Source::Published,
                        Some(path) => Source::File(path),
                        None => return Err(Refused(value)),
                    };
                }
                _ => {}
            }
        }
        Ok(source)
    }

    /// The address to fetch, relative to the page; `None` for a preview, which is not
    /// fetched.
    pub fn url(&self) -> Option<&str> {
        match self {
            Source::Published => Some(PUBLISHED),
            Source::File(path) => Some(path),
            Source::Preview => None,
        }
    }

    /// The query that keeps this source on a link to the site's other page: `""`,
    /// `?content=adapted/roadmap.json` or `?preview`.
    pub fn query(&self) -> String {
        match self {
            Source::Published => String::new(),
            Source::File(path) => format!("?content={path}"),
            Source::Preview => "?preview".to_string(),
        }
    }

    /// The query to give a link or embed that other people open: a preview lives on this
    /// device only, so what they get is the site's own content.
    pub fn shared_query(&self) -> String {
        match self {
            Source::File(_) => self.query(),
            Source::Published | Source::Preview => String::new(),
        }
    }
}

/// `value` as a normalized relative path inside the site, ending in `.json`, or `None`.
///
/// Only letters, digits and `-_./` are allowed: no scheme (`:`), no query or fragment,
/// no backslash (which browsers read as `/`), no percent sign (a browser would decode
/// `%2e%2e` into `..` after this check). No leading `/`, no empty segment (`//`), and
/// `..` may not climb above the page's folder.
pub fn relative_path(value: &str) -> Option<String> {
    let allowed = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'/');
    if value.is_empty() || value.len() > MAX_PATH || !value.bytes().all(allowed) {
        return None;
    }
    let mut segments: Vec<&str> = Vec::new();
    for segment in value.split('/') {
        match segment {
            "" => return None,
            "." => {}
            ".." => {
                segments.pop()?;
            }
            _ => segments.push(segment),
        }
    }
    let path = segments.join("/");
    let name = segments.last()?;
    (name.len() > ".json".len() && name.ends_with(".json")).then_some(path)
}

/// Percent-decodes a query value (and `+` as a space); `None` when the bytes are not
/// UTF-8. An invalid escape is kept as written, so the check that follows refuses it.
fn decode(value: &str) -> Option<String> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |at: usize| bytes.get(at).and_then(|b| (*b as char).to_digit(16));
        match (bytes[i], hex(i + 1), hex(i + 2)) {
            (b'%', Some(high), Some(low)) => {
                out.push((high * 16 + low) as u8);
                i += 3;
            }
            (b'+', _, _) => {
                out.push(b' ');
                i += 1;
            }
            (byte, _, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}
