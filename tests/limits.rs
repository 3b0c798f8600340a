//! Absurd sizes: each limit of content/README.md is enforced with a clear problem, and
//! content at the limits is read (the diagram's side of it is in tests/geometry.rs).
#![cfg(not(target_arch = "wasm32"))]

use lhs_roadmap::content::{
    parse, Problem, ProblemKind, MAX_FILE_BYTES, MAX_ITEMS, MAX_STEPS, MAX_TEXT, MAX_TITLE,
};
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
