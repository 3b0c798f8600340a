//! Search over the shipped content: accents and case do not matter, in both languages,
//! results come grouped by step in the content's order, and every match is marked.

use lhs_roadmap::content::{parse, Roadmap};
use lhs_roadmap::lang::Lang;
use lhs_roadmap::search::{normalize, search, words, Group, Target};

fn roadmap() -> Roadmap {
    parse(include_str!("../content/roadmap.json")).expect("the shipped content reads")
}

#[test]
fn the_normalizer_ignores_accents_case_and_typography() {
    assert_eq!(normalize("DÉFI"), "defi");
    assert_eq!(
        normalize("Équité, forêt, maïs, où, çà"),
        "equite, foret, mais, ou, ca"
    );
    assert_eq!(normalize("Œuvre"), "oeuvre");
    assert_eq!(normalize("l’usager"), "l'usager");
    assert_eq!(words("  Défi   équipe  "), ["equipe", "defi"]);
    assert!(words(" \t ").is_empty());
}

#[test]
fn unaccented_words_find_accented_ones_and_back() {
    let roadmap = roadmap();
    for (query, needle) in [
        ("equite", "équité"),
        ("equipes", "équipes"),
        ("definir", "définir"),
        ("ÉQUIPES", "équipes"),
    ] {
        let results = search(&roadmap, Lang::Fr, query);
        assert!(results.count() > 0, "{query}");
        let marked: Vec<String> = results
            .groups
            .iter()
            .flat_map(|(_, hits)| hits)
            .flat_map(|hit| hit.title.marks().into_iter().chain(hit.excerpt.marks()))
            .map(str::to_lowercase)
            .collect();
        assert!(
            marked.iter().any(|mark| mark == needle),
            "{query}: {marked:?}"
        );
    }
    let accented = search(&roadmap, Lang::En, "dÂta");
    assert_eq!(accented, search(&roadmap, Lang::En, "data"));
    assert!(accented.count() > 5);
}

#[test]
fn results_are_in_the_language_asked_for() {
    let roadmap = roadmap();
    assert!(search(&roadmap, Lang::En, "données").groups.is_empty());
    assert!(!search(&roadmap, Lang::Fr, "donnees").groups.is_empty());
}

#[test]
fn every_word_must_be_found_and_results_follow_the_cycle() {
    let roadmap = roadmap();
    let one = search(&roadmap, Lang::En, "data");
    let both = search(&roadmap, Lang::En, "data privacy");
    assert!(both.count() > 0 && both.count() < one.count());
    let steps: Vec<usize> = one
        .groups
        .iter()
        .filter_map(|(group, _)| match group {
            Group::Step(index) => Some(*index),
            _ => None,
        })
        .collect();
    let mut sorted = steps.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(steps, sorted, "one group per step, in the cycle's order");
    for (group, hits) in &one.groups {
        assert!(!hits.is_empty());
        if let Group::Step(index) = group {
            let step = roadmap.all_steps().nth(*index).expect("a step");
            for hit in hits {
                match &hit.target {
                    Target::Step(id) | Target::Item { step: id, .. } => assert_eq!(id, &step.id),
                    other => panic!("{other:?} in a step's group"),
                }
            }
        }
    }
}

#[test]
fn the_glossary_is_searched() {
    let roadmap = roadmap();
    let results = search(&roadmap, Lang::En, "lived experience");
    assert!(results
        .groups
        .iter()
        .any(|(group, hits)| *group == Group::Glossary
            && hits
                .iter()
                .any(|hit| hit.target == Target::Glossary("lived-experience".into()))));
}

#[test]
fn too_short_or_unknown_queries_find_nothing() {
    let roadmap = roadmap();
    for query in ["", " ", "a", "zzzqqq", "<script>"] {
        assert_eq!(search(&roadmap, Lang::Fr, query).count(), 0, "{query}");
    }
}
