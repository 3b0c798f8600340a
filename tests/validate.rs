//! The validator rejects each kind of bad content, naming where the problem is.

use lhs_roadmap::content::{parse, JsonKind, Problem, ProblemKind, MAX_TEXT};
use lhs_roadmap::lang::Lang;
use serde_json::{json, Value};

const SHIPPED: &str = include_str!("../content/roadmap.json");

fn shipped() -> Value {
    serde_json::from_str(SHIPPED).expect("the shipped content is JSON")
}

/// The problems found in the shipped content after `edit`.
fn problems_after(edit: impl FnOnce(&mut Value)) -> Vec<Problem> {
    let mut value = shipped();
    edit(&mut value);
    match parse(&value.to_string()) {
        Ok(_) => Vec::new(),
        Err(problems) => problems,
    }
}

fn assert_problem(problems: &[Problem], path: &str, kind: ProblemKind) {
    assert!(
        problems.iter().any(|p| p.path == path && p.kind == kind),
        "expected {kind:?} at {path}, got {problems:#?}"
    );
}

#[test]
fn an_empty_text_is_reported_at_its_language() {
    let problems = problems_after(|v| v["steps"][2]["challenges"][0]["text"]["fr"] = json!("  "));
    assert_eq!(problems.len(), 1);
    assert_problem(
        &problems,
        "steps[2].challenges[0].text.fr",
        ProblemKind::EmptyText,
    );
}

#[test]
fn a_missing_language_is_a_missing_field() {
    let problems = problems_after(|v| {
        v["steps"][0]["title"]
            .as_object_mut()
            .map(|o| o.remove("en"));
    });
    assert_problem(
        &problems,
        "steps[0].title.en",
        ProblemKind::MissingField("en".into()),
    );
}

#[test]
fn unknown_fields_are_refused_with_their_path() {
    let problems = problems_after(|v| v["steps"][1]["roles"][0]["colour"] = json!("red"));
    assert_problem(
        &problems,
        "steps[1].roles[0].colour",
        ProblemKind::UnknownField("colour".into()),
    );
    let problems = problems_after(|v| v["extra"] = json!(1));
    assert_problem(
        &problems,
        "extra",
        ProblemKind::UnknownField("extra".into()),
    );
}

#[test]
fn wrong_types_say_what_was_expected_and_found() {
    let problems = problems_after(|v| v["steps"][0]["number"] = json!("one"));
    assert_problem(
        &problems,
        "steps[0].number",
        ProblemKind::WrongType {
            expected: JsonKind::WholeNumber,
            found: JsonKind::Text,
        },
    );
    let problems = problems_after(|v| v["glossary"] = json!({}));
    assert_problem(
        &problems,
        "glossary",
        ProblemKind::WrongType {
            expected: JsonKind::List,
            found: JsonKind::Object,
        },
    );
    let problems = problems_after(|v| v["title"] = json!("just one language"));
    assert_problem(
        &problems,
        "title",
        ProblemKind::WrongType {
            expected: JsonKind::Object,
            found: JsonKind::Text,
        },
    );
}

/// serde reads the file into the model and stops at the first value the model cannot take,
/// so structural problems come one at a time, each with its place (an editor's schema
/// underlines them all as they type); the validator's rules are then all reported at once.
#[test]
fn structural_problems_come_first_then_every_rule_at_once() {
    let problems = problems_after(|v| {
        v["steps"][0]["title"]["fr"] = json!(3);
        v["steps"][4]["summary"] = Value::Null;
        v["credits"]["note"].as_object_mut().map(|o| o.remove("fr"));
    });
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_problem(
        &problems,
        "steps[0].title.fr",
        ProblemKind::WrongType {
            expected: JsonKind::Text,
            found: JsonKind::Number,
        },
    );
    assert!(problems[0].position.is_some());

    let problems = problems_after(|v| {
        v["steps"][0]["title"]["fr"] = json!(" ");
        v["steps"][4]["summary"]["en"] = json!("");
        v["credits"]["note"]["fr"] = json!("x".repeat(MAX_TEXT + 1));
    });
    assert_eq!(problems.len(), 3, "{problems:#?}");
    assert!(problems.iter().all(|problem| problem.position.is_some()));
}

