//! `?content=` accepts only a relative path inside the site, and the other pages' links
//! keep the source; `?preview` reads the file kept on this device.

use lhs_roadmap::source::{relative_path, Refused, Source};

#[test]
fn no_query_is_the_published_file() {
    for search in ["", "?", "?embed&lang=fr", "?content"] {
        let source = Source::from_query(search);
        if search == "?content" {
            assert!(source.is_err(), "an empty content= is refused");
        } else {
            assert_eq!(source, Ok(Source::Published), "{search}");
        }
    }
    assert_eq!(Source::Published.url(), Some("content/roadmap.json"));
}

#[test]
fn a_relative_path_in_the_site_is_read() {
    for (search, path) in [
        ("?content=adapted/roadmap.json", "adapted/roadmap.json"),
        ("?content=adapted%2Froadmap.json", "adapted/roadmap.json"),
        (
            "?embed&content=content/ciusss-2026.json&lang=en",
            "content/ciusss-2026.json",
        ),
        ("?content=./a/./b/../roadmap-fr.json", "a/roadmap-fr.json"),
        ("?content=My_File.v2.json", "My_File.v2.json"),
    ] {
        let source = Source::from_query(search);
        assert_eq!(source, Ok(Source::File(path.to_string())), "{search}");
        let source = source.expect("read");
        assert_eq!(source.url(), Some(path));
        assert_eq!(source.query(), format!("?content={path}"));
        assert_eq!(source.shared_query(), source.query());
    }
}

#[test]
fn the_published_path_named_is_the_published_file() {
    assert_eq!(
        Source::from_query("?content=content/roadmap.json"),
        Ok(Source::Published)
    );
}

#[test]
fn anything_outside_the_site_is_refused() {
    for value in [
        "https://evil.example/roadmap.json",
        "http:evil.example/roadmap.json",
        "//evil.example/roadmap.json",
        "/roadmap.json",
        "/content/roadmap.json",
        "../roadmap.json",
        "content/../../roadmap.json",
        "a//roadmap.json",
        "javascript:alert(1)",
        "data:application/json,{}",
        "%2F%2Fevil.example/roadmap.json",
        "%2e%2e/roadmap.json",
        "%252e%252e/roadmap.json",
        "..%5Croadmap.json",
        "a\\..\\..\\roadmap.json",
        "roadmap.json?x=1",
        "roadmap.json#x",
        "roadmap.json%00.png",
        "roadmap.txt",
        ".json",
        "content/",
        "rôle.json",
        "a b.json",
    ] {
        let search = format!("?content={value}");
        assert!(
            matches!(Source::from_query(&search), Err(Refused(_))),
            "{value} must be refused"
        );
    }
}

#[test]
fn the_refusal_quotes_the_value_decoded() {
    assert_eq!(
        Source::from_query("?content=https%3A%2F%2Fevil.example%2Fr.json"),
        Err(Refused("https://evil.example/r.json".to_string()))
    );
}

#[test]
fn a_preview_is_read_on_this_device_and_never_shared() {
    for search in [
        "?preview",
        "?preview&embed",
        "?embed&preview",
        "?content=x.json&preview",
    ] {
        assert_eq!(Source::from_query(search), Ok(Source::Preview), "{search}");
    }
    assert_eq!(Source::Preview.url(), None);
    assert_eq!(Source::Preview.query(), "?preview");
    assert_eq!(Source::Preview.shared_query(), "");
    assert_eq!(Source::Published.query(), "");
}

#[test]
fn relative_paths_are_normalized() {
    assert_eq!(relative_path("a/./b.json").as_deref(), Some("a/b.json"));
    assert_eq!(relative_path("a/../b.json").as_deref(), Some("b.json"));
    assert_eq!(relative_path("a/.."), None);
    assert_eq!(relative_path(&"a".repeat(300)), None);
}
