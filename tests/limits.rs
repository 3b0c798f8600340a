//! Absurd sizes: each limit of content/README.md is enforced with a clear problem, and
//! content at the limits is read (the diagram's side of it is in tests/geometry.rs).
#![cfg(not(target_arch = "wasm32"))]

use std::time::{Duration, Instant};

use lhs_roadmap::content::{
    parse, Problem, ProblemKind, MAX_FILE_BYTES, MAX_FORMS, MAX_GLOSSARY, MAX_ITEMS, MAX_LISTED,
    MAX_STEPS, MAX_TEXT, MAX_TITLE,
};
use lhs_roadmap::glossary::{self, Segment};
use lhs_roadmap::lang::Lang;
use serde_json::{json, Value};

const SHIPPED: &str = include_str!("../content/roadmap.json");

fn shipped() -> Value {
    serde_json::from_str(SHIPPED).expect("the shipped content is JSON")
}

fn problems(value: &Value) -> Vec<Problem> {
    parse(&value.to_string()).err().unwrap_or_default()
}

/// The shipped roadmap with `count` steps: copies of its first step with one item per
/// part, renumbered, with ids made unique.
fn with_steps(count: usize) -> Value {
    let mut value = shipped();
    let mut first = value["steps"][0].clone();
    for part in ["roles", "conditions", "challenges"] {
        first[part] = json!([first[part][0].clone()]);
    }
    let steps: Vec<Value> = (0..count)
        .map(|i| {
            let mut step = first.clone();
            step["id"] = json!(format!("step-{i}"));
            step["number"] = json!(i + 1);
            for part in ["roles", "conditions", "challenges"] {
                if let Some(items) = step[part].as_array_mut() {
                    for (j, item) in items.iter_mut().enumerate() {
                        item["id"] = json!(format!("step-{i}-{part}-{j}"));
                    }
                }
            }
            step
        })
        .collect();
    value["steps"] = json!(steps);
    // The supports link to the shipped conditions, which these steps replace.
    value["supports"] = json!([]);
    value
}

#[test]
fn a_five_megabyte_file_is_refused_before_it_is_read() {
    let mut value = shipped();
    value["notice"]["en"] = json!("x".repeat(5_000_000));
    let problems = problems(&value);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(matches!(problems[0].kind, ProblemKind::FileTooLarge { .. }));
    assert_eq!(
        problems[0].message(Lang::En),
        "The file is 5.1 MB; the explorer reads files of up to 2 MB."
    );
    assert_eq!(
        problems[0].message(Lang::Fr),
        "Le fichier fait 5,1 Mo; l’explorateur lit des fichiers d’au plus 2 Mo."
    );
}

#[test]
fn a_file_just_under_the_size_limit_is_read() {
    let mut value = shipped();
    let room = MAX_FILE_BYTES - value.to_string().len() - 1_000;
    // Long cases spread over many items, each text and list under its own limit.
    let text = "a".repeat(MAX_TEXT - 10);
    let mut left = room;
    'fill: for (i, step) in value["steps"]
        .as_array_mut()
        .expect("steps")
        .iter_mut()
        .enumerate()
    {
        for part in ["roles", "conditions", "challenges"] {
            let items = step[part].as_array_mut().expect("items");
            let model = items[0].clone();
            while items.len() < MAX_ITEMS {
                let mut item = model.clone();
                item["id"] = json!(format!("long-{i}-{part}-{}", items.len()));
                item["text"] = json!({ "fr": text, "en": text });
                let size = item.to_string().len() + 1;
                if left < size {
                    break 'fill;
                }
                items.push(item);
                left -= size;
            }
        }
    }
    let file = value.to_string();
    assert!(
        file.len() > MAX_FILE_BYTES * 9 / 10,
        "the test file is near the limit"
    );
    assert!(file.len() <= MAX_FILE_BYTES);
    assert!(parse(&file).is_ok(), "{:#?}", parse(&file).err());
}

