//! Turns parsed JSON into the content model, field by field, keeping the JSON path of every
//! value so that each problem says where it is. It reads on past a problem, so an editor
//! sees all of them at once.
//!
//! Written by hand rather than derived: it reports in our words and both languages, and it
//! is a fraction of the size of derived deserializers with path tracking in the wasm.

use serde_json::{Map, Value};

use super::model::{
    CreditSection, Credits, GlossaryEntry, Item, Roadmap, Section, Source, Step, Tag, Text,
    TextList,
};
use super::problem::{JsonKind, Problem, ProblemKind};

/// Collects problems while reading.
#[derive(Default)]
pub(crate) struct Reader {
    pub problems: Vec<Problem>,
}

/// A type that can be read from a JSON value at a path.
pub(crate) trait FromJson: Sized {
    fn read(value: &Value, path: &str, reader: &mut Reader) -> Option<Self>;
}

fn kind_of(value: &Value) -> JsonKind {
    match value {
        Value::Null => JsonKind::Null,
        Value::Bool(_) => JsonKind::Boolean,
        Value::Number(_) => JsonKind::Number,
        Value::String(_) => JsonKind::Text,
        Value::Array(_) => JsonKind::List,
        Value::Object(_) => JsonKind::Object,
    }
}

fn join(path: &str, field: &str) -> String {
    if path.is_empty() {
        field.to_string()
    } else {
        format!("{path}.{field}")
    }
}

impl Reader {
    fn report(&mut self, path: impl Into<String>, kind: ProblemKind) {
        self.problems.push(Problem::new(path, kind));
    }

    fn wrong_type(&mut self, path: &str, expected: JsonKind, value: &Value) {
        let found = kind_of(value);
        self.report(path, ProblemKind::WrongType { expected, found });
    }

    /// The object at `path`, after reporting any field not in `fields`.
    fn object<'v>(
        &mut self,
        value: &'v Value,
        path: &str,
        fields: &[&str],
    ) -> Option<&'v Map<String, Value>> {
        let Value::Object(map) = value else {
            self.wrong_type(path, JsonKind::Object, value);
            return None;
        };
        for key in map.keys() {
            if !fields.contains(&key.as_str()) {
                self.report(join(path, key), ProblemKind::UnknownField(key.clone()));
            }
        }
        Some(map)
    }

    /// A required field.
    fn field<T: FromJson>(
        &mut self,
        map: &Map<String, Value>,
        path: &str,
        name: &str,
    ) -> Option<T> {
        let field_path = join(path, name);
        match map.get(name) {
            Some(value) => T::read(value, &field_path, self),
            None => {
                self.report(field_path, ProblemKind::MissingField(name.to_string()));
                None
            }
        }
    }

    /// A field that may be left out; `Some(default)` when absent.
    fn optional<T: FromJson + Default>(
        &mut self,
        map: &Map<String, Value>,
        path: &str,
        name: &str,
    ) -> Option<T> {
        match map.get(name) {
            Some(value) => T::read(value, &join(path, name), self),
            None => Some(T::default()),
        }
    }
}

impl FromJson for String {
    fn read(value: &Value, path: &str, reader: &mut Reader) -> Option<Self> {
        match value {
            Value::String(text) => Some(text.clone()),
            other => {
                reader.wrong_type(path, JsonKind::Text, other);
                None
            }
        }
    }
}

