//! The JSON Schema of content/roadmap.json, for content editors: their editor (VS Code and
//! others) reads it to offer completion, show each field's meaning and flag mistakes while
//! they type. Native only: `make schema` writes it to content/roadmap.schema.json, and
//! tests/schema.rs fails when that file and [`schema`] differ.
//!
//! schemars derives it from the model's types (model.rs): the fields and which are required
//! come from the serde attributes the reader uses, the descriptions from the `#[doc]`s, the
//! limits from `schemars` attributes that name the validator's constants. This module adds
//! the three shapes a bilingual text takes in the schema, and after each description the
//! rules in words, so that an editor's hover says them. validate.rs is the authority: the
//! explorer keeps refusing what it refuses whatever this says.

use std::borrow::Cow;

use schemars::generate::SchemaSettings;
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde_json::{Map, Value};

use super::model::{Roadmap, SupportLevel, Tag};
use super::validate::{MAX_FORMS, MAX_TEXT, MAX_TITLE};

/// The slug rule of `validate::is_slug` as a regular expression: lowercase ASCII letters and
/// digits in words joined by single hyphens. Used for ids, source keys and the keys that
/// items and glossary entries cite.
pub const SLUG_PATTERN: &str = "^[a-z0-9]+(-[a-z0-9]+)*$";
/// At least one character that is not white space: the validator's "not blank".
pub const NOT_BLANK_PATTERN: &str = "\\S";
/// The validator's web address rule: http or https, and no space.
pub const URL_PATTERN: &str = "^https?://[^ ]*$";
/// `validate::is_one_word`: letters, their accents and digits only, as one word of a
/// search query.
pub const ONE_WORD_PATTERN: &str = "^[\\p{L}\\p{M}\\p{N}]+$";

/// The JSON Schema of the content file, pretty-printed with two-space indentation and a
/// final newline: the text of content/roadmap.schema.json.
pub fn schema() -> String {
    let generator = SchemaGenerator::new(SchemaSettings::draft2020_12());
    let mut schema = generator.into_root_schema_for::<Roadmap>();
    schema.insert(
        "title".into(),
        bilingual(
            "Contenu de l’explorateur de la feuille de route (content/roadmap.json)",
            "LHS Roadmap Explorer content (content/roadmap.json)",
        )
        .into(),
    );
    let mut value = schema.to_value();
    add_notes(&mut value);
    if let Value::Object(root) = &mut value {
        first(root, &["$schema", "title", "description"]);
    }
    // Printing a `Value` cannot fail: its keys are texts.
    let text = serde_json::to_string_pretty(&value).unwrap_or_default();
    text + "\n"
}

/// A short text in both languages: a title, heading, term, label or name.
pub struct ShortText;

/// A long text in both languages: a summary, paragraph, item text, definition…
pub struct LongText;

/// Words in both languages, each a short text: a glossary entry's forms.
pub struct ShortTextList;

/// The definitions that describe a `Text` or `TextList`, and the length of their texts.
const TEXTS: [(&str, usize); 3] = [
    ("ShortText", MAX_TITLE),
    ("LongText", MAX_TEXT),
    ("ShortTextList", MAX_TITLE),
];

/// A text the validator checks with `Checker::words_of`: not blank, at most `max` characters.
fn words(max: usize) -> Value {
    serde_json::json!({
        "type": "string",
        "minLength": 1,
        "maxLength": max,
        "pattern": NOT_BLANK_PATTERN,
    })
}

/// The object `{ "fr": …, "en": … }` whose two languages are `language`, described by `doc`
/// (in each language, the rule on its texts is added after it).
fn bilingual_object(doc: &str, max: usize, fr: (&str, Value), en: (&str, Value)) -> Schema {
    let (notes_fr, notes_en) = Notes::default().words(max).sentences();
    let (doc_fr, doc_en) = halves(doc);
    let description = bilingual(
        &format!("{doc_fr} {notes_fr}"),
        &format!("{doc_en} {notes_en}"),
    );
    let language = |(doc, mut schema): (&str, Value)| {
        if let Some(members) = schema.as_object_mut() {
            members.insert("description".into(), doc.into());
        }
        schema
    };
    json_schema!({
        "description": description,
        "type": "object",
        "properties": { "fr": language(fr), "en": language(en) },
        "required": ["fr", "en"],
        "additionalProperties": false,
    })
}

impl JsonSchema for ShortText {
    fn schema_name() -> Cow<'static, str> {
        "ShortText".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        bilingual_object(
            "Un texte en français et en anglais. — A text in French and in English.",
            MAX_TITLE,
            ("En français. — In French.", words(MAX_TITLE)),
            ("En anglais. — In English.", words(MAX_TITLE)),
        )
    }
}

