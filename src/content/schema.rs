//! The JSON Schema of content/roadmap.json, for content editors: their editor (VS Code and
//! others) reads it to offer completion, show each field's meaning and flag mistakes while
//! they type. Native only: `make schema` writes it to content/roadmap.schema.json, and
//! tests/schema.rs fails when that file and [`schema`] differ.
//!
//! The fields come from the reader's own lists (`read_struct!` in read.rs), so a field added
//! to the reader is in the schema at once. The rules beyond the types (lengths, slugs, list
//! sizes) repeat, for editors, what validate.rs checks, with its constants: validate.rs is
//! the authority, and the explorer keeps refusing what it refuses whatever this says.

use super::json::write_string;
use super::model::{Roadmap, SupportLevel, Tag};
use super::validate::{MAX_TEXT, MAX_TITLE};

/// The draft the schema is written in.
const DRAFT: &str = "https://json-schema.org/draft/2020-12/schema";

/// The slug rule of `validate::is_slug` as a regular expression: lowercase ASCII letters and
/// digits in words joined by single hyphens. Used for ids, source keys and the keys that
/// items and glossary entries cite.
pub const SLUG_PATTERN: &str = "^[a-z0-9]+(-[a-z0-9]+)*$";
/// At least one character that is not white space: the validator's "not blank".
pub const NOT_BLANK_PATTERN: &str = "\\S";
/// The validator's web address rule: http or https, and no space.
pub const URL_PATTERN: &str = "^https?://[^ ]*$";

/// The JSON Schema of the content file, pretty-printed with two-space indentation and a
/// final newline: the text of content/roadmap.schema.json.
pub fn schema() -> String {
    let mut defs = Defs::default();
    Roadmap::describe(Rules::default(), &mut defs);
    let mut root = vec![
        ("$schema".to_string(), Value::from(DRAFT)),
        (
            "title".to_string(),
            Value::from(bilingual(
                "Contenu de l’explorateur de la feuille de route (content/roadmap.json)",
                "LHS Roadmap Explorer content (content/roadmap.json)",
            )),
        ),
    ];
    // The roadmap is the document itself rather than a reference to it, so that every
    // editor offers its fields at the top level.
    root.extend(defs.take("Roadmap"));
    root.push(("$defs".to_string(), Value::Object(defs.0)));
    let mut out = String::new();
    Value::Object(root).write(&mut out, 0);
    out.push('\n');
    out
}

/// A JSON value whose objects keep their members in the order written, so that the file is
/// stable and reads top-down.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Value {
    Bool(bool),
    Number(u64),
    String(String),
    List(Vec<Value>),
    Object(Vec<(String, Value)>),
}

impl From<&str> for Value {
    fn from(text: &str) -> Self {
        Value::String(text.to_string())
    }
}

impl From<String> for Value {
    fn from(text: String) -> Self {
        Value::String(text)
    }
}

impl From<usize> for Value {
    fn from(number: usize) -> Self {
        Value::Number(u64::try_from(number).unwrap_or(u64::MAX))
    }
}

impl Value {
    fn object<const N: usize>(members: [(&str, Value); N]) -> Value {
        Value::Object(
            members
                .into_iter()
                .map(|(name, value)| (name.to_string(), value))
                .collect(),
        )
    }

    /// Writes the value as serde_json's pretty printer would: one member or item per line,
    /// `[]` and `{}` when empty.
    fn write(&self, out: &mut String, indent: usize) {
        match self {
            Value::Bool(value) => out.push_str(if *value { "true" } else { "false" }),
            Value::Number(number) => out.push_str(&number.to_string()),
            Value::String(text) => write_string(out, text),
            Value::List(items) if items.is_empty() => out.push_str("[]"),
            Value::Object(members) if members.is_empty() => out.push_str("{}"),
            Value::List(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    out.push_str(if i == 0 { "\n" } else { ",\n" });
                    push_indent(out, indent + 1);
                    item.write(out, indent + 1);
                }
                out.push('\n');
                push_indent(out, indent);
                out.push(']');
            }
            Value::Object(members) => {
                out.push('{');
                for (i, (name, value)) in members.iter().enumerate() {
                    out.push_str(if i == 0 { "\n" } else { ",\n" });
                    push_indent(out, indent + 1);
                    write_string(out, name);
                    out.push_str(": ");
                    value.write(out, indent + 1);
                }
                out.push('\n');
                push_indent(out, indent);
                out.push('}');
            }
        }
    }
}

