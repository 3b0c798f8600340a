//! Reads a content file into the model with serde_json, and turns what serde refuses into
//! a problem an editor understands: its kind (missing field, wrong type…), its JSON path,
//! its place, and so a sentence in the reader's language.
//!
//! serde_json says what is wrong as an English sentence and the place where it stopped,
//! not at which field. The path is the innermost value of the file around that place
//! (place.rs): serde_json stops on the value it refuses, or inside the object that lacks a
//! field or has one too many, whose name the sentence gives. The kind is read from serde's
//! sentences, whose wording serde's own `de::Error` fixes. The tests below pin each kind,
//! its path and its place: serde_path_to_error would give the path too, but it wraps every
//! step of the reading and cost 5.0 KB (brotli) of the explorer’s first load.

use serde::de::IgnoredAny;
use serde::Deserialize;
use serde_json::error::Category;

use super::model::Roadmap;
use super::path::push_field;
use super::place::{self, Places};
use super::problem::{JsonKind, Problem, ProblemKind};

/// The roadmap in `text`, or the first thing that keeps serde from reading it.
pub(crate) fn deserialize(text: &str) -> Result<Roadmap, Box<Problem>> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    // The trait's reading, which takes objects only (model.rs): `Roadmap::deserialize`
    // alone would name the derived one.
    let roadmap = <Roadmap as Deserialize>::deserialize(&mut deserializer)
        .map_err(|error| Box::new(refused(text, &error)))?;
    // Text after the roadmap's closing brace.
    deserializer
        .end()
        .map_err(|error| Box::new(syntax(text, &error)))?;
    Ok(roadmap)
}

/// The problem serde's refusal stands for.
fn refused(text: &str, error: &serde_json::Error) -> Problem {
    // serde stops at the first value it cannot use, perhaps before a syntax error further
    // on; the file's syntax comes first, as an editor would fix it first. Read as any
    // JSON, the file also tells a syntax error from serde_json's refusal of a value that
    // is JSON but not what the model takes there.
    if let Err(syntax_error) = serde_json::from_str::<IgnoredAny>(text) {
        return syntax(text, &syntax_error);
    }
    let stopped = onto_value(text, place::read_up_to(text, error.line(), error.column()));
    let mut places = Places::new(text);
    let mut path = places.path_at(stopped);
    let kind = kind_of(&sentence(error), &mut path, &mut places);
    let mut problem = Problem::new(path, kind);
    let at = places
        .offset(&problem.path, place::target(&problem.kind))
        .unwrap_or(stopped);
    problem.position = place::positions(text, &[at]).first().copied();
    problem
}

/// Where serde_json stopped, on the value it refused, from how many bytes it had read.
/// The last byte it read is the value's own when it read it (a text where a number
/// belongs, a number out of range, the `}` of an object that lacks a field); a value it
/// refused by its first byte without reading it comes after what it read last: `:`, `,`,
/// `[`, white space, or nothing at all.
fn onto_value(text: &str, read: usize) -> usize {
    let bytes = text.as_bytes();
    let last = read
        .checked_sub(1)
        .and_then(|last| bytes.get(last).map(|byte| (last, *byte)));
    match last {
        Some((last, byte))
            if !matches!(byte, b':' | b',' | b'[') && !byte.is_ascii_whitespace() =>
        {
            last
        }
        _ => bytes[read.min(bytes.len())..]
            .iter()
            .position(|byte| !byte.is_ascii_whitespace())
            .map_or(read, |skipped| read + skipped),
    }
}

/// A file serde_json cannot read as JSON at all, at the place it gives.
fn syntax(text: &str, error: &serde_json::Error) -> Problem {
    let (kind, at) = match error.classify() {
        // The place of a file that stops early is its end, where the rest should be.
        Category::Eof => (ProblemKind::Truncated, text.len()),
        _ => (
            ProblemKind::Syntax,
            place::offset_of(text, error.line(), error.column()),
        ),
    };
    let mut problem = Problem::new("", kind);
    problem.position = place::positions(text, &[at]).first().copied();
    problem
}

