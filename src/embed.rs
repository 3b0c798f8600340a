//! The embedded explorer (`index.html?embed`): the options the app reads from the query
//! string (language, first step, accent colour, view), and an accent that stays readable.
//! The theme and the messages with the host page are src/frame.js's.
//!
//! Every value is checked; an unknown or invalid one is ignored and the default used, so a
//! mistyped snippet never breaks the embed.

use crate::content::is_slug;
use crate::lang::Lang;
use crate::query;

/// The language an embed uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LangChoice {
    Fixed(Lang),
    /// The reader's browser language (the default).
    Auto,
}

/// Light or dark colours, or the reader's system setting (the default). src/frame.js
/// applies it; the app only writes it into snippets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
    Auto,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    pub fn code(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }

    pub fn from_code(code: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|theme| theme.code() == code)
    }
}

/// How the cycle is shown: the diagram, the list, or by the width available (default).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CycleView {
    Diagram,
    List,
    Auto,
}

impl CycleView {
    pub const ALL: [CycleView; 3] = [CycleView::Auto, CycleView::Diagram, CycleView::List];

    pub fn from_code(code: &str) -> Option<CycleView> {
        CycleView::ALL.into_iter().find(|view| view.code() == code)
    }

    pub fn code(self) -> &'static str {
        match self {
            CycleView::Diagram => "diagram",
            CycleView::List => "list",
            CycleView::Auto => "auto",
        }
    }
}

/// What an embed's address asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedOptions {
    pub lang: LangChoice,
    /// The step to open, if it is a well-formed id (the content decides if it exists).
    pub step: Option<String>,
    pub theme: Theme,
    /// `#rrggbb`, lowercase.
    pub accent: Option<String>,
    pub view: CycleView,
    /// Another content file of the site (`content=`), as a checked relative path.
    pub content: Option<String>,
}

impl Default for EmbedOptions {
    fn default() -> Self {
        EmbedOptions {
            lang: LangChoice::Auto,
            step: None,
            theme: Theme::Auto,
            accent: None,
            content: None,
            view: CycleView::Auto,
        }
    }
}

/// Reads `location.search` (with or without its `?`): `None` unless it has `embed`.
pub fn parse_query(search: &str) -> Option<EmbedOptions> {
    let pairs = query::pairs(search);
    if !query::has(&pairs, "embed") {
        return None;
    }
    let mut options = EmbedOptions::default();
    for (key, value) in &pairs {
        let value = value.as_str();
        match key.as_str() {
            "lang" => {
                if let Some(lang) = lang_choice(value) {
                    options.lang = lang;
                }
            }
            "step" if is_slug(value) => options.step = Some(value.to_string()),
            "theme" => {
                if let Some(theme) = Theme::from_code(value) {
                    options.theme = theme;
                }
            }
            "accent" => {
                if let Some(accent) = hex_colour(value.strip_prefix('#').unwrap_or(value)) {
                    options.accent = Some(accent);
                }
            }
            "view" => {
                if let Some(view) = CycleView::from_code(value) {
                    options.view = view;
                }
            }
            // Read as `crate::source` reads it; a refused value is the explorer's to
            // report, not an option to keep.
            "content" => options.content = crate::source::relative_path(value),
            _ => {}
        }
    }
    Some(options)
}

impl EmbedOptions {
    /// The query string that asks for these options, defaults left out:
    /// `embed&lang=fr&step=collect-data`.
    pub fn query(&self) -> String {
        let mut pairs = vec![("embed", "")];
        if let LangChoice::Fixed(lang) = self.lang {
            pairs.push(("lang", lang.code()));
        }
        if let Some(step) = &self.step {
            pairs.push(("step", step));
        }
        if self.theme != Theme::Auto {
            pairs.push(("theme", self.theme.code()));
        }
        if let Some(accent) = &self.accent {
            pairs.push(("accent", accent.trim_start_matches('#')));
        }
        if self.view != CycleView::Auto {
            pairs.push(("view", self.view.code()));
        }
        if let Some(content) = &self.content {
            pairs.push(("content", content));
        }
        query::write(pairs)
    }

