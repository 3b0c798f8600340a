//! The two languages of the interface and the content, and how the first one is chosen.
//! Its own module, so that the content model and the interface strings both depend on it
//! rather than on each other.

/// An interface and content language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    Fr,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    /// The code used in URLs, storage and `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// Reads a code written by [`Lang::code`]; anything else is not a language of ours.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "fr" => Some(Lang::Fr),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Fr => Lang::En,
            Lang::En => Lang::Fr,
        }
    }

    /// The language's name written in that language, as a switch shows it.
    pub fn autonym(self) -> &'static str {
        match self {
            Lang::Fr => "Français",
            Lang::En => "English",
        }
    }
}

/// The first language: the URL's, else the saved preference, else the browser's
/// (any `fr-*` gives French), else English.
pub fn initial_lang<'a>(
    from_url: Option<Lang>,
    saved: Option<&str>,
    browser: impl IntoIterator<Item = &'a str>,
) -> Lang {
    from_url
        .or_else(|| saved.and_then(Lang::from_code))
        .or_else(|| browser.into_iter().find_map(browser_lang))
        .unwrap_or(Lang::En)
}

/// Maps a BCP 47 tag such as `fr-CA` to one of our languages.
fn browser_lang(tag: &str) -> Option<Lang> {
    let primary = tag
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    Lang::from_code(&primary)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_language_wins() {
        assert_eq!(
            initial_lang(Some(Lang::En), Some("fr"), ["fr-CA"]),
            Lang::En
        );
    }

    #[test]
    fn saved_preference_comes_before_the_browser() {
        assert_eq!(initial_lang(None, Some("fr"), ["en-US"]), Lang::Fr);
    }

    #[test]
    fn any_french_browser_gives_french() {
        assert_eq!(initial_lang(None, None, ["de-DE", "fr-CA"]), Lang::Fr);
        assert_eq!(initial_lang(None, Some("xx"), ["FR"]), Lang::Fr);
        assert_eq!(initial_lang(None, None, ["es", "it"]), Lang::En);
    }

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("FR"), None);
    }
}