/// serde_json's sentence without the " at line 3 column 9" it ends with.
fn sentence(error: &serde_json::Error) -> String {
    let full = error.to_string();
    let place = format!(" at line {} column {}", error.line(), error.column());
    full.strip_suffix(&place).unwrap_or(&full).to_string()
}

/// The kind of problem serde's sentence stands for. The path is where serde stopped: the
/// value refused, or the object where a field is missing, unknown or repeated, whose name
/// joins the path here.
fn kind_of(message: &str, path: &mut String, places: &mut Places) -> ProblemKind {
    let named = |rest: &str| {
        let name = rest.split_once("`, ").map_or(rest, |(name, _)| name);
        name.trim_end_matches('`').to_string()
    };
    if let Some(rest) = message.strip_prefix("missing field `") {
        let name = named(rest);
        push_field(path, &name);
        ProblemKind::MissingField(name)
    } else if let Some(rest) = message.strip_prefix("unknown field `") {
        let name = named(rest);
        push_field(path, &name);
        ProblemKind::UnknownField(name)
    } else if let Some(rest) = message.strip_prefix("duplicate field `") {
        let name = named(rest);
        push_field(path, &name);
        ProblemKind::DuplicateField(name)
    } else if let Some(rest) = message.strip_prefix("unknown variant `") {
        ProblemKind::UnknownValue(named(rest))
    } else if let Some(rest) = message
        .strip_prefix("invalid type: ")
        .or_else(|| message.strip_prefix("invalid value: "))
    {
        let (found, expected) = rest.rsplit_once(", expected ").unwrap_or((rest, ""));
        ProblemKind::WrongType {
            expected: expected_kind(expected),
            found: places.kind(path).unwrap_or_else(|| found_kind(found)),
        }
    } else {
        ProblemKind::Other(message.to_string())
    }
}

/// What serde's "expected …" names: a model type's `expecting`.
fn expected_kind(expected: &str) -> JsonKind {
    match expected {
        "a string" | "variant identifier" => JsonKind::Text,
        "a sequence" => JsonKind::List,
        "a boolean" => JsonKind::Boolean,
        "a map" | "an object" => JsonKind::Object,
        _ if expected.starts_with("struct ") => JsonKind::Object,
        _ if expected.starts_with("enum ") => JsonKind::Text,
        // u8 … u64: the model's numbers are whole and positive.
        _ if expected.starts_with('u') && expected[1..].bytes().all(|b| b.is_ascii_digit()) => {
            JsonKind::WholeNumber
        }
        _ => JsonKind::Unknown,
    }
}

