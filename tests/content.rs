//! The shipped content: it parses, validates, and follows the writing rules the issue sets
//! (4+ items per part, short titles, plain sentences, sources on every item).

use lhs_roadmap::content::{parse, Part, Roadmap, Tag};
use lhs_roadmap::lang::Lang;

const SHIPPED: &str = include_str!("../content/roadmap.json");

fn shipped() -> Roadmap {
    match parse(SHIPPED) {
        Ok(roadmap) => roadmap,
        Err(problems) => {
            let lines: Vec<String> = problems
                .iter()
                .map(|p| format!("{}: {}", p.location(Lang::En), p.message(Lang::En)))
                .collect();
            panic!("content/roadmap.json is invalid:\n{}", lines.join("\n"));
        }
    }
}

#[test]
fn shipped_content_parses_and_validates() {
    let roadmap = shipped();
    assert_eq!(roadmap.steps.len(), 7, "seven steps around the cycle");
    assert_eq!(roadmap.foundation.id, "foundation");
}

#[test]
fn every_step_has_two_or_three_open_questions_for_the_room() {
    let roadmap = shipped();
    for step in roadmap.all_steps() {
        let count = step.questions.len();
        assert!(
            (2..=3).contains(&count),
            "{} has {count} questions",
            step.id
        );
        for question in &step.questions {
            for lang in Lang::ALL {
                let text = question.get(lang).trim_end();
                assert!(text.ends_with('?'), "{}: not a question: {text}", step.id);
                assert!(text.chars().count() <= 170, "{}: too long: {text}", step.id);
            }
        }
    }
}

#[test]
fn every_step_has_at_least_four_items_per_part() {
    let roadmap = shipped();
    for step in roadmap.all_steps() {
        for part in Part::ALL {
            assert!(
                step.items(part).len() >= 4,
                "{} has {} {}",
                step.id,
                step.items(part).len(),
                part.slug()
            );
        }
    }
}

#[test]
fn item_titles_are_at_most_eight_words_in_both_languages() {
    let roadmap = shipped();
    for step in roadmap.all_steps() {
        for part in Part::ALL {
            for item in step.items(part) {
                for lang in Lang::ALL {
                    let words = item.title.get(lang).split_whitespace().count();
                    assert!(words <= 8, "{} ({lang:?}) has {words} words", item.id);
                }
            }
        }
    }
}

/// A rough plain-language check: one or two sentences, none of them very long.
#[test]
fn item_texts_are_one_or_two_short_sentences() {
    let roadmap = shipped();
    for step in roadmap.all_steps() {
        for part in Part::ALL {
            for item in step.items(part) {
                for lang in Lang::ALL {
                    let text = item.text.get(lang);
                    let sentences: Vec<&str> = text
                        .split_inclusive(['.', '!', '?'])
                        .map(str::trim)
                        .filter(|s| s.split_whitespace().count() > 2)
                        .collect();
                    assert!(
                        (1..=2).contains(&sentences.len()),
                        "{} ({lang:?}) has {} sentences",
                        item.id,
                        sentences.len()
                    );
                    for sentence in sentences {
                        let words = sentence.split_whitespace().count();
                        assert!(
                            words <= 30,
                            "{} ({lang:?}): {words} words in «{sentence}»",
                            item.id
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn every_item_rests_on_a_source_and_every_role_says_who_acts() {
    let roadmap = shipped();
    for step in roadmap.all_steps() {
        for part in Part::ALL {
            for item in step.items(part) {
                assert!(!item.sources.is_empty(), "{} has no source", item.id);
            }
        }
        for role in &step.roles {
            assert!(
                role.tags.contains(&Tag::Individual) || role.tags.contains(&Tag::Collective),
                "{} is neither individual nor collective",
                role.id
            );
        }
    }
}

#[test]
fn every_source_is_cited_and_linked_where_a_link_exists() {
    let roadmap = shipped();
    let json = SHIPPED;
    for source in &roadmap.sources {
        let cited = json.matches(&format!("\"{}\"", source.key)).count();
        assert!(cited >= 2, "source {} is never cited", source.key);
        if let Some(url) = &source.url {
            assert!(url.starts_with("https://") || url.starts_with("http://"));
        }
    }
}

#[test]
fn the_glossary_has_the_five_terms_of_the_source_page() {
    let roadmap = shipped();
    let ids: Vec<&str> = roadmap.glossary.iter().map(|e| e.id.as_str()).collect();
    for id in [
        "patient",
        "partnership-approach",
        "lived-experience",
        "learning-health-system",
        "value-based-healthcare",
    ] {
        assert!(ids.contains(&id), "glossary lacks {id}");
    }
}

#[test]
fn the_notice_says_this_is_an_adaptation_in_both_languages() {
    let roadmap = shipped();
    assert!(roadmap.notice.en.to_lowercase().contains("adaptation"));
    assert!(roadmap.notice.fr.to_lowercase().contains("adaptation"));
}
