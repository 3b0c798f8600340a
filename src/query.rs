//! Query strings, read and written by one set of rules wherever they appear: the hash's
//! parameters (`#/fr/search?q=d%C3%A9fi&who=family`), the page's content file
//! (`?content=adapted/roadmap.json`) and an embed's options (`?embed&lang=fr`).
//!
//! The rules: pairs are separated by `&`; a key without `=` has an empty value; `+` is a
//! space and `%XX` a byte, in keys and values alike. A value that does not decode (a broken
//! escape, bytes that are not UTF-8) is kept as written: whoever reads it checks it, and a
//! check that refuses `%` then refuses it, rather than it quietly becoming empty.

/// The `key=value` pairs of `query` (with or without its leading `?`), decoded, in order.
pub fn pairs(query: &str) -> Vec<(String, String)> {
    let query = query.strip_prefix('?').unwrap_or(query);
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let read = |text: &str| decode(text).unwrap_or_else(|| text.to_string());
            (read(key), read(value))
        })
        .collect()
}

/// The value of the first pair named `key`, if any.
pub fn get<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(name, _)| name == key)
        .map(|(_, value)| value.as_str())
}

/// Whether a pair is named `key` (`?embed`, `?preview`).
pub fn has(pairs: &[(String, String)], key: &str) -> bool {
    pairs.iter().any(|(name, _)| name == key)
}

/// Percent-decodes a key or value, `+` being a space, as forms write it. `None` when an
/// escape is broken or the bytes are not UTF-8.
pub fn decode(value: &str) -> Option<String> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = value.get(i + 1..i + 3)?;
                if !hex.bytes().all(|byte| byte.is_ascii_hexdigit()) {
                    return None;
                }
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 2;
            }
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

/// Percent-encodes a value: letters, digits, `-_.~` and `/` (which a query may hold as it
/// is, and which keeps paths such as `content=adapted/roadmap.json` readable) stay;
/// anything else is escaped byte by byte, so that the value reads back whole whatever it
/// holds (`&`, `#`, `+`…).
pub fn encode(value: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~/".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 15)]));
        }
    }
    out
}

/// Writes `pairs` as a query without its `?`, each value encoded; an empty value is
/// written as the key alone (`embed&lang=fr`).
pub fn write<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let mut out = String::new();
    for (key, value) in pairs {
        if !out.is_empty() {
            out.push('&');
        }
        out.push_str(&encode(key));
        if !value.is_empty() {
            out.push('=');
            out.push_str(&encode(value));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_decode_and_keep_what_does_not() {
        assert_eq!(
            pairs("?q=d%C3%A9fi+x&embed&bad=%ZZ&=v"),
            vec![
                ("q".to_string(), "défi x".to_string()),
                ("embed".to_string(), String::new()),
                ("bad".to_string(), "%ZZ".to_string()),
                (String::new(), "v".to_string()),
            ]
        );
    }

    #[test]
    fn written_pairs_read_back() {
        let written = write([("q", "a&b=c #%"), ("embed", ""), ("step", "collect-data")]);
        assert_eq!(written, "q=a%26b%3Dc%20%23%25&embed&step=collect-data");
        let read = pairs(&written);
        assert_eq!(get(&read, "q"), Some("a&b=c #%"));
        assert!(has(&read, "embed"));
        assert_eq!(get(&read, "step"), Some("collect-data"));
        assert_eq!(get(&read, "lang"), None);
    }

    #[test]
    fn a_sign_is_not_an_escape() {
        assert_eq!(decode("%+1"), None);
        assert_eq!(decode("%-1"), None);
    }
}