#[test]
fn five_hundred_steps_are_refused_with_the_limit() {
    let problems = problems(&with_steps(500));
    let too_many = problems
        .iter()
        .find(|problem| problem.path == "steps")
        .expect("a problem on the steps");
    assert_eq!(
        too_many.kind,
        ProblemKind::TooMany {
            count: 500,
            max: MAX_STEPS
        }
    );
    assert_eq!(
        too_many.message(Lang::En),
        "This list has 500 entries; the limit is 12, so that everything stays readable."
    );
}

#[test]
fn the_largest_cycle_allowed_is_read() {
    assert!(parse(&with_steps(MAX_STEPS).to_string()).is_ok());
    let problems = problems(&with_steps(MAX_STEPS + 1));
    assert_eq!(problems.len(), 1, "{problems:#?}");
}

#[test]
fn a_hundred_thousand_character_title_is_refused_in_both_languages() {
    let mut value = shipped();
    value["title"]["fr"] = json!("é".repeat(100_000));
    let problems = problems(&value);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].path, "title.fr");
    assert_eq!(
        problems[0].message(Lang::Fr),
        format!(
            "Ce texte a 100000 caractères; la limite ici est de {MAX_TITLE}. Raccourcissez-le."
        )
    );
}

#[test]
fn long_texts_and_long_lists_have_their_own_limits() {
    let mut value = shipped();
    value["steps"][1]["summary"]["en"] = json!("word ".repeat(MAX_TEXT / 5 + 1));
    let roles = value["steps"][2]["roles"]
        .as_array()
        .expect("roles")
        .clone();
    let many: Vec<Value> = (0..=MAX_ITEMS)
        .map(|i| {
            let mut role = roles[0].clone();
            role["id"] = json!(format!("many-{i}"));
            role
        })
        .collect();
    value["steps"][2]["roles"] = json!(many);
    let problems = problems(&value);
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        ["steps[1].summary.en", "steps[2].roles"],
        "{problems:#?}"
    );
}

/// The shipped content with `count` sources that each break the rules five times: a key
/// used before, and four blank texts.
fn with_broken_sources(count: usize) -> Value {
    let mut value = shipped();
    let broken = json!({
        "key": "again",
        "label": { "fr": "", "en": "" },
        "citation": { "fr": " ", "en": "" }
    });
    let sources = value["sources"].as_array_mut().expect("sources");
    sources.extend(std::iter::repeat_n(broken, count));
    value
}

/// A hostile file (a real one listed 157,369 problems and froze the preview for 94 s):
/// every problem is counted at once, and only the first `MAX_LISTED` are placed in the
/// file, which is the costly part.
#[test]
fn a_hundred_thousand_problems_are_counted_at_once_and_the_first_placed() {
    let shipped_size = shipped().to_string().len();
    let per_source = with_broken_sources(1).to_string().len() - shipped_size;
    let file = with_broken_sources((MAX_FILE_BYTES - shipped_size) / per_source).to_string();
    assert!(file.len() <= MAX_FILE_BYTES);

    let start = Instant::now();
    let problems = parse(&file).expect_err("a hostile file");
    let elapsed = start.elapsed();
    eprintln!(
        "{} problems in a file of {} bytes: {elapsed:?}",
        problems.len(),
        file.len()
    );
    assert!(problems.len() > 100_000, "{}", problems.len());
    let (listed, rest) = problems.split_at(MAX_LISTED);
    assert!(listed.iter().all(|problem| problem.position.is_some()));
    assert!(rest.iter().all(|problem| problem.position.is_none()));
    assert_eq!(
        listed[0].location(Lang::En),
        format!(
            "sources[{}].key (line 1, column {})",
            shipped()["sources"].as_array().map_or(0, Vec::len) + 1,
            // The second broken source: the first with the key used before.
            file.match_indices("\"key\":\"again\"")
                .nth(1)
                .map_or(0, |(at, _)| file[..at + "\"key\":".len()].chars().count()
                    + 1)
        )
    );
    // About a tenth of a second in a release build, a third in a debug build (2 cores,
    // measured when this test was added); the bounds leave room for a busy machine.
    let bound = if cfg!(debug_assertions) { 10 } else { 1 };
    assert!(elapsed < Duration::from_secs(bound), "{elapsed:?}");
}