/// What serde's `Unexpected` names, when the value itself cannot be looked at.
fn found_kind(found: &str) -> JsonKind {
    let word = found.split(' ').next().unwrap_or_default();
    match word {
        "string" => JsonKind::Text,
        "integer" | "floating" => JsonKind::Number,
        "boolean" => JsonKind::Boolean,
        "sequence" => JsonKind::List,
        "map" => JsonKind::Object,
        "unit" | "null" => JsonKind::Null,
        _ => JsonKind::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Tag;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code, reason = "read by serde and shown by Debug only")]
    struct Sample {
        name: String,
        count: u32,
        #[serde(default)]
        list: Vec<Tag>,
    }

    /// serde's sentence for `text` read as a `Sample`, and the path of where it stopped.
    /// `Sample` reads a list as well as an object (the model's structs do not): `[1]`
    /// shows it.
    fn refusal(text: &str) -> (String, String) {
        match serde_json::from_str::<Sample>(text) {
            Ok(sample) => panic!("{text} was read: {sample:?}"),
            Err(error) => {
                let stopped =
                    onto_value(text, place::read_up_to(text, error.line(), error.column()));
                (sentence(&error), Places::new(text).path_at(stopped))
            }
        }
    }

    fn kind(text: &str) -> (ProblemKind, String) {
        let (message, mut path) = refusal(text);
        let kind = kind_of(&message, &mut path, &mut Places::new(text));
        (kind, path)
    }

    /// serde's wording, on which `kind_of` rests: a new serde that words them otherwise
    /// fails here rather than in an editor's face.
    #[test]
    fn each_of_serde_s_refusals_has_its_kind() {
        let wrong = |expected, found| ProblemKind::WrongType { expected, found };
        let cases = [
            (
                r#"{"count": 1}"#,
                ProblemKind::MissingField("name".into()),
                "name",
            ),
            (
                r#"{"name": "a", "count": 1, "colour": 2}"#,
                ProblemKind::UnknownField("colour".into()),
                "colour",
            ),
            (
                r#"{"name": "a", "name": "b", "count": 1}"#,
                ProblemKind::DuplicateField("name".into()),
                "name",
            ),
            (
                r#"{"name": "a", "count": 1, "list": ["patient", "blue"]}"#,
                ProblemKind::UnknownValue("blue".into()),
                "list[1]",
            ),
            (
                r#"{"name": "a", "count": 1, "list": [3]}"#,
                wrong(JsonKind::Text, JsonKind::Number),
                "list[0]",
            ),
            (
                r#"{"name": 5, "count": 1}"#,
                wrong(JsonKind::Text, JsonKind::Number),
                "name",
            ),
            (
                r#"{"name": "a", "count": "1"}"#,
                wrong(JsonKind::WholeNumber, JsonKind::Text),
                "count",
            ),
            (
                r#"{"name": "a", "count": -1}"#,
                wrong(JsonKind::WholeNumber, JsonKind::Number),
                "count",
            ),
            (
                r#"{"name": "a", "count": 1.5}"#,
                wrong(JsonKind::WholeNumber, JsonKind::Number),
                "count",
            ),
            (
                r#"{"name": "a", "count": 5000000000}"#,
                wrong(JsonKind::WholeNumber, JsonKind::Number),
                "count",
            ),
            (
                r#"{"name": "a", "count": 1, "list": {}}"#,
                wrong(JsonKind::List, JsonKind::Object),
                "list",
            ),
            (r#"[1]"#, wrong(JsonKind::Text, JsonKind::Number), "[0]"),
            (
                r#"{"name": null, "count": 1}"#,
                wrong(JsonKind::Text, JsonKind::Null),
                "name",
            ),
            // Where serde_json stops before a value it refuses unread, with no spaces or
            // with lines between.
            (
                r#"{"name":"a","count":1,"list":{}}"#,
                wrong(JsonKind::List, JsonKind::Object),
                "list",
            ),
            (
                "{\n  \"name\": \"a\",\n  \"count\":\n    true\n}",
                wrong(JsonKind::WholeNumber, JsonKind::Boolean),
                "count",
            ),
            (
                r#"{"name":"a","count":1,"list":["patient",[]]}"#,
                wrong(JsonKind::Text, JsonKind::List),
                "list[1]",
            ),
            (
                "{\"name\": \"a\", \"count\": 1, \"colour\" : 2}",
                ProblemKind::UnknownField("colour".into()),
                "colour",
            ),
            (
                "{\"count\": 1, \"name\": \"a\", \"name\"\n: \"b\"}",
                ProblemKind::DuplicateField("name".into()),
                "name",
            ),
        ];
        for (text, expected, path) in cases {
            assert_eq!(kind(text), (expected, path.to_string()), "{text}");
        }
    }

    #[test]
    fn serde_s_found_kinds_are_read_when_the_value_cannot_be_seen() {
        assert_eq!(found_kind("string \"1\""), JsonKind::Text);
        assert_eq!(found_kind("integer `-1`"), JsonKind::Number);
        assert_eq!(found_kind("floating point `1.5`"), JsonKind::Number);
        assert_eq!(found_kind("unit value"), JsonKind::Null);
        assert_eq!(found_kind("map"), JsonKind::Object);
    }
}
