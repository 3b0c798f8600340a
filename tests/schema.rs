//! content/roadmap.schema.json, the JSON Schema content editors' editors read: it is what the
//! reader describes (`make schema` rewrites it), the shipped content meets it, and it agrees
//! with the reader on good and bad edits, field by field.
//!
//! The schema is checked with a small validator for the part of JSON Schema that
//! `content::schema` (schemars, from the model's types) writes; a keyword or pattern it
//! does not know fails the test, so that the schema cannot grow rules nobody checks.
#![cfg(not(target_arch = "wasm32"))]

use lhs_roadmap::content::{
    is_one_word, is_slug, parse, schema, ProblemKind, MAX_STEPS, MAX_TITLE,
};
use serde_json::{json, Value};

const SCHEMA_FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/content/roadmap.schema.json");
const SHIPPED: &str = include_str!("../content/roadmap.json");

fn shipped() -> Value {
    serde_json::from_str(SHIPPED).expect("the shipped content is JSON")
}

fn generated() -> Value {
    serde_json::from_str(&schema()).expect("the schema is JSON")
}

#[test]
fn the_schema_file_is_what_the_reader_describes() {
    let expected = schema();
    if std::env::var("UPDATE_SCHEMA").is_ok_and(|value| value == "1") {
        std::fs::write(SCHEMA_FILE, &expected).expect("content/roadmap.schema.json is writable");
        return;
    }
    let found = std::fs::read_to_string(SCHEMA_FILE).unwrap_or_default();
    if found != expected {
        // The first line that differs, rather than two whole files.
        let line = found
            .lines()
            .zip(expected.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| found.lines().count().min(expected.lines().count()));
        panic!(
            "content/roadmap.schema.json is out of date (from line {}): run `make schema` \
             and commit the file",
            line + 1
        );
    }
}

#[test]
fn the_schema_is_pretty_printed_with_two_spaces_and_a_final_newline() {
    let text = schema();
    assert!(text.ends_with("}\n") && !text.ends_with("\n\n"));
    let pretty = serde_json::to_string_pretty(&generated()).expect("prints") + "\n";
    // Whatever order serde_json gives the members (its preserve_order feature decides),
    // compare the lines without their commas, as sorted lists.
    let lines = |text: &str| {
        let mut lines: Vec<String> = text
            .lines()
            .map(|line| line.trim_end_matches(',').to_string())
            .collect();
        lines.sort_unstable();
        lines
    };
    let (ours, theirs) = (lines(&text), lines(&pretty));
    let differ = ours.iter().zip(&theirs).find(|(a, b)| a != b);
    assert!(
        ours.len() == theirs.len() && differ.is_none(),
        "not as serde_json prints it: {differ:?}"
    );
}

// A validator for the subset of JSON Schema 2020-12 that `content::schema` writes.

/// Every place where `value` breaks `schema`, as paths written like the reader's
/// (`steps[0].roles[1].id`) with what is wrong.
fn schema_errors(value: &Value) -> Vec<(String, String)> {
    let root = generated();
    let mut errors = Vec::new();
    check(&root, &root, value, "", &mut errors);
    errors
}

fn field_path(at: &str, name: &str) -> String {
    if at.is_empty() {
        name.to_string()
    } else {
        format!("{at}.{name}")
    }
}

/// Whether `text` matches `pattern`, for the few patterns the schema uses, each as the
/// Rust rule it stands for.
fn matches(pattern: &str, text: &str) -> bool {
    match pattern {
        // validate.rs's `is_slug`, which the regular expression spells out.
        "^[a-z0-9]+(-[a-z0-9]+)*$" => is_slug(text),
        // Not blank (`\S`): validate.rs trims with Rust's notion of white space.
        "\\S" => text.chars().any(|c| !c.is_whitespace()),
        // A synonym's word: validate.rs's `is_one_word`.
        "^[\\p{L}\\p{M}\\p{N}]+$" => is_one_word(text),
        "^https?://[^ ]*$" => {
            (text.starts_with("https://") || text.starts_with("http://")) && !text.contains(' ')
        }
        other => panic!("the schema uses the pattern {other:?}: give this test its rule"),
    }
}