#[test]
fn duplicate_ids_name_the_first_use() {
    let problems = problems_after(|v| v["steps"][3]["id"] = json!("collect-data"));
    assert_problem(
        &problems,
        "steps[3].id",
        ProblemKind::DuplicateId {
            id: "collect-data".into(),
            first: "steps[1].id".into(),
        },
    );
    let problems = problems_after(|v| {
        let first = v["steps"][0]["roles"][0]["id"].clone();
        v["steps"][6]["challenges"][1]["id"] = first;
    });
    assert!(problems.iter().any(|p| p.path == "steps[6].challenges[1].id"
        && matches!(&p.kind, ProblemKind::DuplicateId { first, .. } if first == "steps[0].roles[0].id")));
}

#[test]
fn ids_must_be_lowercase_slugs() {
    let problems = problems_after(|v| v["steps"][0]["id"] = json!("Identify Needs"));
    assert_problem(
        &problems,
        "steps[0].id",
        ProblemKind::BadId("Identify Needs".into()),
    );
    let problems = problems_after(|v| v["sources"][0]["key"] = json!("é"));
    assert!(problems.iter().any(|p| p.path == "sources[0].key"));
}

#[test]
fn every_step_needs_items_in_each_part() {
    let problems = problems_after(|v| v["steps"][5]["conditions"] = json!([]));
    assert_problem(&problems, "steps[5].conditions", ProblemKind::EmptyList);
    let problems = problems_after(|v| v["steps"] = json!([]));
    assert_problem(&problems, "steps", ProblemKind::EmptyList);
}

#[test]
fn every_step_needs_discussion_questions_in_both_languages() {
    let problems = problems_after(|v| v["foundation"]["questions"] = json!([]));
    assert_problem(&problems, "foundation.questions", ProblemKind::EmptyList);
    let problems = problems_after(|v| v["steps"][3]["questions"][1]["en"] = json!(" "));
    assert_problem(
        &problems,
        "steps[3].questions[1].en",
        ProblemKind::EmptyText,
    );
    let problems = problems_after(|v| {
        if let Some(step) = v["steps"][0].as_object_mut() {
            step.remove("questions");
        }
    });
    assert!(
        problems.iter().any(|p| p.path == "steps[0].questions"
            && matches!(&p.kind, ProblemKind::MissingField(field) if field == "questions")),
        "{problems:?}"
    );
}

#[test]
fn step_numbers_follow_their_place() {
    let problems = problems_after(|v| v["steps"][2]["number"] = json!(7));
    assert_problem(
        &problems,
        "steps[2].number",
        ProblemKind::WrongNumber {
            expected: 3,
            found: 7,
        },
    );
    let problems = problems_after(|v| v["foundation"]["number"] = json!(1));
    assert_problem(
        &problems,
        "foundation.number",
        ProblemKind::WrongNumber {
            expected: 0,
            found: 1,
        },
    );
}

#[test]
fn source_keys_must_resolve() {
    let problems = problems_after(|v| v["steps"][0]["roles"][1]["sources"] = json!(["nowhere"]));
    assert_problem(
        &problems,
        "steps[0].roles[1].sources[0]",
        ProblemKind::UnknownSource("nowhere".into()),
    );
    let problems = problems_after(|v| v["glossary"][0]["sources"] = json!(["nowhere"]));
    assert_problem(
        &problems,
        "glossary[0].sources[0]",
        ProblemKind::UnknownSource("nowhere".into()),
    );
}

#[test]
fn tags_and_links_are_checked() {
    let problems = problems_after(|v| v["steps"][0]["roles"][0]["tags"] = json!(["heroic"]));
    assert_problem(
        &problems,
        "steps[0].roles[0].tags[0]",
        ProblemKind::UnknownValue("heroic".into()),
    );
    let problems = problems_after(|v| v["sources"][0]["url"] = json!("javascript:alert(1)"));
    assert_problem(
        &problems,
        "sources[0].url",
        ProblemKind::BadUrl("javascript:alert(1)".into()),
    );
}

