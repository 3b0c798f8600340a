//! The light formatting of content texts: its syntax, hostile texts that must stay text,
//! and properties that hold for any input.
#![cfg(not(target_arch = "wasm32"))]

use lhs_roadmap::markup::{blocks, plain, Block, Inline};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

use Inline::{Emphasis, Link, Strong, Text};

/// The one paragraph of `text`.
fn one(text: &str) -> Block<'_> {
    let mut found = blocks(text);
    assert_eq!(
        found.len(),
        1,
        "{text:?} should be one paragraph: {found:?}"
    );
    found.remove(0)
}

/// The text of `nodes` (without link addresses), in order.
fn text_of(nodes: &[Inline]) -> String {
    nodes
        .iter()
        .map(|node| match node {
            Text(text) => text.to_string(),
            Emphasis(inner) | Strong(inner) | Link { label: inner, .. } => text_of(inner),
        })
        .collect()
}

/// Whether any node of `nodes`, at any depth, is not text.
fn formatted(nodes: &[Inline]) -> bool {
    nodes.iter().any(|node| !matches!(node, Text(_)))
}

#[test]
fn plain_words_are_one_text() {
    assert_eq!(one("Patients lead."), vec![Text("Patients lead.")]);
    assert!(blocks("").is_empty());
    assert!(blocks(" \n  \n").is_empty());
}

#[test]
fn blank_lines_split_paragraphs_and_single_newlines_do_not() {
    assert_eq!(
        blocks("One.\n\nTwo\nlines.\n  \nThree."),
        vec![
            vec![Text("One.")],
            vec![Text("Two\nlines.")],
            vec![Text("Three.")]
        ]
    );
    assert_eq!(
        blocks("\n\nA.\n\n\n\nB.\n"),
        vec![vec![Text("A.")], vec![Text("B.")]]
    );
    assert_eq!(
        blocks("A.\r\n\r\nB."),
        vec![vec![Text("A.\r")], vec![Text("B.")]]
    );
}

#[test]
fn stars_give_emphasis_and_strong_emphasis() {
    assert_eq!(
        one("A *shared* and **lasting** role."),
        vec![
            Text("A "),
            Emphasis(vec![Text("shared")]),
            Text(" and "),
            Strong(vec![Text("lasting")]),
            Text(" role."),
        ]
    );
    assert_eq!(
        one("**Strong with *emphasis* inside**"),
        vec![Strong(vec![
            Text("Strong with "),
            Emphasis(vec![Text("emphasis")]),
            Text(" inside"),
        ])]
    );
}

#[test]
fn unmatched_or_spaced_stars_stay_stars() {
    for text in [
        "5 * 3",
        "2 * 3 * 4",
        "a *b",
        "a **b",
        "**",
        "****",
        "* list-like line",
        "*not closed *",
        "***********",
    ] {
        let found = one(text);
        assert!(!formatted(&found), "{text:?} gave {found:?}");
        assert_eq!(text_of(&found), text);
    }
    // A `**` that closes nowhere is text whole: its second star opens nothing.
    assert_eq!(one("**a* b"), vec![Text("**a* b")]);
}

#[test]
fn emphasis_does_not_cross_paragraphs() {
    let found = blocks("*one\n\ntwo*");
    assert_eq!(found, vec![vec![Text("*one")], vec![Text("two*")]]);
}

#[test]
fn links_to_https_and_mailto() {
    assert_eq!(
        one("See [the report](https://example.org/path?a=1&b=2#part)."),
        vec![
            Text("See "),
            Link {
                href: "https://example.org/path?a=1&b=2#part",
                label: vec![Text("the report")],
            },
            Text("."),
        ]
    );
    assert_eq!(
        one("[Write to us](mailto:name@example.org)"),
        vec![Link {
            href: "mailto:name@example.org",
            label: vec![Text("Write to us")],
        }]
    );
    assert_eq!(
        one("[a *fine* **read**](https://example.org)"),
        vec![Link {
            href: "https://example.org",
            label: vec![
                Text("a "),
                Emphasis(vec![Text("fine")]),
                Text(" "),
                Strong(vec![Text("read")]),
            ],
        }]
    );
}

#[test]
fn other_links_stay_literal_text() {
    for text in [
        "[x](javascript:alert(1))",
        "[x](JavaScript:alert(1))",
        "[x](data:text/html;base64,PHNjcmlwdD4=)",
        "[x](http://example.org)",
        "[x](vbscript:msgbox)",
        "[x](//example.org)",
        "[x](/relative)",
        "[x](https://)",
        "[x](mailto:)",
        "[x](https://example.org/a b)",
        "[x](https://example.org/\"onmouseover=\"alert(1))",
        "[x](https://example.org/'x)",
        "[x](https://example.org/<script>)",
        "[x](https://example.org",
        "[x] (https://example.org)",
        "[](https://example.org)",
        " javascript:alert(1)",
    ] {
        let found = one(text);
        assert!(
            !found.iter().any(|node| matches!(node, Link { .. })),
            "{text:?} gave {found:?}"
        );
    }
    // A bracket before the link is text; the link after it still reads.
    assert_eq!(
        one("[x [y](https://example.org)"),
        vec![
            Text("[x "),
            Link {
                href: "https://example.org",
                label: vec![Text("y")],
            },
        ]
    );
}

