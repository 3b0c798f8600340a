//! Search over the shipped content: it finds words, not pieces of words; accents, case and
//! plurals do not matter, in both languages; each result says what it is; the content's
//! synonyms lead from the words people use to the texts' words, and the status says so;
//! results come grouped by step in the content's order, and every match is marked. The
//! synonyms a file gives are checked like the rest of it.

use lhs_roadmap::content::{
    parse, Part, ProblemKind, Roadmap, Tag, MAX_FORMS, MAX_SYNONYMS, MAX_WORD,
};
use lhs_roadmap::lang::Lang;
use lhs_roadmap::search::{
    normalize, occurs, same_word, search, words, Found, Group, Kind, Results, Target,
};
use serde_json::{json, Value};

const SHIPPED: &str = include_str!("../content/roadmap.json");

fn roadmap() -> Roadmap {
    parse(SHIPPED).expect("the shipped content reads")
}

/// Every marked run of the results, lowercase.
fn marks(results: &Results) -> Vec<String> {
    results
        .groups
        .iter()
        .flat_map(|(_, hits)| hits)
        .flat_map(|hit| {
            hit.kind
                .marks()
                .into_iter()
                .chain(hit.title.marks())
                .chain(hit.excerpt.marks())
        })
        .map(str::to_lowercase)
        .collect()
}

fn kinds(results: &Results) -> Vec<Kind> {
    results
        .groups
        .iter()
        .flat_map(|(_, hits)| hits)
        .map(|hit| hit.target.kind())
        .collect()
}

fn count_of(roadmap: &Roadmap, part: Part) -> usize {
    roadmap.all_steps().map(|step| step.items(part).len()).sum()
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
    assert_eq!(words("  Défi   équipe  ", Lang::Fr), ["defi", "equipe"]);
    assert!(words(" \t ", Lang::Fr).is_empty());
}

#[test]
fn forms_of_one_word_are_one_word() {
    for (a, b) in [
        ("defi", "defis"),
        ("donnee", "donnees"),
        ("partager", "partage"),
    ] {
        assert!(same_word(a, b, Lang::Fr), "{a} {b}");
        assert!(same_word(b, a, Lang::Fr), "{b} {a}");
    }
    for (a, b) in [("defi", "definir"), ("parent", "par"), ("de", "des")] {
        assert!(!same_word(a, b, Lang::Fr), "{a} {b}");
    }
    for (a, b) in [
        ("challenge", "challenges"),
        ("study", "studies"),
        ("learn", "learning"),
    ] {
        assert!(same_word(a, b, Lang::En), "{a} {b}");
    }
    assert!(!same_word("partner", "partnership", Lang::En));
}

#[test]
fn defi_finds_the_challenges_and_never_definir() {
    let roadmap = roadmap();
    for query in ["défi", "DEFIS", "défis"] {
        let results = search(&roadmap, Lang::Fr, query);
        assert_eq!(results.terms[0].found, Found::Word, "{query}");
        assert_eq!(
            results.count(),
            count_of(&roadmap, Part::Challenges),
            "{query}: every challenge, and nothing else"
        );
        assert!(kinds(&results).iter().all(|kind| *kind == Kind::Challenge));
        let marks = marks(&results);
        assert!(
            marks.iter().all(|mark| mark == "défi"),
            "{query}: {marks:?}"
        );
    }
    let results = search(&roadmap, Lang::En, "challenge");
    assert_eq!(results.count(), count_of(&roadmap, Part::Challenges));
    // « définir » is a word of its own: it is found when asked for.
    let definir = search(&roadmap, Lang::Fr, "définir");
    assert!(marks(&definir).contains(&"définir".to_string()));
    assert!(!kinds(&definir).is_empty());
}