#[test]
fn files_that_are_not_json_give_a_position() {
    let truncated = &SHIPPED[..SHIPPED.len() / 2];
    let problems = parse(truncated).expect_err("truncated");
    assert_eq!(problems[0].kind, ProblemKind::Truncated);
    assert!(problems[0].position.is_some());

    let problems = parse("{\n  \"title\": ,\n}").expect_err("syntax");
    assert_eq!(problems[0].kind, ProblemKind::Syntax);
    assert_eq!(problems[0].position.map(|(line, _)| line), Some(2));

    assert_eq!(parse("").expect_err("empty")[0].kind, ProblemKind::Empty);
    assert_eq!(
        parse(&(SHIPPED.to_string() + "}")).expect_err("trailing")[0].kind,
        ProblemKind::Syntax
    );
    let problems = parse("[1, 2]").expect_err("not an object");
    assert!(matches!(
        problems[0].kind,
        ProblemKind::WrongType {
            expected: JsonKind::Object,
            ..
        }
    ));
}

#[test]
fn every_problem_has_a_sentence_in_both_languages() {
    let kinds = [
        ProblemKind::Syntax,
        ProblemKind::Truncated,
        ProblemKind::Empty,
        ProblemKind::MissingField("fr".into()),
        ProblemKind::UnknownField("x".into()),
        ProblemKind::WrongType {
            expected: JsonKind::Text,
            found: JsonKind::Null,
        },
        ProblemKind::UnknownValue("x".into()),
        ProblemKind::EmptyText,
        ProblemKind::BadId("X".into()),
        ProblemKind::DuplicateId {
            id: "a".into(),
            first: "steps[0].id".into(),
        },
        ProblemKind::UnknownSource("x".into()),
        ProblemKind::EmptyList,
        ProblemKind::WrongNumber {
            expected: 1,
            found: 2,
        },
        ProblemKind::BadUrl("x".into()),
    ];
    for kind in kinds {
        let problem = Problem::new("steps[0]", kind);
        let (fr, en) = (problem.message(Lang::Fr), problem.message(Lang::En));
        assert!(!fr.is_empty() && !en.is_empty() && fr != en, "{fr} / {en}");
    }
    let located = Problem {
        position: Some((3, 9)),
        ..Problem::new("title", ProblemKind::EmptyText)
    };
    assert_eq!(located.location(Lang::En), "title (line 3, column 9)");
    assert_eq!(located.location(Lang::Fr), "title (ligne 3, colonne 9)");
}

#[test]
fn every_problem_points_at_its_line_and_column_in_the_file() {
    // A rule broken after reading (the number) and one found while reading (the type).
    let text = SHIPPED
        .replacen("\"number\": 3", "\"number\": 9", 1)
        .replacen("\"number\": 5", "\"number\": \"5\"", 1);
    let line_of = |needle: &str| {
        let at = text.find(needle).expect("edited text");
        let line = text[..at].matches('\n').count() + 1;
        let column = text[..at]
            .rsplit('\n')
            .next()
            .map_or(0, |l| l.chars().count())
            + 1;
        (line, column + "\"number\": ".len())
    };
    let problems = parse(&text).expect_err("wrong type");
    assert_eq!(problems[0].path, "steps[4].number");
    assert_eq!(problems[0].position, Some(line_of("\"number\": \"5\"")));

    let text = SHIPPED.replacen("\"number\": 3", "\"number\": 9", 1);
    let problems = parse(&text).expect_err("wrong number");
    assert_eq!(problems[0].path, "steps[2].number");
    let at = text.find("\"number\": 9").expect("edited");
    let line = text[..at].matches('\n').count() + 1;
    assert_eq!(problems[0].position.map(|(l, _)| l), Some(line));
}

#[test]
fn a_field_given_twice_is_reported() {
    let text = SHIPPED.replacen("\"notice\": {", "\"notice\": {\"fr\": \"x\", ", 1);
    let problems = parse(&text).expect_err("duplicate");
    assert!(problems
        .iter()
        .any(|p| p.path == "notice.fr" && p.kind == ProblemKind::DuplicateField("fr".into())));
}

/// A small set of areas, levels and supports, so that these rules are tested whatever the
/// shipped file holds.
fn with_involvement(v: &mut Value) {
    let text = json!({ "fr": "Un texte.", "en": "A text." });
    v["areas"] = json!([
        { "id": "governance", "summary": text, "activities": [text],
          "cases": [{ "id": "case-one", "title": text, "text": text, "sources": ["boivin-2018"] }] },
        { "id": "research", "summary": text, "activities": [text] }
    ]);
    v["continuum"] = json!([
        { "id": "information", "summary": text, "you": text, "example": text },
        { "id": "partnership", "summary": text, "you": text, "example": text }
    ]);
    let condition = v["steps"][0]["conditions"][0]["id"].clone();
    v["supports"] = json!([
        { "id": "support-one", "level": "organizational", "title": text, "text": text,
          "conditions": [condition] }
    ]);
}