    /// The snippet for a host page: a placeholder element and src/embed.js from `site`
    /// (the explorer's folder, ending in `/`).
    pub fn script_snippet(&self, site: &str) -> String {
        let mut attributes = String::new();
        let mut add = |name: &str, value: &str| {
            attributes.push_str(&format!(" data-{name}=\"{}\"", escape_attribute(value)));
        };
        if let LangChoice::Fixed(lang) = self.lang {
            add("lang", lang.code());
        }
        if let Some(step) = &self.step {
            add("step", step);
        }
        if self.theme != Theme::Auto {
            add("theme", self.theme.code());
        }
        if let Some(accent) = &self.accent {
            add("accent", accent.trim_start_matches('#'));
        }
        if self.view != CycleView::Auto {
            add("view", self.view.code());
        }
        if let Some(content) = &self.content {
            add("content", content);
        }
        format!(
            "<div data-lhs-roadmap{attributes}></div>\n<script src=\"{}embed.js\" async></script>",
            escape_attribute(site)
        )
    }

    /// A plain iframe for sites that strip scripts: it cannot follow the content's
    /// height, so it gets a fixed one that fits most steps. Its size is in attributes, not
    /// a `style` one, which a host's own strict Content-Security-Policy would refuse;
    /// `frameborder`, obsolete but read by every browser, is the only attribute that
    /// takes the frame's border off.
    pub fn iframe_snippet(&self, site: &str, title: &str) -> String {
        format!(
            "<iframe src=\"{}index.html?{}\" title=\"{}\" loading=\"lazy\" width=\"100%\" height=\"1600\" frameborder=\"0\"></iframe>",
            escape_attribute(site),
            escape_attribute(&self.query()),
            escape_attribute(title)
        )
    }
}

/// Text made safe inside a double-quoted HTML attribute.
fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn lang_choice(code: &str) -> Option<LangChoice> {
    match code {
        "auto" => Some(LangChoice::Auto),
        _ => Lang::from_code(code).map(LangChoice::Fixed),
    }
}

/// `rrggbb` (six hex digits, any case, no `#`) as `#rrggbb` in lowercase.
fn hex_colour(value: &str) -> Option<String> {
    (value.len() == 6 && value.bytes().all(|byte| byte.is_ascii_hexdigit()))
        .then(|| format!("#{}", value.to_ascii_lowercase()))
}

/// The light theme's background, and the dark theme's (style/tokens.css, style/embed.css).
pub const LIGHT_BACKGROUND: [u8; 3] = [255, 255, 255];
pub const DARK_BACKGROUND: [u8; 3] = [0x11, 0x18, 0x1d];

/// The accent as given if it reads at 4.5:1 against `background`, else moved away from it
/// (darker on light, lighter on dark) until it does. The accent colours links and fills
/// the selected step under background-coloured type, so a brand colour too close to the
/// background must not make either unreadable.
pub fn readable_accent(hex: &str, background: [u8; 3]) -> String {
    let Some(mut rgb) = parse_rgb(hex) else {
        return hex.to_string();
    };
    let darken = luminance(background) > 0.5;
    for _ in 0..64 {
        if contrast(rgb, background) >= 4.5 {
            break;
        }
        rgb = rgb.map(|channel| {
            let channel = f64::from(channel);
            if darken {
                (channel * 0.92) as u8
            } else {
                (channel + (255.0 - channel) * 0.12).ceil() as u8
            }
        });
    }
    let mut hex = String::from("#");
    for channel in rgb {
        for digit in [channel >> 4, channel & 15] {
            hex.push(char::from_digit(u32::from(digit), 16).unwrap_or('0'));
        }
    }
    hex
}

fn parse_rgb(hex: &str) -> Option<[u8; 3]> {
    let hex = hex.strip_prefix('#')?;
    if hex.len() != 6 || !hex.is_ascii() {
        return None;
    }
    let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some([channel(0)?, channel(2)?, channel(4)?])
}

/// The WCAG contrast ratio of two colours.
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (light, dark) = if la > lb { (la, lb) } else { (lb, la) };
    (light + 0.05) / (dark + 0.05)
}

fn luminance(rgb: [u8; 3]) -> f64 {
    let [r, g, b] = rgb.map(|channel| {
        let c = f64::from(channel) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            // (c + 0.055) / 1.055 raised to 2.4, without libm: x^2.4 = x^2 · x^0.4, and
            // x^0.4 by Newton's method on y^5 = x^2.
            gamma((c + 0.055) / 1.055)
        }
    });
    0.2126 * r + 0.7152 * g + 0.0722 * b
}

/// `x` raised to 2.4 for `x` in (0, 1].
fn gamma(x: f64) -> f64 {
    let square = x * x;
    let mut y = x;
    for _ in 0..40 {
        let y4 = y * y * y * y;
        y -= (y4 * y - square) / (5.0 * y4);
    }
    square * y
}