#[test]
fn a_kind_and_a_word_narrow_each_other() {
    let roadmap = roadmap();
    let results = search(&roadmap, Lang::Fr, "défi rémunération");
    assert!(results.count() > 0);
    assert!(kinds(&results).iter().all(|kind| *kind == Kind::Challenge));
    let results = search(&roadmap, Lang::En, "role caregivers");
    assert!(results.count() > 0);
    assert!(kinds(&results).iter().all(|kind| *kind == Kind::Role));
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
        let marked = marks(&results);
        assert!(
            marked.iter().any(|mark| mark == needle),
            "{query}: {marked:?}"
        );
    }
    let accented = search(&roadmap, Lang::En, "dÂta");
    assert_eq!(accented.groups, search(&roadmap, Lang::En, "data").groups);
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
fn each_result_says_what_it_is() {
    let roadmap = roadmap();
    let results = search(&roadmap, Lang::En, "lived experience");
    let glossary = results
        .groups
        .iter()
        .find(|(group, _)| *group == Group::Glossary)
        .expect("a glossary group");
    let hit = glossary
        .1
        .iter()
        .find(|hit| hit.target == Target::Glossary("lived-experience".into()))
        .expect("the entry");
    assert_eq!(hit.target.kind(), Kind::Term);
    assert_eq!(hit.kind.text(), "Word explained");
    for (kind, fr, en) in [
        (Kind::Role, "Rôle", "Role"),
        (Kind::Condition, "Condition gagnante", "Winning condition"),
        (Kind::Challenge, "Défi", "Challenge"),
    ] {
        assert_eq!((kind.name(Lang::Fr), kind.name(Lang::En)), (fr, en));
    }
}

#[test]
fn synonyms_lead_to_the_texts_words_and_say_so() {
    let roadmap = roadmap();
    let argent = search(&roadmap, Lang::Fr, "argent");
    assert_eq!(argent.terms[0].found, Found::Instead);
    assert!(argent.terms[0]
        .synonyms
        .contains(&"rémunération".to_string()));
    assert!(argent.count() >= 4, "{}", argent.count());
    assert!(marks(&argent).iter().any(|mark| mark == "rémunération"));
    assert!(argent
        .groups
        .iter()
        .flat_map(|(_, hits)| hits)
        .any(|hit| hit.target == Target::Support("fair-compensation".into())));
    let summary = argent.summary(Lang::Fr, "argent");
    assert!(
        summary.contains("«\u{a0}rémunération\u{a0}»")
            && summary.ends_with("(les mots de la feuille de route pour «\u{a0}argent\u{a0}»)."),
        "{summary}"
    );

    let money = search(&roadmap, Lang::En, "Money");
    assert_eq!(money.terms[0].found, Found::Instead);
    assert!(marks(&money).iter().any(|mark| mark == "pay"));
    assert!(marks(&money).iter().any(|mark| mark == "paid"));
    let summary = money.summary(Lang::En, "Money");
    assert_eq!(
        summary,
        format!(
            "{} results for “pay” or “paid” (the roadmap’s words for “Money”).",
            money.count()
        )
    );
    // Plural, capitals and accents of the word typed do not matter either.
    assert_eq!(search(&roadmap, Lang::En, "salaries").groups, money.groups);
    assert_eq!(search(&roadmap, Lang::Fr, "SALAIRES").groups, argent.groups);
    // A word of the texts that is also a synonym finds both.
    let famille = search(&roadmap, Lang::Fr, "famille");
    assert_eq!(famille.terms[0].found, Found::Word);
    assert!(famille.count() > search(&roadmap, Lang::Fr, "proches").count() / 2);
    assert!(famille
        .summary(Lang::Fr, "famille")
        .contains("«\u{a0}famille\u{a0}» ou «\u{a0}proches\u{a0}»"));
}

