//! Where a value is in a content file, as the line and column an editor shows, found only
//! for the problems that are listed.
//!
//! The model keeps no positions, so a valid file is read in one pass. When there are
//! problems, the text is walked again with serde_json's `RawValue`, which borrows each
//! value's text from the file: its place is its distance from the file's start. Only the
//! objects and lists on the problems' paths are opened, each once, and lines and columns
//! are counted in one pass for all the places together.

use serde_json::value::RawValue;

use crate::ordered::members;
use crate::sort::heap_sort;

use super::path::{push_field, segments, Segment};
use super::problem::{JsonKind, Problem, ProblemKind};

/// Containers nested deeper than this are refused, the root being at depth 0: a roadmap
/// needs about six, and serde_json would stop at 128 with a message about recursion.
const MAX_DEPTH: usize = 64;

/// Where, in bytes, the first list or object nested deeper than [`MAX_DEPTH`] starts, if
/// one does. A scan of the bytes, strings skipped, before serde reads anything.
pub(crate) fn too_deep(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (at, byte) in text.bytes().enumerate() {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'[' | b'{' => {
                if depth > MAX_DEPTH {
                    return Some(at);
                }
                depth += 1;
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// The line and column (from 1, in characters, as editors count them) of each byte
/// offset, in one pass over the text whatever the number of offsets.
pub(crate) fn positions(text: &str, offsets: &[usize]) -> Vec<(usize, usize)> {
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    heap_sort(&mut order, |&a, &b| offsets[a] < offsets[b]);
    let mut found = vec![(1, 1); offsets.len()];
    let (mut line, mut column, mut at) = (1, 1, 0);
    let bytes = text.as_bytes();
    for i in order {
        let target = offsets[i].min(bytes.len());
        while at < target {
            if bytes[at] == b'\n' {
                line += 1;
                column = 1;
            } else if bytes[at] & 0xC0 != 0x80 {
                // Not a UTF-8 continuation byte: a character starts here.
                column += 1;
            }
            at += 1;
        }
        found[i] = (line, column);
    }
    found
}

/// How many bytes serde_json had read when it stopped at a line and column: it reports the
/// column of the last byte read, from 1 (0 when it read none of that line).
pub(crate) fn read_up_to(text: &str, line: usize, byte_column: usize) -> usize {
    let start = if line <= 1 {
        0
    } else {
        text.bytes()
            .enumerate()
            .filter(|(_, byte)| *byte == b'\n')
            .nth(line - 2)
            .map_or(text.len(), |(at, _)| at + 1)
    };
    (start + byte_column).min(text.len())
}

/// The byte at fault in a syntax error at a line and byte column as serde_json reports
/// them: the last byte it read (the line's first when it read none of it).
pub(crate) fn offset_of(text: &str, line: usize, byte_column: usize) -> usize {
    read_up_to(text, line, byte_column.saturating_sub(1))
}

/// Gives the first problems their line and column; those it cannot place keep none.
pub(crate) fn locate(text: &str, problems: &mut [Problem]) {
    let mut places = Places::new(text);
    let found: Vec<(usize, usize)> = problems
        .iter()
        .enumerate()
        .filter_map(|(i, problem)| Some((i, places.offset_for(problem)?)))
        .collect();
    let offsets: Vec<usize> = found.iter().map(|(_, at)| *at).collect();
    for ((i, _), position) in found.iter().zip(positions(text, &offsets)) {
        problems[*i].position = Some(position);
    }
}

/// Which value of a path a problem points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Target {
    /// The value itself.
    Value,
    /// The object that holds it: a missing field is nowhere else.
    Holder,
    /// The second time its field is given in its object (a duplicate).
    Repeat,
}

/// The problem's target, by its kind.
pub(crate) fn target(kind: &ProblemKind) -> Target {
    match kind {
        ProblemKind::MissingField(_) => Target::Holder,
        ProblemKind::DuplicateField(_) => Target::Repeat,
        _ => Target::Value,
    }
}

/// A value of the file, opened (its members or entries read) on first need.
struct Node<'a> {
    raw: &'a RawValue,
    children: Option<Children<'a>>,
}

enum Children<'a> {
    /// An object's members in file order, a field given twice included.
    Members(Vec<(String, Node<'a>)>),
    Items(Vec<Node<'a>>),
    Leaf,
}

impl<'a> Node<'a> {
    fn new(raw: &'a RawValue) -> Self {
        Node {
            raw,
            children: None,
        }
    }

    fn children(&mut self) -> &mut Children<'a> {
        let raw = self.raw;
        self.children.get_or_insert_with(|| open(raw))
    }
}

/// Reads one level of a value: an object's members or a list's entries, each left as its
/// raw text. The value was read before, so it is valid JSON; anything unreadable is a leaf.
fn open(raw: &RawValue) -> Children<'_> {
    let text = raw.get();
    match text.as_bytes().first() {
        Some(b'{') => {
            let mut deserializer = serde_json::Deserializer::from_str(text);
            members::<_, &RawValue>(&mut deserializer).map_or(Children::Leaf, |members| {
                let members = members
                    .into_iter()
                    .map(|(name, raw)| (name, Node::new(raw)))
                    .collect();
                Children::Members(members)
            })
        }
        Some(b'[') => serde_json::from_str::<Vec<&RawValue>>(text)
            .map_or(Children::Leaf, |items| {
                Children::Items(items.into_iter().map(Node::new).collect())
            }),
        _ => Children::Leaf,
    }
}

/// The values of one file, opened as far as the problems' paths need.
pub(crate) struct Places<'a> {
    text: &'a str,
    root: Option<Node<'a>>,
}

