//! Readability of every item's text (roles, winning conditions, challenges), and of the
//! supports' and the levels of engagement's texts shown beside them, measured with the
//! classic formulas: the roadmap's first readers are patients, families and caregivers,
//! many with low health literacy, so a text that scores above the targets fails the build.
//!
//! Targets, for each item's text on its own:
//! - English: Flesch reading ease ≥ 60 and Flesch–Kincaid grade ≤ 8;
//! - French: Kandel–Moles ≥ 70 (Flesch's formula refitted to French by Kandel and Moles, 1958);
//! - both: no sentence over 20 words.
//!
//! The formulas are implemented here, with no crate, so that the rule is in plain sight:
//! - Flesch reading ease = 206.835 − 1.015 × (words ÷ sentences) − 84.6 × (syllables ÷ words)
//! - Flesch–Kincaid grade = 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59
//! - Kandel–Moles = 207 − 1.015 × (words ÷ sentences) − 73.6 × (syllables ÷ words)
//!
//! Counting rules (an approximation, the same for every text, so scores compare fairly):
//! - A **word** is a run of letters; an apostrophe or a hyphen between two letters joins
//!   (« l’équipe », « États-Unis », "co-chair" are one word). Digits are not words.
//! - A **sentence** ends at `.`, `!`, `?` or `…` followed by a space or the end, or at a blank
//!   line. A piece with no word (a lone number) is not a sentence.
//! - **Syllables** are counted per part of a word (split at apostrophes and hyphens) as
//!   groups of consecutive vowels, then corrected for silent endings, at least 1 per word:
//!   - English vowels are a e i o u y. A final silent `e` is dropped ("care" 1), except
//!     after a consonant + `le` ("table" 2) and in `ee` ("agree" 2); a final `ed` is
//!     dropped after a consonant other than t or d ("helped" 1, "needed" 2); a final
//!     `es` is dropped after a consonant other than s, x, z, c, g, h ("makes" 1,
//!     "services" 3).
//!   - French vowels are a e i o u y and their accented forms, with œ and æ. A final mute
//!     `e` or `es` after a consonant is dropped (« proches » 1, « personne » 2), not after
//!     a vowel (« données » 2, « partie » 2). Verb endings in `-ent` are not dropped, which
//!     overcounts a little and so errs on the strict side.
#![cfg(not(target_arch = "wasm32"))]

use lhs_roadmap::content::{parse, Part, Text};
use lhs_roadmap::lang::Lang;

const SHIPPED: &str = include_str!("../content/roadmap.json");

const MIN_FLESCH: f64 = 60.0;
const MAX_GRADE: f64 = 8.0;
const MIN_KANDEL_MOLES: f64 = 70.0;
const MAX_SENTENCE_WORDS: usize = 20;

/// Joins two runs of letters into one word when it sits between them.
fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-')
}