#[test]
fn a_level_is_found_by_its_plain_name_and_by_the_roadmaps_term() {
    let roadmap = roadmap();
    let levels = |results: &Results| -> Vec<Target> {
        results
            .groups
            .iter()
            .filter(|(group, _)| *group == Group::Continuum)
            .flat_map(|(_, hits)| hits.iter().map(|hit| hit.target.clone()))
            .collect()
    };
    for (lang, plain, term) in [
        (Lang::Fr, "donner son avis", "consultation"),
        (Lang::En, "giving your views", "consultation"),
        (Lang::Fr, "décider ensemble", "partenariat"),
        (Lang::En, "deciding together", "partnership"),
    ] {
        let level = if term == "consultation" {
            Tag::Consultation
        } else {
            Tag::Partnership
        };
        for query in [plain, term] {
            let found = levels(&search(&roadmap, lang, query));
            assert!(
                found.contains(&Target::Level(level)),
                "{lang:?} {query}: {found:?}"
            );
        }
    }
}

#[test]
fn a_word_no_text_has_finds_the_words_it_begins() {
    let roadmap = roadmap();
    let results = search(&roadmap, Lang::Fr, "parten");
    assert_eq!(results.terms[0].found, Found::Beginning);
    assert!(results.count() > 10);
    assert!(marks(&results)
        .iter()
        .all(|mark| normalize(mark).starts_with("parten")));
    assert_eq!(
        results.summary(Lang::Fr, "parten"),
        format!(
            "{} résultats pour les mots qui commencent par «\u{a0}parten\u{a0}».",
            results.count()
        )
    );
}

#[test]
fn the_summary_counts_and_quotes() {
    let roadmap = roadmap();
    let defi = search(&roadmap, Lang::Fr, "défi");
    assert_eq!(
        defi.summary(Lang::Fr, "défi"),
        format!("{} résultats pour «\u{a0}défi\u{a0}».", defi.count())
    );
    let nothing = search(&roadmap, Lang::En, "zzzqqq");
    assert_eq!(
        nothing.summary(Lang::En, " zzzqqq "),
        "No results for “zzzqqq”."
    );
    let short = search(&roadmap, Lang::En, "a");
    assert_eq!(short.summary(Lang::En, "a"), "");
}

#[test]
fn a_question_finds_what_its_words_find() {
    let roadmap = roadmap();
    let question = search(&roadmap, Lang::En, "How do I get money?");
    assert_eq!(question.groups, search(&roadmap, Lang::En, "money").groups);
    let question = search(&roadmap, Lang::Fr, "le rôle des proches");
    assert_eq!(
        question.groups,
        search(&roadmap, Lang::Fr, "rôle proches").groups
    );
}

#[test]
fn too_short_or_unknown_queries_find_nothing() {
    let roadmap = roadmap();
    for query in ["", " ", "a", "l’", "zzzqqq", "<script>"] {
        assert_eq!(search(&roadmap, Lang::Fr, query).count(), 0, "{query}");
    }
}

#[test]
fn the_shipped_synonyms_lead_to_words_of_the_texts() {
    let roadmap = roadmap();
    for lang in [Lang::Fr, Lang::En] {
        let synonyms = roadmap.synonyms.get(lang);
        assert!(synonyms.len() >= 12, "a useful list in {lang:?}");
        for synonym in synonyms {
            for word in &synonym.finds {
                assert!(
                    occurs(&roadmap, lang, word),
                    "{lang:?}: {word} is no word of the texts"
                );
            }
            for word in &synonym.words {
                let results = search(&roadmap, lang, word);
                assert!(results.count() > 0, "{lang:?}: {word} finds nothing");
            }
        }
    }
}

#[test]
fn a_search_is_quick_enough_for_every_keystroke() {
    let roadmap = roadmap();
    let started = std::time::Instant::now();
    let queries = ["d", "dé", "déf", "défi", "argent", "partenaires", "zzzqqq"];
    for query in queries {
        search(&roadmap, Lang::Fr, query);
    }
    // Unoptimized, on a loaded machine: far above what a release build takes.
    let each = started.elapsed() / queries.len() as u32;
    assert!(each.as_millis() < 250, "{each:?} per search");
}

// The synonyms of a content file are checked like the rest of it.