fn check(
    root: &Value,
    schema: &Value,
    value: &Value,
    at: &str,
    errors: &mut Vec<(String, String)>,
) {
    let Some(keywords) = schema.as_object() else {
        panic!("{at}: a schema must be an object, not {schema}");
    };
    let mut error = |path: String, what: String| errors.push((path, what));
    let mut nested = Vec::new();
    for (keyword, rule) in keywords {
        match keyword.as_str() {
            "$schema" | "title" | "description" | "$defs" => {}
            // `format` only annotates in 2020-12: the pattern beside a web address does the
            // checking, and a step's number is bounded by `minimum` and `maximum`.
            "format" => assert!(
                rule == "uri" || rule == "uint32",
                "{at}: unknown format {rule}"
            ),
            // An annotation editors use to fill in a field: it must itself be valid there.
            "default" => {
                let mut rest = keywords.clone();
                rest.remove("default");
                let mut wrong = Vec::new();
                check(root, &Value::Object(rest), rule, at, &mut wrong);
                assert!(
                    wrong.is_empty(),
                    "{at}: the default {rule} is refused: {wrong:?}"
                );
            }
            "$ref" => {
                let name = rule
                    .as_str()
                    .and_then(|target| target.strip_prefix("#/$defs/"))
                    .unwrap_or_else(|| panic!("{at}: unknown reference {rule}"));
                let target = root["$defs"]
                    .get(name)
                    .unwrap_or_else(|| panic!("{at}: no definition {name}"));
                nested.push((target.clone(), value.clone(), at.to_string()));
            }
            "type" => {
                let ok = match rule.as_str() {
                    Some("object") => value.is_object(),
                    Some("array") => value.is_array(),
                    Some("string") => value.is_string(),
                    Some("integer") => value.is_u64() || value.is_i64(),
                    _ => panic!("{at}: unknown type {rule}"),
                };
                if !ok {
                    error(at.to_string(), format!("is not of type {rule}"));
                }
            }
            "properties" => {
                let properties = rule.as_object().expect("properties is an object");
                if let Some(members) = value.as_object() {
                    for (name, property) in properties {
                        if let Some(member) = members.get(name) {
                            nested.push((property.clone(), member.clone(), field_path(at, name)));
                        }
                    }
                }
            }
            "required" => {
                if let Some(members) = value.as_object() {
                    for name in rule.as_array().expect("required is a list") {
                        let name = name.as_str().expect("required names are texts");
                        if !members.contains_key(name) {
                            error(field_path(at, name), "is required".to_string());
                        }
                    }
                }
            }
            "additionalProperties" => {
                assert_eq!(rule, &Value::Bool(false), "{at}: only `false` is written");
                let known = keywords["properties"]
                    .as_object()
                    .expect("properties beside it");
                for name in value
                    .as_object()
                    .into_iter()
                    .flat_map(|members| members.keys())
                {
                    if !known.contains_key(name) {
                        error(field_path(at, name), "is not an expected field".to_string());
                    }
                }
            }
            "items" => {
                for (i, item) in value.as_array().into_iter().flatten().enumerate() {
                    nested.push((rule.clone(), item.clone(), format!("{at}[{i}]")));
                }
            }
            "minItems" | "maxItems" => {
                let limit = rule.as_u64().expect("a count") as usize;
                if let Some(items) = value.as_array() {
                    let ok = if keyword == "minItems" {
                        items.len() >= limit
                    } else {
                        items.len() <= limit
                    };
                    if !ok {
                        error(
                            at.to_string(),
                            format!("has {} entries ({keyword} {limit})", items.len()),
                        );
                    }
                }
            }
            "minLength" | "maxLength" => {
                let limit = rule.as_u64().expect("a length") as usize;
                if let Some(text) = value.as_str() {
                    // JSON Schema counts characters (code points), as validate.rs does.
                    let length = text.chars().count();
                    let ok = if keyword == "minLength" {
                        length >= limit
                    } else {
                        length <= limit
                    };
                    if !ok {
                        error(
                            at.to_string(),
                            format!("has {length} characters ({keyword} {limit})"),
                        );
                    }
                }
            }
            "minimum" | "maximum" => {
                let limit = rule.as_u64().expect("a whole number");
                if let Some(number) = value.as_u64() {
                    let ok = if keyword == "minimum" {
                        number >= limit
                    } else {
                        number <= limit
                    };
                    if !ok {
                        error(at.to_string(), format!("is {number} ({keyword} {limit})"));
                    }
                }
                if value.as_i64().is_some_and(|number| number < 0) && keyword == "minimum" {
                    error(at.to_string(), "is negative".to_string());
                }
            }
            "pattern" => {
                let pattern = rule.as_str().expect("a pattern is a text");
                if let Some(text) = value.as_str() {
                    if !matches(pattern, text) {
                        error(at.to_string(), format!("does not match {pattern}"));
                    }
                }
            }
            "enum" => {
                let allowed = rule.as_array().expect("enum is a list");
                if !allowed.contains(value) {
                    error(at.to_string(), format!("{value} is not one of {rule}"));
                }
            }
            other => panic!("{at}: the schema uses `{other}`, which this test does not check"),
        }
    }
    for (schema, value, path) in nested {
        check(root, &schema, &value, &path, errors);
    }
}