impl JsonSchema for LongText {
    fn schema_name() -> Cow<'static, str> {
        "LongText".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        bilingual_object(
            "Un texte en français et en anglais. — A text in French and in English.",
            MAX_TEXT,
            ("En français. — In French.", words(MAX_TEXT)),
            ("En anglais. — In English.", words(MAX_TEXT)),
        )
    }
}

impl JsonSchema for ShortTextList {
    fn schema_name() -> Cow<'static, str> {
        "ShortTextList".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let list = || {
            serde_json::json!({
                "type": "array",
                "items": words(MAX_TITLE),
                "maxItems": MAX_FORMS,
            })
        };
        bilingual_object(
            "Des mots en français et en anglais. — Words in French and in English.",
            MAX_TITLE,
            ("Les mots en français. — The words in French.", list()),
            ("Les mots en anglais. — The words in English.", list()),
        )
    }
}

impl JsonSchema for Tag {
    fn schema_name() -> Cow<'static, str> {
        "Tag".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Qui est concerné (patient, family, caregiver), seul ou ensemble (individual, collective), le champ d’implication (governance, care, research, teaching, policy) ou le niveau d’engagement (information, consultation, collaboration, partnership). L’explorateur affiche son nom dans la langue choisie. — Who it concerns (patient, family, caregiver), alone or together (individual, collective), the area of involvement (governance, care, research, teaching, policy) or the level of engagement (information, consultation, collaboration, partnership). The explorer shows its name in the chosen language.",
            "type": "string",
            "enum": Tag::CODES,
        })
    }
}

impl JsonSchema for SupportLevel {
    fn schema_name() -> Cow<'static, str> {
        "SupportLevel".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Le niveau où l’élément agit\u{a0}: individuel, organisationnel ou systémique. — The level at which the element acts: individual, organizational or systemic.",
            "type": "string",
            "enum": SupportLevel::CODES,
        })
    }
}

/// Moves the members `names` to the front, in that order, so that a person reading the file
/// meets what a schema is before its details.
fn first(members: &mut Map<String, Value>, names: &[&str]) {
    let (mut front, rest): (Vec<_>, Vec<_>) = std::mem::take(members)
        .into_iter()
        .partition(|(name, _)| names.contains(&name.as_str()));
    front.sort_by_key(|(name, _)| names.iter().position(|known| known == name));
    members.extend(front.into_iter().chain(rest));
}

/// Appends to the description of every property of every object in `value` the rules its
/// schema gives, in words, and puts each description first.
fn add_notes(value: &mut Value) {
    match value {
        Value::Object(members) => {
            first(members, &["description"]);
            // schemars gives a field that may be left out its Rust default; `null` is none
            // an editor could write (a source without address leaves `url` out).
            if members.get("default") == Some(&Value::Null) {
                members.remove("default");
            }
            if let Some(Value::Object(properties)) = members.get_mut("properties") {
                for property in properties.values_mut() {
                    if let Value::Object(property) = property {
                        let (fr, en) = Notes::of(property).sentences();
                        if let Some(Value::String(doc)) = property.get_mut("description") {
                            if !fr.is_empty() {
                                let (doc_fr, doc_en) = halves(doc);
                                *doc =
                                    bilingual(&format!("{doc_fr} {fr}"), &format!("{doc_en} {en}"));
                            }
                        }
                    }
                }
            }
            members.values_mut().for_each(add_notes);
        }
        Value::Array(items) => items.iter_mut().for_each(add_notes),
        _ => {}
    }
}

/// What a value's schema asks beyond its type, as validate.rs checks it.
#[derive(Default)]
struct Notes {
    /// At least one entry (`Checker::non_empty`).
    non_empty: bool,
    /// At most so many entries (`Checker::at_most`).
    at_most: Option<usize>,
    /// Not blank, and at most so many characters (`Checker::words_of`).
    words: Option<usize>,
    /// A slug (`is_slug`).
    slug: bool,
    /// A web address (the `BadUrl` check).
    url: bool,
    /// One word (`is_one_word`).
    one_word: bool,
}

impl Notes {
    /// The rules of a property's schema, and of its entries if it is a list.
    fn of(property: &Map<String, Value>) -> Notes {
        let count = |name: &str| {
            property
                .get(name)
                .and_then(Value::as_u64)
                .and_then(|n| usize::try_from(n).ok())
        };
        let mut notes = Notes {
            non_empty: count("minItems").is_some_and(|min| min > 0),
            at_most: count("maxItems"),
            ..Notes::default()
        };
        let entries = property.get("items").and_then(Value::as_object);
        for schema in std::iter::once(property).chain(entries) {
            if let Some(max) = schema.get("maxLength").and_then(Value::as_u64) {
                notes.words = usize::try_from(max).ok();
            }
            if let Some(Value::String(reference)) = schema.get("$ref") {
                let name = reference.trim_start_matches("#/$defs/");
                if let Some((_, max)) = TEXTS.iter().find(|(text, _)| *text == name) {
                    notes.words = Some(*max);
                }
            }
            match schema.get("pattern").and_then(Value::as_str) {
                Some(SLUG_PATTERN) => notes.slug = true,
                Some(URL_PATTERN) => notes.url = true,
                Some(ONE_WORD_PATTERN) => notes.one_word = true,
                _ => {}
            }
        }
        notes
    }