fn shipped() -> Value {
    serde_json::from_str(SHIPPED).expect("the shipped content is JSON")
}

/// The problems of the shipped content with `synonyms` replaced.
fn problems_with(synonyms: Value) -> Vec<(String, ProblemKind)> {
    let mut content = shipped();
    content["synonyms"] = synonyms;
    match parse(&content.to_string()) {
        Ok(_) => Vec::new(),
        Err(problems) => problems
            .into_iter()
            .map(|problem| (problem.path, problem.kind))
            .collect(),
    }
}

#[test]
fn synonyms_are_optional() {
    let mut content = shipped();
    content
        .as_object_mut()
        .map(|members| members.remove("synonyms"));
    let roadmap = parse(&content.to_string()).expect("a file without synonyms reads");
    assert!(roadmap.synonyms.fr.is_empty() && roadmap.synonyms.en.is_empty());
    assert_eq!(search(&roadmap, Lang::Fr, "argent").count(), 0);
    assert!(problems_with(json!({})).is_empty());
    assert!(problems_with(json!({"en": [{"words": ["cash"], "finds": ["pay"]}]})).is_empty());
}

#[test]
fn a_synonym_is_one_word_not_blank_nor_too_long() {
    let long = "m".repeat(MAX_WORD + 1);
    let problems = problems_with(json!({
        "fr": [{"words": ["coût total", " ", long, "aujourd’hui"], "finds": ["rémunération"]}]
    }));
    let at = |i: usize| format!("synonyms.fr[0].words[{i}]");
    assert!(problems.contains(&(at(0), ProblemKind::NotOneWord("coût total".into()))));
    assert!(problems.contains(&(at(1), ProblemKind::EmptyText)));
    assert!(problems.contains(&(
        at(2),
        ProblemKind::TooLong {
            length: MAX_WORD + 1,
            max: MAX_WORD
        }
    )));
    assert!(problems.contains(&(at(3), ProblemKind::NotOneWord("aujourd’hui".into()))));
    assert_eq!(problems.len(), 4, "{problems:?}");
}

#[test]
fn a_synonym_has_words_and_finds_within_their_limits() {
    let many: Vec<String> = (0..=MAX_FORMS).map(|i| format!("mot{i}")).collect();
    let problems = problems_with(json!({"en": [{"words": [], "finds": many}]}));
    assert!(problems.contains(&("synonyms.en[0].words".into(), ProblemKind::EmptyList)));
    assert!(problems.contains(&(
        "synonyms.en[0].finds".into(),
        ProblemKind::TooMany {
            count: MAX_FORMS + 1,
            max: MAX_FORMS
        }
    )));
    let entry = json!({"words": ["cash"], "finds": ["pay"]});
    let list: Vec<Value> = (0..=MAX_SYNONYMS).map(|_| entry.clone()).collect();
    let problems = problems_with(json!({ "en": list }));
    assert_eq!(
        problems,
        [(
            "synonyms.en".into(),
            ProblemKind::TooMany {
                count: MAX_SYNONYMS + 1,
                max: MAX_SYNONYMS
            }
        )]
    );
    let problems = problems_with(json!({"fr": [{"words": ["argent"]}]}));
    assert!(problems
        .iter()
        .any(|(_, kind)| *kind == ProblemKind::MissingField("finds".into())));
    let problems = problems_with(json!({"de": []}));
    assert!(problems
        .iter()
        .any(|(_, kind)| *kind == ProblemKind::UnknownField("de".into())));
}

#[test]
fn the_problem_is_said_in_both_languages() {
    let problems =
        problems_with(json!({"fr": [{"words": ["vie privée"], "finds": ["confidentialité"]}]}));
    let (path, kind) = &problems[0];
    let problem = lhs_roadmap::content::Problem::new(path.clone(), kind.clone());
    assert!(problem.message(Lang::Fr).contains("un seul mot"));
    assert!(problem.message(Lang::En).contains("must be one word"));
}