fn push_indent(out: &mut String, level: usize) {
    for _ in 0..level {
        out.push_str("  ");
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

/// How long a text may be, as validate.rs checks it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Words {
    /// A title, heading, term, label or name: at most `MAX_TITLE` characters.
    Title,
    /// Any longer text: at most `MAX_TEXT` characters.
    Text,
}

impl Words {
    fn max(self) -> usize {
        match self {
            Words::Title => MAX_TITLE,
            Words::Text => MAX_TEXT,
        }
    }

    /// Names the definition of a type whose texts follow this rule: `ShortText`, `LongText`.
    fn prefix(self) -> &'static str {
        match self {
            Words::Title => "Short",
            Words::Text => "Long",
        }
    }
}

/// What validate.rs asks of a value beyond its type, written next to each field in
/// read.rs (`title: field.title()`). Each rule names a check of validate.rs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Rules {
    /// Not blank, and at most so many characters (`Checker::words_of`).
    words: Option<Words>,
    /// A slug (`is_slug`).
    slug: bool,
    /// A web address (the `BadUrl` check).
    url: bool,
    /// At least one entry (`Checker::non_empty`).
    non_empty: bool,
    /// At most so many entries (`Checker::at_most`).
    at_most: Option<usize>,
}

impl Rules {
    /// Checked as a title: not blank, at most `MAX_TITLE` characters.
    pub(crate) fn title(self) -> Self {
        Rules {
            words: Some(Words::Title),
            ..self
        }
    }

    /// Checked as a long text: not blank, at most `MAX_TEXT` characters.
    pub(crate) fn text(self) -> Self {
        Rules {
            words: Some(Words::Text),
            ..self
        }
    }

    pub(crate) fn slug(self) -> Self {
        Rules { slug: true, ..self }
    }

    pub(crate) fn url(self) -> Self {
        Rules { url: true, ..self }
    }

    pub(crate) fn non_empty(self) -> Self {
        Rules {
            non_empty: true,
            ..self
        }
    }

    pub(crate) fn at_most(self, max: usize) -> Self {
        Rules {
            at_most: Some(max),
            ..self
        }
    }

    /// The rules a struct passes to its fields: a `Text` checked as a title checks both
    /// its languages as titles.
    pub(crate) fn inherited(self) -> Self {
        Rules {
            words: self.words,
            ..Rules::default()
        }
    }

    /// The rules a list passes to its entries: all but its own size.
    fn entries(self) -> Self {
        Rules {
            non_empty: false,
            at_most: None,
            ..self
        }
    }

    fn is_list_rule(self) -> bool {
        self.non_empty || self.at_most.is_some()
    }

    /// The rules in words, appended to a description, so that an editor's hover says them.
    fn notes(self) -> (String, String) {
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
        if let Some(words) = self.words {
            let (max_fr, max_en) = numbers(words.max());
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
        if self.url {
            fr.push("Adresse web qui commence par https:// (ou http://), sans espace.".to_string());
            en.push("Web address starting with https:// (or http://), with no spaces.".to_string());
        }
        (fr.join(" "), en.join(" "))
    }

    /// `doc` ("Texte. — Text.") followed, in each language, by these rules.
    fn describe(self, doc: &str) -> String {
        let (fr, en) = halves(doc);
        let (notes_fr, notes_en) = self.notes();
        if notes_fr.is_empty() {
            return bilingual(fr, en);
        }
        bilingual(&format!("{fr} {notes_fr}"), &format!("{en} {notes_en}"))
    }
}

/// The named definitions (`$defs`), in the order first met, which is the file's order.
#[derive(Default)]
pub(crate) struct Defs(Vec<(String, Value)>);

impl Defs {
    /// A reference to the definition `name`, which `build` makes the first time.
    fn reference(&mut self, name: &str, build: impl FnOnce(&mut Defs) -> Value) -> Value {
        if !self.0.iter().any(|(known, _)| known == name) {
            // Held in place first, so that a definition comes before those it uses.
            let at = self.0.len();
            self.0.push((name.to_string(), Value::Object(Vec::new())));
            let definition = build(self);
            if let Some(slot) = self.0.get_mut(at) {
                slot.1 = definition;
            }
        }
        Value::object([("$ref", Value::from(format!("#/$defs/{name}")))])
    }