#[test]
fn too_many_glossary_terms_or_forms_are_refused_with_their_own_messages() {
    let mut value = shipped();
    let entry = value["glossary"][0].clone();
    let entries: Vec<Value> = (0..=MAX_GLOSSARY)
        .map(|i| {
            let mut entry = entry.clone();
            entry["id"] = json!(format!("term-{i}"));
            entry
        })
        .collect();
    value["glossary"] = json!(entries);
    let forms: Vec<String> = (0..=MAX_FORMS).map(|i| format!("forme {i}")).collect();
    value["glossary"][3]["forms"]["fr"] = json!(forms);
    let problems = problems(&value);
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert_eq!(problems[0].path, "glossary");
    assert_eq!(
        problems[0].kind,
        ProblemKind::TooManyTerms {
            count: MAX_GLOSSARY + 1,
            max: MAX_GLOSSARY
        }
    );
    assert_eq!(
        problems[0].message(Lang::En),
        format!("The glossary has {} terms; the limit is {MAX_GLOSSARY}, so that its page stays readable and the explorer fast (every text shown is searched for them).", MAX_GLOSSARY + 1)
    );
    assert_eq!(problems[1].path, "glossary[3].forms.fr");
    assert_eq!(
        problems[1].message(Lang::Fr),
        format!("Ce terme a {} formes dans cette langue; la limite est de {MAX_FORMS} : le singulier, le pluriel et quelques variantes suffisent.", MAX_FORMS + 1)
    );
    assert!(problems.iter().all(|problem| problem.position.is_some()));
}

/// A file at every limit at once, as near the size limit as it goes.
fn at_the_limits() -> Value {
    // The size grows with the texts' length nearly in a straight line: two sizes give a
    // first guess, then a few steps down to the limit.
    let size = |length| limits_with(length).to_string().len();
    let (small, large) = (size(0), size(1_000));
    let mut length = (MAX_FILE_BYTES - small) * 1_000 / (large - small);
    while size(length) > MAX_FILE_BYTES {
        length -= 20;
    }
    limits_with(length)
}

/// The most steps, items and questions, each text `length` characters or so, and the most
/// glossary terms with the most forms, each form a long run of the words the texts are made
/// of, so that matching must follow every form a long way before it fails.
fn limits_with(length: usize) -> Value {
    let mut value = shipped();
    let words = |lang: &str| {
        if lang == "fr" {
            "soin de santé "
        } else {
            "health care "
        }
    };
    let glossary: Vec<Value> = (0..MAX_GLOSSARY)
        .map(|i| {
            let forms = |lang: &str| -> Vec<String> {
                (0..MAX_FORMS)
                    .map(|j| format!("{}terme{i}x{j}", words(lang).repeat(4)))
                    .collect()
            };
            json!({
                "id": format!("term-{i}"),
                "term": { "fr": format!("Terme {i}"), "en": format!("Term {i}") },
                "definition": { "fr": "Une définition.", "en": "A definition." },
                "forms": { "fr": forms("fr"), "en": forms("en") }
            })
        })
        .collect();
    value["glossary"] = json!(glossary);
    let mut first = value["steps"][0].clone();
    let item = first["roles"][0].clone();
    // Each item or question: a text in each language, of the words the forms begin with,
    // and one term that is found.
    let length = length.min(MAX_TEXT - 100);
    let text = |lang: &str, i: usize| {
        let found = format!("{}terme{}x3", words(lang).repeat(4), i % MAX_GLOSSARY);
        let filler = words(lang).repeat(length / words(lang).len());
        json!(format!("{filler}{found}"))
    };
    first["questions"] = json!((0..MAX_ITEMS)
        .map(|i| json!({ "fr": text("fr", i), "en": text("en", i) }))
        .collect::<Vec<_>>());
    let steps: Vec<Value> = (0..=MAX_STEPS)
        .map(|n| {
            let mut step = first.clone();
            step["id"] = json!(format!("step-{n}"));
            step["number"] = json!(n);
            for part in ["roles", "conditions", "challenges"] {
                let items: Vec<Value> = (0..MAX_ITEMS)
                    .map(|i| {
                        let mut item = item.clone();
                        item["id"] = json!(format!("step-{n}-{part}-{i}"));
                        item["text"] = json!({ "fr": text("fr", i), "en": text("en", i) });
                        item
                    })
                    .collect();
                step[part] = json!(items);
            }
            step
        })
        .collect();
    value["foundation"] = steps[0].clone();
    value["foundation"]["id"] = json!("foundation");
    value["steps"] = json!(steps[1..]);
    // The supports link to the shipped conditions, which these steps replace.
    value["supports"] = json!([]);
    value
}

