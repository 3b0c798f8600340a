//! Turns parsed JSON into the content model, field by field, keeping the JSON path of every
//! value so that each problem says where it is. It reads on past a problem, so an editor
//! sees all of them at once.
//!
//! Written by hand rather than derived: it reports in our words and both languages, with
//! the line and column of each value, and it is small in the wasm.

use super::json::{Json, Node};
use super::path::Path;

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
    fn read(node: &Node, path: &Path, reader: &mut Reader) -> Option<Self>;
}

fn kind_of(node: &Node) -> JsonKind {
    match node.value {
        Json::Null => JsonKind::Null,
        Json::Bool(_) => JsonKind::Boolean,
        Json::Number(_) => JsonKind::Number,
        Json::String(_) => JsonKind::Text,
        Json::Array(_) => JsonKind::List,
        Json::Object(_) => JsonKind::Object,
    }
}

impl Reader {
    fn report(&mut self, node: &Node, path: &Path, kind: ProblemKind) {
        let mut problem = Problem::new(path.render(), kind);
        problem.position = Some((node.line, node.column));
        self.problems.push(problem);
    }

    fn wrong_type(&mut self, node: &Node, path: &Path, expected: JsonKind) {
        let found = kind_of(node);
        self.report(node, path, ProblemKind::WrongType { expected, found });
    }

    /// The members of the object at `path`, after reporting any field not in `fields`
    /// and any field given twice.
    fn object<'n>(
        &mut self,
        node: &'n Node,
        path: &Path,
        fields: &[&str],
    ) -> Option<&'n [(String, Node)]> {
        let Json::Object(members) = &node.value else {
            self.wrong_type(node, path, JsonKind::Object);
            return None;
        };
        for (i, (name, value)) in members.iter().enumerate() {
            if !fields.contains(&name.as_str()) {
                self.report(
                    value,
                    &path.field(name),
                    ProblemKind::UnknownField(name.clone()),
                );
            } else if members[..i].iter().any(|(earlier, _)| earlier == name) {
                self.report(
                    value,
                    &path.field(name),
                    ProblemKind::DuplicateField(name.clone()),
                );
            }
        }
        Some(members)
    }

    /// A required field of the object `node`.
    fn field<T: FromJson>(
        &mut self,
        node: &Node,
        members: &[(String, Node)],
        path: &Path,
        name: &str,
    ) -> Option<T> {
        let field_path = path.field(name);
        match members.iter().find(|(key, _)| key == name) {
            Some((_, value)) => T::read(value, &field_path, self),
            None => {
                self.report(
                    node,
                    &field_path,
                    ProblemKind::MissingField(name.to_string()),
                );
                None
            }
        }
    }

    /// A field that may be left out; `Some(default)` when absent.
    fn optional<T: FromJson + Default>(
        &mut self,
        _node: &Node,
        members: &[(String, Node)],
        path: &Path,
        name: &str,
    ) -> Option<T> {
        match members.iter().find(|(key, _)| key == name) {
            Some((_, value)) => T::read(value, &path.field(name), self),
            None => Some(T::default()),
        }
    }
}

impl FromJson for String {
    fn read(node: &Node, path: &Path, reader: &mut Reader) -> Option<Self> {
        match &node.value {
            Json::String(text) => Some(text.clone()),
            _ => {
                reader.wrong_type(node, path, JsonKind::Text);
                None
            }
        }
    }
}