    /// Takes the definition `name` out, as its members.
    fn take(&mut self, name: &str) -> Vec<(String, Value)> {
        match self.0.iter().position(|(known, _)| known == name) {
            Some(at) => match self.0.remove(at).1 {
                Value::Object(members) => members,
                other => vec![("allOf".to_string(), Value::List(vec![other]))],
            },
            None => Vec::new(),
        }
    }

    /// The definition of a struct read by `read_struct!`, named after its type (with the
    /// text rule it passes down, if any: `ShortText`), and a reference to it. `fields`
    /// adds the properties.
    pub(crate) fn structure(
        &mut self,
        name: &str,
        doc: &str,
        rules: Rules,
        fields: impl FnOnce(&mut Structure, &mut Defs),
    ) -> Value {
        assert!(
            !rules.slug && !rules.url && !rules.is_list_rule(),
            "{name}: only a text rule applies to a struct"
        );
        let name = match rules.words {
            Some(words) => format!("{}{name}", words.prefix()),
            None => name.to_string(),
        };
        self.reference(&name, |defs| {
            let mut structure = Structure::default();
            fields(&mut structure, defs);
            Value::object([
                ("description", Value::from(rules.describe(doc))),
                ("type", Value::from("object")),
                ("properties", Value::Object(structure.properties)),
                ("required", Value::List(structure.required)),
                ("additionalProperties", Value::Bool(false)),
            ])
        })
    }
}

/// The properties of a struct's definition, as `read_struct!` lists them.
#[derive(Default)]
pub(crate) struct Structure {
    properties: Vec<(String, Value)>,
    required: Vec<Value>,
}

impl Structure {
    /// A field the reader reads with `how` (`field`: required, `optional`: may be left
    /// out), described by `doc` and by its rules, of the type whose schema is `schema`.
    pub(crate) fn field(&mut self, name: &str, how: &str, doc: &str, rules: Rules, schema: Value) {
        assert!(
            how == "field" || how == "optional",
            "{name}: read with an unknown method {how}"
        );
        if how == "field" {
            self.required.push(Value::from(name));
        }
        let mut members = vec![("description".to_string(), Value::from(rules.describe(doc)))];
        match schema {
            Value::Object(rest) => members.extend(rest),
            other => members.push(("allOf".to_string(), Value::List(vec![other]))),
        }
        self.properties
            .push((name.to_string(), Value::Object(members)));
    }

