//! JSON paths (`steps[2].challenges[0].text.fr`) built as a chain of borrowed segments,
//! so that reading and checking a file write a path out only for a problem.

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
}