impl FromJson for u32 {
    fn read(value: &Value, path: &str, reader: &mut Reader) -> Option<Self> {
        match value.as_u64().and_then(|n| u32::try_from(n).ok()) {
            Some(number) => Some(number),
            None => {
                reader.wrong_type(path, JsonKind::WholeNumber, value);
                None
            }
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn read(value: &Value, path: &str, reader: &mut Reader) -> Option<Self> {
        let Value::Array(values) = value else {
            reader.wrong_type(path, JsonKind::List, value);
            return None;
        };
        let mut items = Vec::with_capacity(values.len());
        let mut complete = true;
        for (i, value) in values.iter().enumerate() {
            match T::read(value, &format!("{path}[{i}]"), reader) {
                Some(item) => items.push(item),
                None => complete = false,
            }
        }
        complete.then_some(items)
    }
}

impl FromJson for Option<String> {
    fn read(value: &Value, path: &str, reader: &mut Reader) -> Option<Self> {
        String::read(value, path, reader).map(Some)
    }
}

impl FromJson for Tag {
    fn read(value: &Value, path: &str, reader: &mut Reader) -> Option<Self> {
        let code = String::read(value, path, reader)?;
        let tag = Tag::ALL.into_iter().find(|tag| tag.code() == code);
        if tag.is_none() {
            reader.report(path, ProblemKind::UnknownValue(code));
        }
        tag
    }
}

/// Reads the fields of a struct: every field is tried, so that all problems are
/// reported, and the struct exists only if every field could be read.
macro_rules! read_struct {
    ($reader:ident, $value:ident, $path:ident, $ty:ident {
        $($field:ident: $how:ident),* $(,)?
    }) => {{
        let map = $reader.object($value, $path, &[$(stringify!($field)),*])?;
        $(let $field = $reader.$how(map, $path, stringify!($field));)*
        Some($ty { $($field: $field?),* })
    }};
}

impl FromJson for Text {
    fn read(value: &Value, path: &str, reader: &mut Reader) -> Option<Self> {
        read_struct!(
            reader,
            value,
            path,
            Text {
                fr: field,
                en: field
            }
        )
    }
}

impl FromJson for TextList {
    fn read(value: &Value, path: &str, reader: &mut Reader) -> Option<Self> {
        read_struct!(
            reader,
            value,
            path,
            TextList {
                fr: field,
                en: field
            }
        )
    }
}

impl FromJson for Roadmap {
    fn read(value: &Value, path: &str, reader: &mut Reader) -> Option<Self> {
        read_struct!(
            reader,
            value,
            path,
            Roadmap {
                title: field,
                notice: field,
                introduction: field,
                foundation: field,
                steps: field,
                glossary: field,
                sources: field,
                credits: field,
            }
        )
    }
}

impl FromJson for Section {
    fn read(value: &Value, path: &str, reader: &mut Reader) -> Option<Self> {
        read_struct!(
            reader,
            value,
            path,
            Section {
                heading: field,
                paragraphs: field
            }
        )
    }
}

impl FromJson for Step {
    fn read(value: &Value, path: &str, reader: &mut Reader) -> Option<Self> {
        read_struct!(
            reader,
            value,
            path,
            Step {
                id: field,
                number: field,
                title: field,
                summary: field,
                roles: field,
                conditions: field,
                challenges: field,
            }
        )
    }
}

impl FromJson for Item {
    fn read(value: &Value, path: &str, reader: &mut Reader) -> Option<Self> {
        read_struct!(
            reader,
            value,
            path,
            Item {
                id: field,
                title: field,
                text: field,
                tags: optional,
                sources: optional,
            }
        )
    }
}

impl FromJson for GlossaryEntry {
    fn read(value: &Value, path: &str, reader: &mut Reader) -> Option<Self> {
        read_struct!(
            reader,
            value,
            path,
            GlossaryEntry {
                id: field,
                term: field,
                definition: field,
                forms: optional,
                sources: optional,
            }
        )
    }
}

impl FromJson for Source {
    fn read(value: &Value, path: &str, reader: &mut Reader) -> Option<Self> {
        read_struct!(
            reader,
            value,
            path,
            Source {
                key: field,
                label: field,
                citation: field,
                url: optional,
            }
        )
    }
}

impl FromJson for Credits {
    fn read(value: &Value, path: &str, reader: &mut Reader) -> Option<Self> {
        read_struct!(
            reader,
            value,
            path,
            Credits {
                sections: field,
                note: field
            }
        )
    }
}

impl FromJson for CreditSection {
    fn read(value: &Value, path: &str, reader: &mut Reader) -> Option<Self> {
        read_struct!(
            reader,
            value,
            path,
            CreditSection {
                heading: field,
                names: field
            }
        )
    }
}
