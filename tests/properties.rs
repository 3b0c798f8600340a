//! Property tests: no input makes the content reader, the validator, the route parser, the
//! embed's options or the deck panic; what they accept reads back the same.
#![cfg(not(target_arch = "wasm32"))]

use lhs_roadmap::content::parse;
use lhs_roadmap::deck::{command_for_key, Deck};
use lhs_roadmap::embed::parse_query;
use lhs_roadmap::lang::Lang;
use lhs_roadmap::route::Route;
use lhs_roadmap::route::{ExplorerPage, Page};
use lhs_roadmap::source::{relative_path, Source};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

const SHIPPED: &str = include_str!("../content/roadmap.json");

/// JSON-shaped text: any value, nested a few levels, with keys the reader knows.
fn json_value() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        Just("fr".to_string()),
        Just("en".to_string()),
        Just("id".to_string()),
        Just("title".to_string()),
        Just("steps".to_string()),
        Just("questions".to_string()),
        "[a-z]{0,6}",
    ];
    let leaf = prop_oneof![
        Just("null".to_string()),
        Just("true".to_string()),
        any::<i64>().prop_map(|n| n.to_string()),
        any::<f64>().prop_map(|n| format!("{n:?}")),
        "\\PC{0,12}".prop_map(|s| format!("{s:?}")),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6)
                .prop_map(|items| format!("[{}]", items.join(","))),
            prop::collection::vec((key.clone(), inner), 0..6).prop_map(|fields| {
                let fields: Vec<String> = fields
                    .into_iter()
                    .map(|(k, v)| format!("{k:?}:{v}"))
                    .collect();
                format!("{{{}}}", fields.join(","))
            }),
        ]
    })
}

proptest! {
    // A fixed number of cases and no regression files: a failure prints its input.
    #![proptest_config(ProptestConfig {
        cases: 512,
        failure_persistence: Some(Box::new(FileFailurePersistence::Off)),
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_text_is_read_without_panicking(text in "\\PC{0,200}") {
        let _ = parse(&text);
    }

    #[test]
    fn any_json_value_is_read_without_panicking(text in json_value()) {
        let _ = parse(&text);
    }

    /// The shipped file with a piece cut out, or a stray character put in: an error with
    /// a place, never a crash.
    #[test]
    fn a_damaged_content_file_gives_problems_not_a_crash(
        at in 0..SHIPPED.len(),
        cut in 0usize..40,
        insert in prop::option::of("[\\[\\]{}\",:0-9a-z\\\\ ]{1,3}"),
    ) {
        let start = (0..=at).rev().find(|i| SHIPPED.is_char_boundary(*i)).unwrap_or(0);
        let end = (start + cut..=SHIPPED.len())
            .find(|i| SHIPPED.is_char_boundary(*i))
            .unwrap_or(SHIPPED.len());
        let damaged = format!(
            "{}{}{}",
            &SHIPPED[..start],
            insert.as_deref().unwrap_or(""),
            &SHIPPED[end..]
        );
        if let Err(problems) = parse(&damaged) {
            prop_assert!(!problems.is_empty());
            for problem in &problems {
                for lang in Lang::ALL {
                    prop_assert!(!problem.message(lang).is_empty());
                }
            }
        }
    }

    #[test]
    fn any_hash_is_read_and_what_is_read_reads_back(hash in "#?/?(fr|en|de)?(/[a-z0-9./%-]{0,12}){0,4}/?") {
        let route = Route::parse(&hash);
        // "Not found" has no address of its own: its links lead home.
        if let (Some(lang), false) = (route.lang, route.page == Page::Explorer(ExplorerPage::NotFound)) {
            prop_assert_eq!(Route::parse(&route.page.href(lang)).page, route.page);
        }
    }

    #[test]
    fn any_query_string_is_read_without_panicking(query in "\\??[a-z=&%#0-9A-F]{0,60}") {
        if let Some(options) = parse_query(&query) {
            prop_assert_eq!(parse_query(&options.query()), Some(options));
        }
    }

    #[test]
    fn a_content_path_accepted_stays_inside_the_site(
        query in "\\??content=(\\.{1,2}/|[a-z]{1,3}/|/|%2[eEfF]|%5[cC]|:|\\\\|[?#&]){0,6}[a-z]{1,4}\\.json",
    ) {
        if let Ok(Source::File(path)) = Source::from_query(&query) {
            prop_assert!(!path.starts_with('/'));
            prop_assert!(!path.contains("//") && !path.contains(':') && !path.contains('%'));
            prop_assert!(!path.contains('\\') && !path.contains('?') && !path.contains('#'));
            prop_assert!(path.split('/').all(|segment| segment != ".." && segment != "."));
            prop_assert!(path.ends_with(".json"));
            // Normalized: reading it again gives it back.
            prop_assert_eq!(relative_path(&path), Some(path.clone()));
        }
    }

    #[test]
    fn the_deck_never_leaves_itself(steps in 1usize..200, number in any::<u32>(), key in "\\PC{0,3}") {
        let deck = Deck::new(steps);
        if let Some(command) = command_for_key(&key, false) {
            if let Some(target) = deck.go(deck.clamp(number), command) {
                prop_assert!((1..=deck.count()).contains(&target));
            }
        }
        prop_assert_eq!(deck.slide(number).is_some(), (1..=deck.count()).contains(&number));
    }
}