impl<'a> Places<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        let root = serde_json::from_str::<&RawValue>(text).ok().map(Node::new);
        Places { text, root }
    }

    /// Where, in bytes, the value a problem is about starts.
    fn offset_for(&mut self, problem: &Problem) -> Option<usize> {
        self.offset(&problem.path, target(&problem.kind))
    }

    /// Where, in bytes, the value at `path` starts (or its holder, or its repeat).
    pub(crate) fn offset(&mut self, path: &str, target: Target) -> Option<usize> {
        let raw = self.find(path, target)?;
        let start = raw.get().as_ptr() as usize;
        start.checked_sub(self.text.as_ptr() as usize)
    }

    /// The path of the innermost value whose text holds the byte at `at`: where in the
    /// file serde stopped.
    pub(crate) fn path_at(&mut self, at: usize) -> String {
        let base = self.text.as_ptr() as usize;
        let holds = |node: &Node| {
            let text = node.raw.get();
            (text.as_ptr() as usize)
                .checked_sub(base)
                .is_some_and(|start| start <= at && at < start + text.len())
        };
        let mut path = String::new();
        let Some(mut node) = self.root.as_mut() else {
            return path;
        };
        loop {
            let inner = match node.children() {
                Children::Members(members) => members
                    .iter_mut()
                    .find(|(_, member)| holds(member))
                    .map(|(name, member)| {
                        push_field(&mut path, name);
                        member
                    }),
                Children::Items(items) => items
                    .iter_mut()
                    .enumerate()
                    .find(|(_, item)| holds(item))
                    .map(|(i, item)| {
                        path.push_str(&format!("[{i}]"));
                        item
                    }),
                Children::Leaf => None,
            };
            match inner {
                Some(inner) => node = inner,
                None => return path,
            }
        }
    }

    /// The kind of the value at `path`, from its first character.
    pub(crate) fn kind(&mut self, path: &str) -> Option<JsonKind> {
        let raw = self.find(path, Target::Value)?;
        Some(match raw.get().as_bytes().first()? {
            b'"' => JsonKind::Text,
            b'{' => JsonKind::Object,
            b'[' => JsonKind::List,
            b't' | b'f' => JsonKind::Boolean,
            b'n' => JsonKind::Null,
            _ => JsonKind::Number,
        })
    }

    fn find(&mut self, path: &str, target: Target) -> Option<&'a RawValue> {
        let mut segments = segments(path)?;
        let last = match target {
            Target::Value => None,
            Target::Holder | Target::Repeat => Some(segments.pop()?),
        };
        let mut node = self.root.as_mut()?;
        for segment in segments {
            node = match (segment, node.children()) {
                (Segment::Field(name), Children::Members(members)) => {
                    &mut members.iter_mut().find(|(key, _)| key == name)?.1
                }
                (Segment::Index(i), Children::Items(items)) => items.get_mut(i)?,
                _ => return None,
            };
        }
        match (target, last) {
            (Target::Repeat, Some(Segment::Field(name))) => match node.children() {
                Children::Members(members) => members
                    .iter()
                    .filter(|(key, _)| key == name)
                    .nth(1)
                    .map(|(_, node)| node.raw),
                _ => None,
            },
            _ => Some(node.raw),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_lines_and_characters() {
        let text = "{\n  \"é\": \"x\",\n  \"n\": 3\n}";
        let at = |needle: &str| text.find(needle).unwrap_or_default();
        assert_eq!(
            positions(text, &[at("3"), at("\"x\""), 0, text.len()]),
            [(3, 8), (2, 8), (1, 1), (4, 2)]
        );
    }

    #[test]
    fn values_are_found_by_their_path() {
        let text = "{\"a\": [1, {\"b\": \"c\", \"b\": 2}], \"d\": {}}";
        let mut places = Places::new(text);
        let at = |needle: &str| text.find(needle);
        assert_eq!(places.offset("a[1].b", Target::Value), at("\"c\""));
        assert_eq!(places.offset("a[1].b", Target::Repeat), at("2}"));
        assert_eq!(places.offset("d.e", Target::Holder), at("{}"));
        assert_eq!(places.offset("", Target::Value), Some(0));
        assert_eq!(places.offset("a[7]", Target::Value), None);
        assert_eq!(places.kind("a[0]"), Some(JsonKind::Number));
        assert_eq!(places.kind("a[1]"), Some(JsonKind::Object));
        let at = |needle: &str| text.find(needle).unwrap_or_default();
        assert_eq!(places.path_at(at("\"c\"") + 1), "a[1].b");
        assert_eq!(places.path_at(at("\"b\"")), "a[1]");
        assert_eq!(places.path_at(at("{}") + 1), "d");
        assert_eq!(places.path_at(0), "");
        assert_eq!(places.path_at(text.len()), "");
    }

    #[test]
    fn nesting_is_measured_outside_strings() {
        let deep = "[".repeat(100_000);
        assert_eq!(too_deep(&deep), Some(MAX_DEPTH + 1));
        let fine = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
        assert_eq!(too_deep(&fine), None);
        let quoted = format!("[\"{}\\\"{}\"]", "[".repeat(200), "{".repeat(200));
        assert_eq!(too_deep(&quoted), None);
    }

    #[test]
    fn serde_s_columns_become_offsets() {
        let text = "ab\ncdé\nf";
        assert_eq!(offset_of(text, 1, 1), 0);
        assert_eq!(offset_of(text, 2, 3), 5);
        assert_eq!(offset_of(text, 3, 0), 8);
        assert_eq!(offset_of(text, 9, 9), text.len());
    }
}