    fn words(self, max: usize) -> Notes {
        Notes {
            words: Some(max),
            ..self
        }
    }

    /// The rules as sentences, French then English; empty when there are none.
    fn sentences(&self) -> (String, String) {
        let mut fr = Vec::new();
        let mut en = Vec::new();
        match (self.non_empty, self.at_most) {
            (true, Some(max)) => {
                let (max_fr, max_en) = numbers(max);
                fr.push(format!("De 1 à {max_fr} entrées."));
                en.push(format!("From 1 to {max_en} entries."));
            }
            (true, None) => {
                fr.push("Au moins une entrée.".to_string());
                en.push("At least one entry.".to_string());
            }
            (false, Some(max)) => {
                let (max_fr, max_en) = numbers(max);
                fr.push(format!("Au plus {max_fr} entrées."));
                en.push(format!("At most {max_en} entries."));
            }
            (false, None) => {}
        }
        if let Some(max) = self.words {
            let (max_fr, max_en) = numbers(max);
            fr.push(format!("Texte non vide, de {max_fr} caractères au plus."));
            en.push(format!("Not blank, at most {max_en} characters."));
        }
        if self.slug {
            fr.push(
                "Lettres minuscules sans accents et chiffres, en mots reliés par un trait d’union (ex.\u{a0}: mon-etape-2).".to_string(),
            );
            en.push(
                "Lowercase letters without accents and digits, in words joined by hyphens (e.g. my-step-2).".to_string(),
            );
        }
        if self.one_word {
            fr.push(
                "Un seul mot\u{a0}: lettres et chiffres, sans espace, trait d’union ni apostrophe."
                    .to_string(),
            );
            en.push(
                "One word: letters and digits, with no space, hyphen or apostrophe.".to_string(),
            );
        }
        if self.url {
            fr.push("Adresse web qui commence par https:// (ou http://), sans espace.".to_string());
            en.push("Web address starting with https:// (or http://), with no spaces.".to_string());
        }
        (fr.join(" "), en.join(" "))
    }
}

/// A description in both languages, French first: "Texte. — Text."
fn bilingual(fr: &str, en: &str) -> String {
    format!("{fr} — {en}")
}

/// The French and English halves of a description written as "Texte. — Text."
fn halves(doc: &str) -> (&str, &str) {
    doc.split_once(" — ").unwrap_or((doc, doc))
}

/// A number as each language writes it: "5 000" (with a no-break space), "5,000".
fn numbers(n: usize) -> (String, String) {
    let digits = n.to_string();
    let mut fr = String::new();
    let mut en = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            fr.push('\u{a0}');
            en.push(',');
        }
        fr.push(digit);
        en.push(digit);
    }
    (fr, en)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_as_each_language_writes_them() {
        assert_eq!(numbers(150), ("150".to_string(), "150".to_string()));
        assert_eq!(
            numbers(5000),
            ("5\u{a0}000".to_string(), "5,000".to_string())
        );
        assert_eq!(
            numbers(2_000_000),
            ("2\u{a0}000\u{a0}000".to_string(), "2,000,000".to_string())
        );
    }

    #[test]
    fn every_description_is_french_then_english() {
        let schema = schema();
        for line in schema.lines() {
            let line = line.trim();
            if line.starts_with("\"description\": \"") || line.starts_with("\"title\": \"") {
                assert_eq!(line.matches(" — ").count(), 1, "{line}");
            }
        }
    }

    #[test]
    fn the_rules_are_said_after_each_description() {
        let schema: Value = serde_json::from_str(&schema()).unwrap_or_default();
        let steps = schema["properties"]["steps"]["description"]
            .as_str()
            .unwrap_or_default();
        assert!(
            steps.contains("De 1 à 12 entrées. — ") && steps.ends_with("From 1 to 12 entries."),
            "{steps}"
        );
        let title = schema["$defs"]["Step"]["properties"]["title"]["description"]
            .as_str()
            .unwrap_or_default();
        assert!(
            title.ends_with("Not blank, at most 150 characters."),
            "{title}"
        );
        let key = schema["$defs"]["Source"]["properties"]["key"]["description"]
            .as_str()
            .unwrap_or_default();
        assert!(key.ends_with("(e.g. my-step-2)."), "{key}");
    }
}