impl FromJson for u32 {
    fn read(node: &Node, path: &Path, reader: &mut Reader) -> Option<Self> {
        match node.as_u64().and_then(|n| u32::try_from(n).ok()) {
            Some(number) => Some(number),
            None => {
                reader.wrong_type(node, path, JsonKind::WholeNumber);
                None
            }
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn read(node: &Node, path: &Path, reader: &mut Reader) -> Option<Self> {
        let Json::Array(values) = &node.value else {
            reader.wrong_type(node, path, JsonKind::List);
            return None;
        };
        let mut items = Vec::with_capacity(values.len());
        let mut complete = true;
        for (i, value) in values.iter().enumerate() {
            match T::read(value, &path.index(i), reader) {
                Some(item) => items.push(item),
                None => complete = false,
            }
        }
        complete.then_some(items)
    }
}

impl FromJson for Option<String> {
    fn read(node: &Node, path: &Path, reader: &mut Reader) -> Option<Self> {
        String::read(node, path, reader).map(Some)
    }
}

impl FromJson for Tag {
    fn read(node: &Node, path: &Path, reader: &mut Reader) -> Option<Self> {
        let code = String::read(node, path, reader)?;
        let tag = Tag::ALL.into_iter().find(|tag| tag.code() == code);
        if tag.is_none() {
            reader.report(node, path, ProblemKind::UnknownValue(code));
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
        let members = $reader.object($value, $path, &[$(stringify!($field)),*])?;
        $(let $field = $reader.$how($value, members, $path, stringify!($field));)*
        Some($ty { $($field: $field?),* })
    }};
}

impl FromJson for Text {
    fn read(node: &Node, path: &Path, reader: &mut Reader) -> Option<Self> {
        read_struct!(
            reader,
            node,
            path,
            Text {
                fr: field,
                en: field
            }
        )
    }
}

impl FromJson for TextList {
    fn read(node: &Node, path: &Path, reader: &mut Reader) -> Option<Self> {
        read_struct!(
            reader,
            node,
            path,
            TextList {
                fr: field,
                en: field
            }
        )
    }
}

impl FromJson for Roadmap {
    fn read(node: &Node, path: &Path, reader: &mut Reader) -> Option<Self> {
        read_struct!(
            reader,
            node,
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
    fn read(node: &Node, path: &Path, reader: &mut Reader) -> Option<Self> {
        read_struct!(
            reader,
            node,
            path,
            Section {
                heading: field,
                paragraphs: field
            }
        )
    }
}

impl FromJson for Step {
    fn read(node: &Node, path: &Path, reader: &mut Reader) -> Option<Self> {
        read_struct!(
            reader,
            node,
            path,
            Step {
                id: field,
                number: field,
                title: field,
                summary: field,
                questions: field,
                roles: field,
                conditions: field,
                challenges: field,
            }
        )
    }
}

impl FromJson for Item {
    fn read(node: &Node, path: &Path, reader: &mut Reader) -> Option<Self> {
        read_struct!(
            reader,
            node,
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
    fn read(node: &Node, path: &Path, reader: &mut Reader) -> Option<Self> {
        read_struct!(
            reader,
            node,
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
    fn read(node: &Node, path: &Path, reader: &mut Reader) -> Option<Self> {
        read_struct!(
            reader,
            node,
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
    fn read(node: &Node, path: &Path, reader: &mut Reader) -> Option<Self> {
        read_struct!(
            reader,
            node,
            path,
            Credits {
                sections: field,
                note: field
            }
        )
    }
}

impl FromJson for CreditSection {
    fn read(node: &Node, path: &Path, reader: &mut Reader) -> Option<Self> {
        read_struct!(
            reader,
            node,
            path,
            CreditSection {
                heading: field,
                names: field
            }
        )
    }
}

/// The line and column of the value at `path` (as the validator writes paths:
/// `steps[2].challenges[0].text.fr`), for problems found after reading.
pub(crate) fn locate(root: &Node, path: &str) -> Option<(usize, usize)> {
    let mut node = root;
    for segment in path.split('.').filter(|segment| !segment.is_empty()) {
        let (name, indices) = segment
            .split_once('[')
            .map_or((segment, ""), |(name, rest)| (name, rest));
        if !name.is_empty() {
            let Json::Object(members) = &node.value else {
                return None;
            };
            node = &members.iter().find(|(key, _)| key == name)?.1;
        }
        for index in indices.split('[').filter(|index| !index.is_empty()) {
            let index: usize = index.trim_end_matches(']').parse().ok()?;
            let Json::Array(items) = &node.value else {
                return None;
            };
            node = items.get(index)?;
        }
    }
    Some((node.line, node.column))
}