    /// A field the reader accepts and ignores, such as `$schema`: any text.
    pub(crate) fn ignored(&mut self, name: &str, doc: &str) {
        let schema = Value::object([
            ("description", Value::from(Rules::default().describe(doc))),
            ("type", Value::from("string")),
        ]);
        self.properties.push((name.to_string(), schema));
    }
}

/// The schema of the field `_field` picks out, from its Rust type: `read_struct!` passes
/// `|value: &Step| &value.title`, so that the type cannot differ from the model's.
pub(crate) fn field_schema<S, T: Describe>(
    _field: impl Fn(&S) -> &T,
    rules: Rules,
    defs: &mut Defs,
) -> Value {
    T::describe(rules, defs)
}

/// A type the reader reads, with the schema of its JSON form.
pub(crate) trait Describe {
    /// The schema of a value of this type checked with `rules`; a struct goes into `defs`
    /// and is referred to.
    fn describe(rules: Rules, defs: &mut Defs) -> Value;
}

impl Describe for String {
    fn describe(rules: Rules, _defs: &mut Defs) -> Value {
        assert!(!rules.is_list_rule(), "a list rule on a text");
        let mut members = vec![("type".to_string(), Value::from("string"))];
        let mut push = |name: &str, value: Value| members.push((name.to_string(), value));
        if let Some(words) = rules.words {
            push("minLength", Value::from(1));
            push("maxLength", Value::from(words.max()));
            push("pattern", Value::from(NOT_BLANK_PATTERN));
        }
        if rules.slug {
            push("pattern", Value::from(SLUG_PATTERN));
        }
        if rules.url {
            push("format", Value::from("uri"));
            push("pattern", Value::from(URL_PATTERN));
        }
        let patterns = members.iter().filter(|(name, _)| name == "pattern").count();
        assert!(patterns <= 1, "one pattern at most per text");
        Value::Object(members)
    }
}

impl Describe for Option<String> {
    fn describe(rules: Rules, defs: &mut Defs) -> Value {
        // "Absent" is the field's business (not in `required`); a present value is a text.
        String::describe(rules, defs)
    }
}

impl Describe for u32 {
    fn describe(rules: Rules, _defs: &mut Defs) -> Value {
        assert_eq!(rules, Rules::default(), "no rule applies to a number");
        Value::object([
            ("type", Value::from("integer")),
            ("minimum", Value::from(0)),
            ("maximum", Value::Number(u64::from(u32::MAX))),
        ])
    }
}

impl<T: Describe> Describe for Vec<T> {
    fn describe(rules: Rules, defs: &mut Defs) -> Value {
        let mut members = vec![
            ("type".to_string(), Value::from("array")),
            ("items".to_string(), T::describe(rules.entries(), defs)),
        ];
        if rules.non_empty {
            members.push(("minItems".to_string(), Value::from(1)));
        }
        if let Some(max) = rules.at_most {
            members.push(("maxItems".to_string(), Value::from(max)));
        }
        Value::Object(members)
    }
}

impl Describe for Tag {
    fn describe(rules: Rules, defs: &mut Defs) -> Value {
        assert_eq!(rules, Rules::default(), "no rule applies to a tag");
        defs.reference("Tag", |_| {
            let codes = Tag::ALL.into_iter().map(|tag| Value::from(tag.code()));
            Value::object([
                (
                    "description",
                    Value::from(bilingual(
                        "Qui est concerné (patient, family, caregiver), seul ou ensemble (individual, collective), le champ d’implication (governance, care, research, teaching, policy) ou le niveau d’engagement (information, consultation, collaboration, partnership). L’explorateur affiche son nom dans la langue choisie.",
                        "Who it concerns (patient, family, caregiver), alone or together (individual, collective), the area of involvement (governance, care, research, teaching, policy) or the level of engagement (information, consultation, collaboration, partnership). The explorer shows its name in the chosen language.",
                    )),
                ),
                ("type", Value::from("string")),
                ("enum", Value::List(codes.collect())),
            ])
        })
    }
}

impl Describe for SupportLevel {
    fn describe(rules: Rules, defs: &mut Defs) -> Value {
        assert_eq!(rules, Rules::default(), "no rule applies to a level");
        defs.reference("SupportLevel", |_| {
            let codes = SupportLevel::ALL
                .into_iter()
                .map(|level| Value::from(level.code()));
            Value::object([
                (
                    "description",
                    Value::from(bilingual(
                        "Le niveau où l’élément agit\u{a0}: individuel, organisationnel ou systémique.",
                        "The level at which the element acts: individual, organizational or systemic.",
                    )),
                ),
                ("type", Value::from("string")),
                ("enum", Value::List(codes.collect())),
            ])
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(value: &Value) -> String {
        let mut out = String::new();
        value.write(&mut out, 0);
        out
    }

    #[test]
    fn strings_are_escaped_as_json_requires() {
        let value = Value::from("a \"b\" \\S\n\u{1}é’");
        assert_eq!(text(&value), "\"a \\\"b\\\" \\\\S\\n\\u0001é’\"");
    }

    #[test]
    fn objects_and_lists_are_indented_by_two_spaces() {
        let value = Value::object([
            ("a", Value::List(vec![Value::from(1), Value::Bool(true)])),
            ("b", Value::Object(Vec::new())),
            ("c", Value::List(Vec::new())),
        ]);
        assert_eq!(
            text(&value),
            "{\n  \"a\": [\n    1,\n    true\n  ],\n  \"b\": {},\n  \"c\": []\n}"
        );
    }

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
}
