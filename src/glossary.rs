//! Finds glossary terms in a text, so the explorer can explain them where they appear.

use crate::content::GlossaryEntry;
use crate::lang::Lang;
use crate::sort::heap_sort;

/// A run of a text: plain words, or words that a glossary entry explains.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment<'a> {
    Plain(&'a str),
    Term { entry: usize, text: &'a str },
}

/// The words that link to each entry in `lang`, folded (lowercase, one apostrophe) and
/// sorted as text, an entry's own order kept among equal words: [`mark`] walks them as a
/// tree, letter by letter. An entry without forms is found by its term.
///
/// Sorted, not kept longest first as a list to try in turn: with every form tried at
/// every word, a glossary of tens of thousands of forms froze the page for a minute.
pub fn forms(glossary: &[GlossaryEntry], lang: Lang) -> Vec<(usize, String)> {
    let mut forms: Vec<(usize, String)> = glossary
        .iter()
        .enumerate()
        .flat_map(|(index, entry)| {
            let listed = entry.forms.get(lang);
            let words: Vec<&str> = if listed.is_empty() {
                vec![entry.term.get(lang)]
            } else {
                listed.iter().map(String::as_str).collect()
            };
            words
                .into_iter()
                .map(move |word| (index, word.trim().chars().map(key).collect::<String>()))
        })
        .filter(|(_, word)| !word.is_empty())
        .collect();
    // By word, then by entry: where two entries share a word, the first one wins.
    heap_sort(&mut forms, |a, b| (&a.1, a.0) < (&b.1, b.0));
    forms
}

/// Splits `text` at the first whole-word, case-insensitive appearance of each entry; where
/// forms overlap, the longest wins. `forms` are as [`forms`] gives them.
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
            longest_at(text, at, forms, &used)
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

/// The entry (not in `used`) of the longest form that stands at byte `at` of `text` as whole
/// words, and where it ends there.
///
/// `forms` is sorted, so the forms that begin as the text does from `at` are one run of it,
/// which narrows by binary search with each further character, as a walk down a tree: the
/// work is the length of the longest form that matches, whatever the number of forms.
fn longest_at(
    text: &str,
    at: usize,
    forms: &[(usize, String)],
    used: &[usize],
) -> Option<(usize, usize)> {
    let (mut low, mut high) = (0, forms.len());
    if forms.is_empty() {
        return None;
    }
    // Bytes of the forms matched so far; they share these bytes.
    let mut depth = 0;
    let mut best = None;
    for (offset, c) in text[at..].char_indices() {
        let wanted = key(c);
        let size = wanted.len_utf8();
        let wanted = head(wanted.encode_utf8(&mut [0; 4]), 0, size);
        // Where the whole run goes on with this character (its first and last forms do),
        // it stays as it is: forms that share a long beginning cost no search.
        let whole = head(&forms[low].1, depth, size) == wanted
            && head(&forms[high - 1].1, depth, size) == wanted;
        if !whole {
            low += forms[low..high].partition_point(|(_, form)| head(form, depth, size) < wanted);
            high = low
                + forms[low..high].partition_point(|(_, form)| head(form, depth, size) == wanted);
            if low == high {
                break;
            }
        }
        depth += size;
        // The forms that end here come first in the run, shortest first.
        if forms[low].1.len() > depth {
            continue;
        }
        let end = at + offset + c.len_utf8();
        let ends_word = text[end..].chars().next().is_none_or(|c| !is_word_char(c));
        let complete = forms[low..high]
            .iter()
            .take_while(|(_, form)| form.len() == depth);
        if let Some((entry, _)) = complete
            .into_iter()
            .find(|(entry, _)| !used.contains(entry))
        {
            if ends_word {
                best = Some((*entry, end));
            }
        }
    }
    best
}

/// The `len` bytes of `form` from `depth` (fewer where it ends) as one number, the first
/// byte highest, to compare with a character's bytes in a single step. The numbers sort as
/// the form's next characters would: UTF-8 keeps the order of characters in its bytes, and
/// a form that ends comes first.
fn head(form: &str, depth: usize, len: usize) -> u32 {
    let rest = form.as_bytes().get(depth..).unwrap_or_default();
    if len == 1 {
        // ASCII, most characters of our texts.
        return rest.first().copied().map_or(0, u32::from);
    }
    (0..len).fold(0, |number, i| {
        number << 8 | u32::from(rest.get(i).copied().unwrap_or_default())
    })
}

/// A character as forms are compared: folded, and with one apostrophe for the two that
/// texts use.
fn key(c: char) -> char {
    if is_apostrophe(c) {
        '\''
    } else {
        fold(c)
    }
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

    /// The matcher as it was before forms were sorted: every form, longest first, tried at
    /// every word. Slow, and plainly right.
    fn one_by_one<'a>(text: &'a str, glossary: &[GlossaryEntry], lang: Lang) -> Vec<Segment<'a>> {
        let mut forms = forms(glossary, lang);
        forms.sort_by_key(|(entry, form)| (std::cmp::Reverse(form.chars().count()), *entry));
        let mut segments = Vec::new();
        let mut used = Vec::new();
        let (mut plain_from, mut at) = (0, 0);
        while at < text.len() {
            let starts_word = text[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !is_word_char(c));
            let found = forms
                .iter()
                .filter(|(entry, _)| starts_word && !used.contains(entry))
                .find_map(|(entry, form)| {
                    let mut end = at;
                    let mut rest = text[at..].char_indices();
                    for expected in form.chars() {
                        let (offset, c) = rest.next()?;
                        if key(c) != expected {
                            return None;
                        }
                        end = at + offset + c.len_utf8();
                    }
                    let ends_word = text[end..].chars().next().is_none_or(|c| !is_word_char(c));
                    ends_word.then_some((*entry, end))
                });
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

    #[test]
    fn the_sorted_forms_find_what_trying_each_form_finds() {
        let shipped = include_str!("../content/roadmap.json");
        let Ok(roadmap) = crate::content::parse(shipped) else {
            panic!("the shipped content is valid");
        };
        let mut texts = 0;
        for lang in Lang::ALL {
            let forms = forms(&roadmap.glossary, lang);
            for step in roadmap.all_steps() {
                let items = step
                    .roles
                    .iter()
                    .chain(&step.conditions)
                    .chain(&step.challenges);
                for text in std::iter::once(&step.summary).chain(items.map(|item| &item.text)) {
                    let text = text.get(lang);
                    assert_eq!(
                        mark(text, &forms),
                        one_by_one(text, &roadmap.glossary, lang)
                    );
                    texts += 1;
                }
            }
        }
        assert!(texts > 100);
    }

    #[test]
    fn overlapping_forms_and_apostrophes_agree_with_trying_each_form() {
        let text = |fr: &str| crate::content::Text {
            fr: fr.into(),
            en: fr.into(),
        };
        let entry = |term: &str, forms: &[&str]| GlossaryEntry {
            id: "x".into(),
            term: text(term),
            definition: text("d"),
            forms: crate::content::TextList {
                fr: forms.iter().map(|f| f.to_string()).collect(),
                en: Vec::new(),
            },
            sources: Vec::new(),
        };
        let glossary = [
            entry("patient", &["patient", "patients"]),
            entry(
                "patient partenaire",
                &["patient partenaire", "patients partenaires"],
            ),
            entry("l’équipe", &["l'équipe", "équipe"]),
            entry("pat", &["pat", "patient"]),
            entry("champ", &["champ d’implication", "champ"]),
        ];
        let forms = forms(&glossary, Lang::Fr);
        for sample in [
            "Le patient partenaire et les patients partenaires parlent au patient.",
            "L’équipe, puis l'équipe et l’Équipe; une équipe.",
            "Pat, patiente, patient; PATIENT PARTENAIRE.",
            "Un champ d'implication, un champ.",
            "",
            "patient",
        ] {
            assert_eq!(
                mark(sample, &forms),
                one_by_one(sample, &glossary, Lang::Fr),
                "{sample}"
            );
        }
    }

    #[test]
    fn no_match_inside_a_word() {
        let forms = forms_of(&[(0, "patient")]);
        assert_eq!(mark("impatient", &forms), vec![Segment::Plain("impatient")]);
    }
}