#[test]
fn a_file_at_every_limit_is_read_and_all_its_texts_marked_quickly() {
    let file = at_the_limits().to_string();
    assert!(file.len() <= MAX_FILE_BYTES, "{}", file.len());
    assert!(file.len() > MAX_FILE_BYTES * 8 / 10, "{}", file.len());
    let start = Instant::now();
    let roadmap = match parse(&file) {
        Ok(roadmap) => roadmap,
        Err(problems) => panic!("{:#?}", &problems[..problems.len().min(5)]),
    };
    let read = start.elapsed();
    assert_eq!(roadmap.glossary.len(), MAX_GLOSSARY);
    let start = Instant::now();
    let (mut texts, mut terms) = (0, 0);
    for lang in Lang::ALL {
        let forms = glossary::forms(&roadmap.glossary, lang);
        assert_eq!(forms.len(), MAX_GLOSSARY * MAX_FORMS);
        for step in roadmap.all_steps() {
            let items = step
                .roles
                .iter()
                .chain(&step.conditions)
                .chain(&step.challenges);
            let all = step
                .questions
                .iter()
                .chain(items.flat_map(|item| [&item.title, &item.text]))
                .chain([&step.title, &step.summary]);
            for text in all {
                let segments = glossary::mark(text.get(lang), &forms);
                terms += segments
                    .iter()
                    .filter(|segment| matches!(segment, Segment::Term { .. }))
                    .count();
                texts += 1;
            }
        }
    }
    let marked = start.elapsed();
    eprintln!(
        "{} bytes read in {read:?}; {texts} texts marked ({terms} terms) in {marked:?}",
        file.len()
    );
    assert!(terms >= (MAX_STEPS + 1) * 4 * MAX_ITEMS * 2, "{terms}");
    // About a tenth of a second in a release build, under a second in a debug build (2 cores,
    // measured when this test was added); the bounds leave room for a busy machine.
    let bound = if cfg!(debug_assertions) { 10 } else { 1 };
    assert!(marked < Duration::from_secs(bound), "{marked:?}");
}

/// The limits content/README.md gives for supports and for an area's activities and cases,
/// which the schema already said.
#[test]
fn supports_and_an_area_s_activities_and_cases_have_the_items_limit() {
    let mut value = shipped();
    let support = value["supports"][0].clone();
    let supports: Vec<Value> = (0..=MAX_ITEMS)
        .map(|i| {
            let mut support = support.clone();
            support["id"] = json!(format!("support-{i}"));
            support
        })
        .collect();
    value["supports"] = json!(supports);
    let area = &mut value["areas"][0];
    let activity = area["activities"][0].clone();
    area["activities"] = json!(vec![activity; MAX_ITEMS + 1]);
    let case = area["cases"][0].clone();
    let cases: Vec<Value> = (0..=MAX_ITEMS)
        .map(|i| {
            let mut case = case.clone();
            case["id"] = json!(format!("case-{i}"));
            case
        })
        .collect();
    area["cases"] = json!(cases);
    let problems = problems(&value);
    let too_many = ProblemKind::TooMany {
        count: MAX_ITEMS + 1,
        max: MAX_ITEMS,
    };
    for path in ["areas[0].activities", "areas[0].cases", "supports"] {
        assert!(
            problems
                .iter()
                .any(|problem| problem.path == path && problem.kind == too_many),
            "{path}: {problems:#?}"
        );
    }
    assert_eq!(problems.len(), 3, "{problems:#?}");
}