#[test]
fn links_sit_in_strong_emphasis_but_not_in_links() {
    let found = one("**[a](https://example.org)**");
    assert!(matches!(&found[..], [Strong(inner)] if matches!(&inner[..], [Link { .. }])));
    let found = one("[[a](https://example.org)](https://example.org)");
    assert_eq!(text_of(&found), "[a](https://example.org)");
}

#[test]
fn hostile_markup_stays_visible_text() {
    for payload in [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)><circle/></svg>",
        "<a href=\"javascript:alert(1)\">click</a>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "&lt;b&gt; &amp; &#60;",
        "\"><script>alert(document.cookie)</script>",
        "<style>body{display:none}</style>",
    ] {
        let found = one(payload);
        assert_eq!(found, vec![Text(payload)]);
        assert_eq!(plain(payload), payload);
    }
    let found = one("[<img src=x onerror=alert(1)>](https://example.org)");
    assert_eq!(
        found,
        vec![Link {
            href: "https://example.org",
            label: vec![Text("<img src=x onerror=alert(1)>")],
        }]
    );
}

#[test]
fn backslashes_write_markers_literally() {
    assert_eq!(one(r"\*not\*"), vec![Text("*not"), Text("*")]);
    assert_eq!(text_of(&one(r"a \\ b")), r"a \ b");
    assert_eq!(
        text_of(&one(r"\[x\](https://example.org)")),
        "[x](https://example.org)"
    );
    assert!(!formatted(&one(r"\[x](https://example.org)")));
    assert!(!formatted(&one(r"\*\*a\*\*")));
    assert_eq!(text_of(&one(r"\*\*a\*\*")), "**a**");
    assert_eq!(one(r"*a\*b*"), vec![Emphasis(vec![Text("a"), Text("*b")])]);
    // Before anything else, or at the end, a backslash is itself.
    assert_eq!(one(r"C:\dir\"), vec![Text(r"C:\dir\")]);
}

#[test]
fn plain_drops_markers_and_joins_lines() {
    assert_eq!(
        plain("A *shared*\n**lasting** [role](https://example.org).\n\n\\*Next\\*."),
        "A shared lasting role. *Next*."
    );
    assert_eq!(plain(""), "");
    assert_eq!(plain("2 * 3"), "2 * 3");
}

#[test]
fn long_runs_of_markers_are_read_quickly() {
    // Quadratic reading would take seconds on these; linear takes milliseconds.
    let n = 100_000;
    for text in [
        "*".repeat(n),
        "[".repeat(n),
        "]".repeat(n),
        "*a".repeat(n),
        "**a".repeat(n),
        "[a](".repeat(n),
        "[a](https://x".repeat(n),
        "[a]".repeat(n),
        "\\".repeat(n),
        "* ".repeat(n),
    ] {
        let started = std::time::Instant::now();
        let found = blocks(&text);
        assert!(!found.is_empty());
        assert!(
            started.elapsed().as_secs_f64() < 2.0,
            "{:?}… took {:?}",
            &text[..8],
            started.elapsed()
        );
    }
}

/// Whether `inner` is a subsequence of `outer`.
fn within(inner: &str, outer: &str) -> bool {
    let mut rest = outer.chars();
    inner.chars().all(|c| rest.any(|d| d == c))
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 1024,
        failure_persistence: Some(Box::new(FileFailurePersistence::Off)),
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_text_is_read_and_nothing_is_invented(
        text in "([a-z *\\[\\]()\\\\\n<>:/\"]|https://|mailto:|\\PC){0,120}",
    ) {
        let found = blocks(&text);
        let all: String = found.iter().map(|block| text_of(block)).collect();
        prop_assert!(within(&all, &text), "{all:?} is not drawn from {text:?}");
        let plain = plain(&text);
        prop_assert!(within(&plain.replace(' ', ""), &text.replace(['\n', ' '], "")));
    }

    #[test]
    fn text_without_markers_reads_back_as_itself(text in "[^*\\[\\]\\\\\n]{1,40}(\n[^*\\[\\]\\\\\n]{1,40}){0,3}") {
        prop_assume!(text.split('\n').all(|line| !line.trim_start_matches(|c: char| c.is_ascii_whitespace()).is_empty()));
        prop_assert_eq!(plain(&text), text.replace('\n', " "));
    }
}