/// The words of `text`, by the rule in the module's comment.
fn words(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut current = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let joins = is_joiner(c)
            && !current.is_empty()
            && chars.get(i + 1).is_some_and(|next| next.is_alphabetic());
        if c.is_alphabetic() || joins {
            current.push(c);
        } else if !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// The sentences of `text`, by the rule in the module's comment.
fn sentences(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut current = String::new();
    for (i, &c) in chars.iter().enumerate() {
        current.push(c);
        let next = chars.get(i + 1).copied();
        let end_mark = matches!(c, '.' | '!' | '?' | '…') && next.is_none_or(char::is_whitespace);
        let blank_line = c == '\n' && next == Some('\n');
        if end_mark || blank_line {
            out.push(std::mem::take(&mut current));
        }
    }
    out.push(current);
    out.retain(|sentence| !words(sentence).is_empty());
    out
}

fn is_vowel(c: char, lang: Lang) -> bool {
    match lang {
        Lang::En => "aeiouy".contains(c),
        Lang::Fr => "aeiouyàâäéèêëîïôöùûüÿœæ".contains(c),
    }
}

/// Groups of consecutive vowels in one part of a word.
fn vowel_groups(part: &[char], lang: Lang) -> usize {
    let mut groups = 0;
    let mut in_group = false;
    for &c in part {
        let vowel = is_vowel(c, lang);
        if vowel && !in_group {
            groups += 1;
        }
        in_group = vowel;
    }
    groups
}

/// Syllables of one part of a word (lowercase), with the silent endings of its language.
fn part_syllables(part: &[char], lang: Lang) -> usize {
    let groups = vowel_groups(part, lang);
    if groups <= 1 {
        return groups;
    }
    let n = part.len();
    let last = part[n - 1];
    let before = |k: usize| n.checked_sub(k).map(|i| part[i]);
    let consonant = |c: Option<char>| c.is_some_and(|c| !is_vowel(c, lang));
    let silent = match lang {
        Lang::En => {
            let prev = before(2);
            let third = before(3);
            if last == 'e' {
                // "care" 1, but "table" 2 and "agree" 2.
                prev != Some('e') && !(prev == Some('l') && consonant(third))
            } else if last == 'd' && prev == Some('e') {
                // "helped" 1, "needed" 2.
                consonant(third) && !matches!(third, Some('t' | 'd'))
            } else if last == 's' && prev == Some('e') {
                // "makes" 1, "services" 3, "issues" 2.
                consonant(third) && !matches!(third, Some('s' | 'x' | 'z' | 'c' | 'g' | 'h'))
            } else {
                false
            }
        }
        Lang::Fr => {
            // « personne » 2, « proches » 1, but « données » 2 and « partie » 2.
            (last == 'e' && consonant(before(2)))
                || (last == 's' && before(2) == Some('e') && consonant(before(3)))
        }
    };
    groups - usize::from(silent)
}

/// Syllables of a word: the sum over its parts, at least 1.
fn syllables(word: &str, lang: Lang) -> usize {
    let lower = word.to_lowercase();
    let count: usize = lower
        .split(is_joiner)
        .map(|part| part_syllables(&part.chars().collect::<Vec<_>>(), lang))
        .sum();
    count.max(1)
}

/// What the formulas need from a text.
struct Counts {
    words: usize,
    sentences: usize,
    syllables: usize,
    longest_sentence: usize,
}

fn counts(text: &str, lang: Lang) -> Counts {
    let all = words(text);
    let sentences = sentences(text);
    Counts {
        words: all.len(),
        sentences: sentences.len(),
        syllables: all.iter().map(|word| syllables(word, lang)).sum(),
        longest_sentence: sentences.iter().map(|s| words(s).len()).max().unwrap_or(0),
    }
}

impl Counts {
    fn words_per_sentence(&self) -> f64 {
        self.words as f64 / self.sentences.max(1) as f64
    }

    fn syllables_per_word(&self) -> f64 {
        self.syllables as f64 / self.words.max(1) as f64
    }

    fn flesch_reading_ease(&self) -> f64 {
        206.835 - 1.015 * self.words_per_sentence() - 84.6 * self.syllables_per_word()
    }

    fn flesch_kincaid_grade(&self) -> f64 {
        0.39 * self.words_per_sentence() + 11.8 * self.syllables_per_word() - 15.59
    }

    fn kandel_moles(&self) -> f64 {
        207.0 - 1.015 * self.words_per_sentence() - 73.6 * self.syllables_per_word()
    }
}

/// What is wrong with `text` against the targets, in words a writer can act on.
fn problems(text: &str, lang: Lang) -> Vec<String> {
    let c = counts(text, lang);
    let mut out = Vec::new();
    match lang {
        Lang::En => {
            if c.flesch_reading_ease() < MIN_FLESCH {
                out.push(format!(
                    "Flesch reading ease {:.1} < {MIN_FLESCH}",
                    c.flesch_reading_ease()
                ));
            }
            if c.flesch_kincaid_grade() > MAX_GRADE {
                out.push(format!(
                    "Flesch–Kincaid grade {:.1} > {MAX_GRADE}",
                    c.flesch_kincaid_grade()
                ));
            }
        }
        Lang::Fr => {
            if c.kandel_moles() < MIN_KANDEL_MOLES {
                out.push(format!(
                    "Kandel–Moles {:.1} < {MIN_KANDEL_MOLES}",
                    c.kandel_moles()
                ));
            }
        }
    }
    if c.longest_sentence > MAX_SENTENCE_WORDS {
        out.push(format!(
            "a sentence of {} words > {MAX_SENTENCE_WORDS}",
            c.longest_sentence
        ));
    }
    out
}

#[test]
fn every_item_text_is_plain_enough_in_both_languages() {
    let roadmap = parse(SHIPPED).unwrap_or_else(|_| panic!("the shipped content is valid"));
    // The items, and the texts shown beside them as cards of their own (the supports and
    // the levels of engagement), which the same readers meet on the same screens.
    let mut texts: Vec<(String, &Text)> = Vec::new();
    for step in roadmap.all_steps() {
        for part in Part::ALL {
            for item in step.items(part) {
                texts.push((item.id.clone(), &item.text));
            }
        }
    }
    for support in &roadmap.supports {
        texts.push((format!("supports/{}", support.id), &support.text));
    }
    for level in &roadmap.continuum {
        let id = level.id.code();
        texts.push((format!("continuum/{id}/summary"), &level.summary));
        texts.push((format!("continuum/{id}/you"), &level.you));
        texts.push((format!("continuum/{id}/example"), &level.example));
    }
    let mut failures = Vec::new();
    for (id, text) in &texts {
        for lang in Lang::ALL {
            let text = text.get(lang);
            for problem in problems(text, lang) {
                failures.push(format!("{id} ({lang:?}): {problem}: «{text}»"));
            }
        }
    }
    assert!(texts.len() > 100, "{} texts measured", texts.len());
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

// The counting rules and the formulas, on words and sentences counted by hand.

#[test]
fn words_join_at_apostrophes_and_hyphens_and_skip_digits() {
    assert_eq!(
        words("L’équipe des États-Unis, en 2019."),
        ["L’équipe", "des", "États-Unis", "en"]
    );
    assert_eq!(
        words("COVID-19 - a co-chair's role"),
        ["COVID", "a", "co-chair's", "role"]
    );
}

#[test]
fn sentences_end_at_marks_followed_by_a_space_and_at_blank_lines() {
    assert_eq!(sentences("One. Two? Three!").len(), 3);
    assert_eq!(
        sentences("Version 2.5 is out").len(),
        1,
        "a point inside a number"
    );
    assert_eq!(sentences("First part\n\nSecond part").len(), 2);
    assert_eq!(
        sentences("Words. 42.").len(),
        1,
        "a lone number is not a sentence"
    );
}

#[test]
fn english_syllables_follow_the_silent_endings() {
    for (word, expected) in [
        ("the", 1),
        ("care", 1),
        ("table", 2),
        ("agree", 2),
        ("people", 2),
        ("helped", 1),
        ("needed", 2),
        ("makes", 1),
        ("services", 3),
        ("issues", 2),
        ("knowledge", 2),
        ("co-chair", 2),
        ("partnership", 3),
    ] {
        assert_eq!(syllables(word, Lang::En), expected, "{word}");
    }
}

#[test]
fn french_syllables_drop_the_mute_e_after_a_consonant() {
    for (word, expected) in [
        ("le", 1),
        ("proches", 1),
        ("personne", 2),
        ("données", 2),
        ("partie", 2),
        ("l’équipe", 2),
        ("États-Unis", 4),
        ("partenaires", 3),
        ("santé", 2),
    ] {
        assert_eq!(syllables(word, Lang::Fr), expected, "{word}");
    }
}

#[test]
fn the_formulas_give_the_hand_computed_scores() {
    // 6 words, 1 sentence, 6 syllables.
    let cat = counts("The cat sat on the mat.", Lang::En);
    assert_eq!((cat.words, cat.sentences, cat.syllables), (6, 1, 6));
    assert!((cat.flesch_reading_ease() - 116.145).abs() < 1e-9);
    assert!((cat.flesch_kincaid_grade() - -1.45).abs() < 1e-9);

    // 9 words, 2 sentences, 19 syllables (part-ners need doc-u-ments ear-ly, clear
    // in-for-ma-tion helps ev-ery-one de-cide): 206.835 − 1.015 × 4.5 − 84.6 × 19 ÷ 9.
    let two = counts(
        "Partners need documents early. Clear information helps everyone decide.",
        Lang::En,
    );
    assert_eq!((two.words, two.sentences, two.syllables), (9, 2, 19));
    let expected = 206.835 - 1.015 * 4.5 - 84.6 * 19.0 / 9.0;
    assert!((two.flesch_reading_ease() - expected).abs() < 1e-9);

    // 6 words, 1 sentence, 6 syllables: 207 − 1.015 × 6 − 73.6.
    let chat = counts("Le chat dort sur le lit.", Lang::Fr);
    assert_eq!((chat.words, chat.sentences, chat.syllables), (6, 1, 6));
    assert!((chat.kandel_moles() - 127.31).abs() < 1e-9);
}

#[test]
fn a_long_or_heavy_text_is_reported() {
    let long = "Les partenaires, les proches, les personnes proches aidantes et le personnel \
                travaillent ensemble à chaque étape du cycle pour améliorer les soins offerts.";
    assert!(problems(long, Lang::Fr).iter().any(|p| p.contains("words")));
    let heavy = "Organizational institutionalization necessitates considerable administrative \
                 infrastructure.";
    let found = problems(heavy, Lang::En);
    assert!(
        found.iter().any(|p| p.starts_with("Flesch reading ease")),
        "{found:?}"
    );
    assert!(
        found.iter().any(|p| p.starts_with("Flesch–Kincaid")),
        "{found:?}"
    );
    assert!(problems("Patients know where care breaks down.", Lang::En).is_empty());
}
