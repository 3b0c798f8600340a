//! JSON paths (`steps[2].challenges[0].text.fr`), the way every problem says where it is:
//! built as a chain of borrowed segments, so that checking a file writes a path out only
//! for a problem, and read back into segments to find the value's place in the file.

/// Where a value is in the file: the root, a field of an object, or an item of a list.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Path<'a> {
    Root,
    Field(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl<'a> Path<'a> {
    pub fn field(&'a self, name: &'a str) -> Path<'a> {
        Path::Field(self, name)
    }

    pub fn index(&'a self, index: usize) -> Path<'a> {
        Path::Index(self, index)
    }

    /// The path as editors read it; empty for the root.
    pub fn render(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            Path::Root => {}
            Path::Field(parent, name) => {
                parent.write(out);
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(name);
            }
            Path::Index(parent, index) => {
                parent.write(out);
                out.push('[');
                out.push_str(&index.to_string());
                out.push(']');
            }
        }
    }
}

/// Adds a field to a written path: `steps[2]` and `title` give `steps[2].title`.
pub(crate) fn push_field(path: &mut String, name: &str) {
    if !path.is_empty() {
        path.push('.');
    }
    path.push_str(name);
}

/// One step of a written path: a field of an object, or an entry of a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Segment<'a> {
    Field(&'a str),
    Index(usize),
}

/// The segments of a path written by [`Path::render`]; `None` if it is not one.
pub(crate) fn segments(path: &str) -> Option<Vec<Segment<'_>>> {
    let mut segments = Vec::new();
    for part in path.split('.').filter(|part| !part.is_empty()) {
        let (name, indices) = part.split_once('[').unwrap_or((part, ""));
        if !name.is_empty() {
            segments.push(Segment::Field(name));
        }
        for index in indices.split('[').filter(|index| !index.is_empty()) {
            let index = index.strip_suffix(']')?.parse().ok()?;
            segments.push(Segment::Index(index));
        }
    }
    Some(segments)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_fields_and_indices() {
        let root = Path::Root;
        let steps = root.field("steps");
        let step = steps.index(2);
        let part = step.field("challenges");
        let item = part.index(0);
        let text = item.field("text");
        assert_eq!(text.field("fr").render(), "steps[2].challenges[0].text.fr");
        assert_eq!(root.render(), "");
    }

    #[test]
    fn reads_back_what_it_renders() {
        use Segment::{Field, Index};
        assert_eq!(
            segments("steps[2].challenges[0].text.fr"),
            Some(vec![
                Field("steps"),
                Index(2),
                Field("challenges"),
                Index(0),
                Field("text"),
                Field("fr"),
            ])
        );
        assert_eq!(segments(""), Some(vec![]));
        assert_eq!(segments("a[x]"), None);
    }
}
