//! The light formatting that editors may write in the content's long texts: paragraphs,
//! `*emphasis*`, `**strong emphasis**` and `[links](https://…)`, read into nodes that the
//! views turn into elements one by one. Nothing is ever parsed as HTML: whatever is not
//! this syntax, `<script>` included, stays text.
//!
//! Reading takes linear time, even on `**********` or `[[[[[[`: a search for a closing
//! star that fails marks it absent for the rest of the run, and a link's label and
//! address stop at the next bracket, so no two searches cover the same bytes twice.

/// A run of a paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline<'a> {
    /// Words as they stand in the text. A single newline stays in it; it reads as a space.
    Text(&'a str),
    /// `*words*`
    Emphasis(Vec<Inline<'a>>),
    /// `**words**`
    Strong(Vec<Inline<'a>>),
    /// `[label](https://…)` or `[label](mailto:…)`: the only addresses a text may link to.
    Link {
        href: &'a str,
        label: Vec<Inline<'a>>,
    },
}

/// A paragraph: its runs, in order.
pub type Block<'a> = Vec<Inline<'a>>;

/// The paragraphs of `text`: runs of lines between blank lines (lines of spaces only),
/// each read into runs.
pub fn blocks(text: &str) -> Vec<Block<'_>> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    // The current paragraph's first byte, once it has a line, and its last line's end.
    let mut start = None;
    let mut end = 0;
    let mut line = 0;
    for at in 0..=bytes.len() {
        // The end of the text ends its last line.
        if bytes.get(at).is_some_and(|byte| *byte != b'\n') {
            continue;
        }
        let blank = bytes[line..at].iter().all(u8::is_ascii_whitespace);
        if !blank {
            start.get_or_insert(line);
            end = at;
        }
        if blank || at == bytes.len() {
            if let Some(from) = start.take() {
                found.push(inlines(&text[from..end], true));
            }
        }
        line = at + 1;
    }
    found
}

/// `text` without its markers, paragraphs and lines joined by spaces: for the places
/// that take one plain string (labels, titles, descriptions, searches).
pub fn plain(text: &str) -> String {
    let mut out = String::new();
    for block in blocks(text) {
        if !out.is_empty() {
            out.push(' ');
        }
        write_plain(&mut out, &block);
    }
    out
}

fn write_plain(out: &mut String, nodes: &[Inline]) {
    for node in nodes {
        match node {
            Inline::Text(text) => out.extend(text.chars().map(|c| if c == '\n' { ' ' } else { c })),
            Inline::Emphasis(inner) | Inline::Strong(inner) | Inline::Link { label: inner, .. } => {
                write_plain(out, inner)
            }
        }
    }
}

/// Reads the runs of one paragraph, or of a link's label (`links` false: no link in a link).
///
/// Every marker is ASCII, so byte positions found at markers are char boundaries.
fn inlines(text: &str, links: bool) -> Vec<Inline<'_>> {
    let bytes = text.as_bytes();
    let mut nodes = Vec::new();
    // The start of the text run not yet pushed.
    let mut from = 0;
    let mut at = 0;
    // Whether a search for a closing `*` (at 1) or `**` (at 2) already failed further back.
    let mut unclosed = [false; 3];
    while let Some(&byte) = bytes.get(at) {
        let mut next = at + 1;
        let mut node = None;
        if byte == b'\\' && escapes(bytes, at) {
            // Drops the backslash: the character after it starts the next text run.
            push_text(&mut nodes, &text[from..at]);
            from = next;
            next += 1;
        } else if byte == b'*' {
            let width = if bytes.get(next) == Some(&b'*') { 2 } else { 1 };
            // A lone `**` is skipped whole, so that its second star opens nothing.
            next = at + width;
            // A run starts with neither a space, so that `2 * 3 * 4` stays arithmetic,
            // nor a star, so that a row of stars stays a row of stars.
            let opens = bytes
                .get(next)
                .is_some_and(|b| !b.is_ascii_whitespace() && *b != b'*');
            if opens && !unclosed[width] {
                match closing(bytes, next, width) {
                    Some(end) => {
                        let runs = inlines(&text[next..end], links);
                        let formatted = if width == 2 {
                            Inline::Strong(runs)
                        } else {
                            Inline::Emphasis(runs)
                        };
                        node = Some((formatted, end + width));
                    }
                    None => unclosed[width] = true,
                }
            }
        } else if byte == b'[' && links {
            node = link(text, at);
        }
        if let Some((node, end)) = node {
            push_text(&mut nodes, &text[from..at]);
            nodes.push(node);
            from = end;
            next = end;
        }
        at = next;
    }
    push_text(&mut nodes, &text[from..]);
    nodes
}

fn push_text<'a>(nodes: &mut Vec<Inline<'a>>, text: &'a str) {
    if !text.is_empty() {
        nodes.push(Inline::Text(text));
    }
}

/// Whether the byte at `at`, a backslash, escapes the next one.
fn escapes(bytes: &[u8], at: usize) -> bool {
    matches!(bytes.get(at + 1), Some(b'*' | b'[' | b']' | b'\\'))
}

/// Where the `width` stars that close a run starting at `inner` stand: the first ones
/// that end a run neither empty nor ending with a space. The run's first byte is not a
/// star, so the search may start there.
fn closing(bytes: &[u8], inner: usize, width: usize) -> Option<usize> {
    let mut at = inner;
    while let Some(&byte) = bytes.get(at) {
        if byte == b'\\' && escapes(bytes, at) {
            at += 1;
        } else if byte == b'*'
            && (width == 1 || bytes.get(at + 1) == Some(&b'*'))
            && !bytes[at - 1].is_ascii_whitespace()
        {
            return Some(at);
        }
        at += 1;
    }
    None
}

/// Reads `[label](target)` at byte `at`: the link node and where it ends; `None` if it is
/// not a link this syntax allows.
fn link(text: &str, at: usize) -> Option<(Inline<'_>, usize)> {
    let bytes = text.as_bytes();
    let mut end = at + 1;
    // The label runs to the first `]`; a `[` before it means this one is text.
    loop {
        match *bytes.get(end)? {
            b'\\' if escapes(bytes, end) => end += 1,
            b'[' => return None,
            b']' => break,
            _ => {}
        }
        end += 1;
    }
    let target = end + 2;
    if end == at + 1 || bytes.get(end + 1) != Some(&b'(') {
        return None;
    }
    let mut close = target;
    // An address stops at anything that could end or break out of an attribute, and
    // at brackets, so that every search stops before the next link starts.
    loop {
        match *bytes.get(close)? {
            b')' => break,
            b'\0'..=b' ' | b'"' | b'\'' | b'<' | b'>' | b'(' | b'[' | b']' | b'\\' | b'`' => {
                return None
            }
            _ => close += 1,
        }
    }
    let href = &text[target..close];
    let allowed = ["https://", "mailto:"]
        .iter()
        .any(|scheme| href.len() > scheme.len() && href.starts_with(scheme));
    allowed.then(|| {
        let label = inlines(&text[at + 1..end], false);
        (Inline::Link { href, label }, close + 1)
    })
}