#[test]
fn the_shipped_content_meets_the_schema() {
    let errors = schema_errors(&shipped());
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn the_shipped_content_names_the_schema_for_editors() {
    assert_eq!(shipped()["$schema"], "./roadmap.schema.json");
    assert_eq!(
        generated()["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
}

/// The shipped content with one edit.
fn edited(edit: impl FnOnce(&mut Value)) -> Value {
    let mut content = shipped();
    edit(&mut content);
    content
}

fn remove(value: &mut Value, name: &str) {
    value.as_object_mut().map(|members| members.remove(name));
}

/// Each bad edit, and a path both the schema and the reader must name.
fn bad_edits() -> Vec<(&'static str, &'static str, Value)> {
    let long_title = "x".repeat(MAX_TITLE + 1);
    vec![
        (
            "unknown field",
            "steps[0].colour",
            edited(|v| v["steps"][0]["colour"] = json!("red")),
        ),
        (
            "unknown field at the top",
            "colour",
            edited(|v| v["colour"] = json!("red")),
        ),
        (
            "missing required field",
            "steps[1].summary",
            edited(|v| remove(&mut v["steps"][1], "summary")),
        ),
        (
            "missing language",
            "notice.en",
            edited(|v| remove(&mut v["notice"], "en")),
        ),
        (
            "tag not in the list",
            "steps[0].roles[0].tags[0]",
            edited(|v| v["steps"][0]["roles"][0]["tags"] = json!(["sometimes"])),
        ),
        (
            "title too long",
            "steps[0].title.en",
            edited(|v| v["steps"][0]["title"]["en"] = json!(long_title)),
        ),
        (
            "glossary form too long",
            "glossary[0].forms.fr[0]",
            edited(|v| v["glossary"][0]["forms"] = json!({"fr": [long_title], "en": []})),
        ),
        (
            "bad id",
            "steps[0].roles[0].id",
            edited(|v| v["steps"][0]["roles"][0]["id"] = json!("Bad Id")),
        ),
        (
            "bad source key",
            "sources[0].key",
            edited(|v| v["sources"][0]["key"] = json!("Boivin 2018")),
        ),
        (
            "blank text",
            "notice.fr",
            edited(|v| v["notice"]["fr"] = json!("  \n ")),
        ),
        (
            "empty list",
            "steps[0].roles",
            edited(|v| v["steps"][0]["roles"] = json!([])),
        ),
        (
            "too many steps",
            "steps",
            edited(|v| {
                let step = v["steps"][0].clone();
                let steps = v["steps"].as_array_mut().expect("steps is a list");
                steps.resize(MAX_STEPS + 1, step);
            }),
        ),
        (
            "number as a text",
            "steps[0].number",
            edited(|v| v["steps"][0]["number"] = json!("1")),
        ),
        (
            "negative number",
            "steps[0].number",
            edited(|v| v["steps"][0]["number"] = json!(-1)),
        ),
        (
            "web address that is not one",
            "sources[0].url",
            edited(|v| v["sources"][0]["url"] = json!("javascript:alert(1)")),
        ),
        (
            "synonym of two words",
            "synonyms.fr[0].words[1]",
            edited(|v| v["synonyms"]["fr"][0]["words"] = json!(["argent", "coût total"])),
        ),
        (
            "synonym that finds nothing",
            "synonyms.en[0].finds",
            edited(|v| v["synonyms"]["en"][0]["finds"] = json!([])),
        ),
        (
            "$schema that is not a text",
            "$schema",
            edited(|v| v["$schema"] = json!(5)),
        ),
    ]
}

#[test]
fn bad_edits_are_refused_by_both_the_schema_and_the_reader_at_the_same_place() {
    for (what, path, content) in bad_edits() {
        let errors = schema_errors(&content);
        assert!(
            errors.iter().any(|(at, _)| at == path),
            "{what}: the schema does not flag {path}: {errors:?}"
        );
        let problems = parse(&content.to_string()).expect_err(what);
        assert!(
            problems.iter().any(|problem| problem.path == path),
            "{what}: the reader does not flag {path}: {problems:?}"
        );
    }
}

#[test]
fn good_edits_are_accepted_by_both_the_schema_and_the_reader() {
    let edits = [
        ("no $schema line", edited(|v| remove(v, "$schema"))),
        (
            "another $schema address",
            edited(|v| v["$schema"] = json!("https://example.org/roadmap.schema.json")),
        ),
        (
            "an item without tags or sources",
            edited(|v| {
                let item = &mut v["steps"][0]["roles"][0];
                remove(item, "tags");
                remove(item, "sources");
            }),
        ),
        (
            "a source without address",
            edited(|v| remove(&mut v["sources"][0], "url")),
        ),
        (
            "a glossary entry without forms or sources",
            edited(|v| {
                remove(&mut v["glossary"][0], "forms");
                remove(&mut v["glossary"][0], "sources");
            }),
        ),
        ("no synonyms", edited(|v| remove(v, "synonyms"))),
        (
            "synonyms in one language only",
            edited(|v| remove(&mut v["synonyms"], "en")),
        ),
        (
            "a title of exactly the limit",
            edited(|v| v["title"]["fr"] = json!("é".repeat(MAX_TITLE))),
        ),
    ];
    for (what, content) in edits {
        let errors = schema_errors(&content);
        assert!(errors.is_empty(), "{what}: {errors:?}");
        if let Err(problems) = parse(&content.to_string()) {
            panic!("{what}: {problems:?}");
        }
    }
}

// The fields: the schema's are the reader's.

fn definition(name: &str) -> Value {
    let schema = generated();
    if name == "Roadmap" {
        return schema;
    }
    schema["$defs"][name].clone()
}

fn names(list: &Value) -> Vec<String> {
    match list {
        Value::Object(members) => members.keys().cloned().collect(),
        Value::Array(items) => items
            .iter()
            .filter_map(|item| item.as_str())
            .map(String::from)
            .collect(),
        _ => Vec::new(),
    }
}

/// Where each struct's definition has an example in the shipped file, as a JSON pointer
/// and the reader's path.
const EXAMPLES: [(&str, &str, &str); 17] = [
    ("Roadmap", "", ""),
    ("ShortText", "/title", "title"),
    ("LongText", "/notice", "notice"),
    ("Section", "/introduction/0", "introduction[0]"),
    ("Step", "/steps/0", "steps[0]"),
    ("Item", "/steps/0/roles/0", "steps[0].roles[0]"),
    ("Area", "/areas/0", "areas[0]"),
    ("Case", "/areas/0/cases/0", "areas[0].cases[0]"),
    ("Level", "/continuum/0", "continuum[0]"),
    ("Support", "/supports/0", "supports[0]"),
    ("GlossaryEntry", "/glossary/0", "glossary[0]"),
    ("ShortTextList", "/glossary/0/forms", "glossary[0].forms"),
    ("Synonyms", "/synonyms", "synonyms"),
    ("Synonym", "/synonyms/fr/0", "synonyms.fr[0]"),
    ("Source", "/sources/0", "sources[0]"),
    ("Credits", "/credits", "credits"),
    (
        "CreditSection",
        "/credits/sections/0",
        "credits.sections[0]",
    ),
];

#[test]
fn step_and_item_have_exactly_the_model_s_fields() {
    let step = definition("Step");
    let fields = [
        "id",
        "number",
        "title",
        "summary",
        "questions",
        "roles",
        "conditions",
        "challenges",
    ];
    let mut properties = names(&step["properties"]);
    properties.sort_unstable();
    let mut expected = fields.map(String::from).to_vec();
    expected.sort_unstable();
    assert_eq!(properties, expected);
    assert_eq!(names(&step["required"]).len(), fields.len(), "all required");

    let item = definition("Item");
    let mut properties = names(&item["properties"]);
    properties.sort_unstable();
    assert_eq!(properties, ["id", "sources", "tags", "text", "title"]);
    let mut required = names(&item["required"]);
    required.sort_unstable();
    assert_eq!(required, ["id", "text", "title"]);
}

#[test]
fn every_definition_of_a_struct_has_an_example_here() {
    let schema = generated();
    for (name, definition) in schema["$defs"].as_object().expect("$defs") {
        if definition["type"] == "object" {
            assert!(
                EXAMPLES.iter().any(|(known, _, _)| known == name),
                "add an example of {name} to EXAMPLES"
            );
        }
    }
}

/// For every struct: the shipped example has only fields the schema lists; each
/// required one, left out, is reported missing by the reader; each optional one can be
/// left out; and a field the schema does not list is refused by the reader.
#[test]
fn the_reader_requires_and_accepts_exactly_the_schema_s_fields() {
    for (name, pointer, path) in EXAMPLES {
        let definition = definition(name);
        let properties = names(&definition["properties"]);
        let required = names(&definition["required"]);
        let example = shipped()
            .pointer(pointer)
            .unwrap_or_else(|| panic!("{name}: no example at {pointer}"))
            .clone();
        for field in names(&example) {
            assert!(
                properties.contains(&field),
                "{name}.{field} is not in the schema"
            );
        }
        for field in &properties {
            let mut content = shipped();
            let Some(target) = content.pointer_mut(pointer) else {
                continue;
            };
            if target.get(field).is_none() {
                // The reader accepts it if present: try it where the file has it elsewhere.
                assert!(
                    !required.contains(field),
                    "{name}.{field} is required but absent"
                );
                continue;
            }
            remove(target, field);
            let field_path = if path.is_empty() {
                field.clone()
            } else {
                format!("{path}.{field}")
            };
            match parse(&content.to_string()) {
                Ok(_) => assert!(
                    !required.contains(field),
                    "{field_path} is required by the schema only"
                ),
                Err(problems) => {
                    let missing = problems.iter().any(|problem| {
                        problem.path == field_path
                            && problem.kind == ProblemKind::MissingField(field.clone())
                    });
                    assert_eq!(
                        missing,
                        required.contains(field),
                        "{field_path}: schema and reader disagree on whether it is required: {problems:?}"
                    );
                }
            }
        }
        let mut content = shipped();
        if let Some(Value::Object(members)) = content.pointer_mut(pointer) {
            members.insert("colour".into(), json!("red"));
        }
        let problems = parse(&content.to_string()).expect_err("an unknown field");
        let unknown = if path.is_empty() {
            "colour".to_string()
        } else {
            format!("{path}.colour")
        };
        assert!(
            problems.iter().any(|problem| problem.path == unknown
                && problem.kind == ProblemKind::UnknownField("colour".into())),
            "{name}: the reader accepts a field the schema refuses: {problems:?}"
        );
    }
}

#[test]
fn the_limits_are_the_validator_s_constants() {
    use lhs_roadmap::content::{Tag, MAX_ITEMS, MAX_TEXT};
    let schema = generated();
    let defs = &schema["$defs"];
    assert_eq!(schema["properties"]["steps"]["maxItems"], MAX_STEPS);
    assert_eq!(
        defs["ShortText"]["properties"]["fr"]["maxLength"],
        MAX_TITLE
    );
    assert_eq!(defs["LongText"]["properties"]["en"]["maxLength"], MAX_TEXT);
    for part in ["questions", "roles", "conditions", "challenges"] {
        assert_eq!(
            defs["Step"]["properties"][part]["maxItems"], MAX_ITEMS,
            "{part}"
        );
        assert_eq!(defs["Step"]["properties"][part]["minItems"], 1, "{part}");
    }
    assert_eq!(
        defs["CreditSection"]["properties"]["names"]["items"]["maxLength"],
        MAX_TITLE
    );
    let codes: Vec<&str> = Tag::ALL.into_iter().map(Tag::code).collect();
    assert_eq!(defs["Tag"]["enum"], json!(codes));
}

/// The worked example of content/README.md (section 10): the CIUSSS de l’Exemple renames a
/// step, adds a role with a contact and an email link, and adds the source it cites.
#[test]
fn the_readme_s_worked_example_is_valid() {
    let content = edited(|v| {
        let step = &mut v["steps"][1];
        assert_eq!(step["id"], "collect-data");
        step["title"] = json!({
            "fr": "Recueillir les données avec les usagers",
            "en": "Collect data with patients"
        });
        let mail =
            "[nadia.beaulieu@ciusss-exemple.example](mailto:nadia.beaulieu@ciusss-exemple.example)";
        let role = json!({
            "id": "collect-data-exemple-data-committee",
            "title": {
                "fr": "Siéger au comité des usagers sur les données",
                "en": "Sit on the patients’ data committee"
            },
            "text": {
                "fr": format!("Au CIUSSS de l’Exemple, des usagers et des proches choisissent avec l’équipe de recherche les questions des sondages.\n\nPour vous joindre au comité, écrivez à **Nadia Beaulieu**, conseillère en partenariat patient, à {mail}."),
                "en": format!("At the CIUSSS de l’Exemple, patients and families choose the survey questions with the research team.\n\nTo join the committee, write to **Nadia Beaulieu**, patient partnership advisor, at {mail}.")
            },
            "tags": ["collective", "research"],
            "sources": ["ciusss-exemple-2025"]
        });
        if let Some(roles) = step["roles"].as_array_mut() {
            roles.push(role);
        }
        let source = json!({
            "key": "ciusss-exemple-2025",
            "label": {
                "fr": "CIUSSS de l’Exemple, 2025",
                "en": "CIUSSS de l’Exemple, 2025"
            },
            "citation": {
                "fr": "CIUSSS de l’Exemple. Comité des usagers sur les données : mandat et membres. Document interne, 2025.",
                "en": "CIUSSS de l’Exemple. Patients’ data committee: mandate and members. Internal document, 2025."
            },
            "url": "https://www.ciusss-exemple.example/comite-donnees"
        });
        if let Some(sources) = v["sources"].as_array_mut() {
            sources.push(source);
        }
    });
    let errors = schema_errors(&content);
    assert!(errors.is_empty(), "{errors:?}");
    let roadmap = match parse(&serde_json::to_string_pretty(&content).expect("prints")) {
        Ok(roadmap) => roadmap,
        Err(problems) => panic!("{problems:?}"),
    };
    let step = roadmap.step("collect-data").expect("the step keeps its id");
    assert_eq!(step.title.en, "Collect data with patients");
    assert!(step
        .roles
        .iter()
        .any(|role| role.id == "collect-data-exemple-data-committee"));
    let readme = include_str!("../content/README.md");
    for needle in [
        "\"collect-data-exemple-data-committee\"",
        "\"ciusss-exemple-2025\"",
        "mailto:nadia.beaulieu@ciusss-exemple.example",
        "\"Collect data with patients\"",
    ] {
        assert!(
            readme.contains(needle),
            "the README's example no longer has {needle}"
        );
    }
}
