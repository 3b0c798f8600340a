//! A small JSON reader that remembers where each value starts (line and column), so that
//! every problem in a content file can point at its place in the file.
//!
//! Written for this crate instead of using serde_json at run time: it gives positions for
//! every value, not only for syntax errors, and it keeps number parsing and a generic
//! deserializer out of the wasm. Numbers are kept as their text; the content needs only
//! whole numbers.

/// Nesting deeper than this is refused rather than risking the stack.
const MAX_DEPTH: usize = 64;

/// A JSON value with the line and column (1-based, in characters) where it starts.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub value: Json,
    pub line: usize,
    pub column: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// The number as written, already checked against JSON's grammar.
    Number(String),
    String(String),
    Array(Vec<Node>),
    /// Members in file order; a repeated name is kept, for the reader to report.
    Object(Vec<(String, Node)>),
}

impl Node {
    /// The value as a whole number that fits in `u64`, if it is one.
    pub fn as_u64(&self) -> Option<u64> {
        match &self.value {
            Json::Number(text) if text.bytes().all(|b| b.is_ascii_digit()) => text.parse().ok(),
            _ => None,
        }
    }
}

/// A JSON string: quotes, backslashes and control characters escaped; everything else,
/// accents included, written as is (the file is UTF-8).
pub fn write_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if u32::from(c) < 0x20 => {
                let code = u32::from(c) as usize;
                out.push_str("\\u00");
                out.push(char::from(b"0123456789abcdef"[code >> 4]));
                out.push(char::from(b"0123456789abcdef"[code & 15]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Why a text is not JSON, and where.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// The text ended before the value did.
    pub truncated: bool,
    /// Nesting went deeper than the reader goes.
    pub too_deep: bool,
    pub line: usize,
    pub column: usize,
}

/// Reads one JSON value that fills the whole text (white space aside).
pub fn parse(text: &str) -> Result<Node, SyntaxError> {
    let mut parser = Parser {
        bytes: text.as_bytes(),
        at: 0,
        line: 1,
        column: 1,
    };
    parser.skip_space();
    let node = parser.value(0)?;
    parser.skip_space();
    if parser.at < parser.bytes.len() {
        return Err(parser.error());
    }
    Ok(node)
}

struct Parser<'a> {
    bytes: &'a [u8],
    at: usize,
    line: usize,
    column: usize,
}

impl Parser<'_> {
    fn error(&self) -> SyntaxError {
        SyntaxError {
            truncated: self.at >= self.bytes.len(),
            too_deep: false,
            line: self.line,
            column: self.column,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    /// Moves past one byte, counting lines and characters (not UTF-8 continuation bytes).
    fn bump(&mut self) -> Option<u8> {
        let byte = self.peek()?;
        self.at += 1;
        if byte == b'\n' {
            self.line += 1;
            self.column = 1;
        } else if byte & 0xC0 != 0x80 {
            self.column += 1;
        }
        Some(byte)
    }

    fn expect(&mut self, byte: u8) -> Result<(), SyntaxError> {
        if self.peek() == Some(byte) {
            self.bump();
            Ok(())
        } else {
            Err(self.error())
        }
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.bump();
        }
    }

    fn value(&mut self, depth: usize) -> Result<Node, SyntaxError> {
        if depth > MAX_DEPTH {
            let mut error = self.error();
            error.too_deep = true;
            return Err(error);
        }
        let (line, column) = (self.line, self.column);
        let value = match self.peek() {
            Some(b'{') => self.object(depth)?,
            Some(b'[') => self.array(depth)?,
            Some(b'"') => Json::String(self.string()?),
            Some(b't') => self.word("true", Json::Bool(true))?,
            Some(b'f') => self.word("false", Json::Bool(false))?,
            Some(b'n') => self.word("null", Json::Null)?,
            Some(b'-' | b'0'..=b'9') => Json::Number(self.number()?),
            _ => return Err(self.error()),
        };
        Ok(Node {
            value,
            line,
            column,
        })
    }

    fn word(&mut self, word: &str, value: Json) -> Result<Json, SyntaxError> {
        for expected in word.bytes() {
            self.expect(expected)?;
        }
        Ok(value)
    }

    fn digits(&mut self) -> Result<(), SyntaxError> {
        if !matches!(self.peek(), Some(b'0'..=b'9')) {
            return Err(self.error());
        }
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.bump();
        }
        Ok(())
    }

    fn number(&mut self) -> Result<String, SyntaxError> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.bump();
        }
        if self.peek() == Some(b'0') {
            self.bump();
        } else {
            self.digits()?;
        }
        if self.peek() == Some(b'.') {
            self.bump();
            self.digits()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.bump();
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.bump();
            }
            self.digits()?;
        }
        // Only ASCII was consumed, so this slice is on character boundaries.
        Ok(String::from_utf8_lossy(&self.bytes[start..self.at]).into_owned())
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = match self.peek() {
                Some(byte @ b'0'..=b'9') => byte - b'0',
                Some(byte @ b'a'..=b'f') => byte - b'a' + 10,
                Some(byte @ b'A'..=b'F') => byte - b'A' + 10,
                _ => return Err(self.error()),
            };
            self.bump();
            code = code * 16 + u32::from(digit);
        }
        Ok(code)
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        self.expect(b'"')?;
        let mut out = Vec::new();
        loop {
            match self.peek() {
                None => return Err(self.error()),
                Some(b'"') => {
                    self.bump();
                    break;
                }
                Some(b'\\') => {
                    self.bump();
                    let escaped = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.bump();
                            let decoded = self.unicode_escape()?;
                            let mut buffer = [0; 4];
                            out.extend_from_slice(decoded.encode_utf8(&mut buffer).as_bytes());
                            continue;
                        }
                        _ => return Err(self.error()),
                    };
                    self.bump();
                    let mut buffer = [0; 4];
                    out.extend_from_slice(escaped.encode_utf8(&mut buffer).as_bytes());
                }
                // Control characters must be escaped in JSON strings.
                Some(0..=0x1F) => return Err(self.error()),
                Some(byte) => {
                    self.bump();
                    out.push(byte);
                }
            }
        }
        // The input is a &str and escapes were encoded as UTF-8, so this cannot fail.
        String::from_utf8(out).map_err(|_| self.error())
    }

    /// The character of a `\uXXXX` escape (after the `\u`), joining surrogate pairs.
    fn unicode_escape(&mut self) -> Result<char, SyntaxError> {
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            self.expect(b'\\')?;
            self.expect(b'u')?;
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err(self.error());
            }
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        char::from_u32(code).ok_or_else(|| self.error())
    }

    fn array(&mut self, depth: usize) -> Result<Json, SyntaxError> {
        self.expect(b'[')?;
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.bump();
            return Ok(Json::Array(items));
        }
        loop {
            self.skip_space();
            items.push(self.value(depth + 1)?);
            self.skip_space();
            match self.bump() {
                Some(b',') => {}
                Some(b']') => return Ok(Json::Array(items)),
                _ => return Err(self.back_error()),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json, SyntaxError> {
        self.expect(b'{')?;
        let mut members = Vec::new();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.bump();
            return Ok(Json::Object(members));
        }
        loop {
            self.skip_space();
            if self.peek() != Some(b'"') {
                return Err(self.error());
            }
            let name = self.string()?;
            self.skip_space();
            self.expect(b':')?;
            self.skip_space();
            members.push((name, self.value(depth + 1)?));
            self.skip_space();
            match self.bump() {
                Some(b',') => {}
                Some(b'}') => return Ok(Json::Object(members)),
                _ => return Err(self.back_error()),
            }
        }
    }

    /// An error at the byte just consumed by [`Parser::bump`] (or at the end).
    fn back_error(&self) -> SyntaxError {
        let mut error = self.error();
        if self.at <= self.bytes.len() && error.column > 1 && !error.truncated {
            error.column -= 1;
        }
        error
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str) -> Json {
        match parse(text) {
            Ok(node) => node.value,
            Err(error) => panic!("{text:?}: {error:?}"),
        }
    }

    #[test]
    fn reads_every_kind_of_value() {
        assert_eq!(value(" null "), Json::Null);
        assert_eq!(value("true"), Json::Bool(true));
        assert_eq!(value("-12.5e+3"), Json::Number("-12.5e+3".into()));
        assert_eq!(
            value(r#""a\"b\\\/\n\u00e9\ud83d\ude00""#),
            Json::String("a\"b\\/\né😀".into())
        );
        assert_eq!(value("[]"), Json::Array(vec![]));
        let Json::Object(members) = value(r#"{"a": [1, {"b": "c"}], "a": 2}"#) else {
            panic!("object");
        };
        assert_eq!(members.len(), 2, "repeated names are kept");
    }

    #[test]
    fn positions_are_lines_and_characters() {
        let Ok(node) = parse("{\n  \"é\": \"x\",\n  \"n\": 3\n}") else {
            panic!("valid");
        };
        let Json::Object(members) = node.value else {
            panic!("object");
        };
        assert_eq!((members[0].1.line, members[0].1.column), (2, 8));
        assert_eq!((members[1].1.line, members[1].1.column), (3, 8));
        assert_eq!(members[1].1.as_u64(), Some(3));
    }

    #[test]
    fn refuses_what_is_not_json() {
        for bad in [
            "",
            "{",
            "[1,]",
            "{\"a\" 1}",
            "{'a': 1}",
            "01",
            "1.",
            "-",
            "tru",
            "\"\t\"",
            "[1] 2",
            "\"\\x\"",
            "\"\\ud800\"",
            "{\"a\":1,}",
            "nul",
        ] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
        let error = parse("{\"a\": [1, 2").expect_err("truncated");
        assert!(error.truncated);
        let error = parse("{\n  \"a\": ,\n}").expect_err("syntax");
        assert_eq!((error.line, error.truncated), (2, false));
    }

    #[test]
    fn deep_nesting_is_refused_without_overflowing() {
        let deep = "[".repeat(100_000);
        assert!(parse(&deep).is_err());
        let fine = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(parse(&fine).is_ok());
    }
}