#[test]
fn areas_continuum_and_supports_read_when_well_formed() {
    assert_eq!(problems_after(with_involvement), Vec::new());
    // They may be left out: a file adapted before they existed still opens.
    let problems = problems_after(|v| {
        let object = v.as_object_mut().expect("an object");
        for field in ["areas", "continuum", "supports"] {
            object.remove(field);
        }
    });
    assert_eq!(problems, Vec::new());
}

#[test]
fn an_area_or_level_must_be_one_of_its_kind_and_given_once() {
    let problems = problems_after(|v| {
        with_involvement(v);
        v["areas"][1]["id"] = json!("governance");
        v["continuum"][0]["id"] = json!("research");
    });
    assert_problem(
        &problems,
        "areas[1].id",
        ProblemKind::DuplicateId {
            id: "governance".into(),
            first: "areas[0].id".into(),
        },
    );
    assert_problem(
        &problems,
        "continuum[0].id",
        ProblemKind::UnknownValue("research".into()),
    );
    let problems = problems_after(|v| {
        with_involvement(v);
        v["areas"][0]["id"] = json!("sports");
    });
    assert_problem(
        &problems,
        "areas[0].id",
        ProblemKind::UnknownValue("sports".into()),
    );
}

#[test]
fn a_support_must_link_to_winning_conditions_that_exist() {
    let problems = problems_after(|v| {
        with_involvement(v);
        let role = v["steps"][0]["roles"][0]["id"].clone();
        v["supports"][0]["conditions"] = json!(["no-such-condition", role]);
    });
    assert_problem(
        &problems,
        "supports[0].conditions[0]",
        ProblemKind::UnknownCondition("no-such-condition".into()),
    );
    assert!(
        problems
            .iter()
            .any(|p| p.path == "supports[0].conditions[1]"),
        "a role is no winning condition"
    );
    let problems = problems_after(|v| {
        with_involvement(v);
        v["supports"][0]["level"] = json!("national");
    });
    assert_problem(
        &problems,
        "supports[0].level",
        ProblemKind::UnknownValue("national".into()),
    );
    let problems = problems_after(|v| {
        with_involvement(v);
        v["supports"][0]["level"] = json!("systemic");
        v["supports"][0]["conditions"] = json!([]);
        v["areas"][0]["cases"][0]["id"] = v["supports"][0]["id"].clone();
    });
    assert_problem(&problems, "supports[0].conditions", ProblemKind::EmptyList);
    assert_problem(
        &problems,
        "supports[0].id",
        ProblemKind::DuplicateId {
            id: "support-one".into(),
            first: "areas[0].cases[0].id".into(),
        },
    );
}

/// serde would read a list as a struct's fields in order (`"title": ["a", "b"]` as a text):
/// the model's structs take objects only, wherever they are.
#[test]
fn a_list_where_an_object_belongs_is_refused() {
    let places = [
        "",
        "/title",
        "/introduction/0",
        "/foundation",
        "/steps/0/roles/0",
        "/steps/0/questions/0",
        "/areas/0",
        "/areas/0/cases/0",
        "/continuum/0",
        "/supports/0",
        "/glossary/0",
        "/glossary/0/forms",
        "/sources/0",
        "/credits",
        "/credits/sections/0",
    ];
    for pointer in places {
        let mut value = shipped();
        let target = value.pointer_mut(pointer).expect("the shipped file has it");
        let fields: Vec<Value> = target
            .as_object()
            .expect("an object")
            .values()
            .cloned()
            .collect();
        *target = Value::Array(fields);
        let problems = parse(&value.to_string()).expect_err(pointer);
        let path = pointer
            .trim_start_matches('/')
            .split('/')
            .fold(String::new(), |path, part| match part.parse::<usize>() {
                Ok(index) => format!("{path}[{index}]"),
                Err(_) if path.is_empty() => part.to_string(),
                Err(_) => format!("{path}.{part}"),
            });
        assert_eq!(problems.len(), 1, "{pointer}: {problems:#?}");
        assert_problem(
            &problems,
            &path,
            ProblemKind::WrongType {
                expected: JsonKind::Object,
                found: JsonKind::List,
            },
        );
    }
}
