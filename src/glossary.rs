//! Finds glossary terms in a text, so the explorer can explain them where they appear.

use crate::content::GlossaryEntry;
use crate::lang::Lang;

/// A run of a text: plain words, or words that a glossary entry explains.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment<'a> {
    Plain(&'a str),
    Term { entry: usize, text: &'a str },
}

/// The words that link to each entry in `lang`, longest first so "patient partner"
/// wins over "patient". An entry without forms is found by its term.
pub fn forms(glossary: &[GlossaryEntry], lang: Lang) -> Vec<(usize, String)> {
    let mut forms: Vec<(usize, String)> = glossary
        .iter()
        .enumerate()
        .flat_map(|(index, entry)| {
            let listed = entry.forms.get(lang);
            let words: Vec<String> = if listed.is_empty() {
                vec![entry.term.get(lang).to_string()]
            } else {
                listed.to_vec()
            };
            words
                .into_iter()
                .map(move |word| (index, word.trim().chars().map(fold).collect::<String>()))
        })
        .filter(|(_, word)| !word.is_empty())
        .collect();
    // An insertion sort (stable, longest first): the list is short, and the standard
    // sorts cost kilobytes of wasm.
    for i in 1..forms.len() {
        let mut j = i;
        while j > 0 && forms[j - 1].1.chars().count() < forms[j].1.chars().count() {
            forms.swap(j - 1, j);
            j -= 1;
        }
    }
    forms
}

/// Splits `text` at the first whole-word, case-insensitive appearance of each entry.
pub fn mark<'a>(text: &'a str, forms: &[(usize, String)]) -> Vec<Segment<'a>> {
    let mut segments = Vec::new();
    let mut used: Vec<usize> = Vec::new();
    let mut plain_from = 0;
    let mut at = 0;
    while at < text.len() {
        let starts_word = text[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !is_word_char(c));
        let found = if starts_word {
            forms
                .iter()
                .filter(|(entry, _)| !used.contains(entry))
                .find_map(|(entry, form)| match_at(text, at, form).map(|end| (*entry, end)))
        } else {
            None
        };
        match found {
            Some((entry, end)) => {
                if plain_from < at {
                    segments.push(Segment::Plain(&text[plain_from..at]));
                }
                segments.push(Segment::Term {
                    entry,
                    text: &text[at..end],
                });
                used.push(entry);
                plain_from = end;
                at = end;
            }
            None => at += text[at..].chars().next().map_or(1, char::len_utf8),
        }
    }
    if plain_from < text.len() {
        segments.push(Segment::Plain(&text[plain_from..]));
    }
    segments
}

/// Where `form` (lowercase) ends if it stands at byte `at` of `text` as whole words.
fn match_at(text: &str, at: usize, form: &str) -> Option<usize> {
    let mut rest = text[at..].char_indices();
    let mut end = at;
    for expected in form.chars() {
        let (offset, c) = rest.next()?;
        if fold(c) != fold(expected) && !(is_apostrophe(c) && is_apostrophe(expected)) {
            return None;
        }
        end = at + offset + c.len_utf8();
    }
    let ends_word = text[end..].chars().next().is_none_or(|c| !is_word_char(c));
    ends_word.then_some(end)
}

/// Lowercases the letters of French and English texts (ASCII, Latin-1, Latin Extended-A).
/// Kept to these ranges on purpose: the full Unicode case tables would add kilobytes
/// to the wasm for letters our texts do not use.
fn fold(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        // À–Þ map to à–þ, except the multiplication sign.
        '\u{C0}'..='\u{DE}' if c != '\u{D7}' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        // Latin Extended-A alternates upper and lower case (Œ œ, Ÿ aside).
        '\u{100}'..='\u{17F}' if (c as u32).is_multiple_of(2) && c != '\u{178}' => {
            char::from_u32(c as u32 + 1).unwrap_or(c)
        }
        '\u{178}' => 'ÿ',
        _ => c,
    }
}

/// A letter or digit, for finding word boundaries in French and English texts.
fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || (c >= '\u{C0}' && c != '\u{D7}' && c != '\u{F7}' && c <= '\u{24F}')
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms_of(words: &[(usize, &str)]) -> Vec<(usize, String)> {
        words.iter().map(|(i, w)| (*i, w.to_string())).collect()
    }

    #[test]
    fn finds_whole_words_only_once() {
        let forms = forms_of(&[(0, "lhs")]);
        let segments = mark("An LHS learns; LHSs and the LHS again.", &forms);
        assert_eq!(
            segments,
            vec![
                Segment::Plain("An "),
                Segment::Term {
                    entry: 0,
                    text: "LHS"
                },
                Segment::Plain(" learns; LHSs and the LHS again."),
            ]
        );
    }

    #[test]
    fn accents_and_case() {
        let forms = forms_of(&[(1, "savoir expérientiel")]);
        let segments = mark("Le Savoir Expérientiel compte.", &forms);
        assert_eq!(
            segments[1],
            Segment::Term {
                entry: 1,
                text: "Savoir Expérientiel"
            }
        );
    }

    #[test]
    fn folding_covers_french_capitals() {
        assert_eq!("ÉÈÊÀÇÔŒ".chars().map(fold).collect::<String>(), "éèêàçôœ");
        assert_eq!(fold('×'), '×');
    }

    #[test]
    fn accented_letters_are_part_of_words() {
        let forms = forms_of(&[(0, "santé")]);
        assert_eq!(mark("santéx", &forms), vec![Segment::Plain("santéx")]);
        assert_eq!(
            mark("la santé.", &forms)[1],
            Segment::Term {
                entry: 0,
                text: "santé"
            }
        );
    }

    #[test]
    fn no_match_inside_a_word() {
        let forms = forms_of(&[(0, "patient")]);
        assert_eq!(mark("impatient", &forms), vec![Segment::Plain("impatient")]);
    }
}
